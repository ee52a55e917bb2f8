"""The board report as an editable Word document: headings, tables and the chart."""

from __future__ import annotations

import io

from docx import Document
from docx.enum.section import WD_ORIENT
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt

from cairn.reports import charts
from cairn.reports.data import ReportData
from cairn.reports.render.sections import front_matter, sections


def render(data: ReportData) -> bytes:
    document = Document()
    section = document.sections[0]
    section.orientation = WD_ORIENT.LANDSCAPE
    section.page_width, section.page_height = Cm(29.7), Cm(21.0)
    for side in ("left_margin", "right_margin", "top_margin", "bottom_margin"):
        setattr(section, side, Cm(1.8))
    document.styles["Normal"].font.size = Pt(10)
    document.core_properties.title = data.title
    document.core_properties.author = data.partnership
    section.header.paragraphs[0].text = data.partnership

    document.add_paragraph(data.partnership, style="Subtitle")
    document.add_heading(data.title, level=0)
    for line in front_matter(data):
        document.add_paragraph(line)
    fills = {
        label: charts.FILLS.get(s.colour, charts.FILLS["grey"])[0]
        for label, s in data.status_by_label.items()
    }
    for part in sections(data):
        document.add_heading(part.title, level=1)
        if part.text:
            document.add_paragraph(part.text)
        if part.chart:
            document.add_picture(io.BytesIO(charts.png(data)), width=Cm(22))
            document.add_paragraph(charts.describe(data), style="Caption")
        if part.rows:
            _table(document, part.columns, part.rows, part.status_column, fills)
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def _table(document, columns, rows, status_column, fills) -> None:
    table = document.add_table(rows=1, cols=len(columns))
    table.style = "Table Grid"
    header = table.rows[0]
    _repeat_as_header(header)
    for cell, heading in zip(header.cells, columns, strict=True):
        cell.text = ""
        cell.paragraphs[0].add_run(heading).bold = True
    for values in rows:
        cells = table.add_row().cells
        for n, (cell, value) in enumerate(zip(cells, values, strict=True)):
            cell.text = value
            if n == status_column:
                label = value.removesuffix(" (overdue)")
                if label in fills:
                    _shade(cell, fills[label])
                    _readable(cell, fills[label])


def _repeat_as_header(row) -> None:
    properties = row._tr.get_or_add_trPr()
    element = OxmlElement("w:tblHeader")
    element.set(qn("w:val"), "true")
    properties.append(element)


def _shade(cell, colour: str) -> None:
    shading = OxmlElement("w:shd")
    shading.set(qn("w:val"), "clear")
    shading.set(qn("w:color"), "auto")
    shading.set(qn("w:fill"), colour.lstrip("#"))
    cell._tc.get_or_add_tcPr().append(shading)


def _readable(cell, colour: str) -> None:
    dark = {f for f, text in charts.FILLS.values() if text == "white"}
    if colour in dark:
        from docx.shared import RGBColor

        for run in cell.paragraphs[0].runs:
            run.font.color.rgb = RGBColor(0xFF, 0xFF, 0xFF)
            run.bold = True
