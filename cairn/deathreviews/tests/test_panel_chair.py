"""A review's panel chair: sees that review and signs off its actions and recommendations,
whatever their role; nothing else of the reviews, and never changes the review."""

from __future__ import annotations

import pytest
from django.urls import reverse
from django.utils import timezone

from cairn.accounts.models import Membership
from cairn.deathreviews.models import Review
from cairn.deathreviews.tests.conftest import TODAY, date_fields, new_review
from cairn.plans.models import Action

pytestmark = pytest.mark.django_db


@pytest.fixture
def chaired(review, viewer):
    """The viewer chairs DHR 2024/01's panel; viewers may not see reviews otherwise."""
    Review.objects.filter(pk=review.pk).update(panel_chair=viewer)
    review.refresh_from_db()
    return review


def first_action(review: Review) -> Action:
    return Action.objects.filter(theme__plan=review.plan).order_by("order", "pk").first()


def test_the_chair_sees_their_review_its_plan_and_actions(chaired, client_for, viewer):
    client = client_for(viewer)
    action = first_action(chaired)
    for url in (
        reverse("deathreviews:review", args=[chaired.pk]),
        reverse("plans:plan", args=[chaired.plan_id]),
        reverse("plans:action", args=[action.pk]),
        reverse("reports:review_export", args=[chaired.pk, "xlsx"]),
    ):
        assert client.get(url).status_code == 200, url
    page = client.get(reverse("deathreviews:review", args=[chaired.pk])).content.decode()
    assert reverse("deathreviews:action_sign_off", args=[action.pk]) in page
    assert reverse("deathreviews:list", args=[chaired.partnership.slug]) not in page  # 403 there
    assert reverse("deathreviews:edit", args=[chaired.pk]) not in page


def test_the_chair_signs_off_actions_and_recommendations(chaired, client_for, viewer):
    client = client_for(viewer)
    first = chaired.recommendations.get(objective__ref="1")
    for action in Action.objects.filter(objective=first.objective):
        response = client.post(
            reverse("deathreviews:action_sign_off", args=[action.pk]),
            {**date_fields("completed_on", TODAY), "evidence": "Seen at the panel."},
        )
        assert response.status_code == 302
        assert action.sign_off.signed_off_by == viewer
    response = client.post(
        reverse("deathreviews:recommendation_sign_off", args=[first.pk]),
        {"evidence": "Met: protocol in use."},
    )
    assert response.status_code == 302
    first.refresh_from_db()
    assert first.is_signed_off and first.signed_off_by == viewer


def test_the_chair_changes_nothing_else_and_sees_no_other_review(
    chaired, client_for, viewer, coordinator
):
    other = new_review(chaired.partnership, coordinator, reference="DHR 2024/02")
    client = client_for(viewer)
    slug = chaired.partnership.slug
    refused = [
        ("get", reverse("deathreviews:review", args=[other.pk])),
        ("get", reverse("plans:plan", args=[other.plan_id])),
        ("get", reverse("deathreviews:list", args=[slug])),
        ("get", reverse("deathreviews:themes", args=[slug])),
        ("post", reverse("deathreviews:edit", args=[chaired.pk])),
        ("post", reverse("deathreviews:recommendation_create", args=[chaired.pk])),
        ("post", reverse("deathreviews:publication", args=[chaired.pk])),
        ("post", reverse("deathreviews:import", args=[chaired.pk])),
    ]
    for method, url in refused:
        assert getattr(client, method)(url).status_code == 403, url


def test_a_chair_who_has_left_the_partnership_sees_nothing(chaired, client_for, viewer):
    Membership.objects.filter(user=viewer).update(deactivated_at=timezone.now())
    response = client_for(viewer).get(reverse("deathreviews:review", args=[chaired.pk]))
    assert response.status_code == 404


def test_the_coordinator_names_the_chair_from_the_partnerships_members(
    review, client_for, coordinator, viewer, lead_b
):
    client = client_for(coordinator)
    url = reverse("deathreviews:edit", args=[review.pk])
    fields = {"reference": review.reference, "kind": review.kind, "status": review.status}
    refused = client.post(url, {**fields, "panel_chair": lead_b.pk})  # another partnership's
    assert refused.status_code == 400
    review.refresh_from_db()
    assert review.panel_chair is None
    assert client.post(url, {**fields, "panel_chair": viewer.pk}).status_code == 302
    review.refresh_from_db()
    assert review.panel_chair == viewer
    home = client_for(viewer).get(reverse("accounts:partnership", args=[review.partnership.slug]))
    assert reverse("deathreviews:review", args=[review.pk]) in home.content.decode()


def test_my_actions_and_the_plan_filter_follow_the_chair(chaired, client_for, viewer):
    """The chair is named as lead of one of the review's actions: My actions lists it, and
    stops when they no longer chair the review."""
    action = first_action(chaired)
    action.lead_people.add(viewer)
    client = client_for(viewer)
    assert (
        reverse("plans:action", args=[action.pk])
        in client.get(reverse("plans:my_actions")).content.decode()
    )
    Review.objects.filter(pk=chaired.pk).update(panel_chair=None)
    assert (
        reverse("plans:action", args=[action.pk])
        not in client.get(reverse("plans:my_actions")).content.decode()
    )


def test_the_api_lists_the_chairs_review_plan_as_the_pages_show_it(chaired, viewer, lead):
    """The API's lists take the same plan filter as the pages (api/visibility.py)."""
    from cairn.accounts.models import ApiToken
    from cairn.api.tests.conftest import Api

    def plans_listed(person) -> set[int]:
        _, secret = ApiToken.issue(person, "Lists", ApiToken.Access.READ, None)
        return {plan["id"] for plan in Api(secret).get("/api/v1/plans/").json()["results"]}

    assert chaired.plan_id in plans_listed(viewer)
    assert chaired.plan_id not in plans_listed(lead)
