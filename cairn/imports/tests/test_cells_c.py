"""Leads, people and dates in a plan's cells, the way people write them (parse-only: no
database). Each rule has a small plan of our own: two services joined by "and" are two leads,
a name joined to another by "and" stays whole when it is one body's name, and a person's name
never becomes an agency the public page would show.
"""

from __future__ import annotations

import pytest

from cairn.imports.leads import LeadVocabulary, is_person, people_among, split_leads
from cairn.imports.milestones import split_items
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


# Dates: the deadline is when the work is due, written as a person would


def test_a_start_column_beside_a_finish_column_is_not_the_deadline():
    first, second = actions_of(
        rows(
            "Task Name\tAssigned To\tStart\tFinish\tDuration\t% Complete",
            "Open a second refuge\tHousing\t05/05/26\t30/06/26\t56d\t50%",
            "Train GP receptionists\tHealth\t22/06/26\t31/08/26\t70d\t20%",
        )
    )
    assert (first["deadline_text"], second["deadline_text"]) == ("30/06/26", "31/08/26")
    assert first["ref"] is None  # "56d" and "50%" are no references
    assert first["other"] == {"Start": "05/05/26", "Duration": "56d", "% Complete": "50%"}


def test_a_due_date_exported_with_its_time_is_the_day_and_a_yes_no_flag_is_not_a_date():
    first, second, third = actions_of(
        rows(
            "Action\tOwner\tDue Date\tDue Complete\tComment Count\tBoard Name",
            "Book the healthy relationships theatre piece for schools\tAilsa Kerr"
            "\t2026-02-27T12:00:00.000Z\ttrue\t3\tForum action board for the year",
            "Put Safe Spaces posters in every GP surgery\tMorag Dunbar"
            "\t2026-03-31 00:00:00\tfalse\t0\tForum action board for the year",
            "Refresh the forum's terms of reference and membership\tAilsa Kerr"
            "\t2026-06-30T09:30+01:00\tfalse\t4\tForum action board for the year",
        )
    )
    assert first["deadline_text"] == "2026-02-27"
    assert second["deadline_text"] == "2026-03-31"
    assert third["deadline_text"] == "2026-06-30"
    assert first["ref"] is None and first["progress_text"] is None


def test_a_day_first_or_month_first_due_date_exported_with_its_time_is_the_day():
    first, second, third = actions_of(
        rows(
            "Theme\tAction\tLead Agency\tTarget Date\tLast Update",
            "Housing\tAudit the allocations policy\tHousing Options\t31/05/2026 00:00:00"
            "\t04/03/2026 12:15:07",
            "Housing\tTrain every tenancy officer\tLandlord Services\t9/30/2026 5:00 PM\t",
            "Health\tAsk about abuse at antenatal booking\tMaternity\t01.12.2026 09:30\t",
        )
    )
    assert first["deadline_text"] == "31/05/2026"
    assert first["deadline"]["start"] == "2026-05-31"
    assert second["deadline_text"] == "9/30/2026"
    assert third["deadline_text"] == "01.12.2026"


def test_a_kanban_boards_list_column_is_the_status_never_a_partner():
    first, second, third = actions_of(
        rows(
            "Action\tOwner\tList",
            "Book the healthy relationships theatre piece for schools\tAilsa Kerr\tBacklog",
            "Put Safe Spaces posters in every GP surgery\tMorag Dunbar\tDoing",
            "Refresh the forum's terms of reference and membership\tAilsa Kerr\tDone",
        )
    )
    assert [a["status_text"] for a in (first, second, third)] == ["Backlog", "Doing", "Done"]
    assert first["collaborators"] == []


# A responsibility matrix: a column per agency, marked on each action's row


