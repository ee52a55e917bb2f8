"""Structure from what a document is: where its parts are named (a page header, a cell's
nested table, a row of parallel lists), which lists are actions and which are not, and an
action written twice in one report.

Each document is small, written here in the shape a kind of real plan takes, in words no
corpus document uses. Parse-only: no database.
"""

from __future__ import annotations

from docx.enum.section import WD_SECTION

from cairn.imports.interpret import interpret
from cairn.imports.readers import csv as csv_reader
from cairn.imports.readers import docx as docx_reader
from cairn.imports.readers.text import read_text
from cairn.imports.tests.documents import unseen as u

HEADER = ["No.", "What we will do", "Owner", "Target"]


def grouping(plan: dict) -> list[tuple[str, list[str]]]:
    """Each theme's title with the titles of the actions under it."""
    return [
        (theme["title"], [a["title"] for o in theme["objectives"] for a in o["actions"]])
        for theme in plan["themes"]
    ]


def word_plan(document) -> dict:
    return interpret(docx_reader.read(u.word_bytes(document)))


def test_a_part_named_only_in_its_sections_page_header_is_a_theme():
    document = u.word()
    document.sections[0].header.paragraphs[0].text = "Harbour Town Safety Board"
    document.add_paragraph("Each part of this plan has its own pages, named at the top.")
    parts = {
        "Goal A - Safer homes": ["Fit door alarms in sheltered flats", "Repair broken locks"],
        "Goal B - Earlier help": ["Place a worker at the food bank"],
    }
    for title, titles in parts.items():
        section = document.add_section(WD_SECTION.NEW_PAGE)
        section.header.is_linked_to_previous = False
        section.header.paragraphs[0].text = "Harbour Town Safety Board"
        section.header.add_paragraph(title)
        rows = [[str(n), text, "Housing", "2027"] for n, text in enumerate(titles, 1)]
        u.add_table(document, [HEADER, *rows])

    plan = word_plan(document)

    assert grouping(plan) == [
        ("Safer homes", parts["Goal A - Safer homes"]),  # "Goal A" is its ref
        ("Earlier help", parts["Goal B - Earlier help"]),
    ]


def test_one_page_header_over_every_section_names_no_part():
    document = u.word()
    for titles in (["Fit door alarms in sheltered flats"], ["Place a worker at the food bank"]):
        section = document.add_section(WD_SECTION.NEW_PAGE)
        section.header.paragraphs[0].text = "OFFICIAL - Harbour Town Safety Board"
        u.add_table(document, [HEADER, ["1", titles[0], "Housing", "2027"]])

    plan = word_plan(document)

    assert [theme["title"] for theme in plan["themes"]] == [""]


def test_a_row_of_parallel_lists_is_an_action_per_item_under_its_rows_strand():
    document = u.word()
    rows = [
        ["Strand", "Actions", "Owner", "Target"],
        [
            "Strand 1\nSafer homes",
            "Fit door alarms in sheltered flats\nRepair broken locks within a day",
            "Housing\nRepairs Team",
            "Jan 2027\nJun 2026",
        ],
        ["Strand 2\nEarlier help", "Place a worker at the food bank", "Welfare Rights", "2027"],
    ]
    u.add_table(document, rows)

    plan = word_plan(document)

    assert grouping(plan) == [
        ("Safer homes", ["Fit door alarms in sheltered flats", "Repair broken locks within a day"]),
        ("Earlier help", ["Place a worker at the food bank"]),
    ]
    first, second = plan["themes"][0]["objectives"][0]["actions"]
    assert (first["leads"], first["deadline_text"]) == (["Housing"], "Jan 2027")
    assert (second["leads"], second["deadline_text"]) == (["Repairs Team"], "Jun 2026")


def test_a_list_of_steps_beside_one_owner_and_one_date_stays_one_action():
    document = u.word()
    steps = "Agree the referral form\nTrain the reception staff"
    rows = [
        ["No.", "Action", "Steps", "Owner", "Target"],
        ["1", "Open a weekly drop-in at the library", steps, "Libraries", "Mar 2027"],
        ["2", "Publish the helpline on every bin lorry", "", "Waste Services", "2026"],
    ]
    u.add_table(document, rows)

    plan = word_plan(document)

    assert grouping(plan) == [
        (
            "",
            ["Open a weekly drop-in at the library", "Publish the helpline on every bin lorry"],
        )
    ]


