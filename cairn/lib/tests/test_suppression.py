"""Small-number suppression, audited as an attacker would audit it.

The attacker's audit here is written independently of cairn/lib/suppression.py: from the
published table alone (counts and totals, hidden cells unknown), it solves two linear
programs per hidden cell with scipy's HiGHS: the smallest and largest the cell can be,
given every published figure and that counts are not negative. Every hidden cell's
interval must be wider than the threshold.
"""

from __future__ import annotations

import itertools

import numpy as np
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from scipy.optimize import linprog

from cairn.lib.suppression import (
    PRIMARY,
    SECONDARY,
    round_to_base,
    suppress,
    suppress_linked,
    suppressed_figure,
)

THRESHOLD = 5


def attacker_intervals(shape, shown: dict) -> dict:
    """{hidden cell: (min, max)} from the published cells only ('<5' and '[c]' unknown)."""
    interior = list(itertools.product(*[range(n) for n in shape]))
    index = {cell: i for i, cell in enumerate(interior)}

    def row_for(cell):
        row = np.zeros(len(interior))
        for inner in interior:
            if all(c is None or c == i for c, i in zip(cell, inner, strict=True)):
                row[index[inner]] = 1
        return row

    known = {cell: int(text) for cell, text in shown.items() if text.isdigit()}
    a_eq = np.array([row_for(cell) for cell in known]) if known else None
    b_eq = np.array(list(known.values())) if known else None
    found = {}
    for cell, text in shown.items():
        if text.isdigit():
            continue
        objective = row_for(cell)
        bounds = [(0, None)] * len(interior)
        low = linprog(objective, A_eq=a_eq, b_eq=b_eq, bounds=bounds, method="highs")
        high = linprog(-objective, A_eq=a_eq, b_eq=b_eq, bounds=bounds, method="highs")
        assert low.status == 0
        found[cell] = (low.fun, float("inf") if high.status == 3 else -high.fun)
    return found


def published_view(publication) -> dict:
    return {cell: publication.shown(cell) for cell in publication.values}


def check_publication(counts) -> None:
    counts = np.asarray(counts)
    publication = suppress(counts, THRESHOLD)
    shown = published_view(publication)
    # Nothing false is published, and every small count is hidden.
    for cell, text in shown.items():
        true = publication.values[cell]
        if text.isdigit():
            assert int(text) == true
            assert true == 0 or true >= THRESHOLD, (cell, true)
        else:
            assert text in (f"<{THRESHOLD}", SECONDARY)
    # The attacker cannot narrow any hidden count to within the threshold.
    for cell, (low, high) in attacker_intervals(counts.shape, shown).items():
        assert high - low > THRESHOLD, (counts.tolist(), cell, low, high, shown)


small_counts = st.integers(min_value=0, max_value=25) | st.integers(min_value=0, max_value=6)


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    st.integers(min_value=1, max_value=4).flatmap(
        lambda rows: st.integers(min_value=1, max_value=4).flatmap(
            lambda cols: st.lists(
                st.lists(small_counts, min_size=cols, max_size=cols),
                min_size=rows,
                max_size=rows,
            )
        )
    )
)
def test_suppressed_cells_of_two_way_tables_cannot_be_recovered(table):
    check_publication(table)


@settings(max_examples=10, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    st.tuples(
        st.integers(min_value=2, max_value=3),
        st.integers(min_value=2, max_value=3),
        st.just(2),
    ).flatmap(
        lambda shape: st.lists(
            small_counts,
            min_size=shape[0] * shape[1] * shape[2],
            max_size=shape[0] * shape[1] * shape[2],
        ).map(lambda flat: np.array(flat).reshape(shape))
    )
)
def test_suppressed_cells_of_three_way_tables_with_all_margins_cannot_be_recovered(table):
    check_publication(table)


def test_suppress_hides_a_small_count_and_the_rectangle_that_protects_it():
    publication = suppress([[3, 10, 12], [7, 8, 20]], THRESHOLD)
    assert publication.grid() == [
        ["<5", "[c]", "12", "25"],
        ["[c]", "[c]", "20", "35"],
        ["10", "18", "32", "60"],
    ]
    assert publication.suppressed[(0, 0)] == PRIMARY
    assert publication.suppressed[(1, 1)] == SECONDARY


