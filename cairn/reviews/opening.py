"""Opening a round: the period and dates to suggest, and what to warn about (not refuse).

The partnership's year (financial_year_start) gives the quarters: "2026/27 Q3" is October to
December 2026 for a year starting in April.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from cairn.accounts.models import Partnership
from cairn.plans.models import Plan
from cairn.reviews.models import ReviewRound

PERIOD = re.compile(r"^(\d{4})(?:/\d{2})? Q([1-4])$")


def _add_months(day: dt.date, months: int) -> dt.date:
    index = day.month - 1 + months
    return dt.date(day.year + index // 12, index % 12 + 1, 1)


def quarter_start(partnership: Partnership, period: str) -> dt.date | None:
    """The first day of a period written as the partnership writes quarters; None for any
    other period ("Autumn review", say)."""
    match = PERIOD.match(period.strip())
    if match is None:
        return None
    year, quarter = int(match.group(1)), int(match.group(2))
    return _add_months(dt.date(year, partnership.financial_year_start, 1), 3 * (quarter - 1))


@dataclass
class Suggestion:
    period: str
    opens_on: dt.date
    closes_on: dt.date


def suggested_round(plan: Plan, today: dt.date) -> Suggestion:
    """This quarter's round, or the next quarter's when the plan has this one already: it
    opens today (or when its quarter starts) and closes at its quarter's end, or three weeks
    after opening if that is later."""
    partnership = plan.partnership
    taken = set(plan.rounds.values_list("period", flat=True))
    day = today
    for _ in range(8):
        period = partnership.quarter_of(day)
        if period not in taken:
            break
        day = _add_months(day, 3)
    start = quarter_start(partnership, period) or today
    end = _add_months(start, 3) - dt.timedelta(days=1)
    opens_on = max(today, start)
    return Suggestion(period, opens_on, max(end, opens_on + dt.timedelta(days=21)))


def opening_warnings(
    plan: Plan, period: str, opens_on: dt.date, closes_on: dt.date, today: dt.date
) -> list[str]:
    """What the coordinator should know before opening the round; none of it refuses."""
    warnings = []
    for other in ReviewRound.objects.filter(
        plan=plan, state=ReviewRound.State.OPEN, opens_on__lte=closes_on, closes_on__gte=opens_on
    ):
        warnings.append(
            f"The {other.period} round is still open ({other.opens_on:%-d %b} to "
            f"{other.closes_on:%-d %b %Y}): leads would be asked in two rounds at once. "
            "Close it first unless you mean to."
        )
    start = quarter_start(plan.partnership, period)
    if start is not None and start > today:
        warnings.append(
            f"{period} has not started yet: it starts on {start:%-d %B %Y}, so leads would "
            "report on a quarter still to come."
        )
    return warnings
