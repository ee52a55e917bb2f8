"""PDF reader: ruled tables, unruled tables as a fallback, and the text between them, as
a grid. Characters and ruling lines come from pdfium (`pdf_content`), or from pdfplumber
for a page pdfium cannot give as pdfminer would; pdfplumber finds the tables.

A PDF has no cells or paragraphs, only positioned characters, so this module rebuilds
them: cells from the table's ruling lines (or from word alignment when there are none),
each character put in the cell that contains it, bullets from the glyph that starts a
line, bold from the font name, and a table that runs over a page break joined again, with a
row that the page break cut in two made one row again.
"""

from __future__ import annotations

import bisect
import io
import itertools
import os
import re
from collections import Counter
from dataclasses import dataclass, field, replace
from typing import Any

import pdfplumber
from pdfminer.pdfdocument import PDFEncryptionError, PDFPasswordIncorrect
from pdfplumber.page import Page
from pdfplumber.table import Table, TableFinder, TableSettings
from pdfplumber.utils import extract_text, extract_words
from pdfplumber.utils.text import LIGATURES

from cairn.imports.grid import Block, Cell, Document, Row, UnreadableDocument
from cairn.imports.readers import pdf_content
from cairn.imports.readers.colours import drop_keys_and_furniture, name_coloured_statuses
from cairn.imports.readers.pdf_content import PageContent
from cairn.imports.readers.periods import fold_period_columns
from cairn.imports.readers.tables import BOLD_SHARE, bold_lead, repeated_prefix, row_key

Char = dict[str, Any]
Box = tuple[float, float, float, float]
AnyPage = Page | PageContent

RULED = {"vertical_strategy": "lines", "horizontal_strategy": "lines"}
WORD_GAP = 1.5
"""Characters further apart than this (points) are in different words."""
LINE_TOLERANCE = 3
"""pdfplumber's default: characters whose tops differ by more are on different lines."""
BULLET_GLYPHS = "•▪●◦·‣■□➢✓-–"
DASHES = "-–"
SPACE_SHARE = 0.25
"""A space is about a quarter of the font's size wide."""
BULLET_FONTS = ("Symbol", "Wingdings")
"""Bullets drawn in a symbol font often extract as a private-use character."""
PAGE_NUMBER = re.compile(r"^(page\s*)?\d+(\s*(of|/)\s*\d+)?$", re.IGNORECASE)
PAGE_MARK = re.compile(r"\bpage\s+\d+(\s*(of|/)\s*\d+)?\b", re.IGNORECASE)
"""'Page 3' or 'Page 3 of 12' anywhere in a line in the margin: a running head or footer."""
MARGIN_SHARE = 0.08
"""Page numbers and running headers sit in the top or bottom 8% of the page."""
MAX_PADDING = 12.0
"""A cell's padding is a few points (Word's default is 5.4); more is text set in from it."""
INNER_HYPHEN = re.compile(r"[^\W\d_]-[^\W\d_]")
"""A hyphen between letters, where a line may break ('multi-agency', 'medium-risk')."""
FIT_TOLERANCE = 1.0
"""Points by which a letter's box may overhang where the line must end."""
WORD_BREAK = "\x1f"
"""Put where a line may have broken a word, until the document's words decide."""
BROKEN_WORD = re.compile(rf"(\S*){WORD_BREAK}(\S*)")
MID_SENTENCE = re.compile(r"[a-z][a-z'’]+\b")
"""Text that starts with a word in lower case goes on from a sentence before it."""
LOWER_PART = 0.75
"""A page's text area ends below three quarters of the way down the page."""
"""Page numbers and running headers sit in the top or bottom 8% of the page."""
SCAN_MESSAGE = (
    "This PDF has no text layer: it is a scan or a picture of the plan. Cairn does not "
    "read images; export the plan from Word or Excel as PDF (or upload the .docx/.xlsx), "
    "or paste the text."
)


def read(path: str | os.PathLike[str] | bytes) -> Document:
    name = os.path.basename(path) if isinstance(path, (str, os.PathLike)) else ""
    try:
        with pdf_content.LOCK:
            title, pages = read_pages(path)
    except UnreadableDocument:
        raise
    except Exception as error:  # pdfium and pdfminer raise many kinds on a damaged file
        if is_encryption_error(error):
            raise UnreadableDocument(
                "This PDF is password-protected (encrypted), so Cairn cannot read it. Open "
                "it, save or print a copy without the password, and upload that, or upload "
                "the original Word or Excel document."
            ) from error
        raise UnreadableDocument(
            f"This PDF is damaged and cannot be read ({type(error).__name__}). Export the "
            "plan to PDF again, or upload the original Word or Excel document."
        ) from error
    if not any(page.has_text for page in pages):
        raise UnreadableDocument(SCAN_MESSAGE)
    blocks = join_pages(pages)
    mend_broken_words(blocks)
    name_coloured_statuses(blocks)
    fold_period_columns(blocks)
    return Document(blocks=drop_keys_and_furniture(blocks), title=title, source_name=name)


def read_pages(path: str | os.PathLike[str] | bytes) -> tuple[str | None, list[PageBlocks]]:
    """Every page through pdfium, except those it cannot give as pdfminer would (a
    rotated page or rotated text), which pdfplumber reads; and all of them through
    pdfplumber when pdfium cannot open the file (pdfminer may yet read it)."""
    source = io.BytesIO(path) if isinstance(path, bytes) else path
    try:
        document = pdf_content.open_document(path)
    except Exception as error:
        if pdf_content.is_password_error(error):
            raise
        with pdfplumber.open(source) as pdf:  # type: ignore[arg-type]
            title = str(pdf.metadata.get("Title") or "").strip() or None
            return title, [read_page(page) for page in pdf.pages]
    plumber: pdfplumber.PDF | None = None
    try:
        title = pdf_content.title(document)
        pages = []
        for index in range(len(document)):
            page = document[index]
            try:
                content = pdf_content.page_content(page, index + 1)
            finally:
                page.close()
            if content is None:
                if plumber is None:
                    plumber = pdfplumber.open(source)  # type: ignore[arg-type]
                pages.append(read_page(plumber.pages[index]))
                plumber.pages[index].close()
            else:
                pages.append(read_page(content))
    finally:
        document.close()
        if plumber is not None:
            plumber.close()
    return title, pages


def is_encryption_error(error: BaseException) -> bool:
    """pdfplumber wraps pdfminer's errors; look through the wrapping."""
    seen: list[object] = [error, *error.args, error.__cause__, error.__context__]
    return pdf_content.is_password_error(error) or any(
        isinstance(item, (PDFPasswordIncorrect, PDFEncryptionError)) for item in seen
    )


@dataclass
class PageBlocks:
    blocks: list[Block] = field(default_factory=list)
    has_text: bool = False
    sizes: dict[int, int] = field(default_factory=dict)
    """Most common font size of each paragraph block, by id(block), for heading levels."""
    table_end: RowEnd | None = None
    """The last row of the ruled table that ends the page, if one does."""
    letters: Counter[int] = field(default_factory=Counter)
    """How many letters the page has of each (rounded) font size."""
    margin: dict[int, tuple[int, str]] = field(default_factory=dict)
    """Paragraphs in the page's top or bottom margin, by id(block): where they stand (to
    the point) and their text with numbers blanked, to find those repeated on every page."""
    row_tops: dict[int, list[float]] = field(default_factory=dict)
    """Where each table's rows start down the page, by id(block)."""


