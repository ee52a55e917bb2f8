"""The board report as PDF: the same sections as the Word document, laid out by WeasyPrint.

WeasyPrint needs Pango from the operating system (Debian: libpango-1.0-0 libpangoft2-1.0-0).
"""

from __future__ import annotations

import base64
import logging

from django.template.loader import render_to_string

from cairn.reports import charts
from cairn.reports.data import ReportData
from cairn.reports.render.sections import front_matter, sections

# Columns short enough to keep on one line.
NOWRAP = {"Round", "Updated", "Actions", "Per cent"}
# Relative column widths. Tables are laid out with fixed widths: WeasyPrint's automatic
# layout measures every word of every cell first, which took most of a big report's time.
WIDTHS = {
    "Ref": 1.1,
    "Action": 3.2,
    "Leads": 1.8,
    "Deadline": 1.4,
    "Status": 1.4,
    "Latest progress": 6,
    "Theme": 2.4,
    "Before": 1.6,
    "Now": 1.6,
    "Round": 1.4,
    "Lead agency": 3,
}
# WeasyPrint lays out a long table again at every page break, which grows with the square
# of its length; tables of a page or so each keep a report of hundreds of rows fast.
CHUNK = 20
# WeasyPrint reports each layout step at INFO; a report is not news.
logging.getLogger("weasyprint.progress").setLevel(logging.WARNING)
# fontTools (WeasyPrint's fallback font subsetter) logs every table it prunes.
logging.getLogger("fontTools").setLevel(logging.WARNING)


def html(data: ReportData) -> str:
    chart = base64.b64encode(charts.png(data)).decode("ascii")
    colours = {label: s.colour for label, s in data.status_by_label.items()}
    parts = []
    for part in sections(data):
        rows = []
        for values in part.rows:
            cells = []
            for n, value in enumerate(values):
                colour = (
                    colours.get(value.removesuffix(" (overdue)"))
                    if n == part.status_column
                    else None
                )
                cells.append((value, colour, part.columns[n] in NOWRAP))
            rows.append(cells)
        chunks = [rows[n : n + CHUNK] for n in range(0, len(rows), CHUNK)]
        parts.append({"section": part, "chunks": chunks, "widths": column_widths(part.columns)})
    return render_to_string(
        "reports/board_report_pdf.html",
        {
            "data": data,
            "front_matter": front_matter(data),
            "parts": parts,
            "chart": f"data:image/png;base64,{chart}",
            "chart_text": charts.describe(data),
        },
    )


def column_widths(columns: list[str]) -> list[float]:
    """Each column's share of the page width, in per cent."""
    weights = [WIDTHS.get(column, 1) for column in columns]
    return [round(100 * w / sum(weights), 2) for w in weights]


def render(data: ReportData) -> bytes:
    from weasyprint import HTML

    return HTML(string=html(data)).write_pdf()
