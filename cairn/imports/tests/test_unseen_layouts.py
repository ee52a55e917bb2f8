"""Plans in layouts the corpus does not have, each written in code (`documents/unseen.py`)
to probe one decision of the parser: an unknown header, a header on the third row or over
two rows, a form per action, a totals line, a notes sheet and a hidden column, numbered
paragraphs, a table broken over PDF pages. Each is scored against its plan as the corpus
is, and held to the corpus's bars. Parse-only: no database.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from cairn.imports.interpret import interpret
from cairn.imports.leads import LeadVocabulary, split_leads
from cairn.imports.parse import parse_file
from cairn.imports.readers import docx as docx_reader
from cairn.imports.readers import xlsx as xlsx_reader
from cairn.imports.readers.text import read_text
from cairn.imports.scoring import format_score_table, score
from cairn.imports.tests.documents import unseen as u

BARS = {
    "f1": 0.95,
    "lead_f1": 0.90,
    "deadline_agreement": 0.95,
    "theme_f1": 0.95,
    "placement": 0.95,
}
BIG = u.big_plan(u.PLAN, 4)
"""Long enough for its table to run over three landscape pages."""

LAYOUTS = {
    "unknown_headers_word": (u.unknown_headers_word, u.PLAN, {}),
    "header_on_third_row_xlsx": (u.header_on_third_row_xlsx, u.PLAN, {}),
    "two_row_header_word": (u.two_row_header_word, u.PLAN, {}),
    "no_header_xlsx": (u.no_header_xlsx, u.PLAN, {"with_themes": False}),
    "letter_refs_word": (u.letter_refs_word, u.PLAN, {}),
    "several_tables_word": (u.several_tables_word, u.PLAN, {}),
    "headings_bullets_word": (u.headings_bullets_word, u.PLAN, {"due_prefix": "by "}),
    "outcome_rows_word": (u.outcome_rows_word, u.PLAN, {}),
    "hidden_column_xlsx": (u.hidden_column_xlsx, u.PLAN, {}),
    "short_titles_csv": (u.short_titles_csv, u.short_titles_plan(u.PLAN), {}),
    "broken_pdf_repeated_header": (lambda p: u.broken_pdf(p, repeat=True), BIG, {}),
    "broken_pdf_header_once": (lambda p: u.broken_pdf(p, repeat=False), BIG, {}),
    "rag_colour_pdf": (u.rag_colour_pdf, u.PLAN, {"with_themes": False}),
    "form_per_action_word": (u.form_per_action_word, u.PLAN, {}),
    "offset_table_xlsx": (u.offset_table_xlsx, u.PLAN, {}),
    "titled_tables_word": (u.titled_tables_word, u.PLAN, {}),
    "capitals_header_word": (u.capitals_header_word, u.capitals_plan(u.PLAN), {}),
    "bullets_pdf": (u.bullets_pdf, u.PLAN, {}),
    "numbered_paragraphs_word": (u.numbered_paragraphs_word, u.PLAN, {}),
}

SHORTFALLS: dict[str, str] = {}
"""Layouts that cannot meet the bars yet, with the reason: marked xfail until they do."""


def layouts() -> list:
    return [
        pytest.param(
            name,
            marks=[pytest.mark.xfail(reason=SHORTFALLS[name], strict=True)]
            if name in SHORTFALLS
            else [],
            id=name,
        )
        for name in LAYOUTS
    ]


def parsed(name: str, folder: Path) -> tuple[dict, dict]:
    layout, plan, options = LAYOUTS[name]
    return parse_file(u.save(folder / name, layout, plan)), u.truth(plan, **options)


@pytest.mark.parametrize("name", layouts())
def test_a_plan_in_an_unseen_layout_imports_as_well_as_the_corpus(name: str, tmp_path: Path):
    plan, truth = parsed(name, tmp_path)

    result = score(plan, truth, name)

    print(format_score_table([result]))
    for measure, bar in BARS.items():
        assert getattr(result, measure) >= bar, (measure, result)


def actions(plan: dict) -> list[dict]:
    return [a for t in plan["themes"] for o in t["objectives"] for a in o["actions"]]


def test_under_a_header_merged_across_start_and_end_the_end_is_the_deadline(tmp_path: Path):
    plan, _ = parsed("two_row_header_word", tmp_path)

    first = actions(plan)[0]
    assert first["deadline_text"] == "July 2026"
    assert first["other"] == {"Timescale Start": "April 2025"}
    assert {"header": "Timescale End", "role": "deadline", "by": "header"} in plan["columns"]


def test_a_hidden_column_is_left_out_and_a_notes_sheet_does_not_make_the_plan_a_part(
    tmp_path: Path,
):
    plan, _ = parsed("hidden_column_xlsx", tmp_path)

    assert [t["title"] for t in plan["themes"]] == [t.title for t in u.PLAN.themes]
    assert all("other" not in action for action in actions(plan))


def test_a_totals_line_under_the_table_is_not_an_action(tmp_path: Path):
    plan, _ = parsed("offset_table_xlsx", tmp_path)

    assert len(actions(plan)) == 8
    assert "Total actions" not in [t["title"] for t in plan["themes"]]


def test_a_title_row_above_a_tables_header_names_its_theme(tmp_path: Path):
    plan, _ = parsed("titled_tables_word", tmp_path)

    assert [(t["ref"], t["title"]) for t in plan["themes"]] == [
        (f"Priority {n}", t.title) for n, t in enumerate(u.PLAN.themes, 1)
    ]


def test_numbered_paragraphs_are_themes_over_their_numbered_actions(tmp_path: Path):
    plan, _ = parsed("numbered_paragraphs_word", tmp_path)

    assert [t["title"] for t in plan["themes"]] == [t.title for t in u.PLAN.themes]
    first = actions(plan)[0]
    assert (first["ref"], first["leads"], first["deadline_text"]) == (
        "1.1",
        ["Education Safeguarding Team"],
        "July 2026",
    )


def test_a_line_of_two_fields_gives_both(tmp_path: Path):
    plan, _ = parsed("bullets_pdf", tmp_path)

    first = actions(plan)[0]
    assert (first["leads"], first["deadline_text"]) == (
        ["Education Safeguarding Team"],
        "July 2026",
    )


def test_a_short_numbered_line_with_its_lead_after_it_is_an_action_not_a_heading():
    document = read_text(
        "Riverford plan\n\n1. Safety\n\n1.1 Refuge review\n\nLead: Housing\n\n"
        "1.2 Staff training\n\nLead: Police. Timescale: March 2026\n"
    )

    plan = interpret(document)

    assert [t["title"] for t in plan["themes"]] == ["Safety"]
    assert [(a["ref"], a["title"], a["leads"], a["deadline_text"]) for a in actions(plan)] == [
        ("1.1", "Refuge review", ["Housing"], None),
        ("1.2", "Staff training", ["Police"], "March 2026"),
    ]


def test_a_table_copied_with_each_cell_on_a_line_of_its_own_is_read_by_its_header():
    document = read_text(
        "Hillside VAWG Action Plan\n\nNo.\nAction\nLead\nTarget Date\n"
        "1\nRefresh the strategy\nCouncil\nApr-29\n"
        "2\nTrain staff in every primary and secondary school and college in the borough on\n"
        "harmful sexual behaviour\nEducation\nJul-26\n"
        "3\nReview the sanctuary scheme\nHousing\nOct-25\n\nAppendix C - Progress\n"
    )

    plan = interpret(document)

    assert [(a["ref"], a["title"], a["leads"], a["deadline_text"]) for a in actions(plan)] == [
        ("1", "Refresh the strategy", ["Council"], "Apr-29"),
        (
            "2",
            "Train staff in every primary and secondary school and college in the borough on "
            "harmful sexual behaviour",
            ["Education"],
            "Jul-26",
        ),
        ("3", "Review the sanctuary scheme", ["Housing"], "Oct-25"),
    ]
    assert plan["reading"] == "a table in the text (cells one per line)"


COPIED_ROWS = [
    ("1.1", "Deliver domestic abuse awareness training to all staff", "CSP", "Mar 2026", "Ongoing"),
    (
        "1.2",
        "Embed routine enquiry in antenatal booking appointments",
        "Maternity",
        "Sep 2025",
        "Complete",
    ),
    (
        "1.3",
        "Deliver the Healthy Relationships programme in schools",
        "Education",
        "Jul 2026",
        "Ongoing",
    ),
    ("2.1", "Extend the sanctuary scheme to private tenants", "Housing", "Oct 2025", "Complete"),
]


def spaced_line(*cells: str) -> str:
    return "".join(cell.ljust(width) for cell, width in zip(cells, (6, 60, 14, 12, 8), strict=True))


def test_a_header_copied_as_a_line_of_its_own_names_the_columns_under_it():
    """A PDF copied as text: the running head and the header on lines of their own at the
    top of each page, the rows aligned with spaces under them."""
    head = "Northfield CSP" + " " * 35 + "DA Action Plan 2025/26"
    header = spaced_line("No.", "Action", "Lead", "Timescale", "Status")
    rows = [spaced_line(*row) for row in COPIED_ROWS]
    page_one, page_two = rows[:3], rows[3:]
    text = "\n".join(
        [
            head,
            "",
            header,
            "",
            *page_one,
            "",
            " " * 20 + "Page 1 of 2",
            head,
            "",
            header,
            "",
            *page_two,
        ]
    )

    plan = interpret(read_text(text))

    assert [
        (a["ref"], a["leads"], a["deadline_text"], a["status_text"]) for a in actions(plan)
    ] == [(ref, [lead], deadline, status) for ref, _, lead, deadline, status in COPIED_ROWS]
    assert [t["title"] for t in plan["themes"]] == [""]


def test_a_form_labelled_with_the_actions_ref_gives_the_ref():
    document = read_text(
        "Plan\n\n## Focus area 1: Prevention\n\n"
        "| Action 1.1 | Deliver respectful relationships education |\n"
        "| Lead agency | Department of Education |\n| Timeframe | 2025–26 |\n\n"
        "| Action 1.2 | Fund community prevention projects |\n"
        "| Lead agency | Office for Women |\n| Timeframe | 2025–27 |\n"
    )

    plan = interpret(document)

    assert [(t["ref"], t["title"]) for t in plan["themes"]] == [("Focus area 1", "Prevention")]
    assert [(a["ref"], a["title"], a["leads"]) for a in actions(plan)] == [
        ("1.1", "Deliver respectful relationships education", ["Department of Education"]),
        ("1.2", "Fund community prevention projects", ["Office for Women"]),
    ]


def test_an_agency_named_with_and_stays_whole_where_the_document_names_it_alone():
    vocabulary = LeadVocabulary(
        [("Child and Family Agency", []), ("Police Service, Child and Family Agency", [])]
    )

    assert split_leads("Police Service, Child and Family Agency", [], vocabulary) == [
        "Police Service",
        "Child and Family Agency",
    ]
    assert split_leads("Police, Council and Probation") == ["Police", "Council", "Probation"]
    assert split_leads("Legal Aid Board") == ["Legal Aid Board"]
    assert split_leads("Child and\nFamily Agency") == ["Child and Family Agency"]


def test_a_status_given_only_as_a_pdf_cells_colour_is_read_as_its_name(tmp_path: Path):
    plan, _ = parsed("rag_colour_pdf", tmp_path)

    assert [a["status_text"] for a in actions(plan)] == [a.status for _, a in u.each_action(u.PLAN)]


def test_a_column_per_year_holds_the_steps_due_that_year():
    document = read_text(
        "Ref\tAction\tLead\tYear 1 (2025/26)\tYear 2 (2026/27)\n"
        "1.1\tDevelop a campaign on coercive control\tDoJ\tCommission research\tLaunch it\n"
        "1.2\tPromote workplace policies\tDfE\tIssue guidance to employers\t\n"
    )

    plan = interpret(document)

    first, second = actions(plan)
    assert [(m["title"], m["due_text"]) for m in first["milestones"]] == [
        ("Commission research", "Year 1 (2025/26)"),
        ("Launch it", "Year 2 (2026/27)"),
    ]
    assert [m["title"] for m in second["milestones"]] == ["Issue guidance to employers"]
    assert {"header": "Year 2 (2026/27)", "role": "milestones", "by": "header"} in plan["columns"]


def test_action_steps_beside_a_strategy_are_the_strategys_steps():
    document = read_text(
        "Strategy\tAction Steps\tResponsible Party\tTimeline\n"
        "1.1 Implement a lethality assessment protocol in every agency\t"
        "<ul><li>Adopt the protocol</li><li>Train officers</li></ul>"
        "\tSheriff's Office\t12/31/2026\n"
    )

    plan = interpret(document)

    (action,) = actions(plan)
    assert (action["ref"], action["title"]) == (
        "1.1",
        "Implement a lethality assessment protocol in every agency",
    )
    assert [m["title"] for m in action["milestones"]] == ["Adopt the protocol", "Train officers"]


def test_a_number_beside_a_title_merged_across_the_row_is_a_theme_and_lettered_lines_steps():
    document = u.word()
    table = u.add_table(
        document,
        [
            ["No.", "Action", "Lead", "Target date"],
            ["1", "Leadership and governance", "", ""],
            ["1.1", "Agree a joint work programme\na) Draft it\nb) Agree it", "Board", "June"],
            ["2", "Practice with adults at risk", "", ""],
            ["2.1", "Develop a practice guide a) Review guidance b) Launch it", "ASC", "March"],
        ],
    )
    table.cell(1, 1).merge(table.cell(1, 3))
    table.cell(3, 1).merge(table.cell(3, 3))
    plan = interpret(docx_reader.read(u.word_bytes(document)))

    assert [(t["ref"], t["title"]) for t in plan["themes"]] == [
        ("1", "Leadership and governance"),
        ("2", "Practice with adults at risk"),
    ]
    assert [(a["title"], [m["title"] for m in a["milestones"]]) for a in actions(plan)] == [
        ("Agree a joint work programme", ["Draft it", "Agree it"]),
        ("Develop a practice guide", ["Review guidance", "Launch it"]),
    ]


def test_a_wiki_table_keeps_its_coded_ids_as_refs_and_its_bold_rows_as_themes():
    document = read_text(
        "# Plan\n\n| ID | Action | Owner | Due |\n| --- | --- | --- | --- |\n"
        "| **Theme 1: Know more** |  |  |  |\n"
        "| DA-01 | Publish a quarterly data pack for the partnership | Analyst | Q1 2026 |\n"
        "| **Theme 2: Do more** |  |  |  |\n"
        "| DA-02 | Recruit two more advocates with the grant | Coordinator | Q2 2026 |\n"
    )

    plan = interpret(document)

    assert [(t["ref"], t["title"]) for t in plan["themes"]] == [
        ("Theme 1", "Know more"),
        ("Theme 2", "Do more"),
    ]
    assert [(a["ref"], a["leads"]) for a in actions(plan)] == [
        ("DA-01", ["Analyst"]),
        ("DA-02", ["Coordinator"]),
    ]


def test_a_sheet_per_quarter_is_one_plan_with_a_history_entry_per_sheet():
    workbook = u.openpyxl.Workbook()
    for number, (status, update) in enumerate(
        [("Amber", "Planning"), ("Green", "Started"), ("Green", "Six of eight done")], 1
    ):
        sheet = workbook.active if number == 1 else workbook.create_sheet()
        sheet.title = f"Q{number}"
        u.write_rows(
            sheet,
            [
                ["Ref", "Action", "Lead", "Status", "Update this quarter"],
                ["1", "Deliver consent workshops in sixth forms", "Public Health", status, update],
                [
                    "2",
                    "Train enforcement officers to recognise harassment",
                    "Licensing",
                    "Red",
                    f"Q{number}: not begun",
                ],
            ],
        )

    plan = interpret(xlsx_reader.read(u.workbook_bytes(workbook)))

    first, second = actions(plan)
    assert len(actions(plan)) == 2 and [t["title"] for t in plan["themes"]] == [""]
    assert (first["status_text"], first["progress_text"]) == ("Green", "Six of eight done")
    assert [(h["period"], h["status_text"], h["progress_text"]) for h in first["updates"]] == [
        ("Q1", "Amber", "Planning"),
        ("Q2", "Green", "Started"),
        ("Q3", "Green", "Six of eight done"),
    ]


def test_a_cell_numbering_several_actions_gives_each_and_gantt_marks_are_not_steps():
    document = read_text(
        "Ref\tAction\tLead\tQ1 26/27\tQ2 26/27\n"
        "Strand A: Prevention\n"
        "A1\t1. Deliver the programme in all schools 2. Run a consent campaign\tEducation\tX\tX\n"
        "A2\tTrain employers to support staff experiencing abuse\tPublic Health\t\tX\n"
    )

    plan = interpret(document)

    assert [(t["ref"], t["title"]) for t in plan["themes"]] == [("Strand A", "Prevention")]
    assert [(a["title"], a["leads"], a["milestones"]) for a in actions(plan)] == [
        ("Deliver the programme in all schools", ["Education"], []),
        ("Run a consent campaign", ["Education"], []),
        ("Train employers to support staff experiencing abuse", ["Public Health"], []),
    ]


def test_without_a_lead_column_the_lead_in_brackets_after_each_action_is_its_lead():
    document = read_text(
        "Action\tTimescale\n"
        "Deliver healthy relationships sessions in every school (Education)\tSpring 2027\n"
        "Run a campaign on coercive control (Communications)\tNovember 2026\n"
        "Train taxi drivers to spot exploitation (Licensing)\tMarch 2027\n"
    )

    plan = interpret(document)

    assert [(a["title"], a["leads"]) for a in actions(plan)] == [
        ("Deliver healthy relationships sessions in every school", ["Education"]),
        ("Run a campaign on coercive control", ["Communications"]),
        ("Train taxi drivers to spot exploitation", ["Licensing"]),
    ]


def test_the_depth_of_the_refs_gives_themes_and_objectives_above_the_actions():
    document = read_text(
        "Ref\tDescription\tLead\tTarget date\n"
        "1\tPrevention\n"
        "1.1\tYoung people understand healthy relationships\n"
        "1.1.1\tDeliver relationships education in all schools\tEducation\tJul 2027\n"
        "1.1.2\tTrain youth workers to talk about consent\tYouth Service\tMar 2027\n"
        "2\tSupport\n"
        "2.1\tVictims get help early\n"
        "2.1.1\tPlace an advocate in the emergency department\tNHS Trust\tOct 2026\n"
    )

    plan = interpret(document)

    assert [
        (t["ref"], t["title"], [(o["ref"], o["title"], len(o["actions"])) for o in t["objectives"]])
        for t in plan["themes"]
    ] == [
        ("1", "Prevention", [("1.1", "Young people understand healthy relationships", 2)]),
        ("2", "Support", [("2.1", "Victims get help early", 1)]),
    ]


def test_a_bullet_ending_with_its_lead_and_year_in_brackets_gives_both():
    document = read_text(
        "# Our strategy\n\n## Priority one: Preventing abuse\n\nWe will:\n\n"
        "- Teach every child about healthy relationships (Schools, 2027)\n"
        "- Help parents talk to their children about relationships online (Early Help, 2026)\n"
    )

    plan = interpret(document)

    assert [(a["title"], a["leads"], a["deadline_text"]) for a in actions(plan)] == [
        ("Teach every child about healthy relationships", ["Schools"], "2027"),
        ("Help parents talk to their children about relationships online", ["Early Help"], "2026"),
    ]
