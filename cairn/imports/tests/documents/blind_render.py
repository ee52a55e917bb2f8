"""Write the second blind stand-in set's documents (see `blind.py`) from their truths.

    .venv/bin/python -m cairn.imports.tests.documents.blind_render [NAME]

Run once; the documents are committed, so the tests only parse them. Each writer lays a plan
out the way that kind of file is laid out; the truth is the plan itself, so what a document
shows and what its truth says cannot drift apart. PDFs "saved from Word" need LibreOffice
Writer at render time (never at test time); the others are drawn with reportlab.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import sys
import textwrap
from pathlib import Path
from xml.sax.saxutils import escape

import openpyxl
from docx.oxml import parse_xml
from docx.shared import Inches, Pt, RGBColor
from openpyxl.styles import Alignment, Font

from cairn.imports.tests.documents import blind, stand_in
from cairn.imports.tests.documents.render import HERE, bold_cell, new_word, shade, write
from cairn.imports.tests.documents.stand_in_render import (
    Writer,
    agencies,
    column_widths,
    fill,
    people,
    repeat_header,
    saved_as_pdf,
    text_writer,
    theme_actions,
)

COLOURS = {
    "green": "00B050",
    "on track": "00B050",
    "complete": "0070C0",
    "completed": "0070C0",
    "blue": "0070C0",
    "amber": "FFC000",
    "at risk": "FFC000",
    "in progress": "FFC000",
    "ongoing": "FFC000",
    "delayed": "FF0000",
    "red": "FF0000",
    "not started": "BFBFBF",
}


def colour(status: str | None) -> str | None:
    return COLOURS.get((status or "").lower())


def heading(theme: dict, separator: str = ": ") -> str:
    return f"{theme['ref']}{separator}{theme['title']}" if theme["ref"] else theme["title"]


def objective_groups(theme: dict):
    """(objective, its actions) in order."""
    return [(o, o["actions"]) for o in theme["objectives"]]


def word_rows(table, rows: list[list[str]]) -> None:
    for values in rows:
        cells = table.add_row().cells
        for cell, text in zip(cells, values, strict=True):
            cell.text = text


def header_row(table, header: list[str], shading: str | None = None) -> None:
    row = table.rows[0]
    for cell, text in zip(row.cells, header, strict=True):
        bold_cell(cell, text)
        if shading:
            shade(cell, shading)
    repeat_header(row)


def bold_paragraph(document, text: str, size: int = 12) -> None:
    run = document.add_paragraph().add_run(text)
    run.bold, run.font.size = True, Pt(size)


# NHS trust: many columns, a "Current position" before the action, two leads (Word)

NHS_HEADER = [
    "No.",
    "Current position",
    "Action required",
    "Executive lead",
    "Operational lead",
    "Completion date",
    "Assurance / evidence",
    "RAG",
]
CURRENT = [
    "No named lead at board level; reported through the Chief Nurse's portfolio.",
    "Partly in place: covered in the annual safeguarding report only.",
    "Charter not yet signed; commitments drafted by the People directorate.",
    "The policy predates the Domestic Abuse Act 2021.",
    "Level 3 training is recommended but not mandatory; compliance 61%.",
    "Champions on 6 of 28 wards.",
]


def write_nhs_trust(plan: dict, path: Path) -> None:
    document = new_word(plan, landscape=True)
    document.add_paragraph(
        "This plan responds to the trust's self-assessment against the NHS England domestic "
        "abuse and sexual safety standards. It is monitored by the Safeguarding Committee."
    )
    number = 0
    for theme in plan["themes"]:
        bold_paragraph(document, heading(theme, " – "))
        table = document.add_table(rows=1, cols=len(NHS_HEADER))
        table.style = "Table Grid"
        header_row(table, NHS_HEADER, "DCE6F1")
        for action in theme_actions(plan, theme):
            executive, operational = action["leads"]
            cells = table.add_row().cells
            values = [
                action["ref"],
                CURRENT[number % len(CURRENT)],
                action["title"],
                executive,
                operational,
                action["deadline_text"],
                action["indicators"][0],
                action["status_text"],
            ]
            number += 1
            for cell, text in zip(cells, values, strict=True):
                cell.text = text
            shade(cells[-1], colour(action["status_text"]) or "FFFFFF")
        column_widths(table, (0.4, 1.6, 2.2, 1.0, 1.1, 0.8, 1.3, 0.7))
    document.save(path)


# DAHA accreditation: key block above the header, standard merged down, BRAG fill (Excel)

DAHA_HEADER = [
    "DAHA Standard",
    "Gap identified",
    "Action",
    "Owner",
    "Target Date",
    "Progress Notes",
    "BRAG",
]
GAPS = [
    "Not written down",
    "Practice varies between teams",
    "No target times",
    "Not recorded consistently",
    "Not in place",
    "Not checked",
]
KEY = [
    ("0070C0", "Complete and evidenced"),
    ("00B050", "On track"),
    ("FFC000", "Started, some risk to the date"),
    ("FF0000", "Not started or off track"),
]


def daha_key(sheet, plan: dict) -> None:
    sheet.append([plan["title"]])
    sheet["A1"].font = Font(bold=True, size=14)
    sheet.append(["Version 3 - updated 14/10/2025 for the accreditation visit"])
    sheet.append([])
    sheet.append(["BRAG key"])
    sheet.cell(row=sheet.max_row, column=1).font = Font(bold=True)
    for colour_code, meaning in KEY:
        sheet.append([None, meaning])
        sheet.cell(row=sheet.max_row, column=1).fill = fill(colour_code)
    sheet.append([])


def write_daha(plan: dict, path: Path) -> None:
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = "DAHA action plan"
    daha_key(sheet, plan)
    sheet.append(DAHA_HEADER)
    for cell in sheet[sheet.max_row]:
        cell.font, cell.fill = Font(bold=True, color="FFFFFF"), fill("7030A0")
    number = 0
    for theme in plan["themes"]:
        first = sheet.max_row + 1
        for action in theme_actions(plan, theme):
            due = dt.datetime.strptime(action["deadline_text"], "%d/%m/%Y")
            note = "Evidence filed" if action["status_text"] == "Blue" else "See update log"
            sheet.append(
                [
                    theme["title"],
                    GAPS[number % len(GAPS)],
                    action["title"],
                    " / ".join(action["leads"]),
                    due,
                    note,
                    None,
                ]
            )
            number += 1
            row = sheet.max_row
            sheet.cell(row=row, column=5).number_format = "dd/mm/yyyy"
            sheet.cell(row=row, column=7).fill = fill(colour(action["status_text"]) or "FFFFFF")
            for cell in sheet[row]:
                cell.alignment = Alignment(wrap_text=True, vertical="top")
        sheet.merge_cells(start_row=first, start_column=1, end_row=sheet.max_row, end_column=1)
    for letter, width in zip("ABCDEFG", (22, 22, 60, 30, 12, 24, 8), strict=True):
        sheet.column_dimensions[letter].width = width
    book.save(path)


# PCC: the slides of a board presentation saved as PDF (drawn)

SLIDE = (960.0, 540.0)
PURPLE = "#4B2C6F"


def slide_footer(canvas, number: int) -> None:
    canvas.setFont("Helvetica", 9)
    canvas.setFillColor("#666666")
    canvas.drawString(36, 20, "Office of the Police and Crime Commissioner for Thornmoor")
    canvas.drawRightString(SLIDE[0] - 36, 20, str(number))


def slide_title(canvas, text: str) -> None:
    canvas.setFillColor(PURPLE)
    canvas.rect(0, SLIDE[1] - 80, SLIDE[0], 80, stroke=0, fill=1)
    canvas.setFillColor("#FFFFFF")
    canvas.setFont("Helvetica-Bold", 24)
    canvas.drawString(36, SLIDE[1] - 52, text)


def theme_slide(canvas, plan: dict, theme: dict) -> None:
    from reportlab.lib import colors
    from reportlab.lib.styles import getSampleStyleSheet
    from reportlab.platypus import Paragraph, Table, TableStyle

    body = getSampleStyleSheet()["BodyText"]
    slide_title(canvas, heading(theme))
    canvas.setFillColor("#333333")
    canvas.setFont("Helvetica-Oblique", 13)
    canvas.drawString(36, SLIDE[1] - 110, "What we heard: " + CONTEXT[theme["ref"]])
    data = [["Our commitment", "Who leads", "By when"]]
    for action in theme_actions(plan, theme):
        data.append(
            [
                Paragraph(escape(action["title"]), body),
                Paragraph(escape(" and ".join(action["leads"])), body),
                Paragraph(escape(action["deadline_text"]), body),
            ]
        )
    table = Table(data, colWidths=[520, 220, 130])
    table.setStyle(
        TableStyle(
            [
                ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#D9CCE8")),
                ("FONTNAME", (0, 0), (-1, 0), "Helvetica-Bold"),
                ("LINEBELOW", (0, 0), (-1, -1), 0.5, colors.HexColor("#999999")),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ]
        )
    )
    _width, height = table.wrapOn(canvas, 880, 380)
    table.drawOn(canvas, 36, SLIDE[1] - 130 - height)


CONTEXT = {
    "Priority 1": "two in three women feel unsafe in the town centre after dark.",
    "Priority 2": "victims want to be believed and kept informed.",
    "Priority 3": "a small number of men cause most of the harm.",
    "Priority 4": "no single organisation can do this alone.",
}


def write_pcc_slides(plan: dict, path: Path) -> None:
    from reportlab.pdfgen.canvas import Canvas

    canvas = Canvas(str(path), pagesize=SLIDE)
    canvas.setTitle(plan["title"])
    canvas.setFillColor(PURPLE)
    canvas.rect(0, 0, SLIDE[0], SLIDE[1], stroke=0, fill=1)
    canvas.setFillColor("#FFFFFF")
    canvas.setFont("Helvetica-Bold", 26)
    for number, line in enumerate(textwrap.wrap(plan["title"], 60)):
        canvas.drawString(60, 330 - number * 34, line)
    canvas.setFont("Helvetica", 14)
    canvas.drawString(60, 200, "Police and Crime Panel, 18 September 2025")
    canvas.showPage()
    slide_title(canvas, "Our priorities")
    canvas.setFillColor("#333333")
    canvas.setFont("Helvetica", 18)
    for number, theme in enumerate(plan["themes"]):
        canvas.drawString(60, SLIDE[1] - 150 - number * 50, "•  " + heading(theme))
    slide_footer(canvas, 2)
    canvas.showPage()
    for number, theme in enumerate(plan["themes"], start=3):
        theme_slide(canvas, plan, theme)
        slide_footer(canvas, number)
        canvas.showPage()
    canvas.save()


# Microsoft Planner export (Excel)

PLANNER_HEADER = [
    "Task ID",
    "Task Name",
    "Bucket Name",
    "Progress",
    "Priority",
    "Assigned To",
    "Created By",
    "Created Date",
    "Start date",
    "Due date",
    "Late",
    "Completed Date",
    "Completed By",
    "Description",
    "Completed Checklist Items",
    "Checklist Items",
    "Labels",
]
PRIORITIES = ["Important", "Medium", "Urgent", "Medium", "Low"]


def planner_row(number: int, theme: dict, action: dict) -> list[str]:
    done = action["status_text"] == "Completed"
    steps = [m["title"] for m in action["milestones"]]
    return [
        f"kT{number:02d}x9QmB2E-{number * 7:03d}aZ",
        action["title"],
        theme["title"],
        action["status_text"],
        PRIORITIES[number % len(PRIORITIES)],
        ";".join(action["leads"]),
        "Leanne Ford",
        "02/06/2025",
        "",
        action["deadline_text"],
        "false",
        "20/11/2025" if done else "",
        "Leanne Ford" if done else "",
        "Agreed at the Board on 28 May 2025.",
        f"{len(steps) if done else 0}/{len(steps)}" if steps else "",
        ";".join(steps),
        "Board action" if number % 3 else "Board action;Funding",
    ]


def write_planner(plan: dict, path: Path) -> None:
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = "Denbrook DA Partnership Board"
    sheet.append(["Plan ID", "xqT8e0aZ_kqD2rZp1oV9p5gAFmLw"])
    sheet.append(["Plan name", plan["title"]])
    sheet.append(["Export date", "14/10/2025"])
    sheet.append([])
    sheet.append(PLANNER_HEADER)
    number = 0
    for theme in plan["themes"]:
        for action in theme_actions(plan, theme):
            number += 1
            sheet.append(planner_row(number, theme, action))
    book.save(path)


# Equally Safe web page saved as Markdown

ES_FOOTER = """
---

