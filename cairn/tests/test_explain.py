"""On PostgreSQL, the lead's and the coordinator's main pages read the actions table by
index, never by a sequential scan: every query a page makes that touches the actions table
is EXPLAINed.

Honestly: a test database is small, and on a few rows a sequential scan is the planner's
right choice. So another partnership's 4,000 actions (over 400 agencies and 40 themes) are
added and ANALYZEd first: the person's own rows are then the small part of the table they
are at national scale, and the planner's own choice (nothing is forced) must be an index.
The last test shows the check failing on the query My actions used before (two OR-ed LEFT
JOINs with DISTINCT). `bench/bench_pages.py` measures the pages over 60,000 actions.
"""

from __future__ import annotations

import datetime as dt

import pytest
from django.core.cache import cache
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from cairn.plans.factories import make_action, status
from cairn.reviews.models import ReviewRound
from cairn.reviews.updates import UpdateInput, save_update

pytestmark = [
    pytest.mark.django_db,
    pytest.mark.skipif(connection.vendor != "postgresql", reason="EXPLAIN plans are PostgreSQL's"),
]
ACTIONS = '"plans_action"'


def seq_scans_of_actions(client, url: str) -> list[str]:
    """The queries the page makes on the actions table whose plan scans it sequentially
    (and at least one such query must be there to check)."""
    client.get(url)  # the session, once
    cache.clear()  # the page as it reads the database (the dashboard is cached)
    with CaptureQueriesContext(connection) as queries:
        assert client.get(url).status_code == 200
    found, explained = [], 0
    with connection.cursor() as cursor:
        for query in queries.captured_queries:
            sql = query["sql"]
            if ACTIONS not in sql or not sql.lstrip().upper().startswith("SELECT"):
                continue
            cursor.execute(f"EXPLAIN {sql}")
            explained += 1
            plan = "\n".join(row[0] for row in cursor.fetchall())
            if reads_every_action(plan):
                found.append(f"{sql[:300]}\n{plan}")
    assert explained, f"{url} read no actions"
    return found


def reads_every_action(plan: str) -> bool:
    """A sequential scan of the actions table, or an index scan that is one in disguise: by
    the `deletion` index alone (every live action has deletion IS NULL)."""
    return "Seq Scan on plans_action " in plan + " " or "plans_action_deletion_id" in plan


@pytest.fixture
def country(partnership_b):
    """Another partnership's 4,000 actions, analysed, so the planner sees the plan's own
    actions as the small part of the table they are at national scale."""
    from cairn.accounts.models import Agency
    from cairn.plans.factories import make_plan
    from cairn.plans.models import Action, Theme

    plans = [make_plan(partnership_b, f"Plan {n}", actions=0) for n in range(10)]
    themes = Theme.objects.bulk_create(
        Theme(plan=plan, title=f"Theme {n}", order=n) for plan in plans for n in range(4)
    )
    agencies = Agency.objects.bulk_create(
        Agency(partnership=partnership_b, name=f"Agency {n}") for n in range(400)
    )
    actions = Action.objects.bulk_create(
        Action(theme=themes[n % len(themes)], title=f"Elsewhere {n}", order=n) for n in range(4000)
    )
    Action.lead_agencies.through.objects.bulk_create(
        Action.lead_agencies.through(action_id=a.pk, agency_id=agencies[n % 400].pk)
        for n, a in enumerate(actions)
    )
    with connection.cursor() as cursor:
        cursor.execute("ANALYZE")


@pytest.fixture
def busy_plan(plan_a, lead, police_a, coordinator, country):
    round_ = ReviewRound.objects.create(
        plan=plan_a,
        period="2016/17 Q2",
        opens_on=dt.date(2016, 9, 1),
        closes_on=dt.date(2016, 9, 30),
        opened_by=coordinator,
    )
    theme = plan_a.themes.first()
    on_track = status(plan_a.partnership, "on_track")
    for n in range(6):
        action = make_action(theme, f"Work {n}", leads=[police_a], lead_people=[lead][: n % 2])
        save_update(round_, action, lead, UpdateInput(on_track, "ok"), version=0, submit=True)
    return round_


def test_lead_pages_read_actions_by_index(client_for, lead, busy_plan, action_a):
    client = client_for(lead)
    for url in (reverse("plans:my_actions"), reverse("plans:action", args=[action_a.pk])):
        assert seq_scans_of_actions(client, url) == [], url


def test_coordinator_pages_read_actions_by_index(client_for, coordinator, busy_plan, action_a):
    client = client_for(coordinator)
    plan = busy_plan.plan
    for url in (
        reverse("plans:plan", args=[plan.pk]),
        reverse("reviews:round", args=[busy_plan.pk]),
        reverse("reports:dashboard", args=[plan.pk]),
        reverse("plans:action", args=[action_a.pk]),
    ):
        assert seq_scans_of_actions(client, url) == [], url


