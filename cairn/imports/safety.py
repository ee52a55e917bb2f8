"""Checks a plan document before any reader opens it, through the upload safety gate.

The gate itself (`cairn/lib/upload_safety.py`) is shared with every other upload; this
module says what a plan document may be (Word, Excel, CSV, PDF or text, up to
CAIRN_IMPORT_MAX_BYTES) and turns a refusal into an `UnreadableDocument`.
"""

from __future__ import annotations

import os
from pathlib import Path

from cairn.imports.grid import UnreadableDocument
from cairn.lib import upload_safety
from cairn.lib.upload_safety import (  # noqa: F401 - the names the importer's tests use
    ENCRYPTED_PACKAGE,
    OLE_MAGIC,
    TEXT_EXTENSIONS,
    ZIP_EXTENSIONS,
    UploadRefused,
    megabytes,
    sniff_kind,
)

DEFAULT_MAX_BYTES = 20 * 1024 * 1024
DEFAULT_MAX_UNZIPPED_BYTES = 200 * 1024 * 1024
DEFAULT_MAX_CELLS = 500_000
SUPPORTED_EXTENSIONS = TEXT_EXTENSIONS | ZIP_EXTENSIONS | {".pdf"}
WHAT_WE_READ = (
    "Word (.docx), Excel (.xlsx, .xlsm), CSV (.csv, .tsv), PDF (.pdf) or text (.txt, .md)"
)


def setting(name: str, default: int) -> int:
    """An integer limit from Django settings when configured, else the environment."""
    value: object = None
    try:
        from django.conf import settings

        if settings.configured:
            value = getattr(settings, name, None)
    except ImportError:  # readers are usable without Django (benchmarks, scripts)
        value = None
    if value is None:
        value = os.environ.get(name)
    if value is None or value == "":
        return default
    try:
        if not isinstance(value, int | float | str):
            raise TypeError(type(value))
        return int(value)
    except (TypeError, ValueError) as error:
        raise ValueError(f"{name} must be a whole number, not {value!r}") from error


def max_bytes() -> int:
    return setting("CAIRN_IMPORT_MAX_BYTES", DEFAULT_MAX_BYTES)


def max_unzipped_bytes() -> int:
    return setting("CAIRN_IMPORT_MAX_UNZIPPED_BYTES", DEFAULT_MAX_UNZIPPED_BYTES)


def gate() -> upload_safety.Gate:
    """What a plan document may be, with the limits configured now."""
    return upload_safety.Gate(
        extensions=frozenset(SUPPORTED_EXTENSIONS),
        accepted=f"the plan as {WHAT_WE_READ}, or paste its text into a .txt file",
        max_bytes=max_bytes(),
        max_bytes_advice="or ask your administrator to raise CAIRN_IMPORT_MAX_BYTES",
        max_unzipped_bytes=max_unzipped_bytes(),
        max_cells=setting("CAIRN_IMPORT_MAX_CELLS", DEFAULT_MAX_CELLS),
        # Generous: a genuine 20 MB workbook on a busy server must not be refused for time.
        seconds=10.0,
    )


def check_file(path: str | os.PathLike[str]) -> str:
    """Refuse a file no reader should open; return its extension (lower case, with dot)."""
    try:
        return upload_safety.check_upload(gate(), Path(path).name, path)
    except UploadRefused as refusal:
        raise UnreadableDocument(str(refusal)) from refusal
