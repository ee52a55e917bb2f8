"""Review round pages: open a round, follow it, update an action, review, sheets, sign-in links."""

from __future__ import annotations

from typing import Any

from django.contrib import messages
from django.contrib.auth import login
from django.contrib.auth.decorators import login_not_required
from django.core.exceptions import PermissionDenied
from django.db import transaction
from django.db.models import QuerySet
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils import timezone
from django.utils.functional import SimpleLazyObject
from django.utils.http import url_has_allowed_host_and_scheme
from django.views.decorators.http import require_GET, require_http_methods, require_POST

from cairn.accounts.access import is_coordinator, is_lead
from cairn.accounts.backends import SignInLinkBackend
from cairn.accounts.models import User
from cairn.lib.kept import fill_csrf_holes
from cairn.lib.pagination import paginate
from cairn.plans.access import get_plan_for_user
from cairn.plans.models import Action, Status
from cairn.plans.templatetags.plan_links import link
from cairn.plans.versions import PAGE_CACHE_SECONDS, page_key
from cairn.reviews import sheets
from cairn.reviews.access import get_round_action_for_lead, get_round_for_user, get_update_for_user
from cairn.reviews.chasing import (
    chase_preview,
    chase_subject,
    chase_targets,
    chases_sent,
    record_chases,
)
from cairn.reviews.forms import (
    ChaseForm,
    LinkSignInForm,
    OpenAnywayForm,
    OpenRoundForm,
    ReviewForm,
    RoundStateForm,
    SeveralUpdatesForm,
    SheetConfirmForm,
    SheetUploadForm,
    UpdateForm,
)
from cairn.reviews.lead_round import lead_progress
from cairn.reviews.leads import actions_by_lead
from cairn.reviews.mail import rounds_scope
from cairn.reviews.models import ReviewRound, RoundStateError, Update
from cairn.reviews.rounds import open_round, reminders_sent, reminders_start, round_summary
from cairn.reviews.tasks import chase_outstanding
from cairn.reviews.timeline import action_timeline
from cairn.reviews.updates import (
    LeadSave,
    StaleUpdate,
    UpdateRefused,
    accept_update,
    lead_update,
    override_status,
    return_update,
    save_from_update_page,
    save_update,
    update_milestones,
)


def open_round_page(request: HttpRequest, plan_pk: int) -> HttpResponse:
    plan = get_plan_for_user(request, plan_pk, write=True)
    form = OpenRoundForm(request.POST or None, plan=plan)
    valid = request.method == "POST" and form.is_valid()
    anyway = OpenAnywayForm(request.POST or None)
    confirmed = anyway.is_valid() and anyway.cleaned_data["confirm"]
    warned = valid and bool(form.warnings) and not confirmed
    if valid and not warned:
        data = form.cleaned_data
        with transaction.atomic():
            review_round = open_round(plan, by=request.user, **data)
        messages.success(request, f"The {review_round.period} round is open; leads are emailed.")
        return redirect("reviews:round", review_round.pk)
    return render(
        request, "reviews/open_round.html", {"plan": plan, "form": form, "warned": warned}
    )


@require_GET
def rounds_page(request: HttpRequest, plan_pk: int) -> HttpResponse:
    """Every review round of a plan, newest first, a page at a time (any member)."""
    plan = get_plan_for_user(request, plan_pk)
    paged = paginate(request, ReviewRound.objects.filter(plan=plan).order_by("-opens_on", "-pk"))
    return render(request, "reviews/rounds.html", {"plan": plan, "paged": paged})


def round_page(request: HttpRequest, pk: int) -> HttpResponse:
    """The round's summary (counts, by agency, by lead) and every action's update. What
    the summary shows is rendered once per plan revision (any change to the plan, its
    rounds and updates, its partnership's agencies, statuses, members and their names:
    plans/versions.py), day and who is looking, and kept in the cache: `summary` is only
    worked out when it has to be rendered. The reminders and chases are read every time."""
    review_round = get_round_for_user(request, pk)
    today = timezone.localdate()
    coordinator = is_coordinator(request.user, review_round.plan.partnership_id)
    # Links to update pages only where the person may update; the rest read-only.
    updatable = set() if coordinator else _updatable(request, review_round)
    key = page_key(review_round.plan, pk, today, coordinator, sorted(updatable))
    response = render(
        request,
        "reviews/round.html",
        {
            "round": review_round,
            "plan": review_round.plan,
            "summary": SimpleLazyObject(lambda: round_summary(review_round, on=today)),
            "cache_key": key,
            "cache_seconds": PAGE_CACHE_SECONDS,
            "reminders": reminders_sent(review_round),
            "chases": chases_sent(review_round),
            "reminders_start": reminders_start(review_round),
            "today": today,
            "is_coordinator": coordinator,
            "updatable": updatable,
            "upload_form": SheetUploadForm(),
            "links": {"update": link("reviews:update", pk), "action": link("plans:action")},
        },
    )
    return fill_csrf_holes(request, response)


