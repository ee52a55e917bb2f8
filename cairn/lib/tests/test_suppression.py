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

from cairn.lib.suppression import PRIMARY, SECONDARY, suppress, suppressed_figure

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
