"""Plans that are not clean tables (`documents/unseen_text.py`): PDF page furniture and
rows cut by a page break, text copied out of a PDF or pasted out of Word. Each is scored
against its plan as the corpus is, and held to the corpus's bars. Parse-only: no database.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from cairn.imports.grid import UnreadableDocument
from cairn.imports.interpret import interpret
from cairn.imports.parse import parse_file
from cairn.imports.readers import csv as comma_separated
from cairn.imports.readers import docx as docx_reader
from cairn.imports.readers import pdf as pdf_reader
from cairn.imports.readers.text import read_text
from cairn.imports.scoring import format_score_table, score
from cairn.imports.tests.documents import unseen as u
from cairn.imports.tests.documents import unseen_text as t

BARS = {
    "f1": 0.95,
    "lead_f1": 0.90,
    "deadline_agreement": 0.95,
    "theme_f1": 0.95,
    "placement": 0.95,
}

LAYOUTS = {
    "cut_row_pdf": (t.cut_row_pdf, u.PLAN, {}),
    "cut_action_pdf": (lambda plan: t.cut_row_pdf(plan, refs=False, closed=True), u.PLAN, {}),
    "sized_headings_pdf": (t.sized_headings_pdf, u.PLAN, {}),
    "email_text": (t.email_text, u.PLAN, {}),
    "lettered_outline_pdf": (t.lettered_outline_pdf, u.PLAN, {}),
    "tab_stop_word": (t.tab_stop_word, u.PLAN, {}),
    "web_page_pasted": (t.web_page_pasted, t.long_priorities(u.PLAN), {}),
    "comma_separated_text": (t.comma_separated_text, u.PLAN, {}),
    "box_drawn_text": (t.box_drawn_text, u.PLAN, {}),
    "word_table_pasted": (t.word_table_pasted, u.PLAN, {}),
}
WITH_STEPS = {"word_table_pasted"}


def parsed(name: str, folder: Path) -> tuple[dict, dict]:
    layout, plan, options = LAYOUTS[name]
    truth = u.truth(plan, **options)
    return parse_file(u.save(folder / name, layout, plan)), (
        t.with_steps(truth) if name in WITH_STEPS else truth
    )


def actions(plan: dict) -> list[dict]:
    return [a for theme in plan["themes"] for o in theme["objectives"] for a in o["actions"]]


@pytest.mark.parametrize("name", list(LAYOUTS))
def test_a_plan_that_is_not_a_clean_table_imports_as_well_as_the_corpus(name: str, tmp_path: Path):
    plan, truth = parsed(name, tmp_path)

    result = score(plan, truth, name)

    print(format_score_table([result]))
    for measure, bar in BARS.items():
        assert getattr(result, measure) >= bar, (measure, result)


def test_a_pdfs_running_head_and_footer_are_not_themes_and_a_row_cut_by_the_page_is_whole(
    tmp_path: Path,
):
    plan, _ = parsed("cut_row_pdf", tmp_path)

    assert [theme["title"] for theme in plan["themes"]] == [theme.title for theme in u.PLAN.themes]
    cut = next(action for action in actions(plan) if action["ref"] == "2.1")
    assert cut["title"] == u.SUPPORT.actions[0].title
    assert cut["leads"] == ["Public Health"]


def test_prose_with_commas_in_every_line_is_not_read_as_comma_separated_values():
    letter = (
        "Dear colleagues, partners and friends,\n"
        "Thank you, as ever, for your work this year, which has been hard.\n"
        "The board met on Tuesday, and agreed the strategy, the budget and the plan.\n"
        "We will write again, with the dates, in the new year.\n"
    )

    assert not comma_separated.is_comma_separated(letter)
    with pytest.raises(UnreadableDocument, match="4 paragraphs"):
        interpret(read_text(letter))


def test_a_table_printed_by_a_database_client_has_a_row_per_line():
    printed = "\n".join(
        [
            "+-----+--------------------------------------+-----------+",
            "| ref | action                               | owner     |",
            "+-----+--------------------------------------+-----------+",
            "| 1   | Train all GP practices through IRIS  | ICB       |",
            "| 2   | Publish the refuge needs assessment  | Housing   |",
            "| 3   | Run the summer awareness campaign    | Comms     |",
            "+-----+--------------------------------------+-----------+",
        ]
    )

    (table,) = [block for block in read_text(printed).blocks if block.is_table]

    assert [[cell.text for cell in row.cells] for row in table.rows or []] == [
        ["ref", "action", "owner"],
        ["1", "Train all GP practices through IRIS", "ICB"],
        ["2", "Publish the refuge needs assessment", "Housing"],
        ["3", "Run the summer awareness campaign", "Comms"],
    ]


def test_a_grid_tables_wrapped_cell_is_one_cell_and_a_row_across_it_one_spanning_cell():
    _extension, data = t.box_drawn_text(u.PLAN)

    table = next(block for block in read_text(data.decode()).blocks if block.is_table)

    theme_row, first = (table.rows or [])[1:3]
    assert [(c.text, c.colspan) for c in theme_row.cells] == [(u.PREVENTION.title, 4)]
    assert [c.text for c in first.cells] == [
        "1.1",
        u.PREVENTION.actions[0].title,
        u.PREVENTION.actions[0].lead,
        u.PREVENTION.actions[0].due,
    ]


def test_a_word_table_pasted_as_text_keeps_each_row_whole_with_its_steps(tmp_path: Path):
    plan, _ = parsed("word_table_pasted", tmp_path)

    first, second = actions(plan)[:2]
    assert [m["title"] for m in first["milestones"]] == t.steps("1.1")
    assert second["progress_text"].endswith("Dates for two localities still to be set")
    assert [theme["title"] for theme in plan["themes"]] == [theme.title for theme in u.PLAN.themes]
    assert (first["leads"], first["deadline_text"]) == (
        ["Education Safeguarding Team"],
        "July 2026",
    )


def test_an_action_cut_by_a_page_break_mid_sentence_is_one_action(tmp_path: Path):
    plan, _ = parsed("cut_action_pdf", tmp_path)

    titles = [action["title"] for action in actions(plan)]
    assert u.SUPPORT.actions[0].title in titles
    assert [theme["title"] for theme in plan["themes"]] == [theme.title for theme in u.PLAN.themes]


def test_headings_are_told_by_size_against_the_tables_text_and_a_large_sentence_is_not_one(
    tmp_path: Path,
):
    path = u.save(tmp_path / "sized", t.sized_headings_pdf, u.PLAN)

    paragraphs = [block for block in pdf_reader.read(path).blocks if not block.is_table]

    levels = {block.text: block.heading_level for block in paragraphs}
    assert [levels[theme.title] for theme in u.PLAN.themes] == [2, 2, 2]
    assert [level for text, level in levels.items() if text.startswith("What we heard")] == [
        None
    ] * 3


def test_an_emails_header_and_signature_are_not_the_plans_and_its_subject_is_the_title():
    _extension, data = t.email_text(u.PLAN)

    document = read_text(data.decode())

    texts = [block.text or "" for block in document.blocks]
    assert document.title == u.PLAN.title
    assert not any(
        text.startswith(("From:", "Sent:", "Sam Okafor", "Community Safety Manager"))
        for text in texts
    )


def test_lettered_outline_strategies_are_actions_with_their_responsible_and_timeline(
    tmp_path: Path,
):
    plan, _ = parsed("lettered_outline_pdf", tmp_path)

    assert [len(theme["objectives"]) for theme in plan["themes"]] == [1, 1, 1]
    first = actions(plan)[0]
    assert (first["ref"], first["title"], first["leads"], first["deadline_text"]) == (
        "1.A.1",
        u.PREVENTION.actions[0].title,
        [u.PREVENTION.actions[0].lead],
        u.PREVENTION.actions[0].due,
    )


def test_lines_in_tab_stop_columns_are_a_table_and_a_lone_tab_is_a_space(tmp_path: Path):
    path = u.save(tmp_path / "tabs", t.tab_stop_word, u.PLAN)

    blocks = docx_reader.read(path).blocks

    assert [block.text for block in blocks if not block.is_table][:2] == [
        u.PLAN.title,
        "Version 2 March 2026",
    ]
    first = next(block for block in blocks if block.is_table)
    assert [cell.text for cell in (first.rows or [])[1].cells] == [
        "1.1",
        u.PREVENTION.actions[0].title,
        u.PREVENTION.actions[0].lead,
        u.PREVENTION.actions[0].due,
    ]


MINUTES = """Minutes of the Partnership Board, 4 March 2026

