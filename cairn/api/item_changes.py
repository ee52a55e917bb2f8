"""Changing a plan's parts through the API: the coordinator adds (POST to the list), changes
(PATCH) and deletes (DELETE) themes, objectives, actions and milestones.

Each change is checked by the editing page's own form (plans/forms.py, so the messages are
the same) and written by the editing page's domain function (plans/editing.py; a deletion
by plans/deleting.py, to "Recently deleted", restorable for 30 days). A change or deletion
names the version it read (`If-Match`); an addition answers 201 with `Location` and `ETag`.
These operations sit on the reading module's router: one address, one URL pattern.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from django.db import transaction
from django.http import Http404, HttpRequest, HttpResponse
from django.urls import reverse
from django.utils import timezone
from ninja import Schema
from ninja.responses import Status
from pydantic import Field

from cairn.api.api import problems
from cairn.api.changes import (
    GIVES_VERSION,
    NEEDS_VERSION,
    NEEDS_VERSION_ONLY,
    expected_version,
    form_data,
    stale,
    with_version,
)
from cairn.api.items import (
    ActionOut,
    MilestoneOut,
    ObjectiveOut,
    ThemeOut,
    action_out,
    milestone_out,
    objective_out,
    one_action,
    router,
    theme_out,
)
from cairn.api.problems import Problem, form_errors
from cairn.api.schemas import Strict
from cairn.plans import deleting, editing
from cairn.plans.access import (
    get_action_for_user,
    get_milestone_for_user,
    get_objective_for_user,
    get_plan_for_user,
    get_theme_for_user,
)
from cairn.plans.forms import ActionForm, MilestoneForm, ObjectiveForm, ThemeForm
from cairn.plans.models import Action, Deletion, Milestone, Objective, Theme

CHANGE_PROBLEMS = problems(400, 412, 413, 415, 428)
CREATE_PROBLEMS = problems(400, 413, 415)
DELETE_PROBLEMS = problems(400, 412, 428)


# ---------------------------------------------------------------- shapes


class ThemeChange(Strict):
    ref: str | None = None
    title: str | None = None
    description: str | None = None


class ThemeNew(ThemeChange):
    plan: int = Field(description="The plan's id: the theme goes last in it.")
    title: str


class ObjectiveChange(Strict):
    ref: str | None = None
    title: str | None = None


class ObjectiveNew(ObjectiveChange):
    theme: int = Field(description="The theme's id: the objective goes last in it.")


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


class ActionNew(ActionChange):
    theme: int = Field(description="The theme's id: the action goes last in it (or its objective).")
    title: str


class MilestoneChange(Strict):
    title: str | None = None
    deadline_text: str | None = None
    lead_agency: int | None = None
    lead_person: int | None = None
    done_on: dt.date | None = None


class MilestoneNew(MilestoneChange):
    action: int = Field(description="The action's id: the milestone goes last in it.")
    title: str


class DeletionOut(Schema):
    kind: str = Field(description="plan, theme, objective, action or milestone.")
    label: str
    summary: str = Field(description="What went with it, as the confirmation page says.")
    restorable_until: dt.datetime
    links: dict[str, str] = Field(description="`restore`: the Recently deleted page.")


# ---------------------------------------------------------------- shared steps


def _given(body: Strict) -> dict[str, Any]:
    return {name: getattr(body, name) for name in body.model_fields_set}


def _valid(form: Any) -> Any:
    """The form, valid; otherwise 422 with each field's message, nothing saved."""
    if not form.is_valid():
        raise Problem("invalid-fields", errors=form_errors(form))
    return form


def _shown(response: HttpResponse, shown: dict[str, Any], *, created: bool = False) -> Any:
    with_version(response, shown["version"])
    if created:
        response["Location"] = shown["links"]["self"]
        return Status(201, shown)
    return shown


def _data(form_class: Any, item: Any, body: Strict) -> dict[str, Any]:
    return form_data(form_class, item, _given(body))


def _out(item: Theme | Objective) -> dict[str, Any]:
    return theme_out(item) if isinstance(item, Theme) else objective_out(item)


def _add_in_order(request: HttpRequest, response: HttpResponse, form: Any) -> Any:
    """A new theme or objective, checked by its form, saved last among its siblings."""
    item = editing.create_in_order(_valid(form).instance, by=request.user)
    return _shown(response, _out(item), created=True)


def _change_in_place(
    request: HttpRequest,
    response: HttpResponse,
    item: Theme | Objective,
    form_class: Any,
    body: Strict,
) -> Any:
    """A theme or objective (row-locked by the caller) changed from the version read."""
    expected_version(request, _out(item)["version"])
    form = _valid(form_class(_data(form_class, item, body), instance=item))
    editing.save(form.instance, by=request.user)
    return _shown(response, _out(item))


