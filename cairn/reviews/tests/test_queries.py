"""The round page makes the same number of queries whatever the size of the plan."""

from __future__ import annotations

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from cairn.plans.factories import make_action
from cairn.reviews.updates import UpdateInput, save_update


def grow(plan, lead, police, on_track, round_a, extra):
    theme = plan.themes.first()
    for n in range(extra):
        action = make_action(theme, f"Extra {n}", ref=f"9.{n}", leads=[police], lead_people=[lead])
        save_update(
            round_a, action, lead, UpdateInput(on_track, "ok"), version=0, submit=n % 2 == 0
        )


def count(client, url):
    with CaptureQueriesContext(connection) as queries:
        assert client.get(url).status_code == 200
    return len(queries)


@pytest.mark.parametrize("page", ["round", "my_actions"])
def test_query_count_does_not_grow_with_the_plan(
    client_for,
    coordinator,
    lead,
    police_a,
    round_a,
    action_a,
    on_track,
    page,
    django_assert_num_queries,
):
    user = coordinator if page == "round" else lead
    url = (
        reverse("reviews:round", args=[round_a.pk])
        if page == "round"
        else reverse("plans:my_actions")
    )
    client = client_for(user)
    grow(round_a.plan, lead, police_a, on_track, round_a, 2)
    client.get(url)  # warm the session
    small = count(client, url)
    grow(round_a.plan, lead, police_a, on_track, round_a, 20)
    # Round page: 1 session, 2 user, 3 round with plan and partnership, 4 the person's roles,
    # 5 actions with statuses, 6 their lead agencies, 7 their lead people, 8 the
    # partnership's agency leads, 9 updates with statuses, 10 reminders sent with their
    # people, 11 the navigation's memberships.
    # My actions: 1 session, 2 user, 3 the lead's actions with statuses, 4 their lead
    # agencies, 5 their lead people, 6 the navigation's memberships, 7 open rounds the person
    # leads in; for that round: 8 its actions, 9 their lead agencies, 10 their lead people,
    # 11 the agency leads, 12 its updates. The same at 6 actions and 26.
    assert small == {"round": 11, "my_actions": 12}[page]
    with django_assert_num_queries(small):
        client.get(url)
