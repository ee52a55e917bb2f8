"""Write the second blind set's batch C documents (see `blind_c.py`) from their truths.

    .venv/bin/python -m cairn.imports.tests.documents.blind_c_render [NAME]

Run once; the documents are committed, so the tests only parse them. As in
`blind_render.py`, PDFs "saved from Word" need LibreOffice Writer at render time only; the
designed PDFs are drawn with reportlab.
"""

from __future__ import annotations

import csv
import datetime as dt
import hashlib
import io
import sys
from pathlib import Path
from xml.sax.saxutils import escape

import openpyxl
from docx.shared import Pt, RGBColor
from openpyxl.formatting.rule import DataBarRule
from openpyxl.styles import Alignment, Font
from openpyxl.worksheet.datavalidation import DataValidation

from cairn.imports.tests.documents import blind_c
from cairn.imports.tests.documents.blind_b_render import table_of
from cairn.imports.tests.documents.blind_render import colour, heading, render_blind
from cairn.imports.tests.documents.render import bold_cell, new_word, shade
from cairn.imports.tests.documents.stand_in_render import (
    Writer,
    column_widths,
    fill,
    saved_as_pdf,
    text_writer,
    theme_actions,
)


def csv_text(rows: list[list[str]], delimiter: str = ",") -> str:
    out = io.StringIO()
    csv.writer(out, delimiter=delimiter, lineterminator="\r\n").writerows(rows)
    return out.getvalue()


def token(text: str, length: int = 8) -> str:
    """A stable made-up id (a card id, a task id) from the text it belongs to."""
    return hashlib.sha1(text.encode()).hexdigest()[:length]


def all_actions(plan: dict) -> list[tuple[dict, dict]]:
    return [(t, a) for t in plan["themes"] for a in theme_actions(plan, t)]


# Jira: epics are the themes, linked by key; sub-tasks by parent id (CSV)

JIRA_HEADER = [
    "Summary",
    "Issue key",
    "Issue id",
    "Parent id",
    "Issue Type",
    "Status",
    "Priority",
    "Assignee",
    "Reporter",
    "Created",
    "Updated",
    "Due date",
    "Labels",
    "Custom field (Epic Link)",
    "Custom field (Epic Name)",
    "Description",
]
JIRA_NOTE = (
    "Context: women told the StreetSafe survey the taxi ranks, the canal path and the bus "
    'station were the worst places.\n\nAcceptance: patrol "live" on both nights, rota agreed.'
)


def jira_issue(key: int, summary: str, kind: str, **fields: str) -> dict:
    return {
        "Summary": summary,
        "Issue key": f"VAWG-{key}",
        "Issue id": str(10400 + key),
        "Issue Type": kind,
        "Priority": "Medium",
        "Reporter": "Joanne Pike",
        "Created": f"{(key % 27) + 1}/Jan/26 9:{10 + key:02d} AM",
        "Updated": "3/Mar/26 4:45 PM",
        **fields,
    }


def jira_issues(plan: dict) -> list[dict]:
    issues, next_key = [], 19
    for number, theme in enumerate(plan["themes"]):
        epic = int(theme_actions(plan, theme)[0]["ref"].split("-")[1]) - 1
        issues.append(
            jira_issue(epic, theme["title"], "Epic", **{"Custom field (Epic Name)": theme["title"]})
        )
        issues[-1]["Status"] = "In Progress" if number < 3 else "To Do"
        for action in theme_actions(plan, theme):
            key = int(action["ref"].split("-")[1])
            due = f"{action['deadline_text']} 12:00 AM"
            task = jira_issue(key, action["title"], "Task", **{"Custom field (Epic Link)": ""})
            task.update(Status=action["status_text"], Assignee=action["leads"][0])
            task.update({"Due date": due, "Custom field (Epic Link)": f"VAWG-{epic}"})
            task["Labels"] = "VAWG-strategy"
            task["Description"] = JIRA_NOTE if key == 6 else ""
            issues.append(task)
            for milestone in action["milestones"]:
                sub = jira_issue(next_key, milestone["title"], "Sub-task")
                sub.update({"Parent id": task["Issue id"], "Status": "To Do"})
                sub.update({"Assignee": action["leads"][0], "Due date": ""})
                sub["Due date"] = f"{milestone['due_text']} 12:00 AM"
                issues.append(sub)
                next_key += 1
    return sorted(issues, key=lambda issue: -int(issue["Issue key"].split("-")[1]))


def jira_text(plan: dict) -> str:
    rows = [[issue.get(name, "") for name in JIRA_HEADER] for issue in jira_issues(plan)]
    return csv_text([JIRA_HEADER, *rows])


# Trello: the lists are progress columns, the theme is the card's label (CSV)

TRELLO_HEADER = [
    "Card ID",
    "Card Name",
    "Card URL",
    "Card Description",
    "Labels",
    "Members",
    "Due Date",
    "Due Complete",
    "Attachment Count",
    "Checklist Item Total Count",
    "Checklist Item Completed Count",
    "Comment Count",
    "Last Activity Date",
    "List ID",
    "List Name",
    "Board ID",
    "Board Name",
    "Archived",
]
LABEL_COLOURS = ["green", "purple", "red", "sky"]
LISTS = ["Backlog", "Doing", "Done"]