@dataclass
class RowEnd:
    """How the last row on a page ends, to tell whether the page break cut it in two.

    Word and LibreOffice let a row break across pages: the row fills the page to the
    bottom of its text area, and the rest of each cell whose text did not fit goes on at
    the top of the next page, as a row of its own whose other cells are blank."""

    bottom: float
    """How low the row reaches, in points from the top of the page."""
    page_height: float
    line: float
    """The height of a line of the row's text."""
    running: set[int] = field(default_factory=set)
    """The grid columns whose text runs down to the row's bottom: where it may go on."""
    first_column: int = 0
    """The grid column the row's first cell starts in: a cell merged down from a row above
    covers those before it (a ref spanning an action's two rows), so the row has no cell
    there, where the rest of the row on the next page has a blank one."""


def read_page(page: AnyPage) -> PageBlocks:
    """One page, from pdfium's characters and lines or from pdfplumber's page."""
    chars = page.chars
    if not any(char.get("text", "").strip() for char in chars):
        return PageBlocks()
    settings = TableSettings.resolve(
        {
            **RULED,
            "explicit_horizontal_lines": open_ends(page),
        }
    )
    found = TableFinder(page, settings).tables  # type: ignore[arg-type]
    tables = [ruled(table) for table in found] or unruled_tables(page)
    in_table: list[list[Char]] = [[] for _ in tables]
    row_tops: dict[int, list[float]] = {}
    outside: list[Char] = []
    for char in chars:
        holders = [index for index, table in enumerate(tables) if inside(char, table.bbox)]
        for index in holders:
            in_table[index].append(char)
        if not holders:
            outside.append(char)
    outside = run_on_past_tables(outside, tables, in_table)
    placed: list[tuple[float, Block]] = []
    ends: dict[int, RowEnd] = {}
    fills = page_fills(page)
    for number, table in enumerate(tables, 1):
        where = f"page {page.page_number}, table {number}"
        block = read_table(table, in_table[number - 1], where, fills)
        if block.rows:
            placed.append((table.bbox[1], block))
            row_tops[id(block)] = sorted({round(box[1], 1) for box in table.boxes})
            if table.ruled:
                ends[id(block)] = row_end(table, in_table[number - 1], page.height)
    sizes: dict[int, int] = {}
    upright = [char for char in outside if char["upright"]]
    text: list[tuple[float, Block]] = []
    for rank, column in enumerate([upright] if tables else newspaper_columns(upright, page)):
        column_text = paragraphs(column, page, sizes)
        text.extend(column_text)
        placed.extend((top + rank * page.height, block) for top, block in column_text)
    placed.extend(side_labels([c for c in outside if not c["upright"]], tables, page))
    placed.sort(key=lambda item: item[0])
    blocks = [block for _, block in placed]
    table_end = ends.get(id(blocks[-1])) if blocks else None
    margin = {
        id(block): (round(top), re.sub(r"\d+", "#", " ".join((block.text or "").lower().split())))
        for top, block in text
        if in_margin(top, page)
    }
    letters = Counter(round(char["size"]) for char in chars if not char["text"].isspace())
    return PageBlocks(
        blocks=blocks,
        has_text=True,
        sizes=sizes,
        table_end=table_end,
        margin=margin,
        letters=letters,
        row_tops=row_tops,
    )


def open_ends(page: AnyPage) -> list[dict[str, Any]]:
    """The rules a page break left out: a row that breaks across pages is drawn open where
    the page ends (its column lines run down to the break with no line across) and open at
    the top of the next page. Where two or more column lines end at the same height with no
    line across them there, a line across closes the table, so its cut row is read."""
    vertical = [edge for edge in page.edges if edge["orientation"] == "v"]
    across = [edge for edge in page.edges if edge["orientation"] == "h"]
    found = []
    for end in ("top", "bottom"):
        ends: dict[int, list[dict[str, Any]]] = {}
        for edge in vertical:
            ends.setdefault(round(edge[end]), []).append(edge)
        for height, edges in ends.items():
            x0, x1 = min(edge["x0"] for edge in edges), max(edge["x1"] for edge in edges)
            if len({round(edge["x0"]) for edge in edges}) < 2 or any(
                abs(line["top"] - height) <= 1.5 and line["x0"] < x1 and line["x1"] > x0
                for line in across
            ):
                continue
            found.append(pdf_content.line_edge((x0, height), (x1, height)))
    return found


def unruled_tables(page: AnyPage) -> list[TableArea]:
    """Tables without ruling lines, found from text alignment: three or more lines in a
    row that each break into two or more widely spaced segments starting at shared
    column positions, with the lines of one segment between and just below them (a cell's
    text wrapped onto more lines). (pdfplumber's "text" strategy splits word gaps too.)"""
    lines = segment_lines(page)
    areas: list[TableArea] = []
    short: list[list[list[Segment]]] = []
    run: list[list[Segment]] = []
    for line in [*lines, []]:
        if (len(line) >= 2 and not far_below(run, line)) or (
            line and run and continues_run(run, line)
        ):
            run.append(line)
            continue
        while run and len(run[-1]) < 2 and not continues_run(run[:-1], run[-1]):
            run.pop()
        rows = sum(len(item) >= 2 for item in run)
        area = aligned_area(run, page) if rows >= 3 else None
        if area is not None:
            areas.append(area)
        elif rows == 2 and parted_by_a_rule(run, page):
            areas.extend(area for area in [aligned_area(run, page)] if area)
        elif rows == 2:
            short.append(run)
        run = [line] if len(line) >= 2 else []
    return sorted(areas + aligned_with(short, areas, page), key=lambda area: area.bbox[1])


def parted_by_a_rule(run: list[list[Segment]], page: AnyPage) -> bool:
    """Two aligned lines with a rule drawn across them between the two (a header band over
    a table's one row, on a slide that carries a table over): a table, not a form's two
    lines of labels and values."""
    lines = [line for line in run if len(line) >= 2]
    left = min(segment.x0 for segment in lines[0])
    right = max(segment.x1 for line in lines for segment in line)
    bottom = max(segment.bottom for segment in lines[0])
    top = min(segment.top for segment in lines[1])
    return any(bottom <= rule <= top for rule in across_rules(page, left, right))


def aligned_with(
    runs: list[list[list[Segment]]], areas: list[TableArea], page: AnyPage
) -> list[TableArea]:
    """Runs of two aligned lines, too few to be a table alone, that stand in the columns of
    a table found on the page: the same table's last part under its own heading (a
    section of two rows)."""
    found = []
    for run in runs:
        area = aligned_area(run, page, header=False)
        if area is not None and any(same_columns(area, table) for table in areas):
            found.append(area)
    return found


def same_columns(first: TableArea, second: TableArea) -> bool:
    starts = sorted({round(box[0]) for box in first.boxes})
    others = sorted({round(box[0]) for box in second.boxes})
    return len(starts) == len(others) and all(
        abs(a - b) <= 4 for a, b in zip(starts, others, strict=True)
    )


