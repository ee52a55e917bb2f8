"""Reminders about data returns: to the agency's data contributors in the week before a
return is due and once after, a line in the coordinator's digest, in the same one message a
day as review round reminders (accounts/notifications.py), never twice, never about nothing.

The data set starts with 2016/17 Q3 (October to December 2016): its first return is due on
30 January 2017 (ON_TIME_DAYS after the quarter ends), so reminders start on 23 January.
"""

from __future__ import annotations

import datetime as dt

import pytest

from cairn.accounts.factories import make_person
from cairn.accounts.models import Agency, Role
from cairn.accounts.tasks import send_due_reminders
from cairn.indicators.models import DataReturn, IndicatorSettings, ReturnReminder
from cairn.indicators.periods import Period
from cairn.indicators.tasks import return_reminders
from cairn.indicators.tests.test_returns import make_data_set
from cairn.reviews.models import ReviewRound

pytestmark = pytest.mark.django_db


def remind(day: str) -> int:
    return send_due_reminders.call(day)


def to(mailoutbox) -> list[str]:
    return sorted(m.to[0] for m in mailoutbox)


@pytest.fixture
def contributor(partnership_a, police_a):
    return make_person(
        "data@a.example", "Dee Data", partnership_a, Role.DATA_CONTRIBUTOR, agency=police_a
    )


@pytest.fixture
def data_set(partnership_a, police_a):
    return make_data_set(partnership_a, [police_a])


def test_nothing_is_sent_before_the_week_before_a_return_is_due(
    data_set, contributor, coordinator, mailoutbox
):
    assert remind("2017-01-22") == 0
    assert mailoutbox == []


def test_the_contributor_and_the_coordinator_are_told_once_before_it_is_due(
    data_set, contributor, coordinator, mailoutbox
):
    assert remind("2017-01-23") == 2
    assert to(mailoutbox) == ["coordinator@a.example", "data@a.example"]
    reminder = next(m for m in mailoutbox if m.to == ["data@a.example"])
    assert reminder.subject == "Reminder: 1 data return is due"
    assert "MARAC return, 2016/17 Q3 (Oct–Dec), for Police: due by 30 January 2017" in (
        reminder.body
    )
    assert "/p/partnership-a/data-returns/" in reminder.body
    digest = next(m for m in mailoutbox if m.to == ["coordinator@a.example"])
    assert digest.subject == "Cairn reminders sent: 1 agency owing data returns"
    assert "Police: MARAC return, 2016/17 Q3, due by 30 January 2017: reminded Dee Data" in (
        digest.body
    )
    # The scheduler runs the job every few minutes: nothing more today, nor tomorrow.
    assert remind("2017-01-23") == 0
    assert remind("2017-01-24") == 0
    assert len(mailoutbox) == 2


def test_an_overdue_return_is_chased_once(data_set, contributor, coordinator, mailoutbox):
    remind("2017-01-23")
    mailoutbox.clear()
    assert remind("2017-01-31") == 2
    reminder = next(m for m in mailoutbox if m.to == ["data@a.example"])
    assert "it was due on 30 January 2017" in reminder.body
    assert remind("2017-02-01") == 0


def test_the_partnership_sets_how_many_days_before_and_after(
    data_set, contributor, coordinator, partnership_a, mailoutbox
):
    IndicatorSettings.objects.create(
        partnership=partnership_a, remind_days_before=14, remind_days_after=5
    )
    assert remind("2017-01-15") == 0  # due on 30 January: 15 days before
    assert remind("2017-01-16") == 2  # 14 days before
    mailoutbox.clear()
    for day in ("2017-01-31", "2017-02-03"):
        assert remind(day) == 0  # overdue, but not yet 5 days
    assert remind("2017-02-04") == 2
    reminder = next(m for m in mailoutbox if m.to == ["data@a.example"])
    assert "it was due on 30 January 2017" in reminder.body


