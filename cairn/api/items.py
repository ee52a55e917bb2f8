"""A plan's parts: themes, objectives, actions and milestones, as everyone in the
partnership reads them: lists (one `Listing` each) and one of each with its version.
The coordinator's changes are in item_changes.py, on this module's router.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from typing import Any

from django.db.models import Prefetch, Q, QuerySet
from django.http import HttpRequest, HttpResponse
from django.urls import reverse
from django.utils import timezone
from ninja import Query, Router, Schema
from pydantic import AwareDatetime, Field, field_validator

from cairn.api.api import problems
from cairn.api.changes import GIVES_VERSION, content_version, with_version
from cairn.api.paging import Paging, page
from cairn.api.schemas import page_of
from cairn.api.visibility import visible_plans
from cairn.plans.access import (
    get_action_for_user,
    get_milestone_for_user,
    get_objective_for_user,
    get_plan_for_user,
    get_theme_for_user,
)
from cairn.plans.models import Action, DeadlineFields, Milestone, Objective, Plan, Theme
from cairn.plans.plan_json import deadline_json

router = Router(tags=["Themes, objectives, actions and milestones"])
ISO_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}")


# ---------------------------------------------------------------- shapes


class Named(Schema):
    id: int
    name: str


class DeadlineOut(Schema):
    kind: str
    start: dt.date | None
    end: dt.date | None


class StatusOut(Schema):
    id: int
    label: str
    code: str
    category: str
    colour: str


class ItemLinks(Schema):
    self: str
    web: str


class ThemeOut(Schema):
    id: int
    plan: int
    ref: str
    title: str
    description: str
    order: int
    version: str = Field(description="Send it back as If-Match to change the theme.")
    links: ItemLinks


class ObjectiveOut(Schema):
    id: int
    plan: int
    theme: int
    ref: str
    title: str
    order: int
    version: str
    links: ItemLinks


class ActionOut(Schema):
    id: int
    plan: int
    theme: int
    objective: int | None
    ref: str
    title: str
    description: str
    lead_agencies: list[Named]
    lead_people: list[Named]
    collaborators: list[Named]
    deadline_text: str
    deadline: DeadlineOut | None
    deadline_warning: str
    timescale: str
    output: str
    outcome: str
    indicators: str
    cost: str
    related_actions: list[int]
    status: StatusOut | None
    progress_note: str
    progress_updated_at: dt.datetime | None
    overdue: bool
    version: str
    links: ItemLinks


class MilestoneOut(Schema):
    id: int
    action: int
    title: str
    deadline_text: str
    deadline: DeadlineOut | None
    lead_agency: Named | None
    lead_person: Named | None
    done_on: dt.date | None
    overdue: bool
    version: str
    links: ItemLinks


# ---------------------------------------------------------------- how each reads


def _named(item: Any) -> dict[str, Any] | None:
    return {"id": item.pk, "name": getattr(item, "name", str(item))} if item else None


def _deadline(item: DeadlineFields) -> dict[str, Any] | None:
    return deadline_json(item)


def theme_out(theme: Theme) -> dict[str, Any]:
    shown = {
        "id": theme.pk,
        "plan": theme.plan_id,
        "ref": theme.ref,
        "title": theme.title,
        "description": theme.description,
        "order": theme.order,
    }
    return {
        **shown,
        "version": content_version(shown),
        "links": {
            "self": reverse("api:theme", args=[theme.pk]),
            "web": reverse("plans:plan", args=[theme.plan_id]) + f"#theme-{theme.pk}",
        },
    }


def objective_out(objective: Objective) -> dict[str, Any]:
    shown = {
        "id": objective.pk,
        "plan": objective.theme.plan_id,
        "theme": objective.theme_id,
        "ref": objective.ref,
        "title": objective.title,
        "order": objective.order,
    }
    return {
        **shown,
        "version": content_version(shown),
        "links": {
            "self": reverse("api:objective", args=[objective.pk]),
            "web": reverse("plans:plan", args=[objective.theme.plan_id])
            + f"#objective-{objective.pk}",
        },
    }


def action_out(action: Action, today: dt.date) -> dict[str, Any]:
    status = action.status
    return {
        "id": action.pk,
        "plan": action.theme.plan_id,
        "theme": action.theme_id,
        "objective": action.objective_id,
        "ref": action.ref,
        "title": action.title,
        "description": action.description,
        "lead_agencies": [_named(a) for a in action.lead_agencies.all()],
        "lead_people": [_named(p) for p in action.lead_people.all()],
        "collaborators": [_named(a) for a in action.collaborators.all()],
        "deadline_text": action.deadline_text,
        "deadline": _deadline(action),
        "deadline_warning": action.deadline_warning,
        "timescale": action.timescale,
        "output": action.output,
        "outcome": action.outcome,
        "indicators": action.indicators,
        "cost": action.cost,
        "related_actions": [other.pk for other in action.related_actions.all()],
        "status": (
            {
                "id": status.pk,
                "label": status.label,
                "code": status.code,
                "category": status.category,
                "colour": status.colour,
            }
            if status
            else None
        ),
        "progress_note": action.progress_note,
        "progress_updated_at": action.progress_updated_at,
        "overdue": action.is_overdue(today),
        "version": str(action.version),
        "links": {
            "self": reverse("api:action", args=[action.pk]),
            "web": reverse("plans:action", args=[action.pk]),
        },
    }


def milestone_out(milestone: Milestone, today: dt.date) -> dict[str, Any]:
    shown = {
        "id": milestone.pk,
        "action": milestone.action_id,
        "title": milestone.title,
        "deadline_text": milestone.deadline_text,
        "deadline": _deadline(milestone),
        "lead_agency": _named(milestone.lead_agency),
        "lead_person": _named(milestone.lead_person),
        "done_on": milestone.done_on,
    }
    return {
        **shown,
        "overdue": milestone.is_overdue(today),
        "version": content_version(shown),
        "links": {
            "self": reverse("api:milestone", args=[milestone.pk]),
            "web": reverse("plans:action", args=[milestone.action_id]) + "#milestones",
        },
    }


# ---------------------------------------------------------------- lists


class ItemFilters(Schema):
    plan: int | None = Field(None, description="A plan's id.")
    theme: int | None = Field(None, description="A theme's id.")


def _plans(request: HttpRequest, filters: ItemFilters) -> QuerySet[Plan] | list[Plan]:
    """The plans a list may show: the one asked for (404 if not yours), or all of yours."""
    if filters.theme is not None:
        return [get_theme_for_user(request, filters.theme).plan]
    if filters.plan is not None:
        return [get_plan_for_user(request, filters.plan)]
    return visible_plans(request.user)


@dataclass(frozen=True)
class Listing:
    """How one kind of item is listed: where its plan and theme are, what it reads with,
    and its order in the plan."""

    model: type[Theme | Objective | Action | Milestone]
    plan: str
    theme: str
    related: tuple[str, ...]
    order: tuple[str, ...]

    def rows(self, request: HttpRequest, filters: ItemFilters) -> QuerySet[Any]:
        """The caller's items, of the plan or theme asked for, in plan order."""
        rows = self.model.objects.filter(**{f"{self.plan}__in": _plans(request, filters)})
        if filters.theme is not None:
            rows = rows.filter(**{self.theme: filters.theme})
        if self.related:
            rows = rows.select_related(*self.related)
        return rows.order_by(*self.order)


