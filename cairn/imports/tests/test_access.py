"""Who may use each import page: one row per view, taken from the URL configuration.

Every page of the `imports` namespace is a coordinator's: anonymous people are sent to sign
in, viewers and leads get 403, another partnership's people 404, and nothing is saved.
A view added to cairn/imports/urls.py without a row here fails the first test.
"""

from __future__ import annotations

import pytest
from django.urls import reverse

from cairn.accounts.models import Partnership
from cairn.imports import urls
from cairn.plans.models import Plan, Strategy

pytestmark = pytest.mark.django_db

SLUG = "partnership-a"

# name: (extra URL arguments after the partnership, method)
VIEWS = {
    "start": ((), "get"),
    "preview": ((), "get"),
    "progress": ((), "get"),
    "item": (("t1",), "get"),
    "correct": ((), "post"),
    "leads": ((), "post"),
    "column": ((), "post"),
    "confirm": ((), "post"),
    "cancel": ((), "post"),
    "invite_many": ((), "get"),
    "confirm_invite_many": ((), "post"),
    "strategy_text": (None, "get"),  # a strategy's, not the partnership's: see visit()
}


def test_every_import_view_has_a_row():
    assert {pattern.name for pattern in urls.urlpatterns} == set(VIEWS)


def visit(client, name: str):
    extra, method = VIEWS[name]
    if extra is None:  # the vision and aims of partnership A's strategy
        partnership = Partnership.objects.get(slug=SLUG)
        strategy, _ = Strategy.objects.get_or_create(partnership=partnership, title="Strategy")
        url = reverse(f"imports:{name}", args=[strategy.pk])
    else:
        url = reverse(f"imports:{name}", args=[SLUG, *extra])
    return client.post(url, {"title": "x"}) if method == "post" else client.get(url)


@pytest.mark.parametrize("name", VIEWS)
def test_anonymous_is_sent_to_sign_in(client, partnership_a, name):
    response = visit(client, name)
    assert response.status_code == 302
    assert response.url.startswith(reverse("accounts:sign_in"))


@pytest.mark.parametrize("who", ["viewer", "lead"])
@pytest.mark.parametrize("name", VIEWS)
def test_viewer_and_lead_get_403(request, client_for, who, name):
    response = visit(client_for(request.getfixturevalue(who)), name)
    assert response.status_code == 403
    assert not Plan.objects.exists()


@pytest.mark.parametrize("name", VIEWS)
def test_another_partnership_gets_404(client_for, lead_b, partnership_a, name):
    response = visit(client_for(lead_b), name)
    assert response.status_code == 404
    assert not Plan.objects.exists()