def test_a_matrix_of_lead_and_support_marks_gives_each_actions_leads_and_partners():
    first, second, third = actions_of(
        rows(
            "No.\tAction\tPolice\tCouncil\tNHS\tSpecialist services\tTimescale",
            "1\tTrain frontline staff to ask about abuse\tS\tL\tS\t\tMar 2027",
            "2\tCommission refuge places for complex needs\t\tL\tL\tS\tSep 2026",
            "3\tHold a daily risk meeting\tL\tS\tS\tS\tApr 2026",
        )
    )
    assert (first["leads"], first["collaborators"]) == (["Council"], ["Police", "NHS"])
    assert (second["leads"], second["collaborators"]) == (
        ["Council", "NHS"],
        ["Specialist services"],
    )
    assert (third["leads"], third["deadline_text"]) == (["Police"], "Apr 2026")


def test_a_word_matrix_of_filled_and_hollow_marks_reads_as_lead_and_support(tmp_path):
    import docx

    from cairn.imports.parse import parse_file

    document = docx.Document()
    lines = [
        ["Ref", "Action", "Police", "Council", "Probation", "By when"],
        ["1", "Manage the highest-harm perpetrators together", "●", "○", "●", "July 2026"],
        ["2", "Offer a sanctuary assessment to every victim", "", "●", "", "Ongoing"],
    ]
    table = document.add_table(rows=3, cols=6)
    for row, texts in zip(table.rows, lines, strict=True):
        for cell, text in zip(row.cells, texts, strict=True):
            cell.text = text
    document.save(tmp_path / "matrix.docx")

    plan = parse_file(tmp_path / "matrix.docx")

    first, second = [a for t in plan["themes"] for o in t["objectives"] for a in o["actions"]]
    assert (first["leads"], first["collaborators"]) == (["Police", "Probation"], ["Council"])
    assert (second["leads"], second["collaborators"]) == (["Council"], [])


def test_short_medium_long_under_a_timescale_header_is_still_a_timescale_not_a_matrix():
    first, second = actions_of(
        rows(
            "Action\tLead\tTimescale",
            "Train frontline staff to ask about abuse\tCouncil\tS",
            "Commission refuge places for complex needs\tHousing\tL",
        )
    )
    assert (first["leads"], first["timescale"]) == (["Council"], "Short")
    assert second["leads"] == ["Housing"]


def test_a_matrix_of_ticks_under_agencies_names_each_actions_leads():
    first, second = actions_of(
        rows(
            "Ref\tAction\tPolice\tCouncil\tPublic Health\tBy when",
            "1\tMap the refuge places against need across the county\t\t✓\t✓\tMarch 2026",
            "2\tBrief every response officer on coercive control\t✓\t\t\tJune 2026",
        )
    )
    assert (first["leads"], second["leads"]) == (["Council", "Public Health"], ["Police"])


def test_an_owner_mentioned_with_at_and_their_team_column_are_a_person_and_their_agency():
    first, second = actions_of(
        rows(
            "#\tAction\tOwner\tTeam\tDue",
            "A1\tInstall help points in the multi-storey car parks\t@Omar Shah\tParking Services"
            "\t30 Jun 2026",
            "A2\tAgree a night safety charter with licensed venues\t@Beth Cole\tLicensing"
            "\t31 Aug 2026",
        )
    )
    assert (first["leads"], first["lead_people"]) == (
        ["Omar Shah", "Parking Services"],
        ["Omar Shah"],
    )
    assert second["leads"] == ["Beth Cole", "Licensing"]


def test_a_handle_that_names_no_one_keeps_its_at():
    assert split_leads("@nkerr") == ["@nkerr"]


def test_a_timeline_of_start_and_end_beside_a_due_date_is_kept_beside_the_deadline():
    first, second = actions_of(
        rows(
            "Name\tPerson\tDue date\tTimeline",
            "Launch a text-to-911 awareness campaign on buses\tDana Whitfield\t2026-04-30"
            "\t2026-02-01 - 2026-04-30",
            "Expand emergency shelter capacity by eight beds\tLuis Ortega\t2026-09-30"
            "\t2026-07-04 - 2026-09-30",
        )
    )
    assert (first["deadline_text"], first["other"]) == (
        "2026-04-30",
        {"Timeline": "2026-02-01 - 2026-04-30"},
    )
    assert second["deadline_text"] == "2026-09-30"


