"""Render the import corpus ONCE: each plan's truth (Plan JSON) and its documents.

    .venv/bin/python -m cairn.imports.tests.documents.render [SEEDS_DIR]

Writes `corpus/<name>/truth.json` and one file per layout beside it. The rendered files are
committed, so the tests only parse them (no LibreOffice, no rendering at test time). Run it
again only when the plans or the layouts here change. Seed variations are made from the seed
truths in SEEDS_DIR (default ../shared/seeds) and skipped when it is absent.

Layouts are what councils' files look like: a title page and prose before the table, header
synonyms, the first column merged down, RAG given only as colour, a quarterly tracker with a
key sheet, a plan on each of two sheets, text hard-wrapped at 80 columns, a pipe table,
headings with bullets, columns aligned with spaces, a PDF with merged objective cells.
The stand-in set (`stand_in.py`, written by `stand_in_render.py`) is rendered with them.
"""

from __future__ import annotations

import json
import sys
import textwrap
from dataclasses import dataclass
from pathlib import Path
from xml.sax.saxutils import escape

import docx
import openpyxl
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from openpyxl.styles import Alignment, Font, PatternFill

from cairn.imports.tests.documents import plans

HERE = Path(__file__).parent / "corpus"
FILLS = {"red": "FF0000", "amber": "FFC000", "green": "00B050", "blue": "0070C0"}
PLAIN = ["Ref", "Objective", "Action", "Milestones", "Lead", "Deadline", "RAG", "Progress"]
SYNONYMS = [
    "Reference",
    "Priority area",
    "What we will do",
    "Key steps",
    "Responsible",
    "By when",
    "RAG status",
    "Progress update",
]


@dataclass
class Line:
    """A row of the plan's table: a theme row (theme set) or an action row."""

    theme: str | None = None
    cells: list[str] | None = None
    objective_span: int = 1
    """On the first action of an objective: how many rows the objective covers."""
    status: str | None = None


def theme_heading(theme: dict) -> str:
    ref, title = theme.get("ref"), theme.get("title") or ""
    if ref and not ref[0].isdigit():
        return f"{ref}: {title}"
    return f"{ref} {title}".strip() if ref else title


def table_model(plan: dict, headers: list[str]) -> tuple[list[str], list[Line]]:
    actions = [a for t in plan["themes"] for o in t["objectives"] for a in o["actions"]]
    has = {
        "Ref": any(a["ref"] for a in actions),
        "Objective": any(o["title"] for t in plan["themes"] for o in t["objectives"]),
        "Milestones": any(a["milestones"] for a in actions),
        "RAG": any(a["status_text"] for a in actions),
        "Progress": any(a["progress_text"] for a in actions),
    }
    keep = [i for i, name in enumerate(PLAIN) if has.get(name, True)]
    lines: list[Line] = []
    for theme in plan["themes"]:
        if theme["title"]:
            lines.append(Line(theme=theme_heading(theme)))
        for objective in theme["objectives"]:
            rows = sum(milestone_rows(a) for a in objective["actions"])
            for index, action in enumerate(objective["actions"]):
                milestones = action["milestones"]
                dated = milestone_rows(action) > 1
                listed = "\n".join(m["title"] for m in milestones)
                values = [
                    action["ref"] or "",
                    (objective["title"] or "") if index == 0 else "",
                    action["title"],
                    "" if dated else listed,
                    ", ".join(action["leads"]),
                    action["deadline_text"] or "",
                    action["status_text"] or "",
                    action["progress_text"] or "",
                ]
                span = rows if index == 0 and objective["title"] else 1
                cells = [values[i] for i in keep]
                lines.append(Line(cells=cells, objective_span=span, status=action["status_text"]))
                for milestone in milestones if dated else []:
                    due = milestone.get("due_text") or ""
                    values = ["", "", "", milestone["title"], milestone.get("lead") or "", due]
                    values += ["", ""]
                    lines.append(Line(cells=[values[i] for i in keep]))
    return [headers[i] for i in keep], lines


