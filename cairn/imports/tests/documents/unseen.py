"""Small plans in layouts the corpus does not have, built in code for `test_unseen_layouts`.

Each layout is a function from a `Plan` (themes of actions, each with a lead, a date and a
status) to a document in one format. The plan's Plan JSON (`truth`) is what a perfect import
gives, so every layout is scored the way the corpus is. They are written to probe the
parser's decisions (an unknown header word, a header on the third row, a ref column of
"A1", a table broken over PDF pages, actions under headings as bullets), not to copy any
real plan, and render in well under a second each, so the tests render them as they run.
"""

from __future__ import annotations

import io
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import docx
import openpyxl
from docx.enum.section import WD_ORIENT
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt
from openpyxl.styles import Font
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import getSampleStyleSheet
from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle


@dataclass
class Action:
    ref: str
    title: str
    lead: str
    due: str
    status: str = ""
    progress: str = ""


@dataclass
class Theme:
    title: str
    actions: list[Action]
    objective: str | None = None


@dataclass
class Plan:
    title: str
    themes: list[Theme]
    extra: dict[str, Any] = field(default_factory=dict)


def truth(plan: Plan, *, with_themes: bool = True, due_prefix: str = "") -> dict:
    """What a perfect import gives (only what `scoring` compares)."""
    themes = [
        {
            "ref": None,
            "title": theme.title if with_themes else "",
            "description": None,
            "objectives": [
                {
                    "ref": None,
                    "title": theme.objective,
                    "actions": [
                        {
                            "ref": a.ref,
                            "title": a.title,
                            "leads": [a.lead] if a.lead else [],
                            "deadline_text": f"{due_prefix}{a.due}" if a.due else None,
                            "milestones": [],
                        }
                        for a in theme.actions
                    ],
                }
            ],
        }
        for theme in plan.themes
    ]
    if not with_themes:
        themes = [{**themes[0], "objectives": [o for t in themes for o in t["objectives"]]}]
    return {"title": plan.title, "themes": themes}


PREVENTION = Theme(
    "Prevention and early intervention",
    [
        Action(
            "1.1",
            "Deliver healthy relationships sessions in every secondary school",
            "Education Safeguarding Team",
            "July 2026",
            "Green",
            "Nine of twelve schools have booked sessions for the spring term",
        ),
        Action(
            "1.2",
            "Train GP practice staff to ask about abuse and refer to the IDVA service",
            "Integrated Care Board",
            "March 2027",
            "Amber",
            "Training content agreed; dates for two localities still to be set",
        ),
        Action(
            "1.3",
            "Run a public campaign on recognising coercive and controlling behaviour",
            "Communications Team",
            "December 2025",
            "Green",
            "Campaign materials designed with survivors' panel",
        ),
    ],
    objective="Fewer people experience domestic abuse",
)
SUPPORT = Theme(
    "Support for victims and survivors",
    [
        Action(
            "2.1",
            "Recommission the community outreach service with a specialist children's worker",
            "Public Health",
            "April 2026",
            "Red",
            "Procurement delayed by a legal challenge to the tender",
        ),
        Action(
            "2.2",
            "Open eight dispersed safe accommodation units for families",
            "Housing Options",
            "September 2026",
            "Amber",
            "Five units identified and being furnished",
        ),
        Action(
            "2.3",
            "Publish a directory of local support services in six community languages",
            "Community Safety Team",
            "June 2026",
            "Green",
            "English version live; translations commissioned",
        ),
    ],
    objective="Victims get the right help at the right time",
)
JUSTICE = Theme(
    "Holding perpetrators to account",
    [
        Action(
            "3.1",
            "Expand the behaviour change programme to men not in the criminal justice system",
            "Probation Service",
            "March 2027",
            "Amber",
            "Funding bid submitted to the regional fund",
        ),
        Action(
            "3.2",
            "Review every domestic abuse protection notice refused by the magistrates",
            "Police",
            "January 2026",
            "Green",
            "Monthly review meeting in place since August",
        ),
    ],
    objective="Perpetrators change their behaviour",
)
PLAN = Plan("Riverford Domestic Abuse Action Plan 2025-2027", [PREVENTION, SUPPORT, JUSTICE])


