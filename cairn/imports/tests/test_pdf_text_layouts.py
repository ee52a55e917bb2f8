"""PDFs and pasted text as councils' files have them, in small documents of our own: each
test draws the layout (with reportlab, as a word processor would set it) and checks the
general rule the reader follows. Parse-only: no database.
"""

from __future__ import annotations

import io
from dataclasses import dataclass
from pathlib import Path

import pytest
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Table, TableStyle

from cairn.imports.interpret import interpret
from cairn.imports.readers import pdf as pdf_reader
from cairn.imports.readers.text import read_text

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


def actions_of(plan: dict) -> list[dict]:
    return [a for t in plan["themes"] for o in t["objectives"] for a in o["actions"]]


def summary(plan: dict) -> list[tuple[str, str, list[str], str | None]]:
    return [
        (theme["title"], action["title"], action["leads"], action["deadline_text"])
        for theme in plan["themes"]
        for objective in theme["objectives"]
        for action in objective["actions"]
    ]


QUOTED_REPLY = """\
Morning Priya,

All fine from Housing, one typo in 2b.

Tom

From: Community Safety Officer <cso@example.gov.uk>
Sent: 2 February 2026 09:12
To: VAWG Board <vawg@example.gov.uk>
Subject: Kestrel VAWG Board: actions from January

> Hello all,
>
> Here are the actions we agreed on Thursday.
>
> Theme A - Safer streets
> No.\tWhat\tWho\tWhen
> 1a\tAudit street lighting near the station\tHighways\tMarch 2026
> 1b\tTrain door staff in the night-time economy\tLicensing\tApril 2026
>
> Theme B - Support
> No.\tWhat\tWho\tWhen
> 2a\tOpen a drop-in at the library\tSanctuary Trust\tMay 2026
> 2b\tPublish the referral pathway\tPublic Health\tJune 2026
>
> Best wishes
>
> Priya
"""


def test_an_email_quoting_the_plan_is_read_as_the_message_it_quotes():
    """The reply above is about the plan; the quoted message, its '> ' marks taken off,
    is the plan, with the quoted email's subject as its title."""
    document = read_text(QUOTED_REPLY)
    plan = interpret(document)

    assert document.title == "Kestrel VAWG Board: actions from January"
    assert summary(plan) == [
        ("Safer streets", "Audit street lighting near the station", ["Highways"], "March 2026"),
        (
            "Safer streets",
            "Train door staff in the night-time economy",
            ["Licensing"],
            "April 2026",
        ),
        ("Support", "Open a drop-in at the library", ["Sanctuary Trust"], "May 2026"),
        ("Support", "Publish the referral pathway", ["Public Health"], "June 2026"),
    ]


def test_an_email_with_a_short_quote_below_it_keeps_its_own_text():
    text = "Lead\tAction\tDue\nPolice\tRun the pilot\tMay 2026\nCouncil\tFund it\tJune 2026\n"
    text += "\n> Can you send the plan?\n> Thanks\n"

    plan = interpret(read_text(text))

    assert [a["title"] for a in actions_of(plan)] == ["Run the pilot", "Fund it"]


STACKED_PAGE = """\
Wrenfield Council: Safer Homes Plan

Priority 1: Homes are safe to stay in

Action
Fit target hardening within ten days of referral
Owner
Housing Repairs
Target date
July 2026
RAG
Green

Action
Check every refuge room meets the standard
Owner
Commissioning
Target date
October 2026
RAG
Amber

Priority 2: People can leave safely

Action
Hold two emergency flats for families fleeing abuse
Owner
Housing Options
Target date
Ongoing
RAG
Green
"""


def test_fields_stacked_label_over_value_are_read_as_the_table_they_stand_for():
    plan = interpret(read_text(STACKED_PAGE))

    assert summary(plan) == [
        (
            "Homes are safe to stay in",
            "Fit target hardening within ten days of referral",
            ["Housing Repairs"],
            "July 2026",
        ),
        (
            "Homes are safe to stay in",
            "Check every refuge room meets the standard",
            ["Commissioning"],
            "October 2026",
        ),
        (
            "People can leave safely",
            "Hold two emergency flats for families fleeing abuse",
            ["Housing Options"],
            "Ongoing",
        ),
    ]
    assert [a["status_text"] for a in actions_of(plan)] == ["Green", "Amber", "Green"]


