"""The deadline parser, specified by tables.

SEED_TEXTS holds every distinct deadline text (actions' deadline_text, milestones' due_text
and the timescale column) in the five seed plans; the table is the spec, so it is written out
here rather than read from the seeds at test time.
"""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

from cairn.plans.deadlines import Deadline, names_the_month, parse_deadline, recurrence_of

Kind = Deadline.Kind
D = date

# (text, kind, start, end) read without a plan start.
SEED_TEXTS = [
    # 000 Southend 2010-2011
    ("End of year one", Kind.RELATIVE, None, None),
    ("Ongoing", Kind.ONGOING, None, None),
    ("tbc", Kind.NOT_SET, None, None),
    ("To be agreed once group established", Kind.NOT_SET, None, None),
    ("Done", Kind.DONE, None, None),
    ("April", Kind.DATE, None, None),  # no year: needs the plan's start, see below
    # 001 Warwickshire 2008-2009
    ("Apr 2008", Kind.DATE, D(2008, 4, 1), D(2008, 4, 30)),
    ("May 2008", Kind.DATE, D(2008, 5, 1), D(2008, 5, 31)),
    ("Jun 2008", Kind.DATE, D(2008, 6, 1), D(2008, 6, 30)),
    ("Jul 2008", Kind.DATE, D(2008, 7, 1), D(2008, 7, 31)),
    ("Aug 2008", Kind.DATE, D(2008, 8, 1), D(2008, 8, 31)),
    ("Sept 2008", Kind.DATE, D(2008, 9, 1), D(2008, 9, 30)),
    ("Oct 2008", Kind.DATE, D(2008, 10, 1), D(2008, 10, 31)),
    ("Nov 2008", Kind.DATE, D(2008, 11, 1), D(2008, 11, 30)),
    ("Dec 2008", Kind.DATE, D(2008, 12, 1), D(2008, 12, 31)),
    ("Jan 2009", Kind.DATE, D(2009, 1, 1), D(2009, 1, 31)),
    ("Feb 2009", Kind.DATE, D(2009, 2, 1), D(2009, 2, 28)),
    ("Mar 2009", Kind.DATE, D(2009, 3, 1), D(2009, 3, 31)),
    ("Apr 2009", Kind.DATE, D(2009, 4, 1), D(2009, 4, 30)),
    ("May 2010", Kind.DATE, D(2010, 5, 1), D(2010, 5, 31)),
    ("Oct 208", Kind.UNPARSED, None, None),  # a typo, flagged (see the warning test)
    ("Sept 2008 onwards", Kind.ONGOING, D(2008, 9, 1), None),
    ("date to be determined", Kind.NOT_SET, None, None),
    # 002 Stockton 16/17
    ("July 2016", Kind.DATE, D(2016, 7, 1), D(2016, 7, 31)),
    ("September 2016", Kind.DATE, D(2016, 9, 1), D(2016, 9, 30)),
    ("October 2016", Kind.DATE, D(2016, 10, 1), D(2016, 10, 31)),
    ("December 2016", Kind.DATE, D(2016, 12, 1), D(2016, 12, 31)),
    ("Short", Kind.TIMESCALE, None, None),
    ("Medium", Kind.TIMESCALE, None, None),
    ("Long", Kind.TIMESCALE, None, None),
    # 003 Barking and Dagenham 2012-2015
    ("May 2013", Kind.DATE, D(2013, 5, 1), D(2013, 5, 31)),
    ("September 2013", Kind.DATE, D(2013, 9, 1), D(2013, 9, 30)),
    ("December 2013", Kind.DATE, D(2013, 12, 1), D(2013, 12, 31)),
    ("March 2014", Kind.DATE, D(2014, 3, 1), D(2014, 3, 31)),
    ("September 2014", Kind.DATE, D(2014, 9, 1), D(2014, 9, 30)),
    ("October 2014", Kind.DATE, D(2014, 10, 1), D(2014, 10, 31)),
    ("November 2014", Kind.DATE, D(2014, 11, 1), D(2014, 11, 30)),
    ("December 2014", Kind.DATE, D(2014, 12, 1), D(2014, 12, 31)),
    ("March 2015", Kind.DATE, D(2015, 3, 1), D(2015, 3, 31)),
    ("Annual", Kind.RECURRING, None, None),
    # 004 Southwark 2015-2020
    ("Annually from 2015-2020", Kind.RECURRING, D(2015, 1, 1), D(2020, 12, 31)),
    ("Annually from 2016/17", Kind.RECURRING, D(2016, 4, 1), None),
    ("Design by 2015/16 delivery annually henceforth", Kind.RECURRING, D(2015, 4, 1), None),
    ("By 2015/16", Kind.FINANCIAL_YEAR, D(2015, 4, 1), D(2016, 3, 31)),
    ("By 2016/17", Kind.FINANCIAL_YEAR, D(2016, 4, 1), D(2017, 3, 31)),
    ("By of 2015/16", Kind.FINANCIAL_YEAR, D(2015, 4, 1), D(2016, 3, 31)),
    ("Lobby to start 15/16", Kind.FINANCIAL_YEAR, D(2015, 4, 1), D(2016, 3, 31)),
    ("By Sep 2015", Kind.DATE, D(2015, 9, 1), D(2015, 9, 30)),
    ("2016/17 onwards", Kind.ONGOING, D(2016, 4, 1), None),
    ("2017/18 onwards", Kind.ONGOING, D(2017, 4, 1), None),
    ("Throughout the life of the strategy", Kind.ONGOING, None, None),
]