def trello_row(plan: dict, number: int, theme: dict, action: dict) -> list[str]:
    card = token(action["title"], 24)
    slug = "-".join(action["title"].lower().replace("'", "").split()[:6])
    label = f"{theme['title']} ({LABEL_COLOURS[plan['themes'].index(theme)]})"
    done = action["status_text"] == "Done"
    return [
        card,
        action["title"],
        f"https://trello.com/c/{card[:8]}/{number}-{slug}",
        "Update at forum meeting" if number % 4 == 0 else "",
        label,
        action["leads"][0],
        f"{action['deadline_text']}T12:00:00.000Z",
        "true" if done else "false",
        "0",
        "3" if number % 3 == 0 else "0",
        ("3" if done else "1") if number % 3 == 0 else "0",
        str(number % 5),
        "2026-03-02T10:14:51.337Z",
        token(action["status_text"], 24),
        action["status_text"],
        token(plan["title"], 24),
        plan["title"],
        "false",
    ]


def trello_text(plan: dict) -> str:
    cards = all_actions(plan)
    rows = [
        trello_row(plan, number, theme, action)
        for status in LISTS
        for number, (theme, action) in enumerate(cards, start=1)
        if action["status_text"] == status
    ]
    return csv_text([TRELLO_HEADER, *rows])


# Smartsheet: parent rows (themes) with rolled-up dates, child rows indented (Excel, CSV)

SMARTSHEET_HEADER = ["Task Name", "Assigned To", "Start", "Finish", "Duration"]
SMARTSHEET_HEADER += ["% Complete", "Health", "Predecessors", "Comments"]
DONE_SHARE = {"Green": 0.5, "Yellow": 0.25, "Red": 0.1}


def finish(action: dict) -> dt.date:
    return dt.datetime.strptime(action["deadline_text"], "%d/%m/%y").date()


def smartsheet_rows(plan: dict) -> list[tuple[int, list]]:
    """(indent, values) per row, values with dates and shares as Python values."""
    rows: list[tuple[int, list]] = []
    for theme in plan["themes"]:
        actions = theme_actions(plan, theme)
        children = []
        for number, a in enumerate(actions):
            end = finish(a)
            start = end - dt.timedelta(days=56 + 14 * number)
            days = (end - start).days
            note = "Waiting on funding decision" if a["status_text"] == "Red" else ""
            values = [a["title"], a["leads"][0], start, end, f"{days}d"]
            children.append(values + [DONE_SHARE[a["status_text"]], a["status_text"], "", note])
        first, last = min(c[2] for c in children), max(c[3] for c in children)
        share = round(sum(c[5] for c in children) / len(children), 2)
        rows.append((0, [theme["title"], "", first, last, f"{(last - first).days}d", share]))
        rows[-1][1].extend(["", "", ""])
        rows += [(1, child) for child in children]
    return rows


def write_smartsheet_xlsx(plan: dict, path: Path) -> None:
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = "Action Plan 2026"[:31]
    sheet.append(SMARTSHEET_HEADER)
    for cell in sheet[1]:
        cell.font, cell.fill = Font(bold=True), fill("D9D9D9")
    for indent, values in smartsheet_rows(plan):
        sheet.append(values)
        row = sheet.max_row
        sheet.cell(row=row, column=1).alignment = Alignment(indent=indent * 2)
        sheet.cell(row=row, column=3).number_format = "dd/mm/yy"
        sheet.cell(row=row, column=4).number_format = "dd/mm/yy"
        sheet.cell(row=row, column=6).number_format = "0%"
        if indent:
            sheet.row_dimensions[row].outline_level = 1
    sheet.sheet_properties.outlinePr.summaryBelow = False
    sheet.freeze_panes = "B2"
    for letter, width in zip("ABCDEFGHI", (62, 16, 10, 10, 9, 11, 8, 12, 30), strict=True):
        sheet.column_dimensions[letter].width = width
    book.save(path)


def smartsheet_text(plan: dict) -> str:
    rows = [SMARTSHEET_HEADER]
    for _indent, values in smartsheet_rows(plan):
        cells = [v.strftime("%d/%m/%y") if isinstance(v, dt.date) else v for v in values]
        cells[5] = f"{round(values[5] * 100)}%"
        rows.append([str(c) for c in cells])
    return csv_text(rows)


# monday.com: a block per group, its header repeated, subitems under their own header (Excel)

MONDAY_HEADER = ["Name", "Person", "Status", "Due date", "Timeline", "Priority", "Item ID"]
SUBITEM_HEADER = ["Subitems", "Name", "Owner", "Status", "Date"]
MONDAY_PRIORITY = ["High", "Medium", "Critical ⚠️", "Low"]


def monday_item(sheet, number: int, action: dict) -> None:
    due = dt.date.fromisoformat(action["deadline_text"])
    start = (due - dt.timedelta(days=88)).isoformat()
    values = [action["title"], action["leads"][0], action["status_text"] or "", due.isoformat()]
    values += [f"{start} - {due.isoformat()}", MONDAY_PRIORITY[number % 4], 1822450000 + number]
    sheet.append(values)
    if action["milestones"]:
        sheet.append(SUBITEM_HEADER)
        for cell in sheet[sheet.max_row][1:]:
            cell.font = Font(bold=True, color="676879")
        for milestone in action["milestones"]:
            status = "Done" if milestone is action["milestones"][0] else ""
            sheet.append(["", milestone["title"], action["leads"][0], status])
            sheet.cell(row=sheet.max_row, column=5, value=milestone["due_text"])


def write_monday(plan: dict, path: Path) -> None:
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = "Strategic Plan Board"
    sheet.append([plan["title"]])
    sheet["A1"].font = Font(bold=True, size=16)
    number = 0
    for theme in plan["themes"]:
        sheet.append([])
        sheet.append([heading(theme, " - ")])
        sheet.cell(row=sheet.max_row, column=1).font = Font(bold=True, size=13, color="0086C0")
        sheet.append(MONDAY_HEADER)
        for cell in sheet[sheet.max_row]:
            cell.font = Font(bold=True)
        for action in theme_actions(plan, theme):
            number += 1
            monday_item(sheet, number, action)
    for letter, width in zip("ABCDEFG", (58, 44, 16, 12, 26, 12, 12), strict=True):
        sheet.column_dimensions[letter].width = width
    book.save(path)


