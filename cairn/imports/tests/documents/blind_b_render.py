"""Write the second blind set's batch B documents (see `blind_b.py`) from their truths.

    .venv/bin/python -m cairn.imports.tests.documents.blind_b_render [NAME]

Run once; the documents are committed, so the tests only parse them. As in
`blind_render.py`, PDFs "saved from Word" need LibreOffice Writer at render time only.
"""

from __future__ import annotations

import datetime as dt
import sys
import textwrap
from pathlib import Path
from xml.sax.saxutils import escape

import openpyxl
from docx.enum.section import WD_SECTION
from docx.shared import Pt
from openpyxl.styles import Alignment, Font

from cairn.imports.tests.documents import blind_b
from cairn.imports.tests.documents.blind_render import (
    colour,
    header_row,
    heading,
    render_blind,
    word_rows,
)
from cairn.imports.tests.documents.render import bold_cell, new_word, shade
from cairn.imports.tests.documents.stand_in_render import (
    Writer,
    agencies,
    column_widths,
    fill,
    people,
    saved_as_pdf,
    text_writer,
    theme_actions,
)


def table_of(document, header: list[str], rows: list[list[str]], shading: str | None = None):
    table = document.add_table(rows=1, cols=len(header))
    table.style = "Table Grid"
    header_row(table, header, shading)
    word_rows(table, rows)
    return table


# The priority only in each section's page header (Word)


def write_page_header_themes(plan: dict, path: Path) -> None:
    document = new_word(plan)
    document.sections[0].header.paragraphs[0].text = "Greyholt DASV Partnership"
    document.add_paragraph(
        "This plan turns the four Ps of the strategy into actions. Each section covers one "
        "priority; its name is at the top of each of its pages."
    )
    for theme in plan["themes"]:
        section = document.add_section(WD_SECTION.NEW_PAGE)
        section.header.is_linked_to_previous = False
        section.header.paragraphs[0].text = heading(theme)
        section.header.paragraphs[0].runs[0].bold = True
        rows = [
            [a["ref"], a["title"], ", ".join(a["leads"]), a["deadline_text"]]
            for a in theme_actions(plan, theme)
        ]
        table = table_of(document, ["Ref", "Action", "Lead", "Timescale"], rows, "D9D9D9")
        column_widths(table, (0.6, 3.6, 1.4, 1.1))
    document.save(path)


# A caption above each table and a list of tables (Word)


def write_caption_themes(plan: dict, path: Path) -> None:
    document = new_word(plan)
    document.add_paragraph("List of tables", style="Heading 1")
    captions = [f"Table {n}: {heading(t, ' – ')}" for n, t in enumerate(plan["themes"], start=1)]
    for number, caption in enumerate(captions, start=3):
        document.add_paragraph(f"{caption}\t{number}")
    document.add_paragraph("Introduction", style="Heading 1")
    document.add_paragraph(
        "The partnership agreed four priorities after hearing from more than 900 women and "
        "girls. The tables below set out the actions for each, the lead and the year."
    )
    for caption, theme in zip(captions, plan["themes"], strict=True):
        document.add_paragraph(caption, style="Caption")
        rows = [
            [a["title"], " / ".join(a["leads"]), a["deadline_text"]]
            for a in theme_actions(plan, theme)
        ]
        table = table_of(document, ["Action", "Lead", "Year"], rows)
        column_widths(table, (4.0, 1.7, 0.8))
        document.add_paragraph()
    document.save(path)


# A designed PDF: the theme up the left edge, no grid, RAG as a dot (drawn)

DOT = {"Green": "#00A651", "Amber": "#F7A600", "Red": "#E2001A"}
COLUMNS = [("Action", 120, 360), ("Lead organisation", 490, 170), ("Target", 670, 80)]


