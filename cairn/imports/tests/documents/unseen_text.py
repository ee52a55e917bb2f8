"""Plans that are not clean tables, written in code to probe one decision of the parser
each: PDF page furniture and a row cut by a page break, drawn line by line as a word
processor draws them; text copied out of a PDF or pasted out of Word.

They reuse the plan of `unseen` (its truth too), so each is scored as the corpus is.
"""

from __future__ import annotations

import csv
import io
import textwrap
from dataclasses import dataclass
from typing import Any

from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.utils import simpleSplit
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Paragraph

from cairn.imports.tests.documents import unseen as u
from cairn.imports.tests.documents.unseen import Plan

FONT, BOLD, SIZE, LEADING = "Helvetica", "Helvetica-Bold", 9, 11
Columns = list[tuple[str, int]]
COLUMNS: Columns = [
    ("Ref", 40),
    ("Action", 300),
    ("Lead", 130),
    ("Deadline", 80),
    ("Progress", 220),
]
NO_REFS: Columns = [("Action", 240), ("Lead", 150), ("Deadline", 80), ("Progress", 300)]
"""Columns in which only the action wraps."""
LEFT, TOP, BOTTOM, PADDING = 36, 60, 50, 3


@dataclass
class DrawnRow:
    """One table row as lines of text per column; a theme row spans the table."""

    cells: list[list[str]]
    bold: bool = False
    spans: bool = False

    @property
    def height(self) -> int:
        return max(len(lines) for lines in self.cells)


def plan_rows(plan: Plan, columns: Columns) -> list[DrawnRow]:
    rows = []
    for theme in plan.themes:
        rows.append(DrawnRow([[theme.title]], bold=True, spans=True))
        for a in theme.actions:
            values = {"Ref": a.ref, "Action": a.title, "Lead": a.lead, "Deadline": a.due}
            rows.append(
                DrawnRow(
                    [
                        simpleSplit(values.get(name, a.progress), FONT, SIZE, width - 2 * PADDING)
                        for name, width in columns
                    ]
                )
            )
    return rows


def cut_row_pdf(
    plan: Plan, *, cut_after: int = 5, refs: bool = True, closed: bool = False
) -> tuple[str, bytes]:
    """A ruled table run over two pages as LibreOffice and Word draw one: the header row
    repeated on the second page, the row after `cut_after` rows broken across the pages
    (its first line on the first page, the rest on the second) with no rule where the page
    breaks (or, `closed`, with the rules drawn there), and a running head and a footer with
    the page number and a protective marking in the margins of each page. Without `refs`
    the action is the first column, and only its text goes on over the break (the other
    columns are wide enough for a line)."""
    columns = COLUMNS if refs else NO_REFS
    header = DrawnRow([[name] for name, _ in columns], bold=True)
    rows = plan_rows(plan, columns)
    cut = rows[cut_after]
    before = DrawnRow([lines[:1] for lines in cut.cells])
    after = DrawnRow([lines[1:] for lines in cut.cells])
    pages = [[header, *rows[:cut_after], before], [header, after, *rows[cut_after + 1 :]]]
    buffer = io.BytesIO()
    canvas = Canvas(buffer, pagesize=landscape(A4))
    width, height = landscape(A4)
    for number, page in enumerate(pages, 1):
        canvas.setFont(FONT, 8)
        canvas.drawString(LEFT, height - 24, f"{plan.title} v1.2")
        canvas.drawString(LEFT, 20, f"Riverford Community Safety Partnership    Page {number}")
        canvas.drawRightString(width - LEFT, 20, "OFFICIAL")
        y = height - TOP
        if number == 1:  # the table fills the page down to the bottom of its text area
            canvas.setFont(BOLD, 14)
            canvas.drawString(LEFT, height - TOP + 10, plan.title)
            y = BOTTOM + sum(row.height * LEADING + 2 * PADDING for row in page)
        for index, row in enumerate(page):
            last = index == len(page) - 1
            open_top = number == 2 and index == 1 and not closed
            closed_bottom = last and (number == 2 or closed)
            y = draw_row(canvas, row, y, columns, open_top=open_top, closed_bottom=closed_bottom)
        canvas.showPage()
    canvas.save()
    return ".pdf", buffer.getvalue()


