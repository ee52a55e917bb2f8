"""A table turned on its side: its fields down the first column ("What we will do", "Who will
lead", "By when") and an action per column, perhaps under a row naming them ("Action 1",
"Action 2"). Read as it stands, each field would be an action and the actions lost; it is
turned back into a table with a header row and a row per action before it is read."""

from __future__ import annotations

from cairn.imports import columns as c
from cairn.imports.grid import Block, Cell, Row

LABEL_SHARE = 0.6
"""Of the first column's cells, the share that must name a role: the rest are kept."""
MIN_ACTIONS = 2
"""A table of one field column and one action column is a form (see `regrid.form_table`)."""


def turned_table(block: Block) -> Block | None:
    """The table a turned table stands for, or None when the block is not one."""
    rows = block.rows or []
    widths = {len(row.cells) for row in rows}
    if len(rows) < 2 or len(widths) != 1 or widths.pop() < 1 + MIN_ACTIONS:
        return None
    if c.is_header_row(rows[0]) and not names_one_role(rows[0]):
        return None  # a header row over the columns: a table the right way up
    top, fields = split_top(rows)
    named = [role for row in fields if (role := c.role_of_header(row.cells[0].text))]
    roles = set(named)
    if len(fields) < 2 or len(roles) < 2 or not {c.ACTION, c.OBJECTIVE} & roles:
        return None
    if len(named) < LABEL_SHARE * len(fields) or len(roles) < len(named) - 1:
        return None  # few labels, or one repeated ("Action 1", "Action 2"): rows, not fields
    labels = [Cell(row.cells[0].text, bold=True, source=row.source) for row in fields]
    records = [[row.cells[column] for row in fields] for column in range(1, len(rows[0].cells))]
    if top is not None and not names_one_role(top):
        labels.insert(0, Cell(top.cells[0].text or "Name", bold=True))
        records = [[cell, *record] for cell, record in zip(top.cells[1:], records, strict=True)]
    body = [
        Row(record, source=block.source)
        for record in records
        if any(cell.text.strip() for cell in record)
    ]
    return Block(rows=[Row(labels, source=block.source), *body], source=block.source, on_grid=True)


def split_top(rows: list[Row]) -> tuple[Row | None, list[Row]]:
    """The row over the actions' columns (its corner cell blank), and the fields' rows."""
    if rows[0].cells[0].text.strip():
        return None, rows
    return rows[0], rows[1:]


def names_one_role(top: Row) -> bool:
    """A top row that only numbers the columns by the one role ("Action 1", "Action 2"), or
    names nothing but refs: it says nothing a field does not."""
    cells = [cell.text for cell in top.cells[1:] if cell.text.strip()]
    roles = {c.role_of_header(text) for text in cells}
    refs = all(c.REF_VALUE.match(text) for text in cells)
    return refs or (len(roles) == 1 and None not in roles)
