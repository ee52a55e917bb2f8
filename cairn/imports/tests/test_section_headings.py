"""Where a plan's parts are named: a heading over each table, the first as the others, and
header rows that say what a column holds in brackets (a SMART table).

Each document is small, written here in the shape a kind of real plan takes, in words no
corpus document uses. Parse-only: no database.
"""

from __future__ import annotations

from cairn.imports.interpret import interpret
from cairn.imports.readers import docx as docx_reader
from cairn.imports.readers.text import read_text
from cairn.imports.tests.documents import unseen as u

HEADER = ["What we will do", "Owner", "Target"]


def grouping(plan: dict) -> list[tuple[str, list[str]]]:
    """Each theme's title with the titles of the actions under it."""
    return [
        (theme["title"], [a["title"] for o in theme["objectives"] for a in o["actions"]])
        for theme in plan["themes"]
    ]


def word_plan(document) -> dict:
    return interpret(docx_reader.read(u.word_bytes(document)))


def sections_document(title_style: str, parts: dict[str, list[str]]):
    """A title, a line of prose, then each part's heading over its own table of actions."""
    document = u.word()
    document.add_paragraph("Marlow Cross Safer Homes Partnership", style=title_style)
    document.add_paragraph("Agreed at the board in May. Reviewed each quarter.")
    for heading, titles in parts.items():
        paragraph = document.add_paragraph(heading, style="Heading 1")
        paragraph.runs[0].bold = True
        u.add_table(document, [HEADER, *[[title, "Housing", "Mar 2027"] for title in titles]])
    return document


PARTS = {
    "Refuge places": ["Open six more refuge rooms", "Keep two rooms for large families"],
    "Getting help early": ["Put an adviser in each GP surgery"],
    "Courts": ["Run a weekly specialist list"],
}


def test_the_first_parts_heading_styled_as_the_others_is_a_theme_not_the_title():
    plan = word_plan(sections_document("Title", PARTS))

    assert grouping(plan) == list(PARTS.items())


def test_the_first_parts_heading_is_a_theme_when_the_title_is_a_heading_of_its_level_too():
    plan = word_plan(sections_document("Heading 1", PARTS))

    assert [theme["title"] for theme in plan["themes"]] == list(PARTS)


def test_a_heading_over_the_one_table_of_actions_is_not_a_theme():
    document = u.word()
    document.add_paragraph("Marlow Cross Safer Homes Partnership", style="Heading 1")
    document.add_paragraph("Our figures", style="Heading 1")
    u.add_table(document, [["Measure", "2024", "2025"], ["Calls to the helpline", "310", "355"]])
    document.add_paragraph("The action plan", style="Heading 1")
    u.add_table(document, [HEADER, ["Open six more refuge rooms", "Housing", "Mar 2027"]])

    plan = word_plan(document)

    assert grouping(plan) == [("", ["Open six more refuge rooms"])]


def test_a_smart_tables_header_says_what_its_columns_hold_and_is_not_an_action():
    document = u.word()
    header = ["Specific (what happens)", "Measurable (the evidence)", "Achievable (funding)"]
    header += ["Relevant (to which aim)", "Time-bound"]
    u.add_table(
        document,
        [
            [*header, "Responsible"],
            ["Offer a safety plan at every ante-natal booking", "All bookings", "Staff time",
             "Priority 2", "By 31 March 2027", "Maternity Services"],
            ["Fund a second outreach worker", "One post filled", "Grant", "Priority 1",
             "By 30 June 2026", "Public Health"],
        ],
    )  # fmt: skip

    plan = word_plan(document)

    actions = [a for t in plan["themes"] for o in t["objectives"] for a in o["actions"]]
    assert [(a["title"], a["leads"], a["deadline_text"]) for a in actions] == [
        ("Offer a safety plan at every ante-natal booking", ["Maternity Services"],
         "By 31 March 2027"),
        ("Fund a second outreach worker", ["Public Health"], "By 30 June 2026"),
    ]  # fmt: skip


