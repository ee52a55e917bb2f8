"""Column roles from header words (a wide vocabulary, slips of the keyboard) and from what
the cells hold; an unknown column is kept as "other", never a reason to refuse a table."""

from __future__ import annotations

import pytest

from cairn.imports import columns
from cairn.imports.grid import Cell, Row
from cairn.imports.interpret import interpret
from cairn.imports.readers.text import read_text


def actions_of(text: str) -> list[dict]:
    plan = interpret(read_text(text))
    return [a for t in plan["themes"] for o in t["objectives"] for a in o["actions"]]


@pytest.mark.parametrize(
    ("header", "role"),
    [
        ("Who", columns.LEAD),
        ("Owner", columns.LEAD),
        ("Action owner", columns.LEAD),
        ("Responsible", columns.LEAD),
        ("Responsible officer", columns.LEAD),
        ("Lead(s)", columns.LEAD),
        ("When", columns.DEADLINE),
        ("By when", columns.DEADLINE),
        ("Target date", columns.DEADLINE),
        ("What", columns.ACTION),
        ("What we will do", columns.ACTION),
        ("How", columns.MILESTONES),
        ("How will we know", columns.INDICATORS),
        ("Why", columns.OUTCOME),
        ("RAG", columns.STATUS),
        ("R/A/G", columns.STATUS),
        ("Current status", columns.STATUS),
        ("Comments", columns.PROGRESS),
        ("Notes", columns.PROGRESS),
        ("Update Q1", columns.PROGRESS),
        ("No.", columns.REF),
        ("Funding", columns.COST),
        ("When needed, the panel meets", None),
        ("Evidence of mapping of services", None),
        ("Who we are", None),
    ],
)
def test_header_vocabulary(header, role):
    assert columns.role_of_header(header) == role


@pytest.mark.parametrize(
    ("header", "role"),
    [
        ("Responsibilty", columns.LEAD),
        ("Deadine", columns.DEADLINE),
        ("Timscale", columns.TIMESCALE),
        ("Progess update", columns.PROGRESS),
    ],
)
def test_a_misspelt_header_beside_known_ones_is_read(header, role):
    row = Row([Cell("Action"), Cell(header)])
    assert columns.header_roles(row) == {0: columns.ACTION, 1: role}


def test_a_data_row_is_not_read_for_misspelt_headers():
    assert columns.header_roles(Row([Cell("Police"), Cell("Dedline")])) == {}


@pytest.mark.parametrize(
    ("values", "role"),
    [
        (["1.1", "1.2", "2.1"], columns.REF),
        (["Green", "Amber", "Red", "Green"], columns.STATUS),
        (["Complete", "On track", "Not started"], columns.STATUS),
        (["March 2025", "Q3 2025/26", "Ongoing", "31/12/2025"], columns.DEADLINE),
        (["Short", "Medium", "Long"], columns.TIMESCALE),
        (["Police", "Public Health", "Jo Bloggs, Housing"], columns.LEAD),
        (
            [
                "Train every midwife in routine enquiry about abuse",
                "Run a campaign in schools about healthy relationships",
            ],
            columns.ACTION,
        ),
    ],
)
def test_a_column_without_a_known_header_takes_the_role_its_cells_show(values, role):
    assert columns.content_role(values, set()) == role


def test_a_second_long_column_beside_a_status_is_progress():
    values = ["Two sessions held and more booked for the spring term", "Awaiting funding decision"]
    taken = {columns.ACTION, columns.STATUS}
    assert columns.content_role(values, taken) == columns.PROGRESS


def test_unknown_headers_keep_their_columns_as_other_and_the_table_is_read():
    document = (
        "Task\tOwner\tLink to strategy\tDue\tBRAG\tComments\n"
        "Recommission the refuge\tCommissioning\tPriority 2\tApril 2026\tGreen\tOn track\n"
        "Train GP practices\tICB\tPriority 1\tJune 2026\tAmber\tTwo of six practices trained\n"
    )
    first, second = actions_of(document)
    assert first["title"] == "Recommission the refuge"
    assert first["leads"] == ["Commissioning"]
    assert first["deadline_text"] == "April 2026"
    assert first["status_text"] == "Green"
    assert first["progress_text"] == "On track"
    assert first["other"] == {"Link to strategy": "Priority 2"}
    assert second["progress_text"] == "Two of six practices trained"


def test_a_table_without_a_header_row_is_read_by_what_its_columns_hold():
    document = (
        "1\tOpen a second refuge for women with complex needs\tHousing\tMarch 2026\tAmber\n"
        "2\tTrain all frontline police officers in coercive control\tPolice\tJune 2025\tGreen\n"
        "3\tPublish a directory of local services for survivors\tCouncil\tDecember 2025\tRed\n"
    )
    actions = actions_of(document)
    assert [a["ref"] for a in actions] == ["1", "2", "3"]
    assert actions[0]["title"] == "Open a second refuge for women with complex needs"
    assert actions[0]["leads"] == ["Housing"]
    assert actions[1]["deadline_text"] == "June 2025"
    assert actions[2]["status_text"] == "Red"


def test_a_key_of_status_words_is_not_a_plan():
    rows = [
        Row([Cell("Green"), Cell("On track to be delivered by the date agreed in the plan")]),
        Row([Cell("Amber"), Cell("Some slippage, but expected to be delivered this year")]),
        Row([Cell("Red"), Cell("Will not be delivered without help from the board")]),
    ]
    assert columns.roles_from_content(rows) == {}


def rows_of(*values: tuple[str, ...], covered: tuple[int, ...] = ()) -> list[Row]:
    return [
        Row([Cell(text, covered=number in covered and index == 0) for index, text in enumerate(v)])
        for number, v in enumerate(values)
    ]


