"""Leads, people and dates in a plan's cells, the way people write them (parse-only: no
database). Each rule has a small plan of our own: two services joined by "and" are two leads,
a name joined to another by "and" stays whole when it is one body's name, and a person's name
never becomes an agency the public page would show.
"""

from __future__ import annotations

import pytest

from cairn.imports.leads import LeadVocabulary, is_person, people_among, split_leads
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


# People: however a person's name is written, it is a person, never an agency


@pytest.mark.parametrize(
    "name",
    [
        "J. Smith",
        "J Smith",
        "K.L. Okafor",
        "Jo A. Bloggs",
        "Dr J Okafor",
        "Laura van der Berg",
        "Tom De Souza",
        "Siobhan Ni Bhriain",
        "Ahmed bin Yusuf",
    ],
)
def test_a_name_with_initials_or_a_surnames_particle_is_one_person(name: str):
    assert split_leads(name) == [name]
    assert is_person(name)


@pytest.mark.parametrize(
    ("cell", "leads", "person"),
    [
        ("A. Patel (Housing)", ["A. Patel", "Housing"], "A. Patel"),
        ("J Smith / Police", ["J Smith", "Police"], "J Smith"),
        ("Head of Service (Karen Hall)", ["Head of Service", "Karen Hall"], "Karen Hall"),
        ("Public Health (J. Smith)", ["Public Health", "J. Smith"], "J. Smith"),
        ("Police J. Smith", ["Police", "J. Smith"], "J. Smith"),
    ],
)
def test_a_person_beside_their_agency_or_role_is_a_person_and_the_agency_or_role(
    cell: str, leads: list[str], person: str
):
    assert split_leads(cell) == leads
    assert people_among(leads) == [person]


@pytest.mark.parametrize("name", ["A Team", "B Division", "E Housing", "Q Partnership"])
def test_a_letter_before_an_organisations_word_is_not_a_persons_initial(name: str):
    assert not is_person(name)


def test_people_written_with_initials_in_a_lead_column_are_proposed_people_never_agencies():
    first, second = actions_of(
        rows(
            "Action\tLead officer\tBy when",
            "Audit the refuge's referral records\tJ. Smith (Housing)\tMarch 2026",
            "Train the front desk to ask about abuse\tK Hall\tJune 2026",
        )
    )
    assert (first["leads"], first["lead_people"]) == (["J. Smith", "Housing"], ["J. Smith"])
    assert (second["leads"], second["lead_people"]) == (["K Hall"], ["K Hall"])