def test_a_header_explained_in_brackets_names_its_column_by_either_part():
    document = u.word()
    u.add_table(
        document,
        [
            ["Step (what happens)", "Named person (who leads)", "Month (due by)"],
            ["Write the housing protocol", "Housing Options", "Sept 2026"],
        ],
    )

    plan = word_plan(document)

    action = plan["themes"][0]["objectives"][0]["actions"][0]
    assert (action["title"], action["leads"], action["deadline_text"]) == (
        "Write the housing protocol",
        ["Housing Options"],
        "Sept 2026",
    )


def test_a_header_qualifying_a_levels_noun_names_that_level_written_once_over_its_actions():
    document = u.word()
    u.add_table(
        document,
        [
            ["Overall aim", "Agreed actions", "Service lead", "Due"],
            ["Fewer survivors wait for a refuge place", "Open six more refuge rooms",
             "Housing", "Mar 2027"],
            ["", "Keep two rooms for large families", "Housing", "Sep 2026"],
            ["Help reaches families sooner", "Put an adviser in each GP surgery",
             "Public Health", "2027"],
        ],
    )  # fmt: skip

    plan = word_plan(document)

    objectives = plan["themes"][0]["objectives"]
    assert [(o["title"], [a["title"] for a in o["actions"]]) for o in objectives] == [
        ("Fewer survivors wait for a refuge place",
         ["Open six more refuge rooms", "Keep two rooms for large families"]),
        ("Help reaches families sooner", ["Put an adviser in each GP surgery"]),
    ]  # fmt: skip


def seed_form_text(parts: list[tuple[str, str, list[str]]], before: str = "") -> str:
    """A plan as text is copied out of a document: each part's line, a line under it, then
    its table (tab-separated)."""
    lines = ["Eastholme Family Safety Plan 2026 to 2028", "", before]
    for heading, under, titles in parts:
        lines += [heading, "", under, "", "Action\tLead\tBy"]
        lines += [f"{title}\tHousing\tMar 2027" for title in titles]
        lines.append("")
    return "\n".join(lines)


def test_a_plain_line_under_a_parts_heading_is_its_subtitle_not_a_part():
    text = seed_form_text(
        [
            ("### Commitment 1: Homes that are safe", "Kāinga haumaru", ["Fit door alarms"]),
            ("### Commitment 2: Help that comes early", "Āwhina moata", ["Train GP staff"]),
        ]
    )

    plan = interpret(read_text(text))

    assert [t["title"] for t in plan["themes"]] == [
        "Commitment 1: Homes that are safe",
        "Commitment 2: Help that comes early",
    ]


def test_a_plain_numbered_line_however_long_names_its_part_and_its_strapline_does_not():
    long_title = "Commitment 2: Help that comes early for every family that asks for it"
    text = seed_form_text(
        [
            ("Commitment 1: Homes that are safe", "Safe homes first", ["Fit door alarms"]),
            (long_title, "Early help", ["Train GP staff"]),
        ]
    )

    plan = interpret(read_text(text))

    assert [t["title"] for t in plan["themes"]] == [
        "Commitment 1: Homes that are safe",
        long_title,
    ]


def test_a_goals_label_is_its_ref_and_a_line_over_a_table_of_names_above_it_is_no_part():
    text = seed_form_text(
        [("GOAL 1: KEEP EVERY FAMILY SAFE IN THEIR OWN HOME WHEN IT IS RIGHT", "", ["Fit alarms"])],
        before="Board members\n\nAgency\tMember\nHousing\tJo Ames\n",
    )

    plan = interpret(read_text(text))

    assert [(t["ref"], t["title"]) for t in plan["themes"]] == [
        ("GOAL 1", "KEEP EVERY FAMILY SAFE IN THEIR OWN HOME WHEN IT IS RIGHT")
    ]


def test_a_priority_area_row_under_each_repeated_header_names_its_part_not_more_header():
    rows = ["Ref\tAction\tLead\tWhen"]
    rows += ["Priority area 1: Safer homes\t\t\t", "1.1\tFit door alarms\tHousing\t2026", ""]
    rows += ["Ref\tAction\tLead\tWhen"]
    rows += ["Priority area 2: Early help\t\t\t", "2.1\tTrain GP staff\tHealth\t2027", ""]

    plan = interpret(read_text("\n".join(rows)))

    assert [(t["ref"], t["title"]) for t in plan["themes"]] == [
        ("Priority area 1", "Safer homes"),
        ("Priority area 2", "Early help"),
    ]


