"""Pages where a coordinator builds a plan: create, edit, reorder and delete its parts.

Each view fetches its object through plans/access.py with write=True (404 for another
partnership, 403 for anyone but a coordinator), validates input with a Form, and writes
through plans/editing.py.
"""

from __future__ import annotations

from typing import Any

from django import forms
from django.contrib import messages
from django.db import models
from django.forms.utils import ErrorDict
from django.http import Http404, HttpRequest, HttpResponse, HttpResponseBadRequest
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils import timezone
from django.views.decorators.http import require_GET

from cairn.accounts.access import get_partnership_for_user
from cairn.plans import deleting, editing
from cairn.plans.access import (
    get_action_for_user,
    get_milestone_for_user,
    get_objective_for_user,
    get_plan_for_user,
    get_theme_for_user,
)
from cairn.plans.forms import (
    ActionForm,
    ActionLookupForm,
    ActionPlaceForm,
    MilestoneForm,
    MoveForm,
    MoveToForm,
    ObjectiveForm,
    PlanForm,
    ThemeForm,
    find_actions,
)
from cairn.plans.models import Action, Deletion, Milestone, Objective, Plan, Theme
from cairn.plans.templatetags.plan_links import links
from cairn.plans.tree import plan_tree

LOOKUP_LIMIT = 20  # actions the cross-reference search shows at once

# The edit mode's links, reversed once per page and filled in per row.
EDITOR_LINKS = (
    "plans:action",
    "plans:action_create",
    "plans:action_edit",
    "plans:action_move",
    "plans:action_delete",
    "plans:objective_create",
    "plans:objective_edit",
    "plans:objective_move",
    "plans:objective_delete",
    "plans:theme_edit",
    "plans:theme_move",
    "plans:theme_delete",
)

# ---------------------------------------------------------------- plans


def plan_create(request: HttpRequest, slug: str) -> HttpResponse:
    partnership, _ = get_partnership_for_user(request, slug, write=True)
    plan = Plan(partnership=partnership)
    form = PlanForm(_data(request), instance=plan, partnership=partnership)
    if form.is_bound and form.is_valid():
        plan = editing.save_plan(form.instance, changed=form.changed_data, by=request.user)
        messages.success(request, f"Plan “{plan}” created. Add its themes next.")
        return redirect("plans:plan", plan.pk)
    back = reverse("accounts:partnership", args=[slug])
    return _form_page(request, form, "Create a plan", partnership.name, back, "Create plan")


def plan_edit(request: HttpRequest, pk: int) -> HttpResponse:
    plan = get_plan_for_user(request, pk, write=True)
    heading = f"Edit “{plan}”"
    form = PlanForm(_data(request), instance=plan, partnership=plan.partnership)
    if form.is_bound and form.is_valid():
        editing.save_plan(plan, changed=form.changed_data, by=request.user)
        messages.success(request, "Plan saved.")
        return redirect("plans:plan", plan.pk)
    return _form_page(request, form, heading, plan.partnership.name, _editor_url(plan), "Save")


@require_GET
def plan_editor(request: HttpRequest, pk: int) -> HttpResponse:
    """The plan in edit mode: every theme, objective and action with links to add, edit,
    move and delete them. Reading stays on the plan page."""
    plan = get_plan_for_user(request, pk, write=True)
    return render(request, "plans/plan_editor.html", _editor_context(plan))


def plan_delete(request: HttpRequest, pk: int) -> HttpResponse:
    plan = get_plan_for_user(request, pk, write=True)
    after = reverse("accounts:partnership", args=[plan.partnership.slug])
    return _confirm_delete(request, plan, "plan", back=_editor_url(plan), after=after)


# ---------------------------------------------------------------- themes


def theme_create(request: HttpRequest, pk: int) -> HttpResponse:
    plan = get_plan_for_user(request, pk, write=True)
    form = ThemeForm(_data(request), instance=Theme(plan=plan))
    if form.is_bound and form.is_valid():
        theme = editing.create_in_order(form.instance, by=request.user)
        messages.success(request, f"Theme “{theme}” added.")
        return redirect(_editor_url(plan, theme))
    return _form_page(request, form, "Add a theme", str(plan), _editor_url(plan), "Add theme")


def theme_edit(request: HttpRequest, pk: int) -> HttpResponse:
    theme = get_theme_for_user(request, pk, write=True)
    heading = f"Edit theme “{theme}”"
    form = ThemeForm(_data(request), instance=theme)
    if form.is_bound and form.is_valid():
        editing.save(theme, by=request.user)
        messages.success(request, "Theme saved.")
        return redirect(_editor_url(theme.plan, theme))
    return _form_page(request, form, heading, str(theme.plan), _editor_url(theme.plan), "Save")


