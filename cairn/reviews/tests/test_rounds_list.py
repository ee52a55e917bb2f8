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


@pytest.mark.parametrize(
    ("page", "message"),
    [
        ("99", "There is no page 99. There are 2 pages: showing the last."),
        ("two", "The page number must be a number"),
        ("-1", "Pages start at 1: showing the first page."),
        ("9" * 5000, "There is no such page."),
    ],
)
def test_a_page_past_the_end_or_not_a_number_gets_a_message(
    client_for, viewer, plan_a, many_rounds, page, message
):
    response = client_for(viewer).get(reverse("reviews:rounds", args=[plan_a.pk]), {"page": page})
    assert response.status_code == 200
    assert message in response.content.decode()
    assert "review" in response.content.decode()  # the nearest page is shown