def test_one_column_for_both_levels_gives_objectives_over_their_numbered_actions():
    rows = ["No.\tAim / Action\tLead\tDue"]
    rows += ["1\t<b>SAFER HOMES</b>\t\t", "1.1\t<b>Fewer families wait for a refuge</b>\t\t"]
    rows += [
        "1.1.1\tOpen six refuge rooms\tHousing\t2026",
        "1.1.2\tFund a move-on worker\tHousing\t2027",
    ]
    rows += ["1.2\t<b>Homes made secure</b>\t\t", "1.2.1\tFit door alarms\tRepairs\t2026"]

    plan = interpret(read_text("\n".join(rows)))

    assert [t["title"] for t in plan["themes"]] == ["SAFER HOMES"]
    objectives = plan["themes"][0]["objectives"]
    assert [(o["title"], [a["title"] for a in o["actions"]]) for o in objectives] == [
        ("Fewer families wait for a refuge", ["Open six refuge rooms", "Fund a move-on worker"]),
        ("Homes made secure", ["Fit door alarms"]),
    ]


def test_two_grouping_columns_over_a_page_break_header_give_themes_and_objectives():
    header = "Strand\tAim\tAction\tLead\tDue"
    rows = [header, "Safer homes\tFewer families wait\tOpen six refuge rooms\tHousing\t2026"]
    rows += ["\t\tFund a move-on worker\tHousing\t2027"]
    rows += ["\tHomes made secure\tFit door alarms\tRepairs\t2026", "", header]
    rows += ["\t\tRepair locks in a day\tRepairs\t2026"]
    rows += ["Early help\tAbuse seen sooner\tTrain GP staff\tHealth\t2027"]
    rows += ["\t\tAsk at every ante-natal visit\tMidwifery\t2027"]

    plan = interpret(read_text("\n".join(rows)))

    assert [
        (t["title"], [(o["title"], len(o["actions"])) for o in t["objectives"]])
        for t in plan["themes"]
    ] == [
        ("Safer homes", [("Fewer families wait", 2), ("Homes made secure", 2)]),
        ("Early help", [("Abuse seen sooner", 2)]),
    ]


def test_a_numbered_line_alone_above_each_table_of_a_text_is_its_parts_heading():
    header = "Aim\tAction\tOwner\tBy\tRAG"
    text = "\n".join(
        ["Our aims", "", "1. Fewer repeat victims", "2. Earlier help", "3. Safer homes", ""]
        + ["1. Safer homes", "", header, "Homes are secure\tFit door alarms\tRepairs\t2026\tG"]
        + ["", "2. Early help", "", header, "Help comes sooner\tTrain GP staff\tHealth\t2027\tA"]
    )

    plan = interpret(read_text(text))

    assert [(t["ref"], t["title"]) for t in plan["themes"]] == [
        ("1", "Safer homes"),
        ("2", "Early help"),
    ]


def test_a_row_after_a_repeated_header_is_its_own_action_after_a_one_letter_status():
    header = "Aim\tAction\tOwner\tBy\tRAG"
    rows = [header, "Homes are secure\tFit door alarms\tRepairs\t2026\tA", "", header]
    rows += ["\tRepair locks within a day\tRepairs\t2027\tG"]

    plan = interpret(read_text("\n".join(rows)))

    actions = plan["themes"][0]["objectives"][0]["actions"]
    assert [a["title"] for a in actions] == ["Fit door alarms", "Repair locks within a day"]


def items(plan: dict) -> list[tuple[str | None, str, list[str]]]:
    """Each action with its objective's title and its milestones' titles."""
    return [
        (o["title"], a["title"], [m["title"] for m in a.get("milestones", [])])
        for t in plan["themes"]
        for o in t["objectives"]
        for a in o["actions"]
    ]


def test_a_next_actions_column_after_the_lead_and_date_is_notes_not_the_plans_actions():
    rows = ["Recommendation\tLead\tDue\tRAG\tUpdate\tNext actions"]
    rows += ["Fund a refuge worker\tHousing\tMar 2027\tG\tIn post\tReview in June"]
    rows += ["Train GP staff\tHealth\t2027\tA\tTwo sessions\tBook the rest"]

    plan = interpret(read_text("\n".join(rows)))

    assert items(plan) == [
        (None, "Fund a refuge worker", []),
        (None, "Train GP staff", []),
    ]


