"""The board report as PDF: the same sections as the Word document, laid out by ReportLab.

WeasyPrint, laying it out from HTML, took 6-9 seconds for a 1,000-action plan; ReportLab
takes about a third of that (bench/README.md).
"""

from __future__ import annotations

import io
from pathlib import Path
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.enums import TA_LEFT
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import cm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas
from reportlab.platypus import (
    CondPageBreak,
    Image,
    KeepTogether,
    Paragraph,
    SimpleDocTemplate,
    Spacer,
    Table,
    TableStyle,
)
from reportlab.platypus.doctemplate import LayoutError

from cairn.reports import charts
from cairn.reports.data import ReportData
from cairn.reports.render.sections import Section, front_matter, sections

# Columns short enough to keep on one line.
NOWRAP = {"Round", "Updated", "Actions", "Per cent"}
# Relative column widths.
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
TEXT = colors.HexColor("#0b0c0c")
SECONDARY = colors.HexColor("#505a5f")
BORDER = colors.HexColor("#b1b4b6")
HEADER_FILL = colors.HexColor("#f3f2f1")
PAGE = landscape(A4)
MARGIN_X, MARGIN_Y = 1.5 * cm, 1.6 * cm
CHART_HEIGHT = 9 * cm
KEEP_WITH_TITLE = 5 * cm
# A section whose table has no more rows than this is kept on one page with its title;
# longer ones start below their title and run on (keeping 15 together left pages half empty).
SHORT_TABLE = 6

# DejaVu Sans covers far more than Latin-1 and ships with matplotlib, which draws the chart.
FONT, BOLD = "DejaVuSans", "DejaVuSans-Bold"


def _register_fonts() -> None:
    import matplotlib

    folder = Path(matplotlib.get_data_path()) / "fonts" / "ttf"
    if FONT not in pdfmetrics.getRegisteredFontNames():
        pdfmetrics.registerFont(TTFont(FONT, folder / "DejaVuSans.ttf"))
        pdfmetrics.registerFont(TTFont(BOLD, folder / "DejaVuSans-Bold.ttf"))
        pdfmetrics.registerFontFamily(FONT, normal=FONT, bold=BOLD, italic=FONT, boldItalic=BOLD)


def _styles() -> dict[str, ParagraphStyle]:
    body = ParagraphStyle(
        "body", fontName=FONT, fontSize=9.5, leading=12.8, textColor=TEXT, alignment=TA_LEFT
    )
    return {
        "body": ParagraphStyle("p", parent=body, spaceAfter=6),
        "cell": ParagraphStyle("cell", parent=body),
        "head": ParagraphStyle("head", parent=body, fontName=BOLD),
        "partnership": ParagraphStyle(
            "partnership", parent=body, fontSize=12, leading=15, textColor=SECONDARY
        ),
        "h1": ParagraphStyle(
            "h1", parent=body, fontName=BOLD, fontSize=20, leading=25, spaceAfter=6
        ),
        "h2": ParagraphStyle(
            "h2",
            parent=body,
            fontName=BOLD,
            fontSize=14,
            leading=18,
            spaceBefore=14,
            spaceAfter=6,
        ),
        "caption": ParagraphStyle(
            "caption", parent=body, fontSize=8.5, leading=11, textColor=SECONDARY, spaceAfter=6
        ),
    }


