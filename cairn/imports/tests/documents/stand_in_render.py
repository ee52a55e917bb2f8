"""Write the stand-in plans' documents (see `stand_in.py`) from their truths.

    .venv/bin/python -m cairn.imports.tests.documents.stand_in_render [NAME]

Called by `render.py` too. Each writer lays a plan out the way a council's or a government's
file of that kind is laid out; the truth is the plan itself, so what a document shows and what
its truth says cannot drift apart.
"""

from __future__ import annotations

import datetime as dt
import sys
from collections.abc import Callable
from pathlib import Path
from xml.sax.saxutils import escape

import openpyxl
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

from cairn.imports.tests.documents import stand_in
from cairn.imports.tests.documents.render import (
    HERE,
    bold_cell,
    each_action,
    new_word,
    shade,
    write,
)

Writer = Callable[[dict, Path], None]
RAG_FILLS = {
    "green": "00B050",
    "amber": "FFC000",
    "red": "FF0000",
    "complete": "0070C0",
    "blue": "0070C0",
    "on track": "00B050",
    "delayed": "FF0000",
    "not started": "BFBFBF",
}


def agencies(action: dict) -> list[str]:
    people = set(action.get("lead_people", []))
    return [lead for lead in action["leads"] if lead not in people]


def people(action: dict) -> list[str]:
    return list(action.get("lead_people", []))


def theme_actions(plan: dict, theme: dict) -> list[dict]:
    return [a for t, _o, _i, a in each_action(plan) if t is theme]


def repeat_header(row) -> None:
    """Mark a Word table row as a header row repeated at the top of each page."""
    properties = row._tr.get_or_add_trPr()
    element = OxmlElement("w:tblHeader")
    element.set(qn("w:val"), "true")
    properties.append(element)


def fill(colour: str) -> PatternFill:
    return PatternFill(fill_type="solid", fgColor="FF" + colour)


def day(text: str) -> dt.date:
    return dt.datetime.strptime(text, "%d/%m/%Y").date()


# Two-row header (Excel)

TWO_ROW_GROUPS = [("ACTION", 2), ("ACCOUNTABILITY", 2), ("DELIVERY", 1), ("MONITORING", 2)]
TWO_ROW_HEADER = ["Ref", "Action", "Lead agency", "Named lead", "Target date", "RAG", "Comments"]


def write_two_row_header(plan: dict, path: Path) -> None:
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = "VAWG Action Plan"
    sheet.append([plan["title"]])
    sheet["A1"].font = Font(bold=True, size=14)
    column = 1
    for label, width in TWO_ROW_GROUPS:
        sheet.cell(row=2, column=column, value=label).font = Font(bold=True, color="FFFFFF")
        for offset in range(width):
            sheet.cell(row=2, column=column + offset).fill = fill("1F3864")
        if width > 1:
            sheet.merge_cells(
                start_row=2, start_column=column, end_row=2, end_column=column + width - 1
            )
        column += width
    sheet.append(TWO_ROW_HEADER)
    for cell in sheet[3]:
        cell.font = Font(bold=True)
        cell.fill = fill("D9E1F2")
    for theme in plan["themes"]:
        sheet.append([f"{theme['ref']}: {theme['title']}"])
        sheet.cell(row=sheet.max_row, column=1).font = Font(bold=True)
        for column in range(1, len(TWO_ROW_HEADER) + 1):
            sheet.cell(row=sheet.max_row, column=column).fill = fill("FFF2CC")
        for action in theme_actions(plan, theme):
            sheet.append(
                [
                    action["ref"],
                    action["title"],
                    " / ".join(agencies(action)),
                    ", ".join(people(action)) or None,
                    day(action["deadline_text"]),
                    action["status_text"],
                    action["progress_text"],
                ]
            )
            row = sheet.max_row
            sheet.cell(row=row, column=5).number_format = "dd/mm/yyyy"
            sheet.cell(row=row, column=6).fill = fill(RAG_FILLS[action["status_text"].lower()])
            for cell in sheet[row]:
                cell.alignment = Alignment(wrap_text=True, vertical="top")
    for letter, width in zip("ABCDEFG", (6, 60, 22, 18, 12, 10, 40), strict=True):
        sheet.column_dimensions[letter].width = width
    history = book.create_sheet("Version history")
    history.append(["Version", "Date", "Changes", "Author"])
    history.append(["0.1", dt.date(2025, 3, 3), "First draft for the VAWG subgroup", "CSP team"])
    history.append(["1.0", dt.date(2025, 4, 28), "Agreed by the Safer Ashvale board", "CSP team"])
    history.append(["1.1", dt.date(2025, 11, 20), "Q2 updates added", "CSP team"])
    book.save(path)


# Question-word headers, outcome rows spanning the table (PDF over pages, and Word)

QUESTIONS = [
    "What will we do?",
    "Who will lead?",
    "Who else is involved?",
    "When by?",
    "How will we know it's worked?",
]


def question_rows(plan: dict) -> list[tuple[str | None, list[str]]]:
    """(outcome heading, None) rows and (None, cells) action rows, in order."""
    rows: list[tuple[str | None, list[str]]] = []
    for theme in plan["themes"]:
        rows.append((f"{theme['ref']}: {theme['title']}", []))
        for action in theme_actions(plan, theme):
            cells = [
                action["title"],
                ", ".join(action["leads"]),
                ", ".join(action["collaborators"]),
                action["deadline_text"] or "",
                "; ".join(action["indicators"]),
            ]
            rows.append((None, cells))
    return rows


def footer(text: str) -> Callable:
    def draw(canvas, document) -> None:
        canvas.saveState()
        canvas.setFont("Helvetica", 8)
        canvas.drawString(36, 20, f"{text}    Page {document.page}")
        canvas.drawRightString(document.pagesize[0] - 36, 20, "OFFICIAL")
        canvas.restoreState()

    return draw


def write_question_pdf(plan: dict, path: Path) -> None:
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4, landscape
    from reportlab.lib.styles import getSampleStyleSheet
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Table, TableStyle

    styles = getSampleStyleSheet()
    body = styles["BodyText"]
    data = [[Paragraph(f"<b>{escape(q)}</b>", body) for q in QUESTIONS]]
    commands = [
        ("GRID", (0, 0), (-1, -1), 0.5, colors.grey),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#DDEBF7")),
    ]
    for heading, cells in question_rows(plan):
        index = len(data)
        if heading:
            data.append([Paragraph(f"<b>{escape(heading)}</b>", body)] + [""] * 4)
            commands += [
                ("SPAN", (0, index), (-1, index)),
                ("BACKGROUND", (0, index), (-1, index), colors.HexColor("#7030A0")),
                ("TEXTCOLOR", (0, index), (-1, index), colors.white),
            ]
            continue
        data.append([Paragraph(escape(c), body) for c in cells])
    width = landscape(A4)[0] - 72
    table = Table(data, colWidths=[width * s for s in (0.36, 0.16, 0.16, 0.1, 0.22)], repeatRows=1)
    table.setStyle(TableStyle(commands))
    story = [
        Paragraph(escape(plan["title"]), styles["Title"]),
        Paragraph(
            "This delivery plan sits under the Domestic Abuse Strategy 2025-2028. It is owned by "
            "the Local Partnership Board and reviewed at every meeting. Actions are grouped by the "
            "five outcomes in the strategy.",
            body,
        ),
        table,
    ]
    document = SimpleDocTemplate(str(path), pagesize=landscape(A4), title=plan["title"])
    draw = footer("Kingsmere DALPB Delivery Plan v1.2")
    document.build(story, onFirstPage=draw, onLaterPages=draw)


def write_question_docx(plan: dict, path: Path) -> None:
    document = new_word(plan, landscape=True)
    document.add_paragraph(
        "This delivery plan sits under the Domestic Abuse Strategy 2025-2028. It is owned by the "
        "Local Partnership Board and reviewed at every meeting."
    )
    table = document.add_table(rows=1, cols=len(QUESTIONS))
    table.style = "Table Grid"
    for cell, text in zip(table.rows[0].cells, QUESTIONS, strict=True):
        bold_cell(cell, text)
        shade(cell, "DDEBF7")
    repeat_header(table.rows[0])
    for heading, cells in question_rows(plan):
        row = table.add_row()
        if heading:
            merged = row.cells[0].merge(row.cells[-1])
            bold_cell(merged, heading)
            shade(merged, "E4DFEC")
            continue
        for cell, text in zip(row.cells, cells, strict=True):
            cell.text = text
    document.save(path)


# The Home Office DHR action plan template (Word, and the PDF saved from it)

DHR_HEADER = [
    "Recommendation",
    "Scope of recommendation i.e. local or regional",
    "Action to take",
    "Lead Agency",
    "Key milestones achieved in enacting recommendation",
    "Target Date",
    "Date of completion and Outcome",
]


def scope(objective: dict) -> str:
    return "National" if "Home Office" in (objective["title"] or "") else "Local"


def dhr_rows(theme: dict) -> list[tuple[int, list[str], list[str]]]:
    """(objective span on its first row else 0, cells, milestone titles) per action."""
    rows = []
    for objective in theme["objectives"]:
        for index, action in enumerate(objective["actions"]):
            first = index == 0
            cells = [
                objective["title"] if first else "",
                scope(objective) if first else "",
                action["title"],
                ", ".join(action["leads"]),
                "",
                action["deadline_text"] or "",
                action["progress_text"] or "",
            ]
            span = len(objective["actions"]) if first else 0
            rows.append((span, cells, [m["title"] for m in action["milestones"]]))
    return rows


def write_dhr_docx(plan: dict, path: Path) -> None:
    document = new_word(plan, landscape=True)
    document.add_paragraph(
        "The action plan below responds to each recommendation of the overview report and of "
        "the agencies' individual management reviews. Progress is monitored by the DHR "
        "Oversight Group of the Community Safety Partnership."
    )
    for theme in plan["themes"]:
        document.add_paragraph(theme["title"], style="Heading 2")
        table = document.add_table(rows=1, cols=len(DHR_HEADER))
        table.style = "Table Grid"
        for cell, text in zip(table.rows[0].cells, DHR_HEADER, strict=True):
            bold_cell(cell, text)
            shade(cell, "D9D9D9")
        spans = []
        for span, cells, milestones in dhr_rows(theme):
            row = table.add_row()
            for index, (cell, text) in enumerate(zip(row.cells, cells, strict=True)):
                if index == 4:
                    for number, milestone in enumerate(milestones):
                        paragraph = cell.paragraphs[0] if number == 0 else cell.add_paragraph()
                        paragraph.text = milestone
                        paragraph.style = document.styles["List Bullet"]
                    continue
                cell.text = text
            if span > 1:
                spans.append((len(table.rows) - 1, span))
        for start, span in spans:
            for column in (0, 1):
                top = table.rows[start].cells[column]
                top.merge(table.rows[start + span - 1].cells[column])
    document.save(path)


