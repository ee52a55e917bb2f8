"""Disaggregations: breaking an element down by age band or sex, contributors' parts
checked against the whole, and the published tables of the parts suppressed together."""

from __future__ import annotations

import csv
import io

import pytest
from django.urls import reverse

from cairn.indicators import returns
from cairn.indicators.breakdowns import (
    PRESETS,
    BreakdownRefused,
    break_down,
    breakdown_figures,
    create_preset,
)
from cairn.indicators.models import DataElement, DataReturn, Disaggregation, Indicator
from cairn.indicators.periods import Period
from cairn.indicators.publishing import NOT_RECORDED, public_csv, public_indicator
from cairn.indicators.tests.test_returns import make_data_set
from cairn.indicators.trends import indicator_trend
from cairn.lib.suppression import SECONDARY

Q3, Q4 = Period(2016, 3), Period(2016, 4)
AFTER = Period(2017, 1).starts_on


@pytest.fixture
def data_set(partnership_a, police_a):
    return make_data_set(partnership_a, [police_a])


@pytest.fixture
def by_sex(partnership_a, coordinator):
    return create_preset(partnership_a, "Sex", by=coordinator)


def sex_parts(data_set, by_sex, coordinator):
    return break_down(data_set.elements.get(code="cases"), by_sex, coordinator)


def test_breaking_down_adds_a_part_per_category(data_set, by_sex, coordinator):
    parts = sex_parts(data_set, by_sex, coordinator)
    assert [p.category for p in parts] == PRESETS["Sex"]
    assert [p.code for p in parts] == [
        "cases__sex__female",
        "cases__sex__male",
        "cases__sex__not-known",
    ]
    assert {p.part_of.code for p in parts} == {"cases"}
    # Listed right after their whole, before the next element.
    codes = list(data_set.elements.values_list("code", flat=True))
    assert codes.index("cases__sex__female") < codes.index("repeats")


def test_an_element_cannot_be_broken_down_twice_the_same_way_nor_a_part(
    data_set, by_sex, coordinator
):
    parts = sex_parts(data_set, by_sex, coordinator)
    with pytest.raises(BreakdownRefused, match="already broken down by Sex"):
        sex_parts(data_set, by_sex, coordinator)
    with pytest.raises(BreakdownRefused, match="already a part"):
        break_down(parts[0], by_sex, coordinator)


def test_only_a_count_is_broken_down(data_set, by_sex, coordinator):
    score = DataElement.objects.create(
        data_set=data_set, code="score", name="Average score", kind=DataElement.Kind.NUMBER
    )
    with pytest.raises(BreakdownRefused, match="Only counts are broken down"):
        break_down(score, by_sex, coordinator)
    assert not score.parts.exists()


def figures(cases, female, male, unknown, repeats=1):
    return {
        "cases": str(cases),
        "repeats": str(repeats),
        "cases__sex__female": str(female),
        "cases__sex__male": str(male),
        "cases__sex__not-known": str(unknown),
    }


def test_parts_adding_up_to_more_than_the_whole_are_refused_and_nothing_saved(
    data_set, by_sex, coordinator, police_a
):
    sex_parts(data_set, by_sex, coordinator)
    saved, checked = returns.submit(
        data_set, police_a, Q3, figures(12, 9, 4, 0), {}, coordinator, today=AFTER
    )
    assert saved is None
    assert checked.errors == {
        "cases__sex__female": "The parts of “Cases” by sex add up to 13, more than “Cases” (12)."
    }
    assert not DataReturn.objects.exists()
    saved, checked = returns.submit(
        data_set, police_a, Q3, figures(12, 8, 3, 1), {}, coordinator, today=AFTER
    )
    assert saved and not checked.errors


def test_the_form_shows_a_field_per_part(client_for, contributor, data_set, by_sex, coordinator):
    sex_parts(data_set, by_sex, coordinator)
    url = reverse("indicators:return_form", args=[data_set.pk, Q3.slug])
    page = client_for(contributor).get(url).content.decode()
    assert "Cases: Female" in page and 'name="value_cases__sex__male"' in page


def approved(data_set, agency, period, values, by):
    saved, checked = returns.submit(data_set, agency, period, values, {}, by, today=AFTER)
    assert saved, checked.errors
    returns.approve(saved, by=by)


def count_indicator(partnership, data_set):
    return Indicator.objects.create(
        partnership=partnership,
        name="MARAC cases",
        unit=Indicator.Unit.COUNT,
        numerator=data_set.elements.get(code="cases"),
    )


