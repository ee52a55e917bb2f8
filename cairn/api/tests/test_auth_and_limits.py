"""Who may call the API, and what it refuses before reading a request: each refusal is
problem details (application/problem+json) and changes nothing."""

from __future__ import annotations

import datetime as dt
import json

import pytest
import time_machine
from django.test import Client
from django.urls import reverse

from cairn.accounts.models import ApiToken
from cairn.api.tests.conftest import Api
from cairn.plans.models import Plan

pytestmark = pytest.mark.django_db

PLAN = {"title": "Copied plan", "period_text": "2016/17", "themes": []}
CREATE = "/api/v1/plans/?partnership=partnership-a"


def problem(response, status: int, kind: str) -> dict:
    assert response.status_code == status, response.content
    assert response["Content-Type"] == "application/problem+json"
    body = response.json()
    assert body["type"] == f"/api/v1/docs/#problem-{kind}"
    assert body["status"] == status and body["title"] and body["detail"]
    return body


def test_nobody_signed_in_gets_401_with_how_to_sign_in(plan_a):
    response = Client().get("/api/v1/plans/")
    body = problem(response, 401, "not-signed-in")
    assert "Bearer" in body["detail"] and response["WWW-Authenticate"].startswith("Bearer")


def test_a_token_acts_as_its_owner(api_as, lead, plan_a, lead_b):
    body = api_as(lead).get("/api/v1/plans/").json()
    assert [p["id"] for p in body["results"]] == [plan_a.pk]
    assert api_as(lead_b).get("/api/v1/plans/").json()["results"] == []


@pytest.mark.parametrize(
    ("header", "detail"),
    [
        ("Bearer cairn_not-a-token", "does not know this token"),
        ("Basic dXNlcjpwYXNz", "Authorization: Bearer"),
        ("Bearer ", "Authorization: Bearer"),
    ],
)
def test_an_unknown_or_malformed_token_is_refused(plan_a, header, detail):
    response = Client().get("/api/v1/plans/", headers={"Authorization": header})
    assert detail in problem(response, 401, "token-refused")["detail"]


def test_an_expired_token_is_refused(lead, plan_a):
    token, secret = ApiToken.issue(lead, "Old", ApiToken.Access.READ, dt.timedelta(days=30))
    with time_machine.travel(token.expires_at + dt.timedelta(seconds=1)):
        response = Api(secret).get("/api/v1/plans/")
    assert "expired on" in problem(response, 401, "token-refused")["detail"]


def test_a_token_of_someone_no_longer_active_is_refused(lead, plan_a):
    _, secret = ApiToken.issue(lead, "Warehouse", ApiToken.Access.READ, None)
    lead.is_active = False
    lead.save()
    problem(Api(secret).get("/api/v1/plans/"), 401, "token-refused")


def test_a_read_only_token_cannot_write(api_as, coordinator, plan_a):
    response = api_as(coordinator, ApiToken.Access.READ).post(CREATE, PLAN)
    assert "read only" in problem(response, 403, "read-only-token")["detail"]
    assert not Plan.objects.filter(title="Copied plan").exists()


def test_a_revoked_token_cannot_write(coordinator, plan_a):
    token, secret = ApiToken.issue(coordinator, "W", ApiToken.Access.READ_WRITE, None)
    token.revoke()
    problem(Api(secret).post(CREATE, PLAN), 401, "token-refused")
    assert not Plan.objects.filter(title="Copied plan").exists()


def test_an_expired_token_cannot_write(coordinator, plan_a):
    token, secret = ApiToken.issue(
        coordinator, "W", ApiToken.Access.READ_WRITE, dt.timedelta(days=1)
    )
    with time_machine.travel(token.expires_at + dt.timedelta(minutes=1)):
        problem(Api(secret).post(CREATE, PLAN), 401, "token-refused")
    assert not Plan.objects.filter(title="Copied plan").exists()


