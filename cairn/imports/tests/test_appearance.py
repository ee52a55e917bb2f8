"""What readers keep of what a person sees: colours as RAG statuses, Excel dates as people
write them, keys, legends and protective markings left out of the plan."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import docx
import openpyxl
import pytest
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from openpyxl.styles import PatternFill

from cairn.imports.interpret import interpret
from cairn.imports.readers import docx as docx_reader
from cairn.imports.readers import xlsx as xlsx_reader
from cairn.imports.readers.colours import rag_name
from cairn.imports.readers.text import read_text
from cairn.imports.readers.xlsx import date_text


def actions(plan: dict) -> list[dict]:
    return [a for t in plan["themes"] for o in t["objectives"] for a in o["actions"]]


@pytest.mark.parametrize(
    ("fill", "name"),
    [
        ("FF0000", "Red"),
        ("C00000", "Red"),
        ("FFC000", "Amber"),
        ("FFFF00", "Amber"),
        ("F79646", "Amber"),
        ("00B050", "Green"),
        ("92D050", "Green"),
        ("0070C0", "Blue"),
        ("00B0F0", "Blue"),
        ("FFFFFF", None),
        ("D9D9D9", None),
        ("000000", None),
        (None, None),
    ],
)
def test_a_fill_is_read_as_the_nearest_status_colour(fill, name):
    assert rag_name(fill) == name


def solid(colour: str) -> PatternFill:
    return PatternFill(fill_type="solid", fgColor=colour)


def test_excel_rag_given_only_as_fill_is_a_status(tmp_path: Path):
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.append(["Action", "Lead", "RAG"])
    for title, colour in [("One", "FFFF0000"), ("Two", "FFFFC000"), ("Three", "FF00B050")]:
        sheet.append([title, "Police", None])
        sheet.cell(row=sheet.max_row, column=3).fill = solid(colour)
    sheet.append(["Four", "Police", None])
    sheet.cell(row=5, column=3).fill = solid("FF0070C0")
    for column in (1, 2, 3):  # a header painted one colour is not a status
        sheet.cell(row=1, column=column).fill = solid("FF1F4E79")
    book.save(tmp_path / "rag.xlsx")

    plan = interpret(xlsx_reader.read(tmp_path / "rag.xlsx"))

    assert [a["status_text"] for a in actions(plan)] == ["Red", "Amber", "Green", "Blue"]


def test_word_rag_given_only_as_shading_is_a_status(tmp_path: Path):
    document = docx.Document()
    table = document.add_table(rows=3, cols=3)
    for cell, text in zip(table.rows[0].cells, ["Action", "Lead", "Status"], strict=True):
        cell.text = text
    for row, (title, colour) in zip(
        table.rows[1:], [("Train staff", "00B050"), ("Run a campaign", "FF0000")], strict=True
    ):
        row.cells[0].text, row.cells[1].text = title, "Council"
        shade = OxmlElement("w:shd")
        shade.set(qn("w:val"), "clear")
        shade.set(qn("w:fill"), colour)
        row.cells[2]._tc.get_or_add_tcPr().append(shade)
    document.save(tmp_path / "rag.docx")

    read = docx_reader.read(tmp_path / "rag.docx")
    plan = interpret(read)

    assert read.blocks[0].rows[1].cells[2].fill == "00B050"
    assert [a["status_text"] for a in actions(plan)] == ["Green", "Red"]


@pytest.mark.parametrize(
    ("value", "number_format", "text"),
    [
        (dt.datetime(2031, 6, 30), "yyyy-mm-dd h:mm:ss", "30 Jun 2031"),
        (dt.datetime(2028, 4, 1), "General", "1 Apr 2028"),
        (dt.datetime(2028, 4, 1), "dd/mm/yyyy", "01/04/2028"),
        (dt.datetime(2028, 4, 1), "d mmmm yyyy", "1 April 2028"),
        (dt.datetime(2028, 4, 1), "mmm-yy", "Apr-28"),
        (dt.datetime(2028, 4, 30), "dd-mmm-yy", "30-Apr-28"),  # as the cell shows it
        (dt.date(2026, 3, 31), "mmmm yyyy", "March 2026"),
        (dt.datetime(2026, 9, 30), "dd/mm/yyyy hh:mm:ss", "30/09/2026"),  # a report's export
        (dt.datetime(2026, 9, 30, 17), "d mmm yyyy h:mm AM/PM", "30 Sep 2026"),
        (dt.datetime(2026, 9, 30), "[$-809]d mmmm yyyy", "30 September 2026"),
        (dt.datetime(2026, 9, 30), "m/d/yyyy h:mm", "30 Sep 2026"),  # Excel's own default
        (dt.datetime(2026, 2, 27), "m/d/yyyy", "2/27/2026"),  # month-first, as the sheet shows
        (dt.datetime(2026, 3, 4), "m/d/yyyy", "4 Mar 2026"),  # "3/4/2026" would read as 3 Apr
    ],
)
def test_excel_dates_read_as_a_person_writes_them(value, number_format, text):
    assert date_text(value, number_format) == text


def test_excel_date_cells_are_deadlines_and_a_key_sheet_is_not_read(tmp_path: Path):
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = "Action plan"
    sheet.append(["Action", "Lead", "Deadline"])
    sheet.append(["Publish the directory", "Council", dt.datetime(2031, 6, 30)])
    key = book.create_sheet("RAG Key")
    key.append(["Red", "Not started or off track"])
    key.append(["Green", "On track"])
    book.save(tmp_path / "dates.xlsx")

    plan = interpret(xlsx_reader.read(tmp_path / "dates.xlsx"))

    (action,) = actions(plan)
    assert action["deadline_text"] == "30 Jun 2031"
    assert action["deadline"]["end"] == "2031-06-30"


def test_two_plans_on_two_sheets_are_two_themes(tmp_path: Path):
    book = openpyxl.Workbook()
    book.active.title = "Domestic abuse"
    book.active.append(["Action", "Lead", "Deadline"])
    book.active.append(["Refresh the MARAC protocol", "Police", "March 2026"])
    vawg = book.create_sheet("VAWG")
    vawg.append(["Action", "Lead", "Deadline"])
    vawg.append(["Launch a street harassment campaign", "CSP", "June 2026"])
    book.save(tmp_path / "two.xlsx")

    plan = interpret(xlsx_reader.read(tmp_path / "two.xlsx"))

    assert [t["title"] for t in plan["themes"]] == ["Domestic abuse", "VAWG"]
    assert [len(t["objectives"][0]["actions"]) for t in plan["themes"]] == [1, 1]


def test_a_key_table_and_protective_markings_are_not_actions():
    document = read_text(
        "OFFICIAL\n\n"
        "RAG key\n"
        "Red\tNot started\n"
        "Amber\tSome progress\n"
        "Green\tOn track\n\n"
        "Action\tLead\tRAG\n"
        "Train GPs\tICB\tGreen\n\n"
        "Page 1 of 3\n"
    )
    plan = interpret(document)
    assert [a["title"] for a in actions(plan)] == ["Train GPs"]
    texts = [block.text for block in document.blocks if not block.is_table]
    assert "OFFICIAL" not in texts and "Page 1 of 3" not in texts


TRACKER_HEADER = [
    "Ref",
    "Action",
    "Lead",
    "Deadline",
    "Q1 update",
    "Q1 RAG",
    "Q2 update",
    "Q2 RAG",
    "Q3 update",
    "Q3 RAG",
]


def test_a_quarterly_tracker_gives_each_action_its_history():
    lines = [
        TRACKER_HEADER,
        ["1.1", "Train GPs", "ICB", "March 2026", "Scoped", "Green", "Half trained", "Amber"],
        ["1.2", "Publish a directory", "Council", "June 2025", "", "", "Drafted", "Green"]
        + ["Published", "Blue"],
    ]
    plan = interpret(read_text("\n".join("\t".join(line) for line in lines)))
    first, second = actions(plan)
    assert first["status_text"] == "Amber" and first["progress_text"] == "Half trained"
    assert first["updates"] == [
        {"period": "Q1", "status_text": "Green", "progress_text": "Scoped"},
        {"period": "Q2", "status_text": "Amber", "progress_text": "Half trained"},
    ]
    assert first["deadline_text"] == "March 2026" and first["leads"] == ["ICB"]
    assert [u["period"] for u in second["updates"]] == ["Q2", "Q3"]
    assert second["status_text"] == "Blue" and second["progress_text"] == "Published"


def test_a_tracker_with_periods_spanning_update_and_rag_columns(tmp_path: Path):
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.append(["Action", "Lead", "Quarter 1 (Apr-Jun)", None, "Quarter 2 (Jul-Sep)", None])
    sheet.append([None, None, "Update", "RAG", "Update", "RAG"])
    sheet.merge_cells("A1:A2")
    sheet.merge_cells("B1:B2")
    sheet.merge_cells("C1:D1")
    sheet.merge_cells("E1:F1")
    sheet.append(["Refresh the MARAC protocol", "Police", "Drafted", None, "Agreed", None])
    sheet.cell(row=3, column=4).fill = solid("FFFFC000")
    sheet.cell(row=3, column=6).fill = solid("FF00B050")
    key = book.create_sheet("Key")
    key.append(["Green", "On track"])
    book.save(tmp_path / "tracker.xlsx")

    plan = interpret(xlsx_reader.read(tmp_path / "tracker.xlsx"))

    (action,) = actions(plan)
    assert action["title"] == "Refresh the MARAC protocol" and action["leads"] == ["Police"]
    assert action["status_text"] == "Green" and action["progress_text"] == "Agreed"
    assert action["updates"] == [
        {"period": "Quarter 1 (Apr-Jun)", "status_text": "Amber", "progress_text": "Drafted"},
        {"period": "Quarter 2 (Jul-Sep)", "status_text": "Green", "progress_text": "Agreed"},
    ]
