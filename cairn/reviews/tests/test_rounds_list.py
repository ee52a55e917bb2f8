"""Every review round of a plan is reachable: a list, a page at a time."""

import datetime as dt

import pytest
from django.urls import reverse

from cairn.reviews.models import ReviewRound

pytestmark = pytest.mark.django_db


@pytest.fixture
def many_rounds(plan_a, coordinator):
    for n in range(23):
        start = dt.date(2010 + n // 4, 1 + 3 * (n % 4), 1)
        ReviewRound.objects.create(
            plan=plan_a,
            period=f"Round {n:02}",
            opens_on=start,
            closes_on=start + dt.timedelta(days=20),
            state=ReviewRound.State.CLOSED,
            opened_by=coordinator,
        )


def test_the_rounds_list_pages_newest_first(client_for, viewer, plan_a, many_rounds):
    url = reverse("reviews:rounds", args=[plan_a.pk])
    page = client_for(viewer).get(url).content.decode()
    assert "Round 22 review" in page and "Round 02 review" not in page
    page = client_for(viewer).get(url, {"page": "2"}).content.decode()
    assert "Round 02 review" in page and "Round 22 review" not in page
    page = client_for(viewer).get(url, {"page": "x"}).content.decode()
    assert "The page number must be a number" in page
    plan_page = client_for(viewer).get(reverse("plans:plan", args=[plan_a.pk])).content.decode()
    assert "All review rounds" in plan_page
