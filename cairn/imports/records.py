"""Plans written as a form per action: small tables of labelled fields, not a grid.

Some plans give each action a table of its own, its rows a label and a value ("Action |
Train GP practices", "Lead | ICB", "Target date | March 2026"), or label/value pairs side
by side ("Lead | ICB | Target date | March 2026"). Read as a grid such a table has no header
row and one column of labels, so nothing in it is an action. `forms_as_tables` turns each
form into the table it stands for: a header row of its labels and a row per record, so the
interpreter reads it like any other plan table (the headings between the forms still name
their themes). A form that holds several records, one after another, gives a row for each:
a label seen again starts the next record.
"""

from __future__ import annotations

from cairn.imports import columns as c
from cairn.imports.grid import Block, Cell, Row

LABEL_SHARE = 0.6
"""Of a form's rows, the share whose label names a role (the rest are kept as "other")."""
MAX_LABEL_WORDS = 6


def forms_as_tables(blocks: list[Block]) -> list[Block]:
    return [form_table(block) or block for block in blocks]


def form_table(block: Block) -> Block | None:
    """The table a form stands for, or None when the block is not a form."""
    rows = block.rows or []
    pairs = [label_value_pairs(row) for row in rows]
    if not rows or any(pair is None for pair in pairs):
        return None
    fields = [field for row_pairs in pairs for field in row_pairs or []]
    named = [c.role_of_header(label) for label, _ in fields]
    if len(fields) < 2 or sum(bool(role) for role in named) < LABEL_SHARE * len(fields):
        return None
    if not {c.ACTION, c.OBJECTIVE} & set(named) or c.is_header_row(rows[0]):
        return None
    records = split_records(fields, named)
    labels = list(dict.fromkeys(label for record in records for label in record))
    header = Row([Cell(label, bold=True) for label in labels], source=block.source)
    body = [
        Row([record.get(label, Cell("")) for label in labels], source=block.source)
        for record in records
    ]
    return Block(rows=[header, *body], source=block.source, on_grid=True)


def label_value_pairs(row: Row) -> list[tuple[str, Cell]] | None:
    """A form row's (label, value) pairs: its own cells taken two at a time, each label a
    short phrase; None for a row that is not label and value."""
    cells = [cell for cell in row.cells if not cell.covered]
    while cells and not cells[-1].text.strip():
        cells.pop()
    if not cells or len(cells) % 2 and len(cells) > 1:
        return None
    pairs = []
    for position in range(0, len(cells), 2):
        label = " ".join(cells[position].text.split()).rstrip(":")
        value = cells[position + 1] if position + 1 < len(cells) else Cell("")
        if not label or len(label.split()) > MAX_LABEL_WORDS or label.endswith("."):
            return None
        pairs.append((label, value))
    return pairs


def split_records(fields: list[tuple[str, Cell]], named: list[str | None]) -> list[dict]:
    """Fields in order, cut into records where a label (or its role) comes round again."""
    records: list[dict[str, Cell]] = [{}]
    roles: set[str] = set()
    for (label, value), role in zip(fields, named, strict=True):
        key = role or label
        if key in roles or label in records[-1]:
            records.append({})
            roles = set()
        records[-1][label] = value
        roles.add(key)
    return [record for record in records if record]