# Word


def word(landscape_pages: bool = False) -> docx.document.Document:
    document = docx.Document()
    if landscape_pages:
        section = document.sections[0]
        section.orientation = WD_ORIENT.LANDSCAPE
        section.page_width, section.page_height = section.page_height, section.page_width
    return document


def word_bytes(document: docx.document.Document) -> bytes:
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def shade(cell: Any, colour: str) -> None:
    properties = cell._tc.get_or_add_tcPr()
    shading = OxmlElement("w:shd")
    shading.set(qn("w:val"), "clear")
    shading.set(qn("w:fill"), colour)
    properties.append(shading)


def fill_table(table: Any, rows: list[list[str]], *, bold_rows: tuple[int, ...] = ()) -> None:
    for r, values in enumerate(rows):
        for column, value in enumerate(values):
            cell = table.cell(r, column)
            cell.text = value
            if r in bold_rows:
                for run in cell.paragraphs[0].runs:
                    run.bold = True


def add_table(document: Any, rows: list[list[str]], *, bold_rows: tuple[int, ...] = (0,)) -> Any:
    table = document.add_table(rows=len(rows), cols=max(len(r) for r in rows))
    table.style = "Table Grid"
    fill_table(table, rows, bold_rows=bold_rows)
    return table


# Excel


def workbook_bytes(workbook: openpyxl.Workbook) -> bytes:
    buffer = io.BytesIO()
    workbook.save(buffer)
    return buffer.getvalue()


def write_rows(sheet: Any, rows: list[list[str]], *, first: int = 1, bold: tuple = ()) -> None:
    for r, values in enumerate(rows, first):
        for column, value in enumerate(values, 1):
            if value != "":
                cell = sheet.cell(row=r, column=column, value=value)
                if r - first in bold:
                    cell.font = Font(bold=True)


# PDF


def pdf_bytes(story: list[Any], *, wide: bool = True) -> bytes:
    buffer = io.BytesIO()
    size = landscape(A4) if wide else A4
    SimpleDocTemplate(buffer, pagesize=size, title=None).build(story)
    return buffer.getvalue()


STYLES = getSampleStyleSheet()


def pdf_table(
    rows: list[list[str]],
    widths: list[float],
    *,
    repeat: int = 1,
    grid: bool = True,
    fills: dict[tuple[int, int], str] | None = None,
) -> Table:
    body = STYLES["BodyText"]
    cells = [[Paragraph(value, body) if value else "" for value in row] for row in rows]
    table = Table(cells, colWidths=widths, repeatRows=repeat)
    style: list[tuple] = [("VALIGN", (0, 0), (-1, -1), "TOP")]
    if grid:
        style.append(("GRID", (0, 0), (-1, -1), 0.5, colors.black))
    for (row, column), colour in (fills or {}).items():
        style.append(("BACKGROUND", (column, row), (column, row), colors.HexColor(f"#{colour}")))
    table.setStyle(TableStyle(style))
    return table


def heading(text: str, level: int = 1) -> Paragraph:
    return Paragraph(text, STYLES[f"Heading{level}"])


def body(text: str) -> Paragraph:
    return Paragraph(text, STYLES["BodyText"])


Layout = Callable[[Plan], tuple[str, bytes]]
"""A layout: the plan written as one document (its file extension and its bytes)."""


def save(path: Path, layout: Layout, plan: Plan = PLAN) -> Path:
    extension, data = layout(plan)
    target = path.with_suffix(extension)
    target.write_bytes(data)
    return target


def each_action(plan: Plan) -> list[tuple[Theme, Action]]:
    return [(theme, action) for theme in plan.themes for action in theme.actions]


def space() -> Spacer:
    return Spacer(1, 6 * Pt(1).pt)


