"""What a person reads from a table's colours and furniture, kept for the interpreter.

- A RAG status given only as a cell's colour (an empty cell shaded red, amber or green, or
  blue for complete) is given the colour's name as its text, so it reads as the status word
  a person would say. Only an empty cell whose colour stands out from its row is named: a
  header or banner row painted one colour is decoration.
- A key or legend table ("Red - not started, Amber - ...") and furniture rows (a protective
  marking, "Page 2 of 9") are not part of the plan and are dropped.
"""

from __future__ import annotations

import colorsys
import re
from collections import Counter

from cairn.imports.grid import Block, Cell, Row

RAG_HUES = (
    ("Red", 0.0),
    ("Amber", 38.0),
    ("Green", 120.0),
    ("Blue", 215.0),
    ("Red", 360.0),
)
"""The hue (degrees) of each status colour; a fill takes the nearest."""
MIN_SATURATION = 0.25
MIN_LIGHTNESS = 0.15
MAX_LIGHTNESS = 0.93
RAG_WORDS = re.compile(
    r"^(?:red|amber|green|blue|r|a|g|b|purple|grey|gray|white|black|rag|rag rating|"
    r"complete[d]?|on track|off track|at risk|not started|in progress)\b",
    re.IGNORECASE,
)
KEY_TITLE = re.compile(
    r"^(?:(?:b?rag|status|rating)\s+)?(?:key|legend)s?\s*:?$|^b?rag\s+ratings?\s*:?$", re.I
)
"""A key's own title ("BRAG key", "Legend", "RAG ratings"); a bare "Status:" or "Rating" is
a label of the plan's (what follows is the plan, not a key)."""
KEY_LINES = 8
"""A key written as paragraphs under its title has a line per status: a handful at most."""
FURNITURE_ANY_CASE = re.compile(
    r"^(?:official(?:[\s-]+sensitive)?|not protectively marked|"
    r"page\s+\d+(?:\s+of\s+\d+)?|classification:.*|protective marking:.*)$",
    re.IGNORECASE,
)
MARKING_IN_CAPITALS = re.compile(r"^(?:PROTECT|RESTRICTED)$")
"""Protective markings that are also plan words ("Protect" is a theme of a 4P plan): a
marking is written in capitals, a sheet or heading named "Protect" is the plan's own."""


def is_furniture(text: str) -> bool:
    return bool(FURNITURE_ANY_CASE.match(text) or MARKING_IN_CAPITALS.match(text))


def hex_colour(value: object) -> str | None:
    """ "FFFF0000" / "#ff0000" / "ff0000" -> "FF0000"; None for automatic or unset."""
    if not isinstance(value, str):
        return None
    text = value.strip().lstrip("#").upper()
    if len(text) == 8:
        text = text[2:]  # ARGB
    if len(text) != 6 or not re.fullmatch(r"[0-9A-F]{6}", text):
        return None
    return text


def rag_name(colour: str | None) -> str | None:
    """The status colour nearest to a fill: "Red", "Amber", "Green" or "Blue"; None for
    white, grey, black and pale tints that say nothing."""
    if not colour:
        return None
    red, green, blue = (int(colour[i : i + 2], 16) / 255 for i in (0, 2, 4))
    hue, lightness, saturation = colorsys.rgb_to_hls(red, green, blue)
    if saturation < MIN_SATURATION or not MIN_LIGHTNESS <= lightness <= MAX_LIGHTNESS:
        return None
    degrees = hue * 360
    return min(RAG_HUES, key=lambda item: abs(item[1] - degrees))[0]


def name_coloured_statuses(blocks: list[Block]) -> None:
    """Give each empty cell that stands out in a RAG colour the colour's name."""
    for block in blocks:
        for row in block.rows or []:
            name_row(row)


def name_row(row: Row) -> None:
    fills = Counter(cell.fill for cell in row.cells if cell.text.strip())
    usual = fills.most_common(1)[0][0] if fills else None
    for cell in row.cells:
        if cell.text.strip() or not cell.fill or cell.fill == usual:
            continue
        name = rag_name(cell.fill)
        if name:
            cell.text = name


def drop_keys_and_furniture(blocks: list[Block]) -> list[Block]:
    kept = []
    key_lines = 0
    """Lines left of a key written as paragraphs under its title ("BRAG key", "Blue: ...")."""
    for block in blocks:
        if not block.is_table and KEY_TITLE.match(" ".join((block.text or "").split())):
            key_lines = KEY_LINES
            continue
        if block.is_table or not is_key_line(block.text or ""):
            key_lines = 0
        elif key_lines:
            key_lines -= 1
            continue
        if block.is_table:
            rows = [row for row in block.rows or [] if not is_furniture_row(row)]
            if rows and (is_key_table(rows) or is_document_control(rows)):
                continue
            block.rows = rows
            if not rows:
                continue
        elif is_furniture(" ".join((block.text or "").split())):
            continue
        kept.append(block)
    return kept


def is_key_line(text: str) -> bool:
    """A status and what it means, in a few words ("Complete and evidenced", "Red - off
    track"), not a sentence of the plan."""
    words = text.split()
    return 0 < len(words) <= 8 and not text.rstrip().endswith((".", ":"))


def is_furniture_row(row: Row) -> bool:
    texts = [" ".join(cell.text.split()) for cell in row.cells if cell.text.strip()]
    return len(texts) == 1 and is_furniture(texts[0])


def is_key_table(rows: list[Row]) -> bool:
    """A small table of colours or status words, each with what it means."""
    body = [row for row in rows if not is_key_title(row)]
    if not 2 <= len(body) <= 8:
        return False
    return all(key_entry(row) for row in body)


VERSION_LABEL = re.compile(r"^(?:version|revision|issue)(?:\s*(?:no\.?|number|#))?$", re.I)
CONTROL_LABEL = re.compile(
    r"^(?:date|author|authors?|owner|changes?|change made|changes made|summary|summary of changes|"
    r"description|comments?|amended by|updated by|approved by|reviewed by|status|reason|"
    r"document title|title|classification|review date|next review)$",
    re.IGNORECASE,
)


def is_document_control(rows: list[Row]) -> bool:
    """A version history or document control table ("Version | Date | Author | Changes", or
    "Version: 1.2 / Author: ..." down its first column): about the document, not the plan."""
    across = [" ".join(cell.text.split()) for cell in rows[0].cells if cell.text.strip()]
    down = [" ".join(row.cells[0].text.split()) for row in rows if row.cells]
    for labels in (across, down):
        versions = sum(bool(VERSION_LABEL.match(label)) for label in labels)
        others = sum(bool(CONTROL_LABEL.match(label)) for label in labels)
        if versions and others >= 2 and versions + others >= 0.6 * len(labels):
            return True
    return False


def is_key_title(row: Row) -> bool:
    texts = [cell.text.strip() for cell in row.cells if cell.text.strip()]
    return len(texts) <= 2 and all(KEY_TITLE.match(text) for text in texts)


def key_entry(row: Row) -> bool:
    cells = [cell for cell in row.cells if cell.text.strip() or cell.fill]
    if not 1 <= len(cells) <= 3:
        return False
    first: Cell = cells[0]
    word = " ".join(first.text.split())
    coloured = rag_name(first.fill) is not None
    return (coloured or bool(RAG_WORDS.match(word))) and len(word.split()) <= 4
