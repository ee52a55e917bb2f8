"""CSV / TSV reader: a spreadsheet saved as text, read like one sheet of a workbook."""

from __future__ import annotations

import csv
import io
import os
from pathlib import Path

from openpyxl.utils import get_column_letter

from cairn.imports.grid import Document, UnreadableDocument
from cairn.imports.readers.colours import drop_keys_and_furniture
from cairn.imports.readers.periods import fold_period_columns
from cairn.imports.readers.tables import merge_continued_tables
from cairn.imports.readers.xlsx import SheetCell, SheetRow, rows_to_blocks

ENCODINGS = ("utf-8-sig", "cp1252")
"""Excel on Windows saves "CSV" in the ANSI code page; everything else saves UTF-8."""

SNIFF_SAMPLE = 64 * 1024
SAME_WIDTH_SHARE = 0.9
"""Text is a spreadsheet saved as CSV when this share of its records have the header's
number of fields (prose with commas in it never keeps to one number)."""


def read(path: str | os.PathLike[str] | bytes) -> Document:
    raw = path if isinstance(path, bytes) else Path(path).read_bytes()
    name = "" if isinstance(path, bytes) else Path(path).name
    return read_text(decode(raw), name, tab_separated=name.lower().endswith(".tsv"))


def read_text(text: str, name: str, *, tab_separated: bool = False) -> Document:
    """A spreadsheet's rows, from its text as saved as CSV (or TSV)."""
    try:
        records = list(csv.reader(io.StringIO(text, newline=""), dialect_for(text, tab_separated)))
    except csv.Error as error:
        raise UnreadableDocument(
            f"This file is not valid CSV ({error}). Save the spreadsheet again as CSV "
            "(or upload the .xlsx itself)."
        ) from error
    label = Path(name).stem or "CSV"
    rows = [to_sheet_row(record, number, label) for number, record in enumerate(records, 1)]
    blocks = merge_continued_tables(rows_to_blocks(rows, label))
    fold_period_columns(blocks)
    return Document(blocks=drop_keys_and_furniture(blocks), source_name=name)


def decode(raw: bytes) -> str:
    if raw.startswith((b"\xff\xfe", b"\xfe\xff")):
        encodings: tuple[str, ...] = ("utf-16",)
    else:
        encodings = ENCODINGS
    for encoding in encodings:
        try:
            return raw.decode(encoding)
        except UnicodeDecodeError:
            continue
    raise UnreadableDocument(
        "This file's text is in an encoding Cairn does not recognise. Save it again as "
        "'CSV UTF-8' (Excel: File > Save As > CSV UTF-8) and import that."
    )


def dialect_for(text: str, tab_separated: bool) -> type[csv.Dialect] | csv.Dialect:
    if tab_separated:
        return csv.excel_tab
    try:
        return csv.Sniffer().sniff(text[:SNIFF_SAMPLE], delimiters=",;\t|")
    except csv.Error:  # one column, or too little text to tell: Excel's own dialect
        return csv.excel


def is_comma_separated(text: str) -> bool:
    """Whether a text document (.txt) is a spreadsheet saved as CSV: three records or more,
    separated by commas or semicolons, with three fields or more in the first, and nearly
    all of them as many as the first (a quoted field may run over lines)."""
    sample = text[:SNIFF_SAMPLE]
    if "\t" in sample:
        return False
    for delimiter in ",;":
        try:
            records = list(csv.reader(io.StringIO(sample, newline=""), delimiter=delimiter))
        except csv.Error:
            continue
        records = [record for record in records if any(value.strip() for value in record)]
        if len(text) > len(sample):
            records = records[:-1]  # the sample may end inside the last record
        if len(records) < 3 or len(records[0]) < 3:
            continue
        same = sum(len(record) == len(records[0]) for record in records)
        if same >= SAME_WIDTH_SHARE * len(records):
            return True
    return False


def to_sheet_row(record: list[str], number: int, label: str) -> SheetRow:
    return [
        SheetCell(text=value.strip(), source=f"{label}!{get_column_letter(column)}{number}")
        for column, value in enumerate(record, 1)
    ]