def test_a_column_left_of_the_actions_whose_cells_span_rows_is_the_objective():
    """An "Outcome" merged down its activities groups them, whatever its header says."""
    rows = rows_of(
        ("Safe at school", "Roll out the programme", "Education"),
        ("Safe at school", "Train guidance staff", "Education"),
        ("Safe at school", "Audit disclosures", "Schools"),
        ("Thriving at work", "Gain accreditation", "HR"),
        covered=(1, 2),
    )
    roles = {0: columns.OUTCOME, 1: columns.ACTION, 2: columns.LEAD}
    assert columns.grouping_column(roles, rows)[0] == columns.OBJECTIVE
    written_every_time = rows_of(*(tuple(row.cells[i].text for i in range(3)) for row in rows))
    assert columns.grouping_column(roles, written_every_time)[0] == columns.OUTCOME


def test_of_two_grouping_columns_the_left_one_repeating_down_the_rows_is_the_theme():
    rows = rows_of(
        ("Prevent", "Change attitudes", "Fund a schools programme"),
        ("Prevent", "", "Run a campaign"),
        ("Protect", "Consistent response", "Audit call handling"),
    )
    roles = {0: columns.OBJECTIVE, 1: columns.OBJECTIVE, 2: columns.ACTION}
    assert columns.theme_column(roles, rows) == {
        0: columns.THEME,
        1: columns.OBJECTIVE,
        2: columns.ACTION,
    }


def test_a_repeated_priority_column_gives_the_themes():
    plan = interpret(
        read_text(
            "Priority\tObjective\tAction\tOwner\n"
            "Prevent\tChange attitudes\tFund a schools programme\tOPCC\n"
            "Prevent\t\tRun a campaign with the football club\tOPCC\n"
            "Pursue\tMore offenders charged\tReview stalking decisions\tPolice\n"
        )
    )
    assert [(t["title"], [o["title"] for o in t["objectives"]]) for t in plan["themes"]] == [
        ("Prevent", ["Change attitudes"]),
        ("Pursue", ["More offenders charged"]),
    ]


def test_question_headers_name_their_columns():
    found = actions_of(
        "Delivery plan 2025-26\n\n"
        "What are we going to do?\tWhy are we doing it?\tWho will do it?\t"
        "When will it be done by?\tHow will we measure success?\n"
        "Train GPs in the IRIS model\tGPs are often told first\tICB\tMarch 2026\tReferrals\n"
        "Publish a services directory\tSurvivors did not know where to go\tCommunity Safety"
        "\tSeptember 2025\tDownloads\n"
    )
    assert [(a["title"], a["leads"], a["deadline_text"], a["outcome"]) for a in found] == [
        ("Train GPs in the IRIS model", ["ICB"], "March 2026", "GPs are often told first"),
        (
            "Publish a services directory",
            ["Community Safety"],
            "September 2025",
            "Survivors did not know where to go",
        ),
    ]


def test_a_start_date_beside_an_end_date_is_not_the_deadline():
    (action,) = actions_of(
        "Plan 2025\n\nRef\tAction\tOwner\tStart date\tEnd date\n"
        "V1\tReview the MARAC protocol\tMARAC Coordinator\tApril 2025\tSeptember 2025\n"
    )
    assert action["deadline_text"] == "September 2025"
    assert action["other"] == {"Start date": "April 2025"}


def test_a_priority_column_is_the_themes_when_nothing_else_marks_them():
    plan = interpret(
        read_text(
            "Safer Streets Action Plan\n\n"
            "Priority\tAction\tLead\tTarget date\n"
            "Prevention\tRun a campaign on coercive control\tComms Team\tDecember 2025\n"
            "Prevention\tHealthy relationships lessons\tEducation\tJuly 2026\n"
            "Support\tRecommission the IDVA service\tPublic Health\tApril 2026\n"
        )
    )
    assert [(t["title"], len(t["objectives"][0]["actions"])) for t in plan["themes"]] == [
        ("Prevention", 2),
        ("Support", 1),
    ]


def test_numbered_section_rows_are_themes_with_their_numbers():
    plan = interpret(
        read_text(
            "Safer Streets Action Plan\n\n"
            "Ref\tAction\tLead\tDeadline\n"
            "1. PREVENTION\n"
            "1.1\tRun a campaign on coercive control\tComms Team\tDecember 2025\n"
            "2\tStrategic priority 2: Support\n"
            "2.1\tRecommission the IDVA service\tPublic Health\tApril 2026\n"
        )
    )
    assert [(t["ref"], t["title"]) for t in plan["themes"]] == [
        ("1", "PREVENTION"),
        ("Strategic priority 2", "Support"),
    ]
    assert plan["title"] == "Safer Streets Action Plan"


def test_a_table_without_a_header_row_keeps_its_refs_and_its_first_theme():
    plan = interpret(
        read_text(
            "Safer Streets Action Plan 2025-26\n\n"
            "PREVENTION\n"
            "1.1\tRun a campaign on coercive control across the borough\tComms Team"
            "\tDecember 2025\tGreen\n"
            "1.2\tDeliver healthy relationships lessons in every school\tEducation"
            "\tJuly 2026\tAmber\n"
            "SUPPORT\n"
            "2.1\tRecommission the IDVA service with a single front door\tPublic Health"
            "\tApril 2026\tGreen\n"
        )
    )
    assert [
        (t["title"], [a["ref"] for o in t["objectives"] for a in o["actions"]])
        for t in plan["themes"]
    ] == [("PREVENTION", ["1.1", "1.2"]), ("SUPPORT", ["2.1"])]
    assert plan["confidence"] == "low"
