"""Plans that are not clean tables: pipe tables, space-aligned columns, hard-wrapped text,
headings with lists; and documents with no plan in them, refused with what they hold."""

from __future__ import annotations

import textwrap

import pytest

from cairn.imports.grid import UnreadableDocument
from cairn.imports.interpret import interpret
from cairn.imports.parse import parse_file
from cairn.imports.readers.segment import PIPE_TABLE, SPACED_TABLE
from cairn.imports.readers.text import read_text


def plan_of(text: str) -> dict:
    return interpret(read_text(textwrap.dedent(text)))


def actions(plan: dict) -> list[dict]:
    return [a for t in plan["themes"] for o in t["objectives"] for a in o["actions"]]


def test_a_pipe_table_is_read_as_the_plan_table():
    plan = plan_of(
        """\
        | Ref | Action | Lead | By when | RAG |
        |-----|--------|------|---------|-----|
        | 1.1 | Train all GP practices in the IRIS model | ICB, IRIS | March 2025 | Green |
        | 1.2 | Publish a local support directory | Council | Q3 2024/25 | Amber |
        """
    )
    first, second = actions(plan)
    assert (first["ref"], first["title"]) == ("1.1", "Train all GP practices in the IRIS model")
    assert first["leads"] == ["ICB", "IRIS"] and first["status_text"] == "Green"
    assert second["deadline_text"] == "Q3 2024/25"
    assert PIPE_TABLE in plan["reading"]


def test_a_pipe_row_hard_wrapped_over_two_lines_is_one_row():
    plan = plan_of(
        """\
        | Action | Lead | Deadline |
        | --- | --- | --- |
        | Commission a perpetrator programme for the whole | Probation |
        county | March 2026 |
        """
    )
    (action,) = actions(plan)
    assert action["title"] == "Commission a perpetrator programme for the whole"
    assert action["leads"] == ["Probation"]


def test_columns_aligned_with_spaces_are_a_table_and_wrapped_cells_join():
    document = read_text(
        textwrap.dedent(
            """\
            Action                                   Owner              Due          Status
            Deliver bystander training to door       Licensing Team     Jun 2025     On track
            staff across the town centre
            Review street lighting in hotspots       Highways           Dec 2025     Complete
            """
        )
    )
    (table,) = [block for block in document.blocks if block.is_table]
    assert table.layout == SPACED_TABLE
    plan = interpret(document)
    first, second = actions(plan)
    assert first["title"] == "Deliver bystander training to door staff across the town centre"
    assert first["leads"] == ["Licensing Team"] and first["status_text"] == "On track"
    assert second["deadline_text"] == "Dec 2025"


def test_prose_with_double_spaces_is_not_a_table():
    document = read_text(
        "We will work together.  Partners agree this plan.\n"
        "It runs for three years.  The board reviews it.\n"
    )
    assert not any(block.is_table for block in document.blocks)


def test_a_table_of_one_row_is_a_plan_of_one_action():
    plan = plan_of("Action\tLead\tDeadline\nSet up a survivors' forum\tPublic Health\tMarch 2026\n")
    (action,) = actions(plan)
    assert action["title"] == "Set up a survivors' forum"
    assert action["deadline_text"] == "March 2026"


def test_a_plan_without_themes_is_one_theme_with_no_title():
    plan = plan_of("Action\tLead\nSet up a survivors' forum\tPublic Health\nRun a campaign\tCSP\n")
    assert [theme["title"] for theme in plan["themes"]] == [""]


BULLETS = """\
# Westshire VAWG Delivery Plan 2025-2027

This plan sets out what partners will do over the next two years.

## Priority 1: Prevention

Stopping abuse before it starts.

- Deliver healthy relationships lessons in every school (Lead: Education Service; by July 2026)
  - Train PSHE leads in all schools
  - Evaluate with pupil surveys
- Run an annual bystander campaign. Lead: Community Safety Team. Deadline: March 2026

## Priority 2: Support for victims

1. Recommission the IDVA service with a single point of access
   Lead: Commissioning, Public Health
   When: April 2026
2. Extend the sanctuary scheme to private rented homes
   Who: Housing Options
   When: Ongoing
"""


def test_headings_with_lists_are_themes_actions_and_milestones():
    plan = plan_of(BULLETS)
    assert plan["title"] == "Westshire VAWG Delivery Plan 2025-2027"
    assert plan["reading"] == "headings and lists"
    prevention, support = plan["themes"]
    assert (prevention["ref"], prevention["title"]) == ("Priority 1", "Prevention")
    assert prevention["description"] == "Stopping abuse before it starts."
    lessons, campaign = prevention["objectives"][0]["actions"]
    assert lessons["title"] == "Deliver healthy relationships lessons in every school"
    assert lessons["leads"] == ["Education Service"]
    assert lessons["deadline_text"] == "by July 2026"
    assert [m["title"] for m in lessons["milestones"]] == [
        "Train PSHE leads in all schools",
        "Evaluate with pupil surveys",
    ]
    assert campaign["leads"] == ["Community Safety Team"]
    assert campaign["deadline_text"] == "March 2026"
    idva, sanctuary = support["objectives"][0]["actions"]
    assert idva["ref"] == "1" and idva["leads"] == ["Commissioning", "Public Health"]
    assert idva["deadline"]["kind"] == "date"
    assert sanctuary["leads"] == ["Housing Options"]
    assert sanctuary["deadline_text"] == "Ongoing"


