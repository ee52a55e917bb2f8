"""Overdue counted in the database (`Action.objects.overdue`) agrees with the pages
(`Action.is_overdue`), recurring deadlines included: a recurring deadline is overdue when
its last occurrence passed without an update (cairn/lib/recurring.py)."""

import datetime as dt

import pytest
from django.urls import reverse
from django.utils import timezone

from cairn.plans.factories import make_action, make_plan, status
from cairn.plans.models import Action, Plan, Strategy
from cairn.plans.strategy import strategy_plans

pytestmark = pytest.mark.django_db

ON = dt.date(2026, 11, 30)


def updated_on(action: Action, day: dt.date) -> Action:
    action.progress_updated_at = timezone.make_aware(dt.datetime.combine(day, dt.time(12)))
    action.save(update_fields=["progress_updated_at"])
    return action


@pytest.fixture
def plan_2026(partnership_a) -> Plan:
    return make_plan(partnership_a, "Plan 2026/27", actions=0, starts_on=dt.date(2026, 4, 1))


@pytest.fixture
def mixed(plan_2026, partnership_a) -> dict[str, Action]:
    """One action of each kind that matters, in a plan that began on 1 April 2026."""
    theme = plan_2026.themes.first()
    complete = status(partnership_a, "complete")
    return {
        "date past": make_action(theme, "Past its date", deadline_text="Sep 2026"),
        "date to come": make_action(theme, "Not due yet", deadline_text="Mar 2027"),
        "date past, complete": make_action(
            theme, "Finished", deadline_text="Sep 2026", status=complete
        ),
        "quarterly, never updated": make_action(
            theme, "Report each quarter", deadline_text="Quarterly"
        ),
        "quarterly, updated last quarter": updated_on(
            make_action(theme, "Reported in Q2", deadline_text="Quarterly"), dt.date(2026, 8, 1)
        ),
        "quarterly, updated before last quarter": updated_on(
            make_action(theme, "Reported in Q1", deadline_text="Quarterly"), dt.date(2026, 5, 1)
        ),
        "annually": make_action(theme, "Annual report", deadline_text="Annually"),
        "monthly, ended": make_action(
            theme, "Monthly to June", deadline_text="Monthly from April 2026 to June 2026"
        ),
        "ongoing": make_action(theme, "Keep going", deadline_text="Ongoing"),
    }


def test_the_database_and_the_pages_agree_on_what_is_overdue(mixed):
    in_database = set(Action.objects.overdue(on=ON).values_list("title", flat=True))
    on_pages = {a.title for a in Action.objects.all() if a.is_overdue(ON)}
    assert in_database == on_pages
    assert in_database == {
        "Past its date",
        "Report each quarter",
        "Reported in Q1",
        "Monthly to June",
    }


def test_a_quarterly_deadline_is_overdue_only_when_last_quarter_passed_without_an_update(mixed):
    overdue = Action.objects.overdue(on=ON)
    assert mixed["quarterly, never updated"] in overdue
    assert mixed["quarterly, updated before last quarter"] in overdue
    assert mixed["quarterly, updated last quarter"] not in overdue


def test_an_annual_deadline_is_not_missed_in_the_year_before_its_plan_began(mixed):
    # The plan began on 1 April 2026: its first year ends on 31 March 2027.
    annual = mixed["annually"]
    assert annual.deadline_start == dt.date(2026, 4, 1)
    assert not annual.is_overdue(ON)
    assert annual not in Action.objects.overdue(on=ON)
    assert annual.due_note(ON) == "next due 31 Mar 2027 (annually)"


def test_overdue_stays_a_filter_of_the_queryset_it_is_called_on(mixed, plan_a):
    other_plan = make_action(plan_a.themes.first(), "Elsewhere", deadline_text="Quarterly")
    mine = Action.objects.filter(theme__plan=mixed["annually"].theme.plan).overdue(on=ON)
    assert other_plan not in mine
    assert other_plan in Action.objects.overdue(on=ON)


def test_exceptions_count_a_missed_recurring_deadline(mixed):
    assert mixed["quarterly, never updated"] in Action.objects.exceptions(on=ON)
    assert mixed["quarterly, updated last quarter"] not in Action.objects.exceptions(on=ON)


def test_overdue_reads_the_recurring_deadlines_in_one_query(mixed, django_assert_num_queries):
    with django_assert_num_queries(1):  # the unfinished recurring actions, a few columns each
        overdue = Action.objects.overdue(on=ON)
    with django_assert_num_queries(1):  # then the overdue actions themselves
        assert len(overdue) == 4


def test_the_strategy_page_counts_a_missed_recurring_deadline_as_overdue(
    mixed, plan_2026, partnership_a, client_for, coordinator, time_machine
):
    time_machine.move_to(dt.datetime(2026, 11, 30, 12, 0))
    strategy = Strategy.objects.create(partnership=partnership_a, title="Strategy 2026-2029")
    plan_2026.strategy = strategy
    plan_2026.save(update_fields=["strategy"])
    [counted] = strategy_plans(strategy, ON)
    assert counted.overdue == 4
    page = client_for(coordinator).get(reverse("plans:strategy", args=[strategy.pk]))
    assert page.status_code == 200
