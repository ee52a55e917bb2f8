"""Bad input to the editing forms: a clear message by the field, and nothing changed."""

from __future__ import annotations

import pytest
from django.urls import reverse

from cairn.accounts.models import Agency
from cairn.plans.factories import make_plan
from cairn.plans.models import Action, Milestone, Objective, Plan, Theme
from cairn.plans.tests.test_editing import action_data, plan_data

pytestmark = pytest.mark.django_db


def snapshot() -> list:
    """Every row and history record of the plan tables, to show nothing changed."""
    models = (Plan, Theme, Objective, Action, Milestone)
    rows = [list(m.objects.order_by("pk").values()) for m in models]
    return (
        rows
        + [m.history.count() for m in models]
        + [
            list(Action.lead_agencies.through.objects.values_list("action_id", "agency_id")),
            list(
                Action.related_actions.through.objects.values_list("from_action_id", "to_action_id")
            ),
        ]
    )


def assert_error_by_field(response, field: str, message: str) -> None:
    page = response.content.decode()
    assert response.status_code == 200
    assert "There is a problem" in page  # the error summary
    assert f'id="id_{field}-error"' in page  # the message by the field
    assert message in page


@pytest.mark.parametrize(
    ("changes", "field", "message"),
    [
        ({"title": ""}, "title", "This field is required"),
        ({"title": "x" * 301}, "title", "at most 300 characters"),
        ({"starts_on_day": "31", "starts_on_month": "2"}, "starts_on", "Enter a real date"),
        ({"starts_on_month": "April"}, "starts_on", "Enter a real date"),
        ({"starts_on_year": "17"}, "starts_on", "The year must have 4 numbers"),
        ({"ends_on_day": ""}, "ends_on", "Enter the day, month and year"),
        ({"ends_on_year": "2016"}, "ends_on", "The plan must end after it starts"),
        ({"state": "finished"}, "state", "Select a valid choice"),
    ],
)
def test_bad_plan_input_is_refused(client_for, coordinator, plan_a, changes, field, message):
    before = snapshot()
    url = reverse("plans:plan_edit", args=[plan_a.pk])
    response = client_for(coordinator).post(url, plan_data(**changes))
    assert_error_by_field(response, field, message)
    assert snapshot() == before


def test_a_strategy_of_another_partnership_is_refused(
    client_for, coordinator, plan_a, partnership_b
):
    from cairn.plans.models import Strategy

    other = Strategy.objects.create(partnership=partnership_b, title="B's strategy")
    before = snapshot()
    url = reverse("plans:plan_create", args=[plan_a.partnership.slug])
    response = client_for(coordinator).post(url, plan_data(strategy=other.pk))
    assert_error_by_field(response, "strategy", "Select a valid choice")
    assert snapshot() == before


@pytest.mark.parametrize(
    ("changes", "field", "message"),
    [
        ({"title": "  "}, "title", "This field is required"),
        ({"ref": "1.1.1.1.1.1.1.1.1.1.1"}, "ref", "at most 20 characters"),
        ({"deadline_text": "x" * 301}, "deadline_text", "at most 300 characters"),
        ({"timescale": "forever"}, "timescale", "Select a valid choice"),
        ({"theme": ""}, "theme", "This field is required"),
        ({"theme": "abc"}, "theme", "Select a valid choice"),
    ],
)
def test_bad_action_input_is_refused(client_for, coordinator, action_a, changes, field, message):
    before = snapshot()
    url = reverse("plans:action_edit", args=[action_a.pk])
    response = client_for(coordinator).post(url, action_data(action_a, **changes))
    assert_error_by_field(response, field, message)
    assert snapshot() == before


def test_an_objective_from_another_theme_is_refused(client_for, coordinator, action_a, plan_a):
    other_theme = Theme.objects.create(plan=plan_a, title="Perpetrators", order=2)
    before = snapshot()
    url = reverse("plans:action_edit", args=[action_a.pk])
    response = client_for(coordinator).post(url, action_data(action_a, theme=other_theme.pk))
    assert_error_by_field(response, "objective", "is in the theme “1 Safety and support”")
    assert response.content.decode().count("choose an objective of") == 2  # summary + field
    assert snapshot() == before


def test_an_agency_of_another_partnership_is_refused(
    client_for, coordinator, action_a, partnership_b
):
    their_police = Agency.objects.create(partnership=partnership_b, name="B Police")
    before = snapshot()
    url = reverse("plans:action_edit", args=[action_a.pk])
    response = client_for(coordinator).post(
        url, action_data(action_a, lead_agencies=[their_police.pk])
    )
    assert_error_by_field(response, "lead_agencies", "Select a valid choice")
    assert snapshot() == before


