"""Write the second blind set's batch D documents (see `blind_d.py`) from their truths.

    .venv/bin/python -m cairn.imports.tests.documents.blind_d_render [NAME]

Run once; the documents are committed, so the tests only parse them. As in
`blind_render.py`, PDFs "saved from Word" need LibreOffice Writer at render time only; the
others are drawn with reportlab (the scanned plan's page picture with Pillow).
"""

from __future__ import annotations

import datetime as dt
import io
import sys
from pathlib import Path

import openpyxl
from docx.shared import Pt
from openpyxl.styles import Alignment, Font

from cairn.imports.tests.documents import blind_d
from cairn.imports.tests.documents.blind_b_render import table_of
from cairn.imports.tests.documents.blind_c_render import all_actions, csv_text, token
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


def lowered(title: str) -> str:
    return title[0].lower() + title[1:]


# Minutes with "ACTION:" lines under numbered agenda items (Word, pasted text)

PRESENT = [
    "Cllr J. Ormerod (Chair)",
    "Head of Community Safety",
    "Detective Chief Inspector, Saltmarsh Police",
    "Service Manager, Saltmarsh Women's Aid",
    "Designated Nurse Safeguarding Adults, ICB",
    "Housing Options Manager",
]
DISCUSSION = {
    "3": "The Housing Options Manager presented the first draft. Members noted the shortage of "
    "places for women with older sons and for survivors with no recourse to public funds.",
    "4": "The DHR Coordinator reported that the review panel had met twice. GP records were "
    "still outstanding and the chair's contract ends in March.",
    "5": "The Board discussed the training framework adopted last year. Take-up is uneven and "
    "partners were asked how many staff have completed each level.",
    "6": "The Board received the Q3 dashboard. Repeat MARAC cases rose to 38%; referrals from "
    "health fell for the second quarter running.",
}


def minutes_paragraphs(plan: dict) -> list[tuple[str, str]]:
    """(kind, text) in order: kind is "title", "item", "text" or "action"."""
    parts = [("title", plan["title"]), ("text", "Civic Centre, Committee Room 2, 10:00")]
    parts += [("item", "Present"), ("text", "; ".join(PRESENT))]
    parts += [("item", "1. Welcome and apologies")]
    parts += [("text", "Apologies were received from Probation and Children's Services.")]
    parts += [("item", "2. Minutes of the last meeting and matters arising")]
    parts += [("text", "Agreed as a true record. All actions are complete except action 4.")]
    for theme in plan["themes"]:
        parts += [("item", f"{theme['ref']}. {theme['title']}"), ("text", DISCUSSION[theme["ref"]])]
        for action in theme_actions(plan, theme):
            lead, due = action["leads"][0], action["deadline_text"]
            parts.append(("action", f"ACTION: {lead} to {lowered(action['title'])} by {due}."))
    parts += [("item", "7. Any other business"), ("text", "None.")]
    parts += [("item", "8. Date of next meeting"), ("text", "16 April 2026, 10:00, Civic Centre.")]
    return parts


def write_minutes_docx(plan: dict, path: Path) -> None:
    import docx

    document = docx.Document()
    for kind, text in minutes_paragraphs(plan):
        paragraph = document.add_paragraph()
        run = paragraph.add_run(text)
        run.bold = kind in ("title", "item", "action")
        if kind == "title":
            run.font.size = Pt(14)
    document.save(path)


def minutes_text(plan: dict) -> str:
    lines = []
    for kind, text in minutes_paragraphs(plan):
        lines += ["", text] if kind == "item" else [text]
    return "\n".join(lines) + "\n"


# A table per priority turned on its side: actions as columns (Word)

TRANSPOSED_ROWS = ["What we will do", "Who will lead", "By when", "How we will know"]


def write_transposed(plan: dict, path: Path) -> None:
    document = new_word(plan, landscape=True)
    document.add_paragraph(
        "The PCSP agreed three priorities for 2026-27 with its partners. For each, the table "
        "below sets out the actions, reading down each column."
    )
    for theme in plan["themes"]:
        document.add_paragraph(heading(theme), style="Heading 2")
        actions = theme_actions(plan, theme)
        header = ["", *[f"Action {n}" for n in range(1, len(actions) + 1)]]
        values = [
            [a["title"] for a in actions],
            [a["leads"][0] for a in actions],
            [a["deadline_text"] for a in actions],
            [a["indicators"][0] for a in actions],
        ]
        rows = [[label, *row] for label, row in zip(TRANSPOSED_ROWS, values, strict=True)]
        table = table_of(document, header, rows, "C6E0B4")
        for row in table.rows[1:]:
            bold_cell(row.cells[0], row.cells[0].text)
        column_widths(table, (1.4, *([7.2 / len(actions)] * len(actions))))
    document.save(path)


# A Google Sheets workplan: instructions row, checkbox column, month-first dates (Excel, CSV)

SHEETS_HEADER = ["Done?", "Workstream", "Task", "Owner", "Due", "Notes", "Link"]
SHEETS_NOTES = ["", "Waiting on county counsel", "", "Budget request in FY27", ""]


