"""Indicators with their figures, and data returns with their values, through the API."""

from __future__ import annotations

from decimal import Decimal

import pytest

from cairn.accounts.models import Agency, ApiToken, Membership, Role
from cairn.api.tests.conftest import Api
from cairn.api.tests.test_auth_and_limits import problem
from cairn.indicators.models import (
    DataElement,
    DataReturn,
    DataSet,
    DataValue,
    Indicator,
    IndicatorValue,
)
from cairn.plans.factories import make_person

pytestmark = pytest.mark.django_db


@pytest.fixture
def returns(partnership_a, police_a):
    health = Agency.objects.create(partnership=partnership_a, name="Health")
    data_set = DataSet.objects.create(
        partnership=partnership_a, name="MARAC return", first_period="2016/17 Q1"
    )
    data_set.agencies.set([police_a, health])
    cases = DataElement.objects.create(data_set=data_set, code="cases", name="Cases", order=1)
    found = {}
    for agency, count in ((police_a, 12), (health, 7)):
        data_return = DataReturn.objects.create(
            data_set=data_set, agency=agency, period="2016/17 Q1"
        )
        DataValue.objects.create(data_return=data_return, element=cases, value=Decimal(count))
        found[agency.name] = data_return
    return found


def test_indicators_read_with_their_figures(api_as, viewer, partnership_a):
    indicator = Indicator.objects.create(
        partnership=partnership_a, name="Repeat MARAC cases", unit=Indicator.Unit.PERCENTAGE
    )
    IndicatorValue.objects.create(indicator=indicator, period="2016/17 Q1", value=Decimal("24.5"))
    client = api_as(viewer)
    (listed,) = client.get("/api/v1/indicators/").json()["results"]
    assert listed["values"] == [{"period": "2016/17 Q1", "value": 24.5, "note": ""}]
    assert client.get(f"/api/v1/indicators/{indicator.pk}/").json() == listed


def test_the_coordinator_reads_every_agencys_return(api_as, coordinator, returns):
    body = api_as(coordinator).get("/api/v1/data-returns/?partnership=partnership-a").json()
    assert sorted((r["agency"]["name"], r["values"][0]["value"]) for r in body["results"]) == [
        ("Health", 7.0),
        ("Police", 12.0),
    ]


def test_a_data_contributor_reads_only_their_agencys_returns(
    api_as, partnership_a, police_a, returns
):
    analyst = make_person("analyst@a.example", "Ann", partnership_a, Role.DATA_CONTRIBUTOR)
    Membership.objects.filter(user=analyst).update(agency=police_a)
    client = api_as(analyst)
    body = client.get("/api/v1/data-returns/?partnership=partnership-a").json()
    assert [r["agency"]["name"] for r in body["results"]] == ["Police"]
    problem(client.get(f"/api/v1/data-returns/{returns['Health'].pk}/"), 403, "forbidden")


def test_other_roles_do_not_see_data_returns(api_as, viewer, lead_b, returns):
    problem(api_as(viewer).get("/api/v1/data-returns/?partnership=partnership-a"), 403, "forbidden")
    problem(api_as(lead_b).get("/api/v1/data-returns/?partnership=partnership-a"), 404, "not-found")
    missing = api_as(viewer).get("/api/v1/data-returns/")
    assert problem(missing, 422, "invalid-fields")["errors"][0]["field"] == "partnership"


@pytest.mark.parametrize("size", [1, 15])
def test_listing_indicators_takes_the_same_queries(
    coordinator, partnership_a, size, django_assert_num_queries
):
    for n in range(size):
        indicator = Indicator.objects.create(partnership=partnership_a, name=f"Indicator {n}")
        IndicatorValue.objects.create(indicator=indicator, period="2016/17 Q1", value=n)
    _, secret = ApiToken.issue(coordinator, "List", ApiToken.Access.READ, None)
    client = Api(secret)
    client.get("/api/v1/plans/")
    # The token with its person; the count; the page's indicators with partnership and
    # owner agency; their figures.
    with django_assert_num_queries(4):
        assert client.get("/api/v1/indicators/").json()["count"] == size
