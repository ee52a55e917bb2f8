"""A data contributor submits their agency's return through the API, with the return
form's checks and messages (indicators/forms.py, indicators/validation.py) and its lock
rules (indicators/returns.py): any error names its row, and nothing is saved."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest
import time_machine

from cairn.accounts.models import Membership, Role
from cairn.api.tests.test_auth_and_limits import problem
from cairn.indicators.models import DataElement, DataReturn, DataSet, DataValue
from cairn.plans.factories import make_person

pytestmark = pytest.mark.django_db
URL = "/api/v1/data-sets/{}/returns/2016-17-q2/"


@pytest.fixture(autouse=True)
def _today():
    with time_machine.travel(dt.datetime(2016, 11, 1, 12, tzinfo=dt.UTC), tick=False):
        yield


@pytest.fixture
def data_set(partnership_a, police_a) -> DataSet:
    data_set = DataSet.objects.create(
        partnership=partnership_a, name="MARAC return", first_period="2016/17 Q1"
    )
    data_set.agencies.set([police_a])
    cases = DataElement.objects.create(data_set=data_set, code="cases", name="Cases", order=1)
    DataElement.objects.create(
        data_set=data_set, code="repeat", name="Repeat cases", order=2, part_of=cases
    )
    return data_set


@pytest.fixture
def analyst(partnership_a, police_a):
    person = make_person("analyst@a.example", "Ann", partnership_a, Role.DATA_CONTRIBUTOR)
    Membership.objects.filter(user=person).update(agency=police_a)
    return person


def figures(cases, repeat, *more: tuple[str, object]) -> dict:
    rows = [("cases", cases), ("repeat", repeat), *more]
    return {"values": [{"element": element, "value": value} for element, value in rows]}


def test_a_data_contributor_reads_the_template_then_submits_it(api_as, analyst, data_set):
    client = api_as(analyst)
    due = client.get("/api/v1/data-returns/due/?partnership=partnership-a").json()
    assert [(d["period"], d["state"]) for d in due] == [
        ("2016/17 Q1", "not_started"),
        ("2016/17 Q2", "not_started"),
    ]
    template = client.get(due[1]["links"]["self"])
    assert template["ETag"] == '"0"' and template.json()["state"] == "not_started"
    assert [row["element"] for row in template.json()["values"]] == ["cases", "repeat"]
    response = client.put(URL.format(data_set.pk), figures(12, "3"), **{"If-Match": '"0"'})
    assert response.status_code == 200, response.content
    body = response.json()
    assert body["state"] == "submitted" and response["ETag"] == f'"{body["version"]}"'
    assert [(row["element"], row["value"]) for row in body["values"]] == [
        ("cases", "12"),
        ("repeat", "3"),
    ]
    data_return = DataReturn.objects.get()
    assert data_return.submitted_by == analyst
    again = client.put(URL.format(data_set.pk), figures(13, 3), **{"If-Match": '"0"'})
    problem(again, 412, "stale-version")
    assert DataValue.objects.get(element__code="cases").value == Decimal(12)


@pytest.mark.parametrize(
    ("body", "field", "message"),
    [
        (figures("ten", 3), "values.0.value", "“Cases” must be a number"),
        (figures(10, 20), "values.1.value", "is more than “Cases”"),
        (figures(10, 2.5), "values.1.value", "is a count: enter a whole number"),
        (figures(-1, 0), "values.0.value", "cannot be negative"),
        ({"values": [{"element": "cases", "value": 4}]}, "values", "Enter a figure for “Repeat"),
        (figures(4, 1, ("arrests", 2)), "values.2.element", "not an element of this data set"),
        (figures(4, 1, ("cases", 2)), "values.2.element", "given twice"),
        (figures(True, 1), "values.0.value", ""),
        ({"values": [{"element": "cases", "value": 1, "colour": "red"}]}, "values.0.colour", ""),
    ],
)
def test_bad_figures_name_their_row_and_save_nothing(
    api_as, analyst, data_set, body, field, message
):
    response = api_as(analyst).put(URL.format(data_set.pk), body, **{"If-Match": '"0"'})
    errors = problem(response, 422, "invalid-fields")["errors"]
    assert any(e["field"] == field and message in e["message"] for e in errors), errors
    assert not DataReturn.objects.exists()


def test_an_approved_return_is_locked(api_as, analyst, data_set, police_a, coordinator):
    client = api_as(analyst)
    client.put(URL.format(data_set.pk), figures(12, 3), **{"If-Match": '"0"'})
    DataReturn.objects.get().approve(coordinator)
    version = client.get(URL.format(data_set.pk))["ETag"]
    response = client.put(URL.format(data_set.pk), figures(20, 3), **{"If-Match": version})
    assert "approved and locked" in problem(response, 409, "conflict")["detail"]
    assert DataValue.objects.get(element__code="cases").value == Decimal(12)


def test_a_period_not_yet_ended_is_refused(api_as, analyst, data_set):
    url = f"/api/v1/data-sets/{data_set.pk}/returns/2016-17-q3/"
    response = api_as(analyst).put(url, figures(1, 0), **{"If-Match": '"0"'})
    assert "has not ended yet" in problem(response, 409, "conflict")["detail"]
    problem(api_as(analyst).get(f"/api/v1/data-sets/{data_set.pk}/returns/q3/"), 404, "not-found")
    assert not DataReturn.objects.exists()


@pytest.mark.parametrize("who", ["coordinator", "lead", "viewer"])
def test_only_the_agencys_data_contributors_submit(api_as, request, who, data_set):
    client = api_as(request.getfixturevalue(who))
    problem(
        client.put(URL.format(data_set.pk), figures(1, 0), **{"If-Match": '"0"'}), 403, "forbidden"
    )
    problem(client.get(URL.format(data_set.pk)), 403, "forbidden")
    assert not DataReturn.objects.exists()


def test_another_partnerships_data_set_is_not_found(api_as, lead_b, data_set):
    client = api_as(lead_b)
    problem(
        client.put(URL.format(data_set.pk), figures(1, 0), **{"If-Match": '"0"'}), 404, "not-found"
    )
    problem(client.get("/api/v1/data-returns/due/?partnership=partnership-a"), 404, "not-found")