def sheets_rows(plan: dict) -> list[list]:
    rows = []
    for number, (theme, a) in enumerate(all_actions(plan)):
        due = dt.datetime.strptime(a["deadline_text"], "%m/%d/%Y")
        link = (
            f"https://drive.google.com/drive/folders/{token(a['title'], 20)}" if number % 3 else ""
        )
        note = SHEETS_NOTES[number % len(SHEETS_NOTES)]
        rows.append([a["status_text"] == "Done", theme["title"], a["title"], a["leads"][0], due])
        rows[-1] += [note, link]
    return sorted(rows, key=lambda row: row[4])


def write_sheets_xlsx(plan: dict, path: Path) -> None:
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = "FY2026 Workplan"
    sheet.append([plan["title"]])
    sheet["A1"].font = Font(bold=True, size=14)
    sheet.append(
        [
            "Instructions: tick Done? when a task is complete. Pick the workstream from the"
            " drop-down. Please don't insert columns - the dashboard reads them."
        ]
    )
    sheet.append(SHEETS_HEADER)
    for cell in sheet[3]:
        cell.font, cell.fill = Font(bold=True, color="FFFFFF"), fill("1155CC")
    for row in sheets_rows(plan):
        sheet.append(row)
        sheet.cell(row=sheet.max_row, column=5).number_format = "m/d/yyyy"
        sheet.cell(row=sheet.max_row, column=2).fill = fill("D9EAD3")
    sheet.freeze_panes = "A4"
    for letter, width in zip("ABCDEFG", (8, 20, 64, 18, 11, 28, 40), strict=True):
        sheet.column_dimensions[letter].width = width
    book.save(path)


def sheets_csv(plan: dict) -> str:
    rows = [
        [plan["title"], "", "", "", "", "", ""],
        [
            "Instructions: tick Done? when a task is"
            " complete. Pick the workstream from the drop-down. Please don't insert columns -"
            " the dashboard reads them.",
            "",
            "",
            "",
            "",
            "",
            "",
        ],
        SHEETS_HEADER,
    ]
    for done, *rest in sheets_rows(plan):
        due = rest[3]
        rest[3] = f"{due.month}/{due.day}/{due.year}"
        rows.append(["TRUE" if done else "FALSE", *rest])
    return csv_text(rows)


# Each action's fields on lines of one cell (Excel, Word)

RAG_WORDS = {"Green": "00B050", "Amber": "FFC000", "Red": "FF0000"}


def details(action: dict) -> list[tuple[str, str]]:
    return [
        ("Action", action["title"]),
        ("Lead", action["leads"][0]),
        ("By", action["deadline_text"]),
    ]


def write_one_cell_xlsx(plan: dict, path: Path) -> None:
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = "Action plan"
    sheet.append([plan["title"]])
    sheet["A1"].font = Font(bold=True, size=13)
    sheet.append([])
    sheet.append(["Priority", "Action details", "RAG", "Update (Q3)"])
    for cell in sheet[3]:
        cell.font, cell.fill = Font(bold=True), fill("D9D9D9")
    for theme in plan["themes"]:
        first = sheet.max_row + 1
        for a in theme_actions(plan, theme):
            text = "\n".join(f"{label}: {value}" for label, value in details(a))
            sheet.append([theme["title"], text, a["status_text"], a["progress_text"]])
            sheet.cell(row=sheet.max_row, column=3).fill = fill(RAG_WORDS[a["status_text"]])
            for cell in sheet[sheet.max_row]:
                cell.alignment = Alignment(wrap_text=True, vertical="top")
        sheet.merge_cells(start_row=first, start_column=1, end_row=sheet.max_row, end_column=1)
    for letter, width in zip("ABCD", (24, 70, 9, 34), strict=True):
        sheet.column_dimensions[letter].width = width
    book.save(path)


def write_one_cell_docx(plan: dict, path: Path) -> None:
    document = new_word(plan)
    table = table_of(document, ["Action details", "RAG", "Update (Q3)"], [], "D9D9D9")
    for theme in plan["themes"]:
        merged = table.add_row().cells[0].merge(table.rows[-1].cells[-1])
        bold_cell(merged, theme["title"])
        for a in theme_actions(plan, theme):
            cells = table.add_row().cells
            for number, (label, value) in enumerate(details(a)):
                paragraph = cells[0].paragraphs[0] if number == 0 else cells[0].add_paragraph()
                paragraph.add_run(f"{label}: ").bold = True
                paragraph.add_run(value)
            cells[1].text, cells[2].text = a["status_text"], a["progress_text"]
            shade(cells[1], colour(a["status_text"]) or "FFFFFF")
    column_widths(table, (4.2, 0.7, 1.8))
    document.save(path)


# A fillable PDF form per action, the values in the form fields (drawn)

FORM_FIELDS = [
    ("Focus area", 40),
    ("Action number", 40),
    ("Action", 70),
    ("Responsible officer", 40),
    ("Due date", 40),
    ("Status", 40),
    ("Comments", 70),
]


def form_values(theme: dict, action: dict) -> list[str]:
    comment = "" if action["status_text"] == "Not started" else "Progressing as planned."
    return [
        theme["title"],
        action["ref"],
        action["title"],
        action["leads"][0],
        action["deadline_text"],
        action["status_text"],
        comment,
    ]