Present: Chair, Police, Housing, Public Health
Apologies: Probation

1. Welcome and introductions
The chair welcomed everyone.

2. Refuge provision
The board discussed the shortage of refuge spaces for women with older sons.
Action: Housing to bring a proposal for two dispersed units. Lead: Housing. By: June 2026

3. Any other business
Action: Circulate the new referral form
"""


def test_minutes_give_only_their_actions_not_their_agenda_items():
    plan = interpret(read_text(MINUTES))

    assert [(a["title"], a["leads"], a["deadline_text"]) for a in actions(plan)] == [
        ("Housing to bring a proposal for two dispersed units", ["Housing"], "June 2026"),
        ("Circulate the new referral form", [], None),
    ]
    assert [theme["title"] for theme in plan["themes"]] == [""]


def test_minutes_without_actions_are_named_as_minutes():
    agenda_only = "\n".join(line for line in MINUTES.splitlines() if "Action" not in line)

    with pytest.raises(UnreadableDocument, match="the minutes of a meeting, in 8 paragraphs"):
        interpret(read_text(agenda_only))


def test_a_pasted_web_pages_furniture_is_dropped_and_its_long_priorities_are_themes(
    tmp_path: Path,
):
    plan, _ = parsed("web_page_pasted", tmp_path)

    assert len(plan["themes"]) == 3
    assert [[o["title"] for o in theme["objectives"]] for theme in plan["themes"]] == [
        [f"Outcome {n}.1: {theme.objective}"] for n, theme in enumerate(u.PLAN.themes, 1)
    ]


def test_an_html_table_in_markdown_is_read_with_its_merged_cells_lists_and_line_breaks():
    page = (
        "# Our plan\n\n<table>\n<tr><th>Theme</th><th>Action</th><th>Lead</th></tr>\n"
        '<tr><td rowspan="2">Safety</td><td>Open two refuge units<ul><li>Find a site</li>'
        "<li>Fit out</li></ul></td><td>Housing<br>Police</td></tr>\n"
        "<tr><td>Extend the sanctuary scheme &amp; its reach</td><td>Housing</td></tr>\n"
        "</table>\n"
    )

    (table,) = [block for block in read_text(page).blocks if block.is_table]

    header, first, second = table.rows or []
    assert [cell.text for cell in header.cells] == ["Theme", "Action", "Lead"]
    assert header.cells[0].bold
    assert (first.cells[0].text, first.cells[0].rowspan) == ("Safety", 2)
    assert first.cells[1].bullets == ["Find a site", "Fit out"]
    assert first.cells[2].text == "Housing\nPolice"
    assert [cell.text for cell in second.cells] == [
        "Extend the sanctuary scheme & its reach",
        "Housing",
    ]