def explain(queryset) -> str:
    sql, params = queryset.query.sql_with_params()
    with connection.cursor() as cursor:
        cursor.execute(f"EXPLAIN {sql}", params)
        return "\n".join(row[0] for row in cursor.fetchall())


def test_the_check_finds_a_scan_of_every_action(country, lead, police_a):
    """The check can fail: the lead's actions as My actions read them before (an OR of two
    LEFT JOINs, then DISTINCT) scan every action; so does a filter on a column with no
    index, or by the `deletion` index alone."""
    from django.db.models import Q

    from cairn.accounts.models import Membership
    from cairn.plans.models import Action

    memberships = Membership.objects.active().filter(user=lead)
    old_my_actions = Action.objects.filter(
        Q(lead_people=lead) | Q(lead_agencies__members__in=memberships),
        theme__plan__partnership__in=memberships.values("partnership"),
    ).distinct()
    assert reads_every_action(explain(old_my_actions))
    assert not reads_every_action(explain(Action.objects.for_lead(lead)))
    assert "Seq Scan on plans_action" in explain(Action.all_objects.filter(progress_note="x"))
    with connection.cursor() as cursor:
        cursor.execute("SET LOCAL enable_seqscan = off")
        assert reads_every_action(explain(Action.objects.filter(progress_note="x")))
        cursor.execute("SET LOCAL enable_seqscan = on")


def test_a_search_for_a_rare_word_reads_the_full_text_index(country, plan_a, police_a, lead):
    """The GIN indexes of plans/migrations/0006 are on the very expressions search.py
    compiles, so PostgreSQL can read them; search() still finds every kind of row. (On the
    national data set a word rare in the country reads the index; here the planner's choice
    between it and the partnership's own actions varies with the statistics.)"""
    from cairn.plans.factories import make_milestone
    from cairn.plans.models import Action
    from cairn.plans.search import search

    theme = plan_a.themes.first()
    # A plan of the national benchmark's typical size, so that computing each of its
    # actions' text may cost more than a look in the index.
    Action.objects.bulk_create(
        Action(theme=theme, title=f"Review referral pathway {n}", progress_note="Met", order=n)
        for n in range(300)
    )
    action = make_action(theme, "Sanctuary scheme for victims", progress_note="Sanctuary fitted")
    make_milestone(action, "Sanctuary locks ordered", "Apr 2017")
    with connection.cursor() as cursor:
        cursor.execute("ANALYZE")
    # Whether search() reads an index or the partnership's own actions is the planner's
    # choice by its estimates: with this plan it varies with the tables' statistics (on
    # the national data set, a rare word reads the index: bench/README.md).
    # Each index is on the very expression search.py compiles: with nothing else to go
    # by, the planner reads it.
    from django.contrib.postgres.search import SearchQuery, SearchVector

    from cairn.plans.search import SOURCES

    fields = {source.kind: source.fields for source in SOURCES}
    for kind, index in (("action", "plans_action_search"), ("note", "plans_action_note_search")):
        vector = SearchVector(*fields[kind], config="english")
        query = SearchQuery("sanctuary", config="english", search_type="plain")
        assert index in explain(Action.objects.annotate(v=vector).filter(v=query)), index
    rows = list(search(plan_a.partnership_id, ["sanctuary"], lead))
    assert {row[0] for row in rows} == {"action", "note", "milestone"}


def test_an_actions_history_is_read_newest_first_by_its_own_index(country, action_a):
    """A page of an action's long history (300 changes) reads its newest records by the
    index of plans/migrations/0009 (the action, then newest first): not all its records
    to sort them, nor every action's newest records by date until it has found the
    action's (4,000 other actions changed three times since, as at national scale)."""
    from cairn.plans.models import Action

    History = Action.history.model
    first = action_a.history.latest("history_date").history_date
    others = Action.objects.exclude(pk=action_a.pk).values_list("pk", "theme_id", "title")
    changes = [(action_a.pk, action_a.theme_id, action_a.title, n) for n in range(1, 301)]
    changes += [(pk, theme, title, 400 + n) for pk, theme, title in others for n in range(3)]
    History.objects.bulk_create(
        History(
            id=pk,
            theme_id=theme,
            title=title,
            order=0,
            history_type="~",
            history_date=first + dt.timedelta(hours=hours),
        )
        for pk, theme, title, hours in changes
    )
    with connection.cursor() as cursor:
        cursor.execute("ANALYZE")
    newest = Action.history.filter(id=action_a.pk).order_by("-history_date", "-history_id")
    plan = explain(newest[:26])
    assert "plans_historicalaction_newest" in plan, plan
