"""The importer against the seed plans and their hand-made truth, and its parts one by one."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from cairn.imports import columns
from cairn.imports.grid import Block, Cell, Document, Row, UnreadableDocument
from cairn.imports.interpret import interpret
from cairn.imports.leads import LeadVocabulary, split_leads
from cairn.imports.milestones import split_items
from cairn.imports.parse import parse_file
from cairn.imports.readers.text import read_text
from cairn.imports.scoring import format_score_table, score
from cairn.imports.tests.seeds import seed_params, truth_of

DOCUMENTS = Path(__file__).parent / "documents"
STRUCTURE_SHORTFALLS: dict[str, str] = {}
"""Seeds whose themes do not yet come out as the document's: marked xfail until they do."""


@pytest.mark.parametrize(("seed", "extension"), seed_params())
def test_seed_imports_as_well_as_its_truth(seed, extension):
    result = score(parse_file(seed), truth_of(seed), seed.stem)
    print(format_score_table([result]))
    assert result.f1 >= 0.95, result
    assert result.lead_f1 >= 0.90, result
    assert result.deadline_agreement >= 0.95, result


@pytest.mark.parametrize(("seed", "extension"), seed_params())
def test_seed_structure_matches_its_truth(seed, extension):
    """The themes are the document's, and each item sits in the theme it sits in there."""
    shortfall = STRUCTURE_SHORTFALLS.get(seed.name[:3])
    if shortfall:
        pytest.xfail(shortfall)
    result = score(parse_file(seed), truth_of(seed), seed.stem)
    print(format_score_table([result]))
    assert result.theme_f1 >= 0.95, result
    assert result.placement >= 0.95, result


@pytest.mark.parametrize(("seed", "extension"), seed_params())
def test_seed_plan_matches_the_schema(seed, extension):
    import jsonschema

    schema_path = seed.parent.parent / "plan.schema.json"
    if not schema_path.is_file():
        pytest.skip(f"No plan.schema.json beside the seeds folder {seed.parent}")
    jsonschema.validate(parse_file(seed), json.loads(schema_path.read_text()))


# The text reader


def test_text_reader_reads_tabs_html_lists_and_bold():
    document = read_text(
        "### My plan 2024-25\n\nObjective\tLead\n"
        "<b>Do a thing</b>\t<ul><li>Police</li><li>Council &amp; partners</li></ul>\n"
    )
    assert document.title == "My plan 2024-25"
    table = next(block for block in document.blocks if block.is_table)
    cell, leads = table.rows[1].cells
    assert cell.bold and cell.text == "Do a thing"
    assert leads.bullets == ["Police", "Council & partners"]


def test_text_reader_joins_spaced_capitals_and_drops_dash_rules():
    document = read_text("A\tB\n-----\t-----\nP R E V E N T\tx\n")
    rows = document.blocks[0].rows
    assert len(rows) == 2
    assert rows[1].cells[0].text == "PREVENT" and rows[1].cells[0].spaced_letters


def test_text_reader_spills_a_line_without_tabs_into_the_row_above():
    document = read_text("Action\tLead\nStart the work\tPolice and\nProbation\n")
    assert document.blocks[0].rows[1].cells[1].text == "Police and\nProbation"


# Column roles


@pytest.mark.parametrize(
    ("header", "role"),
    [
        ("Objective", columns.OBJECTIVE),
        ("PRIORITY AREAS", columns.OBJECTIVE),
        ("Recommendation", columns.OBJECTIVE),
        ("Aim", columns.OBJECTIVE),
        ("Action", columns.ACTION),
        ("Delivery Actions required", columns.ACTION),
        ("SUCCESS MEASURES", columns.ACTION),
        ("Milestones", columns.MILESTONES),
        ("Lead", columns.LEAD),
        ("Ownership", columns.LEAD),
        ("Accountable leads", columns.LEAD),
        ("LED BY", columns.LEAD),
        ("Lead agency", columns.LEAD),
        ("Collabor ation (e.g Police, NHS, CCG)", columns.COLLABORATORS),
        ("Deadline", columns.DEADLINE),
        ("BY WHEN", columns.DEADLINE),
        ("Timeline", columns.DEADLINE),
        ("Anticipated completion date", columns.DEADLINE),
        ("Timescal e S = Short term M= Medium Term", columns.TIMESCALE),
        ("Progress - June 2016", columns.PROGRESS),
        ("RAG", columns.STATUS),
        ("Output", columns.OUTPUT),
        ("Outcome", columns.OUTCOME),
        ("Indicators", columns.INDICATORS),
        ("Cost implication", columns.COST),
        ("Conduct reviews", None),
        ("DASG", None),
    ],
)
def test_header_words_name_column_roles(header, role):
    assert columns.role_of_header(header) == role


