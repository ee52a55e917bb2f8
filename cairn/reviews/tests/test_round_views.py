"""Opening, following, closing and locking a round, and who may do each."""

from __future__ import annotations

import datetime as dt
import re

import pytest
from django.test import Client
from django.urls import reverse

from cairn.accounts import people
from cairn.accounts.models import Membership
from cairn.lib.kept import CSRF_HOLE
from cairn.plans.factories import status
from cairn.reviews.models import ReviewRound
from cairn.reviews.rounds import NOBODY_TO_ASK, round_summary
from cairn.reviews.updates import UpdateInput, save_update


def open_round_url(plan):
    return reverse("reviews:open_round", args=[plan.pk])


def round_url(review_round):
    return reverse("reviews:round", args=[review_round.pk])


OPEN_FORM = {
    "period": "2016/17 Q3",
    "opens_on_day": "1",
    "opens_on_month": "12",
    "opens_on_year": "2016",
    "closes_on_day": "31",
    "closes_on_month": "12",
    "closes_on_year": "2016",
    "remind_days_before": "5",
}


def test_coordinator_opens_a_round_and_each_lead_gets_one_email(
    client_for,
    coordinator,
    lead,
    plan_a,
    action_a,
    immediate_tasks,
    mailoutbox,
    django_capture_on_commit_callbacks,
):
    second = plan_a.themes.first().actions.all()[1]
    second.lead_people.add(lead)
    with django_capture_on_commit_callbacks(execute=True):
        response = client_for(coordinator).post(open_round_url(plan_a), OPEN_FORM)
    review_round = ReviewRound.objects.get(plan=plan_a, period="2016/17 Q3")
    assert response.status_code == 302
    assert response["Location"] == round_url(review_round)
    assert review_round.closes_on == dt.date(2016, 12, 31)
    assert review_round.history.first().history_user == coordinator
    assert [m.to for m in mailoutbox] == [["lead@a.example"]]
    body = mailoutbox[0].body
    assert "1.1.1 Action number 1" in body and "1.1.2 Action number 2" in body
    assert "/sign-in/link/?sesame=" in body


def test_open_round_form_works(client_for, coordinator, plan_a):
    response = client_for(coordinator).get(open_round_url(plan_a))
    assert response.status_code == 200
    page = response.content.decode()
    assert "Open a review round" in page
    # GOV.UK fields: a label and a hint above each input, not Django's "Period:".
    assert '<label class="govuk-label govuk-label--s" for="id_period">Period</label>' in page
    assert 'class="govuk-hint"' in page and "Period:" not in page


@pytest.mark.parametrize(
    "change, message",
    [
        ({"closes_on_month": "13"}, "Enter a real date, for example 31 3 2017."),
        ({"closes_on_day": "yesterday"}, "Enter a real date, for example 31 3 2017."),
        ({"closes_on_year": "16"}, "The year must have 4 numbers, for example 2017."),
        (
            {"closes_on_day": "", "closes_on_month": "", "closes_on_year": ""},
            "Enter the closing date.",
        ),
        ({"closes_on_day": "1", "closes_on_month": "11"}, "The round must close on or after"),
        ({"period": ""}, "Enter the period the round covers."),
        ({"remind_days_before": ""}, "Enter how many days before closing to remind leads"),
        ({"remind_days_before": "a week"}, "Enter a whole number of days, for example 7."),
        ({"remind_days_before": "90"}, "Remind leads at most 60 days before the round closes."),
    ],
)
def test_bad_round_input_is_refused_with_a_clear_message(
    client_for, coordinator, plan_a, change, message
):
    response = client_for(coordinator).post(open_round_url(plan_a), {**OPEN_FORM, **change})
    assert response.status_code == 200
    assert message in response.content.decode()
    assert "<title>Error: Open a review round" in response.content.decode()
    assert not ReviewRound.objects.exists()


def test_a_second_round_for_the_same_period_is_refused(client_for, coordinator, plan_a, round_a):
    response = client_for(coordinator).post(
        open_round_url(plan_a), {**OPEN_FORM, "period": "2016/17 Q2"}
    )
    assert "This plan already has a 2016/17 Q2 round." in response.content.decode()
    assert ReviewRound.objects.count() == 1


