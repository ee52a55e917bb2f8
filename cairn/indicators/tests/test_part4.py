"""The Domestic Abuse Act 2021 Part 4 annual return, on a worked example: two providers'
approved returns for 2016/17 make the year's figures, laid out as the return asks."""

import csv
import io

from django.urls import reverse

from cairn.indicators import returns
from cairn.indicators.models import DataReturn, DataSet
from cairn.indicators.part4 import ELEMENTS, create_part4_data_set, part4_csv, part4_figures
from cairn.indicators.periods import Period

YEAR = Period(2016)
AFTER = Period(2017).starts_on  # 2016/17 has ended

# A refuge provider (the police agency stands in for it) and a sanctuary scheme provider.
REFUGE = {
    "households_refuge": "12",
    "adults_refuge": "12",
    "children_refuge": "17",
    "households_specialist": "3",
    "adults_specialist": "3",
    "children_specialist": "2",
    "adults_women": "14",
    "adults_men": "0",
    "adults_trans": "1",
    "char_black_minoritised": "8",
    "char_disabled": "4",
    "char_mental_health": "9",
    "not_supported_no_space": "20",
    "not_supported_needs": "4",
    "ended_moved_on": "7",
    "ended_left": "2",
}
SANCTUARY = {
    "households_sanctuary": "30",
    "adults_sanctuary": "31",
    "children_sanctuary": "40",
    "adults_women": "29",
    "adults_men": "2",
    "char_black_minoritised": "5",
    "char_disabled": "6",
    "not_supported_eligibility": "3",
    "ended_no_longer_needed": "18",
}


def figures_of(worked: dict[str, str]) -> dict[str, str]:
    return {code: worked.get(code, "0") for code, _ in ELEMENTS}


def submit_and_approve(data_set, agency, worked, by):
    saved, checked = returns.submit(data_set, agency, YEAR, figures_of(worked), {}, by, today=AFTER)
    assert saved, checked.errors
    returns.approve(saved, by=by)


def test_the_worked_example_gives_the_years_figures(partnership_a, police_a, health_a, coordinator):
    data_set = create_part4_data_set(partnership_a, [police_a, health_a], YEAR, by=coordinator)
    assert data_set.frequency == DataSet.Frequency.ANNUAL
    assert data_set.elements.count() == len(ELEMENTS)
    submit_and_approve(data_set, police_a, REFUGE, coordinator)
    # The second provider's return is only submitted: it does not count yet.
    saved, _ = returns.submit(
        data_set, health_a, YEAR, figures_of(SANCTUARY), {}, coordinator, today=AFTER
    )
    assert part4_figures(data_set, YEAR).returns == 1
    returns.approve(saved, by=coordinator)

    figures = part4_figures(data_set, YEAR)
    assert figures.returns == 2
    assert figures.by_type("households") == 12 + 3 + 30
    assert figures.by_type("adults") == 12 + 3 + 31 == 46
    assert figures.by_type("children") == 17 + 2 + 40
    assert figures.people == 46 + 59
    assert figures.count("char_black_minoritised") == 13
    assert figures.not_supported == 27
    assert figures.ended == 27
    assert figures.problems() == []  # 14 + 1 + 29 + 2 = 46 adults by gender

    sections = list(csv.reader(io.StringIO(part4_csv(figures, partnership_a).decode("utf-8-sig"))))
    assert sections[0] == ["Domestic Abuse Act 2021 Part 4: support in safe accommodation"]
    assert ["Year", "2016/17 (1 April to 31 March)"] in sections
    types_at = sections.index(["Type of safe accommodation", "Households", "Adults", "Children"])
    assert sections[types_at + 1] == ["Refuge accommodation", "12", "12", "17"]
    assert sections[types_at + 4] == ["Sanctuary schemes", "30", "31", "40"]
    assert ["All safe accommodation", "45", "46", "59"] in sections
    assert ["All adults", "46"] in sections
    assert ["no space", "20"] in sections
    assert ["All households not supported", "27"] in sections
    assert ["no longer needed", "18"] in sections
    assert ["All households whose support ended", "27"] in sections