def form_page(canvas, plan: dict, theme: dict, action: dict) -> None:
    from reportlab.lib.pagesizes import A4

    width, height = A4
    canvas.setFont("Helvetica-Bold", 13)
    canvas.drawString(50, height - 60, plan["title"])
    canvas.setFont("Helvetica", 9)
    canvas.drawString(
        50,
        height - 78,
        "Complete one form per action and return to the Community "
        "Development team by the 10th of the month after quarter end.",
    )
    y = height - 120
    for (label, box), value in zip(FORM_FIELDS, form_values(theme, action), strict=True):
        canvas.setFont("Helvetica-Bold", 10)
        canvas.drawString(50, y - 14, label)
        canvas.acroForm.textfield(
            name=f"{label.replace(' ', '_')}_{action['ref']}",
            value=value,
            x=180,
            y=y - box + 12,
            width=360,
            height=box - 8,
            fontSize=9,
            fieldFlags="multiline" if box > 40 else "",
            borderColor=None,
            fillColor=None,
        )
        y -= box + 6
    canvas.setFont("Helvetica", 8)
    canvas.drawString(50, 40, "Coolabah Regional Council - OFFICIAL")


def write_acroform(plan: dict, path: Path) -> None:
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen.canvas import Canvas

    canvas = Canvas(str(path), pagesize=A4)
    canvas.setTitle("Quarterly Return")
    for theme, action in all_actions(plan):
        form_page(canvas, plan, theme, action)
        canvas.showPage()
    canvas.save()


# A pivot table pasted as values: theme on its first row only, subtotals, a grand total (Excel)


def write_pivot(plan: dict, path: Path) -> None:
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = "Summary"
    sheet.append(["Year", "2026/27"])
    sheet.append([])
    sheet.append(["Theme", "Action", "Lead", "Due", "Count of Ref"])
    for cell in sheet[3]:
        cell.font, cell.fill = Font(bold=True), fill("DDEBF7")
    total = 0
    for theme in plan["themes"]:
        actions = theme_actions(plan, theme)
        for index, a in enumerate(actions):
            due = dt.datetime.strptime(a["deadline_text"], "%d/%m/%Y")
            sheet.append(
                [theme["title"] if index == 0 else None, a["title"], a["leads"][0], due, 1]
            )
            sheet.cell(row=sheet.max_row, column=4).number_format = "dd/mm/yyyy"
        sheet.append([f"{theme['title']} Total", None, None, None, len(actions)])
        for cell in sheet[sheet.max_row]:
            cell.font, cell.fill = Font(bold=True), fill("DDEBF7")
        total += len(actions)
    sheet.append(["Grand Total", None, None, None, total])
    for cell in sheet[sheet.max_row]:
        cell.font = Font(bold=True)
    for letter, width in zip("ABCDE", (26, 62, 26, 12, 13), strict=True):
        sheet.column_dimensions[letter].width = width
    book.save(path)


# A Notion database as CSV: the workstream a relation with its link (CSV)

NOTION_TAGS = ["Campaign", "Schools", "Council", "Licensing", "Data", "Licensing", "Young people"]
NOTION_TAGS.append("Commissioning")


def notion_text(plan: dict) -> str:
    rows = [["Name", "Created time", "Due", "Owner", "Status", "Tags", "Workstream"]]
    for number, (theme, a) in enumerate(all_actions(plan)):
        page = f"{theme['title'].replace(' ', '-')}-{token(theme['title'], 32)}"
        rows.append(
            [
                a["title"],
                f"January {5 + number}, 2026 10:{14 + number} AM",
                a["deadline_text"],
                a["leads"][0],
                a["status_text"],
                NOTION_TAGS[number],
                f"{theme['title']} (https://www.notion.so/{page})",
            ]
        )
    return "\ufeff" + csv_text(rows)


# A BI export: sort-prefixed themes, coded RAG, date-times, rows sorted by RAG (CSV, Excel)

BI_HEADER = ["Theme", "Action ID", "Action", "Lead Agency", "Target Date", "RAG Status"]
BI_HEADER.append("Last Update")


def bi_rows(plan: dict) -> list[list]:
    rows = []
    for number, (theme, a) in enumerate(all_actions(plan), start=1):
        due = dt.datetime.strptime(a["deadline_text"], "%d/%m/%Y")
        updated = dt.datetime(2026, 3, 1 + number, 9 + number % 8, 12 + number, 7)
        rows.append([heading(theme, ". "), 2400 + number, a["title"], a["leads"][0], due])
        rows[-1] += [a["status_text"], updated]
    return sorted(rows, key=lambda row: (row[5], row[4]))


def bi_text(plan: dict) -> str:
    rows = [BI_HEADER]
    for row in bi_rows(plan):
        rows.append(
            [c.strftime("%d/%m/%Y %H:%M:%S") if isinstance(c, dt.datetime) else str(c) for c in row]
        )
    return csv_text(rows)


