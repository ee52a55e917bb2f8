"""Word (.docx) reader: the body's tables and the paragraphs between them, as a grid.

It walks the document XML directly (python-docx's `table.cell()` is quadratic on big
tables) and keeps what the interpreter needs: merged cells once with their spans, bullet
paragraphs, bold, heading levels, and one table where Word split it across pages with the
header row repeated.
"""

from __future__ import annotations

import io
import os
import re
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

import docx
from docx.oxml.ns import qn

from cairn.imports.grid import Block, Cell, Document, Row, UnreadableDocument
from cairn.imports.readers.colours import (
    drop_keys_and_furniture,
    hex_colour,
    name_coloured_statuses,
)
from cairn.imports.readers.periods import fold_period_columns
from cairn.imports.readers.tables import (
    BOLD_SHARE,
    MANUAL_BULLET,
    bold_lead,
    merge_continued_tables,
    repeated_prefix,
    row_key,
)

HEADING_STYLE = re.compile(r"^heading\s*(\d)$", re.IGNORECASE)

TRUE_VALUES = {None, "1", "true", "on"}

Element = Any  # lxml element; python-docx ships no stubs for its oxml classes


@dataclass
class Style:
    name: str
    based_on: str | None
    bold: bool | None
    numbered: bool
    outline_level: int | None


@dataclass
class Text:
    """Text of a paragraph or cell with how much of it is bold."""

    text: str
    letters: int
    bold_letters: int

    @property
    def bold(self) -> bool:
        return self.letters > 0 and self.bold_letters >= BOLD_SHARE * self.letters


def read(path: str | os.PathLike[str] | bytes) -> Document:
    source = io.BytesIO(path) if isinstance(path, bytes) else path
    try:
        word = docx.Document(source)  # type: ignore[arg-type]
    except Exception as error:  # python-docx raises many kinds on a damaged package
        raise UnreadableDocument(
            f"This Word document could not be opened ({type(error).__name__}: {error}). "
            "Open it in Word, save a new copy as .docx and import that."
        ) from error
    reader = WordReader(load_styles(word.styles.element))
    blocks = reader.blocks(word.element.body)
    headers = [reader.header_lines(section) for section in word.sections]
    blocks = page_header_headings(blocks, reader.section_ends, headers)
    title = (word.core_properties.title or "").strip() or None
    name = os.path.basename(path) if isinstance(path, (str, os.PathLike)) else ""
    blocks = merge_continued_tables(tab_stop_tables(blocks))
    name_coloured_statuses(blocks)
    fold_period_columns(blocks)
    return Document(blocks=drop_keys_and_furniture(blocks), title=title, source_name=name)


def page_header_headings(
    blocks: list[Block], ends: list[int], headers: list[list[str]]
) -> list[Block]:
    """A plan whose sections each print their part's name in the page header ("Priority
    2: Protect" over every page of its table): each header that changes is a heading at the
    start of its section. Lines every section's header shares (the partnership's name,
    "OFFICIAL") name the document, not a part; one name over all the tables names nothing."""
    bounds = list(zip([0, *ends], [*ends, len(blocks)], strict=True))
    tabled = [
        number
        for number, (start, end) in enumerate(bounds)
        if number < len(headers) and any(block.is_table for block in blocks[start:end])
    ]
    if len(tabled) < 2:
        return blocks
    shared = set.intersection(*(set(headers[number]) for number in tabled))
    named = {n: " ".join(line for line in headers[n] if line not in shared) for n in tabled}
    if len(set(named.values()) - {""}) < 2:
        return blocks
    result: list[Block] = []
    last = ""
    for number, (start, end) in enumerate(bounds):
        title = named.get(number, "")
        if title and title != last:
            source = f"page header of section {number + 1}"
            result.append(Block(text=title, bold=True, heading_level=2, source=source))
            last = title
        result.extend(blocks[start:end])
    return result


TAB_STOP_TABLE = "columns set with tab stops"


