"""Excel (.xlsx/.xlsm) reader: each sheet's tables, with title rows above them as paragraphs.

Normal (not read-only) mode: merged ranges and rich text are only loaded there, and a plan
of a few thousand rows loads in well under a second either way.
"""

from __future__ import annotations

import datetime as dt
import io
import os
import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

import openpyxl
from openpyxl.cell.rich_text import CellRichText, TextBlock
from openpyxl.styles.colors import COLOR_INDEX
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.worksheet import Worksheet

from cairn.imports.grid import Block, Cell, Document, Row, UnreadableDocument
from cairn.imports.readers.colours import (
    drop_keys_and_furniture,
    hex_colour,
    name_coloured_statuses,
)
from cairn.imports.readers.periods import fold_period_columns, fold_period_copies
from cairn.imports.readers.tables import BOLD_SHARE, MANUAL_BULLET, merge_continued_tables
from cairn.plans.deadlines import parse_deadline

DEFAULT_SHEET_NAME = re.compile(r"^(sheet|feuil|tabelle|hoja)\s*\d*$", re.IGNORECASE)
KEY_SHEET = re.compile(
    r"^(?:rag\s*)?(?:key|legend|guidance|instructions?|read\s*me|how to use|lookups?|lists?|"
    r"drop[\s-]*downs?|glossary|definitions|validation|(?:version|revision|change|document)\s*"
    r"(?:history|control|log))(?:\s+(?:sheet|tab|page))?\s*$",
    re.IGNORECASE,
)
"""Sheets that explain the plan (its RAG key, how to fill it in) or feed its drop-downs."""


@dataclass
class SheetCell:
    """One non-covered position of a sheet or CSV: its text and how it spans."""

    text: str
    bold: bool = False
    colspan: int = 1
    rowspan: int = 1
    source: str = ""
    fill: str | None = None
    font_colour: str | None = None
    indent: int = 0


SheetRow = list[SheetCell | None]
"""A row of a sheet; None where a merged cell above or to the left covers the position."""


def read(path: str | os.PathLike[str] | bytes) -> Document:
    source = io.BytesIO(path) if isinstance(path, bytes) else path
    try:
        workbook = openpyxl.load_workbook(source, data_only=True, rich_text=True)  # type: ignore[arg-type]
    except Exception as error:  # openpyxl raises many kinds on a damaged workbook
        raise UnreadableDocument(
            f"This Excel workbook could not be opened ({type(error).__name__}: {error}). "
            "Open it in Excel, save a new copy as .xlsx and import that."
        ) from error
    sheets = [
        sheet
        for sheet in workbook.worksheets
        if sheet.sheet_state == "visible" and not KEY_SHEET.match(sheet.title.strip())
    ]
    parts = fold_period_copies(
        [(sheet.title, rows_to_blocks(sheet_rows(sheet), sheet.title)) for sheet in sheets]
    )
    with_tables = [sheet_name for sheet_name, part in parts if holds_table(part)]
    blocks: list[Block] = []
    for sheet_name, part in parts:
        if DEFAULT_SHEET_NAME.match(sheet_name) is None and len(with_tables) > 1:
            # a plan on each of several sheets: the sheet's name heads its part, as a
            # section heading between tables does in a Word document (a sheet of notes
            # beside the one plan sheet does not make the plan's sheet a part)
            blocks.append(Block(text=sheet_name, bold=True, source=sheet_name))
        blocks.extend(part)
    name = os.path.basename(path) if isinstance(path, (str, os.PathLike)) else ""
    title = (workbook.properties.title or "").strip() or None
    blocks = merge_continued_tables(blocks)
    name_coloured_statuses(blocks)
    fold_period_columns(blocks)
    return Document(blocks=drop_keys_and_furniture(blocks), title=title, source_name=name)


def holds_table(blocks: list[Block]) -> bool:
    return any(len(block.rows or []) >= 2 for block in blocks)


def sheet_rows(sheet: Worksheet) -> list[SheetRow]:
    """The sheet's rows as a person sees them: hidden columns (working notes, lookups)
    left out."""
    spans, covered = merged_ranges(sheet)
    hidden = hidden_columns(sheet)
    rows: list[SheetRow] = []
    for row in sheet.iter_rows():
        cells: SheetRow = []
        for cell in row:
            assert cell.row is not None and cell.column is not None
            if cell.column in hidden:
                continue
            position = (cell.row, cell.column)
            if position in covered:
                cells.append(None)
                continue
            text, bold = cell_text(cell.value, bool(cell.font and cell.font.b))
            if isinstance(cell.value, (dt.date, dt.datetime)):
                text = date_text(cell.value, cell.number_format)
            elif isinstance(cell.value, (int, float)) and "%" in (cell.number_format or ""):
                text = f"{cell.value * 100:.10g}%"  # "44%", as the cell shows 0.44
            rowspan, colspan = spans.get(position, (1, 1))
            where = f"{sheet.title}!{get_column_letter(cell.column)}{cell.row}"
            indent = int(cell.alignment.indent or 0) if cell.alignment is not None else 0
            cells.append(
                SheetCell(
                    text, bold, colspan, rowspan, where, fill_of(cell), font_colour_of(cell), indent
                )
            )
        rows.append(cells)
    return rows