def test_round_page_counts_by_agency_and_lead(client_for, coordinator, round_a, action_a, lead):
    response = client_for(coordinator).get(round_url(round_a))
    assert response.status_code == 200
    page = response.content.decode()
    assert "0 updated · 0 in draft · 4 outstanding, of 4 actions." in page
    assert "Lee Lead" in page
    assert "Chase leads with updates outstanding" in page


def test_round_page_does_not_count_actions_finished_before_the_round(
    client_for, coordinator, round_a, action_a, lead, partnership_a
):
    """The round asks nobody about a complete action, so it is not "outstanding" either."""
    finished = round_a.plan.themes.first().actions.exclude(pk=action_a.pk).first()
    finished.status = status(partnership_a, "complete")
    finished.save()
    summary = round_summary(round_a, on=dt.date(2016, 9, 5))
    assert (summary.overall.outstanding, summary.overall.total, summary.not_asked) == (3, 3, 1)
    page = client_for(coordinator).get(round_url(round_a)).content.decode()
    assert "of 3 actions. 1 action was already finished, so not asked." in page
    assert "Not asked: finished" in page


def test_round_page_shows_outstanding_actions_with_nobody_to_ask(
    client_for, coordinator, round_a, action_a, lead
):
    """Chasing cannot reach an action with no lead in Cairn: the page says so by lead."""
    summary = round_summary(round_a, on=dt.date(2016, 9, 5))
    by_lead = {t.name: (t.outstanding, t.person_pk) for t in summary.by_lead}
    assert by_lead == {"Lee Lead": (1, lead.pk), NOBODY_TO_ASK: (3, None)}
    page = client_for(coordinator).get(round_url(round_a)).content.decode()
    assert NOBODY_TO_ASK in page


def test_round_page_says_the_lead_has_left_and_asks_to_reassign(
    client_for, coordinator, lead, partnership_a, round_a, action_a
):
    membership = Membership.objects.get(user=lead, partnership=partnership_a)
    people.deactivate(membership, by=coordinator)
    page = client_for(coordinator).get(round_url(round_a)).content.decode()
    assert "Lead has left" in page
    assert "1 action is led by someone who has left the partnership" in page
    assert reverse("accounts:people", args=[partnership_a.slug]) in page


def test_viewer_reads_the_round_page_without_buttons(client_for, viewer, round_a):
    response = client_for(viewer).get(round_url(round_a))
    assert response.status_code == 200
    assert b"Chase leads with updates outstanding" not in response.content


@pytest.mark.parametrize("who", ["viewer", "lead"])
def test_only_the_coordinator_changes_a_round(client_for, request, round_a, plan_a, who):
    client = client_for(request.getfixturevalue(who))
    assert client.get(open_round_url(plan_a)).status_code == 403
    assert client.post(open_round_url(plan_a), OPEN_FORM).status_code == 403
    url = reverse("reviews:change_state", args=[round_a.pk])
    assert client.post(url, {"change": "close"}).status_code == 403
    assert client.post(reverse("reviews:chase", args=[round_a.pk])).status_code == 403
    round_a.refresh_from_db()
    assert round_a.state == ReviewRound.State.OPEN


def test_partnership_b_gets_404(client_for, lead_b, round_a, plan_a):
    client = client_for(lead_b)
    assert client.get(round_url(round_a)).status_code == 404
    assert client.get(open_round_url(plan_a)).status_code == 404
    url = reverse("reviews:change_state", args=[round_a.pk])
    assert client.post(url, {"change": "close"}).status_code == 404
    assert client.post(reverse("reviews:chase", args=[round_a.pk])).status_code == 404


def test_anonymous_is_sent_to_sign_in(client, round_a, plan_a):
    for url in [round_url(round_a), open_round_url(plan_a)]:
        response = client.get(url)
        assert response.status_code == 302
        assert response["Location"].startswith(reverse("accounts:sign_in"))


def test_close_reopen_lock_unlock_are_audited(client_for, coordinator, round_a):
    client = client_for(coordinator)
    url = reverse("reviews:change_state", args=[round_a.pk])
    for change, state in [
        ("close", "closed"),
        ("reopen", "open"),
        ("close", "closed"),
        ("lock", "locked"),
        ("unlock", "closed"),
    ]:
        client.post(url, {"change": change})
        round_a.refresh_from_db()
        assert round_a.state == state
    states = [h.state for h in round_a.history.order_by("history_date", "history_id")]
    assert states == ["open", "closed", "open", "closed", "locked", "closed"]
    assert {h.history_user for h in round_a.history.all()[:5]} == {coordinator}


