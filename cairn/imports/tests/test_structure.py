"""Themes as the document shows them: side labels, numbering, section rows, labels, headers.

Each document here is small and written for the test, in the shapes real plans take; none
uses a seed's words.
"""

from __future__ import annotations

from cairn.imports import columns, sections
from cairn.imports.grid import Cell, Row
from cairn.imports.interpret import interpret
from cairn.imports.readers.text import read_text


def themes_of(text: str) -> list[tuple[str, list[str]]]:
    plan = interpret(read_text(text))
    return [
        (theme["title"], [a["title"] for o in theme["objectives"] for a in o["actions"]])
        for theme in plan["themes"]
    ]


def test_a_side_label_in_spaced_capitals_is_cut_into_themes_where_items_begin():
    document = (
        "Objective\tAction\tLead\n"
        "H O U S I N G A N D\t1. Secure homes for survivors\tWiden the sanctuary scheme\tCouncil\n"
        "\t\tFund refuge places\tCouncil\n"
        "R E F\t2. Keep families housed\tTrain tenancy officers\tHousing\n"
        "U G E\t\tReview allocations policy\tHousing\n"
        "H E A L T H\t3. Ask about abuse in clinics\tTrain midwives\tNHS Trust\n"
        "\t\tAudit GP enquiry\tNHS Trust\n"
        "J U S T I C E\t4. Bring offenders to court\tFast-track trials\tCourts\n"
    )
    assert themes_of(document.replace("Objective\t", "\tObjective\t")) == [
        (
            "HOUSING AND REFUGE",
            [
                "Widen the sanctuary scheme",
                "Fund refuge places",
                "Train tenancy officers",
                "Review allocations policy",
            ],
        ),
        ("HEALTH", ["Train midwives", "Audit GP enquiry"]),
        ("JUSTICE", ["Fast-track trials"]),
    ]


def test_a_side_label_is_not_cut_after_and_or_where_no_item_begins():
    pieces = [sections.Piece(text, entry) for entry, text in enumerate(["SAFETY", "AND", "CARE"])]
    assert sections.cut_side_label(pieces, [True, True, True]) == [0]
    pieces = [sections.Piece(text, entry) for entry, text in enumerate(["SAFETY", "CARE"])]
    assert sections.cut_side_label(pieces, [True, False]) == [0]
    assert sections.cut_side_label(pieces, [True, True]) == [0, 1]


def test_fragments_a_pdf_misread_stay_together_as_one_theme():
    pieces = [sections.Piece(t, e) for e, t in enumerate(["PREVENTION", "JUS", "TCIE"])]
    starts = sections.cut_side_label(pieces, [True, True, True])
    assert sections.theme_letters(pieces, starts) == ["PREVENTION", "JUSTCIE"]
    assert sections.label_title("PREVENTIONANDCARE") == "PREVENTION AND CARE"


def test_numbering_that_moves_on_begins_a_theme_named_from_the_documents_list():
    document = (
        "Our three priorities are Safer Homes, Healthy Relationships and Justice for All.\n\n"
        "Ref\tAction\tLead\tBy when\n"
        "\tPriority 1: Safer Homes\t\t\n"
        "1.1\tWiden the sanctuary scheme\tCouncil\tMarch 2025\n"
        "1.2\tFund refuge places\tCouncil\tMarch 2025\n"
        "2.1\tTeach healthy relationships in schools\tEducation\tJuly 2025\n"
        "2.2\tRun a campaign for young people\tComms\tJuly 2025\n"
        "\tPriority 3: Justice for All\t\t\n"
        "3.1\tFast-track trials\tCourts\tDecember 2025\n"
    )
    assert [title for title, _ in themes_of(document)] == [
        "Safer Homes",
        "Healthy Relationships",
        "Justice for All",
    ]
    assert themes_of(document)[1][1] == [
        "Teach healthy relationships in schools",
        "Run a campaign for young people",
    ]


def test_numbering_alone_names_the_theme_by_its_label():
    document = (
        "Ref\tAction\tLead\n"
        "\tStrand 1: Safer Homes\t\n"
        "1.1\tWiden the sanctuary scheme\tCouncil\n"
        "2.1\tTeach healthy relationships in schools\tEducation\n"
    )
    assert [title for title, _ in themes_of(document)] == ["Safer Homes", "Strand 2"]


def test_numbering_under_untitled_themes_does_not_split_them():
    document = (
        "Aim\tAction\tLead\n"
        "Safer Homes\t\t\n"
        "1. Homes are safe\t1.1 Widen the sanctuary scheme\tCouncil\n"
        "2. Refuges have room\t2.1 Fund refuge places\tCouncil\n"
    )
    assert [title for title, _ in themes_of(document)] == ["Safer Homes"]