# Asana: sections are themes, subtasks rows of their own at the end (CSV)

ASANA_HEADER = ["Task ID", "Created At", "Completed At", "Last Modified", "Name"]
ASANA_HEADER += ["Section/Column", "Assignee", "Assignee Email", "Start Date", "Due Date"]
ASANA_HEADER += ["Tags", "Notes", "Projects", "Parent task"]


def asana_email(name: str) -> str:
    words = [w for w in name.replace(".", "").split() if w not in ("Dr",)]
    return f"{words[0].lower()}.{words[-1].lower()}@murrindale.vic.gov.au"


def asana_text(plan: dict) -> str:
    rows, subtasks, number = [ASANA_HEADER], [], 0
    for theme in plan["themes"]:
        for action in theme_actions(plan, theme):
            number += 1
            person = action["leads"][0]
            rows.append(asana_cells(plan, number, action, theme["title"], "", person))
            for milestone in action["milestones"]:
                subtasks.append((milestone, action["title"], person))
    for milestone, parent, person in subtasks:
        number += 1
        rows.append(asana_cells(plan, number, milestone, "", parent, person))
    return csv_text(rows)


def asana_cells(plan: dict, number: int, item: dict, section: str, parent: str, person: str):
    task_id = str(1206000000000000 + number * 7919)
    due = item.get("deadline_text") or item.get("due_text") or ""
    completed = "2026-02-10" if number in (3, 11) else ""
    notes = "Link to procedure draft on SharePoint.\nNeeds EMT sign-off." if number == 1 else ""
    tags = "Gender Equality Act" if number % 3 == 0 else ""
    start = "2026-01-05" if number % 2 else ""
    return [
        task_id,
        "2025-11-18",
        completed,
        "2026-03-04",
        item["title"],
        section,
        person,
        asana_email(person),
        start,
        due,
        tags,
        notes,
        plan["title"],
        parent,
    ]


# A responsibility matrix: a column per agency, "L" for lead and "S" for supports (Excel, Word)

AGENCIES = ["Police", "Council", "NHS", "Probation", "Specialist services"]


def matrix_marks(action: dict, lead: str, support: str) -> list[str]:
    return [
        lead if agency in action["leads"] else support if agency in action["collaborators"] else ""
        for agency in AGENCIES
    ]


def write_raci_xlsx(plan: dict, path: Path) -> None:
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = "Matrix"
    sheet.append([plan["title"]])
    sheet["A1"].font = Font(bold=True, size=14)
    sheet.append(["Key: L = lead agency (accountable for delivery); S = supporting agency"])
    sheet.append([])
    sheet.append(["No.", "Action", *AGENCIES, "Timescale"])
    for cell in sheet[4]:
        cell.font, cell.fill = Font(bold=True), fill("BDD7EE")
        cell.alignment = Alignment(wrap_text=True, horizontal="center")
    width = len(AGENCIES) + 3
    for theme in plan["themes"]:
        sheet.append([theme["title"]])
        row = sheet.max_row
        sheet.merge_cells(start_row=row, start_column=1, end_row=row, end_column=width)
        sheet.cell(row=row, column=1).fill = fill("1F4E78")
        sheet.cell(row=row, column=1).font = Font(bold=True, color="FFFFFF")
        for a in theme_actions(plan, theme):
            marks = matrix_marks(a, "L", "S")
            sheet.append([int(a["ref"]), a["title"], *marks, a["deadline_text"]])
            for cell in sheet[sheet.max_row][2:-1]:
                cell.alignment = Alignment(horizontal="center")
                if cell.value == "L":
                    cell.fill = fill("FFE699")
    for letter, size in zip("ABCDEFGH", (5, 60, 9, 9, 9, 10, 12, 11), strict=True):
        sheet.column_dimensions[letter].width = size
    book.save(path)


def write_raci_docx(plan: dict, path: Path) -> None:
    document = new_word(plan, landscape=True)
    document.add_paragraph(
        "The matrix shows which partner leads each action (●) and which partners support it "
        "(○). Each lead agency reports progress to the CSP Board every quarter."
    )
    header = ["No.", "Action", *AGENCIES, "Timescale"]
    table = table_of(document, header, [], "BDD7EE")
    for theme in plan["themes"]:
        merged = table.add_row().cells[0].merge(table.rows[-1].cells[-1])
        bold_cell(merged, theme["title"])
        shade(merged, "DDEBF7")
        for a in theme_actions(plan, theme):
            cells = table.add_row().cells
            values = [a["ref"], a["title"], *matrix_marks(a, "●", "○"), a["deadline_text"]]
            for cell, text in zip(cells, values, strict=True):
                cell.text = text
    column_widths(table, (0.4, 3.6, 0.7, 0.7, 0.7, 0.8, 0.9, 0.9))
    document.save(path)


# A roadmap: a lane per theme, a column per quarter, actions as bullets (Excel, drawn PDF)

QUARTERS = [f"Q{q} {year}" for year in ("2026/27", "2027/28") for q in range(1, 5)]


def lane_cells(plan: dict, theme: dict) -> list[list[dict]]:
    actions = theme_actions(plan, theme)
    return [[a for a in actions if a["deadline_text"] == quarter] for quarter in QUARTERS]


