"""The demo's indicators: at least five with baselines, targets and four quarters of figures."""

import datetime as dt

import pytest

from cairn.indicators.demo import add_demo_indicators
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
