"""The round page makes the same number of queries whatever the size of the plan."""

from __future__ import annotations

import pytest
from django.core.cache import cache
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from cairn.accounts.models import User
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
    cache.clear()  # the round page keeps its summary per plan revision: count it worked out
    small = count(client, url)
    grow(round_a.plan, lead, police_a, on_track, round_a, 20)
    # Round page: 1 the session with its person (accounts/sessions.py), 2 round with plan
    # and partnership, 3 the person's memberships with their partnerships (their roles, and
    # the navigation's partnerships), 4 actions with statuses, each with its update's state
    # and bucket in the round, a lead agency's id and whether a leaver leads it (the totals
    # are counted from these rows), the counts (reviews/rounds.round_summary): 5 by lead
    # agency, 6 by lead; 7 reminders sent with their people, 8 chases sent with their
    # people (reviews/chasing.chases_sent).
    # My actions: 1 the session with its person, 2 the lead's actions with statuses and
    # plans (plans/my_actions.led_actions), 3 the person's memberships (partnerships and
    # agencies for 2, and the navigation), 4 the open rounds of those actions' plans,
    # 5 their updates (whatever the number of rounds: reviews/leads.open_rounds_for_lead).
    # The same at 6 actions and 26.
    assert small == {"round": 8, "my_actions": 5}[page]
    with django_assert_num_queries(small):
        client.get(url)
    if page == "round":
        # Looked at again with nothing changed, the summary is kept (plans/versions.py):
        # 1 the session, 2 the round, 3 the memberships, 4 reminders, 5 chases.
        with django_assert_num_queries(5):
            client.get(url)


def test_my_open_rounds_are_read_in_four_queries_however_many(
    lead, police_a, round_a, coordinator, partnership_a, django_assert_num_queries
):
    import datetime as dt

    from cairn.plans.factories import make_plan
    from cairn.reviews.leads import open_rounds_for_lead
    from cairn.reviews.models import ReviewRound

    make_action(round_a.plan.themes.first(), "Police work", leads=[police_a])
    # 1 the person's memberships, 2 the actions they lead, 3 the open rounds of those
    # actions' plans, 4 their updates. (My actions has read 1 and 2 already: two more.)
    with django_assert_num_queries(4):
        assert len(open_rounds_for_lead(lead, on=dt.date(2016, 9, 10))) == 1
    for n in range(3):
        plan = make_plan(partnership_a, f"Plan {n}", actions=2)
        make_action(plan.themes.first(), f"Police work {n}", leads=[police_a])
        ReviewRound.objects.create(
            plan=plan,
            period="Q2",
            opens_on=dt.date(2016, 9, 1),
            closes_on=dt.date(2016, 9, 30),
            opened_by=coordinator,
        )
    lead = User.objects.get(pk=lead.pk)  # memberships read afresh, as on a new request
    with django_assert_num_queries(4):
        groups = open_rounds_for_lead(lead, on=dt.date(2016, 9, 10))
    assert [len(g.rows) for g in groups] == [1, 1, 1, 1]