def test_a_column_of_numbers_is_a_reference_column():
    rows = [Row([Cell("1.1"), Cell("Do it")]), Row([Cell("1.2"), Cell("Do more")])]
    roles = columns.refine_roles_from_cells({1: columns.ACTION}, rows)
    assert roles == {0: columns.REF, 1: columns.ACTION}


# Milestones


def test_packed_dated_milestones_are_split_with_their_due_dates():
    items = split_items(
        "Helpline available - Apr 2008 Free-phone number secured - May 2008 "
        "Helpline publicised – Jun 2008 (Local programmes begin – May 2010)"
    )
    assert [(i.title, i.due_text) for i in items] == [
        ("Helpline available", "Apr 2008"),
        ("Free-phone number secured", "May 2008"),
        ("Helpline publicised", "Jun 2008"),
        ("Local programmes begin", "May 2010"),
    ]


def test_numbered_items_in_one_cell_are_split_with_their_refs():
    items = split_items("1.3.1 Continue the reviews.1.3.2 Utilise national training material.")
    assert [(i.ref, i.title) for i in items] == [
        ("1.3.1", "Continue the reviews."),
        ("1.3.2", "Utilise national training material."),
    ]


def test_run_on_lines_are_split_but_names_are_not():
    items = split_items(
        "All partners will use the campaign material on their website and social media and "
        "display posters and leaflets Targeting locations for campaigns based on evidence "
        "from the Domestic Abuse Analyst Overview report."
    )
    assert len(items) == 2
    assert items[1].title.startswith("Targeting locations")


def test_a_pointer_to_elsewhere_is_not_a_milestone():
    assert split_items("See Safety and Support 3.1") == []


# Leads


@pytest.mark.parametrize(
    ("cell", "leads"),
    [
        ("Police / Council and Probation", ["Police", "Council", "Probation"]),
        ("DASG & DAAG", ["DASG", "DAAG"]),
        ("Nuneaton & Bedworth CDRP", ["Nuneaton & Bedworth CDRP"]),
        ("DA Manager Service Provider", ["DA Manager", "Service Provider"]),
        (
            "Cleveland Police National Probation Service NPS",
            ["Cleveland Police", "National Probation Service NPS"],
        ),
        (
            "Lesley Gibson & Jenny Cowell, Public Health",
            ["Lesley Gibson", "Jenny Cowell", "Public Health"],
        ),
        ("Miriam Sigsworth SBC", ["Miriam Sigsworth", "SBC"]),
        ("1.2.1", []),
        ("Leads to be agreed at the next Strategic Group", []),
    ],
)
def test_leads_are_split_into_agencies_and_people(cell, leads):
    assert split_leads(cell) == leads


@pytest.mark.parametrize(
    "cell", ["Police Scotland", "Public Health Intelligence", "Provider Trusts", "Housing Strategy"]
)
def test_a_name_ending_in_one_word_known_nowhere_else_is_one_lead(cell):
    vocabulary = LeadVocabulary([("Housing Options", []), ("Housing Strategy", [])])
    assert split_leads(cell, [], vocabulary) == [cell]


def test_leads_named_alone_elsewhere_split_run_together_cells():
    vocabulary = LeadVocabulary([("Harbour", []), ("Police", [])])
    assert split_leads("Harbour Office of Police and Crime Commissioner", [], vocabulary) == [
        "Harbour",
        "Office of Police and Crime Commissioner",
    ]


# Documents in layouts the seeds do not use


