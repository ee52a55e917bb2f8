"""Build .docx, .xlsx and .pdf renderings of the seed plans, for the format tests and bench.

A seed is text extracted from a real plan: tab-separated table rows with `<b>` and
`<ul><li>` fragments, paragraphs between tables, and a table's header typed again after
each page break (a blank line then the same first row). This module reads that layout
minimally and writes it back as the document a council would have had: bold runs, bullet
paragraphs, section rows merged across the table, the header repeated on each page.
"""

from __future__ import annotations

import html
import re
import shutil
import subprocess
import tempfile
from dataclasses import dataclass, field
from pathlib import Path

import docx
import openpyxl
from docx.enum.text import WD_BREAK
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt
from openpyxl.cell.rich_text import CellRichText, TextBlock
from openpyxl.cell.text import InlineFont
from openpyxl.styles import Alignment, Font

# --- reading a seed ----------------------------------------------------------------------


@dataclass
class Run:
    text: str
    bold: bool = False


@dataclass
class Paragraph:
    runs: list[Run]
    bullet: bool = False

    @property
    def text(self) -> str:
        return "".join(run.text for run in self.runs)


@dataclass
class TableChunk:
    """The rows of one page of a table."""

    rows: list[list[list[Paragraph]]] = field(default_factory=list)


@dataclass
class Table:
    chunks: list[TableChunk]

    @property
    def width(self) -> int:
        return max(len(row) for chunk in self.chunks for row in chunk.rows)


@dataclass
class Heading:
    paragraph: Paragraph
    level: int | None = None


Part = Heading | Table


LIST = re.compile(r"<(ul|ol)\b[^>]*>(.*?)(?:</\1>|$)", re.IGNORECASE | re.DOTALL)
"""A list, closed or (where the seed cut the cell short) running to the cell's end."""
ITEM = re.compile(r"<li\b[^>]*>(.*?)</li>", re.IGNORECASE | re.DOTALL)
BOLD = re.compile(r"<b>(.*?)</b>|\*\*(.*?)\*\*", re.IGNORECASE | re.DOTALL)
TAG = re.compile(r"<[^>]+>")


def runs(fragment: str) -> list[Run]:
    """Text with <b>/**bold** marks as runs; other tags dropped."""
    found: list[Run] = []
    position = 0
    for match in BOLD.finditer(fragment):
        found.append(Run(plain(fragment[position : match.start()])))
        found.append(Run(plain(match.group(1) or match.group(2) or ""), bold=True))
        position = match.end()
    found.append(Run(plain(fragment[position:])))
    return [run for run in found if run.text]


def plain(fragment: str) -> str:
    return re.sub(r"\s+", " ", html.unescape(TAG.sub(" ", fragment)))


def cell_paragraphs(text: str) -> list[Paragraph]:
    """A seed cell as paragraphs: text around lists, and one bullet paragraph per item."""
    paragraphs: list[Paragraph] = []
    position = 0
    for match in LIST.finditer(text):
        paragraphs.append(Paragraph(runs(text[position : match.start()])))
        for item in list_items(match.group(2)):
            paragraphs.append(Paragraph(runs(item), bullet=True))
        position = match.end()
    paragraphs.append(Paragraph(runs(text[position:])))
    kept = [trimmed(paragraph) for paragraph in paragraphs]
    return [paragraph for paragraph in kept if paragraph.text]


def list_items(inner: str) -> list[str]:
    """A list's items: its <li> elements, or text separated by typed bullets."""
    items = ITEM.findall(inner) or [inner]
    pieces = [piece for item in items for piece in re.split(r"[•▪●◦·]", item)]
    return [piece for piece in pieces if piece.strip()]


def trimmed(paragraph: Paragraph) -> Paragraph:
    if paragraph.runs:
        paragraph.runs[0].text = paragraph.runs[0].text.lstrip()
        paragraph.runs[-1].text = paragraph.runs[-1].text.rstrip()
    paragraph.runs = [run for run in paragraph.runs if run.text]
    return paragraph


def read_seed(path: Path) -> list[Part]:
    parts: list[Part] = []
    table: Table | None = None
    blank_since_row = False
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.strip() and set(line) <= set("-\t "):
            continue  # a text table's underline, not a row
        if "\t" in line:
            if table is None or blank_since_row and starts_other_table(table, line):
                table = Table(chunks=[TableChunk()])
                parts.append(table)
            elif blank_since_row:
                table.chunks.append(TableChunk())
            table.chunks[-1].rows.append([cell_paragraphs(cell) for cell in line.split("\t")])
            blank_since_row = False
        elif not line.strip():
            blank_since_row = table is not None
        else:
            table = None
            parts.append(heading(line))
    return parts


