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


# ---------------------------------------------------------------- the update page


def submit(status, note="", **fields):
    return {"version": "0", "intent": "submit", "status": status.pk, "note": note, **fields}


def test_the_update_page_offers_the_schemes_statuses_as_radios_with_their_hints(
    client_for, lead, round_a, action_a, on_track
):
    on_track.description = "Going to plan: the deadline will be met."
    on_track.save()
    page = client_for(lead).get(update_url(round_a, action_a)).content.decode()
    assert 'type="radio" name="status"' in page and "<select" not in page
    assert "Going to plan: the deadline will be met." in page
    assert 'aria-describedby="id_status_0-hint"' in page or "-hint" in page


def test_the_update_page_marks_what_is_needed_truthfully(client_for, lead, round_a, action_a):
    page = client_for(lead).get(update_url(round_a, action_a)).content.decode()
    assert "Status (optional)" not in page and "Progress note (optional)" not in page
    assert "Needed to submit the update; a draft can be saved without one." in page
    assert "Needed if the status is At risk, Off track or Stalled" in page


def test_example_dates_are_near_today(client_for, lead, round_a, action_a, settings):
    import datetime as dt

    from cairn.reviews.forms import example_day, example_month

    assert example_month(dt.date(2026, 11, 30)) == "Feb 2027"
    assert example_day(dt.date(2026, 11, 30)) == "23 11 2026"
    page = client_for(lead).get(update_url(round_a, action_a)).content.decode()
    assert "14/9/2016" not in page and "“Mar 2017”" not in page


def test_an_exception_status_needs_a_note_even_when_it_has_not_changed(
    client_for, lead, round_a, action_a, at_risk
):
    action_a.status = at_risk
    action_a.progress_note = "Funding late."
    action_a.save()
    response = client_for(lead).post(update_url(round_a, action_a), submit(at_risk))
    assert "the status “At risk” needs a progress note" in response.content.decode()
    action_a.refresh_from_db()
    assert action_a.progress_note == "Funding late."  # not blanked


def test_after_a_submit_the_lead_moves_on_to_their_next_action_waiting(
    client_for, lead, round_a, three_led, on_track
):
    client = client_for(lead)
    response = client.post(update_url(round_a, three_led[0]), submit(on_track, "Done."))
    assert response["Location"] == update_url(round_a, three_led[1])
    page = client.get(response["Location"]).content.decode()
    assert f"Your update of {three_led[0].ref} is submitted. 2 actions still need an update" in (
        page
    )


def test_the_next_action_comes_round_to_the_start_of_the_plan(
    client_for, lead, round_a, three_led, on_track
):
    response = client_for(lead).post(update_url(round_a, three_led[2]), submit(on_track, "Ok"))
    assert response["Location"] == update_url(round_a, three_led[0])


def test_after_the_last_submit_the_lead_is_back_on_my_actions_with_all_done(
    client_for, lead, round_a, three_led, on_track
):
    client = client_for(lead)
    for action in three_led[:2]:
        save_update(round_a, action, lead, UpdateInput(on_track, "ok"), version=0, submit=True)
    response = client.post(update_url(round_a, three_led[2]), submit(on_track, "Last one."))
    assert response["Location"] == reverse("plans:my_actions")
    page = client.get(response["Location"]).content.decode()
    assert "every action you lead in the 2016/17 Q2 review has its update" in page
    assert "All done" in page


def test_a_draft_stays_on_its_page(client_for, lead, round_a, three_led, on_track):
    response = client_for(lead).post(
        update_url(round_a, three_led[0]), {**submit(on_track), "intent": "draft"}
    )
    assert response["Location"] == update_url(round_a, three_led[0])


def test_the_coordinator_goes_back_to_the_round_after_submitting_for_a_lead(
    client_for, coordinator, round_a, three_led, on_track
):
    response = client_for(coordinator).post(update_url(round_a, three_led[0]), submit(on_track))
    assert response["Location"] == reverse("reviews:round", args=[round_a.pk])


# ---------------------------------------------------------------- several on one page


def several_url(review_round, person):
    return reverse("reviews:my_updates", args=[review_round.pk, person.pk])


def several(actions, **given):
    """The page's fields: every action's version, and the status and note given for some,
    as {action: (status, note)}."""
    data = {f"action-{a.pk}-version": "0" for a in actions}
    for action, (status, note) in given.items():
        data[f"action-{action}-status"] = status.pk if status else ""
        data[f"action-{action}-note"] = note
    return data