def test_a_labelled_section_row_is_a_theme_even_when_it_reads_like_a_header():
    document = (
        "Objective\tMilestones\tLead\tDeadline\n"
        "Aim One: people are safe at home\t\t\t\n"
        "Widen the sanctuary scheme\tAgree funding\tCouncil\tMay 2025\n"
        "Aim Two: the lead for each action\t\t\t\n"
        "Fund refuge places\tBid for funding\tCouncil\tJune 2025\n"
    )
    assert [title for title, _ in themes_of(document)] == [
        "people are safe at home",
        "the lead for each action",
    ]
    assert columns.role_of_header("Aim Two: the lead for each action") is None
    assert columns.role_of_header("Aim") == columns.OBJECTIVE


def test_a_lone_numbered_sentence_in_the_action_column_is_an_action_not_a_theme():
    document = (
        "Priority area\tAction\tBy when\tLed by\n"
        "\tPrevention\t\t\n"
        "1.1 Reach young people\t1.1.1 Run assemblies in every secondary school.\tJuly\tSchools\n"
        "\t1.1.2 Train youth workers to spot coercive control in relationships.\t\t\n"
        "\tSupport\t\t\n"
        "2.1 Reach survivors\t2.1.1 Open a drop-in.\tMay\tCharity\n"
    )
    themes = themes_of(document)
    assert [title for title, _ in themes] == ["Prevention", "Support"]
    assert len(themes[0][1]) == 2


def test_a_row_completing_a_split_header_is_read_with_it_but_a_data_row_is_not():
    header = Row([Cell("Action"), Cell("Lead"), Cell(""), Cell("")])
    completing = Row([Cell(""), Cell(""), Cell("RAG"), Cell("Target date")])
    data = Row([Cell("Action against repeat offenders"), Cell("Police"), Cell(""), Cell("")])
    assert columns.completes_header(completing, header)
    assert not columns.completes_header(data, header)


def test_a_due_date_wrapped_onto_the_next_line_stays_with_its_step():
    from cairn.imports.milestones import split_items

    items = split_items(
        "Panel agreed – Jan 2025 Panel meets\nOct 2025 Report written\nMonthly reviews"
    )
    assert [(i.title, i.due_text) for i in items] == [
        ("Panel agreed", "Jan 2025"),
        ("Panel meets", "Oct 2025"),
        ("Report written", None),
        ("Monthly reviews", None),
    ]


def test_an_objective_merged_down_its_rows_is_the_parent_of_their_actions():
    repeated = (
        "Objective\tAction\tLead\tBy when\n"
        "Make homes safe\tWiden the sanctuary scheme\tCouncil\tMay 2026\n"
        "Make homes safe\tFund refuge places\tCouncil\tJune 2026\n"
        "Make homes safe\tTrain tenancy officers\tHousing\tJuly 2026\n"
        "Hold offenders to account\tFast-track trials\tCourts\tMay 2026\n"
    )
    blank_below = repeated.replace("\nMake homes safe\tFund", "\n\tFund").replace(
        "\nMake homes safe\tTrain", "\n\tTrain"
    )
    for document in (repeated, blank_below):
        plan = interpret(read_text(document))
        objectives = plan["themes"][0]["objectives"]
        titled = [o for o in objectives if o["title"]]
        assert [o["title"] for o in titled] == ["Make homes safe", "Hold offenders to account"]
        assert [a["title"] for a in titled[0]["actions"]] == [
            "Widen the sanctuary scheme",
            "Fund refuge places",
            "Train tenancy officers",
        ]
        assert [a["leads"] for a in titled[0]["actions"]] == [["Council"], ["Council"], ["Housing"]]
        assert titled[0]["actions"][2]["deadline_text"] == "July 2026"


# Merged cells: "same as above", and the other columns stay where they are


def merged_word_plan(path) -> None:
    import docx

    document = docx.Document()
    document.add_paragraph("Safer Streets action plan 2026-28", style="Title")
    table = document.add_table(rows=1, cols=4)
    header = ["Objective", "Action", "Lead", "Deadline"]
    for cell, text in zip(table.rows[0].cells, header, strict=True):
        cell.text = text
    rows = [
        ("Make homes safer", "Fit sanctuary locks", "Housing", "June 2026"),
        ("", "Fund a handyperson", "Council", "Sept 2026"),
        ("", "Train tenancy officers", "Housing", "2026/27"),
        ("Support children", "Place workers in schools", "Education", "Jan 2027"),
        ("", "Run group work", "Children's Services", "Ongoing"),
    ]
    for values in rows:
        cells = table.add_row().cells
        for cell, text in zip(cells, values, strict=True):
            cell.text = text
    for top, bottom in ((1, 3), (4, 5)):
        merged = table.rows[top].cells[0].merge(table.rows[bottom].cells[0])
        merged.text = rows[top - 1][0]
    document.save(path)