@require_POST
def change_round_state(request: HttpRequest, pk: int) -> HttpResponse:
    review_round = get_round_for_user(request, pk, write=True)
    form = RoundStateForm(request.POST)
    if not form.is_valid():
        messages.error(request, "Choose close, reopen, lock or unlock.")
        return redirect("reviews:round", pk)
    change = form.cleaned_data["change"]
    try:
        getattr(review_round, change)(by=request.user)
    except RoundStateError as refusal:
        messages.error(request, str(refusal))
    else:
        past = {"close": "closed", "reopen": "reopened", "lock": "locked", "unlock": "unlocked"}
        messages.success(request, f"The {review_round.period} round is {past[change]}.")
    return redirect("reviews:round", pk)


@require_http_methods(["GET", "POST"])
def chase(request: HttpRequest, pk: int) -> HttpResponse:
    """Whom a chase emails and the email's text (GET), then the chase itself (POST): every
    lead with updates outstanding, or one of them (`lead`)."""
    review_round = get_round_for_user(request, pk, write=True)
    form = ChaseForm(request.POST if request.method == "POST" else request.GET)
    targets = chase_targets(review_round)
    chosen, problem = _chosen_leads(form, targets)
    if request.method == "POST" and not problem:
        if not review_round.accepts_updates:
            messages.error(request, "Reopen the round before chasing: it takes no updates now.")
            return redirect("reviews:round", pk)
        if not chosen:
            messages.success(
                request, "Nobody in Cairn has an update outstanding: no one was emailed."
            )
            return redirect("reviews:round", pk)
        record_chases(review_round, chosen, by=request.user)
        person_ids = [lead.person.pk for lead in chosen]
        transaction.on_commit(lambda: chase_outstanding.enqueue(review_round.pk, person_ids))
        names = [lead.person.name or lead.person.email for lead in chosen]
        count = f"{len(names)} lead{'s' if len(names) != 1 else ''}"
        messages.success(
            request, f"Emailing the {count} with updates outstanding: {', '.join(names)}."
        )
        return redirect("reviews:round", pk)
    shown = chosen[0] if chosen else None
    return render(
        request,
        "reviews/chase.html",
        {
            "round": review_round,
            "plan": review_round.plan,
            "targets": targets,
            "chosen": chosen,
            "one": form.is_valid() and form.cleaned_data.get("lead") is not None and not problem,
            "problem": problem,
            "shown": shown,
            "subject": chase_subject(review_round),
            "preview": chase_preview(review_round, shown) if shown else "",
        },
        status=400 if problem and request.method == "POST" else 200,
    )


def _chosen_leads(form: ChaseForm, targets: list) -> tuple[list, str]:
    """The leads the chase emails, and what is wrong with the choice ("" when nothing)."""
    if not form.is_valid():
        return targets, " ".join(e for errors in form.errors.values() for e in errors)
    lead_pk = form.cleaned_data.get("lead")
    if lead_pk is None:
        return targets, ""
    chosen = [lead for lead in targets if lead.person.pk == lead_pk]
    if not chosen:
        return targets, (
            "That person has no update outstanding in this round, so there is nobody to "
            "chase there. Everyone who has one is listed below."
        )
    return chosen, ""


def update_page(request: HttpRequest, round_pk: int, action_pk: int) -> HttpResponse:
    review_round, action = get_round_action_for_lead(request, round_pk, action_pk)
    update = lead_update(review_round, action)
    statuses = Status.objects.filter(scheme__partnership_id=review_round.plan.partnership_id)
    milestones = update_milestones(action, update)
    form = UpdateForm(
        request.POST if request.method == "POST" else None,  # an empty POST is still a POST
        action=action,
        statuses=statuses,
        milestones=milestones,
        initial=_initial(update),
    )
    result = LeadSave()
    if request.method == "POST":
        result = save_from_update_page(
            review_round,
            action,
            request.user,
            form.update_input() if form.is_valid() else None,
            version=form.cleaned_data.get("version") or 0,
            submit=form.submitting,
            typed_note=form.data.get("note", ""),
        )
    if result.refusal:
        messages.error(request, result.refusal)
        return redirect("reviews:update", round_pk, action_pk)
    if result.saved:
        return _after_saving(request, review_round, action, submitted=form.submitting)
    if result.conflict:
        form = _conflicted_form(form, result.conflict)
    return _update_page(request, review_round, action, update, form, statuses, result)


