"""A coordinator builds and changes plans; nobody else can."""

from __future__ import annotations

import datetime as dt

import pytest
from django.urls import reverse

from cairn.plans import editing
from cairn.plans.factories import make_milestone
from cairn.plans.models import Action, Milestone, Objective, Plan, Theme

pytestmark = pytest.mark.django_db


def action_data(action: Action, **changes) -> dict:
    """What the action's edit form posts, as loaded now, with `changes`."""
    data = {
        "ref": action.ref,
        "title": action.title,
        "description": action.description,
        "theme": action.theme_id,
        "objective": action.objective_id or "",
        "lead_agencies": [a.pk for a in action.lead_agencies.all()],
        "lead_people": [p.pk for p in action.lead_people.all()],
        "collaborators": [a.pk for a in action.collaborators.all()],
        "deadline_text": action.deadline_text,
        "timescale": action.timescale,
        "output": action.output,
        "outcome": action.outcome,
        "indicators": action.indicators,
        "cost": action.cost,
        "related_actions": [a.pk for a in action.related_actions.all()],
        "version": action.version,
    }
    return {**data, **changes}


def plan_data(**changes) -> dict:
    data = {
        "title": "Delivery plan 2017/18",
        "period_text": "2017/18",
        "strategy": "",
        "starts_on_day": "1",
        "starts_on_month": "4",
        "starts_on_year": "2017",
        "ends_on_day": "31",
        "ends_on_month": "3",
        "ends_on_year": "2018",
        "state": "draft",
    }
    return {**data, **changes}


# ---------------------------------------------------------------- who may edit


@pytest.fixture
def objects(plan_a, action_a):
    theme = plan_a.themes.first()
    return {
        "partnership": plan_a.partnership.slug,
        "plan": plan_a.pk,
        "theme": theme.pk,
        "objective": theme.objectives.first().pk,
        "action": action_a.pk,
        "milestone": make_milestone(action_a, "Helpline live", "Jun 2016").pk,
    }


EDITING_VIEWS = [
    ("plans:plan_create", "partnership", "get"),
    ("plans:plan_edit", "plan", "get"),
    ("plans:plan_editor", "plan", "get"),
    ("plans:theme_move", "theme", "get"),
    ("plans:objective_move", "objective", "get"),
    ("plans:action_move", "action", "get"),
    ("plans:milestone_move", "milestone", "get"),
    ("plans:plan_delete", "plan", "get"),
    ("plans:plan_delete", "plan", "post"),
    ("plans:theme_create", "plan", "get"),
    ("plans:theme_edit", "theme", "get"),
    ("plans:theme_delete", "theme", "post"),
    ("plans:theme_move", "theme", "post"),
    ("plans:objective_create", "theme", "get"),
    ("plans:objective_edit", "objective", "get"),
    ("plans:objective_delete", "objective", "post"),
    ("plans:objective_move", "objective", "post"),
    ("plans:action_create", "plan", "get"),
    ("plans:action_lookup", "plan", "get"),
    ("plans:action_edit", "action", "get"),
    ("plans:action_edit", "action", "post"),
    ("plans:action_delete", "action", "post"),
    ("plans:action_move", "action", "post"),
    ("plans:milestone_create", "action", "get"),
    ("plans:milestone_edit", "milestone", "get"),
    ("plans:milestone_delete", "milestone", "post"),
    ("plans:milestone_move", "milestone", "post"),
]


def request(client, name, kind, method, objects):
    url = reverse(name, args=[objects[kind]])
    if name == "plans:action_edit" and method == "post":
        action = Action.objects.get(pk=objects[kind])
        return client.post(url, action_data(action, title="Changed"))
    if method == "post":
        return client.post(url, {"direction": "up", "title": "Changed"})
    return client.get(url)


def counts() -> tuple[int, ...]:
    models = (Plan, Theme, Objective, Action, Milestone)
    return tuple(m.objects.count() for m in models) + tuple(m.history.count() for m in models)


