"""Review rounds, updates and the board report through the API."""

from __future__ import annotations

import datetime as dt

import pytest
import time_machine

from cairn.api.tests.test_auth_and_limits import problem
from cairn.plans.factories import make_milestone, status
from cairn.plans.models import Action, Status
from cairn.reviews.models import ReviewRound, Update

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def _today():
    with time_machine.travel(dt.datetime(2016, 9, 15, 12, tzinfo=dt.UTC), tick=False):
        yield


@pytest.fixture
def round_a(plan_a, coordinator):
    return ReviewRound.objects.create(
        plan=plan_a,
        period="2016/17 Q2",
        opens_on=dt.date(2016, 9, 1),
        closes_on=dt.date(2016, 9, 30),
        opened_by=coordinator,
    )


def url(review_round, action) -> str:
    return f"/api/v1/rounds/{review_round.pk}/actions/{action.pk}/update/"


def test_rounds_list_and_one_round_says_how_complete_it_is(api_as, viewer, round_a, action_a, lead):
    Update.objects.create(round=round_a, action=action_a, author=lead, state=Update.State.SUBMITTED)
    client = api_as(viewer)
    listed = client.get(f"/api/v1/rounds/?plan={round_a.plan_id}").json()
    assert [r["id"] for r in listed["results"]] == [round_a.pk]
    body = client.get(f"/api/v1/rounds/{round_a.pk}/").json()
    assert body["state"] == "open"
    assert body["completeness"]["overall"] == {
        "name": "All actions",
        "person": None,
        "updated": 1,
        "draft": 0,
        "outstanding": 3,
        "total": 4,
    }
    assert {
        "name": "Lee Lead",
        "person": lead.pk,
        "updated": 1,
        "draft": 0,
        "outstanding": 0,
        "total": 1,
    } in body["completeness"]["by_lead"]
    updates = client.get(f"/api/v1/rounds/{round_a.pk}/updates/").json()
    assert [(u["action"], u["state"]) for u in updates["results"]] == [(action_a.pk, "submitted")]


def test_a_lead_drafts_then_submits_an_update_with_the_version_read(
    api_as, lead, round_a, action_a
):
    client = api_as(lead)
    first = client.get(url(round_a, action_a))
    assert first.json()["state"] == "not_started" and first["ETag"] == '"0"'
    on_track = status(round_a.plan.partnership, Status.Category.ON_TRACK)
    draft = client.put(url(round_a, action_a), {"note": "Started"}, **{"If-Match": '"0"'})
    assert draft.status_code == 200, draft.content
    assert draft.json()["state"] == "draft" and draft["ETag"] == '"1"'
    assert Action.objects.get(pk=action_a.pk).progress_note == ""  # a draft changes nothing
    milestone = make_milestone(action_a, "Helpline live", "Jun 2016")
    submitted = client.put(
        url(round_a, action_a),
        {
            "status": on_track.pk,
            "note": "Helpline open",
            "milestones_done": {str(milestone.pk): "2016-09-01"},
            "submit": True,
        },
        **{"If-Match": '"1"'},
    )
    assert submitted.status_code == 200, submitted.content
    assert submitted.json()["state"] == "submitted"
    action_a.refresh_from_db()
    milestone.refresh_from_db()
    assert (action_a.status, action_a.progress_note) == (on_track, "Helpline open")
    assert milestone.done_on == dt.date(2016, 9, 1)
    assert Update.objects.get().author == lead