def starts_other_table(table: Table, line: str) -> bool:
    """After a blank line, a row of a very different width starts a new table (a small
    two-column table above the plan), not the next page of this one."""
    width = len(line.split("\t"))
    previous = len(table.chunks[-1].rows[-1])
    return min(width, previous) / max(width, previous) < 0.6


def heading(line: str) -> Heading:
    level = None
    text = line.strip()
    match = re.match(r"^(#+)\s+(.*)$", text)
    if match:
        level, text = len(match.group(1)), match.group(2)
    bullet = re.match(r"^-\s+(.*)$", text)
    if bullet:
        return Heading(Paragraph(runs(bullet.group(1)), bullet=True))
    return Heading(Paragraph(runs(text)), level)


def row_text(row: list[list[Paragraph]]) -> tuple[str, ...]:
    texts = tuple(" ".join(paragraph.text for paragraph in cell) for cell in row)
    return tuple(text for text in texts)


def repeated_prefix(table: Table, chunk: TableChunk) -> int:
    """How many rows at the top of `chunk` repeat the table's first rows (a page header)."""
    first = table.chunks[0].rows
    count = 0
    while (
        count < len(chunk.rows)
        and count < len(first) - 1
        and row_text(chunk.rows[count]) == row_text(first[count])
    ):
        count += 1
    return count


def section_span(row: list[list[Paragraph]], width: int) -> int | None:
    """The column a section row's merged cell starts at, when the layout implies one:
    a full-width row whose only text is in its first or second column."""
    filled = [index for index, cell in enumerate(row) if cell]
    if len(row) < width or len(filled) != 1 or filled[0] > 1 or width < 3:
        return None
    return filled[0]


# --- .docx -------------------------------------------------------------------------------


def write_docx(path: Path, parts: list[Part]) -> Path:
    document = docx.Document()
    document.styles["Normal"].font.size = Pt(9)
    set_landscape(document)
    previous: Part | None = None
    for part in parts:
        if isinstance(part, Heading):
            add_heading(document, part)
        else:
            if isinstance(previous, Table):
                document.add_paragraph()  # Word joins two tables that touch
            add_table(document, part)
        previous = part
    document.save(str(path))
    return path


def set_landscape(document: docx.document.Document) -> None:
    section = document.sections[0]
    section.page_width, section.page_height = section.page_height, section.page_width
    for side in ("left_margin", "right_margin", "top_margin", "bottom_margin"):
        setattr(section, side, Pt(36))


def add_heading(document: docx.document.Document, part: Heading) -> None:
    if part.level is not None:
        paragraph = document.add_heading("", level=min(part.level, 9))
    else:
        style = "List Bullet" if part.paragraph.bullet else None
        paragraph = document.add_paragraph(style=style)
    for run in part.paragraph.runs:
        paragraph.add_run(run.text).bold = run.bold or None


def add_table(document: docx.document.Document, table: Table) -> None:
    """One Word table per page of the seed: a page break, then the header repeated."""
    width = table.width
    repeats = [repeated_prefix(table, chunk) for chunk in table.chunks[1:]]
    header_rows = min((count for count in repeats if count), default=0)
    word_table = None
    for number, chunk in enumerate(table.chunks):
        starts_page = number == 0 or repeated_prefix(table, chunk) > 0
        if starts_page:
            if word_table is not None:
                document.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
            word_table = document.add_table(rows=0, cols=width)
            word_table.style = "Table Grid"
        for index, row in enumerate(chunk.rows):
            word_row = add_row(word_table, row, width)
            if starts_page and index < header_rows:
                mark_row(word_row, "w:tblHeader")
            if sum(len(paragraph.text) for cell in row for paragraph in cell) < 1000:
                mark_row(word_row, "w:cantSplit")  # a long row must still break to fit


def add_row(word_table: docx.table.Table, row: list[list[Paragraph]], width: int):  # noqa: ANN201
    word_row = word_table.add_row()
    start = section_span(row, width)
    for column, cell in enumerate(row[:width]):
        fill_cell(word_row.cells[column], cell)
    if start is not None:
        word_row.cells[start].merge(word_row.cells[width - 1])
    return word_row


def fill_cell(word_cell: docx.table._Cell, paragraphs: list[Paragraph]) -> None:
    first = True
    for paragraph in paragraphs:
        style = "List Bullet" if paragraph.bullet else None
        if first:
            word_paragraph = word_cell.paragraphs[0]
            if style:
                word_paragraph.style = style
            first = False
        else:
            word_paragraph = word_cell.add_paragraph(style=style)
        for run in paragraph.runs:
            word_paragraph.add_run(run.text).bold = run.bold or None


