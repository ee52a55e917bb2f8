"""An action's lead, date and other fields written as labelled lines in the action's own cell
("Action: ..." / "Owner: ..." / "Due: ..."), as plans with one wide cell per action write them
(parse-only: no database). Each rule has a small plan of our own, in Word and Excel."""

from __future__ import annotations

from pathlib import Path

import docx
import openpyxl

from cairn.imports.cell_fields import split_labelled_lines, take_labelled_fields
from cairn.imports.grid import Cell
from cairn.imports.parse import parse_file


def actions(plan: dict) -> list[dict]:
    return [a for t in plan["themes"] for o in t["objectives"] for a in o["actions"]]


def fields(action: dict) -> tuple:
    return action["title"], action["leads"], action["deadline_text"], action["status_text"]


def test_a_spreadsheets_cell_of_labelled_lines_gives_the_action_its_owner_and_date(
    tmp_path: Path,
):
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.append(["Workstream", "Details", "Status"])
    sheet.append(
        [
            "Housing",
            "Action: Audit the allocations policy\nOwner: Housing Options\nDue: 31 May 2026",
            "On track",
        ]
    )
    sheet.append(
        [
            "Housing",
            "Action: Train every tenancy officer\nOwner: Landlord Services\nDue: Autumn 2026",
            "Not started",
        ]
    )
    book.save(tmp_path / "tracker.xlsx")
    assert [fields(a) for a in actions(parse_file(tmp_path / "tracker.xlsx"))] == [
        ("Audit the allocations policy", ["Housing Options"], "31 May 2026", "On track"),
        ("Train every tenancy officer", ["Landlord Services"], "Autumn 2026", "Not started"),
    ]


def test_responsible_and_when_lines_under_a_bold_title_in_a_word_cell_are_its_lead_and_date(
    tmp_path: Path,
):
    document = docx.Document()
    table = document.add_table(rows=1, cols=2)
    table.rows[0].cells[0].text, table.rows[0].cells[1].text = "Theme", "Commitments"
    for title, lead, when in [
        ("Open a second refuge", "Housing Commissioning", "March 2027"),
        ("Fund an outreach worker for rural areas", "Public Health", "June 2026"),
    ]:
        theme, cell = table.add_row().cells
        theme.text = "Safe accommodation"
        cell.paragraphs[0].add_run(title).bold = True
        cell.add_paragraph(f"Responsible: {lead}")
        cell.add_paragraph(f"When: {when}")
    document.save(tmp_path / "plan.docx")
    assert [fields(a) for a in actions(parse_file(tmp_path / "plan.docx"))] == [
        ("Open a second refuge", ["Housing Commissioning"], "March 2027", None),
        ("Fund an outreach worker for rural areas", ["Public Health"], "June 2026", None),
    ]


def test_a_labelled_value_wrapped_over_lines_is_kept_whole():
    cell = Cell("Run a campaign for older people\nLead: Adult Social Care and\nAge UK\nBy: 2027")
    own, found = split_labelled_lines(cell, "action")
    assert own.text == "Run a campaign for older people"
    assert found == {"lead": "Adult Social Care and Age UK", "deadline": "2027"}


def test_a_timescale_line_that_gives_a_term_stays_a_timescale():
    own, found = split_labelled_lines(Cell("Recruit two IDVAs\nTimescale: Short term"), "action")
    assert (own.text, found) == ("Recruit two IDVAs", {"timescale": "Short term"})


def test_a_line_whose_words_before_a_colon_name_no_field_stays_in_the_action():
    cell = Cell("Review the protocol\nPhase two: extend it to schools")
    assert split_labelled_lines(cell, "action") == (cell, {})


def test_the_rows_own_lead_column_wins_and_the_cell_is_left_as_written():
    action = Cell("Hold a risk meeting\nLead: Police")
    cells = {"action": action, "lead": Cell("Community Safety")}
    take_labelled_fields(cells, ("action",))
    assert cells == {"action": action, "lead": Cell("Community Safety")}


def test_fields_run_onto_a_bold_titles_line_as_a_pdf_joins_them_are_the_rows_fields():
    text = "Offer a refuge place to every family Lead: Housing Timescale: April 2026"
    cells = {"action": Cell(text, bold_lead="Offer a refuge place to every family")}
    take_labelled_fields(cells, ("action",))
    assert {role: cell.text for role, cell in cells.items()} == {
        "action": "Offer a refuge place to every family",
        "lead": "Housing",
        "deadline": "April 2026",
    }


def test_steps_written_with_a_dash_and_their_date_are_never_taken_for_fields(tmp_path: Path):
    document = docx.Document()
    table = document.add_table(rows=2, cols=3)
    for cell, text in zip(table.rows[0].cells, ["Action", "Milestones", "Lead"], strict=True):
        cell.text = text
    action, steps, lead = table.rows[1].cells
    action.text, lead.text = "Open a family hub in each district", "Early Help"
    steps.paragraphs[0].text = "Funding agreed – Sep 2025"
    for step in ["Progress report – Oct 2025", "Budget set – Jan 2026", "Hubs open – Apr 2026"]:
        steps.add_paragraph(step)
    document.save(tmp_path / "plan.docx")
    (found,) = actions(parse_file(tmp_path / "plan.docx"))
    assert [(m["title"], m["due_text"]) for m in found["milestones"]] == [
        ("Funding agreed", "Sep 2025"),
        ("Progress report", "Oct 2025"),
        ("Budget set", "Jan 2026"),
        ("Hubs open", "Apr 2026"),
    ]
    assert (found["progress_text"], found["cost"]) == (None, None)


def test_a_line_after_a_field_that_is_a_line_of_its_own_stays_the_actions():
    cell = Cell("Run the campaign\nLead: Police\nWith schools in every district")
    own, found = split_labelled_lines(cell, "action")
    assert (own.text, found) == (
        "Run the campaign\nWith schools in every district",
        {"lead": "Police"},
    )