Last updated: 2 October 2025

Was this page helpful? [Yes](#) [No](#)

[Accessibility](/accessibility) | [Privacy](/privacy) | [Contact us](/contact)
"""


def equally_safe_markdown(plan: dict) -> str:
    lines = [
        f"# {plan['title']}",
        "",
        "[Home](/) > [Community safety](/community-safety) > [Violence against women](/vaw)",
        "",
        "Glenmorven's Violence Against Women Partnership brings together the council, NHS,"
        " Police Scotland and third sector partners. This plan sets out what we will do under"
        " each of the four priorities of Equally Safe, Scotland's strategy.",
        "",
    ]
    for theme_number, theme in enumerate(plan["themes"], start=1):
        lines += [f"## {heading(theme)}", ""]
        for number, (objective, actions) in enumerate(objective_groups(theme), start=1):
            lines += [f"### Outcome {theme_number}.{number}: {objective['title']}", ""]
            for index, action in enumerate(actions, start=1):
                leads = ", ".join(action["leads"])
                lines.append(f"{index}. {action['title']}")
                lines.append(f"   **Lead:** {leads} | **Timescale:** {action['deadline_text']}")
            lines.append("")
    return "\n".join(lines) + ES_FOOTER


def equally_safe_pasted(plan: dict) -> str:
    """The same page selected in a browser and pasted as plain text: the markup gone, the
    list numbers kept, the site's menu above and its footer below."""
    lines = ["Skip to main content", "Home  Services  Community safety  News  Contact", ""]
    for line in equally_safe_markdown(plan).split("\n"):
        if line.startswith("[Home]") or line.startswith("[Accessibility]") or line == "---":
            continue
        line = line.lstrip("#").strip() if line.startswith("#") else line
        lines.append(line.replace("**", "").replace("[Yes](#) [No](#)", "Yes No"))
    return "\n".join(lines)


# The priority named in each table's first header cell (Word)

MEASURE_HEADER = ["Lead", "Partners", "Timescale", "How we'll measure it"]
BETWEEN = [
    "We want fewer people to experience abuse in the first place.",
    "Victims told us they want help that does not stop when the crisis passes.",
    "Those who cause harm must be held to account and given the chance to change.",
    "We will learn together and from the people who have lived through abuse.",
]


def write_theme_in_header(plan: dict, path: Path) -> None:
    document = new_word(plan)
    document.add_paragraph(
        "The Domestic Abuse Strategy 2025-2028 has four priorities. For each, the table below "
        "sets out what partners will do, who will lead it, when, and how we will know it has "
        "made a difference."
    )
    for theme, between in zip(plan["themes"], BETWEEN, strict=True):
        document.add_paragraph(between)
        table = document.add_table(rows=1, cols=5)
        table.style = "Table Grid"
        header_row(table, [heading(theme), *MEASURE_HEADER], "E2EFD9")
        rows = [
            [
                a["title"],
                ", ".join(a["leads"]),
                ", ".join(a["collaborators"]),
                a["deadline_text"],
                a["indicators"][0],
            ]
            for a in theme_actions(plan, theme)
        ]
        word_rows(table, rows)
        column_widths(table, (2.6, 1.1, 1.1, 0.8, 1.2))
        document.add_paragraph()
    document.save(path)


# CSP tracker: a column per quarter, each update cell filled with its RAG (Excel)

QUARTERS = ["Apr–Jun 25", "Jul–Sep 25", "Oct–Dec 25", "Jan–Mar 26"]
EARLIER = [("Green", "Started"), ("Amber", "Scoping; lead agreed")]


def quarter_cells(action: dict, count: int) -> list[tuple[str, str]]:
    """The action's updates, one a quarter, the last its current RAG and progress."""
    history = EARLIER[: count - 1] + [(action["status_text"], action["progress_text"])]
    return history[-count:]


def write_csp_quarters(plan: dict, path: Path) -> None:
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = "Tracker"
    sheet.append(["Ref", "Action", "Lead", "Due", *QUARTERS])
    for cell in sheet[1]:
        cell.font = Font(bold=True)
    number = 0
    for theme in plan["themes"]:
        sheet.append([None, theme["title"]])
        for cell in sheet[sheet.max_row]:
            cell.fill = fill("DDEBF7")
        for action in theme_actions(plan, theme):
            number += 1
            updates = quarter_cells(action, 2 + number % 2)
            values = [action["ref"], action["title"], ", ".join(action["leads"])]
            values += [action["deadline_text"]] + [text for _status, text in updates]
            sheet.append(values)
            for offset, (status, _text) in enumerate(updates):
                sheet.cell(row=sheet.max_row, column=5 + offset).fill = fill(
                    colour(status) or "FFFFFF"
                )
    for letter, width in zip("ABCDEFGH", (7, 60, 24, 9, 24, 24, 24, 24), strict=True):
        sheet.column_dimensions[letter].width = width
    book.save(path)


# Comma-separated values saved as text


def csv_text(plan: dict) -> str:
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(
        ["Ref", "Theme", "Action", "Lead Agency", "Lead Officer", "Target Date", "Status"]
        + ["Milestones"]
    )
    for theme in plan["themes"]:
        for action in theme_actions(plan, theme):
            writer.writerow(
                [
                    action["ref"],
                    theme["title"],
                    action["title"],
                    ", ".join(agencies(action)),
                    ", ".join(people(action)),
                    action["deadline_text"],
                    action["status_text"],
                    "\n".join(m["title"] for m in action["milestones"]),
                ]
            )
    return out.getvalue()


# ASCII grid tables in a text email

GRID = [("Ref", 5), ("Action", 44), ("Lead", 22), ("When", 10)]


def grid_rule(char: str = "-") -> str:
    return "+" + "+".join(char * (width + 2) for _name, width in GRID) + "+"


def grid_row(cells: list[str]) -> list[str]:
    widths = [width for _name, width in GRID]
    wrapped = [textwrap.wrap(text, w) or [""] for text, w in zip(cells, widths, strict=True)]
    height = max(len(w) for w in wrapped)
    lines = []
    for index in range(height):
        parts = [
            (w[index] if index < len(w) else "").ljust(width)
            for w, (_n, width) in zip(wrapped, GRID, strict=True)
        ]
        lines.append("| " + " | ".join(parts) + " |")
    return lines


def ascii_grid_text(plan: dict) -> str:
    lines = [
        plan["title"],
        "",
        "Hi all, below are the actions agreed at Tuesday's steering group.",
        "",
    ]
    for theme in plan["themes"]:
        lines += [heading(theme), "", grid_rule()]
        lines += grid_row([name for name, _width in GRID]) + [grid_rule("=")]
        for action in theme_actions(plan, theme):
            cells = [action["ref"], action["title"], " / ".join(action["leads"])]
            lines += grid_row(cells + [action["deadline_text"]]) + [grid_rule()]
        lines.append("")
    lines += ["Thanks,", "Sam", "Community Safety Officer"]
    return "\n".join(lines) + "\n"


# Columns made with tab stops, no table (Word)


def tab_paragraph(document, text: str, *, bold: bool = False) -> None:
    paragraph = document.add_paragraph()
    paragraph.paragraph_format.left_indent = Inches(0.6)
    paragraph.paragraph_format.first_line_indent = Inches(-0.6)
    for stop in (0.6, 4.4, 5.8):
        paragraph.paragraph_format.tab_stops.add_tab_stop(Inches(stop))
    paragraph.add_run(text).bold = bold


def write_tab_stops(plan: dict, path: Path) -> None:
    document = new_word(plan)
    document.add_paragraph(
        "The council's actions for the coming two years are set out below under the three "
        "aims of the strategy."
    )
    for theme in plan["themes"]:
        document.add_paragraph(theme["title"], style="Heading 2")
        tab_paragraph(document, "Ref\tAction\tLead\tTarget date", bold=True)
        for action in theme_actions(plan, theme):
            leads = " & ".join(action["leads"])
            tab_paragraph(
                document, f"{action['ref']}\t{action['title']}\t{leads}\t{action['deadline_text']}"
            )
    document.save(path)


# Structure by indentation in one column (Excel)


def indented(sheet, values: list, indent: int, **font) -> None:
    sheet.append(values)
    cell = sheet.cell(row=sheet.max_row, column=1)
    cell.alignment = Alignment(indent=indent, wrap_text=True)
    if font:
        cell.font = Font(**font)


def write_indent_levels(plan: dict, path: Path) -> None:
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = "Plan"
    sheet.append([plan["title"]])
    sheet.append([])
    sheet.append(["Plan item", "Lead", "Target", "Status"])
    for cell in sheet[3]:
        cell.font = Font(bold=True)
    for theme in plan["themes"]:
        indented(sheet, [theme["title"]], 0, bold=True)
        for objective, actions in objective_groups(theme):
            indented(sheet, [objective["title"]], 1, italic=True)
            for action in actions:
                values = [action["title"], ", ".join(action["leads"])]
                indented(sheet, values + [action["deadline_text"], action["status_text"]], 2)
    sheet.column_dimensions["A"].width = 80
    sheet.column_dimensions["B"].width = 36
    book.save(path)


# Priority titles in text boxes above each table (Word)

TEXTBOX = (
    '<w:r xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
    'xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" '
    'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" '
    'xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape">'
    '<w:drawing><wp:inline distT="0" distB="0" distL="0" distR="0">'
    '<wp:extent cx="5842000" cy="400000"/><wp:docPr id="{number}" name="Text Box {number}"/>'
    '<a:graphic><a:graphicData uri="http://schemas.microsoft.com/office/word/2010/wordprocessingShape">'
    '<wps:wsp><wps:cNvSpPr txBox="1"/><wps:spPr><a:xfrm><a:off x="0" y="0"/>'
    '<a:ext cx="5842000" cy="400000"/></a:xfrm><a:prstGeom prst="rect"><a:avLst/></a:prstGeom>'
    '<a:solidFill><a:srgbClr val="C00000"/></a:solidFill></wps:spPr>'
    '<wps:txbx><w:txbxContent><w:p><w:r><w:rPr><w:b/><w:color w:val="FFFFFF"/>'
    '<w:sz w:val="28"/></w:rPr><w:t xml:space="preserve">{text}</w:t></w:r></w:p>'
    "</w:txbxContent></wps:txbx><wps:bodyPr/></wps:wsp></a:graphicData></a:graphic>"
    "</wp:inline></w:drawing></w:r>"
)
"""A text box (a DrawingML shape, as Word 2010 and later write it) holding a theme's title."""


def write_textbox_themes(plan: dict, path: Path) -> None:
    document = new_word(plan)
    document.add_paragraph(
        "Year 1 of the strategy focuses on four areas. Each partner has named a lead contact "
        "for its actions."
    )
    header = ["Action", "Lead organisation", "Lead contact", "Target"]
    for number, theme in enumerate(plan["themes"]):
        paragraph = document.add_paragraph()
        paragraph._p.append(
            parse_xml(TEXTBOX.format(number=number + 1, text=escape(theme["title"])))
        )
        table = document.add_table(rows=1, cols=len(header))
        table.style = "Table Grid"
        header_row(table, header)
        rows = [
            [a["title"], agencies(a)[0], people(a)[0], a["deadline_text"]]
            for a in theme_actions(plan, theme)
        ]
        word_rows(table, rows)
        column_widths(table, (3.0, 1.4, 1.2, 1.1))
        document.add_paragraph()
    document.save(path)


# DHR recommendations across several reviews: the review repeated, the recommendation once
# (Excel)

DHR_HEADER = [
    "Review",
    "Rec no.",
    "Recommendation",
    "Action",
    "Agency",
    "Target date",
    "Status",
    "Evidence of completion",
]


def write_dhr_multi(plan: dict, path: Path) -> None:
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = "DHR recommendations"
    sheet.append(DHR_HEADER)
    for cell in sheet[1]:
        cell.font, cell.fill = Font(bold=True), fill("D9D9D9")
    for theme in plan["themes"]:
        for number, (objective, actions) in enumerate(objective_groups(theme), start=1):
            for index, action in enumerate(actions):
                first = index == 0
                evidence = (
                    "Copy on the DHR shared drive" if action["status_text"] == "Complete" else ""
                )
                sheet.append(
                    [
                        theme["title"],
                        number if first else None,
                        objective["title"] if first else None,
                        action["title"],
                        ", ".join(action["leads"]),
                        action["deadline_text"],
                        action["status_text"],
                        evidence or None,
                    ]
                )
                for cell in sheet[sheet.max_row]:
                    cell.alignment = Alignment(wrap_text=True, vertical="top")
    for letter, width in zip("ABCDEFGH", (20, 8, 40, 50, 22, 11, 12, 26), strict=True):
        sheet.column_dimensions[letter].width = width
    book.save(path)


# "Who and when" in one cell (Word)


def write_combined_lead_when(plan: dict, path: Path) -> None:
    document = new_word(plan)
    document.add_paragraph("Agreed by the Partnership on 9 July 2025. Updated for October.")
    for theme in plan["themes"]:
        document.add_paragraph(f"{theme['ref']}. {theme['title']}", style="Heading 1")
        table = document.add_table(rows=1, cols=3)
        table.style = "Table Grid"
        header_row(table, ["What we will do", "Who and when", "Progress so far"], "FCE4D6")
        rows = [
            [
                a["title"],
                f"{' and '.join(a['leads'])} – {a['deadline_text']}",
                a["progress_text"] or "",
            ]
            for a in theme_actions(plan, theme)
        ]
        word_rows(table, rows)
        column_widths(table, (3.2, 1.7, 1.6))
    document.save(path)


# A US county's strategic plan in outline form (PDF, drawn)


def us_page(canvas, document) -> None:
    canvas.setFont("Helvetica", 8)
    canvas.drawString(54, 30, "Harlan Ridge County DVCC Strategic Plan")
    canvas.drawRightString(558, 30, f"Page {document.page}")


def us_story(plan: dict) -> list:
    from reportlab.lib.styles import ParagraphStyle, getSampleStyleSheet

    styles = getSampleStyleSheet()
    goal = ParagraphStyle("goal", parent=styles["Heading2"], textColor="#1F3864")
    strategy = ParagraphStyle("strategy", parent=styles["BodyText"], leftIndent=28)
    detail = ParagraphStyle("detail", parent=styles["BodyText"], leftIndent=28, fontSize=9)
    story: list = []
    for theme in plan["themes"]:
        story.append(para(f"{theme['ref'].upper()}: {theme['title'].upper()}", goal))
        for objective, actions in objective_groups(theme):
            label = actions[0]["ref"].rsplit(".", 1)[0]
            story.append(para(f"<b>Objective {label}: {escape(objective['title'])}</b>"))
            for action in actions:
                story.append(
                    para(f"{action['ref']}&nbsp;&nbsp;{escape(action['title'])}", strategy)
                )
                leads = escape("; ".join(action["leads"]))
                when = escape(action["deadline_text"])
                text = f"<i>Responsible:</i> {leads}&nbsp;&nbsp;&nbsp;<i>Timeline:</i> {when}"
                story.append(para(text, detail))
    return story


def para(text: str, style=None):
    """A reportlab paragraph, in the body style unless another is given."""
    from reportlab.lib.styles import getSampleStyleSheet
    from reportlab.platypus import Paragraph

    return Paragraph(text, style or getSampleStyleSheet()["BodyText"])


def write_us_county(plan: dict, path: Path) -> None:
    from reportlab.lib.pagesizes import LETTER
    from reportlab.lib.styles import getSampleStyleSheet
    from reportlab.platypus import SimpleDocTemplate

    styles = getSampleStyleSheet()
    story = [
        para(escape(plan["title"]), styles["Title"]),
        para(
            "Adopted by the Coordinating Council on August 14, 2025. The plan is organized by goal;"
            " each strategy names the responsible agency and a timeline. The county's fiscal year"
            " runs July 1 to June 30."
        ),
    ]
    document = SimpleDocTemplate(str(path), pagesize=LETTER, title=plan["title"])
    document.build(story + us_story(plan), onFirstPage=us_page, onLaterPages=us_page)


# An Australian state plan: a banner table above each focus area's table (Word)


def banner(document, text: str) -> None:
    table = document.add_table(rows=1, cols=1)
    cell = table.rows[0].cells[0]
    run = cell.paragraphs[0].add_run(text)
    run.bold, run.font.size = True, Pt(13)
    run.font.color.rgb = RGBColor(0xFF, 0xFF, 0xFF)
    shade(cell, "1F3864")


def write_aus_state(plan: dict, path: Path) -> None:
    document = new_word(plan, landscape=True)
    document.add_paragraph(
        "This Second Action Plan sets out 12 actions across four focus areas of the National "
        "Plan to End Violence against Women and Children 2022-2032."
    )
    header = ["No.", "Action", "Lead agency", "Partner agencies", "Timing"]
    for theme in plan["themes"]:
        banner(document, heading(theme, " – "))
        document.add_paragraph()
        table = document.add_table(rows=1, cols=len(header))
        table.style = "Table Grid"
        header_row(table, header, "D9E2F3")
        rows = [
            [a["ref"], a["title"], a["leads"][0], ", ".join(a["collaborators"]), a["deadline_text"]]
            for a in theme_actions(plan, theme)
        ]
        word_rows(table, rows)
        column_widths(table, (0.5, 4.0, 1.8, 2.0, 1.3))
        document.add_paragraph()
    document.save(path)


# New Zealand: bilingual two-line headers, shifts merged across (Excel)

NZ_HEADER = [
    "Ngā mahi\nActions",
    "Kaiārahi\nLead agency",
    "Ngā hoa mahi\nSupporting agencies",
    "Te wā\nTimeframe",
]


def write_nz_bilingual(plan: dict, path: Path) -> None:
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = "Mahere mahi Action plan"
    sheet.append([plan["title"]])
    sheet["A1"].font = Font(bold=True, size=14)
    sheet.append([])
    sheet.append(NZ_HEADER)
    for cell in sheet[3]:
        cell.font, cell.alignment = Font(bold=True), Alignment(wrap_text=True)
    for theme in plan["themes"]:
        sheet.append([heading(theme)])
        row = sheet.max_row
        sheet.merge_cells(start_row=row, start_column=1, end_row=row, end_column=4)
        sheet.cell(row=row, column=1).fill = fill("00857C")
        sheet.cell(row=row, column=1).font = Font(bold=True, color="FFFFFF")
        for action in theme_actions(plan, theme):
            collaborators = ", ".join(action["collaborators"])
            sheet.append(
                [action["title"], action["leads"][0], collaborators, action["deadline_text"]]
            )
    for letter, width in zip("ABCD", (70, 28, 32, 14), strict=True):
        sheet.column_dimensions[letter].width = width
    book.save(path)


# Safe accommodation board: objective once, output and outcome columns, start and end (Word)

SA_HEADER = ["SMART objective", "Activity", "Output", "Outcome", "Lead", "Start", "End", "RAG"]
OUTPUTS = [
    ("Data return in use", "Gaps in provision are visible"),
    ("Refusals recorded", "Fewer survivors turned away"),
    ("Panel paid and meeting", "Services shaped by survivors"),
    ("Units in use", "More families housed safely"),
]


def sa_rows(theme: dict) -> list[list[str]]:
    rows = []
    for objective, actions in objective_groups(theme):
        for index, action in enumerate(actions):
            output, outcome = OUTPUTS[len(rows) % len(OUTPUTS)]
            rows.append(
                [
                    objective["title"] if index == 0 else "",
                    action["title"],
                    output,
                    outcome,
                    ", ".join(action["leads"]),
                    "Apr-25",
                    action["deadline_text"],
                    action["status_text"],
                ]
            )
    return rows


def write_outputs_outcomes(plan: dict, path: Path) -> None:
    document = new_word(plan, landscape=True)
    for theme in plan["themes"]:
        document.add_paragraph(heading(theme), style="Heading 1")
        table = document.add_table(rows=1, cols=len(SA_HEADER))
        table.style = "Table Grid"
        header_row(table, SA_HEADER, "FFF2CC")
        word_rows(table, sa_rows(theme))
        for row in table.rows[1:]:
            shade(row.cells[-1], colour(row.cells[-1].text) or "FFFFFF")
        column_widths(table, (1.8, 2.2, 1.1, 1.2, 1.2, 0.6, 0.6, 0.6))
    document.save(path)


# Irish local plan: goal rows not merged, footnote markers on leads (Word)

FOOTNOTES = {
    "Tusla": ("1", "Tusla, the Child and Family Agency"),
    "Cuan": ("2", "Cuan, the statutory agency for DSGBV established in 2024"),
    "HSE": ("3", "Health Service Executive, Ardmore Community Healthcare"),
}


def lead_with_note(cell, lead: str) -> None:
    cell.text = ""
    cell.paragraphs[0].add_run(lead)
    if lead in FOOTNOTES:
        cell.paragraphs[0].add_run(FOOTNOTES[lead][0]).font.superscript = True


def write_irish_footnotes(plan: dict, path: Path) -> None:
    document = new_word(plan)
    header = ["Action No.", "Action", "Lead", "Supporting Partners", "Timeframe"]
    table = document.add_table(rows=1, cols=len(header))
    table.style = "Table Grid"
    header_row(table, header, "A8D08D")
    for theme in plan["themes"]:
        cells = table.add_row().cells
        bold_cell(cells[0], theme["ref"])
        bold_cell(cells[1], theme["title"])
        for cell in cells:
            shade(cell, "E2EFD9")
        for action in theme_actions(plan, theme):
            cells = table.add_row().cells
            cells[0].text, cells[1].text = action["ref"], action["title"]
            lead_with_note(cells[2], action["leads"][0])
            cells[3].text = ", ".join(action["collaborators"])
            cells[4].text = action["deadline_text"]
    column_widths(table, (0.7, 3.0, 1.4, 1.5, 0.9))
    document.add_paragraph("Notes", style="Heading 3")
    for number, text in FOOTNOTES.values():
        document.add_paragraph(f"{number} {text}")
    document.save(path)


# Northern Ireland trust: director and officer columns (Word)

NI_INTRO = {
    "Theme 1": "Domestic and sexual abuse is everyone's business, led from the top.",
    "Theme 2": "Staff ask about abuse and know what to do with the answer.",
    "Theme 3": "Staff who are affected by abuse are supported at work.",
    "Theme 4": "The trust plays its full part in the regional response.",
}


def write_ni_trust(plan: dict, path: Path) -> None:
    document = new_word(plan)
    header = ["Ref", "Action", "Responsible Director", "Responsible Officer", "Target Date"]
    header.append("Status")
    for theme in plan["themes"]:
        document.add_paragraph(heading(theme), style="Heading 1")
        document.add_paragraph(NI_INTRO[theme["ref"]])
        table = document.add_table(rows=1, cols=len(header))
        table.style = "Table Grid"
        header_row(table, header, "BDD7EE")
        rows = [
            [
                a["ref"],
                a["title"],
                agencies(a)[0],
                people(a)[0],
                a["deadline_text"],
                a["status_text"],
            ]
            for a in theme_actions(plan, theme)
        ]
        word_rows(table, rows)
        column_widths(table, (0.4, 2.6, 1.3, 1.0, 0.8, 0.8))
    document.save(path)


# A coordinator's email after a board meeting


def email_text(plan: dict) -> str:
    lines = [
        "From: DA Coordinator",
        "Sent: 16 October 2025 17:42",
        "To: DA Board members",
        f"Subject: {plan['title']}",
        "",
        "Dear all,",
        "",
        "Thank you for coming on Tuesday. Below are the actions we agreed, by area. Please let"
        " me know by Friday if I have missed anything.",
        "",
    ]
    for theme in plan["themes"]:
        lines.append(f"*{theme['title']}*")
        for action in theme_actions(plan, theme):
            leads = " + ".join(action["leads"])
            lines.append(f"- {action['title']} - {leads} ({action['deadline_text']})")
        lines.append("")
    lines += ["Kind regards,", "", "Rosa", "Domestic Abuse Coordinator | Pendlebridge Council"]
    return "\n".join(lines) + "\n"


BLIND: dict[str, tuple[str, list[tuple[str, Writer]]]] = {
    "nhs_trust": (
        blind.NHS_TRUST,
        [("plan.docx", write_nhs_trust), ("plan.pdf", saved_as_pdf("plan.docx"))],
    ),
    "daha_standards": (blind.DAHA_STANDARDS, [("plan.xlsx", write_daha)]),
    "pcc_slides": (blind.PCC_SLIDES, [("slides.pdf", write_pcc_slides)]),
    "planner_export": (blind.PLANNER_EXPORT, [("export.xlsx", write_planner)]),
    "equally_safe_web": (
        blind.EQUALLY_SAFE_WEB,
        [
            ("page.md", text_writer(equally_safe_markdown)),
            ("pasted.txt", text_writer(equally_safe_pasted)),
        ],
    ),
    "theme_in_header": (
        blind.THEME_IN_HEADER,
        [("plan.docx", write_theme_in_header), ("plan.pdf", saved_as_pdf("plan.docx"))],
    ),
    "csp_quarters": (blind.CSP_QUARTERS, [("tracker.xlsx", write_csp_quarters)]),
    "csv_text": (blind.CSV_TEXT, [("export.txt", text_writer(csv_text))]),
    "ascii_grid": (blind.ASCII_GRID, [("email.txt", text_writer(ascii_grid_text))]),
    "tab_stops": (
        blind.TAB_STOPS,
        [("plan.docx", write_tab_stops), ("plan.pdf", saved_as_pdf("plan.docx"))],
    ),
    "indent_levels": (blind.INDENT_LEVELS, [("plan.xlsx", write_indent_levels)]),
    "textbox_themes": (
        blind.TEXTBOX_THEMES,
        [("plan.docx", write_textbox_themes), ("plan.pdf", saved_as_pdf("plan.docx"))],
    ),
    "dhr_multi": (blind.DHR_MULTI, [("tracker.xlsx", write_dhr_multi)]),
    "combined_lead_when": (
        blind.COMBINED_LEAD_WHEN,
        [("plan.docx", write_combined_lead_when), ("plan.pdf", saved_as_pdf("plan.docx"))],
    ),
    "us_county_outline": (blind.US_COUNTY_OUTLINE, [("plan.pdf", write_us_county)]),
    "aus_state": (
        blind.AUS_STATE,
        [("plan.docx", write_aus_state), ("plan.pdf", saved_as_pdf("plan.docx"))],
    ),
    "nz_bilingual": (blind.NZ_BILINGUAL, [("plan.xlsx", write_nz_bilingual)]),
    "outputs_outcomes": (
        blind.OUTPUTS_OUTCOMES,
        [("plan.docx", write_outputs_outcomes), ("plan.pdf", saved_as_pdf("plan.docx"))],
    ),
    "irish_footnotes": (
        blind.IRISH_FOOTNOTES,
        [("plan.docx", write_irish_footnotes), ("plan.pdf", saved_as_pdf("plan.docx"))],
    ),
    "ni_trust": (
        blind.NI_TRUST,
        [("plan.docx", write_ni_trust), ("plan.pdf", saved_as_pdf("plan.docx"))],
    ),
    "email_text": (blind.EMAIL_TEXT, [("email.txt", text_writer(email_text))]),
}
"""Folder name -> (the plan's outline, the documents written from it): the second blind set."""


def render_blind(only: str | None = None, plans: dict | None = None) -> None:
    for name, (outline, writers) in (plans or BLIND).items():
        if only and name != only:
            continue
        truth = stand_in.parse_outline(outline)
        folder = HERE / name
        write(folder, truth, {})
        for filename, writer in writers:
            writer(truth, folder / filename)


if __name__ == "__main__":
    render_blind(sys.argv[1] if len(sys.argv) > 1 else None)