# The examples in the brief and PRODUCT.md beyond the seeds.
EXAMPLES = [
    ("Sept 2016", Kind.DATE, D(2016, 9, 1), D(2016, 9, 30)),
    ("Sep. 2015", Kind.DATE, D(2015, 9, 1), D(2015, 9, 30)),
    ("end of June 2016", Kind.DATE, D(2016, 6, 1), D(2016, 6, 30)),
    ("30/06/2016", Kind.DATE, D(2016, 6, 30), D(2016, 6, 30)),
    ("06/30/2016", Kind.DATE, D(2016, 6, 30), D(2016, 6, 30)),  # can only be month-first
    ("04/06/2016", Kind.DATE, D(2016, 6, 4), D(2016, 6, 4)),  # either: day-first, as UK plans
    ("30 June 2016", Kind.DATE, D(2016, 6, 30), D(2016, 6, 30)),
    ("1st April 2016", Kind.DATE, D(2016, 4, 1), D(2016, 4, 1)),
    ("31-Mar-26", Kind.DATE, D(2026, 3, 31), D(2026, 3, 31)),  # Excel's dd-mmm-yy
    ("1-Apr-2025", Kind.DATE, D(2025, 4, 1), D(2025, 4, 1)),
    ("2016-06-30", Kind.DATE, D(2016, 6, 30), D(2016, 6, 30)),
    ("06/2016", Kind.DATE, D(2016, 6, 1), D(2016, 6, 30)),
    ("Dec15", Kind.DATE, D(2015, 12, 1), D(2015, 12, 31)),
    ("2016", Kind.DATE, D(2016, 1, 1), D(2016, 12, 31)),
    ("By 2020", Kind.DATE, D(2020, 1, 1), D(2020, 12, 31)),
    ("2016/17", Kind.FINANCIAL_YEAR, D(2016, 4, 1), D(2017, 3, 31)),
    ("16/17", Kind.FINANCIAL_YEAR, D(2016, 4, 1), D(2017, 3, 31)),
    ("2015-16", Kind.FINANCIAL_YEAR, D(2015, 4, 1), D(2016, 3, 31)),
    ("2015\u201316", Kind.FINANCIAL_YEAR, D(2015, 4, 1), D(2016, 3, 31)),  # en dash
    ("2016/2017", Kind.FINANCIAL_YEAR, D(2016, 4, 1), D(2017, 3, 31)),
    ("FY 2016/17", Kind.FINANCIAL_YEAR, D(2016, 4, 1), D(2017, 3, 31)),
    ("by end of 2016/17", Kind.FINANCIAL_YEAR, D(2016, 4, 1), D(2017, 3, 31)),
    ("2010-13", Kind.FINANCIAL_YEAR, D(2010, 4, 1), D(2013, 3, 31)),
    ("Q2 2016/17", Kind.QUARTER, D(2016, 7, 1), D(2016, 9, 30)),
    ("Q4 2016/17", Kind.QUARTER, D(2017, 1, 1), D(2017, 3, 31)),
    ("third quarter of 2016/17", Kind.QUARTER, D(2016, 10, 1), D(2016, 12, 31)),
    ("Quarter 3", Kind.QUARTER, None, None),
    ("Q1", Kind.QUARTER, None, None),
    ("Year 2", Kind.RELATIVE, None, None),
    ("within 6 months", Kind.RELATIVE, None, None),
    ("first year", Kind.RELATIVE, None, None),
    ("Monthly", Kind.RECURRING, None, None),
    ("Quarterly updates", Kind.RECURRING, None, None),
    ("Every six months", Kind.RECURRING, None, None),
    ("Bi-annually", Kind.RECURRING, None, None),
    ("ongoing - annual review", Kind.RECURRING, None, None),
    ("Monthly from April 2016 to March 2017", Kind.RECURRING, D(2016, 4, 1), D(2017, 3, 31)),
    ("On-going", Kind.ONGOING, None, None),
    ("continuous", Kind.ONGOING, None, None),
    ("TBC", Kind.NOT_SET, None, None),
    ("TBA", Kind.NOT_SET, None, None),
    ("to be confirmed", Kind.NOT_SET, None, None),
    ("Completed", Kind.DONE, None, None),
    ("Complete", Kind.DONE, None, None),
    ("Achieved", Kind.DONE, None, None),
    ("Completed March 2016", Kind.DONE, D(2016, 3, 1), D(2016, 3, 31)),
    ("Complete by March 2016", Kind.DATE, D(2016, 3, 1), D(2016, 3, 31)),
    ("Short term", Kind.TIMESCALE, None, None),
    ("Medium-term", Kind.TIMESCALE, None, None),
    ("long term (3 years)", Kind.TIMESCALE, None, None),
    # A date among other words is still found; of several dates the latest is the deadline.
    ("March 2015 (review)", Kind.DATE, D(2015, 3, 1), D(2015, 3, 31)),
    ("Launch by April 2016 and ongoing", Kind.DATE, D(2016, 4, 1), D(2016, 4, 30)),
    ("Draft Jun 2016, final Sept 2016", Kind.DATE, D(2016, 9, 1), D(2016, 9, 30)),
    # ... unless the text says start/from: then the window runs from the earliest.
    ("Start April 2016, complete by March 2017", Kind.DATE, D(2016, 4, 1), D(2017, 3, 31)),
    ("From April 2016", Kind.ONGOING, D(2016, 4, 1), None),
    ("Not a deadline at all", Kind.UNPARSED, None, None),
]