@pytest.mark.parametrize(("name", "kind", "method"), EDITING_VIEWS)
def test_editing_views_work_for_the_coordinator(
    client_for, coordinator, objects, name, kind, method
):
    """Each page shows (200) and each change is made (302 onwards): a form re-shown with
    its errors (also 200) would fail here."""
    before = counts()
    response = request(client_for(coordinator), name, kind, method, objects)
    assert response.status_code == (200 if method == "get" else 302)
    if method == "get":
        assert counts() == before
    elif not name.endswith("_move"):  # moving the first item up changes nothing
        assert counts() != before


@pytest.mark.parametrize(("name", "kind", "method"), EDITING_VIEWS)
def test_editing_views_send_anonymous_to_sign_in(client, objects, name, kind, method):
    before = counts()
    response = request(client, name, kind, method, objects)
    assert response.status_code == 302
    assert response.url.startswith(reverse("accounts:sign_in"))
    assert counts() == before


@pytest.mark.parametrize("person", ["viewer", "lead"])
@pytest.mark.parametrize(("name", "kind", "method"), EDITING_VIEWS)
def test_editing_views_are_403_for_viewers_and_leads(
    request_fixture, client_for, objects, person, name, kind, method
):
    before = counts()
    response = request(client_for(request_fixture(person)), name, kind, method, objects)
    assert response.status_code == 403
    assert counts() == before


@pytest.mark.parametrize(("name", "kind", "method"), EDITING_VIEWS)
def test_editing_views_are_404_for_another_partnership(
    client_for, lead_b, objects, name, kind, method
):
    before = counts()
    response = request(client_for(lead_b), name, kind, method, objects)
    assert response.status_code == 404
    assert counts() == before


@pytest.fixture
def request_fixture(request):
    return request.getfixturevalue


def test_buttons_show_only_to_the_coordinator(client_for, coordinator, viewer, action_a, plan_a):
    plan_url = reverse("plans:plan", args=[plan_a.pk])
    action_url = reverse("plans:action", args=[action_a.pk])
    page = client_for(coordinator).get(plan_url).content.decode()
    assert "Edit the plan" in page and "Move" not in page and "Delete" not in page
    editor = client_for(coordinator).get(reverse("plans:plan_editor", args=[plan_a.pk]))
    assert "Add a theme" in editor.content.decode() and "Add action" in editor.content.decode()
    assert "Edit action" in client_for(coordinator).get(action_url).content.decode()
    home = client_for(coordinator).get(
        reverse("accounts:partnership", args=[plan_a.partnership.slug])
    )
    assert "Create a plan" in home.content.decode()
    page = client_for(viewer).get(plan_url).content.decode()
    assert "Edit the plan" not in page and "Add a theme" not in page
    assert "Edit action" not in client_for(viewer).get(action_url).content.decode()


# ---------------------------------------------------------------- plans


def test_coordinator_creates_a_plan(client_for, coordinator, partnership_a):
    url = reverse("plans:plan_create", args=[partnership_a.slug])
    response = client_for(coordinator).post(url, plan_data())
    plan = Plan.objects.get(title="Delivery plan 2017/18")
    assert response.status_code == 302 and response.url == reverse("plans:plan", args=[plan.pk])
    assert plan.partnership == partnership_a
    assert (plan.starts_on, plan.ends_on) == (dt.date(2017, 4, 1), dt.date(2018, 3, 31))
    assert plan.history.first().history_user == coordinator


def test_moving_a_plans_start_rereads_relative_deadlines(client_for, coordinator, plan_a):
    action = plan_a.themes.first().actions.first()
    action.deadline_text = "End of year one"
    action.understand_deadline(plan_a.starts_on)
    action.save()
    url = reverse("plans:plan_edit", args=[plan_a.pk])
    client_for(coordinator).post(url, plan_data(title=plan_a.title))
    action.refresh_from_db()
    assert action.deadline_end == dt.date(2018, 3, 31)


