"""A person makes and revokes their own API tokens on their account page."""

from __future__ import annotations

import datetime as dt
import hashlib

import pytest
import time_machine
from django.urls import reverse
from django.utils import timezone

from cairn.accounts.models import ApiToken
from cairn.api.tests.conftest import Api

pytestmark = pytest.mark.django_db


def make_token(client, **fields):
    data = {"name": "Power BI refresh", "access": "read", "expires_in": "90", **fields}
    return client.post(reverse("accounts:token_create"), data)


def test_a_new_token_is_shown_once_and_only_its_digest_is_stored(client_for, lead):
    response = make_token(client_for(lead))
    assert response.status_code == 200
    secret = response.context["secret"]
    assert secret.startswith("cairn_") and len(secret) > 40
    assert secret in response.content.decode()
    token = ApiToken.objects.get(user=lead)
    assert token.digest == hashlib.sha256(secret.encode()).hexdigest()
    assert secret not in str(ApiToken.objects.filter(pk=token.pk).values().get())
    assert token.name == "Power BI refresh" and token.access == ApiToken.Access.READ
    assert token.expires_at.date() == (timezone.now() + dt.timedelta(days=90)).date()
    account = client_for(lead).get(reverse("accounts:account")).content.decode()
    assert "Power BI refresh" in account and token.shown_start in account
    assert secret not in account


def test_a_token_can_be_made_that_never_expires_and_may_write(client_for, lead):
    make_token(client_for(lead), access="read_write", expires_in="never")
    token = ApiToken.objects.get(user=lead)
    assert token.expires_at is None and token.allows_writes


@pytest.mark.parametrize(
    ("fields", "field", "message"),
    [
        ({"name": ""}, "name", "Enter a name for the token."),
        ({"access": "admin"}, "access", "Select a valid choice."),
        ({"expires_in": "forever"}, "expires_in", "Select a valid choice."),
    ],
)
def test_a_bad_token_form_says_what_is_wrong_and_makes_nothing(
    client_for, lead, fields, field, message
):
    response = make_token(client_for(lead), **fields)
    assert response.status_code == 400
    assert message in response.context["form"].errors[field][0]
    assert not ApiToken.objects.exists()


def test_the_account_page_shows_when_a_token_was_last_used(client_for, lead):
    _, secret = ApiToken.issue(lead, "Warehouse", ApiToken.Access.READ, None)
    with time_machine.travel(dt.datetime(2026, 11, 2, 9, 30, tzinfo=dt.UTC), tick=False):
        assert Api(secret).get("/api/v1/plans/").status_code == 200
    page = client_for(lead).get(reverse("accounts:account")).content.decode()
    assert "2 Nov 2026, 09:30" in page


def test_last_used_is_written_at_most_once_a_minute(lead, django_assert_num_queries):
    token, _ = ApiToken.issue(lead, "Warehouse", ApiToken.Access.READ, None)
    start = timezone.now()
    token.mark_used(start)
    with django_assert_num_queries(0):
        token.mark_used(start + dt.timedelta(seconds=30))
    with django_assert_num_queries(1):  # UPDATE ... WHERE last used a minute or more ago
        token.mark_used(start + dt.timedelta(seconds=61))


def test_revoking_a_token_stops_it_at_once(client_for, lead):
    token, secret = ApiToken.issue(lead, "Warehouse", ApiToken.Access.READ, None)
    assert Api(secret).get("/api/v1/plans/").status_code == 200
    response = client_for(lead).post(reverse("accounts:token_revoke", args=[token.pk]))
    assert response.status_code == 302
    refused = Api(secret).get("/api/v1/plans/")
    assert refused.status_code == 401
    assert "revoked" in refused.json()["detail"]
    account = client_for(lead).get(reverse("accounts:account"))
    assert "The token “Warehouse” is revoked" in account.content.decode()
    assert list(account.context["tokens"]) == []


def test_nobody_revokes_another_persons_token(client_for, lead, coordinator):
    token, _ = ApiToken.issue(lead, "Warehouse", ApiToken.Access.READ, None)
    response = client_for(coordinator).post(reverse("accounts:token_revoke", args=[token.pk]))
    assert response.status_code == 404
    token.refresh_from_db()
    assert token.revoked_at is None


def test_revoking_needs_a_post(client_for, lead):
    token, _ = ApiToken.issue(lead, "Warehouse", ApiToken.Access.READ, None)
    assert (
        client_for(lead).get(reverse("accounts:token_revoke", args=[token.pk])).status_code == 405
    )


def test_token_pages_need_sign_in(client):
    response = client.get(reverse("accounts:token_create"))
    assert response.status_code == 302 and reverse("accounts:sign_in") in response["Location"]
