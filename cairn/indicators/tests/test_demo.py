"""The demo's indicators: at least five with baselines, targets and four quarters of figures."""

import datetime as dt

import pytest

from cairn.indicators.demo import add_demo_data_set, add_demo_indicators, add_demo_part4
from cairn.indicators.part4 import part4_figures
from cairn.indicators.periods import Period
from cairn.indicators.returns import returns_due
from cairn.indicators.trends import partnership_trends
from cairn.plans.demo import build_demo

pytestmark = pytest.mark.django_db


def test_demo_indicators_have_baselines_targets_figures_and_varied_statuses():
    partnership, _ = build_demo(today=dt.date(2026, 11, 22))
    add_demo_indicators(partnership, today=dt.date(2026, 11, 22))
    add_demo_indicators(partnership, today=dt.date(2026, 11, 22))  # safe to run twice
    trends = partnership_trends(partnership)
    with_figures = [t for t in trends if len(t.rows) >= 4]
    assert len(with_figures) >= 5
    assert all(t.indicator.baseline_value is not None and t.indicator.target for t in trends)
    assert with_figures[0].rows[-1].period.label == "2026/27 Q2"  # the last full quarter
    statuses = {t.assessment.status for t in trends}
    assert statuses == {"met", "on_course", "not_met", "no_data"}
    assert all(t.indicator.actions.exists() for t in trends)


def test_the_demo_contributor_owes_a_return_and_part4_has_last_years_figures():
    today = dt.date(2026, 11, 22)
    partnership, _ = build_demo(today=today)
    add_demo_indicators(partnership, today=today)
    data_set = add_demo_data_set(partnership, today=today)
    police = partnership.agencies.get(short_name="Police")
    due = returns_due(partnership, police, today)
    assert [(d.data_set, d.period.label) for d in due] == [(data_set, "2026/27 Q2")]
    part4_set = add_demo_part4(partnership, today=today)
    assert add_demo_part4(partnership, today=today) is None  # safe to run twice
    figures = part4_figures(part4_set, Period(2025))
    assert figures.returns == 1 and figures.by_type("households") == 71
    assert figures.problems() == []
    assert partnership.disaggregations.count() == 3
