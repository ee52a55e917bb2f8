"""The partnership's search finds a death review's actions only for those who may see reviews:
the same people the review pages let in (the coordinator and the roles they chose)."""

from __future__ import annotations

import pytest
from django.urls import reverse

from cairn.deathreviews.models import ReviewAccess

pytestmark = pytest.mark.django_db

WORDS = "information sharing protocol"


def titles_found(client, review) -> list[str]:
    url = reverse("plans:search", args=[review.partnership.slug])
    response = client.get(url, {"q": WORDS})
    assert response.status_code == 200
    return [result.title for result in response.context["results"]]


def test_the_coordinator_finds_a_reviews_actions(review, client_for, coordinator):
    assert titles_found(client_for(coordinator), review) == [
        "Agree an information sharing protocol"
    ]


def test_a_role_not_chosen_finds_nothing_of_a_review(review, client_for, viewer, lead):
    assert titles_found(client_for(viewer), review) == []
    assert titles_found(client_for(lead), review) == []


def test_a_chosen_role_finds_them(review, client_for, viewer):
    ReviewAccess.objects.create(partnership=review.partnership, roles=["viewer"])
    assert titles_found(client_for(viewer), review) == ["Agree an information sharing protocol"]