def write_roadmap_xlsx(plan: dict, path: Path) -> None:
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = "Roadmap"
    sheet.append([plan["title"]])
    sheet["A1"].font = Font(bold=True, size=14)
    sheet.append(["", "2026/27", "", "", "", "2027/28"])
    sheet.merge_cells("B2:E2")
    sheet.merge_cells("F2:I2")
    sheet.append(["Theme", "Q1", "Q2", "Q3", "Q4", "Q1", "Q2", "Q3", "Q4"])
    for row in (2, 3):
        for cell in sheet[row]:
            cell.font, cell.fill = Font(bold=True), fill("D6DCE4")
            cell.alignment = Alignment(horizontal="center")
    for theme in plan["themes"]:
        cells = [
            "\n".join(f"• {a['title']} ({a['leads'][0]})" for a in actions)
            for actions in lane_cells(plan, theme)
        ]
        sheet.append([theme["title"], *cells])
        for cell in sheet[sheet.max_row]:
            cell.alignment = Alignment(wrap_text=True, vertical="top")
        sheet.cell(row=sheet.max_row, column=1).font = Font(bold=True)
    sheet.column_dimensions["A"].width = 16
    for letter in "BCDEFGHI":
        sheet.column_dimensions[letter].width = 26
    book.save(path)


LANE_COLOURS = ["#DCEBF7", "#E2F0D9", "#FBE5D6", "#EDE7F6"]


def roadmap_box(canvas, x: float, y: float, action: dict) -> float:
    """Draw one action's box with its top at y; return the box's bottom."""
    from reportlab.lib.utils import simpleSplit

    lines = simpleSplit(action["title"], "Helvetica", 6.5, 80)
    height = 9 * len(lines) + 16
    canvas.setFillColor("#FFFFFF")
    canvas.roundRect(x, y - height, 88, height, 3, stroke=1, fill=1)
    canvas.setFillColor("#222222")
    canvas.setFont("Helvetica", 6.5)
    for index, line in enumerate(lines):
        canvas.drawString(x + 4, y - 9 - index * 9, line)
    canvas.setFont("Helvetica-Oblique", 6)
    canvas.drawString(x + 4, y - height + 5, action["leads"][0])
    return y - height - 4


def roadmap_lane(canvas, plan: dict, theme: dict, number: int, top: float) -> float:
    cells = lane_cells(plan, theme)
    bottoms = []
    for column, actions in enumerate(cells):
        y = top - 6
        for action in actions:
            y = roadmap_box(canvas, 110 + column * 92, y, action)
        bottoms.append(y)
    bottom = min(bottoms) - 6
    canvas.setFillColor(LANE_COLOURS[number])
    canvas.rect(20, bottom, 86, top - bottom, stroke=0, fill=1)
    canvas.setFillColor("#1F3864")
    canvas.setFont("Helvetica-Bold", 10)
    canvas.drawString(26, top - 16, theme["title"])
    canvas.setStrokeColor("#BFBFBF")
    canvas.line(20, bottom, 822, bottom)
    return bottom


def write_roadmap_pdf(plan: dict, path: Path) -> None:
    from reportlab.lib.pagesizes import A4, landscape
    from reportlab.pdfgen.canvas import Canvas

    width, height = landscape(A4)
    canvas = Canvas(str(path), pagesize=landscape(A4))
    canvas.setTitle(plan["title"])
    canvas.setFont("Helvetica-Bold", 14)
    canvas.drawString(20, height - 30, plan["title"])
    canvas.setFont("Helvetica-Bold", 8)
    for column, quarter in enumerate(QUARTERS):
        canvas.setFillColor("#1F3864")
        canvas.rect(110 + column * 92, height - 62, 88, 18, stroke=0, fill=1)
        canvas.setFillColor("#FFFFFF")
        canvas.drawCentredString(154 + column * 92, height - 56, quarter)
    top = height - 68
    for number, theme in enumerate(plan["themes"]):
        canvas.setStrokeColor("#888888")
        top = roadmap_lane(canvas, plan, theme, number, top)
    canvas.setFillColor("#666666")
    canvas.setFont("Helvetica", 7)
    canvas.drawString(20, 16, "Boxes show the quarter each action is due to be completed.")
    canvas.save()


# Two rows per action: the text across the table, then lead, date and measure (Word)


def two_line_table(document, actions: list[dict]):
    table = document.add_table(rows=2, cols=4)
    table.style = "Table Grid"
    top, below = table.rows[0].cells, table.rows[1].cells
    bold_cell(top[0].merge(below[0]), "Ref")
    bold_cell(top[1].merge(top[3]), "Action")
    for cell, text in zip(below[1:], ["Lead", "By when", "Success measure"], strict=True):
        bold_cell(cell, text)
    for cell in (*top, *below):
        shade(cell, "E2EFDA")
    for a in actions:
        first, second = table.add_row().cells, table.add_row().cells
        first[0].merge(second[0]).text = a["ref"]
        first[1].merge(first[3]).text = a["title"]
        values = [" and ".join(a["leads"]), a["deadline_text"], a["indicators"][0]]
        for cell, text in zip(second[1:], values, strict=True):
            cell.text = text
    column_widths(table, (0.5, 1.9, 1.1, 2.9))
    return table


def write_two_line_rows(plan: dict, path: Path) -> None:
    document = new_word(plan)
    document.add_paragraph(
        "This plan responds to the Board's thematic review of domestic abuse affecting people "
        "aged 60 and over. Each action shows its lead, its date and how we will know it worked."
    )
    for theme in plan["themes"]:
        document.add_paragraph(theme["title"], style="Heading 2")
        two_line_table(document, theme_actions(plan, theme))
        document.add_paragraph()
    document.save(path)


