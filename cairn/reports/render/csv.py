"""The report as CSV: one row per action, safe to open in a spreadsheet.

A cell that starts with = + - @ (or a tab or carriage return) could run as a formula in
Excel or LibreOffice; such a cell gets a leading apostrophe so it is read as text.
"""

from __future__ import annotations

import csv
import io

from cairn.reports.data import ReportData

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
HEADER = [
    "Theme",
    "Objective",
    "Ref",
    "Action",
    "Lead agencies",
    "Lead people",
    "Deadline",
    "Due",
    "Status",
    "Overdue",
    "Exception",
    "Latest progress note",
]


def neutralise(value: object) -> str:
    text = "" if value is None else str(value)
    return f"'{text}" if text.startswith(FORMULA_STARTS) else text


def action_cells(row) -> list[object]:
    return [
        row.theme,
        row.objective,
        row.ref,
        row.title,
        "; ".join(row.lead_agencies),
        "; ".join(row.lead_people),
        row.deadline_text,
        row.deadline_end.isoformat() if row.deadline_end else "",
        row.status.label,
        "Yes" if row.overdue else "No",
        "Yes" if row.is_exception else "No",
        row.progress_note,
    ]


def render(data: ReportData) -> bytes:
    buffer = io.StringIO()
    writer = csv.writer(buffer)
    writer.writerow(HEADER)
    for row in data.actions:
        writer.writerow([neutralise(cell) for cell in action_cells(row)])
    # A byte order mark so Excel reads the file as UTF-8.
    return ("\ufeff" + buffer.getvalue()).encode("utf-8")
