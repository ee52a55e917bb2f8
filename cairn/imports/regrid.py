"""Tables that lost their grid, rebuilt as tables before the interpreter reads them.

- **A form per action**: small tables of labelled fields ("Action | Train GP practices",
  "Lead | ICB", "Target date | March 2026"), or label/value pairs side by side ("Lead | ICB |
  Target date | March 2026"). Read as a grid such a table has no header row and one column
  of labels, so nothing in it is an action. Each form becomes the table it stands for: a
  header row of its labels and a row per record (a label seen again starts the next
  record); the headings between the forms still name their themes.
- **Cells one per line**: a table copied out of a PDF or a web page with each cell on a line
  of its own ("No." / "Aims" / "Lead" / "Target Date" / "1" / "Refresh the strategy" / ...):
  the header's lines say how many cells make a row.
- **A header on a line of its own**: a table whose header row was copied as a paragraph
  ("No.   Action   Lead   Timescale   Status", then a blank line, then the rows) gets it back
  when the line's words are header words and there are as many of them as columns.
- **A table turned on its side** (fields down the first column, an action per column):
  turned back (`turned_tables`).
- **Running heads**: a page's running head copied into a table (the first line of the
  document again, at the top of each page) is not one of the plan's rows, and a header
  repeated at a page break with its columns run together is not a new header.
"""

from __future__ import annotations

import re
from collections import Counter

from cairn.imports import columns as c
from cairn.imports.grid import Block, Cell, Row
from cairn.imports.turned_tables import turned_table

LABEL_SHARE = 0.6
"""Of a form's rows, the share whose label names a role (the rest are kept as "other")."""
MAX_LABEL_WORDS = 6


def regrid(blocks: list[Block]) -> list[Block]:
    blocks = stacked_fields(blocks)
    blocks = [form_table(block) or turned_table(block) or block for block in blocks]
    blocks = cells_per_line(blocks)
    return header_lines(drop_running_heads(blocks))


def form_table(block: Block, *, labelled: bool = False) -> Block | None:
    """The table a form stands for, or None when the block is not a form. A table whose
    first row names roles is a table with a header, not a form, unless its first cells
    are known to be labels (`labelled`: a stack of fields)."""
    rows = block.rows or []
    pairs = [label_value_pairs(row) for row in rows]
    if not rows or any(pair is None for pair in pairs):
        return None
    fields = [field for row_pairs in pairs for field in row_pairs or []]
    named = [c.role_of_header(label) for label, _ in fields]
    if len(fields) < 2 or sum(bool(role) for role in named) < LABEL_SHARE * len(fields):
        return None
    if not {c.ACTION, c.OBJECTIVE} & set(named) or (not labelled and c.is_header_row(rows[0])):
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
        numbered = LABEL_WITH_REF.match(label)
        if numbered and c.role_of_header(numbered["label"]) in (c.ACTION, c.OBJECTIVE):
            # "Action 1.1 | Deliver ...": the action's ref is in its label
            label = numbered["label"]
            value = Cell(f"{numbered['ref']} {value.text}", bold=value.bold, source=value.source)
        pairs.append((label, value))
    return pairs


LABEL_WITH_REF = re.compile(r"^(?P<label>[A-Za-z ]+?)\s+(?P<ref>[A-Z]{0,3}\d+(?:\.\d+)*[a-z]?)$")


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


# Fields stacked one under another.

STACKED = "fields stacked one under another (label, then value)"
MAX_STACKED_LABEL_WORDS = 4
REF_LABEL = "Ref"
"""The column a record's number goes in ("Action 3" on a line above the action)."""


FORM_STARTS_TRIED = 3
"""How many lines into a run of field-like lines a form may start."""


def stacked_fields(blocks: list[Block]) -> list[Block]:
    """A table that a web page shows on a narrow screen, or a form copied as text, is a
    stack of fields per record: a label ("Action", "Lead", "By when") on a line of its own
    with its value on the next, or the two on one line ("Lead Communications"). Where the
    same labels come round again in the document, with an action among them, the run is
    the form it stands for (`form_table` makes it the table)."""
    seen: Counter[str] = Counter()
    for block in blocks:
        if is_field_line(block):
            seen.update(label_choices(" ".join((block.text or "").split())))
    if not seen:
        return blocks
    result: list[Block] = []
    index = run_end = tries = 0
    while index < len(blocks):
        fields, end = field_run(blocks, index, seen)
        if end != run_end:
            run_end, tries = end, 0
        labels = [label for label, _ in fields if label != REF_LABEL]
        form = None
        if len(set(labels)) >= 2 and seen[labels[0]] >= 2 and not colon_fields(blocks[index:end]):
            rows = [Row([Cell(label, bold=True), value]) for label, value in fields]
            form = form_table(Block(rows=rows, source=blocks[index].source), labelled=True)
        if form is None:
            tries += 1
            # A form may start a line or two into a run of field-like lines, not further:
            # trying every line of a long run again would take time square in its length.
            step = end - index if tries >= FORM_STARTS_TRIED and end > index else 1
            result.extend(blocks[index : index + step])
            index += step
            continue
        form.layout = STACKED
        result.append(form)
        index = end
    return result