def mark_row(word_row: docx.table._Row, tag: str) -> None:
    properties = word_row._tr.get_or_add_trPr()
    properties.append(OxmlElement(tag))
    properties.find(qn(tag)).set(qn("w:val"), "true")


# --- .xlsx -------------------------------------------------------------------------------


def write_xlsx(path: Path, parts: list[Part]) -> Path:
    """One sheet per table, with the paragraphs before it as title rows above it; the
    page headers a paged document repeats are left out (a sheet has no pages)."""
    workbook = openpyxl.Workbook()
    workbook.remove(workbook.active)
    pending: list[Heading] = []
    sheet = None
    for part in parts:
        if isinstance(part, Heading):
            pending.append(part)
            continue
        sheet = workbook.create_sheet(f"Sheet{len(workbook.worksheets) + 1}")
        for row, title in enumerate(pending, 1):
            write_cell(sheet, row, 1, [title.paragraph])
        write_table(sheet, part, first_row=len(pending) + 1)
        pending = []
    if pending:
        sheet = sheet or workbook.create_sheet("Sheet1")
        row = sheet.max_row + 2
        for title in pending:
            write_cell(sheet, row, 1, [title.paragraph])
            row += 1
    workbook.save(path)
    return path


def write_table(sheet, table: Table, first_row: int) -> None:  # noqa: ANN001
    width = table.width
    row_number = first_row
    for number, chunk in enumerate(table.chunks):
        skip = repeated_prefix(table, chunk) if number else 0
        for row in chunk.rows[skip:]:
            for column, cell in enumerate(row[:width], 1):
                write_cell(sheet, row_number, column, cell)
            start = section_span(row, width)
            if start is not None:
                sheet.merge_cells(
                    start_row=row_number,
                    start_column=start + 1,
                    end_row=row_number,
                    end_column=width,
                )
            row_number += 1


def write_cell(sheet, row: int, column: int, paragraphs: list[Paragraph]) -> None:  # noqa: ANN001
    if not paragraphs:
        return
    lines = [("• " if paragraph.bullet else "", paragraph) for paragraph in paragraphs]
    every_run = [run for paragraph in paragraphs for run in paragraph.runs]
    cell = sheet.cell(row=row, column=column)
    cell.alignment = Alignment(wrap_text=True, vertical="top")
    if all(run.bold for run in every_run):
        cell.value = "\n".join(mark + paragraph.text for mark, paragraph in lines)
        cell.font = Font(bold=True)
    elif any(run.bold for run in every_run):
        cell.value = rich_cell(lines)
    else:
        cell.value = "\n".join(mark + paragraph.text for mark, paragraph in lines)


def rich_cell(lines: list[tuple[str, Paragraph]]) -> CellRichText:
    parts: list[str | TextBlock] = []
    for index, (mark, paragraph) in enumerate(lines):
        prefix = ("\n" if index else "") + mark
        if prefix:
            parts.append(prefix)
        for run in paragraph.runs:
            parts.append(TextBlock(InlineFont(b=True), run.text) if run.bold else run.text)
    return CellRichText(parts)


# --- .pdf --------------------------------------------------------------------------------


def libreoffice() -> str | None:
    return shutil.which("libreoffice") or shutil.which("soffice")


def convert_to_pdf(source: Path, directory: Path) -> Path:
    """Word to PDF through LibreOffice, with a private profile so parallel runs don't clash."""
    program = libreoffice()
    if program is None:
        raise RuntimeError("LibreOffice is not installed")
    with tempfile.TemporaryDirectory() as profile:
        subprocess.run(
            [
                program,
                f"-env:UserInstallation=file://{profile}",
                "--headless",
                "--convert-to",
                "pdf",
                "--outdir",
                str(directory),
                str(source),
            ],
            check=True,
            capture_output=True,
            timeout=180,
        )
    return directory / (source.stem + ".pdf")


def render(seed: Path, directory: Path, extension: str) -> Path:
    """The seed as a document of the given format, written into `directory`."""
    parts = read_seed(seed)
    if extension == ".docx":
        return write_docx(directory / f"{seed.stem}.docx", parts)
    if extension == ".xlsx":
        return write_xlsx(directory / f"{seed.stem}.xlsx", parts)
    if extension == ".pdf":
        return convert_to_pdf(write_docx(directory / f"{seed.stem}.docx", parts), directory)
    raise ValueError(f"no rendering for {extension}")
