"""Deadlines as plans write them: keep the text, understand what it means.

CONTRACT (other modules rely on this):

    parse_deadline(text, *, plan_start=None) -> Deadline | None
        None for empty/blank text; never raises on any string.

    Deadline: frozen dataclass with
        text: str             the original text, stripped
        kind: Deadline.Kind   date | financial_year | quarter | relative | recurring |
                              ongoing | not_set | done | timescale | unparsed
        start: date | None    first day of the window (None when there is no window)
        end: date | None      the due date: last day of the month / financial year / quarter
        warning: str | None   why a person should look (e.g. "Oct 208": year looks like a typo)
        recurrence: str|None  "monthly" | "quarterly" | "annually" for recurring deadlines
                              (also "weekly" and "six-monthly")
        .to_json() -> {"kind": str, "start": "YYYY-MM-DD"|None, "end": "YYYY-MM-DD"|None}
        .is_due_by_date -> bool   True when end is a real due date to compare with today

How a text is read (UK conventions; financial years run 1 April to 31 March):

1. Words that settle it before any date: "Short/Medium/Long (term)" is a timescale.
2. Every date-like phrase is found with the matchers in ``_MATCHERS``, tried in order; a
   matched span is blanked so a later, looser matcher cannot read it again ("30/06/2016" is
   never also the financial year "06/20"). A matcher may report a problem instead of a window
   ("Oct 208"): the whole text is then ``unparsed`` with that warning, never guessed.
3. The words around the dates decide the kind:
   - "done", "completed", "achieved" at the start (without "by"): done;
   - a recurrence word ("monthly", "annual", "bi-annually"): recurring, the window runs from
     the earliest date to the latest, or is open-ended when the text says "from", "onwards"
     or "henceforth" about a single date;
   - "onwards" / "from" with one date: ongoing from that date (no due date);
   - otherwise the latest date is the deadline; with "start", "from" or "between" and several
     dates, the window is widened to start at the earliest one;
   - with no date: "tbc" etc. is not_set, "ongoing" etc. is ongoing, anything else unparsed.
"""

from __future__ import annotations

import calendar
import functools
import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from enum import StrEnum
from typing import Any


@dataclass(frozen=True)
class Deadline:
    class Kind(StrEnum):
        DATE = "date"
        FINANCIAL_YEAR = "financial_year"
        QUARTER = "quarter"
        RELATIVE = "relative"
        RECURRING = "recurring"
        ONGOING = "ongoing"
        NOT_SET = "not_set"
        DONE = "done"
        TIMESCALE = "timescale"
        UNPARSED = "unparsed"

    text: str
    kind: Deadline.Kind
    start: date | None = None
    end: date | None = None
    warning: str | None = None
    recurrence: str | None = None

    def to_json(self) -> dict[str, str | None]:
        return {
            "kind": str(self.kind),
            "start": self.start.isoformat() if self.start else None,
            "end": self.end.isoformat() if self.end else None,
        }

    @property
    def is_due_by_date(self) -> bool:
        # Recurring and ongoing windows have no single due date; done is done.
        return self.end is not None and self.kind in _DUE_KINDS


Kind = Deadline.Kind
_DUE_KINDS = {Kind.DATE, Kind.FINANCIAL_YEAR, Kind.QUARTER, Kind.RELATIVE}


@dataclass(frozen=True)
class _Window:
    """One date-like phrase found in the text."""

    kind: Deadline.Kind
    start: date | None
    end: date | None
    span: bool = False  # the phrase itself is a range of years ("2015-2020")
    note: str | None = None  # a reading a person should check ("April": which April?)


# A matcher turns a regex match into a window, a problem (str), or None: "not a date after all".
_Found = _Window | str | None


