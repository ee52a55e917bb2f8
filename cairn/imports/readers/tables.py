"""What the readers share: when text counts as bold or as a typed bullet, and how a table
continued across pages (its header rows typed again) is joined back into one."""

from __future__ import annotations

import re
from dataclasses import replace

from cairn.imports.grid import Block, Cell, Row

MANUAL_BULLET = re.compile(r"^\s*[•▪●◦·‣■□➢✓\-–]\s+")
"""A bullet typed as a character at the start of a line, not a list style."""
BOLD_SHARE = 0.8
"""A cell or paragraph counts as bold when this share of its letters is bold."""


def row_key(row: Row) -> tuple[str, ...]:
    return tuple(" ".join(cell.text.split()) for cell in row.cells)


def repeated_prefix(rows: list[Row], start: int, header: list[tuple[str, ...]]) -> int:
    """How many rows from `start` repeat the header rows in order (0 if the first does not)."""
    matched = 0
    while (
        matched < len(header)
        and start + matched < len(rows)
        and row_key(rows[start + matched]) == header[matched]
    ):
        matched += 1
    return matched


def merge_continued_tables(blocks: list[Block]) -> list[Block]:
    """Join a table to the one before it when nothing but empty paragraphs (page breaks)
    lies between and it starts with the same row(s): a table continued on the next page."""
    merged: list[Block] = []
    page_header: list[tuple[str, ...]] = []
    """The first rows of the last table joined: what a further page would repeat."""
    for block in blocks:
        previous = merged[-1] if merged else None
        rows = block.rows or []
        if previous is not None and continues_table(previous, block, page_header):
            assert previous.rows is not None
            previous.rows.extend(rows[repeated_prefix(rows, 0, page_header) :])
        else:
            merged.append(block)
        page_header = [row_key(row) for row in rows]
    return merged


def continues_table(previous: Block, block: Block, page_header: list[tuple[str, ...]]) -> bool:
    if not previous.is_table or not block.is_table or not previous.rows or not block.rows:
        return False
    return bool(page_header) and row_key(block.rows[0]) == page_header[0]


def place_on_grid(blocks: list[Block]) -> None:
    """Give every row of every table one cell per grid column, as a person sees the table.

    Readers give a merged cell once, where its merge starts, so without this the cells of a
    row that a merged cell covers would move one column left (a lead read as a deadline).
    Below a cell merged down stands a copy of it, marked `covered`: the objective or lead
    written once for several rows is theirs too ("same as above"). Right of a cell merged
    across stand blank covered cells.
    """
    for block in blocks:
        if block.rows is None or block.on_grid:
            continue
        above: dict[int, tuple[Cell, int]] = {}
        """column -> the merged cell covering it from above, and how many more rows it covers"""
        for row in block.rows:
            placed: list[Cell] = []
            pending = list(row.cells)
            while pending or any(column >= len(placed) for column in above):
                column = len(placed)
                if column in above:
                    top, _left = above[column]
                    placed.append(replace(top, rowspan=1, covered=True))
                    placed.extend(blank_cover() for _ in range(max(top.colspan, 1) - 1))
                    continue
                if not pending:
                    placed.append(blank_cover())
                    continue
                cell = pending.pop(0)
                placed.append(cell)
                placed.extend(blank_cover() for _ in range(max(cell.colspan, 1) - 1))
                if cell.rowspan > 1:
                    above[column] = (cell, cell.rowspan)
            above = {column: (top, left - 1) for column, (top, left) in above.items() if left > 1}
            row.cells = placed
        block.on_grid = True


def blank_cover() -> Cell:
    return Cell(text="", covered=True)


BOLD_LEAD_WORDS = 12


def bold_lead(lines: list[str], bold: list[bool]) -> str | None:
    """A cell's first line when it alone is bold and short, with text under it: the title
    of what the rest describes (see `Cell.bold_lead`)."""
    if len(lines) < 2 or len(bold) != len(lines) or not bold[0] or any(bold[1:]):
        return None
    return lines[0] if len(lines[0].split()) <= BOLD_LEAD_WORDS else None
