"""A plan's parts: themes, objectives, actions and milestones. Everyone in the partnership
reads them; its coordinator changes them, through the forms and the domain functions of
the editing pages (plans/forms.py, plans/editing.py), with `If-Match` for the version read.
"""

from __future__ import annotations

import datetime as dt
import re
from typing import Any

from django.db import transaction
from django.db.models import Prefetch, Q, QuerySet
from django.http import Http404, HttpRequest, HttpResponse
from django.urls import reverse
from django.utils import timezone
from ninja import Query, Router, Schema
from pydantic import AwareDatetime, Field, field_validator

from cairn.api.api import problems
from cairn.api.changes import content_version, expected_version, form_data, stale, with_version
from cairn.api.paging import Paging, page
from cairn.api.problems import Problem, form_errors
from cairn.api.schemas import Strict, page_of
from cairn.api.visibility import visible_plans
from cairn.plans import editing
from cairn.plans.access import (
    get_action_for_user,
    get_milestone_for_user,
    get_objective_for_user,
    get_plan_for_user,
    get_theme_for_user,
)
from cairn.plans.forms import ActionForm, MilestoneForm, ObjectiveForm, ThemeForm
from cairn.plans.models import Action, DeadlineFields, Milestone, Objective, Plan, Theme
from cairn.plans.plan_json import deadline_json

router = Router(tags=["Themes, objectives, actions and milestones"])
ISO_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}")
WRITE_PROBLEMS = problems(400, 412, 413, 415, 428)


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


class ThemeChange(Strict):
    ref: str | None = None
    title: str | None = None
    description: str | None = None


class ObjectiveChange(Strict):
    ref: str | None = None
    title: str | None = None


class ActionChange(Strict):
    """Only the fields sent change; ids name the partnership's agencies, people, actions."""

    ref: str | None = None
    title: str | None = None
    description: str | None = None
    theme: int | None = None
    objective: int | None = Field(None, description="null: straight under its theme.")
    lead_agencies: list[int] | None = None
    lead_people: list[int] | None = None
    collaborators: list[int] | None = None
    deadline_text: str | None = None
    timescale: str | None = Field(None, description="short, medium, long, or empty.")
    output: str | None = None
    outcome: str | None = None
    indicators: str | None = Field(None, description="One per line.")
    cost: str | None = None
    related_actions: list[int] | None = None


class MilestoneChange(Strict):
    title: str | None = None
    deadline_text: str | None = None
    lead_agency: int | None = None
    lead_person: int | None = None
    done_on: dt.date | None = None


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
    themes = Theme.objects.filter(plan__in=_plans(request, filters))
    if filters.theme is not None:
        themes = themes.filter(pk=filters.theme)
    themes = themes.order_by("plan_id", "order", "pk")
    return page(request, themes, paging, lambda rows: map(theme_out, rows))


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
    objectives = Objective.objects.filter(theme__plan__in=_plans(request, filters))
    if filters.theme is not None:
        objectives = objectives.filter(theme_id=filters.theme)
    objectives = objectives.select_related("theme").order_by(
        "theme__plan_id", "theme__order", "theme_id", "order", "pk"
    )
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
    actions = Action.objects.filter(theme__plan__in=_plans(request, filters))
    if filters.theme is not None:
        actions = actions.filter(theme_id=filters.theme)
    if filters.objective is not None:
        actions = actions.filter(objective_id=filters.objective)
    if filters.lead_agency is not None:
        actions = actions.filter(lead_agencies=filters.lead_agency)
    if filters.status is not None:
        actions = actions.filter(status_id=filters.status)
    if filters.status_category:
        actions = actions.filter(status__category=filters.status_category)
    if filters.overdue is not None:
        overdue = Action.objects.overdue(on=today).values("pk")
        actions = (
            actions.filter(pk__in=overdue) if filters.overdue else actions.exclude(pk__in=overdue)
        )
    if filters.changed_since is not None:
        changed = Action.history.filter(history_date__gte=filters.changed_since).values("id")
        actions = actions.filter(pk__in=changed)
    return (
        actions.select_related("status", "theme")
        .prefetch_related(
            "lead_agencies",
            "lead_people",
            "collaborators",
            Prefetch("related_actions", queryset=Action.objects.only("pk")),
        )
        .in_tree_order()
    )


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
    if filters.action is not None:
        milestones = Milestone.objects.filter(action=get_action_for_user(request, filters.action))
    else:
        milestones = Milestone.objects.filter(action__theme__plan__in=_plans(request, filters))
        if filters.theme is not None:
            milestones = milestones.filter(action__theme_id=filters.theme)
    if filters.overdue is not None:
        due = Q(deadline_end__lt=today, done_on__isnull=True) & ~Q(deadline_kind="done")
        due &= Q(deadline_kind__in=["date", "financial_year", "quarter", "relative"])
        milestones = milestones.filter(due) if filters.overdue else milestones.exclude(due)
    milestones = milestones.select_related("lead_agency", "lead_person").order_by(
        "action__theme__plan_id", "action__theme__order", "action__order", "action_id", "order"
    )
    return page(request, milestones, paging, lambda rows: (milestone_out(m, today) for m in rows))


