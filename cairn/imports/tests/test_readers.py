"""Readers turn small hand-built documents into the grid the interpreter expects."""

from __future__ import annotations

import contextlib
import os
import random
from pathlib import Path

import docx
import openpyxl
import pypdfium2
import pytest
from docx.enum.text import WD_BREAK
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from openpyxl.styles import Font

from cairn.imports import safety
from cairn.imports.grid import Block, Cell, Document, Row, UnreadableDocument
from cairn.imports.readers import csv as csv_reader
from cairn.imports.readers import docx as docx_reader
from cairn.imports.readers import pdf as pdf_reader
from cairn.imports.readers import pdf_content
from cairn.imports.readers import xlsx as xlsx_reader
from cairn.imports.tests import renderings

HEADER = ["Action", "Lead", "Deadline"]
needs_libreoffice = pytest.mark.skipif(
    renderings.libreoffice() is None and os.environ.get("CI") != "true",
    reason="LibreOffice is not installed (CI installs it)",
)


def tables(document: Document) -> list[Block]:
    return [block for block in document.blocks if block.is_table]


def texts(block: Block) -> list[list[str]]:
    return [[cell.text for cell in row.cells] for row in block.rows or []]


def mark_header(row) -> None:  # noqa: ANN001
    properties = row._tr.get_or_add_trPr()
    header = OxmlElement("w:tblHeader")
    header.set(qn("w:val"), "true")
    properties.append(header)


def word_table(document, rows: list[list[str]], style: str | None = "Table Grid"):  # noqa: ANN001, ANN201
    table = document.add_table(rows=0, cols=len(rows[0]))
    if style:
        table.style = style
    for values in rows:
        cells = table.add_row().cells
        for cell, value in zip(cells, values, strict=True):
            cell.text = value
    return table


# --- Word --------------------------------------------------------------------------------


def test_docx_keeps_paragraphs_between_tables_in_order_with_heading_level_and_bold(
    tmp_path: Path,
) -> None:
    document = docx.Document()
    document.add_heading("Domestic Abuse Action Plan", level=1)
    word_table(document, [HEADER, ["Run a campaign", "Police", "March 2015"]])
    document.add_paragraph().add_run("Theme two: Support").bold = True
    word_table(document, [HEADER, ["Open a refuge", "Council", "Ongoing"]])
    document.save(tmp_path / "plan.docx")

    blocks = docx_reader.read(tmp_path / "plan.docx").blocks

    assert [block.is_table for block in blocks] == [False, True, False, True]
    assert blocks[0].text == "Domestic Abuse Action Plan" and blocks[0].heading_level == 1
    assert blocks[2].text == "Theme two: Support" and blocks[2].bold
    assert blocks[2].heading_level is None
    assert texts(blocks[3])[1] == ["Open a refuge", "Council", "Ongoing"]
    assert blocks[3].rows[1].cells[0].source == "table 2, row 2, column 1"


def test_docx_merged_cells_appear_once_with_their_spans(tmp_path: Path) -> None:
    document = docx.Document()
    table = word_table(
        document,
        [["Objective", *HEADER], ["Theme one", "", "", ""], ["Reduce harm", "A", "B", "C"]]
        + [["", "D", "E", "F"]],
    )
    table.cell(1, 0).merge(table.cell(1, 3))  # a section row across the table
    table.cell(2, 0).merge(table.cell(3, 0))  # an objective over its two actions
    document.save(tmp_path / "merged.docx")

    block = tables(docx_reader.read(tmp_path / "merged.docx"))[0]

    section = block.rows[1].cells
    assert len(section) == 1 and section[0].colspan == 4 and section[0].text == "Theme one"
    objective = block.rows[2].cells[0]
    assert objective.text == "Reduce harm" and objective.rowspan == 2
    assert texts(block)[3] == ["D", "E", "F"]  # covered position left out, text not repeated