def milestone_rows(action: dict) -> int:
    """Milestones with their own dates each take a row, as plans lay them out."""
    milestones = action["milestones"]
    if any(m.get("due_text") for m in milestones):
        return len(milestones) + 1
    return 1


# Word


def shade(cell, colour: str) -> None:
    element = OxmlElement("w:shd")
    element.set(qn("w:val"), "clear")
    element.set(qn("w:fill"), colour)
    cell._tc.get_or_add_tcPr().append(element)


def write_docx(
    plan: dict,
    path: Path,
    *,
    headers=PLAIN,
    title_page=False,
    merged=False,
    rag_colour=False,
    headings=False,
) -> None:
    document = docx.Document()
    document.core_properties.title = ""
    document.add_paragraph(plan["title"], style="Title")
    if title_page:
        add_title_page(document)
    columns, lines = table_model(plan, headers)
    groups: list[tuple[str | None, list[Line]]] = []
    for line in lines:
        if line.theme is not None and headings:
            groups.append((line.theme, []))
        else:
            if not groups:
                groups.append((None, []))
            groups[-1][1].append(line)
    for heading, group in groups:
        if heading:
            document.add_paragraph(heading, style="Heading 2")
        add_docx_table(document, columns, group, headers, merged=merged, rag_colour=rag_colour)
    document.save(path)


def add_title_page(document) -> None:
    """A title page and an introduction before the plan's table, as councils' plans have."""
    document.add_paragraph("Approved by the Partnership Board")
    document.add_page_break()
    document.add_paragraph("Introduction", style="Heading 1")
    document.add_paragraph(
        "This delivery plan sets out what partners will do to make the strategy real. "
        "Each action has a lead and a date, and progress is reported to the board every "
        "quarter."
    )
    document.add_paragraph(
        "The plan is a living document: actions will be added as the needs assessment "
        "is refreshed and as national guidance changes."
    )


def add_docx_table(document, columns, lines, headers, *, merged: bool, rag_colour: bool) -> None:
    table = document.add_table(rows=1, cols=len(columns))
    table.style = "Table Grid"
    for cell, text in zip(table.rows[0].cells, columns, strict=True):
        cell.text = ""
        cell.paragraphs[0].add_run(text).bold = True
    objective_column = columns.index(headers[1]) if headers[1] in columns else None
    pending: list[tuple[int, int]] = []
    for line in lines:
        row = table.add_row()
        if line.theme is not None:
            merged_cell = row.cells[0].merge(row.cells[-1])
            merged_cell.text = ""
            merged_cell.paragraphs[0].add_run(line.theme).bold = True
            continue
        for index, (cell, text) in enumerate(zip(row.cells, line.cells, strict=True)):
            if columns[index] == headers[3] and text:
                cell.text = ""
                for number, item in enumerate(text.split("\n")):
                    paragraph = cell.paragraphs[0] if number == 0 else cell.add_paragraph()
                    paragraph.text = item
                    paragraph.style = document.styles["List Bullet"]
            elif columns[index] == headers[6] and rag_colour:
                if text:
                    shade(cell, FILLS[text.lower()])
            else:
                cell.text = text
        if merged and objective_column is not None and line.objective_span > 1:
            pending.append((len(table.rows) - 1, line.objective_span))
    for start, span in pending:
        top = table.rows[start].cells[objective_column]
        top.merge(table.rows[start + span - 1].cells[objective_column])


# Excel


