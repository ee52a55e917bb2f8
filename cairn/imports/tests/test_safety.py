"""Bad files are refused before any reader opens them, with a message a coordinator can act on."""

from __future__ import annotations

import io
import zipfile
from pathlib import Path

import docx
import openpyxl
import pytest

from cairn.imports import safety
from cairn.imports.grid import UnreadableDocument

OLE_HEADER = safety.OLE_MAGIC + b"\x00" * 504


def write(directory: Path, name: str, content: bytes) -> Path:
    path = directory / name
    path.write_bytes(content)
    return path


def word_document(directory: Path, name: str = "plan.docx") -> Path:
    document = docx.Document()
    document.add_paragraph("Action plan")
    document.save(str(directory / name))
    return directory / name


def workbook(directory: Path, name: str = "plan.xlsx") -> Path:
    book = openpyxl.Workbook()
    book.active["A1"] = "Action"
    book.save(directory / name)
    return directory / name


def zip_bomb(path: Path, main_part: str, size: int = 300 * 1024 * 1024) -> Path:
    """A valid-looking Office zip with one member that inflates to `size` bytes of zeros."""
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED, compresslevel=9) as archive:
        archive.writestr("[Content_Types].xml", "<Types/>")
        archive.writestr(main_part, "<document/>")
        with archive.open("word/media/padding.bin", "w", force_zip64=True) as member:
            chunk = b"\x00" * (1024 * 1024)
            for _ in range(size // len(chunk)):
                member.write(chunk)
    return path


def configure(monkeypatch: pytest.MonkeyPatch, name: str, value: str) -> None:
    """Set a limit the way an administrator would: the environment, or settings when
    Django is configured (settings win)."""
    monkeypatch.setenv(name, value)
    from django.conf import settings

    if settings.configured:
        monkeypatch.setattr(settings, name, value, raising=False)


def refusal(path: Path) -> str:
    with pytest.raises(UnreadableDocument) as error:
        safety.check_file(path)
    return str(error.value)


def test_good_word_excel_pdf_and_text_files_pass(tmp_path: Path) -> None:
    assert safety.check_file(word_document(tmp_path)) == ".docx"
    assert safety.check_file(workbook(tmp_path)) == ".xlsx"
    assert safety.check_file(write(tmp_path, "plan.pdf", b"%PDF-1.4\n%...")) == ".pdf"
    assert safety.check_file(write(tmp_path, "plan.csv", b"Action,Lead\nA,B\n")) == ".csv"
    assert safety.check_file(write(tmp_path, "plan.TXT", b"Action\tLead\n")) == ".txt"


def test_empty_file_is_refused(tmp_path: Path) -> None:
    assert "is empty" in refusal(write(tmp_path, "plan.docx", b""))


def test_file_over_the_configured_limit_is_refused(tmp_path: Path, monkeypatch) -> None:
    configure(monkeypatch, "CAIRN_IMPORT_MAX_BYTES", "100")
    message = refusal(write(tmp_path, "plan.txt", b"x" * 101))
    assert "larger than" in message
    assert "CAIRN_IMPORT_MAX_BYTES" in message


def test_default_size_limit_is_twenty_megabytes(monkeypatch) -> None:
    monkeypatch.delenv("CAIRN_IMPORT_MAX_BYTES", raising=False)
    from django.conf import settings

    if settings.configured:
        monkeypatch.delattr(settings, "CAIRN_IMPORT_MAX_BYTES", raising=False)
    assert safety.max_bytes() == 20 * 1024 * 1024


def test_size_limit_that_is_not_a_number_is_a_configuration_error(monkeypatch) -> None:
    configure(monkeypatch, "CAIRN_IMPORT_MAX_BYTES", "twenty")
    with pytest.raises(ValueError, match="CAIRN_IMPORT_MAX_BYTES"):
        safety.max_bytes()


def test_unsupported_type_is_refused_with_what_cairn_reads(tmp_path: Path) -> None:
    message = refusal(write(tmp_path, "plan.exe", b"MZ\x90\x00"))
    assert "cannot read this type" in message
    assert ".docx" in message


def test_old_word_format_is_refused_with_advice_to_save_as_docx(tmp_path: Path) -> None:
    assert "save it as Word (.docx)" in refusal(write(tmp_path, "plan.doc", OLE_HEADER))


def test_corrupt_docx_is_refused(tmp_path: Path) -> None:
    content = word_document(tmp_path).read_bytes()
    damaged = write(tmp_path, "damaged.docx", content[: len(content) // 2])
    assert "damaged" in refusal(damaged)


def test_encrypted_docx_is_refused_as_password_protected(tmp_path: Path) -> None:
    encrypted = OLE_HEADER + "EncryptedPackage".encode("utf-16-le") + b"\x00" * 64
    assert "password-protected" in refusal(write(tmp_path, "plan.docx", encrypted))
    assert "password-protected" in refusal(write(tmp_path, "plan.xlsx", encrypted))


def test_old_excel_file_renamed_xlsx_is_refused_as_old_format(tmp_path: Path) -> None:
    assert "old-style Office file" in refusal(write(tmp_path, "plan.xlsx", OLE_HEADER))


def test_pdf_named_docx_is_refused_with_its_real_type(tmp_path: Path) -> None:
    message = refusal(write(tmp_path, "plan.docx", b"%PDF-1.7\n1 0 obj\n"))
    assert "really a PDF" in message


def test_word_document_named_pdf_is_refused(tmp_path: Path) -> None:
    renamed = write(tmp_path, "plan.pdf", word_document(tmp_path).read_bytes())
    assert "not a PDF" in refusal(renamed) or "Office document" in refusal(renamed)


def test_workbook_named_docx_is_refused_with_its_real_type(tmp_path: Path) -> None:
    renamed = write(tmp_path, "plan.docx", workbook(tmp_path).read_bytes())
    assert "really an Excel workbook" in refusal(renamed)


def test_zip_that_is_not_an_office_document_is_refused(tmp_path: Path) -> None:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("notes.txt", "hello")
    assert "not a Word document" in refusal(write(tmp_path, "plan.docx", buffer.getvalue()))


def test_binary_file_named_csv_is_refused(tmp_path: Path) -> None:
    assert "binary data" in refusal(write(tmp_path, "plan.csv", b"\x00\x01\x02" * 10))


def test_pdf_named_txt_is_refused(tmp_path: Path) -> None:
    assert "really a .pdf" in refusal(write(tmp_path, "plan.txt", b"%PDF-1.4\n"))


@pytest.mark.parametrize(
    ("name", "main_part"), [("bomb.docx", "word/document.xml"), ("bomb.xlsx", "xl/workbook.xml")]
)
def test_zip_bomb_dressed_as_office_document_is_refused(
    tmp_path: Path, name: str, main_part: str
) -> None:
    bomb = zip_bomb(tmp_path / name, main_part)
    assert bomb.stat().st_size < 2 * 1024 * 1024  # small on disk, 300 MB inflated
    assert "zip bomb" in refusal(bomb)


def test_member_with_an_extreme_compression_ratio_is_refused(tmp_path: Path) -> None:
    # Under the total limit, but 50 MB of zeros in a few kilobytes is no Office part.
    bomb = zip_bomb(tmp_path / "ratio.docx", "word/document.xml", size=50 * 1024 * 1024)
    assert "zip bomb" in refusal(bomb)
