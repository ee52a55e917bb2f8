"""Status against target: a pure function of an indicator's figures, with its reasons.

- **Met**: the latest figure is at or better than the target for its period.
- **On course**: not met yet, but heading there: before the target's deadline, at or better
  than the straight line from baseline to target (or, with no baseline, better than the
  first figure); for a year-on-year target, better than a year before but by less than asked.
- **Not met**: the deadline has passed without meeting it, or the figure is off that line
  or moving the wrong way.
- **No data**: no figures yet, or nothing to measure them against (a change from a baseline
  that is not recorded, a year-on-year target with no figure a year before).
- **No target**: the indicator is tracked without one.

"Better" follows the indicator's direction: higher is better, or lower is better.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from decimal import Decimal
from enum import StrEnum

from cairn.indicators.periods import Period

HUNDRED = Decimal(100)


class Direction(StrEnum):
    HIGHER = "higher"
    LOWER = "lower"


class TargetKind(StrEnum):
    ABSOLUTE = "absolute"
    CHANGE_FROM_BASELINE = "change"
    YEAR_ON_YEAR = "year_on_year"


class Status(StrEnum):
    MET = "met"
    ON_COURSE = "on_course"
    NOT_MET = "not_met"
    NO_DATA = "no_data"
    NO_TARGET = "no_target"

    @property
    def label(self) -> str:
        return LABELS[self]


LABELS = {
    Status.MET: "Met",
    Status.ON_COURSE: "On course",
    Status.NOT_MET: "Not met",
    Status.NO_DATA: "No data",
    Status.NO_TARGET: "No target",
}


@dataclass(frozen=True)
class Target:
    kind: TargetKind
    value: Decimal  # the figure (absolute) or the change in per cent (-2 for "-2%")
    by: Period | None = None  # when an absolute or change target is due; None: no deadline


@dataclass(frozen=True)
class Assessment:
    status: Status
    reason: str
    latest_period: Period | None = None
    latest: Decimal | None = None
    goal: Decimal | None = None  # the figure the latest one is measured against


def is_better(a: Decimal, b: Decimal, direction: Direction) -> bool:
    """Is `a` strictly better than `b`?"""
    return a > b if direction == Direction.HIGHER else a < b


def at_or_better(a: Decimal, b: Decimal, direction: Direction) -> bool:
    return a == b or is_better(a, b, direction)


def goal_for(
    period: Period,
    target: Target,
    baseline: Decimal | None,
    values: Mapping[Period, Decimal],
) -> Decimal | None:
    """The figure `period` must reach to meet the target, or None when it cannot be known."""
    if target.kind == TargetKind.ABSOLUTE:
        return target.value
    if target.kind == TargetKind.CHANGE_FROM_BASELINE:
        return None if baseline is None else baseline * (1 + target.value / HUNDRED)
    before = values.get(period.a_year_before())
    return None if before is None else before * (1 + target.value / HUNDRED)


def assess(
    values: Mapping[Period, Decimal],
    *,
    direction: Direction,
    target: Target | None,
    baseline: Decimal | None = None,
    baseline_period: Period | None = None,
) -> Assessment:
    """The status of the latest figure in `values` against `target`."""
    if not values:
        return Assessment(Status.NO_DATA, "No figures have been recorded yet.")
    period = max(values, key=Period.sort_key)
    latest = values[period]
    if target is None:
        return Assessment(Status.NO_TARGET, "No target is set.", period, latest)
    goal = goal_for(period, target, baseline, values)
    if goal is None:
        reason = (
            f"No figure for {period.a_year_before()} to compare {period} with."
            if target.kind == TargetKind.YEAR_ON_YEAR
            else "The target is a change from a baseline, and no baseline is recorded."
        )
        return Assessment(Status.NO_DATA, reason, period, latest)

    def result(status: Status, reason: str) -> Assessment:
        return Assessment(status, reason, period, latest, goal)

    if at_or_better(latest, goal, direction):
        return result(
            Status.MET, f"{period}: {_figure(latest)} against a target of {_figure(goal)}."
        )
    if target.kind == TargetKind.YEAR_ON_YEAR:
        before = values[period.a_year_before()]
        if is_better(latest, before, direction):
            return result(
                Status.ON_COURSE,
                f"Better than {_figure(before)} a year before, "
                f"not yet by the {_figure(target.value)}% asked.",
            )
        return result(Status.NOT_MET, f"No better than {_figure(before)} a year before.")
    if target.by is not None and period.ends_on >= target.by.ends_on:
        return result(Status.NOT_MET, f"The target of {_figure(goal)} was due by {target.by}.")
    expected = _on_the_line(period, goal, target.by, baseline, baseline_period)
    if expected is not None:
        if at_or_better(latest, expected, direction):
            return result(
                Status.ON_COURSE,
                f"At or better than {_figure(expected)}, on the way to the target.",
            )
        return result(Status.NOT_MET, f"Behind the {_figure(expected)} expected by now.")
    first = values[min(values)]
    if is_better(latest, first, direction):
        return result(Status.ON_COURSE, f"Better than the first figure, {_figure(first)}.")
    return result(
        Status.NOT_MET, f"Not met, and no better than the first figure, {_figure(first)}."
    )


def _on_the_line(
    period: Period,
    goal: Decimal,
    by: Period | None,
    baseline: Decimal | None,
    baseline_period: Period | None,
) -> Decimal | None:
    """Where a straight line from baseline to target stands at the end of `period`."""
    if baseline is None or baseline_period is None or by is None:
        return None
    total = (by.ends_on - baseline_period.ends_on).days
    if total <= 0:
        return None
    elapsed = min(max((period.ends_on - baseline_period.ends_on).days, 0), total)
    return baseline + (goal - baseline) * Decimal(elapsed) / Decimal(total)


def _figure(value: Decimal) -> str:
    """A figure as people write it: 12, 12.5, 0.33 (two decimal places at most)."""
    rounded = value.quantize(Decimal("0.01"))
    text = f"{rounded:f}".rstrip("0").rstrip(".") if "." in f"{rounded:f}" else f"{rounded:f}"
    return text or "0"
