"""Review rounds and updates: any member reads a round and how far it has got; a lead (or
the coordinator) gives an action its update through the update page's form and domain
function (reviews/forms.py, reviews/updates.py), with `If-Match` for the version read."""

from __future__ import annotations

import datetime as dt
from typing import Any, Literal

from django.http import HttpRequest, HttpResponse
from django.urls import reverse
from django.utils import timezone
from ninja import Query, Router, Schema
from pydantic import Field

from cairn.api.api import problems
from cairn.api.changes import GIVES_VERSION, NEEDS_VERSION, expected_version, stale, with_version
from cairn.api.items import Named, StatusOut
from cairn.api.paging import Paging, page
from cairn.api.problems import FieldError, Problem, form_errors
from cairn.api.schemas import Strict, page_of
from cairn.api.visibility import visible_plans
from cairn.plans.access import get_plan_for_user
from cairn.plans.models import Action, Status
from cairn.reviews.access import (
    get_round_action_for_lead,
    get_round_for_user,
    get_update_for_user,
)
from cairn.reviews.forms import ReviewForm, UpdateForm
from cairn.reviews.models import ReviewRound, RoundStateError, Update
from cairn.reviews.rounds import Tally, round_summary
from cairn.reviews.updates import (
    StaleUpdate,
    UpdateRefused,
    accept_update,
    lead_update,
    override_status,
    return_update,
    save_from_update_page,
    update_milestones,
)

router = Router(tags=["Review rounds and updates"])


class RoundOut(Schema):
    id: int
    plan: int
    period: str
    opens_on: dt.date
    closes_on: dt.date
    remind_days_before: int
    state: str = Field(description="open, closed or locked; only an open round takes updates.")
    links: dict[str, str]


class TallyOut(Schema):
    name: str
    person: int | None = None
    updated: int
    draft: int
    outstanding: int
    total: int


class Completeness(Schema):
    overall: TallyOut
    by_agency: list[TallyOut]
    by_lead: list[TallyOut]
    not_asked: int = Field(description="Actions finished before the round, not asked about.")


class RoundDetail(RoundOut):
    completeness: Completeness


class TickOut(Schema):
    milestone: int
    done_on: dt.date


class UpdateOut(Schema):
    round: int
    action: int
    state: str = Field(
        description="not_started (no update yet), draft, submitted, accepted, returned."
    )
    status: StatusOut | None
    note: str
    revised_deadline_text: str
    revised_deadline_reason: str
    milestones_done: list[TickOut]
    author: Named | None
    submitted_at: dt.datetime | None
    review_comment: str
    override_status: StatusOut | None
    override_reason: str
    version: str = Field(description="0 before anyone has saved one; send it as If-Match.")


class UpdateIn(Strict):
    """What the update page takes: draft it, or submit it (a status is needed then)."""

    status: int | None = Field(None, description="The id of one of the partnership's statuses.")
    note: str = ""
    revised_deadline_text: str = ""
    revised_deadline_reason: str = ""
    milestones_done: dict[int, dt.date] = Field(
        {}, description="{milestone id: the date it was done} for milestones this ticks off."
    )
    submit: bool = Field(False, description="true submits it; false saves a draft.")


def round_out(review_round: ReviewRound) -> dict[str, Any]:
    return {
        "id": review_round.pk,
        "plan": review_round.plan_id,
        "period": review_round.period,
        "opens_on": review_round.opens_on,
        "closes_on": review_round.closes_on,
        "remind_days_before": review_round.remind_days_before,
        "state": review_round.state,
        "links": {
            "self": reverse("api:round", args=[review_round.pk]),
            "web": reverse("reviews:round", args=[review_round.pk]),
        },
    }


def tally_out(tally: Tally) -> dict[str, Any]:
    return {
        "name": tally.name,
        "person": tally.person_pk,
        "updated": tally.updated,
        "draft": tally.draft,
        "outstanding": tally.outstanding,
        "total": tally.total,
    }


def _status(status: Status | None) -> dict[str, Any] | None:
    if status is None:
        return None
    return {
        "id": status.pk,
        "label": status.label,
        "code": status.code,
        "category": status.category,
        "colour": status.colour,
    }


def update_out(review_round: ReviewRound, action_id: int, update: Update | None) -> dict:
    if update is None:
        return {
            "round": review_round.pk,
            "action": action_id,
            "state": "not_started",
            "status": None,
            "note": "",
            "revised_deadline_text": "",
            "revised_deadline_reason": "",
            "milestones_done": [],
            "author": None,
            "submitted_at": None,
            "review_comment": "",
            "override_status": None,
            "override_reason": "",
            "version": "0",
        }
    author = update.author
    return {
        "round": update.round_id,
        "action": update.action_id,
        "state": update.state,
        "status": _status(update.status),
        "note": update.note,
        "revised_deadline_text": update.revised_deadline_text,
        "revised_deadline_reason": update.revised_deadline_reason,
        "milestones_done": [
            {"milestone": t.milestone_id, "done_on": t.done_on}
            for t in update.milestones_done.all()
        ],
        "author": {"id": author.pk, "name": author.name} if author else None,
        "submitted_at": update.submitted_at,
        "review_comment": update.review_comment,
        "override_status": _status(update.override_status),
        "override_reason": update.override_reason,
        "version": str(update.version),
    }