def test_docx_bullet_paragraphs_in_a_cell_become_bullets(tmp_path: Path) -> None:
    document = docx.Document()
    table = word_table(document, [HEADER, ["", "", ""]])
    cell = table.cell(1, 0)
    cell.paragraphs[0].add_run("Set up a working group").bold = True
    cell.add_paragraph("Review bail breaches", style="List Bullet")
    cell.add_paragraph("Monitor the police approach", style="List Number")
    cell.add_paragraph("• Typed bullet")
    document.save(tmp_path / "bullets.docx")

    action = tables(docx_reader.read(tmp_path / "bullets.docx"))[0].rows[1].cells[0]

    assert action.bullets == ["Review bail breaches", "Monitor the police approach", "Typed bullet"]
    assert action.text.splitlines() == ["Set up a working group", *action.bullets]
    assert not action.bold  # only the first line is bold


def test_docx_bold_cell_is_bold(tmp_path: Path) -> None:
    document = docx.Document()
    table = word_table(document, [HEADER, ["", "Police", "2016"]])
    table.cell(1, 0).paragraphs[0].add_run("Conduct needs analysis").bold = True
    document.save(tmp_path / "bold.docx")

    row = tables(docx_reader.read(tmp_path / "bold.docx"))[0].rows[1]

    assert row.cells[0].bold and not row.cells[1].bold


def test_docx_table_continued_after_page_break_with_repeated_header_is_one_table(
    tmp_path: Path,
) -> None:
    document = docx.Document()
    first = word_table(document, [HEADER, ["One", "Police", "2016"]])
    mark_header(first.rows[0])
    document.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
    word_table(document, [HEADER, ["Two", "NHS", "2017"]])
    document.save(tmp_path / "continued.docx")

    found = tables(docx_reader.read(tmp_path / "continued.docx"))

    assert len(found) == 1
    assert texts(found[0]) == [HEADER, ["One", "Police", "2016"], ["Two", "NHS", "2017"]]


def test_docx_header_row_typed_again_inside_a_table_is_dropped(tmp_path: Path) -> None:
    document = docx.Document()
    word_table(document, [HEADER, ["One", "Police", "2016"], HEADER, ["Two", "NHS", "2017"]])
    document.save(tmp_path / "repeated.docx")

    found = tables(docx_reader.read(tmp_path / "repeated.docx"))[0]

    assert texts(found) == [HEADER, ["One", "Police", "2016"], ["Two", "NHS", "2017"]]


def test_docx_tables_with_different_headers_stay_apart(tmp_path: Path) -> None:
    document = docx.Document()
    word_table(document, [["Vision", "Reduce harm"]])
    document.add_paragraph()
    word_table(document, [HEADER, ["One", "Police", "2016"]])
    document.save(tmp_path / "two.docx")

    assert len(tables(docx_reader.read(tmp_path / "two.docx"))) == 2


def test_docx_nested_table_is_flattened_into_lines_of_its_cell(tmp_path: Path) -> None:
    document = docx.Document()
    table = word_table(document, [["Action", "Milestones"], ["Helpline", ""]])
    nested = table.cell(1, 1).add_table(rows=2, cols=2)
    for row, (step, due) in enumerate([("Helpline available", "Apr 2008"), ("Publicised", "")]):
        nested.cell(row, 0).text = step
        nested.cell(row, 1).text = due
    document.save(tmp_path / "nested.docx")

    cell = tables(docx_reader.read(tmp_path / "nested.docx"))[0].rows[1].cells[1]

    assert cell.text == "Helpline available - Apr 2008\nPublicised"
    assert cell.bullets == ["Helpline available - Apr 2008", "Publicised"]


# --- Excel and CSV -----------------------------------------------------------------------


def test_xlsx_title_rows_above_the_header_become_paragraphs(tmp_path: Path) -> None:
    book = openpyxl.Workbook()
    sheet = book.active
    sheet["A1"] = "Safer Partnership Delivery Plan"
    sheet["A1"].font = Font(bold=True)
    sheet["A2"] = "2015 - 2020"
    for row in ([None], HEADER, ["Run a campaign", "Police", "March 2015"]):
        sheet.append(row)
    book.save(tmp_path / "plan.xlsx")

    blocks = xlsx_reader.read(tmp_path / "plan.xlsx").blocks

    assert [block.text for block in blocks[:2]] == [
        "Safer Partnership Delivery Plan",
        "2015 - 2020",
    ]
    assert blocks[0].bold
    assert texts(blocks[2]) == [HEADER, ["Run a campaign", "Police", "March 2015"]]
    assert blocks[2].rows[1].cells[1].source == "Sheet!B5"