def _after_saving(
    request: HttpRequest, review_round: ReviewRound, action: Action, *, submitted: bool
) -> HttpResponse:
    """A draft stays on its page; a submit moves the lead on to their next action still
    waiting, or back to My actions once none is; the coordinator goes back to the round."""
    name = action.ref or action.title
    if not submitted:
        messages.success(request, f"Your update of {name} is saved as a draft.")
        return redirect("reviews:update", review_round.pk, action.pk)
    if is_coordinator(request.user, review_round.plan.partnership_id):
        messages.success(request, f"The update of {name} is submitted.")
        return redirect("reviews:round", review_round.pk)
    progress = lead_progress(review_round, request.user)
    following = progress.next_after(action)
    if following is None:
        messages.success(
            request,
            f"Your update of {name} is submitted. All done: every action you lead in the "
            f"{review_round.period} review has its update.",
        )
        return redirect("plans:my_actions")
    left = len(progress.waiting)
    messages.success(
        request,
        f"Your update of {name} is submitted. {left} action{'s' if left != 1 else ''} "
        f"still need{'s' if left == 1 else ''} an update: here is the next.",
    )
    return redirect("reviews:update", review_round.pk, following.pk)


def _update_page(
    request: HttpRequest,
    review_round: ReviewRound,
    action: Action,
    update: Update | None,
    form: UpdateForm,
    statuses: QuerySet[Status],
    result: LeadSave,
) -> HttpResponse:
    """The update page: 409 with both versions after a conflict, 403 with the typed note
    when the round took no updates."""
    return render(
        request,
        "reviews/update.html",
        {
            "round": review_round,
            "plan": review_round.plan,
            "action": action,
            "update": update,
            "form": form,
            "conflict": result.conflict,
            "unsaved_note": result.kept_note,
            "is_coordinator": is_coordinator(request.user, review_round.plan.partnership_id),
            "review_form": ReviewForm(statuses=statuses, initial=_review_initial(update)),
            "timeline": action_timeline(action),
            "overdue": action.is_overdue(timezone.localdate()),
        },
        status=409 if result.conflict else 403 if result.kept_note is not None else 200,
    )


@require_POST
def review_update(request: HttpRequest, pk: int) -> HttpResponse:
    update = get_update_for_user(request, pk, write=True)
    statuses = Status.objects.filter(scheme__partnership_id=update.round.plan.partnership_id)
    form = ReviewForm(request.POST, statuses=statuses)
    target = reverse("reviews:update", args=[update.round_id, update.action_id])
    if not form.is_valid():
        for errors in form.errors.values():
            for error in errors:
                messages.error(request, error)
        return redirect(target)
    data = form.cleaned_data
    try:
        if data["decision"] == "accept":
            accept_update(update, request.user, version=data["version"])
            messages.success(request, "Update accepted.")
        elif data["decision"] == "return":
            return_update(update, request.user, comment=data["comment"], version=data["version"])
            messages.success(request, "Update returned to the lead with your comment.")
        else:
            override_status(
                update,
                request.user,
                status=data["override_status"],
                reason=data["override_reason"],
                version=data["version"],
            )
            messages.success(request, "Status overridden; the lead's status stays visible.")
    except StaleUpdate as stale:
        messages.error(
            request,
            f"{stale.current.author or 'The lead'} changed this update while you were reading "
            "it. Read their change below, then decide again.",
        )
    except (RoundStateError, UpdateRefused) as refusal:
        messages.error(request, str(refusal))
    return redirect(target)


