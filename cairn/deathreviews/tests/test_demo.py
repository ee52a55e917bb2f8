"""The Exampleshire demo's death reviews: enough to show every part of the app."""

from __future__ import annotations

import pytest
from django.urls import reverse

from cairn.accounts.models import User
from cairn.deathreviews.demo import add_demo_reviews
from cairn.deathreviews.models import ActionSignOff, LearningTheme, Recommendation, Review
from cairn.deathreviews.publishing import preview
from cairn.plans.demo import build_demo
from cairn.plans.models import Action

pytestmark = pytest.mark.django_db


def test_the_demo_has_reviews_across_agencies_some_signed_off_with_shared_themes(
    client_for,
):
    partnership, _ = build_demo()
    reviews = add_demo_reviews(partnership)
    assert set(add_demo_reviews(partnership)) == set(reviews)  # safe to run again
    assert Review.objects.filter(partnership=partnership).count() == 3
    with_recommendations = [r for r in reviews if r.recommendations.exists()]
    assert len(with_recommendations) >= 2
    actions = Action.objects.filter(objective__recommendation__review__in=reviews)
    lead_agencies = {a.short_name for action in actions for a in action.lead_agencies.all()}
    assert len(lead_agencies) >= 5
    assert ActionSignOff.objects.filter(action__in=actions).count() >= 3
    assert Recommendation.objects.filter(review__in=reviews, signed_off_at__isnull=False).exists()
    shared = [
        theme
        for theme in LearningTheme.objects.filter(partnership=partnership)
        if theme.recommendations.values("review").distinct().count() >= 2
    ]
    assert {t.name for t in shared} >= {"Information sharing", "Risk assessment"}
    for review in reviews:  # nobody named: each could be published as it is
        assert preview(review, review.created_at.date()).flags == []

    lead = User.objects.get(email="lead@exampleshire.example")  # police, and leads may see
    page = client_for(lead).get(reverse("plans:my_actions")).content.decode()
    assert "Refresh DASH training for response officers" in page
    viewer = User.objects.get(email="viewer@exampleshire.example")
    home = client_for(viewer).get(reverse("accounts:partnership", args=[partnership.slug]))
    assert reverse("deathreviews:list", args=[partnership.slug]) not in home.content.decode()