def theme_delete(request: HttpRequest, pk: int) -> HttpResponse:
    theme = get_theme_for_user(request, pk, write=True)
    back = _editor_url(theme.plan)
    return _confirm_delete(request, theme, "theme", back=back, after=back)


def theme_move(request: HttpRequest, pk: int) -> HttpResponse:
    theme = get_theme_for_user(request, pk, write=True)
    return _move(request, theme, theme.plan)


# ---------------------------------------------------------------- objectives


def objective_create(request: HttpRequest, pk: int) -> HttpResponse:
    theme = get_theme_for_user(request, pk, write=True)
    form = ObjectiveForm(_data(request), instance=Objective(theme=theme))
    if form.is_bound and form.is_valid():
        objective = editing.create_in_order(form.instance, by=request.user)
        messages.success(request, f"Objective “{objective}” added.")
        return redirect(_editor_url(theme.plan, objective))
    back = _editor_url(theme.plan, theme)
    return _form_page(request, form, "Add an objective", str(theme), back, "Add objective")


def objective_edit(request: HttpRequest, pk: int) -> HttpResponse:
    objective = get_objective_for_user(request, pk, write=True)
    plan = objective.theme.plan
    form = ObjectiveForm(_data(request), instance=objective)
    if form.is_bound and form.is_valid():
        editing.save(objective, by=request.user)
        messages.success(request, "Objective saved.")
        return redirect(_editor_url(plan, objective))
    back = _editor_url(plan, objective)
    return _form_page(request, form, "Edit objective", str(objective.theme), back, "Save")


def objective_delete(request: HttpRequest, pk: int) -> HttpResponse:
    objective = get_objective_for_user(request, pk, write=True)
    back = _editor_url(objective.theme.plan)
    return _confirm_delete(request, objective, "objective", back=back, after=back)


def objective_move(request: HttpRequest, pk: int) -> HttpResponse:
    objective = get_objective_for_user(request, pk, write=True)
    return _move(request, objective, objective.theme.plan)


# ---------------------------------------------------------------- actions


def action_create(request: HttpRequest, pk: int) -> HttpResponse:
    plan = get_plan_for_user(request, pk, write=True)
    place = ActionPlaceForm(request.GET, plan=plan).initial_for_action()
    form = ActionForm(_data(request), instance=Action(), plan=plan, initial=place)
    if _finding_related(request, form):
        return _form_page(
            request, form, "Add an action", str(plan), _editor_url(plan), "Add action"
        )
    if form.is_bound and form.is_valid():
        action = editing.create_action(form.instance, plan, related=_related(form), by=request.user)
        messages.success(request, f"Action “{action}” added.")
        return redirect("plans:action", action.pk)
    return _form_page(request, form, "Add an action", str(plan), _editor_url(plan), "Add action")


def action_edit(request: HttpRequest, pk: int) -> HttpResponse:
    action = get_action_for_user(request, pk, write=True)
    plan, heading = action.theme.plan, f"Edit action {action.ref}".strip()
    form = ActionForm(_data(request), instance=action, plan=plan)
    back = reverse("plans:action", args=[action.pk])
    if _finding_related(request, form):
        return _form_page(request, form, heading, str(plan), back, "Save", "plans/edit_action.html")
    if form.is_bound and form.is_valid():
        try:
            editing.save_action(
                action,
                fields=form.Meta.fields,
                related=_related(form),
                expected_version=form.cleaned_data["version"],
                by=request.user,
            )
        except editing.ActionChangedMeanwhile as changed:
            return _action_conflict(request, form, changed.current, plan, heading)
        except Action.DoesNotExist:
            raise Http404("This action has been deleted.") from None
        messages.success(request, "Action saved.")
        return redirect("plans:action", action.pk)
    return _form_page(request, form, heading, str(plan), back, "Save", "plans/edit_action.html")