class RoundFilters(Schema):
    plan: int | None = Field(None, description="A plan's id.")
    state: str | None = Field(None, description="open, closed or locked.")


RoundPage = page_of(RoundOut, "RoundPage")
UpdatePage = page_of(UpdateOut, "UpdatePage")


@router.get(
    "/rounds/",
    response={200: RoundPage, **problems()},
    url_name="rounds",
    summary="Review rounds, newest first",
    description="Queries: the count, the page's rounds.",
)
def list_rounds(
    request: HttpRequest, filters: Query[RoundFilters], paging: Query[Paging]
) -> dict[str, Any]:
    if filters.plan is not None:
        rounds = ReviewRound.objects.filter(plan=get_plan_for_user(request, filters.plan))
    else:
        rounds = ReviewRound.objects.filter(plan__in=visible_plans(request.user))
    if filters.state:
        rounds = rounds.filter(state=filters.state)
    rounds = rounds.order_by("-opens_on", "-pk")
    return page(request, rounds, paging, lambda rows: map(round_out, rows))


@router.get(
    "/rounds/{int:round_id}/",
    response={200: RoundDetail, **problems()},
    url_name="round",
    summary="One round and how complete it is",
    description="Counts of actions updated, in draft and outstanding: overall, by lead "
    "agency and by lead, as the round page shows them.",
)
def get_round(request: HttpRequest, round_id: int) -> dict[str, Any]:
    review_round = get_round_for_user(request, round_id)
    summary = round_summary(review_round, on=timezone.localdate())
    return {
        **round_out(review_round),
        "completeness": {
            "overall": tally_out(summary.overall),
            "by_agency": [tally_out(t) for t in summary.by_agency],
            "by_lead": [tally_out(t) for t in summary.by_lead],
            "not_asked": summary.not_asked,
        },
    }


@router.get(
    "/rounds/{int:round_id}/updates/",
    response={200: UpdatePage, **problems()},
    url_name="round_updates",
    summary="The updates saved in a round",
    description="Queries: the count; the page's updates with statuses and authors; their "
    "ticked milestones.",
)
def list_updates(request: HttpRequest, round_id: int, paging: Query[Paging]) -> dict[str, Any]:
    review_round = get_round_for_user(request, round_id)
    updates = (
        Update.objects.filter(round=review_round)
        .select_related("status", "override_status", "author")
        .prefetch_related("milestones_done")
        .order_by("action__theme__order", "action__order", "action_id")
    )
    return page(
        request,
        updates,
        paging,
        lambda rows: (update_out(review_round, u.action_id, u) for u in rows),
    )


@router.get(
    "/rounds/{int:round_id}/actions/{int:action_id}/update/",
    response={200: UpdateOut, **problems()},
    url_name="update",
    summary="An action's update in a round (its leads and the coordinator)",
    openapi_extra=GIVES_VERSION,
)
def get_update(
    request: HttpRequest, round_id: int, action_id: int, response: HttpResponse
) -> dict[str, Any]:
    review_round, action = get_round_action_for_lead(request, round_id, action_id)
    shown = update_out(review_round, action.pk, lead_update(review_round, action))
    with_version(response, shown["version"])
    return shown


@router.put(
    "/rounds/{int:round_id}/actions/{int:action_id}/update/",
    response={200: UpdateOut, **problems(400, 409, 412, 413, 415, 428)},
    summary="Save or submit an action's update (its leads and the coordinator)",
    description=(
        "As the update page, with its checks and messages: `submit: true` needs a status; an "
        "at-risk, off-track or stalled status needs a note; a revised deadline needs a "
        'reason. Send `If-Match` with the version you read ("0" for the first update). '
        "A round that is closed or locked takes no updates (409)."
    ),
    openapi_extra=NEEDS_VERSION,
)
def put_update(
    request: HttpRequest, round_id: int, action_id: int, body: UpdateIn, response: HttpResponse
) -> dict[str, Any]:
    review_round, action = get_round_action_for_lead(request, round_id, action_id)
    update = lead_update(review_round, action)
    if not review_round.accepts_updates:
        raise _closed(review_round)
    version = int(expected_version(request, update.version if update else 0))
    milestones = update_milestones(action, update)
    form = UpdateForm(
        _form_data(body, version, {m.pk for m in milestones}),
        action=action,
        statuses=Status.objects.filter(scheme__partnership_id=review_round.plan.partnership_id),
        milestones=milestones,
    )
    valid = form.is_valid()
    if not valid:
        raise Problem("invalid-fields", errors=form_errors(form, _names(milestones)))
    result = save_from_update_page(
        review_round,
        action,
        request.user,
        form.update_input(),
        version=version,
        submit=body.submit,
        typed_note=body.note,
    )
    if result.kept_note is not None:
        raise _closed(review_round)
    if result.conflict is not None:
        raise stale(result.conflict.version)
    if result.refusal:
        raise Problem("conflict", result.refusal)
    shown = update_out(review_round, action.pk, lead_update(review_round, action))
    with_version(response, shown["version"])
    return shown


