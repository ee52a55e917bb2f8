"""The one safety gate every uploaded file passes before anything expensive reads it.

Uploads come from anyone, so nothing here trusts the name or the archive. In order, cheapest
first, each refusal an `UploadRefused` whose message says what is wrong and what to do:

- the extension is one the upload accepts;
- the size is above zero and within the limit;
- the real type, from the first bytes, matches the extension (an encrypted Office file is an
  OLE compound file, and is refused as password-protected);
- a .docx/.xlsx is inspected as a zip before any library inflates it: the number of members,
  their declared sizes in total and their compression ratio (a "zip bomb");
- no XML part declares a DTD (the only way to an entity-expansion "billion laughs" attack);
  defusedxml parses each part's prolog, which is all it takes, since a DTD can only come
  before the root element;
- the cells of a workbook's sheets (or a Word document's table cells, or a CSV's fields) are
  counted, streaming, up to the limit;
- all within a time budget.

Memory stays small throughout: zip members are inflated in chunks, never whole.
The importer (`cairn/imports/safety.py`) and the update sheet (`cairn/reviews/sheets.py`)
each describe their uploads with a `Gate`.
"""

from __future__ import annotations

import io
import os
import re
import time
import zipfile
from dataclasses import dataclass
from pathlib import Path
from typing import IO

from defusedxml import DefusedXmlException
from defusedxml.ElementTree import DefusedXMLParser, ParseError

MB = 1024 * 1024
CHUNK = 64 * 1024

PDF_MAGIC = b"%PDF-"
ZIP_MAGICS = (b"PK\x03\x04", b"PK\x05\x06")
OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
# The stream name Office uses for a password-protected .docx/.xlsx, as UTF-16LE in the
# compound file's directory.
ENCRYPTED_PACKAGE = "EncryptedPackage".encode("utf-16-le")

TEXT_EXTENSIONS = {".txt", ".md", ".csv", ".tsv"}
ZIP_EXTENSIONS = {".docx", ".xlsx", ".xlsm"}
OLD_FORMATS = {".doc", ".xls", ".rtf", ".odt", ".ods", ".pages", ".numbers"}
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
# A cell of a worksheet (<c>, or <x:c> with a prefix); a cell of a Word table (<w:tc>).
SHEET_CELL = re.compile(rb"<(?:[A-Za-z_][\w.-]*:)?c[\s/>]")
TABLE_CELL = re.compile(rb"<(?:[A-Za-z_][\w.-]*:)?tc[\s/>]")
WORKSHEET = re.compile(r"^xl/worksheets/[^/]+\.xml$")


class UploadRefused(ValueError):
    """The upload is refused; the message says why and what the person can do."""


@dataclass(frozen=True)
class Gate:
    """What one kind of upload may be, and the limits it is held to."""

    extensions: frozenset[str]
    accepted: str  # the kinds of file in words, for messages: "Word (.docx) or ..."
    max_bytes: int
    save_as: str = "Word (.docx) or Excel (.xlsx)"  # advice for an old-format file
    max_bytes_advice: str = ""  # e.g. "or ask your administrator to raise ..."
    max_unzipped_bytes: int = 200 * MB
    max_members: int = 10_000
    # Office XML compresses 5-30 times; a member that inflates far more than this is crafted.
    max_ratio: int = 200
    ratio_from_bytes: int = MB
    max_cells: int = 500_000
    seconds: float = 2.0


def megabytes(size: int) -> str:
    return f"{size / MB:.1f} MB"


def check_upload(gate: Gate, name: str, source: str | os.PathLike[str] | bytes | IO[bytes]) -> str:
    """Refuse a file no reader should open; return its extension (lower case, with a dot).

    `source` is the file's path, its bytes, or a binary file object (an UploadedFile).
    """
    deadline = time.monotonic() + gate.seconds
    extension = Path(name).suffix.lower()
    check_extension(gate, name, extension)
    with _opened(source) as file:
        size = file.seek(0, io.SEEK_END)
        check_size(gate, name, size)
        file.seek(0)
        head = file.read(8192)
        if sniff_kind(head) == "ole":
            refuse_ole(file)
        check_type_matches(extension, head)
        file.seek(0)
        if extension in ZIP_EXTENSIONS:
            check_archive(gate, file, extension, deadline)
        elif extension in {".csv", ".tsv"}:
            check_text_cells(gate, file, extension, deadline)
        file.seek(0)
    return extension


class _opened:
    """A binary file object for a path, bytes or an open file (left open, rewound)."""

    def __init__(self, source: str | os.PathLike[str] | bytes | bytearray | IO[bytes]) -> None:
        self.source = source
        self.own: IO[bytes] | None = None

    def __enter__(self) -> IO[bytes]:
        if isinstance(self.source, bytes | bytearray):
            return io.BytesIO(self.source)
        if isinstance(self.source, str | os.PathLike):
            own: IO[bytes] = open(self.source, "rb")  # noqa: SIM115 - closed in __exit__
            self.own = own
            return own
        self.source.seek(0)
        return self.source

    def __exit__(self, *exc: object) -> None:
        if self.own is not None:
            self.own.close()