@require_GET
def action_lookup(request: HttpRequest, pk: int) -> HttpResponse:
    """The cross-reference search on the action form: this plan's actions matching the
    words, as boxes to tick (a partial for htmx; a short page otherwise)."""
    plan = get_plan_for_user(request, pk, write=True)
    form = ActionLookupForm(request.GET)
    results, message, more = [], "", False
    if form.is_valid():
        text = form.cleaned_data["related_search"]
        exclude = [form.cleaned_data["exclude"]] if form.cleaned_data["exclude"] else []
        found = list(find_actions(plan, text, exclude=exclude, limit=LOOKUP_LIMIT + 1))
        results, more = found[:LOOKUP_LIMIT], len(found) > LOOKUP_LIMIT
    else:
        message = " ".join(e for errors in form.errors.values() for e in errors)
    context = {
        "plan": plan,
        "results": results,
        "more": more,
        "message": message,
        "name": "related_actions",
        "searched": bool(request.GET.get("related_search", "").strip()),
    }
    template = "plans/_action_picker_results.html" if request.htmx else "plans/action_lookup.html"  # type: ignore[attr-defined]
    return render(request, template, context)


def action_delete(request: HttpRequest, pk: int) -> HttpResponse:
    action = get_action_for_user(request, pk, write=True)
    back, after = reverse("plans:action", args=[action.pk]), _editor_url(action.theme.plan)
    return _confirm_delete(request, action, "action", back=back, after=after)


def action_move(request: HttpRequest, pk: int) -> HttpResponse:
    action = get_action_for_user(request, pk, write=True)
    return _move(request, action, action.theme.plan)


# ---------------------------------------------------------------- milestones


def milestone_create(request: HttpRequest, pk: int) -> HttpResponse:
    action = get_action_for_user(request, pk, write=True)
    plan = action.theme.plan
    form = MilestoneForm(_data(request), instance=Milestone(action=action), plan=plan)
    if form.is_bound and form.is_valid():
        milestone = editing.save_milestone(form.instance, plan, by=request.user)
        messages.success(request, f"Milestone “{milestone}” added.")
        return redirect(_action_url(action))
    return _form_page(request, form, "Add a milestone", str(action), _action_url(action), "Add")


def milestone_edit(request: HttpRequest, pk: int) -> HttpResponse:
    milestone = get_milestone_for_user(request, pk, write=True)
    action = milestone.action
    form = MilestoneForm(_data(request), instance=milestone, plan=action.theme.plan)
    if form.is_bound and form.is_valid():
        editing.save_milestone(milestone, action.theme.plan, by=request.user)
        messages.success(request, "Milestone saved.")
        return redirect(_action_url(action))
    return _form_page(request, form, "Edit milestone", str(action), _action_url(action), "Save")


def milestone_delete(request: HttpRequest, pk: int) -> HttpResponse:
    milestone = get_milestone_for_user(request, pk, write=True)
    back = _action_url(milestone.action)
    return _confirm_delete(request, milestone, "milestone", back=back, after=back)


def milestone_move(request: HttpRequest, pk: int) -> HttpResponse:
    milestone = get_milestone_for_user(request, pk, write=True)
    return _move(request, milestone, milestone.action.theme.plan)


# ---------------------------------------------------------------- shared steps


def _data(request: HttpRequest):
    return request.POST if request.method == "POST" else None


def _finding_related(request: HttpRequest, form: ActionForm) -> bool:
    """The form was sent with "Find actions" (no JavaScript): show what matches the
    cross-reference search, keep what was typed, save nothing and show no errors yet."""
    if request.method != "POST" or "find_related" not in request.POST:
        return False
    form.find_related(request.POST.get("related_search", ""))
    form._errors = ErrorDict()  # not validated: nothing is being saved
    return True


def _related(form: ActionForm) -> dict[str, Any]:
    """The form's many-to-many choices by field name, set once the action is saved."""
    names = [f.name for f in Action._meta.many_to_many]
    return {name: form.cleaned_data[name] for name in names if name in form.cleaned_data}


def _editor_url(plan: Plan, item: Theme | Objective | None = None) -> str:
    url = reverse("plans:plan_editor", args=[plan.pk])
    if isinstance(item, Theme):
        return f"{url}#theme-{item.pk}"
    if isinstance(item, Objective):
        return f"{url}#objective-{item.pk}"
    return url


def _action_url(action: Action) -> str:
    return reverse("plans:action", args=[action.pk]) + "#milestones"


def _form_page(
    request: HttpRequest,
    form,
    title: str,
    caption: str,
    back: str,
    submit: str,
    template: str = "plans/edit_form.html",
    **extra,
) -> HttpResponse:
    status = extra.pop("status", 200)
    context = {"form": form, "title": title, "caption": caption, "back_url": back}
    return render(request, template, {**context, "submit": submit, **extra}, status=status)


