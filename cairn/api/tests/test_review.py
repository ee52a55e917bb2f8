"""The coordinator reviews a lead's submitted update through the API, as the update page's
review panel does (reviews/updates.py): accept it onto the action, return it with a
comment, or override its status; with the update's version, never over a newer one."""

from __future__ import annotations

import datetime as dt

import pytest
import time_machine

from cairn.api.tests.test_auth_and_limits import problem
from cairn.plans.factories import status
from cairn.plans.models import Action, Status
from cairn.reviews.models import ReviewRound, Update

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def _today():
    with time_machine.travel(dt.datetime(2016, 9, 15, 12, tzinfo=dt.UTC), tick=False):
        yield


@pytest.fixture
def submitted(plan_a, coordinator, action_a, lead) -> Update:
    review_round = ReviewRound.objects.create(
        plan=plan_a,
        period="2016/17 Q2",
        opens_on=dt.date(2016, 9, 1),
        closes_on=dt.date(2016, 9, 30),
        opened_by=coordinator,
    )
    return Update.objects.create(
        round=review_round,
        action=action_a,
        author=lead,
        state=Update.State.SUBMITTED,
        status=status(plan_a.partnership, Status.Category.ON_TRACK),
        note="Helpline running",
        version=2,
    )


def review(client, update: Update, body: dict, version: str | None = None):
    url = f"/api/v1/rounds/{update.round_id}/actions/{update.action_id}/update/review/"
    headers = {"If-Match": version if version is not None else f'"{update.version}"'}
    return client.post(url, body, **headers)


def test_accepting_an_update_puts_its_status_and_note_on_the_action(api_as, coordinator, submitted):
    response = review(api_as(coordinator), submitted, {"decision": "accept"})
    assert response.status_code == 200, response.content
    assert response.json()["state"] == "accepted" and response["ETag"] == '"3"'
    action = Action.objects.get(pk=submitted.action_id)
    assert action.status == submitted.status and action.progress_note == "Helpline running"


def test_returning_an_update_needs_a_comment_and_sends_it_back(api_as, coordinator, submitted):
    client = api_as(coordinator)
    refused = problem(review(client, submitted, {"decision": "return"}), 422, "invalid-fields")
    assert refused["errors"] == [
        {"field": "comment", "message": "Say what the lead should change before returning it."}
    ]
    assert Update.objects.get(pk=submitted.pk).state == Update.State.SUBMITTED
    body = {"decision": "return", "comment": "Add the call numbers"}
    response = review(client, submitted, body)
    assert response.json()["state"] == "returned"
    assert response.json()["review_comment"] == "Add the call numbers"


def test_overriding_keeps_the_leads_status_and_shows_the_boards(api_as, coordinator, submitted):
    at_risk = status(submitted.round.plan.partnership, Status.Category.AT_RISK)
    client = api_as(coordinator)
    missing = review(client, submitted, {"decision": "override", "override_status": at_risk.pk})
    assert problem(missing, 422, "invalid-fields")["errors"][0]["field"] == "override_reason"
    body = {"decision": "override", "override_status": at_risk.pk, "override_reason": "Late"}
    shown = review(client, submitted, body).json()
    assert shown["override_status"]["id"] == at_risk.pk and shown["status"]["id"] != at_risk.pk
    assert Action.objects.get(pk=submitted.action_id).status == at_risk


def test_a_draft_cannot_be_accepted(api_as, coordinator, submitted):
    Update.objects.filter(pk=submitted.pk).update(state=Update.State.DRAFT)
    response = review(api_as(coordinator), submitted, {"decision": "accept"})
    assert "Only a submitted update" in problem(response, 409, "conflict")["detail"]


def test_a_review_of_an_older_version_is_refused(api_as, coordinator, submitted):
    client = api_as(coordinator)
    problem(review(client, submitted, {"decision": "accept"}, version=""), 428, "version-required")
    stale = problem(review(client, submitted, {"decision": "accept"}, '"1"'), 412, "stale-version")
    assert stale["current_version"] == '"2"'
    assert Update.objects.get(pk=submitted.pk).state == Update.State.SUBMITTED


@pytest.mark.parametrize("body", [{"decision": "approve"}, {"decision": "accept", "x": 1}, {}])
def test_a_review_that_is_not_a_decision_is_refused(api_as, coordinator, submitted, body):
    problem(review(api_as(coordinator), submitted, body), 422, "invalid-fields")
    assert Update.objects.get(pk=submitted.pk).state == Update.State.SUBMITTED


@pytest.mark.parametrize("who", ["lead", "viewer"])
def test_only_the_coordinator_reviews(api_as, request, who, submitted):
    response = review(api_as(request.getfixturevalue(who)), submitted, {"decision": "accept"})
    problem(response, 403, "forbidden")
    assert Update.objects.get(pk=submitted.pk).state == Update.State.SUBMITTED


def test_another_partnerships_update_is_not_found(api_as, lead_b, submitted):
    problem(review(api_as(lead_b), submitted, {"decision": "accept"}), 404, "not-found")


def test_an_action_without_an_update_has_nothing_to_review(api_as, coordinator, submitted):
    other = Action.objects.exclude(pk=submitted.action_id).first()
    url = f"/api/v1/rounds/{submitted.round_id}/actions/{other.pk}/update/review/"
    response = api_as(coordinator).post(url, {"decision": "accept"}, **{"If-Match": '"1"'})
    problem(response, 404, "not-found")


def test_ids_past_any_columns_range_are_not_found(api_as, coordinator, submitted):
    huge = 8806331670939748335440976593027072
    client = api_as(coordinator)
    for url in (
        f"/api/v1/rounds/{huge}/actions/{submitted.action_id}/update/review/",
        f"/api/v1/rounds/{submitted.round_id}/actions/{huge}/update/review/",
    ):
        response = client.post(url, {"decision": "accept"}, **{"If-Match": '"2"'})
        problem(response, 404, "not-found")
