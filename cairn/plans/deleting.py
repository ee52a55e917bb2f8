"""Deleting hides, it does not destroy: a deleted plan, theme, objective, action or milestone
is hidden with everything under it, restorable by a coordinator for 30 days, then purged.

One `Deletion` row records the click; every row it hid points at it (`deletion`), so a
restore brings back exactly what that click hid, and an item deleted earlier on its own
stays deleted until it is restored on its own.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from django.db import models, transaction
from django.utils import timezone

from cairn.accounts.models import User
from cairn.plans.models import Action, Deletion, Milestone, Objective, Plan, Theme

Deletable = Plan | Theme | Objective | Action | Milestone
# Parents before children: purging a parent takes its children with it.
MODELS: tuple[type[models.Model], ...] = (Plan, Theme, Objective, Action, Milestone)
KINDS: dict[type[models.Model], str] = {
    Plan: Deletion.Kind.PLAN,
    Theme: Deletion.Kind.THEME,
    Objective: Deletion.Kind.OBJECTIVE,
    Action: Deletion.Kind.ACTION,
    Milestone: Deletion.Kind.MILESTONE,
}
MODEL_OF_KIND = {kind: model for model, kind in KINDS.items()}


class CannotRestore(Exception):
    """The deletion cannot be undone now; the message says what to do first."""


@dataclass
class Contents:
    """What goes with an item when it is deleted, for the confirmation page."""

    objectives: list[str] = field(default_factory=list)
    actions: list[str] = field(default_factory=list)
    milestones: int = 0
    others: list[tuple[int, str]] = field(default_factory=list)
    """(count, name) of records elsewhere that belong to the actions: round updates, ..."""

    @property
    def sentence(self) -> str:
        parts = [
            counted(len(self.objectives), "objective", "objectives"),
            counted(len(self.actions), "action", "actions"),
            counted(self.milestones, "milestone", "milestones"),
            *(f"{count} {name}" for count, name in self.others),
        ]
        parts = [part for part in parts if part]
        if not parts:
            return "Nothing else goes with it."
        listed = parts[0] if len(parts) == 1 else ", ".join(parts[:-1]) + " and " + parts[-1]
        return f"With it go {listed}."


def counted(count: int, one: str, many: str) -> str:
    if not count:
        return ""
    return f"{count} {one if count == 1 else many}"


def live_rows(item: Deletable) -> dict[type[models.Model], models.QuerySet]:
    """The item and every live row under it, by model (rows deleted earlier are left out)."""
    if isinstance(item, Plan):
        scopes = {
            Plan: {"pk": item.pk},
            Theme: {"plan": item},
            Objective: {"theme__plan": item},
            Action: {"theme__plan": item},
            Milestone: {"action__theme__plan": item},
        }
    elif isinstance(item, Theme):
        scopes = {
            Theme: {"pk": item.pk},
            Objective: {"theme": item},
            Action: {"theme": item},
            Milestone: {"action__theme": item},
        }
    elif isinstance(item, Objective):
        scopes = {
            Objective: {"pk": item.pk},
            Action: {"objective": item},
            Milestone: {"action__objective": item},
        }
    elif isinstance(item, Action):
        scopes = {Action: {"pk": item.pk}, Milestone: {"action": item}}
    else:
        scopes = {Milestone: {"pk": item.pk}}
    return {model: model._default_manager.filter(**scope) for model, scope in scopes.items()}


def contents(item: Deletable) -> Contents:
    rows = live_rows(item)
    found = Contents()
    if Objective in rows and not isinstance(item, Objective):
        found.objectives = [str(o) for o in rows[Objective]]
    if Action in rows and not isinstance(item, Action):
        found.actions = [str(a) for a in rows[Action].in_tree_order()]
    if Milestone in rows and not isinstance(item, Milestone):
        found.milestones = rows[Milestone].count()
    if Action in rows:
        found.others = records_of(rows[Action])
    return found


def records_of(actions: models.QuerySet) -> list[tuple[int, str]]:
    """Records of other apps that belong to these actions (round updates, ...), counted.

    Found from the relations to Action, so a new kind of record is listed without a change
    here; a model may name itself with DELETION_NAMES = (singular, plural)."""
    found = []
    for relation in Action._meta.related_objects:
        model = relation.related_model
        if model._meta.app_label == Action._meta.app_label or relation.many_to_many:
            continue
        count = model._base_manager.filter(**{f"{relation.field.name}__in": actions}).count()
        if count:
            one, many = getattr(
                model,
                "DELETION_NAMES",
                (str(model._meta.verbose_name), str(model._meta.verbose_name_plural)),
            )
            found.append((count, one if count == 1 else many))
    return found


def partnership_of(item: Deletable):
    if isinstance(item, Plan):
        return item.partnership
    if isinstance(item, Theme):
        return item.plan.partnership
    if isinstance(item, Objective):
        return item.theme.plan.partnership
    if isinstance(item, Action):
        return item.theme.plan.partnership
    return item.action.theme.plan.partnership


def plan_of(item: Deletable) -> Plan:
    if isinstance(item, Plan):
        return item
    if isinstance(item, Theme | Objective):
        return item.plan if isinstance(item, Theme) else item.theme.plan
    if isinstance(item, Action):
        return item.theme.plan
    return item.action.theme.plan


def soft_delete(item: Deletable, by: User) -> Deletion:
    """Hide the item and everything under it in one restorable Deletion."""
    with transaction.atomic():
        deletion = Deletion.objects.create(
            partnership=partnership_of(item),
            kind=KINDS[type(item)],
            object_id=item.pk,
            label=str(item)[:600],
            where="" if isinstance(item, Plan) else str(plan_of(item))[:600],
            summary=contents(item).sentence,
            deleted_by=by,
        )
        for queryset in live_rows(item).values():
            queryset.update(deletion=deletion)
        item.deletion = deletion
        item._history_user = by  # type: ignore[union-attr]
        item.save(update_fields=["deletion"])  # one history entry for the click
    return deletion


def hidden_parent(deletion: Deletion) -> str | None:
    """The deleted item's plan, theme, ... when that is deleted too (restore it first)."""
    item = MODEL_OF_KIND[deletion.kind]._base_manager.get(pk=deletion.object_id)
    parents: list[models.Model] = []
    if isinstance(item, Milestone):
        parents = [item.action, item.action.objective, item.action.theme, item.action.theme.plan]
    elif isinstance(item, Action):
        parents = [item.objective, item.theme, item.theme.plan]
    elif isinstance(item, Objective):
        parents = [item.theme, item.theme.plan]
    elif isinstance(item, Theme):
        parents = [item.plan]
    for parent in parents:
        if parent is not None and parent.deletion_id and parent.deletion_id != deletion.pk:
            return f"{parent._meta.verbose_name} “{parent}”"
    return None


def restore(deletion: Deletion, by: User) -> None:
    """Bring back everything the deletion hid; CannotRestore while its parent is deleted."""
    with transaction.atomic():
        parent = hidden_parent(deletion)
        if parent:
            raise CannotRestore(
                f"It was in the {parent}, which is deleted too: restore that first."
            )
        item = MODEL_OF_KIND[deletion.kind]._base_manager.get(pk=deletion.object_id)
        for model in MODELS:
            model._base_manager.filter(deletion=deletion).update(deletion=None)
        item.deletion = None
        item._history_user = by  # type: ignore[attr-defined]
        item.save(update_fields=["deletion"])
        deletion.delete()


def purge(older_than_days: int = Deletion.KEEP_DAYS, now: dt.datetime | None = None) -> int:
    """Delete for good what was deleted more than `older_than_days` ago; returns how many
    deletions were purged."""
    cutoff = (now or timezone.now()) - dt.timedelta(days=older_than_days)
    purged = 0
    for deletion in Deletion.objects.filter(deleted_at__lt=cutoff).order_by("deleted_at"):
        with transaction.atomic():
            for model in MODELS:
                model._base_manager.filter(deletion=deletion).delete()
            deletion.delete()
        purged += 1
    return purged
