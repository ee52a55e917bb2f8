"""Indicator pages: who may see and change them, what they show, and their query counts."""

from __future__ import annotations

from decimal import Decimal

import pytest
import time_machine
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from cairn.accounts.factories import make_person
from cairn.accounts.models import Role
from cairn.indicators.library import LIBRARY
from cairn.indicators.models import Indicator, IndicatorValue
from cairn.indicators.periods import Period
from cairn.indicators.tests.conftest import add_figures, make_indicator

TODAY = "2017-05-10 12:00"


@pytest.fixture(autouse=True)
def _today():
    with time_machine.travel(TODAY, tick=False):
        yield


@pytest.fixture
def contributor(partnership_a, police_a):
    return make_person(
        "data@a.example", "Dee Data", partnership_a, Role.DATA_CONTRIBUTOR, agency=police_a
    )


def partnership_url(name, partnership):
    return reverse(f"indicators:{name}", args=[partnership.slug])


def indicator_url(name, indicator):
    return reverse(f"indicators:{name}", args=[indicator.pk])


VALID_INDICATOR = {
    "name": "Self-referrals",
    "definition": "Referrals made by the survivor.",
    "unit": "count",
    "direction": "higher",
    "baseline_value": "40",
    "baseline_period": "2015-16",
    "target_kind": "change",
    "target_value": "10",
    "target_period": "2017/18",
    "frequency": "quarterly",
}


# ---------------------------------------------------------------- reading


@pytest.mark.parametrize("who", ["coordinator", "lead", "viewer", "contributor"])
def test_every_role_reads_the_indicators_page(request, client_for, who, indicator_a):
    response = client_for(request.getfixturevalue(who)).get(
        partnership_url("partnership", indicator_a.partnership)
    )
    assert response.status_code == 200
    page = response.content.decode()
    assert "Repeat MARAC cases" in page and "27.5%" in page and "On course" in page


@pytest.mark.parametrize("who", ["coordinator", "lead", "viewer", "contributor"])
def test_partnership_page_links_to_indicators_for_every_role(
    request, client_for, who, partnership_a
):
    response = client_for(request.getfixturevalue(who)).get(
        reverse("accounts:partnership", args=[partnership_a.slug])
    )
    assert partnership_url("partnership", partnership_a) in response.content.decode()


def test_indicator_page_shows_chart_table_baseline_target_and_status(
    client_for, viewer, indicator_a, plan_a
):
    action = plan_a.themes.first().actions.first()
    indicator_a.actions.add(action)
    response = client_for(viewer).get(indicator_url("indicator", indicator_a))
    assert response.status_code == 200
    page = response.content.decode()
    assert '<svg role="img"' in page and "<desc id=" in page
    assert "Baseline" in page and "Target" in page
    # Baseline 30, -10% by 2017/18: the target is 27; 27.5 is ahead of the line.
    assert response.context["trend"].assessment.status == "on_course"
    assert [r.figure for r in response.context["trend"].rows] == ["31%", "29%", "28%", "27.5%"]
    assert "2016/17 Q4 (Jan–Mar)" in page and "27%" in page
    assert action.title in page
    assert "Edit indicator" not in page  # a viewer reads only


def test_indicator_page_without_figures_says_so(client_for, viewer, partnership_a):
    indicator = make_indicator(partnership_a, "Nothing yet")
    response = client_for(viewer).get(indicator_url("indicator", indicator))
    assert "No figures recorded yet." in response.content.decode()
    assert response.context["trend"].assessment.status == "no_data"


@pytest.mark.parametrize("name", ["partnership", "create", "library"])
def test_partnership_pages_send_anonymous_to_sign_in(client, partnership_a, name):
    response = client.get(partnership_url(name, partnership_a))
    assert response.status_code == 302 and "/sign-in" in response["Location"]


@pytest.mark.parametrize("name", ["indicator", "edit", "record"])
def test_indicator_pages_send_anonymous_to_sign_in(client, indicator_a, name):
    response = client.get(indicator_url(name, indicator_a))
    assert response.status_code == 302 and "/sign-in" in response["Location"]


@pytest.mark.parametrize("name", ["partnership", "create", "library"])
def test_partnership_pages_are_404_for_another_partnership(client_for, lead_b, partnership_a, name):
    assert client_for(lead_b).get(partnership_url(name, partnership_a)).status_code == 404


@pytest.mark.parametrize("name", ["indicator", "edit", "record"])
def test_indicator_pages_are_404_for_another_partnership(client_for, lead_b, indicator_a, name):
    assert client_for(lead_b).get(indicator_url(name, indicator_a)).status_code == 404


