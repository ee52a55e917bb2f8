"""A lead's round: My actions counts what is due, each due action has its own "Update" link,
and the round page links only the people who may update to the update pages."""

from __future__ import annotations

import pytest
from django.urls import reverse

from cairn.accounts.models import Role
from cairn.plans.factories import make_person
from cairn.reviews.updates import UpdateInput, save_update


def update_url(review_round, action):
    return reverse("reviews:update", args=[review_round.pk, action.pk])


@pytest.fixture
def three_led(round_a, lead):
    """Three of plan A's four actions led by `lead`."""
    actions = list(round_a.plan.themes.first().actions.order_by("order")[:3])
    for action in actions:
        action.lead_people.add(lead)
    return actions


def test_my_actions_counts_what_still_needs_an_update(
    client_for, lead, round_a, three_led, on_track
):
    save_update(round_a, three_led[0], lead, UpdateInput(on_track, "ok"), version=0, submit=True)
    save_update(round_a, three_led[1], lead, UpdateInput(on_track, "ok"), version=0, submit=False)
    page = client_for(lead).get(reverse("plans:my_actions")).content.decode()
    # A draft is not an update yet: two of the three still need one.
    assert "2 of 3 actions still need an update" in page
    for action in three_led:
        assert f'href="{update_url(round_a, action)}"' in page
        assert f"Update {action.ref}" in page  # each link begins "Update"
    assert "Submitted" in page and "Draft: not submitted" in page and "Needs an update" in page


def test_my_actions_says_all_done_once_every_update_is_submitted(
    client_for, lead, round_a, three_led, on_track
):
    for action in three_led:
        save_update(round_a, action, lead, UpdateInput(on_track, "ok"), version=0, submit=True)
    page = client_for(lead).get(reverse("plans:my_actions")).content.decode()
    assert "All done: all 3 of your actions have their updates" in page
    assert "still need" not in page


def test_my_actions_says_one_of_one_in_the_singular(client_for, lead, round_a, action_a):
    page = client_for(lead).get(reverse("plans:my_actions")).content.decode()
    assert "1 of 1 action still needs an update" in page


def test_my_actions_lists_every_led_action_as_stacking_rows(client_for, lead, round_a, action_a):
    page = client_for(lead).get(reverse("plans:my_actions")).content.decode()
    assert '<table class="govuk-table cairn-stacked-table">' in page
    assert 'data-label="Deadline"' in page and 'data-label="Status"' in page


def test_the_round_page_links_the_coordinator_to_every_update_page(
    client_for, coordinator, round_a, action_a
):
    page = client_for(coordinator).get(reverse("reviews:round", args=[round_a.pk])).content
    for action in round_a.plan.themes.first().actions.all():
        assert update_url(round_a, action).encode() in page


def test_the_round_page_links_a_lead_only_to_the_updates_of_their_own_actions(
    client_for, lead, round_a, action_a
):
    page = client_for(lead).get(reverse("reviews:round", args=[round_a.pk])).content.decode()
    assert update_url(round_a, action_a) in page
    for other in round_a.plan.themes.first().actions.exclude(pk=action_a.pk):
        assert update_url(round_a, other) not in page
        assert f'href="{reverse("plans:action", args=[other.pk])}"' in page  # read-only
    assert "You can update the actions you lead; the others are here to read." in page


@pytest.mark.parametrize("role", [Role.VIEWER, Role.DATA_CONTRIBUTOR, Role.LEAD])
def test_the_round_page_links_no_update_page_for_people_who_cannot_update(
    client_for, partnership_a, round_a, action_a, role
):
    """A viewer, a data contributor and a lead of none of the actions read every action."""
    person = make_person(f"{role}@elsewhere.example", "Someone Else", partnership_a, role)
    response = client_for(person).get(reverse("reviews:round", args=[round_a.pk]))
    page = response.content.decode()
    assert response.status_code == 200
    assert reverse("reviews:update", args=[round_a.pk, action_a.pk]) not in page
    assert f'href="{reverse("plans:action", args=[action_a.pk])}"' in page
    assert "Its leads and the coordinator give its updates." in page
    # The update pages they are not linked to would refuse them.
    assert client_for(person).get(update_url(round_a, action_a)).status_code == 403