def check_extension(gate: Gate, name: str, extension: str) -> None:
    if extension in gate.extensions:
        return
    if extension in OLD_FORMATS and gate.extensions & ZIP_EXTENSIONS:
        raise UploadRefused(
            f"Cairn cannot read {extension} files ({name}). Open it and save it as "
            f"{gate.save_as}, then upload that file."
        )
    shown = extension or "no extension"
    raise UploadRefused(
        f"Cairn cannot read this type of file ({name}: {shown}). Upload {gate.accepted}."
    )


def check_size(gate: Gate, name: str, size: int) -> None:
    if size == 0:
        raise UploadRefused(
            f"{name} is empty (0 bytes). Check you chose the right file, or save it again "
            "and upload the new copy."
        )
    if size > gate.max_bytes:
        raise UploadRefused(
            f"{name} is {megabytes(size)}, larger than the {megabytes(gate.max_bytes)} Cairn "
            "accepts. Remove images or other content that does not belong in it and try "
            f"again{', ' + gate.max_bytes_advice if gate.max_bytes_advice else ''}."
        )


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
        raise UploadRefused(
            f"This file is named .pdf but is {actually}. Save it again as PDF, "
            "or upload it with its real extension."
        )
    if expected == "zip":
        actually = "a PDF" if kind == "pdf" else "not an Office document"
        advice = "rename it to .pdf" if kind == "pdf" else "save it again from Office"
        raise UploadRefused(
            f"This file is named {extension} but is really {actually}. "
            f"Upload it with its real extension ({advice}), or export it again."
        )
    # A text extension: a binary document under a text name.
    if kind in {"pdf", "zip"}:
        real = {"pdf": ".pdf", "zip": ".docx or .xlsx"}[kind]
        raise UploadRefused(
            f"This file is named {extension} but is really a {real} document. "
            f"Upload it with its real extension."
        )
    if b"\x00" in head and not head.startswith((b"\xff\xfe", b"\xfe\xff")):
        raise UploadRefused(
            f"This {extension} file contains binary data, not text. Export it as "
            "text or CSV again, or upload the original Word, Excel or PDF document."
        )


def refuse_ole(file: IO[bytes]) -> None:
    """An OLE compound file: an encrypted .docx/.xlsx, or an old .doc/.xls renamed."""
    file.seek(0)
    encrypted = False
    tail = b""
    while chunk := file.read(CHUNK):  # the directory may be anywhere in the file
        if ENCRYPTED_PACKAGE in tail + chunk:
            encrypted = True
            break
        tail = chunk[-len(ENCRYPTED_PACKAGE) :]
    raise UploadRefused(
        "This document is password-protected (encrypted), so Cairn cannot read it. Open it, "
        "remove the password (File > Info > Protect > Encrypt with Password, clear it), save "
        "it and upload it again."
        if encrypted
        else "This is an old-style Office file (.doc/.xls). Open it and save it as .docx or "
        ".xlsx, then upload that."
    )


def check_archive(gate: Gate, file: IO[bytes], extension: str, deadline: float) -> None:
    """Inspect the zip's directory, then its XML prologs and cells, inflating in chunks."""
    if declared_member_count(file) > gate.max_members:
        raise zip_bomb(extension)  # before zipfile reads a directory of that many entries
    try:
        archive = zipfile.ZipFile(file)
        members = archive.infolist()
    except (zipfile.BadZipFile, OSError, ValueError, EOFError, NotImplementedError) as error:
        raise UploadRefused(
            f"This {extension} file is damaged and cannot be opened ({error}). Open it in "
            "Office and save a new copy, or export it again."
        ) from error
    check_inflated_size(gate, members, extension)
    check_office_kind(members, extension)
    try:
        cells = 0
        for member in members:
            name = member.filename
            if member.is_dir() or not name.endswith((".xml", ".rels", ".vml")):
                continue
            pattern = TABLE_CELL if name == "word/document.xml" else None
            if WORKSHEET.match(name):
                pattern = SHEET_CELL
            cells += check_member(gate, archive, member, extension, pattern, deadline, cells)
    except UploadRefused:
        raise
    except Exception as error:  # zipfile and zlib fail in many ways on a damaged archive
        raise UploadRefused(
            f"This {extension} file is damaged and cannot be opened ({error}). Open it in "
            "Office and save a new copy, or export it again."
        ) from error
    finally:
        archive.close()