def write_xlsx(
    plan: dict,
    path: Path,
    *,
    headers=PLAIN,
    rag_colour=False,
    sheets=False,
    key_sheet=False,
    tracker=None,
    title_rows=False,
) -> None:
    book = openpyxl.Workbook()
    book.properties.title = plan["title"]
    columns, lines = table_model(plan, headers)
    if tracker:
        columns, lines = tracker_columns(columns, lines, headers, tracker)
    parts: list[tuple[str, list[Line]]] = []
    for line in lines:
        if line.theme is not None and sheets:
            # a sheet per theme, named as short as Excel allows, the theme's full title in a
            # banner row at its top
            parts.append((line.theme[:31], [line]))
        else:
            if not parts:
                parts.append(("Action plan", []))
            parts[-1][1].append(line)
    for number, (name, part) in enumerate(parts):
        sheet = book.active if number == 0 else book.create_sheet()
        sheet.title = name.replace(":", "").replace("/", "-")
        if title_rows:
            sheet.append([plan["title"]])
            sheet["A1"].font = Font(bold=True, size=14)
            sheet.append(["OFFICIAL"])
            sheet.append([])
        sheet.append(columns)
        for cell in sheet[sheet.max_row]:
            cell.font = Font(bold=True, color="FFFFFF")
            cell.fill = PatternFill(fill_type="solid", fgColor="FF1F3864")
        add_sheet_rows(sheet, columns, part, headers, rag_colour=rag_colour)
    if key_sheet:
        add_key_sheet(book)
    book.save(path)


def add_sheet_rows(sheet, columns, lines, headers, *, rag_colour: bool) -> None:
    status_index = columns.index(headers[6]) if headers[6] in columns else None
    for line in lines:
        if line.theme is not None:
            sheet.append([line.theme])
            sheet.merge_cells(
                start_row=sheet.max_row,
                start_column=1,
                end_row=sheet.max_row,
                end_column=len(columns),
            )
            sheet.cell(row=sheet.max_row, column=1).font = Font(bold=True)
            continue
        values = list(line.cells)
        if rag_colour and status_index is not None:
            values[status_index] = None
        sheet.append([v if v != "" else None for v in values])
        for cell in sheet[sheet.max_row]:
            cell.alignment = Alignment(wrap_text=True, vertical="top")
        if rag_colour and status_index is not None and line.status:
            sheet.cell(row=sheet.max_row, column=status_index + 1).fill = PatternFill(
                fill_type="solid", fgColor="FF" + FILLS[line.status.lower()]
            )


def add_key_sheet(book) -> None:
    key = book.create_sheet("RAG Key")
    key.append(["RAG", "Meaning"])
    for word, meaning in [
        ("Red", "Off track"),
        ("Amber", "At risk"),
        ("Green", "On track"),
        ("Blue", "Complete"),
    ]:
        key.append([word, meaning])
        key.cell(row=key.max_row, column=1).fill = PatternFill(
            fill_type="solid", fgColor="FF" + FILLS[word.lower()]
        )


def tracker_columns(columns, lines, headers, history):
    """The status and progress columns become an update / RAG pair per quarter."""
    keep = [i for i, name in enumerate(columns) if name not in (headers[6], headers[7])]
    quarters = plans.TRACKER_QUARTERS
    new_columns = [columns[i] for i in keep]
    for quarter in quarters:
        new_columns += [f"{quarter} update", f"{quarter} RAG"]
    new_lines = []
    for line in lines:
        if line.theme is not None:
            new_lines.append(line)
            continue
        ref = line.cells[0]
        cells = [line.cells[i] for i in keep]
        for progress, status in history.get(ref, []):
            cells += [progress, status]
        new_lines.append(Line(cells=cells, objective_span=line.objective_span))
    return new_columns, new_lines


# PDF


def write_pdf(plan: dict, path: Path, *, headers=PLAIN) -> None:
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4, landscape
    from reportlab.lib.styles import getSampleStyleSheet
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Table, TableStyle

    styles = getSampleStyleSheet()
    columns, lines = table_model(plan, headers)
    body = styles["BodyText"]
    data = [[Paragraph(f"<b>{c}</b>", body) for c in columns]]
    commands = [("GRID", (0, 0), (-1, -1), 0.5, colors.black), ("VALIGN", (0, 0), (-1, -1), "TOP")]
    objective_column = columns.index(headers[1]) if headers[1] in columns else None
    for line in lines:
        row_index = len(data)
        if line.theme is not None:
            heading = Paragraph(f"<b>{escape(line.theme)}</b>", body)
            data.append([heading] + [""] * (len(columns) - 1))
            commands.append(("SPAN", (0, row_index), (-1, row_index)))
            commands.append(("BACKGROUND", (0, row_index), (-1, row_index), colors.lightgrey))
            continue
        data.append([Paragraph(escape(text).replace("\n", "<br/>"), body) for text in line.cells])
        if objective_column is not None and line.objective_span > 1:
            commands.append(
                (
                    "SPAN",
                    (objective_column, row_index),
                    (objective_column, row_index + line.objective_span - 1),
                )
            )
    width = landscape(A4)[0] - 72
    share = {headers[0]: 0.06, headers[1]: 0.22, headers[2]: 0.3, headers[4]: 0.16}
    widths = [width * share.get(c, 0.12) for c in columns]
    scale = width / sum(widths)
    table = Table(data, colWidths=[w * scale for w in widths], repeatRows=1)
    table.setStyle(TableStyle(commands))
    story = [Paragraph(escape(plan["title"]), styles["Title"]), table]
    SimpleDocTemplate(str(path), pagesize=landscape(A4), title=plan["title"]).build(story)


