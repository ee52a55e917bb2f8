"""Indicators from a plan's measures: the "Indicators" column proposed as indicators, linked
to their actions, saved only once the coordinator confirms."""

from __future__ import annotations

from decimal import Decimal

import pytest
from django.urls import reverse

from cairn.indicators.from_plan import measure_name, proposals, read_measure
from cairn.indicators.models import Indicator
from cairn.plans.factories import make_plan
from cairn.plans.models import Action


@pytest.fixture
def measured_plan(partnership_a):
    plan = make_plan(partnership_a, actions=3)
    one, two, three = Action.objects.filter(theme__plan=plan).in_tree_order()
    one.indicators = "- Increase in first-time reporting\n• Repeat MARAC cases reduced by 2%"
    two.indicators = "increase in first-time reporting.\n+10% self-referrals year on year"
    three.indicators = ""
    for action in (one, two, three):
        action.save()
    return plan


def url(partnership, plan=None):
    base = reverse("indicators:from_plan", args=[partnership.slug])
    return f"{base}?plan={plan.pk}" if plan else base


@pytest.mark.parametrize(
    ("line", "name"),
    [
        ("- Increase in first-time reporting.", "Increase in first-time reporting"),
        ("2) Fewer  repeat   victims;", "Fewer repeat victims"),
        ("• IDVA referrals", "IDVA referrals"),
        ("   ", ""),
    ],
)
def test_measure_names_lose_bullets_and_trailing_stops(line, name):
    assert measure_name(line) == name


@pytest.mark.parametrize(
    ("name", "direction", "kind", "value"),
    [
        ("Increase in first-time reporting", "higher", "", None),
        ("A reduction of 2% of repeat incidents", "lower", "", None),
        ("+10% year on year in self-referrals", "higher", "year_on_year", Decimal(10)),
        ("Repeat cases reduced 5% each year", "lower", "year_on_year", Decimal(-5)),
    ],
)
def test_direction_and_year_on_year_targets_are_read_from_the_words(name, direction, kind, value):
    assert read_measure(name) == (direction, kind, value)


def test_each_distinct_measure_is_proposed_once_with_the_actions_naming_it(measured_plan):
    found = proposals(measured_plan)
    assert [p.name for p in found] == [
        "Increase in first-time reporting",
        "Repeat MARAC cases reduced by 2%",
        "+10% self-referrals year on year",
    ]
    assert [a.ref for a in found[0].actions] == ["1.1.1", "1.1.2"]
    assert not Indicator.objects.exists()  # a proposal saves nothing


def test_the_preview_saves_nothing_and_confirming_creates_the_chosen(
    client_for, coordinator, partnership_a, measured_plan
):
    client = client_for(coordinator)
    page = client.get(url(partnership_a)).content.decode()  # the partnership's only plan
    assert "Increase in first-time reporting" in page and "1.1.2 Action number 2" in page
    assert "+10% year on year" in page
    assert not Indicator.objects.exists()
    response = client.post(url(partnership_a), {"plan": measured_plan.pk})
    assert (
        response.status_code == 400 and "Choose at least one measure" in response.content.decode()
    )
    chosen = ["increase in first-time reporting", "+10% self-referrals year on year"]
    response = client.post(url(partnership_a), {"plan": measured_plan.pk, "chosen": chosen})
    assert response.status_code == 302
    made = {i.name: i for i in Indicator.objects.all()}
    assert set(made) == {"Increase in first-time reporting", "+10% self-referrals year on year"}
    assert made["+10% self-referrals year on year"].target_kind == "year_on_year"
    assert [a.ref for a in made["Increase in first-time reporting"].actions.order_by("ref")] == [
        "1.1.1",
        "1.1.2",
    ]
    # Again: the existing one is linked, not made twice.
    client.post(url(partnership_a), {"plan": measured_plan.pk, "chosen": chosen[:1]})
    assert Indicator.objects.count() == 2


def test_a_choice_not_offered_is_refused(client_for, coordinator, partnership_a, measured_plan):
    response = client_for(coordinator).post(
        url(partnership_a), {"plan": measured_plan.pk, "chosen": ["something else"]}
    )
    assert response.status_code == 400 and not Indicator.objects.exists()


def test_from_plan_permissions(
    client,
    client_for,
    viewer,
    lead,
    lead_b,
    coordinator,
    partnership_a,
    partnership_b,
    measured_plan,
):
    page = url(partnership_a)
    assert client.get(page).status_code == 302  # anonymous: signs in first
    assert client_for(viewer).get(page).status_code == 403
    assert client_for(lead).get(page).status_code == 403
    assert client_for(lead_b).get(page).status_code == 404
    other_plan = make_plan(partnership_b, actions=1)
    assert client_for(coordinator).get(url(partnership_a, other_plan)).status_code == 404
