"""Tables in a plan that are not its plan: a glossary ("Term | Meaning"), a sign-off
("Name | Role | Date"), a table of contacts. Each has a header of its own, in words that
name no column of a plan, so the last plan table's columns would be laid over it and its
rows read as actions of a theme named after the heading above it."""

from __future__ import annotations

import re
from collections.abc import Callable

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
    table (`is_other_table`); without its header of unknown labels when its body is a
    plan's ('Initiative | Partner | Quarter' over actions, leads and quarters)."""
    if not apart or not rows:
        return rows
    if is_other_table(rows, plan_width):
        return []
    return rows[1:] if is_header_of_other_table(rows[0], plan_width) else rows


def is_other_table(rows: list[Row], plan_width: int) -> bool:
    """A table standing apart from the plan's tables (words between them) that is not the
    plan's: it opens with a header of its own (`is_header_of_other_table`) or it is a list
    of abbreviations and what they stand for, with no header at all."""
    if not rows:
        return False
    if is_header_of_other_table(rows[0], plan_width):
        return not has_actions(rows[1:])
    body = rows[1:] if c.is_header_row(rows[0]) else rows
    return is_abbreviations(body, plan_width)


def has_actions(rows: list[Row]) -> bool:
    """The body of a table reads as a plan's: a column of things to do (sentences, not
    names: 'Launch a survivor-led panel') and a column of dates or periods (when). A
    glossary's terms and meanings, and a sign-off's names, roles and dates, do not."""
    if not rows:
        return False
    width = max(len(row.cells) for row in rows)
    columns = [texts for index in range(width) if (texts := column_texts(rows, index))]
    return any(most(texts, is_sentence) for texts in columns) and any(
        most(texts, c.is_deadline_text) for texts in columns
    )


def column_texts(rows: list[Row], index: int) -> list[str]:
    return [
        " ".join(row.cells[index].text.split())
        for row in rows
        if index < len(row.cells) and row.cells[index].text.strip()
    ]


def most(texts: list[str], test: Callable[[str], bool]) -> bool:
    return sum(bool(test(text)) for text in texts) * 5 >= len(texts) * 3


def is_sentence(text: str) -> bool:
    """Words that say something to do or to know: three or more, not a name or a date."""
    return len(text.split()) >= 3 and not c.looks_like_name(text) and not c.is_deadline_text(text)


def is_abbreviations(rows: list[Row], plan_width: int) -> bool:
    """Two columns, narrower than the plan's header, each row an abbreviation ('ICB') or
    a one-word name ('Cuan') and what it stands for, most of them abbreviations, and what
    they stand for names, not sentences (an agency's commitment: 'ICB | Fund a health
    IDVA in each hospital'). A plan's
    table has a sentence or a ref in its first column, and a theme's name there is in
    words ('Prevention'), not an abbreviation."""
    filled = [[cell.text.strip() for cell in row.cells if cell.text.strip()] for row in rows]
    filled = [texts for texts in filled if texts]
    if plan_width == 2 or len(filled) < MIN_TERMS or any(len(texts) != 2 for texts in filled):
        return False
    terms = [term for term, _ in filled]
    if not all(WORD.match(term) and not ROMAN.match(term) for term in terms):
        return False
    meanings = [meaning for _, meaning in filled]
    return sum(bool(ABBREVIATION.match(term)) for term in terms) >= ABBREVIATED_SHARE * len(
        terms
    ) and not most(meanings, is_sentence)


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