def parse_deadline(text: str, *, plan_start: date | None = None) -> Deadline | None:
    """Read a deadline as written; None for blank text. Never raises (see the module doc)."""
    if text is None or not text.strip():
        return None
    original = text.strip()
    normal = _normalise(original)

    def deadline(kind: Deadline.Kind, **fields: Any) -> Deadline:
        return Deadline(text=original, kind=kind, **fields)

    if _TIMESCALE.match(normal):
        return deadline(Kind.TIMESCALE)

    windows, problem = _find_windows(normal, plan_start)
    if problem:
        return deadline(Kind.UNPARSED, warning=f"{original!r}: {problem}")
    notes = "; ".join(w.note for w in windows if w.note) or None
    dated = [w for w in windows if w.start and w.end]
    open_ended = len(dated) == 1 and not dated[0].span and bool(_OPEN_ENDED.search(normal))

    if _DONE.match(normal) and not re.search(r"\bby\b", normal):
        latest = _latest(dated)
        return deadline(
            Kind.DONE,
            start=latest.start if latest else None,
            end=latest.end if latest else None,
        )

    recurrence = _recurrence(normal)
    if recurrence:
        # From the first date to the last; open-ended when it says "from 2016/17".
        # Without a date of its own it recurs from the plan's start: "Annually" in a plan
        # for 2026/27 is first due at the end of 2026/27, never in the year before it.
        starts = [w.start for w in dated if w.start]
        ends = [w.end for w in dated if w.end]
        end = None if open_ended else max(ends, default=None)
        start = min(starts, default=None)
        if start is None and plan_start is not None and (end is None or plan_start <= end):
            start = plan_start
        return deadline(Kind.RECURRING, recurrence=recurrence, start=start, end=end, warning=notes)

    if open_ended:
        return deadline(Kind.ONGOING, start=dated[0].start, warning=notes)

    if windows:
        return _deadline_from_windows(original, normal, windows, dated, notes)

    if _NOT_SET.search(normal):
        return deadline(Kind.NOT_SET)
    if _ONGOING.search(normal):
        return deadline(Kind.ONGOING)
    return deadline(Kind.UNPARSED, warning=f"{original!r} is not a deadline Cairn can read")


def _deadline_from_windows(
    original: str,
    normal: str,
    windows: list[_Window],
    dated: list[_Window],
    notes: str | None,
) -> Deadline:
    """The latest date is the deadline; "start"/"from" with several dates makes a range."""
    if _NOT_SET.search(normal):
        notes = "; ".join(filter(None, [notes, "the text also says it is not confirmed"]))
    latest = _latest(dated)
    if latest is None:  # only windows that need the plan's start, which we don't have
        return Deadline(text=original, kind=windows[0].kind, warning=notes)
    start = latest.start
    if len(dated) > 1 and _RANGE_WORDS.search(normal):
        start = min(w.start for w in dated if w.start)
    return Deadline(text=original, kind=latest.kind, start=start, end=latest.end, warning=notes)


def _latest(dated: list[_Window]) -> _Window | None:
    return max(dated, key=lambda w: (w.end, w.start), default=None)


def _normalise(text: str) -> str:
    text = text.lower()
    text = re.sub(r"[\u2010-\u2015\u2212]", "-", text)  # en/em dashes and friends
    text = re.sub(r"[\u2018\u2019\u201b`]", "'", text)
    return re.sub(r"\s+", " ", text)


# --- words --------------------------------------------------------------------------------

_TIMESCALE = re.compile(r"^(?:short|medium|long)(?:[\s-]*term)?\b")
_DONE = re.compile(r"^(?:done|completed?|achieved|finished|closed)\b")
_NOT_SET = re.compile(
    r"\b(?:tbc|tba|tbd|to be (?:confirmed|agreed|determined|decided|arranged|set|scheduled)"
    r"|not (?:yet )?(?:set|agreed|known|confirmed)|date to be)\b"
)
_ONGOING = re.compile(
    r"\b(?:on-? ?going|continuous(?:ly)?|continual(?:ly)?|continuing|throughout"
    r"|life of the (?:strategy|plan)|as (?:and when )?(?:required|needed|necessary)|rolling)\b"
)
_OPEN_ENDED = re.compile(r"\b(?:onwards?|henceforth|thereafter|from)\b")
_RANGE_WORDS = re.compile(r"\b(?:start(?:s|ing)?|from|between)\b")

# Tried in order: "bi-annually" must be six-monthly before "annually" sees it.
_RECURRENCES: list[tuple[re.Pattern[str], str]] = [
    (
        re.compile(
            r"\b(?:bi-?annual(?:ly)?|half-? ?yearly|(?:six|6)-? ?monthly"
            r"|twice (?:a|per|each) year|twice yearly|every (?:six|6) months)\b"
        ),
        "six-monthly",
    ),
    (re.compile(r"\b(?:quarterly|every (?:three|3) months|(?:every|each) quarter)\b"), "quarterly"),
    (re.compile(r"\b(?:monthly|(?:every|each) month)\b"), "monthly"),
    (re.compile(r"\b(?:weekly|(?:every|each) week)\b"), "weekly"),
    (re.compile(r"\b(?:annual(?:ly)?|yearly|(?:every|each|per) year|per annum)\b"), "annually"),
]


def _recurrence(normal: str) -> str | None:
    return next((name for pattern, name in _RECURRENCES if pattern.search(normal)), None)