def test_actions_listed_again_in_a_reports_highlights_table_are_counted_once():
    document = u.word()
    document.add_heading("Highlights this half-year", level=2)
    u.add_table(
        document,
        [
            ["No.", "What we will do", "Owner", "Behind because"],
            ["A2", "Repair broken locks within a day", "Repairs Team", "Contractor changed"],
            ["B1", "Place a worker at the food bank", "Welfare Rights", "Post vacant"],
        ],
    )
    document.add_heading("The whole plan", level=1)
    document.add_heading("Goal A - Safer homes", level=2)
    u.add_table(
        document,
        [
            HEADER,
            ["A1", "Fit door alarms in sheltered flats", "Housing", "Jan 2027"],
            ["A2", "Repair broken locks within a day", "Repairs Team", "Jun 2026"],
        ],
    )
    document.add_heading("Goal B - Earlier help", level=2)
    u.add_table(
        document,
        [
            HEADER,
            ["B1", "Place a worker at the food bank", "Welfare Rights", "2027"],
            ["B2", "Train pharmacists to ask about safety", "Public Health", "2026"],
        ],
    )

    plan = word_plan(document)

    assert grouping(plan) == [
        (
            "Safer homes",
            ["Fit door alarms in sheltered flats", "Repair broken locks within a day"],
        ),
        (
            "Earlier help",
            ["Place a worker at the food bank", "Train pharmacists to ask about safety"],
        ),
    ]
    repairs = plan["themes"][0]["objectives"][0]["actions"][1]
    assert repairs["deadline_text"] == "Jun 2026"


def test_an_actions_heading_with_its_details_as_a_labelled_list_is_one_action():
    text = "\n".join(
        [
            "# Harbour Town safety commitments",
            "## 1. Safer homes",
            "### 1.1 Fit door alarms in sheltered flats",
            "- **Owner:** Housing",
            "- **Deadline:** January 2027",
            "",
            "Residents asked for this at every meeting.",
            "### 1.2 Repair broken locks within a day",
            "- Owner: Repairs Team",
            "- Deadline: June 2026",
            "## 2. Earlier help",
            "### 2.1 Place a worker at the food bank",
            "- Owner: Welfare Rights",
            "- Deadline: 2027",
        ]
    )

    plan = interpret(read_text(text))

    assert grouping(plan) == [
        ("Safer homes", ["Fit door alarms in sheltered flats", "Repair broken locks within a day"]),
        ("Earlier help", ["Place a worker at the food bank"]),
    ]
    first = plan["themes"][0]["objectives"][0]["actions"][0]
    assert (first["leads"], first["deadline_text"]) == (["Housing"], "January 2027")


def test_a_list_item_with_its_details_in_brackets_is_still_an_item():
    text = "\n".join(
        [
            "Safer homes",
            "- Door alarms (Owner: Housing; Deadline: 2027)",
            "- Lock repairs (Owner: Repairs Team; Deadline: 2026)",
            "",
            "Earlier help",
            "- Food bank worker (Owner: Welfare Rights; Deadline: 2027)",
        ]
    )

    plan = interpret(read_text(text))

    assert grouping(plan) == [
        ("Safer homes", ["Door alarms", "Lock repairs"]),
        ("Earlier help", ["Food bank worker"]),
    ]
    assert plan["themes"][0]["objectives"][0]["actions"][1]["leads"] == ["Repairs Team"]


def test_numbered_paragraphs_whose_number_lost_its_space_are_still_numbered_items():
    document = u.word()
    parts = {
        "Safer homes": ["Fit door alarms in sheltered flats", "Repair broken locks within a day"],
        "Earlier help": ["Place a worker at the food bank"],
    }
    number = 8
    for heading, titles in parts.items():
        document.add_heading(heading, level=1)
        for title in titles:
            number += 1
            document.add_paragraph(f"{number}.{title}")
            document.add_paragraph("Owner: Housing. Deadline: 2027.")

    plan = word_plan(document)

    assert grouping(plan) == list(parts.items())


def test_a_column_headed_in_two_languages_by_a_word_for_the_top_level_gives_the_themes():
    rows = [
        "Ambition / Uchelgais,Ref,Action,Lead,Due",
        "Safer homes,1,Fit door alarms in sheltered flats,Housing,2027",
        "Safer homes,2,Repair broken locks within a day,Repairs Team,2026",
        "Earlier help,3,Place a worker at the food bank,Welfare Rights,2027",
    ]

    plan = interpret(csv_reader.read("\n".join(rows).encode()))

    assert grouping(plan) == [
        ("Safer homes", ["Fit door alarms in sheltered flats", "Repair broken locks within a day"]),
        ("Earlier help", ["Place a worker at the food bank"]),
    ]


