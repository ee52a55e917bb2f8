"""Data returns: what is due, submitting by form and by spreadsheet, every refusal, and the
coordinator's approval, return and unlock; permissions for every page."""

from __future__ import annotations

import io
from decimal import Decimal

import pytest
import time_machine
from django.core.files.uploadedfile import SimpleUploadedFile
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from cairn.accounts.factories import make_person
from cairn.accounts.models import Agency, Role
from cairn.indicators.models import DataElement, DataReturn, DataSet, DataValue, IndicatorValue
from cairn.indicators.periods import Period
from cairn.indicators.sheets import COLUMNS
from cairn.indicators.tests.conftest import make_indicator

TODAY = "2017-05-10 12:00"  # 2017/18 Q1: the last period ended is 2016/17 Q4
Q3, Q4 = Period(2016, 3), Period(2016, 4)


@pytest.fixture(autouse=True)
def _today():
    with time_machine.travel(TODAY, tick=False):
        yield


@pytest.fixture
def contributor(partnership_a, police_a):
    return make_person(
        "data@a.example", "Dee Data", partnership_a, Role.DATA_CONTRIBUTOR, agency=police_a
    )


@pytest.fixture
def health_contributor(partnership_a):
    nhs = Agency.objects.create(partnership=partnership_a, name="NHS Trust", short_name="NHS")
    return make_person(
        "nhs@a.example", "Nat Health", partnership_a, Role.DATA_CONTRIBUTOR, agency=nhs
    )


def make_data_set(partnership, agencies, first="2016/17 Q3", name="MARAC return"):
    data_set = DataSet.objects.create(partnership=partnership, name=name, first_period=first)
    data_set.agencies.set(agencies)
    cases = DataElement.objects.create(data_set=data_set, code="cases", name="Cases", order=1)
    DataElement.objects.create(
        data_set=data_set, code="repeats", name="Repeat cases", part_of=cases, order=2
    )
    return data_set


@pytest.fixture
def data_set(partnership_a, police_a):
    return make_data_set(partnership_a, [police_a])


def form_url(data_set, period=Q4):
    return reverse("indicators:return_form", args=[data_set.pk, period.slug])


def template_url(data_set, fmt="csv", period=Q4):
    return reverse("indicators:return_template", args=[data_set.pk, period.slug, fmt])


def returns_url(partnership):
    return reverse("indicators:data_returns", args=[partnership.slug])


def submitted(data_set, agency, period=Q4, cases=12, repeats=3, by=None):
    data_return = DataReturn.objects.create(
        data_set=data_set, agency=agency, period=period.label, submitted_by=by
    )
    for code, value in (("cases", cases), ("repeats", repeats)):
        DataValue.objects.create(
            data_return=data_return, element=data_set.elements.get(code=code), value=value
        )
    return data_return


def nothing_saved():
    return not DataReturn.objects.exists() and not DataValue.objects.exists()


def upload(client, data_set, lines, name="return.csv", period=Q4):
    content = ("\n".join([",".join(COLUMNS), *lines]) + "\n").encode()
    file = SimpleUploadedFile(name, content, content_type="text/csv")
    return client.post(form_url(data_set, period), {"upload": "1", "file": file})


# ---------------------------------------------------------------- what is due


def test_contributor_home_page_lists_the_returns_due(client_for, contributor, data_set):
    response = client_for(contributor).get(
        reverse("accounts:partnership", args=[data_set.partnership.slug])
    )
    page = response.content.decode()
    assert "Data returns due" in page
    assert form_url(data_set, Q3) in page and form_url(data_set, Q4) in page
    assert "2016/17 Q4 (Jan–Mar)" in page


def test_submitted_returns_are_no_longer_due_and_returned_ones_are_again(
    client_for, contributor, coordinator, data_set, police_a
):
    submitted(data_set, police_a, Q3)
    returned = submitted(data_set, police_a, Q4)
    returned.send_back(coordinator, "Check repeats")
    page = client_for(contributor).get(returns_url(data_set.partnership)).content.decode()
    assert form_url(data_set, Q3) not in page
    assert form_url(data_set, Q4) in page and "Returned for changes" in page


@pytest.mark.parametrize("who", ["coordinator", "lead", "viewer"])
def test_only_data_contributors_see_returns_due_on_the_home_page(
    request, client_for, who, data_set
):
    response = client_for(request.getfixturevalue(who)).get(
        reverse("accounts:partnership", args=[data_set.partnership.slug])
    )
    assert "Data returns due" not in response.content.decode()


