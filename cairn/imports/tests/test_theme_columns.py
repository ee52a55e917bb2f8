"""A plan's themes written in its table's first column rather than as headings: merged down
over their actions, typed again on every row, run down the column a word or two a row, or
in spaced capitals. Each is a small document of our own, in the held-back set's form (text
extracted from a published plan) and as Word. Parse-only."""

# ruff: noqa: E501
# A document's rows are kept one to a line, as its table keeps them one to a row.

from __future__ import annotations

import io

from cairn.imports import sections


def read_text(text: str) -> dict:
    from cairn.imports.interpret import interpret
    from cairn.imports.readers.text import read_text

    return interpret(read_text(text))


def read_word(lines: list[str]) -> dict:
    """The same text as a Word document: paragraphs, and tables for the tab-separated rows."""
    import docx

    from cairn.imports.interpret import interpret
    from cairn.imports.readers.docx import read

    document = docx.Document()
    table = None
    for line in lines:
        if "\t" not in line:
            table = None
            document.add_paragraph(line)
            continue
        cells = line.split("\t")
        if table is None:
            table = document.add_table(rows=0, cols=len(cells))
        for cell, text in zip(table.add_row().cells, cells, strict=True):
            cell.text = text
    buffer = io.BytesIO()
    document.save(buffer)
    return interpret(read(buffer.getvalue()))


def themes(plan: dict) -> list[tuple[str, list[str]]]:
    return [
        (t["title"], [a["title"] for o in t["objectives"] for a in o["actions"]])
        for t in plan["themes"]
    ]


HOUSING_PLAN = [
    "Riverside Homes: domestic abuse accreditation action plan 2025-26",
    "Summary of assessment findings",
    "Priority area\tFinding\tRating",
    "Policy\tThe policy does not cover economic abuse\tPartially met",
    "Training\tNo training for specialist roles\tNot met",
    "Our action plan",
    "Priority area\tRef\tAction required\tOwner\tTarget date",
    "Policy\t1.1\tRewrite the policy to cover every form of abuse\tPolicy Officer\tMar-26",
    "\t1.2\tWrite a procedure for handling disclosures\tPolicy Officer\tApr-26",
    "Training\t2.1\tTrain every front-line officer in the new procedure\tLearning Team\tJun-26",
    "\t2.2\tTrain two specialist leads to level 3\tLearning Team\tSep-26",
]


def test_a_priority_area_column_merged_down_is_the_themes_and_the_headings_are_the_documents():
    # The one table of actions sat under "Our action plan" (a theme of every action), its
    # priority areas were objectives, and the findings table above made a theme of its own.
    expected = [
        (
            "Policy",
            [
                "Rewrite the policy to cover every form of abuse",
                "Write a procedure for handling disclosures",
            ],
        ),
        (
            "Training",
            [
                "Train every front-line officer in the new procedure",
                "Train two specialist leads to level 3",
            ],
        ),
    ]
    assert themes(read_text("\n".join(HOUSING_PLAN) + "\n")) == expected
    assert themes(read_word(HOUSING_PLAN)) == expected


SPLIT_NAMES = [
    "Delivery plan 2025-2027",
    "Theme\tNo\tAction\tOwner\tTimescale",
    "Early\t1\tRoll out domestic abuse champions to GP surgeries\tICB\tMedium term",
    "help and\t2\tAdd a screening question at the children's front door\tChildren's Services\tShort term",
    "prevention\t3\tTrain front-line staff on coercive control\tSafeguarding Board\tBy Mar 2026",
    "Safety\t4\tKeep refuge places at the assessed level\tHousing Needs\tOngoing",
    "and support\t5\tOpen a one-stop shop with IDVAs and housing advisers\tDA Service\tBy Dec 2025",
    "Moving on\t6\tOffer resettlement support for a year after refuge\tDA Service\tOngoing",
]


def test_a_theme_name_run_down_its_column_a_word_or_two_a_row_names_all_its_rows():
    # A merged cell too narrow for its name is copied out a piece beside each row: the rows
    # starting "help and", "prevention" were read as the rest of the row above (three actions
    # run into one), or each piece as a theme of its own.
    plan = read_text("\n".join(SPLIT_NAMES) + "\n")

    assert [(title, len(actions)) for title, actions in themes(plan)] == [
        ("Early help and prevention", 3),
        ("Safety and support", 2),
        ("Moving on", 1),
    ]