def test_suppress_leaves_a_table_without_small_counts_as_it_is():
    publication = suppress([[0, 10], [7, 8]], THRESHOLD)
    assert not publication.suppressed
    assert publication.grid() == [["0", "10", "10"], ["7", "8", "15"], ["7", "18", "25"]]


def test_suppress_hides_a_small_total_too():
    # Row total 1 + 2 = 3 is itself small.
    publication = suppress([[1, 2], [9, 9]], THRESHOLD)
    assert publication.shown((0, None)) == "<5"
    check_publication([[1, 2], [9, 9]])


def test_the_known_disclosure_from_the_issue_is_closed():
    # "On track: fewer than 5; No status yet 15; 18 actions" gave the hidden 3 away.
    publication = suppress([[3, 15]], THRESHOLD)
    assert publication.shown((0, None)) == "[c]" or publication.shown((0, 1)) == "[c]"
    check_publication([[3, 15]])


def test_percentages_from_a_hidden_count_are_hidden():
    assert suppressed_figure(True) and suppressed_figure(False, True)
    assert not suppressed_figure(False, False)


@pytest.mark.parametrize("bad", [[[-1, 2]], []])
def test_bad_tables_are_refused(bad):
    with pytest.raises(ValueError):
        suppress(bad, THRESHOLD)


# ---------------------------------------------------------------- linked tables


def split(data, total: int, parts: int) -> list[int]:
    """`total` split into `parts` non-negative counts, as hypothesis chooses."""
    cuts = sorted(
        data.draw(st.lists(st.integers(0, total), min_size=parts - 1, max_size=parts - 1))
    )
    edges = [0, *cuts, total]
    return [b - a for a, b in zip(edges, edges[1:], strict=False)]


@settings(max_examples=15, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.data())
def test_suppressed_cells_of_linked_breakdowns_cannot_be_recovered_from_both(data):
    """Cases by period and age band, and by period and sex: each table's hidden counts stay
    hidden when the attacker solves with both tables (and every total) at once."""
    periods = data.draw(st.integers(1, 3), label="periods")
    sizes = data.draw(st.lists(st.integers(2, 3), min_size=2, max_size=3), label="breakdowns")
    totals = data.draw(st.lists(st.integers(0, 30), min_size=periods, max_size=periods))
    margins = [np.array([split(data, t, k) for t in totals]) for k in sizes]
    linked = suppress_linked(margins, THRESHOLD)
    publication = linked.publication
    shown = {cell: publication.shown(cell) for cell in publication.released}
    for cell, text in shown.items():
        if text.isdigit():
            true = publication.values[cell]
            assert int(text) == true and (true == 0 or true >= THRESHOLD)
    # Each released table shows its own margin's true counts where it shows them.
    for d, margin in enumerate(margins):
        for p, row in enumerate(linked.table(d)[:-1]):
            for k, text in enumerate(row[:-1]):
                assert not text.isdigit() or int(text) == margin[p, k]
    for cell, (low, high) in attacker_intervals(publication.shape, shown).items():
        assert high - low > THRESHOLD, (margins, cell, low, high)


def test_a_period_hidden_in_one_breakdown_is_hidden_in_the_other():
    by_age = [[3, 9, 8], [10, 10, 10]]  # 20 and 30 cases
    by_sex = [[18, 2], [15, 15]]
    linked = suppress_linked([by_age, by_sex], THRESHOLD)
    assert linked.table(0)[0][0] == "<5" and linked.table(1)[0][1] == "<5"
    assert linked.total(0) == linked.table(0)[0][-1] == linked.table(1)[0][-1]


def test_breakdowns_that_do_not_add_up_to_the_same_totals_are_refused():
    with pytest.raises(ValueError, match="same figure"):
        suppress_linked([[[3, 9]], [[10, 3]]], THRESHOLD)


@pytest.mark.parametrize(
    ("value", "rounded"), [(0, 0), (2, 0), (3, 5), (7, 5), (8, 10), (12, 10), (13, 15)]
)
def test_rounding_to_base_5(value, rounded):
    assert round_to_base(value, 5) == rounded


def test_a_suppressed_and_rounded_table_shows_multiples_of_5():
    publication = suppress([[3, 12, 13], [7, 8, 21]], THRESHOLD, base=5)
    for row in publication.grid():
        for text in row:
            assert not text.isdigit() or int(text) % 5 == 0
    assert publication.shown((0, 0)) == "<5"