def write_dhr_pdf(plan: dict, path: Path) -> None:
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4, landscape
    from reportlab.lib.styles import getSampleStyleSheet
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

    styles = getSampleStyleSheet()
    body = styles["BodyText"]
    body.fontSize = 8
    body.leading = 10
    width = landscape(A4)[0] - 72
    shares = (0.2, 0.08, 0.2, 0.1, 0.2, 0.09, 0.13)
    story = [Paragraph(escape(plan["title"]), styles["Title"])]
    for theme in plan["themes"]:
        story.append(Paragraph(escape(theme["title"]), styles["Heading2"]))
        data = [[Paragraph(f"<b>{escape(h)}</b>", body) for h in DHR_HEADER]]
        commands = [
            ("GRID", (0, 0), (-1, -1), 0.5, colors.black),
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("BACKGROUND", (0, 0), (-1, 0), colors.lightgrey),
        ]
        for span, cells, milestones in dhr_rows(theme):
            cells = list(cells)
            cells[4] = "<br/>".join(f"• {escape(m)}" for m in milestones)
            index = len(data)
            data.append([Paragraph(c if n == 4 else escape(c), body) for n, c in enumerate(cells)])
            if span > 1:
                for column in (0, 1):
                    commands.append(("SPAN", (column, index), (column, index + span - 1)))
        table = Table(data, colWidths=[width * s for s in shares], repeatRows=1)
        table.setStyle(TableStyle(commands))
        story += [table, Spacer(1, 12)]
    SimpleDocTemplate(str(path), pagesize=landscape(A4), title=plan["title"]).build(story)


# A bilingual (Welsh / English) header, a table under each objective heading (Word and PDF)

BILINGUAL = [
    ("Cyf.", "Ref"),
    ("Cam gweithredu", "Action"),
    ("Arweinydd", "Lead"),
    ("Partneriaid", "Partners"),
    ("Amserlen", "Timescale"),
    ("Statws", "Status"),
    ("Cynnydd", "Progress"),
]


def bilingual_cells(action: dict) -> list[str]:
    return [
        action["ref"] or "",
        action["title"],
        ", ".join(action["leads"]),
        ", ".join(action["collaborators"]),
        action["deadline_text"] or "",
        action["status_text"] or "",
        action["progress_text"] or "",
    ]


def write_bilingual_docx(plan: dict, path: Path) -> None:
    document = new_word(plan, landscape=True)
    document.add_paragraph(
        "Mae'r cynllun hwn ar gael yn Gymraeg. This plan is available in Welsh. The regional "
        "board reviews progress against each objective of the national strategy every quarter."
    )
    for theme in plan["themes"]:
        document.add_paragraph(f"{theme['ref']}: {theme['title']}", style="Heading 2")
        table = document.add_table(rows=1, cols=len(BILINGUAL))
        table.style = "Table Grid"
        for cell, (welsh, english) in zip(table.rows[0].cells, BILINGUAL, strict=True):
            bold_cell(cell, f"{welsh} / {english}")
            shade(cell, "C00000")
        for action in theme_actions(plan, theme):
            row = table.add_row()
            for cell, text in zip(row.cells, bilingual_cells(action), strict=True):
                cell.text = text
    document.save(path)


def write_bilingual_pdf(plan: dict, path: Path) -> None:
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4, landscape
    from reportlab.lib.styles import getSampleStyleSheet
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

    styles = getSampleStyleSheet()
    body = styles["BodyText"]
    width = landscape(A4)[0] - 72
    shares = (0.05, 0.3, 0.13, 0.14, 0.1, 0.08, 0.2)
    story = [Paragraph(escape(plan["title"]), styles["Title"])]
    for theme in plan["themes"]:
        story.append(Paragraph(escape(f"{theme['ref']}: {theme['title']}"), styles["Heading2"]))
        header = [Paragraph(f"<b>{w}</b><br/><i>{e}</i>", body) for w, e in BILINGUAL]
        data = [header]
        for action in theme_actions(plan, theme):
            data.append([Paragraph(escape(c), body) for c in bilingual_cells(action)])
        table = Table(data, colWidths=[width * s for s in shares], repeatRows=1)
        table.setStyle(
            TableStyle(
                [
                    ("GRID", (0, 0), (-1, -1), 0.5, colors.black),
                    ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ]
            )
        )
        story += [table, Spacer(1, 10)]
    SimpleDocTemplate(str(path), pagesize=landscape(A4), title=plan["title"]).build(story)


# Headings and bullets (Word)

WHAT_WE_KNOW = {
    "Priority 1": "Refuge in the county was full on most nights last year, and 41 households "
    "were placed in bed and breakfast while waiting.",
    "Priority 2": "Survivors told us that support in safe accommodation is good but stops too "
    "soon, and that children's needs are often met last.",
    "Priority 3": "Most victims would rather stay in their own homes if they could be made safe "
    "there.",
    "Priority 4": "No single agency can meet the duty alone; survivors want a say in how "
    "services are run.",
}
MEASURES = {
    "Priority 1": ["Fewer households placed in bed and breakfast", "Refuge turn-aways halved"],
    "Priority 2": ["Survivors rating support as good or better", "Children with a support plan"],
    "Priority 3": ["Sanctuary installations completed within 10 days"],
    "Priority 4": ["Survivor forum attendance", "Annual report published on time"],
}


def write_headings_bullets(plan: dict, path: Path) -> None:
    document = new_word(plan)
    document.add_paragraph("Foreword", style="Heading 1")
    document.add_paragraph(
        "Everyone has the right to be safe at home. This strategy sets out how the council and "
        "its partners will meet the duty under Part 4 of the Domestic Abuse Act 2021 over the "
        "next three years."
    )
    for theme in plan["themes"]:
        document.add_paragraph(f"{theme['ref']}: {theme['title']}", style="Heading 1")
        document.add_paragraph("What we know", style="Heading 3")
        document.add_paragraph(WHAT_WE_KNOW[theme["ref"]])
        document.add_paragraph("What we will do", style="Heading 3")
        for action in theme_actions(plan, theme):
            document.add_paragraph(action["title"], style="List Bullet")
            detail = document.add_paragraph()
            run = detail.add_run(
                f"Lead: {', '.join(action['leads'])}  |  When: {action['deadline_text']}"
            )
            run.italic = True
            run.font.size = Pt(9)
        document.add_paragraph("How we will know we have made a difference", style="Heading 3")
        for measure in MEASURES[theme["ref"]]:
            document.add_paragraph(measure, style="List Bullet")
    document.add_paragraph("Governance", style="Heading 1")
    document.add_paragraph(
        "The Local Partnership Board oversees this strategy and receives a progress report "
        "every six months."
    )
    document.save(path)


# A table copied out of a PDF into text: space-aligned, wrapped, paged (text)

COPY_COLUMNS = [("No.", 6), ("Action", 48), ("Lead", 22), ("Timescale", 12), ("Status", 16)]
PAGE_LINES = 48


def aligned(cells: list[str]) -> list[str]:
    import textwrap

    wrapped = [
        textwrap.wrap(text, width - 2) or [""]
        for text, (_name, width) in zip(cells, COPY_COLUMNS, strict=True)
    ]
    lines = []
    for index in range(max(len(w) for w in wrapped)):
        parts = [
            (w[index] if index < len(w) else "").ljust(width)
            for w, (_name, width) in zip(wrapped, COPY_COLUMNS, strict=True)
        ]
        lines.append("".join(parts).rstrip())
    return lines


def pdf_copy_text(plan: dict) -> str:
    """Blocks of lines (a theme line or an action's wrapped row) laid out over pages, each
    page with the document's running header, the table header and a footer."""
    blocks: list[list[str]] = []
    for theme in plan["themes"]:
        blocks.append(["", f"{theme['ref']} – {theme['title']}", ""])
        for action in theme_actions(plan, theme):
            cells = [action["ref"], action["title"], " / ".join(action["leads"])]
            cells += [action["deadline_text"], action["status_text"]]
            blocks.append(aligned(cells))
    header = aligned([name for name, _width in COPY_COLUMNS])
    pages: list[list[str]] = [[]]
    for block in blocks:
        if len(pages[-1]) + len(block) > PAGE_LINES - 8:
            pages.append([])
        pages[-1] += block
    out = []
    for number, lines in enumerate(pages, start=1):
        top = ["Northfield CSP                                   DA and SV Action Plan 2025/26", ""]
        if number == 1:
            top += [plan["title"], "", "Status at end of Q2 (30 September 2025)", ""]
        bottom = ["", f"Page {number} of {len(pages)}".rjust(60), "OFFICIAL"]
        out.append("\n".join(top + header + lines + bottom))
    return "\f".join(out) + "\n"


# A long county plan: cover, notes and glossary sheets, capitalised priority rows (Excel, PDF)

LONG_HEADER = [
    "Ref",
    "Action",
    "Lead organisation",
    "Supporting partners",
    "Start",
    "End",
    "Status",
    "Latest update",
]
GLOSSARY = [
    ("DASH", "Domestic Abuse, Stalking and Harassment and Honour-based violence risk checklist"),
    ("IDVA", "Independent Domestic Violence Advisor"),
    ("ISVA", "Independent Sexual Violence Advisor"),
    ("MARAC", "Multi-Agency Risk Assessment Conference"),
    ("MATAC", "Multi-Agency Tasking and Coordination"),
    ("MAPPA", "Multi-Agency Public Protection Arrangements"),
    ("DHR", "Domestic Homicide Review"),
]


def end_date(action: dict) -> dt.date:
    return dt.datetime.strptime(action["deadline_text"], "%d-%b-%y").date()


def start_date(action: dict) -> dt.date:
    """Work starts at the beginning of the financial year the action ends in, or April 2025."""
    end = end_date(action)
    year = end.year if end.month >= 4 else end.year - 1
    return max(dt.date(year, 4, 1), dt.date(2025, 4, 1))


def long_cover(book, plan: dict) -> None:
    cover = book.active
    cover.title = "Cover"
    cover["A1"] = plan["title"]
    cover["A1"].font = Font(bold=True, size=16)
    for line in [
        "",
        "Owner: Eastmoor Domestic Abuse and Sexual Violence Partnership Board",
        "Version: 2.1 (Q2 2025/26 update)",
        "Contents: Notes; Delivery plan; Glossary",
    ]:
        cover.append([line])
    notes = book.create_sheet("Notes")
    for line in [
        "How to use this plan",
        "Each action has one lead organisation, which reports progress each quarter.",
        "Status is one of: Complete, On track, At risk, Off track, Not started.",
        "Updates should be no more than two sentences and say what has changed since last time.",
        "Send updates to the Partnership Coordinator by the 10th of the month after the quarter.",
    ]:
        notes.append([line])
    notes["A1"].font = Font(bold=True)


def write_long_xlsx(plan: dict, path: Path) -> None:
    book = openpyxl.Workbook()
    long_cover(book, plan)
    sheet = book.create_sheet("Delivery plan")
    sheet.append(LONG_HEADER)
    for cell in sheet[1]:
        cell.font = Font(bold=True, color="FFFFFF")
        cell.fill = fill("203764")
    sheet.freeze_panes = "A2"
    for theme in plan["themes"]:
        sheet.append([f"{theme['ref'].upper()} – {theme['title'].upper()}"])
        sheet.cell(row=sheet.max_row, column=1).font = Font(bold=True)
        for action in theme_actions(plan, theme):
            values = [action["ref"], action["title"], ", ".join(action["leads"])]
            values += [", ".join(action["collaborators"]) or None]
            values += [start_date(action), end_date(action), action["status_text"]]
            values += [action["progress_text"]]
            sheet.append(values)
            for column in (5, 6):
                sheet.cell(row=sheet.max_row, column=column).number_format = "dd-mmm-yy"
    for letter, width in zip("ABCDEFGH", (7, 60, 24, 24, 11, 11, 12, 36), strict=True):
        sheet.column_dimensions[letter].width = width
    glossary = book.create_sheet("Glossary")
    glossary.append(["Acronym", "Meaning"])
    for row in GLOSSARY:
        glossary.append(list(row))
    book.save(path)