def stacked_pdf(records: list[list[tuple[str, str]]], headings: dict[int, str]) -> bytes:
    """A web page's narrow layout printed to PDF: each field's label in bold in a left
    column, its value beside it in the column to the right."""
    buffer = io.BytesIO()
    canvas = Canvas(buffer, pagesize=A4)
    _, height = A4
    y = height - 60
    canvas.setFont("Helvetica-Bold", 16)
    canvas.drawString(50, y, "Wrenfield Council: Safer Homes Plan")
    y -= 30
    for number, record in enumerate(records):
        if number in headings:
            canvas.setFont("Helvetica-Bold", 13)
            canvas.drawString(50, y, headings[number])
            y -= 24
        for label, value in record:
            canvas.setFont("Helvetica-Bold", SIZE)
            canvas.drawString(50, y, label)
            canvas.setFont(FONT, SIZE)
            canvas.drawString(130, y, value)
            y -= 16
        y -= 10
    canvas.save()
    return buffer.getvalue()


def test_fields_side_by_side_in_a_printed_page_are_read_as_their_table():
    records = [
        [("Action", "Fit target hardening"), ("Owner", "Housing Repairs"), ("Due", "July 2026")],
        [("Action", "Check refuge rooms"), ("Owner", "Commissioning"), ("Due", "October 2026")],
        [("Action", "Hold two emergency flats"), ("Owner", "Housing Options"), ("Due", "2027")],
    ]
    headings = {
        0: "Priority 1: Homes are safe to stay in",
        2: "Priority 2: People can leave safely",
    }

    plan = interpret(pdf_reader.read(stacked_pdf(records, headings)))

    assert summary(plan) == [
        ("Homes are safe to stay in", "Fit target hardening", ["Housing Repairs"], "July 2026"),
        ("Homes are safe to stay in", "Check refuge rooms", ["Commissioning"], "October 2026"),
        ("People can leave safely", "Hold two emergency flats", ["Housing Options"], "2027"),
    ]


NUMBERED_RECORDS = """\
Contents
Part 1: Early help
Part 2: Justice

Part 1: Early help

Commitment 1
Give every GP practice a named domestic abuse champion
Lead organisation: Integrated Care Board
Timescale: 2026 to 2027

Commitment 2
Offer a parenting course to families where there is abuse
Lead organisation: Family Hubs
Timescale: Spring 2027

Part 2: Justice

Commitment 3
Sit a specialist court for domestic abuse cases
Lead organisation: HM Courts and Tribunals Service
Timescale: 2027
"""


def test_a_record_numbered_on_its_own_line_keeps_its_number_as_its_ref():
    """'Commitment 3' above the commitment is its label and number, not its title, and a
    'Lead organisation:' line is a field of it."""
    plan = interpret(read_text(NUMBERED_RECORDS))

    assert [(a["ref"], a["title"], a["leads"]) for a in actions_of(plan)] == [
        (
            "Commitment 1",
            "Give every GP practice a named domestic abuse champion",
            ["Integrated Care Board"],
        ),
        (
            "Commitment 2",
            "Offer a parenting course to families where there is abuse",
            ["Family Hubs"],
        ),
        (
            "Commitment 3",
            "Sit a specialist court for domestic abuse cases",
            ["HM Courts and Tribunals Service"],
        ),
    ]


