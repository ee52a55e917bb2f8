"""Readings that must never put a person's name, or something that did not happen, into a
plan: each a layout where a plausible rule went wrong (found in review). Parse-only."""

from __future__ import annotations

import pytest


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


def word_plan(parts: list[tuple[str | None, list[tuple[str, ...]]]]) -> bytes:
    """A Word plan: for each part, an optional heading and a table (first row the header);
    a cell's paragraphs are its text split on newlines."""
    import io

    import docx

    document = docx.Document()
    document.add_heading("Domestic Abuse Action Plan 2025-26", 1)
    for heading, rows in parts:
        if heading:
            document.add_heading(heading, 2)
        table = document.add_table(rows=0, cols=len(rows[0]))
        for row in rows:
            for cell, text in zip(table.add_row().cells, row, strict=True):
                first, *more = text.split("\n")
                cell.text = first
                for paragraph in more:
                    cell.add_paragraph(paragraph)
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def read_word(data: bytes) -> dict:
    from cairn.imports.interpret import interpret
    from cairn.imports.readers.docx import read

    return interpret(read(data))


def test_an_action_in_two_paragraphs_beside_two_leads_is_one_action():
    plan = read_word(
        word_plan(
            [
                (
                    None,
                    [
                        ("Action", "Lead", "Deadline"),
                        (
                            "Deliver domestic abuse training to all GP practices.\n"
                            "The training will follow the IRIS model.",
                            "Public Health\nIntegrated Care Board",
                            "",
                        ),
                        ("Commission a second refuge", "Housing", "March 2026"),
                    ],
                )
            ]
        )
    )

    actions = [a for t in plan["themes"] for o in t["objectives"] for a in o["actions"]]
    assert len(actions) == 2
    assert actions[0]["leads"] == ["Public Health", "Integrated Care Board"]


def test_the_same_actions_under_two_priorities_are_both_kept_with_their_own_statuses():
    def part(heading: str, status: str) -> tuple[str, list[tuple[str, ...]]]:
        return heading, [
            ("Action", "Lead", "Deadline", "Status"),
            ("Refresh the MARAC operating protocol", "Police", "March", status),
            ("Publish the annual needs assessment", "Public Health", "March", status),
        ]

    for statuses in [("Complete", "Not started"), ("Not started", "Not started")]:
        plan = read_word(
            word_plan(
                [
                    part("Priority 1: Children and young people", statuses[0]),
                    part("Priority 2: Older people", statuses[1]),
                ]
            )
        )

        assert [
            [a["status_text"] for o in t["objectives"] for a in o["actions"]]
            for t in plan["themes"]
        ] == [[statuses[0]] * 2, [statuses[1]] * 2]


def test_a_word_file_naming_a_page_header_it_does_not_hold_is_still_read():
    import io
    import re
    import zipfile

    plan = word_plan([(None, [("Action", "Lead"), ("Commission a second refuge", "Housing")])])
    damaged = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(plan)) as source, zipfile.ZipFile(damaged, "w") as target:
        for item in source.infolist():
            data = source.read(item.filename)
            if item.filename == "word/document.xml":
                data = re.sub(
                    rb"(<w:sectPr[^>]*>)",
                    rb'\1<w:headerReference w:type="default" r:id="rId999"/>',
                    data,
                    count=1,
                )
            target.writestr(item, data)

    read = read_word(damaged.getvalue())

    assert [a["title"] for t in read["themes"] for o in t["objectives"] for a in o["actions"]] == [
        "Commission a second refuge"
    ]


def read_tsv(rows: list[tuple[str, ...]]) -> dict:
    from cairn.imports.interpret import interpret
    from cairn.imports.readers.text import read_text

    return interpret(read_text("\n".join("\t".join(row) for row in rows) + "\n"))


def titles(plan: dict) -> list[str]:
    return [a["title"] for t in plan["themes"] for o in t["objectives"] for a in o["actions"]]


