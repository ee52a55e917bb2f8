"""Structure in tables and spreadsheets: which rows, sheets and columns are themes and
objectives, and which are not parts of the plan at all.

Each document is small, written here in a shape real plans take, and none uses a corpus
document's words. Parse-only: no database.
"""

from __future__ import annotations

from cairn.imports.interpret import interpret
from cairn.imports.readers import docx as docx_reader
from cairn.imports.readers import xlsx as xlsx_reader
from cairn.imports.readers.text import read_text
from cairn.imports.tests.documents import unseen as u


def actions(plan: dict) -> list[dict]:
    return [a for t in plan["themes"] for o in t["objectives"] for a in o["actions"]]


def grouping(plan: dict) -> list[tuple[str, list[str]]]:
    """Each theme's title with the titles of the actions under it."""
    return [
        (theme["title"], [a["title"] for o in theme["objectives"] for a in o["actions"]])
        for theme in plan["themes"]
    ]


def workbook_plan(sheets: dict[str, list[list[str]]]) -> dict:
    workbook = u.openpyxl.Workbook()
    for number, (name, rows) in enumerate(sheets.items()):
        sheet = workbook.active if number == 0 else workbook.create_sheet()
        sheet.title = name
        u.write_rows(sheet, rows, bold=(0,))
    return interpret(xlsx_reader.read(u.workbook_bytes(workbook)))


HEADER = ["Ref", "Action", "Lead", "Due"]


def test_a_tab_named_like_a_protective_marking_is_still_a_theme():
    """A theme called Protect, one of the four Ps: a protective marking is in capitals."""
    plan = workbook_plan(
        {
            "Prepare": [HEADER, ["1", "Write the winter safety plan", "Council", "Oct 2026"]],
            "Protect": [HEADER, ["2", "Fit alarms for people at high risk", "Police", "Dec 2026"]],
            "Pursue": [HEADER, ["3", "Review every breach of a court order", "Police", "2027"]],
        }
    )

    assert grouping(plan) == [
        ("Prepare", ["Write the winter safety plan"]),
        ("Protect", ["Fit alarms for people at high risk"]),
        ("Pursue", ["Review every breach of a court order"]),
    ]


def test_a_heading_saying_continued_goes_on_with_the_theme_above():
    document = u.word()
    document.add_heading("Aim 1: Safer streets", level=2)
    u.add_table(document, [HEADER, ["1", "Light the canal towpath", "Highways", "2027"]])
    document.add_heading("Aim 2: Help when it is needed", level=2)
    u.add_table(document, [HEADER, ["2", "Open a weekend helpline", "Provider", "2026"]])
    document.add_heading("Aim 2 (continued)", level=2)
    u.add_table(document, [HEADER, ["3", "Fund a second outreach worker", "Council", "2027"]])
    document.add_heading("Aim 3: Learning", level=2)
    u.add_table(document, [HEADER, ["4", "Share what reviews teach us", "Board", "2027"]])

    plan = interpret(docx_reader.read(u.word_bytes(document)))

    assert grouping(plan) == [
        ("Safer streets", ["Light the canal towpath"]),
        ("Help when it is needed", ["Open a weekend helpline", "Fund a second outreach worker"]),
        ("Learning", ["Share what reviews teach us"]),
    ]


def test_an_update_row_merged_across_under_each_action_is_its_progress_not_a_theme():
    workbook = u.openpyxl.Workbook()
    sheet = workbook.active
    u.write_rows(
        sheet,
        [
            ["Ref", "Action", "Lead", "Due", "RAG"],
            ["1. Safer homes"],
            ["1.1", "Offer a lock change within two days", "Housing", "Jun-27", "G"],
            ["", "Update: 40 homes made safer this quarter."],
            ["1.2", "Survey tenants who had a lock change", "Housing", "Sep-27", "A"],
            ["", "Q3 progress - survey questions agreed"],
            ["2. Safer streets"],
            ["2.1", "Walk the routes home with women who use them", "Police", "Mar-27", "G"],
            ["", "Update: two walks held."],
        ],
        bold=(0, 1, 6),
    )
    for row in (4, 6, 9):
        sheet.merge_cells(start_row=row, start_column=2, end_row=row, end_column=5)

    plan = interpret(xlsx_reader.read(u.workbook_bytes(workbook)))

    assert grouping(plan) == [
        (
            "Safer homes",
            ["Offer a lock change within two days", "Survey tenants who had a lock change"],
        ),
        ("Safer streets", ["Walk the routes home with women who use them"]),
    ]
    assert [(a["status_text"], a["progress_text"]) for a in actions(plan)] == [
        ("G", "40 homes made safer this quarter."),
        ("A", "survey questions agreed"),
        ("G", "two walks held."),
    ]


