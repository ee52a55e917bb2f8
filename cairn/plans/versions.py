"""A plan's revision: a number that changes whenever anything its dashboard shows changes.

The dashboard (reports/views.py) is cached per plan revision, so the number must move on
every change to what the dashboard reads, in every worker at once: it is a column of the
plan (`Plan.revision`), raised by one UPDATE, never a per-process counter.

What raises it:
- saving or deleting a plan, theme, objective, action or milestone, and changing an
  action's lead agencies, lead people or collaborators, agencies or people (the
  receivers below);
- the same for review rounds and updates (reviews/apps.py connects them with
  `follow_plan_of`);
- saving or deleting a partnership, its agencies, members or statuses: every plan of the
  partnership;
- the few writes that go round the model's save (QuerySet.update: hiding and restoring
  deleted items, renaming kept statuses) call `changed()` themselves.

- saving a person whose name, email or activity changes: every plan of each partnership
  they belong to, and every plan that names them otherwise (`plans_naming`): as a lead
  or partner proposed by an import, a milestone's lead, or in a history (a host admin's
  change; who updated and who reviewed, reviews/apps.py).

The indicators table of the dashboard is not cached: it is read on every request. The plan
page and the round page keep what they show of the plan the same way (`page_key`).
"""

from __future__ import annotations

from collections.abc import Callable

from django.db.models import F, Model, Q, QuerySet
from django.db.models.signals import m2m_changed, post_delete, post_save
from simple_history.models import HistoricalRecords

from cairn.accounts.models import Agency, Membership, Partnership, User
from cairn.plans.models import Action, Milestone, Objective, Plan, Status, StatusScheme, Theme

PAGE_CACHE_SECONDS = 24 * 60 * 60
"""How long a rendered part of a page is kept: its key changes anyway with the plan's
revision and the day (what is overdue), so this only bounds the memory of old ones."""


def page_key(plan: Plan, *parts: object) -> str:
    """A cache key for what a page shows of `plan`, given the `parts` it also depends on
    (the day, the query string, the role...): the plan's revision, and its creation time
    too, so that a plan made again with the same id in a test database is another plan."""
    return ":".join(
        str(part) for part in (plan.pk, plan.created_at.isoformat(), plan.revision, *parts)
    )


def changed(plans) -> None:  # type: ignore[no-untyped-def]
    """Raise the revision of `plans` (a queryset of plans)."""
    plans.update(revision=F("revision") + 1)


def plans_of_partnership(partnership_id: int | None) -> None:
    if partnership_id is not None:
        changed(Plan.all_objects.filter(partnership_id=partnership_id))


PLAN_OF: dict[type[Model], Callable[[Model], object]] = {}
"""For each followed model, how to find its plan's id (or a queryset of plan ids)."""


def follow_plan_of(model: type[Model], plan_id: Callable[[Model], object]) -> None:
    """Raise the plan's revision whenever a `model` row is saved or deleted."""
    PLAN_OF[model] = plan_id
    post_save.connect(_saved_or_deleted, sender=model, dispatch_uid=f"revision-{model}")
    post_delete.connect(_saved_or_deleted, sender=model, dispatch_uid=f"revision-del-{model}")


def _saved_or_deleted(sender: type[Model], instance: Model, **kwargs: object) -> None:
    if kwargs.get("raw"):  # loading a fixture or a backup
        return
    changed(Plan.all_objects.filter(pk__in=_as_ids(PLAN_OF[sender](instance))))


def _as_ids(found: object) -> object:
    return found if hasattr(found, "query") else [found]


follow_plan_of(Plan, lambda plan: plan.pk)
follow_plan_of(Theme, lambda theme: theme.plan_id)
follow_plan_of(
    Objective, lambda objective: Theme.all_objects.filter(pk=objective.theme_id).values("plan_id")
)
follow_plan_of(
    Action, lambda action: Theme.all_objects.filter(pk=action.theme_id).values("plan_id")
)
follow_plan_of(
    Milestone,
    lambda milestone: Theme.all_objects.filter(actions__pk=milestone.action_id).values("plan_id"),
)


def _partnership_saved(sender: type[Model], instance: Model, **kwargs: object) -> None:
    if kwargs.get("raw"):
        return
    if isinstance(instance, Partnership):
        plans_of_partnership(instance.pk)
    elif isinstance(instance, Status):
        scheme = StatusScheme.objects.filter(pk=instance.scheme_id).first()
        if scheme is not None:
            plans_of_partnership(scheme.partnership_id or scheme.former_partnership_id)
    else:
        plans_of_partnership(getattr(instance, "partnership_id", None))