def test_a_submitted_return_is_not_reminded_and_a_returned_one_is(
    data_set, contributor, coordinator, police_a, mailoutbox
):
    data_return = DataReturn.objects.create(
        data_set=data_set, agency=police_a, period="2016/17 Q3", submitted_by=contributor
    )
    assert remind("2017-01-23") == 0
    data_return.send_back(by=coordinator, comment="The repeat cases look too high.")
    assert remind("2017-01-24") == 2
    reminder = next(m for m in mailoutbox if m.to == ["data@a.example"])
    assert "(returned to you for changes)" in reminder.body


def test_an_agency_with_nobody_to_remind_is_named_in_the_digest(
    partnership_a, police_a, contributor, coordinator, mailoutbox
):
    nhs = Agency.objects.create(partnership=partnership_a, name="NHS Trust", short_name="NHS")
    make_data_set(partnership_a, [police_a, nhs])
    assert remind("2017-01-23") == 2
    digest = next(m for m in mailoutbox if m.to == ["coordinator@a.example"])
    assert digest.subject == "Cairn reminders sent: 2 agencies owing data returns"
    assert "NHS Trust: MARAC return" in digest.body
    assert "nobody to remind: the agency has no data contributor in Cairn" in digest.body


def test_returns_due_more_than_a_year_ago_are_left_to_the_completeness_table(
    data_set, contributor, coordinator
):
    owed = return_reminders(dt.date(2018, 2, 1))
    periods = {line for r in owed for line in r.text.splitlines() if line.startswith("- ")}
    assert not any("2016/17 Q3" in line for line in periods)
    assert any("2016/17 Q4" in line for line in periods)  # due 30 April 2017: within a year


def test_rounds_and_returns_go_in_one_message_a_day(
    data_set, contributor, coordinator, plan_a, action_a, mailoutbox
):
    """The coordinator hears of the round's leads and the agencies' returns in one digest;
    the lead and the contributor each get their own one message."""
    ReviewRound.objects.create(
        plan=plan_a,
        period="2016/17 Q3",
        opens_on=dt.date(2017, 1, 2),
        closes_on=dt.date(2017, 1, 27),
        opened_by=coordinator,
    )
    assert remind("2017-01-23") == 3
    assert to(mailoutbox) == ["coordinator@a.example", "data@a.example", "lead@a.example"]
    digest = next(m for m in mailoutbox if m.to == ["coordinator@a.example"])
    assert digest.subject == (
        "Cairn reminders sent: 1 agency owing data returns; 1 lead reminded about review rounds"
    )
    assert "Lee Lead: 1 action outstanding" in digest.body
    assert "Police: MARAC return, 2016/17 Q3" in digest.body
    assert set(ReturnReminder.objects.values_list("kind", flat=True)) == {
        ReturnReminder.Kind.BEFORE_DUE,
        ReturnReminder.Kind.DIGEST_BEFORE_DUE,
    }


def test_a_person_told_today_hears_of_a_new_return_tomorrow(
    partnership_a, police_a, data_set, contributor, coordinator, mailoutbox
):
    remind("2017-01-23")
    make_data_set(partnership_a, [police_a], name="IDVA return")
    mailoutbox.clear()
    assert remind("2017-01-23") == 0
    assert remind("2017-01-24") == 2
    reminder = next(m for m in mailoutbox if m.to == ["data@a.example"])
    assert "IDVA return" in reminder.body and "MARAC return" not in reminder.body


def test_queries_do_not_grow_with_data_sets_or_periods(
    partnership_a, police_a, contributor, coordinator, django_assert_num_queries
):
    make_data_set(partnership_a, [police_a], first="2016/17 Q1")
    # Queries: data sets, their agencies, the partnerships' reminder settings, returns,
    # memberships, earlier reminders.
    with django_assert_num_queries(6):
        small = return_reminders(dt.date(2017, 1, 23))
    for number in range(3):
        make_data_set(partnership_a, [police_a], first="2015/16 Q1", name=f"Return {number}")
    with django_assert_num_queries(6):
        large = return_reminders(dt.date(2017, 1, 23))
    assert len(large[0].text) > len(small[0].text)
    assert Period(2016, 2).label in large[0].text