COLON_FIELD = re.compile(r"^[^:]{1,40}:\s*\S")


def colon_fields(run: list[Block]) -> bool:
    """Every line is 'Label: value': fields the outline reader reads, with the headings and
    lists around them, as a form would not (one action's fields under its heading)."""
    return all(COLON_FIELD.match(block.text or "") for block in run)


def field_run(
    blocks: list[Block], start: int, seen: Counter[str]
) -> tuple[list[tuple[str, Cell]], int]:
    """The fields from `start` on: each a label line and the line after it, or a line that
    starts with a label and goes on with its value; the run ends at any other line."""
    fields: list[tuple[str, Cell]] = []
    index = start
    while index < len(blocks) and is_field_line(blocks[index]):
        text = " ".join((blocks[index].text or "").split())
        label, value = split_label(text, seen)
        if label is None:
            break
        numbered = c.role_of_header(label) in (c.ACTION, c.OBJECTIVE)
        ref = value if numbered and c.SHORT_REF.match(value) else ""
        if value and not ref:
            fields.append((label, Cell(value, source=blocks[index].source)))
            index += 1
            continue
        # a label alone ("Lead"), or with the record's number ("Action 3"): the value is
        # the next line
        following = blocks[index + 1] if index + 1 < len(blocks) else None
        if following is None or not is_field_line(following):
            break
        if ref:
            fields.append((REF_LABEL, Cell(f"{label} {ref}", source=blocks[index].source)))
        value = " ".join((following.text or "").split())
        fields.append((label, Cell(value, source=following.source)))
        index += 2
    return fields, index


def is_field_line(block: Block) -> bool:
    """A line that may be a field: not a heading, nor a section's label ("Outcome 2: ...")."""
    text = block.text or ""
    return is_line(block) and not block.heading_level and not c.SECTION_LABEL.match(text)


def label_choices(text: str) -> list[str]:
    """The header phrases a line starts with (a colon after one or not), longest first;
    or the words before a colon, when they name a role ("Lead department: ...")."""
    head, colon, _ = text.partition(":")
    if colon and len(head.split()) <= MAX_STACKED_LABEL_WORDS and c.role_of_header(head):
        return [head.strip()]
    words = text.split()
    found = []
    for count in range(min(MAX_STACKED_LABEL_WORDS, len(words)), 0, -1):
        label = " ".join(words[:count]).rstrip(":")
        if c.PHRASE_ROLE.get(c.header_words(label)):
            found.append(label)
    return found


def split_label(text: str, seen: Counter[str]) -> tuple[str | None, str]:
    """A line's leading label and the rest; (None, text) when it starts with none. Of the
    labels it could start with ("Action" or "Action update" in "Action Update the pages"),
    the one most lines start with: a form's labels come round again."""
    choices = label_choices(text)
    if not choices:
        return None, text
    label = max(choices, key=lambda choice: seen[choice])  # the longest of equals: first
    return label, text[len(label) :].lstrip(" :")


# Cells one per line.

MAX_CELL_LINES = 12
"""The most lines a row of cells-one-per-line may take (an action wrapped over several)."""


def header_cells(blocks: list[Block], start: int) -> list[str]:
    """The run of short paragraphs from `start` that each name a different role."""
    labels: list[str] = []
    roles: set[str] = set()
    for block in blocks[start:]:
        text = " ".join((block.text or "").split())
        role = c.role_of_header(text) if is_line(block) and len(text.split()) <= 4 else None
        if role is None or role in roles:
            break
        labels.append(text)
        roles.add(role)
    return labels


def is_line(block: Block) -> bool:
    return not block.is_table and block.list_level is None and bool((block.text or "").strip())


def cells_per_line(blocks: list[Block]) -> list[Block]:
    result: list[Block] = []
    index = 0
    while index < len(blocks):
        labels = header_cells(blocks, index)
        roles = [c.role_of_header(label) for label in labels]
        if len(labels) >= 3 and roles[0] == c.REF and {c.ACTION, c.OBJECTIVE} & set(roles):
            rows, end = rows_by_ref(blocks, index + len(labels), labels, roles)
            if len(rows) >= 2:
                header = Row([Cell(label, bold=True) for label in labels], blocks[index].source)
                result.append(
                    Block(
                        rows=[header, *rows],
                        source=blocks[index].source,
                        layout="cells one per line",
                    )
                )
                index = end
                continue
        result.append(blocks[index])
        index += 1
    return result


