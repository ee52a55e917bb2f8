"""A lead's update: draft, submit, bad input, conflicts, and the coordinator's review."""

from __future__ import annotations

import html

import pytest
from django.urls import reverse

from cairn.plans.factories import make_milestone
from cairn.plans.models import Status
from cairn.reviews.models import NOTE_MAX_LENGTH, ReviewRound, Update
from cairn.reviews.updates import UpdateInput, save_update


def update_url(review_round, action):
    return reverse("reviews:update", args=[review_round.pk, action.pk])


def form(**fields):
    return {"version": "0", "intent": "submit", "status": "", "note": "", **fields}


def test_lead_sees_the_form(client_for, lead, round_a, action_a):
    response = client_for(lead).get(update_url(round_a, action_a))
    assert response.status_code == 200
    assert b"Submit update" in response.content


def test_an_empty_post_is_refused_with_a_message_not_a_500(client_for, lead, round_a, action_a):
    response = client_for(lead).post(update_url(round_a, action_a), {})
    assert response.status_code == 200
    assert b"There is a problem" in response.content
    assert not Update.objects.exists()


def test_lead_saves_a_draft_and_the_action_is_unchanged(
    client_for, lead, round_a, action_a, on_track
):
    response = client_for(lead).post(
        update_url(round_a, action_a),
        form(intent="draft", status=on_track.pk, note="Half way there."),
    )
    assert response.status_code == 302
    update = Update.objects.get()
    assert (update.state, update.note, update.author) == ("draft", "Half way there.", lead)
    action_a.refresh_from_db()
    assert action_a.status is None and action_a.progress_note == ""


def test_submitting_sets_the_actions_status_note_and_milestones(
    client_for, lead, round_a, action_a, on_track
):
    milestone = make_milestone(action_a, "Write the protocol", "Aug 2016")
    response = client_for(lead).post(
        update_url(round_a, action_a),
        form(
            status=on_track.pk,
            note="Protocol written.",
            **done_on(milestone, "12", "8", "2016"),
        ),
    )
    assert response.status_code == 302
    action_a.refresh_from_db()
    milestone.refresh_from_db()
    assert action_a.status == on_track
    assert action_a.progress_note == "Protocol written."
    assert str(milestone.done_on) == "2016-08-12"
    assert Update.objects.get().state == "submitted"
    assert action_a.history.first().history_user == lead


@pytest.mark.parametrize(
    "fields, message",
    [
        ({"status": "999999"}, "Choose one of your partnership's statuses."),
        ({"note": "x" * (NOTE_MAX_LENGTH + 1)}, f"Keep the progress note to {NOTE_MAX_LENGTH:,}"),
        ({"status": ""}, "Choose a status before submitting the update."),
        ({"revised_deadline_text": "whenever", "revised_deadline_reason": "Busy"}, "cannot read"),
        ({"revised_deadline_text": "Mar 2017"}, "Say why the deadline must move."),
    ],
)
def test_bad_update_input_is_refused_and_changes_nothing(
    client_for, lead, round_a, action_a, on_track, fields, message
):
    data = form(status=on_track.pk, note="Fine.")
    data.update(fields)
    response = client_for(lead).post(update_url(round_a, action_a), data)
    assert response.status_code == 200
    assert message in html.unescape(response.content.decode())
    assert not Update.objects.exists()
    action_a.refresh_from_db()
    assert action_a.status is None


def test_a_status_of_another_partnerships_scheme_is_refused(
    client_for, lead, round_a, action_a, partnership_b
):
    theirs = Status.objects.filter(scheme__partnership=partnership_b).first()
    response = client_for(lead).post(update_url(round_a, action_a), form(status=theirs.pk))
    assert "Choose one of your partnership&#x27;s statuses." in response.content.decode()
    assert not Update.objects.exists()


def done_on(milestone, day: str, month: str, year: str) -> dict[str, str]:
    """The GOV.UK date input's three boxes for when a milestone was done."""
    name = f"milestone_{milestone.pk}"
    return {f"{name}_day": day, f"{name}_month": month, f"{name}_year": year}


