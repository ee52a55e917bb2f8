"""Tables in a plan that are not its plan: a glossary ("Term | Meaning"), a sign-off
("Name | Role | Date"), a table of contacts. Each has a header of its own, in words that
name no column of a plan, so the last plan table's columns would be laid over it and its
rows read as actions of a theme named after the heading above it."""

from __future__ import annotations

import re

from cairn.imports import columns as c
from cairn.imports.grid import Row

MAX_LABEL_WORDS = 4
"""A header's labels are a few words each."""
ABBREVIATION = re.compile(r"^(?=(?:[^A-Z]*[A-Z]){2})[A-Z][A-Za-z&/]*$")
"""One word of letters with two capitals or more: 'MARAC', 'IDVAs', 'CHISVA', 'DA&SV'."""
WORD = re.compile(r"^[A-Z][^\W\d_]*(?:[&/][^\W\d_]+)?$")
"""One word starting with a capital: an abbreviation or a name ('Cuan', 'Tusla')."""
ABBREVIATED_SHARE = 0.8
"""Most of a glossary's terms are abbreviations; a few are short names."""
ROMAN = re.compile(r"^[IVXL]+$")
MIN_TERMS = 3


def plan_rows(rows: list[Row], apart: bool, plan_width: int) -> list[Row]:
    """A table's rows to read with the plan's columns: none when it stands `apart` from
    the plan's tables (words between them, after a plan header) and is another kind of
    table (`is_other_table`)."""
    return [] if apart and is_other_table(rows, plan_width) else rows


def is_other_table(rows: list[Row], plan_width: int) -> bool:
    """A table standing apart from the plan's tables (words between them) that is not the
    plan's: it opens with a header of its own (`is_header_of_other_table`) or it is a list
    of abbreviations and what they stand for, with no header at all."""
    if not rows:
        return False
    return is_header_of_other_table(rows[0], plan_width) or is_abbreviations(rows, plan_width)


def is_abbreviations(rows: list[Row], plan_width: int) -> bool:
    """Two columns, narrower than the plan's header, each row an abbreviation ('ICB') or
    a one-word name ('Cuan') and what it stands for, most of them abbreviations. A plan's
    table has a sentence or a ref in its first column, and a theme's name there is in
    words ('Prevention'), not an abbreviation."""
    filled = [[cell.text.strip() for cell in row.cells if cell.text.strip()] for row in rows]
    filled = [texts for texts in filled if texts]
    if plan_width == 2 or len(filled) < MIN_TERMS or any(len(texts) != 2 for texts in filled):
        return False
    terms = [term for term, _ in filled]
    if not all(WORD.match(term) and not ROMAN.match(term) for term in terms):
        return False
    return sum(bool(ABBREVIATION.match(term)) for term in terms) >= ABBREVIATED_SHARE * len(terms)


def is_header_of_other_table(row: Row, plan_width: int) -> bool:
    """The first row of a table standing apart from the plan's tables (words between them)
    is a header of its own when it is not as wide as the plan's header (so it is not the
    plan's table going on without its header) and it is a row of short labels: every cell
    filled, none a sentence, a number or a reference, a date or a period, or a status
    (a row of a plan's table cut short has its date or status; a ref starts it)."""
    cells = [cell for cell in row.cells if not cell.covered]
    if len(cells) < 2 or len(row.cells) == plan_width:
        return False
    return all(is_label(cell.text) for cell in cells) and not c.is_header_row(row)


def is_label(text: str) -> bool:
    words = text.split()
    if not words or len(words) > MAX_LABEL_WORDS or text.rstrip().endswith((".", ";", ":")):
        return False
    if not words[0][:1].isalpha() or not words[0][:1].isupper():
        return False
    lowered = " ".join(words).lower()
    return not (c.is_deadline_text(text) or lowered in c.STATUS_WORDS or lowered in c.SHORT_TERMS)