for model in (Partnership, Agency, Membership, Status):
    post_save.connect(_partnership_saved, sender=model, dispatch_uid=f"revision-{model}")
    post_delete.connect(_partnership_saved, sender=model, dispatch_uid=f"revision-del-{model}")


PERSON_SHOWN = frozenset({"name", "email", "is_active"})
"""What pages show of a person (`str(user)` is the name, else the email)."""

PlanIds = Callable[[int], QuerySet]
PERSON_NAMED_BY: list[PlanIds] = []
"""Besides their partnerships' plans, where a person is named: for each kind of record, the
ids of the plans whose pages name the person (given their id) through it."""


def names_people(plan_ids: PlanIds) -> None:
    """Raise the revision of the plans `plan_ids(person_id)` finds when that person is
    renamed (apps above this one add their own records: reviews' updates)."""
    PERSON_NAMED_BY.append(plan_ids)


def plans_naming(person_id: int) -> QuerySet[Plan]:
    """Every plan whose pages may show the person's name."""
    named = Q(partnership__in=Membership.objects.filter(user_id=person_id).values("partnership"))
    for plan_ids in PERSON_NAMED_BY:
        named |= Q(pk__in=plan_ids(person_id))
    return Plan.all_objects.filter(named)


def _via_actions(actions: QuerySet) -> QuerySet:
    """The plans of the actions whose ids `actions` (one column) gives."""
    return Action.all_objects.filter(pk__in=actions).values("theme__plan_id")


def _via_themes(themes: QuerySet) -> QuerySet:
    return Theme.all_objects.filter(pk__in=themes).values("plan_id")


# Someone who belongs to no partnership is still named: a lead person or partner an import
# proposed, a milestone's lead, and in any history, whoever made a change (a host admin) and
# the leads an action had before.
names_people(
    lambda pk: _via_actions(
        Action.lead_people.through.objects.filter(user_id=pk).values("action_id")
    )
)
names_people(
    lambda pk: _via_actions(
        Action.collaborator_people.through.objects.filter(user_id=pk).values("action_id")
    )
)
names_people(
    lambda pk: _via_actions(Milestone.all_objects.filter(lead_person_id=pk).values("action_id"))
)
names_people(lambda pk: Plan.history.filter(history_user_id=pk).values("id"))
names_people(lambda pk: Theme.history.filter(history_user_id=pk).values("plan_id"))
names_people(
    lambda pk: _via_themes(Objective.history.filter(history_user_id=pk).values("theme_id"))
)
names_people(lambda pk: _via_themes(Action.history.filter(history_user_id=pk).values("theme_id")))
names_people(
    lambda pk: _via_actions(Milestone.history.filter(history_user_id=pk).values("action_id"))
)
names_people(
    lambda pk: _via_actions(Milestone.history.filter(lead_person_id=pk).values("action_id"))
)
for _field in (Action.lead_people, Action.collaborator_people):
    _through = HistoricalRecords.m2m_models[_field.field]
    names_people(
        lambda pk, through=_through: _via_actions(
            through.objects.filter(user_id=pk).values("action_id")
        )
    )


def _person_saved(sender: type[Model], instance: Model, **kwargs: object) -> None:
    """A person renamed: every plan that names them. Signing in saves only `last_login`,
    which no page shows, so it raises nothing."""
    update_fields = kwargs.get("update_fields")
    if kwargs.get("raw") or (update_fields is not None and not PERSON_SHOWN & set(update_fields)):  # type: ignore[arg-type]
        return
    changed(plans_naming(instance.pk))


post_save.connect(_person_saved, sender=User, dispatch_uid="revision-person")


def _leads_changed(sender: type[Model], instance: Model, action: str, **kwargs: object) -> None:
    if not action.startswith("post_"):
        return
    if isinstance(instance, Action):
        # A cross-reference changes both actions' pages (they may be in two plans).
        others = set(kwargs.get("pk_set") or []) if kwargs.get("model") is Action else set()  # type: ignore[call-overload]
        changed(Plan.all_objects.filter(themes__actions__pk__in=[instance.pk, *others]))
    else:  # from the other side: an agency's or a person's actions
        changed(Plan.all_objects.filter(themes__actions__pk__in=kwargs.get("pk_set") or []))


# (The action page names its cross-references, "See also", as well as its leads.)
for field in (
    Action.lead_agencies,
    Action.lead_people,
    Action.collaborators,
    Action.collaborator_people,
    Action.related_actions,
):
    m2m_changed.connect(_leads_changed, sender=field.through, dispatch_uid=f"revision-{field}")