def test_done_on_is_a_govuk_date_input(client_for, lead, round_a, action_a):
    milestone = make_milestone(action_a, "Write the protocol", "Aug 2016")
    page = client_for(lead).get(update_url(round_a, action_a)).content.decode()
    name = f"milestone_{milestone.pk}"
    assert (
        '<legend class="govuk-fieldset__legend govuk-fieldset__legend--s">Write the protocol'
        in page
    )
    assert "Due Aug 2016. The day it was done; leave it blank if it is not done yet." in page
    for box in ("day", "month", "year"):
        assert f'name="{name}_{box}"' in page and 'inputmode="numeric"' in page


@pytest.mark.parametrize(
    ("day", "month", "year", "message"),
    [
        ("31", "2", "2016", "Enter a real date, for example 31 3 2017."),
        ("1", "13", "2016", "Enter a real date, for example 31 3 2017."),
        ("12", "", "2016", "Enter the day, month and year."),
        ("12", "8", "16", "The year must have 4 numbers, for example 2017."),
        ("next", "Tuesday", "2016", "Enter a real date, for example 31 3 2017."),
        ("1", "1", "2099", "The date done cannot be in the future."),
    ],
)
def test_an_impossible_milestone_date_is_refused(
    client_for, lead, round_a, action_a, on_track, day, month, year, message
):
    milestone = make_milestone(action_a, "Write the protocol", "Aug 2016")
    response = client_for(lead).post(
        update_url(round_a, action_a),
        form(status=on_track.pk, **done_on(milestone, day, month, year)),
    )
    assert response.status_code == 200
    assert message in response.content.decode()
    assert "govuk-input--error" in response.content.decode()
    assert not Update.objects.exists()
    milestone.refresh_from_db()
    assert milestone.done_on is None


@pytest.mark.parametrize(
    ("text", "saved"), [("2016-08-12", "2016-08-12"), ("12/8/2016", "2016-08-12"), ("", None)]
)
def test_done_on_sent_as_one_text_is_read_too(
    client_for, lead, round_a, action_a, on_track, text, saved
):
    # The JSON API sends the date whole ("2016-08-12"); the form reads it the same way.
    milestone = make_milestone(action_a, "Write the protocol", "Aug 2016")
    response = client_for(lead).post(
        update_url(round_a, action_a),
        form(status=on_track.pk, **{f"milestone_{milestone.pk}": text}),
    )
    assert response.status_code == 302
    milestone.refresh_from_db()
    assert (str(milestone.done_on) if milestone.done_on else None) == saved


def test_done_on_sent_as_one_impossible_text_is_refused(
    client_for, lead, round_a, action_a, on_track
):
    milestone = make_milestone(action_a, "Write the protocol", "Aug 2016")
    response = client_for(lead).post(
        update_url(round_a, action_a),
        form(status=on_track.pk, **{f"milestone_{milestone.pk}": "next Tuesday"}),
    )
    assert "Enter a real date as day/month/year" in response.content.decode()
    assert not Update.objects.exists()


def test_moving_into_an_exception_status_needs_a_note(client_for, lead, round_a, action_a, at_risk):
    response = client_for(lead).post(update_url(round_a, action_a), form(status=at_risk.pk))
    assert "needs a progress note" in response.content.decode()
    assert not Update.objects.exists()
    response = client_for(lead).post(
        update_url(round_a, action_a), form(status=at_risk.pk, note="Funding late; chasing.")
    )
    assert response.status_code == 302


def test_an_action_that_is_not_the_leads_is_refused(client_for, lead, round_a, plan_a, on_track):
    not_theirs = plan_a.themes.first().actions.all()[3]
    client = client_for(lead)
    assert client.get(update_url(round_a, not_theirs)).status_code == 403
    response = client.post(update_url(round_a, not_theirs), form(status=on_track.pk, note="Hi"))
    assert response.status_code == 403
    assert not Update.objects.exists()


