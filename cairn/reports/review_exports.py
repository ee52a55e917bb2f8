"""A death review's action plan as Excel, Word or CSV, in the columns commonly sent with a
review (recommendation, scope, action, lead agency, key milestones, target date, date
completed, outcome and evidence).

The rows come from deathreviews/reviewing.py (`review_export`); the writing reuses the
board report's writers: every spreadsheet cell through cairn.lib.spreadsheets.safe_cell
(xlsx `_put`), and Word tables written as XML in one go (docx `_table`).
"""

from __future__ import annotations

import csv
import io

from openpyxl import Workbook
from openpyxl.styles import Alignment, Font
from openpyxl.utils import get_column_letter

from cairn.deathreviews.reviewing import ReviewExport
from cairn.lib.spreadsheets import safe_text
from cairn.reports.render import pdf
from cairn.reports.render.docx import _table, landscape_document
from cairn.reports.render.sections import Section
from cairn.reports.render.xlsx import _put

CONTENT_TYPES = {
    "xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    "docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    "csv": "text/csv; charset=utf-8",
    "pdf": "application/pdf",
}
WIDTHS = [50, 20, 50, 25, 40, 16, 16, 60]


def render_review(export: ReviewExport, format: str) -> bytes:
    if format not in CONTENT_TYPES:
        raise ValueError(f"Unknown format {format!r}: choose one of {', '.join(CONTENT_TYPES)}.")
    return {"xlsx": _xlsx, "docx": _docx, "csv": _csv, "pdf": _pdf}[format](export)


def review_filename(export: ReviewExport, format: str) -> str:
    from django.utils.text import slugify

    name = slugify(f"{export.partnership} {export.reference} action plan".replace("/", "-"))
    return f"{name}.{format}"


def _xlsx(export: ReviewExport) -> bytes:
    book = Workbook()
    sheet = book.active
    sheet.title = "Action plan"
    _put(sheet, 1, 1, export.title).font = Font(bold=True, size=14)
    _put(sheet, 2, 1, f"{export.partnership}, as at {export.on:%-d %B %Y}")
    header = 4
    wrap = Alignment(wrap_text=True, vertical="top")
    for column, heading in enumerate(export.columns, start=1):
        _put(sheet, header, column, heading).font = Font(bold=True)
        sheet.column_dimensions[get_column_letter(column)].width = WIDTHS[column - 1]
    for r, row in enumerate(export.rows, start=header + 1):
        for column, value in enumerate(row.cells(), start=1):
            _put(sheet, r, column, value).alignment = wrap
    sheet.freeze_panes = f"A{header + 1}"
    buffer = io.BytesIO()
    book.save(buffer)
    return buffer.getvalue()


def _docx(export: ReviewExport) -> bytes:
    document = landscape_document(export.title, export.partnership, margin_cm=1.5, font_pt=9)
    document.add_paragraph(export.partnership, style="Subtitle")
    document.add_heading(export.title, level=0)
    document.add_paragraph(f"As at {export.on:%-d %B %Y}.")
    _table(document, export.columns, [row.cells() for row in export.rows], None, {})
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def _csv(export: ReviewExport) -> bytes:
    buffer = io.StringIO()
    writer = csv.writer(buffer)
    writer.writerow([safe_text(cell) for cell in export.columns])
    for row in export.rows:
        writer.writerow([safe_text(cell) for cell in row.cells()])
    return ("\ufeff" + buffer.getvalue()).encode("utf-8")


def _pdf(export: ReviewExport) -> bytes:
    """Landscape A4, the board report's fonts and table style (reports/render/pdf.py)."""
    from reportlab.platypus import Paragraph, SimpleDocTemplate
    from reportlab.platypus.doctemplate import LayoutError

    pdf._register_fonts()
    styles = pdf._styles()
    width = pdf.PAGE[0] - 2 * pdf.MARGIN_X
    part = Section(export.title, columns=export.columns, rows=[r.cells() for r in export.rows])

    def build(split_rows: bool) -> bytes:
        out = io.BytesIO()
        document = SimpleDocTemplate(
            out,
            pagesize=pdf.PAGE,
            leftMargin=pdf.MARGIN_X,
            rightMargin=pdf.MARGIN_X,
            topMargin=pdf.MARGIN_Y,
            bottomMargin=pdf.MARGIN_Y,
            title=export.title,
            author=export.partnership,
            lang="en-GB",
        )
        flow = [
            Paragraph(pdf.escape(export.partnership), styles["partnership"]),
            Paragraph(pdf.escape(export.title), styles["h1"]),
            Paragraph(f"As at {export.on:%-d %B %Y}.", styles["body"]),
        ]
        if part.rows:
            flow.append(pdf._table(part, {}, styles, width, split_rows))
        document.build(flow)
        return out.getvalue()

    try:
        return build(split_rows=False)
    except LayoutError:  # a row taller than a page
        return build(split_rows=True)