# The layouts.


def table_rows(theme: Theme, columns: list[str]) -> list[list[str]]:
    """One row per action, its cells in the order `columns` names them."""
    return [[getattr(action, column) for column in columns] for action in theme.actions]


def unknown_headers_word(plan: Plan) -> tuple[str, bytes]:
    """Headers the vocabulary may not know ("Item", "Planned activity", "Position at Q2"),
    a bold paragraph naming each theme before its table."""
    document = word(landscape_pages=True)
    document.add_paragraph(plan.title).runs[0].bold = True
    header = [
        "Item",
        "Planned activity",
        "Responsible service",
        "Completion target",
        "Rating",
        "Position at Q2",
    ]
    for theme in plan.themes:
        document.add_paragraph().add_run(theme.title).bold = True
        rows = table_rows(theme, ["ref", "title", "lead", "due", "status", "progress"])
        add_table(document, [header, *rows])
    return ".docx", word_bytes(document)


def header_on_third_row_xlsx(plan: Plan) -> tuple[str, bytes]:
    """A title and a date line above the header; themes as rows across the table."""
    workbook = openpyxl.Workbook()
    sheet = workbook.active
    sheet.title = "Action Plan"
    sheet["A1"] = plan.title
    sheet["A1"].font = Font(bold=True, size=14)
    sheet["A2"] = "Updated for the Board, October 2025"
    rows: list[list[str]] = [["Ref", "Action", "Lead Officer / Agency", "Target Date", "RAG"]]
    merged = []
    for theme in plan.themes:
        merged.append(len(rows))
        rows.append([theme.title, "", "", "", ""])
        rows.extend(table_rows(theme, ["ref", "title", "lead", "due", "status"]))
    write_rows(sheet, rows, first=4, bold=(0,))
    for offset in merged:
        sheet.merge_cells(start_row=4 + offset, end_row=4 + offset, start_column=1, end_column=5)
        sheet.cell(row=4 + offset, column=1).font = Font(bold=True)
    return ".xlsx", workbook_bytes(workbook)


def two_row_header_word(plan: Plan) -> tuple[str, bytes]:
    """A header over two rows: "Timescale" merged across "Start" and "End" below it; the
    theme in a first column merged down its actions."""
    document = word(landscape_pages=True)
    document.add_heading(plan.title, level=1)
    count = sum(len(t.actions) for t in plan.themes)
    table = document.add_table(rows=2 + count, cols=6)
    table.style = "Table Grid"
    top = ["Theme", "Action", "Lead", "Timescale", "", "Progress"]
    below = ["", "", "", "Start", "End", ""]
    fill_table(table, [top, below], bold_rows=(0, 1))
    table.cell(0, 3).merge(table.cell(0, 4))
    for column in (0, 1, 2, 5):
        table.cell(0, column).merge(table.cell(1, column))
    row = 2
    for theme in plan.themes:
        first = row
        for action in theme.actions:
            for column, value in enumerate(
                ["", action.title, action.lead, "April 2025", action.due, action.progress]
            ):
                if column:
                    table.cell(row, column).text = value
            row += 1
        cell = (
            table.cell(first, 0).merge(table.cell(row - 1, 0))
            if row - 1 > first
            else (table.cell(first, 0))
        )
        cell.text = theme.title
    return ".docx", word_bytes(document)


def no_header_xlsx(plan: Plan) -> tuple[str, bytes]:
    """No header row at all: a ref, the action, the agency, a date and a RAG word."""
    workbook = openpyxl.Workbook()
    sheet = workbook.active
    rows = [
        r
        for theme in plan.themes
        for r in table_rows(theme, ["ref", "title", "lead", "due", "status"])
    ]
    write_rows(sheet, rows)
    return ".xlsx", workbook_bytes(workbook)


