"""Tables that give each action two rows, in the two shapes of a header two rows deep.

Some plans fit a long action and its details into a narrow page by giving each record two
rows: "Ref | Action (merged across)" over "Lead | By when | Success measure", with the
header the same two rows. Read row by row, the second row's cells would stand under the
first row's headers (a lead read as the action). Here each pair of rows becomes one row,
under a header made of both header rows' cells side by side; the interpreter then reads it
as any other table.
"""

from __future__ import annotations

from dataclasses import replace

from cairn.imports import columns as c
from cairn.imports.grid import Block, Row


def shape(row: Row) -> tuple[int, ...]:
    """How a row's cells span the table's columns, as a reader gives them."""
    return tuple(max(cell.colspan, 1) for cell in row.cells)


def join_record_rows(blocks: list[Block]) -> None:
    """Each table whose header and records take two rows of two shapes (see the module's
    docstring), made one row per record, in place."""
    for block in blocks:
        if block.rows and not block.on_grid and (joined := records_of(block.rows)):
            block.rows = joined


def records_of(rows: list[Row]) -> list[Row] | None:
    """The rows one per record, when the table's records take two rows each; else None."""
    if len(rows) < 4 or not all(c.header_roles(row) for row in rows[:2]):
        return None
    top, bottom = shape(rows[0]), shape(rows[1])
    if top == bottom:
        return None
    width = len(top) + len(bottom)
    joined = [joined_row(rows[0], rows[1])]
    index = 2
    records = 0
    while index < len(rows):
        row = rows[index]
        following = rows[index + 1] if index + 1 < len(rows) else None
        if following is not None and shape(row) == top and shape(following) == bottom:
            joined.append(joined_row(row, following))
            records += 1
            index += 2
        elif len(filled := [cell for cell in row.cells if cell.text.strip()]) == 1:
            if any(letter.isalpha() for letter in filled[0].text):
                joined.append(section_row(row, width))  # a theme's row across the table
            # else a number or year a PDF cut from a cell above ("November" / "2026"): it
            # names no part, and which of the record's cells it ends is not known
            index += 1
        else:
            return None
    return joined if records >= 2 else None


def joined_row(first: Row, second: Row) -> Row:
    cells = [replace(cell, colspan=1, rowspan=1) for cell in first.cells + second.cells]
    return Row(cells, first.source, first.history or second.history)


def section_row(row: Row, width: int) -> Row:
    text = next(cell for cell in row.cells if cell.text.strip())
    return Row([replace(text, colspan=width, rowspan=1)], row.source)