def test_figures_that_disagree_are_pointed_out(partnership_a, police_a, coordinator):
    data_set = create_part4_data_set(partnership_a, [police_a], YEAR, by=coordinator)
    submit_and_approve(
        data_set,
        police_a,
        {**REFUGE, "adults_women": "10", "char_mental_health": "40", "ended_moved_on": "20"},
        coordinator,
    )
    problems = part4_figures(data_set, YEAR).problems()
    assert "Adults by gender add up to 11, but 15 adults" in problems[0]
    assert "mental health needs (40) is more than everyone supported" in problems[1]
    assert "Support ended for 22 households, more than the 15 supported" in problems[2]


def test_a_quarter_is_refused_for_the_annual_return(partnership_a, police_a, coordinator):
    data_set = create_part4_data_set(partnership_a, [police_a], YEAR, by=coordinator)
    try:
        returns.submit(
            data_set, police_a, Period(2016, 1), figures_of(REFUGE), {}, coordinator, AFTER
        )
    except returns.ReturnRefused as refusal:
        assert "years such as 2016/17" in str(refusal)
    else:
        raise AssertionError("a quarter was taken for an annual return")
    assert not DataReturn.objects.exists()


# ---------------------------------------------------------------- pages


def test_coordinator_sets_up_the_part4_return_once(
    client_for, coordinator, partnership_a, police_a
):
    client = client_for(coordinator)
    url = reverse("indicators:part4_setup", args=[partnership_a.slug])
    assert (
        client.post(url, {"agencies": [police_a.pk], "first_year": "2016/17 Q1"}).status_code == 200
    )
    assert not DataSet.objects.exists()
    assert client.post(url, {"agencies": [police_a.pk], "first_year": "2016/17"}).status_code == 302
    response = client.post(url, {"agencies": [police_a.pk], "first_year": "2016/17"})
    assert "already has the Part 4 data set" in response.content.decode()
    assert DataSet.objects.count() == 1


def test_the_years_page_and_its_csv(client_for, coordinator, partnership_a, police_a):
    data_set = create_part4_data_set(partnership_a, [police_a], YEAR, by=coordinator)
    submit_and_approve(data_set, police_a, REFUGE, coordinator)
    client = client_for(coordinator)
    url = reverse("indicators:part4_year", args=[data_set.pk, YEAR.slug])
    page = client.get(url).content.decode()
    assert "Support in safe accommodation, 2016/17" in page and "Refuge accommodation" in page
    download = client.get(url, {"format": "csv"})
    assert download["Content-Type"] == "text/csv"
    assert b"Refuge accommodation,12,12,17" in download.content
    quarter = reverse("indicators:part4_year", args=[data_set.pk, Period(2016, 1).slug])
    assert client.get(quarter).status_code == 404


def test_part4_pages_permissions(
    client, client_for, coordinator, viewer, contributor, lead_b, partnership_a, police_a
):
    data_set = create_part4_data_set(partnership_a, [police_a], YEAR, by=coordinator)
    urls = [
        reverse("indicators:part4_setup", args=[partnership_a.slug]),
        reverse("indicators:part4_year", args=[data_set.pk, YEAR.slug]),
    ]
    for url in urls:  # anonymous first: client_for signs this same client in
        assert client.get(url).status_code == 302
    for url in urls:
        assert client_for(viewer).get(url).status_code == 403
        assert client_for(contributor).get(url).status_code == 403
        assert client_for(lead_b).get(url).status_code == 404
    other = DataSet.objects.create(partnership=partnership_a, name="Other", first_period="2016/17")
    url = reverse("indicators:part4_year", args=[other.pk, YEAR.slug])
    assert client_for(coordinator).get(url).status_code == 404