def test_published_breakdowns_hide_small_parts_and_share_the_period_figures(
    partnership_a, police_a, data_set, by_sex, coordinator
):
    sex_parts(data_set, by_sex, coordinator)
    indicator = count_indicator(partnership_a, data_set)
    approved(data_set, police_a, Q3, figures(20, 16, 3, 0), coordinator)
    approved(data_set, police_a, Q4, figures(30, 20, 9, 0), coordinator)  # 1 not recorded
    found = breakdown_figures(indicator.numerator_id, [Q3.label, Q4.label])
    assert found[0].by_period == {Q3.label: [16, 3, 0], Q4.label: [20, 9, 0]}

    public = public_indicator(indicator_trend(indicator), threshold=5)
    table = public["breakdowns"][0]
    assert table["name"] == "Sex"
    assert table["categories"] == [*PRESETS["Sex"], NOT_RECORDED]
    q3, q4 = (row["cells"] for row in table["rows"])
    assert q3[1] == "<5" and q4[3] == "<5"  # 3 men; 1 not recorded
    # No hidden count can be had from what is shown: each row has a second one hidden.
    for row in (q3, q4):
        hidden = [cell for cell in row if not cell.isdigit()]
        assert len(hidden) >= 2 or SECONDARY in row
    # The period figures are the tables' own totals.
    assert [f["figure"] for f in public["figures"]] == [q3[-1], q4[-1]]


def test_the_public_csv_lists_figures_and_breakdowns_as_published(
    partnership_a, police_a, data_set, by_sex, coordinator
):
    sex_parts(data_set, by_sex, coordinator)
    indicator = count_indicator(partnership_a, data_set)
    approved(data_set, police_a, Q3, figures(20, 16, 3, 1), coordinator)
    public = public_indicator(indicator_trend(indicator), threshold=5, base=5)
    rows = list(csv.DictReader(io.StringIO(public_csv([public], 5).decode("utf-8-sig"))))
    assert {r["indicator"] for r in rows} == {"MARAC cases"}
    male = next(r for r in rows if r["category"] == "Male" and r["period"].startswith("2016/17 Q3"))
    assert male["figure"] == "<5"
    female = next(r for r in rows if r["category"] == "Female" and r["period"].startswith("2016"))
    assert female["figure"] in ("15", SECONDARY)  # 16 rounded to 5, unless hidden
    assert all(r["figure"] in ("<5", SECONDARY) or int(r["figure"]) % 5 == 0 for r in rows)
    assert "rounded to the nearest 5" in rows[0]["note"]


# ---------------------------------------------------------------- pages


def test_coordinator_adds_breakdowns_and_breaks_an_element_down(
    client_for, coordinator, partnership_a, data_set
):
    client = client_for(coordinator)
    url = reverse("indicators:breakdowns", args=[partnership_a.slug])
    assert client.post(url, {"preset": "Age band"}).status_code == 302
    again = client.post(url, {"preset": "Age band"}, follow=True)  # a double submit
    assert "“Age band” was added already." in again.content.decode()
    assert partnership_a.disaggregations.filter(name="Age band").count() == 1
    assert client.post(url, {"preset": "Shoe size"}).status_code == 400
    response = client.post(url, {"name": "Disability", "categories": "Disabled\n\n"})
    assert "at least two categories" in response.content.decode()
    response = client.post(url, {"name": "Disability", "categories": "Yes\nyes"})
    assert "Each category once" in response.content.decode()
    assert (
        client.post(url, {"name": "Disability", "categories": "Yes\nNo\nNot known"}).status_code
        == 302
    )
    assert list(Disaggregation.objects.values_list("name", flat=True)) == ["Age band", "Disability"]

    cases = data_set.elements.get(code="cases")
    break_url = reverse("indicators:element_break_down", args=[cases.pk])
    assert "Break it down by" in client.get(break_url).content.decode()
    assert client.post(break_url, {}).status_code == 200  # says what is missing
    disability = Disaggregation.objects.get(name="Disability")
    assert client.post(break_url, {"breakdown": disability.pk}).status_code == 302
    assert cases.parts.filter(breakdown=disability).count() == 3
    page = client.get(reverse("indicators:data_set", args=[data_set.pk])).content.decode()
    assert "by disability: the parts together not more than the whole" in page


def test_breakdown_pages_permissions(
    client, client_for, viewer, contributor, lead_b, partnership_a, data_set
):
    cases = data_set.elements.get(code="cases")
    urls = [
        reverse("indicators:breakdowns", args=[partnership_a.slug]),
        reverse("indicators:element_break_down", args=[cases.pk]),
    ]
    for url in urls:  # anonymous first: client_for signs this same client in
        assert client.get(url).status_code == 302
    for url in urls:
        assert client_for(viewer).get(url).status_code == 403
        assert client_for(contributor).get(url).status_code == 403
        assert client_for(lead_b).get(url).status_code == 404
    assert DataElement.objects.count() == 2


def test_a_ready_made_breakdown_added_twice_at_once_is_added_once(partnership_a, coordinator):
    """Two requests both found no "Sex" breakdown and both add it: the second to write gets
    the first one's breakdown back, not a unique-name error (a server error)."""
    first = create_preset(partnership_a, "Sex", by=coordinator)
    second = create_preset(partnership_a, "Sex", by=coordinator)
    assert second == first
    assert partnership_a.disaggregations.filter(name="Sex").count() == 1