def far_below(run: list[list[Segment]], line: list[Segment]) -> bool:
    """A line more than three lines' height below the run is not its next row (a page's
    footer, under the last row of a table that ends half-way down)."""
    if not run or not line:
        return False
    height = max(segment.bottom - segment.top for segment in run[-1])
    gap = min(segment.top for segment in line) - max(segment.bottom for segment in run[-1])
    return gap > 3 * height


def continues_run(run: list[list[Segment]], line: list[Segment]) -> bool:
    """A line of one segment goes on a run of table lines when it sits as close below the
    line before as the lines of a paragraph do: a cell's text wrapped onto another line."""
    if not run or not line:
        return False
    previous = run[-1]
    height = max(segment.bottom - segment.top for segment in previous)
    gap = min(segment.top for segment in line) - max(segment.bottom for segment in previous)
    return gap <= 0.6 * height


@dataclass
class Segment:
    x0: float
    x1: float
    top: float
    bottom: float


def segment_lines(page: AnyPage) -> list[list[Segment]]:
    upright = [char for char in page.chars if char.get("upright", True)]  # not side labels
    words = extract_words(upright, x_tolerance=1.5, y_tolerance=2)
    lines: list[list[dict[str, Any]]] = []
    for word in sorted(words, key=lambda word: (round(word["top"]), word["x0"])):
        if lines and abs(word["top"] - lines[-1][0]["top"]) <= 2:
            lines[-1].append(word)
        else:
            lines.append([word])
    return [segments(sorted(line, key=lambda word: word["x0"])) for line in lines]


def segments(words: list[dict[str, Any]]) -> list[Segment]:
    """Words closer than about one em belong to the same cell."""
    found: list[Segment] = []
    for word in words:
        size = word["bottom"] - word["top"]
        if found and word["x0"] - found[-1].x1 < size:
            found[-1].x1 = word["x1"]
            found[-1].bottom = max(found[-1].bottom, word["bottom"])
            continue
        found.append(Segment(word["x0"], word["x1"], word["top"], word["bottom"]))
    return found


def aligned_area(run: list[list[Segment]], page: AnyPage, header: bool = True) -> TableArea | None:
    """The table a run of aligned lines makes; `header`: its first line may be a header,
    whose labels say where the columns start (`uncrossed`)."""
    starts = column_starts([segment.x0 for line in run for segment in line], len(run))
    starts = uncrossed(starts, run) if header else starts
    if len(starts) < 3:  # two columns are as often a list with its bullets or numbers
        return None
    right = max(segment.x1 for line in run for segment in line) + 1
    bounds = [*starts, right]
    boxes: list[Box] = []
    rows = ruled_rows(run, across_rules(page, starts[0], right)) or row_groups(run)
    for index, group in enumerate(rows):
        top = min(segment.top for segment in group[0]) - 1
        bottom = (
            min(segment.top for segment in rows[index + 1][0]) - 1
            if index + 1 < len(rows)
            else max(segment.bottom for segment in group[-1]) + 1
        )
        boxes.extend((bounds[j], top, bounds[j + 1], bottom) for j in range(len(starts)))
    bbox = (starts[0], boxes[0][1], right, boxes[-1][3])
    return TableArea(bbox=bbox, boxes=boxes)


def across_rules(page: AnyPage, left: float, right: float) -> list[float]:
    """The heights of lines drawn across a table's text from side to side (a slide's or a
    designed document's table ruled only between its rows)."""
    width = right - left
    return sorted(
        {
            round(edge["top"], 1)
            for edge in page.edges
            if edge["orientation"] == "h"
            and min(edge["x1"], right) - max(edge["x0"], left) >= 0.9 * width
        }
    )


RULE_REACH = 0.25
"""A rule between rows may touch a line's letters: drawn where the row starts, it can stand
a little below the top of the letters' boxes (a quarter of the line's height)."""


def ruled_rows(run: list[list[Segment]], rules: list[float]) -> list[list[list[Segment]]] | None:
    """The run's lines grouped into rows by the rules between them: a line below a rule
    starts a row. None unless rules part most rows (one rule under the header says little
    about the rows below it)."""
    groups: list[list[list[Segment]]] = []
    previous_bottom: float | None = None
    for line in run:
        top = min(segment.top for segment in line)
        reach = RULE_REACH * (max(segment.bottom for segment in line) - top)
        ruled = previous_bottom is not None and any(
            previous_bottom - reach <= rule <= top + reach for rule in rules
        )
        if groups and not ruled:
            groups[-1].append(line)
        else:
            groups.append([line])
        previous_bottom = max(segment.bottom for segment in line)
    return groups if len(groups) >= 3 else None


def row_groups(run: list[list[Segment]]) -> list[list[list[Segment]]]:
    """The table's lines grouped into rows. Where the space between some lines is clearly
    wider than between others, the wider spaces part rows (a cell's padding) and the
    narrower ones join the lines of a wrapped cell; where the spaces are all alike, each
    line is a row."""
    gaps = [
        min(segment.top for segment in line) - max(segment.bottom for segment in before)
        for before, line in zip(run, run[1:], strict=False)
    ]
    if not gaps or max(gaps) - min(gaps) < 2:
        return [[line] for line in run]
    middle = (max(gaps) + min(gaps)) / 2
    groups = [[run[0]]]
    for gap, line in zip(gaps, run[1:], strict=True):
        if gap > middle:
            groups.append([line])
        else:
            groups[-1].append(line)
    return groups


def uncrossed(starts: list[float], run: list[list[Segment]]) -> list[float]:
    """The column starts moved to where the run's first line, its header, puts them: a
    header set left of its column's values ('Status' over values set in a coloured pill,
    'On track') starts the column, and a value's own start inside the header's word is no
    column's (when no other value starts there). A cell of a row that runs past the next
    column's start (an action typed past its tab stop) does not move it."""
    header = run[0]
    kept: list[float] = []
    for start in starts:
        crossing = [cell.x0 for cell in header if cell.x0 < start - 1 and cell.x1 > start + 2]
        if not kept or not crossing:
            kept.append(start)
        elif crossing[0] - 1 > kept[-1] + 4:  # the header's column, left of its values
            kept.append(crossing[0] - 1)
        elif sum(abs(cell.x0 - start - 1) <= 4 for line in run for cell in line) > 1:
            kept.append(start)
    return kept


def column_starts(positions: list[float], rows: int) -> list[float]:
    """Left edges shared by at least a third of the rows (within 4 points)."""
    clusters: list[list[float]] = []
    for position in sorted(positions):
        if clusters and position - clusters[-1][-1] <= 4:
            clusters[-1].append(position)
        else:
            clusters.append([position])
    return [min(cluster) - 1 for cluster in clusters if len(cluster) * 3 >= rows]


def run_on_past_tables(
    outside: list[Char], tables: list[TableArea], in_table: list[list[Char]]
) -> list[Char]:
    """The letters that go on from a table's word past its right edge, added to that table
    (to `in_table`); the rest of `outside` returned. A table wider than the page (a Word
    table set wider than its margins) is drawn past the page's edge, rule and text alike,
    and the rule is cut where the page ends: the last digit of 'End 2026' stands outside
    the table, and read as text it is lost from the date and made a paragraph ('6')."""
    ends: dict[int, list[tuple[float, int]]] = {}
    """Where each line of a table's text ends (x1), by the line's rounded top."""
    for index, table in enumerate(tables):
        for char in in_table[index]:
            if char["x1"] >= table.bbox[2] - 2 * WORD_GAP:
                ends.setdefault(round(char["top"]), []).append((char["x1"], index))
    if not ends:
        return outside
    moved: set[int] = set()
    for char in sorted(outside, key=lambda char: char["x0"]):
        line = round(char["top"])
        near = [end for key in (line - 1, line, line + 1) for end in ends.get(key, [])]
        owner = next((i for x1, i in near if -0.5 <= char["x0"] - x1 <= WORD_GAP), None)
        if owner is not None:
            in_table[owner].append(char)
            ends.setdefault(line, []).append((char["x1"], owner))
            moved.add(id(char))
    return [char for char in outside if id(char) not in moved] if moved else outside