def hidden_columns(sheet: Worksheet) -> set[int]:
    """The numbers of the sheet's hidden columns (a dimension may cover a range of them)."""
    hidden: set[int] = set()
    for dimension in sheet.column_dimensions.values():
        if dimension.hidden and dimension.min and dimension.max:
            hidden.update(range(dimension.min, dimension.max + 1))
    return hidden


def fill_of(cell: Any) -> str | None:
    """A solid fill's colour; white and no fill are None."""
    fill = cell.fill
    if fill is None or fill.fill_type != "solid":
        return None
    colour = colour_value(fill.fgColor)
    return None if colour in (None, "FFFFFF") else colour


def font_colour_of(cell: Any) -> str | None:
    colour = colour_value(cell.font.color) if cell.font is not None else None
    return None if colour in (None, "000000") else colour


def colour_value(colour: Any) -> str | None:
    """An RGB or indexed colour as "RRGGBB". Theme colours are not resolved (None)."""
    if colour is None:
        return None
    if colour.type == "rgb":
        return hex_colour(colour.rgb)
    indexed = colour.indexed if colour.type == "indexed" else None
    if isinstance(indexed, int) and 0 <= indexed < len(COLOR_INDEX):
        return hex_colour(COLOR_INDEX[indexed])
    return None


def date_text(value: dt.date, number_format: str) -> str:
    """A date as the cell shows it, when its number format is a plain date format that
    reads back as the same date; otherwise as a person writes it ("1 Apr 2028")."""
    day = value.date() if isinstance(value, dt.datetime) else value
    shown = formatted(day, number_format)
    deadline = parse_deadline(shown) if shown else None
    if shown and deadline and deadline.start and deadline.end:
        shows_day = re.search(r"d", number_format.split(";")[0], re.IGNORECASE)
        if (
            deadline.start == day == deadline.end
            if shows_day
            else deadline.start <= day <= deadline.end
        ):
            return shown
    return f"{day.day} {day:%b %Y}"


DATE_TOKENS = re.compile(r"yyyy|yy|mmmm|mmm|mm|m|dddd|ddd|dd|d|[^a-z]+", re.IGNORECASE)
STRFTIME = {
    "yyyy": "%Y",
    "yy": "%y",
    "mmmm": "%B",
    "mmm": "%b",
    "mm": "%m",
    "dd": "%d",
    "dddd": "%A",
    "ddd": "%a",
}


TIME_OF_DAY = re.compile(
    r"\s*\[?h{1,2}\]?(?::mm)?(?::ss(?:\.0+)?)?(?:\s*(?:am/pm|a/p))?", re.IGNORECASE
)
"""The time in a date-time format ("dd/mm/yyyy hh:mm:ss", "m/d/yy h:mm AM/PM"), as reports
export a due date: a deadline is a day, whatever its hour."""
UNCHOSEN_FORMATS = frozenset(["yyyy-mm-dd h:mm:ss", "m/d/yyyy h:mm", "m/d/yy h:mm"])
"""The formats a program gives a date-time nobody formatted (openpyxl's, Excel's built-in
one, which Excel shows in the reader's own locale): written as a person writes a date."""
LOCALE = re.compile(r"\[\$[^\]]*-[0-9A-Fa-f]+\]")
"""A format's language code ("[$-809]dd mmmm yyyy"): how the month's name is spelt."""


def formatted(day: dt.date, number_format: str) -> str | None:
    """The text Excel shows for a date in a simple date format ("dd/mm/yyyy", "mmm-yy",
    "d mmmm yyyy", "dd/mm/yyyy hh:mm" without its time); None for a format with colours or
    text in it."""
    format_text = (number_format or "").split(";")[0].replace("\\", "").replace('"', "")
    if format_text.lower() in UNCHOSEN_FORMATS:
        return None
    format_text = TIME_OF_DAY.sub("", LOCALE.sub("", format_text))
    if not format_text or re.search(r"[hs\[@]|am/pm|general", format_text, re.IGNORECASE):
        return None
    parts = []
    for token in DATE_TOKENS.findall(format_text):
        lowered = token.lower()
        if lowered in STRFTIME:
            parts.append(day.strftime(STRFTIME[lowered]))
        elif lowered == "m":
            parts.append(str(day.month))
        elif lowered == "d":
            parts.append(str(day.day))
        elif re.fullmatch(r"[^a-z]+", lowered):
            parts.append(token)
        else:
            return None
    text = "".join(parts).strip()
    return text if re.search(r"\d", text) else None