# ---------------------------------------------------------------- one of each


def _one_action(request: HttpRequest, pk: int, *, write: bool = False) -> Action:
    get_action_for_user(request, pk, write=write)  # fetch and authorise, as the pages do
    return (
        Action.objects.select_related("status", "theme")
        .prefetch_related("lead_agencies", "lead_people", "collaborators", "related_actions")
        .get(pk=pk)
    )


@router.get("/themes/{int:theme_id}/", response={200: ThemeOut, **problems()}, url_name="theme")
def get_theme(request: HttpRequest, theme_id: int, response: HttpResponse) -> dict[str, Any]:
    shown = theme_out(get_theme_for_user(request, theme_id))
    with_version(response, shown["version"])
    return shown


@router.get(
    "/objectives/{int:objective_id}/",
    response={200: ObjectiveOut, **problems()},
    url_name="objective",
)
def get_objective(
    request: HttpRequest, objective_id: int, response: HttpResponse
) -> dict[str, Any]:
    shown = objective_out(get_objective_for_user(request, objective_id))
    with_version(response, shown["version"])
    return shown


@router.get("/actions/{int:action_id}/", response={200: ActionOut, **problems()}, url_name="action")
def get_action(request: HttpRequest, action_id: int, response: HttpResponse) -> dict[str, Any]:
    shown = action_out(_one_action(request, action_id), timezone.localdate())
    with_version(response, shown["version"])
    return shown


@router.get(
    "/milestones/{int:milestone_id}/",
    response={200: MilestoneOut, **problems()},
    url_name="milestone",
)
def get_milestone(
    request: HttpRequest, milestone_id: int, response: HttpResponse
) -> dict[str, Any]:
    milestone = get_milestone_for_user(request, milestone_id)
    shown = milestone_out(milestone, timezone.localdate())
    with_version(response, shown["version"])
    return shown


# ---------------------------------------------------------------- changes


def _invalid(form: Any) -> Problem:
    return Problem("invalid-fields", errors=form_errors(form))


def _given(body: Strict) -> dict[str, Any]:
    return {name: getattr(body, name) for name in body.model_fields_set}


@router.patch(
    "/themes/{int:theme_id}/",
    response={200: ThemeOut, **WRITE_PROBLEMS},
    summary="Change a theme (coordinator)",
    description="As the theme's edit page: send `If-Match` with the version you read.",
)
def change_theme(
    request: HttpRequest, theme_id: int, body: ThemeChange, response: HttpResponse
) -> dict[str, Any]:
    get_theme_for_user(request, theme_id, write=True)
    with transaction.atomic():
        theme = Theme.objects.select_for_update().get(pk=theme_id)
        expected_version(request, theme_out(theme)["version"])
        form = ThemeForm(form_data(ThemeForm, theme, _given(body)), instance=theme)
        if not form.is_valid():
            raise _invalid(form)
        editing.save(form.instance, by=request.user)
    shown = theme_out(theme)
    with_version(response, shown["version"])
    return shown


