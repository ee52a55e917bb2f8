"""Tables drawn with characters: ASCII grid tables (`+----+----+` rules and `|` between
cells, as reStructuredText, Emacs, psql and many emails draw them) and the same drawn with
box-drawing characters (`┌──┬──┐`, `│`).

A cell's text may wrap over several lines between two rules; where rules part every row,
the lines between two rules are one row. Where rules only frame the table and part the
header from the body (as a database client prints a result), each line is a row. A cell
spanning columns has no `|` where the columns meet.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

RULE = re.compile(r"^\s*[+┌├└╔╠╚╒╞╘╓╟╙][-=+:─━═┬┼┴┐┤┘╤╪╧╕╡╛╦╬╩╗╣╝╥╫╨╖╢╜]*[+┐┤┘╗╣╝╕╡╛╖╢╜]\s*$")
"""A rule across the table: starts at a corner or junction, ends at one."""
JUNCTIONS = "+┌├└╔╠╚╒╞╘╓╟╙┬┼┴┐┤┘╤╪╧╕╡╛╦╬╩╗╣╝╥╫╨╖╢╜"
WALLS = "|│║"
CELL_LINE = re.compile(rf"^\s*[{WALLS}].*[{WALLS}]\s*$")


@dataclass
class GridCell:
    text: str
    colspan: int = 1


def is_rule(text: str) -> bool:
    return bool(RULE.match(text)) and sum(ch in JUNCTIONS for ch in text) >= 2


def grid_table(lines: list[str], start: int) -> tuple[int, list[list[GridCell]]]:
    """The table drawn from line `start` (a rule followed by a line of cells): how many lines
    it takes and its rows, or (0, []) when no such table starts there."""
    if not is_rule(lines[start]) or start + 1 >= len(lines):
        return 0, []
    if not CELL_LINE.match(lines[start + 1]):
        return 0, []
    boundaries = [i for i, ch in enumerate(lines[start]) if ch in JUNCTIONS]
    segments: list[list[str]] = []
    rules = 1
    index = start + 1
    current: list[str] = []
    while index < len(lines) and (is_rule(lines[index]) or CELL_LINE.match(lines[index])):
        if is_rule(lines[index]):
            rules += 1
            if current:
                segments.append(current)
            current = []
        else:
            current.append(lines[index])
        index += 1
    if current:
        segments.append(current)
    drawn = lines[start:index]
    header_rule = any(is_rule(line) and ("=" in line or "═" in line) for line in drawn)
    if header_rule or rules > 3 or all(len(segment) == 1 for segment in segments[1:]):
        grouped = segments  # rules part every row
    else:  # rules frame the table and part the header: each line of the body is a row
        grouped = [segments[0], *([line] for segment in segments[1:] for line in segment)]
    return index - start, [grid_row(group, boundaries) for group in grouped]


def grid_row(lines: list[str], boundaries: list[int]) -> list[GridCell]:
    """One row from its lines: it is parted where every line has a wall at a boundary of
    the table's columns; each cell's lines are joined."""
    walls = [
        position
        for position in boundaries
        if all(position < len(line) and line[position] in WALLS for line in lines)
    ]
    if len(walls) < 2:  # drawn out of line with the rule: part at each line's own walls
        split = [split_walls(line) for line in lines]
        if len({len(parts) for parts in split}) > 1:
            return [GridCell(join_lines([" ".join(parts) for parts in split]))]
        return [GridCell(join_lines(list(column))) for column in zip(*split, strict=True)]
    cells = []
    for left, right in zip(walls, walls[1:], strict=False):
        parts = [line[left + 1 : right].strip() for line in lines]
        span = sum(1 for position in boundaries if left < position < right) + 1
        cells.append(GridCell(join_lines(parts), colspan=span))
    return cells


def split_walls(line: str) -> list[str]:
    return [part.strip() for part in re.split(rf"[{WALLS}]", line.strip())[1:-1]]


def join_lines(parts: list[str]) -> str:
    """A cell's lines as one text: a line that starts a bullet or follows an empty line
    starts a new line; others go on from the one before (the cell was wrapped to fit)."""
    text = ""
    for part in parts:
        if not part:
            if text and not text.endswith("\n"):
                text += "\n"
            continue
        if not text or text.endswith("\n") or part[:1] in "-*•":
            text = f"{text}\n{part}" if text and not text.endswith("\n") else f"{text}{part}"
        elif text.endswith("-") and part[:1].islower():
            text += part
        else:
            text += f" {part}"
    return text.strip()