def test_xlsx_merged_cells_bold_bullets_and_repeated_header(tmp_path: Path) -> None:
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = "Plan"
    sheet.append(HEADER)
    sheet.append(["Theme one"])
    sheet.merge_cells("A2:C2")
    sheet.append(["Reduce harm", "• Police\n• Council", "2016"])
    sheet.append([None, "NHS", "2017"])
    sheet.merge_cells("A3:A4")
    sheet["A3"].font = Font(bold=True)
    sheet.append(HEADER)  # pasted from a paged document
    sheet.append(["Another", "Police", "2018"])
    book.save(tmp_path / "merged.xlsx")

    rows = tables(xlsx_reader.read(tmp_path / "merged.xlsx"))[0].rows

    assert len(rows) == 5
    assert rows[1].cells[0].colspan == 3 and len(rows[1].cells) == 1
    action = rows[2].cells[0]
    assert action.rowspan == 2 and action.bold and action.source == "Plan!A3"
    assert rows[2].cells[1].bullets == ["Police", "Council"]
    assert [cell.text for cell in rows[3].cells] == ["NHS", "2017"]


def test_xlsx_each_sheet_is_a_table_after_its_name(tmp_path: Path) -> None:
    book = openpyxl.Workbook()
    book.active.title = "Prevention"
    book.active.append(HEADER)
    book.active.append(["One", "Police", "2016"])
    support = book.create_sheet("Support")
    support.append(HEADER)
    support.append(["Two", "NHS", "2017"])
    book.save(tmp_path / "sheets.xlsx")

    blocks = xlsx_reader.read(tmp_path / "sheets.xlsx").blocks

    assert [block.text for block in blocks if not block.is_table] == ["Prevention", "Support"]
    assert [texts(block)[1][0] for block in blocks if block.is_table] == ["One", "Two"]
    assert blocks[0].bold and blocks[0].heading_level is None  # a section, not the title


def test_csv_with_semicolons_in_windows_encoding(tmp_path: Path) -> None:
    content = "Action;Lead;Deadline\nRéview “policy”;Police;2016\n".encode("cp1252")
    (tmp_path / "plan.csv").write_bytes(content)

    block = tables(csv_reader.read(tmp_path / "plan.csv"))[0]

    assert texts(block) == [HEADER, ["Réview “policy”", "Police", "2016"]]
    assert block.rows[1].cells[2].source == "plan!C2"


def test_csv_with_byte_order_mark_and_quoted_newlines(tmp_path: Path) -> None:
    content = '\ufeffAction,Lead,Deadline\n"Run, then review","• Police\n• NHS",2016\n'
    (tmp_path / "plan.csv").write_bytes(content.encode("utf-8"))

    rows = tables(csv_reader.read(tmp_path / "plan.csv"))[0].rows

    assert rows[0].cells[0].text == "Action"
    assert rows[1].cells[0].text == "Run, then review"
    assert rows[1].cells[1].bullets == ["Police", "NHS"]


def test_tsv_title_line_then_table(tmp_path: Path) -> None:
    (tmp_path / "plan.tsv").write_text("Delivery plan\n\nAction\tLead\tDeadline\nOne\tA\t2016\n")

    blocks = csv_reader.read(tmp_path / "plan.tsv").blocks

    assert blocks[0].text == "Delivery plan"
    assert texts(blocks[1]) == [HEADER, ["One", "A", "2016"]]


# --- PDF ---------------------------------------------------------------------------------


def tiny_pdf(content: bytes = b"", resources: bytes = b"") -> bytes:
    """A one-page PDF whose page draws `content` (no text: an image-only page)."""
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 200 200] %s/Contents 4 0 R >>" % resources,
        b"<< /Length %d >>\nstream\n" % len(content) + content + b"\nendstream",
    ]
    out = b"%PDF-1.4\n"
    offsets = []
    for number, body in enumerate(objects, 1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % number + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % offset for offset in offsets)
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (
        len(objects) + 1,
        xref,
    )
    return out


def test_pdf_without_text_layer_is_refused_as_a_scan(tmp_path: Path) -> None:
    scan = tmp_path / "scan.pdf"
    scan.write_bytes(tiny_pdf(b"0 0 m 100 100 l S"))

    with pytest.raises(UnreadableDocument, match="no text layer: it is a scan"):
        pdf_reader.read(scan)


