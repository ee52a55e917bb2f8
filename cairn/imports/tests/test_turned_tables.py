"""A table turned on its side (fields down the first column, an action per column) is read
as the table it stands for; a table the right way up is left as it is.

Each document is small, written here in the shape a kind of real plan takes, in words no
corpus document uses. Parse-only: no database.
"""

from __future__ import annotations

from cairn.imports.interpret import interpret
from cairn.imports.readers import docx as docx_reader
from cairn.imports.tests.documents import unseen as u


def word_plan(rows: list[list[str]]) -> dict:
    document = u.word()
    document.add_paragraph("Strand A - Safer streets", style="Heading 2")
    u.add_table(document, rows, bold_rows=())
    return interpret(docx_reader.read(u.word_bytes(document)))


def actions(plan: dict) -> list[tuple[str, list[str], str | None]]:
    return [
        (a["title"], a["leads"], a["deadline_text"])
        for t in plan["themes"]
        for o in t["objectives"]
        for a in o["actions"]
    ]


def test_a_table_of_fields_down_the_side_and_numbered_actions_across_is_an_action_a_column():
    plan = word_plan(
        [
            ["", "1", "2", "3"],
            ["Task", "Light the underpass", "Train taxi marshals", "Map unsafe bus stops"],
            ["Owner", "Highways", "Licensing", "Transport Team"],
            ["Deadline", "Oct 2026", "Dec 2026", "Feb 2027"],
            ["Notes", "Costed", "", "Survey first"],
        ]
    )

    assert actions(plan) == [
        ("Light the underpass", ["Highways"], "Oct 2026"),
        ("Train taxi marshals", ["Licensing"], "Dec 2026"),
        ("Map unsafe bus stops", ["Transport Team"], "Feb 2027"),
    ]
    assert [t["title"] for t in plan["themes"]] == ["Safer streets"]


def test_a_turned_table_without_a_row_over_its_columns_is_turned_too():
    plan = word_plan(
        [
            ["Activity", "Light the underpass", "Train taxi marshals"],
            ["Responsible", "Highways", "Licensing"],
            ["Due date", "Oct 2026", "Dec 2026"],
        ]
    )

    assert actions(plan) == [
        ("Light the underpass", ["Highways"], "Oct 2026"),
        ("Train taxi marshals", ["Licensing"], "Dec 2026"),
    ]


def test_a_table_the_right_way_up_with_numbered_actions_down_its_side_stays_as_it_is():
    plan = word_plan(
        [
            ["Ref", "Action", "Lead", "By when"],
            ["Action 1", "Light the underpass", "Highways", "Oct 2026"],
            ["Action 2", "Train taxi marshals", "Licensing", "Dec 2026"],
            ["Action 3", "Map unsafe bus stops", "Transport Team", "Feb 2027"],
        ]
    )

    assert [title for title, _leads, _due in actions(plan)] == [
        "Light the underpass",
        "Train taxi marshals",
        "Map unsafe bus stops",
    ]