def letter_refs_word(plan: Plan) -> tuple[str, bytes]:
    """Refs such as "A1", "B2a" in a "Ref" column; themes as "Section A - ..." headings."""
    document = word()
    document.add_heading(plan.title, level=1)
    for letter, theme in zip("ABC", plan.themes, strict=False):
        document.add_heading(theme.title, level=2)
        rows = [["Ref", "Action", "Owner", "Due", "Status"]]
        for number, action in enumerate(theme.actions, 1):
            suffix = "a" if number == 2 else ""
            rows.append(
                [f"{letter}{number}{suffix}", action.title, action.lead, action.due, action.status]
            )
        add_table(document, rows)
    return ".docx", word_bytes(document)


def several_tables_word(plan: Plan) -> tuple[str, bytes]:
    """One table per theme, each with a header of its own words."""
    headers = [
        (["Action", "Lead", "Deadline", "RAG"], ["title", "lead", "due", "status"]),
        (["What we will do", "Who", "By when", "Progress"], ["title", "lead", "due", "progress"]),
        (["Activity", "Owner", "Date", "Status"], ["title", "lead", "due", "status"]),
    ]
    document = word()
    document.add_heading(plan.title, level=1)
    for theme, (header, columns) in zip(plan.themes, headers, strict=False):
        document.add_heading(theme.title, level=2)
        add_table(document, [header, *table_rows(theme, columns)])
    return ".docx", word_bytes(document)


def headings_bullets_word(plan: Plan) -> tuple[str, bytes]:
    """No table: a heading per theme, the actions as Word bullets with lead and date after."""
    document = word()
    document.add_heading(plan.title, level=1)
    document.add_paragraph("This plan sets out what the partnership will do over two years.")
    for theme in plan.themes:
        document.add_heading(theme.title, level=2)
        for action in theme.actions:
            document.add_paragraph(
                f"{action.title} (Lead: {action.lead}; by {action.due})", style="List Bullet"
            )
    return ".docx", word_bytes(document)


def outcome_rows_word(plan: Plan) -> tuple[str, bytes]:
    """One table; each theme a shaded row merged across its width."""
    document = word(landscape_pages=True)
    document.add_heading(plan.title, level=1)
    rows: list[list[str]] = [["Action", "Lead", "When", "RAG"]]
    theme_rows = []
    for theme in plan.themes:
        theme_rows.append(len(rows))
        rows.append([theme.title, "", "", ""])
        rows.extend(table_rows(theme, ["title", "lead", "due", "status"]))
    table = add_table(document, rows)
    for index in theme_rows:
        merged = table.cell(index, 0).merge(table.cell(index, 3))
        shade(merged, "D9E2F3")
    return ".docx", word_bytes(document)


def hidden_column_xlsx(plan: Plan) -> tuple[str, bytes]:
    """Themes in a first column merged down, a hidden working column, a notes sheet and a
    key sheet."""
    workbook = openpyxl.Workbook()
    notes = workbook.active
    notes.title = "Notes"
    notes["A1"] = "About this plan"
    notes["A2"] = (
        "This workbook is the partnership's delivery plan. Leads update the progress column "
        "each quarter and the coordinator reports to the Board."
    )
    sheet = workbook.create_sheet("Plan")
    rows = [["Priority", "Action", "Internal note", "Lead", "Deadline", "Status"]]
    for theme in plan.themes:
        for number, action in enumerate(theme.actions):
            rows.append(
                [
                    theme.title if number == 0 else "",
                    action.title,
                    "check with finance",
                    action.lead,
                    action.due,
                    action.status,
                ]
            )
    write_rows(sheet, rows, bold=(0,))
    sheet.column_dimensions["C"].hidden = True
    row = 2
    for theme in plan.themes:
        end = row + len(theme.actions) - 1
        if end > row:
            sheet.merge_cells(start_row=row, end_row=end, start_column=1, end_column=1)
        row = end + 1
    key = workbook.create_sheet("Key")
    write_rows(
        key, [["RAG", "Meaning"], ["Red", "Off track"], ["Amber", "At risk"], ["Green", "On track"]]
    )
    return ".xlsx", workbook_bytes(workbook)