def rows_by_ref(
    blocks: list[Block], start: int, labels: list[str], roles: list[str | None]
) -> tuple[list[Row], int]:
    """The rows after a header of cells one per line, each begun by its ref (a number on a
    line of its own): the lines up to the next ref are its cells, and lines beyond the
    header's count are the wrapped rest of its longest cell, the action."""
    rows: list[Row] = []
    index = start
    width = len(labels)
    item = next(i for i, role in enumerate(roles) if role in (c.ACTION, c.OBJECTIVE))
    while index < len(blocks) and is_ref_line(blocks[index]):
        end = index + 1
        while end < len(blocks) and is_line(blocks[end]) and not is_ref_line(blocks[end]):
            if header_cells(blocks, end) == labels:
                break
            end += 1
        if end >= len(blocks) or not is_ref_line(blocks[end]):
            # the last row: it ends at a blank line, or after as many lines as the header
            last = index + 1
            while last < end and last - index < width and next_line(blocks[last - 1], blocks[last]):
                last += 1
            end = last
        lines = [" ".join((b.text or "").split()) for b in blocks[index:end]]
        if not width <= len(lines) <= MAX_CELL_LINES:
            break
        extra = len(lines) - width
        cells = (
            lines[:item] + [" ".join(lines[item : item + extra + 1])] + lines[item + extra + 1 :]
        )
        rows.append(Row([Cell(text) for text in cells], source=blocks[index].source))
        index = end
        if header_cells(blocks, index) == labels:
            index += width  # the header again, after a page break
    return rows, index


LINE_NUMBER = re.compile(r"line (\d+)$")


def next_line(before: Block, after: Block) -> bool:
    """No blank line between two lines of text (always true of other formats' paragraphs;
    a paragraph the text reader joined from wrapped lines may hide one)."""
    first, second = LINE_NUMBER.search(before.source), LINE_NUMBER.search(after.source)
    return not (first and second) or int(second[1]) == int(first[1]) + 1


def is_ref_line(block: Block) -> bool:
    return is_line(block) and bool(c.SHORT_REF.match(block.text or ""))


# A header on a line of its own; running heads.

MAX_PHRASE_WORDS = 6


def header_line(text: str) -> list[tuple[str, str]] | None:
    """A line made only of column names ("No. Action Lead Timescale Status"), split into
    them (the longest name first at each word) with their roles; None when any word is not
    part of a column's name."""
    words = text.split()
    phrases: list[tuple[str, str]] = []
    index = 0
    while index < len(words):
        for end in range(min(len(words), index + MAX_PHRASE_WORDS), index, -1):
            phrase = " ".join(words[index:end])
            role = c.PHRASE_ROLE.get(c.header_words(phrase))
            if role:
                phrases.append((phrase, role))
                index = end
                break
        else:
            return None
    return phrases


def header_lines(blocks: list[Block]) -> list[Block]:
    """A paragraph of three or more column names gives its names back to the first table
    after it that has no header row and as many columns; a table row that is the same names
    run together (the header repeated at a page break) is dropped."""
    result: list[Block] = []
    pending: list[str] | None = None
    seen: list[list[str]] = []
    for block in blocks:
        if not block.is_table:
            line = header_line(" ".join((block.text or "").split())) if block.text else None
            if line and len(line) >= 3 and len({role for _, role in line}) == len(line):
                pending = [phrase for phrase, _ in line]
                seen.append(pending)
                continue
            result.append(block)
            continue
        rows = [row for row in block.rows or [] if names_run_together(row) not in seen]
        width = max((len(row.cells) for row in rows), default=0)
        if pending and rows and width == len(pending) and not c.is_header_row(rows[0]):
            rows = [Row([Cell(name, bold=True) for name in pending], rows[0].source), *rows]
            pending = None
        block.rows = rows
        if rows:
            result.append(block)
    return result


def names_run_together(row: Row) -> list[str] | None:
    """The column names a row holds, when it holds nothing else."""
    line = header_line(" ".join(cell.text for cell in row.cells if cell.text.strip()))
    return [phrase for phrase, _ in line] if line else None


def drop_running_heads(blocks: list[Block]) -> list[Block]:
    """Rows that repeat the document's first line (a page's running head, copied into the
    table at the top of each page) are left out."""
    first = next((b for b in blocks if not b.is_table and (b.text or "").strip()), None)
    if first is None:
        return blocks
    head = " ".join((first.text or "").split())
    if len(head.split()) > 16:
        return blocks
    for block in blocks:
        if block.is_table and block.rows:
            block.rows = [row for row in block.rows if row_text(row) != head]
    return [block for block in blocks if not block.is_table or block.rows]


def row_text(row: Row) -> str:
    return " ".join(" ".join(cell.text.split()) for cell in row.cells if cell.text.strip())