# A short bold name and a paragraph of what it involves in one action cell (Word)

INVOLVES = {
    "1": "Midwives and maternal and child health nurses will ask every pregnant woman about "
    "family violence at booking and again in the third trimester.",
    "2": "Every government and Catholic school will teach the respectful relationships "
    "curriculum from prep to year 12, with professional learning for staff.",
    "3": "A statewide financial counselling service will help victim-survivors deal with debt "
    "and coerced loans.",
    "4": "Communal refuges will be replaced by core and cluster units, so that families have "
    "their own front door.",
    "5": "Children who have lived with family violence will be able to get counselling in their "
    "own right, not only as part of an adult's case.",
    "6": "Case managers will be able to spend flexible funds on what keeps a family safe, from "
    "locks to school fees.",
    "7": "Aboriginal communities will design and deliver their own healing programs, with "
    "long-term funding.",
    "8": "More places on accredited programs, with shorter waits and programs for fathers.",
    "9": "Courts will be able to order electronic monitoring of people at high risk of "
    "seriously harming a family member.",
    "10": "Every region will have a court with specialist magistrates, registrars and support "
    "workers for family violence matters.",
}


def write_bold_title_cell(plan: dict, path: Path) -> None:
    document = new_word(plan)
    document.add_paragraph(
        "This is the second three-year rolling action plan under the 10-year Family Violence "
        "Reform. It sets out what government will deliver, who leads, and when."
    )
    for theme in plan["themes"]:
        document.add_paragraph(heading(theme), style="Heading 1")
        table = table_of(document, ["", "Action", "Lead agency", "Timing"], [], "7030A0")
        for cell in table.rows[0].cells:
            cell.paragraphs[0].runs[0].font.color.rgb = RGBColor(0xFF, 0xFF, 0xFF)
        for a in theme_actions(plan, theme):
            cells = table.add_row().cells
            cells[0].text = a["ref"]
            cells[1].paragraphs[0].add_run(a["title"]).bold = True
            cells[1].add_paragraph(INVOLVES[a["ref"]])
            cells[2].text, cells[3].text = a["leads"][0], a["deadline_text"]
        column_widths(table, (0.35, 3.9, 1.6, 0.9))
    document.save(path)


# Lettered sub-actions under each action, BRAG as fill, a key to the right (Excel, CSV)

LETTERED_HEADER = ["Ref", "Action / sub-action", "Lead", "Target date", "% complete", "BRAG"]
LETTERED_HEADER.append("Comments")
LETTERED_KEY = [
    ("BRAG key", None),
    ("Complete", "0070C0"),
    ("On track", "00B050"),
    ("Some risk to delivery", "FFC000"),
    ("Off track", "FF0000"),
]
BRAG = ["00B050", "FFC000", "0070C0", "00B050", "FF0000"]


def lettered_rows(plan: dict) -> list[tuple[str, list, str | None]]:
    """(kind, values, fill) per row: kind is "theme", "action" or "step"."""
    rows: list[tuple[str, list, str | None]] = []
    for theme in plan["themes"]:
        rows.append(("theme", [theme["ref"], theme["title"]], None))
        for number, a in enumerate(theme_actions(plan, theme)):
            done = [1.0, 0.6, 0.25, 0.0][number % 4]
            comment = "Update due at July Quality Committee" if number == 1 else ""
            values = [a["ref"], a["title"], a["leads"][0], a["deadline_text"], done, "", comment]
            rows.append(("action", values, BRAG[number % 5]))
            for letter, m in zip("abcdef", a["milestones"], strict=False):
                step = 1.0 if letter == "a" else 0.0
                values = [f"{a['ref']}({letter})", m["title"], "", m["due_text"], step, "", ""]
                rows.append(("step", values, "0070C0" if step else "00B050"))
    return rows


def lettered_key(sheet) -> None:
    for offset, (label, shade_colour) in enumerate(LETTERED_KEY):
        sheet.cell(row=4 + offset, column=10, value=label)
        if shade_colour:
            sheet.cell(row=4 + offset, column=9).fill = fill(shade_colour)
        else:
            sheet.cell(row=4 + offset, column=10).font = Font(bold=True)


def write_lettered_xlsx(plan: dict, path: Path) -> None:
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = "DA SV action plan"
    sheet.append([plan["title"]])
    sheet["A1"].font = Font(bold=True, size=14)
    sheet.append(["Last updated: 12 March 2026 by the Designated Nurse"])
    sheet.append([])
    sheet.append(LETTERED_HEADER)
    for cell in sheet[4]:
        cell.font, cell.fill = Font(bold=True, color="FFFFFF"), fill("005EB8")
    for kind, values, shade_colour in lettered_rows(plan):
        if kind != "theme":
            day = dt.datetime.strptime(values[3], "%d/%m/%Y")
            values = [*values[:3], day, *values[4:]]
        sheet.append(values)
        row = sheet.max_row
        sheet.cell(row=row, column=4).number_format = "dd/mm/yyyy"
        sheet.cell(row=row, column=5).number_format = "0%"
        if kind == "theme":
            for cell in sheet[row][:2]:
                cell.font = Font(bold=True)
        else:
            sheet.cell(row=row, column=6).fill = fill(shade_colour or "FFFFFF")
    lettered_key(sheet)
    bars = DataBarRule(start_type="num", start_value=0, end_type="num", end_value=1, color="5B9BD5")
    sheet.conditional_formatting.add(f"E5:E{sheet.max_row}", bars)
    sheet.freeze_panes = "C5"
    for letter, width in zip("ABCDEFGHIJ", (8, 64, 26, 12, 11, 7, 30, 3, 3, 22), strict=True):
        sheet.column_dimensions[letter].width = width
    book.save(path)


