"""The grid: what every reader turns a document into, and all the interpreter reads.

A document is a list of Blocks in reading order. A block is either a table (rows of
cells) or a paragraph of text between tables (often a theme heading). Readers for each
format live in `imports/readers/`; each exposes `read(path_or_bytes) -> Document`.
The logic that reads a grid as a plan lives once, in `imports/interpret.py`.
"""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass
class Cell:
    text: str
    """Plain text; bullet items joined with "\\n"."""
    bold: bool = False
    """True when all (or nearly all) of the text is bold: a heading or an action title."""
    bullets: list[str] = field(default_factory=list)
    """The cell's bullet/list items, when it has any (also present in `text`)."""
    colspan: int = 1
    rowspan: int = 1
    """A merged cell appears once, at its top-left position, with its spans."""
    source: str = ""
    """Where it came from, for the preview: "page 3, table 2, row 5" / "Sheet1!C7" / "line 40"."""
    spaced_letters: bool = False
    """The text was written as spaced capitals ("P R E V E N T I O N"), as a side label running
    down a table's first column is when copied out; `text` holds it with the spaces removed, so
    the label's words may still need separating."""
    fill: str | None = None
    """The cell's background colour as "RRGGBB" (Word shading, Excel fill), None when white or
    unset: plans give a RAG status as a cell's colour alone."""
    font_colour: str | None = None
    """The text's colour as "RRGGBB" when it is not black or automatic."""
    indent: int = 0
    """How far the text is indented (Excel's indent level): plans mark their levels so."""
    bold_lead: str | None = None
    """The cell's first paragraph, when it alone is bold: a short title over the text that
    says what it involves ("Family support hubs" over a sentence of what they will do)."""
    covered: bool = False
    """Stands where a merged cell covers the position (see `readers.tables.place_on_grid`):
    below a cell merged down it is a copy of that cell ("same as above"); right of a cell
    merged across it is blank."""


@dataclass
class PeriodUpdate:
    """One period's update of a row in a tracker with a column pair per quarter."""

    period: str
    status_text: str | None = None
    progress_text: str | None = None


@dataclass
class Row:
    cells: list[Cell]
    source: str = ""
    history: list[PeriodUpdate] = field(default_factory=list)
    """A tracker's updates of this row, one per period, oldest first (see readers/periods)."""


@dataclass
class Block:
    """A table (rows set) or a paragraph between tables (text set)."""

    rows: list[Row] | None = None
    text: str | None = None
    bold: bool = False
    heading_level: int | None = None
    source: str = ""
    list_level: int | None = None
    """For an item of a bulleted or numbered list: 0 for the outer list, 1 for a list inside
    it, and so on (its text is without the bullet). None for any other paragraph."""
    list_marker: str | None = None
    """A list item's number as written ("1.", "2.3", "a)"), or the bullet glyph."""
    layout: str | None = None
    """How a table was found in text, for the preview: "tab-separated", "pipe table",
    "columns aligned with spaces"; None for a table the format itself marks (Word, Excel)."""
    on_grid: bool = False
    """Its rows have one cell per grid column, merged positions filled (`place_on_grid`)."""

    @property
    def is_table(self) -> bool:
        return self.rows is not None


@dataclass
class Document:
    blocks: list[Block]
    title: str | None = None
    source_name: str = ""


class UnreadableDocument(Exception):
    """Raised by readers and the interpreter with a message a coordinator can act on."""