def merged_ranges(sheet: Worksheet) -> tuple[dict[tuple[int, int], tuple[int, int]], set]:
    spans: dict[tuple[int, int], tuple[int, int]] = {}
    covered: set[tuple[int, int]] = set()
    for merged in sheet.merged_cells.ranges:
        spans[(merged.min_row, merged.min_col)] = (
            merged.max_row - merged.min_row + 1,
            merged.max_col - merged.min_col + 1,
        )
        for row in range(merged.min_row, merged.max_row + 1):
            for column in range(merged.min_col, merged.max_col + 1):
                if (row, column) != (merged.min_row, merged.min_col):
                    covered.add((row, column))
    return spans, covered


def cell_text(value: object, font_bold: bool) -> tuple[str, bool]:
    if value is None:
        return "", False
    if isinstance(value, CellRichText):
        return rich_text(value, font_bold)
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    return str(value).strip(), font_bold


def rich_text(value: CellRichText, font_bold: bool) -> tuple[str, bool]:
    letters = bold_letters = 0
    for part in value:
        text = part.text if isinstance(part, TextBlock) else str(part)
        bold = bool(part.font.b) if isinstance(part, TextBlock) and part.font else font_bold
        count = sum(1 for character in text if not character.isspace())
        letters += count
        bold_letters += count if bold else 0
    return str(value).strip(), letters > 0 and bold_letters >= BOLD_SHARE * letters


def rows_to_blocks(rows: Sequence[SheetRow], sheet: str) -> list[Block]:
    """Split a sheet at blank rows; in each part, rows above the first row of two or more
    cells are titles (paragraphs) and the rest is a table."""
    blocks: list[Block] = []
    for part in split_at_blank_rows(rows):
        first_table_row = next(
            (index for index, row in enumerate(part) if filled(row) >= 2), len(part)
        )
        for row in part[:first_table_row]:
            blocks.extend(paragraphs(row))
        table = [to_row(row, sheet) for row in part[first_table_row:]]
        if table:
            blocks.append(Block(rows=drop_header_copies(table), source=sheet))
    return blocks


def filled(row: SheetRow) -> int:
    return sum(1 for cell in row if cell is not None and cell.text)


def split_at_blank_rows(rows: Sequence[SheetRow]) -> list[list[SheetRow]]:
    parts: list[list[SheetRow]] = [[]]
    for row in rows:
        if filled(row) == 0 and not covers_rows(row):
            if parts[-1]:
                parts.append([])
            continue
        parts[-1].append(trim(row))
    return [part for part in parts if part]


def covers_rows(row: SheetRow) -> bool:
    """True for a row that is blank only because a merged cell above covers it."""
    return any(cell is None for cell in row)


def trim(row: SheetRow) -> SheetRow:
    """Drop empty positions at the right end (Excel's used range is often wider)."""
    end = len(row)
    while end and is_blank(row[end - 1]):
        end -= 1
    return list(row[:end])


def is_blank(cell: SheetCell | None) -> bool:
    """Nothing to see: no text and no fill (a cell's colour can be its status)."""
    return cell is not None and not cell.text and not cell.fill


def paragraphs(row: SheetRow) -> list[Block]:
    return [
        Block(text=cell.text, bold=cell.bold, source=cell.source)
        for cell in row
        if cell is not None and cell.text
    ]


def to_row(row: SheetRow, sheet: str) -> Row:
    cells = [grid_cell(cell) for cell in row if cell is not None]
    first = next((cell.source for cell in row if cell is not None), sheet)
    return Row(cells=cells, source=f"{sheet} row {row_number(first)}")


def row_number(source: str) -> str:
    match = re.search(r"(\d+)$", source)
    return match.group(1) if match else "?"


def grid_cell(cell: SheetCell) -> Cell:
    lines = [line.strip() for line in cell.text.splitlines() if line.strip()]
    bullets = []
    for index, line in enumerate(lines):
        manual = MANUAL_BULLET.match(line)
        if manual:
            lines[index] = line[manual.end() :].strip()
            bullets.append(lines[index])
    return Cell(
        text="\n".join(lines),
        bold=cell.bold,
        bullets=bullets,
        colspan=cell.colspan,
        rowspan=cell.rowspan,
        source=cell.source,
        fill=cell.fill,
        font_colour=cell.font_colour,
        indent=cell.indent,
    )


def key(row: Row) -> tuple[str, ...]:
    return tuple(" ".join(cell.text.split()) for cell in row.cells)


def drop_header_copies(rows: list[Row]) -> list[Row]:
    """A sheet pasted from a paged document repeats its header row: keep the first."""
    header = key(rows[0])
    return rows[:1] + [row for row in rows[1:] if key(row) != header]