def write_long_pdf(plan: dict, path: Path) -> None:
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4, landscape
    from reportlab.lib.styles import getSampleStyleSheet
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Table, TableStyle

    styles = getSampleStyleSheet()
    body = styles["BodyText"]
    body.fontSize = 8
    body.leading = 10
    data = [[Paragraph(f"<b>{h}</b>", body) for h in LONG_HEADER]]
    commands = [("GRID", (0, 0), (-1, -1), 0.25, colors.grey), ("VALIGN", (0, 0), (-1, -1), "TOP")]
    for theme in plan["themes"]:
        index = len(data)
        heading = f"{theme['ref'].upper()} – {theme['title'].upper()}"
        data.append([Paragraph(f"<b>{escape(heading)}</b>", body)] + [""] * 7)
        commands.append(("SPAN", (0, index), (-1, index)))
        for action in theme_actions(plan, theme):
            cells = [action["ref"], action["title"], ", ".join(action["leads"])]
            cells += [", ".join(action["collaborators"])]
            cells += [f"{start_date(action):%d-%b-%y}", action["deadline_text"]]
            cells += [action["status_text"] or "", action["progress_text"] or ""]
            data.append([Paragraph(escape(c), body) for c in cells])
    width = landscape(A4)[0] - 72
    shares = (0.05, 0.33, 0.13, 0.13, 0.07, 0.07, 0.07, 0.15)
    table = Table(data, colWidths=[width * s for s in shares], repeatRows=1)
    table.setStyle(TableStyle(commands))
    story = [Paragraph(escape(plan["title"]), styles["Title"]), table]
    SimpleDocTemplate(str(path), pagesize=landscape(A4), title=plan["title"]).build(story)


# Two kinds of action table in one Word plan, after a governance table that is not a plan

GOVERNANCE = [
    ("Group", "Chair", "Meets"),
    ("Safer Riverside Partnership Board", "Council Chief Executive", "Quarterly"),
    ("VAWG Strategic Group", "Director of Public Health", "Every two months"),
    ("VAWG Operational Group", "Community Safety Manager", "Monthly"),
]


def partner_table(document, actions: list[dict]) -> None:
    header = ["Partner", "Commitment", "By when", "Status"]
    table = document.add_table(rows=1, cols=len(header))
    table.style = "Table Grid"
    for cell, text in zip(table.rows[0].cells, header, strict=True):
        bold_cell(cell, text)
    start, previous = 0, None
    for action in actions:
        row = table.add_row()
        partner = ", ".join(action["leads"])
        if partner != previous:
            if previous is not None and len(table.rows) - 2 > start:
                table.rows[start].cells[0].merge(table.rows[len(table.rows) - 2].cells[0])
            start, previous = len(table.rows) - 1, partner
            row.cells[0].text = partner
        values = [action["title"], action["deadline_text"], action["status_text"]]
        for cell, text in zip(row.cells[1:], values, strict=True):
            cell.text = text
    if len(table.rows) - 1 > start:
        table.rows[start].cells[0].merge(table.rows[-1].cells[0])


def write_two_tables(plan: dict, path: Path) -> None:
    document = new_word(plan)
    document.add_paragraph("How this plan is governed", style="Heading 1")
    table = document.add_table(rows=0, cols=3)
    table.style = "Table Grid"
    for values in GOVERNANCE:
        cells = table.add_row().cells
        for cell, text in zip(cells, values, strict=True):
            cell.text = text
    document.add_paragraph("")
    document.add_paragraph("The action plan", style="Heading 1")
    header = ["Ref", "Action", "Lead", "Timescale", "Success measure"]
    for theme in plan["themes"]:
        document.add_paragraph(f"{theme['ref']}: {theme['title']}", style="Heading 2")
        actions = theme_actions(plan, theme)
        if not actions[0]["ref"]:
            partner_table(document, actions)
            continue
        rows = [
            [a["ref"], a["title"], ", ".join(a["leads"]), a["deadline_text"], a["indicators"][0]]
            for a in actions
        ]
        table = document.add_table(rows=1, cols=len(header))
        table.style = "Table Grid"
        for cell, text in zip(table.rows[0].cells, header, strict=True):
            bold_cell(cell, text)
        for values in rows:
            for cell, text in zip(table.add_row().cells, values, strict=True):
                cell.text = text
    document.save(path)


# A PDF table copied with each cell on its own line (text)


def cells_per_line_text(plan: dict) -> str:
    out = [
        "Appendix B - VAWG Partnership Action Plan",
        "",
        "Below is an overview of the actions. The plan was developed with partners across the",
        "statutory and voluntary sectors, and progress is reviewed by the VAWG Working Group.",
        "",
        "No.",
        "Aims",
        "Lead",
        "Target Date",
    ]
    for _theme, _objective, _index, action in each_action(plan):
        out += [action["ref"], action["title"], " / ".join(action["leads"])]
        out.append(action["deadline_text"])
    out += ["", "Appendix C - Year on Year Progress", ""]
    return "\n".join(out) + "\n"


# A MARAC development plan: a form block, two columns merged down (Excel)

MARAC_HEADER = [
    "Principle",
    "Area for development",
    "Action",
    "Responsible",
    "Target date",
    "Progress",
    "Complete? (Y/N)",
]


def marac_responsible(action: dict) -> str:
    """The lead as "Kay Osei (MARAC Coordinator)" when a person is named, else the role or
    agency."""
    named = people(action)
    others = agencies(action)
    if named:
        return f"{named[0]} ({', '.join(others)})" if others else named[0]
    return " & ".join(others)


def merge_down(sheet, column: int, start: int, end: int) -> None:
    if end > start:
        sheet.merge_cells(start_row=start, start_column=column, end_row=end, end_column=column)


def write_marac(plan: dict, path: Path) -> None:
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = "Development plan"
    sheet.append([plan["title"]])
    sheet["A1"].font = Font(bold=True, size=14)
    sheet.append(["MARAC area:", "Westfield"])
    sheet.append(["Date of self-assessment:", dt.date(2025, 6, 12)])
    sheet["B3"].number_format = "dd/mm/yyyy"
    sheet.append(["Completed by:", "MARAC Steering Group"])
    sheet.append([])
    sheet.append(MARAC_HEADER)
    thin = Side(style="thin")
    for cell in sheet[sheet.max_row]:
        cell.font = Font(bold=True)
        cell.fill = fill("E2EFDA")
    for theme in plan["themes"]:
        theme_start = sheet.max_row + 1
        for objective in theme["objectives"]:
            objective_start = sheet.max_row + 1
            for action in objective["actions"]:
                sheet.append(
                    [
                        f"{theme['ref']}: {theme['title']}",
                        objective["title"],
                        action["title"],
                        marac_responsible(action),
                        action["deadline_text"],
                        action["progress_text"],
                        action["status_text"],
                    ]
                )
                for cell in sheet[sheet.max_row]:
                    cell.alignment = Alignment(wrap_text=True, vertical="top")
                    cell.border = Border(left=thin, right=thin, top=thin, bottom=thin)
            merge_down(sheet, 2, objective_start, sheet.max_row)
        merge_down(sheet, 1, theme_start, sheet.max_row)
    for letter, width in zip("ABCDEFG", (22, 34, 50, 28, 14, 36, 10), strict=True):
        sheet.column_dimensions[letter].width = width
    book.save(path)


# A national implementation plan: pillar headings, one long table with objective rows, the
# header only on the first page (PDF)

PILLAR_TEXT = {
    "Pillar 1": "Prevention aims to change the attitudes that allow abuse to happen.",
    "Pillar 2": "Protection aims to make sure every victim can get support and a safe place.",
    "Pillar 3": "Prosecution aims to make the justice system work for victims.",
    "Pillar 4": "Policy coordination aims to make sure the strategy is delivered and measured.",
}


def write_national_pdf(plan: dict, path: Path) -> None:
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import getSampleStyleSheet
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

    styles = getSampleStyleSheet()
    body = styles["BodyText"]
    width = A4[0] - 72
    story = [Paragraph(escape(plan["title"]), styles["Title"])]
    for theme in plan["themes"]:
        story.append(Paragraph(escape(f"{theme['ref']}: {theme['title']}"), styles["Heading1"]))
        story.append(Paragraph(escape(PILLAR_TEXT[theme["ref"]]), body))
        data = [
            [
                Paragraph(f"<b>{h}</b>", body)
                for h in ["No.", "Action", "Lead", "Partners", "Timeline"]
            ]
        ]
        commands = [
            ("GRID", (0, 0), (-1, -1), 0.5, colors.black),
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ]
        for objective in theme["objectives"]:
            index = len(data)
            data.append([Paragraph(f"<b>{escape(objective['title'])}</b>", body)] + [""] * 4)
            commands += [
                ("SPAN", (0, index), (-1, index)),
                ("BACKGROUND", (0, index), (-1, index), colors.HexColor("#E2EFDA")),
            ]
            for action in objective["actions"]:
                cells = [action["ref"], action["title"], ", ".join(action["leads"])]
                cells += [", ".join(action["collaborators"]), action["deadline_text"]]
                data.append([Paragraph(escape(c), body) for c in cells])
        table = Table(data, colWidths=[width * s for s in (0.08, 0.42, 0.18, 0.2, 0.12)])
        table.setStyle(TableStyle(commands))
        story += [table, Spacer(1, 14)]
    SimpleDocTemplate(str(path), pagesize=A4, title=plan["title"]).build(story)


# Each action its own two-column table, label on the left (Word)


def write_key_value_tables(plan: dict, path: Path) -> None:
    document = new_word(plan)
    document.add_paragraph(
        "This implementation plan lists every action of the reform, the agency accountable for "
        "it and when it will be delivered. Status is as at 30 September 2025."
    )
    for theme in plan["themes"]:
        document.add_paragraph(f"{theme['ref']}: {theme['title']}", style="Heading 1")
        for action in theme_actions(plan, theme):
            pairs = [
                (f"Action {action['ref']}", action["title"]),
                ("Lead agency", ", ".join(action["leads"])),
                ("Partner agencies", ", ".join(action["collaborators"]) or "–"),
                ("Timeframe", action["deadline_text"]),
                ("Status", action["status_text"]),
            ]
            table = document.add_table(rows=0, cols=2)
            table.style = "Table Grid"
            for label, value in pairs:
                cells = table.add_row().cells
                bold_cell(cells[0], label)
                shade(cells[0], "F2F2F2")
                cells[1].text = value
            document.add_paragraph("")
    document.save(path)


# A wiki page exported as Markdown: one pipe table with bold theme rows (text)

STATUS_EMOJI = {"On track": "🟢", "Done": "✅", "At risk": "🟠", "Not started": "⚪"}