def inside(char: Char, bbox: tuple[float, float, float, float]) -> bool:
    x = (char["x0"] + char["x1"]) / 2
    y = (char["top"] + char["bottom"]) / 2
    return bool(bbox[0] <= x <= bbox[2] and bbox[1] <= y <= bbox[3])


# --- tables ------------------------------------------------------------------------------


@dataclass
class TableArea:
    """A table's outline and its cells' boxes (merged cells once), ruled or not."""

    bbox: Box
    boxes: list[Box]
    ruled: bool = False
    """Drawn with lines, so a row is a row and not one line of text."""


def ruled(table: Table) -> TableArea:
    boxes = [box for row in table.rows for box in row.cells if box is not None]
    return TableArea(bbox=table.bbox, boxes=boxes, ruled=True)


def page_fills(page: AnyPage) -> list[pdf_content.Fill]:
    """Filled shapes on the page, from pdfium or from pdfplumber's rectangles."""
    if isinstance(page, PageContent):
        return page.fills
    fills = []
    for rect in page.rects:
        colour = plumber_colour(rect.get("non_stroking_color")) if rect.get("fill") else None
        if colour:
            fills.append(((rect["x0"], rect["top"], rect["x1"], rect["bottom"]), colour))
    return fills


def plumber_colour(value: Any) -> str | None:
    """pdfplumber's fill colour (grey, RGB or CMYK, 0 to 1) as "RRGGBB"."""
    if not isinstance(value, (tuple, list)) or not value:
        return None
    if len(value) == 1:
        value = (value[0],) * 3
    elif len(value) == 4:
        cyan, magenta, yellow, black = value
        value = tuple((1 - part) * (1 - black) for part in (cyan, magenta, yellow))
    if len(value) != 3 or not all(isinstance(part, (int, float)) for part in value):
        return None
    return "".join(f"{round(255 * part):02X}" for part in value)


def fill_of(box: Box, fills: list[pdf_content.Fill]) -> str | None:
    """The colour last painted under the middle of a cell, None for white."""
    x, y = (box[0] + box[2]) / 2, (box[1] + box[3]) / 2
    colour = None
    for (x0, top, x1, bottom), painted in fills:
        if x0 <= x <= x1 and top <= y <= bottom:
            colour = painted
    return None if colour in (None, "FFFFFF") else colour


def read_table(
    table: TableArea, chars: list[Char], where: str, fills: list[pdf_content.Fill] | None = None
) -> Block:
    """The table's cells from `chars`, the characters inside its outline, each with the
    colour painted under it (a RAG status may be given by colour alone)."""
    boxes = table.boxes
    columns = sorted({round(box[0], 1) for box in boxes})
    tops = sorted({round(box[1], 1) for box in boxes})
    owner = cell_owner(boxes, columns, tops)
    contents: dict[int, list[Char]] = {index: [] for index in range(len(boxes))}
    for char in chars:
        index = owner.get(grid_position(char, columns, tops))
        if index is not None:
            contents[index].append(char)
    rows: dict[int, list[Cell]] = {}
    for index, box in enumerate(boxes):
        row = bisect.bisect_right(tops, round(box[1], 1)) - 1
        column = bisect.bisect_right(columns, round(box[0], 1)) - 1
        cell = make_cell(contents[index], box, columns, tops)
        cell.source = f"{where}, row {row + 1}, column {column + 1}"
        cell.fill = fill_of(box, fills or [])
        rows.setdefault(row, []).append(cell)
    grid_rows = [
        Row(cells=rows[number], source=f"{where}, row {number + 1}") for number in sorted(rows)
    ]
    return Block(rows=grid_rows, source=where)


def row_end(table: TableArea, chars: list[Char], page_height: float) -> RowEnd:
    """The table's last row: how low it reaches, and which of its cells have text down to
    their bottom (within a line: a row breaks between lines of text)."""
    columns = sorted({round(box[0], 1) for box in table.boxes})
    last_top = max(round(box[1], 1) for box in table.boxes)
    last_row = [box for box in table.boxes if round(box[1], 1) == last_top]
    bottom = max(box[3] for box in last_row)
    in_row = [  # by their middle: a tight row's letters may reach above its top rule
        char
        for char in chars
        if (char["top"] + char["bottom"]) / 2 >= last_top and char["text"].strip()
    ]
    sizes = Counter(round(char["size"]) for char in in_row)
    line = 1.5 * (sizes.most_common(1)[0][0] if sizes else 10)
    first_column = bisect.bisect_right(columns, round(min(box[0] for box in last_row), 1)) - 1
    end = RowEnd(bottom=bottom, page_height=page_height, line=line, first_column=first_column)
    for char in in_row:
        for box in last_row:
            if char["bottom"] >= box[3] - line and inside(char, box):
                end.running.add(bisect.bisect_right(columns, round(box[0], 1)) - 1)
    return end


def cell_owner(
    boxes: list[tuple[float, float, float, float]], columns: list[float], tops: list[float]
) -> dict[tuple[int, int], int]:
    """Which cell covers each grid position, merged cells included."""
    owner: dict[tuple[int, int], int] = {}
    for index, box in enumerate(boxes):
        for row in spanned(tops, box[1], box[3]):
            for column in spanned(columns, box[0], box[2]):
                owner[(row, column)] = index
    return owner


def spanned(starts: list[float], low: float, high: float) -> range:
    first = bisect.bisect_right(starts, round(low, 1)) - 1
    last = bisect.bisect_left(starts, round(high, 1) - 0.5)
    return range(max(first, 0), max(last, first + 1))


def grid_position(char: Char, columns: list[float], tops: list[float]) -> tuple[int, int]:
    x = (char["x0"] + char["x1"]) / 2
    y = (char["top"] + char["bottom"]) / 2
    return bisect.bisect_right(tops, y) - 1, bisect.bisect_right(columns, x) - 1


def make_cell(chars: list[Char], box: Box, columns: list[float], tops: list[float]) -> Cell:
    chars = without_footnote_marks(chars)
    if is_turned(chars):
        return Cell(
            text=turned_text(chars),
            bold=is_bold(chars),
            colspan=len(spanned(columns, box[0], box[2])),
            rowspan=len(spanned(tops, box[1], box[3])),
        )
    lines = text_lines(chars)
    paragraphs, bullets = group_lines(lines, right=text_right(lines, box))
    return Cell(
        text="\n".join(paragraphs),
        bold=is_bold(chars),
        bold_lead=None if bullets else lead_of(lines),
        bullets=bullets,
        colspan=len(spanned(columns, box[0], box[2])),
        rowspan=len(spanned(tops, box[1], box[3])),
    )