@functools.lru_cache(maxsize=4096)
def recurrence_of(text: str) -> str | None:
    """How often a deadline's text says it recurs ("Quarterly updates": "quarterly"), if it
    says; cheap to call for every row of a page (texts repeat, so it is cached)."""
    return _recurrence(_normalise(text))


@functools.lru_cache(maxsize=4096)
def names_the_month(text: str, day: date) -> bool:
    """Whether a deadline as written already names `day`'s month and year ("Mar 2027",
    "By the end of March 2027", "Sept '27"): "due 31 Mar 2027" beside it says it twice."""
    normal = _normalise(text)
    months = list(re.finditer(r"\b" + _MONTH + r"\s*(?:'|’)?(?P<yy>\d{2}(?:\d{2})?)?", normal))
    if not months or _month_number(months[-1]["month"]) != day.month:
        return False
    short = months[-1]["yy"]
    return str(day.year) in re.findall(r"\b\d{4}\b", normal) or short == f"{day.year % 100:02d}"


# --- dates ----------------------------------------------------------------------------------

_MONTHS = {
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "may": 5, "jun": 6,
    "jul": 7, "aug": 8, "sep": 9, "oct": 10, "nov": 11, "dec": 12,
}  # fmt: skip
# Full names and common short forms ("Sept", "Sep."); (?![a-z]) stops "mar" inside "market".
_MONTH = (
    r"(?P<month>jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?"
    r"|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)(?![a-z])\.?"
)
_NUMBERS = {
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
    "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "eighteen": 18, "twenty-four": 24,
}  # fmt: skip
_ORDINALS = {
    "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5,
    "1st": 1, "2nd": 2, "3rd": 3, "4th": 4, "5th": 5,
}  # fmt: skip
_NUMBER = r"\d{1,2}|" + "|".join(sorted(_NUMBERS, key=len, reverse=True))
_ORDINAL = "|".join(_ORDINALS)
_EARLIEST_YEAR, _LATEST_YEAR = 1980, 2099  # a year outside this is a typo, not a plan


def _month_number(name: str) -> int:
    return _MONTHS[name[:3]]


def _number(word: str) -> int:
    return int(word) if word.isdigit() else {**_NUMBERS, **_ORDINALS}[word]


def _year(digits: str) -> int | str:
    """A four-digit or two-digit year ("15" is 2015, "98" is 1998); else why not."""
    if len(digits) == 2:
        value = int(digits)
        return 2000 + value if value < 70 else 1900 + value
    if len(digits) == 4 and _EARLIEST_YEAR <= int(digits) <= _LATEST_YEAR:
        return int(digits)
    if len(digits) == 4:
        return f"year {digits} looks wrong"
    return f"year {digits} looks like a typo"


def _safe_date(year: int, month: int, day: int) -> date | None:
    try:
        return date(year, month, day)
    except (ValueError, OverflowError):
        return None


def _last_day(year: int, month: int) -> date:
    return date(year, month, calendar.monthrange(year, month)[1])


def _add_months(day: date, months: int) -> date | None:
    """The same day ``months`` later, clipped to the month's end (31 Jan + 1 = 28/29 Feb)."""
    year, month = divmod(day.month - 1 + months, 12)
    year += day.year
    if not 1 <= year <= 9999:
        return None
    return date(year, month + 1, min(day.day, calendar.monthrange(year, month + 1)[1]))


def _month_window(year: int, month: int) -> _Window:
    return _Window(Kind.DATE, date(year, month, 1), _last_day(year, month))


def _day_window(year: int | str, month: int, day: int) -> _Found:
    if isinstance(year, str):
        return year
    when = _safe_date(year, month, day)
    if when is None:
        return f"there is no day {day} in month {month} of {year}"
    return _Window(Kind.DATE, when, when)


def _financial_years(first: int, last: int) -> _Window:
    """1 April of ``first`` to 31 March of ``last`` (one year when last = first + 1)."""
    return _Window(Kind.FINANCIAL_YEAR, date(first, 4, 1), date(last, 3, 31), span=last - first > 1)


def _quarter_window(quarter: int, fy_start: int) -> _Window | None:
    start = _add_months(date(fy_start, 4, 1), 3 * (quarter - 1)) if fy_start < 9999 else None
    end = _add_months(start, 3) if start else None
    if start is None or end is None:
        return None
    return _Window(Kind.QUARTER, start, date.fromordinal(end.toordinal() - 1))


def _first_after(make: Callable[[int], _Window | None], plan_start: date) -> _Window | None:
    """The first yearly occurrence (month, quarter) that has not ended when the plan starts."""
    for year in (plan_start.year - 1, plan_start.year, plan_start.year + 1):
        window = make(year) if 1 <= year < 9999 else None
        if window and window.end and window.end >= plan_start:
            return window
    return None


