"""A strategy and its yearly plans side by side: how each year's actions stand.

`strategy_years(strategy, on)` reads every plan of the strategy with its counts of actions
by status category, overdue and in all, in two queries whatever the number of plans or
actions (the strategy's recurring deadlines, to see which were missed, then the counts);
the strategy page shows them as columns, one per year.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from django.db.models import Count, Q, QuerySet

from cairn.plans.models import Action, Plan, Status, Strategy

NO_STATUS = "none"
ROWS: list[tuple[str, str]] = [
    *((c.value, c.label) for c in Status.Category),
    (NO_STATUS, "No status yet"),
]
"""(category, label): the rows of the side-by-side table, in the order a board reads them."""


def _live(extra: Q | None = None) -> Q:
    live = Q(themes__deletion__isnull=True, themes__actions__deletion__isnull=True)
    return live & extra if extra is not None else live


def strategy_plans(strategy: Strategy, on: dt.date) -> QuerySet[Plan]:
    """The strategy's yearly plans, earliest first, each with `total`, `overdue` and one
    count per status category (`count_<category>`, and `count_none`): two queries (see
    the module's docstring)."""
    status = "themes__actions__status__category"
    counts = {
        f"count_{category}": Count(
            "themes__actions",
            filter=_live(
                Q(**{f"{status}": category})
                if category != NO_STATUS
                else Q(themes__actions__status__isnull=True)
            ),
            distinct=True,
        )
        for category, _ in ROWS
    }
    # Overdue as the pages count it, recurring deadlines included (Action.objects.overdue).
    overdue_actions = Action.objects.filter(theme__plan__strategy=strategy).overdue(on)
    overdue = Q(themes__actions__in=overdue_actions.values("pk"))
    return (
        Plan.objects.filter(strategy=strategy, kind=Plan.Kind.YEARLY)
        .annotate(
            total=Count("themes__actions", filter=_live(), distinct=True),
            overdue=Count("themes__actions", filter=_live(overdue), distinct=True),
            **counts,
        )
        .order_by("starts_on", "pk")
    )


@dataclass
class Row:
    label: str
    category: str
    counts: list[int]


def side_by_side(plans: list[Plan]) -> list[Row]:
    """One row per status category (those any year uses), one count per plan."""
    rows = [
        Row(label, category, [getattr(plan, f"count_{category}") for plan in plans])
        for category, label in ROWS
    ]
    return [row for row in rows if any(row.counts)]


def strategies_of(partnership_id: int) -> QuerySet[Strategy]:
    """The partnership's strategies, each with its number of yearly plans: one query."""
    return Strategy.objects.filter(partnership_id=partnership_id).annotate(
        plan_count=Count(
            "plans",
            filter=Q(plans__kind=Plan.Kind.YEARLY, plans__deletion__isnull=True),
            distinct=True,
        )
    )