def wrap(text: str, width: int) -> str:
    """Hard-wrap each line at `width`, breaking at spaces, as an email client does."""
    lines = []
    for line in text.splitlines():
        indent = line[: len(line) - len(line.lstrip())]
        lines.extend(
            textwrap.wrap(line, width, subsequent_indent=indent, break_long_words=False) or [""]
        )
    return "\n".join(lines)


def test_text_hard_wrapped_at_a_fixed_width_reads_as_before():
    plan = plan_of(BULLETS)
    wrapped = interpret(read_text(wrap(BULLETS, 60)))
    assert wrapped["themes"] == plan["themes"]


def test_headings_with_field_lines_under_them_are_actions():
    plan = plan_of(
        """\
        Recommendations tracker

        Recommendation 1: Share risk information at MARAC

        Action: Agree an information-sharing protocol with GP surgeries
        Lead: ICB Safeguarding
        Deadline: June 2025

        Action: Audit MARAC referrals from primary care
        Lead: ICB Safeguarding
        Deadline: December 2025
        """
    )
    titles = [a["title"] for a in actions(plan)]
    assert titles == [
        "Agree an information-sharing protocol with GP surgeries",
        "Audit MARAC referrals from primary care",
    ]
    assert [t["title"] for t in plan["themes"]] == ["Share risk information at MARAC"]


def test_a_letter_is_refused_saying_what_it_is():
    with pytest.raises(UnreadableDocument, match="a letter of 3 paragraphs, with no actions"):
        plan_of("Dear colleagues,\n\nPlease find the strategy attached.\n\nRegards, Jo\n")


def test_nothing_but_a_table_without_plan_columns_is_refused_saying_so():
    document = read_text("Budget summary\n\nIncome\t£100\nCosts\t£90\n")
    with pytest.raises(
        UnreadableDocument, match=r"1 table \(2 rows\) headed “Income, £100” without a plan"
    ):
        interpret(document)


def test_markdown_files_are_read_like_text(tmp_path):
    path = tmp_path / "plan.md"
    path.write_text(BULLETS)
    assert len(actions(parse_file(path))) == 4


def wrap_keeping_tabs(text: str, width: int) -> str:
    """Hard-wrap each line at `width`, breaking at spaces only (a tab is part of a word), as
    an email client wraps a table pasted as tab-separated text."""
    lines = []
    for line in text.splitlines():
        current = ""
        for word in line.split(" "):
            candidate = f"{current} {word}" if current else word
            if len(candidate) > width and current:
                lines.append(current)
                current = word
            else:
                current = candidate
        lines.append(current)
    return "\n".join(lines) + "\n"


TAB_PLAN = (
    "Northshire Domestic Abuse Delivery Plan 2026-2028\n\n"
    "Objective\tAction\tLead\tDeadline\n"
    "SAFE HOMES\n"
    "Make it possible for survivors and their children to stay safely in their own homes"
    "\tExtend the sanctuary scheme to private tenants across the county\tHousing Options"
    "\tMarch 2027\n"
    "\tRecruit two specialist housing workers to sit with the council's homelessness team"
    "\tHousing Options, Refuge Trust\tSeptember 2026\n"
    "Priority 2: Children and young people who have lived with abuse get help early\n"
    "Give every school a trained lead for domestic abuse\tTrain designated safeguarding leads"
    "\tEducation Service\tJuly 2027\n"
    "\tRun group work for children in refuge\tChildren's Services\tOngoing\n"
)


def test_a_tab_table_hard_wrapped_at_a_fixed_width_reads_as_before():
    plan = plan_of(TAB_PLAN)
    wrapped = interpret(read_text(wrap_keeping_tabs(TAB_PLAN, 72)))

    assert wrap_keeping_tabs(TAB_PLAN, 72).count("\n") > TAB_PLAN.count("\n") + 4
    assert [t["title"] for t in wrapped["themes"]] == [
        "SAFE HOMES",
        "Children and young people who have lived with abuse get help early",
    ]
    assert wrapped["themes"] == plan["themes"]


def test_wrapped_tab_lines_are_cut_into_rows_that_have_all_their_tabs():
    from cairn.imports.readers.segment import row_cuts

    texts = [
        "Action\tLead\tDeadline",
        "Audit the referral pathway from A&E to the IDVA service and report to",
        "the board\tHealth\tJune 2026",
        "Commission a perpetrator programme\tProbation\tMarch 2027",
        "JUSTICE",
    ]
    wrapped = [False, False, True, False, False]
    assert row_cuts(texts, wrapped) == [(0, 1), (1, 3), (3, 4), (4, 5)]
    # a line that ran to the width before a row's first line: the rows still have their tabs
    assert row_cuts(texts, [False, False, True, True, False]) == [(0, 1), (1, 3), (3, 4), (4, 5)]


def test_a_status_label_above_a_priority_s_rating_does_not_swallow_the_actions_after_it():
    # "Status:" labels what follows; only a key's own title ("BRAG key", "Legend") opens a key.
    plan = plan_of(
        "Domestic Abuse Action Plan\n\n"
        "Priority 1: Prevention\nStatus:\nGreen - on track\n"
        "- Run a campaign in schools (Lead: Education, March 2026)\n"
        "- Train GPs in IRIS (Lead: ICB, June 2026)\n\n"
        "Priority 2: Support\nStatus:\nAmber - some risk\n"
        "- Commission two refuge spaces (Lead: Housing, April 2026)\n"
        "- Extend the IDVA service (Lead: Community Safety, March 2027)\n"
    )
    by_theme = {
        t["title"]: [a["title"] for o in t["objectives"] for a in o["actions"]]
        for t in plan["themes"]
        if t["title"]
    }
    assert by_theme["Support"] == ["Commission two refuge spaces", "Extend the IDVA service"]
