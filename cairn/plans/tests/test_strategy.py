"""Strategy pages: vision, aims and outcomes, and the plans under them year by year."""

from __future__ import annotations

import datetime as dt

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from cairn.plans.factories import make_action, make_plan, status
from cairn.plans.models import Action, Plan, Strategy

pytestmark = pytest.mark.django_db

# The pages read "today"; deadlines in these plans are long past, or far ahead.


@pytest.fixture
def strategy(partnership_a, plan_a):
    strategy = Strategy.objects.create(
        partnership=partnership_a,
        title="Domestic abuse strategy 2016-2019",
        vision="Everyone lives free from abuse.",
        aims="Prevent abuse\nSupport victims",
        outcomes="Fewer repeat victims\nMore people seek help early",
        period_text="2016 - 2019",
    )
    Plan.objects.filter(pk=plan_a.pk).update(strategy=strategy)
    return strategy


def add_year(strategy, start_year: int, actions: int) -> Plan:
    plan = make_plan(
        strategy.partnership,
        f"Action plan {start_year}/{str(start_year + 1)[2:]}",
        actions=actions,
        starts_on=dt.date(start_year, 4, 1),
    )
    Plan.objects.filter(pk=plan.pk).update(
        strategy=strategy, period_text=f"{start_year}/{str(start_year + 1)[2:]}"
    )
    return plan


def test_the_strategy_page_shows_its_plans_side_by_side(client_for, viewer, strategy, plan_a):
    later = add_year(strategy, 2017, actions=3)
    theme = later.themes.get()
    Action.objects.filter(theme=theme).update(status=status(strategy.partnership, "complete"))
    make_action(
        theme,
        "Far ahead",
        deadline_text="Mar 2099",
        status=status(strategy.partnership, "on_track"),
    )
    response = client_for(viewer).get(reverse("plans:strategy", args=[strategy.pk]))
    assert response.status_code == 200
    page = response.content.decode()
    for text in ("Everyone lives free from abuse.", "Support victims", "Fewer repeat victims"):
        assert text in page
    plans = response.context["plans"]
    assert [p.period_text for p in plans] == ["2016/17", "2017/18"]
    assert [(p.total, p.overdue) for p in plans] == [(4, 4), (4, 0)]
    rows = {row.label: row.counts for row in response.context["rows"]}
    assert rows == {"On track": [0, 1], "Complete": [0, 3], "No status yet": [4, 0]}


def test_a_review_plan_and_a_deleted_action_are_not_counted(
    strategy, client_for, coordinator, plan_a
):
    Plan.objects.create(
        partnership=strategy.partnership, strategy=strategy, title="DHR 1", kind=Plan.Kind.REVIEW
    )
    action = plan_a.themes.get().actions.first()
    from cairn.plans.deleting import soft_delete

    soft_delete(action, by=coordinator)
    response = client_for(coordinator).get(reverse("plans:strategy", args=[strategy.pk]))
    assert [p.total for p in response.context["plans"]] == [3]


def test_the_coordinator_creates_and_edits_a_strategy(client_for, coordinator, partnership_a):
    client = client_for(coordinator)
    response = client.post(
        reverse("plans:strategy_create", args=[partnership_a.slug]),
        {
            "title": "VAWG strategy",
            "vision": "Safe lives",
            "aims": "One\nTwo",
            "outcomes": "Fewer deaths",
            "period_text": "2025 - 2028",
            "starts_on_day": "1",
            "starts_on_month": "4",
            "starts_on_year": "2025",
        },
    )
    strategy = Strategy.objects.get()
    assert response.status_code == 302 and response.url == reverse(
        "plans:strategy", args=[strategy.pk]
    )
    assert strategy.outcome_list == ["Fewer deaths"] and strategy.starts_on == dt.date(2025, 4, 1)
    edit = reverse("plans:strategy_edit", args=[strategy.pk])
    client.post(edit, {"title": "VAWG strategy 2025-28", "vision": "Safe lives for all"})
    strategy.refresh_from_db()
    assert strategy.title == "VAWG strategy 2025-28" and strategy.history.count() == 2


def test_bad_input_is_refused_with_nothing_saved(client_for, coordinator, partnership_a):
    response = client_for(coordinator).post(
        reverse("plans:strategy_create", args=[partnership_a.slug]),
        {
            "title": "",
            "starts_on_day": "1",
            "starts_on_month": "4",
            "starts_on_year": "2025",
            "ends_on_day": "1",
            "ends_on_month": "4",
            "ends_on_year": "2020",
        },
    )
    assert response.status_code == 400
    page = response.content.decode()
    assert "The strategy must end after it starts." in page
    assert not Strategy.objects.exists()


def test_the_partnership_page_links_to_the_strategy(client_for, viewer, partnership_a):
    page = client_for(viewer).get(reverse("accounts:partnership", args=[partnership_a.slug]))
    assert reverse("plans:strategies", args=[partnership_a.slug]) in page.content.decode()


def test_the_strategies_list(client_for, viewer, strategy):
    page = client_for(viewer).get(reverse("plans:strategies", args=[strategy.partnership.slug]))
    assert page.status_code == 200
    assert [(s.title, s.plan_count) for s in page.context["strategies"]] == [
        ("Domestic abuse strategy 2016-2019", 1)
    ]


def test_anonymous_is_sent_to_sign_in(client, strategy):
    response = client.get(reverse("plans:strategy", args=[strategy.pk]))
    assert response.status_code == 302 and response.url.startswith(reverse("accounts:sign_in"))


def test_a_viewer_cannot_change_a_strategy(client_for, viewer, strategy):
    client = client_for(viewer)
    assert client.get(reverse("plans:strategy_edit", args=[strategy.pk])).status_code == 403
    create = reverse("plans:strategy_create", args=[strategy.partnership.slug])
    assert client.post(create, {"title": "Mine"}).status_code == 403


def test_another_partnership_gets_not_found(client_for, lead_b, strategy):
    assert client_for(lead_b).get(reverse("plans:strategy", args=[strategy.pk])).status_code == 404


def count_queries(client, url: str) -> int:
    with CaptureQueriesContext(connection) as context:
        assert client.get(url).status_code == 200
    return len(context.captured_queries)


def test_query_count_does_not_grow_with_years_or_actions(client_for, coordinator, strategy):
    client = client_for(coordinator)
    urls = [
        reverse("plans:strategy", args=[strategy.pk]),
        reverse("plans:strategies", args=[strategy.partnership.slug]),
    ]
    small = [count_queries(client, url) for url in urls]
    for year in (2017, 2018, 2019):
        add_year(strategy, year, actions=12)
    Strategy.objects.create(partnership=strategy.partnership, title="Older strategy")
    large = [count_queries(client, url) for url in urls]
    assert large == small
    # The session with its person, and their memberships (their roles, and the base page's
    # navigation): 2; then
    # strategy: the strategy, its recurring deadlines (which were missed), its plans with
    # every count (one query): 5.
    # strategies: the partnership, the strategies with their plan counts: 4.
    assert small == [5, 4]