@pytest.mark.parametrize(
    ("body", "field", "message"),
    [
        ({"submit": True}, "status", "Choose a status before submitting the update."),
        ({"status": 999999}, "status", "Choose one of your partnership's statuses."),
        ({"revised_deadline_text": "Mar 2017"}, "revised_deadline_reason", "Say why"),
        (
            {"revised_deadline_text": "whenever", "revised_deadline_reason": "x"},
            "revised_deadline_text",
            "Cairn cannot read",
        ),
        ({"note": "x" * 5001}, "note", "5,000 characters or fewer"),
        ({"milestones_done": {"999999": "2016-09-01"}}, "milestones_done.999999", "not one of"),
    ],
)
def test_an_invalid_update_says_what_the_update_page_says_and_saves_nothing(
    api_as, lead, round_a, action_a, body, field, message
):
    response = api_as(lead).put(url(round_a, action_a), body, **{"If-Match": '"0"'})
    errors = problem(response, 422, "invalid-fields")["errors"]
    assert errors[0]["field"] == field and message in errors[0]["message"]
    assert not Update.objects.exists()


def test_an_exception_status_needs_a_note(api_as, lead, round_a, action_a):
    at_risk = status(round_a.plan.partnership, Status.Category.AT_RISK)
    response = api_as(lead).put(
        url(round_a, action_a), {"status": at_risk.pk, "submit": True}, **{"If-Match": '"0"'}
    )
    (error,) = problem(response, 422, "invalid-fields")["errors"]
    assert error["field"] == "note" and "needs a progress note" in error["message"]


def test_an_update_to_a_closed_round_is_refused_and_nothing_changes(
    api_as, lead, round_a, action_a, coordinator
):
    round_a.close(by=coordinator)
    response = api_as(lead).put(url(round_a, action_a), {"note": "Late"}, **{"If-Match": '"0"'})
    assert "takes no more updates" in problem(response, 409, "conflict")["detail"]
    assert not Update.objects.exists()


def test_a_stale_update_is_refused_with_the_current_version(api_as, lead, round_a, action_a):
    client = api_as(lead)
    client.put(url(round_a, action_a), {"note": "Mine"}, **{"If-Match": '"0"'})
    response = client.put(url(round_a, action_a), {"note": "Theirs"}, **{"If-Match": '"0"'})
    assert problem(response, 412, "stale-version")["current_version"] == '"1"'
    assert Update.objects.get().note == "Mine"
    problem(client.put(url(round_a, action_a), {"note": "No version"}), 428, "version-required")


@pytest.mark.parametrize("who", ["viewer", "coordinator_b"])
def test_only_the_actions_leads_and_the_coordinator_update_it(
    api_as, request, who, round_a, action_a, partnership_b
):
    if who == "coordinator_b":
        from cairn.accounts.models import Role
        from cairn.plans.factories import make_person

        person = make_person("c@b.example", "Cee", partnership_b, Role.COORDINATOR)
        status_code, kind = 404, "not-found"
    else:
        person, status_code, kind = request.getfixturevalue(who), 403, "forbidden"
    response = api_as(person).put(url(round_a, action_a), {"note": "x"}, **{"If-Match": '"0"'})
    problem(response, status_code, kind)
    assert not Update.objects.exists()


@pytest.mark.parametrize("format", ["docx", "pdf", "xlsx", "csv"])
def test_the_board_report_downloads_in_each_format(api_as, viewer, round_a, format):
    response = api_as(viewer).get(f"/api/v1/plans/{round_a.plan_id}/board-report/?format={format}")
    assert response.status_code == 200, response.content[:300]
    assert response["Content-Disposition"].endswith(f'.{format}"')
    assert len(response.content) > 100


def test_a_board_report_in_an_unknown_format_or_round_is_refused(api_as, viewer, round_a):
    client = api_as(viewer)
    bad = client.get(f"/api/v1/plans/{round_a.plan_id}/board-report/?format=odt")
    assert problem(bad, 422, "invalid-fields")["errors"][0]["field"] == "format"
    none = client.get(f"/api/v1/plans/{round_a.plan_id}/board-report/")
    assert problem(none, 422, "invalid-fields")["errors"] == [
        {"field": "format", "message": "This field is required."}
    ]
    other = client.get(f"/api/v1/plans/{round_a.plan_id}/board-report/?format=csv&round=999999")
    assert problem(other, 422, "invalid-fields")["errors"][0]["field"] == "round"