class ReviewIn(Strict):
    """The coordinator's decision, as on the update page's review panel."""

    decision: Literal["accept", "return", "override"] = Field(
        description="accept: its status, note, milestones and revised deadline go onto the "
        "action; return: back to the lead with `comment`; override: the board sees "
        "`override_status` (with `override_reason`), the lead's own status stays visible."
    )
    comment: str = Field("", description="What the lead should change (to return it).")
    override_status: int | None = Field(None, description="A status id (to override).")
    override_reason: str = ""


@router.post(
    "/rounds/{int:round_id}/actions/{int:action_id}/update/review/",
    response={200: UpdateOut, **problems(400, 409, 412, 413, 415, 428)},
    summary="Accept, return or override a submitted update (coordinator)",
    description=(
        "As the review panel of the update page, with its checks and messages: send "
        "`If-Match` with the update's version. Only a submitted (or accepted) update can be "
        "reviewed, and not in a locked round (409)."
    ),
    openapi_extra=NEEDS_VERSION,
)
def review_update(
    request: HttpRequest, round_id: int, action_id: int, body: ReviewIn, response: HttpResponse
) -> dict[str, Any]:
    update = _update_to_review(request, round_id, action_id)
    version = int(expected_version(request, update.version))
    statuses = Status.objects.filter(scheme__partnership_id=update.round.plan.partnership_id)
    form = ReviewForm({**body.model_dump(), "version": version}, statuses=statuses)
    if not form.is_valid():
        raise Problem("invalid-fields", errors=form_errors(form))
    data = form.cleaned_data
    try:
        if data["decision"] == "accept":
            accept_update(update, request.user, version=version)
        elif data["decision"] == "return":
            return_update(update, request.user, comment=data["comment"], version=version)
        else:
            override_status(
                update,
                request.user,
                status=data["override_status"],
                reason=data["override_reason"],
                version=version,
            )
    except StaleUpdate as changed:
        raise stale(changed.current.version) from None
    except (RoundStateError, UpdateRefused) as refusal:
        raise Problem("conflict", str(refusal)) from None
    review_round, action = update.round, update.action
    shown = update_out(review_round, action.pk, lead_update(review_round, action))
    with_version(response, shown["version"])
    return shown


def _update_to_review(request: HttpRequest, round_id: int, action_id: int) -> Update:
    """The round's update of the action, for its partnership's coordinator (404 if there
    is none yet, or it is another partnership's; 403 for other roles)."""
    review_round = get_round_for_user(request, round_id)  # 404 for another partnership's
    action = Action.objects.filter(pk=action_id)  # (an id past any column's range: none)
    found = Update.objects.filter(round=review_round, action__in=action).values_list("pk")
    if not found:
        raise Problem("not-found", "This action has no update in this round to review.")
    return get_update_for_user(request, found[0][0], write=True)


def _closed(review_round: ReviewRound) -> Problem:
    return Problem(
        "conflict",
        f"The {review_round.period} round is {review_round.get_state_display().lower()}: "
        "it takes no more updates.",
    )


def _form_data(body: UpdateIn, version: int, offered: set[int]) -> dict[str, Any]:
    unknown = sorted(set(body.milestones_done) - offered)
    if unknown:
        raise Problem(
            "invalid-fields",
            errors=[
                FieldError(
                    f"milestones_done.{pk}",
                    "This is not one of the action's milestones still to be done.",
                )
                for pk in unknown
            ],
        )
    data: dict[str, Any] = {
        "status": body.status or "",
        "note": body.note,
        "revised_deadline_text": body.revised_deadline_text,
        "revised_deadline_reason": body.revised_deadline_reason,
        "version": version,
        "intent": "submit" if body.submit else "draft",
    }
    for pk, done_on in body.milestones_done.items():
        data[f"milestone_{pk}"] = done_on.isoformat()
    return data


def _names(milestones: list[Any]) -> dict[str, str]:
    return {f"milestone_{m.pk}": f"milestones_done.{m.pk}" for m in milestones}