def is_turned(chars: list[Char]) -> bool:
    """Most of the cell's letters are set up or down the page (Word's text direction
    'bottom to top', for a theme's name down the side of its rows)."""
    letters = [char for char in chars if not char["text"].isspace()]
    return bool(letters) and 2 * sum(not char["upright"] for char in letters) > len(letters)


def turned_text(chars: list[Char]) -> str:
    """The text of a cell set up or down the page, read the way it runs: up the page (the
    letters' matrix turns them a quarter to the left) its lines go left to right, each
    from the bottom up; down the page, right to left, each from the top down. Read across
    the page instead, its letters come one to a line, backwards ('T N E V E R P')."""
    upward = sum(char.get("matrix", (0, 0))[1] > 0 for char in chars) * 2 >= len(chars)
    columns: list[list[Char]] = []
    for char in sorted(chars, key=lambda char: char["x0"]):
        if columns and abs(char["x0"] - columns[-1][0]["x0"]) <= 2:
            columns[-1].append(char)
        else:
            columns.append([char])
    lines = []
    for column in columns if upward else columns[::-1]:
        ordered = sorted(column, key=lambda char: -char["bottom"] if upward else char["top"])
        parts: list[str] = []
        for before, char in zip([None, *ordered], ordered, strict=False):
            gap = (
                0.0
                if before is None
                else (before["top"] - char["bottom"] if upward else char["top"] - before["bottom"])
            )
            parts.append((" " if gap > WORD_GAP else "") + char["text"])
        lines.append("".join(parts))
    return " ".join(" ".join(lines).split())


def lead_of(lines: list[Line]) -> str | None:
    """The cell's opening lines, when they alone are bold (see `Cell.bold_lead`)."""
    filled = [line for line in lines if line.text]
    first = len(list(itertools.takewhile(lambda line: line.bold, filled)))
    if not first:
        return None
    texts = [" ".join(line.text for line in filled[:first])]
    texts += [line.text for line in filled[first:]]
    return bold_lead(texts, [True] + [line.bold for line in filled[first:]])


FOOTNOTE_MARKS = frozenset("0123456789*†‡§")


def without_footnote_marks(chars: list[Char]) -> list[Char]:
    """A cell's characters less its footnote marks ("Tusla¹"): a digit or a dagger set
    small and raised above the line of the text it follows, which Word writes as
    superscript. Left in, it joins the word before ("Tusla1"), and a lead's name is wrong."""
    sizes = Counter(round(char["size"]) for char in chars if not char["text"].isspace())
    if not sizes:
        return chars
    body = sizes.most_common(1)[0][0]
    return [char for char in chars if not is_footnote_mark(char, chars, body)]


def is_footnote_mark(char: Char, chars: list[Char], body: float) -> bool:
    if char["text"] not in FOOTNOTE_MARKS or char["size"] > 0.85 * body:
        return False
    return any(
        abs(other["top"] - char["top"]) <= body
        and other["size"] >= 0.9 * body
        and char["bottom"] < other["bottom"] - 0.15 * body
        and -0.5 <= char["x0"] - other["x1"] <= 1.5
        for other in chars
    )


@dataclass
class Line:
    text: str
    x0: float
    x1: float
    bullet: bool
    spaced: bool = False
    """It ends with a space character: its last word ended there."""
    lead: float = 0.0
    """How wide its first letter is: would it have fitted at the end of the line before?"""
    bold: bool = False
    dash: float = 0.0
    """How wide the dash that starts it is, when a dash was taken as its bullet (a dash is
    as often a word of the text that wrapped to the start of the line)."""
    size: float = 0.0


def text_lines(chars: list[Char]) -> list[Line]:
    """The characters of one cell as lines, in reading order."""
    if not chars:
        return []
    ordered = sorted(chars, key=lambda char: (round(char["top"]), char["x0"]))
    groups: list[list[Char]] = []
    for char in ordered:
        if groups and abs(char["top"] - groups[-1][0]["top"]) <= 2:
            groups[-1].append(char)
        else:
            groups.append([char])
    return [line_of(sorted(group, key=lambda char: char["x0"])) for group in groups]


def line_of(chars: list[Char]) -> Line:
    first = chars[0]
    bullet = first["text"] in BULLET_GLYPHS or is_symbol_glyph(first)
    body = chars[1:] if bullet else chars
    text = line_text(body) if body else ""
    return Line(
        text=text,
        x0=first["x0"],
        x1=chars[-1]["x1"],
        bullet=bullet and bool(text),
        spaced=chars[-1]["text"].isspace(),
        lead=body[0]["x1"] - body[0]["x0"] if body else 0.0,
        bold=is_bold(body),
        dash=first["x1"] - first["x0"] if bullet and first["text"] in DASHES else 0.0,
        size=first.get("size", 0.0),
    )


def line_text(chars: list[Char]) -> str:
    """The words of one line's characters (sorted by x0), one space between them: what
    pdfplumber's `extract_text(chars, x_tolerance=1.5)` gives with its whitespace
    collapsed, without its general clustering. A word ends at a blank character or a gap
    wider than 1.5 points. Lines that are not simple (rotated text, characters whose tops
    differ by more than pdfplumber's 3-point line tolerance) go to pdfplumber itself."""
    tops = [char["top"] for char in chars]
    if max(tops) - min(tops) > LINE_TOLERANCE or not all(char["upright"] for char in chars):
        return " ".join(extract_text(chars, x_tolerance=WORD_GAP).split())
    parts: list[str] = []
    previous: Char | None = None
    for char in chars:
        text: str = char["text"]
        if text.isspace():
            previous = None
            continue
        if previous is None or not previous["x0"] <= char["x0"] <= previous["x1"] + WORD_GAP:
            parts.append(" ")
        parts.append(LIGATURES.get(text, text))
        previous = char
    return " ".join("".join(parts).split())


def is_symbol_glyph(char: Char) -> bool:
    fontname = char.get("fontname", "")
    private_use = "\ue000" <= char["text"] <= "\uf8ff"
    return private_use or any(font in fontname for font in BULLET_FONTS) and len(char["text"]) == 1


def text_right(lines: list[Line], box: Box) -> float:
    """Where a cell's lines must end: its right edge less its padding, which a table gives
    both sides alike (Word and LibreOffice do), so is measured on the left."""
    if not lines:
        return box[2]
    padding = min(line.x0 for line in lines) - box[0]
    return box[2] - min(max(padding, 0.0), MAX_PADDING)


def group_lines(lines: list[Line], right: float = 0.0) -> tuple[list[str], list[str]]:
    """Soft-wrapped lines joined again: a bullet starts an item and its indented lines
    continue it; other lines are one paragraph until the next bullet. `right` is where
    the cell's text must end (`text_right`)."""
    previous: Line | None = None

    def joiner(line: Line) -> str:
        before = previous.text if previous is not None else ""
        if previous is not None and is_cut_at_edge(previous, line, right):
            return WORD_BREAK
        if before.endswith("-") and not before.endswith(" -") and line.text[:1].isalnum():
            return ""  # "information-" / "sharing", "Apr-" / "25": the hyphen is the word's
        return " "

    paragraphs: list[str] = []
    bullets: list[str] = []
    bullet_x0: float | None = None
    in_paragraph = False
    for line in lines:
        if not line.text:
            continue
        if previous is not None and is_wrapped_dash(previous, line, right):
            line = replace(line, bullet=False, text=f"– {line.text}")
        if line.bullet:
            bullets.append(line.text)
            paragraphs.append(line.text)
            bullet_x0, in_paragraph = line.x0, False
        elif bullet_x0 is not None and line.x0 > bullet_x0 + 2 and bullets:
            bullets[-1] += joiner(line) + line.text
            paragraphs[-1] = bullets[-1]
        elif in_paragraph:
            paragraphs[-1] += joiner(line) + line.text
        else:
            paragraphs.append(line.text)
            bullet_x0, in_paragraph = None, True
        previous = line
    return paragraphs, bullets