def test_a_plan_quoted_in_an_email_reply_reads_as_the_plan_under_its_parts():
    text = "\n".join(
        [
            "Looks right to me - one query on B1 when we meet.",
            "",
            "From: Safety Board Officer <officer@example.org>",
            "Sent: 2 May 2026 09:12",
            "Subject: Harbour Town safety commitments",
            "",
            "> Hello both,",
            ">",
            "> Goal A - Safer homes",
            "> No.\tWhat we will do\tOwner\tDeadline",
            "> A1\tFit door alarms in sheltered flats\tHousing\tJan 2027",
            "> A2\tRepair broken locks within a day\tRepairs Team\tJun 2026",
            ">",
            "> Goal B - Earlier help",
            "> No.\tWhat we will do\tOwner\tDeadline",
            "> B1\tPlace a worker at the food bank\tWelfare Rights\tMar 2027",
            ">",
            "> Best wishes",
            "> Officer",
        ]
    )

    plan = interpret(read_text(text))

    assert plan["title"] == "Harbour Town safety commitments"
    assert grouping(plan) == [
        (
            "Safer homes",
            ["Fit door alarms in sheltered flats", "Repair broken locks within a day"],
        ),
        ("Earlier help", ["Place a worker at the food bank"]),
    ]
    assert plan["themes"][1]["objectives"][0]["actions"][0]["deadline_text"] == "Mar 2027"


def nested_plan(
    rows_of_parts: dict[str, list[list[str]]],
    header: tuple[str, ...] = ("Area", "Actions"),
    beside: tuple[str, ...] = (),
) -> dict:
    """An outer table, each row's first cell a title and its second a nested table, with
    the cells `beside` after them."""
    document = u.word()
    outer = document.add_table(rows=1, cols=len(header))
    outer.style = "Table Grid"
    for cell, text in zip(outer.rows[0].cells, header, strict=True):
        cell.text = text
    for title, rows in rows_of_parts.items():
        cells = outer.add_row().cells
        cells[0].text = title
        inner = cells[1].add_table(rows=0, cols=len(rows[0]))
        inner.style = "Table Grid"
        for values in rows:
            for cell, text in zip(inner.add_row().cells, values, strict=True):
                cell.text = text
        for cell, text in zip(cells[2:], beside, strict=True):
            cell.text = text
    return word_plan(document)


def test_a_table_of_parts_each_with_its_actions_in_a_nested_table_gives_a_theme_a_part():
    plan = nested_plan(
        {
            "Safer homes": [
                ["", "Action", "Owner", "Deadline"],
                ["a", "Fit door alarms in sheltered flats", "Housing", "Jan 2027"],
                ["b", "Repair broken locks within a day", "Repairs Team", "Jun 2026"],
            ],
            "Earlier help": [
                ["", "Action", "Owner", "Deadline"],
                ["a", "Place a worker at the food bank", "Welfare Rights", "Mar 2027"],
            ],
        }
    )

    assert grouping(plan) == [
        ("Safer homes", ["Fit door alarms in sheltered flats", "Repair broken locks within a day"]),
        ("Earlier help", ["Place a worker at the food bank"]),
    ]
    assert plan["themes"][0]["objectives"][0]["actions"][1]["leads"] == ["Repairs Team"]


def test_an_actions_steps_in_a_nested_table_beside_its_owner_stay_its_steps():
    plan = nested_plan(
        {
            "Fit door alarms in sheltered flats": [
                ["Step", "By"],
                ["Survey the flats", "Jun 2026"],
                ["Order the alarms", "Sep 2026"],
            ],
            "Repair broken locks within a day": [
                ["Step", "By"],
                ["Agree the contract", "May 2026"],
            ],
        },
        header=("Action", "Milestones", "Owner", "Deadline"),
        beside=("Housing", "Jan 2027"),
    )

    assert grouping(plan) == [
        ("", ["Fit door alarms in sheltered flats", "Repair broken locks within a day"])
    ]


def test_sections_every_part_repeats_are_a_template_and_its_measures_are_not_actions():
    parts = {
        "Safer homes": ["Fit door alarms in sheltered flats", "Repair broken locks within a day"],
        "Earlier help": ["Place a worker at the food bank"],
    }
    document = u.word()
    document.add_heading("Harbour Town safety commitments", level=1)
    for title, actions in parts.items():
        document.add_heading(title, level=1)
        document.add_heading("Where we are now", level=3)
        document.add_paragraph("Residents told us this matters more than anything else.")
        document.add_heading("Our commitments", level=3)
        for action in actions:
            document.add_paragraph(action, style="List Bullet")
            document.add_paragraph("Owner: Housing | Deadline: 2027")
        document.add_heading("Signs of success", level=3)
        document.add_paragraph("Fewer repeat call-outs", style="List Bullet")
        document.add_paragraph("Residents feel safer in the annual survey", style="List Bullet")

    plan = word_plan(document)

    assert grouping(plan) == list(parts.items())
    assert [o["title"] for t in plan["themes"] for o in t["objectives"]] == [None, None]


