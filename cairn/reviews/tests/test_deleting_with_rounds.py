"""A deleted action's round updates are listed before the click, hidden after it (round
page, reports, the public page) and back when the action is restored."""

from __future__ import annotations

import datetime as dt

import pytest
from django.urls import reverse

from cairn.plans import deleting
from cairn.reports.data import report_data
from cairn.reports.publishing import publish
from cairn.reviews.models import Update

pytestmark = pytest.mark.django_db


@pytest.fixture
def update_a(round_a, action_a, lead, on_track):
    return Update.objects.create(
        round=round_a,
        action=action_a,
        state=Update.State.SUBMITTED,
        status=on_track,
        note="Training booked for all officers.",
        author=lead,
    )


def test_the_confirmation_lists_the_round_updates(client_for, coordinator, action_a, update_a):
    page = client_for(coordinator).get(reverse("plans:action_delete", args=[action_a.pk]))
    assert "1 round update" in page.content.decode()
    theme_page = client_for(coordinator).get(
        reverse("plans:theme_delete", args=[action_a.theme_id])
    )
    assert "1 round update" in theme_page.content.decode()


def test_a_deleted_actions_updates_are_hidden_then_restored(
    client_for, coordinator, action_a, update_a, round_a, plan_a
):
    deletion = deleting.soft_delete(action_a, by=coordinator)
    assert not Update.objects.exists() and Update.all_objects.count() == 1
    round_page = client_for(coordinator).get(reverse("reviews:round", args=[round_a.pk]))
    assert action_a.title not in round_page.content.decode()
    data = report_data(plan_a, round_a, on=dt.date(2016, 9, 20))
    assert action_a.pk not in [row.pk for row in data.actions]
    assert sum(r.total for r in data.movement) == 0
    deleting.restore(deletion, by=coordinator)
    assert Update.objects.get() == update_a


def test_a_deleted_plans_public_page_is_gone(client, coordinator, plan_a, action_a):
    publication = publish(plan_a, by=coordinator)
    url = reverse("reports:public", args=[publication.token])
    assert client.get(url).status_code == 200
    deletion = deleting.soft_delete(plan_a, by=coordinator)
    assert client.get(url).status_code == 404
    deleting.restore(deletion, by=coordinator)
    assert client.get(url).status_code == 200