def is_wrapped_dash(previous: Line, line: Line, right: float) -> bool:
    """A line that starts with a dash is the text going on, not a bullet, when the line
    before was full: the dash and the space before it would not have fitted after it
    ('Lakeshire Police' / '– Public Protection'). A dash list's lines follow short ones."""
    if not line.dash or not right:
        return False
    return previous.x1 + SPACE_SHARE * line.size + line.dash > right - FIT_TOLERANCE


def is_cut_at_edge(previous: Line, line: Line, right: float) -> bool:
    """A word too long for a narrow column is broken where the cell ends, without a
    hyphen: the line before is one word, with no space after it, that the next line's first
    letter would not have fitted after (so the line was full), and the next line goes on
    with a letter in lower case (or a digit after a digit: '30.09.2' / '5'). A long word
    that merely filled the line looks the same, so the document's own words decide later
    (`mend_broken_words`). A line-breaker cuts a word only when it is too long for a line of
    its own, so a line that a hyphen could have broken ('multi-agency') was not cut."""
    if " " in previous.text or previous.spaced or not previous.text or not line.text:
        return False
    if INNER_HYPHEN.search(previous.text):
        return False
    end, start = previous.text[-1], line.text[0]
    goes_on = (end.isalpha() and start.islower()) or (end.isdigit() and start.isdigit())
    return goes_on and previous.x1 + line.lead > right - FIT_TOLERANCE


def mend_broken_words(blocks: list[Block]) -> None:
    """Resolve each `WORD_BREAK` that `group_lines` left in a cell: the two parts are one
    word ("recommendati" + "ons"), unless the second part is a word of three letters or
    more that the document uses elsewhere and the whole is not ("collaboratively" +
    "with"). Two letters are as often the end of a broken word ("recommendati" + "on")."""
    cells = [cell for block in blocks for row in block.rows or [] for cell in row.cells]
    if not any(WORD_BREAK in cell.text for cell in cells):
        return
    texts = [block.text or "" for block in blocks] + [cell.text for cell in cells]
    words = Counter(
        word.lower()
        for text in texts
        for word in re.findall(r"[^\W\d_]+", BROKEN_WORD.sub(" ", text))
    )

    def mended(match: re.Match[str]) -> str:
        head, tail = match.group(1), match.group(2)
        word = (re.match(r"[^\W\d_]*", tail) or [""])[0]
        separate = len(word) >= 3 and words[word.lower()] and not words[(head + word).lower()]
        return f"{head} {tail}" if separate else head + tail

    for cell in cells:
        if WORD_BREAK in cell.text:
            cell.text = BROKEN_WORD.sub(mended, cell.text)
            cell.bullets = [BROKEN_WORD.sub(mended, bullet) for bullet in cell.bullets]


def is_bold(chars: list[Char]) -> bool:
    fonts = Counter(char.get("fontname", "") for char in chars if char["text"].strip())
    letters = sum(fonts.values())
    bold = sum(count for fontname, count in fonts.items() if "bold" in fontname.lower())
    return bool(letters) and bold >= BOLD_SHARE * letters


# --- text between tables -----------------------------------------------------------------


def paragraphs(
    chars: list[Char], page: AnyPage, sizes: dict[int, int]
) -> list[tuple[float, Block]]:
    """Lines outside tables, grouped into paragraphs by the gaps between them."""
    lines = [line for line in visual_lines(chars) if not is_page_furniture(line, page)]
    found: list[tuple[float, Block]] = []
    current: list[list[Char]] = []
    for line in lines:
        if current and (starts_new_paragraph(current[-1], line) or starts_symbol_item(line)):
            found.append(paragraph_block(current, page, sizes))
            current = []
        current.append(line)
    if current:
        found.append(paragraph_block(current, page, sizes))
    return found


def side_labels(
    chars: list[Char], tables: list[TableArea], page: AnyPage
) -> list[tuple[float, Block]]:
    """Text set up or down the page (a theme's name along the side of its table, a
    designed document's margin label), in the order it was written: letters that share
    their left edge, one after another, are one line. A label beside a table names it, so
    it stands just above the table."""
    runs: list[list[Char]] = []
    for char in chars:
        if runs and abs(char["x0"] - runs[-1][-1]["x0"]) <= 2:
            runs[-1].append(char)
        else:
            runs.append([char])
    found = []
    for run in runs:
        text = " ".join("".join(char["text"] for char in run).split())
        if not text:
            continue
        # not sized as a heading: set large down the side, a part's name is not the title
        block = Block(text=text, bold=is_bold(run), source=f"page {page.page_number}")
        found.append((label_place(run, tables), block))
    return found


def label_place(run: list[Char], tables: list[TableArea]) -> float:
    """Where a side label stands in reading order: just above the table beside it (to its
    right, the nearest up or down the page), or where it starts when no table is."""
    top, bottom = min(c["top"] for c in run), max(c["bottom"] for c in run)
    right = max(c["x1"] for c in run)
    beside = [t.bbox for t in tables if t.bbox[0] >= right - 2]
    if not beside:
        return float(top)
    nearest = min(beside, key=lambda box: max(box[1] - bottom, top - box[3], 0.0))
    return nearest[1] - 0.5


MIN_GUTTER = 8.0
"""Points of clear space between two columns of text."""
MIN_COLUMN_SHARE = 0.3
"""Each of two columns of text is at least this share of the text's width."""
MIN_BESIDE = 0.6
"""Of the lines in the right column, the least share with left-column text near them."""
MAX_PAIRED = 0.6
"""Of the lines with text in the right column, the most that may have text in the left
one at the same height, for the two to be columns (a form's or a table's rows all do)."""


def newspaper_columns(chars: list[Char], page: AnyPage) -> list[list[Char]]:
    """A page's text set in two columns (a strategy's designed pages) as the left column,
    then the right: read line by line across the page, the two would interleave. The
    columns are parted by a clear gutter that no line of the page's body crosses below
    any heading spanning both, each is a good share of the text's width, and their lines
    do not pair up side by side (as a table's or a form's label and value do)."""
    body = [char for char in chars if not in_margin(char["top"], page)]
    lines = visual_lines(body)
    gutter = find_gutter(lines)
    if gutter is None:
        return [chars]
    left = [char for char in chars if (char["x0"] + char["x1"]) / 2 < gutter]
    right = [char for char in chars if (char["x0"] + char["x1"]) / 2 >= gutter]
    return [left, right]


