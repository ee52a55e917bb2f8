"""The partnership's search finds the notes leads gave in past review rounds: members
only, and only notes others may read (submitted or accepted, never a draft)."""

import pytest
from django.urls import reverse

from cairn.reviews.models import Update

pytestmark = pytest.mark.django_db


@pytest.fixture
def past_note(round_a, action_a, lead, on_track):
    """A submitted note of the 2016/17 Q2 round; the action's latest note has moved on."""
    action_a.progress_note = "All six refuges now take referrals online"
    action_a.save(update_fields=["progress_note"])
    return Update.objects.create(
        round=round_a,
        action=action_a,
        state=Update.State.SUBMITTED,
        status=on_track,
        note="The helpline contract was signed with the county",
        author=lead,
    )


def search(client, slug, q):
    response = client.get(reverse("plans:search", args=[slug]), {"q": q})
    return response.status_code, response.content.decode()


def test_a_past_round_note_is_found_and_links_to_its_action(
    client_for, viewer, partnership_a, past_note
):
    status, page = search(client_for(viewer), partnership_a.slug, "helpline contract")
    assert status == 200
    assert "1 result" in page
    assert "Round note on 2016/17 Q2 review:" in page
    assert "The helpline contract was signed with the county" in page
    assert f'href="/actions/{past_note.action_id}/"' in page


def test_an_accepted_note_is_found_too(client_for, viewer, partnership_a, past_note):
    past_note.state = Update.State.ACCEPTED
    past_note.save(update_fields=["state"])
    _, page = search(client_for(viewer), partnership_a.slug, "helpline")
    assert "The helpline contract was signed" in page


@pytest.mark.parametrize("state", [Update.State.DRAFT, Update.State.RETURNED])
def test_a_note_not_yet_submitted_is_not_found(
    client_for, viewer, coordinator, partnership_a, past_note, state
):
    past_note.state = state
    past_note.save(update_fields=["state"])
    for person in (viewer, coordinator):
        _, page = search(client_for(person), partnership_a.slug, "helpline")
        assert "0 results" in page and "helpline contract" not in page


def test_the_latest_note_is_found_once_as_the_actions_progress_note(
    client_for, viewer, partnership_a, past_note, action_a
):
    past_note.note = action_a.progress_note
    past_note.save(update_fields=["note"])
    _, page = search(client_for(viewer), partnership_a.slug, "refuges referrals")
    assert "1 result" in page and "Progress note" in page and "Round note" not in page


def test_a_deleted_actions_round_notes_are_not_found(
    client_for, coordinator, partnership_a, past_note, action_a
):
    from cairn.plans.deleting import soft_delete

    soft_delete(action_a, by=coordinator)
    _, page = search(client_for(coordinator), partnership_a.slug, "helpline")
    assert "0 results" in page


def test_another_partnership_neither_finds_the_note_nor_searches_here(
    client_for, lead_b, partnership_b, partnership_a, past_note
):
    status, page = search(client_for(lead_b), partnership_b.slug, "helpline")
    assert status == 200 and "0 results" in page
    status, _ = search(client_for(lead_b), partnership_a.slug, "helpline")
    assert status == 404


def test_anonymous_is_sent_to_sign_in(client, partnership_a, past_note):
    response = client.get(reverse("plans:search", args=[partnership_a.slug]), {"q": "helpline"})
    assert response.status_code == 302 and "sign-in" in response.url
