"""Opening a round: the next quarter's period and dates suggested from the partnership's
year; a warning, not a refusal, for an open round that overlaps or a quarter still to come."""

from __future__ import annotations

import datetime as dt

import pytest
from django.urls import reverse

from cairn.reviews.models import ReviewRound
from cairn.reviews.opening import opening_warnings, quarter_start, suggested_round


def open_url(plan):
    return reverse("reviews:open_round", args=[plan.pk])


def dates(name, day):
    return {
        f"{name}_day": str(day.day),
        f"{name}_month": str(day.month),
        f"{name}_year": str(day.year),
    }


def form(period, opens, closes, **extra):
    return {
        "period": period,
        **dates("opens_on", opens),
        **dates("closes_on", closes),
        "remind_days_before": "7",
        **extra,
    }


@pytest.mark.parametrize(
    "period, start",
    [
        ("2016/17 Q1", dt.date(2016, 4, 1)),
        ("2016/17 Q3", dt.date(2016, 10, 1)),
        ("2016/17 Q4", dt.date(2017, 1, 1)),
        ("Autumn review", None),
        ("2016/17 Q5", None),
    ],
)
def test_a_quarter_starts_in_the_partnerships_year(partnership_a, period, start):
    assert quarter_start(partnership_a, period) == start


def test_the_suggestion_is_this_quarter_then_the_next(plan_a, coordinator):
    today = dt.date(2016, 11, 20)
    first = suggested_round(plan_a, today)
    assert (first.period, first.opens_on, first.closes_on) == (
        "2016/17 Q3",
        today,
        dt.date(2016, 12, 31),
    )
    ReviewRound.objects.create(
        plan=plan_a, period="2016/17 Q3", opens_on=today, closes_on=today, opened_by=coordinator
    )
    second = suggested_round(plan_a, today)
    assert (second.period, second.opens_on, second.closes_on) == (
        "2016/17 Q4",
        dt.date(2017, 1, 1),
        dt.date(2017, 3, 31),
    )


def test_the_form_comes_filled_in_with_the_suggestion(client_for, coordinator, plan_a, settings):
    page = client_for(coordinator).get(open_url(plan_a)).content.decode()
    suggestion = suggested_round(plan_a, dt.date.today())
    assert f'value="{suggestion.period}"' in page
    assert f'name="opens_on_day" value="{suggestion.opens_on.day}"' in page
    assert 'class="govuk-date-input"' in page


def test_an_overlapping_open_round_and_a_future_quarter_are_warned_of(plan_a, round_a):
    warnings = opening_warnings(
        plan_a, "2016/17 Q4", dt.date(2016, 9, 20), dt.date(2016, 10, 10), dt.date(2016, 9, 20)
    )
    assert warnings[0].startswith("The 2016/17 Q2 round is still open (1 Sep to 30 Sep 2016)")
    assert warnings[1].startswith("2016/17 Q4 has not started yet: it starts on 1 January 2017")
    assert (
        opening_warnings(
            plan_a, "2016/17 Q3", dt.date(2016, 10, 3), dt.date(2016, 10, 20), dt.date(2016, 10, 3)
        )
        == []
    )


def test_a_warning_asks_again_and_then_opens_the_round(
    client_for, coordinator, plan_a, round_a, immediate_tasks
):
    client = client_for(coordinator)
    data = form("2099/00 Q1", round_a.opens_on, round_a.closes_on)
    response = client.post(open_url(plan_a), data)
    page = response.content.decode()
    assert response.status_code == 200
    assert "The 2016/17 Q2 round is still open" in page and "2099/00 Q1 has not started yet" in page
    assert "Open the round anyway and email the leads" in page
    assert page.count('name="confirm"') == 1, page[page.index('name="confirm"') - 40 :][:120]
    assert '<input type="hidden" name="confirm" value="on">' in page
    assert not ReviewRound.objects.filter(period="2099/00 Q1").exists()
    response = client.post(open_url(plan_a), {**data, "confirm": "on"})
    assert response.status_code == 302
    assert ReviewRound.objects.filter(period="2099/00 Q1").exists()


def test_a_round_with_nothing_to_warn_of_opens_at_once(client_for, coordinator, plan_a):
    response = client_for(coordinator).post(
        open_url(plan_a), form("2016/17 Q1", dt.date(2016, 4, 1), dt.date(2016, 4, 30))
    )
    assert response.status_code == 302
