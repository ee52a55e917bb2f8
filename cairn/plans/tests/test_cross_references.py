"""Cross-references on the action form are picked with a search, not a list of every action."""

import pytest
from django.urls import reverse

from cairn.plans.factories import make_action, make_plan
from cairn.plans.models import Action
from cairn.plans.tests.test_editing import action_data

pytestmark = pytest.mark.django_db


@pytest.fixture
def many(plan_a):
    theme = plan_a.themes.first()
    return [make_action(theme, f"Commission service {n}", ref=f"3.{n}") for n in range(30)]


def lookup(client, plan, text, **extra):
    url = reverse("plans:action_lookup", args=[plan.pk])
    return client.get(url, {"related_search": text, **extra}, headers={"HX-Request": "true"})


def test_the_form_draws_only_the_chosen_cross_references(client_for, coordinator, action_a, many):
    action_a.related_actions.set([many[4]])
    page = client_for(coordinator).get(reverse("plans:action_edit", args=[action_a.pk]))
    html = page.content.decode()
    assert "Commission service 4" in html and f'value="{many[4].pk}"' in html
    assert "Commission service 5" not in html  # no list of every action
    assert reverse("plans:action_lookup", args=[action_a.plan.pk]) in html


def test_the_search_finds_actions_of_this_plan_by_words_or_reference(
    client_for, coordinator, plan_a, partnership_b, many
):
    make_plan(partnership_b).themes.first().actions.update(title="Commission service B")
    client = client_for(coordinator)
    response = lookup(client, plan_a, "commission 3.12")
    html = response.content.decode()
    assert response.status_code == 200 and "<html" not in html
    assert "Commission service 12" in html and "Commission service 13" not in html
    html = lookup(client, plan_a, "service").content.decode()
    assert "Showing the first 20" in html and "Commission service B" not in html
    html = lookup(client, plan_a, "service 3.7", exclude=many[7].pk).content.decode()
    assert "No action of this plan matches." in html


@pytest.mark.parametrize(
    ("text", "message"),
    [("x" * 10_000, "Search for 200 characters or fewer."), ("?!.", "Search for a word")],
)
def test_a_bad_search_gets_a_message(client_for, coordinator, plan_a, text, message):
    response = lookup(client_for(coordinator), plan_a, text)
    assert response.status_code == 200 and message in response.content.decode()


def test_without_javascript_find_actions_shows_matches_and_saves_nothing(
    client_for, coordinator, action_a, many
):
    data = action_data(action_a, title="Not saved yet", related_search="3.21", find_related="1")
    response = client_for(coordinator).post(reverse("plans:action_edit", args=[action_a.pk]), data)
    html = response.content.decode()
    assert response.status_code == 200
    assert "Commission service 21" in html and "Not saved yet" in html
    assert "There is a problem" not in html
    assert Action.objects.get(pk=action_a.pk).title == action_a.title


def test_a_ticked_search_result_is_saved_as_a_cross_reference(
    client_for, coordinator, action_a, many
):
    data = action_data(action_a, related_actions=[many[2].pk, many[9].pk])
    client_for(coordinator).post(reverse("plans:action_edit", args=[action_a.pk]), data)
    assert set(action_a.related_actions.all()) == {many[2], many[9]}


def test_a_cross_reference_to_another_partnerships_action_is_refused(
    client_for, coordinator, action_a, partnership_b
):
    theirs = make_plan(partnership_b).themes.first().actions.first()
    data = action_data(action_a, title="Changed", related_actions=[theirs.pk])
    response = client_for(coordinator).post(reverse("plans:action_edit", args=[action_a.pk]), data)
    assert response.status_code == 200
    assert "Choose other actions of this plan as its cross-references." in response.content.decode()
    action_a.refresh_from_db()
    assert action_a.title != "Changed" and not action_a.related_actions.exists()
