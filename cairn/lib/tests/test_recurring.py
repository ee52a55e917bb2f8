"""Recurring deadlines: which occurrence is due on a day, and when one was missed."""

import datetime as dt

import pytest

from cairn.lib.recurring import current_occurrence, is_missed, previous_occurrence

D = dt.date
END_2020 = D(2020, 12, 31)


@pytest.mark.parametrize(
    ("recurrence", "on", "start", "until", "due"),
    [
        # On the financial year's grid when the deadline has no start of its own.
        ("annually", D(2026, 11, 30), None, None, D(2027, 3, 31)),
        ("annually", D(2027, 3, 31), None, None, D(2027, 3, 31)),  # due today: still current
        ("annually", D(2027, 4, 1), None, None, D(2028, 3, 31)),
        ("quarterly", D(2026, 11, 30), None, None, D(2026, 12, 31)),
        ("quarterly", D(2026, 4, 1), None, None, D(2026, 6, 30)),
        ("quarterly", D(2027, 2, 14), None, None, D(2027, 3, 31)),
        ("six-monthly", D(2026, 11, 30), None, None, D(2027, 3, 31)),
        ("six-monthly", D(2026, 5, 1), None, None, D(2026, 9, 30)),
        ("monthly", D(2026, 11, 30), None, None, D(2026, 11, 30)),
        ("monthly", D(2024, 2, 10), None, None, D(2024, 2, 29)),  # a leap year
        ("weekly", D(2026, 11, 30), None, None, D(2026, 12, 6)),  # Monday to Sunday
        # From its own start: "Annually from 2015-2020" runs on calendar years.
        ("annually", D(2016, 6, 1), D(2015, 1, 1), D(2020, 12, 31), D(2016, 12, 31)),
        ("annually", D(2025, 12, 1), D(2025, 12, 1), None, D(2026, 11, 30)),
        # Not started yet: the first occurrence is next.
        ("annually", D(2014, 6, 1), D(2015, 1, 1), D(2020, 12, 31), D(2015, 12, 31)),
        # The last occurrence ends with the deadline.
        ("monthly", D(2017, 3, 5), D(2016, 4, 1), D(2017, 3, 31), D(2017, 3, 31)),
        ("annually", D(2020, 2, 1), D(2015, 6, 1), D(2020, 3, 31), D(2020, 3, 31)),
        # Ended: nothing more is due.
        ("annually", D(2021, 1, 1), D(2015, 1, 1), D(2020, 12, 31), None),
        # A recurrence Cairn does not count ("every so often") has no occurrence.
        ("fortnightly", D(2026, 11, 30), None, None, None),
    ],
)
def test_current_occurrence_is_the_period_today_falls_in(recurrence, on, start, until, due):
    occurrence = current_occurrence(recurrence, on, start=start, until=until)
    assert (occurrence.due if occurrence else None) == due


@pytest.mark.parametrize(
    ("recurrence", "on", "start", "until", "previous"),
    [
        ("quarterly", D(2026, 11, 30), None, None, (D(2026, 7, 1), D(2026, 9, 30))),
        ("quarterly", D(2026, 10, 1), None, None, (D(2026, 7, 1), D(2026, 9, 30))),
        ("annually", D(2026, 11, 30), None, None, (D(2025, 4, 1), D(2026, 3, 31))),
        ("monthly", D(2026, 12, 1), None, None, (D(2026, 11, 1), D(2026, 11, 30))),
        # The first period has not ended: nothing has been missed yet.
        ("annually", D(2016, 6, 1), D(2016, 4, 1), None, None),
        ("annually", D(2014, 6, 1), D(2015, 1, 1), None, None),
        # After the end, the last period (cut at the end) is the previous one.
        ("annually", D(2021, 5, 1), D(2015, 1, 1), END_2020, (D(2020, 1, 1), END_2020)),
        ("annually", D(2021, 5, 1), D(2015, 6, 1), END_2020, (D(2020, 6, 1), END_2020)),
    ],
)  # fmt: skip
def test_previous_occurrence_is_the_last_period_that_ended(recurrence, on, start, until, previous):
    occurrence = previous_occurrence(recurrence, on, start=start, until=until)
    assert ((occurrence.start, occurrence.due) if occurrence else None) == previous


@pytest.mark.parametrize(
    ("recurrence", "on", "last_update", "missed"),
    [
        # Q2 (Jul-Sep 2026) ended on 30 Sep: an update in it, or since, keeps it on time.
        ("quarterly", D(2026, 11, 30), D(2026, 8, 15), False),
        ("quarterly", D(2026, 11, 30), D(2026, 11, 2), False),  # given late: caught up
        ("quarterly", D(2026, 11, 30), D(2026, 6, 30), True),  # last given in Q1
        ("quarterly", D(2026, 11, 30), None, True),  # never given
        ("annually", D(2026, 11, 30), D(2025, 4, 1), False),
        ("annually", D(2026, 11, 30), D(2025, 3, 31), True),
        ("monthly", D(2026, 11, 30), D(2026, 10, 31), False),
        ("monthly", D(2026, 11, 30), D(2026, 9, 30), True),
        ("fortnightly", D(2026, 11, 30), None, False),
    ],
)
def test_an_occurrence_is_missed_when_it_passes_without_an_update(
    recurrence, on, last_update, missed
):
    assert is_missed(recurrence, on, last_update) is missed


def test_nothing_is_missed_before_the_first_occurrence_is_due():
    assert not is_missed("annually", D(2016, 6, 1), None, start=D(2016, 4, 1))
    assert is_missed("annually", D(2017, 4, 1), None, start=D(2016, 4, 1))