# Text


def tab_text(plan: dict, headers=PLAIN) -> str:
    columns, lines = table_model(plan, headers)
    out = [plan["title"], "", "\t".join(columns)]
    for line in lines:
        if line.theme is not None:
            out.append(line.theme)
            continue
        out.append("\t".join(text.replace("\n", "; ") for text in line.cells))
    return "\n".join(out) + "\n"


def pipe_text(plan: dict, headers=PLAIN) -> str:
    columns, lines = table_model(plan, headers)
    out = [f"# {plan['title']}", ""]
    for line in lines:
        if line.theme is not None:
            out += [
                "",
                f"## {line.theme}",
                "",
                "| " + " | ".join(columns) + " |",
                "|" + "|".join("---" for _ in columns) + "|",
            ]
            continue
        if len(out) == 2:
            out += ["| " + " | ".join(columns) + " |", "|" + "|".join("---" for _ in columns) + "|"]
        out.append(
            "| " + " | ".join(t.replace("\n", "<br>").replace("|", "/") for t in line.cells) + " |"
        )
    return "\n".join(out) + "\n"


def bullets_text(plan: dict) -> str:
    out = [f"# {plan['title']}", ""]
    for theme in plan["themes"]:
        if theme["title"]:
            out += [f"## {theme_heading(theme)}", ""]
        for objective in theme["objectives"]:
            if objective["title"]:
                out += [f"### {objective['title']}", ""]
            for action in objective["actions"]:
                details = []
                if action["leads"]:
                    details.append("Lead: " + ", ".join(action["leads"]))
                if action["deadline_text"]:
                    details.append("Deadline: " + action["deadline_text"])
                marker = (
                    f"{action['ref']}." if action["ref"] and action["ref"][0].isdigit() else "-"
                )
                suffix = f" ({'; '.join(details)})" if details else ""
                out.append(f"{marker} {action['title']}{suffix}")
                for milestone in action["milestones"]:
                    due = milestone.get("due_text")
                    suffix = f" (Deadline: {due})" if due else ""
                    out.append(f"    - {milestone['title']}{suffix}")
            out.append("")
    return "\n".join(out)


def fields_text(plan: dict) -> str:
    """Recommendations with Action/Lead/Deadline lines under each."""
    out = [plan["title"], ""]
    for theme in plan["themes"]:
        out += [theme_heading(theme), ""]
        for objective in theme["objectives"]:
            for action in objective["actions"]:
                out.append(f"Action: {action['title']}")
                out.append("Lead: " + ", ".join(action["leads"]))
                out.append(f"Deadline: {action['deadline_text']}")
                out.append("")
    return "\n".join(out)


def spaced_text(plan: dict, widths=(42, 20, 12, 12)) -> str:
    """A table copied out of a web page: columns padded with spaces, cells wrapped."""
    out = [plan["title"], ""]
    header = ["Action", "Owner", "Due", "Status"]
    out.append("".join(h.ljust(w) for h, w in zip(header, widths, strict=True)).rstrip())
    for theme in plan["themes"]:
        for objective in theme["objectives"]:
            for action in objective["actions"]:
                cells = [
                    action["title"],
                    ", ".join(action["leads"]),
                    action["deadline_text"] or "",
                    action["status_text"] or "",
                ]
                wrapped = [
                    textwrap.wrap(c, w - 2) or [""] for c, w in zip(cells, widths, strict=True)
                ]
                for index in range(max(len(w) for w in wrapped)):
                    out.append(
                        "".join(
                            (w[index] if index < len(w) else "").ljust(width)
                            for w, width in zip(wrapped, widths, strict=True)
                        ).rstrip()
                    )
    return "\n".join(out) + "\n"