def designed_rows(canvas, plan: dict, theme: dict, top: float) -> None:
    from reportlab.lib.utils import simpleSplit

    y = top
    for number, action in enumerate(theme_actions(plan, theme)):
        cells = [action["title"], " & ".join(action["leads"]), action["deadline_text"]]
        wrapped = [
            simpleSplit(text, "Helvetica", 10, width - 8)
            for text, (_name, _x, width) in zip(cells, COLUMNS, strict=True)
        ]
        height = 14 * max(len(w) for w in wrapped) + 8
        if number % 2:
            canvas.setFillColor("#EEF3FA")
            canvas.rect(110, y - height, 700, height, stroke=0, fill=1)
        canvas.setFillColor("#222222")
        canvas.setFont("Helvetica", 10)
        for lines, (_name, x, _width) in zip(wrapped, COLUMNS, strict=True):
            for index, line in enumerate(lines):
                canvas.drawString(x, y - 14 - index * 14, line)
        canvas.setFillColor(DOT[action["status_text"]])
        canvas.circle(780, y - 11, 5, stroke=0, fill=1)
        y -= height


def designed_page(canvas, plan: dict, theme: dict) -> None:
    from reportlab.lib.pagesizes import A4, landscape

    width, height = landscape(A4)
    canvas.setFillColor("#0B3C5D")
    canvas.rect(0, 0, 80, height, stroke=0, fill=1)
    canvas.saveState()
    canvas.translate(50, 60)
    canvas.rotate(90)
    canvas.setFillColor("#FFFFFF")
    canvas.setFont("Helvetica-Bold", 26)
    canvas.drawString(0, 0, theme["title"].upper())
    canvas.restoreState()
    canvas.setFillColor("#0B3C5D")
    canvas.setFont("Helvetica", 9)
    canvas.drawString(110, height - 30, plan["title"])
    canvas.rect(110, height - 80, 700, 24, stroke=0, fill=1)
    canvas.setFillColor("#FFFFFF")
    canvas.setFont("Helvetica-Bold", 11)
    for name, x, _width in COLUMNS:
        canvas.drawString(x, height - 72, name)
    canvas.drawString(762, height - 72, "RAG")
    designed_rows(canvas, plan, theme, height - 80)
    canvas.setFillColor("#666666")
    canvas.setFont("Helvetica", 8)
    canvas.drawString(110, 24, "Key: green, on track; amber, some risk; red, off track")
    canvas.drawRightString(width - 30, 24, "westmarch.gov.uk/domesticabuse")


def write_designed_pdf(plan: dict, path: Path) -> None:
    from reportlab.lib.pagesizes import A4, landscape
    from reportlab.pdfgen.canvas import Canvas

    canvas = Canvas(str(path), pagesize=landscape(A4))
    canvas.setTitle(plan["title"])
    for theme in plan["themes"]:
        designed_page(canvas, plan, theme)
        canvas.showPage()
    canvas.save()


# A Markdown task list


def task_list_text(plan: dict) -> str:
    lines = [
        f"# {plan['title']}",
        "",
        "Last edited by Nadia Kerr, 21 Oct 2025. Tick items off as they are done.",
        "",
    ]
    for theme in plan["themes"]:
        lines += [f"## {theme['title']}", ""]
        for action in theme_actions(plan, theme):
            done = action["status_text"] == "Done"
            owners = " ".join(f"@{p}" for p in action["leads"])
            box = "[x]" if done else "[ ]"
            lines.append(f"- {box} {action['title']} — {owners} — due {action['deadline_text']}")
            for number, milestone in enumerate(action["milestones"]):
                ticked = done or number == 0
                lines.append(f"    - [{'x' if ticked else ' '}] {milestone['title']}")
        lines.append("")
    return "\n".join(lines)


# The theme in the last column, the table from column C under a logo block (Excel)


