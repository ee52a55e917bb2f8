"""The action page shows the indicators that measure the action, with their latest figure,
target and status against it."""

from __future__ import annotations

import pytest
from django.urls import reverse

from cairn.indicators.periods import Period
from cairn.indicators.templatetags.indicator_panels import action_indicators
from cairn.indicators.tests.conftest import add_figures, make_indicator

pytestmark = pytest.mark.django_db


def test_the_action_page_shows_the_indicators_measuring_it(
    client_for, viewer, action_a, indicator_a
):
    indicator_a.actions.add(action_a)
    page = client_for(viewer).get(reverse("plans:action", args=[action_a.pk])).content.decode()
    assert 'id="indicators-heading"' in page
    assert reverse("indicators:indicator", args=[indicator_a.pk]) in page
    assert "Repeat MARAC cases" in page
    assert "27.5%" in page and "2016/17 Q4" in page
    assert indicator_a.target_text() in page


def test_an_action_no_indicator_measures_shows_none(client_for, viewer, action_a, indicator_a):
    page = client_for(viewer).get(reverse("plans:action", args=[action_a.pk])).content.decode()
    assert 'id="indicators-heading"' not in page


def test_queries_do_not_grow_with_indicators_or_figures(
    partnership_a, action_a, indicator_a, django_assert_num_queries
):
    indicator_a.actions.add(action_a)
    with django_assert_num_queries(2):  # the indicators, then all their figures
        assert len(action_indicators(action_a)["trends"]) == 1
    for number in range(3):
        more = make_indicator(partnership_a, f"Indicator {number}")
        add_figures(more, Period(2014, 1), list(range(12)))
        more.actions.add(action_a)
    with django_assert_num_queries(2):
        assert len(action_indicators(action_a)["trends"]) == 4