def test_an_unknown_indicator_is_404(client_for, viewer, partnership_a):
    assert client_for(viewer).get(reverse("indicators:indicator", args=[999999])).status_code == 404


# ---------------------------------------------------------------- writing


@pytest.mark.parametrize("who", ["lead", "viewer", "contributor"])
@pytest.mark.parametrize("name", ["create", "library"])
def test_only_the_coordinator_adds_indicators(request, client_for, partnership_a, who, name):
    client = client_for(request.getfixturevalue(who))
    assert client.get(partnership_url(name, partnership_a)).status_code == 403
    assert client.post(partnership_url(name, partnership_a), VALID_INDICATOR).status_code == 403
    assert not Indicator.objects.exists()


@pytest.mark.parametrize("who", ["lead", "viewer", "contributor"])
@pytest.mark.parametrize("name", ["edit", "record"])
def test_only_the_coordinator_changes_an_indicator(request, client_for, indicator_a, who, name):
    client = client_for(request.getfixturevalue(who))
    assert client.get(indicator_url(name, indicator_a)).status_code == 403
    response = client.post(indicator_url(name, indicator_a), {"period": "2017/18 Q1", "value": "1"})
    assert response.status_code == 403
    assert IndicatorValue.objects.filter(indicator=indicator_a).count() == 4


def test_coordinator_adds_an_indicator(client_for, coordinator, partnership_a, police_a, plan_a):
    action = plan_a.themes.first().actions.first()
    data = {**VALID_INDICATOR, "owner_agency": police_a.pk, "actions": [action.pk]}
    response = client_for(coordinator).post(partnership_url("create", partnership_a), data)
    indicator = Indicator.objects.get(name="Self-referrals")
    assert response.status_code == 302 and response["Location"] == indicator_url(
        "indicator", indicator
    )
    assert indicator.baseline_period == "2015/16"  # stored in one spelling
    assert list(indicator.actions.all()) == [action]
    assert indicator.history.first().history_user == coordinator


@pytest.mark.parametrize(
    ("change", "field", "message"),
    [
        ({"name": ""}, "name", "required"),
        ({"unit": "rate_10000"}, "population", "population the rate is per"),
        ({"baseline_period": "last year"}, "baseline_period", "is not a period"),
        ({"target_value": ""}, "target_value", "Enter the target"),
        ({"target_value": "ten"}, "target_value", "number"),
        ({"baseline_value": "", "baseline_period": ""}, "baseline_value", "needs a baseline"),
        ({"target_kind": "year_on_year"}, "target_period", "leave empty"),
        ({"name": "Repeat MARAC cases"}, "name", "already has an indicator"),
    ],
)
def test_bad_indicator_input_is_refused_with_a_message(
    client_for, coordinator, indicator_a, change, field, message
):
    data = {**VALID_INDICATOR, **change}
    response = client_for(coordinator).post(
        partnership_url("create", indicator_a.partnership), data
    )
    assert response.status_code == 200
    assert message in " ".join(response.context["form"].errors[field])
    assert Indicator.objects.count() == 1


def test_owner_agency_of_another_partnership_is_refused(
    client_for, coordinator, partnership_a, partnership_b
):
    from cairn.accounts.models import Agency

    other = Agency.objects.create(partnership=partnership_b, name="Their police")
    data = {**VALID_INDICATOR, "owner_agency": other.pk}
    response = client_for(coordinator).post(partnership_url("create", partnership_a), data)
    assert "owner_agency" in response.context["form"].errors
    assert not Indicator.objects.exists()


def test_coordinator_edits_an_indicator(client_for, coordinator, indicator_a):
    data = {**VALID_INDICATOR, "name": "Repeat MARAC cases (renamed)"}
    response = client_for(coordinator).post(indicator_url("edit", indicator_a), data)
    assert response.status_code == 302
    indicator_a.refresh_from_db()
    assert indicator_a.name == "Repeat MARAC cases (renamed)" and indicator_a.unit == "count"


def test_coordinator_records_and_replaces_a_figure(client_for, coordinator, indicator_a):
    client = client_for(coordinator)
    response = client.post(
        indicator_url("record", indicator_a), {"period": "2017-18 q1", "value": "26"}
    )
    assert response.status_code == 302
    client.post(
        indicator_url("record", indicator_a),
        {"period": "2017/18 Q1", "value": "25.5", "note": "Revised"},
    )
    value = IndicatorValue.objects.get(indicator=indicator_a, period="2017/18 Q1")
    assert value.value == Decimal("25.5") and value.note == "Revised"
    assert value.history.count() == 2