def wiki_pipe_text(plan: dict) -> str:
    header = ["ID", "Action", "Owner", "Due", "Status"]
    out = [
        f"# {plan['title']}",
        "",
        "Owner: Safer Communities Partnership | Last updated: 14 January 2026",
        "",
        "| " + " | ".join(header) + " |",
        "| " + " | ".join("---" for _ in header) + " |",
    ]
    for theme in plan["themes"]:
        out.append(f"| **{theme['ref']}: {theme['title']}** |  |  |  |  |")
        for action in theme_actions(plan, theme):
            status = action["status_text"]
            cells = [action["ref"], action["title"], "<br>".join(action["leads"])]
            cells += [action["deadline_text"], f"{STATUS_EMOJI[status]} {status}"]
            out.append("| " + " | ".join(cells) + " |")
    out += [
        "",
        "## Notes",
        "",
        "- Owners update their rows before each partnership meeting.",
        "- Actions marked at risk are discussed at the meeting.",
    ]
    return "\n".join(out) + "\n"


# A SharePoint list exported to Excel (the list's own columns, people as "Surname, First")

SHAREPOINT_HEADER = [
    "ID",
    "Title",
    "Workstream",
    "Assigned To",
    "Due Date",
    "Status",
    "Comments",
    "Modified",
    "Modified By",
]


def write_sharepoint(plan: dict, path: Path) -> None:
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = "query"
    sheet.append(SHAREPOINT_HEADER)
    for number, (theme, _o, _i, action) in enumerate(each_action(plan)):
        modified = dt.datetime(2026, 1, 5, 9, 0) + dt.timedelta(hours=7 * number)
        sheet.append(
            [
                int(action["ref"]),
                action["title"],
                theme["title"],
                ";".join(action["leads"]),
                day(action["deadline_text"]),
                action["status_text"],
                action["progress_text"],
                modified,
                action["leads"][0],
            ]
        )
        sheet.cell(row=sheet.max_row, column=5).number_format = "dd/mm/yyyy"
        sheet.cell(row=sheet.max_row, column=8).number_format = "dd/mm/yyyy hh:mm"
    sheet.auto_filter.ref = sheet.dimensions
    book.save(path)


# RAG as colour only in Word, theme rows numbered with the title merged across the rest


def lettered(cell, action: dict) -> None:
    """The action, then its steps as lettered paragraphs in the same cell."""
    cell.text = action["title"]
    for letter, milestone in zip("abcdefgh", action["milestones"], strict=False):
        cell.add_paragraph(f"{letter}) {milestone['title']}")


def write_colour_rag_word(plan: dict, path: Path) -> None:
    document = new_word(plan, landscape=True)
    document.add_paragraph(
        "RAG: red, not on track; amber, some risk to delivery; green, on track or complete. "
        "The RAG is shown by the colour of the cell."
    )
    header = ["No.", "Action", "Lead", "Target date", "RAG", "Comments"]
    table = document.add_table(rows=1, cols=len(header))
    table.style = "Table Grid"
    for cell, text in zip(table.rows[0].cells, header, strict=True):
        bold_cell(cell, text)
    repeat_header(table.rows[0])
    for theme in plan["themes"]:
        row = table.add_row()
        bold_cell(row.cells[0], theme["ref"])
        title = row.cells[1].merge(row.cells[-1])
        bold_cell(title, theme["title"])
        shade(title, "DEEAF6")
        for action in theme_actions(plan, theme):
            cells = table.add_row().cells
            cells[0].text = action["ref"]
            lettered(cells[1], action)
            cells[2].text = ", ".join(action["leads"])
            cells[3].text = action["deadline_text"]
            shade(cells[4], RAG_FILLS[action["status_text"].lower()])
            cells[5].text = action["progress_text"] or ""
    document.save(path)


# A banner row above the header in each Word table; the objective repeated on every row

BANNER_HEADER = ["Objective", "Action", "Lead officer", "Start", "End", "Outcome measure"]


def start_month(end: str) -> str:
    return "Apr 2026" if end.endswith("2026") else "Oct 2026"


def write_banner_tables(plan: dict, path: Path) -> None:
    document = new_word(plan, landscape=True)
    document.add_paragraph(
        "Each priority has its own table. Lead officers report progress to the Partnership's "
        "delivery group every quarter."
    )
    for theme in plan["themes"]:
        table = document.add_table(rows=2, cols=len(BANNER_HEADER))
        table.style = "Table Grid"
        banner = table.rows[0].cells[0].merge(table.rows[0].cells[-1])
        bold_cell(banner, f"{theme['ref'].upper()}: {theme['title'].upper()}")
        shade(banner, "1F4E79")
        for cell, text in zip(table.rows[1].cells, BANNER_HEADER, strict=True):
            bold_cell(cell, text)
            shade(cell, "BDD7EE")
        for objective in theme["objectives"]:
            for action in objective["actions"]:
                values = [objective["title"], action["title"], ", ".join(action["leads"])]
                values += [start_month(action["deadline_text"]), action["deadline_text"]]
                values += [action["indicators"][0]]
                for cell, text in zip(table.add_row().cells, values, strict=True):
                    cell.text = text
        document.add_paragraph("")
    document.save(path)


# A designed Excel sheet: cells merged across, headers with line breaks and abbreviations

MERGED_ACROSS_HEADER = [
    ("Ref", 1),
    ("Action", 4),
    ("Resp.", 1),
    ("Tgt\ndate", 2),
    ("RAG\n(R/A/G/B)", 1),
    ("Comments", 3),
]
LETTER_FILLS = {"R": "FF0000", "A": "FFC000", "G": "00B050", "B": "0070C0"}


def merged_row(sheet, values: list[str | None]) -> None:
    row = sheet.max_row + 1
    column = 1
    for (_name, width), value in zip(MERGED_ACROSS_HEADER, values, strict=True):
        cell = sheet.cell(row=row, column=column, value=value)
        cell.alignment = Alignment(wrap_text=True, vertical="top")
        if width > 1:
            sheet.merge_cells(
                start_row=row, start_column=column, end_row=row, end_column=column + width - 1
            )
        column += width


def write_merged_across(plan: dict, path: Path) -> None:
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = "Year 2"
    sheet["A1"] = plan["title"]
    sheet["A1"].font = Font(bold=True, size=14)
    sheet.append([])
    merged_row(sheet, [name for name, _width in MERGED_ACROSS_HEADER])
    for cell in sheet[sheet.max_row]:
        cell.font = Font(bold=True)
        cell.fill = fill("D9D9D9")
    last = sum(width for _name, width in MERGED_ACROSS_HEADER)
    for theme in plan["themes"]:
        sheet.append([f"{theme['ref']}. {theme['title']}"])
        row = sheet.max_row
        sheet.merge_cells(start_row=row, start_column=1, end_row=row, end_column=last)
        sheet.cell(row=row, column=1).font = Font(bold=True, color="FFFFFF")
        sheet.cell(row=row, column=1).fill = fill("7030A0")
        for action in theme_actions(plan, theme):
            values = [action["ref"], action["title"], " / ".join(action["leads"])]
            values += [action["deadline_text"], action["status_text"], action["progress_text"]]
            merged_row(sheet, values)
            rag = sheet.cell(row=sheet.max_row, column=9)
            rag.fill = fill(LETTER_FILLS[action["status_text"]])
    for column in range(1, last + 1):
        sheet.column_dimensions[openpyxl.utils.get_column_letter(column)].width = 11
    book.save(path)


# A strategy with its action plan as an appendix (Word)

LOCAL_DATA = [
    ("Measure", "2023/24", "2024/25", "Change"),
    ("Domestic abuse incidents reported to police", "4,112", "4,390", "+7%"),
    ("High-risk cases heard at MARAC", "512", "566", "+11%"),
    ("Households owed a homelessness duty because of abuse", "231", "268", "+16%"),
]
PRIORITY_MEANING = {
    "P1": "Stopping abuse before it starts.",
    "P2": "Spotting abuse sooner and offering help early.",
    "P3": "Keeping people safe and helping them recover.",
    "P4": "Holding those who harm to account and helping them change.",
}


def plain_table(document, rows) -> None:
    table = document.add_table(rows=0, cols=len(rows[0]))
    table.style = "Table Grid"
    for number, values in enumerate(rows):
        for cell, text in zip(table.add_row().cells, values, strict=True):
            if number == 0:
                bold_cell(cell, text)
            else:
                cell.text = text


def write_strategy_appendix(plan: dict, path: Path) -> None:
    document = new_word(plan)
    document.add_paragraph("1. Introduction", style="Heading 1")
    document.add_paragraph(
        "Domestic abuse affects one in five adults in Fenwick in their lifetime. This strategy "
        "sets out what the Partnership will do over three years, building on the needs "
        "assessment and what survivors told us."
    )
    document.add_paragraph("2. What the data tells us", style="Heading 1")
    plain_table(document, LOCAL_DATA)
    document.add_paragraph(
        "Reports to the police rose again last year, and more families became homeless "
        "because of abuse."
    )
    document.add_paragraph("3. Our priorities", style="Heading 1")
    rows = [("Priority", "Title", "What this means")]
    rows += [(t["ref"], t["title"], PRIORITY_MEANING[t["ref"]]) for t in plan["themes"]]
    plain_table(document, rows)
    document.add_paragraph("4. How we will know we are making a difference", style="Heading 1")
    for line in ["More people asking for help earlier", "Fewer repeat MARAC cases"]:
        document.add_paragraph(line, style="List Bullet")
    document.add_page_break()
    document.add_paragraph("Appendix 1: Action plan", style="Heading 1")
    rows = [("No.", "Priority", "Action", "Lead", "By when")]
    for theme, _o, _i, action in each_action(plan):
        rows.append(
            (
                action["ref"],
                theme["ref"],
                action["title"],
                ", ".join(action["leads"]),
                action["deadline_text"],
            )
        )
    plain_table(document, rows)
    document.save(path)


# A Northern Ireland departmental plan: a year column per milestone (PDF, and its copied text)

YEARS = ["Year 1 (2025/26)", "Year 2 (2026/27)", "Year 3 (2027/28)"]


def department_rows(plan: dict) -> list[list[str]]:
    rows = []
    for theme, _o, _i, action in each_action(plan):
        by_year = {m["due_text"]: m["title"] for m in action["milestones"]}
        cells = [theme["title"], action["ref"], action["title"], ", ".join(action["leads"])]
        cells += [", ".join(action["collaborators"])]
        cells += [by_year.get(year, "") for year in YEARS]
        rows.append(cells)
    return rows


def write_departments_pdf(plan: dict, path: Path) -> None:
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4, landscape
    from reportlab.lib.styles import getSampleStyleSheet
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Table, TableStyle

    styles = getSampleStyleSheet()
    body = styles["BodyText"]
    body.fontSize = 8
    body.leading = 10
    header = ["Strand", "Ref", "Action", "Lead", "Partners"] + YEARS
    data = [[Paragraph(f"<b>{escape(h)}</b>", body) for h in header]]
    data += [[Paragraph(escape(c), body) for c in row] for row in department_rows(plan)]
    width = landscape(A4)[0] - 72
    shares = (0.1, 0.05, 0.23, 0.07, 0.1, 0.15, 0.15, 0.15)
    table = Table(data, colWidths=[width * s for s in shares], repeatRows=1)
    table.setStyle(
        TableStyle(
            [
                ("GRID", (0, 0), (-1, -1), 0.5, colors.black),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#FCE4D6")),
            ]
        )
    )
    intro = (
        "This action plan sets out what departments will deliver in each year of the strategy. "
        "Lead departments: DoJ, Department of Justice; DoH, Department of Health; DE, "
        "Department of Education; DfC, Department for Communities; DfE, Department for the "
        "Economy."
    )
    story = [Paragraph(escape(plan["title"]), styles["Title"]), Paragraph(intro, body), table]
    SimpleDocTemplate(str(path), pagesize=landscape(A4), title=plan["title"]).build(story)