def short_titles_csv(plan: Plan) -> tuple[str, bytes]:
    """Very short action titles, a theme column repeated on every row."""
    lines = ["Theme,Action,Lead,Date"]
    for theme in plan.themes:
        for action in theme.actions:
            short = " ".join(action.title.split()[:2])
            lines.append(f'"{theme.title}","{short}","{action.lead}","{action.due}"')
    return ".csv", "\n".join(lines).encode()


def short_titles_plan(plan: Plan) -> Plan:
    return Plan(
        plan.title,
        [
            Theme(
                t.title,
                [Action(a.ref, " ".join(a.title.split()[:2]), a.lead, a.due) for a in t.actions],
            )
            for t in plan.themes
        ],
    )


def broken_pdf(plan: Plan, *, repeat: bool) -> tuple[str, bytes]:
    """A landscape PDF table run over several pages, its header repeated on each page or
    only on the first, themes as rows spanning the table."""
    rows: list[list[str]] = [["Ref", "Action", "Lead", "Deadline", "Progress"]]
    spans = []
    for theme in plan.themes:
        spans.append(len(rows))
        rows.append([theme.title, "", "", "", ""])
        rows.extend(table_rows(theme, ["ref", "title", "lead", "due", "progress"]))
    table = pdf_table(rows, [40, 300, 130, 80, 220], repeat=1 if repeat else 0)
    table.setStyle(TableStyle([("SPAN", (0, r), (-1, r)) for r in spans]))
    return ".pdf", pdf_bytes([heading(plan.title), table])


def rag_colour_pdf(plan: Plan) -> tuple[str, bytes]:
    """RAG shown only as a cell's colour."""
    colours = {"Red": "FF0000", "Amber": "FFC000", "Green": "00B050"}
    rows: list[list[str]] = [["Ref", "Action", "Lead", "Deadline", "RAG"]]
    fills = {}
    for theme in plan.themes:
        for action in theme.actions:
            fills[(len(rows), 4)] = colours[action.status]
            rows.append([action.ref, action.title, action.lead, action.due, ""])
    table = pdf_table(rows, [40, 330, 150, 90, 50], fills=fills)
    return ".pdf", pdf_bytes([heading(plan.title), table])


def big_plan(plan: Plan, times: int) -> Plan:
    """The plan with each theme's actions repeated `times` times (new refs and titles), to
    run a table over several pages."""
    themes = []
    for number, theme in enumerate(plan.themes, 1):
        actions = [
            Action(
                f"{number}.{k * len(theme.actions) + i + 1}",
                f"{a.title} in area {k + 1}" if k else a.title,
                a.lead,
                a.due,
                a.status,
                a.progress,
            )
            for k in range(times)
            for i, a in enumerate(theme.actions)
        ]
        themes.append(Theme(theme.title, actions, theme.objective))
    return Plan(plan.title, themes)


def form_per_action_word(plan: Plan) -> tuple[str, bytes]:
    """Each action its own two-column table of fields ("Action | ...", "Lead | ..."), under
    a heading per theme: a form, not a grid."""
    document = word()
    document.add_heading(plan.title, level=1)
    for theme in plan.themes:
        document.add_heading(theme.title, level=2)
        for action in theme.actions:
            add_table(
                document,
                [
                    ["Action", f"{action.ref} {action.title}"],
                    ["Lead", action.lead],
                    ["Target date", action.due],
                    ["Status", action.status],
                    ["Update", action.progress],
                ],
                bold_rows=(),
            )
            document.add_paragraph()
    return ".docx", word_bytes(document)