def draw_row(
    canvas: Canvas,
    row: DrawnRow,
    top: float,
    columns: Columns,
    *,
    open_top: bool,
    closed_bottom: bool,
) -> float:
    """Draw one row from `top` down; return its bottom. Each row draws the rule above it
    (unless it goes on from the page before) and its column lines; the table's last row
    draws the rule below it too. So the row cut at the page break is open at both ends."""
    bottom = top - row.height * LEADING - 2 * PADDING
    right = LEFT + sum(width for _, width in columns)
    canvas.setLineWidth(0.5)
    if not open_top:
        canvas.line(LEFT, top, right, top)
    if closed_bottom:
        canvas.line(LEFT, bottom, right, bottom)
    x = LEFT
    edges = [LEFT + sum(w for _, w in columns[:i]) for i in range(len(columns) + 1)]
    if row.spans:
        edges = [LEFT, right]
    for edge in edges:
        canvas.line(edge, top, edge, bottom)
    for lines, (_name, width) in zip(row.cells, columns, strict=False):
        canvas.setFont(BOLD if row.bold else FONT, SIZE)
        for number, line in enumerate(lines):
            canvas.drawString(x + PADDING, top - PADDING - SIZE - number * LEADING, line)
        x += width
    return bottom


def comma_separated_text(plan: Plan) -> tuple[str, bytes]:
    """A spreadsheet saved as CSV and named .txt: a field with a comma or a line break in it
    quoted, the theme repeated on each row."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\r\n")
    writer.writerow(["Ref", "Theme", "Action", "Lead", "Due", "Status", "Update"])
    for theme in plan.themes:
        for a in theme.actions:
            update = a.progress.replace("; ", "\n")
            writer.writerow([a.ref, theme.title, a.title, a.lead, a.due, a.status, update])
    return ".txt", buffer.getvalue().encode()


def box_drawn_text(plan: Plan) -> tuple[str, bytes]:
    """One table drawn with box-drawing characters (as a terminal or a chat tool prints
    one), a row spanning the table for each theme, cells wrapped at their column's width."""
    widths = [6, 40, 24, 16]
    total = sum(widths) + len(widths) - 1

    def rule(left: str, middle: str, right: str) -> str:
        return left + middle.join("─" * width for width in widths) + right

    def row(values: list[str]) -> list[str]:
        wrapped = [
            textwrap.wrap(value, width - 2) or [""]
            for value, width in zip(values, widths, strict=True)
        ]
        height = max(len(lines) for lines in wrapped)
        return [
            "│"
            + "│".join(
                f" {(lines[n] if n < len(lines) else ''):<{width - 2}} "
                for lines, width in zip(wrapped, widths, strict=True)
            )
            + "│"
            for n in range(height)
        ]

    lines = [plan.title, "", rule("┌", "┬", "┐"), *row(["Ref", "Action", "Lead", "By when"])]
    for theme in plan.themes:
        lines += [rule("├", "┴", "┤"), f"│ {theme.title:<{total - 2}} │", rule("├", "┬", "┤")]
        for number, a in enumerate(theme.actions):
            lines += [rule("├", "┼", "┤")] if number else []
            lines += row([a.ref, a.title, a.lead, a.due])
    lines.append(rule("└", "┴", "┘"))
    return ".txt", "\n".join(lines).encode()


def steps(ref: str) -> list[str]:
    """The steps of an action in the layouts that have them: two for the first action of
    each theme, none for the others."""
    if not ref.endswith(".1"):
        return []
    return [
        f"Agree the scope of action {ref} with partners",
        f"Report on action {ref} to the board",
    ]


def with_steps(truth: dict) -> dict:
    """`unseen.truth` with each action's `steps` as its milestones."""
    for theme in truth["themes"]:
        for objective in theme["objectives"]:
            for action in objective["actions"]:
                action["milestones"] = [
                    {"title": step, "due_text": None, "due": None, "lead": None}
                    for step in steps(action["ref"])
                ]
    return truth


def word_table_pasted(plan: Plan) -> tuple[str, bytes]:
    """A Word table copied and pasted as text: tabs between cells, and each paragraph of a
    cell on a line of its own, so a cell of several steps breaks its row over several lines
    and an update of two paragraphs ends on a line without tabs (which reads as a heading);
    themes as rows of one cell."""
    lines = [plan.title, "", "Ref\tAction\tSteps\tLead\tDeadline\tRAG\tUpdate"]
    for theme in plan.themes:
        lines.append(theme.title)
        for a in theme.actions:
            update = "\n".join(part[:1].upper() + part[1:] for part in a.progress.split("; "))
            cells = [a.ref, a.title, "\n".join(steps(a.ref)), a.lead, a.due, a.status, update]
            lines.append("\t".join(cells))
    return ".txt", "\r\n".join("\n".join(lines).split("\n")).encode()