def hard_wrap(text: str, width: int = 80) -> str:
    """Wrap every line at `width`, breaking at spaces only, as an email client does."""
    out = []
    for line in text.splitlines():
        words = line.split(" ")
        current = ""
        for word in words:
            candidate = f"{current} {word}" if current else word
            if len(candidate) > width and current:
                out.append(current)
                current = word
            else:
                current = candidate
        out.append(current)
    return "\n".join(out) + "\n"


# The corpus


def write(folder: Path, truth: dict, documents: dict[str, object]) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "truth.json").write_text(json.dumps(truth, indent=1, ensure_ascii=False) + "\n")
    for name, content in documents.items():
        if isinstance(content, str):
            (folder / name).write_text(content)


def render_own() -> None:
    for name, spec in plans.OWN_PLANS.items():
        truth = plans.plan_json(spec)
        folder = HERE / name
        write(folder, truth, {})
        if name == "dhr_tracker":
            write_xlsx(
                truth,
                folder / "plan.xlsx",
                rag_colour=True,
                headers=[
                    "Ref",
                    "Recommendation",
                    "Action",
                    "",
                    "Owner",
                    "Target date",
                    "RAG",
                    "Comments",
                ],
            )
        elif name == "vawg_delivery":
            write_docx(
                truth,
                folder / "plan.docx",
                headings=True,
                headers=["Ref", "", "What", "", "Who", "When", "", ""],
            )
        elif name == "welsh_priorities":
            write(folder, truth, {"plan.md": bullets_text(truth)})
        elif name == "police_force":
            write_xlsx(
                truth,
                folder / "plan.xlsx",
                title_rows=True,
                key_sheet=True,
                headers=["Ref", "", "Activity", "", "Owner", "Due", "RAG", "Comments"],
            )
        elif name == "web_copy":
            write(folder, truth, {"plan.txt": spaced_text(truth)})
        elif name == "merged_pdf":
            write_pdf(truth, folder / "plan.pdf")
        elif name == "recommendations_text":
            write(folder, truth, {"plan.txt": fields_text(truth)})
        elif name == "county_tracker":
            write_xlsx(truth, folder / "plan.xlsx", tracker=plans.TRACKER_HISTORY, key_sheet=True)


def render_seeds(seeds: Path) -> None:
    for truth_path in sorted((seeds / "truth").glob("*.json")):
        truth = json.loads(truth_path.read_text())
        folder = HERE / f"seed_{truth_path.stem[:3]}"
        write(
            folder,
            truth,
            {
                "pipe.md": pipe_text(truth),
                "bullets.md": bullets_text(truth),
                "wrapped.txt": hard_wrap(tab_text(truth), 80),
            },
        )
        write_docx(truth, folder / "title_page.docx", title_page=True)
        write_docx(truth, folder / "merged.docx", merged=True, headers=SYNONYMS)
        write_docx(truth, folder / "headings.docx", headings=True)
        write_xlsx(truth, folder / "synonyms.xlsx", headers=SYNONYMS, title_rows=True)
        write_xlsx(truth, folder / "two_sheets.xlsx", sheets=True, key_sheet=True)


# More layouts (see more_plans.py): each writer takes the plan's truth.


def each_action(plan: dict):
    for theme in plan["themes"]:
        for objective in theme["objectives"]:
            for index, action in enumerate(objective["actions"]):
                yield theme, objective, index, action


def leads_text(action: dict) -> str:
    return ", ".join(action["leads"])


def bold_cell(cell, text: str) -> None:
    cell.text = ""
    cell.paragraphs[0].add_run(text).bold = True


