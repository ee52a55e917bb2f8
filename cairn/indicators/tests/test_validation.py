"""Every check on a data return's figures, as a pure function."""

from decimal import Decimal as D

import pytest

from cairn.indicators.validation import ElementRule, check_values, far_from_history

CASES = ElementRule("cases", "Cases discussed")
REPEATS = ElementRule("repeats", "Repeat cases", part_of="cases")
RATE = ElementRule("rate", "Satisfaction", is_count=False, minimum=D(0), maximum=D(10))
RULES = [CASES, REPEATS, RATE]


def test_good_figures_pass_and_are_numbers():
    checked = check_values(RULES, {"cases": "1,204", "repeats": "300", "rate": "7.5"})
    assert checked.ok and checked.values == {"cases": D(1204), "repeats": D(300), "rate": D("7.5")}


@pytest.mark.parametrize(
    ("raw", "code", "message"),
    [
        ({"cases": "twelve"}, "cases", "must be a number, for example 12: “twelve” is not"),
        ({"cases": "12abc"}, "cases", "must be a number"),
        ({"cases": "NaN"}, "cases", "must be a number"),
        ({"cases": ""}, "cases", "Enter a figure for “Cases discussed” (0 if there were none)"),
        ({"cases": "-1"}, "cases", "“Cases discussed” cannot be negative"),
        ({"cases": "2.5"}, "cases", "is a count: enter a whole number"),
        ({"rate": "11"}, "rate", "must be at most 10"),
        ({"rate": "-0.5"}, "rate", "cannot be negative"),
        ({"repeats": "13"}, "repeats", "“Repeat cases” (13) is more than “Cases discussed” (12)"),
    ],
)
def test_each_bad_figure_is_refused_with_a_message_naming_the_element(raw, code, message):
    checked = check_values(RULES, {"cases": "12", "repeats": "3", "rate": "5", **raw})
    assert not checked.ok and message in checked.errors[code]
    assert set(checked.errors) == {code}


def test_a_part_equal_to_its_whole_is_fine():
    assert check_values(RULES, {"cases": "12", "repeats": "12", "rate": "0"}).ok


def test_a_figure_far_from_history_needs_a_comment_and_then_passes():
    rule = ElementRule("cases", "Cases discussed", history=(D(40), D(44), D(38), D(41)))
    flagged = check_values([rule], {"cases": "400"})
    assert not flagged.ok
    assert "far from this agency's recent figures (40, 44, 38, 41)" in flagged.errors["cases"]
    assert "say why in the comment" in flagged.errors["cases"]
    explained = check_values([rule], {"cases": "400"}, {"cases": "A new team started."})
    assert explained.ok and "cases" in explained.flags


@pytest.mark.parametrize(
    ("number", "history", "flagged"),
    [
        (D(100), (D(40), D(44), D(38)), True),  # more than double
        (D(15), (D(40), D(44), D(38)), True),  # less than half
        (D(60), (D(40), D(44), D(38)), False),  # within reach
        (D(6), (D(2), D(2), D(2)), False),  # small numbers move a lot: within 5
        (D(400), (D(40), D(44)), False),  # too little history to judge
    ],
)
def test_far_from_history(number, history, flagged):
    assert bool(far_from_history(number, history)) == flagged


BY_AGE = [
    ElementRule("cases__age__16-24", "Cases: 16-24", part_of="cases", breakdown="Age band"),
    ElementRule("cases__age__25", "Cases: 25 and over", part_of="cases", breakdown="Age band"),
]
BY_SEX = [
    ElementRule("cases__sex__f", "Cases: Female", part_of="cases", breakdown="Sex"),
    ElementRule("cases__sex__m", "Cases: Male", part_of="cases", breakdown="Sex"),
]


def test_the_parts_of_a_breakdown_may_add_up_to_their_whole_or_less():
    raw = {"cases": "12", "cases__age__16-24": "5", "cases__age__25": "7"}
    raw |= {"cases__sex__f": "10", "cases__sex__m": "1"}  # one not known: 11 of 12
    assert check_values([CASES, *BY_AGE, *BY_SEX], raw).ok


def test_parts_of_a_breakdown_adding_up_to_more_than_the_whole_are_refused():
    raw = {"cases": "12", "cases__age__16-24": "6", "cases__age__25": "7"}
    raw |= {"cases__sex__f": "10", "cases__sex__m": "2"}
    checked = check_values([CASES, *BY_AGE, *BY_SEX], raw)
    assert checked.errors == {
        "cases__age__16-24": "The parts of “Cases discussed” by age band add up to 13, more "
        "than “Cases discussed” (12)."
    }