def lettered_csv(plan: dict) -> str:
    """The sheet saved as CSV: every row as wide as the widest, the key's cells on its rows."""
    rows = [[plan["title"]], ["Last updated: 12 March 2026 by the Designated Nurse"], []]
    rows.append(LETTERED_HEADER)
    for _kind, values, _fill in lettered_rows(plan):
        cells = list(values)
        if len(cells) > 4:
            cells[4] = f"{round(cells[4] * 100)}%"
        rows.append(cells)
    for offset, (label, _colour) in enumerate(LETTERED_KEY):
        rows[3 + offset] = rows[3 + offset] + [""] * (9 - len(rows[3 + offset])) + [label]
    return csv_text([[str(c) for c in row] + [""] * (10 - len(row)) for row in rows])


# An email reply quoting the plan (text)


def quoted_email_text(plan: dict) -> str:
    quoted = [
        "Dear all,",
        "",
        "Thank you for your time on Tuesday. Below are the actions we agreed, with leads and",
        "dates. Please tell me by Friday if anything is wrong.",
        "",
    ]
    for theme in plan["themes"]:
        quoted += [heading(theme, " - "), "Ref\tAction\tLead\tBy"]
        for a in theme_actions(plan, theme):
            quoted.append("\t".join([a["ref"], a["title"], a["leads"][0], a["deadline_text"]]))
        quoted.append("")
    quoted += ["Kind regards", "", "Sue", "Domestic Abuse Coordinator | Fenmoor District Council"]
    return "\n".join(
        [
            "Hi Sue,",
            "",
            "Police are fine with 3a. One change: can 2a say District Housing Leads rather than",
            "the council? Otherwise agreed.",
            "",
            "Thanks, Mark",
            "",
            "From: Domestic Abuse Coordinator <da.coordinator@fenmoor.gov.uk>",
            "Sent: 14 March 2026 16:02",
            "To: DA Steering Group <da.steering@fenmoor.gov.uk>",
            "Subject: " + plan["title"],
            "",
            *[f"> {line}".rstrip() for line in quoted],
            "",
        ]
    )


# Canada: a semicolon CSV with a byte order mark and bilingual headers, and the PDF

CANADA_HEADER = ["Pillar / Pilier", "No.", "Initiative", "Lead ministry / Ministère responsable"]
CANADA_HEADER += ["Funding / Financement", "Timeline / Échéancier", "Status / État"]
CANADA_STATUS = ["Underway / En cours", "Planned / Prévu", "Complete / Terminé"]


def write_canada_csv(plan: dict, path: Path) -> None:
    rows = [CANADA_HEADER]
    for number, (theme, a) in enumerate(all_actions(plan)):
        rows.append(
            [
                heading(theme),
                a["ref"],
                a["title"],
                a["leads"][0],
                a["cost"],
                a["deadline_text"],
                CANADA_STATUS[number % 3],
            ]
        )
    path.write_bytes(csv_text(rows, ";").encode("utf-8-sig"))


def write_canada_docx(plan: dict, path: Path) -> None:
    document = new_word(plan, landscape=True)
    document.add_paragraph(
        "The Province will invest $31.3 million over four years. This table lists each "
        "initiative, the ministry accountable for it, its funding and its timeline. Ce document "
        "est également disponible en français."
    )
    for theme in plan["themes"]:
        document.add_paragraph(heading(theme), style="Heading 1")
        rows = [
            [a["ref"], a["title"], a["leads"][0], a["cost"], a["deadline_text"]]
            for a in theme_actions(plan, theme)
        ]
        header = ["#", "Initiative", "Lead ministry", "Funding", "Timeline"]
        table = table_of(document, header, rows, "C00000")
        column_widths(table, (0.4, 4.2, 2.0, 1.4, 1.0))
    document.save(path)


# Action cards two to a row (drawn PDF)

CARD_COLOURS = ["#8E2C6C", "#1B6A8A", "#3E7B27"]


def card(canvas, x: float, top: float, action: dict, accent: str) -> float:
    from reportlab.lib.utils import simpleSplit

    lines = simpleSplit(action["title"], "Helvetica", 11, 220)
    height = 16 * len(lines) + 70
    canvas.setFillColor("#F7F7F7")
    canvas.setStrokeColor(accent)
    canvas.roundRect(x, top - height, 250, height, 8, stroke=1, fill=1)
    canvas.setFillColor(accent)
    canvas.setFont("Helvetica-Bold", 20)
    canvas.drawString(x + 12, top - 26, action["ref"])
    canvas.setFillColor("#222222")
    canvas.setFont("Helvetica", 11)
    for index, line in enumerate(lines):
        canvas.drawString(x + 12, top - 46 - index * 16, line)
    canvas.setFont("Helvetica-Bold", 9)
    canvas.drawString(x + 12, top - height + 24, f"Lead: {action['leads'][0]}")
    canvas.drawString(x + 12, top - height + 10, f"By: {action['deadline_text']}")
    return height


