"""An action's other fields written as labelled lines inside its own cell.

Plans that keep one wide cell per action put the lead and the date on lines of their own in
it: "Action: Run the campaign" / "Lead: Police" / "By: March 2027", or the action's title
over "Lead: ..." and "Timescale: ..." lines. Those lines are the row's lead and deadline
columns, not words of the action's title.
"""

from __future__ import annotations

import re
from dataclasses import replace

from cairn.imports import columns as c
from cairn.imports.grid import Cell
from cairn.imports.outline import EXTRA_LABELS, FIELD_ROLES, split_inline_fields

MOVABLE = frozenset(FIELD_ROLES - {c.ACTION, c.OBJECTIVE})
"""What a labelled line in an item's cell may give the row: a field, never another item."""


LABEL = re.compile(r"^\s*(?P<label>[A-Za-z][A-Za-z /&'()-]{0,30}?)\s*:\s*(?P<value>\S.*)$")
"""A field's label and a colon: a dash parts a step from its date ("Panel convened –
June 2026"), never a label from its value."""


def labelled_role(line: str) -> tuple[str, str] | None:
    """The role a line's label names and the value after it ("Lead: Police"): the label
    is a field's whole name ("Lead", "By when", "Timescale"), not a phrase that starts
    with one ("Progress report: ...")."""
    match = LABEL.match(line)
    if not match:
        return None
    words = c.header_words(match["label"])
    role = EXTRA_LABELS.get(words) or c.PHRASE_ROLE.get(words)
    return (as_dated(role, match["value"]), match["value"].strip()) if role else None


def as_dated(role: str, value: str) -> str:
    """ "Timescale: March 2027" is a deadline; "Timescale: Short term" a timescale."""
    if role != c.TIMESCALE or value.lower().split()[0] in ("short", "medium", "long"):
        return role
    return c.DEADLINE if c.is_deadline_text(value) else role


def split_labelled_lines(cell: Cell, own: str) -> tuple[Cell, dict[str, str]]:
    """The cell without its labelled field lines, and those fields by role. Lines with no
    label after a field's line go on with its value (a long value wrapped); lines before the
    first field are the cell's own text, its own label ("Action: ...") taken off."""
    kept: list[str] = []
    fields: dict[str, list[str]] = {}
    current: list[str] | None = None
    for line in (line.strip() for line in cell.text.split("\n")):
        if not line:
            continue
        labelled = labelled_role(line)
        if labelled and labelled[0] in MOVABLE and kept and labelled[0] not in fields:
            current = fields.setdefault(labelled[0], [labelled[1]])
        elif labelled and labelled[0] == own and not kept and not fields:
            kept.append(labelled[1])
        elif current is not None and not labelled and goes_on(current[-1], line):
            current.append(line)
        else:
            current = None
            kept.append(line)
    if not fields:
        return cell, {}
    text = "\n".join(kept)
    bullets = [item for item in cell.bullets if item.strip() in kept]
    bold_lead = cell.bold_lead if cell.bold_lead and text.startswith(cell.bold_lead) else None
    own_cell = replace(cell, text=text, bullets=bullets, bold_lead=bold_lead)
    return own_cell, {role: " ".join(lines) for role, lines in fields.items()}


def goes_on(value: str, line: str) -> bool:
    """A line that carries on a field's value cut short ("Adult Social Care and" / "Age
    UK"): after a joining word or comma, or starting in lower case. Any other line is a
    line of its own."""
    last = value.split()[-1].lower() if value.split() else ""
    return (
        last in ("and", "&", "of", "for", "the", "with")
        or value.endswith(",")
        or line[:1].islower()
    )


def fields_after_title(cell: Cell) -> tuple[Cell, dict[str, str]]:
    """A bold title, then labelled fields run onto its line ("Run the campaign Lead: Police
    Timescale: March 2027"), as a PDF gives a cell whose lines it joined: the fields."""
    title = cell.bold_lead
    if not title or not cell.text.startswith(title):
        return cell, {}
    rest = " ".join(cell.text[len(title) :].split())
    first = labelled_role(rest)
    if first is None or first[0] not in MOVABLE:
        return cell, {}
    _, found = split_inline_fields(f"{title} {rest}")
    fields = {as_dated(role, value): value for role, value in found.items() if role in MOVABLE}
    return replace(cell, text=title, bullets=[]), fields


def take_labelled_fields(cells: dict[str, Cell], item_roles: tuple[str, ...]) -> None:
    """Moves the labelled lines of the row's item cells into the row's fields, where the
    row has no column of its own for them (a column's value wins over a line's)."""
    for role in item_roles:
        cell = cells.get(role)
        if cell is None:
            continue
        own_cell, fields = split_labelled_lines(cell, role)
        if not fields:
            own_cell, fields = fields_after_title(cell)
        found = {field: value for field, value in fields.items() if not text_in(cells, field)}
        if not found or len(found) < len(fields):
            continue  # a line the row's own columns contradict: leave the cell as written
        cells[role] = own_cell
        for field, value in found.items():
            cells[field] = Cell(value, source=cell.source)


def text_in(cells: dict[str, Cell], role: str) -> bool:
    cell = cells.get(role)
    return cell is not None and bool(cell.text.strip())
