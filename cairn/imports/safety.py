"""Checks a file before any reader opens it.

Uploaded documents come from anyone, so nothing here trusts the extension or the archive:
the size is limited, the real type is found from the first bytes, and a .docx/.xlsx is
inspected as a zip (declared sizes, compression ratio) before a library inflates it.
Every failure raises `UnreadableDocument` with what is wrong and what the user can do.
"""

from __future__ import annotations

import os
import zipfile
from pathlib import Path

from cairn.imports.grid import UnreadableDocument

DEFAULT_MAX_BYTES = 20 * 1024 * 1024
DEFAULT_MAX_UNZIPPED_BYTES = 200 * 1024 * 1024
# Office XML compresses 5-30 times; a member that inflates far more than that is crafted.
MAX_COMPRESSION_RATIO = 200
RATIO_CHECK_FROM_BYTES = 1024 * 1024
MAX_ZIP_MEMBERS = 10_000

TEXT_EXTENSIONS = {".txt", ".md", ".csv", ".tsv"}
ZIP_EXTENSIONS = {".docx", ".xlsx", ".xlsm"}
SUPPORTED_EXTENSIONS = TEXT_EXTENSIONS | ZIP_EXTENSIONS | {".pdf"}

PDF_MAGIC = b"%PDF-"
ZIP_MAGICS = (b"PK\x03\x04", b"PK\x05\x06")
OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
# The stream name Office uses for a password-protected .docx/.xlsx, as UTF-16LE in the
# compound file's directory.
ENCRYPTED_PACKAGE = "EncryptedPackage".encode("utf-16-le")

# The part that tells which Office document a zip really is.
OOXML_MAIN_PART = {"word/document.xml": ".docx", "xl/workbook.xml": ".xlsx"}
KIND_NAMES = {
    ".docx": "a Word document (.docx)",
    ".xlsx": "an Excel workbook (.xlsx)",
    ".xlsm": "an Excel workbook (.xlsm)",
    ".pdf": "a PDF",
    ".csv": "a CSV file",
    ".tsv": "a tab-separated file",
    ".txt": "a text file",
    ".md": "a Markdown text file",
}
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
        return int(value)  # type: ignore[arg-type]
    except (TypeError, ValueError) as error:
        raise ValueError(f"{name} must be a whole number of bytes, not {value!r}") from error


def max_bytes() -> int:
    return setting("CAIRN_IMPORT_MAX_BYTES", DEFAULT_MAX_BYTES)


def max_unzipped_bytes() -> int:
    return setting("CAIRN_IMPORT_MAX_UNZIPPED_BYTES", DEFAULT_MAX_UNZIPPED_BYTES)


def check_file(path: str | os.PathLike[str]) -> str:
    """Refuse a file no reader should open; return its extension (lower case, with dot)."""
    path = Path(path)
    extension = path.suffix.lower()
    check_extension(path.name, extension)
    check_size(path)
    with path.open("rb") as file:
        head = file.read(8192)
    if sniff_kind(head) == "ole":
        refuse_ole(extension, path.read_bytes())
    check_type_matches(extension, head)
    if extension in ZIP_EXTENSIONS:
        check_archive(path, extension)
    return extension


def check_extension(name: str, extension: str) -> None:
    if extension in SUPPORTED_EXTENSIONS:
        return
    if extension in {".doc", ".xls", ".rtf", ".odt", ".ods", ".pages", ".numbers"}:
        raise UnreadableDocument(
            f"Cairn cannot read {extension} files ({name}). Open it and save it as Word "
            "(.docx) or Excel (.xlsx), then import that file."
        )
    shown = extension or "no extension"
    raise UnreadableDocument(
        f"Cairn cannot read this type of file ({name}: {shown}). "
        f"Import the plan as {WHAT_WE_READ}, or paste its text."
    )


def check_size(path: Path) -> None:
    size = path.stat().st_size
    if size == 0:
        raise UnreadableDocument(
            f"{path.name} is empty (0 bytes). Check you chose the right file, or save the "
            "plan again and upload the new copy."
        )
    limit = max_bytes()
    if size > limit:
        raise UnreadableDocument(
            f"{path.name} is {megabytes(size)}, larger than the {megabytes(limit)} Cairn "
            "accepts. Remove images or other content that is not the plan and try again, or "
            "ask your administrator to raise CAIRN_IMPORT_MAX_BYTES."
        )


def megabytes(size: int) -> str:
    return f"{size / (1024 * 1024):.1f} MB"