PLAN_START = D(2010, 4, 1)

# (text, kind, start, end) read with the plan starting on 1 April 2010.
WITH_PLAN_START = [
    ("End of year one", Kind.RELATIVE, D(2010, 4, 1), D(2011, 3, 31)),
    ("first year", Kind.RELATIVE, D(2010, 4, 1), D(2011, 3, 31)),
    ("Year 2", Kind.RELATIVE, D(2011, 4, 1), D(2012, 3, 31)),
    ("within 6 months", Kind.RELATIVE, D(2010, 4, 1), D(2010, 9, 30)),
    ("Q1", Kind.QUARTER, D(2010, 4, 1), D(2010, 6, 30)),
    ("Quarter 3", Kind.QUARTER, D(2010, 10, 1), D(2010, 12, 31)),
    ("Q4", Kind.QUARTER, D(2011, 1, 1), D(2011, 3, 31)),
    ("April", Kind.DATE, D(2010, 4, 1), D(2010, 4, 30)),
    ("March", Kind.DATE, D(2011, 3, 1), D(2011, 3, 31)),
    # An absolute date does not move with the plan.
    ("Apr 2008", Kind.DATE, D(2008, 4, 1), D(2008, 4, 30)),
]


@pytest.mark.parametrize(("text", "kind", "start", "end"), SEED_TEXTS + EXAMPLES)
def test_reads_deadline_text(text: str, kind: Deadline.Kind, start: date, end: date) -> None:
    deadline = parse_deadline(text)
    assert deadline is not None
    assert (deadline.kind, deadline.start, deadline.end) == (kind, start, end)
    assert deadline.text == text.strip()


