"""Leads, people and dates in a plan's cells, the way people write them (parse-only: no
database). Each rule has a small plan of our own: two services joined by "and" are two leads,
a name joined to another by "and" stays whole when it is one body's name, and a person's name
never becomes an agency the public page would show.
"""

from __future__ import annotations

import pytest

from cairn.imports.leads import LeadVocabulary, split_leads
from cairn.imports.tests.test_cell_contents import actions_of, rows


@pytest.mark.parametrize(
    ("cell", "leads"),
    [
        ("Police and Education", ["Police", "Education"]),
        ("Schools and Health", ["Schools", "Health"]),
        ("Education and Housing", ["Education", "Housing"]),
        ("Police and Crime Commissioner", ["Police and Crime Commissioner"]),
        ("Police and Crime Panel", ["Police and Crime Panel"]),
        ("Fire and Rescue", ["Fire and Rescue"]),
        ("Education and Skills", ["Education and Skills"]),
        ("Health and Wellbeing", ["Health and Wellbeing"]),
    ],
)
def test_two_public_services_joined_by_and_are_two_leads_one_bodys_name_stays_whole(
    cell: str, leads: list[str]
):
    assert split_leads(cell) == leads


def test_a_lead_named_alone_elsewhere_and_a_service_joined_by_and_are_two_leads():
    vocabulary = LeadVocabulary(
        (cell, []) for cell in ["Community Safety", "Police", "Police and Crime Panel"]
    )
    assert split_leads("Police and Community Safety", [], vocabulary) == [
        "Police",
        "Community Safety",
    ]
    assert split_leads("Police and Crime Panel", [], vocabulary) == ["Police and Crime Panel"]


def test_a_who_and_when_cell_of_two_services_gives_both_leads_and_the_deadline():
    (action,) = actions_of(
        rows(
            "What we will do\tWho and when\tProgress",
            "Tell the school of every child at an incident\tPolice and Education – January 2026\t",
        )
    )
    assert (action["leads"], action["deadline_text"]) == (["Police", "Education"], "January 2026")


@pytest.mark.parametrize(
    ("cell", "leads"),
    [
        ("Police\nProbation", ["Police", "Probation"]),
        ("Community Safety\nHousing", ["Community Safety", "Housing"]),
        ("CSP\nPolice", ["CSP", "Police"]),
        ("Legal Aid\nBoard", ["Legal Aid Board"]),
        ("Public\nHealth", ["Public Health"]),
    ],
)
def test_an_agency_on_the_line_after_a_whole_name_is_a_second_lead_not_its_last_word(
    cell: str, leads: list[str]
):
    assert split_leads(cell) == leads