def write_theme_last_column(plan: dict, path: Path) -> None:
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = "Tracker"
    sheet["C1"], sheet["C2"] = "RIVERMEAD SAFER PARTNERSHIP", plan["title"]
    sheet["C1"].font, sheet["C2"].font = Font(bold=True, size=16), Font(bold=True, size=12)
    sheet["C3"] = "Filter by strategic aim using the arrow in the last column."
    header = ["Ref", "Action", "Lead", "Target date", "Status", "Strategic aim"]
    for offset, text in enumerate(header):
        cell = sheet.cell(row=5, column=3 + offset, value=text)
        cell.font, cell.fill = Font(bold=True, color="FFFFFF"), fill("305496")
    row = 6
    for theme in plan["themes"]:
        for action in theme_actions(plan, theme):
            lead = f"{people(action)[0]} ({agencies(action)[0]})"
            due = dt.datetime.strptime(action["deadline_text"], "%d/%m/%Y")
            values = [action["ref"], action["title"], lead, due, action["status_text"]]
            for offset, value in enumerate([*values, heading(theme, " - ")]):
                sheet.cell(row=row, column=3 + offset, value=value)
            sheet.cell(row=row, column=6).number_format = "dd/mm/yyyy"
            row += 1
    sheet.freeze_panes = "E6"
    sheet.auto_filter.ref = f"C5:H{row - 1}"
    for letter, width in zip("ABCDEFGH", (2, 2, 10, 60, 28, 12, 12, 48), strict=True):
        sheet.column_dimensions[letter].width = width
    book.save(path)


# A board report: a RAG summary, an exceptions table, then the full plan (Word)


def exception_tables(document, actions: list[dict]) -> None:
    counts = {word: sum(a["status_text"] == word for a in actions) for word in DOT}
    document.add_paragraph("2. Summary of progress", style="Heading 2")
    rows = [[word, str(count)] for word, count in counts.items()]
    table_of(document, ["RAG status", "Number of actions"], rows + [["Total", str(len(actions))]])
    document.add_paragraph("3. Exceptions", style="Heading 2")
    document.add_paragraph("Actions rated red or amber this quarter, with the reason:")
    rows = [
        [a["ref"], a["title"], a["leads"][0], a["status_text"], a["progress_text"]]
        for a in actions
        if a["status_text"] in ("Red", "Amber")
    ]
    table = table_of(document, ["Ref", "Action", "Lead", "RAG", "Reason and mitigation"], rows)
    column_widths(table, (0.4, 2.8, 1.2, 0.6, 1.6))
    for row in table.rows[1:]:
        shade(row.cells[3], colour(row.cells[3].text) or "FFFFFF")


def write_exception_report(plan: dict, path: Path) -> None:
    document = new_word(plan)
    actions = [a for t in plan["themes"] for a in theme_actions(plan, t)]
    document.add_paragraph("1. Purpose", style="Heading 2")
    document.add_paragraph(
        "To update the Board on progress against the action plan at the end of Quarter 2 and "
        "to ask it to note the exceptions below."
    )
    exception_tables(document, actions)
    document.add_paragraph("Appendix: full action plan", style="Heading 1")
    header = ["Ref", "Action", "Lead", "Due", "RAG", "Q2 update"]
    table = table_of(document, header, [], "D9D9D9")
    for theme in plan["themes"]:
        merged = table.add_row().cells[0].merge(table.rows[-1].cells[-1])
        bold_cell(merged, heading(theme))
        for a in theme_actions(plan, theme):
            values = [a["ref"], a["title"], a["leads"][0], a["deadline_text"], a["status_text"]]
            word_rows(table, [values + [a["progress_text"]]])
            shade(table.rows[-1].cells[4], colour(a["status_text"]) or "FFFFFF")
    column_widths(table, (0.4, 2.6, 1.2, 0.7, 0.6, 1.6))
    document.save(path)


# Blocks by year on one sheet, the theme a column (Excel)

YEARS = {year: f"Year {n} ({year})" for n, year in enumerate(["2025/26", "2026/27", "2027/28"], 1)}