def slides_pdf(themes: dict[str, list[list[str]]], *, side_labels: bool = False) -> bytes:
    """A slide deck (landscape): a title slide, then one per theme: its table ruled only
    between rows (no column lines), the header shaded, and a footer with the page number.
    The theme's name is the slide's title, or (`side_labels`) written up its left edge."""
    buffer = io.BytesIO()
    canvas = Canvas(buffer, pagesize=(960, 540))
    canvas.setFont("Helvetica-Bold", 30)
    canvas.drawString(60, 300, "Harrowdene VAWG Delivery Plan 2026-2028")
    canvas.showPage()
    for number, (theme, rows) in enumerate(themes.items(), start=2):
        if side_labels:
            canvas.saveState()
            canvas.setFont("Helvetica-Bold", 24)
            canvas.translate(50, 80)
            canvas.rotate(90)
            canvas.drawString(0, 0, theme.upper())
            canvas.restoreState()
        else:
            canvas.setFont("Helvetica-Bold", 24)
            canvas.drawString(36, 488, theme)
        table = Table(
            [["What we will do", "Who", "When"], *rows], colWidths=[480, 200, 120], rowHeights=24
        )
        table.setStyle(
            TableStyle(
                [
                    ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#DDDDEE")),
                    ("FONTNAME", (0, 0), (-1, 0), "Helvetica-Bold"),
                    ("LINEBELOW", (0, 0), (-1, -1), 0.5, colors.grey),
                ]
            )
        )
        _, height = table.wrapOn(canvas, 800, 400)
        table.drawOn(canvas, 100, 450 - height)
        canvas.setFont(FONT, 9)
        canvas.drawString(36, 20, "Harrowdene Community Safety Partnership")
        canvas.drawRightString(924, 20, str(number))
        canvas.showPage()
    canvas.save()
    return buffer.getvalue()


SLIDE_THEMES = {
    "Safer homes": [
        ["Fit locks and alarms for victims who stay", "Housing", "June 2026"],
        ["Hold two flats for emergencies", "Housing Options", "Ongoing"],
        ["Check every refuge room each year", "Commissioning", "Annually"],
    ],
    "Healthy relationships": [
        ["Teach consent in every secondary school", "Education", "2026/27"],
        ["Run a campaign with the football club", "Public Health", "March 2026"],
        ["Train youth workers to spot abuse", "Youth Service", "May 2026"],
    ],
}


def test_a_table_ruled_only_between_its_rows_is_read_row_by_row():
    """Rules across the page part the rows; the footer far below the last row is not one."""
    plan = interpret(pdf_reader.read(slides_pdf(SLIDE_THEMES)))

    assert [(t, a, leads, due) for t, a, leads, due in summary(plan)] == [
        (theme, row[0], [row[1]], row[2]) for theme, rows in SLIDE_THEMES.items() for row in rows
    ]


def test_a_theme_written_up_the_side_of_its_table_names_that_table():
    plan = interpret(pdf_reader.read(slides_pdf(SLIDE_THEMES, side_labels=True)))

    assert [(t, a) for t, a, _leads, _due in summary(plan)] == [
        (theme.upper(), row[0]) for theme, rows in SLIDE_THEMES.items() for row in rows
    ]


def two_column_pdf(left: list[str], right: list[str]) -> bytes:
    """A designed page in two columns: the left's lines, then the right's, which start a
    few points lower so that no line of one column sits level with a line of the other."""
    buffer = io.BytesIO()
    canvas = Canvas(buffer, pagesize=A4)
    _, height = A4
    for x, top, lines in ((50, height - 80, left), (310, height - 85, right)):
        for number, line in enumerate(lines):
            bold = not line.startswith("•")
            canvas.setFont("Helvetica-Bold" if bold else FONT, 13 if bold else SIZE)
            canvas.drawString(x, top - number * 18, line)
    canvas.save()
    return buffer.getvalue()


def test_a_page_in_two_columns_is_read_down_the_left_column_then_the_right():
    left = [
        "Priority 1: Safer homes",
        "• Fit locks for victims who stay (Housing, 2026)",
        "• Hold two flats for emergencies (Housing, 2027)",
        "Priority 2: Healthy relationships",
        "• Teach consent in every school (Education, 2026)",
    ]
    right = [
        "• Run a campaign with the football club (Public Health, 2027)",
        "Priority 3: Justice",
        "• Sit a specialist court each week (Courts, 2026)",
        "• Offer a perpetrator course (Probation, 2028)",
    ]

    document = pdf_reader.read(two_column_pdf(left, right))

    assert [
        f"{block.list_marker} {block.text}" if block.list_marker else block.text
        for block in document.blocks
    ] == left + right


def printed_over_pdf(header: list[str], rows: list[list[str]], split: int) -> bytes:
    """A sheet too wide for the paper, printed as a spreadsheet prints it: its first
    `split` columns on one page, the rest on the next, every row at the same height on
    both, the table ruled all round."""
    buffer = io.BytesIO()
    canvas = Canvas(buffer, pagesize=A4)
    for part in (slice(None, split), slice(split, None)):
        data = [header[part], *(row[part] for row in rows)]
        table = Table(data, rowHeights=20)
        table.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.black)]))
        _, height = table.wrapOn(canvas, 500, 700)
        table.drawOn(canvas, 50, 780 - height)
        canvas.showPage()
    canvas.save()
    return buffer.getvalue()