def test_a_header_naming_the_action_beside_unknown_labels_is_still_a_header():
    actions = ["Refresh the MARAC protocol", "Publish the needs assessment", "Train GPs in IRIS"]
    for header in [
        ("Action", "Deadline", "Housing", "Probation", "Public Health", "Police"),
        ("Action", "Deadline", "Alpha", "Beta", "Gamma"),
    ]:
        rows = [header] + [
            (action, "March 2026", *["some words"] * (len(header) - 2)) for action in actions
        ]

        assert titles(read_tsv(rows)) == actions, header


def test_an_aim_column_right_of_the_actions_with_one_sentence_a_row_is_not_their_parent():
    for column in ["Ambition", "Priority", "Theme", "Aim"]:
        plan = read_tsv(
            [
                ("Action", "Lead", "Deadline", column),
                ("Fit door alarms", "Housing", "March 2026", "Older victims feel safer at home"),
                ("Train GPs in IRIS", "Public Health", "June 2026", "More victims are identified"),
                ("Publish the needs assessment", "CSP", "July 2026", "Commissioning uses evidence"),
            ]
        )

        assert titles(plan) == [
            "Fit door alarms",
            "Train GPs in IRIS",
            "Publish the needs assessment",
        ], column


def test_a_repeated_section_of_actions_not_yet_given_to_anyone_keeps_them():
    from cairn.imports.interpret import interpret
    from cairn.imports.readers.text import read_text

    plan = interpret(
        read_text(
            "# Harbour Town domestic abuse plan 2025-2028\n\n"
            "## Safer homes\n### This year\n"
            "- Fit door alarms in sheltered flats (Owner: Housing; Deadline: March 2026)\n"
            "### Later years\n- Build a second refuge\n- Review the allocations policy\n"
            "### How we will know\n- Fewer households placed in bed and breakfast\n\n"
            "## Earlier help\n### This year\n"
            "- Train GPs in the IRIS model (Owner: Public Health; Deadline: June 2026)\n"
            "### Later years\n- Commission a perpetrator programme\n"
            "### How we will know\n- More victims identified by GPs\n"
        )
    )

    assert [sorted(titles({"themes": [theme]})) for theme in plan["themes"]] == [
        [
            "Build a second refuge",
            "Fit door alarms in sheltered flats",
            "Review the allocations policy",
        ],
        ["Commission a perpetrator programme", "Train GPs in the IRIS model"],
    ]


def test_a_name_that_starts_as_a_persons_is_one_person_whatever_word_ends_it():
    from cairn.imports.leads import people_among, split_leads

    for cell in ["Karen A. Young", "Mary Ann Young", "Anne Marie Justice", "T. Early", "Dr Young"]:
        assert split_leads(cell) == [cell] and people_among([cell]) == [cell], cell
    for agency in ["Amber Project", "Victoria Centre", "Karen Team", "Early Help", "Young Carers"]:
        assert people_among(split_leads(agency)) == [], agency


def test_a_person_after_a_departments_name_is_a_person_not_part_of_the_body():
    from cairn.imports.leads import people_among, split_leads

    for cell, body, person in [
        ("Department for Education Karen Hall", "Department for Education", "Karen Hall"),
        ("Ministry of Justice Priya Patel", "Ministry of Justice", "Priya Patel"),
        ("Department of Health - Tom Jones", "Department of Health", "Tom Jones"),
    ]:
        leads = split_leads(cell)
        assert leads == [body, person] and people_among(leads) == [person], cell
    assert split_leads("Department for Work and Pensions") == ["Department for Work and Pensions"]


@pytest.mark.django_db
def test_an_actions_description_read_under_its_title_is_saved(partnership_a, coordinator):
    from cairn.imports.save import save_plan
    from cairn.plans.models import Action

    action = {"title": "Quicker repairs", "leads": [], "milestones": []}
    action["description"] = "Broken locks will be mended within a day of a report."
    plan = {"title": "Plan", "themes": [{"title": "Homes", "objectives": [{"actions": [action]}]}]}

    save_plan(plan, partnership_a, by=coordinator)

    assert Action.objects.get().description == action["description"]