def write_year_blocks(plan: dict, path: Path) -> None:
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = "Delivery plan"
    sheet.append([plan["title"]])
    sheet["A1"].font = Font(bold=True, size=14)
    rows = [(t["title"], a) for t in plan["themes"] for a in theme_actions(plan, t)]
    for year, label in YEARS.items():
        sheet.append([])
        sheet.append([label])
        sheet.cell(row=sheet.max_row, column=1).font = Font(bold=True, size=12)
        sheet.append(["Priority", "Action", "Lead", "When"])
        for cell in sheet[sheet.max_row]:
            cell.font, cell.fill = Font(bold=True), fill("FCE4D6")
        for theme_title, a in rows:
            if a["deadline_text"].endswith(year):
                leads = " and ".join(a["leads"])
                sheet.append([theme_title, a["title"], leads, a["deadline_text"]])
                for cell in sheet[sheet.max_row]:
                    cell.alignment = Alignment(wrap_text=True, vertical="top")
    for letter, width in zip("ABCD", (28, 70, 36, 12), strict=True):
        sheet.column_dimensions[letter].width = width
    book.save(path)


# One row per priority, actions, leads and dates as lists side by side (Word)


def listed(cell, document, items: list[str]) -> None:
    for number, item in enumerate(items):
        paragraph = cell.paragraphs[0] if number == 0 else cell.add_paragraph()
        paragraph.text = item
        paragraph.style = document.styles["List Bullet"]


def write_parallel_lists(plan: dict, path: Path) -> None:
    document = new_word(plan, landscape=True)
    document.add_paragraph(
        "The Board will review this plan every six months. Leads and dates are listed in the "
        "same order as the actions."
    )
    table = table_of(document, ["Priority", "Actions", "Lead", "When"], [], "DDEBF7")
    for theme in plan["themes"]:
        cells = table.add_row().cells
        cells[0].text = theme["ref"]
        cells[0].add_paragraph(theme["title"]).runs[0].bold = True
        actions = theme_actions(plan, theme)
        listed(cells[1], document, [a["title"] for a in actions])
        listed(cells[2], document, [", ".join(a["leads"]) for a in actions])
        listed(cells[3], document, [a["deadline_text"] for a in actions])
    column_widths(table, (1.5, 4.4, 2.0, 1.2))
    document.save(path)


# A US grant logic model (Word)

LOGIC_HEADER = ["Inputs", "Activities", "Responsible", "Timeline", "Outputs"]
LOGIC_HEADER.append("Short-term outcomes")
INPUTS = [
    "OVW grant: 1.0 FTE bilingual advocate; 0.5 FTE project director",
    "OVW grant: prosecutor training; court coordinator; in-kind judicial time",
    "OVW grant: evaluator contract; CCR team members' time",
]


def write_logic_model(plan: dict, path: Path) -> None:
    document = new_word(plan, landscape=True)
    document.add_paragraph("Project period: October 1, 2025 - September 30, 2028 (36 months).")
    table = table_of(document, LOGIC_HEADER, [], "E7E6E6")
    for theme, inputs in zip(plan["themes"], INPUTS, strict=True):
        merged = table.add_row().cells[0].merge(table.rows[-1].cells[-1])
        bold_cell(merged, heading(theme))
        first = len(table.rows)
        for action in theme_actions(plan, theme):
            values = ["", action["title"], "; ".join(action["leads"]), action["deadline_text"]]
            word_rows(table, [values + ["Number served", "Increased safety and trust"]])
        top = table.rows[first].cells[0].merge(table.rows[-1].cells[0])
        top.text = inputs
    column_widths(table, (1.6, 2.8, 1.5, 0.9, 1.1, 1.3))
    document.save(path)


# A heading per action in Markdown