def test_a_version_history_after_the_plan_is_not_a_part_of_it():
    document = u.word()
    document.add_heading("Priority 1: Early help", level=2)
    u.add_table(document, [HEADER, ["1", "Train GP receptionists to spot abuse", "ICB", "2026"]])
    document.add_heading("Document history", level=2)
    u.add_table(
        document,
        [
            ["Version", "Date", "Author", "Changes"],
            ["0.1", "3 March 2026", "Policy team", "First draft"],
            ["1.0", "1 May 2026", "Policy team", "Agreed by the board"],
        ],
    )
    word_plan = interpret(docx_reader.read(u.word_bytes(document)))
    sheets_plan = workbook_plan(
        {
            "Plan": [HEADER, ["1", "Train GP receptionists to spot abuse", "ICB", "2026"]],
            "About": [
                ["Document title", "Early help plan"],
                ["Version", "1.0"],
                ["Owner", "Policy team"],
                ["Approved by", "The board"],
            ],
        }
    )

    assert [a["title"] for a in actions(sheets_plan)] == ["Train GP receptionists to spot abuse"]
    assert grouping(word_plan) == [("Early help", ["Train GP receptionists to spot abuse"])]


def test_a_numbered_bold_row_with_the_rest_blank_is_a_theme_though_actions_share_its_numbers():
    workbook = u.openpyxl.Workbook()
    u.write_rows(
        workbook.active,
        [
            ["No.", "Action", "Lead", "When"],
            ["1", "Knowing more"],
            ["1", "Count the calls to the helpline by ward", "Analyst", "Q1"],
            ["2", "Ask survivors what stopped them asking for help", "Provider", "Q2"],
            ["2", "Doing more"],
            ["3", "Open a drop-in at the library", "Libraries", "Q3"],
        ],
        bold=(0, 1, 4),
    )

    plan = interpret(xlsx_reader.read(u.workbook_bytes(workbook)))

    assert [(t["ref"], t["title"]) for t in plan["themes"]] == [
        ("1", "Knowing more"),
        ("2", "Doing more"),
    ]
    assert [a["ref"] for a in actions(plan)] == ["1", "2", "3"]


def test_a_task_list_export_groups_by_its_bucket_and_keeps_its_other_columns_apart():
    """A task tool's export: ids that start in lower case, a bucket per theme, a
    "Priority" that ranks the task, a description beside the task's name, a checklist."""
    plan = workbook_plan(
        {
            "Tasks": [
                ["Task ID", "Task Name", "Bucket Name", "Priority", "Assigned To", "Due date"]
                + ["Description", "Checklist Items"],
                ["xa7Qk1-01", "Map where survivors first ask for help", "Insight", "Urgent"]
                + [
                    "Dr Ola Beck",
                    "31/03/2027",
                    "Agreed in June.",
                    "List the services;Book a visit to each",
                ],
                ["xa7Qk1-02", "Publish a yearly data pack", "Insight", "Low", "Ola Beck"]
                + ["30/06/2027", "Agreed in June.", ""],
                ["mq3Zt8-03", "Give every ward a named contact", "Reach", "Medium", "Sam Idris"]
                + ["31/12/2026", "", ""],
            ]
        }
    )

    assert grouping(plan) == [
        ("Insight", ["Map where survivors first ask for help", "Publish a yearly data pack"]),
        ("Reach", ["Give every ward a named contact"]),
    ]
    first = actions(plan)[0]
    assert (first["ref"], first["leads"]) == ("xa7Qk1-01", ["Dr Ola Beck"])
    assert [m["title"] for m in first["milestones"]] == [
        "List the services",
        "Book a visit to each",
    ]
    assert first["other"]["Description"] == "Agreed in June."
    assert first["other"]["Priority"] == "Urgent"


