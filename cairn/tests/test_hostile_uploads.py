"""Hostile files, against both uploads (a plan to import, an update sheet): each is refused by
the upload safety gate with a clear message in under 2 seconds and under 200 MB of memory.

Random bytes under every extension, zip bombs (one huge member, a huge total, too many
members), XML entity bombs ("billion laughs"), a sheet of a million cells (and a CSV of a
million fields), and encrypted workbooks. Each kind runs in a fresh Python process, so its
peak memory (VmHWM) and its time (CPU time, so that other programs on a busy
machine do not count) are its own: Django set up, then the file read through the
same entry points the pages use (`imports.uploads.read_plan`, `reviews.sheets.read_sheet`).
"""

from __future__ import annotations

import json
import random
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

from cairn.lib.upload_safety import OLE_MAGIC

ROOT = Path(__file__).resolve().parents[2]
SECONDS = 2.0
MEGABYTES = 200

CONTENT_TYPES = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
    '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
    '<Default Extension="xml" ContentType="application/xml"/></Types>'
)
WORKBOOK = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
    '<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
    '<sheets><sheet name="Updates" sheetId="1"/></sheets></workbook>'
)
LAUGHS = (
    '<?xml version="1.0"?>\n<!DOCTYPE lolz [<!ENTITY lol "lol">'
    + "".join(
        f'<!ENTITY lol{n} "{("&lol" + (str(n - 1) if n > 1 else "") + ";") * 10}">'
        for n in range(1, 10)
    )
    + "]>\n"
)


def office_zip(path: Path, parts: dict[str, str | bytes], level: int = 6) -> Path:
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED, compresslevel=level) as archive:
        for name, content in parts.items():
            archive.writestr(name, content)
    return path


def workbook_parts(**extra: str | bytes) -> dict[str, str | bytes]:
    return {"[Content_Types].xml": CONTENT_TYPES, "xl/workbook.xml": WORKBOOK, **extra}


def document_parts(**extra: str | bytes) -> dict[str, str | bytes]:
    document = (
        '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"/>'
    )
    return {"[Content_Types].xml": CONTENT_TYPES, "word/document.xml": document, **extra}


def zeros_member(path: Path, parts: dict, member: str, megabytes: int) -> Path:
    """An Office zip with one extra member that inflates to `megabytes` of zeros."""
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED, compresslevel=1) as archive:
        for name, content in parts.items():
            archive.writestr(name, content)
        with archive.open(member, "w", force_zip64=True) as out:
            chunk = b"\0" * (1024 * 1024)
            for _ in range(megabytes):
                out.write(chunk)
    return path


def million_cells(path: Path) -> Path:
    """A real-looking workbook whose one sheet has 1,000 rows of 1,000 cells."""
    row_cells = "".join(f'<c t="n"><v>{n}</v></c>' for n in range(1000))
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED, compresslevel=1) as archive:
        for name, content in workbook_parts().items():
            archive.writestr(name, content)
        with archive.open("xl/worksheets/sheet1.xml", "w", force_zip64=True) as out:
            out.write(
                b'<?xml version="1.0"?><worksheet xmlns="http://schemas.openxmlformats.org/'
                b'spreadsheetml/2006/main"><sheetData>'
            )
            row = f"<row>{row_cells}</row>".encode()
            for _ in range(1000):
                out.write(row)
            out.write(b"</sheetData></worksheet>")
    return path


def encrypted(path: Path, padding: int = 0) -> Path:
    """An OLE compound file holding an EncryptedPackage stream, as Office writes."""
    content = OLE_MAGIC + b"\0" * (504 + padding) + "EncryptedPackage".encode("utf-16-le")
    path.write_bytes(content + b"\0" * 4096)
    return path


IMPORT_EXTENSIONS = [".docx", ".xlsx", ".xlsm", ".pdf", ".csv", ".tsv", ".txt", ".md"]


