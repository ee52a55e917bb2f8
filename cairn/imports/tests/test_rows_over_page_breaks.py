"""A row a page break cut in two, as text extracted from a published plan has it: the
row's first half, the table's header repeated on the next page, then the rest of the row
alone in its column, going on mid-sentence. The rest is the row's, not a part of the plan.

Small documents of our own, in the extracted text's form and as a Word table. Parse-only:
no database.
"""

from __future__ import annotations

from cairn.imports.interpret import interpret
from cairn.imports.readers import docx as docx_reader
from cairn.imports.readers.text import read_text
from cairn.imports.tests.documents import unseen as u

HEADER = ["Ref", "What we will do", "Owner", "When"]
ROWS = [
    ["Safer streets", "", "", ""],
    ["1", "Light the underpasses on the routes to the college", "Highways", "March 2027"],
    ["2", "Train taxi marshals to spot and report harassment of", "Licensing", "May 2027"],
    HEADER,
    ["", "women leaving bars late at night", "", ""],
    ["3", "Open a safe space in the town centre on weekend nights", "Street Pastors", "2027"],
]
EXPECTED = [
    (
        "Safer streets",
        [
            "Light the underpasses on the routes to the college",
            "Train taxi marshals to spot and report harassment of women leaving bars late at night",
            "Open a safe space in the town centre on weekend nights",
        ],
    )
]


def grouping(plan: dict) -> list[tuple[str, list[str]]]:
    return [
        (theme["title"], [a["title"] for o in theme["objectives"] for a in o["actions"]])
        for theme in plan["themes"]
    ]


def test_the_rest_of_a_row_after_the_repeated_header_goes_on_its_row_in_text():
    lines = ["\t".join(HEADER), *("\t".join(row) for row in ROWS)]
    lines.insert(lines.index("\t".join(HEADER), 1), "")  # the page break's blank line
    text = "Town Centre Safety Plan\n\n" + "\n".join(lines) + "\n"

    assert grouping(interpret(read_text(text))) == EXPECTED


def test_the_rest_of_a_row_after_the_repeated_header_goes_on_its_row_in_word():
    document = u.word()
    document.add_paragraph("Town Centre Safety Plan", style="Title")
    table = document.add_table(rows=0, cols=4)
    for values in [HEADER, *ROWS]:
        cells = table.add_row().cells
        for cell, value in zip(cells, values, strict=True):
            cell.text = value

    assert grouping(interpret(docx_reader.read(u.word_bytes(document)))) == EXPECTED


def test_a_lone_title_in_capitals_after_the_repeated_header_is_still_a_part():
    """A row of one cell that starts a sentence of its own is a section, as before."""
    rows = [*ROWS[:4], ["", "Safer homes", "", ""], ROWS[5]]
    text = "\n".join("\t".join(row) for row in [HEADER, *rows]) + "\n"

    assert [title for title, _ in grouping(interpret(read_text(text)))] == [
        "Safer streets",
        "Safer homes",
    ]