def test_spaced_capitals_in_british_spelling_and_a_name_starting_a_are_cut_into_themes():
    # "PRIORITISING" is not in the word list (it spells "prioritizing"): the themes' letters
    # ran together into one title; "A STRONGER SYSTEM" was not cut from the theme before it.
    pieces = [
        sections.Piece(text, position)
        for position, text in enumerate(["PRIORITISINGPREVENTION", "ASTRONGERSYSTEM"])
    ]
    starts = sections.cut_side_label(pieces, [True, True])

    assert starts == [0, 1]
    assert [sections.label_title(t) for t in sections.theme_letters(pieces, starts)] == [
        "PRIORITISING PREVENTION",
        "A STRONGER SYSTEM",
    ]
    assert sections.label_title("ORGANISATIONALCHANGE") == "ORGANISATIONAL CHANGE"
    assert sections.label_title("PORCEMENT") == "PORCEMENT"  # a fragment stays as it is


def test_spaced_capitals_down_the_first_column_make_themes_beside_a_table_of_objectives():
    # A later table with an objective column made the plan's items objectives, and this
    # table (actions only) then had no item row where a theme could start.
    text = "\n".join(
        [
            "National delivery plan",
            "\tNo.\tCommitment\tLead department\tDelivery date",
            "P R I O R I T I S I N G P R E V E N T I O N\t1\tPublish guidance for schools\tDfE\t2026",
            "\t2\tFund a campaign for young men\tHome Office\tAutumn 2025",
            "A S T R O N G E R S Y S T E M\t3\tTrain call handlers\tNPCC\tMarch 2026",
            "\t4\tReview the funding formula\tMHCLG\t2027",
            "",
            "Measures",
            "",
            "Objective\tMeasure\tBaseline",
            "Fewer repeat victims\tRepeat MARAC rate\t31%",
        ]
    )
    plan = read_text(text + "\n")

    assert [(title, len(actions)) for title, actions in themes(plan)][:2] == [
        ("PRIORITISING PREVENTION", 2),
        ("A STRONGER SYSTEM", 2),
    ]


def test_lettered_groups_are_groups_of_their_own_not_one_name_run_down_the_column():
    # "b) Training" starts in lower case, so it was taken for the rest of "a) Awareness".
    text = "\n".join(
        [
            "Yarrow Domestic Abuse Action Plan",
            "",
            "Prevention and support",
            "",
            "Objective\tAction\tLead\tDeadline",
            "a) Awareness\tRun a bystander campaign\tCommunications\tDecember 2025",
            "b) Training\tTrain GP practice staff\tICB\tMarch 2026",
            "\tTrain youth workers\tYouth Service\tMay 2026",
            "c) Data sharing\tAgree a data sharing protocol\tPolice\tJune 2026",
        ]
    )
    plan = read_text(text + "\n")

    objectives = [(o["title"], len(o["actions"])) for o in plan["themes"][0]["objectives"]]
    assert objectives == [("a) Awareness", 1), ("b) Training", 2), ("c) Data sharing", 1)]


def test_a_column_tagging_each_action_with_an_aim_is_not_the_plans_themes():
    # "Strategic aim" names a theme level, but SO2, SO1, SO2, SO1, SO3 beside five actions
    # tag them: made themes, the actions were moved out of the document's order.
    rows = [
        ("1", "Recommission the outreach service", "Commissioning", "April 2026", "SO2"),
        ("2", "Train GP practice staff", "ICB", "March 2026", "SO1"),
        ("3", "Open six refuge units", "Housing", "March 2027", "SO2"),
        ("4", "Run a winter awareness campaign", "Communications", "December 2025", "SO1"),
        ("5", "Review the MARAC", "Police", "June 2026", "SO3"),
    ]
    text = "Ironbridge Domestic Abuse Action Plan\n\nActions\n\n" + "\n".join(
        ["Ref\tAction\tLead\tDue\tStrategic aim", *("\t".join(row) for row in rows)]
    )
    plan = read_text(text + "\n")

    titles = [a["title"] for t in plan["themes"] for o in t["objectives"] for a in o["actions"]]
    assert titles == [row[1] for row in rows]
    assert len(plan["themes"]) == 1


def test_the_preview_says_a_column_whose_groups_became_themes_was_read_as_themes():
    # The check page listed "Priority area: Read as Objective" above a plan of themes.
    plan = read_text("\n".join(HOUSING_PLAN) + "\n")

    roles = {column["header"]: column["role"] for column in plan["columns"]}
    assert roles["Priority area"] == "theme"
