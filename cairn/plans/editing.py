"""Changing plans: saving with deadlines understood, optimistic locking, and reordering.

Views validate input with the forms in plans/forms.py and call these functions; these
functions do the writing, so the rules live in one place.
"""

from __future__ import annotations

from django.db import models, transaction
from django.db.models import F, Max

from cairn.accounts.models import User
from cairn.plans.forms import ActionForm, MilestoneForm, PlanForm
from cairn.plans.models import Action, Milestone, Objective, Plan, Theme

Orderable = Theme | Objective | Action | Milestone

# What the action form may change, plus what Cairn derives from it. Nothing else is
# written, so a lead's progress update saved meanwhile is never overwritten.
DEADLINE_FIELDS = ["deadline_kind", "deadline_start", "deadline_end", "deadline_warning"]


class ActionChangedMeanwhile(Exception):
    """Someone saved the action after this form was loaded: the save is refused."""

    def __init__(self, current: Action) -> None:
        super().__init__(f"Action {current.pk} is now at version {current.version}.")
        self.current = current


def save_plan(form: PlanForm, by: User) -> Plan:
    """Save the plan; when its start moves, relative deadlines are read again."""
    plan = form.instance
    start_moved = "starts_on" in form.changed_data and plan.pk is not None
    plan._history_user = by  # type: ignore[attr-defined]
    with transaction.atomic():
        plan = form.save()
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


def create_action(form: ActionForm, plan: Plan, by: User) -> Action:
    action = form.instance
    action.understand_deadline(plan.starts_on)
    action.order = next_order(siblings(action))
    action._history_user = by  # type: ignore[attr-defined]
    with transaction.atomic():
        return form.save()


def save_action(form: ActionForm, expected_version: int, by: User) -> Action:
    """Save an edited action only if nobody has saved it since `expected_version`.

    The version is claimed with one conditional UPDATE (… WHERE version = expected), so two
    saves racing from the same version cannot both succeed: the second finds no row to
    update and raises ActionChangedMeanwhile, having written nothing.
    """
    action = form.save(commit=False)  # writes nothing; readies save_m2m()
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
        fields = [
            name
            for name in form.Meta.fields
            if not action._meta.get_field(name).many_to_many  # type: ignore[union-attr]
        ]
        action.save(update_fields=[*fields, *DEADLINE_FIELDS, "version"])
        form.save_m2m()
    return action


def differences(form: ActionForm, current: Action) -> list[tuple[str, str, str]]:
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


def _shown(value, field) -> str:
    if value is None or value == "":
        return "–"
    if isinstance(value, models.QuerySet | list):
        return ", ".join(sorted(str(v) for v in value)) or "–"
    choices = dict(getattr(field, "choices", None) or []) if not hasattr(value, "pk") else {}
    return str(choices.get(value, value))


def save_milestone(form: MilestoneForm, plan: Plan, by: User) -> Milestone:
    milestone = form.instance
    milestone.understand_deadline(plan.starts_on)
    if milestone.pk is None:
        milestone.order = next_order(siblings(milestone))
    milestone._history_user = by  # type: ignore[attr-defined]
    return form.save()


def create_in_order(form, by: User):
    """Save a new theme or objective at the end of its parent's list."""
    item = form.instance
    item.order = next_order(siblings(item))
    item._history_user = by
    return form.save()


def delete(item: models.Model, by: User) -> None:
    item._history_user = by  # type: ignore[attr-defined]
    item.delete()


# ---------------------------------------------------------------- order


def siblings(item: Orderable) -> models.QuerySet:
    """The items that share `item`'s parent, in the order the plan shows them."""
    if isinstance(item, Theme):
        queryset = Theme.objects.filter(plan_id=item.plan_id)
    elif isinstance(item, Objective):
        queryset = Objective.objects.filter(theme_id=item.theme_id)
    elif isinstance(item, Action):
        queryset = Action.objects.filter(theme_id=item.theme_id, objective_id=item.objective_id)
    else:
        queryset = Milestone.objects.filter(action_id=item.action_id)
    return queryset.order_by("order", "pk")


def next_order(queryset: models.QuerySet) -> int:
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