def write_departments_copy(plan: dict, path: Path) -> None:
    """The text a reader gets by selecting all and copying out of the PDF."""
    import tempfile

    import pypdfium2

    with tempfile.TemporaryDirectory() as folder:
        pdf_path = Path(folder) / "plan.pdf"
        write_departments_pdf(plan, pdf_path)
        document = pypdfium2.PdfDocument(str(pdf_path))
        pages = [document[n].get_textpage().get_text_range() for n in range(len(document))]
        document.close()
    text = "\n".join(page.replace("\r\n", "\n").rstrip() for page in pages)
    path.write_text(text + "\n")


# Word tracked changes: the truth is the plan with every change accepted

TRACKED_EDITS = {
    # ref: (column, text deleted, text inserted); the inserted text is the truth's
    "1.2": (3, "November 2026", "December 2026"),
    "1.4": (2, "Public Health", "Police"),
    "2.3": (
        1,
        "Provide an IDVA in the maternity unit",
        "Provide an IDVA in the maternity unit two days a week",
    ),
    "2.6": (3, "March 2027", "December 2026"),
    "3.3": (2, "Legal Services", "Housing Management"),
}
TRACKED_INSERTED_ROWS = {"1.6", "2.5"}
TRACKED_DELETED_ROWS = {
    # after the action with this ref, a row that was deleted
    "1.3": [
        "1.4",
        "Hold a conference for schools on online abuse",
        "Education Safeguarding",
        "May 2027",
        "Not started",
    ],
    "3.2": [
        "3.3",
        "Pilot a women's safety app with the university",
        "Community Safety",
        "TBC",
        "Not started",
    ],
}
AUTHOR = {qn("w:author"): "Community Safety Officer", qn("w:date"): "2026-03-02T10:00:00Z"}


def change(tag: str, number: int) -> OxmlElement:
    element = OxmlElement(tag)
    element.set(qn("w:id"), str(number))
    for key, value in AUTHOR.items():
        element.set(key, value)
    return element


def tracked_run(tag: str, text: str, number: int) -> OxmlElement:
    """A w:ins or w:del holding one run of `text`."""
    wrapper = change(tag, number)
    run = OxmlElement("w:r")
    body = OxmlElement("w:delText" if tag == "w:del" else "w:t")
    body.set(qn("xml:space"), "preserve")
    body.text = text
    run.append(body)
    wrapper.append(run)
    return wrapper


def tracked_cell(cell, tag: str, text: str, number: int) -> None:
    cell.text = ""
    cell.paragraphs[0]._p.append(tracked_run(tag, text, number))


def tracked_row(table, values: list[str], tag: str, number: int) -> None:
    row = table.add_row()
    row._tr.get_or_add_trPr().append(change(tag, number))
    for index, (cell, text) in enumerate(zip(row.cells, values, strict=True)):
        tracked_cell(cell, tag, text, number * 10 + index)


def write_tracked_changes(plan: dict, path: Path) -> None:
    document = new_word(plan)
    document.add_paragraph(
        "Partners are asked to check their actions and send changes by 16 March."
    )
    header = ["Ref", "Action", "Lead", "Target date", "Status"]
    number = 1
    for theme in plan["themes"]:
        document.add_paragraph(f"{theme['ref']}: {theme['title']}", style="Heading 2")
        table = document.add_table(rows=1, cols=len(header))
        table.style = "Table Grid"
        for cell, text in zip(table.rows[0].cells, header, strict=True):
            bold_cell(cell, text)
        for action in theme_actions(plan, theme):
            number += 1
            values = [action["ref"], action["title"], ", ".join(action["leads"])]
            values += [action["deadline_text"], action["status_text"]]
            if action["ref"] in TRACKED_INSERTED_ROWS:
                tracked_row(table, values, "w:ins", number * 100)
            else:
                cells = table.add_row().cells
                for cell, text in zip(cells, values, strict=True):
                    cell.text = text
                if action["ref"] in TRACKED_EDITS:
                    column, old, new = TRACKED_EDITS[action["ref"]]
                    assert values[column] == new
                    cells[column].text = ""
                    paragraph = cells[column].paragraphs[0]._p
                    paragraph.append(tracked_run("w:del", old, number * 100 + 1))
                    paragraph.append(tracked_run("w:ins", new, number * 100 + 2))
            if action["ref"] in TRACKED_DELETED_ROWS:
                tracked_row(table, TRACKED_DELETED_ROWS[action["ref"]], "w:del", number * 100 + 50)
    document.save(path)


# Priorities in a custom paragraph style, and a "Who" cell with the lead and the partners (Word)


def priority_style(document):
    from docx.enum.style import WD_STYLE_TYPE
    from docx.shared import RGBColor

    style = document.styles.add_style("Priority Heading", WD_STYLE_TYPE.PARAGRAPH)
    style.base_style = document.styles["Normal"]
    style.font.bold = True
    style.font.size = Pt(14)
    style.font.color.rgb = RGBColor(0x5B, 0x2C, 0x6F)
    return style


def who_cell(cell, action: dict) -> None:
    cell.text = f"Lead: {', '.join(action['leads'])}"
    if action["collaborators"]:
        cell.add_paragraph(f"With: {'; '.join(action['collaborators'])}")


def write_who_cell(plan: dict, path: Path) -> None:
    document = new_word(plan, landscape=True)
    style = priority_style(document)
    document.add_paragraph(
        "The partnership's improvement plan is organised under the four priorities of Equally "
        "Safe. Progress is reported to the Chief Officers Group twice a year."
    )
    header = ["What we will do", "Who", "When", "Measure of success"]
    for theme in plan["themes"]:
        document.add_paragraph(f"{theme['ref']}: {theme['title']}", style=style)
        table = document.add_table(rows=1, cols=len(header))
        table.style = "Table Grid"
        for cell, text in zip(table.rows[0].cells, header, strict=True):
            bold_cell(cell, text)
        for action in theme_actions(plan, theme):
            cells = table.add_row().cells
            cells[0].text = action["title"]
            who_cell(cells[1], action)
            cells[2].text = action["deadline_text"]
            cells[3].text = action["indicators"][0]
    document.save(path)


# A Word table pasted as plain text (tabs; a cell's paragraphs break its row)


def word_paste_text(plan: dict) -> str:
    out = [plan["title"], "", "Ref\tAction\tMilestones\tLead\tTarget\tRAG\tUpdate"]
    for theme in plan["themes"]:
        out.append(f"{theme['ref']}: {theme['title']}")
        for action in theme_actions(plan, theme):
            milestones = [m["title"] for m in action["milestones"]] or [""]
            update = action["progress_text"] or ""
            first = [action["ref"], action["title"], milestones[0]]
            rest = [", ".join(action["leads"]), action["deadline_text"], action["status_text"]]
            if len(milestones) == 1:
                out.append("\t".join([*first, *rest, update]))
                continue
            out.append("\t".join(first))
            out += milestones[1:-1]
            out.append("\t".join([milestones[-1], *rest, update]))
    return "\r\n".join(out) + "\r\n"


# Rows that break across PDF pages (long cells), the header repeated


def write_split_rows(plan: dict, path: Path) -> None:
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4, landscape
    from reportlab.lib.styles import getSampleStyleSheet
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Table, TableStyle

    styles = getSampleStyleSheet()
    body = styles["BodyText"]
    header = ["Ref", "Action and intended outcome", "Lead", "Deadline", "Progress to date"]
    data = [[Paragraph(f"<b>{h}</b>", body) for h in header]]
    commands = [("GRID", (0, 0), (-1, -1), 0.5, colors.black), ("VALIGN", (0, 0), (-1, -1), "TOP")]
    for theme in plan["themes"]:
        index = len(data)
        data.append([Paragraph(f"<b>{escape(theme['ref'])}: {escape(theme['title'])}</b>", body)])
        data[-1] += [""] * 4
        commands += [
            ("SPAN", (0, index), (-1, index)),
            ("BACKGROUND", (0, index), (-1, index), colors.HexColor("#FFF2CC")),
        ]
        for action in theme_actions(plan, theme):
            cells = [action["ref"], action["title"], ", ".join(action["leads"])]
            cells += [action["deadline_text"], action["progress_text"]]
            data.append([Paragraph(escape(c), body) for c in cells])
    width = landscape(A4)[0] - 72
    shares = (0.06, 0.36, 0.12, 0.1, 0.36)
    table = Table(data, colWidths=[width * s for s in shares], repeatRows=1, splitInRow=1)
    table.setStyle(TableStyle(commands))
    story = [Paragraph(escape(plan["title"]), styles["Title"]), table]
    document = SimpleDocTemplate(str(path), pagesize=landscape(A4), title=plan["title"])
    draw = footer("Ravensworth Domestic Abuse Partnership Board")
    document.build(story, onFirstPage=draw, onLaterPages=draw)


# One partners column with the lead marked "(L)" (Excel)


def marked_partners(action: dict) -> str:
    return ", ".join([f"{lead} (L)" for lead in action["leads"]] + action["collaborators"])


def write_lead_marker(plan: dict, path: Path) -> None:
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = "Action plan"
    sheet.append([plan["title"]])
    sheet["A1"].font = Font(bold=True, size=13)
    sheet.append(["Partners: (L) marks the lead partner, accountable for the action."])
    sheet.append(["No.", "Action", "Partners (L = lead)", "Timescale"])
    for cell in sheet[3]:
        cell.font = Font(bold=True)
    for theme in plan["themes"]:
        sheet.append([theme["ref"], theme["title"]])
        for cell in sheet[sheet.max_row]:
            cell.font = Font(bold=True)
        for action in theme_actions(plan, theme):
            sheet.append(
                [
                    int(action["ref"]),
                    action["title"],
                    marked_partners(action),
                    action["deadline_text"],
                ]
            )
    for letter, width in zip("ABCD", (6, 60, 44, 12), strict=True):
        sheet.column_dimensions[letter].width = width
    book.save(path)


# A sheet per quarter, each a copy of the last with that quarter's status and update (Excel)


def quarter_status(action: dict, quarter: int) -> tuple[str, str]:
    if quarter == 3:
        return action["status_text"], action["progress_text"]
    status = "Green" if action["status_text"] in ("Complete", "Green") else "Amber"
    return status, ("Q1: planning under way" if quarter == 1 else "Q2: work started")


def write_sheet_per_quarter(plan: dict, path: Path) -> None:
    book = openpyxl.Workbook()
    header = ["Ref", "Priority", "Action", "Lead", "Due", "Status", "Update this quarter"]
    for quarter in (1, 2, 3):
        sheet = book.active if quarter == 1 else book.create_sheet()
        sheet.title = f"Q{quarter} 25-26"
        sheet.append([f"{plan['title']} - Quarter {quarter} return"])
        sheet.append(header)
        for cell in sheet[2]:
            cell.font = Font(bold=True)
        for theme, _o, _i, action in each_action(plan):
            status, update = quarter_status(action, quarter)
            values = [action["ref"], theme["title"], action["title"], ", ".join(action["leads"])]
            sheet.append(values + [action["deadline_text"], status, update])
    book.save(path)