def test_priority_action_led_by_by_when_rag_plan():
    """ "1 | Priority 1: Early help for families" alone on its row heads a theme (a priority
    is the plan's top level)."""
    plan = parse_file(DOCUMENTS / "priorities_rag.txt")
    assert [(t["ref"], t["title"]) for t in plan["themes"]] == [
        ("Priority 1", "Early help for families"),
        ("Priority 2", "Holding perpetrators to account"),
    ]
    objectives = [o for t in plan["themes"] for o in t["objectives"] if o["actions"]]
    first = objectives[0]["actions"][0]
    assert first["ref"] == "1.1"
    assert first["title"] == "Train all health visitors in routine enquiry"
    assert first["leads"] == ["NHS Trust", "Public Health"]
    assert first["deadline_text"] == "March 2025"
    assert first["status_text"] == "Green"
    assert objectives[1]["actions"][0]["leads"] == ["Probation", "Council"]


def test_objectives_with_a_milestone_per_row():
    plan = parse_file(DOCUMENTS / "milestones_per_row.txt")
    actions = [a for t in plan["themes"] for o in t["objectives"] for a in o["actions"]]
    assert [a["title"] for a in actions] == [
        "Expand the sanctuary scheme to all tenures",
        "Launch a workplace domestic abuse policy",
    ]
    first, second = actions
    assert [m["title"] for m in first["milestones"]] == [
        "Agree funding with landlords",
        "Fit first fifty homes",
    ]
    assert first["milestones"][1]["due_text"] == "March 2024"
    assert first["deadline_text"] == "June 2023"
    assert first["status_text"] == "Complete"
    assert second["leads"] == ["HR Director", "Unison"]


# Bad input


def test_a_document_without_a_plan_is_refused_with_a_reason(tmp_path):
    path = tmp_path / "letter.txt"
    path.write_text("Dear colleagues,\n\nPlease find the strategy attached.\n")
    with pytest.raises(UnreadableDocument, match="a letter of 2 paragraphs, with no actions"):
        parse_file(path)


def test_an_empty_file_is_refused(tmp_path):
    path = tmp_path / "empty.txt"
    path.write_bytes(b"")
    with pytest.raises(UnreadableDocument, match="empty"):
        parse_file(path)


def test_an_unsupported_type_is_refused(tmp_path):
    path = tmp_path / "plan.odt"
    path.write_bytes(b"x")
    with pytest.raises(UnreadableDocument, match="cannot read .odt"):
        parse_file(path)


def assert_is_plan(plan: dict) -> None:
    assert isinstance(plan["title"], str)
    for theme in plan["themes"]:
        assert set(theme) == {"ref", "title", "description", "objectives"}
        assert isinstance(theme["title"], str)
        for objective in theme["objectives"]:
            for action in objective["actions"]:
                assert isinstance(action["title"], str) and action["title"]
                assert all(isinstance(lead, str) for lead in action["leads"])
                for milestone in action["milestones"]:
                    assert isinstance(milestone["title"], str)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    st.lists(
        st.text(max_size=12)
        | st.sampled_from(["\t", "\n", "<b>", "<li>", "1.1 ", "Lead", "Action", " - Apr 2008"]),
        max_size=60,
    ).map("".join)
)
def test_random_text_gives_a_plan_or_a_clear_refusal(text):
    try:
        plan = interpret(read_text(text))
    except UnreadableDocument:
        return
    assert_is_plan(plan)


words = st.sampled_from(
    [
        "",
        "Action",
        "Lead",
        "Deadline",
        "Objective",
        "Milestones",
        "1.1",
        "Police",
        "Apr 2008",
        "Ongoing",
        "P R E V E N T",
        "do the thing",
        "Council & NHS",
        "RAG",
        "Green",
        "• a • b",
    ]
)
cells = st.builds(Cell, text=words, bold=st.booleans(), bullets=st.lists(words, max_size=2))
rows = st.builds(Row, cells=st.lists(cells, min_size=1, max_size=6))
blocks = st.one_of(
    st.builds(Block, rows=st.lists(rows, max_size=8)),
    st.builds(Block, text=words),
)


@settings(max_examples=150, deadline=None)
@given(st.builds(Document, blocks=st.lists(blocks, max_size=5)))
def test_random_grids_give_a_plan_or_a_clear_refusal(document):
    try:
        plan = interpret(document)
    except UnreadableDocument:
        return
    assert_is_plan(plan)
