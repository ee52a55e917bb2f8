"""Parse a plan document into Plan JSON: choose the reader by extension, then interpret."""

from __future__ import annotations

import os
from pathlib import Path

from cairn.imports.grid import UnreadableDocument
from cairn.imports.interpret import interpret
from cairn.imports.readers import READERS


def parse_file(path: str | os.PathLike[str]) -> dict:
    """The plan in the file at `path`, as Plan JSON. Raises UnreadableDocument with a message
    a coordinator can act on when the file cannot be read as a plan."""
    path = Path(path)
    extension = path.suffix.lower()
    reader = READERS.get(extension)
    if reader is None:
        known = ", ".join(sorted(READERS))
        raise UnreadableDocument(
            f"Cairn cannot read {extension or 'files without an extension'} files. "
            f"Save the plan as one of: {known}."
        )
    if not path.is_file():
        raise UnreadableDocument(f"There is no file at {path}.")
    if path.stat().st_size == 0:
        raise UnreadableDocument(f"{path.name} is empty. Choose the file that holds the plan.")
    return interpret(reader(path))
