"""The partnership page says what a lead still owes in the open rounds, and shows the
coordinator which rounds are open; a viewer sees neither."""

import datetime as dt

import pytest
from django.urls import reverse

from cairn.reviews.models import Update

pytestmark = pytest.mark.django_db


def home(client, partnership):
    response = client.get(reverse("accounts:partnership", args=[partnership.slug]))
    assert response.status_code == 200
    return response.content.decode()


def test_a_lead_is_told_how_many_updates_wait_and_where(
    client_for, lead, partnership_a, round_a, action_a, time_machine
):
    time_machine.move_to(dt.datetime(2016, 9, 10, 12, 0))
    page = home(client_for(lead), partnership_a)
    assert "1 of your 1 action still needs an update in the 2016/17 Q2 review" in page
    assert "by 30 September 2016" in page
    assert f'href="{reverse("plans:my_actions")}">Update your actions</a>' in page


def test_a_lead_with_every_update_given_is_told_it_is_all_done(
    client_for, lead, partnership_a, round_a, action_a, on_track, time_machine
):
    time_machine.move_to(dt.datetime(2016, 9, 10, 12, 0))
    Update.objects.create(
        round=round_a, action=action_a, state=Update.State.SUBMITTED, status=on_track
    )
    page = home(client_for(lead), partnership_a)
    assert "All done: your 1 action in the 2016/17 Q2 review has its update." in page


def test_the_coordinator_sees_the_open_rounds(client_for, coordinator, partnership_a, round_a):
    page = home(client_for(coordinator), partnership_a)
    assert "Open review rounds" in page
    assert f'href="{reverse("reviews:round", args=[round_a.pk])}"' in page


def test_a_viewer_sees_no_panel(client_for, viewer, partnership_a, round_a, action_a):
    page = home(client_for(viewer), partnership_a)
    assert "Open review rounds" not in page and "still needs an update" not in page


def test_a_closed_round_is_not_mentioned(client_for, coordinator, lead, partnership_a, round_a):
    round_a.close(by=coordinator)
    assert "Open review rounds" not in home(client_for(coordinator), partnership_a)
    assert "needs an update" not in home(client_for(lead), partnership_a)
