"""The MARAC quarterly data set and its figures, on a worked example."""

from decimal import Decimal

import time_machine
from django.urls import reverse

from cairn.indicators import returns
from cairn.indicators.marac import (
    ELEMENTS,
    create_marac_data_set,
    marac_csv,
    marac_figures,
)
from cairn.indicators.models import DataReturn, DataSet
from cairn.indicators.periods import Period

Q2 = Period(2016, 2)
AFTER = Period(2016, 3).starts_on  # Q2 has ended
WORKED = {
    "cases": "30",
    "repeat_cases": "9",
    "referred_police": "18",
    "referred_idva": "5",
    "referred_health": "3",
    "referred_childrens_services": "2",
    "referred_housing": "1",
    "referred_others": "1",
    "cases_with_children": "17",
    "children": "41",
    "victim_black_asian_minoritised": "4",
    "victim_lgbt": "1",
    "victim_disabled": "3",
    "victim_male": "2",
    "victim_aged_16_17": "0",
}


def test_the_worked_example_gives_safelives_figures(partnership_a, police_a, coordinator):
    data_set = create_marac_data_set(partnership_a, [police_a], Period(2016, 1), by=coordinator)
    assert [e.code for e in data_set.elements.all()] == [code for code, _, _ in ELEMENTS]
    saved, checked = returns.submit(data_set, police_a, Q2, WORKED, {}, coordinator, today=AFTER)
    assert saved, checked.errors
    # Not approved yet: the figures hold nothing.
    assert marac_figures(data_set, Q2, 120_000).returns == 0
    returns.approve(saved, by=coordinator)
    figures = marac_figures(data_set, Q2, adult_women=120_000)
    assert figures.returns == 1 and figures.count("cases") == 30
    assert figures.cases_per_10000 == Decimal("2.5")
    assert figures.expected_cases == Decimal("120.0")  # 40 a year per 10,000: 10 a quarter
    assert figures.percent("repeat_cases") == Decimal("30.0")
    assert figures.partner_agency_referrals == 12
    assert figures.percent("victim_black_asian_minoritised") == Decimal("13.3")
    rows = dict(
        line.split(",", 1) for line in marac_csv(figures).decode("utf-8-sig").splitlines()[1:]
    )
    assert rows["Cases discussed"] == "30" and rows["Repeat rate (%)"] == "30.0"
    assert rows["Partner agency referrals (%)"] == "40.0"
    assert rows["Children in those households"] == "41"


def test_a_referral_route_over_the_cases_is_refused(partnership_a, police_a, coordinator):
    data_set = create_marac_data_set(partnership_a, [police_a], Period(2016, 1), by=coordinator)
    saved, checked = returns.submit(
        data_set,
        police_a,
        Q2,
        {**WORKED, "referred_police": "31"},
        {},
        coordinator,
        today=AFTER,
    )
    assert saved is None and "is more than “Cases discussed”" in checked.errors["referred_police"]
    assert not DataReturn.objects.exists()


# ---------------------------------------------------------------- pages


def test_coordinator_sets_up_the_marac_data_set_once(
    client_for, coordinator, partnership_a, police_a
):
    client = client_for(coordinator)
    url = reverse("indicators:marac_setup", args=[partnership_a.slug])
    data = {"agencies": [police_a.pk], "first_period": "2016/17 Q1"}
    assert client.post(url, data).status_code == 302
    data_set = DataSet.objects.get()
    assert data_set.elements.count() == len(ELEMENTS)
    response = client.post(url, data)
    assert "already has the MARAC data set" in response.content.decode()
    response = client.post(url, {"agencies": [police_a.pk], "first_period": "2016/17"})
    assert "enter a quarter" in response.content.decode()
    assert DataSet.objects.count() == 1


def test_marac_quarter_page_and_csv(client_for, coordinator, partnership_a, police_a):
    data_set = create_marac_data_set(partnership_a, [police_a], Period(2016, 1), by=coordinator)
    saved, _ = returns.submit(data_set, police_a, Q2, WORKED, {}, coordinator, today=AFTER)
    returns.approve(saved, by=coordinator)
    client = client_for(coordinator)
    url = reverse("indicators:marac_quarter", args=[data_set.pk, Q2.slug])
    with time_machine.travel("2016-10-05", tick=False):
        page = client.get(url, {"adult_women": "120000"}).content.decode()
        assert "Cases per 10,000 adult women" in page and "2.5" in page
        csv = client.get(url, {"adult_women": "120000", "format": "csv"})
        assert csv["Content-Type"] == "text/csv" and b"Repeat rate (%),30.0" in csv.content
        bad = client.get(url, {"adult_women": "many"})
        assert "whole number" in bad.content.decode()
        data_set_page = client.get(reverse("indicators:data_set", args=[data_set.pk]))
        assert url in data_set_page.content.decode()


def test_marac_pages_permissions(
    client, client_for, coordinator, viewer, lead_b, partnership_a, police_a
):
    data_set = create_marac_data_set(partnership_a, [police_a], Period(2016, 1), by=coordinator)
    urls = [
        reverse("indicators:marac_setup", args=[partnership_a.slug]),
        reverse("indicators:marac_quarter", args=[data_set.pk, Q2.slug]),
    ]
    for url in urls:  # anonymous first: client_for signs this same client in
        assert client.get(url).status_code == 302
    for url in urls:
        assert client_for(viewer).get(url).status_code == 403
        assert client_for(lead_b).get(url).status_code == 404
    other = DataSet.objects.create(
        partnership=partnership_a, name="Other", first_period="2016/17 Q1"
    )
    assert (
        client_for(coordinator)
        .get(reverse("indicators:marac_quarter", args=[other.pk, Q2.slug]))
        .status_code
        == 404
    )
