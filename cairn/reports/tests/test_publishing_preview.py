"""Confirm before it goes out: publishing shows a preview of the public page first, and the
coordinator chooses whether progress notes appear only once accepted in a round (the
default) or as given."""

from __future__ import annotations

import datetime as dt

import pytest
from django.urls import reverse

from cairn.plans.factories import status
from cairn.reports.models import Publication
from cairn.reports.publishing import NOTES_ACCEPTED, NOTES_AS_GIVEN, build_snapshot, publish
from cairn.reviews.models import ReviewRound
from cairn.reviews.updates import UpdateInput, accept_update, save_update

TODAY = dt.date(2016, 9, 20)
AT_RISK_NOTE = "Funding withdrawn by the trust; the chair is furious."


def published_notes(plan, notes) -> dict[str, str]:
    snapshot = build_snapshot(plan, on=TODAY, notes=notes)
    return {
        action["ref"]: action["progress"]
        for theme in snapshot["themes"]
        for group in [theme, *theme["objectives"]]
        for action in group["actions"]
    }


@pytest.fixture
def round_a(plan_a, coordinator):
    return ReviewRound.objects.create(
        plan=plan_a,
        period="2016/17 Q2",
        opens_on=dt.date(2016, 9, 1),
        closes_on=dt.date(2016, 9, 30),
        opened_by=coordinator,
    )


@pytest.fixture
def on_track(partnership_a):
    return status(partnership_a, "on_track")


@pytest.fixture
def at_risk(partnership_a):
    return status(partnership_a, "at_risk")


@pytest.fixture
def noted(action_a):
    action_a.progress_note = "Agreed at the board in June."
    action_a.save()
    return action_a


def test_a_note_no_lead_gave_in_a_round_is_published_in_either_mode(plan_a, noted):
    assert published_notes(plan_a, NOTES_ACCEPTED)["1.1.1"] == "Agreed at the board in June."
    assert published_notes(plan_a, NOTES_AS_GIVEN)["1.1.1"] == "Agreed at the board in June."


def test_a_leads_unreviewed_note_waits_for_acceptance_unless_notes_go_as_given(
    plan_a, round_a, noted, lead, coordinator, at_risk
):
    update = save_update(
        round_a, noted, lead, UpdateInput(at_risk, AT_RISK_NOTE), version=0, submit=True
    )
    assert published_notes(plan_a, NOTES_ACCEPTED)["1.1.1"] == ""
    assert published_notes(plan_a, NOTES_AS_GIVEN)["1.1.1"] == AT_RISK_NOTE
    accept_update(update, coordinator, version=update.version)
    assert published_notes(plan_a, NOTES_ACCEPTED)["1.1.1"] == AT_RISK_NOTE


def test_the_last_accepted_note_stands_while_the_next_rounds_waits(
    plan_a, round_a, noted, lead, coordinator, on_track, at_risk
):
    first = save_update(
        round_a, noted, lead, UpdateInput(on_track, "Q2: on track."), version=0, submit=True
    )
    accept_update(first, coordinator, version=first.version)
    q3 = ReviewRound.objects.create(
        plan=plan_a,
        period="2016/17 Q3",
        opens_on=dt.date(2016, 12, 1),
        closes_on=dt.date(2016, 12, 31),
        opened_by=coordinator,
    )
    save_update(q3, noted, lead, UpdateInput(at_risk, AT_RISK_NOTE), version=0, submit=True)
    assert published_notes(plan_a, NOTES_ACCEPTED)["1.1.1"] == "Q2: on track."


# ---------------------------------------------------------------- the pages


def url(name, plan):
    return reverse(f"reports:{name}", args=[plan.pk])


def test_the_publishing_page_asks_how_notes_appear_and_leads_to_a_preview(
    client_for, coordinator, plan_a
):
    page = client_for(coordinator).get(url("publication", plan_a)).content.decode()
    assert "Progress notes on the public page" in page
    assert 'value="accepted" aria-describedby="id_notes_0-hint" checked' in page
    assert f'action="{url("publication_preview", plan_a)}"' in page
    assert "Preview the public page" in page


def test_the_preview_shows_the_public_page_and_publishes_nothing(
    client_for, coordinator, plan_a, round_a, noted, lead, at_risk
):
    save_update(round_a, noted, lead, UpdateInput(at_risk, AT_RISK_NOTE), version=0, submit=True)
    client = client_for(coordinator)
    page = client.get(url("publication_preview", plan_a), {"notes": "accepted"}).content.decode()
    assert "Preview the public page" in page and "Nothing is published yet" in page
    assert plan_a.title in page and "Action number 1" in page
    assert AT_RISK_NOTE not in page  # not accepted yet
    assert 'name="notes" value="accepted"' in page and ">Publish</button>" in page
    assert not Publication.objects.exists()
    page = client.get(url("publication_preview", plan_a), {"notes": "as_given"}).content.decode()
    assert AT_RISK_NOTE in page


def test_publishing_from_the_preview_keeps_the_choice_for_next_time(
    client_for, coordinator, plan_a
):
    client = client_for(coordinator)
    response = client.post(url("publication", plan_a), {"notes": "as_given"})
    assert response.status_code == 302
    assert Publication.objects.get().snapshot["notes"] == NOTES_AS_GIVEN
    page = client.get(url("publication", plan_a)).content.decode()
    assert 'value="as_given" aria-describedby="id_notes_1-hint" checked' in page
    assert "Republish with today" not in page  # that button is on the preview
    page = client.get(url("publication_preview", plan_a), {"notes": "as_given"}).content.decode()
    assert "Republish with today's progress" in page


@pytest.mark.parametrize("notes", [None, "", "everything", "x" * 10_000])
def test_a_bad_notes_choice_is_refused_with_a_message_and_nothing_published(
    client_for, coordinator, plan_a, notes
):
    client = client_for(coordinator)
    data = {} if notes is None else {"notes": notes}
    for response in (
        client.get(url("publication_preview", plan_a), data),
        client.post(url("publication", plan_a), data),
    ):
        assert response.status_code == 400
        assert "Choose when progress notes appear" in response.content.decode()
    assert not Publication.objects.exists()


def test_only_the_coordinator_previews(client_for, viewer, lead, lead_b, plan_a, client):
    preview = url("publication_preview", plan_a)
    assert client_for(viewer).get(preview, {"notes": "accepted"}).status_code == 403
    assert client_for(lead).get(preview, {"notes": "accepted"}).status_code == 403
    assert client_for(lead_b).get(preview, {"notes": "accepted"}).status_code == 404
    client.logout()
    assert client.get(preview).status_code == 302


def test_publish_keeps_accepted_notes_by_default(plan_a, coordinator):
    assert publish(plan_a, by=coordinator).snapshot["notes"] == NOTES_ACCEPTED
