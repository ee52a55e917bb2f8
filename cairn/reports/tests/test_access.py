"""Who may open each report page: one row per view, taken from the URL configuration.

Every member reads the dashboard and downloads the board report; only the coordinator
publishes and withdraws. Anonymous people are sent to sign in, another partnership's people
get 404, and a member in the wrong role gets 403. A view added to cairn/reports/urls.py
without a row here fails the first test.
"""

from __future__ import annotations

import pytest
from django.urls import reverse

from cairn.reports import urls
from cairn.reports.models import Publication
from cairn.reports.publishing import NOTES_ACCEPTED, publish

pytestmark = pytest.mark.django_db

# name: who may open it ("member": anyone in the partnership; "coordinator": only them)
PLAN_VIEWS = {
    "dashboard": "member",
    "board_report": "member",
    "publication": "coordinator",
    "publication_preview": "coordinator",
    "withdraw_publication": "coordinator",
}
# Pages with an access table of their own elsewhere: name: where
ELSEWHERE = {
    "public": "below: open to anyone with the address, 404 for any other",
    "public_indicators_csv": "below, with the public page; test_public_csv.py for its content",
    "review_export": "deathreviews/tests/test_reviews.py (READ_PAGES)",
}


def test_every_report_view_has_a_row():
    assert {pattern.name for pattern in urls.urlpatterns} == set(PLAN_VIEWS) | set(ELSEWHERE)


@pytest.fixture
def report_plan(report_plan, coordinator):
    """The reports' plan, published: withdrawing needs something to withdraw."""
    publish(report_plan, coordinator)
    return report_plan


def url(name: str, plan) -> str:
    query = f"?notes={NOTES_ACCEPTED}" if name == "publication_preview" else ""
    return reverse(f"reports:{name}", args=[plan.pk]) + query


@pytest.mark.parametrize("name", PLAN_VIEWS)
def test_the_coordinator_opens_every_report_page(client_for, coordinator, report_plan, name):
    assert client_for(coordinator).get(url(name, report_plan)).status_code == 200


@pytest.mark.parametrize("who", ["lead", "viewer"])
@pytest.mark.parametrize("name", PLAN_VIEWS)
def test_other_members_read_but_do_not_publish(request, client_for, report_plan, who, name):
    client = client_for(request.getfixturevalue(who))
    expected = 200 if PLAN_VIEWS[name] == "member" else 403
    assert client.get(url(name, report_plan)).status_code == expected


@pytest.mark.parametrize("name", ["publication", "withdraw_publication"])
def test_a_post_from_the_wrong_role_changes_nothing(client_for, viewer, report_plan, name):
    live = Publication.objects.live().get(plan=report_plan)
    assert client_for(viewer).post(url(name, report_plan), {"confirm": "yes"}).status_code == 403
    assert Publication.objects.live().get(plan=report_plan) == live


@pytest.mark.parametrize("name", PLAN_VIEWS)
def test_anonymous_is_sent_to_sign_in(client, report_plan, name):
    response = client.get(url(name, report_plan))
    assert response.status_code == 302
    assert response.url.startswith(reverse("accounts:sign_in"))


@pytest.mark.parametrize("name", PLAN_VIEWS)
def test_another_partnership_gets_404(client_for, lead_b, report_plan, name):
    assert client_for(lead_b).get(url(name, report_plan)).status_code == 404


def test_the_public_page_is_open_to_anyone_with_its_address(client, report_plan):
    publication = Publication.objects.live().get(plan=report_plan)
    for name in ("reports:public", "reports:public_indicators_csv"):
        assert client.get(reverse(name, args=[publication.token])).status_code == 200
        assert client.get(reverse(name, args=["not-a-token"])).status_code == 404
