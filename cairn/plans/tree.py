"""A plan as a tree of plain structures, read in a fixed number of queries.

Pages, reports and exports all read plans through `plan_tree()`, so the rules for what
is overdue or an exception live in one place.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from dataclasses import dataclass, field

from django.db.models import Prefetch

from cairn.accounts.people import leads_with_departure
from cairn.plans.models import Action, Objective, Plan, Status, Theme


@dataclass
class ActionNode:
    action: Action
    overdue: bool

    @property
    def leads(self) -> list[str]:
        return [str(a) for a in self.action.lead_agencies.all()] + [
            p.name for p in self.action.lead_people.all()
        ]

    @property
    def departed_leads(self) -> list[str]:
        """Lead people who have left the partnership (read with `actions_with_details`
        given the partnership; otherwise nobody is known to have left)."""
        return [str(p) for p in self.action.lead_people.all() if getattr(p, "has_left", False)]

    @property
    def lead_agencies(self) -> list[str]:
        return [str(a) for a in self.action.lead_agencies.all()]

    @property
    def is_exception(self) -> bool:
        status = self.action.status
        return self.overdue or bool(status and status.is_exception)


@dataclass
class GroupNode:
    """A theme, or an objective within one: its actions and how they stand."""

    item: Theme | Objective | None
    actions: list[ActionNode] = field(default_factory=list)
    children: list[GroupNode] = field(default_factory=list)

    def all_actions(self) -> list[ActionNode]:
        return self.actions + [a for child in self.children for a in child.all_actions()]

    @property
    def status_counts(self) -> list[tuple[str, int]]:
        """(status label, count), most common first; "No status" when none is set yet."""
        return Counter(
            (n.action.status.label if n.action.status else "No status") for n in self.all_actions()
        ).most_common()

    @property
    def overdue_count(self) -> int:
        return sum(n.overdue for n in self.all_actions())


def actions_with_details(partnership_id: int | None = None):
    """Actions with their status and leads; given the partnership, each lead person carries
    `has_left` (no extra query)."""
    lead_people = (
        Prefetch("lead_people", queryset=leads_with_departure(partnership_id))
        if partnership_id is not None
        else "lead_people"
    )
    return Action.objects.select_related("status").prefetch_related("lead_agencies", lead_people)


def plan_tree(plan: Plan, on: dt.date, actions=None) -> list[GroupNode]:
    """The plan's themes, each with its direct actions and its objectives' actions.

    `actions` may narrow the actions shown (a filtered queryset); queries stay fixed:
    themes, objectives, actions, statuses joined, lead agencies, lead people.
    """
    if actions is None:
        actions = actions_with_details(plan.partnership_id)
    actions = actions.filter(theme__plan=plan)
    themes = Theme.objects.filter(plan=plan).prefetch_related(
        Prefetch("objectives", queryset=Objective.objects.order_by("order", "pk"))
    )
    by_group: dict[tuple[int, int | None], list[ActionNode]] = {}
    for action in actions.order_by("order", "pk"):
        node = ActionNode(action=action, overdue=action.is_overdue(on))
        by_group.setdefault((action.theme_id, action.objective_id), []).append(node)
    tree = []
    for theme in themes:
        group = GroupNode(item=theme, actions=by_group.get((theme.pk, None), []))
        for objective in theme.objectives.all():
            group.children.append(
                GroupNode(item=objective, actions=by_group.get((theme.pk, objective.pk), []))
            )
        tree.append(group)
    return tree


def statuses_of(plan: Plan) -> list[Status]:
    return list(Status.objects.filter(scheme__partnership_id=plan.partnership_id))