def heading_per_action_text(plan: dict) -> str:
    lines = [f"# {plan['title']}", "", "Progress as reported to Overview and Scrutiny.", ""]
    for theme in plan["themes"]:
        lines += [f"## {theme['ref']}. {theme['title']}", ""]
        for action in theme_actions(plan, theme):
            lines += [
                f"### {action['ref']} {action['title']}",
                "",
                f"- **Lead:** {' and '.join(action['leads'])}",
                f"- **Due:** {action['deadline_text']}",
                f"- **Status:** {action['status_text']}",
                "",
                "Why this matters: women told us this would make the most difference.",
                "",
            ]
    return "\n".join(lines)


# An action merged down over a row per milestone (Excel)

MILESTONE_HEADER = ["No.", "Action", "Lead", "Milestone", "Milestone date", "Target date", "RAG"]


def milestone_block(sheet, action: dict) -> None:
    first = sheet.max_row + 1
    for index, milestone in enumerate(action["milestones"]):
        values = [action["ref"], action["title"], ", ".join(action["leads"])]
        values = values if index == 0 else [None, None, None]
        later = [action["deadline_text"], action["status_text"]] if index == 0 else [None, None]
        sheet.append([*values, milestone["title"], milestone["due_text"], *later])
    last = sheet.max_row
    for column in (1, 2, 3, 6, 7):
        sheet.merge_cells(start_row=first, start_column=column, end_row=last, end_column=column)
        sheet.cell(row=first, column=column).alignment = Alignment(wrap_text=True, vertical="top")
    sheet.cell(row=first, column=7).fill = fill(colour(action["status_text"]) or "FFFFFF")


def write_merged_action_milestones(plan: dict, path: Path) -> None:
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = "DA Action Plan 26-27"
    sheet.append(MILESTONE_HEADER)
    for cell in sheet[1]:
        cell.font = Font(bold=True)
    for theme in plan["themes"]:
        sheet.append([theme["title"]])
        row = sheet.max_row
        sheet.merge_cells(start_row=row, start_column=1, end_row=row, end_column=7)
        sheet.cell(row=row, column=1).fill = fill("BFBFBF")
        for action in theme_actions(plan, theme):
            milestone_block(sheet, action)
    for letter, width in zip("ABCDEFG", (5, 50, 24, 32, 12, 12, 8), strict=True):
        sheet.column_dimensions[letter].width = width
    book.save(path)


# A national plan's web page copied as text


def gov_paste_text(plan: dict) -> str:
    lines = [
        "Skip to main content",
        "GOV.UK",
        "Home  Crime, justice and law  Domestic abuse",
        "Policy paper",
        plan["title"],
        "Updated 4 November 2025",
        "Contents",
    ]
    lines += [heading(t) for t in plan["themes"]]
    lines += [""]
    for theme in plan["themes"]:
        lines += [heading(theme), ""]
        lines += textwrap.wrap(
            "This chapter sets out the commitments the government has made and the progress"
            " made against each since the plan was published.",
            120,
        )
        lines.append("")
        for action in theme_actions(plan, theme):
            lines += [
                action["ref"],
                action["title"],
                "Lead department: " + ", ".join(action["leads"]),
                "Timing: " + action["deadline_text"],
                "",
            ]
    lines += ["Is this page useful?", "Yes  No", "Report a problem with this page"]
    return "\n".join(lines) + "\n"


# Numbered paragraphs with the lead in a "List Continue" paragraph (Word)


def write_list_continue(plan: dict, path: Path) -> None:
    document = new_word(plan)
    document.add_paragraph(
        "As a council we make the following commitments. Progress will be reported to Cabinet "
        "each year."
    )
    for theme in plan["themes"]:
        document.add_paragraph(theme["title"], style="Heading 1")
        for action in theme_actions(plan, theme):
            document.add_paragraph(action["title"], style="List Number")
            lead = ", ".join(action["leads"])
            note = document.add_paragraph(style="List Continue")
            run = note.add_run(f"Lead: {lead}. Timescale: {action['deadline_text']}.")
            run.italic, run.font.size = True, Pt(10)
    document.save(path)


