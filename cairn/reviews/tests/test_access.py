"""Who may use each review round page: one row per view, taken from the URL configuration.

Anonymous people are sent to sign in; a viewer reads the round but gets 403 on everything
else; another partnership's lead gets 404; a refused request changes nothing. The emailed
sign-in link is the one page open to all (tested in test_sign_in_link.py). A view added to
cairn/reviews/urls.py without a row here fails the first test.
"""

from __future__ import annotations

import pytest
from django.urls import reverse

from cairn.reviews import urls
from cairn.reviews.models import ReviewRound, Update
from cairn.reviews.updates import UpdateInput, save_update

pytestmark = pytest.mark.django_db

OPEN_TO_ALL = {"link_sign_in"}

# name: (the objects its URL names, method, what a viewer of the partnership gets)
VIEWS = {
    "open_round": (("plan",), "post", 403),
    "rounds": (("plan",), "get", 200),
    "round": (("round",), "get", 200),
    "change_state": (("round",), "post", 403),
    "chase": (("round",), "post", 403),
    "update": (("round", "action"), "post", 403),
    "review": (("update",), "post", 403),
    "download_sheet": (("round", "lead"), "get", 403),
    "upload_sheet": (("round", "lead"), "post", 403),
    "confirm_sheet": (("round", "lead"), "post", 403),
    "my_updates": (("round", "lead"), "post", 403),
}


def test_every_review_view_has_a_row():
    assert {pattern.name for pattern in urls.urlpatterns} == set(VIEWS) | OPEN_TO_ALL


@pytest.fixture
def objects(plan_a, round_a, action_a, lead, on_track):
    update = save_update(
        round_a, action_a, lead, UpdateInput(on_track, "Going well"), version=0, submit=True
    )
    return {"plan": plan_a.pk, "round": round_a.pk, "action": action_a.pk, "update": update.pk}


def visit(client, objects: dict, lead, name: str):
    kinds, method, _ = VIEWS[name]
    args = [lead.pk if kind == "lead" else objects[kind] for kind in kinds]
    url = reverse(f"reviews:{name}", args=args)
    data = {"change": "close", "decision": "accept", "version": 1, "note": "x", "changes": "x"}
    return client.post(url, data) if method == "post" else client.get(url)


def state() -> list[tuple]:
    return list(ReviewRound.objects.values_list("pk", "state")) + list(
        Update.objects.values_list("pk", "state", "note", "version")
    )


@pytest.mark.parametrize("name", VIEWS)
def test_anonymous_is_sent_to_sign_in(client, objects, lead, name):
    before = state()
    client.logout()
    response = visit(client, objects, lead, name)
    assert response.status_code == 302
    assert response.url.startswith(reverse("accounts:sign_in"))
    assert state() == before


@pytest.mark.parametrize("name", VIEWS)
def test_a_viewer_reads_the_round_and_may_do_nothing_else(client_for, objects, lead, viewer, name):
    before = state()
    response = visit(client_for(viewer), objects, lead, name)
    assert response.status_code == VIEWS[name][2]
    assert state() == before


@pytest.mark.parametrize("name", VIEWS)
def test_another_partnership_gets_404(client_for, objects, lead, lead_b, name):
    before = state()
    response = visit(client_for(lead_b), objects, lead, name)
    assert response.status_code == 404
    assert state() == before