def test_a_linked_objectives_codes_beside_the_actions_make_no_objectives():
    rows = ["Action\tLead\tLinked objective"]
    rows += ["Fund a refuge worker\tHousing\tSO2", "Train GP staff\tHealth\tSO1"]
    rows += ["Map unsafe bus stops\tTransport\tSO2"]

    plan = interpret(read_text("\n".join(rows)))

    assert [objective for objective, _action, _steps in items(plan)] == [None, None, None]


def test_a_table_of_deliverables_with_their_leads_and_dates_is_a_plan_of_them():
    rows = ["Deliverable\tLead\tDeadline\tRAG"]
    rows += ["Refuge worker in post\tHousing\tMar 2027\tG", "GP staff trained\tHealth\t2027\tA"]

    plan = interpret(read_text("\n".join(rows)))

    assert [action for _objective, action, _steps in items(plan)] == [
        "Refuge worker in post",
        "GP staff trained",
    ]


def test_a_plain_part_name_under_a_bold_line_is_a_part_where_the_other_parts_are_plain_too():
    document = u.word()
    document.add_paragraph("Westmarch Safer Homes Partnership 2026-2028")
    bold = document.add_paragraph()
    bold.add_run("What we will deliver").bold = True
    for name, title in (("Refuges", "Open six refuge rooms"), ("Courts", "Run a weekly list")):
        document.add_paragraph(name)
        u.add_table(document, [HEADER, [title, "Housing", "Mar 2027"]])

    plan = word_plan(document)

    assert [t["title"] for t in plan["themes"]] == ["Refuges", "Courts"]


def test_an_unnamed_column_of_aims_written_once_over_blank_cells_gives_the_objectives():
    families = "Families and children find help quickly through local support services"
    courts = "Courts keep victims safe and hear their voices in every case"
    rows = ["Priority 1: Safer homes", "", "Desired change\tRef\tAction\tLead\tWhen"]
    rows += [f"{families}\tH1\tOpen a hub in each town\tHousing\t2026"]
    rows += ["\tH2\tTrain hub staff\tHousing\t2027", "\tH3\tAdvertise the hubs\tComms\t2027"]
    rows += [f"{courts}\tC1\tRun a weekly list\tCourts\t2026"]

    plan = interpret(read_text("\n".join(rows)))

    objectives = [objective for objective, _action, _steps in items(plan)]
    assert objectives == [families, families, families, courts]


def test_a_merged_cells_words_run_on_beside_a_numbered_row_go_up_and_the_row_stays_its_own():
    rows = ["Priority 1: Safer homes", "", "Desired change\tRef\tAction\tLead\tWhen"]
    rows += ["Families find help through\tH1\tOpen a hub in each town\tHousing\t2026"]
    rows += ["local services quickly\tH2\tTrain hub staff\tHousing\t2027"]
    rows += ["\tH3\tAdvertise the hubs\tComms\t2027"]
    rows += ["Courts keep victims safe\tC1\tRun a weekly list\tCourts\t2026"]
    rows += ["\tC2\tFund two advocates\tCourts\t2027"]

    plan = interpret(read_text("\n".join(rows)))

    families = "Families find help through local services quickly"
    assert items(plan) == [
        (families, "Open a hub in each town", []),
        (families, "Train hub staff", []),
        (families, "Advertise the hubs", []),
        ("Courts keep victims safe", "Run a weekly list", []),
        ("Courts keep victims safe", "Fund two advocates", []),
    ]


def test_a_logic_models_inputs_written_once_over_its_activities_are_resources_not_objectives():
    rows = ["Priority 1: Safer homes", "", "Inputs\tActivities\tResponsible\tTimeline"]
    rows += ["Grant: one advocate; half a manager\tOpen a hub in each town\tHousing\tYear 1"]
    rows += ["\tTrain hub staff\tHousing\tYear 2", "\tAdvertise the hubs\tComms\tYear 2"]
    rows += ["Council budget: two posts\tRun a weekly list\tCourts\tYear 1"]

    plan = interpret(read_text("\n".join(rows)))

    assert [objective for objective, _action, _steps in items(plan)] == [None] * 4
