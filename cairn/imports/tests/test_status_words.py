"""A status cell as plans write it, matched to the partnership's scheme: its labels and codes
first, then the words plans use for each kind of status, with the label or note around the
word set aside. Parse-only: the scheme is built in memory, no database."""

from __future__ import annotations

import pytest

from cairn.imports.save import match_status
from cairn.plans.models import Status
from cairn.plans.statuses import SCHEMES

C = Status.Category
RAG = [
    Status(label=label, code=code, category=kind) for label, code, kind, _, _ in SCHEMES["rag"][1]
]


@pytest.mark.parametrize(
    ("cell", "category"),
    [
        ("RAG: Amber", C.AT_RISK),
        ("Status – Red", C.OFF_TRACK),
        ("Rated Green", C.ON_TRACK),
        ("On track – 60%", C.ON_TRACK),
        ("Completed (March 2025)", C.COMPLETE),
        ("Overdue", C.OFF_TRACK),
        ("Partially achieved", C.AT_RISK),
        ("Not met", C.OFF_TRACK),
        ("Not commenced", C.NOT_STARTED),
        ("Work in progress", C.ON_TRACK),
        ("Deferred", C.STALLED),
        ("Superseded", C.CLOSED),
        ("Business as usual", C.COMPLETE),
        ("✓", C.COMPLETE),
    ],
)
def test_a_status_written_as_plans_write_it_means_its_kind_of_status(cell: str, category: str):
    status = match_status(cell, RAG)
    assert status is not None and status.category == category


@pytest.mark.parametrize("cell", ["Open", "See comments", "TBC", "—"])
def test_a_cell_that_names_no_status_matches_none(cell: str):
    assert match_status(cell, RAG) is None


def test_the_schemes_own_label_wins_over_a_common_word():
    scheme = [
        Status(label="Achieved", code="ACH", category=C.ON_TRACK),
        Status(label="Complete", code="C", category=C.COMPLETE),
    ]
    assert match_status("Achieved", scheme).category == C.ON_TRACK  # type: ignore[union-attr]


@pytest.mark.parametrize(
    ("cell", "category"),
    [
        ("Met partially", C.AT_RISK),
        ("Achieved in part", C.AT_RISK),
        ("Completed partly", C.AT_RISK),
        ("Started not yet", C.NOT_STARTED),
        ("Met – see the board minutes", C.COMPLETE),
    ],
)
def test_a_status_phrase_means_the_same_in_any_word_order_and_done_in_part_is_part_done(
    cell: str, category: str
):
    status = match_status(cell, RAG)
    assert status is not None and status.category == category


@pytest.mark.parametrize("cell", ["Largely met", "Met in most areas but not all"])
def test_a_first_word_that_a_later_word_qualifies_is_not_read_alone(cell: str):
    assert match_status(cell, RAG) is None


@pytest.mark.parametrize(
    ("cell", "category"),
    [("1 - Red", C.OFF_TRACK), ("2 – Amber", C.AT_RISK), ("3. Green", C.ON_TRACK)],
)
def test_a_rag_level_numbered_by_a_report_is_its_colour(cell: str, category: str):
    status = match_status(cell, RAG)
    assert status is not None and status.category == category


@pytest.mark.parametrize(
    ("cell", "category"),
    [
        ("- Not started", C.NOT_STARTED),
        ("– not yet due", C.NOT_STARTED),
        ("Amber in progress", C.AT_RISK),
        ("Red not started", C.OFF_TRACK),
        ("Green no concerns", C.ON_TRACK),
        ("Completed in March", C.COMPLETE),
    ],
)
def test_a_colour_or_a_dash_then_a_note_keeps_its_status(cell: str, category: str):
    status = match_status(cell, RAG)
    assert status is not None and status.category == category


@pytest.mark.parametrize("cell", ["✓ not yet", "? not known", "— not partially"])
def test_a_symbol_then_a_qualifier_names_no_status_and_never_fails(cell: str):
    assert match_status(cell, RAG) is None
