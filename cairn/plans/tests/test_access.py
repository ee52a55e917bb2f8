"""Who may see each plan page: one row per view, taken from the URL configuration.

The reading pages are open to every member of the partnership: anonymous people are sent to
sign in, another partnership's people get 404. The coordinator's editing pages have their
own table (EDITING_VIEWS in test_editing.py: 403 for viewers and leads as well). A view
added to cairn/plans/urls.py in neither table fails the first test.
"""

from __future__ import annotations

import pytest
from django.urls import reverse

from cairn.plans import urls
from cairn.plans.tests.test_editing import EDITING_VIEWS

pytestmark = pytest.mark.django_db

# name: the object its URL names (None: it names none)
READING_VIEWS = {"plan": "plan", "action": "action", "my_actions": None}
# Pages with an access table of their own elsewhere: name: where
ELSEWHERE = {
    "partnerships": "test_host_partnerships.py",
    "partnership_create": "test_host_partnerships.py",
    "partnership_deactivate": "test_host_partnerships.py",
    "partnership_reactivate": "test_host_partnerships.py",
    "reassign_actions": "accounts/tests/test_people.py",
    "deleted": "test_deleting.py",
    "restore": "test_deleting.py",
    "roll_forward": "test_rollforward.py",
    "search": "test_search.py",
    "strategies": "test_strategy.py",
    "strategy": "test_strategy.py",
    "strategy_create": "test_strategy.py",
    "strategy_edit": "test_strategy.py",
    "settings": "test_settings.py",
    "status_scheme": "test_settings.py",
    "status_templates": "test_settings.py",
    "status_scheme_confirm": "test_settings.py",
}


def test_every_plan_view_has_a_row():
    editing = {name.removeprefix("plans:") for name, _, _ in EDITING_VIEWS}
    tables = editing | set(READING_VIEWS) | set(ELSEWHERE)
    assert {pattern.name for pattern in urls.urlpatterns} == tables


@pytest.fixture
def objects(plan_a, action_a):
    return {"plan": plan_a.pk, "action": action_a.pk}


def url(name: str, objects: dict) -> str:
    kind = READING_VIEWS[name]
    return reverse(f"plans:{name}", args=[objects[kind]] if kind else [])


@pytest.mark.parametrize("name", READING_VIEWS)
def test_anonymous_is_sent_to_sign_in(client, objects, name):
    response = client.get(url(name, objects))
    assert response.status_code == 302
    assert response.url.startswith(reverse("accounts:sign_in"))


@pytest.mark.parametrize("who", ["coordinator", "lead", "viewer"])
@pytest.mark.parametrize("name", READING_VIEWS)
def test_every_member_reads_the_plan_pages(request, client_for, objects, who, name):
    assert client_for(request.getfixturevalue(who)).get(url(name, objects)).status_code == 200


@pytest.mark.parametrize("name", ["plan", "action"])
def test_another_partnership_gets_404(client_for, objects, lead_b, name):
    assert client_for(lead_b).get(url(name, objects)).status_code == 404