def _deleted(request: HttpRequest, item: deleting.Deletable, version: str) -> dict[str, Any]:
    """Delete as the confirmation page does, if `If-Match` names the version `version`."""
    expected_version(request, version)
    deletion = deleting.soft_delete(item, by=request.user)
    return {
        "kind": deletion.kind,
        "label": deletion.label,
        "summary": deletion.summary,
        "restorable_until": deletion.deleted_at + dt.timedelta(days=Deletion.KEEP_DAYS),
        "links": {"restore": reverse("plans:deleted", args=[deletion.partnership.slug])},
    }


# ---------------------------------------------------------------- themes


@router.post(
    "/themes/",
    response={201: ThemeOut, **CREATE_PROBLEMS},
    summary="Add a theme to a plan (coordinator)",
    description="As the plan editor's “Add theme”: the theme goes last in the plan.",
    openapi_extra=GIVES_VERSION,
)
def create_theme(request: HttpRequest, body: ThemeNew, response: HttpResponse) -> Any:
    new = Theme(plan=get_plan_for_user(request, body.plan, write=True))
    return _add_in_order(request, response, ThemeForm(_data(ThemeForm, new, body), instance=new))


@router.patch(
    "/themes/{int:theme_id}/",
    response={200: ThemeOut, **CHANGE_PROBLEMS},
    summary="Change a theme (coordinator)",
    description="As the theme's edit page: send `If-Match` with the version you read.",
    openapi_extra=NEEDS_VERSION,
)
def change_theme(
    request: HttpRequest, theme_id: int, body: ThemeChange, response: HttpResponse
) -> Any:
    get_theme_for_user(request, theme_id, write=True)
    with transaction.atomic():
        theme = Theme.objects.select_for_update().get(pk=theme_id)
        return _change_in_place(request, response, theme, ThemeForm, body)


@router.delete(
    "/themes/{int:theme_id}/",
    response={200: DeletionOut, **DELETE_PROBLEMS},
    summary="Delete a theme, with everything in it (coordinator)",
    description="To Recently deleted, as the page's Delete: send `If-Match`.",
    openapi_extra=NEEDS_VERSION_ONLY,
)
def delete_theme(request: HttpRequest, theme_id: int) -> Any:
    get_theme_for_user(request, theme_id, write=True)
    with transaction.atomic():
        theme = Theme.objects.select_for_update().select_related("plan").get(pk=theme_id)
        return _deleted(request, theme, theme_out(theme)["version"])


# ---------------------------------------------------------------- objectives


@router.post(
    "/objectives/",
    response={201: ObjectiveOut, **CREATE_PROBLEMS},
    summary="Add an objective to a theme (coordinator)",
    description="As the plan editor's “Add objective”: it goes last in its theme.",
    openapi_extra=GIVES_VERSION,
)
def create_objective(request: HttpRequest, body: ObjectiveNew, response: HttpResponse) -> Any:
    new = Objective(theme=get_theme_for_user(request, body.theme, write=True))
    form = ObjectiveForm(_data(ObjectiveForm, new, body), instance=new)
    return _add_in_order(request, response, form)


@router.patch(
    "/objectives/{int:objective_id}/",
    response={200: ObjectiveOut, **CHANGE_PROBLEMS},
    summary="Change an objective (coordinator)",
    description="As the objective's edit page: send `If-Match` with the version you read.",
    openapi_extra=NEEDS_VERSION,
)
def change_objective(
    request: HttpRequest, objective_id: int, body: ObjectiveChange, response: HttpResponse
) -> Any:
    get_objective_for_user(request, objective_id, write=True)
    with transaction.atomic():
        objective = (
            Objective.objects.select_for_update().select_related("theme").get(pk=objective_id)
        )
        return _change_in_place(request, response, objective, ObjectiveForm, body)


@router.delete(
    "/objectives/{int:objective_id}/",
    response={200: DeletionOut, **DELETE_PROBLEMS},
    summary="Delete an objective, with its actions (coordinator)",
    description="To Recently deleted, as the page's Delete: send `If-Match`.",
    openapi_extra=NEEDS_VERSION_ONLY,
)
def delete_objective(request: HttpRequest, objective_id: int) -> Any:
    get_objective_for_user(request, objective_id, write=True)
    with transaction.atomic():
        objective = (
            Objective.objects.select_for_update(of=("self",))
            .select_related("theme__plan")
            .get(pk=objective_id)
        )
        return _deleted(request, objective, objective_out(objective)["version"])


# ---------------------------------------------------------------- actions


def _related(form: ActionForm) -> dict[str, Any]:
    # The form's many-to-many fields: partners who are people come only from an import.
    names = [f.name for f in Action._meta.many_to_many]
    return {name: form.cleaned_data[name] for name in names if name in form.cleaned_data}


@router.post(
    "/actions/",
    response={201: ActionOut, **CREATE_PROBLEMS},
    summary="Add an action (coordinator)",
    description=(
        "As the plan editor's “Add action”, with its checks and messages: the action goes "
        "last in its objective (or straight under its theme)."
    ),
    openapi_extra=GIVES_VERSION,
)
def create_action(request: HttpRequest, body: ActionNew, response: HttpResponse) -> Any:
    plan = get_theme_for_user(request, body.theme, write=True).plan
    new = Action()
    data = form_data(ActionForm, new, _given(body)) | {"version": new.version}
    form = _valid(ActionForm(data, instance=new, plan=plan))
    action = editing.create_action(form.instance, plan, related=_related(form), by=request.user)
    shown = action_out(one_action(request, action.pk), timezone.localdate())
    return _shown(response, shown, created=True)