def tab_stop_tables(blocks: list[Block]) -> list[Block]:
    """Paragraphs whose text is set in columns with tab stops, one after another, are the
    rows of a table: two or more of them, most with three columns or more (a tab or two in a
    lone paragraph, or a numbered line typed with a tab, is only spacing). Elsewhere a tab
    is a space."""
    found: list[Block] = []
    run: list[Block] = []
    for block in [*blocks, Block(text="")]:
        tabbed = bool(block.text) and "\t" in (block.text or "") and not block.heading_level
        if tabbed:
            run.append(block)
            continue
        wide = sum(len(tab_cells(b.text or "")) >= 3 for b in run)
        if len(run) >= 2 and wide * 2 >= len(run) and not all(map(is_labelled_field, run)):
            rows = [
                Row(
                    cells=[Cell(text=t, bold=b.bold) for t in tab_cells(b.text or "")],
                    source=b.source,
                )
                for b in run
            ]
            found.append(Block(rows=rows, source=run[0].source, layout=TAB_STOP_TABLE))
        else:
            for paragraph in run:
                paragraph.text = " ".join((paragraph.text or "").replace("\t", " ").split())
            found.extend(run)
        run = []
        if block.text or block.is_table:
            if block.text:
                block.text = block.text.replace("\t", " ")
            found.append(block)
    return found


def is_labelled_field(paragraph: Block) -> bool:
    """ "Contact:<tab>Jo Bloggs<tab>Manager": a label and its values (a contact block, a
    document's details), not a row of the plan's table."""
    return tab_cells(paragraph.text or "")[0].endswith(":")


def tab_cells(text: str) -> list[str]:
    """A tabbed line's cells; tabs pressed again to reach the next column count once."""
    return [part.strip() for part in re.split(r"\t+", text.strip())]


def load_styles(styles: Element) -> dict[str, Style]:
    found: dict[str, Style] = {}
    for style in styles.iter(qn("w:style")):
        name = style.find(qn("w:name"))
        based_on = style.find(qn("w:basedOn"))
        run_properties = style.find(qn("w:rPr"))
        paragraph_properties = style.find(qn("w:pPr"))
        outline = None
        numbered = False
        if paragraph_properties is not None:
            numbered = paragraph_properties.find(qn("w:numPr")) is not None
            level = paragraph_properties.find(qn("w:outlineLvl"))
            if level is not None:
                outline = int(level.get(qn("w:val"), "9"))
        found[style.get(qn("w:styleId"), "")] = Style(
            name=name.get(qn("w:val"), "") if name is not None else "",
            based_on=based_on.get(qn("w:val")) if based_on is not None else None,
            bold=on_off(run_properties, "w:b"),
            numbered=numbered,
            outline_level=outline,
        )
    return found


def on_off(properties: Element | None, tag: str) -> bool | None:
    """A w:b-like toggle: True/False when set, None when inherited."""
    if properties is None:
        return None
    element = properties.find(qn(tag))
    if element is None:
        return None
    return element.get(qn("w:val")) in TRUE_VALUES