@pytest.mark.parametrize(
    ("cell", "leads"),
    [
        (
            "Department of Families, Fairness and Housing",
            ["Department of Families, Fairness and Housing"],
        ),
        (
            "Ministry of Housing, Communities and Local Government",
            ["Ministry of Housing, Communities and Local Government"],
        ),
        (
            "Department of Justice and Community Safety, Victoria Police",
            ["Department of Justice and Community Safety", "Victoria Police"],
        ),
        (
            "Department of Health, Police and Probation",
            ["Department of Health", "Police", "Probation"],
        ),
    ],
)
def test_a_government_body_named_by_a_list_of_what_it_is_for_is_one_lead(
    cell: str, leads: list[str]
):
    assert split_leads(cell) == leads


def test_a_footnote_mark_after_a_lead_in_a_pdf_is_not_part_of_its_name(tmp_path):
    from reportlab.lib.pagesizes import A4, landscape
    from reportlab.lib.styles import getSampleStyleSheet
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Table, TableStyle

    from cairn.imports.parse import parse_file

    style = getSampleStyleSheet()["BodyText"]
    lines = [
        ["Action", "Lead", "Timeframe"],
        ["Open a second refuge in the west of the county", "Cuan<super>2</super>", "2027"],
        ["Agree referral pathways with the local hospital", "HSE<super>3</super>", "Q2 2026"],
    ]
    table = Table([[Paragraph(text, style) for text in line] for line in lines])
    table.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, "black")]))
    path = tmp_path / "plan.pdf"
    SimpleDocTemplate(str(path), pagesize=landscape(A4)).build(
        [table, Paragraph("2 Cuan is the national agency. 3 The Health Service Executive.", style)]
    )

    plan = parse_file(path)

    actions = [a for t in plan["themes"] for o in t["objectives"] for a in o["actions"]]
    assert [a["leads"] for a in actions] == [["Cuan"], ["HSE"]]
    assert [a["deadline_text"] for a in actions] == ["2027", "Q2 2026"]


@pytest.mark.parametrize(
    ("cell", "leads"),
    [
        ("Board Business Unit", ["Board Business Unit"]),
        ("Council Housing Team", ["Council Housing Team"]),
        ("Police Community Safety Team", ["Police", "Community Safety Team"]),
    ],
)
def test_a_unit_named_by_what_it_does_is_one_lead_even_after_an_organisations_word(
    cell: str, leads: list[str]
):
    assert split_leads(cell) == leads


# Two leads joined by "and", each a whole name; one name that holds an "and" stays whole


@pytest.mark.parametrize(
    ("cell", "leads"),
    [
        ("OPCC and district councils", ["OPCC", "district councils"]),
        ("Housing Options and NPS", ["Housing Options", "NPS"]),
        ("Youth Offending Service and Education", ["Youth Offending Service", "Education"]),
        ("Adult Social Care and Education", ["Adult Social Care", "Education"]),
        ("Community Safety and Public Health", ["Community Safety", "Public Health"]),
        (
            "Northern Police (NP) and Crown Prosecution Service",
            ["Northern Police (NP)", "Crown Prosecution Service"],
        ),
        (
            "CPS and Department of Social Security and Housing",
            ["CPS", "Department of Social Security and Housing"],
        ),
        ("Police and Crime Panel", ["Police and Crime Panel"]),
        ("Health and Social Care Partnership", ["Health and Social Care Partnership"]),
        ("Department for Communities and Justice", ["Department for Communities and Justice"]),
        ("HR and OD", ["HR and OD"]),
    ],
)
def test_two_whole_names_joined_by_and_are_two_leads_and_one_bodys_name_stays_whole(
    cell: str, leads: list[str]
):
    assert split_leads(cell) == leads