def write_bi_xlsx(plan: dict, path: Path) -> None:
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = "Export"
    sheet.append(BI_HEADER)
    for row in bi_rows(plan):
        sheet.append(row)
        for column in (5, 7):
            sheet.cell(row=sheet.max_row, column=column).number_format = "dd/mm/yyyy hh:mm:ss"
    for letter, width in zip("ABCDEFG", (16, 10, 60, 26, 20, 14, 20), strict=True):
        sheet.column_dimensions[letter].width = width
    book.save(path)


# A scanned plan with an OCR text layer (a page picture and invisible text)

OCR_ERRORS = [("m", "rn"), ("l", "1"), ("o", "0"), ("e", "c"), ("i", "l"), ("h", "b")]
OCR_COLUMNS = [("Ref", 40, 30), ("Action", 70, 260), ("Lead", 330, 130), ("Target", 460, 90)]


def misread(text: str, number: int) -> str:
    """The OCR's reading of an action: one of its usual confusions, once, past the first word."""
    wrong, right = OCR_ERRORS[number % len(OCR_ERRORS)]
    at = text.find(wrong, text.find(" ") + 1)
    return text if at < 0 else text[:at] + right + text[at + len(wrong) :]


def ocr_lines(plan: dict) -> list[tuple[float, list[tuple[float, str, str]]]]:
    """(y from the top in points, [(x, shown text, OCR text)]) for each line of the page."""
    from reportlab.lib.utils import simpleSplit

    lines, y = [(60.0, [(40.0, plan["title"], plan["title"])])], 100.0
    lines.append((y, [(x, name, name) for name, x, _w in OCR_COLUMNS]))
    y += 20
    for theme in plan["themes"]:
        lines.append((y, [(40.0, theme["title"].upper(), theme["title"].upper())]))
        y += 18
        for a in theme_actions(plan, theme):
            cells = [a["ref"], a["title"], a["leads"][0], a["deadline_text"]]
            wrapped = [
                simpleSplit(c, "Helvetica", 9, w - 6)
                for c, (_n, _x, w) in zip(cells, OCR_COLUMNS, strict=True)
            ]
            read = simpleSplit(misread(a["title"], int(a["ref"])), "Helvetica", 9, 254)
            for index in range(max(len(w) for w in wrapped)):
                parts = []
                for column, (_n, x, _w) in enumerate(OCR_COLUMNS):
                    if index < len(wrapped[column]):
                        seen = wrapped[column][index]
                        ocr = read[index] if column == 1 and index < len(read) else seen
                        parts.append((float(x), seen, ocr))
                lines.append((y, parts))
                y += 12
            y += 8
    lines.append(
        (
            y + 30,
            [
                (
                    40.0,
                    "Signed: Chair of the Forum     Date: 2 March 2026",
                    "Signed: Chair of the Forum Date: 2 March 2026",
                )
            ],
        )
    )
    return lines


def ocr_picture(lines) -> bytes:
    from PIL import Image, ImageDraw, ImageFont

    scale = 150 / 72
    image = Image.new("L", (int(595 * scale), int(842 * scale)), 250)
    draw = ImageDraw.Draw(image)
    try:
        font = ImageFont.truetype("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf", 17)
    except OSError:
        font = ImageFont.load_default()
    for y, parts in lines:
        for x, seen, _ocr in parts:
            draw.text((x * scale + 2, (y - 9) * scale + 1), seen, fill=35, font=font)
    for x in (36, 66, 326, 456, 552):
        draw.line([(x * scale, 88 * scale), (x * scale + 2, lines[-1][0] * scale - 20)], 90, 2)
    buffer = io.BytesIO()
    image.rotate(0.4, fillcolor=250).save(buffer, format="PNG")
    return buffer.getvalue()


def write_ocr_pdf(plan: dict, path: Path) -> None:
    from reportlab.lib.utils import ImageReader
    from reportlab.pdfgen.canvas import Canvas

    lines = ocr_lines(plan)
    canvas = Canvas(str(path), pagesize=(595, 842))
    canvas.drawImage(ImageReader(io.BytesIO(ocr_picture(lines))), 0, 0, 595, 842)
    for y, parts in lines:
        for x, _seen, ocr in parts:
            text = canvas.beginText(x, 842 - y)
            text.setTextRenderMode(3)
            text.setFont("Helvetica", 9)
            text.textOut(ocr)
            canvas.drawText(text)
    canvas.save()


# Partners down the side, priorities across the top, commitments in the cells (Excel, Word)


def partners(plan: dict) -> list[str]:
    seen: list[str] = []
    for _theme, a in all_actions(plan):
        if a["leads"][0] not in seen:
            seen.append(a["leads"][0])
    return seen


def matrix_cell(plan: dict, theme: dict, partner: str) -> list[str]:
    return [
        f"{a['title']} ({a['deadline_text']})"
        for a in theme_actions(plan, theme)
        if a["leads"][0] == partner
    ]


