"""Segmenting plain text into the grid's blocks: tables, headings, list items and paragraphs.

Text reaches Cairn pasted from Word, a PDF or a web page, or saved as .txt/.md. Whatever its
tables and lists looked like, they arrive as lines, and this module finds them again:

- tab-separated rows (a table copied out of Word), with HTML of the cells' formatting;
- Markdown/pipe tables (`| Action | Lead |`), with or without the outer pipes;
- columns aligned with runs of spaces (a table copied out of a PDF or a web page), where a
  cell that wrapped continues on the lines below;
- headings (`#`, underlined, "Priority 2: ...", short lines standing alone) and bulleted or
  numbered list items, with their nesting from indentation or numbering depth;
- text hard-wrapped at a fixed width, whose lines are joined again.

After this step a text document is the same `Document` the Word, Excel and PDF readers give,
and the interpreter never asks where it came from.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from cairn.imports.grid import Block, Cell, Row
from cairn.imports.readers.html_tables import html_table_rows
from cairn.imports.readers.text_grid import grid_table

TAB_TABLE = "tab-separated columns"
PIPE_TABLE = "a pipe (Markdown) table"
SPACED_TABLE = "columns aligned with spaces"
DRAWN_TABLE = "a table drawn with characters (+---+ rules)"
HTML_TABLE = "an HTML table"

LIST_ITEM = re.compile(
    r"^(?P<indent>\s*)(?P<marker>[-*+•▪◦●○■□‣⁃–·➢✓]|\d{1,3}(?:\.\d{1,3})+\.?|\d{1,3}[.)]"
    r"|\(\d{1,3}\)|\(?[a-hj-z][.)]|\(?(?:i|ii|iii|iv|v|vi|vii|viii|ix|x)\))\s+(?P<text>\S.*)$"
)
MARKDOWN_HEADING = re.compile(r"^\s{0,3}(#{1,6})\s*(.*?)\s*#*\s*$")
UNDERLINE = re.compile(r"^\s*(=+|-+)\s*$")
PIPE_SEPARATOR = re.compile(r"^\s*\|?\s*:?-{2,}:?\s*(\|\s*:?-{2,}:?\s*)*\|?\s*$")
DASH_RULE = re.compile(r"^[-=_\s]*$")
FIELD_GAP = re.compile(r"\S+(?: \S+)*")
"""Text separated by runs of two or more spaces: the cells of a space-aligned line."""
REF_START = re.compile(r"^\s*(?:\d{1,3}(?:\.\d{1,3})*\.?|[a-z]\)|\(\w{1,3}\))(?:\s|$)")
LABEL_LINE = re.compile(r"^[A-Z][A-Za-z]*(?: [A-Za-z]+){0,3}\s*:\s+\S")
"""A line that starts with a label ("Lead: ...", "By when: ..."): a field, not wrapped text."""
SENTENCE_END = (".", ",", ";", ":", "?", "!")
MAX_HEADING_WORDS = 12
MAX_WRAP_WIDTH = 132
"""Lines no longer than this, many of them nearly this long: the text was hard-wrapped."""


@dataclass
class Line:
    number: int
    text: str

    @property
    def blank(self) -> bool:
        return not self.text.strip()


def segment(
    text: str,
    parse_cell: Callable[[str, str], Cell],
    paragraph: Callable[[str, str], Block],
) -> list[Block]:
    """The blocks of a text in reading order. `parse_cell` turns one cell's raw text (which
    may hold HTML) into a Cell; `paragraph` one line of prose into a Block."""
    lines = [
        Line(number, raw.expandtabs(4) if indented_item(raw) else raw)
        for number, raw in enumerate(text.splitlines(), start=1)
    ]
    reader = Segmenter(lines, parse_cell, paragraph)
    return reader.run()


class Segmenter:
    def __init__(
        self,
        lines: list[Line],
        parse_cell: Callable[[str, str], Cell],
        paragraph: Callable[[str, str], Block],
    ) -> None:
        self.lines = lines
        self.texts = [line.text for line in lines]
        self.parse_cell = parse_cell
        self.paragraph = paragraph
        self.blocks: list[Block] = []
        self.width = wrap_width([line.text for line in lines])
        self.list_indents: list[int] = []

    def run(self) -> list[Block]:
        index = 0
        while index < len(self.lines):
            line = self.lines[index]
            if line.blank:
                index += 1
                continue
            steps = (
                self.html_table,
                self.drawn_table,
                self.tab_table,
                self.pipe_table,
                self.spaced_table,
            )
            for step in (*steps, self.text_unit):
                consumed = step(index)
                if consumed:
                    index += consumed
                    break
        return self.blocks

    # Tab-separated rows.

    def tab_table(self, start: int) -> int:
        if "\t" not in self.lines[start].text:
            return 0
        if self.width is not None:
            return self.wrapped_tab_table(start)
        index = start
        table = self.blocks[-1] if self.blocks and self.blocks[-1].layout == TAB_TABLE else None
        rows: list[list[str]] = []
        sources: list[str] = []
        width = max((len(r.cells) for r in table.rows or []), default=0) if table else 0
        while index < len(self.lines):
            line = self.lines[index]
            if line.blank:
                following = self.next_filled(index)
                if following is None or "\t" not in self.lines[following].text:
                    break
                index = following
                continue
            raw = line.text
            if "\t" in raw:
                parts = raw.split("\t")
                joiner = self.row_goes_on(index, start, rows, parts, width)
                if joiner is not None:
                    rows[-1][-1] = f"{rows[-1][-1]}{joiner}{parts[0]}".strip()
                    rows[-1].extend(parts[1:])
                else:
                    rows.append(parts)
                    sources.append(f"line {line.number}")
                    width = max(width, len(parts))
            elif rows and not self.lines[index - 1].blank and self.opens_section(index, rows):
                rows.append([raw.strip()])  # "Priority 2: ...", "SAFE HOMES": a section row
                sources.append(f"line {line.number}")
            elif rows and not self.lines[index - 1].blank:
                self.continue_last_cell(rows[-1], self.lines[index - 1].text, raw)
            else:
                break
            index += 1
        built = [self.row(parts, source) for parts, source in zip(rows, sources, strict=True)]
        built = [row for row in built if not all(DASH_RULE.match(c.text) for c in row.cells)]
        if built:
            if table is not None:
                table.rows.extend(built)  # type: ignore[union-attr]
            else:
                self.blocks.append(Block(rows=built, source=sources[0], layout=TAB_TABLE))
        return max(index - start, 1)

    def row_goes_on(
        self, index: int, start: int, rows: list[list[str]], parts: list[str], width: int
    ) -> str | None:
        """How the tabbed line at `index` goes on from the row above (a space or a line
        break), or None when it starts a row of its own. It goes on when the row above is
        short of the table's cells and the two together are not too many, and either the
        line above was hard-wrapped inside a cell, or (a Word table pasted as text, where a
        cell's paragraphs break its row over lines) this line is short of cells too."""
        previous = rows[-1] if rows else None
        if previous is None or not width or index == start or self.lines[index - 1].blank:
            return None
        if len(previous) >= width or len(previous) + len(parts) - 1 > width:
            return None
        if self.wrapped_here(self.lines[index - 1].text, parts[0]):
            return " "
        return "\n" if len(parts) < width and len(previous) > 1 else None

    def opens_section(self, index: int, rows: list[list[str]]) -> bool:
        """A line without tabs between rows is a section's row (a theme's, merged across the
        table) when it can only be one ("Priority 2: ...", capitals), or when it reads as a
        heading and stands under the header or where the rows' refs move to the next
        section ("1.3" above it, "2.1" below): otherwise it is a paragraph of the cell
        above."""
        raw = self.lines[index].text
        if is_section_line(raw):
            return True
        if not looks_like_heading_line(raw.strip()):
            return False
        if len(rows) == 1:
            return True
        following = self.lines[index + 1].text if index + 1 < len(self.lines) else ""
        before, after = ref_section(rows[-1][0]), ref_section(following.split("\t")[0])
        return "\t" in following and before is not None and after is not None and before != after

    def continue_last_cell(self, last: list[str], previous_line: str, raw: str) -> None:
        """A line without tabs straight after a row: the end of that row's last cell."""
        joiner = " " if self.wrapped_here(previous_line, raw) else "\n"
        for position in range(len(last) - 1, -1, -1):
            if last[position].strip():
                last[position] = f"{last[position]}{joiner}{raw.strip()}"
                return
        last[-1] = raw.strip()

    def wrapped_tab_table(self, start: int) -> int:
        """Tab-separated rows hard-wrapped at a fixed width, each made one line again.

        Two things say where a row ends: a whole row has as many tabs as the header (its
        cells may be empty, never missing), and a line that was wrapped ended only because
        its next word would not fit. Where they leave a choice (a row that ends near the
        width, then a line without tabs), the lines are cut into rows the way that makes
        the most whole rows, cuts least against the wrapping, and starts no row
        mid-sentence (see `row_cuts`).
        """
        region: list[int] = []
        index = start
        while index < len(self.lines):
            if self.lines[index].blank:
                following = self.next_filled(index)
                if following is None or "\t" not in self.lines[following].text:
                    break
                index = following
                continue
            region.append(index)
            index += 1
        texts = [self.lines[i].text for i in region]
        wrapped = [False] + [
            region[n - 1] == region[n] - 1 and self.wrapped_before(texts[n - 1], texts[n])
            for n in range(1, len(region))
        ]
        logical = [
            (" ".join(texts[first:last]), self.lines[region[first]].number)
            for first, last in row_cuts(texts, wrapped)
        ]
        table = self.blocks[-1] if self.blocks and self.blocks[-1].layout == TAB_TABLE else None
        built = [self.row(text.split("\t"), f"line {number}") for text, number in logical]
        built = [row for row in built if not all(DASH_RULE.match(c.text) for c in row.cells)]
        if built:
            if table is not None:
                table.rows.extend(built)  # type: ignore[union-attr]
            else:
                self.blocks.append(Block(rows=built, source=built[0].source, layout=TAB_TABLE))
        return max(index - start, 1)

    def wrapped_before(self, previous: str, following: str) -> bool:
        """`previous` ended only because the next word, up to a space (a tab does not
        break a line), would not fit."""
        assert self.width is not None
        word = following.split(" ")[0]
        length = len(previous.rstrip(" "))
        return bool(word) and length <= self.width < length + 1 + len(word)

    def row(self, parts: list[str], source: str) -> Row:
        return Row(
            cells=[
                self.parse_cell(part, f"{source}, cell {i + 1}") for i, part in enumerate(parts)
            ],
            source=source,
        )

    # HTML tables.

    def html_table(self, start: int) -> int:
        """A `<table>` written as HTML, to its `</table>` (tables inside it included)."""
        if "<table" not in self.texts[start].lower():
            return 0
        depth, end = 0, start
        while end < len(self.texts):
            lower = self.texts[end].lower()
            depth += lower.count("<table") - lower.count("</table")
            end += 1
            if depth <= 0:
                break
        found = html_table_rows("\n".join(self.texts[start:end]))
        rows = []
        for number, cells in enumerate(found, 1):
            source = f"line {self.lines[start].number}, row {number}"
            parsed = [
                self.parse_cell(c.html, f"{source}, cell {i + 1}") for i, c in enumerate(cells)
            ]
            for cell, spans in zip(parsed, cells, strict=True):
                cell.rowspan, cell.colspan = spans.rowspan, spans.colspan
                cell.bold = cell.bold or spans.header
            rows.append(Row(cells=parsed, source=source))
        if not rows:
            return 0
        self.blocks.append(Block(rows=rows, source=rows[0].source, layout=HTML_TABLE))
        return end - start

    # Tables drawn with characters.

    def drawn_table(self, start: int) -> int:
        consumed, drawn = grid_table(self.texts, start)
        if not drawn:
            return 0
        rows = []
        for offset, cells in enumerate(drawn):
            source = f"line {self.lines[start].number}, row {offset + 1}"
            parsed = [
                self.parse_cell(cell.text, f"{source}, cell {i + 1}")
                for i, cell in enumerate(cells)
            ]
            for cell, spans in zip(parsed, cells, strict=True):
                cell.colspan = spans.colspan
            rows.append(Row(cells=parsed, source=source))
        self.blocks.append(Block(rows=rows, source=rows[0].source, layout=DRAWN_TABLE))
        return consumed

    # Pipe (Markdown) tables.

    def pipe_table(self, start: int) -> int:
        first = self.lines[start].text.strip()
        framed = first.startswith("|") and first.count("|") >= 2
        following = self.lines[start + 1].text if start + 1 < len(self.lines) else ""
        bare = first.count("|") >= 1 and PIPE_SEPARATOR.match(following) and "|" in following
        if not framed and not bare:
            return 0
        index = start
        rows: list[Row] = []
        while index < len(self.lines):
            line = self.lines[index]
            text = line.text.strip()
            if not text or "|" not in text and not (rows and not framed):
                break
            if not framed and "|" not in text:
                break
            if framed and not text.startswith("|"):
                break
            # a framed row hard-wrapped: it goes on until a line ends with a pipe
            while framed and not text.endswith("|") and index + 1 < len(self.lines):
                nxt = self.lines[index + 1].text.strip()
                if not nxt or nxt.startswith("|") and nxt.count("|") > 1 and text.count("|") > 2:
                    break
                text = f"{text} {nxt}"
                index += 1
            index += 1
            if PIPE_SEPARATOR.match(text):
                continue
            parts = split_pipes(text)
            rows.append(self.row(parts, f"line {line.number}"))
        if not rows:
            return 0
        self.blocks.append(Block(rows=rows, source=rows[0].source, layout=PIPE_TABLE))
        return index - start

    # Columns aligned with runs of spaces.

    def spaced_table(self, start: int) -> int:
        if len(fields(self.lines[start].text)) < 2:
            return 0
        region = self.aligned_region(start)
        lines = [self.lines[i] for i in region if not self.lines[i].blank]
        multi = [line for line in lines if len(fields(line.text)) >= 2]
        if len(multi) < 2:
            return 0
        if len(multi) >= 3:
            rest = column_spans([line.text for line in lines[1:]])
            if len(rest) > 2 and crosses_gutters(fields(lines[0].text), rest):
                return 0  # a title or running head across the table's gutters: not a row
        columns = column_spans([line.text for line in lines])
        if len(columns) < 2:
            return 0
        if not all(aligned(fields(line.text), columns) for line in multi):
            return 0
        rows = self.spaced_rows(region, columns)
        if len(rows) < 2:
            return 0
        self.blocks.append(Block(rows=rows, source=rows[0].source, layout=SPACED_TABLE))
        return region[-1] - start + 1

    def aligned_region(self, start: int) -> list[int]:
        """The lines from `start` that belong to one space-aligned table: lines with two or
        more cells, the wrapped lines between them, and blank lines between rows."""
        region = [start]
        index = start + 1
        while index < len(self.lines):
            line = self.lines[index]
            if line.blank:
                following = self.next_filled(index)
                if following is None or len(fields(self.lines[following].text)) < 2:
                    break
                region.extend(range(index, following))
                index = following
                continue
            one_cell = len(fields(line.text)) < 2 and not line.text.startswith("  ")
            if one_cell and len(line.text.strip()) > 0.6 * max(len(self.lines[start].text), 1):
                break  # too long for one wrapped cell: prose after the table
            region.append(index)
            index += 1
        while region and self.lines[region[-1]].blank:
            region.pop()
        return region

    def spaced_rows(self, region: list[int], columns: list[tuple[int, int]]) -> list[Row]:
        filled = [i for i in region if not self.lines[i].blank]
        grouped = any(self.lines[i].blank for i in region) and not any(
            after == before + 1
            and REF_START.match(self.lines[before].text.strip())
            and REF_START.match(self.lines[after].text.strip())
            for before, after in zip(filled, filled[1:], strict=False)
        )  # blank lines part the rows, unless rows that start with their refs are adjacent
        rows: list[tuple[list[list[str]], str]] = []
        after_blank = True
        for index in region:
            line = self.lines[index]
            if line.blank:
                after_blank = True
                continue
            cells = cut(line.text, columns)
            filled = [i for i, text in enumerate(cells) if text]
            starts_row = not rows or (after_blank if grouped else self.starts_row(cells, filled))
            if starts_row:
                rows.append(([[text] if text else [] for text in cells], f"line {line.number}"))
            else:
                for position, text in enumerate(cells):
                    if text:
                        rows[-1][0][position].append(text)
            after_blank = False
        return [
            Row(
                cells=[
                    self.parse_cell(join_wrapped(parts), f"{source}, cell {i + 1}")
                    for i, parts in enumerate(texts)
                ],
                source=source,
            )
            for texts, source in rows
        ]

    @staticmethod
    def starts_row(cells: list[str], filled: list[int]) -> bool:
        """Without blank lines between rows, a line starts a row when its first cell is
        filled with something that does not carry on a sentence: a number or a capital,
        and more than one cell, or a reference."""
        if not cells[0]:
            return False
        if REF_START.match(cells[0]):
            return True
        return cells[0][0].isupper() and len(filled) >= 2

    # Headings, list items and paragraphs.

    def text_unit(self, start: int) -> int:
        line = self.lines[start]
        text = line.text
        following = self.lines[start + 1].text if start + 1 < len(self.lines) else ""
        heading = MARKDOWN_HEADING.match(text)
        if heading and text.lstrip().startswith("#"):
            self.list_indents = []
            self.blocks.append(self.paragraph(text.strip(), f"line {line.number}"))
            return 1
        if UNDERLINE.match(following) and not UNDERLINE.match(text) and len(text.split()) <= 15:
            level = 1 if following.strip().startswith("=") else 2
            self.list_indents = []
            block = self.paragraph(text.strip(), f"line {line.number}")
            block.heading_level = level
            block.bold = True
            self.blocks.append(block)
            return 2
        item = LIST_ITEM.match(text)
        if item:
            consumed, joined = self.continued(start, item.start("text"))
            block = self.paragraph(joined_text(item.group("text"), joined), f"line {line.number}")
            block.list_level = self.list_level(len(item.group("indent")), item.group("marker"))
            block.list_marker = item.group("marker")
            self.blocks.append(block)
            return consumed
        self.list_indents = []
        consumed, joined = self.continued(start, len(text) - len(text.lstrip()))
        self.blocks.append(self.paragraph(joined_text(text.strip(), joined), f"line {line.number}"))
        return consumed

    def continued(self, start: int, indent: int) -> tuple[int, list[str]]:
        """How many lines from `start` make one paragraph or list item: lines wrapped at
        a fixed width are joined again; `indent` is where the first line's text starts."""
        extra: list[str] = []
        index = start + 1
        previous = self.lines[start].text
        while index < len(self.lines):
            line = self.lines[index]
            if line.blank or "\t" in line.text:
                break
            text = line.text
            stripped = text.strip()
            if LIST_ITEM.match(text) or MARKDOWN_HEADING.match(text) and stripped.startswith("#"):
                break
            if stripped.startswith("|") or len(fields(text)) >= 2 or LABEL_LINE.match(stripped):
                break
            next_text = self.lines[index + 1].text if index + 1 < len(self.lines) else ""
            if UNDERLINE.match(next_text):
                break
            indented = indent > 0 and len(text) - len(text.lstrip()) >= indent
            if not (self.wrapped_here(previous, stripped) or indented):
                break
            extra.append(stripped)
            previous = text
            index += 1
        return index - start, extra

    def wrapped_here(self, previous: str, following: str) -> bool:
        """The line `previous` ended only because the next word would not fit."""
        if self.width is None:
            return False
        words = following.split()
        if not words:
            return False
        length = len(previous.rstrip())
        return length <= self.width < length + 1 + len(words[0])

    def list_level(self, indent: int, marker: str) -> int:
        depth = marker.rstrip(".").count(".")
        while self.list_indents and self.list_indents[-1] > indent:
            self.list_indents.pop()
        if not self.list_indents or self.list_indents[-1] < indent:
            self.list_indents.append(indent)
        return max(len(self.list_indents) - 1, depth)

    def next_filled(self, index: int) -> int | None:
        while index < len(self.lines) and self.lines[index].blank:
            index += 1
        return index if index < len(self.lines) else None


def indented_item(raw: str) -> bool:
    """A list item indented with tabs (not a row of a tab-separated table)."""
    return "\t" in raw and "\t" not in raw.lstrip() and bool(LIST_ITEM.match(raw.expandtabs(4)))


SECTION_LABEL = re.compile(
    r"^(?:key\s+)?(?:aim|objective|priority|outcome|strand|theme|section|goal|workstream)\s+"
    r"(?:\d+|[ivx]+|one|two|three|four|five|six|seven|eight|nine|ten)\s*[:.\-–]\s+\S",
    re.IGNORECASE,
)
MAX_ROW_LINES = 16
"""The most lines one hard-wrapped row of a tab-separated table is taken to run over."""


def row_cuts(texts: list[str], wrapped: list[bool]) -> list[tuple[int, int]]:
    """The rows of hard-wrapped tab-separated lines, as (first, end) line ranges.

    `wrapped[n]`: line n-1 was wrapped before line n (it may go on into it). Lines join
    only where they were wrapped and while the row has no more tabs than the widest line.
    Of the ways to cut, the best scores most: a whole row (all its tabs) +1, a row short
    of tabs -1, a cut where a line was wrapped -0.3, a row starting in lower case -0.5, a
    line without tabs that ended by itself and reads as a heading (capitals, or a few
    words) +0.4, lines without tabs that begin with a section's label ("Aim Four:") +0.6.
    """
    tabs = [text.count("\t") for text in texts]
    whole = max(tabs, default=0)
    count = len(texts)
    best: list[float] = [0.0] + [float("-inf")] * count
    back = [0] * (count + 1)
    for end in range(1, count + 1):
        total = 0
        for first in range(end - 1, max(end - MAX_ROW_LINES, 0) - 1, -1):
            total += tabs[first]
            if total > whole:
                break
            if first < end - 1 and not wrapped[first + 1]:
                break  # a line that ended by itself ends its row
            runs_on = end < count and wrapped[end]
            value = best[first] + row_score(texts[first:end], total, whole, wrapped[first], runs_on)
            if value > best[end]:
                best[end], back[end] = value, first
    cuts = []
    end = count
    while end > 0:
        cuts.append((back[end], end))
        end = back[end]
    return cuts[::-1]


def row_score(lines: list[str], tabs: int, whole: int, cut_at_wrap: bool, runs_on: bool) -> float:
    """`cut_at_wrap`: the line before was wrapped into this row's first; `runs_on`: its last
    line was wrapped into the next row's."""
    text = " ".join(lines).strip()
    value = 1.0 if tabs == whole else 0.0 if tabs == 0 else -1.0
    if tabs == 0 and SECTION_LABEL.match(text):
        # "Aim Four: ...", "Objective two: ...": a heading, of a line or a few
        value += 0.6 - 0.1 * (len(lines) - 1)
    elif tabs == 0 and len(lines) == 1 and not runs_on and looks_like_heading_line(text):
        value += 0.4
    if cut_at_wrap:
        value -= 0.3
    if text[:1].islower():
        value -= 0.5
    return value


def ref_section(ref: str) -> str | None:
    """The section a ref names: "2" of "2.1" or "2.1.3", "B" of "B4"; None for a plain
    number or no ref."""
    match = re.fullmatch(r"\s*(?:(\d{1,3})(?:\.\d{1,3})+\.?|([A-Za-z]{1,3})\s?\d{1,3})\s*", ref)
    if match is None:
        return None
    return match.group(1) or match.group(2).upper()


def is_section_line(text: str) -> bool:
    """A line that can only be a section's heading: it begins with a section's label, or it
    is in capitals (a word or more, not an abbreviation)."""
    text = text.strip()
    letters = [ch for ch in text if ch.isalpha()]
    capitals = len(letters) >= 6 and all(ch.isupper() for ch in letters)
    return bool(SECTION_LABEL.match(text)) or capitals and not text.endswith((".", ",", ";"))


def looks_like_heading_line(text: str) -> bool:
    words = text.split()
    if not words or text.endswith((".", ",", ";")):
        return False
    letters = [ch for ch in text if ch.isalpha()]
    capitals = bool(letters) and all(ch.isupper() for ch in letters)
    return capitals or (2 <= len(words) <= MAX_HEADING_WORDS and text[:1].isupper())


def wrap_width(lines: list[str]) -> int | None:
    """The width the text was hard-wrapped at, or None when its lines run on: the longest
    line, when it is short and several lines come close to it."""
    lengths = [len(line.rstrip()) for line in lines if line.strip()]
    if len(lengths) < 4:
        return None
    longest = max(lengths)
    if longest > MAX_WRAP_WIDTH or longest < 30:
        return None
    near = sum(1 for length in lengths if length >= longest - 15)
    return longest if near >= 3 and near >= 0.2 * len(lengths) else None


def joined_text(first: str, rest: list[str]) -> str:
    return join_wrapped([first, *rest])


def join_wrapped(parts: list[str]) -> str:
    """Lines of one cell or paragraph joined; a hyphen that ended a line keeps no space."""
    text = ""
    for part in parts:
        part = part.strip()
        if not part:
            continue
        if not text:
            text = part
        elif LIST_ITEM.match(part) and not part[0].isdigit():
            text = f"{text}\n{part}"
        elif text.endswith("-") and not text.endswith(" -") and part[:1].islower():
            text = f"{text}{part}"
        else:
            text = f"{text} {part}"
    return text


def split_pipes(text: str) -> list[str]:
    text = text.strip()
    if text.startswith("|"):
        text = text[1:]
    if text.endswith("|") and not text.endswith("\\|"):
        text = text[:-1]
    parts = re.split(r"(?<!\\)\|", text)
    return [part.strip().replace("\\|", "|") for part in parts]


def fields(line: str) -> list[tuple[int, int]]:
    """Spans of the text of a line between runs of two or more spaces."""
    spans = []
    for match in re.finditer(r"\S+(?: \S+)*", line):
        spans.append((match.start(), match.end()))
    return spans


def column_spans(lines: list[str]) -> list[tuple[int, int]]:
    """Columns: stretches of positions where some line has text, between gutters where no
    line has (at least two spaces wide)."""
    width = max(len(line) for line in lines)
    used = [False] * width
    for line in lines:
        for start, end in fields(line):
            for position in range(start, end):
                used[position] = True
    spans: list[tuple[int, int]] = []
    position = 0
    while position < width:
        if not used[position]:
            position += 1
            continue
        end = position
        while end < width and used[end]:
            end += 1
        spans.append((position, end))
        position = end
    merged: list[tuple[int, int]] = []
    for start, end in spans:
        if merged and start - merged[-1][1] < 2:
            merged[-1] = (merged[-1][0], end)
        else:
            merged.append((start, end))
    return merged


def aligned(line_fields: list[tuple[int, int]], columns: list[tuple[int, int]]) -> bool:
    """Every field of the line lies within one column."""
    return all(
        any(start >= low and end <= high for low, high in columns) for start, end in line_fields
    )


def crosses_gutters(line_fields: list[tuple[int, int]], columns: list[tuple[int, int]]) -> bool:
    """Some field of the line runs over two or more columns."""
    return any(
        sum(1 for low, high in columns if start < high and end > low) >= 2
        for start, end in line_fields
    )


def cut(line: str, columns: list[tuple[int, int]]) -> list[str]:
    return [line[low:high].strip() if low < len(line) else "" for low, high in columns]