def test_viewer_gets_403_and_partnership_b_404(client_for, viewer, lead_b, round_a, action_a):
    assert client_for(viewer).post(update_url(round_a, action_a), form()).status_code == 403
    assert client_for(lead_b).get(update_url(round_a, action_a)).status_code == 404


def test_anonymous_is_sent_to_sign_in(client, round_a, action_a):
    response = client.get(update_url(round_a, action_a))
    assert response.status_code == 302 and "/sign-in/" in response["Location"]


def test_second_save_of_same_update_is_refused_and_shown_the_other_change(
    client_for, lead, coordinator, round_a, action_a, on_track, at_risk
):
    save_update(
        round_a,
        action_a,
        coordinator,
        UpdateInput(status=on_track, note="Coordinator's words"),
        version=0,
        submit=False,
    )
    # The lead opened the form before the coordinator saved: their version is 0.
    response = client_for(lead).post(
        update_url(round_a, action_a), form(status=at_risk.pk, note="Lead's words")
    )
    assert response.status_code == 409
    page = response.content.decode()
    assert "saved this update while you were editing it" in page
    assert "Coordinator&#x27;s words" in page
    assert "Lead&#x27;s words" in page  # still in the form, not lost
    update = Update.objects.get()
    assert update.note == "Coordinator's words" and update.version == 1
    # Saving again, having seen it, is a deliberate choice and works.
    response = client_for(lead).post(
        update_url(round_a, action_a), form(version="1", status=at_risk.pk, note="Lead's words")
    )
    assert response.status_code == 302
    assert Update.objects.get().note == "Lead's words"


def test_a_closed_round_takes_no_updates_until_reopened(
    client_for, lead, coordinator, round_a, action_a, on_track
):
    round_a.close(by=coordinator)
    client = client_for(lead)
    assert b"takes no more updates" in client.get(update_url(round_a, action_a)).content
    response = client.post(
        update_url(round_a, action_a), form(status=on_track.pk, note="Words worth keeping.")
    )
    assert response.status_code == 403
    assert not Update.objects.exists()
    # The refusal keeps the person's words on the page for them to copy.
    page = response.content.decode()
    assert "Nothing was saved: the 2016/17 Q2 round is closed" in page
    assert "Words worth keeping." in page
    round_a.reopen(by=coordinator)
    response = client.post(update_url(round_a, action_a), form(status=on_track.pk, note="x"))
    assert response.status_code == 302


def submitted(round_a, action_a, lead, status, note="Done the first half."):
    return save_update(
        round_a, action_a, lead, UpdateInput(status=status, note=note), version=0, submit=True
    )


def review(client, update, **data):
    return client.post(reverse("reviews:review", args=[update.pk]), data)


def test_coordinator_accepts_and_the_revised_deadline_applies(
    client_for, coordinator, lead, round_a, action_a, on_track
):
    update = save_update(
        round_a,
        action_a,
        lead,
        UpdateInput(
            status=on_track,
            note="n",
            revised_deadline_text="Mar 2017",
            revised_deadline_reason="Waiting for funding",
        ),
        version=0,
        submit=True,
    )
    action_a.refresh_from_db()
    assert action_a.deadline_text == "Sep 2016"  # waits for the coordinator
    response = review(client_for(coordinator), update, decision="accept", version=update.version)
    assert response.status_code == 302
    update.refresh_from_db()
    action_a.refresh_from_db()
    assert update.state == "accepted" and update.reviewed_by == coordinator
    assert action_a.deadline_text == "Mar 2017"
    assert str(action_a.deadline_end) == "2017-03-31"


def test_coordinator_returns_with_a_comment(
    client_for, coordinator, lead, round_a, action_a, on_track
):
    update = submitted(round_a, action_a, lead, on_track)
    client = client_for(coordinator)
    review(client, update, decision="return", comment="", version=update.version)
    update.refresh_from_db()
    assert update.state == "submitted"
    review(client, update, decision="return", comment="Say which schools.", version=update.version)
    update.refresh_from_db()
    assert (update.state, update.review_comment) == ("returned", "Say which schools.")
    page = client_for(lead).get(update_url(round_a, action_a)).content.decode()
    assert "Say which schools." in page and "Update returned" in page