def new_word(plan: dict, *, landscape: bool = False) -> docx.Document:
    from docx.enum.section import WD_ORIENT

    document = docx.Document()
    document.core_properties.title = ""
    if landscape:
        section = document.sections[0]
        section.orientation = WD_ORIENT.LANDSCAPE
        section.page_width, section.page_height = section.page_height, section.page_width
    document.add_paragraph(plan["title"], style="Title")
    return document


def word_table(document, header: list[str] | None, rows: list[list[str]]):
    table = document.add_table(rows=0, cols=len(rows[0] if rows else header))
    table.style = "Table Grid"
    if header:
        cells = table.add_row().cells
        for cell, text in zip(cells, header, strict=True):
            bold_cell(cell, text)
    for values in rows:
        cells = table.add_row().cells
        for cell, text in zip(cells, values, strict=True):
            cell.text = text
    return table


def write_landscape_word(plan: dict, path: Path) -> None:
    """Bold priority paragraphs, each with its own table (header repeated)."""
    document = new_word(plan, landscape=True)
    document.add_paragraph(
        "This plan sets out what partners will do in the first two years of the strategy. "
        "Progress is reported to the Community Safety Partnership every quarter."
    )
    header = ["Ref", "What we will do", "Who", "By when", "How we will know", "Progress"]
    for theme in plan["themes"]:
        paragraph = document.add_paragraph()
        paragraph.add_run(f"{theme['ref']} – {theme['title']}").bold = True
        rows = [
            [
                a["ref"],
                a["title"],
                leads_text(a),
                a["deadline_text"] or "",
                "; ".join(a["indicators"]),
                a["progress_text"] or "",
            ]
            for t, _o, _i, a in each_action(plan)
            if t is theme
        ]
        word_table(document, header, rows)
    document.save(path)


def write_theme_rows_word(plan: dict, path: Path) -> None:
    """One table; each theme a full-width merged, shaded row inside it; RAG words on their
    colour."""
    document = new_word(plan)
    header = ["No.", "Action", "Responsible officer", "Target date", "RAG status"]
    table = word_table(document, header, [])
    for theme in plan["themes"]:
        row = table.add_row()
        merged = row.cells[0].merge(row.cells[-1])
        bold_cell(merged, theme["title"])
        shade(merged, "D9E2F3")
        for t, _o, _i, action in each_action(plan):
            if t is not theme:
                continue
            cells = table.add_row().cells
            status = action["status_text"] or ""
            values = [action["ref"], action["title"], leads_text(action)]
            values += [action["deadline_text"] or "", status]
            for cell, text in zip(cells, values, strict=True):
                cell.text = text
            if status:
                shade(cells[-1], FILLS[status.lower()])
    document.save(path)


def write_outcome_tables_word(plan: dict, path: Path) -> None:
    """ "Outcome 1: ..." headings, each followed by a table; only the first table has a
    header row."""
    document = new_word(plan)
    header = ["Action", "Lead", "Timescale", "Measure of success"]
    for number, theme in enumerate(plan["themes"]):
        document.add_paragraph(f"{theme['ref']}: {theme['title']}", style="Heading 2")
        rows = [
            [a["title"], leads_text(a), a["deadline_text"] or "", "; ".join(a["indicators"])]
            for t, _o, _i, a in each_action(plan)
            if t is theme
        ]
        word_table(document, header if number == 0 else None, rows)
        document.add_paragraph("")
    document.save(path)


