"""Status against target, as a pure function: met, on course, not met, no data."""

from decimal import Decimal as D

import pytest

from cairn.indicators.periods import Period
from cairn.indicators.status import (
    Direction,
    Status,
    Target,
    TargetKind,
    assess,
    goal_for,
)

HIGHER, LOWER = Direction.HIGHER, Direction.LOWER
Q = Period


def figures(*pairs):
    return {Period.parse(p): D(str(v)) for p, v in pairs}


def test_no_figures_is_no_data():
    result = assess({}, direction=HIGHER, target=Target(TargetKind.ABSOLUTE, D(10)))
    assert result.status == Status.NO_DATA and "No figures" in result.reason


def test_figures_without_a_target_have_no_target():
    result = assess(figures(("2016/17 Q1", 3)), direction=HIGHER, target=None)
    assert result.status == Status.NO_TARGET and result.latest == D(3)


@pytest.mark.parametrize(
    ("direction", "latest", "status"),
    [
        (HIGHER, 40, Status.MET),  # exactly on target counts as met
        (HIGHER, 41, Status.MET),
        (LOWER, 40, Status.MET),
        (LOWER, 39, Status.MET),
        (HIGHER, 39, Status.NOT_MET),  # deadline passed
        (LOWER, 41, Status.NOT_MET),
    ],
)
def test_absolute_target_at_its_deadline(direction, latest, status):
    target = Target(TargetKind.ABSOLUTE, D(40), by=Q(2016, 4))
    values = figures(("2016/17 Q3", 20), ("2016/17 Q4", latest))
    assert assess(values, direction=direction, target=target).status == status


def test_on_course_when_ahead_of_the_line_from_baseline_to_target():
    # Baseline 100 at the end of 2015/16; target 80 by the end of 2016/17 (lower is better).
    # Half a year in (end of Q2) the line stands at about 90.
    target = Target(TargetKind.ABSOLUTE, D(80), by=Q(2016))
    kwargs = {"direction": LOWER, "target": target, "baseline": D(100), "baseline_period": Q(2015)}
    ahead = assess(figures(("2016/17 Q2", 88)), **kwargs)
    behind = assess(figures(("2016/17 Q2", 95)), **kwargs)
    assert ahead.status == Status.ON_COURSE
    assert behind.status == Status.NOT_MET and "Behind" in behind.reason


def test_change_from_baseline_minus_two_percent():
    # Barking & Dagenham: "a reduction of 2% of repeat incidents reported to MARAC".
    target = Target(TargetKind.CHANGE_FROM_BASELINE, D(-2), by=Q(2017))
    kwargs = {"direction": LOWER, "target": target, "baseline": D(30), "baseline_period": Q(2016)}
    assert goal_for(Q(2017, 4), target, D(30), {}) == D("29.4")
    assert assess(figures(("2017/18 Q4", "29.4")), **kwargs).status == Status.MET
    assert assess(figures(("2017/18 Q4", "29.5")), **kwargs).status == Status.NOT_MET


def test_change_from_baseline_without_a_baseline_is_no_data():
    target = Target(TargetKind.CHANGE_FROM_BASELINE, D(-2))
    result = assess(figures(("2017/18 Q1", 5)), direction=LOWER, target=target)
    assert result.status == Status.NO_DATA and "baseline" in result.reason


@pytest.mark.parametrize(
    ("latest", "status"),
    [
        (110, Status.MET),
        (115, Status.MET),
        (105, Status.ON_COURSE),
        (100, Status.NOT_MET),
        (90, Status.NOT_MET),
    ],
)
def test_ten_percent_more_year_on_year(latest, status):
    target = Target(TargetKind.YEAR_ON_YEAR, D(10))
    values = figures(("2016/17 Q2", 100), ("2017/18 Q1", 300), ("2017/18 Q2", latest))
    result = assess(values, direction=HIGHER, target=target)
    assert result.status == status
    assert result.goal == D(110)


def test_year_on_year_with_no_figure_a_year_before_is_no_data():
    target = Target(TargetKind.YEAR_ON_YEAR, D(10))
    result = assess(figures(("2017/18 Q2", 100)), direction=HIGHER, target=target)
    assert result.status == Status.NO_DATA and "2016/17 Q2" in result.reason


def test_without_a_deadline_or_baseline_on_course_means_better_than_the_first_figure():
    target = Target(TargetKind.ABSOLUTE, D(50))
    better = figures(("2016/17 Q1", 20), ("2016/17 Q2", 30))
    worse = figures(("2016/17 Q1", 20), ("2016/17 Q2", 15))
    assert assess(better, direction=HIGHER, target=target).status == Status.ON_COURSE
    assert assess(worse, direction=HIGHER, target=target).status == Status.NOT_MET


def test_the_latest_period_is_judged_whatever_the_order_given():
    target = Target(TargetKind.ABSOLUTE, D(10))
    values = figures(("2017/18 Q1", 12), ("2016/17 Q1", 3))
    result = assess(values, direction=HIGHER, target=target)
    assert result.latest_period == Q(2017, 1) and result.status == Status.MET


def test_a_met_target_stays_met_after_its_deadline():
    target = Target(TargetKind.ABSOLUTE, D(10), by=Q(2016, 1))
    values = figures(("2017/18 Q1", 12))
    assert assess(values, direction=HIGHER, target=target).status == Status.MET