def cards_page(canvas, plan: dict, theme: dict, accent: str) -> None:
    from reportlab.lib.pagesizes import A4

    width, height = A4
    canvas.setFillColor(accent)
    canvas.rect(0, height - 110, width, 110, stroke=0, fill=1)
    canvas.setFillColor("#FFFFFF")
    canvas.setFont("Helvetica", 10)
    canvas.drawString(40, height - 40, "Tregarth Safer Together")
    canvas.setFont("Helvetica-Bold", 26)
    canvas.drawString(40, height - 80, theme["title"])
    top = height - 140
    actions = theme_actions(plan, theme)
    for first in range(0, len(actions), 2):
        pair = actions[first : first + 2]
        tallest = max(card(canvas, 40 + 265 * i, top, a, accent) for i, a in enumerate(pair))
        top -= tallest + 15
    canvas.setFillColor("#666666")
    canvas.setFont("Helvetica", 8)
    canvas.drawString(40, 30, plan["title"])


def write_cards_pdf(plan: dict, path: Path) -> None:
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen.canvas import Canvas

    canvas = Canvas(str(path), pagesize=A4)
    canvas.setTitle(plan["title"])
    for theme, accent in zip(plan["themes"], CARD_COLOURS, strict=True):
        cards_page(canvas, plan, theme, accent)
        canvas.showPage()
    canvas.save()


# A responsive table seen on a phone: label/value stacks (drawn PDF, copied text)

STACK_LABELS = ["Action", "Lead", "By when", "Progress"]


def stack_values(action: dict) -> list[str]:
    return [action["title"], action["leads"][0], action["deadline_text"], action["status_text"]]


def stacked_story(plan: dict) -> list:
    from reportlab.lib.styles import getSampleStyleSheet
    from reportlab.platypus import HRFlowable, Paragraph, Spacer

    styles = getSampleStyleSheet()
    small = styles["BodyText"].clone("stack", fontSize=10, leading=13)
    story = [
        Paragraph("ashcombe.gov.uk/community-safety/domestic-abuse/action-plan", small),
        Paragraph(escape(plan["title"]), styles["Title"]),
    ]
    for theme in plan["themes"]:
        story.append(Paragraph(escape(heading(theme)), styles["Heading2"]))
        for action in theme_actions(plan, theme):
            for label, value in zip(STACK_LABELS, stack_values(action), strict=True):
                story.append(Paragraph(f"<b>{label}</b>&nbsp;&nbsp;{escape(value)}", small))
            story += [Spacer(1, 4), HRFlowable(width="100%", color="#CCCCCC"), Spacer(1, 4)]
    story.append(Paragraph("Was this page helpful? Yes / No", small))
    return story


def write_stacked_pdf(plan: dict, path: Path) -> None:
    from reportlab.lib.pagesizes import A4
    from reportlab.platypus import SimpleDocTemplate

    document = SimpleDocTemplate(str(path), pagesize=A4, title=plan["title"])
    document.leftMargin = document.rightMargin = 150
    document.build(stacked_story(plan))


def stacked_text(plan: dict) -> str:
    lines = ["Skip to main content", "Menu", "Search", "Home > Community safety > Domestic abuse"]
    lines += ["", plan["title"], "", "On this page"]
    lines += [heading(t) for t in plan["themes"]] + [""]
    for theme in plan["themes"]:
        lines += [heading(theme), ""]
        for action in theme_actions(plan, theme):
            for label, value in zip(STACK_LABELS, stack_values(action), strict=True):
                lines += [label, value]
            lines.append("")
    lines += ["Was this page helpful?", "Yes", "No", "© Ashcombe Borough Council"]
    return "\n".join(lines) + "\n"


# Themes only by Excel's row grouping, one group collapsed, a hidden column and sheet (Excel)

OUTLINE_HEADER = ["Action", "Lead", "Target", "Status", "Internal notes", "Update"]


def grouped_lists(book, plan: dict):
    lists = book.create_sheet("Lists")
    leads = sorted({a["leads"][0] for _t, a in all_actions(plan)})
    statuses = ["Not started", "On track", "At risk", "Complete"]
    for row, lead in enumerate(leads, start=1):
        lists.cell(row=row, column=1, value=lead)
    for row, status in enumerate(statuses, start=1):
        lists.cell(row=row, column=2, value=status)
    lists.sheet_state = "hidden"
    return len(leads), len(statuses)


def write_outline_grouped(plan: dict, path: Path) -> None:
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = "Improvement plan"
    lead_count, status_count = grouped_lists(book, plan)
    sheet.append(OUTLINE_HEADER)
    for cell in sheet[1]:
        cell.font = Font(bold=True)
    for number, theme in enumerate(plan["themes"]):
        sheet.append([theme["title"]])
        for a in theme_actions(plan, theme):
            note = "check with JH re budget" if a["status_text"] == "At risk" else ""
            update = "" if a["status_text"] == "Not started" else "See Q3 report."
            sheet.append([a["title"], a["leads"][0], a["deadline_text"], a["status_text"]])
            sheet.cell(row=sheet.max_row, column=5, value=note)
            sheet.cell(row=sheet.max_row, column=6, value=update)
            sheet.row_dimensions[sheet.max_row].outline_level = 1
            sheet.row_dimensions[sheet.max_row].hidden = number == 1
    sheet.sheet_properties.outlinePr.summaryBelow = False
    sheet.column_dimensions["E"].hidden = True
    leads = DataValidation(type="list", formula1=f"Lists!$A$1:$A${lead_count}")
    statuses = DataValidation(type="list", formula1=f"Lists!$B$1:$B${status_count}")
    sheet.add_data_validation(leads)
    sheet.add_data_validation(statuses)
    leads.add(f"B2:B{sheet.max_row}")
    statuses.add(f"D2:D{sheet.max_row}")
    for letter, width in zip("ABCDEF", (70, 30, 14, 12, 24, 30), strict=True):
        sheet.column_dimensions[letter].width = width
    book.save(path)