def test_returns_due_queries_do_not_grow_with_periods(
    client_for, contributor, partnership_a, police_a
):
    client = client_for(contributor)
    url = reverse("accounts:partnership", args=[partnership_a.slug])
    counts = []
    for first in ("2016/17 Q3", "2007/08 Q1"):  # 2 periods due, then 40
        data_set = make_data_set(partnership_a, [police_a], first=first, name=first)
        with CaptureQueriesContext(connection) as queries:
            assert client.get(url).status_code == 200
        counts.append(len(queries))
        data_set.delete()
    assert counts[0] == counts[1], counts


# ---------------------------------------------------------------- permissions


def test_data_returns_page_for_the_coordinator_shows_awaiting_and_completeness(
    client_for, coordinator, data_set, police_a
):
    data_return = submitted(data_set, police_a)
    response = client_for(coordinator).get(returns_url(data_set.partnership))
    page = response.content.decode()
    assert response.status_code == 200
    assert reverse("indicators:return", args=[data_return.pk]) in page
    assert "Completeness" in page and "Missing" in page and "Submitted" in page


@pytest.mark.parametrize("who", ["lead", "viewer"])
def test_other_roles_get_403_on_data_returns(request, client_for, who, data_set, police_a):
    client = client_for(request.getfixturevalue(who))
    data_return = submitted(data_set, police_a)
    for url in (
        returns_url(data_set.partnership),
        form_url(data_set),
        template_url(data_set),
        reverse("indicators:data_set", args=[data_set.pk]),
        reverse("indicators:return", args=[data_return.pk]),
    ):
        assert client.get(url).status_code == 403, url


def test_anonymous_is_sent_to_sign_in_from_every_returns_page(client, data_set, police_a):
    data_return = submitted(data_set, police_a)
    for url in (
        returns_url(data_set.partnership),
        form_url(data_set),
        template_url(data_set),
        reverse("indicators:data_set", args=[data_set.pk]),
        reverse("indicators:element_create", args=[data_set.pk]),
        reverse("indicators:data_set_create", args=[data_set.partnership.slug]),
        reverse("indicators:return", args=[data_return.pk]),
    ):
        response = client.get(url)
        assert response.status_code == 302 and "/sign-in" in response["Location"], url


def test_another_partnership_gets_404_on_every_returns_page(client_for, lead_b, data_set, police_a):
    client = client_for(lead_b)
    data_return = submitted(data_set, police_a)
    for url in (
        returns_url(data_set.partnership),
        form_url(data_set),
        template_url(data_set),
        reverse("indicators:data_set", args=[data_set.pk]),
        reverse("indicators:element_create", args=[data_set.pk]),
        reverse("indicators:data_set_create", args=[data_set.partnership.slug]),
        reverse("indicators:return", args=[data_return.pk]),
    ):
        assert client.get(url).status_code == 404, url
    review = reverse("indicators:return_review", args=[data_return.pk])
    assert client.post(review, {"decision": "approve"}).status_code == 404


def test_a_contributor_of_an_agency_not_asked_gets_403(client_for, health_contributor, data_set):
    client = client_for(health_contributor)
    assert client.get(form_url(data_set)).status_code == 403
    assert (
        client.post(form_url(data_set), {"value_cases": "1", "value_repeats": "0"}).status_code
        == 403
    )
    assert nothing_saved()


def test_a_contributor_cannot_see_another_agencys_return(
    client_for, health_contributor, data_set, police_a
):
    data_return = submitted(data_set, police_a)
    assert (
        client_for(health_contributor)
        .get(reverse("indicators:return", args=[data_return.pk]))
        .status_code
        == 403
    )


def test_only_the_coordinator_reviews_and_sets_up(client_for, contributor, data_set, police_a):
    client = client_for(contributor)
    data_return = submitted(data_set, police_a)
    review = reverse("indicators:return_review", args=[data_return.pk])
    assert client.post(review, {"decision": "approve"}).status_code == 403
    assert client.get(reverse("indicators:element_create", args=[data_set.pk])).status_code == 403
    assert (
        client.get(
            reverse("indicators:data_set_create", args=[data_set.partnership.slug])
        ).status_code
        == 403
    )
    data_return.refresh_from_db()
    assert data_return.state == "submitted"


# ---------------------------------------------------------------- submitting


