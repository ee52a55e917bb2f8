"""Every main page makes the same number of queries whatever the size of the plan and the
length of the viewed action's history: counted at two sizes and two history lengths.

The pinned numbers, with each query named, are in each app's own tests (plans, reviews,
reports); this test holds the pages to "flat" together. On PostgreSQL,
`test_explain.py` checks the same pages' queries read the actions table by index.
"""

from __future__ import annotations

import datetime as dt

import pytest
from django.core.cache import cache
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from cairn.accounts.models import Agency
from cairn.plans.factories import make_action, make_milestone, status
from cairn.reports.publishing import publish
from cairn.reviews.models import ReviewRound
from cairn.reviews.updates import UpdateInput, save_update

pytestmark = pytest.mark.django_db


@pytest.fixture
def open_round(plan_a, coordinator):
    return ReviewRound.objects.create(
        plan=plan_a,
        period="2016/17 Q2",
        opens_on=dt.date(2016, 9, 1),
        closes_on=dt.date(2016, 9, 30),
        opened_by=coordinator,
    )


def grow(plan, round_, action, lead, police, actions: int, edits: int) -> None:
    """`actions` more actions (led by the lead or their agency, half updated) and `edits`
    more changes to `action` (title, leads, collaborators, milestones)."""
    theme = plan.themes.first()
    on_track = status(plan.partnership, "on_track")
    health, _ = Agency.objects.get_or_create(partnership=plan.partnership, name="Health")
    for n in range(actions):
        extra = make_action(
            theme, f"Extra {n}", leads=[police, health][: 1 + n % 2], lead_people=[lead][: n % 2]
        )
        if n % 2:
            save_update(
                round_, extra, lead, UpdateInput(on_track, "ok"), version=0, submit=n % 4 == 1
            )
    for n in range(edits):
        action.title = f"Edited {n} times"
        action.save()
        action.collaborators.set([health] if n % 2 else [])
        if n % 5 == 0:
            make_milestone(action, f"Step {n}", "Mar 2017")


@pytest.mark.slow
def test_every_main_page_makes_the_same_queries_at_two_sizes_and_history_lengths(
    client, client_for, coordinator, lead, police_a, plan_a, action_a, open_round
):
    publication = publish(plan_a, by=coordinator)
    pages = {
        "plan": (coordinator, reverse("plans:plan", args=[plan_a.pk])),
        "action (coordinator)": (coordinator, reverse("plans:action", args=[action_a.pk])),
        "action (lead)": (lead, reverse("plans:action", args=[action_a.pk])),
        "My actions": (lead, reverse("plans:my_actions")),
        "dashboard": (coordinator, reverse("reports:dashboard", args=[plan_a.pk])),
        "round": (coordinator, reverse("reviews:round", args=[open_round.pk])),
        "update": (lead, reverse("reviews:update", args=[open_round.pk, action_a.pk])),
        "public page": (None, reverse("reports:public", args=[publication.token])),
    }

    def counts() -> dict[str, int]:
        found = {}
        for name, (user, url) in pages.items():
            if user is None:
                client.logout()
            else:
                client.force_login(user)
            client.get(url)  # the session, once
            with CaptureQueriesContext(connection) as queries:
                assert client.get(url).status_code == 200, name
            found[name] = len(queries)
        return found

    grow(plan_a, open_round, action_a, lead, police_a, actions=3, edits=2)
    small = counts()
    grow(plan_a, open_round, action_a, lead, police_a, actions=30, edits=120)
    assert action_a.history.count() > 120
    big = counts()
    assert big == small


def test_bad_input_is_answered_as_cheaply_as_the_page_itself(
    client, client_for, coordinator, lead, plan_a, action_a, open_round
):
    """A page number past the end and a filter on an agency that does not exist: the page
    with a message saying what was shown instead, in no more queries than the page asked
    for properly (no error page, no second look for the "right" page)."""
    grow(plan_a, open_round, action_a, lead, plan_a.partnership.agencies.first(), 3, 30)
    plan = reverse("plans:plan", args=[plan_a.pk])
    action = reverse("plans:action", args=[action_a.pk])
    cases = [
        (plan, "?page=999", "There is no page 999. There is 1 page: showing the last."),
        (plan, "?agency=999999", "That agency is not in this partnership: showing all."),
        (action, "?page=999", "There is no page 999: showing the first."),
    ]
    client_for(coordinator)
    for url, bad, message in cases:
        client.get(url)  # the session, once
        # Both worked out in full: the plan page keeps what it rendered per revision and
        # query string (plans/versions.py), so a second look at either costs less.
        cache.clear()
        with CaptureQueriesContext(connection) as good_queries:
            assert client.get(url).status_code == 200
        with CaptureQueriesContext(connection) as bad_queries:
            response = client.get(url + bad)
        assert response.status_code == 200, url + bad
        assert message in response.content.decode(), url + bad
        assert len(bad_queries) <= len(good_queries), url + bad
