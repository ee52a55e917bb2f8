"""The board report as an editable Word document: headings, tables and the chart."""

from __future__ import annotations

import io
import re
from html import escape
from typing import Any

from docx import Document
from docx.enum.section import WD_ORIENT
from docx.oxml import OxmlElement, parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.shared import Cm, Pt

from cairn.reports import charts
from cairn.reports.data import ReportData
from cairn.reports.render.sections import front_matter, sections

INVALID_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")


def landscape_document(title: str, author: str, margin_cm: float, font_pt: int) -> Any:
    """A new A4 landscape Word document (tables of actions need the width)."""
    document = Document()
    section = document.sections[0]
    section.orientation = WD_ORIENT.LANDSCAPE
    section.page_width, section.page_height = Cm(29.7), Cm(21.0)
    for side in ("left_margin", "right_margin", "top_margin", "bottom_margin"):
        setattr(section, side, Cm(margin_cm))
    document.styles["Normal"].font.size = Pt(font_pt)
    document.core_properties.title = title
    document.core_properties.author = author
    return document


def render(data: ReportData) -> bytes:
    document = landscape_document(data.title, data.partnership, margin_cm=1.8, font_pt=10)
    section = document.sections[0]
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
    """A table with a repeating header row; body rows are written as XML in one go,
    since python-docx's cell by cell API takes seconds for a thousand rows."""
    table = document.add_table(rows=1, cols=len(columns))
    table.style = "Table Grid"
    header = table.rows[0]
    _repeat_as_header(header)
    for cell, heading in zip(header.cells, columns, strict=True):
        cell.text = ""
        cell.paragraphs[0].add_run(heading).bold = True
    dark = {f for f, text in charts.FILLS.values() if text == "white"}
    body = []
    for values in rows:
        cells = []
        for n, value in enumerate(values):
            fill = fills.get(value.removesuffix(" (overdue)")) if n == status_column else None
            cells.append(_cell_xml(value, fill, fill in dark))
        body.append(f"<w:tr>{''.join(cells)}</w:tr>")
    if body:
        fragment = parse_xml(f"<w:tbl {nsdecls('w')}>{''.join(body)}</w:tbl>")
        for tr in list(fragment):
            table._tbl.append(tr)


def _cell_xml(text: str, fill: str | None, dark: bool) -> str:
    properties = (
        f'<w:tcPr><w:shd w:val="clear" w:color="auto" w:fill="{fill.lstrip("#")}"/></w:tcPr>'
        if fill
        else ""
    )
    run_properties = (
        "<w:rPr><w:b/>" + ('<w:color w:val="FFFFFF"/>' if dark else "") + "</w:rPr>" if fill else ""
    )
    lines = _xml_text(text).split("\n")
    runs = "<w:br/>".join(f'<w:t xml:space="preserve">{line}</w:t>' for line in lines)
    return f"<w:tc>{properties}<w:p><w:r>{run_properties}{runs}</w:r></w:p></w:tc>"


def _xml_text(text: str) -> str:
    """Escaped, without the control characters XML cannot hold."""
    return escape(INVALID_XML.sub("", text), quote=False)


def _repeat_as_header(row) -> None:
    properties = row._tr.get_or_add_trPr()
    element = OxmlElement("w:tblHeader")
    element.set(qn("w:val"), "true")
    properties.append(element)