def declared_member_count(file: IO[bytes]) -> int:
    """The number of members the zip's end record declares (0 when it cannot be found)."""
    size = file.seek(0, io.SEEK_END)
    tail_start = max(0, size - (22 + 65_535))  # the record, and a comment of at most 64 KB
    file.seek(tail_start)
    tail = file.read()
    file.seek(0)
    at = tail.rfind(b"PK\x05\x06")
    if at < 0 or at + 22 > len(tail):
        return 0
    count = int.from_bytes(tail[at + 10 : at + 12], "little")
    if count == 0xFFFF:  # zip64: the real count is in the zip64 record, before this one
        at64 = tail.rfind(b"PK\x06\x06", 0, at)
        if at64 >= 0 and at64 + 40 <= len(tail):
            count = int.from_bytes(tail[at64 + 32 : at64 + 40], "little")
    return count


def zip_bomb(extension: str) -> UploadRefused:
    return UploadRefused(
        f"This {extension} file inflates to far more data than it could hold, so Cairn "
        "refused to open it (it may be a 'zip bomb'). Export it again from Office; if the "
        "file is genuine, remove large embedded images first."
    )


def check_inflated_size(gate: Gate, members: list[zipfile.ZipInfo], extension: str) -> None:
    # zipfile stops reading a member at its declared size (and fails its CRC), so the
    # declared sizes are a real bound on what the readers will inflate.
    if len(members) > gate.max_members:
        raise zip_bomb(extension)
    if sum(member.file_size for member in members) > gate.max_unzipped_bytes:
        raise zip_bomb(extension)
    for member in members:
        if member.file_size < gate.ratio_from_bytes:
            continue
        if member.file_size > gate.max_ratio * max(member.compress_size, 1):
            raise zip_bomb(extension)


def check_office_kind(members: list[zipfile.ZipInfo], extension: str) -> None:
    names = {member.filename for member in members}
    found = [kind for part, kind in OOXML_MAIN_PART.items() if part in names]
    wanted = ".docx" if extension == ".docx" else ".xlsx"
    if wanted in found:
        return
    if found:
        raise UploadRefused(
            f"This file is named {extension} but is really {KIND_NAMES[found[0]]}. "
            f"Rename it to {found[0]} and upload it again."
        )
    raise UploadRefused(
        f"This {extension} file is a zip archive but not {KIND_NAMES[extension]}. "
        "Open it in Office, save it as .docx or .xlsx, and upload that."
    )


class _RootReached(Exception):
    """The prolog is over: no DTD came before the root element."""


class _StopAtRoot:
    def start(self, tag: str, attrib: dict[str, str]) -> None:
        raise _RootReached

    def end(self, tag: str) -> None:
        pass

    def data(self, data: str) -> None:
        pass

    def close(self) -> None:
        pass


def check_member(
    gate: Gate,
    archive: zipfile.ZipFile,
    member: zipfile.ZipInfo,
    extension: str,
    cell_pattern: re.Pattern | None,
    deadline: float,
    cells_so_far: int,
) -> int:
    """Refuse a DTD in the part's prolog; count its cells; return how many it has."""
    parser = DefusedXMLParser(target=_StopAtRoot(), forbid_dtd=True)
    in_prolog = True
    cells = 0
    tail = b""
    with archive.open(member) as part:
        while chunk := part.read(CHUNK):
            if time.monotonic() > deadline:
                raise too_slow(extension)
            if in_prolog:
                try:
                    parser.feed(chunk)
                except _RootReached:
                    in_prolog = False
                except DefusedXmlException as error:
                    raise entity_bomb(extension, member.filename) from error
                except ParseError:  # not well-formed: no DTD got through; readers decide
                    in_prolog = False
            if cell_pattern is None:
                if not in_prolog:
                    return 0
                continue
            window = tail + chunk
            cells += len(cell_pattern.findall(window)) - len(cell_pattern.findall(tail))
            tail = window[-16:]
            if cells_so_far + cells > gate.max_cells:
                raise too_many_cells(gate, extension)
    return cells


def entity_bomb(extension: str, part: str) -> UploadRefused:
    return UploadRefused(
        f"This {extension} file has XML Office never writes (a document type declaration in "
        f"{part}, which can hide an 'entity expansion' attack), so Cairn refused to open it. "
        "Save it again from Office and upload the new copy."
    )


def too_many_cells(gate: Gate, extension: str) -> UploadRefused:
    return UploadRefused(
        f"This {extension} file has more than {gate.max_cells:,} cells, far more than Cairn "
        "expects here, so it was not read. Remove the sheets or rows that do not belong in "
        "it and upload it again."
    )


def too_slow(extension: str) -> UploadRefused:
    return UploadRefused(
        f"This {extension} file took too long to check, so Cairn did not read it. Remove "
        "content that does not belong in it (large sheets, images) and upload it again."
    )


def check_text_cells(gate: Gate, file: IO[bytes], extension: str, deadline: float) -> None:
    """An upper bound on a CSV's fields: separators plus line breaks, counted in chunks."""
    separator = b"\t" if extension == ".tsv" else b","
    cells = 0
    while chunk := file.read(CHUNK * 16):
        if time.monotonic() > deadline:
            raise too_slow(extension)
        cells += chunk.count(separator) + chunk.count(b"\n")
        if cells > gate.max_cells:
            raise too_many_cells(gate, extension)
