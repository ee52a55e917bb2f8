"""Open what the renderers wrote with ordinary readers, as a person's software would."""

from __future__ import annotations

import csv
import io

import docx
import openpyxl
import pypdf


def docx_rows(content: bytes) -> list[list[str]]:
    document = docx.Document(io.BytesIO(content))
    rows = [[p.text] for p in document.paragraphs]
    for table in document.tables:
        rows += [[cell.text for cell in row.cells] for row in table.rows]
    return rows


def pdf_text(content: bytes) -> str:
    reader = pypdf.PdfReader(io.BytesIO(content))
    return " ".join(" ".join(page.extract_text().split()) for page in reader.pages)


def xlsx_rows(content: bytes, sheet: str = "Actions") -> list[list[str]]:
    book = openpyxl.load_workbook(io.BytesIO(content))
    return [
        ["" if v is None else str(v) for v in row]
        for row in book[sheet].iter_rows(values_only=True)
    ]


def csv_rows(content: bytes) -> list[list[str]]:
    return list(csv.reader(io.StringIO(content.decode("utf-8-sig"))))