def test_a_second_column_naming_the_action_is_kept_as_its_own_column_not_glued_on():
    plan = workbook_plan(
        {
            "Plan": [
                ["Ref", "Action", "Lead", "Success measure"],
                ["1", "Open a refuge for women with older sons", "Housing", "Refuge open"],
            ]
        }
    )

    assert [(a["title"], a["other"]) for a in actions(plan)] == [
        ("Open a refuge for women with older sons", {"Success measure": "Refuge open"})
    ]


def test_a_theme_code_column_of_a_system_export_gives_the_themes_with_their_codes():
    plan = interpret(
        read_text(
            "item_id\tstrand_code\taction_title\towner_org\tdue_date\n"
            "11\tST1 Listening\tRun a survivor panel every quarter\tProvider\t2026-03-31\n"
            "12\tST1 Listening\tPublish what the panel changed\tCouncil\t2026-06-30\n"
            "21\tST2 Acting\tFund a second outreach worker\tCouncil\t2026-09-30\n"
        )
    )

    assert [(t["ref"], t["title"]) for t in plan["themes"]] == [
        ("ST1", "Listening"),
        ("ST2", "Acting"),
    ]
    assert [len(o["actions"]) for t in plan["themes"] for o in t["objectives"]] == [2, 1]


def test_two_grouping_columns_left_of_the_actions_are_the_theme_and_the_objective():
    workbook = u.openpyxl.Workbook()
    sheet = workbook.active
    u.write_rows(
        sheet,
        [
            ["Standard", "Gap found", "Action", "Owner", "Due"],
            ["Standard 1: Knowing our tenants", "Risk is not recorded", "Add a risk field"]
            + ["Systems", "Jan-27"],
            ["", "", "Check ten files a month", "Housing", "Mar-27"],
            ["", "Staff unsure who to call", "Publish a contacts card", "Housing", "Feb-27"],
            ["Standard 2: Working together", "No data sharing", "Sign the data protocol"]
            + ["Legal", "Apr-27"],
            ["", "", "Train the team on the protocol", "Legal", "May-27"],
        ],
        bold=(0,),
    )
    sheet.merge_cells("A2:A4")
    sheet.merge_cells("B2:B3")
    sheet.merge_cells("A5:A6")
    sheet.merge_cells("B5:B6")
    merged = interpret(xlsx_reader.read(u.workbook_bytes(workbook)))
    repeated = interpret(
        read_text(
            "Review\tRec\tAction\tAgency\tDue\n"
            "Review A\tShare records sooner\tAgree a sharing form\tPolice\tMar-26\n"
            "Review A\t\tTrain staff on the form\tPolice\tJun-26\n"
            "Review A\tAsk about money\tAdd money questions\tHousing\tJul-26\n"
            "Review B\tSee the carer too\tMeet carers at home\tAdults\tSep-26\n"
        )
    )

    assert [
        (t["ref"], t["title"], [o["title"] for o in t["objectives"]]) for t in merged["themes"]
    ] == [
        ("Standard 1", "Knowing our tenants", ["Risk is not recorded", "Staff unsure who to call"]),
        ("Standard 2", "Working together", ["No data sharing"]),
    ]
    assert [(t["title"], [o["title"] for o in t["objectives"]]) for t in repeated["themes"]] == [
        ("Review A", ["Share records sooner", "Ask about money"]),
        ("Review B", ["See the carer too"]),
    ]


def test_a_short_theme_named_in_a_tables_first_header_cell_heads_that_table():
    document = u.word()
    for label, action in (
        ("Aim 1: Listening", "Hold a survivor panel in each of the four towns"),
        ("Aim 2: Safety", "Offer a lock change to every tenant within two days"),
        ("Aim 3: Learning together", "Publish what each review teaches us within a month"),
    ):
        rows = [[label, "Lead", "Timescale"], [action, "Council", "2027"]]
        u.add_table(document, rows + [[f"Report on how we did: {action.lower()}", "Board", "2028"]])

    plan = interpret(docx_reader.read(u.word_bytes(document)))

    assert [(t["ref"], t["title"]) for t in plan["themes"]] == [
        ("Aim 1", "Listening"),
        ("Aim 2", "Safety"),
        ("Aim 3", "Learning together"),
    ]