def test_a_long_run_of_lines_starting_with_a_column_word_is_read_in_linear_time(monkeypatch):
    import contextlib

    from cairn.imports import regrid
    from cairn.imports.grid import UnreadableDocument
    from cairn.imports.interpret import interpret
    from cairn.imports.readers.text import read_text

    calls = 0
    split_label = regrid.split_label

    def counted(*args, **kwargs):
        nonlocal calls
        calls += 1
        return split_label(*args, **kwargs)

    monkeypatch.setattr(regrid, "split_label", counted)
    lines = [f"Lead officer for area {n} is the housing team" for n in range(400)]
    with contextlib.suppress(UnreadableDocument):  # whether it is a plan is not the point
        interpret(read_text("Partnership plan\n\n" + "\n\n".join(lines)))

    assert 0 < calls <= 5 * len(lines)  # each line tried as a form's start was 400 x 400


def test_two_columns_of_rag_letters_are_statuses_never_agencies_leading_every_action():
    for earlier, later in [("Previous RAG", "Current RAG"), ("Before", "Now"), ("Q1", "Q2")]:
        plan = read_tsv(
            [
                ("Action", "Lead", "Deadline", earlier, later),
                ("Fit door alarms", "Housing", "March 2026", "A", "R"),
                ("Train GPs in IRIS", "Public Health", "June 2026", "R", "A"),
                ("Publish the needs assessment", "CSP", "July 2026", "A", "A"),
            ]
        )

        actions = [a for t in plan["themes"] for o in t["objectives"] for a in o["actions"]]
        assert [a["leads"] for a in actions] == [["Housing"], ["Public Health"], ["CSP"]]
        assert all(a["status_text"] for a in actions), earlier


def test_a_step_that_starts_like_a_pointer_is_kept_and_a_pointer_is_not_a_step():
    # Steps starting "As", "See" or "None" were dropped whole as "see elsewhere" pointers.
    steps = [
        "As part of the review, agree the new protocol",
        "As soon as funding is agreed, advertise the posts",
        "See and act on referrals within a working day",
        "None of the partners to be left out of the launch",
        "See 2.1",
        "As above",
    ]
    cell = "<ul><li>" + "</li><li>".join(steps) + "</li></ul>"
    plan = read_tsv(
        [
            ("Action", "Milestones", "Lead", "Deadline"),
            ("Review the MARAC operating protocol", cell, "Police", "March 2026"),
        ]
    )

    action = plan["themes"][0]["objectives"][0]["actions"][0]
    assert [m["title"] for m in action["milestones"]] == steps[:4]


def test_lettered_action_rows_are_actions_of_their_own():
    # "b) Train GP practice staff" starts in lower case: it was joined to the row above as
    # the rest of a cut row, four actions into one with a lead "Communications ICB ...".
    rows = [
        ("a) Run a bystander campaign", "Communications", "December 2025"),
        ("b) Train GP practice staff", "ICB", "March 2026"),
        ("c) Train youth workers", "Youth Service", "May 2026"),
        ("ii. Agree a data sharing protocol", "Police", "June 2026"),
    ]
    plan = read_tsv([("Action", "Lead", "Deadline"), *rows])

    actions = [a for t in plan["themes"] for o in t["objectives"] for a in o["actions"]]
    assert [(a["leads"], a["deadline_text"]) for a in actions] == [
        ([lead], deadline) for _title, lead, deadline in rows
    ]


@pytest.mark.parametrize("encoding", ["utf-16", "utf-16-be"])
def test_a_text_file_saved_as_unicode_by_notepad_or_excel_is_read(tmp_path, encoding):
    # Excel's "Unicode Text (*.txt)" and Notepad's "Unicode" write UTF-16 with a byte order
    # mark: refused as "not text (it contains binary data)".
    from cairn.imports.parse import parse_file

    text = "Action\tLead\tDeadline\nTrain GP practice staff\tICB\tMarch 2026\n"
    data = text.encode(encoding)
    if encoding == "utf-16-be":
        data = b"\xfe\xff" + data
    (tmp_path / "plan.txt").write_bytes(data)

    plan = parse_file(tmp_path / "plan.txt")

    assert titles(plan) == ["Train GP practice staff"]
