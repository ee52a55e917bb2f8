"""Readings that must never put a person's name, or something that did not happen, into a
plan: each a layout where a plausible rule went wrong (found in review). Parse-only."""

from __future__ import annotations


def test_a_contact_block_set_with_tabs_after_a_word_table_is_not_more_of_its_rows(tmp_path):
    # "Contact:<tab>Jo Bloggs<tab>..." made actions would put a person's name and number
    # in the plan.
    from docx import Document

    from cairn.imports.parse import parse_file

    word = Document()
    word.add_heading("Priority 1: Prevention", 1)
    table = word.add_table(rows=1, cols=4)
    for cell, text in zip(table.rows[0].cells, ["Ref", "Action", "Lead", "Deadline"], strict=True):
        cell.text = text
    for values in [("1.1", "Train GP practice staff", "Health", "March 2027")]:
        for cell, text in zip(table.add_row().cells, values, strict=True):
            cell.text = text
    word.add_paragraph("Contact:\tJo Bloggs\tCommunity Safety Manager")
    word.add_paragraph("Phone:\t01632 960123\tjo@example.gov.uk")
    word.save(tmp_path / "plan.docx")

    plan = parse_file(tmp_path / "plan.docx")

    titles = [a["title"] for t in plan["themes"] for o in t["objectives"] for a in o["actions"]]
    assert titles == ["Train GP practice staff"]


def test_an_action_column_merged_down_over_activities_is_their_objective(tmp_path):
    # "Action (merged down) | Activities": kept as an "other" column, every activity but the
    # first of each group was lost.
    import openpyxl

    from cairn.imports.parse import parse_file

    book = openpyxl.Workbook()
    sheet = book.active
    sheet.append(["Ref", "Action", "Activities", "Lead", "Deadline"])
    sheet.append(["1", "Improve early identification", "Train GP staff", "Health", "2026"])
    sheet.append(["1", None, "Add routine enquiry to A&E triage", "Health", "2027"])
    sheet.append(["2", "Support victims", "Recruit two IDVAs", "Police", "2026"])
    sheet.append(["2", None, "Commission refuge spaces", "Housing", "2027"])
    sheet.merge_cells("B2:B3")
    sheet.merge_cells("B4:B5")
    book.save(tmp_path / "plan.xlsx")

    plan = parse_file(tmp_path / "plan.xlsx")

    objectives = [o for t in plan["themes"] for o in t["objectives"]]
    assert [(o["title"], [a["title"] for a in o["actions"]]) for o in objectives] == [
        ("Improve early identification", ["Train GP staff", "Add routine enquiry to A&E triage"]),
        ("Support victims", ["Recruit two IDVAs", "Commission refuge spaces"]),
    ]


def test_a_person_written_surname_first_with_a_given_name_from_any_background_is_a_person():
    from cairn.imports.leads import is_person, split_leads

    for name in ["Patel, Priya", "Okafor, Sam", "Nwosu, Tobi", "Care, Amy"]:
        assert split_leads(name) == [name]
        assert is_person(name), name  # an agency's name would be on the public page


def test_a_titled_surname_before_a_role_is_a_person_and_their_role():
    from cairn.imports.leads import is_person, split_leads

    for cell, person, role in [
        ("Dr Okafor Head of Safeguarding", "Dr Okafor", "Head of Safeguarding"),
        ("DCI Jones Head of PPU", "DCI Jones", "Head of PPU"),
        ("Dr Hannah Lowe Director of Public Health", "Dr Hannah Lowe", "Director of Public Health"),
    ]:
        assert split_leads(cell) == [person, role]
        assert is_person(person) and not is_person(role)
    assert not is_person("Chief Constable")


def test_a_task_lists_handle_is_a_person_never_an_agency(tmp_path):
    from cairn.imports.parse import parse_file

    (tmp_path / "tasks.md").write_text(
        "# Plan tasks\n\n## Priority 1: Prevention\n\n"
        "- [x] Build a dashboard — @Nadia Kerr — due 2025-11-30\n"
        "- [ ] Train GP staff — @nkerr — due 2026-03-31\n"
        "- [ ] Recruit IDVAs — @jo.bloggs @Police — due 2026-06-30\n"
    )

    plan = parse_file(tmp_path / "tasks.md")

    actions = [a for t in plan["themes"] for o in t["objectives"] for a in o["actions"]]
    assert [(a["leads"], a["lead_people"]) for a in actions] == [
        (["Nadia Kerr"], ["Nadia Kerr"]),
        (["@nkerr"], ["@nkerr"]),
        (["@jo.bloggs", "Police"], ["@jo.bloggs"]),
    ]


def test_a_short_given_name_that_is_also_a_surname_particle_is_still_a_person():
    from cairn.imports.leads import people_among, split_leads

    for cell in ["Al Smith", "Del Thomas", "Mac Smith", "Dr Di Jones", "Dr Al Khan"]:
        leads = split_leads(cell)
        assert leads == [cell] and people_among(leads) == leads, cell


def test_a_common_surname_that_is_also_an_institutions_word_is_a_person():
    from cairn.imports.leads import people_among, split_leads

    for cell in ["Karen Young", "J. Young", "Paul Court", "S. Justice"]:
        assert people_among(split_leads(cell)) == [cell], cell
    assert people_among(split_leads("Karen Young (Housing)")) == ["Karen Young"]
    # Institutions' names stay agencies.
    for cell in ["Youth Court", "Crown Court", "Young People's Service", "Criminal Justice Board"]:
        assert people_among(split_leads(cell)) == [], cell