def _confirm_delete(
    request: HttpRequest, item: deleting.Deletable, what: str, *, back: str, after: str
) -> HttpResponse:
    if request.method == "POST":
        deletion = deleting.soft_delete(item, by=request.user)
        messages.success(
            request,
            f"The {what} “{deletion.label}” has been deleted. A coordinator can restore it "
            f"from Recently deleted, on the partnership page, for {Deletion.KEEP_DAYS} days.",
        )
        return redirect(after)
    context = {
        "item": item,
        "what": what,
        "contents": deleting.contents(item),
        "keep_days": Deletion.KEEP_DAYS,
        "back_url": back,
    }
    return render(request, "plans/confirm_delete.html", context)


def _move(request: HttpRequest, item: editing.Orderable, plan: Plan) -> HttpResponse:
    """The "Move" page: a position (and, for an action, a theme or objective) to move to.
    A POST of `direction` (up or down) moves one step, as older pages and htmx did."""
    if request.method == "POST" and "direction" in request.POST:
        return _move_one_step(request, item, plan)
    form = MoveToForm(_data(request), item=item, plan=plan)
    if form.is_bound and form.is_valid():
        editing.move_to(item, form.cleaned_data["position"], by=request.user, **form.destination())
        messages.success(request, f"Moved “{item}”.")
        return redirect(_after_move(item, plan))
    rows = list(editing.siblings(item))
    context = {
        "form": form,
        "item": item,
        "what": type(item)._meta.verbose_name,
        "siblings": rows,
        "position": next((n for n, row in enumerate(rows, 1) if row.pk == item.pk), None),
        "back_url": _after_move(item, plan),
    }
    return render(request, "plans/move.html", context, status=400 if form.is_bound else 200)


def _after_move(item: editing.Orderable, plan: Plan) -> str:
    if isinstance(item, Milestone):
        return _action_url(item.action)
    place = (item.objective or item.theme) if isinstance(item, Action) else item
    return _editor_url(plan, place)


def _move_one_step(request: HttpRequest, item: editing.Orderable, plan: Plan) -> HttpResponse:
    form = MoveForm(request.POST)
    if not form.is_valid():
        return HttpResponseBadRequest("Choose to move up or down.")
    moved = editing.move(item, form.cleaned_data["direction"], by=request.user)
    if request.htmx:  # type: ignore[attr-defined]
        return _reordered_partial(request, item, plan)
    if moved:
        messages.success(request, f"Moved “{item}” {form.cleaned_data['direction']}.")
    return redirect(_after_move(item, plan))


def _action_conflict(
    request: HttpRequest, form: ActionForm, current: Action, plan: Plan, heading: str
) -> HttpResponse:
    """Someone saved first: show their values, and what this person tried to enter."""
    latest = current.history.select_related("history_user").first()
    conflict = {
        "who": (latest and latest.history_user) or "Someone",
        "when": latest and latest.history_date,
        "differences": _differences(form, current),
    }
    fresh = ActionForm(instance=current, plan=plan)
    back = reverse("plans:action", args=[current.pk])
    return _form_page(
        request,
        fresh,
        heading,
        str(plan),
        back,
        "Save",
        "plans/edit_action.html",
        conflict=conflict,
        status=409,
    )


def _reordered_partial(request: HttpRequest, item: editing.Orderable, plan: Plan) -> HttpResponse:
    today = timezone.localdate()
    if isinstance(item, Milestone):
        milestones = item.action.milestones.select_related("lead_agency", "lead_person")
        rows = [(m, m.is_overdue(today)) for m in milestones]
        context = {"action": item.action, "milestones": rows, "can_edit": True}
        return render(request, "plans/_milestones.html", context)
    return render(request, "plans/_editor_tree.html", _editor_context(plan))


def _editor_context(plan: Plan) -> dict[str, Any]:
    return {
        "plan": plan,
        "tree": plan_tree(plan, on=timezone.localdate()),
        "links": links(*EDITOR_LINKS),
    }


def _differences(form: ActionForm, current: Action) -> list[tuple[str, str, str]]:
    """(label, value saved now, value this form entered) for each field that differs."""
    rows = []
    for name in form.Meta.fields:
        field = form.fields[name]
        yours = _shown(form.cleaned_data.get(name), field)
        saved = getattr(current, name)
        theirs = _shown(saved.all() if hasattr(saved, "all") else saved, field)
        if yours != theirs:
            rows.append((str(field.label), theirs, yours))
    return rows


def _shown(value: Any, field: forms.Field) -> str:
    if value is None or value == "":
        return "–"
    if isinstance(value, models.QuerySet | list):
        return ", ".join(sorted(str(v) for v in value)) or "–"
    choices = dict(getattr(field, "choices", None) or []) if not hasattr(value, "pk") else {}
    return str(choices.get(value, value))
