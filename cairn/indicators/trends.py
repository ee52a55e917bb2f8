"""What the indicator pages show, as plain structures: figures by period and the status.

Two queries for a whole partnership (indicators, then all their figures, read as plain
tuples: a partnership of 30 indicators of 40 quarters is 1,200 figures, and model instances
for each were most of the page's time), however many periods each has.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

from cairn.accounts.models import Partnership
from cairn.indicators.models import Indicator, IndicatorValue, format_figure
from cairn.indicators.periods import Period, parse_label
from cairn.indicators.status import Assessment, Direction, assess, goal_for
from cairn.plans.models import Plan


@dataclass(frozen=True)
class Row:
    period: Period
    value: Decimal
    goal_value: Decimal | None  # the target for this period, when one can be known
    note: str
    unit: str = Indicator.Unit.COUNT

    # As text, made when read: a partnership page reads only each indicator's latest.
    @property
    def figure(self) -> str:
        return format_figure(self.value, self.unit)

    @property
    def goal(self) -> str:
        """The target for this period as text ("–" when none)."""
        return format_figure(self.goal_value, self.unit)


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


@dataclass(frozen=True)
class Figure:
    """One recorded figure, as read for a trend (an IndicatorValue without the model)."""

    period: str
    value: Decimal
    note: str = ""

    @property
    def as_period(self) -> Period:
        return parse_label(self.period)


def trend(indicator: Indicator, values: list[IndicatorValue] | list[Figure]) -> Trend:
    by_period = {parse_label(value.period): value for value in values}
    figures = {period: value.value for period, value in by_period.items()}
    target = indicator.target
    rows = []
    for period in sorted(by_period, key=Period.sort_key):
        value = by_period[period]
        goal = goal_for(period, target, indicator.baseline_value, figures) if target else None
        rows.append(Row(period, value.value, goal, value.note, indicator.unit))
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
    indicators = list(indicators)
    figures: dict[int, list[Figure]] = {indicator.pk: [] for indicator in indicators}
    for indicator_id, period, value, note in (
        IndicatorValue.objects.filter(indicator__in=indicators)
        .order_by("indicator_id", "period")
        .values_list("indicator_id", "period", "value", "note")
    ):
        figures[indicator_id].append(Figure(period, value, note))
    return [trend(indicator, figures[indicator.pk]) for indicator in indicators]


def indicator_trend(indicator: Indicator) -> Trend:
    return trend(indicator, list(indicator.values.order_by("period")))
