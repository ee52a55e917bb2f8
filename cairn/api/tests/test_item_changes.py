"""The coordinator adds and deletes themes, objectives, actions and milestones through the
API, with the editing pages' forms (their messages) and domain functions; a deletion goes
to Recently deleted, as the page's Delete does. Bad input changes nothing."""

from __future__ import annotations

import datetime as dt

import pytest
import time_machine

from cairn.accounts.models import ApiToken
from cairn.api.tests.test_auth_and_limits import problem
from cairn.plans import deleting
from cairn.plans.factories import make_milestone
from cairn.plans.models import Action, Deletion, Milestone, Theme

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def _today():
    with time_machine.travel(dt.datetime(2016, 11, 1, 12, tzinfo=dt.UTC), tick=False):
        yield


def created(response) -> dict:
    """A 201 that says where the new thing is and its version, as a read of it does."""
    assert response.status_code == 201, response.content
    body = response.json()
    assert response["Location"] == body["links"]["self"]
    assert response["ETag"] == f'"{body["version"]}"'
    return body


# ---------------------------------------------------------------- adding


def test_the_coordinator_adds_a_theme_objective_action_and_milestone(
    api_as, coordinator, plan_a, police_a, lead
):
    client = api_as(coordinator)
    theme = created(client.post("/api/v1/themes/", {"plan": plan_a.pk, "title": "Prevention"}))
    assert theme["order"] == 2  # last in the plan, as "Add theme" puts it
    objective = created(
        client.post("/api/v1/objectives/", {"theme": theme["id"], "ref": "2.1", "title": "Schools"})
    )
    action = created(
        client.post(
            "/api/v1/actions/",
            {
                "theme": theme["id"],
                "objective": objective["id"],
                "title": "Healthy relationships lessons",
                "deadline_text": "Mar 2017",
                "lead_agencies": [police_a.pk],
                "lead_people": [lead.pk],
            },
        )
    )
    assert action["deadline"] == {"kind": "date", "start": "2017-03-01", "end": "2017-03-31"}
    assert action["lead_agencies"] == [{"id": police_a.pk, "name": "Police"}]
    milestone = created(
        client.post(
            "/api/v1/milestones/",
            {"action": action["id"], "title": "Lesson plan agreed", "deadline_text": "Dec 2016"},
        )
    )
    assert client.get(milestone["links"]["self"]).json() == milestone
    saved = Action.objects.get(pk=action["id"])
    assert (
        saved.objective_id == objective["id"] and saved.history.first().history_user == coordinator
    )
    assert Milestone.objects.get(pk=milestone["id"]).deadline_end == dt.date(2016, 12, 31)


@pytest.mark.parametrize(
    ("url", "body", "field", "message"),
    [
        ("/api/v1/themes/", {"plan": "PLAN", "title": "  "}, "title", "This field is required."),
        ("/api/v1/themes/", {"plan": "PLAN"}, "title", "This field is required."),
        ("/api/v1/themes/", {"plan": "PLAN", "title": "T", "colour": "red"}, "colour", "know"),
        (
            "/api/v1/actions/",
            {"theme": "THEME", "title": "A", "timescale": "soon"},
            "timescale",
            "valid choice",
        ),
        (
            "/api/v1/actions/",
            {"theme": "THEME", "title": "A", "lead_agencies": [999999]},
            "lead_agencies",
            "valid choice",
        ),
        ("/api/v1/actions/", {"theme": "THEME", "title": 7}, "title", "string"),
        (
            "/api/v1/milestones/",
            {"action": "ACTION", "title": "M", "lead_agency": 999999},
            "lead_agency",
            "valid choice",
        ),
        (
            "/api/v1/milestones/",
            {"action": "ACTION", "title": "M", "done_on": "2016-02-30"},
            "done_on",
            "",
        ),
    ],
)
def test_an_invalid_addition_says_what_the_form_says_and_adds_nothing(
    api_as, coordinator, action_a, url, body, field, message
):
    ids = {"PLAN": action_a.theme.plan_id, "THEME": action_a.theme_id, "ACTION": action_a.pk}
    body = {
        key: ids.get(value, value) if isinstance(value, str) else value
        for key, value in body.items()
    }
    counts = (Theme.objects.count(), Action.objects.count(), Milestone.objects.count())
    response = api_as(coordinator).post(url, body)
    errors = problem(response, 422, "invalid-fields")["errors"]
    assert errors[0]["field"] == field and message in errors[0]["message"], errors
    assert (Theme.objects.count(), Action.objects.count(), Milestone.objects.count()) == counts