def test_a_sheet_printed_a_band_of_columns_to_a_page_is_one_table_again():
    header = ["Ref", "Action", "Lead", "Due", "RAG"]
    rows = [
        ["1", "Fit locks for victims who stay", "Housing", "Jun-26", "G"],
        ["2", "Hold two flats for emergencies", "Housing Options", "Sep-26", "A"],
        ["3", "Teach consent in every school", "Education", "Mar-27", "R"],
    ]

    document = pdf_reader.read(printed_over_pdf(header, rows, split=2))

    assert [[cell.text for cell in row.cells] for row in document.blocks[0].rows or []] == [
        header,
        *rows,
    ]


def test_a_table_going_on_down_the_next_page_is_not_joined_beside_it():
    """The next page's rows are more rows of the same columns (its header repeated): they
    go under the first page's, not beside them, though they stand at the same heights."""
    header = ["Action", "Lead"]
    pages = [
        [["Fit locks", "Housing"], ["Hold two flats", "Housing Options"]],
        [["Teach consent", "Education"], ["Run a campaign", "Public Health"]],
    ]
    buffer = io.BytesIO()
    canvas = Canvas(buffer, pagesize=A4)
    for rows in pages:
        table = Table([header, *rows], rowHeights=20)
        table.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.black)]))
        table.wrapOn(canvas, 500, 700)
        table.drawOn(canvas, 50, 700)
        canvas.showPage()
    canvas.save()

    document = pdf_reader.read(buffer.getvalue())

    assert [[cell.text for cell in row.cells] for row in document.blocks[0].rows or []] == [
        header,
        *pages[0],
        *pages[1],
    ]


def test_a_column_of_labels_beside_their_lists_is_not_read_as_two_columns_of_text():
    """A priority's name beside its actions (the next name lower down, beside its own):
    read down the left column first, every name would come before every action."""
    buffer = io.BytesIO()
    canvas = Canvas(buffer, pagesize=A4)
    top = 760.0
    for label, items in (
        ("Priority 1: Safer homes for everyone", ["Fit locks", "Hold flats", "Check refuges"]),
        ("Priority 2: Healthy relationships", ["Teach consent", "Run a campaign", "Train"]),
        ("Priority 3: Justice for victims", ["Sit a court", "Offer a course", "Use orders"]),
    ):
        canvas.setFont("Helvetica-Bold", 12)
        canvas.drawString(50, top, label)
        canvas.setFont(FONT, SIZE)
        for number, item in enumerate(items):
            canvas.drawString(300, top - number * 18, f"• {item} (Housing, 2026)")
        top -= 80
    canvas.save()

    text = " ".join(b.text or "" for b in pdf_reader.read(buffer.getvalue()).blocks)

    assert text.index("Check refuges") < text.index("Priority 2")
    assert text.index("Run a campaign") < text.index("Priority 3")


def two_row_records_pdf(pages: list[list[list[str]]]) -> bytes:
    """Each action in two rows, its ref merged down both (the action across the other three
    columns, then its lead, date and measure), as Word sets such a table; the page break
    cuts the first page's last row, so the rest of it opens the next page as a row whose
    ref cell (the merged one going on) is blank. Each page's table ends where its rows do;
    the first reaches the foot of the page."""
    buffer = io.BytesIO()
    canvas = Canvas(buffer, pagesize=A4)
    for rows in pages:
        spans = [
            ("SPAN", (0, index), (0, index + 1)) for index, row in enumerate(rows) if row[0]
        ] + [("SPAN", (1, index), (3, index)) for index, row in enumerate(rows) if row[0]]
        table = Table(rows, colWidths=[40, 150, 90, 200], rowHeights=20)
        table.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.black), *spans]))
        _, height = table.wrapOn(canvas, 500, 800)
        table.drawOn(canvas, 50, 40 if pages.index(rows) == 0 else 800 - height)
        canvas.showPage()
    canvas.save()
    return buffer.getvalue()


