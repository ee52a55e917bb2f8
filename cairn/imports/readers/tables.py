"""What the readers share: when text counts as bold or as a typed bullet, and how a table
continued across pages (its header rows typed again) is joined back into one."""

from __future__ import annotations

import re

from cairn.imports.grid import Block, Row

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