def find_gutter(lines: list[list[Char]]) -> float | None:
    """The middle of the clear space between two columns of the lines, if there is one."""
    spans = [line_spans(line) for line in lines]
    if len(spans) < 6:
        return None
    low = min(span[0] for line in spans for span in line)
    high = max(span[1] for line in spans for span in line)
    width = high - low
    covered = sorted(span for line in spans for span in line)
    gaps = []
    reach = low
    for start, end in covered:
        if start - reach >= MIN_GUTTER:
            gaps.append((reach, start))
        reach = max(reach, end)
    for start, end in gaps:
        if min(start - low, high - end) < MIN_COLUMN_SHARE * width:
            continue
        middle = (start + end) / 2
        left = sum(line[0]["x0"] < middle for line in lines)
        right = sum(any(char["x0"] >= middle for char in line) for line in lines)
        if (
            left >= 3
            and right >= 2
            and paired(lines, middle) <= MAX_PAIRED
            and beside_text(lines, middle) >= MIN_BESIDE
        ):
            return middle
    return None


def paired(lines: list[list[Char]], middle: float) -> float:
    """The share of lines with text right of `middle` that have text left of it too (on
    the same line): a table's or a form's rows; newspaper columns' lines fall apart."""
    right = [line for line in lines if any(char["x0"] >= middle for char in line)]
    both = [line for line in right if line[0]["x0"] < middle]
    return len(both) / len(right) if right else 1.0


def beside_text(lines: list[list[Char]], middle: float) -> float:
    """The share of the right column's lines that have the left column's text near them,
    up or down the page: a column of text runs on beside its neighbour, where a column of
    labels (a priority's name beside its list of actions) leaves most of the list alone."""
    left = [line[0] for line in lines if line[0]["x0"] < middle]
    right = [
        next(c for c in line if c["x0"] >= middle) for line in lines if line[-1]["x0"] >= middle
    ]
    near = sum(
        any(abs(char["top"] - other["top"]) <= 1.5 * char["size"] for other in left)
        for char in right
    )
    return near / len(right) if right else 0.0


def line_spans(line: list[Char]) -> list[tuple[float, float]]:
    """A line's runs of text: letters closer than about one em are one run."""
    spans: list[tuple[float, float]] = []
    for char in line:
        if char["text"].isspace():
            continue
        if spans and char["x0"] - spans[-1][1] < char["size"]:
            spans[-1] = (spans[-1][0], max(spans[-1][1], char["x1"]))
        else:
            spans.append((char["x0"], char["x1"]))
    return spans


def visual_lines(chars: list[Char]) -> list[list[Char]]:
    ordered = sorted(chars, key=lambda char: (round(char["top"]), char["x0"]))
    lines: list[list[Char]] = []
    for char in ordered:
        if lines and abs(char["top"] - lines[-1][0]["top"]) <= 2:
            lines[-1].append(char)
        else:
            lines.append([char])
    return [sorted(line, key=lambda char: char["x0"]) for line in lines]


def is_page_furniture(line: list[Char], page: AnyPage) -> bool:
    """A page number, or a running head or footer that gives one, in the page's margin."""
    if not in_margin(line[0]["top"], page):
        return False
    text = "".join(char["text"] for char in line).strip()
    return bool(PAGE_NUMBER.match(text)) or bool(PAGE_MARK.search(line_text(line)))


def in_margin(top: float, page: AnyPage) -> bool:
    return top < page.height * MARGIN_SHARE or top > page.height * (1 - MARGIN_SHARE)


RUNNING_SHARE = 2
"""A running head or footer is on at least one page in this many (every other page, at
least, as a left and right page may each have their own)."""