def test_contributor_submits_by_the_form(client_for, contributor, data_set, police_a):
    response = client_for(contributor).post(
        form_url(data_set), {"value_cases": "12", "value_repeats": "3"}
    )
    assert response.status_code == 302
    data_return = DataReturn.objects.get()
    assert (data_return.agency, data_return.period, data_return.state) == (
        police_a,
        "2016/17 Q4",
        "submitted",
    )
    assert data_return.submitted_by == contributor
    assert {v.element.code: v.value for v in data_return.values.all()} == {
        "cases": 12,
        "repeats": 3,
    }


def test_template_download_is_prefilled_with_the_expected_rows(client_for, contributor, data_set):
    response = client_for(contributor).get(template_url(data_set))
    assert response["Content-Type"] == "text/csv"
    lines = response.content.decode("utf-8-sig").splitlines()
    assert lines[0] == ",".join(COLUMNS)
    assert lines[1:] == [
        "2016/17 Q4,Police,cases,Cases,,",
        "2016/17 Q4,Police,repeats,Repeat cases,,",
    ]
    xlsx = client_for(contributor).get(template_url(data_set, "xlsx"))
    assert xlsx.content[:2] == b"PK"
    assert client_for(contributor).get(template_url(data_set, "pdf")).status_code == 404


def test_contributor_uploads_the_filled_in_template(client_for, contributor, data_set):
    client = client_for(contributor)
    lines = client.get(template_url(data_set)).content.decode("utf-8-sig").splitlines()[1:]
    filled = [lines[0].replace(",,", ",40,"), lines[1].replace(",,", ",11,")]
    response = upload(client, data_set, filled)
    assert response.status_code == 302, response.content.decode()[:3000]
    assert {v.element.code: v.value for v in DataValue.objects.all()} == {
        "cases": 40,
        "repeats": 11,
    }


@pytest.mark.parametrize(
    ("data", "field", "message"),
    [
        ({"value_cases": "twelve", "value_repeats": "3"}, "value_cases", "must be a number"),
        ({"value_cases": "-4", "value_repeats": "0"}, "value_cases", "cannot be negative"),
        ({"value_cases": "12", "value_repeats": "13"}, "value_repeats", "is more than “Cases”"),
        ({"value_cases": "12.5", "value_repeats": "1"}, "value_cases", "whole number"),
        ({"value_cases": "", "value_repeats": "1"}, "value_cases", "Enter a figure"),
    ],
)
def test_bad_figures_by_form_are_refused_per_field_and_nothing_is_saved(
    client_for, contributor, data_set, data, field, message
):
    response = client_for(contributor).post(form_url(data_set), data)
    assert response.status_code == 200
    assert message in " ".join(response.context["form"].errors[field])
    assert "Error: " in response.content.decode()
    assert nothing_saved()


@pytest.mark.parametrize(
    ("lines", "message"),
    [
        (
            ["2016/17 Q4,Police,cases,,ten,", "2016/17 Q4,Police,repeats,,1,"],
            "Row 2: “Cases” must be a number",
        ),
        (
            ["2016/17 Q4,Police,cases,,-3,", "2016/17 Q4,Police,repeats,,1,"],
            "Row 2: “Cases” cannot be negative",
        ),
        (
            ["2016/17 Q4,Police,cases,,3,", "2016/17 Q4,Police,repeats,,5,"],
            "Row 3: “Repeat cases” (5) is more than “Cases” (3)",
        ),
        (
            ["2016/17 Q4,NHS Trust,cases,,3,", "2016/17 Q4,Police,repeats,,1,"],
            "Row 2: the row is for NHS Trust",
        ),
        (
            ["2016/17 Q4,Police,cases,,3,", "2016/17 Q4,Police,cases,,4,"],
            "Row 3: “cases” appears twice",
        ),
        (["2016/17 Q4,Police,cases,,3,"], "No row for “repeats”"),
    ],
)
def test_bad_uploads_are_refused_per_row_and_nothing_is_saved(
    client_for, contributor, data_set, lines, message
):
    response = upload(client_for(contributor), data_set, lines)
    assert response.status_code == 200
    assert any(message in e for e in response.context["row_errors"]), response.context["row_errors"]
    assert "Nothing was saved" in response.content.decode()
    assert nothing_saved()


def test_an_upload_with_unknown_columns_is_refused(client_for, contributor, data_set):
    content = b"element,value,victim_name\ncases,3,Someone\n"
    file = SimpleUploadedFile("r.csv", content, content_type="text/csv")
    response = client_for(contributor).post(form_url(data_set), {"upload": "1", "file": file})
    assert any("Unknown column(s) 'victim_name'" in e for e in response.context["row_errors"])
    assert nothing_saved()


