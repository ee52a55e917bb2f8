"""Recurring deadlines ("Annually", "Quarterly updates"): which occurrence is due, and when
one has been missed.

A recurring deadline is a run of periods of equal length. Each period is due on its last day.
The periods start at the deadline's own start ("Annually from 2016/17") or, without one, on
the grid of the financial year (1 April): quarterly means 30 Jun, 30 Sep, 31 Dec, 31 Mar;
six-monthly 30 Sep and 31 Mar; annually 31 Mar; monthly each month's end. A deadline with an
end ("Monthly from April 2016 to March 2017") has no occurrence after it.

    current_occurrence(recurrence, on, start=..., until=...)  the period `on` falls in (or the
        first one, before the start); None after the end
    previous_occurrence(...)                                  the last period ended before `on`
    is_missed(recurrence, on, last_update, ...)               True when the last period ended
        with no update given in or after it

Pure: no Django, no database; "today" is always passed in.
"""

from __future__ import annotations

import calendar
import datetime as dt
from dataclasses import dataclass

# Each recurrence (as plans/deadlines.py names it): its period in months, how it is said.
MONTHS = {"monthly": 1, "quarterly": 3, "six-monthly": 6, "annually": 12}
SAID = {
    "weekly": "weekly",
    "monthly": "monthly",
    "quarterly": "quarterly",
    "six-monthly": "every six months",
    "annually": "annually",
}
YEAR_STARTS = 4  # UK financial years start on 1 April


@dataclass(frozen=True)
class Occurrence:
    """One period of a recurring deadline; it is due on `due` (its last day)."""

    start: dt.date
    due: dt.date
    recurrence: str

    @property
    def said(self) -> str:
        return SAID.get(self.recurrence, self.recurrence)


def _add_months(day: dt.date, months: int) -> dt.date:
    year, month = divmod(day.month - 1 + months, 12)
    year += day.year
    return dt.date(year, month + 1, min(day.day, calendar.monthrange(year, month + 1)[1]))


def _months_between(earlier: dt.date, later: dt.date) -> int:
    """Whole months from `earlier` to `later` (negative when `later` is before)."""
    months = (later.year - earlier.year) * 12 + later.month - earlier.month
    if later.day < earlier.day and _add_months(earlier, months) > later:
        months -= 1
    return months


def _grid_start(recurrence: str, start: dt.date | None, on: dt.date) -> dt.date:
    """Where periods are counted from: the deadline's own start, else the start of the
    financial year before `on` (weeks: a fixed Monday)."""
    if start is not None:
        return start
    if recurrence == "weekly":
        return dt.date(2000, 1, 3)
    return dt.date(on.year - 1, YEAR_STARTS, 1)


def _period(
    recurrence: str, number: int, origin: dt.date, until: dt.date | None
) -> Occurrence | None:
    if recurrence == "weekly":
        first = origin + dt.timedelta(weeks=number)
        due = first + dt.timedelta(days=6)
    else:
        length = MONTHS[recurrence]
        first = _add_months(origin, number * length)
        due = _add_months(origin, (number + 1) * length) - dt.timedelta(days=1)
    if until is not None:
        if first > until:
            return None
        due = min(due, until)
    return Occurrence(start=first, due=due, recurrence=recurrence)


def _number_on(recurrence: str, on: dt.date, origin: dt.date) -> int:
    """The number of the period `on` falls in, counting from `origin` (negative before it)."""
    if recurrence == "weekly":
        return (on - origin).days // 7
    return _months_between(origin, on) // MONTHS[recurrence]


def is_known(recurrence: str | None) -> bool:
    return recurrence in SAID


def current_occurrence(
    recurrence: str, on: dt.date, *, start: dt.date | None = None, until: dt.date | None = None
) -> Occurrence | None:
    """The occurrence due next on `on`: the period `on` falls in, or the first period when
    the deadline has not started yet. None when the deadline has ended."""
    if not is_known(recurrence):
        return None
    origin = _grid_start(recurrence, start, on)
    return _period(recurrence, max(_number_on(recurrence, on, origin), 0), origin, until)


def previous_occurrence(
    recurrence: str, on: dt.date, *, start: dt.date | None = None, until: dt.date | None = None
) -> Occurrence | None:
    """The last occurrence whose due date has passed on `on`, if any."""
    if not is_known(recurrence):
        return None
    origin = _grid_start(recurrence, start, on)
    number = _number_on(recurrence, on, origin) - 1
    if until is not None and on > until:
        number = _number_on(recurrence, until, origin)
    if number < 0:
        return None
    occurrence = _period(recurrence, number, origin, until)
    return occurrence if occurrence is not None and occurrence.due < on else None


def is_missed(
    recurrence: str,
    on: dt.date,
    last_update: dt.date | None,
    *,
    start: dt.date | None = None,
    until: dt.date | None = None,
) -> bool:
    """True when the last occurrence due before `on` passed without an update given in its
    period or since (an update given late catches up)."""
    previous = previous_occurrence(recurrence, on, start=start, until=until)
    if previous is None:
        return False
    return last_update is None or last_update < previous.start
