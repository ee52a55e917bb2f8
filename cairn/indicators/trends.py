"""What the indicator pages show, as plain structures: figures by period and the status.

Two queries for a whole partnership (indicators, then all their figures), however many
periods each has.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

from django.db.models import Prefetch

from cairn.accounts.models import Partnership
from cairn.indicators.models import Indicator, IndicatorValue, format_figure
from cairn.indicators.periods import Period
from cairn.indicators.status import Assessment, Direction, assess, goal_for
from cairn.plans.models import Plan


@dataclass(frozen=True)
class Row:
    period: Period
    value: Decimal
    figure: str
    goal_value: Decimal | None  # the target for this period, when one can be known
    goal: str  # the same as text ("–" when none)
    note: str


@dataclass(frozen=True)
class Trend:
    indicator: Indicator
    rows: list[Row]  # oldest first
    assessment: Assessment

    @property
    def latest(self) -> Row | None:
        return self.rows[-1] if self.rows else None

    @property
    def baseline_figure(self) -> str:
        return format_figure(self.indicator.baseline_value, self.indicator.unit)

    @property
    def goal_figure(self) -> str:
        return format_figure(self.assessment.goal, self.indicator.unit)


def trend(indicator: Indicator, values: list[IndicatorValue]) -> Trend:
    by_period = {value.as_period: value for value in values}
    figures = {period: value.value for period, value in by_period.items()}
    target = indicator.target
    rows = []
    for period in sorted(by_period):
        value = by_period[period]
        goal = goal_for(period, target, indicator.baseline_value, figures) if target else None
        rows.append(
            Row(
                period,
                value.value,
                format_figure(value.value, indicator.unit),
                goal,
                format_figure(goal, indicator.unit),
                value.note,
            )
        )
    assessment = assess(
        figures,
        direction=Direction(indicator.direction),
        target=target,
        baseline=indicator.baseline_value,
        baseline_period=indicator.baseline,
    )
    return Trend(indicator, rows, assessment)


def partnership_trends(partnership: Partnership, plan: Plan | None = None) -> list[Trend]:
    """Every indicator of the partnership, or only those measuring `plan`'s actions."""
    indicators = Indicator.objects.for_partnership(partnership)
    if plan is not None:
        indicators = indicators.filter(
            pk__in=Indicator.actions.through.objects.filter(action__theme__plan=plan).values(
                "indicator_id"
            )
        )
    indicators = indicators.prefetch_related(
        Prefetch("values", queryset=IndicatorValue.objects.order_by("period"))
    )
    return [trend(indicator, list(indicator.values.all())) for indicator in indicators]


def indicator_trend(indicator: Indicator) -> Trend:
    return trend(indicator, list(indicator.values.order_by("period")))