@router.patch(
    "/objectives/{int:objective_id}/",
    response={200: ObjectiveOut, **WRITE_PROBLEMS},
    summary="Change an objective (coordinator)",
    description="As the objective's edit page: send `If-Match` with the version you read.",
)
def change_objective(
    request: HttpRequest, objective_id: int, body: ObjectiveChange, response: HttpResponse
) -> dict[str, Any]:
    get_objective_for_user(request, objective_id, write=True)
    with transaction.atomic():
        objective = (
            Objective.objects.select_for_update().select_related("theme").get(pk=objective_id)
        )
        expected_version(request, objective_out(objective)["version"])
        data = form_data(ObjectiveForm, objective, _given(body))
        form = ObjectiveForm(data, instance=objective)
        if not form.is_valid():
            raise _invalid(form)
        editing.save(form.instance, by=request.user)
    shown = objective_out(objective)
    with_version(response, shown["version"])
    return shown


@router.patch(
    "/actions/{int:action_id}/",
    response={200: ActionOut, **WRITE_PROBLEMS},
    summary="Change an action (coordinator)",
    description=(
        "As the action's edit page, with its checks and messages: send `If-Match` with the "
        "version you read. A lead's progress update saved meanwhile is never overwritten: "
        "it moves the version on, so the change is refused with 412."
    ),
)
def change_action(
    request: HttpRequest, action_id: int, body: ActionChange, response: HttpResponse
) -> dict[str, Any]:
    action = get_action_for_user(request, action_id, write=True)
    version = int(expected_version(request, action.version))
    plan = action.theme.plan
    data = form_data(ActionForm, action, _given(body)) | {"version": version}
    form = ActionForm(data, instance=action, plan=plan)
    if not form.is_valid():
        raise _invalid(form)
    related = {f.name: form.cleaned_data[f.name] for f in Action._meta.many_to_many}
    try:
        editing.save_action(
            action,
            fields=form.Meta.fields,
            related=related,
            expected_version=version,
            by=request.user,
        )
    except editing.ActionChangedMeanwhile as changed:
        raise stale(changed.current.version) from None
    except Action.DoesNotExist:
        raise Http404("This action has been deleted.") from None
    shown = action_out(_one_action(request, action_id), timezone.localdate())
    with_version(response, shown["version"])
    return shown


@router.patch(
    "/milestones/{int:milestone_id}/",
    response={200: MilestoneOut, **WRITE_PROBLEMS},
    summary="Change a milestone (coordinator)",
    description="As the milestone's edit page: send `If-Match` with the version you read.",
)
def change_milestone(
    request: HttpRequest, milestone_id: int, body: MilestoneChange, response: HttpResponse
) -> dict[str, Any]:
    milestone = get_milestone_for_user(request, milestone_id, write=True)
    plan = milestone.action.theme.plan
    today = timezone.localdate()
    with transaction.atomic():
        milestone = (
            Milestone.objects.select_for_update(of=("self",))
            .select_related("lead_agency", "lead_person")
            .get(pk=milestone_id)
        )
        expected_version(request, milestone_out(milestone, today)["version"])
        data = form_data(MilestoneForm, milestone, _given(body))
        form = MilestoneForm(data, instance=milestone, plan=plan)
        if not form.is_valid():
            raise _invalid(form)
        editing.save_milestone(form.instance, plan, by=request.user)
    milestone = Milestone.objects.select_related("lead_agency", "lead_person").get(pk=milestone_id)
    shown = milestone_out(milestone, today)
    with_version(response, shown["version"])
    return shown
