"""Trackers with a column pair per quarter ("Q1 update | Q1 RAG | Q2 update | Q2 RAG ...").

A coordinator's tracker grows to the right each quarter. Read as it is, its repeated
columns are either unknown (and lost) or several columns claiming the same role. Here they
are folded: each row keeps its history, one `PeriodUpdate` per period in the order of the
columns, and two columns are added in their place, "Progress" and "RAG status", holding the
latest update and the latest status, which is what the plan shows as current.

The period may be in the column's own header ("Q1 2024/25 update", "RAG (Apr-Jun)") or in a
header row above it, spanning the pair ("Quarter 1" over "Update | RAG").
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from cairn.imports.grid import Block, Cell, PeriodUpdate, Row

MONTHS = r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*"
PERIOD = re.compile(
    rf"\b(?:q(?:tr|uarter)?\s*[1-4]|[1-4](?:st|nd|rd|th)\s+quarter|"
    rf"{MONTHS}(?:\s*\d{{2,4}})?(?:\s*[-–/]\s*{MONTHS}(?:\s*\d{{2,4}})?)?|"
    rf"(?:19|20)\d{{2}}(?:\s*[-/]\s*\d{{2,4}})?|year\s+[1-9]|y[1-9]|h[12]|half\s+[12])\b",
    re.IGNORECASE,
)
PROGRESS_WORDS = re.compile(
    r"\b(?:update|updates|progress|comments?|commentary|narrative|position)\b", re.IGNORECASE
)
STATUS_WORDS = re.compile(r"\b(?:rag|status|rating)\b", re.IGNORECASE)
PROGRESS, STATUS = "progress", "status"
STATUS_VALUE = re.compile(
    r"^(?:red|amber|green|blue|grey|[rag]|completed?|done|on track|off track|at risk|"
    r"not started|started|in progress|delayed|on hold|closed)\.?$",
    re.IGNORECASE,
)
"""A status in a period's update column: the update's status, not its progress."""


@dataclass
class PeriodColumn:
    position: int
    period: str
    kind: str


def fold_period_columns(blocks: list[Block]) -> None:
    for block in blocks:
        if block.rows:
            fold_table(block)


def fold_table(block: Block) -> None:
    rows = block.rows or []
    grid = grid_positions(rows)
    for index in range(min(len(rows), 6)):
        columns = period_columns(rows, grid, index)
        if columns:
            fold(block, grid, index, columns)
            return


def kind_of(text: str) -> str | None:
    if STATUS_WORDS.search(text):
        return STATUS
    if PROGRESS_WORDS.search(text):
        return PROGRESS
    return None


def period_label(text: str) -> str:
    """ "Q1 2024/25 update" -> "Q1 2024/25"; "RAG (Apr-Jun)" -> "Apr-Jun"."""
    label = STATUS_WORDS.sub(" ", PROGRESS_WORDS.sub(" ", text))
    return " ".join(label.replace("(", " ").replace(")", " ").split()).strip(" -–:/")


def period_columns(
    rows: list[Row], grid: list[dict[int, Cell]], index: int
) -> list[PeriodColumn] | None:
    """The period columns of the header at row `index`: at least two periods, each with an
    update or a status column (or both)."""
    above = grid[index - 1] if index > 0 else {}
    columns = []
    for position, cell in grid[index].items():
        text = " ".join(cell.text.split())
        kind = kind_of(text)
        if kind is None or len(text.split()) > 8:
            continue
        if PERIOD.search(text):
            columns.append(PeriodColumn(position, period_label(text), kind))
            continue
        owner = covering(above, position)
        if owner is not None and PERIOD.search(owner.text) and owner.colspan > 1:
            columns.append(PeriodColumn(position, " ".join(owner.text.split()), kind))
    periods = {column.period.lower() for column in columns}
    if len(periods) < 2 or len(columns) < 3:
        found = reporting_columns(grid[index])
        return found if found and read_as_reports(grid[index + 1 :], found) else None
    return columns


REPORTING_PERIOD = re.compile(
    rf"^(?:q(?:tr|uarter)?\s*[1-4]|[1-4](?:st|nd|rd|th)\s+quarter|{MONTHS})\b", re.IGNORECASE
)
DUE_HEADER = re.compile(r"\b(?:due|deadline|by when|target|timescale|end date)\b", re.IGNORECASE)


def reporting_columns(header: dict[int, Cell]) -> list[PeriodColumn] | None:
    """Columns headed by a quarter or a month alone ("Apr–Jun 25", "Q3") beside a deadline
    column: a tracker's report for each quarter, not steps (a plan's phases are years, and
    the deadline says when the action is due)."""
    texts = {position: " ".join(cell.text.split()) for position, cell in header.items()}
    columns = [
        PeriodColumn(position, text, PROGRESS)
        for position, text in texts.items()
        if REPORTING_PERIOD.match(text) and not re.sub(r"[\W\d_]+", "", PERIOD.sub("", text))
    ]
    if len(columns) < 2 or not any(DUE_HEADER.search(text) for text in texts.values()):
        return None
    return columns


REPORT_WORDS = 6
"""A quarter's report is a sentence or a status ("Training delivered to 40 staff", "Amber");
a timeline's cells are marks ("X", "✓") or the steps planned ("Tender", "Award contract")."""


