"""Readers: one module per file format, each turning a document into the same grid.

`READERS` maps a lower-case file extension to that format's `read(path) -> Document`.
Register a new format here; `imports.parse.parse_file` chooses the reader from this table.
"""

from __future__ import annotations

from collections.abc import Callable
from os import PathLike

from cairn.imports.grid import Document
from cairn.imports.readers import csv, docx, pdf, text, xlsx

Reader = Callable[[str | PathLike[str]], Document]

READERS: dict[str, Reader] = {
    ".txt": text.read,
    ".text": text.read,
    ".md": text.read,
    ".docx": docx.read,
    ".xlsx": xlsx.read,
    ".xlsm": xlsx.read,
    ".csv": csv.read,
    ".tsv": csv.read,
    ".pdf": pdf.read,
}
