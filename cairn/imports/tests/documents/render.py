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
        table = document.add_table(rows=1, cols=len(columns))
        table.style = "Table Grid"
        for cell, text in zip(table.rows[0].cells, columns, strict=True):
            cell.text = ""
            cell.paragraphs[0].add_run(text).bold = True
        objective_column = columns.index(headers[1]) if headers[1] in columns else None
        pending: list[tuple[int, int]] = []
        for line in group:
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
                    continue
                if columns[index] == headers[6] and rag_colour:
                    if text:
                        shade(cell, FILLS[text.lower()])
                    continue
                cell.text = text
            if merged and objective_column is not None and line.objective_span > 1:
                pending.append((len(table.rows) - 1, line.objective_span))
        for start, span in pending:
            top = table.rows[start].cells[objective_column]
            top.merge(table.rows[start + span - 1].cells[objective_column])
    document.save(path)


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
        for line in part:
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
            status_index = columns.index(headers[6]) if headers[6] in columns else None
            if rag_colour and status_index is not None:
                values[status_index] = None
            sheet.append([v if v != "" else None for v in values])
            for cell in sheet[sheet.max_row]:
                cell.alignment = Alignment(wrap_text=True, vertical="top")
            if rag_colour and status_index is not None and line.status:
                sheet.cell(row=sheet.max_row, column=status_index + 1).fill = PatternFill(
                    fill_type="solid", fgColor="FF" + FILLS[line.status.lower()]
                )
    if key_sheet:
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
    book.save(path)


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


if __name__ == "__main__":
    render_own()
    seeds_dir = Path(sys.argv[1]) if len(sys.argv) > 1 else Path("../shared/seeds")
    if seeds_dir.is_dir():
        render_seeds(seeds_dir)