def test_a_row_labelled_goal_1_with_its_title_beside_it_is_a_theme_not_more_header():
    document = u.word()
    u.add_table(
        document,
        [
            ["Action No.", "Action", "Lead", "Timeframe"],
            ["Goal 1", "Safety at home", "", ""],
            ["1.1", "Fit sanctuary measures within a week of referral", "Housing", "30.09.26"],
            ["Goal 2", "Justice", "", ""],
            ["2.1", "Support victims at every court hearing", "Courts", "2027"],
        ],
        bold_rows=(0, 1, 3),
    )

    plan = interpret(docx_reader.read(u.word_bytes(document)))

    assert [(t["ref"], t["title"]) for t in plan["themes"]] == [
        ("Goal 1", "Safety at home"),
        ("Goal 2", "Justice"),
    ]
    assert [a["ref"] for a in actions(plan)] == ["1.1", "2.1"]


def test_section_rows_at_two_levels_by_indent_and_bold_are_themes_and_objectives():
    workbook = u.openpyxl.Workbook()
    sheet = workbook.active
    u.write_rows(
        sheet,
        [
            ["Plan item", "Lead", "Target date"],
            ["Safer at home"],
            ["Victims can stay in their homes"],
            ["Fit locks and alarms within two days of referral", "Housing", "Q1 2026/27"],
            ["Perpetrators leave instead"],
            ["Seek occupation orders in every suitable case", "Legal", "Q2 2026/27"],
            ["Safer online"],
            ["Young people know the signs"],
            ["Run sessions on image-based abuse in every school", "Education", "Q3 2026/27"],
        ],
        bold=(0, 1, 6),
    )
    for row, indent in ((3, 1), (4, 2), (5, 1), (6, 2), (8, 1), (9, 2)):
        sheet.cell(row, 1).alignment = u.openpyxl.styles.Alignment(indent=indent)

    plan = interpret(xlsx_reader.read(u.workbook_bytes(workbook)))

    assert [(t["title"], [o["title"] for o in t["objectives"]]) for t in plan["themes"]] == [
        ("Safer at home", ["Victims can stay in their homes", "Perpetrators leave instead"]),
        ("Safer online", ["Young people know the signs"]),
    ]
    assert len(actions(plan)) == 3


def test_a_key_above_the_table_is_not_a_theme_and_a_column_merged_down_is_the_top_level():
    workbook = u.openpyxl.Workbook()
    sheet = workbook.active
    u.write_rows(
        sheet,
        [
            ["Tenancy team action plan"],
            [],
            ["RAG key"],
            ["Done and evidenced"],
            ["Started, some risk"],
            ["Not started"],
            [],
            ["Area", "Gap found", "Action", "Owner", "Due"],
            ["Records", "Risk not recorded", "Add a risk field to the system", "Systems", "Jan-27"],
            ["", "Files not checked", "Check ten case files a month", "Housing", "Mar-27"],
            ["Training", "Staff unsure", "Train every housing officer", "Learning", "Jun-27"],
            ["", "No refresher", "Offer a refresher every two years", "Learning", "Sep-27"],
        ],
        bold=(0, 2, 7),
    )
    sheet.merge_cells("A9:A10")
    sheet.merge_cells("A11:A12")

    plan = interpret(xlsx_reader.read(u.workbook_bytes(workbook)))

    assert grouping(plan) == [
        ("Records", ["Add a risk field to the system", "Check ten case files a month"]),
        ("Training", ["Train every housing officer", "Offer a refresher every two years"]),
    ]
    assert all(o["title"] is None for t in plan["themes"] for o in t["objectives"])


def test_a_tick_in_one_of_the_theme_columns_puts_the_row_under_that_theme():
    plan = workbook_plan(
        {
            "Plan": [
                ["Ref", "Activity", "Keeping children safe", "Holding abusers to account"]
                + ["Owner", "Due"],
                ["A1", "Train school staff on Operation Encompass", "✓", "", "Schools", "Q1"],
                ["A0", "Agree a court support rota", "", "✓", "Courts", "Q1"],
                ["A2", "Review every breach of a protection order", "", "✓", "Police", "Q2"],
                ["A3", "Offer group work to children in refuge", "✓", "", "Provider", "Q3"],
                ["A4", "Refer repeat abusers to the MATAC panel", "", "✓", "Police", "Q4"],
            ]
        }
    )

    assert grouping(plan) == [
        (
            "Keeping children safe",
            ["Train school staff on Operation Encompass", "Offer group work to children in refuge"],
        ),
        (
            "Holding abusers to account",
            [
                "Agree a court support rota",
                "Review every breach of a protection order",
                "Refer repeat abusers to the MATAC panel",
            ],
        ),
    ]


