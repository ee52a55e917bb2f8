"""Themes, objectives, actions and milestones: read by the partnership, changed by its
coordinator through the editing pages' forms and domain functions, never overwriting a
change made meanwhile."""

from __future__ import annotations

import datetime as dt

import pytest
import time_machine
from django.utils import timezone

from cairn.accounts.models import ApiToken
from cairn.api.tests.conftest import Api
from cairn.api.tests.test_auth_and_limits import problem
from cairn.plans.factories import make_action, make_milestone, make_plan, status
from cairn.plans.models import Action, Milestone, Objective, Status, Theme

pytestmark = pytest.mark.django_db
TODAY = dt.date(2016, 11, 1)


@pytest.fixture(autouse=True)
def _today():
    with time_machine.travel(dt.datetime(2016, 11, 1, 12, tzinfo=dt.UTC), tick=False):
        yield


# ---------------------------------------------------------------- reading


def test_an_action_reads_with_its_leads_status_and_version(api_as, viewer, action_a, police_a):
    action_a.lead_agencies.add(police_a)
    action_a.status = status(action_a.theme.plan.partnership, Status.Category.AT_RISK)
    action_a.save()
    response = api_as(viewer).get(f"/api/v1/actions/{action_a.pk}/")
    body = response.json()
    assert response["ETag"] == f'"{action_a.version}"' == f'"{body["version"]}"'
    assert body["lead_agencies"] == [{"id": police_a.pk, "name": "Police"}]
    assert body["lead_people"] == [{"id": action_a.lead_people.get().pk, "name": "Lee Lead"}]
    assert body["status"]["category"] == "at_risk" and body["overdue"] is True
    assert body["deadline"] == {"kind": "date", "start": "2016-09-01", "end": "2016-09-30"}


def test_themes_objectives_and_milestones_read_with_a_version(api_as, viewer, action_a):
    client = api_as(viewer)
    theme, objective = action_a.theme, action_a.objective
    milestone = make_milestone(action_a, "Helpline live", "Jun 2016")
    for url in (
        f"/api/v1/themes/{theme.pk}/",
        f"/api/v1/objectives/{objective.pk}/",
        f"/api/v1/milestones/{milestone.pk}/",
    ):
        response = client.get(url)
        assert response.status_code == 200, url
        assert response["ETag"] == f'"{response.json()["version"]}"'
    assert client.get(f"/api/v1/milestones/{milestone.pk}/").json()["overdue"] is True


def test_actions_filter_by_theme_lead_agency_status_overdue_and_change(
    api_as, coordinator, plan_a, police_a
):
    theme = plan_a.themes.get()
    late = make_action(theme, "Late", deadline_text="Sep 2016", leads=[police_a])
    done = make_action(
        theme,
        "Done",
        deadline_text="Sep 2016",
        status=status(plan_a.partnership, Status.Category.COMPLETE),
    )
    later = make_action(theme, "Later", deadline_text="Mar 2017")
    client = api_as(coordinator)

    def ids(query: str) -> set[int]:
        response = client.get(f"/api/v1/actions/?plan={plan_a.pk}&page_size=200&{query}")
        assert response.status_code == 200, response.content
        return {a["id"] for a in response.json()["results"]}

    assert ids(f"lead_agency={police_a.pk}") == {late.pk}
    assert ids("status_category=complete") == {done.pk}
    assert later.pk in ids("overdue=false") and late.pk not in ids("overdue=false")
    assert late.pk in ids("overdue=true") and done.pk not in ids("overdue=true")
    with time_machine.travel(dt.datetime(2016, 11, 2, 12, tzinfo=dt.UTC), tick=False):
        Action.objects.get(pk=later.pk).save()  # recorded in its history
    assert ids("changed_since=2016-11-02T00:00:00Z") == {later.pk}
    assert ids(f"theme={theme.pk}") == set(Action.objects.values_list("pk", flat=True))
    bad = client.get("/api/v1/actions/?changed_since=yesterday")
    assert problem(bad, 422, "invalid-fields")["errors"][0]["field"] == "changed_since"


def test_lists_of_another_partnerships_plan_are_not_found(api_as, lead_b, plan_a):
    client = api_as(lead_b)
    theme = plan_a.themes.get()
    for url in (
        f"/api/v1/themes/?plan={plan_a.pk}",
        f"/api/v1/objectives/?theme={theme.pk}",
        f"/api/v1/actions/?plan={plan_a.pk}",
        f"/api/v1/milestones/?plan={plan_a.pk}",
    ):
        problem(client.get(url), 404, "not-found")
    assert client.get("/api/v1/actions/").json()["count"] == 0