# A draft with reviewers' comments in the margin (Word)

REVIEW_NOTES = {
    1: (0, "Is this all staff or only those on the phones? - JH"),
    3: (1, "Commissioning cannot fund this from the current budget; suggest the PCC. - RB"),
    4: (2, "Too late? The grant ends in December. - JH"),
    7: (1, "HMCTS is not a partnership member: can we name them as lead? - AK"),
}


def write_review_comments(plan: dict, path: Path) -> None:
    document = new_word(plan)
    document.add_paragraph("DRAFT v0.3 for comment by 14 November. Please use Word comments.")
    number = 0
    for theme in plan["themes"]:
        document.add_paragraph(theme["title"], style="Heading 2")
        rows = [
            [a["title"], ", ".join(a["leads"]), a["deadline_text"], ""]
            for a in theme_actions(plan, theme)
        ]
        table = table_of(document, ["Action", "Responsible", "Deadline", "Comments"], rows)
        for row in table.rows[1:]:
            if number in REVIEW_NOTES:
                column, text = REVIEW_NOTES[number]
                run = row.cells[column].paragraphs[0].runs[0]
                document.add_comment(run, text=text, author="Reviewer", initials="RV")
            number += 1
        column_widths(table, (3.2, 1.4, 1.0, 1.0))
    document.save(path)


# A template filled in through content controls (Word)

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
STATUSES = ["Not started", "On track", "Delayed", "Complete"]


def control(paragraph, text: str, tag: str, *, bold: bool = False, choices=()) -> None:
    """Put `text` in an inline content control (a structured document tag) at the end of the
    paragraph, as Word's template controls hold it; a drop-down when `choices` are given."""
    from docx.oxml import parse_xml

    items = "".join(f'<w:listItem w:displayText="{c}" w:value="{c}"/>' for c in choices)
    kind = f"<w:dropDownList>{items}</w:dropDownList>" if choices else "<w:text/>"
    weight = "<w:rPr><w:b/></w:rPr>" if bold else ""
    paragraph._p.append(
        parse_xml(
            f'<w:sdt xmlns:w="{W}"><w:sdtPr><w:alias w:val="{tag}"/><w:tag w:val="{tag}"/>'
            f"{kind}</w:sdtPr><w:sdtContent><w:r>{weight}"
            f'<w:t xml:space="preserve">{escape(text)}</w:t></w:r></w:sdtContent></w:sdt>'
        )
    )


def write_content_controls(plan: dict, path: Path) -> None:
    document = new_word(plan)
    document.add_paragraph("Complete one table per priority. Do not change the headings.")
    header = ["Action", "Lead agency", "Target date", "Status"]
    for theme in plan["themes"]:
        paragraph = document.add_paragraph()
        paragraph.add_run("Priority: ").bold = True
        control(paragraph, heading(theme), "Priority", bold=True)
        table = table_of(document, header, [], "DEEAF6")
        for a in theme_actions(plan, theme):
            cells = table.add_row().cells
            values = [a["title"], ", ".join(a["leads"]), a["deadline_text"]]
            for cell, text, tag in zip(cells, values, header, strict=False):
                control(cell.paragraphs[0], text, tag)
            control(cells[3].paragraphs[0], a["status_text"], "Status", choices=STATUSES)
        column_widths(table, (3.0, 1.6, 1.1, 0.9))
        document.add_paragraph()
    document.save(path)


# Tab-separated text saved by Notepad as Windows-1252 with CRLF line ends


def write_windows_text(plan: dict, path: Path) -> None:
    lines = [plan["title"], "", "Ref\tAction\tLead\tWhen"]
    for theme in plan["themes"]:
        lines.append(heading(theme, " – ") + "\t\t\t")
        for a in theme_actions(plan, theme):
            lines.append(
                "\t".join([a["ref"], a["title"], " & ".join(a["leads"]), a["deadline_text"]])
            )
    path.write_bytes(("\r\n".join(lines) + "\r\n").encode("cp1252"))