def test_an_xlsx_formula_with_no_saved_value_is_refused(client_for, contributor, data_set):
    from openpyxl import Workbook

    workbook = Workbook()
    workbook.active.append(COLUMNS)
    workbook.active.append(["2016/17 Q4", "Police", "cases", "", "=1+2", ""])
    workbook.active.append(["2016/17 Q4", "Police", "repeats", "", 1, ""])
    buffer = io.BytesIO()
    workbook.save(buffer)
    file = SimpleUploadedFile("r.xlsx", buffer.getvalue())
    response = client_for(contributor).post(form_url(data_set), {"upload": "1", "file": file})
    assert any("formula (=1+2) with no saved result" in e for e in response.context["row_errors"])
    assert nothing_saved()


def test_a_future_period_is_refused(client_for, contributor, data_set):
    this_quarter = Period(2017, 1)  # not ended until 30 June 2017
    response = client_for(contributor).post(
        form_url(data_set, this_quarter), {"value_cases": "1", "value_repeats": "0"}
    )
    assert response.status_code == 400
    assert "has not ended yet" in response.content.decode()
    assert nothing_saved()


def test_a_second_submission_for_a_locked_period_is_refused(
    client_for, contributor, coordinator, data_set, police_a
):
    data_return = submitted(data_set, police_a)
    data_return.approve(coordinator)
    client = client_for(contributor)
    response = client.post(form_url(data_set), {"value_cases": "99", "value_repeats": "0"})
    assert response.status_code == 400 and "approved and locked" in response.content.decode()
    response = upload(
        client, data_set, ["2016/17 Q4,Police,cases,,99,", "2016/17 Q4,Police,repeats,,0,"]
    )
    assert response.status_code == 400
    assert {v.element.code: v.value for v in DataValue.objects.all()} == {"cases": 12, "repeats": 3}


def test_a_figure_far_from_the_agencys_history_needs_a_comment(
    client_for, contributor, coordinator, data_set, police_a
):
    for period, cases in (
        (Period(2015, 4), 40),
        (Period(2016, 1), 44),
        (Period(2016, 2), 38),
        (Q3, 41),
    ):
        submitted(data_set, police_a, period, cases=cases, repeats=5).approve(coordinator)
    client = client_for(contributor)
    response = client.post(form_url(data_set), {"value_cases": "400", "value_repeats": "5"})
    assert "far from this agency's recent figures" in " ".join(
        response.context["form"].errors["value_cases"]
    )
    assert not DataReturn.objects.filter(period=Q4.label).exists()
    response = client.post(
        form_url(data_set),
        {"value_cases": "400", "value_repeats": "5", "comment_cases": "New referral pathway"},
    )
    assert response.status_code == 302
    assert (
        DataValue.objects.get(data_return__period=Q4.label, element__code="cases").comment
        == "New referral pathway"
    )


# ---------------------------------------------------------------- review


def review(client, data_return, decision, comment=""):
    url = reverse("indicators:return_review", args=[data_return.pk])
    return client.post(url, {"decision": decision, "comment": comment})


def test_coordinator_approves_and_the_derived_indicators_are_computed(
    client_for, coordinator, data_set, police_a, partnership_a
):
    rate = make_indicator(
        partnership_a,
        "Repeat rate",
        target_kind="",
        target_value=None,
        baseline_value=None,
        baseline_period="",
        numerator=data_set.elements.get(code="repeats"),
        denominator=data_set.elements.get(code="cases"),
    )
    count = make_indicator(
        partnership_a,
        "Cases",
        unit="count",
        target_kind="",
        target_value=None,
        numerator=data_set.elements.get(code="cases"),
    )
    per_10000 = make_indicator(
        partnership_a,
        "Cases per 10,000",
        unit="rate_10000",
        population=300_000,
        target_kind="",
        target_value=None,
        numerator=data_set.elements.get(code="cases"),
    )
    data_return = submitted(data_set, police_a, cases=40, repeats=11)
    response = review(client_for(coordinator), data_return, "approve")
    assert response.status_code == 302
    data_return.refresh_from_db()
    assert data_return.state == "approved" and data_return.is_locked
    figure = {
        i.name: IndicatorValue.objects.get(indicator=i, period="2016/17 Q4").value
        for i in (rate, count, per_10000)
    }
    assert figure == {
        "Repeat rate": Decimal("27.50"),
        "Cases": Decimal(40),
        "Cases per 10,000": Decimal("1.33"),
    }
    assert "From 1 of 1 agencies" in IndicatorValue.objects.get(indicator=rate).note