@pytest.mark.parametrize(("text", "kind", "start", "end"), WITH_PLAN_START)
def test_reads_deadline_relative_to_plan_start(
    text: str, kind: Deadline.Kind, start: date, end: date
) -> None:
    deadline = parse_deadline(text, plan_start=PLAN_START)
    assert deadline is not None
    assert (deadline.kind, deadline.start, deadline.end) == (kind, start, end)


def test_every_seed_text_is_a_row_once() -> None:
    texts = [row[0] for row in SEED_TEXTS]
    assert len(texts) == len(set(texts)) == 51


@pytest.mark.parametrize(
    ("text", "recurrence"),
    [
        ("Annual", "annually"),
        ("Annually from 2015-2020", "annually"),
        ("Monthly", "monthly"),
        ("Quarterly updates", "quarterly"),
        ("Every six months", "six-monthly"),
        ("Bi-annually", "six-monthly"),
        ("ongoing - annual review", "annually"),
    ],
)
def test_recurring_deadline_names_its_recurrence(text: str, recurrence: str) -> None:
    deadline = parse_deadline(text)
    assert deadline is not None
    assert deadline.recurrence == recurrence
    assert recurrence_of(text) == recurrence  # the cached reading pages use


@pytest.mark.parametrize(
    ("text", "says_it"),
    [
        ("Mar 2027", True),
        ("By the end of March 2027", True),
        ("Sept '27", False),  # September is not March
        ("Mar '27", True),
        ("Jan - Mar 2027", True),
        ("March 2026", False),  # another year
        ("By 2026/27", False),
        ("Q4 2026/27", False),
        ("Market review 2027", False),
        ("31/03/2027", False),
    ],
)
def test_a_deadline_names_the_month_it_is_due(text: str, says_it: bool) -> None:
    assert names_the_month(text, date(2027, 3, 31)) is says_it


@pytest.mark.parametrize(
    ("text", "problem"),
    [
        ("Oct 208", "year 208 looks like a typo"),
        ("Sept 20016", "year 20016 looks like a typo"),
        ("By 20016", "year 20016 looks like a typo"),
        ("30/06/201", "year 201 looks like a typo"),
        ("31/02/2016", "no day 31 in month 2"),
        ("Jan 1066", "year 1066 looks wrong"),
        ("2017/16", "run backwards"),
    ],
)
def test_typo_is_flagged_not_guessed(text: str, problem: str) -> None:
    deadline = parse_deadline(text)
    assert deadline is not None
    assert deadline.kind == Kind.UNPARSED
    assert (deadline.start, deadline.end) == (None, None)
    assert deadline.warning is not None
    assert problem in deadline.warning


def test_month_without_year_carries_a_warning() -> None:
    deadline = parse_deadline("April", plan_start=PLAN_START)
    assert deadline is not None
    assert deadline.warning == "no year given: read as April 2010"


