"""A list of people to invite, as a table of text: pasted from a spreadsheet, or read from an
uploaded .csv or .xlsx after the same safety checks as any imported document.

A CSV saved by Excel reads correctly whether it is UTF-8 (with or without a byte-order mark)
or Windows-1252. Checking the rows is `accounts.bulk_invite`'s job.
"""

from __future__ import annotations

import csv
import io
import tempfile
from collections.abc import Iterable, Sequence
from pathlib import Path

import openpyxl
from django.core.files.uploadedfile import UploadedFile
from django.utils.text import get_valid_filename

from cairn.imports import safety
from cairn.imports.grid import UnreadableDocument
from cairn.imports.readers.csv import decode

LIST_EXTENSIONS = {".csv", ".xlsx"}
MAX_CELLS = 50_000


def table_from_text(text: str) -> list[list[str]]:
    """Rows of a pasted list: tab-separated (copied from a spreadsheet), or comma- or
    semicolon-separated."""
    text = text.lstrip("\ufeff")
    try:
        dialect = csv.Sniffer().sniff(text[:8192], delimiters="\t,;")
    except csv.Error:
        dialect = csv.excel_tab if "\t" in text else csv.excel
    try:
        return _bounded(csv.reader(io.StringIO(text, newline=""), dialect))
    except csv.Error as error:
        raise UnreadableDocument(
            f"This list could not be read ({error}). Copy it from the spreadsheet again."
        ) from error


def table_from_upload(upload: UploadedFile) -> list[list[str]]:
    """Rows of an uploaded .csv or .xlsx (its first visible sheet)."""
    name = get_valid_filename(Path(upload.name or "people").name) or "people"
    extension = Path(name).suffix.lower()
    if extension not in LIST_EXTENSIONS:
        raise UnreadableDocument(
            f"Cairn reads a list of people from a .csv or .xlsx file, not {extension or name}. "
            "Save the list from your spreadsheet as one of those, or paste it."
        )
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / name
        with path.open("wb") as file:
            for chunk in upload.chunks():
                file.write(chunk)
        safety.check_file(path)
        if extension == ".csv":
            return _csv_rows(path.read_bytes())
        return _xlsx_rows(path)


def _csv_rows(raw: bytes) -> list[list[str]]:
    return table_from_text(decode(raw))


def _xlsx_rows(path: Path) -> list[list[str]]:
    try:
        workbook = openpyxl.load_workbook(path, read_only=True, data_only=True)
    except Exception as error:  # openpyxl raises many kinds on a damaged workbook
        raise UnreadableDocument(
            "This Excel workbook could not be opened. Open it in Excel, save a new copy as "
            ".xlsx and upload that."
        ) from error
    try:
        sheet = next(s for s in workbook.worksheets if s.sheet_state == "visible")
        return _bounded(
            ["" if value is None else str(value) for value in row]
            for row in sheet.iter_rows(values_only=True)
        )
    finally:
        workbook.close()


def _bounded(rows: Iterable[Sequence[str]]) -> list[list[str]]:
    table: list[list[str]] = []
    cells = 0
    for row in rows:
        cells += len(row)
        if cells > MAX_CELLS:
            raise UnreadableDocument(
                "This list is too large to invite at once. Split it into smaller lists."
            )
        table.append([cell.strip() for cell in row])
    return table
