"""Reporting periods: UK financial years (1 April to 31 March) and their quarters.

Q1 is April to June, Q2 July to September, Q3 October to December, Q4 January to March.
A period is written "2016/17 Q1" (a quarter) or "2016/17" (the whole year); those labels
sort in time order as plain text, so the database stores and orders them as text.
"""

from __future__ import annotations

import datetime as dt
import functools
import re
from dataclasses import dataclass

QUARTER_MONTHS = {1: "Apr–Jun", 2: "Jul–Sep", 3: "Oct–Dec", 4: "Jan–Mar"}
PATTERN = re.compile(r"^\s*(\d{4})\s*[/-]\s*(\d{2}|\d{4})(?:\s*,?\s*Q([1-4]))?\s*$", re.IGNORECASE)


class PeriodError(ValueError):
    """Text that is not a financial year or quarter."""


@dataclass(frozen=True)
class Period:
    year: int  # the calendar year the financial year starts in: 2016 for 2016/17
    quarter: int | None = None  # 1..4, or None for the whole year

    @classmethod
    def parse(cls, text: str) -> Period:
        """'2016/17 Q1', '2016-17 q1', '2016/2017' -> Period; anything else is a PeriodError."""
        match = PATTERN.match(text or "")
        if not match:
            raise PeriodError(
                f"“{text}” is not a period: write a financial year such as 2016/17, "
                "or a quarter such as 2016/17 Q1."
            )
        start, end, quarter = int(match[1]), match[2], match[3]
        if int(end) % 100 != (start + 1) % 100:
            raise PeriodError(f"“{text}”: a financial year runs from one year to the next.")
        return cls(start, int(quarter) if quarter else None)

    @classmethod
    def containing(cls, day: dt.date, *, quarterly: bool = True) -> Period:
        year = day.year if day.month >= 4 else day.year - 1
        return cls(year, (day.month - 4) % 12 // 3 + 1 if quarterly else None)

    @property
    def label(self) -> str:
        year = f"{self.year}/{(self.year + 1) % 100:02d}"
        return f"{year} Q{self.quarter}" if self.quarter else year

    @property
    def slug(self) -> str:
        """For addresses: 2016-17-q1."""
        return self.label.replace("/", "-").replace(" ", "-").lower()

    @classmethod
    def from_slug(cls, slug: str) -> Period:
        return cls.parse(slug.replace("-q", " Q"))

    @property
    def long_label(self) -> str:
        return f"{self.label} ({QUARTER_MONTHS[self.quarter]})" if self.quarter else self.label

    def __str__(self) -> str:
        return self.label

    def sort_key(self) -> tuple[int, int]:
        """For sorted(..., key=Period.sort_key): a whole year before its quarters, as its
        label sorts (one call a period, where comparing calls twice a comparison)."""
        return (self.year, self.quarter or 0)

    def __lt__(self, other: Period) -> bool:
        return self.sort_key() < other.sort_key()

    def __le__(self, other: Period) -> bool:
        return self.sort_key() <= other.sort_key()

    @property
    def is_quarter(self) -> bool:
        return self.quarter is not None

    @property
    def starts_on(self) -> dt.date:
        if self.quarter is None:
            return dt.date(self.year, 4, 1)
        month = 4 + 3 * (self.quarter - 1)
        return dt.date(self.year + (month > 12), (month - 1) % 12 + 1, 1)

    @property
    def ends_on(self) -> dt.date:
        return self.next().starts_on - dt.timedelta(days=1)

    def next(self) -> Period:
        if self.quarter is None:
            return Period(self.year + 1)
        return Period(self.year + (self.quarter == 4), self.quarter % 4 + 1)

    def previous(self) -> Period:
        if self.quarter is None:
            return Period(self.year - 1)
        return Period(self.year - (self.quarter == 1), (self.quarter - 2) % 4 + 1)

    def a_year_before(self) -> Period:
        return Period(self.year - 1, self.quarter)

    def financial_year(self) -> Period:
        return Period(self.year)

    def has_ended(self, today: dt.date) -> bool:
        return self.ends_on < today

    def is_future(self, today: dt.date) -> bool:
        """Not started yet: nobody can report figures for it."""
        return self.starts_on > today


def quarters_between(first: Period, last: Period) -> list[Period]:
    """Every quarter from `first` to `last`, both included."""
    found, period = [], first
    while period <= last:
        found.append(period)
        period = period.next()
    return found


@functools.lru_cache(maxsize=4096)
def parse_label(text: str) -> Period:
    """Period.parse, remembered: pages read the same few dozen labels thousands of times."""
    return Period.parse(text)
