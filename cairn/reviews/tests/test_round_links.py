"""A link emailed about a review round works only while the round is open."""

from __future__ import annotations

from urllib.parse import parse_qs, urlsplit

import pytest
from django.core import mail
from django.urls import reverse

from cairn.reviews.mail import sign_in_link
from cairn.reviews.models import ReviewRound
from cairn.reviews.tasks import send_round_invitations


def _query(link: str) -> dict[str, str]:
    return {k: v[0] for k, v in parse_qs(urlsplit(link).query).items()}


def _post(client, query: dict[str, str]):
    return client.post(reverse("reviews:link_sign_in"), query)


@pytest.fixture
def round_link(lead, round_a):
    return _query(sign_in_link(lead, round_ids=[round_a.pk]))


def test_the_round_invitation_links_to_its_round(lead, action_a, round_a):
    send_round_invitations.call(round_a.pk)
    [message] = mail.outbox
    link = next(w for w in message.body.split() if "/sign-in/link/" in w)
    assert _query(link)["rounds"] == str(round_a.pk)


def test_a_round_link_signs_in_while_the_round_is_open(client, lead, round_link):
    assert client.get(reverse("reviews:link_sign_in"), round_link).status_code == 200
    assert _post(client, round_link).status_code == 302
    assert client.get("/my-actions/").context["user"] == lead


def test_a_round_link_stops_working_when_the_round_closes(client, coordinator, round_a, round_link):
    round_a.close(by=coordinator)
    for response in [
        client.get(reverse("reviews:link_sign_in"), round_link),
        _post(client, round_link),
    ]:
        assert response.status_code == 400
        assert "the review round it was sent about has closed" in response.content.decode()
    assert "_auth_user_id" not in client.session


def test_a_round_link_works_again_if_the_round_reopens(client, coordinator, round_a, round_link):
    round_a.close(by=coordinator)
    round_a.reopen(by=coordinator)
    assert _post(client, round_link).status_code == 302


def test_a_round_link_cannot_be_moved_to_another_round_or_to_no_round(
    client, coordinator, plan_a, round_a, round_link
):
    other = ReviewRound.objects.create(
        plan=plan_a,
        period="2016/17 Q3",
        opens_on=round_a.opens_on,
        closes_on=round_a.closes_on,
        opened_by=coordinator,
    )
    round_a.close(by=coordinator)
    assert _post(client, {**round_link, "rounds": str(other.pk)}).status_code == 400
    no_round = {k: v for k, v in round_link.items() if k != "rounds"}
    assert _post(client, no_round).status_code == 400
    assert _post(client, {**round_link, "rounds": "1;DROP"}).status_code == 400
    assert "_auth_user_id" not in client.session


def test_a_used_link_tells_a_signed_in_person_where_to_go(client, lead, round_link):
    client.force_login(lead)  # e.g. they accepted their invitation after the email came
    page = client.get(reverse("reviews:link_sign_in"), round_link)
    assert page.status_code == 400
    assert "You are signed in already, as Lee Lead" in page.content.decode()
