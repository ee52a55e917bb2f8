"""Themes that a document shows without writing them as headings.

Two shapes are read here, both from what the document is rather than from what it says:

- a **side label**: a theme's title written down a merged first column, one letter per line
  ("P R E V E N T I O N"), that a copy or a PDF cuts into pieces spread over the theme's rows
  ("PREVENTIONANDAW", "ARENESS", "EARLY", ...). The pieces of all the themes run together;
  they are cut back into themes where a word ends, a new item starts on the piece's row, and
  neither side is left hanging on "and"/"of";
- a **number that moves on**: items numbered 1.1, 1.2, then 2.1 under a theme labelled
  "Strand 1" with no "Strand 2" heading are a second theme; its title, when the document lists
  its themes in a sentence ("Awareness and Education, Early Intervention and Support and
  Protection"), is the name between its neighbours' names there.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, replace
from typing import Protocol

import wordninja

from cairn.imports.grid import Cell

CONNECTORS = frozenset({"and", "of", "the", "for", "to", "in", "on", "&", "with", "a", "by"})
JOINING = CONNECTORS - {"a", "the"}
"""Connectors a title cannot begin with ("and", "of"); "A ..." and "The ..." begin titles."""
LONG_WORD = 8
"""A word this long that is in the word list is a word, however rare ("PRIORITISING")."""
WORD_COST_LIMIT = 12.5
"""wordninja's cost of a word (the log of its frequency rank): under this, a common word."""


@dataclass
class Piece:
    """One row's share of a side label: its letters and the position of its heading entry."""

    text: str
    entry: int


BRITISH_S = re.compile(r"(?<=I)S(?=ING|ATION|ED|ES)", re.IGNORECASE)
"""The s of British -ising/-isation spellings, which wordninja's word list spells with z."""


BRITISH_S = re.compile(r"(?<=i)s(?=ing|ation|ed|es)", re.IGNORECASE)
"""The s of British -ising/-isation spellings, which wordninja's word list spells with z."""


def words_of(letters: str) -> list[str]:
    """Spaced capitals run together ("PREVENTIONANDAWARENESS") cut into words. British
    spellings ("PRIORITISING") are cut where their American twins would be."""
    if not letters:
        return []
    words: list[str] = wordninja.split(letters)
    american = BRITISH_S.sub("z", letters)
    if american == letters or not is_garbled(words):
        return words
    lengths = [len(word) for word in wordninja.split(american)]
    if sum(lengths) != len(letters):
        return words  # wordninja dropped a character that is not a letter: keep its own cut
    cut, start = [], 0
    for length in lengths:
        cut.append(letters[start : start + length])
        start += length
    return cut if len(cut) < len(words) else words


def is_garbled(words: list[str]) -> bool:
    """A title that is not made of words: a fragment of letters a PDF cut or misread."""
    return not words or any(word.lower() not in CONNECTORS and not is_word(word) for word in words)


def is_word(word: str) -> bool:
    """A common word, or a long one in the word list (a fragment is short or not in it)."""
    costs = wordninja.DEFAULT_LANGUAGE_MODEL._wordcost  # noqa: SLF001 - its public word table
    cost = costs.get(BRITISH_S.sub("z", word.lower()))
    if len(word) <= 3 or cost is None:
        return False
    return cost <= WORD_COST_LIMIT or len(word) >= LONG_WORD


def label_title(letters: str) -> str:
    words = words_of(letters)
    return letters if is_garbled(words) else " ".join(words)


def cut_side_label(pieces: list[Piece], starts_item: list[bool]) -> list[int]:
    """Which pieces begin a theme (indexes into `pieces`; the first always does).

    `starts_item[k]` says whether an item starts between piece k-1's row (exclusive) and
    piece k's row (inclusive): a theme cannot begin where no item does."""
    letters = "".join(piece.text for piece in pieces)
    words = words_of(letters)
    ends, position = {}, 0
    for number, word in enumerate(words):
        position += len(word)
        ends[position] = number
    offsets, position = [], 0
    for piece in pieces:
        offsets.append(position)
        position += len(piece.text)
    starts = [0]
    for k in range(1, len(pieces)):
        before = ends.get(offsets[k])
        if before is None or not starts_item[k]:
            continue  # the piece starts mid-word, or beside the same item as the last
        if words[before].lower() in CONNECTORS or words[before + 1].lower() in JOINING:
            continue  # "EARLY IDENTIFICATION AND | SUPPORT"; "A STRONGER SYSTEM" may begin
        starts.append(k)
    return join_fragments(pieces, starts)


def join_fragments(pieces: list[Piece], starts: list[int]) -> list[int]:
    """Two neighbouring themes that are both fragments ("ENT", "PORCEMENT") are one."""
    kept = list(starts)
    changed = True
    while changed:
        changed = False
        titles = theme_letters(pieces, kept)
        for number in range(1, len(kept)):
            if is_garbled(words_of(titles[number - 1])) and is_garbled(words_of(titles[number])):
                del kept[number]
                changed = True
                break
    return kept