def test_encrypted_pdf_is_refused_as_password_protected(tmp_path: Path) -> None:
    pypdf = pytest.importorskip("pypdf")
    writer = pypdf.PdfWriter()
    writer.append(pypdf.PdfReader(_bytes_io(tiny_pdf())))
    writer.encrypt(user_password="secret", owner_password="owner")
    with (tmp_path / "locked.pdf").open("wb") as file:
        writer.write(file)

    with pytest.raises(UnreadableDocument, match="password-protected"):
        pdf_reader.read(tmp_path / "locked.pdf")


def _bytes_io(content: bytes):  # noqa: ANN202
    import io

    return io.BytesIO(content)


def pdf_of(document, directory: Path, name: str) -> Path:  # noqa: ANN001
    document.save(directory / f"{name}.docx")
    return renderings.convert_to_pdf(directory / f"{name}.docx", directory)


@needs_libreoffice
def test_pdf_ruled_table_with_paragraphs_bold_and_bullets(tmp_path: Path) -> None:
    document = docx.Document()
    document.add_heading("Delivery Plan", level=1)
    document.add_paragraph("Theme one: Prevention")
    table = word_table(document, [HEADER, ["", "Police", "March 2015"], ["Section", "", ""]])
    table.cell(1, 0).paragraphs[0].add_run("Run a campaign").bold = True
    table.cell(1, 1).add_paragraph("Council", style="List Bullet")
    table.cell(2, 0).merge(table.cell(2, 2))
    document.add_paragraph("Theme two: Support")

    blocks = pdf_reader.read(pdf_of(document, tmp_path, "ruled")).blocks

    assert [block.text for block in blocks if not block.is_table] == [
        "Delivery Plan",
        "Theme one: Prevention",
        "Theme two: Support",
    ]
    assert blocks[0].heading_level == 1
    block = tables(Document(blocks))[0]
    assert texts(block)[0] == HEADER
    action, lead, deadline = block.rows[1].cells
    assert action.text == "Run a campaign" and action.bold
    assert lead.bullets == ["Council"] and lead.text == "Police\nCouncil"
    assert deadline.text == "March 2015"
    assert block.rows[2].cells[0].colspan == 3


@needs_libreoffice
def test_pdf_unruled_table_is_found_by_alignment(tmp_path: Path) -> None:
    document = docx.Document()
    document.add_paragraph("Action plan")
    rows = [HEADER] + [[f"Action {n}", f"Agency {n}", f"March 20{n + 10}"] for n in range(5)]
    word_table(document, rows, style=None)

    found = tables(pdf_reader.read(pdf_of(document, tmp_path, "unruled")))

    assert len(found) == 1
    assert [cell.text for cell in found[0].rows[-1].cells] == ["Action 4", "Agency 4", "March 2014"]


@needs_libreoffice
def test_pdf_table_across_pages_with_repeated_header_is_one_table(tmp_path: Path) -> None:
    document = docx.Document()
    rows = [HEADER] + [[f"Action {n}", "Police", "2016"] for n in range(80)]
    table = word_table(document, rows)
    mark_header(table.rows[0])

    found = tables(pdf_reader.read(pdf_of(document, tmp_path, "long")))

    assert len(found) == 1
    assert texts(found[0])[0] == HEADER
    assert [row[0] for row in texts(found[0])[1:]] == [f"Action {n}" for n in range(80)]


def cut_row_pages(end: pdf_reader.RowEnd, rest: list[str]) -> list[pdf_reader.PageBlocks]:
    """Two pages of one table with its header repeated: the first ends with action 1.1,
    the second starts with `rest` and then action 1.2."""

    def table(*rows: list[str]) -> Block:
        return Block(rows=[Row(cells=[Cell(text=text) for text in row]) for row in rows])

    header = ["Ref", "Action", "Lead"]
    return [
        pdf_reader.PageBlocks(
            blocks=[table(header, ["1.1", "Run a campaign in schools and", "Police"])],
            has_text=True,
            table_end=end,
        ),
        pdf_reader.PageBlocks(
            blocks=[table(header, rest, ["1.2", "Train staff", "Council"])], has_text=True
        ),
    ]


