"""Financial years and quarters: Q1 is April to June."""

import datetime as dt

import pytest

from cairn.indicators.periods import Period, PeriodError, quarters_between


@pytest.mark.parametrize(
    ("text", "period"),
    [
        ("2016/17 Q1", Period(2016, 1)),
        ("2016-17 q4", Period(2016, 4)),
        ("2016/2017 Q2", Period(2016, 2)),
        ("2016/17", Period(2016)),
        (" 1999/00 Q3 ", Period(1999, 3)),
    ],
)
def test_periods_are_read_in_their_usual_spellings(text, period):
    assert Period.parse(text) == period


@pytest.mark.parametrize("text", ["", "2016", "Q1 2016", "2016/18", "2016/17 Q5", "last year"])
def test_text_that_is_not_a_period_is_refused_with_a_message(text):
    with pytest.raises(PeriodError, match="period|one year to the next"):
        Period.parse(text)


@pytest.mark.parametrize(
    ("period", "starts", "ends"),
    [
        (Period(2016, 1), dt.date(2016, 4, 1), dt.date(2016, 6, 30)),
        (Period(2016, 3), dt.date(2016, 10, 1), dt.date(2016, 12, 31)),
        (Period(2016, 4), dt.date(2017, 1, 1), dt.date(2017, 3, 31)),
        (Period(2016), dt.date(2016, 4, 1), dt.date(2017, 3, 31)),
    ],
)
def test_quarters_follow_the_uk_financial_year(period, starts, ends):
    assert (period.starts_on, period.ends_on) == (starts, ends)


def test_labels_sort_in_time_order_as_text():
    periods = [Period(2016), Period(2016, 1), Period(2016, 4), Period(2017, 1), Period(2019, 2)]
    labels = [p.label for p in periods]
    assert (
        labels
        == sorted(labels)
        == ["2016/17", "2016/17 Q1", "2016/17 Q4", "2017/18 Q1", "2019/20 Q2"]
    )
    assert periods == sorted(periods)


def test_next_previous_and_a_year_before():
    assert Period(2016, 4).next() == Period(2017, 1)
    assert Period(2017, 1).previous() == Period(2016, 4)
    assert Period(2017, 3).a_year_before() == Period(2016, 3)
    assert Period(2016).next() == Period(2017)
    assert quarters_between(Period(2016, 3), Period(2017, 2)) == [
        Period(2016, 3),
        Period(2016, 4),
        Period(2017, 1),
        Period(2017, 2),
    ]


@pytest.mark.parametrize(
    ("day", "quarter"),
    [
        (dt.date(2017, 3, 31), Period(2016, 4)),
        (dt.date(2017, 4, 1), Period(2017, 1)),
        (dt.date(2016, 12, 25), Period(2016, 3)),
    ],
)
def test_the_quarter_containing_a_day(day, quarter):
    assert Period.containing(day) == quarter


def test_a_period_is_future_until_it_starts():
    assert Period(2017, 1).is_future(dt.date(2017, 3, 31))
    assert not Period(2017, 1).is_future(dt.date(2017, 4, 1))
    assert Period(2016, 4).long_label == "2016/17 Q4 (Jan–Mar)"