def test_a_list_naming_a_body_by_what_it_is_for_keeps_its_and_and_its_acronym():
    cell = "Treasury, Ministry of Trade, Tourism and Enterprise (MTTE)"
    assert split_leads(cell) == ["Treasury", "Ministry of Trade, Tourism and Enterprise (MTTE)"]


def test_a_lead_marked_among_lead_agencies_leaves_the_others_leads_not_partners():
    (action,) = actions_of(
        rows(
            "Action\tLead agencies\tTiming",
            "Fund the regional networks\tHousing Trust (lead), Office for Carers\t2026/27",
        )
    )
    assert (action["leads"], action["collaborators"]) == (
        ["Housing Trust", "Office for Carers"],
        [],
    )


@pytest.mark.parametrize(
    ("cell", "leads"),
    [
        ("Eastmoor Constabulary – Economic Crime", ["Eastmoor Constabulary – Economic Crime"]),
        ("City Council – Licensing", ["City Council – Licensing"]),
        ("Jo Bloggs – DA Coordinator", ["Jo Bloggs", "DA Coordinator"]),
    ],
)
def test_an_agency_then_its_unit_after_a_dash_is_one_lead_but_a_person_stays_apart(
    cell: str, leads: list[str]
):
    assert split_leads(cell) == leads


# Steps and their dates, as a cell of steps writes them


@pytest.mark.parametrize(
    ("cell", "steps"),
    [
        (
            "Terms of reference agreed (Feb 2025)\nPanel convened (June 2025)",
            [("Terms of reference agreed", "Feb 2025"), ("Panel convened", "June 2025")],
        ),
        ("Guidance refreshed (2026/27)", [("Guidance refreshed", "2026/27")]),
        ("Evaluate the pilot (Phase 2)", [("Evaluate the pilot (Phase 2)", None)]),
    ],
)
def test_a_steps_date_in_brackets_after_it_is_its_due_date(cell: str, steps: list):
    assert [(item.title, item.due_text) for item in split_items(cell)] == steps


@pytest.mark.parametrize(
    ("cell", "steps"),
    [
        ("Commission the service\n2027", [("Commission the service", "2027")]),
        ("Publish the dashboard\n2026-27", [("Publish the dashboard", "2026-27")]),
        ("Report to the board\nQuarterly", [("Report to the board", "Quarterly")]),
        ("Consult survivors\nQ3 2026-27", [("Consult survivors", "Q3 2026-27")]),
        ("Launch the 2027 campaign", [("Launch the 2027 campaign", None)]),
    ],
)
def test_a_year_or_how_often_on_the_line_under_a_step_is_that_steps_date(cell: str, steps: list):
    assert [(item.title, item.due_text) for item in split_items(cell)] == steps


def test_a_step_whose_first_word_begins_like_a_cross_reference_is_still_a_step():
    titles = [item.title for item in split_items("Assurance visit (May 2026)\nAs above")]
    assert titles == ["Assurance visit"]


@pytest.mark.parametrize(
    ("cell", "leads"),
    [
        (
            "Commissioning Manager, Children's Placements",
            ["Commissioning Manager, Children's Placements"],
        ),
        ("Lead Officer, Community Cohesion", ["Lead Officer, Community Cohesion"]),
        ("Service Manager, Ewa Kowalczyk", ["Service Manager", "Ewa Kowalczyk"]),
        ("DA Coordinator, Probation", ["DA Coordinator", "Probation"]),
    ],
)
def test_a_role_and_the_unit_it_serves_after_a_comma_is_one_lead_never_with_a_person(
    cell: str, leads: list[str]
):
    assert split_leads(cell) == leads


def test_a_name_whose_dash_a_narrow_column_wrapped_is_rejoined_at_its_dash():
    # a PDF reads "– Safeguarding" at the start of a line as a list of one item
    cell = "Northfield Council\nSafeguarding\nAdults"
    assert split_leads(cell, ["Safeguarding"]) == ["Northfield Council – Safeguarding Adults"]
    assert split_leads("Customer Services / Ewa Kowalczyk\nDA Lead", ["DA Lead"]) == [
        "Customer Services",
        "Ewa Kowalczyk",
        "DA Lead",
    ]