def write_sheet_per_priority(plan: dict, path: Path) -> None:
    """A cover sheet, a sheet per priority (banner row, blank row, header), a key sheet;
    deadlines are Excel dates shown as "Oct-25"."""
    import datetime as dt

    book = openpyxl.Workbook()
    cover = book.active
    cover.title = "Cover"
    cover.append([plan["title"]])
    cover["A1"].font = Font(bold=True, size=16)
    cover.append(["Owner: Safer Communities Partnership Board"])
    cover.append(["Version 1.3, agreed at the board in March"])
    header = ["Ref", "Action", "Owner", "Due", "Status", "Update"]
    for theme in plan["themes"]:
        sheet = book.create_sheet(theme["ref"])
        sheet.append([f"{theme['ref']}: {theme['title']}"])
        sheet.merge_cells(start_row=1, start_column=1, end_row=1, end_column=len(header))
        sheet["A1"].font = Font(bold=True, size=13)
        sheet.append([])
        sheet.append(header)
        for cell in sheet[3]:
            cell.font = Font(bold=True)
        for t, _o, _i, action in each_action(plan):
            if t is not theme:
                continue
            month = dt.datetime.strptime(action["deadline_text"], "%b-%y").date()
            sheet.append(
                [
                    action["ref"],
                    action["title"],
                    leads_text(action),
                    month,
                    action["status_text"],
                    action["progress_text"],
                ]
            )
            sheet.cell(row=sheet.max_row, column=4).number_format = "mmm-yy"
    key = book.create_sheet("Key")
    key.append(["Status", "Meaning"])
    for word, meaning in [
        ("Complete", "Action finished"),
        ("On track", "Will be met on time"),
        ("At risk", "May slip"),
        ("Off track", "Will not be met without help"),
    ]:
        key.append([word, meaning])
    book.save(path)


def write_unruled_pdf(plan: dict, path: Path) -> None:
    """Tables without ruling lines: text set out in columns under bold headings."""
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import getSampleStyleSheet
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

    styles = getSampleStyleSheet()
    body = styles["BodyText"]
    story = [
        Paragraph(escape(plan["title"]), styles["Title"]),
        Paragraph(
            "The board agreed this plan in April. Each action has a lead agency, a deadline "
            "and a status, reviewed at every board meeting.",
            body,
        ),
    ]
    width = A4[0] - 72
    for theme in plan["themes"]:
        story.append(Paragraph(escape(theme["title"]), styles["Heading2"]))
        data = [[Paragraph(f"<b>{h}</b>", body) for h in ["Action", "Lead", "Deadline", "Status"]]]
        for t, _o, _i, action in each_action(plan):
            if t is theme:
                values = [action["title"], leads_text(action), action["deadline_text"] or ""]
                values.append(action["status_text"] or "")
                data.append([Paragraph(escape(v), body) for v in values])
        table = Table(data, colWidths=[width * s for s in (0.5, 0.2, 0.15, 0.15)])
        table.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP")]))
        story += [table, Spacer(1, 12)]
    SimpleDocTemplate(str(path), pagesize=A4, title=plan["title"]).build(story)


def write_rag_comments(plan: dict, path: Path) -> None:
    """Priority repeated on every row, the objective merged down, RAG letters on their
    colour, comments beside them."""
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = "VAWG plan"
    sheet.append([plan["title"]])
    sheet["A1"].font = Font(bold=True, size=14)
    sheet.append([])
    header = ["Priority", "Objective", "Action", "Owner", "Timescale", "RAG", "Comments"]
    sheet.append(header)
    for cell in sheet[3]:
        cell.font = Font(bold=True)
    letters = {"G": "green", "A": "amber", "R": "red"}
    for theme, objective, index, action in each_action(plan):
        sheet.append(
            [
                theme["title"],
                objective["title"] if index == 0 else None,
                action["title"],
                leads_text(action),
                f"{action['timescale']} term",
                action["status_text"],
                action["progress_text"],
            ]
        )
        row = sheet.max_row
        if action["status_text"]:
            sheet.cell(row=row, column=6).fill = PatternFill(
                fill_type="solid", fgColor="FF" + FILLS[letters[action["status_text"]]]
            )
        if index == 0 and len(objective["actions"]) > 1:
            sheet.merge_cells(
                start_row=row,
                start_column=2,
                end_row=row + len(objective["actions"]) - 1,
                end_column=2,
            )
    book.save(path)