def offset_table_xlsx(plan: Plan) -> tuple[str, bytes]:
    """The table starts in column B, row 3, under a title; a theme in its own column merged
    down; a totals line and a signature line after the table."""
    workbook = openpyxl.Workbook()
    sheet = workbook.active
    sheet.title = "Delivery plan"
    sheet["B1"] = plan.title
    rows: list[list[str]] = [["", "THEME", "ACTION", "LEAD AGENCY", "BY WHEN", "RAG"]]
    for theme in plan.themes:
        for number, action in enumerate(theme.actions):
            rows.append(
                [
                    "",
                    theme.title if not number else "",
                    action.title,
                    action.lead,
                    action.due,
                    action.status,
                ]
            )
    write_rows(sheet, rows, first=3, bold=(0,))
    row = 4
    for theme in plan.themes:
        end = row + len(theme.actions) - 1
        sheet.merge_cells(start_row=row, end_row=end, start_column=2, end_column=2)
        row = end + 1
    sheet.cell(row=row + 1, column=2, value="Total actions")
    sheet.cell(row=row + 1, column=3, value=sum(len(t.actions) for t in plan.themes))
    sheet.cell(row=row + 3, column=2, value="Approved by the Board on 12 October 2025")
    return ".xlsx", workbook_bytes(workbook)


def titled_tables_word(plan: Plan) -> tuple[str, bytes]:
    """Each theme a table whose first row, merged across, names it above the header."""
    document = word(landscape_pages=True)
    document.add_paragraph(plan.title)
    for number, theme in enumerate(plan.themes, 1):
        rows = [
            [f"Priority {number}: {theme.title}", "", "", ""],
            ["Ref", "Action", "Responsible", "Target"],
        ]
        rows += table_rows(theme, ["ref", "title", "lead", "due"])
        table = add_table(document, rows, bold_rows=(0, 1))
        shade(table.cell(0, 0).merge(table.cell(0, 3)), "1F3864")
        document.add_paragraph()
    return ".docx", word_bytes(document)


def titled_plan(plan: Plan) -> Plan:
    return Plan(plan.title, [Theme(t.title, t.actions) for t in plan.themes])


def capitals_header_word(plan: Plan) -> tuple[str, bytes]:
    """Header in capitals, ref and action in one cell, leads as a person and their agency."""
    document = word()
    document.add_paragraph(plan.title.upper())
    for theme in plan.themes:
        document.add_paragraph(theme.title.upper())
        rows = [["ACTION", "LEAD", "TIMESCALE", "RAG"]]
        for action in theme.actions:
            rows.append([f"{action.ref} {action.title}", action.lead, action.due, action.status])
        add_table(document, rows)
    return ".docx", word_bytes(document)


def capitals_plan(plan: Plan) -> Plan:
    return Plan(plan.title.upper(), [Theme(t.title.upper(), t.actions) for t in plan.themes])


def bullets_pdf(plan: Plan) -> tuple[str, bytes]:
    """No table: headings and bulleted actions in a PDF, lead and date on a line below."""
    story: list[Any] = [heading(plan.title)]
    for theme in plan.themes:
        story.append(heading(theme.title, 2))
        for action in theme.actions:
            story.append(Paragraph(f"• {action.title}", STYLES["BodyText"]))
            story.append(
                Paragraph(f"Lead: {action.lead}. Deadline: {action.due}", STYLES["BodyText"])
            )
    return ".pdf", pdf_bytes(story, wide=False)


def numbered_paragraphs_word(plan: Plan) -> tuple[str, bytes]:
    """Numbered paragraphs ("1.1 ...") under headings, with "Lead:" and "Timescale:"
    lines after each, as a strategy document writes its actions."""
    document = word()
    document.add_paragraph(plan.title).runs[0].bold = True
    for number, theme in enumerate(plan.themes, 1):
        document.add_paragraph().add_run(f"{number}. {theme.title}").bold = True
        document.add_paragraph(
            "We will work together so that fewer people are harmed and help comes sooner."
        )
        for action in theme.actions:
            document.add_paragraph(f"{action.ref} {action.title}")
            document.add_paragraph(f"Lead: {action.lead}")
            document.add_paragraph(f"Timescale: {action.due}")
    return ".docx", word_bytes(document)