def write_partner_xlsx(plan: dict, path: Path) -> None:
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = "Commitments"
    sheet.append([plan["title"]])
    sheet["A1"].font = Font(bold=True, size=14)
    sheet.append(["Partner", *[t["title"] for t in plan["themes"]]])
    for cell in sheet[2]:
        cell.font, cell.fill = Font(bold=True, color="FFFFFF"), fill("7030A0")
    for partner in partners(plan):
        cells = [
            "\n".join(f"• {c}" for c in matrix_cell(plan, t, partner)) or "–"
            for t in plan["themes"]
        ]
        sheet.append([partner, *cells])
        for cell in sheet[sheet.max_row]:
            cell.alignment = Alignment(wrap_text=True, vertical="top")
        sheet.cell(row=sheet.max_row, column=1).font = Font(bold=True)
    for letter, width in zip("ABCD", (22, 48, 48, 48), strict=True):
        sheet.column_dimensions[letter].width = width
    book.save(path)


def write_partner_docx(plan: dict, path: Path) -> None:
    document = new_word(plan, landscape=True)
    document.add_paragraph("What each partner has committed to under each of the three Ps.")
    table = table_of(document, ["Partner", *[t["title"] for t in plan["themes"]]], [], "E4DFEC")
    for partner in partners(plan):
        cells = table.add_row().cells
        bold_cell(cells[0], partner)
        for cell, theme in zip(cells[1:], plan["themes"], strict=True):
            items = matrix_cell(plan, theme, partner) or ["–"]
            for number, item in enumerate(items):
                paragraph = cell.paragraphs[0] if number == 0 else cell.add_paragraph()
                paragraph.text = item
                if item != "–":
                    paragraph.style = document.styles["List Bullet"]
    column_widths(table, (1.5, 2.6, 2.6, 2.6))
    document.save(path)


# Four small tables two by two on one sheet (Excel)


def side_block(sheet, theme: dict, actions: list[dict], top: int, left: int) -> None:
    sheet.cell(row=top, column=left, value=theme["title"]).font = Font(bold=True, color="FFFFFF")
    sheet.cell(row=top, column=left).fill = fill("C00000")
    sheet.merge_cells(start_row=top, start_column=left, end_row=top, end_column=left + 2)
    for offset, name in enumerate(["Action", "Lead", "When"]):
        cell = sheet.cell(row=top + 1, column=left + offset, value=name)
        cell.font, cell.fill = Font(bold=True), fill("F4CCCC")
    for row, a in enumerate(actions, start=top + 2):
        for offset, value in enumerate([a["title"], a["leads"][0], a["deadline_text"]]):
            cell = sheet.cell(row=row, column=left + offset, value=value)
            cell.alignment = Alignment(wrap_text=True, vertical="top")