def test_pdf_row_cut_by_a_page_break_is_joined_again() -> None:
    end = pdf_reader.RowEnd(bottom=570, page_height=612, line=13.5, running={1})

    blocks = pdf_reader.join_pages(cut_row_pages(end, ["", "in libraries", ""]))

    assert texts(blocks[0]) == [
        ["Ref", "Action", "Lead"],
        ["1.1", "Run a campaign in schools and in libraries", "Police"],
        ["1.2", "Train staff", "Council"],
    ]


@pytest.mark.parametrize(
    ("end", "rest"),
    [
        # the row ended well above the bottom of the page: the next row is a row of its own
        (pdf_reader.RowEnd(bottom=300, page_height=612, line=13.5, running={1}), ["", "Brief"]),
        # the lead ran to the break, but the action did not: a new row under the same ref
        (pdf_reader.RowEnd(bottom=570, page_height=612, line=13.5, running={2}), ["", "Brief"]),
        # the next row has its own number
        (pdf_reader.RowEnd(bottom=570, page_height=612, line=13.5, running={0, 1}), ["1.1a", "B"]),
    ],
)
def test_pdf_row_at_the_top_of_a_page_is_kept_when_no_row_was_cut(
    end: pdf_reader.RowEnd, rest: list[str]
) -> None:
    rest = [*rest, ""][:3]

    blocks = pdf_reader.join_pages(cut_row_pages(end, rest))

    assert texts(blocks[0])[1:3] == [["1.1", "Run a campaign in schools and", "Police"], rest]


def test_pdf_word_that_ends_in_a_space_at_the_cell_edge_is_not_joined_to_the_next() -> None:
    lines = [
        pdf_reader.Line("Organisations", x0=196.1, x1=262.7, bullet=False, spaced=True),
        pdf_reader.Line("involved in the scheme", x0=196.1, x1=250.0, bullet=False),
    ]

    assert pdf_reader.group_lines(lines, right=270.6) == (
        ["Organisations involved in the scheme"],
        [],
    )


def test_pdf_broken_word_is_mended_unless_its_end_is_a_word_the_document_uses() -> None:
    break_ = pdf_reader.WORD_BREAK
    cells = [
        Cell(text=f"Work collaboratively{break_}with partners"),
        Cell(text=f"Act on the recommendati{break_}ons"),
        Cell(text=f"Recommendati{break_}on"),
        Cell(text="Meet with the police"),
    ]
    blocks = [Block(rows=[Row(cells=cells)])]

    pdf_reader.mend_broken_words(blocks)

    assert [cell.text for cell in cells] == [
        "Work collaboratively with partners",
        "Act on the recommendations",
        "Recommendation",  # two letters are as often the end of a broken word
        "Meet with the police",
    ]