def test_a_row_under_a_merged_ref_cut_by_a_page_break_is_one_row_again():
    """The cut row has no cell of its own under the merged ref, where the rest of it on
    the next page has a blank one: the date's two lines ('November' / '2026') are one
    date, not a row of their own."""
    records = [
        [f"1.{n}", f"Action number {n}", "", ""]
        if index == 0
        else ["", "Housing", "June 2026", "Measure"]
        for n in range(1, 17)
        for index in range(2)
    ]
    first = [["Ref", "Action", "", ""], ["", "Lead", "By when", "Success measure"], *records]
    first += [
        ["3.1", "Audit safeguarding enquiries", "", ""],
        ["", "Business Unit", "November", ""],
    ]
    rest = [["", "", "2026", ""], ["3.2", "Share learning", "", ""], ["", "Police", "May 2026", ""]]

    document = pdf_reader.read(two_row_records_pdf([first, rest]))

    rows = [[cell.text for cell in row.cells] for row in document.blocks[0].rows or []]
    assert rows[-4:] == [
        ["3.1", "Audit safeguarding enquiries"],
        ["Business Unit", "November 2026", ""],
        ["3.2", "Share learning"],
        ["Police", "May 2026", ""],
    ]


def test_a_date_running_past_the_page_edge_stays_whole_in_its_cell():
    """A table set wider than the page is drawn past its edge, and its rules are cut where
    the page ends: the letters beyond go on from their cell's word ('End 2026', not 'End
    202' and a paragraph '6' under the table)."""
    _, height = A4
    rows = [["Ref", "Action", "Lead", "Due"]]
    rows += [[f"{n}", f"Action number {n}", "Council", f"End 202{n}"] for n in range(5, 9)]
    last = 6 + stringWidth("End 202", FONT, SIZE) + 0.5  # the year's last digit past the rule
    buffer = io.BytesIO()
    canvas = Canvas(buffer, pagesize=A4)
    table = Table(rows, colWidths=[40, 250, 150, last], rowHeights=20)
    table.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.black)]))
    table.wrapOn(canvas, 600, 700)
    table.drawOn(canvas, A4[0] - 440 - last, height - 200)  # its right rule on the edge
    canvas.save()

    document = pdf_reader.read(buffer.getvalue())

    assert [block.text for block in document.blocks if not block.is_table] == []
    assert [row.cells[-1].text for row in document.blocks[0].rows or []] == [
        "Due",
        "End 2025",
        "End 2026",
        "End 2027",
        "End 2028",
    ]


def turned_names_pdf(rows: list[tuple[str, list[str]]], *, upward: bool) -> bytes:
    """A table whose first column names each group of rows, its text turned to run up the
    page (Word's 'bottom to top') or down it, one cell merged down beside its rows."""
    buffer = io.BytesIO()
    canvas = Canvas(buffer, pagesize=A4)
    top = A4[1] - 100
    for name, actions in rows:
        bottom = top - 40 * len(actions)
        canvas.rect(50, bottom, 40, top - bottom)
        canvas.saveState()
        canvas.translate(75, bottom + 10) if upward else canvas.translate(65, top - 10)
        canvas.rotate(90 if upward else -90)
        canvas.setFont(FONT, SIZE)
        canvas.drawString(0, 0, name)
        canvas.restoreState()
        for number, action in enumerate(actions):
            row_top = top - 40 * number
            canvas.rect(90, row_top - 40, 300, 40)
            canvas.setFont(FONT, SIZE)
            canvas.drawString(90 + PADDING, row_top - PADDING - SIZE, action)
        top = bottom
    canvas.save()
    return buffer.getvalue()


@pytest.mark.parametrize("upward", [True, False])
def test_a_name_turned_up_or_down_the_page_in_its_cell_reads_as_written(upward: bool):
    rows = [
        ("Early help", ["Train school staff", "Run a campaign"]),
        ("PROTECT", ["Hold a daily risk meeting", "Fund an IDVA"]),
    ]

    document = pdf_reader.read(turned_names_pdf(rows, upward=upward))

    firsts = [row.cells[0].text for row in document.blocks[0].rows or [] if len(row.cells) == 2]
    assert firsts == ["Early help", "PROTECT"]