@pytest.mark.parametrize(
    ("data", "field", "message"),
    [
        ({"period": "2017/18 Q2", "value": "3"}, "period", "has not started yet"),
        ({"period": "2016/17", "value": "3"}, "period", "quarterly"),
        ({"period": "soon", "value": "3"}, "period", "is not a period"),
        ({"period": "2016/17 Q1", "value": "three"}, "value", "as a number"),
        ({"period": "2016/17 Q1", "value": "-1"}, "value", "cannot be negative"),
        ({"period": "2016/17 Q1", "value": "101"}, "value", "between 0 and 100"),
    ],
)
def test_bad_figures_are_refused_and_nothing_changes(
    client_for, coordinator, indicator_a, data, field, message
):
    response = client_for(coordinator).post(indicator_url("record", indicator_a), data)
    assert response.status_code == 200
    assert message in " ".join(response.context["form"].errors[field])
    assert [str(v.value) for v in indicator_a.values.order_by("period")] == [
        "31.00",
        "29.00",
        "28.00",
        "27.50",
    ]


def test_a_count_must_be_whole(client_for, coordinator, partnership_a):
    indicator = make_indicator(partnership_a, "Referrals", unit="count", direction="higher")
    response = client_for(coordinator).post(
        indicator_url("record", indicator), {"period": "2016/17 Q1", "value": "2.5"}
    )
    assert "whole number" in " ".join(response.context["form"].errors["value"])


def test_coordinator_adds_from_the_library_and_it_is_editable(
    client_for, coordinator, partnership_a
):
    client = client_for(coordinator)
    keys = ["marac-cases-rate", "marac-repeat-rate", "idva-referrals"]
    response = client.post(partnership_url("library", partnership_a), {"indicators": keys})
    assert response.status_code == 302
    names = set(Indicator.objects.values_list("name", flat=True))
    assert names == {
        "MARAC cases per 10,000 adult women",
        "MARAC repeat rate within 12 months",
        "Referrals to the IDVA service",
    }
    # A second time adds nothing twice.
    client.post(partnership_url("library", partnership_a), {"indicators": keys})
    assert Indicator.objects.count() == 3
    rate = Indicator.objects.get(name="MARAC cases per 10,000 adult women")
    assert "per 10,000 women aged 16" in rate.definition
    data = {
        **VALID_INDICATOR,
        "name": rate.name,
        "unit": "rate_10000",
        "population": "312000",
        "population_year": "2024",
    }
    assert client.post(indicator_url("edit", rate), data).status_code == 302


def test_library_with_nothing_chosen_says_so(client_for, coordinator, partnership_a):
    response = client_for(coordinator).post(partnership_url("library", partnership_a), {})
    assert "Choose at least one" in response.content.decode()
    assert len(LIBRARY) >= 6


# ---------------------------------------------------------------- query counts


def _count_queries(client, url):
    with CaptureQueriesContext(connection) as queries:
        assert client.get(url).status_code == 200
    return len(queries)


def test_indicators_page_queries_do_not_grow_with_periods_or_indicators(
    client_for, viewer, partnership_a
):
    client = client_for(viewer)
    counts = []
    for n, quarters in ((1, 4), (2, 40)):
        for i in range(3 * n):
            add_figures(
                make_indicator(partnership_a, f"Indicator {n}.{i}"), Period(2007, 1), [5] * quarters
            )
        counts.append(_count_queries(client, partnership_url("partnership", partnership_a)))
    # the session with its person, partnership, memberships (roles and the navigation),
    # indicators with owner, their figures.
    assert counts[0] == counts[1] == 5, counts


def test_indicator_page_queries_do_not_grow_with_periods(client_for, viewer, partnership_a, plan_a):
    client = client_for(viewer)
    small = make_indicator(partnership_a, "Small")
    add_figures(small, Period(2015, 1), [5] * 4)
    big = make_indicator(partnership_a, "Big")
    add_figures(big, Period(2007, 1), [5] * 40)
    for indicator in (small, big):
        indicator.actions.set(plan_a.themes.first().actions.all())
    counts = [_count_queries(client, indicator_url("indicator", i)) for i in (small, big)]
    # the session with its person, indicator with partnership and owner, memberships (roles
    # and the navigation), figures, actions.
    assert counts[0] == counts[1] == 5, counts


def test_targets_read_as_people_write_them(partnership_a):
    indicator = make_indicator(partnership_a)
    assert indicator.target_text() == "-10% from the 2015/16 baseline, by 2017/18"
    indicator.target_kind, indicator.target_value = "year_on_year", Decimal("10.00")
    indicator.target_period = ""
    assert indicator.target_text() == "+10% year on year"
    indicator.target_kind, indicator.target_value = "absolute", Decimal("27.5")
    assert indicator.target_text() == "Reach 27.5%"
