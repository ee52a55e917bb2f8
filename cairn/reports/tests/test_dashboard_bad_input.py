"""A dashboard filter value that does not exist (an old link, a typed address) gets a
message and the whole plan, never a 500."""

import pytest
from django.urls import reverse

from cairn.plans.factories import make_plan

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize(
    ("query", "message"),
    [
        ({"theme": "999999"}, "That theme is not in this plan: showing all themes."),
        ({"theme": "not-a-number"}, "That theme is not in this plan: showing all themes."),
        ({"agency": "999999"}, "That agency is not in this partnership: showing all."),
        ({"agency": "x" * 10_000}, "That agency is not in this partnership: showing all."),
        ({"status": "purple"}, "That status is not in use here: showing all."),
        ({"status": "-1"}, "That status is not in use here: showing all."),
    ],
)
def test_a_filter_that_does_not_exist_gets_a_message_and_the_whole_plan(
    client_for, viewer, plan_a, query, message
):
    response = client_for(viewer).get(reverse("reports:dashboard", args=[plan_a.pk]), query)
    assert response.status_code == 200
    page = response.content.decode()
    assert message in page
    assert f"{plan_a.themes.first().actions.count()} actions" in page  # the whole plan


def test_a_theme_of_another_partnerships_plan_is_not_a_filter(
    client_for, viewer, plan_a, partnership_b
):
    theirs = make_plan(partnership_b, title="B's plan").themes.first()
    response = client_for(viewer).get(
        reverse("reports:dashboard", args=[plan_a.pk]), {"theme": theirs.pk}
    )
    assert response.status_code == 200
    assert "That theme is not in this plan" in response.content.decode()
