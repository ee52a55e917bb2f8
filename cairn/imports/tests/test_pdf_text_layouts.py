"""PDFs and pasted text as councils' files have them, in small documents of our own: each
test draws the layout (with reportlab, as a word processor would set it) and checks the
general rule the reader follows. Parse-only: no database.
"""

from __future__ import annotations

import io
from dataclasses import dataclass

from reportlab.lib.pagesizes import A4
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas

from cairn.imports.interpret import interpret
from cairn.imports.readers import pdf as pdf_reader

FONT, SIZE, LEADING, PADDING = "Helvetica", 10, 12, 5.4


def set_lines(text: str, width: float) -> list[str]:
    """`text` set in a column `width` points wide as Word and LibreOffice set it: words
    wrap at spaces, a space that fits stays at the end of its line, and a word too long
    for a line of its own is cut where the line ends, with no hyphen."""
    lines: list[str] = []
    line = ""
    for word in text.split(" "):
        if line and stringWidth(line + word, FONT, SIZE) > width:
            lines.append(line)
            line = ""
        line += word
        while stringWidth(line, FONT, SIZE) > width:  # a word too long for a line: cut
            cut = max(n for n in range(1, len(line)) if stringWidth(line[:n], FONT, SIZE) <= width)
            lines.append(line[:cut])
            line = line[cut:]
        if stringWidth(f"{line} ", FONT, SIZE) <= width:
            line += " "
    lines.append(line)
    return [item for item in lines if item.strip()]


def fitting(word: str) -> float:
    """A column just wide enough for `word`, not for a space after it."""
    return stringWidth(word, FONT, SIZE) + 2 * PADDING + 1


@dataclass
class Column:
    header: str
    width: float


def ruled_table_pdf(columns: list[Column], rows: list[list[str]], title: str) -> bytes:
    """One page: a title, then a table ruled all round, each cell's text set in its column."""
    buffer = io.BytesIO()
    canvas = Canvas(buffer, pagesize=A4)
    _, height = A4
    canvas.setFont("Helvetica-Bold", 16)
    canvas.drawString(50, height - 60, title)
    top = height - 90
    for index, values in enumerate([[column.header for column in columns], *rows]):
        cells = [
            set_lines(value, column.width - 2 * PADDING)
            for value, column in zip(values, columns, strict=True)
        ]
        bottom = top - max(len(cell) for cell in cells) * LEADING - 2 * PADDING
        x = 50.0
        for column, lines in zip(columns, cells, strict=True):
            canvas.rect(x, bottom, column.width, top - bottom)
            canvas.setFont("Helvetica-Bold" if index == 0 else FONT, SIZE)
            for number, line in enumerate(lines):
                canvas.drawString(x + PADDING, top - PADDING - SIZE - number * LEADING, line)
            x += column.width
        top = bottom
    canvas.save()
    return buffer.getvalue()


NARROW = [Column("Action", 230), Column("Lead", 62), Column("Due", 48)]
ROWS = [
    [
        "Work collaboratively with schools on healthy relationships",
        "Commissioning",
        "September 2026",
    ],
    ["Offer a multi-agency group for survivors", "Safeguarding", "30.09.2025"],
    ["Publish the quarterly performance report", "Partnership", "Quarterly"],
]


def test_words_a_narrow_pdf_column_cut_at_its_edge_are_whole_again():
    assert read_cells(NARROW, ROWS) == ROWS


def read_cells(columns: list[Column], rows: list[list[str]]) -> list[list[str]]:
    document = pdf_reader.read(ruled_table_pdf(columns, rows, "Delivery plan"))
    return [[cell.text for cell in row.cells] for row in document.blocks[-1].rows or []][1:]


def test_a_word_that_filled_its_line_is_not_joined_to_a_word_the_document_uses():
    """'collaboratively' fills its line with no room for the space after it, as a cut word
    would; 'with' is a word of the document's own, so it starts a word of its own."""
    rows = [["Work with schools", "collaboratively with partners"]]

    assert read_cells([Column("Action", 230), Column("How", fitting("collaboratively"))], rows) == (
        rows
    )


def test_a_line_ending_in_a_hyphenated_word_was_not_cut_in_a_word():
    """A line-breaker cuts a word only when it is too long for a line of its own, and a
    hyphen lets 'multi-agency' break: so 'group' after it is a word, though no other cell
    uses it."""
    rows = [["Train staff", "multi-agency group"]]

    assert read_cells([Column("Action", 230), Column("Lead", fitting("multi-agency"))], rows) == (
        rows
    )


def test_a_plan_with_cut_leads_and_dates_reads_them_whole():
    plan = interpret(pdf_reader.read(ruled_table_pdf(NARROW, ROWS, "Delivery plan")))

    actions = [a for t in plan["themes"] for o in t["objectives"] for a in o["actions"]]

    assert [(a["leads"], a["deadline_text"]) for a in actions] == [
        (["Commissioning"], "September 2026"),
        (["Safeguarding"], "30.09.2025"),
        (["Partnership"], "Quarterly"),
    ]