def sniff_kind(head: bytes) -> str | None:
    """The real kind of a file from its first bytes: 'pdf', 'zip', 'ole' or None."""
    if head.startswith(PDF_MAGIC) or PDF_MAGIC in head[:1024]:
        return "pdf"
    if head.startswith(ZIP_MAGICS):
        return "zip"
    if head.startswith(OLE_MAGIC):
        return "ole"
    return None


def check_type_matches(extension: str, head: bytes) -> None:
    kind = sniff_kind(head)
    expected = {".pdf": "pdf"}.get(extension, "zip" if extension in ZIP_EXTENSIONS else None)
    if kind == expected and kind is not None:
        return
    if expected == "pdf":
        actually = {"zip": "an Office document or zip archive"}.get(kind or "", "not a PDF")
        raise UnreadableDocument(
            f"This file is named .pdf but is {actually}. Save the plan again as PDF, "
            "or upload it with its real extension."
        )
    if expected == "zip":
        actually = "a PDF" if kind == "pdf" else "not an Office document"
        advice = "rename it to .pdf" if kind == "pdf" else "save the plan again from Office"
        raise UnreadableDocument(
            f"This file is named {extension} but is really {actually}. "
            f"Upload it with its real extension ({advice}), or export it again."
        )
    # A text extension: a binary document under a text name.
    if kind in {"pdf", "zip"}:
        real = {"pdf": ".pdf", "zip": ".docx or .xlsx"}[kind]
        raise UnreadableDocument(
            f"This file is named {extension} but is really a {real} document. "
            f"Upload it with its real extension."
        )
    if b"\x00" in head and not head.startswith((b"\xff\xfe", b"\xfe\xff")):
        raise UnreadableDocument(
            f"This {extension} file contains binary data, not text. Export the plan as "
            "text or CSV again, or upload the original Word, Excel or PDF document."
        )


def refuse_ole(extension: str, content: bytes) -> None:
    """An OLE compound file: an encrypted .docx/.xlsx, or an old .doc/.xls renamed."""
    raise UnreadableDocument(
        "This document is password-protected (encrypted), so Cairn cannot read it. Open it, "
        "remove the password (File > Info > Protect Document > Encrypt with Password, clear "
        "it), save it and upload it again."
        if ENCRYPTED_PACKAGE in content
        else "This is an old-style Office file (.doc/.xls). Open it and save it as .docx or "
        ".xlsx, then upload that."
    )


def check_archive(path: Path, extension: str) -> None:
    """Inspect the zip's directory before anything inflates it."""
    try:
        with zipfile.ZipFile(path) as archive:
            members = archive.infolist()
    except (zipfile.BadZipFile, OSError, ValueError, EOFError, NotImplementedError) as error:
        raise UnreadableDocument(
            f"This {extension} file is damaged and cannot be opened ({error}). Open it in "
            "Office and save a new copy, or export the plan again."
        ) from error
    check_inflated_size(members, extension)
    check_office_kind(members, extension)


def check_inflated_size(members: list[zipfile.ZipInfo], extension: str) -> None:
    # zipfile stops reading a member at its declared size (and fails its CRC), so the
    # declared sizes are a real bound on what the readers will inflate.
    bomb = UnreadableDocument(
        f"This {extension} file inflates to far more data than a plan could hold, so Cairn "
        "refused to open it (it may be a 'zip bomb'). Export the plan again from Office; "
        "if the file is genuine, remove large embedded images first."
    )
    if len(members) > MAX_ZIP_MEMBERS:
        raise bomb
    total = sum(member.file_size for member in members)
    if total > max_unzipped_bytes():
        raise bomb
    for member in members:
        if member.file_size < RATIO_CHECK_FROM_BYTES:
            continue
        if member.file_size > MAX_COMPRESSION_RATIO * max(member.compress_size, 1):
            raise bomb


def check_office_kind(members: list[zipfile.ZipInfo], extension: str) -> None:
    names = {member.filename for member in members}
    found = [kind for part, kind in OOXML_MAIN_PART.items() if part in names]
    wanted = ".docx" if extension == ".docx" else ".xlsx"
    if wanted in found:
        return
    if found:
        raise UnreadableDocument(
            f"This file is named {extension} but is really {KIND_NAMES[found[0]]}. "
            f"Rename it to {found[0]} and upload it again."
        )
    raise UnreadableDocument(
        f"This {extension} file is a zip archive but not {KIND_NAMES[extension]}. "
        "Open the plan in Office, save it as .docx or .xlsx, and upload that."
    )