def write_equally_safe(plan: dict, path: Path) -> None:
    """Priority headings, each with a table whose outcome cell is merged down its
    activities."""
    document = new_word(plan, landscape=True)
    header = ["Outcome", "Indicator", "Activity", "Lead partner", "Timescale"]
    for theme in plan["themes"]:
        document.add_paragraph(f"{theme['ref']}: {theme['title']}", style="Heading 1")
        rows = []
        spans = []
        for t, objective, index, action in each_action(plan):
            if t is not theme:
                continue
            if index == 0:
                spans.append((len(rows) + 1, len(objective["actions"]), objective["title"]))
            rows.append(
                [
                    objective["title"] if index == 0 else "",
                    "; ".join(action["indicators"]),
                    action["title"],
                    leads_text(action),
                    action["deadline_text"] or "",
                ]
            )
        table = word_table(document, header, rows)
        for start, count, title in spans:
            if count > 1:
                merged = table.rows[start].cells[0].merge(table.rows[start + count - 1].cells[0])
                merged.text = title
    document.save(path)


def welsh_rows(plan: dict) -> list[list[str]]:
    rows = []
    for _t, objective, index, action in each_action(plan):
        rows.append(
            [
                objective["title"] if index == 0 else "",
                action["title"],
                leads_text(action),
                ", ".join(action["collaborators"]),
                "\n".join(f"{m['title']} – {m['due_text']}" for m in action["milestones"]),
                action["deadline_text"] or "",
            ]
        )
    return rows


WELSH_HEADER = ["Objective", "Action", "Lead", "Partners", "Milestones", "Target date"]


def write_welsh_xlsx(plan: dict, path: Path) -> None:
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = "Delivery plan"
    sheet.append([plan["title"]])
    sheet.append(WELSH_HEADER)
    for values in welsh_rows(plan):
        sheet.append([v or None for v in values])
        for cell in sheet[sheet.max_row]:
            cell.alignment = Alignment(wrap_text=True, vertical="top")
    book.save(path)


def write_welsh_pdf(plan: dict, path: Path) -> None:
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4, landscape
    from reportlab.lib.styles import getSampleStyleSheet
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Table, TableStyle

    styles = getSampleStyleSheet()
    body = styles["BodyText"]
    data = [[Paragraph(f"<b>{h}</b>", body) for h in WELSH_HEADER]]
    for values in welsh_rows(plan):
        data.append([Paragraph(escape(v).replace("\n", "<br/>"), body) for v in values])
    width = landscape(A4)[0] - 72
    shares = (0.22, 0.24, 0.13, 0.13, 0.18, 0.1)
    table = Table(data, colWidths=[width * s for s in shares], repeatRows=1)
    table.setStyle(
        TableStyle(
            [("GRID", (0, 0), (-1, -1), 0.5, colors.black), ("VALIGN", (0, 0), (-1, -1), "TOP")]
        )
    )
    story = [Paragraph(escape(plan["title"]), styles["Title"]), table]
    SimpleDocTemplate(str(path), pagesize=landscape(A4), title=plan["title"]).build(story)


MORE_WRITERS = {
    "landscape_word": [("plan.docx", write_landscape_word)],
    "theme_rows_word": [("plan.docx", write_theme_rows_word)],
    "outcome_tables_word": [("plan.docx", write_outcome_tables_word)],
    "sheet_per_priority": [("plan.xlsx", write_sheet_per_priority)],
    "unruled_pdf": [("plan.pdf", write_unruled_pdf)],
    "rag_comments": [("plan.xlsx", write_rag_comments)],
    "equally_safe": [("plan.docx", write_equally_safe)],
    "welsh_vawdasv": [("plan.xlsx", write_welsh_xlsx), ("plan.pdf", write_welsh_pdf)],
}


def render_more(only: str | None = None) -> None:
    from cairn.imports.tests.documents.more_plans import MORE_PLANS

    for name, truth in MORE_PLANS.items():
        if only and name != only:
            continue
        folder = HERE / name
        write(folder, truth, {})
        for filename, writer in MORE_WRITERS[name]:
            writer(truth, folder / filename)


if __name__ == "__main__":
    from cairn.imports.tests.documents.stand_in_render import render_stand_in

    render_own()
    render_more()
    render_stand_in()
    seeds_dir = Path(sys.argv[1]) if len(sys.argv) > 1 else Path("../shared/seeds")
    if seeds_dir.is_dir():
        render_seeds(seeds_dir)