def _table(part: Section, colours: dict[str, str], styles, width: float, split_rows: bool) -> Table:
    weights = [WIDTHS.get(column, 1) for column in part.columns]
    widths = [width * w / sum(weights) for w in weights]
    nowrap = [column in NOWRAP for column in part.columns]
    cell, bold = styles["cell"], styles["head"]
    rows = [[Paragraph(escape(column), bold) for column in part.columns]]
    commands = [
        ("FONT", (0, 0), (-1, -1), FONT, 9.5, 12.8),
        ("TEXTCOLOR", (0, 0), (-1, -1), TEXT),
        ("GRID", (0, 0), (-1, -1), 0.75, BORDER),
        ("BACKGROUND", (0, 0), (-1, 0), HEADER_FILL),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), 4),
        ("RIGHTPADDING", (0, 0), (-1, -1), 4),
        ("TOPPADDING", (0, 0), (-1, -1), 2.5),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
    ]
    status_styles: dict[str, ParagraphStyle] = {}
    for r, values in enumerate(part.rows, start=1):
        row = []
        for n, value in enumerate(values):
            colour = (
                colours.get(value.removesuffix(" (overdue)")) if n == part.status_column else None
            )
            if colour in charts.FILLS:
                fill, ink = charts.FILLS[colour]  # the chart's fills: "white" or "black" text
                if colour not in status_styles:
                    status_styles[colour] = ParagraphStyle(
                        colour, parent=bold, textColor=colors.white if ink == "white" else TEXT
                    )
                commands.append(("BACKGROUND", (n, r), (n, r), colors.HexColor(fill)))
                row.append(Paragraph(escape(value), status_styles[colour]))
            elif nowrap[n] or len(value) < 8 and " " not in value:
                row.append(value)  # drawn as is: short text needs no line breaking
            else:
                row.append(Paragraph(escape(value), cell))
        rows.append(row)
    return Table(
        rows,
        colWidths=widths,
        repeatRows=1,
        splitInRow=int(split_rows),
        style=TableStyle(commands),
        hAlign="LEFT",
    )


def story(data: ReportData, split_rows: bool = False) -> list:
    styles = _styles()
    width = PAGE[0] - 2 * MARGIN_X
    colours = {label: s.colour for label, s in data.status_by_label.items()}
    flow: list = [
        Paragraph(escape(data.partnership), styles["partnership"]),
        Paragraph(escape(data.title), styles["h1"]),
    ]
    flow += [Paragraph(escape(line), styles["body"]) for line in front_matter(data)]
    for part in sections(data):
        # A title starts a new page unless its text and a row or two fit below it.
        flow.append(CondPageBreak(KEEP_WITH_TITLE if part.rows else 2 * cm))
        start = len(flow)
        flow.append(Paragraph(escape(part.title), styles["h2"]))
        if part.text:
            flow.append(Paragraph(escape(part.text), styles["body"]))
        if part.chart:
            chart = Image(io.BytesIO(charts.png(data)))
            scale = min(width / chart.imageWidth, CHART_HEIGHT / chart.imageHeight)
            chart.drawWidth, chart.drawHeight = chart.imageWidth * scale, chart.imageHeight * scale
            caption = Paragraph(escape(charts.describe(data)), styles["caption"])
            flow[start:] = [KeepTogether([*flow[start:], chart, caption])]
            start = len(flow)  # the table below may start on the next page
        if part.columns and part.rows:
            flow.append(_table(part, colours, styles, width, split_rows))
            if len(part.rows) <= SHORT_TABLE:
                flow[start:] = [KeepTogether(flow[start:])]
            flow.append(Spacer(0, 6))
    return flow


class _NumberedCanvas(canvas.Canvas):
    """Draws the running header and a "Page N of M" footer once the page count is known."""

    header = ""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self._pages: list[dict] = []

    def showPage(self):
        self._pages.append(dict(self.__dict__))
        self._startPage()

    def save(self):
        total = len(self._pages)
        for number, state in enumerate(self._pages, start=1):
            self.__dict__.update(state)
            self.setFont(FONT, 8)
            self.setFillColor(SECONDARY)
            top = PAGE[1] - MARGIN_Y / 2 - 4
            self.drawString(MARGIN_X, top, self.header)
            self.drawRightString(PAGE[0] - MARGIN_X, MARGIN_Y / 2, f"Page {number} of {total}")
            super().showPage()
        super().save()


def render(data: ReportData) -> bytes:
    _register_fonts()
    try:
        return _build(data, split_rows=False)
    except LayoutError:
        # A row taller than a page (an action with dozens of leads) cannot be moved whole to
        # the next page: break rows across pages instead, as few reports need.
        return _build(data, split_rows=True)


def _build(data: ReportData, split_rows: bool) -> bytes:
    out = io.BytesIO()
    document = SimpleDocTemplate(
        out,
        pagesize=PAGE,
        leftMargin=MARGIN_X,
        rightMargin=MARGIN_X,
        topMargin=MARGIN_Y,
        bottomMargin=MARGIN_Y,
        title=data.title,
        author=data.partnership,
        lang="en-GB",
    )
    numbered = type("Numbered", (_NumberedCanvas,), {"header": data.partnership})
    document.build(story(data, split_rows), canvasmaker=numbered)
    return out.getvalue()