def test_an_impossible_state_change_says_why(client_for, coordinator, round_a):
    response = client_for(coordinator).post(
        reverse("reviews:change_state", args=[round_a.pk]), {"change": "lock"}, follow=True
    )
    assert "Close the round before locking it." in response.content.decode()
    round_a.refresh_from_db()
    assert round_a.state == "open"


def test_chase_everyone_outstanding_emails_each_lead_once(
    client_for,
    coordinator,
    lead,
    round_a,
    action_a,
    immediate_tasks,
    mailoutbox,
    django_capture_on_commit_callbacks,
):
    with django_capture_on_commit_callbacks(execute=True):
        response = client_for(coordinator).post(reverse("reviews:chase", args=[round_a.pk]))
    assert response.status_code == 302
    assert [m.to for m in mailoutbox] == [["lead@a.example"]]
    assert "1.1.1 Action number 1" in mailoutbox[0].body


def test_my_actions_asks_only_about_actions_not_yet_finished(
    client_for, lead, round_a, action_a, partnership_a
):
    finished = round_a.plan.themes.first().actions.exclude(pk=action_a.pk).first()
    finished.lead_people.add(lead)
    finished.status = status(partnership_a, "complete")
    finished.save()
    page = client_for(lead).get(reverse("plans:my_actions")).content.decode()
    assert reverse("reviews:update", args=[round_a.pk, action_a.pk]) in page
    assert reverse("reviews:update", args=[round_a.pk, finished.pk]) not in page


def test_chase_names_the_leads_it_emails(
    client_for, coordinator, lead, round_a, action_a, immediate_tasks
):
    response = client_for(coordinator).post(
        reverse("reviews:chase", args=[round_a.pk]), follow=True
    )
    assert "Emailing the 1 lead with updates outstanding: Lee Lead." in response.content.decode()


def test_chase_with_nothing_outstanding_emails_nobody_and_says_so(
    client_for, coordinator, lead, round_a, action_a, on_track, immediate_tasks, mailoutbox
):
    save_update(round_a, action_a, lead, UpdateInput(on_track), version=0, submit=True)
    response = client_for(coordinator).post(
        reverse("reviews:chase", args=[round_a.pk]), follow=True
    )
    assert "no one was emailed" in response.content.decode()
    assert mailoutbox == []


def test_a_kept_round_page_gives_each_visitor_their_own_csrf_token(
    client_for, coordinator, lead, round_a, action_a
):
    """The round's tables are kept in the cache with their forms' CSRF tokens left out: a
    second visitor's upload form carries a token that passes the check."""
    url = reverse("reviews:round", args=[round_a.pk])
    client_for(coordinator).get(url)  # rendered and kept
    other = Client(enforce_csrf_checks=True)
    other.force_login(coordinator)
    page = other.get(url).content.decode()
    assert CSRF_HOLE not in page
    form = re.search(
        r'action="([^"]+/upload/)">\s*<input type="hidden" name="csrfmiddlewaretoken" '
        r'value="([^"]+)"',
        page,
    )
    assert form, "the upload form and its token"
    response = other.post(form[1], {"csrfmiddlewaretoken": form[2]})
    assert response.status_code == 400  # the form's own answer (no file), not the CSRF 403
    assert other.post(form[1], {"csrfmiddlewaretoken": "x" * 64}).status_code == 403


def test_the_round_page_shows_a_renamed_lead_at_once(
    client_for, coordinator, lead, round_a, action_a
):
    client = client_for(coordinator)
    url = reverse("reviews:round", args=[round_a.pk])
    assert "Lee Lead" in client.get(url).content.decode()
    lead.name = "Renamed Lead Person"
    lead.save()  # and nothing else: an update would raise the revision by itself
    page = client.get(url).content.decode()
    assert "Renamed Lead Person" in page and "Lee Lead" not in page


def test_the_round_page_shows_a_new_update_at_once(
    client_for, coordinator, lead, round_a, action_a, on_track
):
    client = client_for(coordinator)
    url = reverse("reviews:round", args=[round_a.pk])
    assert "0 updated" in client.get(url).content.decode()
    save_update(
        round_a, action_a, lead, UpdateInput(on_track, "Going well"), version=0, submit=True
    )
    assert "1 updated" in client.get(url).content.decode()