def test_a_table_giving_each_action_two_rows_in_its_headers_two_shapes_is_an_action_a_pair():
    records = [
        ("No.", "What we will do", "Owner", "Deadline", "Measure"),
        ("1", "Fit door alarms in sheltered flats", "Housing", "Jan 2027", "Alarms fitted"),
        ("2", "Repair broken locks within a day", "Repairs Team", "Jun 2026", "Locks mended"),
        ("3", "Place a worker at the food bank", "Welfare Rights", "Mar 2027", "Worker in post"),
    ]
    document = u.word()
    table = document.add_table(rows=0, cols=4)
    table.style = "Table Grid"
    for ref, title, owner, deadline, measure in records:
        top = table.add_row().cells
        top[0].text = ref
        top[1].merge(top[3]).text = title
        bottom = table.add_row().cells
        bottom[0].text, bottom[1].text = owner, deadline
        bottom[2].merge(bottom[3]).text = measure

    plan = word_plan(document)

    actions = plan["themes"][0]["objectives"][0]["actions"]
    assert [(a["title"], a["leads"], a["deadline_text"]) for a in actions] == [
        (title, [owner], deadline) for _ref, title, owner, deadline, _measure in records[1:]
    ]


def test_a_short_bold_title_over_a_paragraph_is_the_action_the_paragraph_its_description():
    document = u.word()
    table = u.add_table(
        document, [HEADER, ["1", "", "Housing", "2027"], ["2", "", "Police", "2026"]]
    )
    for row, (title, detail) in zip(
        table.rows[1:],
        [
            ("Safer sheltered flats", "Door alarms will be fitted in every flat by the landlord."),
            ("Quicker repairs", "Broken locks will be mended within a day of a report."),
        ],
        strict=True,
    ):
        cell = row.cells[1]
        cell.paragraphs[0].add_run(title).bold = True
        cell.add_paragraph(detail)

    plan = word_plan(document)

    actions = plan["themes"][0]["objectives"][0]["actions"]
    assert [a["title"] for a in actions] == ["Safer sheltered flats", "Quicker repairs"]
    assert actions[1]["description"] == "Broken locks will be mended within a day of a report."
    assert "other" not in actions[1]  # an "other" column is not saved unless given a role


def test_a_grouping_column_named_as_one_of_two_names_gives_the_themes():
    rows = [
        "Category/Area,Action,Lead,Due",
        "Safer homes,Fit door alarms in sheltered flats,Housing,2027",
        "Safer homes,Repair broken locks within a day,Repairs Team,2026",
        "Earlier help,Place a worker at the food bank,Welfare Rights,2027",
    ]

    plan = interpret(csv_reader.read("\n".join(rows).encode()))

    assert [theme["title"] for theme in plan["themes"]] == ["Safer homes", "Earlier help"]
    assert [o["title"] for t in plan["themes"] for o in t["objectives"]] == [None, None]


def test_a_sparse_column_of_dates_left_of_the_actions_groups_nothing():
    rows = [
        "No.,Done on,Action,Lead,Due",
        "1,,Fit door alarms in sheltered flats,Housing,2027",
        "2,12/01/2026,Repair broken locks within a day,Repairs Team,2026",
        "3,,Check every refuge door entry system,Housing,2026",
        "4,,Place a worker at the food bank,Welfare Rights,2027",
        "5,,Train pharmacists to ask about safety,Public Health,2027",
    ]

    plan = interpret(csv_reader.read("\n".join(rows).encode()))

    assert [theme["title"] for theme in plan["themes"]] == [""]
    assert [o["title"] for t in plan["themes"] for o in t["objectives"]] == [None]


def test_an_action_over_a_bulleted_list_in_one_cell_is_the_action_and_its_steps():
    text = "\n".join(
        [
            "| No. | Action | Owner | Deadline |",
            "|---|---|---|---|",
            "| 1 | Fit door alarms in sheltered flats<ul><li>Survey the flats</li>"
            "<li>Order the alarms</li></ul> | Housing | Jan 2027 |",
            "| 2 | Repair broken locks within a day | Repairs Team | Jun 2026 |",
        ]
    )

    plan = interpret(read_text(text))

    first, second = plan["themes"][0]["objectives"][0]["actions"]
    assert first["title"] == "Fit door alarms in sheltered flats"
    assert [m["title"] for m in first["milestones"]] == ["Survey the flats", "Order the alarms"]
    assert (second["title"], second["milestones"]) == ("Repair broken locks within a day", [])