def test_quarter_of_a_calendar_year_is_read_as_financial_year_with_warning() -> None:
    deadline = parse_deadline("Q1 2016")
    assert deadline is not None
    assert (deadline.start, deadline.end) == (D(2016, 4, 1), D(2016, 6, 30))
    assert deadline.warning == "Q1 2016 read as quarter 1 of 2016/17"


def test_date_marked_tbc_keeps_date_with_warning() -> None:
    deadline = parse_deadline("March 2016 (tbc)")
    assert deadline is not None
    assert (deadline.kind, deadline.end) == (Kind.DATE, D(2016, 3, 31))
    assert deadline.warning == "the text also says it is not confirmed"


@pytest.mark.parametrize("text", ["", "   ", "\n\t"])
def test_blank_text_is_no_deadline(text: str) -> None:
    assert parse_deadline(text) is None


def test_text_is_kept_stripped() -> None:
    deadline = parse_deadline("  By Sep 2015 \n")
    assert deadline is not None
    assert deadline.text == "By Sep 2015"


def test_to_json() -> None:
    deadline = parse_deadline("By 2016/17")
    assert deadline is not None
    assert deadline.to_json() == {
        "kind": "financial_year",
        "start": "2016-04-01",
        "end": "2017-03-31",
    }
    ongoing = parse_deadline("Ongoing")
    assert ongoing is not None
    assert ongoing.to_json() == {"kind": "ongoing", "start": None, "end": None}


@pytest.mark.parametrize(
    ("text", "due"),
    [
        ("Apr 2008", True),
        ("By 2016/17", True),
        ("Q2 2016/17", True),
        ("End of year one", False),  # no plan start, no date
        ("Annually from 2015-2020", False),  # each occurrence is due, not the range's end
        ("2016/17 onwards", False),
        ("Completed March 2016", False),
        ("tbc", False),
        ("Oct 208", False),
    ],
)
def test_is_due_by_date(text: str, due: bool) -> None:
    deadline = parse_deadline(text)
    assert deadline is not None
    assert deadline.is_due_by_date is due


def test_relative_deadline_with_plan_start_is_due_by_date() -> None:
    deadline = parse_deadline("End of year one", plan_start=PLAN_START)
    assert deadline is not None
    assert deadline.is_due_by_date


def test_deadline_is_frozen() -> None:
    deadline = parse_deadline("Done")
    assert deadline is not None
    with pytest.raises(AttributeError):
        deadline.kind = Kind.DATE  # type: ignore[misc]


# Fragments that reach every matcher, so Hypothesis explores combinations of real words.
FRAGMENTS = st.sampled_from(
    [
        "by", "from", "start", "onwards", "henceforth", "end of", "year", "one", "2",
        "q1", "quarter", "3", "months", "annually", "monthly", "bi-annually", "ongoing",
        "tbc", "done", "short", "term", "sept", "april", "mar.", "2016", "2016/17", "16/17",
        "15-16", "2015-2020", "2020-2015", "30/06/2016", "31/02/2016", "1st", "208", "20016",
        "9999", "0000", "99/00", "12/2016", "2016-06-30", "first", "within", "\u2013", ",",
    ]
)  # fmt: skip
PHRASES = st.lists(FRAGMENTS, max_size=8).map(" ".join)
TEXTS = st.one_of(st.text(), PHRASES)


def _check(deadline: Deadline | None) -> None:
    if deadline is None:
        return
    assert isinstance(deadline.kind, Deadline.Kind)
    if deadline.start is not None and deadline.end is not None:
        assert deadline.start <= deadline.end
    deadline.to_json()


@given(TEXTS)
def test_never_raises_and_window_is_ordered(text: str) -> None:
    _check(parse_deadline(text))


@given(TEXTS, st.dates())
def test_never_raises_with_any_plan_start(text: str, plan_start: date) -> None:
    _check(parse_deadline(text, plan_start=plan_start))