def test_a_dash_that_wrapped_to_the_start_of_a_line_is_text_not_a_bullet():
    """'Harbourside Police – Public Protection' in a narrow column breaks before the dash: the
    line before was full, so the dash goes on the text (one lead, agency and team)."""
    columns = [Column("Action", 230), Column("Lead", fitting("Harbourside Police"))]
    rows = [["Review stalking cases", "Harbourside Police – Public Protection"]]

    assert set_lines(rows[0][1], columns[1].width - 2 * PADDING)[1].startswith("–")
    assert read_cells(columns, rows) == rows


def test_a_dash_after_a_short_line_still_starts_a_bullet():
    """Lines typed with a dash under a short line are a list: each dash starts an item."""
    buffer = io.BytesIO()
    canvas = Canvas(buffer, pagesize=A4)
    _, height = A4
    lines = ["Partners:", "- Police", "- Housing Options"]
    canvas.rect(50, height - 160, 150, 60)
    canvas.rect(200, height - 160, 200, 60)
    canvas.rect(50, height - 100, 150, 20)
    canvas.rect(200, height - 100, 200, 20)
    canvas.setFont(FONT, SIZE)
    canvas.drawString(55, height - 95, "Action")
    canvas.drawString(205, height - 95, "Who")
    canvas.drawString(55, height - 115, "Review stalking cases")
    for number, line in enumerate(lines):
        canvas.drawString(205, height - 115 - number * LEADING, line)
    canvas.save()

    document = pdf_reader.read(buffer.getvalue())

    assert (document.blocks[-1].rows or [])[1].cells[1].bullets == ["Police", "Housing Options"]


def unruled_sections_pdf(sections: dict[str, list[list[str]]]) -> bytes:
    """A plan set in columns without rules (as a scan's text layer or a typed page has it):
    each section's name, then its rows, each value at its column's left edge."""
    buffer = io.BytesIO()
    canvas = Canvas(buffer, pagesize=A4)
    y = A4[1] - 80
    for name, rows in sections.items():
        canvas.setFont(FONT, SIZE)
        canvas.drawString(50, y, name)
        y -= 2 * LEADING
        for row in rows:
            for x, value in zip((50, 80, 350, 460), row, strict=True):
                canvas.drawString(x, y, value)
            y -= 1.6 * LEADING
        y -= LEADING
    canvas.save()
    return buffer.getvalue()


def test_a_section_of_two_unruled_rows_in_the_columns_above_is_a_table_too():
    """Two aligned lines alone are as often a form's labels and values; in the columns of
    the table above them, they are its last section's rows."""
    sections = {
        "HOMES": [
            ["1", "Fit locks for survivors who stay", "Housing", "May 2026"],
            ["2", "Hold two flats for emergencies", "Housing Options", "June 2026"],
            ["3", "Add sanctuary checks to repairs", "Repairs", "July 2026"],
        ],
        "COURTS": [
            ["4", "Offer a quiet room at the court", "Court Service", "2027"],
            ["5", "Train ushers on special measures", "Court Service", "Ongoing"],
        ],
    }

    document = pdf_reader.read(unruled_sections_pdf(sections))

    tables = [[cell.text for cell in row.cells] for b in document.blocks for row in b.rows or []]
    assert tables == [row for rows in sections.values() for row in rows]


def test_two_aligned_lines_with_no_table_above_are_text():
    sections = {"Sign-off": [["Chair", "Signed", "J. Smith", "2 March"]] * 2}

    document = pdf_reader.read(unruled_sections_pdf(sections))

    assert not any(block.is_table for block in document.blocks)


BAND_COLUMNS = (("What we will do", 40), ("Lead", 520), ("When", 680), ("Status", 780))