# Confluence page as Markdown: a table per workstream, @mentions and lozenges


def confluence_text(plan: dict) -> str:
    lines = [
        f"# {plan['title']}",
        "",
        "Owned by Ruth Ansah · Last updated 9 March 2026",
        "",
        "> **Info:** Owners update their rows before each programme board. Status values: "
        "NOT STARTED, IN PROGRESS, BLOCKED, DONE.",
        "",
    ]
    for theme in plan["themes"]:
        lines += [f"## {heading(theme)}", "", "| # | Action | Owner | Team | Due | Status |"]
        lines.append("|---|---|---|---|---|---|")
        for a in theme_actions(plan, theme):
            person, team = a["leads"]
            lines.append(
                f"| {a['ref']} | {a['title']} | @{person} | {team} | {a['deadline_text']} "
                f"| {a['status_text']} |"
            )
        lines.append("")
    lines += [
        "## Open questions",
        "",
        "| Question | Raised by | Answer |",
        "|---|---|---|",
        "| Can the help points link to the council's CCTV control room? | @Omar Shah | |",
        "| Who funds the evening ISVA clinics after March? | @Beth Cole | PCC bid submitted |",
        "",
    ]
    return "\n".join(lines)


# Status ticked in one of four checkbox columns (Word)

CHECKBOXES = ["Not started", "On track", "Off track", "Complete"]


def write_checkbox_status(plan: dict, path: Path) -> None:
    document = new_word(plan, landscape=True)
    document.add_paragraph(
        "Tick the box that best describes progress at the end of the quarter. Return to the "
        "OPCC by the 10th working day after quarter end."
    )
    header = ["No.", "Commitment", "Lead", "Deadline", *CHECKBOXES]
    table = table_of(document, header, [], "D9E2F3")
    for theme in plan["themes"]:
        merged = table.add_row().cells[0].merge(table.rows[-1].cells[-1])
        merged.text = theme["title"]
        merged.paragraphs[0].runs[0].font.size = Pt(12)
        shade(merged, "8EAADB")
        for a in theme_actions(plan, theme):
            cells = table.add_row().cells
            boxes = ["☒" if a["status_text"] == box else "☐" for box in CHECKBOXES]
            values = [a["ref"], a["title"], a["leads"][0], a["deadline_text"], *boxes]
            for cell, text in zip(cells, values, strict=True):
                cell.text = text
            ticked = cells[4 + CHECKBOXES.index(a["status_text"])]
            shade(ticked, colour(a["status_text"]) or "FFFFFF")
    column_widths(table, (0.4, 3.6, 1.6, 1.0, 0.75, 0.75, 0.75, 0.75))
    document.save(path)


BLIND_C: dict[str, tuple[str, list[tuple[str, Writer]]]] = {
    "jira_csv": (blind_c.JIRA_CSV, [("export.csv", text_writer(jira_text))]),
    "trello_csv": (blind_c.TRELLO_CSV, [("board.csv", text_writer(trello_text))]),
    "smartsheet": (
        blind_c.SMARTSHEET,
        [("sheet.xlsx", write_smartsheet_xlsx), ("sheet.csv", text_writer(smartsheet_text))],
    ),
    "monday_board": (blind_c.MONDAY, [("board.xlsx", write_monday)]),
    "asana_csv": (blind_c.ASANA, [("project.csv", text_writer(asana_text))]),
    "raci_matrix": (
        blind_c.RACI_MATRIX,
        [("matrix.xlsx", write_raci_xlsx), ("matrix.docx", write_raci_docx)],
    ),
    "roadmap": (
        blind_c.ROADMAP,
        [("roadmap.xlsx", write_roadmap_xlsx), ("roadmap.pdf", write_roadmap_pdf)],
    ),
    "two_line_rows": (
        blind_c.TWO_LINE_ROWS,
        [("plan.docx", write_two_line_rows), ("plan.pdf", saved_as_pdf("plan.docx"))],
    ),
    "bold_title_cell": (
        blind_c.BOLD_TITLE_CELL,
        [("plan.docx", write_bold_title_cell), ("plan.pdf", saved_as_pdf("plan.docx"))],
    ),
    "lettered_subactions": (
        blind_c.LETTERED_SUBACTIONS,
        [("plan.xlsx", write_lettered_xlsx), ("plan.csv", text_writer(lettered_csv))],
    ),
    "quoted_email": (blind_c.QUOTED_EMAIL, [("email.txt", text_writer(quoted_email_text))]),
    "canada_costed": (
        blind_c.CANADA,
        [
            ("open_data.csv", write_canada_csv),
            ("plan.docx", write_canada_docx),
            ("plan.pdf", saved_as_pdf("plan.docx")),
        ],
    ),
    "action_cards": (blind_c.CARDS_PDF, [("commitments.pdf", write_cards_pdf)]),
    "stacked_web": (
        blind_c.STACKED_WEB,
        [("printed.pdf", write_stacked_pdf), ("copied.txt", text_writer(stacked_text))],
    ),
    "outline_grouped": (blind_c.OUTLINE_GROUPED, [("plan.xlsx", write_outline_grouped)]),
    "confluence_md": (blind_c.CONFLUENCE_MD, [("tracker.md", text_writer(confluence_text))]),
    "checkbox_status": (
        blind_c.CHECKBOX_STATUS,
        [("tracker.docx", write_checkbox_status), ("tracker.pdf", saved_as_pdf("tracker.docx"))],
    ),
}
"""Folder name -> (the plan's outline, the documents written from it): batch C."""


if __name__ == "__main__":
    render_blind(sys.argv[1] if len(sys.argv) > 1 else None, BLIND_C)
