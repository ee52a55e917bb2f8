"""Forgot your password (reset by email) and changing it on the account page."""

from __future__ import annotations

import re

from django.core import mail
from django.urls import reverse

from cairn.accounts import people
from cairn.accounts.models import Membership

NEW = "pale orange kettle 42"


def _reset_path(message) -> str:
    return re.search(r"https?://[^/\s]+(/password-reset/[^\s]+/[^\s]+/)", message.body).group(1)


def test_sign_in_page_offers_forgot_your_password(client):
    page = client.get(reverse("accounts:sign_in")).content.decode()
    assert "Forgot your password?" in page
    assert reverse("accounts:password_reset") in page


def test_reset_by_email_sets_a_new_password_once(client, lead):
    response = client.post(reverse("accounts:password_reset"), {"email": "LEAD@a.example"})
    assert response.status_code == 302
    assert response.url == reverse("accounts:password_reset_sent")
    [message] = mail.outbox
    assert message.to == ["lead@a.example"]
    path = _reset_path(message)
    form_page = client.get(path, follow=True)
    assert "Choose a new password" in form_page.content.decode()
    response = client.post(
        form_page.redirect_chain[-1][0], {"new_password1": NEW, "new_password2": NEW}
    )
    assert response.status_code == 302
    lead.refresh_from_db()
    assert lead.check_password(NEW)
    again = client.get(path, follow=True)
    assert "This link cannot be used" in again.content.decode()


def test_reset_for_an_unknown_address_says_the_same_and_sends_nothing(client, db):
    response = client.post(reverse("accounts:password_reset"), {"email": "nobody@x.example"})
    assert response.status_code == 302
    assert not mail.outbox


def test_reset_for_a_deactivated_person_sends_nothing(client, coordinator, lead, partnership_a):
    people.deactivate(Membership.objects.get(user=lead), by=coordinator)
    client.post(reverse("accounts:password_reset"), {"email": "lead@a.example"})
    assert not mail.outbox


def test_reset_with_a_bad_email_shows_the_error_summary(client, db):
    response = client.post(reverse("accounts:password_reset"), {"email": "not an email"})
    assert response.status_code == 200
    assert "There is a problem" in response.content.decode()


def test_change_password_on_the_account_page(client_for, lead):
    client = client_for(lead)
    account = client.get(reverse("accounts:account")).content.decode()
    assert "lead@a.example" in account and "Partnership A" in account
    response = client.post(
        reverse("accounts:password_change"),
        {
            "old_password": "correct horse battery staple",
            "new_password1": NEW,
            "new_password2": NEW,
        },
    )
    assert response.status_code == 302
    lead.refresh_from_db()
    assert lead.check_password(NEW)
    # Still signed in on this device.
    assert client.get(reverse("accounts:account")).status_code == 200


def test_change_password_with_a_wrong_current_password_changes_nothing(client_for, lead):
    response = client_for(lead).post(
        reverse("accounts:password_change"),
        {"old_password": "wrong", "new_password1": NEW, "new_password2": NEW},
    )
    assert response.status_code == 200
    assert "There is a problem" in response.content.decode()
    lead.refresh_from_db()
    assert lead.check_password("correct horse battery staple")


def test_account_pages_need_sign_in(client, db):
    for name in ["accounts:account", "accounts:password_change"]:
        response = client.get(reverse(name))
        assert response.status_code == 302
        assert response.url.startswith(reverse("accounts:sign_in"))
