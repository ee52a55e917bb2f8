"""The emailed sign-in link: single-use, expiring, bound to one person."""

from __future__ import annotations

import datetime as dt
from urllib.parse import urlencode

from django.urls import reverse
from sesame.utils import get_token

from cairn.reviews.mail import sign_in_link


def link_url(token, next_url="/my-actions/"):
    return reverse("reviews:link_sign_in") + "?" + urlencode({"sesame": token, "next": next_url})


def test_the_link_signs_the_lead_in_once(client, lead):
    token = get_token(lead)
    page = client.get(link_url(token))
    assert page.status_code == 200
    assert "Continue as Lee Lead" in page.content.decode()
    response = client.post(
        reverse("reviews:link_sign_in"), {"sesame": token, "next": "/my-actions/"}
    )
    assert response.status_code == 302 and response["Location"] == "/my-actions/"
    assert client.get("/my-actions/").context["user"] == lead


def test_opening_the_link_does_not_use_it_up(client, lead):
    token = get_token(lead)
    client.get(link_url(token))
    client.get(link_url(token))  # e.g. a mail scanner
    response = client.post(reverse("reviews:link_sign_in"), {"sesame": token})
    assert response.status_code == 302


def test_a_reused_link_is_refused(client, lead):
    token = get_token(lead)
    client.post(reverse("reviews:link_sign_in"), {"sesame": token})
    client.logout()
    response = client.post(reverse("reviews:link_sign_in"), {"sesame": token})
    assert response.status_code == 400
    assert "This sign-in link cannot be used" in response.content.decode()
    assert "_auth_user_id" not in client.session


def test_an_expired_link_is_refused(client, lead, time_machine):
    time_machine.move_to(dt.datetime(2016, 9, 1, 9, 0, tzinfo=dt.UTC))
    token = get_token(lead)
    time_machine.move_to(dt.datetime(2016, 9, 9, 9, 0, tzinfo=dt.UTC))  # 8 days later
    response = client.post(reverse("reviews:link_sign_in"), {"sesame": token})
    assert response.status_code == 400
    assert "It has expired" in response.content.decode()
    assert "_auth_user_id" not in client.session


def test_a_tampered_link_is_refused(client, lead):
    token = get_token(lead)
    tampered = token[:-3] + ("aaa" if not token.endswith("aaa") else "bbb")
    for response in [
        client.get(link_url(tampered)),
        client.post(reverse("reviews:link_sign_in"), {"sesame": tampered}),
        client.get(reverse("reviews:link_sign_in")),
    ]:
        assert response.status_code == 400
        assert "This sign-in link cannot be used" in response.content.decode()
    assert "_auth_user_id" not in client.session


def test_the_link_is_bound_to_its_person(client, lead, viewer):
    client.force_login(viewer)
    client.post(reverse("reviews:link_sign_in"), {"sesame": get_token(lead)})
    assert client.get("/my-actions/").context["user"] == lead


def test_an_offsite_next_is_ignored(client, lead):
    response = client.post(
        reverse("reviews:link_sign_in"),
        {"sesame": get_token(lead), "next": "https://evil.example/"},
    )
    assert response["Location"] == reverse("plans:my_actions")


def test_password_sign_in_still_works(client, lead):
    response = client.post(
        reverse("accounts:sign_in"),
        {"username": "lead@a.example", "password": "correct horse battery staple"},
    )
    assert response.status_code == 302


def test_emailed_link_carries_site_url_and_next(lead, settings):
    settings.SITE_URL = "https://cairn.example"
    link = sign_in_link(lead)
    assert link.startswith("https://cairn.example/sign-in/link/?sesame=")
    assert "next=%2Fmy-actions%2F" in link
