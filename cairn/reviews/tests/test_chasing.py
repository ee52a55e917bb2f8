"""Chasing: the coordinator sees whom a chase emails and what it says before it goes out,
chases everyone or one lead, and the round page then shows the chases sent."""

from __future__ import annotations

import pytest
from django.urls import reverse

from cairn.accounts.models import Role
from cairn.plans.factories import make_person
from cairn.reviews.chasing import PREVIEW_LINK
from cairn.reviews.models import Chase


def chase_url(review_round, lead=None):
    url = reverse("reviews:chase", args=[review_round.pk])
    return f"{url}?lead={lead}" if lead is not None else url


@pytest.fixture
def second_lead(partnership_a, round_a):
    """Another lead, of the plan's second action."""
    person = make_person("second@a.example", "Sam Second", partnership_a, Role.LEAD)
    round_a.plan.themes.first().actions.order_by("order")[1].lead_people.add(person)
    return person


def test_the_chase_page_shows_who_will_be_emailed_and_the_text_before_anything_is_sent(
    client_for, coordinator, lead, second_lead, round_a, action_a, mailoutbox
):
    response = client_for(coordinator).get(chase_url(round_a))
    page = response.content.decode()
    assert response.status_code == 200
    assert "Lee Lead" in page and "lead@a.example" in page
    assert "Sam Second" in page and "second@a.example" in page
    assert "Reminder: your update for the 2016/17 Q2 review is outstanding" in page
    assert "This action still needs your update" in page  # Lee's email, shown first
    assert "1.1.1 Action number 1" in page
    assert PREVIEW_LINK in page and "sesame" not in page  # no link that signs in as them
    assert "Email all 2 leads" in page
    assert mailoutbox == [] and not Chase.objects.exists()


def test_chasing_everyone_emails_each_lead_and_the_round_page_shows_it(
    client_for,
    coordinator,
    lead,
    second_lead,
    round_a,
    action_a,
    immediate_tasks,
    mailoutbox,
    django_capture_on_commit_callbacks,
):
    client = client_for(coordinator)
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(chase_url(round_a))
    assert response["Location"] == reverse("reviews:round", args=[round_a.pk])
    assert sorted(m.to[0] for m in mailoutbox) == ["lead@a.example", "second@a.example"]
    lee = next(m for m in mailoutbox if m.to == ["lead@a.example"])
    assert lee.subject == "Reminder: your update for the 2016/17 Q2 review is outstanding"
    assert "/sign-in/link/?sesame=" in lee.body  # the real email has the lead's own link
    assert [(c.person, c.sent_by, c.action_count) for c in Chase.objects.all()] == [
        (lead, coordinator, 1),
        (second_lead, coordinator, 1),
    ]
    page = client.get(response["Location"]).content.decode()
    assert "Emailing the 2 leads with updates outstanding: Lee Lead, Sam Second." in page
    assert "chased by Casey Coordinator: Lee Lead, Sam Second" in page
    assert "None sent yet" not in page


def test_chasing_one_lead_emails_only_them(
    client_for,
    coordinator,
    lead,
    second_lead,
    round_a,
    action_a,
    immediate_tasks,
    mailoutbox,
    django_capture_on_commit_callbacks,
):
    client = client_for(coordinator)
    page = client.get(chase_url(round_a, second_lead.pk)).content.decode()
    assert '<h1 class="govuk-heading-l">Chase Sam Second</h1>' in page
    assert "lead@a.example" not in page
    assert "Email Sam Second" in page and f'name="lead" value="{second_lead.pk}"' in page
    with django_capture_on_commit_callbacks(execute=True):
        client.post(chase_url(round_a), {"lead": second_lead.pk})
    assert [m.to for m in mailoutbox] == [["second@a.example"]]
    assert [c.person for c in Chase.objects.all()] == [second_lead]


def test_the_round_page_offers_a_chase_of_each_lead_outstanding(
    client_for, coordinator, lead, round_a, action_a
):
    page = client_for(coordinator).get(reverse("reviews:round", args=[round_a.pk])).content
    assert f'href="{chase_url(round_a, lead.pk)}"'.encode() in page
    assert b"Chase leads with updates outstanding" in page


@pytest.mark.parametrize("value", ["someone", "-1", "99999999999999", "0"])
def test_a_lead_that_cannot_be_read_is_refused_with_a_clear_message(
    client_for, coordinator, round_a, action_a, value, mailoutbox
):
    client = client_for(coordinator)
    response = client.get(chase_url(round_a, value))
    assert response.status_code == 200
    assert "Cairn cannot tell which lead to chase" in response.content.decode()
    response = client.post(chase_url(round_a), {"lead": value})
    assert response.status_code == 400
    assert "Cairn cannot tell which lead to chase" in response.content.decode()
    assert mailoutbox == [] and not Chase.objects.exists()


def test_chasing_someone_with_nothing_outstanding_is_refused(
    client_for, coordinator, viewer, round_a, action_a, mailoutbox
):
    response = client_for(coordinator).post(chase_url(round_a), {"lead": viewer.pk})
    assert response.status_code == 400
    assert "has no update outstanding in this round" in response.content.decode()
    assert mailoutbox == [] and not Chase.objects.exists()


def test_a_closed_round_offers_no_chase(client_for, coordinator, round_a, action_a, mailoutbox):
    round_a.close(by=coordinator)
    client = client_for(coordinator)
    page = client.get(chase_url(round_a)).content.decode()
    assert "there is nobody to chase" in page and "Email all" not in page
    response = client.post(chase_url(round_a), follow=True)
    assert "Reopen the round before chasing" in response.content.decode()
    assert mailoutbox == [] and not Chase.objects.exists()


@pytest.mark.parametrize("who", ["viewer", "lead"])
def test_only_the_coordinator_sees_or_sends_a_chase(client_for, request, round_a, action_a, who):
    client = client_for(request.getfixturevalue(who))
    assert client.get(chase_url(round_a)).status_code == 403
    assert client.post(chase_url(round_a)).status_code == 403
    assert not Chase.objects.exists()


def test_partnership_b_gets_404_and_anonymous_signs_in(client, client_for, lead_b, round_a):
    assert client.get(chase_url(round_a)).status_code == 302
    assert client_for(lead_b).get(chase_url(round_a)).status_code == 404
