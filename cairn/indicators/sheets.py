"""Data return spreadsheets: the template Cairn hands out, and reading one back.

The template has one row per element expected, pre-filled with the period, the agency and
the element; the contributor fills in `value` (and `comment` where a figure needs one).
Reading refuses anything that does not fit the return it is uploaded to, row by row:
unknown columns, another agency's or period's rows, unknown or repeated elements, and
spreadsheet formulas with no saved result.
"""

from __future__ import annotations

import csv
import io
import tempfile
from dataclasses import dataclass, field
from pathlib import Path

from openpyxl import Workbook, load_workbook

from cairn.lib import upload_safety
from cairn.lib.spreadsheets import read_cell, safe_cell, safe_text

COLUMNS = ["period", "agency", "element", "element_name", "value", "comment"]
REQUIRED = {"element", "value"}
MAX_BYTES = 2 * 1024 * 1024  # a return is a few dozen rows; anything bigger is not one
# The upload safety gate's limits for a return (cairn/lib/upload_safety.py).
GATE = upload_safety.Gate(
    extensions=frozenset({".csv", ".xlsx"}),
    accepted="the return as .csv or .xlsx (the template's formats)",
    save_as="Excel (.xlsx) or CSV (.csv)",
    max_bytes=MAX_BYTES,
    max_unzipped_bytes=20 * 1024 * 1024,
    max_members=200,
    max_cells=50_000,
    seconds=5.0,
)
CSV_TYPE = "text/csv"
XLSX_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"


@dataclass(frozen=True)
class ExpectedRow:
    period: str
    agency: str
    element: str
    element_name: str
    value: str = ""
    comment: str = ""


@dataclass
class ReadReturn:
    """What an upload says: {element code: text} and comments, or per-row errors."""

    values: dict[str, str] = field(default_factory=dict)
    comments: dict[str, str] = field(default_factory=dict)
    rows: dict[str, int] = field(default_factory=dict)  # element code -> its row number
    errors: list[str] = field(default_factory=list)


class UploadRefused(ValueError):
    """The file as a whole cannot be read as a return."""


# ---------------------------------------------------------------- the template


def template_csv(rows: list[ExpectedRow]) -> bytes:
    buffer = io.StringIO()
    writer = csv.writer(buffer)
    writer.writerow(COLUMNS)
    for row in rows:
        writer.writerow([safe_text(getattr(row, column)) for column in COLUMNS])
    return buffer.getvalue().encode("utf-8-sig")


def template_xlsx(rows: list[ExpectedRow]) -> bytes:
    workbook = Workbook()
    sheet = workbook.active
    sheet.title = "Return"
    sheet.append(COLUMNS)
    for row in rows:
        sheet.append([safe_cell(getattr(row, column)) for column in COLUMNS])
    for letter, width in zip("ABCDEF", (12, 28, 24, 48, 10, 40), strict=True):
        sheet.column_dimensions[letter].width = width
    buffer = io.BytesIO()
    workbook.save(buffer)
    return buffer.getvalue()


# ---------------------------------------------------------------- reading an upload


def read_table(name: str, content: bytes) -> list[dict[str, str]]:
    """The upload's rows as {column: text}, header first; refuses unreadable files."""
    if not content:
        raise UploadRefused(f"{name} is empty. Download the template, fill it in and upload it.")
    if len(content) > MAX_BYTES:
        raise UploadRefused(f"{name} is larger than a data return can be (2 MB).")
    extension = Path(name).suffix.lower()
    if extension not in GATE.extensions:
        raise UploadRefused(f"{name}: upload the return as .csv or .xlsx (the template's formats).")
    try:
        upload_safety.check_upload(GATE, name, content)
    except upload_safety.UploadRefused as refusal:
        raise UploadRefused(str(refusal)) from None
    if extension == ".csv":
        return _read_csv(name, content)
    if extension == ".xlsx":
        return _read_xlsx(name, content)
    raise UploadRefused(f"{name}: upload the return as .csv or .xlsx (the template's formats).")