def test_a_two_level_word_list_gives_themes_from_its_outer_items_and_actions_from_the_inner():
    document = u.word()
    document.add_paragraph("Our priorities and what we will do", style="Heading 1")
    for theme, items in (
        ("Early help", ["Train health visitors to ask about abuse (Lead: NHS; by June 2026)"]),
        (
            "Safe homes",
            [
                "Fit alarms within two days of referral (Lead: Housing; by March 2027)",
                "Keep a refuge space for men (Lead: Provider; by April 2027)",
            ],
        ),
    ):
        document.add_paragraph(theme, style="List Number").runs[0].bold = True
        for item in items:
            document.add_paragraph(item, style="List Number 2")

    plan = interpret(docx_reader.read(u.word_bytes(document)))

    assert grouping(plan) == [
        ("Early help", ["Train health visitors to ask about abuse"]),
        ("Safe homes", ["Fit alarms within two days of referral", "Keep a refuge space for men"]),
    ]
    assert [a["leads"] for a in actions(plan)] == [["NHS"], ["Housing"], ["Provider"]]


def test_a_strategic_aim_column_right_of_the_actions_gives_the_themes():
    plan = interpret(
        read_text(
            "Ref\tAction\tLead\tTarget date\tStrategic aim\n"
            "R1\tLight the path to the station\tHighways\t31/03/2026\tAim 1 - Safe streets\n"
            "R2\tTrain bar staff to step in\tLicensing\t30/06/2026\tAim 1 - Safe streets\n"
            "R3\tOpen a second refuge\tHousing\t31/12/2026\tAim 2 - Safe homes\n"
        )
    )

    assert [(t["ref"], t["title"]) for t in plan["themes"]] == [
        ("Aim 1", "Safe streets"),
        ("Aim 2", "Safe homes"),
    ]
    assert [len(o["actions"]) for t in plan["themes"] for o in t["objectives"]] == [2, 1]


def test_tables_under_year_headings_group_by_their_priority_column_across_the_years():
    head = ["Priority", "Action", "Lead", "When"]
    plan = workbook_plan(
        {
            "Plan": [
                ["Year 1 (2026/27)"],
                head,
                ["Homes", "Fit alarms within two days of referral", "Housing", "Q1 2026/27"],
                ["Moving on", "Give refuge leavers a housing priority", "Housing", "Q2 2026/27"],
                [],
                ["Year 2 (2027/28)"],
                head,
                ["Homes", "Open a second refuge for women with sons", "Housing", "Q3 2027/28"],
                ["Moving on", "Fund a resettlement worker for a year", "Provider", "Q4 2027/28"],
            ]
        }
    )

    assert grouping(plan) == [
        (
            "Homes",
            ["Fit alarms within two days of referral", "Open a second refuge for women with sons"],
        ),
        (
            "Moving on",
            ["Give refuge leavers a housing priority", "Fund a resettlement worker for a year"],
        ),
    ]


def test_themes_named_by_a_code_take_their_titles_from_the_documents_table_of_codes():
    document = u.word()
    document.add_heading("Our priorities", level=1)
    u.add_table(
        document,
        [["Code", "Priority", "What it means"], ["A1", "Early help", "Help sooner"]]
        + [["A2", "Safe homes", "Staying safely at home"]],
    )
    document.add_heading("Action plan", level=1)
    u.add_table(
        document,
        [
            ["No.", "Priority", "Action", "Lead", "By when"],
            ["1", "A1", "Train health visitors to ask about abuse", "NHS", "2026/27"],
            ["2", "A2", "Fit alarms within two days of referral", "Housing", "2026/27"],
            ["3", "A2", "Keep a refuge space for men", "Provider", "2027/28"],
        ],
    )

    plan = interpret(docx_reader.read(u.word_bytes(document)))

    assert [(t["ref"], t["title"]) for t in plan["themes"]] == [
        ("A1", "Early help"),
        ("A2", "Safe homes"),
    ]