def sized_headings_pdf(plan: Plan) -> tuple[str, bytes]:
    """Headings told only by their size (not bold), each followed by a sentence set large
    (what people said) and a table: the headings outnumber the body paragraphs, as on a
    page of slides or a designed report."""
    heading = ParagraphStyle("theme", fontName=FONT, fontSize=14, leading=18)
    quote = ParagraphStyle("quote", fontName="Helvetica-Oblique", fontSize=12, leading=15)
    story: list[Any] = [u.heading(plan.title), u.body("Our plan for the next two years.")]
    for theme in plan.themes:
        story.append(Paragraph(theme.title, heading))
        story.append(
            Paragraph(f"What we heard: {theme.objective.lower()} is what people want.", quote)
        )
        rows = [["Action", "Lead", "Deadline"]] + [[a.title, a.lead, a.due] for a in theme.actions]
        story.append(u.pdf_table(rows, [400, 200, 100]))
    return ".pdf", u.pdf_bytes(story)


def email_text(plan: Plan) -> tuple[str, bytes]:
    """An email sent after a meeting, copied as text: its header lines, a greeting, each
    theme in *asterisks* (the email's bold), each action a dashed line ending with its lead
    and, in brackets, its date; then the sign-off, name and role."""
    lines = [
        "From: Community Safety Team",
        "Sent: 3 March 2026 09:12",
        "To: Partnership Board",
        f"Subject: {plan.title}",
        "",
        "Hello everyone,",
        "",
        "As promised, here are the actions from Thursday, under the board's themes.",
        "",
    ]
    for theme in plan.themes:
        lines.append(f"*{theme.title}*")
        lines += [f"- {a.title} - {a.lead} ({a.due})" for a in theme.actions]
        lines.append("")
    lines += ["Best wishes,", "", "Sam Okafor", "Community Safety Manager | Riverford Council"]
    return ".txt", "\n".join(lines).encode()


def lettered_outline_pdf(plan: Plan) -> tuple[str, bytes]:
    """An outline as a US county writes one: a goal per theme, its objective lettered
    ("Objective 1.A: ..."), numbered strategies under it ("1.A.1 ...") and a line after
    each naming who is responsible and the timeline, both on one line."""
    story: list[Any] = [u.heading(plan.title)]
    for number, theme in enumerate(plan.themes, 1):
        story.append(u.heading(f"GOAL {number}: {theme.title.upper()}", 2))
        story.append(
            Paragraph(f"<b>Objective {number}.A: {theme.objective}</b>", u.STYLES["BodyText"])
        )
        for index, a in enumerate(theme.actions, 1):
            story.append(u.body(f"{number}.A.{index} {a.title}"))
            story.append(u.body(f"Responsible: {a.lead}&nbsp;&nbsp;&nbsp;&nbsp;Timeline: {a.due}"))
    return ".pdf", u.pdf_bytes(story, wide=False)


def tab_stop_word(plan: Plan) -> tuple[str, bytes]:
    """A Word document whose plan is set in columns with tab stops, not a table: a heading
    per theme, a bold header line, then a line per action (the short ref pressed to the next
    column with two tabs); a version line with one tab above is only spacing."""
    document = u.word()
    document.add_heading(plan.title, level=1)
    document.add_paragraph("Version 2\tMarch 2026")
    for theme in plan.themes:
        document.add_heading(theme.title, level=2)
        document.add_paragraph().add_run("Ref\tAction\tLead\tBy").bold = True
        for a in theme.actions:
            document.add_paragraph(f"{a.ref}\t\t{a.title}\t{a.lead}\t{a.due}")
    return ".docx", u.word_bytes(document)


def long_priorities(plan: Plan) -> Plan:
    """The plan with each theme's title written out at length, as a strategy's priorities."""
    return Plan(
        plan.title,
        [
            u.Theme(
                f"{theme.title}, so that women, children and men across the whole of Riverford"
                " are safer, heard and supported",
                theme.actions,
                theme.objective,
            )
            for theme in plan.themes
        ],
    )


def web_page_pasted(plan: Plan) -> tuple[str, bytes]:
    """A council web page copied and pasted: its skip link, menu and breadcrumb, then each
    priority written out at length ("Priority 1: ..."), an outcome under it ("Outcome 1.1:
    ..."), and the numbered actions with a line of lead and timescale under each."""
    lines = [
        "Skip to main content",
        "Home  Services  Community safety  News  Contact",
        "Home > Community safety > Domestic abuse",
        "",
        plan.title,
        "",
    ]
    for number, theme in enumerate(plan.themes, 1):
        lines += [
            f"Priority {number}: {theme.title}",
            "",
            f"Outcome {number}.1: {theme.objective}",
            "",
        ]
        for index, a in enumerate(theme.actions, 1):
            lines += [f"{index}. {a.title}", f"   Lead: {a.lead} | Timescale: {a.due}"]
        lines.append("")
    lines += ["Back to top", "Share this page"]
    return ".txt", "\n".join(lines).encode()