# A US coordinated community response plan: a table per goal, steps bulleted in one cell (Word)


def write_us_ccr(plan: dict, path: Path) -> None:
    document = new_word(plan, landscape=True)
    document.add_paragraph(
        "This plan was developed by the Coordinated Community Response Team, which includes "
        "law enforcement, prosecution, the courts, probation, advocates and survivors."
    )
    header = ["Strategy", "Action Steps", "Responsible Party", "Timeline", "Resources Needed"]
    for theme in plan["themes"]:
        document.add_paragraph(f"{theme['ref']}: {theme['title']}", style="Heading 2")
        table = document.add_table(rows=1, cols=len(header))
        table.style = "Table Grid"
        for cell, text in zip(table.rows[0].cells, header, strict=True):
            bold_cell(cell, text)
            shade(cell, "D9E1F2")
        for action in theme_actions(plan, theme):
            cells = table.add_row().cells
            cells[0].text = f"{action['ref']} {action['title']}"
            cells[1].text = ""
            for number, milestone in enumerate(action["milestones"]):
                paragraph = cells[1].paragraphs[0] if number == 0 else cells[1].add_paragraph()
                paragraph.text = milestone["title"]
                paragraph.style = document.styles["List Bullet"]
            cells[2].text = ", ".join(action["leads"])
            cells[3].text = action["deadline_text"]
            cells[4].text = action["cost"]
    document.save(path)


# A plan on a page: a coloured column per priority, bullets, no leads or dates (PDF)


def write_plan_on_a_page(plan: dict, path: Path) -> None:
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4, landscape
    from reportlab.lib.styles import getSampleStyleSheet
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Table, TableStyle

    styles = getSampleStyleSheet()
    body = styles["BodyText"]
    shades = ["#DDEBF7", "#E2EFDA", "#FFF2CC", "#FCE4D6"]
    headings = [Paragraph(f"<b>{escape(t['title'].upper())}</b>", body) for t in plan["themes"]]
    lists = []
    for theme in plan["themes"]:
        items = "<br/>".join(f"• {escape(a['title'])}" for a in theme_actions(plan, theme))
        lists.append(Paragraph(f"<b>We will:</b><br/>{items}", body))
    width = landscape(A4)[0] - 72
    table = Table([headings, lists], colWidths=[width / 4] * 4)
    commands = [("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 8)]
    for column, colour in enumerate(shades):
        commands.append(("BACKGROUND", (column, 0), (column, -1), colors.HexColor(colour)))
    table.setStyle(TableStyle(commands))
    story = [
        Paragraph(escape(plan["title"]), styles["Title"]),
        Paragraph(
            "<b>Our vision:</b> everyone in Ashcombe lives free from domestic abuse, and those "
            "who experience it get the right help at the right time.",
            body,
        ),
        table,
        Paragraph(
            "The full delivery plan, with leads and timescales, is published alongside this "
            "summary.",
            body,
        ),
    ]
    SimpleDocTemplate(str(path), pagesize=landscape(A4), title=plan["title"]).build(story)


# A priority's table split over pages under "Priority 2 (continued)" (Word and PDF)

CONTINUED_SPLIT = 8
"""A priority with more actions than this is split after this many, as a page would split it."""


def continued_parts(plan: dict) -> list[tuple[str, list[dict]]]:
    parts = []
    for theme in plan["themes"]:
        heading = f"{theme['ref']}: {theme['title']}"
        actions = theme_actions(plan, theme)
        parts.append((heading, actions[:CONTINUED_SPLIT]))
        if len(actions) > CONTINUED_SPLIT:
            parts.append((f"{theme['ref']} (continued)", actions[CONTINUED_SPLIT:]))
    return parts


def write_continued_docx(plan: dict, path: Path) -> None:
    document = new_word(plan)
    header = ["No.", "Action", "Lead", "By when"]
    for number, (heading, actions) in enumerate(continued_parts(plan)):
        if "(continued)" in heading:
            document.add_page_break()
        document.add_paragraph(heading, style="Heading 2")
        rows = [[a["ref"], a["title"], ", ".join(a["leads"]), a["deadline_text"]] for a in actions]
        word_rows = document.add_table(rows=1, cols=len(header))
        word_rows.style = "Table Grid"
        for cell, text in zip(word_rows.rows[0].cells, header, strict=True):
            bold_cell(cell, text)
        for values in rows:
            for cell, text in zip(word_rows.add_row().cells, values, strict=True):
                cell.text = text
        if number == 0:
            document.add_paragraph("")
    document.save(path)


def write_continued_pdf(plan: dict, path: Path) -> None:
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import getSampleStyleSheet
    from reportlab.platypus import PageBreak, Paragraph, SimpleDocTemplate, Table, TableStyle

    styles = getSampleStyleSheet()
    body = styles["BodyText"]
    width = A4[0] - 72
    story = [Paragraph(escape(plan["title"]), styles["Title"])]
    for heading, actions in continued_parts(plan):
        if "(continued)" in heading:
            story.append(PageBreak())
        story.append(Paragraph(escape(heading), styles["Heading2"]))
        data = [[Paragraph(f"<b>{h}</b>", body) for h in ["No.", "Action", "Lead", "By when"]]]
        for a in actions:
            cells = [a["ref"], a["title"], ", ".join(a["leads"]), a["deadline_text"]]
            data.append([Paragraph(escape(c), body) for c in cells])
        table = Table(data, colWidths=[width * s for s in (0.08, 0.52, 0.22, 0.18)])
        table.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.black)]))
        story.append(table)
    SimpleDocTemplate(str(path), pagesize=A4, title=plan["title"]).build(story)


# An outer table of priorities, each row's actions in a table nested in its cell (Word)


def write_nested(plan: dict, path: Path) -> None:
    document = new_word(plan, landscape=True)
    outer = document.add_table(rows=1, cols=2)
    outer.style = "Table Grid"
    bold_cell(outer.rows[0].cells[0], "Priority")
    bold_cell(outer.rows[0].cells[1], "Actions")
    for theme in plan["themes"]:
        row = outer.add_row()
        bold_cell(row.cells[0], theme["title"])
        cell = row.cells[1]
        inner = cell.add_table(rows=1, cols=4)
        inner.style = "Table Grid"
        for inner_cell, text in zip(
            inner.rows[0].cells, ["", "Action", "Lead", "When"], strict=True
        ):
            bold_cell(inner_cell, text)
        for action in theme_actions(plan, theme):
            values = [action["ref"], action["title"], ", ".join(action["leads"])]
            values.append(action["deadline_text"])
            for inner_cell, text in zip(inner.add_row().cells, values, strict=True):
                inner_cell.text = text
    document.save(path)


# The PDF a council publishes: the Word or Excel file saved as PDF (LibreOffice, at render time)


def saved_as_pdf(source_name: str) -> Writer:
    """A writer that saves the plan's `source_name` Word document (written before it) as PDF,
    the way a coordinator's published copy is made. Needs LibreOffice Writer when rendering,
    never when testing; without it the PDF is left as it is. (Only Writer is installed here, so
    Excel plans are not saved as PDF.)"""

    def write_pdf(plan: dict, path: Path) -> None:
        import shutil
        import subprocess
        import tempfile

        office = shutil.which("soffice")
        if not office:
            print(f"LibreOffice not found: {path} not rendered again")
            return
        with tempfile.TemporaryDirectory() as folder:
            profile = Path(folder) / "profile"
            subprocess.run(
                [
                    office,
                    f"-env:UserInstallation=file://{profile}",
                    "--headless",
                    "--convert-to",
                    "pdf",
                    "--outdir",
                    folder,
                    str(path.parent / source_name),
                ],
                check=True,
                capture_output=True,
                timeout=180,
            )
            shutil.move(Path(folder) / f"{Path(source_name).stem}.pdf", path)

    return write_pdf


# The theme given by a tick in one of several pillar columns (Excel)

ARROWS = {"On target": "→", "Achieved": "↑", "Slipped": "↓"}


def write_tick_columns(plan: dict, path: Path) -> None:
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = "VAWG Delivery Plan"
    pillars = [f"{t['ref']}: {t['title']}" for t in plan["themes"]]
    sheet.append([plan["title"]])
    sheet["A1"].font = Font(bold=True, size=13)
    sheet.append(["OFFICIAL"])
    header = ["Ref", "Activity", *pillars, "Owner", "Due", "Status", "Direction of travel"]
    sheet.append(header)
    for cell in sheet[3]:
        cell.font = Font(bold=True)
        cell.alignment = Alignment(wrap_text=True, vertical="top")
    for number, theme in enumerate(plan["themes"]):
        for action in theme_actions(plan, theme):
            ticks = ["✓" if n == number else None for n in range(len(pillars))]
            sheet.append(
                [
                    action["ref"],
                    action["title"],
                    *ticks,
                    ", ".join(action["leads"]),
                    day(action["deadline_text"]),
                    action["status_text"],
                    ARROWS[action["status_text"]],
                ]
            )
            sheet.cell(row=sheet.max_row, column=3 + len(pillars) + 1).number_format = "dd/mm/yyyy"
    book.save(path)


# A tab per theme, named only by the tab (Excel)


def write_tabs_only(plan: dict, path: Path) -> None:
    book = openpyxl.Workbook()
    header = ["Ref", "Action", "Lead", "When", "Status"]
    for number, theme in enumerate(plan["themes"]):
        sheet = book.active if number == 0 else book.create_sheet()
        sheet.title = theme["title"]
        sheet.append(header)
        for cell in sheet[1]:
            cell.font = Font(bold=True)
        for action in theme_actions(plan, theme):
            sheet.append(
                [
                    action["ref"],
                    action["title"],
                    ", ".join(action["leads"]),
                    action["deadline_text"],
                    action["status_text"],
                ]
            )
        sheet.column_dimensions["B"].width = 70
    book.save(path)


# One multi-level numbered list, Word numbering (the numbers are not in the text) (Word)


def write_numbered_list(plan: dict, path: Path) -> None:
    document = new_word(plan)
    document.add_paragraph(
        "The Partnership has agreed four priorities for the next two years. Under each are the "
        "actions partners will take, who leads them and when they will be done."
    )
    for theme in plan["themes"]:
        item = document.add_paragraph(style="List Number")
        item.add_run(theme["title"]).bold = True
        for action in theme_actions(plan, theme):
            lead = ", ".join(action["leads"])
            text = f"{action['title']} (Lead: {lead}; {action['deadline_text']})"
            document.add_paragraph(text, style="List Number 2")
    document.add_paragraph(
        "Progress will be reported to the Partnership every six months and published on the "
        "council's website."
    )
    document.save(path)


# A Cabinet report with the plan as its appendix, the lead merged down (Word)

