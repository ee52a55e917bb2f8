"""Changing plans: saving with deadlines understood, optimistic locking, and reordering.

Views validate input with the forms in plans/forms.py and call these functions with the
items and plain values (the fields changed, the many-to-many choices); these functions do
the writing, so the rules live in one place.
"""

from __future__ import annotations

from collections.abc import Collection, Iterable, Mapping
from typing import Any

from django.db import models, transaction
from django.db.models import F, Max

from cairn.accounts.models import User
from cairn.plans.models import Action, Milestone, Objective, Plan, Theme

Orderable = Theme | Objective | Action | Milestone
Related = Mapping[str, Iterable[models.Model]]
"""Many-to-many choices by field name (e.g. lead_agencies), set once the item is saved."""

# What Cairn derives from a deadline's text.
DEADLINE_FIELDS = ["deadline_kind", "deadline_start", "deadline_end", "deadline_warning"]


class ActionChangedMeanwhile(Exception):
    """Someone saved the action after this form was loaded: the save is refused."""

    def __init__(self, current: Action) -> None:
        super().__init__(f"Action {current.pk} is now at version {current.version}.")
        self.current = current


def save_plan(plan: Plan, *, changed: Collection[str], by: User) -> Plan:
    """Save the plan, its fields already set; `changed` names the fields the person changed.
    When its start moves, relative deadlines are read again."""
    start_moved = "starts_on" in changed and plan.pk is not None
    plan._history_user = by  # type: ignore[attr-defined]
    with transaction.atomic():
        plan.save()
        if start_moved:
            reread_deadlines(plan)
    return plan


def reread_deadlines(plan: Plan) -> None:
    actions = list(Action.objects.filter(theme__plan=plan))
    milestones = list(Milestone.objects.filter(action__theme__plan=plan))
    for item in [*actions, *milestones]:
        item.understand_deadline(plan.starts_on)
    Action.objects.bulk_update(actions, DEADLINE_FIELDS)
    Milestone.objects.bulk_update(milestones, DEADLINE_FIELDS)


def create_action(action: Action, plan: Plan, *, related: Related, by: User) -> Action:
    """Save a new action at the end of its theme or objective, then its `related` choices."""
    action.understand_deadline(plan.starts_on)
    action.order = next_order(siblings(action))
    action._history_user = by  # type: ignore[attr-defined]
    with transaction.atomic():
        action.save()
        set_related(action, related)
    return action


def save_action(
    action: Action,
    *,
    fields: Collection[str],
    related: Related,
    expected_version: int,
    by: User,
) -> Action:
    """Save an edited action only if nobody has saved it since `expected_version`.

    Only `fields` (the ones the person may edit; many-to-many ones come in `related`) and
    the deadline Cairn reads from them are written, so a lead's progress update saved
    meanwhile is never overwritten. The version is claimed with one conditional UPDATE
    (… WHERE version = expected), so two saves racing from the same version cannot both
    succeed: the second finds no row to update and raises ActionChangedMeanwhile, having
    written nothing.
    """
    with transaction.atomic():
        claimed = Action.objects.filter(pk=action.pk, version=expected_version).update(
            version=F("version") + 1
        )
        if not claimed:
            current = Action.objects.filter(pk=action.pk).first()
            if current is None:
                raise Action.DoesNotExist("The action was deleted meanwhile.")
            raise ActionChangedMeanwhile(current)
        action.version = expected_version + 1
        action.understand_deadline(action.theme.plan.starts_on)
        action._history_user = by  # type: ignore[attr-defined]
        concrete = [name for name in fields if not Action._meta.get_field(name).many_to_many]
        action.save(update_fields=[*concrete, *DEADLINE_FIELDS, "version"])
        set_related(action, related)
    return action


def set_related(item: models.Model, related: Related) -> None:
    for name, chosen in related.items():
        getattr(item, name).set(chosen)


def save_milestone(milestone: Milestone, plan: Plan, *, by: User) -> Milestone:
    """Save a milestone (a new one goes last) with its deadline read against the plan."""
    milestone.understand_deadline(plan.starts_on)
    if milestone.pk is None:
        milestone.order = next_order(siblings(milestone))
    milestone._history_user = by  # type: ignore[attr-defined]
    milestone.save()
    return milestone


def create_in_order(item: Theme | Objective, *, by: User) -> Theme | Objective:
    """Save a new theme or objective at the end of its parent's list."""
    item.order = next_order(siblings(item))
    return save(item, by=by)


def save(item: Theme | Objective, *, by: User) -> Theme | Objective:
    """Save a theme or objective as edited."""
    item._history_user = by  # type: ignore[attr-defined]
    item.save()
    return item


# ---------------------------------------------------------------- order


def siblings(item: Orderable) -> models.QuerySet[Any]:
    """The items that share `item`'s parent, in the order the plan shows them."""
    queryset: models.QuerySet[Any]
    if isinstance(item, Theme):
        queryset = Theme.objects.filter(plan_id=item.plan_id)
    elif isinstance(item, Objective):
        queryset = Objective.objects.filter(theme_id=item.theme_id)
    elif isinstance(item, Action):
        queryset = Action.objects.filter(theme_id=item.theme_id, objective_id=item.objective_id)
    else:
        queryset = Milestone.objects.filter(action_id=item.action_id)
    return queryset.order_by("order", "pk")


def next_order(queryset: models.QuerySet[Any]) -> int:
    return (queryset.aggregate(highest=Max("order"))["highest"] or 0) + 1


def move(item: Orderable, direction: str, by: User) -> bool:
    """Swap the item with its neighbour above ("up") or below ("down").

    The siblings are numbered 1, 2, 3 … first, so imported plans with equal or missing
    orders move predictably. False when the item is already first or last.
    """
    with transaction.atomic():
        items = list(siblings(item).select_for_update())
        position = next(i for i, sibling in enumerate(items) if sibling.pk == item.pk)
        other = position - 1 if direction == "up" else position + 1
        if not 0 <= other < len(items):
            return False
        items[position], items[other] = items[other], items[position]
        for number, sibling in enumerate(items, start=1):
            if sibling.order != number:
                sibling.order = number
                sibling._history_user = by
                sibling.save(update_fields=["order"])
    return True


def move_to(
    item: Orderable,
    position: int | None,
    *,
    by: User,
    theme: Theme | None = None,
    objective: Objective | None = None,
) -> None:
    """Put the item at `position` (1 is first; None or past the end: last) among its
    siblings. An action may move to another `theme` or `objective` of its plan first
    (an objective takes its theme with it). The siblings are numbered 1, 2, 3 … again."""
    with transaction.atomic():
        if isinstance(item, Action) and (theme is not None or objective is not None):
            new_theme = objective.theme if objective is not None else theme
            assert new_theme is not None
            if (item.theme_id, item.objective_id) != (new_theme.pk, getattr(objective, "pk", None)):
                item.theme, item.objective = new_theme, objective
                item._history_user = by  # type: ignore[attr-defined]
                item.save(update_fields=["theme", "objective"])
        others = [s for s in siblings(item).select_for_update() if s.pk != item.pk]
        at = len(others) if position is None else max(0, min(position - 1, len(others)))
        others.insert(at, item)
        for number, sibling in enumerate(others, start=1):
            if sibling.order != number:
                sibling.order = number
                sibling._history_user = by
                sibling.save(update_fields=["order"])