THEMES = Listing(Theme, "plan", "pk", (), ("plan_id", "order", "pk"))
OBJECTIVES = Listing(
    Objective,
    "theme__plan",
    "theme_id",
    ("theme",),
    ("theme__plan_id", "theme__order", "theme_id", "order", "pk"),
)
ACTIONS = Listing(Action, "theme__plan", "theme_id", ("status", "theme"), ())
MILESTONES = Listing(
    Milestone,
    "action__theme__plan",
    "action__theme_id",
    ("lead_agency", "lead_person"),
    ("action__theme__plan_id", "action__theme__order", "action__order", "action_id", "order"),
)

ThemePage = page_of(ThemeOut, "ThemePage")
ObjectivePage = page_of(ObjectiveOut, "ObjectivePage")
ActionPage = page_of(ActionOut, "ActionPage")
MilestonePage = page_of(MilestoneOut, "MilestonePage")


@router.get(
    "/themes/",
    response={200: ThemePage, **problems()},
    url_name="themes",
    summary="Themes, in plan order",
    description="Queries: the count, the page's themes.",
)
def list_themes(
    request: HttpRequest, filters: Query[ItemFilters], paging: Query[Paging]
) -> dict[str, Any]:
    return page(request, THEMES.rows(request, filters), paging, lambda rows: map(theme_out, rows))


@router.get(
    "/objectives/",
    response={200: ObjectivePage, **problems()},
    url_name="objectives",
    summary="Objectives, in plan order",
    description="Queries: the count, the page's objectives with their themes.",
)
def list_objectives(
    request: HttpRequest, filters: Query[ItemFilters], paging: Query[Paging]
) -> dict[str, Any]:
    objectives = OBJECTIVES.rows(request, filters)
    return page(request, objectives, paging, lambda rows: map(objective_out, rows))


class ActionFilters(ItemFilters):
    objective: int | None = Field(None, description="An objective's id.")
    lead_agency: int | None = Field(None, description="An agency's id: actions it leads.")
    status: int | None = Field(None, description="A status's id.")
    status_category: str | None = Field(
        None, description="not_started, on_track, at_risk, off_track, stalled, complete, closed."
    )
    overdue: bool | None = Field(None, description="true: only overdue; false: none overdue.")
    changed_since: AwareDatetime | None = Field(
        None, description="Only actions changed at or after this time (with its time zone)."
    )

    @field_validator("changed_since", mode="before")
    @classmethod
    def _written_as_a_date(cls, value: Any) -> Any:
        """A date and time as written (ISO 8601), not a number of seconds."""
        if value is not None and not (isinstance(value, str) and ISO_DATE.match(value)):
            raise ValueError(
                "Give a date and time with its time zone, for example 2026-11-30T09:00:00Z."
            )
        return value