def _iso_date(m: re.Match[str], plan_start: date | None) -> _Found:
    return _day_window(_year(m["year"]), int(m["month"]), int(m["day"]))


def _numeric_date(m: re.Match[str], plan_start: date | None) -> _Found:
    # UK order: 30/06/2016 is the 30th of June. A date that can only be month-first
    # (2/27/2026, as American plans and Google Sheets write them) is read that way.
    day, month = int(m["day"]), int(m["month"])
    if month > 12 and 1 <= day <= 12:
        day, month = month, day
    return _day_window(_year(m["year"]), month, day)


def _named_date(m: re.Match[str], plan_start: date | None) -> _Found:
    return _day_window(_year(m["year"]), _month_number(m["month"]), int(m["day"]))


def _quarter(m: re.Match[str], plan_start: date | None) -> _Found:
    """Q1 is April-June of a financial year ... Q4 is January-March."""
    quarter = _number(m["q"] or m["qnum"] or m["qword"])
    if m["fy"]:
        fy = _financial_year_span(m["fy"])
        if not isinstance(fy, _Window) or fy.start is None:
            return fy
        return _quarter_window(quarter, fy.start.year)
    if m["year"]:
        year = _year(m["year"])
        if isinstance(year, str):
            return year
        window = _quarter_window(quarter, year)
        note = f"Q{quarter} {year} read as quarter {quarter} of {year}/{(year + 1) % 100:02d}"
        return _Window(Kind.QUARTER, window.start, window.end, note=note) if window else None
    if plan_start is None:
        return _Window(Kind.QUARTER, None, None)
    return _first_after(lambda year: _quarter_window(quarter, year), plan_start) or _Window(
        Kind.QUARTER, None, None
    )


def _month_year(m: re.Match[str], plan_start: date | None) -> _Found:
    year = _year(m["year"])
    if isinstance(year, str):
        return year
    return _month_window(year, _month_number(m["month"]))


def _numeric_month_year(m: re.Match[str], plan_start: date | None) -> _Found:
    month = int(m["month"])
    year = _year(m["year"])
    if not 1 <= month <= 12:
        return None
    return year if isinstance(year, str) else _month_window(year, month)


_FY_SPAN = re.compile(r"(?P<first>\d{4}|\d{2}) ?(?P<sep>[/-]) ?(?P<last>\d{4}|\d{2})")


def _financial_year_span(text: str) -> _Found:
    m = _FY_SPAN.fullmatch(text.strip())
    return _year_span(m, None) if m else None


def _year_span(m: re.Match[str], plan_start: date | None) -> _Found:
    """2016/17, 16/17, 2015-16, 2016/2017: financial years; 2015-2020: calendar years."""
    first_digits, last_digits = m["first"], m["last"]
    if len(first_digits) == 2 and len(last_digits) == 4:
        return None  # "06/2016" is a month, matched earlier; anything else is not a year
    first = _year(first_digits)
    if isinstance(first, str):
        return first
    if len(last_digits) == 2:
        last = first - first % 100 + int(last_digits)
        if last < first and first % 100 == 99 and last_digits == "00":  # 1999/00
            last += 100
    else:
        last_year = _year(last_digits)
        if isinstance(last_year, str):
            return last_year
        last = last_year
    if len(first_digits) == 2 and last != first + 1:
        return None  # "10/13" is not a financial year; leave it alone
    if last <= first:
        return f"the years {m[0]} run backwards"
    if m["sep"] == "-" and len(last_digits) == 4 and last != first + 1:
        return _Window(Kind.DATE, date(first, 1, 1), date(last, 12, 31), span=True)
    return _financial_years(first, last)


def _calendar_year(m: re.Match[str], plan_start: date | None) -> _Found:
    year = int(m["year"])
    if not _EARLIEST_YEAR <= year <= _LATEST_YEAR:
        return None  # "5000 leaflets" is not a year
    return _Window(Kind.DATE, date(year, 1, 1), date(year, 12, 31))


def _long_year(m: re.Match[str], plan_start: date | None) -> _Found:
    return f"year {m[0]} looks like a typo"


def _month_alone(m: re.Match[str], plan_start: date | None) -> _Found:
    """ "April" with no year: the first April that has not ended when the plan starts."""
    month = _month_number(m["month"])
    name = calendar.month_name[month]
    if plan_start is None:
        return _Window(Kind.DATE, None, None, note=f"no year given for {name}")
    window = _first_after(lambda year: _month_window(year, month), plan_start)
    if window is None or window.start is None:
        return None
    return _Window(
        Kind.DATE,
        window.start,
        window.end,
        note=f"no year given: read as {name} {window.start.year}",
    )