def test_deleting_a_plan_asks_first(client_for, coordinator, plan_a):
    client = client_for(coordinator)
    url = reverse("plans:plan_delete", args=[plan_a.pk])
    assert "Are you sure" in client.get(url).content.decode()
    assert Plan.objects.filter(pk=plan_a.pk).exists()
    response = client.post(url)
    assert response.url == reverse("accounts:partnership", args=[plan_a.partnership.slug])
    assert not Plan.objects.filter(pk=plan_a.pk).exists()
    assert not Action.objects.exists()


# ---------------------------------------------------------------- themes and objectives


def test_coordinator_adds_edits_and_deletes_a_theme(client_for, coordinator, plan_a):
    client = client_for(coordinator)
    url = reverse("plans:theme_create", args=[plan_a.pk])
    client.post(url, {"ref": "2", "title": "Perpetrators", "description": ""})
    theme = Theme.objects.get(title="Perpetrators")
    assert theme.order == 2  # after the first
    client.post(
        reverse("plans:theme_edit", args=[theme.pk]),
        {"ref": "2", "title": "Holding perpetrators to account"},
    )
    theme.refresh_from_db()
    assert theme.title == "Holding perpetrators to account"
    assert (
        "Holding perpetrators to account"
        in client.get(reverse("plans:plan", args=[plan_a.pk])).content.decode()
    )
    client.post(reverse("plans:theme_delete", args=[theme.pk]))
    assert not Theme.objects.filter(pk=theme.pk).exists()


def test_coordinator_adds_and_edits_an_objective(client_for, coordinator, plan_a):
    client = client_for(coordinator)
    theme = plan_a.themes.first()
    client.post(
        reverse("plans:objective_create", args=[theme.pk]),
        {"ref": "1.2", "title": "Children are safe"},
    )
    objective = Objective.objects.get(title="Children are safe")
    assert objective.theme == theme and objective.order == 2
    client.post(
        reverse("plans:objective_edit", args=[objective.pk]),
        {"ref": "1.2", "title": "Children are safer"},
    )
    objective.refresh_from_db()
    assert objective.title == "Children are safer"


# ---------------------------------------------------------------- actions


def test_coordinator_adds_an_action_with_leads(client_for, coordinator, plan_a, police_a, lead):
    theme = plan_a.themes.first()
    client = client_for(coordinator)
    url = reverse("plans:action_create", args=[plan_a.pk])
    assert f'value="{theme.pk}" selected' in client.get(url, {"theme": theme.pk}).content.decode()
    data = {
        "ref": "1.2",
        "title": "Train GPs to ask about abuse",
        "theme": theme.pk,
        "lead_agencies": [police_a.pk],
        "lead_people": [lead.pk],
        "deadline_text": "By 2016/17",
        "timescale": "short",
        "version": 1,
    }
    response = client.post(url, data)
    action = Action.objects.get(title="Train GPs to ask about abuse")
    assert response.url == reverse("plans:action", args=[action.pk])
    assert list(action.lead_agencies.all()) == [police_a]
    assert list(action.lead_people.all()) == [lead]
    assert action.deadline_end == dt.date(2017, 3, 31)
    assert action.objective is None and action.order == 1


def test_editing_an_action_saves_it_and_shows_in_its_history(
    client_for, coordinator, action_a, police_a
):
    client = client_for(coordinator)
    url = reverse("plans:action_edit", args=[action_a.pk])
    assert "Action number 1" in client.get(url).content.decode()
    data = action_data(
        action_a,
        title="Open a second refuge",
        deadline_text="Mar 2017",
        collaborators=[police_a.pk],
    )
    response = client.post(url, data)
    assert response.status_code == 302
    action_a.refresh_from_db()
    assert action_a.title == "Open a second refuge"
    assert action_a.deadline_end == dt.date(2017, 3, 31)
    assert action_a.version == 2
    assert list(action_a.collaborators.all()) == [police_a]
    page = client.get(reverse("plans:action", args=[action_a.pk])).content.decode()
    assert "Action changed" in page and "Casey Coordinator" in page
    assert "Open a second refuge" in page