@pytest.mark.parametrize("size", [3, 30])
def test_listing_actions_takes_the_same_queries_whatever_the_page_holds(
    coordinator, partnership_a, police_a, size, django_assert_num_queries
):
    plan = make_plan(partnership_a, actions=size)
    for action in Action.objects.filter(theme__plan=plan):
        action.lead_agencies.add(police_a)
        action.lead_people.add(coordinator)
        action.collaborators.add(police_a)
    first = Action.objects.filter(theme__plan=plan).first()
    Action.objects.get(pk=first.pk + 1).related_actions.add(first)
    _, secret = ApiToken.issue(coordinator, "List", ApiToken.Access.READ, None)
    client = Api(secret)
    client.get("/api/v1/plans/")  # the token's first use is recorded once
    # The token with its person; the plan; the person's roles; the count; the page's
    # actions with status and theme; their lead agencies; lead people; collaborators;
    # cross-references.
    with django_assert_num_queries(9):
        body = client.get(f"/api/v1/actions/?plan={plan.pk}&page_size=200").json()
    assert body["count"] == size


@pytest.mark.parametrize("size", [2, 20])
def test_listing_milestones_and_themes_takes_the_same_queries(
    coordinator, partnership_a, size, django_assert_num_queries
):
    plan = make_plan(partnership_a, actions=2)
    action = Action.objects.filter(theme__plan=plan).first()
    for n in range(size):
        make_milestone(action, f"Step {n}", "Jun 2016")
        Theme.objects.create(plan=plan, title=f"Theme {n}", order=n + 2)
    _, secret = ApiToken.issue(coordinator, "List", ApiToken.Access.READ, None)
    client = Api(secret)
    client.get("/api/v1/plans/")
    # The token with its person; the plan; the person's roles; the count; the page (of
    # milestones with their leads; of themes).
    with django_assert_num_queries(5):
        assert client.get(f"/api/v1/milestones/?plan={plan.pk}").json()["count"] == size
    with django_assert_num_queries(5):
        assert client.get(f"/api/v1/themes/?plan={plan.pk}").json()["count"] == size + 1


# ---------------------------------------------------------------- changing


def test_the_coordinator_changes_an_action_with_the_version_read(
    api_as, coordinator, action_a, police_a
):
    client = api_as(coordinator)
    version = client.get(f"/api/v1/actions/{action_a.pk}/")["ETag"]
    response = client.patch(
        f"/api/v1/actions/{action_a.pk}/",
        {"title": "Run the helpline", "deadline_text": "Mar 2017", "lead_agencies": [police_a.pk]},
        **{"If-Match": version},
    )
    assert response.status_code == 200, response.content
    body = response.json()
    assert body["title"] == "Run the helpline" and body["deadline"]["end"] == "2017-03-31"
    assert response["ETag"] == f'"{action_a.version + 1}"'
    action_a.refresh_from_db()
    assert list(action_a.lead_agencies.all()) == [police_a]
    assert list(action_a.lead_people.all()) != []  # left as it was: not in the body
    assert action_a.history.first().history_user == coordinator


def test_a_change_without_if_match_is_refused_with_the_current_version(
    api_as, coordinator, action_a
):
    response = api_as(coordinator).patch(f"/api/v1/actions/{action_a.pk}/", {"title": "New"})
    body = problem(response, 428, "version-required")
    assert body["current_version"] == f'"{action_a.version}"'
    assert Action.objects.get(pk=action_a.pk).title == "Action number 1"


def test_a_stale_version_is_refused_with_412_and_nothing_changes(api_as, coordinator, action_a):
    client = api_as(coordinator)
    read = client.get(f"/api/v1/actions/{action_a.pk}/")["ETag"]
    # Meanwhile a lead's update (reviews/updates.py) moves the version on.
    Action.objects.filter(pk=action_a.pk).update(version=action_a.version + 1)
    response = client.patch(
        f"/api/v1/actions/{action_a.pk}/", {"title": "Mine"}, **{"If-Match": read}
    )
    body = problem(response, 412, "stale-version")
    assert body["current_version"] == response["ETag"] == f'"{action_a.version + 1}"'
    assert Action.objects.get(pk=action_a.pk).title == "Action number 1"


def test_a_malformed_if_match_is_refused(api_as, coordinator, action_a):
    response = api_as(coordinator).patch(
        f"/api/v1/actions/{action_a.pk}/", {"title": "New"}, **{"If-Match": "3"}
    )
    problem(response, 400, "bad-request")


@pytest.mark.parametrize(
    ("change", "field", "message"),
    [
        ({"title": ""}, "title", "This field is required."),
        ({"title": None}, "title", "This field is required."),
        ({"timescale": "soon"}, "timescale", "Select a valid choice."),
        ({"lead_agencies": [999999]}, "lead_agencies", "Select a valid choice."),
    ],
)
def test_an_invalid_change_says_what_the_form_says_and_changes_nothing(
    api_as, coordinator, action_a, change, field, message
):
    response = api_as(coordinator).patch(
        f"/api/v1/actions/{action_a.pk}/", change, **{"If-Match": f'"{action_a.version}"'}
    )
    errors = problem(response, 422, "invalid-fields")["errors"]
    assert errors[0]["field"] == field and message in errors[0]["message"]
    assert Action.objects.get(pk=action_a.pk).title == "Action number 1"
    assert Action.objects.get(pk=action_a.pk).version == action_a.version