def read_as_reports(body: list[dict[int, Cell]], columns: list[PeriodColumn]) -> bool:
    """Whether the cells under columns headed only by a quarter or a month report what
    happened (then they are the action's history) rather than plan when things will happen,
    as a delivery timeline does (then they must not become reports that never happened)."""
    cells = [
        " ".join(row[column.position].text.split())
        for row in body
        for column in columns
        if column.position in row and row[column.position].text.strip()
    ]
    reports = [
        text
        for text in cells
        if len(text.split()) >= REPORT_WORDS or STATUS_VALUE.match(text.split(" - ")[0])
    ]
    return bool(cells) and len(reports) * 2 >= len(cells)


def covering(row: dict[int, Cell], position: int) -> Cell | None:
    for start, cell in row.items():
        if start <= position < start + max(cell.colspan, 1):
            return cell
    return None


def grid_positions(rows: list[Row]) -> list[dict[int, Cell]]:
    """Each row's cells by grid column, placing cells around those merged down from above
    (which a reader gives once, in the row where the merge starts)."""
    covered: dict[int, int] = {}
    """column -> how many more rows a cell merged down from above covers"""
    placed: list[dict[int, Cell]] = []
    for row in rows:
        positions: dict[int, Cell] = {}
        column = 0
        for cell in row.cells:
            while covered.get(column, 0) > 0:
                column += 1
            positions[column] = cell
            column += max(cell.colspan, 1)
        covered = {col: left - 1 for col, left in covered.items() if left > 1}
        for start, cell in positions.items():
            if cell.rowspan > 1:
                for offset in range(max(cell.colspan, 1)):
                    covered[start + offset] = cell.rowspan - 1
        placed.append(positions)
    return placed