def test_my_actions_offers_every_update_on_one_page(client_for, lead, round_a, three_led):
    page = client_for(lead).get(reverse("plans:my_actions")).content.decode()
    assert f'href="{several_url(round_a, lead)}">Update all 3 on one page' in page


def test_a_lead_gives_several_updates_on_one_page_and_submits_them_together(
    client_for, lead, round_a, three_led, on_track, at_risk
):
    client = client_for(lead)
    page = client.get(several_url(round_a, lead)).content.decode()
    assert "Update 3 actions on one page" in page
    for action in three_led:
        assert f'name="action-{action.pk}-status"' in page
    first, second, third = (a.pk for a in three_led)
    data = several(
        three_led,
        **{str(first): (on_track, "Helpline live."), str(second): (at_risk, "Funding late.")},
    )
    response = client.post(several_url(round_a, lead), data)
    assert response["Location"] == reverse("plans:my_actions")
    updates = {u.action_id: (u.state, u.status, u.note) for u in round_a.updates.all()}
    assert updates == {
        first: ("submitted", on_track, "Helpline live."),
        second: ("submitted", at_risk, "Funding late."),
    }  # the third, left blank, waits
    page = client.get(reverse("plans:my_actions")).content.decode()
    assert "2 updates are submitted." in page
    assert "1 of 3 actions still needs an update" in page


def test_one_wrong_update_on_the_page_saves_none_and_says_which(
    client_for, lead, round_a, three_led, on_track, at_risk
):
    first, second, _ = (a.pk for a in three_led)
    data = several(three_led, **{str(first): (on_track, "Fine."), str(second): (at_risk, "")})
    response = client_for(lead).post(several_url(round_a, lead), data)
    page = response.content.decode()
    assert response.status_code == 400
    assert "There is a problem: nothing was saved" in page
    assert f"{three_led[1].ref}: Say what is wrong and what is being done" in page
    assert f'href="#id_action-{second}-note"' in page
    assert not round_a.updates.exists()
    assert "Fine." in page  # what they typed is kept


@pytest.mark.parametrize(
    "data, message",
    [
        ({}, "There is a problem"),  # no fields at all
        ("blank", "Give at least one action a status before submitting."),
        ("note only", "Choose a status before submitting the update."),
        ("other scheme", "Choose one of your partnership&#x27;s statuses."),
    ],
)
def test_bad_input_on_the_page_of_several_is_refused_with_a_clear_message(
    client_for, lead, round_a, three_led, partnership_b, data, message
):
    from cairn.plans.factories import status

    first = three_led[0].pk
    if data == "blank":
        data = several(three_led)
    elif data == "note only":
        data = several(three_led, **{str(first): (None, "Words but no status.")})
    elif data == "other scheme":
        data = several(three_led, **{str(first): (status(partnership_b, "on_track"), "x")})
    response = client_for(lead).post(several_url(round_a, lead), data)
    assert response.status_code == 400
    assert message in response.content.decode()
    assert not round_a.updates.exists()


def test_a_closed_round_takes_none_of_several(
    client_for, lead, coordinator, round_a, three_led, on_track
):
    round_a.close(by=coordinator)
    data = several(three_led, **{str(three_led[0].pk): (on_track, "Late.")})
    response = client_for(lead).post(several_url(round_a, lead), data)
    assert response.status_code == 400
    assert "the 2016/17 Q2 round is closed and takes no more updates" in (response.content.decode())
    assert not round_a.updates.exists()


def test_the_page_of_several_is_the_leads_own(
    client_for, lead, viewer, coordinator, lead_b, partnership_a, round_a, three_led
):
    other = make_person("other.lead@a.example", "Olu Other", partnership_a, Role.LEAD)
    assert client_for(other).get(several_url(round_a, lead)).status_code == 403
    assert client_for(viewer).get(several_url(round_a, lead)).status_code == 403
    assert client_for(lead_b).get(several_url(round_a, lead)).status_code == 404
    # The coordinator may give them for the lead, and goes back to the round.
    assert client_for(coordinator).get(several_url(round_a, lead)).status_code == 200


def test_anonymous_is_sent_to_sign_in_from_the_page_of_several(client, round_a, lead):
    response = client.get(several_url(round_a, lead))
    assert response["Location"].startswith(reverse("accounts:sign_in"))