class WordReader:
    def __init__(self, styles: dict[str, Style]) -> None:
        self.styles = styles
        self.table_number = 0
        self.paragraph_number = 0
        self.section_ends: list[int] = []
        """How many blocks came before each section break (a paragraph ending a section)."""

    def style_chain(self, style_id: str | None) -> Iterator[Style]:
        seen: set[str] = set()
        while style_id and style_id in self.styles and style_id not in seen:
            seen.add(style_id)
            style = self.styles[style_id]
            yield style
            style_id = style.based_on

    def blocks(self, body: Element) -> list[Block]:
        blocks: list[Block] = []
        for element in block_elements(body):
            if element.tag == qn("w:tbl") and (parts := nested_parts(element)):
                blocks.extend(self.part_blocks(parts))
            elif element.tag == qn("w:tbl"):
                self.table_number += 1
                blocks.append(self.table(element))
            else:
                self.paragraph_number += 1
                block = self.paragraph_block(element)
                if block is not None:
                    blocks.append(block)
                if element.find(f"{qn('w:pPr')}/{qn('w:sectPr')}") is not None:
                    self.section_ends.append(len(blocks))
        return blocks

    def header_lines(self, section: Any) -> list[str]:
        """The lines of a section's page header (its own, or the one it repeats)."""
        try:
            paragraphs = list(section.header._element.iter(qn("w:p")))
        except (KeyError, ValueError, AttributeError):
            return []  # a header the file names but does not hold: Word opens it regardless
        lines = [" ".join(self.paragraph_text(p).text.split()) for p in paragraphs]
        return [line for line in lines if line]

    def paragraph_block(self, paragraph: Element) -> Block | None:
        text = self.paragraph_text(paragraph)
        if not text.text.strip():
            return None
        heading_level = self.heading_level(paragraph)
        listed = heading_level is None and self.is_list_item(paragraph)
        return Block(
            text=text.text.strip(),
            bold=text.bold,
            heading_level=heading_level,
            source=f"paragraph {self.paragraph_number}",
            list_level=self.list_level(paragraph) if listed else None,
            list_marker="•" if listed else None,
        )

    def paragraph_style_id(self, paragraph: Element) -> str | None:
        style = paragraph.find(f"{qn('w:pPr')}/{qn('w:pStyle')}")
        return style.get(qn("w:val")) if style is not None else None

    def heading_level(self, paragraph: Element) -> int | None:
        outline = paragraph.find(f"{qn('w:pPr')}/{qn('w:outlineLvl')}")
        if outline is not None and outline.get(qn("w:val"), "9").isdigit():
            level = int(outline.get(qn("w:val"), "9"))
            return level + 1 if level < 9 else None
        for style in self.style_chain(self.paragraph_style_id(paragraph)):
            if style.name.lower() == "title":
                return 1
            match = HEADING_STYLE.match(style.name)
            if match:
                return int(match.group(1))
            if style.outline_level is not None and style.outline_level < 9:
                return style.outline_level + 1
        return None

    def list_level(self, paragraph: Element) -> int:
        """The item's own level, or its style's: Word's "List Number 2" and "List Bullet 3"
        are the second and third levels of a list with no numbering level of their own."""
        if paragraph.find(f"{qn('w:pPr')}/{qn('w:numPr')}/{qn('w:ilvl')}") is not None:
            return list_level(paragraph)
        for style in self.style_chain(self.paragraph_style_id(paragraph)):
            match = LIST_STYLE_LEVEL.match(style.name)
            if match:
                return int(match.group(1)) - 1
        return 0

    def paragraph_bold_default(self, paragraph: Element) -> bool:
        for style in self.style_chain(self.paragraph_style_id(paragraph)):
            if style.bold is not None:
                return style.bold
        return False

    def is_list_item(self, paragraph: Element) -> bool:
        if paragraph.find(f"{qn('w:pPr')}/{qn('w:numPr')}") is not None:
            return True
        return any(
            style.numbered or style.name.lower().startswith("list")
            for style in self.style_chain(self.paragraph_style_id(paragraph))
        )

    def paragraph_text(self, paragraph: Element) -> Text:
        default_bold = self.paragraph_bold_default(paragraph)
        parts: list[str] = []
        letters = bold_letters = 0
        for run in paragraph.iter(qn("w:r")):
            text = run_text(run)
            if not text:
                continue
            parts.append(text)
            count = sum(1 for character in text if not character.isspace())
            letters += count
            bold = on_off(run.find(qn("w:rPr")), "w:b")
            if bold or (bold is None and default_bold):
                bold_letters += count
        return Text("".join(parts), letters, bold_letters)

    def table(self, table: Element) -> Block:
        number = self.table_number
        layout = table_layout(table)
        rows: list[Row] = []
        for row_index, entries in enumerate(layout):
            cells = [
                self.cell(entry, layout, row_index, f"table {number}, row {row_index + 1}")
                for entry in entries
                if not entry.continues
            ]
            rows.append(Row(cells=cells, source=f"table {number}, row {row_index + 1}"))
        header_rows = count_header_rows(table)
        return Block(rows=drop_repeated_headers(rows, header_rows), source=f"table {number}")

    def cell(self, entry: GridCell, layout: list[list[GridCell]], row: int, where: str) -> Cell:
        lines: list[str] = []
        bullets: list[str] = []
        letters = bold_letters = 0
        bold_lines: list[bool] = []
        for element in cell_content(entry.element):
            if element.tag == qn("w:tbl"):
                nested = self.nested_table_lines(element)
                lines.extend(nested)
                bullets.extend(nested)
                continue
            text = self.paragraph_text(element)
            line = text.text.replace("\t", " ").strip()
            if not line:
                continue
            letters += text.letters
            bold_letters += text.bold_letters
            bold_lines.append(text.bold)
            manual = MANUAL_BULLET.match(line)
            if manual:
                line = line[manual.end() :].strip()
            if manual or self.is_list_item(element):
                bullets.append(line)
            lines.append(line)
        return Cell(
            text="\n".join(lines),
            bold=Text("", letters, bold_letters).bold,
            bullets=bullets,
            colspan=entry.colspan,
            rowspan=rowspan(layout, row, entry),
            source=f"{where}, column {entry.column + 1}",
            fill=shading(entry.element),
            font_colour=font_colour(entry.element),
            bold_lead=bold_lead(lines, bold_lines),
        )

    def part_blocks(self, parts: list[tuple[list[Element], Element]]) -> list[Block]:
        """Each part of an outer table (see `nested_parts`): its title as a heading, then
        its own table."""
        blocks: list[Block] = []
        for paragraphs, table in parts:
            lines = [self.paragraph_text(paragraph).text.strip() for paragraph in paragraphs]
            title = " ".join(line for line in lines if line)
            if title:
                blocks.append(Block(text=title, bold=True, heading_level=2, source="table cell"))
            self.table_number += 1
            blocks.append(self.table(table))
        return blocks

    def nested_table_lines(self, table: Element) -> list[str]:
        """A table inside a cell becomes one line per row, its cells joined with " - "
        (usually a list of milestones with their dates)."""
        lines = []
        for entries in table_layout(table):
            texts = [
                " ".join(
                    self.paragraph_text(paragraph).text.replace("\t", " ").strip()
                    for paragraph in cell_content(entry.element)
                    if paragraph.tag == qn("w:p")
                ).strip()
                for entry in entries
                if not entry.continues
            ]
            line = " - ".join(text for text in texts if text)
            if line:
                lines.append(line)
        return lines