# A wide sheet printed to PDF across two pages of columns (drawn)

TILED_LEFT = [("Ref", 40), ("Objective", 230), ("Action", 470)]
TILED_RIGHT = [("Lead", 190), ("Partners", 170), ("Due", 60), ("RAG", 50), ("Update", 270)]


def tiled_rows(plan: dict) -> list[tuple[str | None, dict | None, str]]:
    """(banner, None, "") rows and (None, action, objective) rows, in order."""
    rows: list[tuple[str | None, dict | None, str]] = []
    for theme in plan["themes"]:
        rows.append((heading(theme), None, ""))
        for objective, actions in [(o, o["actions"]) for o in theme["objectives"]]:
            rows += [(None, action, objective["title"]) for action in actions]
    return rows


def tiled_cells(row, right: bool) -> list[str]:
    banner, action, objective = row
    if action is None:
        return ["", "", "", "", ""] if right else [banner or "", "", ""]
    if not right:
        return [action["ref"], objective, action["title"]]
    leads, partners = ", ".join(action["leads"]), ", ".join(action["collaborators"])
    return [
        leads,
        partners,
        action["deadline_text"],
        action["status_text"],
        action["progress_text"],
    ]


def tiled_page(plan: dict, columns: list[tuple[str, int]], right: bool, page: int) -> list:
    from reportlab.lib import colors
    from reportlab.lib.styles import getSampleStyleSheet
    from reportlab.platypus import PageBreak, Paragraph, Table, TableStyle

    body = getSampleStyleSheet()["BodyText"].clone("small", fontSize=8, leading=9)
    rows = tiled_rows(plan)
    data = [[name for name, _width in columns]]
    data += [[Paragraph(escape(text), body) for text in tiled_cells(r, right)] for r in rows]
    table = Table(data, colWidths=[w for _n, w in columns], rowHeights=[14] + [30] * len(rows))
    commands = [
        ("GRID", (0, 0), (-1, -1), 0.25, colors.grey),
        ("FONTNAME", (0, 0), (-1, 0), "Helvetica-Bold"),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
    ]
    # a banner's text runs on over the empty cells to its right, as Excel prints it
    banners = [index for index, row in enumerate(rows, start=1) if row[1] is None]
    commands += [("SPAN", (0, i), (-1, i)) for i in banners if not right]
    table.setStyle(TableStyle(commands))
    return [Paragraph(f"Action Plan - page {page} of 2", body), table, PageBreak()]


def write_tiled_print(plan: dict, path: Path) -> None:
    from reportlab.lib.pagesizes import A4, landscape
    from reportlab.platypus import SimpleDocTemplate

    story = tiled_page(plan, TILED_LEFT, False, 1) + tiled_page(plan, TILED_RIGHT, True, 2)
    document = SimpleDocTemplate(str(path), pagesize=landscape(A4), title="Action Plan")
    document.leftMargin = document.rightMargin = 24
    document.topMargin = document.bottomMargin = 24
    document.build(story[:-1])


# Markdown holding the plan as a raw HTML table (rowspan, <br>, a <ul> in a cell)


def html_rows(plan: dict) -> list[str]:
    rows = []
    for theme in plan["themes"]:
        actions = theme_actions(plan, theme)
        for index, a in enumerate(actions):
            cells = (
                [f'<td rowspan="{len(actions)}">{escape(theme["title"])}</td>']
                if index == 0
                else []
            )
            steps = "".join(f"<li>{escape(m['title'])}</li>" for m in a["milestones"])
            cells += [
                f"<td>{a['ref']}</td>",
                f"<td>{escape(a['title'])}" + (f"<ul>{steps}</ul>" if steps else "") + "</td>",
                "<td>" + "<br>".join(escape(lead) for lead in a["leads"]) + "</td>",
                f"<td>{escape(a['deadline_text'])}</td>",
            ]
            rows.append("<tr>" + "".join(cells) + "</tr>")
    return rows