def _read_csv(name: str, content: bytes) -> list[dict[str, str]]:
    try:
        text = content.decode("utf-8-sig")
    except UnicodeDecodeError:
        try:
            text = content.decode("cp1252")
        except UnicodeDecodeError:
            raise UploadRefused(f"{name} is not a text CSV file.") from None
    rows = list(csv.reader(io.StringIO(text)))
    return _with_header(name, rows)


def _read_xlsx(name: str, content: bytes) -> list[dict[str, str]]:
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "return.xlsx"
        path.write_bytes(content)
        try:
            values = load_workbook(path, read_only=True, data_only=True).worksheets[0]
            formulas = load_workbook(path, read_only=True, data_only=False).worksheets[0]
        except Exception:  # openpyxl's many ways of failing on a damaged file
            raise UploadRefused(f"{name} could not be read as an Excel workbook.") from None
        rows = []
        for value_row, formula_row in zip(
            values.iter_rows(values_only=True), formulas.iter_rows(values_only=True), strict=False
        ):
            row = []
            for value, formula in zip(value_row, formula_row, strict=False):
                if value is None and isinstance(formula, str) and formula.startswith("="):
                    row.append(FormulaWithoutValue(formula))
                else:
                    row.append("" if value is None else _text(value))
            rows.append(row)
    return _with_header(name, rows)


class FormulaWithoutValue(str):
    """A cell holding a formula whose result was never saved (the file was not recalculated)."""


def _text(value) -> str:
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value)


def _with_header(name: str, rows: list[list]) -> list[dict[str, str]]:
    rows = [row for row in rows if any(str(cell).strip() for cell in row)]
    if not rows:
        raise UploadRefused(f"{name} has no rows. Download the template and fill it in.")
    header = [str(cell).strip().lower() for cell in rows[0]]
    unknown = [column for column in header if column and column not in COLUMNS]
    if unknown:
        raise UploadRefused(
            f"Unknown column(s) {', '.join(repr(c) for c in unknown)}: the template's columns "
            f"are {', '.join(COLUMNS)}."
        )
    missing = REQUIRED - set(header)
    if missing:
        raise UploadRefused(f"The file has no {' or '.join(sorted(missing))} column.")
    # read_cell: the apostrophe the template put before formula-like text is not data.
    return [
        {
            column: read_cell(row[i]) if i < len(row) else ""
            for i, column in enumerate(header)
            if column
        }
        for row in rows[1:]
    ]


def match_rows(
    rows: list[dict[str, str]],
    *,
    period: str,
    agency_names: set[str],
    elements: dict[str, str],
) -> ReadReturn:
    """Fit the rows to one return: its period, its agency (by any of its names) and its
    elements ({code: name}). Row numbers count the header as row 1, as a spreadsheet does."""
    read = ReadReturn()
    names = {name.strip().lower() for name in agency_names}
    for number, row in enumerate(rows, start=2):
        code = str(row.get("element", "")).strip()
        where = f"Row {number}"
        row_period = str(row.get("period", "")).strip()
        row_agency = str(row.get("agency", "")).strip()
        if row_period and row_period.replace("-", "/").lower() != period.lower():
            read.errors.append(f"{where}: the period {row_period} is not this return's ({period}).")
            continue
        if row_agency and row_agency.lower() not in names:
            read.errors.append(
                f"{where}: the row is for {row_agency}, and this return is only for "
                f"{sorted(agency_names, key=len)[-1]}."
            )
            continue
        if code not in elements:
            read.errors.append(f"{where}: the data set has no element “{code}”.")
            continue
        if code in read.rows:
            read.errors.append(
                f"{where}: “{code}” appears twice (first on row {read.rows[code]}); keep one row."
            )
            continue
        value = row.get("value", "")
        if isinstance(value, FormulaWithoutValue):
            read.errors.append(
                f"{where}: the value is a formula ({value}) with no saved result. Open the "
                "file in Excel and save it again, or type the figure."
            )
            continue
        read.rows[code] = number
        read.values[code] = str(value)
        read.comments[code] = str(row.get("comment", "") or "")
    return read