PART_TITLE_WORDS = 16


def nested_parts(table: Element) -> list[tuple[list[Element], Element]] | None:
    """An outer table whose every row below its header is a part of the plan: a short title
    in one cell ("Early identification") and the part's own table of actions nested in
    another. Each part's title paragraphs and table; None for any other table (one whose rows
    also hold an action, a lead or a date beside a nested table of its steps)."""
    parts = []
    for position, row in enumerate(table.iterchildren(qn("w:tr"))):
        nested = [t for cell in row_cells(row) for t in cell.iterchildren(qn("w:tbl"))]
        paragraphs = [
            p
            for cell in row_cells(row)
            for p in cell.iterchildren(qn("w:p"))
            if "".join(p.itertext()).strip()
        ]
        words = sum(len("".join(p.itertext()).split()) for p in paragraphs)
        cells_with_text = sum(
            1
            for cell in row_cells(row)
            if any("".join(p.itertext()).strip() for p in cell.iterchildren(qn("w:p")))
        )
        if not nested and position == 0:
            continue  # the outer table's header ("Priority | Actions")
        if len(nested) != 1 or cells_with_text > 1 or words > PART_TITLE_WORDS:
            return None
        if len(table_layout(nested[0])) < 2:
            return None
        parts.append((paragraphs, nested[0]))
    return parts if len(parts) >= 2 else None


@dataclass
class GridCell:
    element: Element
    column: int
    colspan: int
    restarts: bool
    """Starts a vertical merge (vMerge="restart")."""
    continues: bool
    """Covered by the cell above (vMerge without "restart"): not emitted."""


def table_layout(table: Element) -> list[list[GridCell]]:
    """Each row's w:tc elements with their grid column and spans."""
    layout = []
    for row in table.iterchildren(qn("w:tr")):
        column = grid_before(row)
        entries = []
        for cell in row_cells(row):
            properties = cell.find(qn("w:tcPr"))
            span = properties.find(qn("w:gridSpan")) if properties is not None else None
            merge = properties.find(qn("w:vMerge")) if properties is not None else None
            colspan = int(span.get(qn("w:val"), "1")) if span is not None else 1
            merge_value = merge.get(qn("w:val")) if merge is not None else None
            entries.append(
                GridCell(
                    element=cell,
                    column=column,
                    colspan=max(colspan, 1),
                    restarts=merge_value == "restart",
                    continues=merge is not None and merge_value != "restart",
                )
            )
            column += max(colspan, 1)
        layout.append(entries)
    return layout


def grid_before(row: Element) -> int:
    before = row.find(f"{qn('w:trPr')}/{qn('w:gridBefore')}")
    return int(before.get(qn("w:val"), "0")) if before is not None else 0


