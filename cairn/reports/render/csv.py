"""The report as CSV: one row per action, safe to open in a spreadsheet.

Every cell goes through cairn.lib.spreadsheets.safe_text: one that a spreadsheet could run
as a formula gets a leading apostrophe so it is read as text.
"""

from __future__ import annotations

import csv
import io

from cairn.lib.spreadsheets import safe_text
from cairn.reports.data import ReportData

HEADER = [
    "Theme",
    "Objective",
    "Ref",
    "Action",
    "Carried forward",
    "Lead agencies",
    "Lead people",
    "Deadline",
    "Due",
    "Status",
    "Overdue",
    "Exception",
    "Indicators",
    "Latest progress note",
]


def action_cells(row) -> list[object]:
    return [
        row.theme,
        row.objective,
        row.ref,
        row.title,
        # Roll forward: "Carried from 2025/26, 3rd year", as the Word and PDF reports say.
        row.carried[:1].upper() + row.carried[1:],
        "; ".join(row.lead_agencies),
        "; ".join(row.lead_people),
        row.deadline_text,
        row.due_on.isoformat() if row.due_on else "",
        row.status.label,
        "Yes" if row.overdue else "No",
        "Yes" if row.is_exception else "No",
        "; ".join(row.indicators),
        row.progress_note,
    ]


def render(data: ReportData) -> bytes:
    buffer = io.StringIO()
    writer = csv.writer(buffer)
    writer.writerow([safe_text(cell) for cell in HEADER])
    for row in data.actions:
        writer.writerow([safe_text(cell) for cell in action_cells(row)])
    # A byte order mark so Excel reads the file as UTF-8.
    return ("\ufeff" + buffer.getvalue()).encode("utf-8")