def _plan_year(m: re.Match[str], plan_start: date | None) -> _Found:
    """Year N of the plan: from plan_start + (N-1) years to the day before plan_start + N."""
    n = _number(m["n"] or m["nth"])
    return _relative_window(plan_start, 12 * (n - 1), 12 * n)


def _within(m: re.Match[str], plan_start: date | None) -> _Found:
    """'within 6 months': from the plan's start to the day before plan_start + 6 months."""
    n = _number(m["n"])
    return _relative_window(plan_start, 0, n * (12 if m["unit"].startswith("year") else 1))


def _relative_window(plan_start: date | None, from_months: int, to_months: int) -> _Window:
    if plan_start is None or to_months <= from_months:
        return _Window(Kind.RELATIVE, None, None)
    start = _add_months(plan_start, from_months)
    after = _add_months(plan_start, to_months)
    if start is None or after is None or after.toordinal() <= 1:
        return _Window(Kind.RELATIVE, None, None, note="beyond the calendar")
    return _Window(Kind.RELATIVE, start, date.fromordinal(after.toordinal() - 1))


_YEAR_SPAN_TEXT = r"\d{4} ?[/-] ?\d{2,4}|\d{2}/\d{2}"
_MATCHERS: list[tuple[re.Pattern[str], Callable[[re.Match[str], date | None], _Found]]] = [
    (re.compile(r"\b(?P<year>\d{4})-(?P<month>\d{1,2})-(?P<day>\d{1,2})\b"), _iso_date),
    (
        re.compile(r"\b(?P<day>\d{1,2})[/.-](?P<month>\d{1,2})[/.-](?P<year>\d{2,})\b"),
        _numeric_date,
    ),
    (
        re.compile(
            rf"\b(?P<day>\d{{1,2}})(?:st|nd|rd|th)?[ -]?(?:of )?{_MONTH}[ ,'-]*(?P<year>\d{{2,}})\b"
        ),
        _named_date,
    ),
    (
        re.compile(rf"\b{_MONTH} (?P<day>\d{{1,2}})(?:st|nd|rd|th)?,? (?P<year>\d{{4}})\b"),
        _named_date,
    ),
    (
        re.compile(
            r"\b(?:q ?(?P<q>[1-4])|quarter (?P<qnum>[1-4])|(?P<qword>first|second|third|fourth"
            r"|1st|2nd|3rd|4th) quarter)\b"
            rf"(?: (?:of )?(?:the )?(?:fy ?)?(?:(?P<fy>{_YEAR_SPAN_TEXT})|(?P<year>\d{{4}})))?\b"
        ),
        _quarter,
    ),
    (re.compile(rf"\b{_MONTH}[ ,'-]*(?P<year>\d{{2,}})\b"), _month_year),
    (re.compile(r"\b(?P<month>\d{1,2})/(?P<year>\d{4})\b"), _numeric_month_year),
    (
        re.compile(r"\b(?:fy ?)?(?P<first>\d{4}|\d{2}) ?(?P<sep>[/-]) ?(?P<last>\d{4}|\d{2})\b"),
        _year_span,
    ),
    (re.compile(r"\b(?P<year>\d{4})\b"), _calendar_year),
    (re.compile(r"\b(?:19|20)\d{3}\b"), _long_year),
    (
        re.compile(
            rf"^(?:by |in |during )?(?:the )?(?:(?:end|start|beginning) of |early |mid-? ?|late )?"
            rf"{_MONTH}\W*$"
        ),
        _month_alone,
    ),
    (
        re.compile(rf"\b(?:year (?P<n>{_NUMBER})|(?P<nth>{_ORDINAL}) year)\b"),
        _plan_year,
    ),
    (
        re.compile(
            rf"(?<!every )(?<!each )\b(?:first |next )?(?P<n>{_NUMBER}) (?P<unit>months?|years?)\b"
        ),
        _within,
    ),
]


def _find_windows(normal: str, plan_start: date | None) -> tuple[list[_Window], str | None]:
    """All date phrases, or the first problem found (a typo is never guessed)."""
    windows: list[tuple[int, _Window]] = []
    remaining = normal
    for pattern, read in _MATCHERS:
        for m in pattern.finditer(remaining):
            found = read(m, plan_start)
            if found is None:
                continue
            if isinstance(found, str):
                return [], found
            windows.append((m.start(), found))
            # Blank the span so later, looser matchers don't read it again.
            remaining = remaining[: m.start()] + " " * len(m[0]) + remaining[m.end() :]
    return [window for _, window in sorted(windows, key=lambda pair: pair[0])], None