# ---------------------------------------------------------------- the browser's session


def test_a_session_reads_without_a_token(client_for, lead, plan_a):
    response = client_for(lead).get("/api/v1/plans/")
    assert response.status_code == 200 and response.json()["count"] == 1


def test_a_session_write_needs_the_csrf_header(coordinator, plan_a):
    client = Client(enforce_csrf_checks=True)
    client.force_login(coordinator)
    body = json.dumps(PLAN)
    refused = client.post(CREATE, body, content_type="application/json")
    problem(refused, 403, "csrf-failed")
    assert not Plan.objects.filter(title="Copied plan").exists()
    client.get(reverse("accounts:account"))  # a page with a form sets the CSRF cookie
    token = client.cookies["csrftoken"].value
    accepted = client.post(
        CREATE, body, content_type="application/json", headers={"X-CSRFToken": token}
    )
    assert accepted.status_code == 201, accepted.content


# ---------------------------------------------------------------- limits


def test_reads_over_the_limit_get_429_with_retry_after(api_as, lead, plan_a, settings):
    settings.CAIRN_API_READS_PER_MINUTE = 3
    client = api_as(lead)
    with time_machine.travel(dt.datetime(2026, 11, 2, 9, 30, 10, tzinfo=dt.UTC), tick=False):
        assert [client.get("/api/v1/plans/").status_code for _ in range(3)] == [200] * 3
        refused = client.get("/api/v1/plans/")
        assert "3 reads a minute" in problem(refused, 429, "rate-limited")["detail"]
        assert 1 <= int(refused["Retry-After"]) <= 51
        assert api_as(lead).get("/api/v1/plans/").status_code == 200  # another token
    with time_machine.travel(dt.datetime(2026, 11, 2, 9, 31, 1, tzinfo=dt.UTC), tick=False):
        assert client.get("/api/v1/plans/").status_code == 200  # a new minute


def test_writes_are_limited_apart_from_reads(api_as, coordinator, plan_a, settings):
    settings.CAIRN_API_WRITES_PER_MINUTE = 1
    client = api_as(coordinator)
    with time_machine.travel(dt.datetime(2026, 11, 2, 9, 30, 10, tzinfo=dt.UTC), tick=False):
        assert client.post(CREATE, PLAN).status_code == 201
        refused = client.post(CREATE, PLAN)
        assert "1 changes a minute" in problem(refused, 429, "rate-limited")["detail"]
        assert client.get("/api/v1/plans/").status_code == 200
    assert Plan.objects.filter(title="Copied plan").count() == 1


def test_a_body_over_the_limit_is_refused_unread(api_as, coordinator, plan_a, settings):
    settings.CAIRN_API_MAX_BODY_BYTES = 5_000_000
    padded = {**PLAN, "themes": [{"title": "x" * 5_000_000, "objectives": []}]}
    response = api_as(coordinator).post(CREATE, padded)
    assert "5 MB" in problem(response, 413, "body-too-large")["detail"]
    assert not Plan.objects.filter(title="Copied plan").exists()


def test_a_body_under_the_limit_but_over_djangos_form_limit_is_read(
    api_as, coordinator, plan_a, settings
):
    """Django refuses form bodies over 2.5 MB; the API reads up to its own limit."""
    settings.DATA_UPLOAD_MAX_MEMORY_SIZE = 1000
    padded = {**PLAN, "themes": [{"title": "Theme", "description": "x" * 3000, "objectives": []}]}
    assert api_as(coordinator).post(CREATE, padded).status_code == 201


def test_a_session_that_owes_its_second_factor_is_refused(coordinator, plan_a, settings):
    """The pages send such a person to give their code; the API refuses them the same way."""
    settings.CAIRN_SECOND_FACTOR = "required"
    client = Client()
    client.force_login(coordinator)
    response = client.get("/api/v1/plans/")
    assert "authenticator app" in problem(response, 401, "second-factor-required")["detail"]
