"""The coordinator's settings (rounding, reminder timing), and editing and deleting data
sets: a data set with approved returns is refused, one with other returns lists them."""

from __future__ import annotations

import pytest
from django.urls import reverse

from cairn.indicators.models import DataReturn, DataSet, IndicatorSettings, settings_for
from cairn.indicators.periods import Period
from cairn.indicators.tests.conftest import add_figures
from cairn.indicators.tests.test_returns import make_data_set, submitted
from cairn.reports.publishing import build_snapshot

Q4 = Period(2016, 4)


@pytest.fixture
def data_set(partnership_a, police_a):
    return make_data_set(partnership_a, [police_a])


def test_settings_have_defaults_until_the_coordinator_saves_them(
    client_for, coordinator, partnership_a
):
    assert settings_for(partnership_a).base == 1
    assert settings_for(partnership_a).remind_days_before == 7
    client = client_for(coordinator)
    url = reverse("indicators:settings", args=[partnership_a.slug])
    assert "Round published counts to the nearest 5" in client.get(url).content.decode()
    bad = client.post(url, {"remind_days_before": "lots", "remind_days_after": "0"})
    page = bad.content.decode()
    assert "Enter a number of days, for example 7." in page
    assert "Enter a number of days from 1 to 90." in page
    assert not IndicatorSettings.objects.exists()
    data = {"round_to_5": "on", "remind_days_before": "14", "remind_days_after": "3"}
    assert client.post(url, data).status_code == 302
    chosen = settings_for(partnership_a)
    assert chosen.base == 5 and chosen.remind_days_before == 14 and chosen.remind_days_after == 3


def test_two_first_saves_of_the_settings_at_once_make_one_row(
    client_for, coordinator, partnership_a, monkeypatch
):
    """A double submit of the first save: both requests read "no settings yet"; the one
    that writes second changes the row the first made (no unique-row server error)."""
    from cairn.indicators.views import setup

    IndicatorSettings.objects.create(partnership=partnership_a, remind_days_before=3)
    monkeypatch.setattr(setup, "settings_for", lambda p: IndicatorSettings(partnership=p))
    url = reverse("indicators:settings", args=[partnership_a.slug])
    data = {"round_to_5": "on", "remind_days_before": "14", "remind_days_after": "3"}
    assert client_for(coordinator).post(url, data).status_code == 302
    (chosen,) = IndicatorSettings.objects.filter(partnership=partnership_a)
    assert chosen.round_to_5 and chosen.remind_days_before == 14
    assert chosen.history.latest().history_user == coordinator


def test_rounding_applies_to_the_public_page_and_not_inside(
    client_for, coordinator, partnership_a, plan_a
):
    from cairn.indicators.models import Indicator

    indicator = Indicator.objects.create(partnership=partnership_a, name="Referrals")
    indicator.actions.add(plan_a.themes.first().actions.first())
    add_figures(indicator, Period(2016, 1), [12, 23, 3, 41])
    IndicatorSettings.objects.create(partnership=partnership_a, round_to_5=True)
    snapshot = build_snapshot(plan_a, on=Q4.ends_on)
    shown = [f["figure"] for f in snapshot["indicators"][0]["figures"]]
    assert shown[2] == "<5" and snapshot["rounded"]
    assert all(not s.isdigit() or int(s) % 5 == 0 for s in shown)
    assert "10" in shown or "[c]" in shown  # 12 -> 10, unless hidden to protect the 3
    inside = client_for(coordinator).get(reverse("indicators:indicator", args=[indicator.pk]))
    assert ">23<" in inside.content.decode().replace(" ", "")  # true figures inside


def test_editing_a_data_set(client_for, coordinator, data_set, police_a):
    client = client_for(coordinator)
    url = reverse("indicators:data_set_edit", args=[data_set.pk])
    data = {
        "name": "MARAC minimum data set",
        "description": "",
        "frequency": "quarterly",
        "first_period": "2016/17 Q3",
        "agencies": [police_a.pk],
    }
    assert client.post(url, data).status_code == 302
    data_set.refresh_from_db()
    assert data_set.name == "MARAC minimum data set"
    submitted(data_set, police_a, period=Q4)
    response = client.post(url, {**data, "first_period": "2016/17 Q1"})
    assert "cannot change" in response.content.decode()
    data_set.refresh_from_db()
    assert data_set.first_period == "2016/17 Q3"


def test_deleting_a_data_set_without_returns(client_for, coordinator, data_set, partnership_a):
    client = client_for(coordinator)
    url = reverse("indicators:data_set_delete", args=[data_set.pk])
    assert "No agency has made a return" in client.get(url).content.decode()
    assert client.post(url).status_code == 302
    assert not DataSet.objects.exists()


def test_a_data_set_with_returns_not_yet_approved_is_kept_with_them(
    client_for, coordinator, data_set, police_a
):
    """A return a partner sent is their record: deleting the data set would destroy it."""
    submitted(data_set, police_a, period=Q4)
    client = client_for(coordinator)
    url = reverse("indicators:data_set_delete", args=[data_set.pk])
    page = client.get(url).content.decode()
    assert "Police" in page and "2016/17 Q4" in page and "Submitted, awaiting approval" in page
    assert "cannot be deleted: agencies have sent 1 return for it" in page
    assert "Delete the data set" not in page
    assert client.post(url, {"confirm": "on"}).status_code == 400
    assert DataSet.objects.exists() and DataReturn.objects.exists()


def test_a_data_set_with_approved_returns_is_not_deleted(
    client_for, coordinator, data_set, police_a
):
    submitted(data_set, police_a, period=Q4).approve(coordinator)
    client = client_for(coordinator)
    url = reverse("indicators:data_set_delete", args=[data_set.pk])
    assert "cannot be deleted: agencies have sent 1 return for it (Police 2016/17 Q4)" in (
        client.get(url).content.decode()
    )
    assert client.post(url, {"confirm": "on"}).status_code == 400
    assert DataSet.objects.exists()


def test_setup_pages_permissions(
    client, client_for, viewer, contributor, lead_b, partnership_a, data_set
):
    urls = [
        reverse("indicators:settings", args=[partnership_a.slug]),
        reverse("indicators:data_set_edit", args=[data_set.pk]),
        reverse("indicators:data_set_delete", args=[data_set.pk]),
    ]
    for url in urls:  # anonymous first: client_for signs this same client in
        assert client.get(url).status_code == 302
    for url in urls:
        assert client_for(viewer).get(url).status_code == 403
        assert client_for(contributor).get(url).status_code == 403
        assert client_for(lead_b).get(url).status_code == 404
        assert client_for(contributor).post(url, {"confirm": "on"}).status_code == 403
    assert DataSet.objects.exists()