def actions_for(request: HttpRequest, filters: ActionFilters, today: dt.date) -> QuerySet[Action]:
    actions = ACTIONS.rows(request, filters)
    if filters.objective is not None:
        actions = actions.filter(objective_id=filters.objective)
    if filters.lead_agency is not None:
        actions = actions.filter(lead_agencies=filters.lead_agency)
    if filters.status is not None:
        actions = actions.filter(status_id=filters.status)
    if filters.status_category:
        actions = actions.filter(status__category=filters.status_category)
    if filters.overdue is not None:
        overdue = actions.overdue(on=today).values("pk")  # of these rows, not the country's
        actions = (
            actions.filter(pk__in=overdue) if filters.overdue else actions.exclude(pk__in=overdue)
        )
    if filters.changed_since is not None:
        changed = Action.history.filter(history_date__gte=filters.changed_since).values("id")
        actions = actions.filter(pk__in=changed)
    return actions.prefetch_related(
        "lead_agencies",
        "lead_people",
        "collaborators",
        Prefetch("related_actions", queryset=Action.objects.only("pk")),
    ).in_tree_order()


@router.get(
    "/actions/",
    response={200: ActionPage, **problems()},
    url_name="actions",
    summary="Actions, filtered",
    description=(
        "Queries: the count; the page's actions with status and theme; their lead agencies, "
        "lead people, collaborators and cross-references."
    ),
)
def list_actions(
    request: HttpRequest, filters: Query[ActionFilters], paging: Query[Paging]
) -> dict[str, Any]:
    today = timezone.localdate()
    actions = actions_for(request, filters, today)
    return page(request, actions, paging, lambda rows: (action_out(a, today) for a in rows))


class MilestoneFilters(ItemFilters):
    action: int | None = Field(None, description="An action's id.")
    overdue: bool | None = None


@router.get(
    "/milestones/",
    response={200: MilestonePage, **problems()},
    url_name="milestones",
    summary="Milestones, in plan order",
    description="Queries: the count, the page's milestones with their leads.",
)
def list_milestones(
    request: HttpRequest, filters: Query[MilestoneFilters], paging: Query[Paging]
) -> dict[str, Any]:
    today = timezone.localdate()
    milestones = MILESTONES.rows(request, filters)
    if filters.action is not None:
        milestones = milestones.filter(action=get_action_for_user(request, filters.action))
    if filters.overdue is not None:
        due = Q(deadline_end__lt=today, done_on__isnull=True) & ~Q(deadline_kind="done")
        due &= Q(deadline_kind__in=["date", "financial_year", "quarter", "relative"])
        milestones = milestones.filter(due) if filters.overdue else milestones.exclude(due)
    return page(request, milestones, paging, lambda rows: (milestone_out(m, today) for m in rows))


# ---------------------------------------------------------------- one of each


def one_action(request: HttpRequest, pk: int, *, write: bool = False) -> Action:
    get_action_for_user(request, pk, write=write)  # fetch and authorise, as the pages do
    return (
        Action.objects.select_related("status", "theme")
        .prefetch_related("lead_agencies", "lead_people", "collaborators", "related_actions")
        .get(pk=pk)
    )


@router.get(
    "/themes/{int:theme_id}/",
    response={200: ThemeOut, **problems()},
    url_name="theme",
    openapi_extra=GIVES_VERSION,
)
def get_theme(request: HttpRequest, theme_id: int, response: HttpResponse) -> dict[str, Any]:
    shown = theme_out(get_theme_for_user(request, theme_id))
    with_version(response, shown["version"])
    return shown


@router.get(
    "/objectives/{int:objective_id}/",
    response={200: ObjectiveOut, **problems()},
    url_name="objective",
    openapi_extra=GIVES_VERSION,
)
def get_objective(
    request: HttpRequest, objective_id: int, response: HttpResponse
) -> dict[str, Any]:
    shown = objective_out(get_objective_for_user(request, objective_id))
    with_version(response, shown["version"])
    return shown


@router.get(
    "/actions/{int:action_id}/",
    response={200: ActionOut, **problems()},
    url_name="action",
    openapi_extra=GIVES_VERSION,
)
def get_action(request: HttpRequest, action_id: int, response: HttpResponse) -> dict[str, Any]:
    shown = action_out(one_action(request, action_id), timezone.localdate())
    with_version(response, shown["version"])
    return shown


@router.get(
    "/milestones/{int:milestone_id}/",
    response={200: MilestoneOut, **problems()},
    url_name="milestone",
    openapi_extra=GIVES_VERSION,
)
def get_milestone(
    request: HttpRequest, milestone_id: int, response: HttpResponse
) -> dict[str, Any]:
    milestone = get_milestone_for_user(request, milestone_id)
    shown = milestone_out(milestone, timezone.localdate())
    with_version(response, shown["version"])
    return shown