REPORT_PARAGRAPHS = [
    ("1. Purpose of the report", None),
    (None, "1.1 This report asks Cabinet to approve the domestic abuse strategy action plan."),
    ("2. Recommendations", None),
    (None, "2.1 Cabinet is asked to approve the action plan at Appendix A."),
    (None, "2.2 Cabinet is asked to delegate minor changes to the plan to the Director."),
    (None, "2.3 Cabinet is asked to note the progress made under the previous strategy."),
    ("3. Background", None),
    (
        None,
        "3.1 The Domestic Abuse Act 2021 requires the council to assess the need for support "
        "in safe accommodation and to publish a strategy. The action plan sets out how the "
        "strategy will be delivered over two years.",
    ),
    ("4. Financial implications", None),
    (None, "4.1 The actions will be delivered within existing budgets and the grant."),
]


def lead_spans(actions: list[dict]) -> list[tuple[int, int]]:
    """(first row, rows) for each run of actions with the same leads."""
    spans, start = [], 0
    for index in range(1, len(actions) + 1):
        if index == len(actions) or actions[index]["leads"] != actions[start]["leads"]:
            spans.append((start, index - start))
            start = index
    return spans


def write_cabinet_report(plan: dict, path: Path) -> None:
    document = new_word(plan)
    for heading, text in REPORT_PARAGRAPHS:
        if heading:
            document.add_paragraph(heading, style="Heading 1")
        else:
            document.add_paragraph(text)
    document.add_page_break()
    document.add_paragraph("Appendix A: Action plan 2026-2028", style="Heading 1")
    header = ["Ref", "Action", "Lead service", "Target date"]
    table = document.add_table(rows=1, cols=len(header))
    table.style = "Table Grid"
    for cell, text in zip(table.rows[0].cells, header, strict=True):
        bold_cell(cell, text)
    for theme in plan["themes"]:
        row = table.add_row()
        merged = row.cells[0].merge(row.cells[-1])
        bold_cell(merged, f"{theme['ref']}: {theme['title']}")
        shade(merged, "E2EFDA")
        actions = theme_actions(plan, theme)
        first = len(table.rows)
        for action in actions:
            cells = table.add_row().cells
            cells[0].text, cells[1].text = action["ref"], action["title"]
            cells[3].text = action["deadline_text"]
        for start, count in lead_spans(actions):
            top = table.rows[first + start].cells[2]
            if count > 1:
                top = top.merge(table.rows[first + start + count - 1].cells[2])
            top.text = ", ".join(actions[start]["leads"])
    column_widths(table, (0.6, 3.6, 1.4, 1.2))
    document.save(path)


def column_widths(table, inches: tuple[float, ...]) -> None:
    from docx.shared import Inches

    table.autofit = False
    for column, width in zip(table.columns, inches, strict=True):
        column.width = Inches(width)
    for row in table.rows:
        for cell, width in zip(row.cells, inches, strict=True):
            cell.width = Inches(width)


# An outcomes table whose "Actions" cell numbers several actions sharing a lead (PDF)

OUTCOME_MEASURES = {
    "Fewer women and girls experience violence and abuse": ("Incidents per 1,000", "11.2", "10"),
    "Women and children get the right support at the right time": (
        "Waiting time",
        "19 wks",
        "6 wks",
    ),
    "Women and children are safe in their homes": ("Repeat MARAC cases", "31%", "25%"),
    "Men who use violence are held to account": ("Programme completions", "42", "60"),
    "Services work together and learn": ("Staff trained", "1,100", "2,000"),
}


def outcome_rows(plan: dict) -> list[tuple[int, list[str]]]:
    """(outcome span on its first row else 0, cells) per row; a row per lead and timescale."""
    rows: list[tuple[int, list[str]]] = []
    for theme in plan["themes"]:
        for objective in theme["objectives"]:
            groups: list[list[dict]] = []
            for action in objective["actions"]:
                same = groups and (groups[-1][0]["leads"], groups[-1][0]["deadline_text"]) == (
                    action["leads"],
                    action["deadline_text"],
                )
                if same:
                    groups[-1].append(action)
                else:
                    groups.append([action])
            indicator, baseline, target = OUTCOME_MEASURES[objective["title"]]
            for number, group in enumerate(groups):
                listed = "<br/>".join(f"{n}. {escape(a['title'])}" for n, a in enumerate(group, 1))
                first = number == 0
                cells = [escape(objective["title"]) if first else "", indicator if first else ""]
                cells += [baseline if first else "", target if first else "", listed]
                cells += [escape(", ".join(group[0]["leads"])), group[0]["deadline_text"]]
                rows.append((len(groups) if first else 0, cells))
    return rows


def write_outcome_rows(plan: dict, path: Path) -> None:
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4, landscape
    from reportlab.lib.styles import getSampleStyleSheet
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Table, TableStyle

    styles = getSampleStyleSheet()
    body = styles["BodyText"]
    header = ["Outcome", "Indicator", "Baseline", "Target", "Actions", "Lead", "Timescale"]
    data = [[Paragraph(f"<b>{h}</b>", body) for h in header]]
    commands = [("GRID", (0, 0), (-1, -1), 0.5, colors.black), ("VALIGN", (0, 0), (-1, -1), "TOP")]
    for span, cells in outcome_rows(plan):
        if span > 1:
            for column in range(4):
                commands.append(("SPAN", (column, len(data)), (column, len(data) + span - 1)))
        data.append([Paragraph(c, body) for c in cells])
    width = landscape(A4)[0] - 72
    shares = (0.16, 0.1, 0.07, 0.07, 0.36, 0.13, 0.11)
    table = Table(data, colWidths=[width * s for s in shares], repeatRows=1)
    table.setStyle(TableStyle(commands))
    story = [Paragraph(escape(plan["title"]), styles["Title"]), table]
    SimpleDocTemplate(str(path), pagesize=landscape(A4), title=plan["title"]).build(story)


# A council web page copied whole: menu, breadcrumb, headings, tab tables, footer (text)


def web_page_text(plan: dict) -> str:
    out = [
        "Skip to main content",
        "Denholme Borough Council",
        "Search",
        "Menu",
        "Home > Community safety > Domestic abuse > Action plan",
        "",
        plan["title"],
        "",
        "Last updated: 3 February 2026",
        "",
        "The Safer Denholme Partnership agreed this action plan in January. It is grouped under "
        "the three Ps of the strategy.",
        "",
    ]
    for theme in plan["themes"]:
        out += [theme["title"], "", "Ref\tAction\tLead\tWhen"]
        for action in theme_actions(plan, theme):
            cells = [action["ref"], action["title"], ", ".join(action["leads"])]
            out.append("\t".join([*cells, action["deadline_text"]]))
        out.append("")
    out += [
        "Was this page helpful?",
        "Yes No",
        "Contact us  Accessibility  Cookies  Privacy",
        "© Denholme Borough Council",
    ]
    return "\n".join(out) + "\n"


# Each action's update in a row of its own beneath it, merged across (Excel)


def write_update_rows(plan: dict, path: Path) -> None:
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = "Tracker"
    sheet.append([plan["title"]])
    sheet["A1"].font = Font(bold=True, size=13)
    sheet.append(["Ref", "Action", "Lead", "Due", "RAG"])
    for cell in sheet[2]:
        cell.font = Font(bold=True)
    for theme in plan["themes"]:
        sheet.append([f"{theme['ref']}. {theme['title']}"])
        sheet.cell(row=sheet.max_row, column=1).font = Font(bold=True, size=12)
        for action in theme_actions(plan, theme):
            sheet.append(
                [
                    action["ref"],
                    action["title"],
                    ", ".join(action["leads"]),
                    action["deadline_text"],
                    action["status_text"],
                ]
            )
            sheet.cell(row=sheet.max_row, column=5).fill = fill(LETTER_FILLS[action["status_text"]])
            sheet.append([None, f"Update: {action['progress_text']}"])
            row = sheet.max_row
            sheet.merge_cells(start_row=row, start_column=2, end_row=row, end_column=5)
            sheet.cell(row=row, column=2).font = Font(italic=True)
    sheet.column_dimensions["B"].width = 70
    book.save(path)


# A Gantt-style plan: an X under each quarter of the work, no deadline column (Excel)

GANTT_QUARTERS = [f"Q{q} {year}" for year in ("26/27", "27/28") for q in (1, 2, 3, 4)]


def gantt_marks(ref: str) -> list[str | None]:
    """A run of quarters for each action, varied by its number (start and length)."""
    number = int(ref[1:])
    letter = "ABCD".index(ref[0])
    start = (number + letter) % 4
    length = 2 + (number * 3 + letter) % 5
    return ["X" if start <= q < start + length else None for q in range(len(GANTT_QUARTERS))]


def write_gantt(plan: dict, path: Path) -> None:
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = "Delivery plan"
    sheet.append([plan["title"]])
    sheet["A1"].font = Font(bold=True, size=13)
    sheet.append(["Ref", "Action", "Lead", *GANTT_QUARTERS])
    for cell in sheet[2]:
        cell.font = Font(bold=True)
    for theme in plan["themes"]:
        sheet.append([f"{theme['ref']}: {theme['title']}"])
        sheet.cell(row=sheet.max_row, column=1).font = Font(bold=True)
        for action in theme_actions(plan, theme):
            marks = gantt_marks(action["ref"])
            sheet.append([action["ref"], action["title"], ", ".join(action["leads"]), *marks])
            for offset, mark in enumerate(marks):
                if mark:
                    sheet.cell(row=sheet.max_row, column=4 + offset).fill = fill("9BC2E6")
    sheet.column_dimensions["B"].width = 60
    book.save(path)


# The lead in brackets at the end of each action's text, no lead column (Word)


def write_lead_in_text(plan: dict, path: Path) -> None:
    document = new_word(plan)
    document.add_paragraph(
        "The lead organisation for each action is shown in brackets. Timescales are for the "
        "2026/27 year."
    )
    for theme in plan["themes"]:
        document.add_paragraph(theme["title"], style="Heading 2")
        table = document.add_table(rows=1, cols=2)
        table.style = "Table Grid"
        bold_cell(table.rows[0].cells[0], "Action")
        bold_cell(table.rows[0].cells[1], "Timescale")
        for action in theme_actions(plan, theme):
            cells = table.add_row().cells
            leads = " and ".join(action["leads"])
            cells[0].text = f"{action['title']} ({leads})"
            cells[1].text = action["deadline_text"]
        column_widths(table, (5.0, 1.5))
    document.save(path)


# A system export as tab-separated text with snake_case column names and ISO dates (text)


def system_export_text(plan: dict) -> str:
    out = ["action_id\tworkstream_code\taction_title\towner_org\tdue_date\trag_status\tlast_update"]
    for theme in plan["themes"]:
        for action in theme_actions(plan, theme):
            cells = [action["ref"], f"{theme['ref']} {theme['title']}", action["title"]]
            cells += [", ".join(action["leads"]), action["deadline_text"]]
            cells += [action["status_text"], action["progress_text"] or ""]
            out.append("\t".join(cells))
    return "\n".join(out) + "\n"


# Structure only by the depth of the refs: 1, 1.1, 1.1.1 (Excel)


def write_ref_depth(plan: dict, path: Path) -> None:
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = "Action plan"
    sheet.append(["Ref", "Description", "Lead", "Target date"])
    for theme in plan["themes"]:
        sheet.append([theme["ref"], theme["title"]])
        for number, objective in enumerate(theme["objectives"], start=1):
            sheet.append([f"{theme['ref']}.{number}", objective["title"]])
            for action in objective["actions"]:
                sheet.append(
                    [
                        action["ref"],
                        action["title"],
                        ", ".join(action["leads"]),
                        action["deadline_text"],
                    ]
                )
    sheet.column_dimensions["B"].width = 70
    book.save(path)