def html_table_text(plan: dict) -> str:
    header = "".join(f"<th>{name}</th>" for name in ["Theme", "No.", "Action", "Lead", "By"])
    return "\n".join(
        [
            "---",
            f'title: "{plan["title"]}"',
            "lang: en-GB",
            "---",
            "",
            f"# {plan['title']}",
            "",
            "*Mae'r ddogfen hon ar gael yn Gymraeg hefyd.* This document is also available in"
            " Welsh.",
            "",
            "<table>",
            f"<thead><tr>{header}</tr></thead>",
            "<tbody>",
            *html_rows(plan),
            "</tbody>",
            "</table>",
            "",
            "For more information contact the Regional VAWDASV Team.",
            "",
        ]
    )


BLIND_B: dict[str, tuple[str, list[tuple[str, Writer]]]] = {
    "page_header_themes": (
        blind_b.PAGE_HEADER_THEMES,
        [("plan.docx", write_page_header_themes), ("plan.pdf", saved_as_pdf("plan.docx"))],
    ),
    "caption_themes": (blind_b.CAPTION_THEMES, [("plan.docx", write_caption_themes)]),
    "designed_pdf": (blind_b.DESIGNED_PDF, [("plan.pdf", write_designed_pdf)]),
    "task_list_md": (blind_b.TASK_LIST_MD, [("actions.md", text_writer(task_list_text))]),
    "theme_last_column": (blind_b.THEME_LAST_COLUMN, [("tracker.xlsx", write_theme_last_column)]),
    "exception_report": (
        blind_b.EXCEPTION_REPORT,
        [("report.docx", write_exception_report), ("report.pdf", saved_as_pdf("report.docx"))],
    ),
    "year_blocks": (blind_b.YEAR_BLOCKS, [("plan.xlsx", write_year_blocks)]),
    "parallel_lists": (
        blind_b.PARALLEL_LISTS,
        [("plan.docx", write_parallel_lists), ("plan.pdf", saved_as_pdf("plan.docx"))],
    ),
    "logic_model": (blind_b.LOGIC_MODEL, [("plan.docx", write_logic_model)]),
    "heading_per_action": (
        blind_b.HEADING_PER_ACTION,
        [("plan.md", text_writer(heading_per_action_text))],
    ),
    "merged_action_milestones": (
        blind_b.MERGED_ACTION_MILESTONES,
        [("plan.xlsx", write_merged_action_milestones)],
    ),
    "gov_paste": (blind_b.GOV_PASTE, [("pasted.txt", text_writer(gov_paste_text))]),
    "review_comments": (blind_b.REVIEW_COMMENTS, [("draft.docx", write_review_comments)]),
    "content_controls": (
        blind_b.CONTENT_CONTROLS,
        [("plan.docx", write_content_controls), ("plan.pdf", saved_as_pdf("plan.docx"))],
    ),
    "windows_text": (blind_b.WINDOWS_TEXT, [("plan.txt", write_windows_text)]),
    "tiled_print": (blind_b.TILED_PRINT, [("printed.pdf", write_tiled_print)]),
    "html_table_md": (blind_b.HTML_TABLE_MD, [("page.md", text_writer(html_table_text))]),
    "list_continue": (
        blind_b.LIST_CONTINUE,
        [("plan.docx", write_list_continue), ("plan.pdf", saved_as_pdf("plan.docx"))],
    ),
}
"""Folder name -> (the plan's outline, the documents written from it): batch B."""


if __name__ == "__main__":
    render_blind(sys.argv[1] if len(sys.argv) > 1 else None, BLIND_B)
