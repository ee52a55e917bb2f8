"""Tables in a plan that are not its plan (a glossary, a sign-off, a list of abbreviations)
are not read as actions, and tables that are the plan's, however they open, still are.

Small documents of our own in the text form plans are extracted to (tab-separated rows,
headings and prose between tables). Parse-only: no database.
"""

from __future__ import annotations

import pytest

from cairn.imports.interpret import interpret
from cairn.imports.readers.text import read_text

PLAN = """\
Riverside Community Safety Partnership: Domestic Abuse Action Plan 2026-2028

Safer homes

No.\tWhat we will do\tOwner\tTarget
1\tFit door alarms in sheltered flats\tHousing\tJune 2026
2\tRepair broken locks within a day\tRepairs Service\tSeptember 2026

Earlier help

No.\tWhat we will do\tOwner\tTarget
3\tPlace a support worker at the food bank\tFoodshare Trust\tMarch 2027
"""


def grouping(text: str) -> list[tuple[str, list[str]]]:
    plan = interpret(read_text(text))
    return [
        (theme["title"], [a["title"] for o in theme["objectives"] for a in o["actions"]])
        for theme in plan["themes"]
    ]


PLAN_GROUPING = [
    ("Safer homes", ["Fit door alarms in sheltered flats", "Repair broken locks within a day"]),
    ("Earlier help", ["Place a support worker at the food bank"]),
]


@pytest.mark.parametrize(
    "after",
    [
        # a glossary under a header of its own
        "Words we use\n\nWord\tWhat it means\nSurvivor\tA person who has lived through abuse\n"
        "Perpetrator\tA person who uses abusive behaviour\nCoercive control\tA pattern of acts",
        # a sign-off: who approved the plan, and when
        "Approval\n\nApproved by\tPosition\tDate\nThe Partnership Board\tChair\t2 March 2026\n"
        "Cabinet\tLead member\t9 March 2026",
        # abbreviations and what they stand for, with no header (a short name among them)
        "Abbreviations\n\nIDVA\tIndependent Domestic Violence Advisor\n"
        "MARAC\tMulti-Agency Risk Assessment Conference\nRefuge\tThe national charity\n"
        "ASB\tAnti-social behaviour\nCSP\tCommunity Safety Partnership",
    ],
)
def test_a_table_after_the_plan_that_is_not_the_plan_is_not_read_as_actions(after: str):
    assert grouping(f"{PLAN}\n{after}\n") == PLAN_GROUPING


def test_a_later_table_of_the_plan_without_its_header_is_still_read():
    """The next part's table, after its heading, as wide as the plan's and without the
    header repeated: the plan going on."""
    text = f"{PLAN}\nBetter data\n\n4\tPublish a yearly data report\tAnalytics Team\tMay 2027\n"

    assert grouping(text)[-1] == ("Better data", ["Publish a yearly data report"])


def test_a_later_table_of_the_plan_with_short_cells_is_still_read():
    """A row of the plan cut short (no number, three columns) is short words too, but it has
    its date: not a header of its own."""
    text = (
        f"{PLAN}\nBetter data\n\nShare data weekly\tPolice\tOngoing\nAudit cases\tCSP\tMay 2027\n"
    )

    assert [title for title, _ in grouping(text)][-1] == "Better data"


def test_a_later_table_of_actions_under_unknown_labels_is_read_without_its_header():
    """The labels are not the plan's words, but the body is a plan's: things to do, who
    does them and by when. Judged by its body, it is a part of the plan, and its labels
    are not an action."""
    text = (
        "Action\tLead\tDeadline\tStatus\n"
        "Recommission the outreach service\tCommissioning\tApril 2026\tAmber\n"
        "Train GP practice staff\tICB\tMarch 2026\tGreen\n\n"
        "Community projects\n\nRun by our voluntary sector partners.\n\n"
        "Project\tPartner\tTerm\n"
        "Start a peer support group for older survivors\tSilver Circle\tQ1 2027\n"
        "Fit a quiet room at the community hub\tHub Trust\tQ3 2027\n"
    )

    assert grouping(text)[-1] == (
        "Community projects",
        ["Start a peer support group for older survivors", "Fit a quiet room at the community hub"],
    )


def test_partners_named_by_abbreviation_with_their_commitments_are_actions():
    """Abbreviations beside sentences of what each will do are not a glossary: a glossary's
    abbreviations stand for names."""
    text = (
        f"{PLAN}\nWhat each partner commits to\n\n"
        "ICB\tFund a health advocate in each hospital\n"
        "PCC\tFund the perpetrator programme for three more years\n"
        "DWP\tTrain work coaches to recognise economic abuse\n"
    )

    assert grouping(text)[-1][1] == [
        "Fund a health advocate in each hospital",
        "Fund the perpetrator programme for three more years",
        "Train work coaches to recognise economic abuse",
    ]