@needs_libreoffice
def test_pdf_pages_read_through_pdfium_as_through_pdfplumber(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """pdfium's characters and lines give the same grid as pdfplumber's (pdfminer's)."""
    ruled = docx.Document()
    ruled.add_heading("Delivery Plan", level=1)
    ruled.add_paragraph("Theme one: Prevention")
    rows = [HEADER] + [[f"Action {n} for co-ordinated work", "Police", "2016"] for n in range(40)]
    table = word_table(ruled, rows)
    mark_header(table.rows[0])
    table.cell(1, 0).paragraphs[0].runs[0].bold = True
    table.cell(2, 1).add_paragraph("Council", style="List Bullet")
    table.cell(3, 0).merge(table.cell(3, 2))
    unruled = docx.Document()
    unruled.add_paragraph("Action plan")
    word_table(unruled, [HEADER] + [[f"Step {n}", f"Agency {n}", "2017"] for n in range(5)], None)
    paths = [pdf_of(ruled, tmp_path, "ruled"), pdf_of(unruled, tmp_path, "unruled")]

    through_pdfium = [pdf_reader.read(path) for path in paths]
    monkeypatch.setattr(pdf_content, "page_content", lambda page, number: None)
    through_pdfplumber = [pdf_reader.read(path) for path in paths]

    assert [len(tables(document)) for document in through_pdfium] == [1, 1]
    assert through_pdfium == through_pdfplumber


def pdf_with_font(content: bytes) -> bytes:
    """`tiny_pdf` with Helvetica as /F1."""
    font = b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>"
    return tiny_pdf(content, resources=b"/Resources << /Font << /F1 %s >> >> " % font)


def first_page_content(path: Path) -> pdf_content.PageContent | None:
    pdf = pdf_content.open_document(str(path))
    try:
        return pdf_content.page_content(pdf[0], 1)
    finally:
        pdf.close()


def test_pdf_page_with_rotated_text_is_read_through_pdfplumber(tmp_path: Path) -> None:
    path = tmp_path / "rotated.pdf"
    path.write_bytes(pdf_with_font(b"BT /F1 12 Tf 0 1 -1 0 100 50 Tm (Action) Tj ET"))
    assert first_page_content(path) is None

    document = pdf_reader.read(path)

    text = "".join(block.text or "" for block in document.blocks).replace(" ", "")
    assert sorted(text) == sorted("Action")  # in pdfplumber's order for rotated text


def test_pdf_page_with_upright_text_is_read_through_pdfium(tmp_path: Path) -> None:
    path = tmp_path / "upright.pdf"
    path.write_bytes(pdf_with_font(b"BT /F1 12 Tf 1 0 0 1 20 100 Tm (Action plan) Tj ET"))
    content = first_page_content(path)

    assert content is not None
    assert "".join(char["text"] for char in content.chars) == "Action plan"
    assert content.chars[0]["size"] == 12 and content.chars[0]["bottom"] == 100
    assert [block.text for block in pdf_reader.read(path).blocks] == ["Action plan"]


def test_pdf_that_pdfium_cannot_open_is_read_through_pdfplumber(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "odd.pdf"
    path.write_bytes(pdf_with_font(b"BT /F1 12 Tf 1 0 0 1 20 100 Tm (Action plan) Tj ET"))

    def refuse(source: object) -> None:
        raise pypdfium2.PdfiumError("Failed to load document (PDFium: Data format error).", 3)

    monkeypatch.setattr(pdf_content, "open_document", refuse)

    assert [block.text for block in pdf_reader.read(path).blocks] == ["Action plan"]


# --- any bytes: a Document or a clear refusal ---------------------------------------------

READERS = {
    ".docx": docx_reader.read,
    ".xlsx": xlsx_reader.read,
    ".xlsm": xlsx_reader.read,
    ".csv": csv_reader.read,
    ".tsv": csv_reader.read,
    ".pdf": pdf_reader.read,
}


def valid_samples(directory: Path) -> dict[str, bytes]:
    document = docx.Document()
    word_table(document, [HEADER, ["One", "Police", "2016"]])
    document.save(directory / "sample.docx")
    book = openpyxl.Workbook()
    book.active.append(HEADER)
    book.save(directory / "sample.xlsx")
    return {
        ".docx": (directory / "sample.docx").read_bytes(),
        ".xlsx": (directory / "sample.xlsx").read_bytes(),
        ".pdf": tiny_pdf(b"BT /F1 12 Tf 10 10 Td (Action) Tj ET"),
    }


SAMPLES = valid_samples(Path(__import__("tempfile").mkdtemp()))


def damaged(extension: str, data: bytes, seed: int) -> bytes:
    """A real document of the format with some bytes overwritten, or just random bytes."""
    base = SAMPLES.get(".xlsx" if extension == ".xlsm" else extension)
    if base is None or not data:
        return data
    generator = random.Random(seed)
    content = bytearray(base)
    for byte in data[:16]:
        content[generator.randrange(len(content))] = byte
    return bytes(content)


@settings(
    max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    extension=st.sampled_from(sorted(READERS)),
    data=st.binary(max_size=2048),
    seed=st.integers(0, 2**16),
    mutate=st.booleans(),
)
def test_any_bytes_give_a_document_or_a_clear_refusal(
    tmp_path: Path, extension: str, data: bytes, seed: int, mutate: bool
) -> None:
    path = tmp_path / f"upload{extension}"
    path.write_bytes(damaged(extension, data, seed) if mutate else data)
    with contextlib.suppress(UnreadableDocument):  # the readers must cope even unchecked
        safety.check_file(path)
    try:
        assert isinstance(READERS[extension](path), Document)
    except UnreadableDocument as refusal:
        assert str(refusal)
