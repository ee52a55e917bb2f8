"""Cells Cairn writes into spreadsheets and CSV files, safe from formula injection.

A spreadsheet runs a cell as a formula when it starts with = + - or @ (Excel and LibreOffice
also look past leading spaces, tabs, line breaks and other control characters, and a cell
that starts with a tab or carriage return is risky in itself). Text from people (a lead's
progress note, an action title) could then fetch a web address, run a command through DDE or
send the sheet's contents elsewhere when the coordinator opens the file.

`safe_cell()` is the one function every writer (board reports as CSV and Excel, update
sheets, templates, exports) passes each cell through: such text gets a leading apostrophe, so
every spreadsheet shows it as text. `read_cell()` undoes exactly that for sheets Cairn reads
back (the update sheet), so a round trip changes nothing.
"""

from __future__ import annotations

import unicodedata

# The characters a spreadsheet starts a formula with, with their full-width forms (which
# some spreadsheets accept in place of them).
FORMULA_STARTS = frozenset("=+-@\uff1d\uff0b\uff0d\uff20")
# Risky as the very first character, whatever follows (OWASP).
RISKY_FIRST = frozenset("\t\r\n")
PREFIX = "'"


def _ignored_before_formula(character: str) -> bool:
    """Spaces and control or format characters a spreadsheet may skip before a formula."""
    return character.isspace() or unicodedata.category(character) in {"Cc", "Cf", "Zs"}


def is_formula_like(text: str) -> bool:
    """Whether a spreadsheet could read this text as a formula."""
    if not text:
        return False
    if text[0] in RISKY_FIRST:
        return True
    start = next((c for c in text if not _ignored_before_formula(c)), "")
    return start in FORMULA_STARTS


def _needs_prefix(text: str) -> bool:
    # Text that already starts with apostrophes before a formula gets one more, so that
    # read_cell() gives back exactly what was written.
    return is_formula_like(text) or (text.startswith(PREFIX) and _needs_prefix(text[1:]))


def safe_cell(value: object) -> object:
    """The value to write into a cell: formula-like text gets a leading apostrophe.

    Numbers, dates and None pass unchanged (a negative number is a number, not a formula).
    """
    if isinstance(value, str) and _needs_prefix(value):
        return PREFIX + value
    return value


def safe_text(value: object) -> str:
    """safe_cell() for writers that need text (CSV): None becomes an empty cell."""
    if value is None:
        return ""
    return str(safe_cell(value))


def read_cell(value: object) -> object:
    """A cell of a sheet Cairn wrote, as it was before safe_cell() (for reading it back).

    Only an apostrophe that safe_cell() would have added is removed; in a spreadsheet a
    leading apostrophe means "this is text", so a person typing one means the same.
    """
    if isinstance(value, str) and value.startswith(PREFIX) and _needs_prefix(value[1:]):
        return value[1:]
    return value