# A strategy set in two newspaper columns (PDF)


def write_two_column_pdf(plan: dict, path: Path) -> None:
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import getSampleStyleSheet
    from reportlab.platypus import BaseDocTemplate, Frame, PageTemplate, Paragraph

    styles = getSampleStyleSheet()
    body = styles["BodyText"]
    width, height = A4
    gap, margin = 18, 40
    column = (width - 2 * margin - gap) / 2
    frames = [
        Frame(margin, margin, column, height - 2 * margin, id="left"),
        Frame(margin + column + gap, margin, column, height - 2 * margin, id="right"),
    ]
    document = BaseDocTemplate(str(path), pagesize=A4, title=plan["title"])
    document.addPageTemplates([PageTemplate(id="two", frames=frames)])
    story = [
        Paragraph(escape(plan["title"]), styles["Heading1"]),
        Paragraph(
            "Domestic abuse harms one in five people in Northbrook at some point in their lives. "
            "This strategy says what partners will do together over the next three years.",
            body,
        ),
    ]
    for theme in plan["themes"]:
        story.append(Paragraph(escape(f"{theme['ref']}: {theme['title']}"), styles["Heading2"]))
        story.append(Paragraph("<b>We will:</b>", body))
        for action in theme_actions(plan, theme):
            lead = ", ".join(action["leads"])
            text = f"• {escape(action['title'])} ({escape(lead)}, {action['deadline_text']})"
            story.append(Paragraph(text, body))
    document.build(story)


# The theme and the objective both merged down the first two columns (Word)


def write_two_merged_word(plan: dict, path: Path) -> None:
    document = new_word(plan, landscape=True)
    header = ["Theme", "Objective", "Action", "Outcome", "Lead", "By"]
    table = document.add_table(rows=1, cols=len(header))
    table.style = "Table Grid"
    for cell, text in zip(table.rows[0].cells, header, strict=True):
        bold_cell(cell, text)
    outcomes = iter(stand_in.TWO_MERGED_OUTCOMES * 2)
    for theme in plan["themes"]:
        theme_start = len(table.rows)
        for objective in theme["objectives"]:
            objective_start = len(table.rows)
            for action in objective["actions"]:
                cells = table.add_row().cells
                values = [action["title"], next(outcomes), ", ".join(action["leads"])]
                values.append(action["deadline_text"])
                for cell, text in zip(cells[2:], values, strict=True):
                    cell.text = text
            top = table.rows[objective_start].cells[1].merge(table.rows[-1].cells[1])
            top.text = objective["title"]
        top = table.rows[theme_start].cells[0].merge(table.rows[-1].cells[0])
        bold_cell(top, theme["title"])
    column_widths(table, (1.1, 1.8, 2.6, 1.8, 1.2, 0.9))
    document.save(path)


# Leads spread over "Lead 1", "Lead 2", "Lead 3" columns (Excel)


def write_lead_columns(plan: dict, path: Path) -> None:
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = "Tracker"
    sheet.append(["Ref", "Theme", "Action", "Lead 1", "Lead 2", "Lead 3", "Due", "Status"])
    for cell in sheet[1]:
        cell.font = Font(bold=True)
    for theme, _o, _i, action in each_action(plan):
        leads = (action["leads"] + [None, None, None])[:3]
        sheet.append(
            [
                action["ref"],
                theme["title"],
                action["title"],
                *leads,
                action["deadline_text"],
                action["status_text"],
            ]
        )
    sheet.column_dimensions["C"].width = 60
    book.save(path)


# A "Lead officer and contact" column: name, job title and email address (Word)


def email(person: str) -> str:
    first, last = person.lower().split(" ", 1)
    return f"{first}.{last.replace(' ', '')}@redwater.example.gov.uk"


def write_contacts(plan: dict, path: Path) -> None:
    document = new_word(plan)
    header = ["Ref", "Action", "Lead officer and contact", "Target"]
    for theme in plan["themes"]:
        document.add_paragraph(f"{theme['ref']}: {theme['title']}", style="Heading 2")
        table = document.add_table(rows=1, cols=len(header))
        table.style = "Table Grid"
        for cell, text in zip(table.rows[0].cells, header, strict=True):
            bold_cell(cell, text)
        for action in theme_actions(plan, theme):
            person, role = people(action)[0], agencies(action)[0]
            cells = table.add_row().cells
            cells[0].text, cells[1].text = action["ref"], action["title"]
            cells[2].text = f"{person}, {role}"
            cells[2].add_paragraph(email(person))
            cells[3].text = action["deadline_text"]
        column_widths(table, (0.5, 3.0, 2.2, 0.8))
    document.save(path)


# The stand-in set


def text_writer(function: Callable[[dict], str]) -> Callable[[dict, Path], None]:
    def write_text(plan: dict, path: Path) -> None:
        path.write_text(function(plan))

    return write_text


STAND_IN: dict[str, tuple[str, list[tuple[str, Writer]]]] = {
    "two_row_header": (stand_in.TWO_ROW_HEADER, [("plan.xlsx", write_two_row_header)]),
    "question_headers": (
        stand_in.QUESTION_HEADERS,
        [("plan.pdf", write_question_pdf), ("plan.docx", write_question_docx)],
    ),
    "dhr_template": (
        stand_in.DHR_TEMPLATE,
        [("plan.docx", write_dhr_docx), ("plan.pdf", write_dhr_pdf)],
    ),
    "bilingual_welsh": (
        stand_in.BILINGUAL_WELSH,
        [("plan.docx", write_bilingual_docx), ("plan.pdf", write_bilingual_pdf)],
    ),
    "headings_bullets": (stand_in.HEADINGS_BULLETS, [("plan.docx", write_headings_bullets)]),
    "pdf_copy": (stand_in.PDF_COPY, [("plan.txt", text_writer(pdf_copy_text))]),
    "two_tables": (
        stand_in.TWO_TABLES,
        [("plan.docx", write_two_tables), ("plan.pdf", saved_as_pdf("plan.docx"))],
    ),
    "cells_per_line": (stand_in.CELLS_PER_LINE, [("plan.txt", text_writer(cells_per_line_text))]),
    "marac_development": (stand_in.MARAC_DEVELOPMENT, [("plan.xlsx", write_marac)]),
    "national_pillars": (stand_in.NATIONAL_PILLARS, [("plan.pdf", write_national_pdf)]),
    "key_value_tables": (stand_in.KEY_VALUE_TABLES, [("plan.docx", write_key_value_tables)]),
    "wiki_pipe": (stand_in.WIKI_PIPE, [("plan.md", text_writer(wiki_pipe_text))]),
    "sharepoint_export": (stand_in.SHAREPOINT_EXPORT, [("plan.xlsx", write_sharepoint)]),
    "colour_rag_word": (
        stand_in.COLOUR_RAG_WORD,
        [("plan.docx", write_colour_rag_word), ("plan.pdf", saved_as_pdf("plan.docx"))],
    ),
    "banner_tables": (stand_in.BANNER_TABLES, [("plan.docx", write_banner_tables)]),
    "merged_across": (stand_in.MERGED_ACROSS, [("plan.xlsx", write_merged_across)]),
    "strategy_appendix": (
        stand_in.STRATEGY_APPENDIX,
        [("plan.docx", write_strategy_appendix), ("plan.pdf", saved_as_pdf("plan.docx"))],
    ),
    "ni_departments": (
        stand_in.DEPARTMENTS,
        [("plan.pdf", write_departments_pdf), ("copied.txt", write_departments_copy)],
    ),
    "tracked_changes": (stand_in.TRACKED_CHANGES, [("plan.docx", write_tracked_changes)]),
    "who_cell": (
        stand_in.WHO_CELL,
        [("plan.docx", write_who_cell), ("plan.pdf", saved_as_pdf("plan.docx"))],
    ),
    "word_paste": (stand_in.WORD_PASTE, [("plan.txt", text_writer(word_paste_text))]),
    "split_rows": (stand_in.SPLIT_ROWS, [("plan.pdf", write_split_rows)]),
    "lead_marker": (stand_in.LEAD_MARKER, [("plan.xlsx", write_lead_marker)]),
    "sheet_per_quarter": (stand_in.SHEET_PER_QUARTER, [("plan.xlsx", write_sheet_per_quarter)]),
    "us_ccr": (
        stand_in.US_CCR,
        [("plan.docx", write_us_ccr), ("plan.pdf", saved_as_pdf("plan.docx"))],
    ),
    "plan_on_a_page": (stand_in.PLAN_ON_A_PAGE, [("plan.pdf", write_plan_on_a_page)]),
    "continued": (
        stand_in.CONTINUED,
        [("plan.docx", write_continued_docx), ("plan.pdf", write_continued_pdf)],
    ),
    "nested_tables": (stand_in.NESTED, [("plan.docx", write_nested)]),
    "tick_columns": (stand_in.TICK_COLUMNS, [("plan.xlsx", write_tick_columns)]),
    "tabs_only": (stand_in.TABS_ONLY, [("plan.xlsx", write_tabs_only)]),
    "numbered_list": (stand_in.NUMBERED_LIST, [("plan.docx", write_numbered_list)]),
    "cabinet_report": (
        stand_in.CABINET_REPORT,
        [("plan.docx", write_cabinet_report), ("plan.pdf", saved_as_pdf("plan.docx"))],
    ),
    "outcome_rows": (stand_in.OUTCOME_ROWS, [("plan.pdf", write_outcome_rows)]),
    "web_page": (stand_in.WEB_PAGE, [("pasted.txt", text_writer(web_page_text))]),
    "update_rows": (stand_in.UPDATE_ROWS, [("plan.xlsx", write_update_rows)]),
    "gantt": (stand_in.GANTT, [("plan.xlsx", write_gantt)]),
    "lead_in_text": (stand_in.LEAD_IN_TEXT, [("plan.docx", write_lead_in_text)]),
    "system_export": (stand_in.SYSTEM_EXPORT, [("export.txt", text_writer(system_export_text))]),
    "ref_depth": (stand_in.REF_DEPTH, [("plan.xlsx", write_ref_depth)]),
    "two_column_pdf": (stand_in.TWO_COLUMN_PDF, [("plan.pdf", write_two_column_pdf)]),
    "two_merged_word": (stand_in.TWO_MERGED_WORD, [("plan.docx", write_two_merged_word)]),
    "lead_columns": (stand_in.LEAD_COLUMNS, [("plan.xlsx", write_lead_columns)]),
    "contacts": (stand_in.CONTACTS, [("plan.docx", write_contacts)]),
    "long_county": (
        stand_in.LONG_PLAN,
        [("plan.xlsx", write_long_xlsx), ("plan.pdf", write_long_pdf)],
    ),
}
"""Folder name -> (the plan's outline, the documents written from it)."""


def render_stand_in(only: str | None = None) -> None:
    for name, (outline, writers) in STAND_IN.items():
        if only and name != only:
            continue
        truth = stand_in.parse_outline(outline)
        folder = HERE / name
        write(folder, truth, {})
        for filename, writer in writers:
            writer(truth, folder / filename)


if __name__ == "__main__":
    render_stand_in(sys.argv[1] if len(sys.argv) > 1 else None)