def test_a_deadline_typo_is_accepted_and_flagged(client_for, coordinator, action_a):
    client = client_for(coordinator)
    client.post(
        reverse("plans:action_edit", args=[action_a.pk]),
        action_data(action_a, deadline_text="Oct 208"),
    )
    action_a.refresh_from_db()
    assert action_a.deadline_text == "Oct 208"
    assert action_a.deadline_kind == "unparsed"
    assert (
        "Check this date"
        in client.get(reverse("plans:action", args=[action_a.pk])).content.decode()
    )


def test_editing_an_action_keeps_a_leads_progress_note(client_for, coordinator, action_a):
    client = client_for(coordinator)
    data = action_data(action_a, title="New title")
    Action.objects.filter(pk=action_a.pk).update(progress_note="Refuge opened in May")
    client.post(reverse("plans:action_edit", args=[action_a.pk]), data)
    action_a.refresh_from_db()
    assert (action_a.title, action_a.progress_note) == ("New title", "Refuge opened in May")


def test_second_save_of_same_action_is_refused(client_for, coordinator, action_a):
    client = client_for(coordinator)
    url = reverse("plans:action_edit", args=[action_a.pk])
    first = action_data(action_a, title="Saved first")
    second = action_data(action_a, title="Saved second")  # loaded at the same version
    assert client.post(url, first).status_code == 302
    response = client.post(url, second)
    assert response.status_code == 409
    page = response.content.decode()
    assert "Your changes have not been saved" in page
    assert "Casey Coordinator saved a change" in page
    assert "Saved first" in page and "Saved second" in page  # theirs in the form, yours listed
    action_a.refresh_from_db()
    assert (action_a.title, action_a.version) == ("Saved first", 2)
    assert 'name="version" value="2"' in page  # saving again from here works


def test_save_action_claims_the_version_with_one_conditional_update(coordinator, action_a):
    first, second = Action.objects.get(pk=action_a.pk), Action.objects.get(pk=action_a.pk)
    first.title, second.title = "One", "Two"
    save = {"fields": ["title"], "related": {}, "expected_version": 1, "by": coordinator}
    editing.save_action(first, **save)
    with pytest.raises(editing.ActionChangedMeanwhile) as refused:
        editing.save_action(second, **save)
    assert refused.value.current.title == "One"
    assert Action.objects.get(pk=action_a.pk).title == "One"


def test_deleting_an_action_asks_first(client_for, coordinator, action_a, plan_a):
    client = client_for(coordinator)
    url = reverse("plans:action_delete", args=[action_a.pk])
    assert "Are you sure you want to delete this action?" in client.get(url).content.decode()
    response = client.post(url)
    assert response.url == reverse("plans:plan_editor", args=[plan_a.pk])
    assert not Action.objects.filter(pk=action_a.pk).exists()


# ---------------------------------------------------------------- milestones


def test_coordinator_adds_edits_and_deletes_a_milestone(
    client_for, coordinator, action_a, police_a
):
    client = client_for(coordinator)
    data = {"title": "Refuge site found", "deadline_text": "Dec 2016", "lead_agency": police_a.pk}
    client.post(reverse("plans:milestone_create", args=[action_a.pk]), data)
    milestone = Milestone.objects.get(title="Refuge site found")
    assert milestone.deadline_end == dt.date(2016, 12, 31) and milestone.lead_agency == police_a
    data = {**data, "done_on_day": "14", "done_on_month": "9", "done_on_year": "2016"}
    client.post(reverse("plans:milestone_edit", args=[milestone.pk]), data)
    milestone.refresh_from_db()
    assert milestone.done_on == dt.date(2016, 9, 14)
    page = client.get(reverse("plans:action", args=[action_a.pk])).content.decode()
    assert "Milestone “Refuge site found” changed" in page and "Done 14 Sep 2016" in page
    client.post(reverse("plans:milestone_delete", args=[milestone.pk]))
    assert not Milestone.objects.filter(pk=milestone.pk).exists()


