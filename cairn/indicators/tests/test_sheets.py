"""The data return template, and reading a filled-in one back, row by row."""

import io

import pytest
from openpyxl import Workbook, load_workbook

from cairn.indicators.sheets import (
    COLUMNS,
    ExpectedRow,
    UploadRefused,
    match_rows,
    read_table,
    template_csv,
    template_xlsx,
)

ROWS = [
    ExpectedRow("2016/17 Q1", "Exampleshire Police", "cases", "Cases discussed"),
    ExpectedRow("2016/17 Q1", "Exampleshire Police", "repeats", "Repeat cases"),
]
ELEMENTS = {"cases": "Cases discussed", "repeats": "Repeat cases"}
AGENCY = {"Exampleshire Police", "Police"}


def match(rows):
    return match_rows(rows, period="2016/17 Q1", agency_names=AGENCY, elements=ELEMENTS)


def csv_of(*lines):
    return ("\n".join(lines) + "\n").encode()


def test_csv_template_lists_the_expected_rows_and_reads_back():
    rows = read_table("return.csv", template_csv(ROWS))
    assert [r["element"] for r in rows] == ["cases", "repeats"]
    assert list(rows[0]) == COLUMNS


def test_xlsx_template_reopens_with_the_expected_rows():
    workbook = load_workbook(io.BytesIO(template_xlsx(ROWS)))
    sheet = workbook.active
    assert [c.value for c in sheet[1]] == COLUMNS
    assert sheet["C2"].value == "cases" and sheet["B3"].value == "Exampleshire Police"


def test_filled_in_rows_match_the_return():
    content = csv_of(
        ",".join(COLUMNS),
        "2016/17 Q1,Police,cases,Cases discussed,12,",
        "2016/17 Q1,Exampleshire Police,repeats,Repeat cases,3,A busy quarter",
    )
    read = match(read_table("r.csv", content))
    assert not read.errors
    assert read.values == {"cases": "12", "repeats": "3"}
    assert read.comments["repeats"] == "A busy quarter" and read.rows == {"cases": 2, "repeats": 3}


@pytest.mark.parametrize(
    ("line", "message"),
    [
        ("2016/17 Q1,NHS Trust,cases,,12,", "Row 2: the row is for NHS Trust"),
        ("2016/17 Q2,Police,cases,,12,", "Row 2: the period 2016/17 Q2 is not this return's"),
        ("2016/17 Q1,Police,victims,,12,", "Row 2: the data set has no element “victims”"),
    ],
)
def test_rows_that_do_not_belong_to_the_return_are_refused(line, message):
    read = match(read_table("r.csv", csv_of(",".join(COLUMNS), line)))
    assert any(message in e for e in read.errors), read.errors


def test_duplicate_rows_are_refused():
    content = csv_of(
        ",".join(COLUMNS), "2016/17 Q1,Police,cases,,12,", "2016/17 Q1,Police,cases,,13,"
    )
    read = match(read_table("r.csv", content))
    assert read.errors == ["Row 3: “cases” appears twice (first on row 2); keep one row."]


def test_unknown_columns_are_refused_naming_them():
    with pytest.raises(UploadRefused, match="Unknown column.*'victim name'"):
        read_table("r.csv", csv_of("element,value,victim name", "cases,1,x"))


@pytest.mark.parametrize(
    ("name", "content", "message"),
    [
        ("r.csv", b"", "is empty"),
        ("r.pdf", b"%PDF-1.4", "as .csv or .xlsx"),
        ("r.xlsx", b"not a zip at all", "xlsx"),
        ("r.csv", csv_of("period,agency"), "no element or value column"),
        ("r.csv", b"\n\n", "has no rows"),
    ],
)
def test_files_that_are_not_a_return_are_refused(name, content, message):
    with pytest.raises(UploadRefused, match=message):
        read_table(name, content)


def test_a_formula_with_no_saved_value_is_refused():
    workbook = Workbook()
    sheet = workbook.active
    sheet.append(COLUMNS)
    sheet.append(["2016/17 Q1", "Police", "cases", "", "=2+3", ""])
    buffer = io.BytesIO()
    workbook.save(buffer)  # openpyxl never calculates: the formula has no saved result
    read = match(read_table("r.xlsx", buffer.getvalue()))
    assert read.errors == [
        "Row 2: the value is a formula (=2+3) with no saved result. Open the file in Excel "
        "and save it again, or type the figure."
    ]


def test_an_xlsx_with_typed_figures_reads_them_as_text():
    workbook = Workbook()
    sheet = workbook.active
    sheet.append(COLUMNS)
    sheet.append(["2016/17 Q1", "Police", "cases", "", 12, ""])
    sheet.append(["2016/17 Q1", "Police", "repeats", "", 2.5, ""])
    buffer = io.BytesIO()
    workbook.save(buffer)
    read = match(read_table("r.xlsx", buffer.getvalue()))
    assert read.values == {"cases": "12", "repeats": "2.5"}


HOSTILE = [ExpectedRow("2016/17 Q1", "=cmd|' /C calc'!A0", "cases", " @SUM(1+1)")]


def test_the_templates_neutralise_formula_like_cells_and_read_back_exactly():
    import csv as csv_module

    written = list(csv_module.reader(io.StringIO(template_csv(HOSTILE).decode("utf-8-sig"))))
    assert written[1][1] == "'=cmd|' /C calc'!A0"
    assert written[1][3] == "' @SUM(1+1)"
    sheet = load_workbook(io.BytesIO(template_xlsx(HOSTILE))).active
    assert (sheet["B2"].data_type, sheet["B2"].value) == ("s", "'=cmd|' /C calc'!A0")
    for rows in (
        read_table("return.csv", template_csv(HOSTILE)),
        read_table("return.xlsx", template_xlsx(HOSTILE)),
    ):
        assert (rows[0]["agency"], rows[0]["element_name"]) == ("=cmd|' /C calc'!A0", " @SUM(1+1)")


def test_a_hostile_return_is_refused_by_the_upload_gate():
    import zipfile

    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr(
            "xl/workbook.xml", '<!DOCTYPE w [<!ENTITY a "a">]><workbook>&a;</workbook>'
        )
    with pytest.raises(UploadRefused, match="entity expansion"):
        read_table("return.xlsx", buffer.getvalue())
    with pytest.raises(UploadRefused, match="binary data"):
        read_table("return.csv", bytes(range(256)) * 8)