@require_http_methods(["GET", "POST"])
def several_updates(request: HttpRequest, pk: int, person_pk: int) -> HttpResponse:
    """A lead's actions still waiting in the round, all on one page, submitted together:
    those given a status or a note are submitted; if any is wrong, none is saved."""
    review_round = get_round_for_user(request, pk)
    person = _sheet_person(request, review_round, person_pk)
    waiting = lead_progress(review_round, person).waiting
    statuses = Status.objects.filter(scheme__partnership_id=review_round.plan.partnership_id)
    forms = [
        SeveralUpdatesForm(
            request.POST if request.method == "POST" else None,
            prefix=f"action-{action.pk}",
            action=action,
            statuses=statuses,
            milestones=[],
            initial=_initial(update),
        )
        for action, update in waiting
    ]
    refusal = ""
    if request.method == "POST":
        saved, refusal = _submit_several(review_round, request.user, forms)
        if saved:
            count = sum(1 for form in forms if form.given)
            messages.success(
                request,
                f"{count} update{'s are' if count != 1 else ' is'} submitted.",
            )
            if is_coordinator(request.user, review_round.plan.partnership_id):
                return redirect("reviews:round", review_round.pk)
            return redirect("plans:my_actions")
    return render(
        request,
        "reviews/several_updates.html",
        {
            "round": review_round,
            "plan": review_round.plan,
            "person": person,
            "forms": forms,
            "refusal": refusal,
            "errors": [(form, field) for form in forms for field in form if field.errors],
            "today": timezone.localdate(),
        },
        status=400 if refusal or any(form.errors for form in forms) else 200,
    )


def _submit_several(review_round: ReviewRound, by: User, forms: list) -> tuple[bool, str]:
    """Submit every form given a status or a note, all or none. Returns whether they were
    saved, and why not when refused; the forms' own errors stay on them."""
    if not review_round.accepts_updates:
        return False, (
            f"Nothing was saved: the {review_round.period} round is "
            f"{review_round.get_state_display().lower()} and takes no more updates."
        )
    valid = [form.is_valid() for form in forms]  # every form, to show all their errors
    if not all(valid):
        return False, ""
    given = [form for form in forms if form.given]
    if not given:
        return False, "Give at least one action a status before submitting."
    try:
        with transaction.atomic():
            for form in given:
                save_update(
                    review_round,
                    form.action,
                    by,
                    form.update_input(),
                    version=form.cleaned_data["version"] or 0,
                    submit=True,
                )
    except StaleUpdate as stale:
        return False, (
            f"Nothing was saved: {stale.current.author or 'someone'} changed the update of "
            f"{stale.current.action.ref or stale.current.action.title} while you were "
            "writing. Open the page again to see their change."
        )
    except (RoundStateError, UpdateRefused) as refusal:
        return False, f"Nothing was saved: {refusal}"
    return True, ""