def test_a_first_column_merged_down_in_word_leaves_the_other_columns_in_place(tmp_path):
    from cairn.imports.parse import parse_file

    merged_word_plan(tmp_path / "plan.docx")
    plan = parse_file(tmp_path / "plan.docx")

    objectives = [o for t in plan["themes"] for o in t["objectives"] if o["actions"]]
    assert [o["title"] for o in objectives] == ["Make homes safer", "Support children"]
    found = [(a["title"], a["leads"], a["deadline_text"]) for o in objectives for a in o["actions"]]
    assert found == [
        ("Fit sanctuary locks", ["Housing"], "June 2026"),
        ("Fund a handyperson", ["Council"], "Sept 2026"),
        ("Train tenancy officers", ["Housing"], "2026/27"),
        ("Place workers in schools", ["Education"], "Jan 2027"),
        ("Run group work", ["Children's Services"], "Ongoing"),
    ]


def test_a_lead_merged_down_in_excel_leads_every_action_it_covers(tmp_path):
    import openpyxl

    from cairn.imports.parse import parse_file

    book = openpyxl.Workbook()
    sheet = book.active
    sheet.append(["Action", "Lead", "Deadline", "Notes"])
    sheet.append(["Fit sanctuary locks", "Housing", "June 2026", "Pilot first"])
    sheet.append(["Fund a handyperson", None, "Sept 2026", None])
    sheet.append(["Train tenancy officers", "Council", "2026/27", "Twice a year"])
    sheet.merge_cells("B2:B3")
    book.save(tmp_path / "plan.xlsx")

    plan = parse_file(tmp_path / "plan.xlsx")

    actions = [a for t in plan["themes"] for o in t["objectives"] for a in o["actions"]]
    assert [(a["title"], a["leads"], a["deadline_text"]) for a in actions] == [
        ("Fit sanctuary locks", ["Housing"], "June 2026"),
        ("Fund a handyperson", ["Housing"], "Sept 2026"),
        ("Train tenancy officers", ["Council"], "2026/27"),
    ]


def test_an_action_merged_down_over_its_milestone_rows_is_one_action():
    from cairn.imports.grid import Block, Document

    header = Row([Cell(t) for t in ("Action", "Milestones", "Deadline")])
    rows = [
        header,
        Row([Cell("Open a one-stop shop", rowspan=3), Cell("Find premises"), Cell("May 2026")]),
        Row([Cell("Recruit volunteers"), Cell("July 2026")]),
        Row([Cell("Open the doors"), Cell("Sept 2026")]),
        Row([Cell("Audit MARAC referrals"), Cell("Sample 50 cases"), Cell("Dec 2026")]),
    ]
    plan = interpret(Document(blocks=[Block(rows=rows)]))

    actions = [a for t in plan["themes"] for o in t["objectives"] for a in o["actions"]]
    assert [a["title"] for a in actions] == ["Open a one-stop shop", "Audit MARAC referrals"]
    assert [(m["title"], m["due_text"]) for m in actions[0]["milestones"]] == [
        ("Find premises", None),
        ("Recruit volunteers", "July 2026"),
        ("Open the doors", "Sept 2026"),
    ]


def test_objective_rows_inside_tables_under_theme_headings_are_objectives(tmp_path):
    import docx

    from cairn.imports.parse import parse_file

    document = docx.Document()
    document.add_paragraph("Westfield VAWG Plan 2025-27", style="Title")
    plan = [
        (
            "Theme 1: Prevention",
            [
                ("Objective 1.1: Change attitudes", [("1.1.1", "Schools programme")]),
                ("Objective 1.2: Safer spaces", [("1.2.1", "Night-time audits")]),
            ],
        ),
        ("Theme 2: Support", [("Objective 2.1: Better help", [("2.1.1", "Recommission")])]),
    ]
    for theme, objectives in plan:
        document.add_paragraph(theme, style="Heading 2")
        table = document.add_table(rows=1, cols=3)
        for cell, text in zip(table.rows[0].cells, ["Ref", "Action", "Lead"], strict=True):
            cell.text = text
        for objective, actions in objectives:
            row = table.add_row()
            row.cells[0].merge(row.cells[-1]).text = objective
            for ref, title in actions:
                cells = table.add_row().cells
                cells[0].text, cells[1].text, cells[2].text = ref, title, "Police"
    document.save(tmp_path / "plan.docx")

    found = parse_file(tmp_path / "plan.docx")

    assert [
        (t["ref"], t["title"], [(o["ref"], o["title"]) for o in t["objectives"]])
        for t in found["themes"]
    ] == [
        (
            "Theme 1",
            "Prevention",
            [("Objective 1.1", "Change attitudes"), ("Objective 1.2", "Safer spaces")],
        ),
        ("Theme 2", "Support", [("Objective 2.1", "Better help")]),
    ]
