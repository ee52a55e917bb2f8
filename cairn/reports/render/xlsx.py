"""The report as an Excel workbook: a summary sheet and one row per action.

Status is written as text with the scheme's colour as the cell's fill. Every cell goes
through cairn.lib.spreadsheets.safe_cell and text is stored as a string, never a formula.
"""

from __future__ import annotations

import io

from openpyxl import Workbook
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.utils import get_column_letter

from cairn.lib.spreadsheets import safe_cell
from cairn.reports.charts import FILLS
from cairn.reports.data import ReportData
from cairn.reports.render.csv import HEADER, action_cells

BOLD = Font(bold=True)
WIDTHS = [30, 30, 10, 60, 28, 25, 25, 20, 12, 16, 10, 10, 40, 80]
# Excel refuses cells longer than this.
MAX_CELL = 32_000


def _fill(colour: str) -> tuple[PatternFill, Font]:
    fill, text = FILLS.get(colour, FILLS["grey"])
    return (
        PatternFill("solid", start_color=fill.lstrip("#").upper()),
        Font(color="FFFFFF" if text == "white" else "000000", bold=True),
    )


def _put(sheet, row: int, column: int, value):
    value = safe_cell(value)
    if isinstance(value, str) and len(value) > MAX_CELL:
        value = value[: MAX_CELL - 1] + "…"
    cell = sheet.cell(row=row, column=column, value=value)
    if isinstance(value, str):
        cell.data_type = "s"  # never a formula
    return cell


def render(data: ReportData) -> bytes:
    book = Workbook()
    summary = book.active
    summary.title = "Summary"
    _summary(summary, data)
    actions = book.create_sheet("Actions")
    for column, heading in enumerate(HEADER, start=1):
        _put(actions, 1, column, heading).font = BOLD
        actions.column_dimensions[get_column_letter(column)].width = WIDTHS[column - 1]
    styles = {label: _fill(info.colour) for label, info in data.status_by_label.items()}
    status_column = HEADER.index("Status") + 1
    wrap = Alignment(wrap_text=True, vertical="top")
    for r, row in enumerate(data.actions, start=2):
        for column, value in enumerate(action_cells(row), start=1):
            _put(actions, r, column, value)
        cell = actions.cell(row=r, column=status_column)
        cell.fill, cell.font = styles[row.status.label]
        actions.cell(row=r, column=len(HEADER)).alignment = wrap
    actions.freeze_panes = "A2"
    actions.auto_filter.ref = f"A1:{get_column_letter(len(HEADER))}{len(data.actions) + 1}"
    _indicators(book.create_sheet("Indicators"), data)
    buffer = io.BytesIO()
    book.save(buffer)
    return buffer.getvalue()


INDICATOR_COLUMNS = [
    ("Indicator", 40),
    ("Baseline", 20),
    ("Latest", 22),
    ("Target", 40),
    ("Against target", 16),
    ("Why", 50),
    ("Measures", 60),
]


def _indicators(sheet, data: ReportData) -> None:
    """One row per indicator measuring the plan's actions."""
    for column, (heading, width) in enumerate(INDICATOR_COLUMNS, start=1):
        _put(sheet, 1, column, heading).font = BOLD
        sheet.column_dimensions[get_column_letter(column)].width = width
    if not data.indicators:
        _put(sheet, 2, 1, "No indicator is linked to this plan's actions yet.")
    for r, line in enumerate(data.indicators, start=2):
        values = [line.name, line.baseline, line.latest, line.target, line.status, line.reason]
        for column, value in enumerate([*values, "; ".join(line.actions)], start=1):
            _put(sheet, r, column, value)
    sheet.freeze_panes = "A2"


def _summary(sheet, data: ReportData) -> None:
    lines = [
        (data.partnership, Font(bold=True, size=14)),
        (data.title, Font(bold=True, size=12)),
        (f"As at {data.on:%-d %B %Y}", None),
        (data.updates_message, None),
        ("Filtered by " + "; ".join(data.filters) if data.filters else "", None),
    ]
    r = 1
    for text, font in lines:
        if text:
            cell = _put(sheet, r, 1, text)
            if font:
                cell.font = font
            r += 1
    r += 1
    labels = data.labels
    _put(sheet, r, 1, "Theme").font = BOLD
    for c, label in enumerate(labels, start=2):
        cell = _put(sheet, r, c, label)
        cell.fill, cell.font = _fill(data.status_by_label[label].colour)
    _put(sheet, r, len(labels) + 2, "Total").font = BOLD
    _put(sheet, r, len(labels) + 3, "Overdue").font = BOLD
    for group in data.tree:
        r += 1
        _put(sheet, r, 1, group.title)
        for c, label in enumerate(labels, start=2):
            sheet.cell(row=r, column=c, value=group.counts.get(label, 0))
        sheet.cell(row=r, column=len(labels) + 2, value=group.total)
        sheet.cell(row=r, column=len(labels) + 3, value=group.overdue)
    r += 1
    _put(sheet, r, 1, "All themes").font = BOLD
    totals = data.totals
    for c, label in enumerate(labels, start=2):
        sheet.cell(row=r, column=c, value=totals.get(label, 0)).font = BOLD
    sheet.cell(row=r, column=len(labels) + 2, value=len(data.actions)).font = BOLD
    sheet.cell(row=r, column=len(labels) + 3, value=len(data.overdue)).font = BOLD
    r += 2
    _put(sheet, r, 1, f"Exceptions: {len(data.exceptions)} actions").font = BOLD
    sheet.column_dimensions["A"].width = 50
    for c in range(2, len(labels) + 4):
        sheet.column_dimensions[get_column_letter(c)].width = 14