def row_cells(row: Element) -> Iterator[Element]:
    """w:tc children, looking inside content controls (w:sdt) that wrap cells."""
    for child in row.iterchildren():
        if child.tag == qn("w:tc"):
            yield child
        elif child.tag == qn("w:sdt"):
            content = child.find(qn("w:sdtContent"))
            if content is not None:
                yield from row_cells(content)


def rowspan(layout: list[list[GridCell]], row: int, entry: GridCell) -> int:
    if not entry.restarts:
        return 1
    span = 1
    for below in layout[row + 1 :]:
        if not any(other.continues and other.column == entry.column for other in below):
            break
        span += 1
    return span


def shading(cell: Element) -> str | None:
    """A cell's background colour (w:shd fill), None when automatic or white."""
    shade = cell.find(f"{qn('w:tcPr')}/{qn('w:shd')}")
    colour = hex_colour(shade.get(qn("w:fill"))) if shade is not None else None
    return None if colour in (None, "FFFFFF") else colour


def font_colour(cell: Element) -> str | None:
    """The colour most of a cell's text is written in, None when black or automatic."""
    colours: dict[str | None, int] = {}
    for run in cell.iter(qn("w:r")):
        colour_element = run.find(f"{qn('w:rPr')}/{qn('w:color')}")
        value = hex_colour(colour_element.get(qn("w:val"))) if colour_element is not None else None
        colours[value] = colours.get(value, 0) + len(run_text(run).strip())
    colour = max(colours, key=lambda key: colours[key]) if colours else None
    return None if colour in (None, "000000") else colour


LIST_STYLE_LEVEL = re.compile(r"^list(?: number| bullet| continue)?\s+([2-9])$", re.IGNORECASE)


def list_level(paragraph: Element) -> int:
    level = paragraph.find(f"{qn('w:pPr')}/{qn('w:numPr')}/{qn('w:ilvl')}")
    value = level.get(qn("w:val"), "0") if level is not None else "0"
    return int(value) if value.isdigit() else 0


def block_elements(parent: Element) -> Iterator[Element]:
    """Paragraphs and tables in reading order, unwrapping content controls."""
    for child in parent.iterchildren():
        if child.tag in (qn("w:p"), qn("w:tbl")):
            yield child
        elif child.tag == qn("w:sdt"):
            content = child.find(qn("w:sdtContent"))
            if content is not None:
                yield from block_elements(content)


def cell_content(cell: Element) -> Iterator[Element]:
    return block_elements(cell)


def run_text(run: Element) -> str:
    parts = []
    for child in run.iterchildren():
        if child.tag == qn("w:t"):
            parts.append(child.text or "")
        elif child.tag in (qn("w:tab"), qn("w:ptab")):
            parts.append("\t")  # a column set with tab stops, or a space (`tab_stop_tables`)
        elif child.tag in (qn("w:br"), qn("w:cr")):
            parts.append(" " if child.get(qn("w:type")) == "page" else "\n")
        elif child.tag == qn("w:noBreakHyphen"):
            parts.append("-")
    text = "".join(parts)
    if FOOTNOTE_MARK.fullmatch(text.strip()) and is_superscript(run):
        return ""  # "Tusla¹": a footnote's mark, not part of the name or the text
    return text


FOOTNOTE_MARK = re.compile(r"[\d,*†‡§]+|[ivx]{1,4}")


def is_superscript(run: Element) -> bool:
    align = run.find(f"{qn('w:rPr')}/{qn('w:vertAlign')}")
    return align is not None and align.get(qn("w:val")) == "superscript"


def count_header_rows(table: Element) -> int:
    """Rows marked "repeat as header row at the top of each page" (w:tblHeader)."""
    count = 0
    for row in table.iterchildren(qn("w:tr")):
        if row.find(f"{qn('w:trPr')}/{qn('w:tblHeader')}") is None:
            break
        count += 1
    return count


def drop_repeated_headers(rows: list[Row], header_rows: int) -> list[Row]:
    """Drop copies of the header inside one table (typed again where a page broke)."""
    header = [row_key(row) for row in rows[: max(header_rows, 1)]]
    if not rows or not any(any(text for text in key) for key in header):
        return rows
    kept = rows[: len(header)]
    index = len(header)
    while index < len(rows):
        matched = repeated_prefix(rows, index, header)
        if matched:
            index += matched
            continue
        kept.append(rows[index])
        index += 1
    return kept