def test_an_objective_of_another_theme_is_refused_with_the_forms_message(
    api_as, coordinator, action_a, plan_a
):
    other = Theme.objects.create(plan=plan_a, title="Prevention", order=2)
    elsewhere = Objective.objects.create(theme=other, title="Schools", order=1)
    response = api_as(coordinator).patch(
        f"/api/v1/actions/{action_a.pk}/",
        {"objective": elsewhere.pk},
        **{"If-Match": f'"{action_a.version}"'},
    )
    (error,) = problem(response, 422, "invalid-fields")["errors"]
    assert error["field"] == "objective" and "choose an objective of" in error["message"]


@pytest.mark.parametrize(
    ("body", "field"),
    [
        ({"colour": "red"}, "colour"),
        ({"title": 7}, "title"),
        ({"lead_agencies": "1"}, "lead_agencies"),
    ],
)
def test_unknown_fields_and_wrong_types_are_refused(api_as, coordinator, action_a, body, field):
    response = api_as(coordinator).patch(
        f"/api/v1/actions/{action_a.pk}/", body, **{"If-Match": f'"{action_a.version}"'}
    )
    assert problem(response, 422, "invalid-fields")["errors"][0]["field"] == field
    assert Action.objects.get(pk=action_a.pk).version == action_a.version


def test_the_coordinator_changes_a_theme_objective_and_milestone(
    api_as, coordinator, action_a, police_a
):
    client = api_as(coordinator)
    milestone = make_milestone(action_a, "Helpline live", "Jun 2016")
    for url, change in (
        (f"/api/v1/themes/{action_a.theme_id}/", {"title": "Safety", "description": "All of it"}),
        (f"/api/v1/objectives/{action_a.objective_id}/", {"ref": "1.9"}),
        (
            f"/api/v1/milestones/{milestone.pk}/",
            {"done_on": "2016-10-03", "lead_agency": police_a.pk},
        ),
    ):
        version = client.get(url)["ETag"]
        response = client.patch(url, change, **{"If-Match": version})
        assert response.status_code == 200, response.content
        assert response["ETag"] != version
        again = client.patch(url, change, **{"If-Match": version})
        problem(again, 412, "stale-version")
    milestone.refresh_from_db()
    assert milestone.done_on == dt.date(2016, 10, 3) and milestone.lead_agency == police_a
    assert Theme.objects.get(pk=action_a.theme_id).title == "Safety"
    assert Objective.objects.get(pk=action_a.objective_id).ref == "1.9"


def test_a_future_milestone_date_is_not_a_date_error_but_a_bad_date_is(
    api_as, coordinator, action_a
):
    milestone = make_milestone(action_a, "Helpline live", "Jun 2016")
    client = api_as(coordinator)
    version = client.get(f"/api/v1/milestones/{milestone.pk}/")["ETag"]
    response = client.patch(
        f"/api/v1/milestones/{milestone.pk}/", {"done_on": "2016-02-30"}, **{"If-Match": version}
    )
    assert problem(response, 422, "invalid-fields")["errors"][0]["field"] == "done_on"
    assert Milestone.objects.get(pk=milestone.pk).done_on is None


@pytest.mark.parametrize("who", ["lead", "viewer"])
def test_only_the_coordinator_changes_the_plan(api_as, request, who, action_a):
    person = request.getfixturevalue(who)
    response = api_as(person).patch(
        f"/api/v1/actions/{action_a.pk}/",
        {"title": "Mine"},
        **{"If-Match": f'"{action_a.version}"'},
    )
    problem(response, 403, "forbidden")
    assert Action.objects.get(pk=action_a.pk).title == "Action number 1"


def test_another_partnerships_action_is_not_found_for_a_change(api_as, lead_b, action_a):
    response = api_as(lead_b).patch(
        f"/api/v1/actions/{action_a.pk}/",
        {"title": "Mine"},
        **{"If-Match": f'"{action_a.version}"'},
    )
    problem(response, 404, "not-found")


def test_a_read_only_token_changes_nothing(api_as, coordinator, action_a):
    response = api_as(coordinator, ApiToken.Access.READ).patch(
        f"/api/v1/actions/{action_a.pk}/",
        {"title": "Mine"},
        **{"If-Match": f'"{action_a.version}"'},
    )
    problem(response, 403, "read-only-token")
    assert timezone.now()  # nothing else to check: the title stays
    assert Action.objects.get(pk=action_a.pk).title == "Action number 1"