def test_an_action_in_an_objective_of_another_theme_is_refused(
    api_as, coordinator, action_a, plan_a
):
    other = Theme.objects.create(plan=plan_a, title="Prevention", order=2)
    response = api_as(coordinator).post(
        "/api/v1/actions/",
        {"theme": other.pk, "objective": action_a.objective_id, "title": "Misplaced"},
    )
    (error,) = problem(response, 422, "invalid-fields")["errors"]
    assert error["field"] == "objective" and "choose an objective of" in error["message"]
    assert not Action.objects.filter(title="Misplaced").exists()


@pytest.mark.parametrize("who", ["lead", "viewer"])
def test_only_the_coordinator_adds_to_a_plan(api_as, request, who, plan_a):
    response = api_as(request.getfixturevalue(who)).post(
        "/api/v1/themes/", {"plan": plan_a.pk, "title": "Mine"}
    )
    problem(response, 403, "forbidden")
    assert not Theme.objects.filter(title="Mine").exists()


def test_adding_to_another_partnerships_plan_is_not_found(api_as, lead_b, action_a):
    client = api_as(lead_b)
    problem(
        client.post("/api/v1/themes/", {"plan": action_a.theme.plan_id, "title": "X"}),
        404,
        "not-found",
    )
    problem(
        client.post("/api/v1/milestones/", {"action": action_a.pk, "title": "X"}), 404, "not-found"
    )


def test_a_read_only_token_adds_nothing(api_as, coordinator, plan_a):
    response = api_as(coordinator, ApiToken.Access.READ).post(
        "/api/v1/themes/", {"plan": plan_a.pk, "title": "Mine"}
    )
    problem(response, 403, "read-only-token")
    assert not Theme.objects.filter(title="Mine").exists()


# ---------------------------------------------------------------- deleting


def test_deleting_a_theme_hides_it_with_everything_in_it_restorably(api_as, coordinator, action_a):
    client = api_as(coordinator)
    url = f"/api/v1/themes/{action_a.theme_id}/"
    response = client.delete(url, **{"If-Match": client.get(url)["ETag"]})
    assert response.status_code == 200, response.content
    body = response.json()
    assert body["kind"] == "theme" and "actions" in body["summary"]
    assert body["links"]["restore"] == f"/p/{action_a.theme.plan.partnership.slug}/deleted/"
    problem(client.get(url), 404, "not-found")
    problem(client.get(f"/api/v1/actions/{action_a.pk}/"), 404, "not-found")
    deletion = Deletion.objects.get()
    assert deletion.deleted_by == coordinator
    deleting.restore(deletion, by=coordinator)
    assert client.get(url).status_code == 200


@pytest.mark.parametrize("kind", ["objective", "action", "milestone"])
def test_the_coordinator_deletes_each_kind_with_the_version_read(
    api_as, coordinator, action_a, kind
):
    client = api_as(coordinator)
    make_milestone(action_a, "Helpline live", "Jun 2016")
    item = {
        "objective": action_a.objective,
        "action": action_a,
        "milestone": action_a.milestones.first(),
    }[kind]
    url = f"/api/v1/{kind}s/{item.pk}/"
    version = client.get(url)["ETag"]
    assert client.delete(url, **{"If-Match": version}).json()["kind"] == kind
    assert not type(item).objects.filter(pk=item.pk).exists()
    assert type(item).all_objects.filter(pk=item.pk, deletion__isnull=False).exists()


def test_a_deletion_needs_the_current_version(api_as, coordinator, action_a):
    client = api_as(coordinator)
    url = f"/api/v1/actions/{action_a.pk}/"
    problem(client.delete(url), 428, "version-required")
    Action.objects.filter(pk=action_a.pk).update(version=action_a.version + 1)
    stale = problem(
        client.delete(url, **{"If-Match": f'"{action_a.version}"'}), 412, "stale-version"
    )
    assert stale["current_version"] == f'"{action_a.version + 1}"'
    assert Action.objects.filter(pk=action_a.pk).exists() and not Deletion.objects.exists()


@pytest.mark.parametrize("who", ["lead", "viewer"])
def test_only_the_coordinator_deletes(api_as, request, who, action_a):
    response = api_as(request.getfixturevalue(who)).delete(
        f"/api/v1/actions/{action_a.pk}/", **{"If-Match": f'"{action_a.version}"'}
    )
    problem(response, 403, "forbidden")
    assert Action.objects.filter(pk=action_a.pk).exists()


def test_deleting_another_partnerships_theme_is_not_found(api_as, lead_b, action_a):
    response = api_as(lead_b).delete(f"/api/v1/themes/{action_a.theme_id}/", **{"If-Match": '"x"'})
    problem(response, 404, "not-found")
    assert Theme.objects.filter(pk=action_a.theme_id).exists()