def banded_slides_pdf(slides: dict[str, list[list[str]]]) -> bytes:
    """Slides whose table has its header in a drawn band (a rounded box), a rule across at
    the top of each row after the first, touching its letters, and each status set in a
    coloured pill, inset from the 'Status' label. A slide may carry a single row over."""
    buffer = io.BytesIO()
    canvas = Canvas(buffer, pagesize=(960, 540))
    for title, rows in slides.items():
        canvas.setFont("Helvetica-Bold", 20)
        canvas.drawString(40, 500, title)
        canvas.roundRect(30, 420, 900, 30, 6, stroke=1, fill=0)
        canvas.setFont("Helvetica-Bold", SIZE)
        for label, x in BAND_COLUMNS:
            canvas.drawString(x, 431, label)
        for number, row in enumerate(rows):
            y = 395 - 40 * number
            if number:
                canvas.line(30, y + SIZE - 1, 930, y + SIZE - 1)
            canvas.setFillColor(colors.HexColor("#DDEEDD"))
            canvas.roundRect(788, y - 6, 90, 20, 8, stroke=0, fill=1)
            canvas.setFillColor(colors.black)
            canvas.setFont(FONT, SIZE)
            for value, x in zip(row, (40, 520, 680, 796), strict=True):
                canvas.drawString(x, y, value)
        canvas.showPage()
    canvas.save()
    return buffer.getvalue()


def test_a_slide_table_under_a_drawn_header_band_keeps_its_first_row_and_status_column():
    """The band's labels are the header, not the start of the first row; the rules across
    part the rows though they touch the letters; the pills' values are the Status column;
    and a slide that carries one row over is a table of that row."""
    slides = {
        "Priority 1: Safer streets": [
            ["Light the underpasses by the college", "Highways", "Mar 2027", "On track"],
            ["Train taxi marshals", "Licensing", "May 2027", "Not started"],
            ["Open a safe space on weekend nights", "Street Pastors", "2027", "Delayed"],
        ],
        "Priority 1: Safer streets (cont.)": [
            ["Audit lighting in the parks", "Parks Service", "Jun 2027", "Complete"],
        ],
    }

    document = pdf_reader.read(banded_slides_pdf(slides))

    tables = [[[cell.text for cell in row.cells] for row in b.rows or []] for b in document.blocks]
    header = [label for label, _ in BAND_COLUMNS]
    assert [table for table in tables if table] == [[header, *rows] for rows in slides.values()]


HEADINGS_BULLETS = Path(__file__).parent / "documents" / "headings_bullets.pdf"
"""documents/headings_bullets.txt as the seeds' renderer prints it (Word, then LibreOffice's
PDF, its bullets in OpenSymbol's private-use glyph U+F0B7), made once by
`renderings.render(Path("documents/headings_bullets.txt"), folder, ".pdf")`."""


def test_a_plan_of_headings_and_bullets_as_a_pdf_is_read_as_its_lists():
    """No table: each part's bold heading over a list of actions, each line started by a
    bullet Word prints in a symbol font. Read as the Word and text renderings are, not
    refused as prose."""
    plan = interpret(pdf_reader.read(HEADINGS_BULLETS))

    assert [(theme, action) for theme, action, _, _ in summary(plan)] == [
        ("Safer homes", "Fit locks and alarms for survivors who stay in their homes"),
        ("Safer homes", "Hold two flats free for emergencies"),
        ("Healthy relationships", "Teach consent in every secondary school"),
        ("Healthy relationships", "Train youth workers to spot abuse at home"),
        (
            "Holding perpetrators to account",
            "Offer a behaviour change course to every referred perpetrator",
        ),
    ]


def test_headings_at_page_tops_that_differ_only_in_number_are_not_a_running_head():
    """'Part 2: Outreach' and 'Part 5: Outreach' each open a page, at the same place; the
    footer on every page is the running text, not they."""
    buffer = io.BytesIO()
    canvas = Canvas(buffer, pagesize=A4)
    _, height = A4
    for number in range(1, 7):
        canvas.setFont("Helvetica-Bold", 14)
        title = "Outreach" if number in (2, 5) else f"Topic {chr(64 + number)}"
        canvas.drawString(50, height - 40, f"Part {number}: {title}")
        canvas.setFont(FONT, SIZE)
        canvas.drawString(50, height - 100, f"What we will do in part {number} of the plan.")
        canvas.drawString(50, 30, f"Kestrel Partnership plan, page {number}")
        canvas.showPage()
    canvas.save()

    texts = [block.text for block in pdf_reader.read(buffer.getvalue()).blocks]

    assert "Part 2: Outreach" in texts and "Part 5: Outreach" in texts
    assert not any((text or "").startswith("Kestrel Partnership plan") for text in texts)