def test_a_person_of_another_partnership_is_refused(client_for, coordinator, action_a, lead_b):
    before = snapshot()
    url = reverse("plans:action_edit", args=[action_a.pk])
    response = client_for(coordinator).post(url, action_data(action_a, lead_people=[lead_b.pk]))
    assert_error_by_field(response, "lead_people", "Select a valid choice")
    assert snapshot() == before


def test_another_plans_action_as_a_cross_reference_is_refused(
    client_for, coordinator, action_a, partnership_a
):
    other_plan = make_plan(partnership_a, "Last year's plan", actions=1)
    elsewhere = Action.objects.get(theme__plan=other_plan)
    before = snapshot()
    url = reverse("plans:action_edit", args=[action_a.pk])
    response = client_for(coordinator).post(
        url, action_data(action_a, related_actions=[elsewhere.pk])
    )
    assert_error_by_field(response, "related_actions", "Choose other actions of this plan")
    assert snapshot() == before


def test_an_action_cannot_refer_to_itself(client_for, coordinator, action_a):
    url = reverse("plans:action_edit", args=[action_a.pk])
    response = client_for(coordinator).post(
        url, action_data(action_a, related_actions=[action_a.pk])
    )
    assert_error_by_field(response, "related_actions", "Choose other actions of this plan")


def test_an_action_form_without_its_version_is_refused(client_for, coordinator, action_a):
    before = snapshot()
    data = action_data(action_a, title="No version")
    del data["version"]
    response = client_for(coordinator).post(reverse("plans:action_edit", args=[action_a.pk]), data)
    assert "Open the action again" in response.content.decode()
    assert snapshot() == before


def test_a_new_action_with_bad_input_is_not_created(client_for, coordinator, plan_a):
    before = snapshot()
    url = reverse("plans:action_create", args=[plan_a.pk])
    response = client_for(coordinator).post(
        url, {"title": "", "theme": plan_a.themes.first().pk, "version": 1}
    )
    assert_error_by_field(response, "title", "This field is required")
    assert snapshot() == before


@pytest.mark.parametrize(
    ("data", "field", "message"),
    [
        ({"title": ""}, "title", "This field is required"),
        (
            {"title": "Step", "done_on_day": "32", "done_on_month": "1", "done_on_year": "2017"},
            "done_on",
            "Enter a real date",
        ),
        ({"title": "Step", "lead_agency": "999999"}, "lead_agency", "Select a valid choice"),
    ],
)
def test_bad_milestone_input_is_refused(client_for, coordinator, action_a, data, field, message):
    before = snapshot()
    url = reverse("plans:milestone_create", args=[action_a.pk])
    response = client_for(coordinator).post(url, data)
    assert_error_by_field(response, field, message)
    assert snapshot() == before


@pytest.mark.parametrize(
    ("name", "data"),
    [
        ("plans:theme_create", {"title": ""}),
        ("plans:theme_create", {"title": "t" * 501, "ref": "1"}),
    ],
)
def test_bad_theme_input_is_refused(client_for, coordinator, plan_a, name, data):
    before = snapshot()
    response = client_for(coordinator).post(reverse(name, args=[plan_a.pk]), data)
    assert response.status_code == 200 and 'id="id_title-error"' in response.content.decode()
    assert snapshot() == before


def test_an_empty_objective_title_is_refused(client_for, coordinator, plan_a):
    theme = plan_a.themes.first()
    before = snapshot()
    response = client_for(coordinator).post(
        reverse("plans:objective_create", args=[theme.pk]), {"title": ""}
    )
    assert_error_by_field(response, "title", "This field is required")
    assert snapshot() == before


def test_a_bad_move_direction_changes_nothing(client_for, coordinator, action_a):
    before = snapshot()
    url = reverse("plans:action_move", args=[action_a.pk])
    assert client_for(coordinator).post(url, {"direction": "sideways"}).status_code == 400
    assert snapshot() == before


@pytest.mark.parametrize(
    "url",
    [
        "/plans/999999/details/",
        "/plans/abc/edit/",
        "/themes/999999/edit/",
        "/themes/1x/move/",
        "/objectives/999999/delete/",
        "/actions/999999/edit/",
        "/actions/999999/milestones/new/",
        "/milestones/999999/edit/",
        "/milestones/-1/delete/",
        "/p/no-such-partnership/plans/new/",
        "/plans/99999999999999999999999/details/",
    ],
)
def test_malformed_or_missing_ids_are_404(client_for, coordinator, url):
    client = client_for(coordinator)
    assert client.get(url).status_code == 404
    assert client.post(url, {"direction": "up"}).status_code == 404