def fold(
    block: Block, grid: list[dict[int, Cell]], header: int, columns: list[PeriodColumn]
) -> None:
    rows = block.rows or []
    by_position = {column.position: column for column in columns}
    spanning = {
        id(cell)
        for position in by_position
        if header > 0
        and (cell := covering(grid[header - 1], position)) is not None
        and cell.colspan > 1
        and PERIOD.search(cell.text)
    }
    added = [Cell(text="Progress", bold=True), Cell(text="RAG status", bold=True)]
    for index, row in enumerate(rows[header:], start=header):
        period_cells = {id(grid[index][p]) for p in by_position if p in grid[index]}
        updates: dict[str, PeriodUpdate] = {}
        for position, column in sorted(by_position.items()):
            cell = grid[index].get(position) if index > header else None
            text = " ".join(cell.text.split()) if cell is not None else ""
            update = updates.setdefault(column.period, PeriodUpdate(period=column.period))
            if text and (column.kind == STATUS or STATUS_VALUE.match(text)):
                update.status_text = text
            elif text:
                update.progress_text = text
        row.cells = [cell for cell in row.cells if id(cell) not in period_cells]
        if index == header:
            continue
        history = [u for u in updates.values() if u.status_text or u.progress_text]
        row.history = history
        row.cells += [
            Cell(text=next((u.progress_text for u in reversed(history) if u.progress_text), "")),
            Cell(text=next((u.status_text for u in reversed(history) if u.status_text), "")),
        ]
    if spanning:
        # a two-row header: the periods' row keeps the other headings and takes the new ones
        upper = rows[header - 1]
        upper.cells = [cell for cell in upper.cells if id(cell) not in spanning] + added
        if not any(cell.text.strip() for cell in rows[header].cells):
            del rows[header]
            for cell in upper.cells:
                cell.rowspan = 1
        return
    rows[header].cells += added


# A sheet per period: copies of one plan, each with that period's updates.

COPY_SHARE = 0.8
"""Two sheets are copies of one plan when this share of their sentences are the same."""


def fold_period_copies(parts: list[tuple[str, list[Block]]]) -> list[tuple[str, list[Block]]]:
    """Of sheets that are copies of one plan (a tracker with a sheet per quarter), keep the
    last, each of its rows given the status and update it had on each sheet as its history,
    one per sheet, named by the sheet, the last one its status now."""
    groups: list[list[tuple[str, list[Block]]]] = []
    for name, blocks in parts:
        group = next((group for group in groups if is_copy(group[-1][1], blocks)), None)
        if group is None:
            groups.append([(name, blocks)])
        else:
            group.append((name, blocks))
    for group in groups:
        if len(group) > 1:
            add_history(group)
    return [group[-1] for group in groups]


def sentences(blocks: list[Block]) -> set[str]:
    return {
        " ".join(cell.text.split()).lower()
        for block in blocks
        for row in block.rows or []
        for cell in row.cells
        if len(cell.text.split()) >= 4
    }


def is_copy(first: list[Block], second: list[Block]) -> bool:
    one, two = sentences(first), sentences(second)
    return bool(one and two) and len(one & two) >= COPY_SHARE * min(len(one), len(two))


def add_history(copies: list[tuple[str, list[Block]]]) -> None:
    """Each row of the last copy gets one update per copy (its status and progress there)."""
    readings = [(name, row_updates(blocks)) for name, blocks in copies]
    _, last_blocks = copies[-1]
    for block in last_blocks:
        for row in block.rows or []:
            key = row_key(row)
            row.history = [
                PeriodUpdate(name, *updates[key]) for name, updates in readings if key in updates
            ]


def row_key(row: Row) -> str:
    longest = max(row.cells, key=lambda cell: len(cell.text), default=None)
    return " ".join(longest.text.split()).lower() if longest else ""


def row_updates(blocks: list[Block]) -> dict[str, tuple[str | None, str | None]]:
    """Each row's (status, progress) by its key, read by its table's header words."""
    found: dict[str, tuple[str | None, str | None]] = {}
    for block in blocks:
        rows = block.rows or []
        if not rows:
            continue
        kinds = {i: kind_of(cell.text) for i, cell in enumerate(rows[0].cells)}
        for row in rows[1:]:
            values = dict.fromkeys((STATUS, PROGRESS))
            for index, cell in enumerate(row.cells):
                kind = kinds.get(index)
                if kind and cell.text.strip() and values[kind] is None:
                    values[kind] = " ".join(cell.text.split())
            if values[STATUS] or values[PROGRESS]:
                found[row_key(row)] = (values[STATUS], values[PROGRESS])
    return found
