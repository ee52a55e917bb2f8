"""A strategy's vision and aims, read from a plan document that states them before its table.

Many yearly plans open with the strategy they serve: Southend's has a two-column table
("Vision" | "Reduce the harm caused by domestic abuse in Southend"; "Aims" | a numbered
list), Barking and Dagenham's a row "Our Vision and Overarching Outcome" | its text; others
write a heading ("Our vision", "Aims", "Our priorities") followed by paragraphs or a list.
This reads either form from the document's blocks (the readers' grid), and nothing else:
the plan itself is read by imports/interpret.py, which this module does not touch.

Rules:
- A label is a short piece of text (at most eight words) starting "vision", "our vision",
  "aims", "our aims", "priorities", "our priorities", "strategic priorities" or "key
  priorities" (a trailing colon is fine). "Aim one: ..." is not a label: that is an aim
  the plan table carries.
- In a table row, the label's cell is followed by its value: the vision is the value's text;
  the aims are its list items, or else its lines.
- As prose, the label's paragraphs follow it until the next heading, table or label; text
  after a colon on the label's own line counts as its first paragraph.
- The first vision and the first aims found are kept; both empty means the document has
  none.
"""

from __future__ import annotations

import os
import re
from dataclasses import dataclass, field

from cairn.imports.grid import Block, Cell, Document, UnreadableDocument
from cairn.imports.readers import READERS

VISION, AIMS = "vision", "aims"
LABEL = re.compile(
    r"^\s*(?:our\s+)?(?:(?P<vision>(?:shared\s+)?vision)|(?P<aims>(?:strategic\s+|key\s+)?"
    r"(?:aims|priorities)))\b(?P<rest>.*)$",
    re.IGNORECASE | re.DOTALL,
)
MAX_LABEL_WORDS = 8
LIST_NUMBER = re.compile(r"^\s*(?:\d+[.)]|[•\-*–])\s*")


@dataclass
class StrategyText:
    vision: str = ""
    aims: list[str] = field(default_factory=list)

    @property
    def found(self) -> bool:
        return bool(self.vision or self.aims)


def label_of(text: str) -> tuple[str, str] | None:
    """(VISION or AIMS, the text after the label's colon) for a label; None otherwise."""
    head = text.strip().split(":", 1)[0]
    if len(head.split()) > MAX_LABEL_WORDS:
        return None
    match = LABEL.match(text.strip())
    if match is None:
        return None
    rest = match.group("rest")
    if rest.strip() and not rest.lstrip().startswith((":", "and ", "&")):
        return None  # "Aims of the year one plan are..." is a sentence, not a label
    after = text.split(":", 1)[1].strip() if ":" in text else ""
    return (VISION if match.group("vision") else AIMS), after


def _items(text: str) -> list[str]:
    return [LIST_NUMBER.sub("", line).strip() for line in text.splitlines() if line.strip()]


def _cell_items(cell: Cell) -> list[str]:
    if cell.bullets:
        return [LIST_NUMBER.sub("", b).strip() for b in cell.bullets if b.strip()]
    return _items(cell.text)


def _take(found: StrategyText, kind: str, texts: list[str]) -> None:
    texts = [t for t in texts if t]
    if kind == VISION and not found.vision and texts:
        found.vision = "\n\n".join(texts)
    elif kind == AIMS and not found.aims and texts:
        found.aims = texts


def _rows(found: StrategyText, block: Block) -> None:
    for row in block.rows or []:
        cells = [c for c in row.cells if c.text.strip() and not c.covered]
        if len(cells) < 2:
            continue
        label = label_of(cells[0].text)
        if label is None:
            continue
        kind, _ = label
        if kind == VISION:
            _take(found, kind, [" ".join(cells[1].text.split())])
        else:
            _take(found, kind, _cell_items(cells[1]))


def strategy_text(document: Document) -> StrategyText:
    """The vision and aims the document states, as the rules above read them."""
    found = StrategyText()
    kind: str | None = None
    gathered: list[str] = []
    for block in [*document.blocks, Block()]:  # an empty block ends the last section
        text = (block.text or "").strip()
        label = label_of(text) if text and not block.rows else None
        heading = block.heading_level is not None or (
            block.bold and 0 < len(text.split()) <= MAX_LABEL_WORDS
        )
        ends = block.rows is not None or label is not None or heading
        if kind is not None and (ends or not text):
            _take(found, kind, gathered if kind == AIMS else [" ".join(gathered)])
            kind, gathered = None, []
        if block.rows is not None:
            _rows(found, block)
        elif label is not None:
            kind = label[0]
            gathered = [label[1]] if label[1] else []
        elif kind is not None and text:
            gathered += _items(text) if kind == AIMS else [" ".join(text.split())]
        if found.vision and found.aims:
            break
    return found


def read_strategy_text(path: str | os.PathLike[str]) -> StrategyText:
    """The vision and aims in the plan document at `path`. Raises UnreadableDocument (with a
    message for the coordinator) for a file Cairn cannot read."""
    extension = os.path.splitext(str(path))[1].lower()
    reader = READERS.get(extension)
    if reader is None:
        raise UnreadableDocument(
            f"Cairn cannot read {extension or 'files without an extension'} files. "
            f"Save the document as one of: {', '.join(sorted(READERS))}."
        )
    return strategy_text(reader(path))