# ---------------------------------------------------------------- order


def titles(queryset) -> list[str]:
    return list(queryset.order_by("order", "pk").values_list("title", flat=True))


def test_moving_an_action_changes_its_order(client_for, coordinator, plan_a):
    objective = plan_a.themes.first().objectives.first()
    third = objective.actions.get(title="Action number 3")
    client = client_for(coordinator)
    response = client.post(reverse("plans:action_move", args=[third.pk]), {"direction": "up"})
    assert response.status_code == 302
    assert titles(objective.actions)[:3] == [
        "Action number 1",
        "Action number 3",
        "Action number 2",
    ]


def test_moving_a_theme_with_htmx_returns_the_plan_tree(client_for, coordinator, plan_a):
    second = Theme.objects.create(plan=plan_a, title="Perpetrators", order=2)
    client = client_for(coordinator)
    url = reverse("plans:theme_move", args=[second.pk])
    response = client.post(url, {"direction": "up"}, headers={"HX-Request": "true"})
    page = response.content.decode()
    assert response.status_code == 200 and "<html" not in page
    assert page.index("Perpetrators") < page.index("Safety and support")
    assert titles(plan_a.themes) == ["Perpetrators", "Safety and support"]


def test_moving_the_first_item_up_changes_nothing(client_for, coordinator, plan_a):
    theme = plan_a.themes.first()
    Theme.objects.create(plan=plan_a, title="Perpetrators", order=2)
    client_for(coordinator).post(reverse("plans:theme_move", args=[theme.pk]), {"direction": "up"})
    assert titles(plan_a.themes) == ["Safety and support", "Perpetrators"]


def test_moving_milestones_and_objectives(client_for, coordinator, action_a):
    first = make_milestone(action_a, "First", order=1)
    make_milestone(action_a, "Second", order=2)
    client = client_for(coordinator)
    client.post(reverse("plans:milestone_move", args=[first.pk]), {"direction": "down"})
    assert titles(action_a.milestones) == ["Second", "First"]
    response = client.post(
        reverse("plans:milestone_move", args=[first.pk]),
        {"direction": "up"},
        headers={"HX-Request": "true"},
    )
    assert "<table" in response.content.decode() and "<html" not in response.content.decode()
    theme = action_a.theme
    Objective.objects.create(theme=theme, title="Later objective", order=2)
    later = theme.objectives.get(title="Later objective")
    client.post(reverse("plans:objective_move", args=[later.pk]), {"direction": "up"})
    assert titles(theme.objectives) == ["Later objective", "Victims get help early"]


def test_moving_by_get_shows_where_to_move_and_changes_nothing(client_for, coordinator, action_a):
    response = client_for(coordinator).get(reverse("plans:action_move", args=[action_a.pk]))
    assert response.status_code == 200
    assert "Move to" in response.content.decode() and "(this one)" in response.content.decode()


def test_an_imported_lead_person_who_is_not_a_member_yet_stays_on_an_edited_action(
    client_for, coordinator, action_a
):
    # The form offered members only, so the first edit after an import dropped the person
    # the plan named as the action's lead.
    from cairn.accounts.models import User

    proposed = User.objects.create_user("jo@proposed.example", name="Jo Bloggs", is_active=False)
    action_a.lead_people.set([proposed])
    client = client_for(coordinator)

    page = client.get(reverse("plans:action_edit", args=[action_a.pk])).content.decode()
    assert "Jo Bloggs" in page and f'value="{proposed.pk}"' in page
    response = client.post(
        reverse("plans:action_edit", args=[action_a.pk]),
        action_data(action_a, deadline_text="June 2026"),
    )

    assert response.status_code == 302
    assert list(action_a.lead_people.all()) == [proposed]