@require_GET
def download_sheet(request: HttpRequest, pk: int, person_pk: int) -> HttpResponse:
    review_round = get_round_for_user(request, pk)
    person = _sheet_person(request, review_round, person_pk)
    response = HttpResponse(
        sheets.build_sheet(review_round, person),
        content_type="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    )
    filename = sheets.sheet_filename(review_round, person)
    response["Content-Disposition"] = f'attachment; filename="{filename}"'
    return response


@require_POST
def upload_sheet(request: HttpRequest, pk: int, person_pk: int) -> HttpResponse:
    review_round = get_round_for_user(request, pk)
    person = _sheet_person(request, review_round, person_pk)
    _require_open(review_round)
    form = SheetUploadForm(request.POST, request.FILES)
    context = {"round": review_round, "plan": review_round.plan, "person": person}
    if not form.is_valid():
        return render(request, "reviews/sheet_preview.html", {**context, "form": form}, status=400)
    try:
        changes = sheets.read_sheet(form.cleaned_data["sheet"].read(), review_round, person)
    except sheets.SheetRefused as refusal:
        return render(
            request,
            "reviews/sheet_preview.html",
            {**context, "form": form, "refusals": refusal.messages},
            status=400,
        )
    confirm = SheetConfirmForm(
        initial={"changes": sheets.sign_changes(review_round, person, changes)}
    )
    return render(
        request,
        "reviews/sheet_preview.html",
        {**context, "changes": changes, "confirm_form": confirm},
    )


@require_POST
def confirm_sheet(request: HttpRequest, pk: int, person_pk: int) -> HttpResponse:
    review_round = get_round_for_user(request, pk)
    person = _sheet_person(request, review_round, person_pk)
    _require_open(review_round)
    form = SheetConfirmForm(request.POST)
    context = {"round": review_round, "plan": review_round.plan, "person": person}
    try:
        if not form.is_valid():
            raise sheets.SheetRefused(["The preview was lost: upload the sheet again."])
        lead_pk, changes = sheets.unsign_changes(form.cleaned_data["changes"], review_round)
        if lead_pk != person.pk:
            raise sheets.SheetRefused(["This preview is for another lead: upload again."])
        count = sheets.apply_changes(review_round, request.user, changes)
    except (sheets.SheetRefused, RoundStateError) as refusal:
        reasons = getattr(refusal, "messages", [str(refusal)])
        return render(
            request,
            "reviews/sheet_preview.html",
            {**context, "form": SheetUploadForm(), "refusals": reasons},
            status=400,
        )
    messages.success(request, f"{count} update{'s' if count != 1 else ''} saved from the sheet.")
    if is_coordinator(request.user, review_round.plan.partnership_id):
        return redirect("reviews:round", review_round.pk)
    return redirect("plans:my_actions")


@login_not_required
def link_sign_in(request: HttpRequest) -> HttpResponse:
    """The emailed link. Opening it checks the link; pressing the button signs in and uses
    it up, so a mail scanner that follows links does not spend it."""
    form = LinkSignInForm(request.POST or request.GET or None)
    person = None
    if form.is_valid():
        # Checking does not spend the link; login() below does, by updating last_login.
        person = _link_person(request, form)
    if person is None:
        return render(request, "reviews/link_sign_in.html", {"refused": True}, status=400)
    if request.method == "POST":
        login(request, person, backend="cairn.accounts.backends.SignInLinkBackend")
        next_url = form.cleaned_data["next"]
        if not url_has_allowed_host_and_scheme(next_url, allowed_hosts={request.get_host()}):
            next_url = reverse("plans:my_actions")
        return redirect(next_url or "plans:my_actions")
    return render(request, "reviews/link_sign_in.html", {"person": person, "form": form})


def _link_person(request: HttpRequest, form: LinkSignInForm) -> User | None:
    """The person the link signs in, or None. A link sent about rounds is scoped to them
    and works only while one of them is open."""
    round_ids = form.round_ids()
    if round_ids:
        if not ReviewRound.objects.filter(pk__in=round_ids, state=ReviewRound.State.OPEN).exists():
            return None
        return SignInLinkBackend().authenticate(
            request, sesame=form.cleaned_data["sesame"], scope=rounds_scope(round_ids)
        )
    return SignInLinkBackend().authenticate(request, sesame=form.cleaned_data["sesame"])


def _sheet_person(request: HttpRequest, review_round: ReviewRound, person_pk: int) -> User:
    """The lead whose sheet it is: the coordinator may act for any lead of the round; a lead
    only for themselves; anyone else is refused."""
    if is_coordinator(request.user, review_round.plan.partnership_id):
        lead = actions_by_lead(review_round.plan).get(person_pk)
        if lead is None:
            raise Http404("This person leads no action in the round.")
        return lead.person
    if request.user.pk != person_pk or not is_lead(request.user, review_round.plan.partnership_id):
        raise PermissionDenied("Only the lead and the coordinator can use this sheet.")
    return request.user


def _updatable(request: HttpRequest, review_round: ReviewRound) -> set[int]:
    """The actions of the round a lead may update (theirs); none for anyone else. One query
    for a lead, none otherwise."""
    if not is_lead(request.user, review_round.plan.partnership_id):
        return set()
    return set(
        Action.objects.for_lead(request.user)
        .filter(theme__plan_id=review_round.plan_id)
        .values_list("pk", flat=True)
    )


def _require_open(review_round: ReviewRound) -> None:
    if not review_round.accepts_updates:
        raise PermissionDenied(
            f"The {review_round.period} round is {review_round.get_state_display().lower()}: "
            "it takes no more updates."
        )


def _initial(update: Update | None) -> dict:
    if update is None:
        return {"version": 0}
    initial: dict[str, Any] = {
        "version": update.version,
        "status": update.status_id,
        "note": update.note,
        "revised_deadline_text": update.revised_deadline_text,
        "revised_deadline_reason": update.revised_deadline_reason,
    }
    for tick in update.milestones_done.all():
        initial[f"milestone_{tick.milestone_id}"] = tick.done_on
    return initial


def _conflicted_form(form: UpdateForm, current: Update) -> UpdateForm:
    """Keep what the person typed, but move the form to the other person's version: saving
    again is then a deliberate choice, made having seen their change."""
    data = form.data.copy()
    data["version"] = str(current.version)
    return UpdateForm(
        data,
        action=form.action,
        statuses=form.fields["status"].queryset,
        milestones=form.milestones,
    )


def _review_initial(update: Update | None) -> dict:
    return {"version": update.version if update else 1}