def drop_running_furniture(pages: list[PageBlocks]) -> None:
    """A paragraph in the margin that stands in the same place with the same words (numbers
    aside) on two pages or more is a running head or footer ('Delivery Plan v1.2 OFFICIAL'),
    not the plan's text: left in, it would part a table from its continuation. It runs
    on half the pages or more: two headings that differ only in their
    numbers ('Theme 5: Outreach' and 'Theme 40: Outreach'), each at the top of its page,
    are headings."""
    seen = Counter(place for page in pages for place in set(page.margin.values()))
    least = max(2, len(pages) // RUNNING_SHARE)
    for page in pages:
        running = {key for key, place in page.margin.items() if seen[place] >= least}
        page.blocks = [block for block in page.blocks if id(block) not in running]
        for key in running:
            page.sizes.pop(key, None)


def starts_new_paragraph(previous: list[Char], line: list[Char]) -> bool:
    size = max(char["size"] for char in previous)
    gap = line[0]["top"] - previous[0]["bottom"]
    different_font = abs(max(char["size"] for char in line) - size) > 0.5
    if gap > 0.6 * size or different_font or is_bold(previous) != is_bold(line):
        return True
    return shares_a_second_column(previous, line)


def shares_a_second_column(previous: list[Char], line: list[Char]) -> bool:
    """Two lines that each start with a few words, then a gap wider than a letter is tall,
    then more text starting at the same place: a label and its value ("Lead    Housing"),
    or a number and its item, line after line. Each line is a field of its own, not a line
    of one paragraph."""
    first, second = second_column(previous), second_column(line)
    return first is not None and second is not None and abs(first - second) <= 2


def second_column(line: list[Char]) -> float | None:
    """Where a line's text goes on after its first wide gap, if it has one."""
    size = max(char["size"] for char in line)
    letters = [char for char in line if not char["text"].isspace()]
    for before, after in zip(letters, letters[1:], strict=False):
        if after["x0"] - before["x1"] > size:
            return float(after["x0"])
    return None


def starts_symbol_item(line: list[Char]) -> bool:
    """A line that starts with a bullet drawn as a symbol ('•', or a symbol font's glyph as
    Word's lists are printed) starts a list item. (A dash starts one only where a paragraph
    starts: a dash is as often a word that wrapped to the line's start.)"""
    first = next((char for char in line if not char["text"].isspace()), None)
    return first is not None and first["text"] not in DASHES and is_bullet(first)


def is_bullet(char: Char) -> bool:
    return char["text"] in BULLET_GLYPHS or is_symbol_glyph(char)


def paragraph_block(
    lines: list[list[Char]], page: AnyPage, sizes: dict[int, int]
) -> tuple[float, Block]:
    """A paragraph's lines as a block: a list item (its bullet dropped) when a bullet
    starts it, as the Word and text readers give one."""
    chars = [char for line in lines for char in line]
    first = [char for char in lines[0] if not char["text"].isspace()]
    listed = bool(first) and is_bullet(first[0]) and len(first) > 1
    lines = [first[1:], *lines[1:]] if listed else lines
    text = " ".join(line_text(line) for line in lines if line)
    block = Block(
        text=text,
        bold=is_bold(chars),
        heading_level=None,
        source=f"page {page.page_number}",
        list_level=0 if listed else None,
        list_marker="•" if listed else None,
    )
    sizes[id(block)] = Counter(round(char["size"]) for char in chars).most_common(1)[0][0]
    return lines[0][0]["top"], block


def join_pages(pages: list[PageBlocks]) -> list[Block]:
    """All pages' blocks in order, with a table that ends one page and starts the next
    joined (dropping the header the next page repeats), and headings sized."""
    drop_running_furniture(pages)
    blocks: list[Block] = []
    page_header: list[tuple[str, ...]] = []
    """The first rows of the last table on a page: what the next page may repeat."""
    ended: RowEnd | None = None
    """How the last page's last table row ended, if a ruled table ended the page."""
    text_bottom = max((page.table_end.bottom for page in pages if page.table_end), default=0.0)
    """The lowest any table reaches on any page: where the pages' text area ends."""
    widths: dict[int, int] = {}
    """Tables' widths by id(block), once counted: kept up as pages join a table rather than
    counted again from all its rows at each page (which grew with the square of the pages)."""
    last_tops: list[float] = []
    """Where the rows of the table that ended the page before start down that page."""
    for page in pages:
        for index, block in enumerate(page.blocks):
            previous = blocks[-1] if blocks else None
            rows = block.rows or []
            tops = page.row_tops.get(id(block), [])
            if index == 0 and is_columns_printed_over(previous, block, last_tops, tops):
                assert previous is not None and previous.rows is not None
                for before, after in zip(previous.rows, rows, strict=True):
                    before.cells.extend(after.cells)
                widths.pop(id(previous), None)
            elif index == 0 and continues(previous, block, page_header, widths):
                assert previous is not None and previous.rows is not None
                added = rows[repeated_prefix(rows, 0, page_header) :]
                if (
                    added
                    and ended
                    and is_rest_of_cut_row(previous.rows[-1], added[0], ended, text_bottom)
                ):
                    previous.rows[-1] = joined_row(
                        previous.rows[-1], added[0], covered_cells(added[0], ended) or 0
                    )
                    added = added[1:]
                previous.rows.extend(added)
                if added and id(previous) in widths:
                    widths[id(previous)] = max(widths[id(previous)], width(added))
            else:
                blocks.append(block)
            page_header = [row_key(row) for row in rows]
            last_tops = tops
        ended = page.table_end
    letters: Counter[int] = Counter()
    for page in pages:
        letters.update(page.letters)
    set_heading_levels(blocks, [page.sizes for page in pages], letters)
    return blocks


def is_columns_printed_over(
    previous: Block | None, block: Block, previous_tops: list[float], tops: list[float]
) -> bool:
    """A sheet too wide for the paper is printed a band of columns to a page: the table at
    the top of a page is the rest of the columns of the table that ended the page before
    when its rows stand at the same heights, row for row, and it does not repeat that
    table's header (a table that goes on down the page repeats it, or has other rows)."""
    if previous is None or not previous.rows or not block.rows or not tops:
        return False
    if len(previous.rows) != len(block.rows) or len(previous_tops) != len(tops):
        return False
    if row_key(previous.rows[0]) == row_key(block.rows[0]):
        return False
    return all(abs(a - b) <= 1 for a, b in zip(previous_tops, tops, strict=True))


def continues(
    previous: Block | None,
    block: Block,
    page_header: list[tuple[str, ...]],
    widths: dict[int, int],
) -> bool:
    """A table at the top of a page continues the table that ended the page before when
    it repeats that table's header or has the same number of columns (`widths`)."""
    if previous is None or not previous.is_table or not block.is_table:
        return False
    if not previous.rows or not block.rows:
        return False
    if page_header and row_key(block.rows[0]) == page_header[0]:
        return True
    if id(previous) not in widths:
        widths[id(previous)] = width(previous.rows)
    return widths[id(previous)] == width(block.rows)


def is_rest_of_cut_row(last: Row, first: Row, ended: RowEnd, text_bottom: float) -> bool:
    """Whether `first`, the first row of a page (after any repeated header), is the rest of
    `last`, the row that ended the page before, cut in two by the page break: `last`
    reached the bottom of the pages' text area (within a line, in the lower part of the
    page), `first` has the same columns, each of its cells goes on from a cell of `last`
    whose text ran down to the break, and either its first cell is blank (a row's number
    or key fits before the break) or it goes on mid-sentence (a cell starts with a word in
    lower case: a row's first cell, its action, wrapped over the break)."""
    if ended.bottom < max(text_bottom - ended.line, ended.page_height * LOWER_PART):
        return False
    covered = covered_cells(first, ended)
    if covered is None:
        return False
    rest = first.cells[covered:]
    if [cell.colspan for cell in last.cells] != [cell.colspan for cell in rest] or not rest:
        return False
    texts = [cell.text.strip() for cell in rest]
    if texts[0] and not any(MID_SENTENCE.match(text) for text in texts):
        return False
    filled = [column for column, cell in grid_columns(first) if cell.text.strip()]
    return bool(filled) and set(filled) <= ended.running


def covered_cells(first: Row, ended: RowEnd) -> int | None:
    """How many of `first`'s cells stand where a cell merged down from above covered the
    cut row's first columns (`RowEnd.first_column`): blank, as the merged cell goes on past
    the break. None when they are not blank (a row of its own)."""
    count = 0
    for column, cell in grid_columns(first):
        if column >= ended.first_column:
            break
        if cell.text.strip():
            return None
        count += 1
    return count


def grid_columns(row: Row) -> list[tuple[int, Cell]]:
    """Each cell with the grid column it starts in."""
    placed = []
    column = 0
    for cell in row.cells:
        placed.append((column, cell))
        column += cell.colspan
    return placed


def joined_row(last: Row, rest: Row, covered: int = 0) -> Row:
    """A row cut by a page break, made whole: each cell's text on the next page follows
    its text before the break, as the lines of one cell do. The rest's first `covered`
    cells stand under a cell merged down from above (`covered_cells`), which `last` has not."""
    pairs = zip(last.cells, rest.cells[covered:], strict=True)
    return Row(cells=[joined_cell(before, after) for before, after in pairs], source=last.source)


def joined_cell(before: Cell, after: Cell) -> Cell:
    if not after.text.strip():
        return before
    if not before.text.strip():
        return replace(after, source=before.source or after.source)
    bullets = list(before.bullets)
    if after.bullets and after.text.split("\n")[0] == after.bullets[0]:
        text = f"{before.text}\n{after.text}"  # the next page starts a new bullet
        bullets.extend(after.bullets)
    else:  # the text goes on from the last paragraph (or bullet) before the break
        first = after.text.split("\n")[0]
        text = f"{before.text} {after.text}"
        if bullets and before.text.split("\n")[-1] == bullets[-1]:
            bullets[-1] = f"{bullets[-1]} {first}"
        bullets.extend(after.bullets)
    return replace(before, text=text, bullets=bullets)


def width(rows: list[Row]) -> int:
    return max(sum(cell.colspan for cell in row.cells) for row in rows)


def set_heading_levels(
    blocks: list[Block], page_sizes: list[dict[int, int]], letters: Counter[int]
) -> None:
    """Text larger than the body text is a heading: the largest size is level 1. The body
    text is the size most letters have, in tables too (a plan's headings may outnumber
    its paragraphs)."""
    sizes = {key: size for page in page_sizes for key, size in page.items()}
    if not sizes:
        return
    body = (letters or Counter(sizes.values())).most_common(1)[0][0]
    larger = sorted({size for size in sizes.values() if size > body}, reverse=True)
    for block in blocks:
        size = sizes.get(id(block))
        if size in larger and not is_sentence(block.text or ""):
            block.heading_level = larger.index(size) + 1


def is_sentence(text: str) -> bool:
    """A sentence of more than eight words, ended with a full stop: prose set large (a
    standfirst, a quotation), not a heading."""
    return text.rstrip().endswith(".") and len(text.split()) > 8