@router.patch(
    "/actions/{int:action_id}/",
    response={200: ActionOut, **CHANGE_PROBLEMS},
    summary="Change an action (coordinator)",
    description=(
        "As the action's edit page, with its checks and messages: send `If-Match` with the "
        "version you read. A lead's progress update saved meanwhile is never overwritten: "
        "it moves the version on, so the change is refused with 412."
    ),
    openapi_extra=NEEDS_VERSION,
)
def change_action(
    request: HttpRequest, action_id: int, body: ActionChange, response: HttpResponse
) -> Any:
    action = get_action_for_user(request, action_id, write=True)
    version = int(expected_version(request, action.version))
    data = form_data(ActionForm, action, _given(body)) | {"version": version}
    form = _valid(ActionForm(data, instance=action, plan=action.theme.plan))
    try:
        editing.save_action(
            action,
            fields=form.Meta.fields,
            related=_related(form),
            expected_version=version,
            by=request.user,
        )
    except editing.ActionChangedMeanwhile as changed:
        raise stale(changed.current.version) from None
    except Action.DoesNotExist:
        raise Http404("This action has been deleted.") from None
    return _shown(response, action_out(one_action(request, action_id), timezone.localdate()))


@router.delete(
    "/actions/{int:action_id}/",
    response={200: DeletionOut, **DELETE_PROBLEMS},
    summary="Delete an action, with its milestones (coordinator)",
    description="To Recently deleted, as the page's Delete: send `If-Match`.",
    openapi_extra=NEEDS_VERSION_ONLY,
)
def delete_action(request: HttpRequest, action_id: int) -> Any:
    get_action_for_user(request, action_id, write=True)
    with transaction.atomic():
        action = (
            Action.objects.select_for_update(of=("self",))
            .select_related("theme__plan")
            .get(pk=action_id)
        )
        return _deleted(request, action, str(action.version))


# ---------------------------------------------------------------- milestones


@router.post(
    "/milestones/",
    response={201: MilestoneOut, **CREATE_PROBLEMS},
    summary="Add a milestone to an action (coordinator)",
    description="As the action page's “Add milestone”: it goes last in the action.",
    openapi_extra=GIVES_VERSION,
)
def create_milestone(request: HttpRequest, body: MilestoneNew, response: HttpResponse) -> Any:
    action = get_action_for_user(request, body.action, write=True)
    plan = action.theme.plan
    new = Milestone(action=action)
    data = form_data(MilestoneForm, new, _given(body))
    form = _valid(MilestoneForm(data, instance=new, plan=plan))
    milestone = editing.save_milestone(form.instance, plan, by=request.user)
    return _shown(response, milestone_out(milestone, timezone.localdate()), created=True)


@router.patch(
    "/milestones/{int:milestone_id}/",
    response={200: MilestoneOut, **CHANGE_PROBLEMS},
    summary="Change a milestone (coordinator)",
    description="As the milestone's edit page: send `If-Match` with the version you read.",
    openapi_extra=NEEDS_VERSION,
)
def change_milestone(
    request: HttpRequest, milestone_id: int, body: MilestoneChange, response: HttpResponse
) -> Any:
    plan = get_milestone_for_user(request, milestone_id, write=True).action.theme.plan
    today = timezone.localdate()
    with transaction.atomic():
        milestone = _locked_milestone(milestone_id)
        expected_version(request, milestone_out(milestone, today)["version"])
        data = form_data(MilestoneForm, milestone, _given(body))
        form = _valid(MilestoneForm(data, instance=milestone, plan=plan))
        editing.save_milestone(form.instance, plan, by=request.user)
    milestone = Milestone.objects.select_related("lead_agency", "lead_person").get(pk=milestone_id)
    return _shown(response, milestone_out(milestone, today))


@router.delete(
    "/milestones/{int:milestone_id}/",
    response={200: DeletionOut, **DELETE_PROBLEMS},
    summary="Delete a milestone (coordinator)",
    description="To Recently deleted, as the page's Delete: send `If-Match`.",
    openapi_extra=NEEDS_VERSION_ONLY,
)
def delete_milestone(request: HttpRequest, milestone_id: int) -> Any:
    get_milestone_for_user(request, milestone_id, write=True)
    with transaction.atomic():
        milestone = _locked_milestone(milestone_id)
        version = milestone_out(milestone, timezone.localdate())["version"]
        return _deleted(request, milestone, version)


def _locked_milestone(milestone_id: int) -> Milestone:
    return (
        Milestone.objects.select_for_update(of=("self",))
        .select_related("lead_agency", "lead_person", "action__theme__plan")
        .get(pk=milestone_id)
    )