def theme_letters(pieces: list[Piece], starts: list[int]) -> list[str]:
    bounds = [*starts, len(pieces)]
    return [
        "".join(piece.text for piece in pieces[bounds[i] : bounds[i + 1]])
        for i in range(len(starts))
    ]


# Themes implied by numbering, and their names from the document's own list.

TRAILING_NUMBER = re.compile(r"(\d+)\s*$")
NUMBER_WORDS = ("one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten")


def ref_number(ref: str | None) -> int | None:
    """The theme number a ref names: "Key strand 1" -> 1, "Aim Two" -> 2, "3" -> 3."""
    match = TRAILING_NUMBER.search(ref or "")
    if match:
        return int(match.group(1))
    last = (ref or "").split()[-1:]
    if last and last[0].lower() in NUMBER_WORDS:
        return NUMBER_WORDS.index(last[0].lower()) + 1
    return None


def item_theme_number(ref: str | None) -> int | None:
    """The first number of an item's ref with two or more levels: "2.3" -> 2."""
    match = re.match(r"^\s*(\d+)\.\d+", ref or "")
    return int(match.group(1)) if match else None


def next_ref(ref: str | None, number: int) -> str:
    if ref and TRAILING_NUMBER.search(ref):
        return TRAILING_NUMBER.sub(str(number), ref)
    return str(number)


def name_from_list(before: str | None, after: str | None, paragraphs: list[str]) -> str | None:
    """The name written between two themes' names in a sentence that lists the themes:
    "... on Awareness and Education, Early Intervention and Support and Protection."."""
    if not before or not after:
        return None
    pattern = re.compile(
        rf"{re.escape(before)}\s*(?:,|;|\band\b)\s*(?P<name>[^.;:]{{3,80}}?)\s*"
        rf"(?:,|;|\band\b)\s*{re.escape(after)}",
        re.IGNORECASE,
    )
    for paragraph in paragraphs:
        match = pattern.search(" ".join(paragraph.split()))
        if match:
            name = match.group("name").strip(" ,;")
            if 1 <= len(name.split()) <= 8:
                return name
    return None


# A group's name written down a merged column, a word or two beside each of its rows.

UNFINISHED = frozenset({"and", "&", "of", "the", "a", "with", "by"})
"""A name cannot end on these ("Safety and"); it can on "on" or "in" ("Moving on")."""
NAME_PIECE_WORDS = 3
GROUP_NAME_WORDS = 8
"""A theme's name is short; an objective that happens to start in lower case is a sentence."""


class GroupedRow(Protocol):
    cells: dict[str, Cell]
    covered: set[str]


def join_name_pieces(rows: Sequence[GroupedRow], role: str, item_role: str) -> None:
    """ "Early | 1 | Roll out ...", "identification | 2 | Introduce ...", "and intervention |
    3 | ...": a merged cell too narrow for its name, copied out a line beside each row. Each
    piece that carries on the name (it starts in lower case, or the name so far ends on
    "and"/"of") is joined to the name, and its row is under the name, as a merged cell's
    rows are. Only rows with an item of their own: a row that is all one cell's overflow is
    read elsewhere."""
    anchor: GroupedRow | None = None
    names = {cell.text for row in rows if (cell := row.cells.get(role))}
    for row in rows:
        cell = row.cells.get(role)
        if cell is None or role in row.covered:
            continue
        if (
            anchor is not None
            and item_role in row.cells
            and carries_on(anchor.cells[role], cell)
            and not (cell.text[:1].isupper() and cell.text in names - {anchor.cells[role].text})
        ):
            joined = replace(anchor.cells[role], text=f"{anchor.cells[role].text} {cell.text}")
            anchor.cells[role] = joined
            row.cells[role] = joined
            row.covered.add(role)
            continue
        anchor = row if item_role in row.cells else None


LIST_MARK = re.compile(r"^\(?(?:[a-z]|[ivx]{1,4})[.)]\s")
"""A lettered or roman-numbered item's mark: "b) Training" is the next group, not the rest of
"a) Awareness"; "ii. Housing" the next row, not the rest of the one above."""


def carries_on(name: Cell, piece: Cell) -> bool:
    words, more = name.text.split(), piece.text.split()
    if LIST_MARK.match(piece.text):
        return False
    if not more or len(more) > NAME_PIECE_WORDS or len(words) + len(more) > GROUP_NAME_WORDS:
        return False
    if name.text.rstrip()[-1:] in ".:;!?":
        return False  # the name is finished
    return more[0][:1].islower() or words[-1].lower() in UNFINISHED