def hostile_files(folder: Path) -> dict[str, list[Path]]:
    """{kind: files} (made once: the bombs take a moment to write)."""
    rng = random.Random(10)
    noise = folder / "random"
    noise.mkdir()
    randoms = []
    for extension in IMPORT_EXTENSIONS:
        path = noise / f"random{extension}"
        path.write_bytes(rng.randbytes(256 * 1024))
        randoms.append(path)
    zips = folder / "zips"
    zips.mkdir()
    laughs = LAUGHS + "<lolz>&lol9;</lolz>"
    sheet_laughs = LAUGHS.replace("lolz", "worksheet") + "<worksheet>&lol9;</worksheet>"
    return {
        "random bytes": randoms,
        "zip bombs": [
            zeros_member(zips / "ratio.xlsx", workbook_parts(), "xl/worksheets/sheet1.xml", 60),
            zeros_member(zips / "total.xlsx", workbook_parts(), "xl/media/image1.png", 260),
            zeros_member(zips / "ratio.docx", document_parts(), "word/media/image1.png", 60),
            office_zip(
                zips / "members.xlsx",
                workbook_parts(**{f"xl/media/{n}.xml": "<a/>" for n in range(10_050)}),
                level=1,
            ),
        ],
        "xml entity bombs": [
            office_zip(zips / "laughs.xlsx", workbook_parts(**{"xl/sharedStrings.xml": laughs})),
            office_zip(
                zips / "sheet-laughs.xlsx",
                workbook_parts(**{"xl/worksheets/sheet1.xml": sheet_laughs}),
            ),
            office_zip(
                zips / "workbook-laughs.xlsx",
                {
                    **workbook_parts(),
                    "xl/workbook.xml": LAUGHS.replace("lolz", "workbook")
                    + "<workbook>&lol9;</workbook>",
                },
            ),
            office_zip(
                zips / "laughs.docx",
                {**document_parts(), "word/document.xml": laughs.replace("lolz", "document")},
            ),
        ],
        "a million cells": [
            million_cells(zips / "million.xlsx"),
            write(folder / "million.csv", (",".join(["x"] * 1000) + "\n") * 1000),
        ],
        "encrypted workbooks": [
            encrypted(folder / "encrypted.xlsx"),
            encrypted(folder / "encrypted-late.xlsx", padding=20_000),
            encrypted(folder / "encrypted.docx"),
        ],
    }


def write(path: Path, text: str) -> Path:
    path.write_text(text)
    return path


MEASURE = r"""
import json, sys, time
import django
django.setup()
from cairn.imports.grid import UnreadableDocument
from cairn.imports.uploads import read_plan
from cairn.reviews.sheets import SheetRefused, read_sheet

results = []
for path in json.loads(sys.argv[1]):
    for upload in ("import", "update sheet"):
        if upload == "update sheet" and not path.endswith(".xlsx"):
            continue
        started, cpu = time.perf_counter(), time.process_time()
        try:
            if upload == "import":
                read_plan(path)
            else:
                read_sheet(open(path, "rb").read(), None, None)
        except (UnreadableDocument, SheetRefused) as refusal:
            message = str(refusal)
        else:
            message = None
        results.append({"file": path, "upload": upload, "message": message,
                        "seconds": time.perf_counter() - started,
                        "cpu_seconds": time.process_time() - cpu})
# VmHWM, not getrusage's ru_maxrss: Linux keeps ru_maxrss across exec, so a child of a
# large pytest process would report the parent's peak as its own.
with open("/proc/self/status") as status:
    peak = next(int(line.split()[1]) for line in status if line.startswith("VmHWM:")) / 1024
print(json.dumps({"results": results, "peak_megabytes": peak}))
"""


@pytest.fixture(scope="module")
def hostile(tmp_path_factory) -> dict[str, list[Path]]:
    return hostile_files(tmp_path_factory.mktemp("hostile"))


@pytest.mark.parametrize(
    "kind",
    ["random bytes", "zip bombs", "xml entity bombs", "a million cells", "encrypted workbooks"],
)
def test_hostile_files_are_refused_quickly_in_little_memory(hostile, kind):
    files = [str(path) for path in hostile[kind]]
    done = subprocess.run(
        [sys.executable, "-c", MEASURE, json.dumps(files)],
        capture_output=True,
        text=True,
        timeout=300,
        cwd=ROOT,
        env={"DJANGO_SETTINGS_MODULE": "cairn.settings", "PATH": "/usr/bin:/bin"}
        | {k: v for k, v in __import__("os").environ.items() if k in {"DATABASE_URL", "HOME"}},
    )
    assert done.returncode == 0, done.stderr[-3000:]
    report = json.loads(done.stdout.strip().splitlines()[-1])
    results = report["results"]
    assert {r["file"] for r in results} == set(files)
    assert any(r["upload"] == "update sheet" for r in results) or kind == "random bytes"
    for result in results:
        where = f"{Path(result['file']).name} as {result['upload']}"
        assert result["message"], f"{where} was not refused"
        # The work done (CPU time): on a busy machine the clock also counts other programs.
        assert result["cpu_seconds"] < SECONDS, (
            f"{where} took {result['cpu_seconds']:.2f} s of work ({result['seconds']:.2f} s)"
        )
    assert report["peak_megabytes"] < MEGABYTES, (
        f"{kind}: the process peaked at {report['peak_megabytes']:.0f} MB"
    )


@pytest.mark.parametrize(
    ("kind", "words"),
    [
        ("zip bombs", "zip bomb"),
        ("xml entity bombs", "entity expansion"),
        ("encrypted workbooks", "password-protected"),
    ],
)
def test_each_refusal_says_what_is_wrong(hostile, kind, words):
    from cairn.imports.safety import check_file

    for path in hostile[kind]:
        with pytest.raises(Exception, match=words):
            check_file(path)


def test_a_million_cells_are_refused_as_too_many_cells(hostile):
    from cairn.imports.safety import check_file

    for path in hostile["a million cells"]:
        with pytest.raises(Exception, match="cells"):
            check_file(path)
