"""The plan page's tree for a plan of any length, a page of it at a time.

Every shown action is counted (under its theme and objective: by status, and how many are
overdue) from one query of values; only the page's actions become model instances and
`ActionNode`s. A plan of 5,000 actions then costs little more than its page of 250.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field

from django.db import connection

from cairn.plans.deadlines import Deadline
from cairn.plans.models import (
    Action,
    ActionQuerySet,
    Plan,
    Status,
    Theme,
    due_date_passed,
    finished,
)
from cairn.plans.tree import TREE_FIELDS, ActionNode, GroupCounts, GroupNode

ROW_FIELDS = tuple(
    f.attname for f in Action._meta.concrete_fields if f.primary_key or f.name in TREE_FIELDS
)
"""The columns read of every shown action, in the model's order (for `Action.from_db`)."""
_AT = {name: n for n, name in enumerate(ROW_FIELDS)}
_STATUS = Action._meta.get_field("status")


@dataclass
class Row:
    """One shown action, as read: its columns (ROW_FIELDS), its status, whether overdue."""

    values: tuple
    status: Status | None
    overdue: bool

    @property
    def pk(self) -> int:
        return self.values[_AT["id"]]

    def action(self) -> Action:
        """The model instance, with its status, as the queryset would have built it."""
        action = Action.from_db(connection.alias, ROW_FIELDS, self.values)
        _STATUS.set_cached_value(action, self.status)
        return action


@dataclass
class Group:
    """A theme, or an objective within one, and its shown actions (in tree order)."""

    item: object
    rows: list[Row] = field(default_factory=list)
    children: list[Group] = field(default_factory=list)

    def all_rows(self) -> list[Row]:
        return self.rows + [row for child in self.children for row in child.all_rows()]

    def counts(self) -> GroupCounts:
        """As `GroupNode.status_counts` counts: most common first, ties in tree order."""
        rows = self.all_rows()
        labels = Counter((row.status.label if row.status else "No status") for row in rows)
        return GroupCounts(labels.most_common(), sum(row.overdue for row in rows))


@dataclass
class Outline:
    groups: list[Group]

    @property
    def rows(self) -> list[Row]:
        """Every shown action, in the order the page lists them."""
        return [row for group in self.groups for row in group.all_rows()]


def plan_outline(
    plan: Plan,
    on: dt.date,
    actions: ActionQuerySet,
    *,
    themes: list[Theme],
    statuses: dict[int, Status],
    overdue_only: bool = False,
) -> Outline:
    """The plan's themes and objectives with the `actions` shown (a narrowed queryset;
    only the overdue ones if `overdue_only`). Queries: the actions' columns, and the
    statuses of another partnership's scheme should an action have one (it should not)."""
    values = list(actions.filter(theme__plan=plan).order_by("order", "pk").values_list(*ROW_FIELDS))
    status_at = _AT["status_id"]
    missing = {v[status_at] for v in values if v[status_at] is not None} - set(statuses)
    if missing:
        statuses = {**statuses, **Status.objects.in_bulk(missing)}
    by_group: dict[tuple[int, int | None], list[Row]] = {}
    for row_values in values:
        row = _row(row_values, statuses.get(row_values[status_at]), on)
        if row.overdue or not overdue_only:
            key = (row_values[_AT["theme_id"]], row_values[_AT["objective_id"]])
            by_group.setdefault(key, []).append(row)
    groups = []
    for theme in themes:
        group = Group(item=theme, rows=by_group.get((theme.pk, None), []))
        for objective in theme.objectives.all():
            group.children.append(
                Group(item=objective, rows=by_group.get((theme.pk, objective.pk), []))
            )
        groups.append(group)
    return Outline(groups)


def _row(values: tuple, status: Status | None, on: dt.date) -> Row:
    """Overdue as `Action.is_overdue` says; only a recurring deadline needs the instance."""
    kind = values[_AT["deadline_kind"]]
    if kind == Deadline.Kind.RECURRING:
        row = Row(values, status, overdue=False)
        row.overdue = row.action().is_overdue(on)
        return row
    overdue = due_date_passed(kind, values[_AT["deadline_end"]], on) and not finished(status, kind)
    return Row(values, status, overdue)


def page_tree(
    outline: Outline, page: Sequence[Row], on: dt.date, *, keep_empty: bool
) -> list[GroupNode]:
    """The groups holding the `page`'s actions, each counting all its shown actions. With
    `keep_empty` (the whole plan on one page, unfiltered) every theme and objective stays,
    so an empty one says it has no actions yet."""
    nodes = {id(row): ActionNode.of(row.action(), on) for row in page}
    tree = []
    for group in outline.groups:
        children = [
            GroupNode(
                item=child.item,
                actions=[nodes[id(row)] for row in child.rows if id(row) in nodes],
                counts=child.counts(),
            )
            for child in group.children
        ]
        node = GroupNode(
            item=group.item,
            actions=[nodes[id(row)] for row in group.rows if id(row) in nodes],
            children=children if keep_empty else [child for child in children if child.actions],
            counts=group.counts(),
        )
        if keep_empty or node.all_actions():
            tree.append(node)
    return tree