def write_side_by_side(plan: dict, path: Path) -> None:
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = "Plan on a page"
    sheet["A1"] = plan["title"]
    sheet["A1"].font = Font(bold=True, size=14)
    height = max(len(theme_actions(plan, t)) for t in plan["themes"]) + 3
    for number, theme in enumerate(plan["themes"]):
        top, left = 3 + (number // 2) * height, 1 + (number % 2) * 4
        side_block(sheet, theme, theme_actions(plan, theme), top, left)
    for letter, width in zip("ABCDEFG", (44, 20, 7, 3, 44, 20, 7), strict=True):
        sheet.column_dimensions[letter].width = width
    book.save(path)


# An Obsidian Kanban board as Markdown: columns of progress, themes as #tags


def kanban_text(plan: dict) -> str:
    lines = ["---", "", "kanban-plugin: basic", "", "---", ""]
    for column in ("Not started", "In progress", "Done"):
        lines += [f"## {column}", ""]
        for theme, a in all_actions(plan):
            if a["status_text"] != column:
                continue
            tag = "#" + theme["title"].lower().replace(" ", "-")
            box = "[x]" if column == "Done" else "[ ]"
            lead, due = a["leads"][0], a["deadline_text"]
            lines.append(f"- {box} {a['title']} {tag} [[{lead}]] @{{{due}}}")
        lines.append("")
        if column == "Done":
            lines += ["**Complete**", ""]
    lines += ["", "", "%% kanban:settings", "```", '{"kanban-plugin":"basic"}', "```", "%%"]
    return "\n".join(lines) + "\n"


# Slides whose priority tables run on over several slides, "(cont.)" (drawn PDF)

SLIDE_W, SLIDE_H = 960.0, 540.0
SLIDE_COLUMNS = [("What we said we would do", 40, 470), ("Lead", 520, 150), ("When", 680, 90)]
SLIDE_COLUMNS.append(("Status", 780, 140))
PILL = {"On track": "#2E7D32", "Delayed": "#C62828", "Complete": "#1565C0"}
PILL["Not started"] = "#757575"


def slide_frame(canvas, title: str, number: int) -> None:
    canvas.setFillColor("#3B1F5C")
    canvas.rect(0, SLIDE_H - 70, SLIDE_W, 70, stroke=0, fill=1)
    canvas.setFillColor("#FFFFFF")
    canvas.setFont("Helvetica-Bold", 22)
    canvas.drawString(40, SLIDE_H - 45, title)
    canvas.setFillColor("#666666")
    canvas.setFont("Helvetica", 9)
    canvas.drawString(
        40, 20, "Fenwick Office of the Police and Crime Commissioner | Panel, 3 March"
    )
    canvas.drawRightString(SLIDE_W - 40, 20, str(number))


def slide_table(canvas, actions: list[dict]) -> None:
    from reportlab.lib.utils import simpleSplit

    canvas.setFillColor("#D1C4E9")
    canvas.roundRect(30, SLIDE_H - 120, SLIDE_W - 60, 30, 6, stroke=0, fill=1)
    canvas.setFillColor("#3B1F5C")
    canvas.setFont("Helvetica-Bold", 12)
    for name, x, _w in SLIDE_COLUMNS:
        canvas.drawString(x, SLIDE_H - 110, name)
    y = SLIDE_H - 140
    for a in actions:
        cells = [a["title"], a["leads"][0], a["deadline_text"]]
        wrapped = [
            simpleSplit(c, "Helvetica", 13, w - 10)
            for c, (_n, _x, w) in zip(cells, SLIDE_COLUMNS, strict=False)
        ]
        canvas.setFillColor("#222222")
        canvas.setFont("Helvetica", 13)
        for lines, (_n, x, _w) in zip(wrapped, SLIDE_COLUMNS, strict=False):
            for index, line in enumerate(lines):
                canvas.drawString(x, y - index * 16, line)
        canvas.setFillColor(PILL[a["status_text"]])
        canvas.roundRect(780, y - 5, 100, 20, 10, stroke=0, fill=1)
        canvas.setFillColor("#FFFFFF")
        canvas.setFont("Helvetica-Bold", 10)
        canvas.drawCentredString(830, y + 1, a["status_text"])
        y -= 16 * max(len(w) for w in wrapped) + 24
        canvas.setStrokeColor("#DDDDDD")
        canvas.line(30, y + 12, SLIDE_W - 30, y + 12)


def write_slides_continued(plan: dict, path: Path) -> None:
    from reportlab.pdfgen.canvas import Canvas

    canvas = Canvas(str(path), pagesize=(SLIDE_W, SLIDE_H))
    canvas.setTitle("VAWG update to the Panel")
    slide_frame(canvas, "VAWG Strategy: delivery update", 1)
    canvas.setFont("Helvetica", 16)
    canvas.setFillColor("#222222")
    canvas.drawString(40, 380, plan["title"])
    canvas.showPage()
    number = 2
    for theme in plan["themes"]:
        actions = theme_actions(plan, theme)
        for first in range(0, len(actions), 3):
            suffix = " (cont.)" if first else ""
            slide_frame(canvas, heading(theme) + suffix, number)
            slide_table(canvas, actions[first : first + 3])
            canvas.showPage()
            number += 1
    canvas.save()


# SMART columns, the action in "Specific" (Word)

SMART_HEADER = ["Specific (what we will do)", "Measurable", "Achievable (resources)"]
SMART_HEADER += ["Relevant (strategy link)", "Time-bound", "Responsible"]
RESOURCES = ["Existing staff time", "Title V MCH funds", "CDC DELTA grant", "In-kind from partners"]


def write_smart_goals(plan: dict, path: Path) -> None:
    document = new_word(plan, landscape=True)
    document.add_paragraph(
        "Each objective below is written in SMART form. Progress is reviewed by the IPV "
        "Prevention Workgroup every quarter."
    )
    for number, theme in enumerate(plan["themes"], start=1):
        document.add_paragraph(heading(theme), style="Heading 1")
        rows = [
            [
                a["title"],
                a["indicators"][0],
                RESOURCES[index % len(RESOURCES)],
                f"Strategic Plan Priority {number}",
                a["deadline_text"],
                a["leads"][0],
            ]
            for index, a in enumerate(theme_actions(plan, theme))
        ]
        table = table_of(document, SMART_HEADER, rows, "FCE4D6")
        column_widths(table, (2.6, 1.5, 1.3, 1.2, 1.1, 1.4))
    document.save(path)


# A tracker with its filter still on (completed rows hidden), formulas and a total row (Excel)

FILTER_HEADER = ["Theme", "Ref", "Action", "Lead", "Deadline", "Status", "Days to deadline"]


def write_filtered_tracker(plan: dict, path: Path) -> None:
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = "Tracker"
    sheet.append([plan["title"]])
    sheet["A1"].font = Font(bold=True, size=14)
    sheet.append(["Filtered to show open actions only. Clear the filter to see all."])
    sheet.append(FILTER_HEADER)
    for cell in sheet[3]:
        cell.font, cell.fill = Font(bold=True), fill("FFF2CC")
    for theme, a in all_actions(plan):
        due = dt.datetime.strptime(a["deadline_text"], "%d/%m/%Y")
        sheet.append([theme["title"], a["ref"], a["title"], a["leads"][0], due, a["status_text"]])
        row = sheet.max_row
        sheet.cell(row=row, column=5).number_format = "dd/mm/yyyy"
        sheet.cell(row=row, column=7, value=f"=E{row}-TODAY()")
        sheet.row_dimensions[row].hidden = a["status_text"] == "Complete"
    last = sheet.max_row
    sheet.auto_filter.ref = f"A3:G{last}"
    sheet.auto_filter.add_filter_column(5, ["On track", "Off track"])
    sheet.append([])
    sheet.append(["Total actions", f"=COUNTA(C4:C{last})"])
    sheet.cell(row=sheet.max_row, column=1).font = Font(bold=True)
    for letter, width in zip("ABCDEFG", (14, 6, 66, 22, 12, 11, 10), strict=True):
        sheet.column_dimensions[letter].width = width
    book.save(path)


# Partners' pledges from a Microsoft Forms survey, one response a row (Excel)

FORMS_HEADER = ["ID", "Start time", "Completion time", "Email", "Name"]
FORMS_HEADER += [
    "Which priority does your commitment support?",
    "What will your organisation do?",
    "Which organisation will lead?",
    "When will it be done by?",
    "Anything else we should know?",
]
RESPONDENTS = ["Hannah Price", "Marcus Bell", "Siobhan Kerr", "Yusuf Ali", "Claire Dunne"]


def write_forms_responses(plan: dict, path: Path) -> None:
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = "Form1"
    sheet.append(FORMS_HEADER)
    responses = sorted(all_actions(plan), key=lambda pair: token(pair[1]["title"]))
    for number, (theme, a) in enumerate(responses, start=1):
        person = RESPONDENTS[number % len(RESPONDENTS)]
        started = dt.datetime(2026, 1, 12 + number, 9 + number % 7, 3 * number, 11)
        email = person.lower().replace(" ", ".") + "@" + token(a["leads"][0], 6) + ".org.uk"
        note = "We can report on this quarterly." if number % 3 == 0 else ""
        finished = started + dt.timedelta(minutes=4 + number)
        answers = [theme["title"], a["title"], a["leads"][0], a["deadline_text"], note]
        sheet.append([number, started, finished, email, person, *answers])
        for column in (2, 3):
            sheet.cell(row=sheet.max_row, column=column).number_format = "m/d/yy h:mm:ss"
    for letter, width in zip("ABCDEFGHIJ", (5, 16, 16, 30, 16, 30, 60, 28, 18, 30), strict=True):
        sheet.column_dimensions[letter].width = width
    book.save(path)


# The priority running up a narrow merged first column; fields on lines of the action cell (Word)


def rotate(cell) -> None:
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    direction = OxmlElement("w:textDirection")
    direction.set(qn("w:val"), "btLr")
    cell._tc.get_or_add_tcPr().append(direction)


def write_rotated_theme(plan: dict, path: Path) -> None:
    document = new_word(plan)
    document.add_paragraph("Our three priorities and what each partner will do to deliver them.")
    table = table_of(document, ["Priority", "What we will do"], [], "F8CBAD")
    for theme in plan["themes"]:
        first = len(table.rows)
        for a in theme_actions(plan, theme):
            cell = table.add_row().cells[1]
            cell.paragraphs[0].add_run(a["title"]).bold = True
            cell.add_paragraph(f"Lead: {a['leads'][0]}")
            cell.add_paragraph(f"Timescale: {a['deadline_text']}")
        merged = table.rows[first].cells[0].merge(table.rows[-1].cells[0])
        bold_cell(merged, theme["title"].upper())
        merged.paragraphs[0].runs[0].font.size = Pt(16)
        rotate(merged)
        shade(merged, "FBE5D6")
    column_widths(table, (0.7, 5.6))
    document.save(path)


# Calibration: the ordinary kinds (Word tables under headings, an Excel tracker, an NHS PDF)


def write_ordinary_word(plan: dict, path: Path) -> None:
    document = new_word(plan, landscape=True)
    document.add_paragraph(
        "This action plan sets out how the partnership will deliver the four outcomes of the "
        "Domestic Abuse Strategy 2026-2029. It is reviewed by the Board every six months."
    )
    header = ["No.", "Action", "Owner", "By when", "Success measure", "RAG"]
    for theme in plan["themes"]:
        document.add_paragraph(heading(theme), style="Heading 2")
        rows = [
            [a["ref"], a["title"], a["leads"][0], a["deadline_text"], a["indicators"][0]]
            + [a["status_text"]]
            for a in theme_actions(plan, theme)
        ]
        table = table_of(document, header, rows, "D9E1F2")
        for row in table.rows[1:]:
            shade(row.cells[5], colour(row.cells[5].text) or "FFFFFF")
        column_widths(table, (0.5, 3.8, 1.8, 1.0, 1.9, 0.6))
    document.save(path)


ORDINARY_HEADER = ["Ref", "Objective", "Action", "Responsible officer", "Target date", "KPI"]
ORDINARY_HEADER += ["Status", "Comments"]


def ordinary_row(sheet, objective: dict, a: dict) -> None:
    due: object = a["deadline_text"]
    if a["deadline_text"] != "Ongoing":
        due = dt.datetime.strptime(a["deadline_text"], "%b-%y")
    values = [a["ref"], objective["title"], a["title"], a["leads"][0], due, a["indicators"][0]]
    sheet.append([*values, a["status_text"], a["progress_text"] or ""])
    sheet.cell(row=sheet.max_row, column=5).number_format = "mmm-yy"
    for cell in sheet[sheet.max_row]:
        cell.alignment = Alignment(wrap_text=True, vertical="top")


def write_ordinary_excel(plan: dict, path: Path) -> None:
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = "Delivery plan"
    sheet["A1"] = "WYNDHAM VALE"
    sheet["A2"] = plan["title"]
    sheet["A3"] = "Version 1.3 - agreed by the CSP Board, 4 March 2026"
    sheet["A1"].font, sheet["A2"].font = Font(bold=True, size=16), Font(bold=True, size=12)
    sheet.append([])
    sheet.append(ORDINARY_HEADER)
    for cell in sheet[5]:
        cell.font, cell.fill = Font(bold=True, color="FFFFFF"), fill("2F5597")
    for theme in plan["themes"]:
        sheet.append([theme["title"]])
        for cell in sheet[sheet.max_row][:8]:
            cell.fill = fill("D9D9D9")
        sheet.cell(row=sheet.max_row, column=1).font = Font(bold=True)
        for objective in theme["objectives"]:
            for a in objective["actions"]:
                ordinary_row(sheet, objective, a)
    sheet.freeze_panes = "C6"
    for letter, width in zip("ABCDEFGH", (6, 30, 50, 24, 10, 20, 12, 30), strict=True):
        sheet.column_dimensions[letter].width = width
    book.save(path)


def write_ordinary_nhs(plan: dict, path: Path) -> None:
    document = new_word(plan, landscape=True)
    document.add_paragraph("Approved by the Safeguarding Committee, February 2026.")
    header = ["Action", "Executive lead", "Operational lead", "Due", "Evidence of completion"]
    for theme in plan["themes"]:
        document.add_paragraph(heading(theme), style="Heading 1")
        rows = []
        for a in theme_actions(plan, theme):
            executive, person, role = a["leads"]
            rows.append([a["title"], executive, f"{person}, {role}", a["deadline_text"]])
            rows[-1].append(a["indicators"][0])
        table = table_of(document, header, rows, "DAEEF3")
        column_widths(table, (3.4, 1.6, 1.8, 0.9, 1.6))
    document.save(path)


BLIND_D: dict[str, tuple[str, list[tuple[str, Writer]]]] = {
    "minutes_actions": (
        blind_d.MINUTES_ACTIONS,
        [("minutes.docx", write_minutes_docx), ("minutes.txt", text_writer(minutes_text))],
    ),
    "transposed": (
        blind_d.TRANSPOSED,
        [("plan.docx", write_transposed), ("plan.pdf", saved_as_pdf("plan.docx"))],
    ),
    "google_sheets": (
        blind_d.GOOGLE_SHEETS,
        [("workplan.xlsx", write_sheets_xlsx), ("workplan.csv", text_writer(sheets_csv))],
    ),
    "one_cell_fields": (
        blind_d.ONE_CELL_FIELDS,
        [("plan.xlsx", write_one_cell_xlsx), ("plan.docx", write_one_cell_docx)],
    ),
    "acroform": (blind_d.ACROFORM, [("return.pdf", write_acroform)]),
    "pivot_summary": (blind_d.PIVOT, [("summary.xlsx", write_pivot)]),
    "notion_csv": (blind_d.NOTION_CSV, [("tracker.csv", text_writer(notion_text))]),
    "bi_export": (
        blind_d.BI_EXPORT,
        [("export.csv", text_writer(bi_text)), ("export.xlsx", write_bi_xlsx)],
    ),
    "ocr_scan": (blind_d.OCR_PDF, [("scanned.pdf", write_ocr_pdf)]),
    "partner_matrix": (
        blind_d.PARTNER_MATRIX,
        [("matrix.xlsx", write_partner_xlsx), ("matrix.docx", write_partner_docx)],
    ),
    "side_by_side": (blind_d.SIDE_BY_SIDE, [("plan.xlsx", write_side_by_side)]),
    "kanban_md": (blind_d.KANBAN_MD, [("board.md", text_writer(kanban_text))]),
    "slides_continued": (blind_d.SLIDES_CONTINUED, [("update.pdf", write_slides_continued)]),
    "filtered_tracker": (blind_d.FILTERED_TRACKER, [("tracker.xlsx", write_filtered_tracker)]),
    "forms_responses": (blind_d.FORMS_RESPONSES, [("responses.xlsx", write_forms_responses)]),
    "rotated_theme": (
        blind_d.ROTATED_THEME,
        [("plan.docx", write_rotated_theme), ("plan.pdf", saved_as_pdf("plan.docx"))],
    ),
    "ordinary_word": (
        blind_d.ORDINARY_WORD,
        [("plan.docx", write_ordinary_word), ("plan.pdf", saved_as_pdf("plan.docx"))],
    ),
    "ordinary_excel": (blind_d.ORDINARY_EXCEL, [("plan.xlsx", write_ordinary_excel)]),
    "ordinary_nhs_pdf": (
        blind_d.ORDINARY_NHS_PDF,
        [("plan.docx", write_ordinary_nhs), ("plan.pdf", saved_as_pdf("plan.docx"))],
    ),
    "smart_goals": (
        blind_d.SMART_GOALS,
        [("plan.docx", write_smart_goals), ("plan.pdf", saved_as_pdf("plan.docx"))],
    ),
}
"""Folder name -> (the plan's outline, the documents written from it): batch D."""


if __name__ == "__main__":
    render_blind(sys.argv[1] if len(sys.argv) > 1 else None, BLIND_D)