def test_override_takes_precedence_and_both_statuses_stay_visible(
    client_for, coordinator, lead, round_a, action_a, on_track, at_risk
):
    update = submitted(round_a, action_a, lead, on_track)
    response = review(
        client_for(coordinator),
        update,
        decision="override",
        override_status=at_risk.pk,
        override_reason="Two schools have not started.",
        version=update.version,
    )
    assert response.status_code == 302
    update.refresh_from_db()
    action_a.refresh_from_db()
    assert update.status == on_track and update.override_status == at_risk
    assert action_a.status == at_risk
    page = client_for(lead).get(reverse("plans:action", args=[action_a.pk])).content.decode()
    assert "Status overridden: At risk (lead said On track)" in page
    assert "Two schools have not started." in page


def test_an_override_needs_a_reason(
    client_for, coordinator, lead, round_a, action_a, on_track, at_risk
):
    update = submitted(round_a, action_a, lead, on_track)
    review(
        client_for(coordinator),
        update,
        decision="override",
        override_status=at_risk.pk,
        override_reason="",
        version=update.version,
    )
    update.refresh_from_db()
    assert update.override_status is None


def test_a_review_from_an_old_version_is_refused(
    client_for, coordinator, lead, round_a, action_a, on_track
):
    update = submitted(round_a, action_a, lead, on_track)
    old = update.version
    save_update(
        round_a,
        action_a,
        lead,
        UpdateInput(status=on_track, note="Newer"),
        version=old,
        submit=True,
    )
    response = review(client_for(coordinator), update, decision="accept", version=old)
    assert response.status_code == 302
    update.refresh_from_db()
    assert update.state == "submitted"


def test_lead_and_viewer_cannot_review_and_b_gets_404(
    client_for, lead, viewer, lead_b, round_a, action_a, on_track
):
    update = submitted(round_a, action_a, lead, on_track)
    for user, code in [(lead, 403), (viewer, 403), (lead_b, 404)]:
        response = review(client_for(user), update, decision="accept", version=update.version)
        assert response.status_code == code
    update.refresh_from_db()
    assert update.state == "submitted"


def test_a_locked_round_is_read_only_for_everyone(
    client_for, coordinator, lead, round_a, action_a, on_track
):
    update = submitted(round_a, action_a, lead, on_track)
    round_a.close(by=coordinator)
    round_a.lock(by=coordinator)
    review(client_for(coordinator), update, decision="accept", version=update.version)
    update.refresh_from_db()
    assert update.state == "submitted"
    response = client_for(coordinator).post(update_url(round_a, action_a), form(status=on_track.pk))
    assert response.status_code == 403
    assert round_a.history.first().state == ReviewRound.State.LOCKED


def test_coordinator_reads_the_leads_update_then_reviews_it(
    client_for, coordinator, lead, round_a, action_a, on_track
):
    """The lead's words are shown to read, the review comes first, and the coordinator's own
    form for changing the update is folded away so it is not mistaken for the review."""
    save_update(
        round_a,
        action_a,
        lead,
        UpdateInput(on_track, "Training delivered."),
        version=0,
        submit=True,
    )
    page = html.unescape(
        client_for(coordinator).get(update_url(round_a, action_a)).content.decode()
    )
    assert '<dd class="govuk-summary-list__value">Training delivered.</dd>' in page
    assert page.index("Review this update") < page.index("Change the update for the lead yourself")
    assert page.index('<details class="govuk-details">') < page.index("Submit update")


def test_lead_sees_their_form_unfolded(client_for, lead, round_a, action_a, on_track):
    save_update(
        round_a, action_a, lead, UpdateInput(on_track, "Half way."), version=0, submit=False
    )
    page = client_for(lead).get(update_url(round_a, action_a)).content.decode()
    assert "govuk-details" not in page and "Review this update" not in page