def test_agencies_named_after_the_plans_area_are_one_lead_each_never_a_person():
    text = "\n".join(
        [
            "Borough of Kelling Marsh: Domestic Abuse Delivery Plan 2026-2028",
            "",
            "Action\tLead",
            "Open a second refuge\tKelling Marsh Women's Refuge",
            "Train emergency department staff\tKelling Marsh Hospital Trust",
            "Refresh the partnership's strategy\tSafer Kelling Marsh Partnership",
            "Audit referrals from A&E\tKelling Marsh Hospital Trust",
        ]
    )
    assert [a["leads"] for a in actions_of(text + "\n")] == [
        ["Kelling Marsh Women's Refuge"],
        ["Kelling Marsh Hospital Trust"],
        ["Safer Kelling Marsh Partnership"],
        ["Kelling Marsh Hospital Trust"],
    ]
    assert all(a["lead_people"] == [] for a in actions_of(text + "\n"))


@pytest.mark.parametrize(
    "name", ["Judge Priya Raman", "Justice Okafor", "Sheriff Dan Cole", "Revd Anna Lund"]
)
def test_a_judge_a_sheriff_or_a_cleric_with_their_title_is_one_person(name: str):
    assert split_leads(name) == [name]
    assert is_person(name)


@pytest.mark.parametrize("name", ["Sheriff Court", "Justice Services", "Youth Justice"])
def test_a_courts_or_a_services_name_that_starts_like_a_title_is_no_person(name: str):
    assert split_leads(name) == [name]
    assert not is_person(name)


@pytest.mark.parametrize(
    ("cell", "leads", "people"),
    [
        ("Early Help – Wei Zhang", ["Early Help", "Wei Zhang"], ["Wei Zhang"]),
        ("Wei Zhang – Early Help", ["Wei Zhang", "Early Help"], ["Wei Zhang"]),
        ("Youth Justice - Olu Adeyemi", ["Youth Justice", "Olu Adeyemi"], ["Olu Adeyemi"]),
        ("Kate Brown and Paul White", ["Kate Brown", "Paul White"], ["Kate Brown", "Paul White"]),
    ],
)
def test_a_person_beside_a_team_at_a_dash_or_beside_another_at_and_is_a_person_apart(
    cell: str, leads: list[str], people: list[str]
):
    assert split_leads(cell) == leads
    assert people_among(split_leads(cell)) == people


@pytest.mark.parametrize(
    "cell", ["VAWG and DA Board", "SEND and Inclusion Service", "ASB and Community Safety Team"]
)
def test_an_acronym_and_a_name_whose_ending_covers_both_is_one_lead(cell: str):
    assert split_leads(cell) == [cell]


def test_an_acronym_the_document_names_alone_is_a_lead_of_its_own_before_and():
    vocabulary = LeadVocabulary([("OPCC", []), ("County Council", [])])
    assert split_leads("OPCC and County Council", [], vocabulary) == ["OPCC", "County Council"]


def test_a_second_government_body_after_and_is_a_lead_of_its_own():
    cell = "Ministry of Health and Ministry of Children and Families"
    assert split_leads(cell) == ["Ministry of Health", "Ministry of Children and Families"]
    assert split_leads("Ministry of Labour (Employment Bureau)") == [
        "Ministry of Labour (Employment Bureau)"
    ]


def test_two_names_the_document_gives_alone_are_two_leads_at_and():
    vocabulary = LeadVocabulary([("Housing Strategy", []), ("Tenancy Services", [])])
    assert split_leads("Housing Strategy and Tenancy Services", [], vocabulary) == [
        "Housing Strategy",
        "Tenancy Services",
    ]
    assert split_leads("Police and Crime Commissioner's Office", [], vocabulary) == [
        "Police and Crime Commissioner's Office"
    ]