def test_coordinator_returns_with_a_comment_which_is_required(
    client_for, coordinator, data_set, police_a
):
    data_return = submitted(data_set, police_a)
    client = client_for(coordinator)
    response = review(client, data_return, "return")
    assert (
        response.status_code == 400
        and "Say what the agency should change" in response.content.decode()
    )
    assert review(client, data_return, "return", "Repeats look low").status_code == 302
    data_return.refresh_from_db()
    assert data_return.state == "returned" and data_return.comment == "Repeats look low"


def test_unlocking_needs_a_reason_and_is_audited(
    client_for, coordinator, contributor, data_set, police_a
):
    data_return = submitted(data_set, police_a)
    client = client_for(coordinator)
    review(client, data_return, "approve")
    assert review(client, data_return, "unlock").status_code == 400
    assert review(client, data_return, "unlock", "Police corrected a miscount").status_code == 302
    data_return.refresh_from_db()
    assert data_return.state == "returned"
    last = data_return.history.first()
    assert (
        last.history_user == coordinator
        and last.history_change_reason == "Unlocked: Police corrected a miscount"
    )
    page = client.get(reverse("indicators:return", args=[data_return.pk])).content.decode()
    assert "Police corrected a miscount" in page
    # Unlocked: the agency may correct it.
    response = client_for(contributor).post(
        form_url(data_set), {"value_cases": "13", "value_repeats": "3"}
    )
    assert response.status_code == 302


def test_review_steps_the_state_does_not_allow_are_refused(
    client_for, coordinator, data_set, police_a
):
    data_return = submitted(data_set, police_a)
    client = client_for(coordinator)
    response = review(client, data_return, "unlock", "why not")
    assert (
        response.status_code == 400
        and "Only an approved return can be unlocked" in response.content.decode()
    )
    review(client, data_return, "approve")
    response = review(client, data_return, "approve")
    assert (
        response.status_code == 400
        and "Only a submitted return can be approved" in response.content.decode()
    )


# ---------------------------------------------------------------- setting up


def test_coordinator_creates_a_data_set_and_adds_elements(
    client_for, coordinator, partnership_a, police_a
):
    client = client_for(coordinator)
    response = client.post(
        reverse("indicators:data_set_create", args=[partnership_a.slug]),
        {
            "name": "IDVA return",
            "frequency": "quarterly",
            "first_period": "2016-17 q1",
            "agencies": [police_a.pk],
        },
    )
    data_set = DataSet.objects.get(name="IDVA return")
    assert response.status_code == 302 and data_set.first_period == "2016/17 Q1"
    add = reverse("indicators:element_create", args=[data_set.pk])
    assert (
        client.post(add, {"name": "Referrals", "code": "referrals", "kind": "count"}).status_code
        == 302
    )
    whole = data_set.elements.get()
    response = client.post(
        add, {"name": "Self-referrals", "code": "self", "kind": "count", "part_of": whole.pk}
    )
    assert response.status_code == 302
    response = client.post(add, {"name": "Again", "code": "self", "kind": "count"})
    assert "already has an element" in " ".join(response.context["form"].errors["code"])
    response = client.post(
        add, {"name": "Bad", "code": "bad", "kind": "count", "minimum": "5", "maximum": "1"}
    )
    assert "at least the minimum" in " ".join(response.context["form"].errors["maximum"])
    assert data_set.elements.count() == 2


def test_a_data_set_must_start_in_a_period_of_its_frequency(client_for, coordinator, partnership_a):
    response = client_for(coordinator).post(
        reverse("indicators:data_set_create", args=[partnership_a.slug]),
        {"name": "Annual", "frequency": "annual", "first_period": "2016/17 Q1"},
    )
    assert "an annual one in a year" in " ".join(response.context["form"].errors["first_period"])
    assert not DataSet.objects.exists()


def test_completeness_counts_on_time_returns(coordinator, data_set, police_a, partnership_a):
    import datetime as dt

    from cairn.indicators.returns import completeness

    on_time = submitted(data_set, police_a, Q3)
    on_time.submitted_at = dt.datetime(2017, 1, 20, tzinfo=dt.UTC)  # within 30 days of 31 Dec
    on_time.save()
    late = submitted(data_set, police_a, Q4)
    late.submitted_at = dt.datetime(2017, 5, 9, tzinfo=dt.UTC)
    late.save()
    [found] = completeness(partnership_a, dt.date(2017, 5, 10))
    assert found.periods == [Q4, Q3]
    assert found.rows == [(police_a, ["submitted", "submitted"])]
    assert found.on_time_rate == 50
