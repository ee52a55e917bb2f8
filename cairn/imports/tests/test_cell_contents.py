"""What is inside a plan's cells: leads and people, partners, dates and status, each read the
way the people who write plans write them. Small plans of our own writing, parse-only (no
database), one rule each: a role named with its department stays one lead, a person written
"Surname, First name" stays one person, a "Who" cell's labels say who leads and who helps.
"""

from __future__ import annotations

import pytest

from cairn.imports.interpret import interpret
from cairn.imports.leads import LeadVocabulary, is_person, lead_and_date, split_leads
from cairn.imports.readers.text import read_text


def actions_of(text: str) -> list[dict]:
    plan = interpret(read_text(text))
    return [a for t in plan["themes"] for o in t["objectives"] for a in o["actions"]]


def rows(header: str, *lines: str) -> str:
    return "\n".join([header, *lines]) + "\n"


# Leads: one lead is not split in two


@pytest.mark.parametrize(
    "cell",
    [
        "Housing Options Manager",
        "Tenancy Support Officer",
        "Detective Superintendent, Public Protection",
        "Chief Inspector, Neighbourhoods",
        "Head of Major Crime Review",
        "Director of Children's Services",
        "Fire and Rescue Service",
        "County Councils (Highways)",
    ],
)
def test_a_role_named_with_its_department_is_one_lead(cell: str):
    assert split_leads(cell) == [cell]


def test_a_department_that_also_leads_alone_does_not_cut_a_role_in_two():
    cells = ["Housing", "Housing Options", "Housing Management", "Housing Strategy Manager"]
    vocabulary = LeadVocabulary((cell, []) for cell in cells)

    assert split_leads("Housing Strategy Manager", [], vocabulary) == ["Housing Strategy Manager"]
    assert split_leads("Housing, Police", [], vocabulary) == ["Housing", "Police"]


def test_ranks_that_begin_several_leads_are_not_leads_of_their_own():
    cells = [
        "Detective Chief Inspector, Cyber Crime",
        "Detective Chief Superintendent, Crime",
        "Chief Inspector, Partnerships",
        "Chief Inspector, Prevention",
    ]
    vocabulary = LeadVocabulary((cell, []) for cell in cells)

    assert [split_leads(cell, [], vocabulary) for cell in cells] == [[cell] for cell in cells]


def test_two_roles_or_two_agencies_after_a_comma_are_still_two_leads():
    assert split_leads("Consultant, DA Manager") == ["Consultant", "DA Manager"]
    assert split_leads("Police, Probation, Housing") == ["Police", "Probation", "Housing"]
    assert split_leads("Police, Council and Probation") == ["Police", "Council", "Probation"]


def test_a_person_written_surname_first_is_one_person_not_two_leads():
    assert split_leads("Okafor, Sam;Byrne, Lisa") == ["Okafor, Sam", "Byrne, Lisa"]
    assert is_person("Okafor, Sam")
    assert split_leads("Police, Council") == ["Police", "Council"]


def test_a_surname_first_list_export_makes_people_not_agencies():
    [action] = actions_of(
        rows(
            "ID\tTitle\tAssigned To\tDue Date",
            "7\tInstall better lighting in the Mill Lane underpass\tNwosu, Tobi\t31/03/2026",
        )
    )

    assert action["leads"] == ["Nwosu, Tobi"]
    assert action["lead_people"] == ["Nwosu, Tobi"]


@pytest.mark.parametrize("name", ["Adult Social Care", "Social Care", "Public Protection"])
def test_an_agency_of_two_or_three_plain_words_is_not_a_person(name: str):
    assert not is_person(name)


@pytest.mark.parametrize("name", ["Sam Justice", "Amy Care", "Pat Public", "Jo Early"])
def test_a_person_whose_surname_is_also_a_services_word_is_still_a_person(name: str):
    # Made an agency, their name would be on the public page.
    assert is_person(name)
    assert split_leads(f"{name} (Probation)") == [name, "Probation"]


@pytest.mark.parametrize("name", ["Youth Justice", "Crime Prevention", "Justice Services"])
def test_two_services_words_or_one_in_first_place_are_not_a_person(name: str):
    assert not is_person(name)


# Leads and partners in one cell


def test_a_who_cell_labelled_lead_and_with_gives_the_lead_and_the_partners():
    first, second = actions_of(
        rows(
            "What we will do\tWho\tWhen",
            "Run a campaign in schools\tLead: Education Services With: Police; Youth Work\t2026",
            "Open a drop-in\tLead: Health and Social Care Partnership With: Rape Crisis\t2027",
        )
    )

    assert first["leads"] == ["Education Services"]
    assert first["collaborators"] == ["Police", "Youth Work"]
    assert second["leads"] == ["Health and Social Care Partnership"]
    assert second["collaborators"] == ["Rape Crisis"]


def test_the_partner_marked_l_in_a_partners_column_is_the_lead():
    first, second = actions_of(
        rows(
            "Action\tPartners (L = lead)\tTimescale",
            "Refresh the needs assessment\tPublic Health (L), Police, Housing\tQ2",
            "Run a stalking campaign\tPolice, Communications (lead)\tQ3",
        )
    )

    assert first["leads"] == ["Public Health"]
    assert first["collaborators"] == ["Police", "Housing"]
    assert second["leads"] == ["Communications"]
    assert second["collaborators"] == ["Police"]


# Headers in two languages


@pytest.mark.parametrize(
    "header",
    [
        "Cyf. / Ref\tCam gweithredu / Action\tArweinydd / Lead\tAmserlen / Timescale",
        "Cyf. Ref\tCam gweithredu Action\tArweinydd Lead\tAmserlen Timescale",
        "Ref / Cyf.\tAction / Cam gweithredu\tLead / Arweinydd\tTimescale / Amserlen",
    ],
)
def test_a_header_in_welsh_and_english_is_read_whichever_comes_first(header: str):
    action, _ = actions_of(
        rows(
            header, "1.1\tTrain housing staff\tHousing\tMarch 2026", "1.2\tAudit\tPolice\tMay 2026"
        )
    )

    assert action["title"] == "Train housing staff"
    assert action["leads"] == ["Housing"]
    assert action["deadline_text"] == "March 2026"


# Leads over several columns


def test_leads_over_lead_1_lead_2_lead_3_columns_are_one_lead_a_column():
    first, second = actions_of(
        rows(
            "Ref\tAction\tLead 1\tLead 2\tLead 3\tDue",
            "1\tRun an awareness campaign on stalking\tCommunity Safety\tPolice\t\tMarch 2026",
            "2\tManage serial perpetrators\tPolice\tProbation\tHousing\tJune 2026",
        )
    )

    assert first["leads"] == ["Community Safety", "Police"]
    assert second["leads"] == ["Police", "Probation", "Housing"]


def test_an_executive_lead_and_an_operational_lead_column_are_both_leads():
    [action] = actions_of(
        rows(
            "Action required\tExecutive lead\tOperational lead\tCompletion date",
            "Name a board-level lead for domestic abuse\tChief Nurse\tHead of Safeguarding\t2026",
        )
    )

    assert action["leads"] == ["Chief Nurse", "Head of Safeguarding"]


# Contact details in a lead cell


def test_an_email_address_or_telephone_number_in_a_lead_cell_is_never_part_of_a_lead():
    assert split_leads("Ade Bello, Safer Streets Officer\nade.bello@northfield.example.gov.uk") == [
        "Ade Bello",
        "Safer Streets Officer",
    ]
    assert split_leads("Housing Options (tel. 01632 960123)") == ["Housing Options"]
    assert split_leads("Jo Bloggs (Housing) Email: jo.bloggs@example.org") == [
        "Jo Bloggs",
        "Housing",
    ]


@pytest.mark.parametrize(
    "number", ["(503) 555-0142", "+1 503 555 0142", "+61 3 9555 0142", "01632 960 123"]
)
def test_a_telephone_number_written_any_countrys_way_is_never_a_lead(number: str):
    assert split_leads(f"Jane Smith, DA Coordinator, {number}") == ["Jane Smith", "DA Coordinator"]
    assert split_leads(f"Jane Smith – {number}") == ["Jane Smith"]


def test_a_date_in_a_lead_cell_is_not_taken_for_a_telephone_number():
    assert split_leads("Police 31.03.2026") == ["Police 31.03.2026"]


def test_a_lead_officer_and_contact_column_gives_the_person_and_their_role_only():
    [action] = actions_of(
        rows(
            "Ref\tAction\tLead officer and contact\tTarget",
            "1\tRefresh the needs assessment\tAde Bello, Safer Streets Officer a@n.org\t2026",
        )
    )

    assert action["leads"] == ["Ade Bello", "Safer Streets Officer"]
    assert action["lead_people"] == ["Ade Bello"]
    assert "@" not in str(action)


# Dates


def test_a_trackers_target_date_is_the_deadline_and_its_date_completed_is_progress():
    first, second = actions_of(
        rows(
            "Action\tLead\tTarget date\tDate completed\tRAG",
            "Brief the social care teams on the review\tAdult Social Care\tDec 2025\t3 Nov 2025"
            "\tGreen",
            "Add a flag to the police vulnerability system\tPolice\tMarch 2026\t\tAmber",
        )
    )

    assert first["deadline_text"] == "Dec 2025"
    assert first["progress_text"] == "3 Nov 2025"
    assert second["deadline_text"] == "March 2026"


def test_a_date_of_completion_and_outcome_column_is_what_happened_not_the_deadline():
    [action, _] = actions_of(
        rows(
            "Action to take\tLead Agency\tTarget Date\tDate of completion and Outcome",
            "Write to the Home Office\tCSP\t31 October 2025\tCompleted October 2025: letter sent",
            "Train call handlers\tPolice\t31 March 2026\tIn progress",
        )
    )

    assert action["deadline_text"] == "31 October 2025"
    assert action["progress_text"] == "Completed October 2025: letter sent"


def test_a_who_and_when_cell_gives_the_lead_and_the_deadline():
    first, second, third = actions_of(
        rows(
            "What we will do\tWho and when\tProgress so far",
            "Offer the recovery programme in every family hub\tFamily Hubs – March 2026\tBegun",
            "Report progress to the board\tCommunity Safety; every quarter\tOn track",
            "Agree a joint budget\tCommunity Safety and Family Hubs (Q4 2025/26)\tNot begun",
        )
    )

    assert (first["leads"], first["deadline_text"]) == (["Family Hubs"], "March 2026")
    assert (second["leads"], second["deadline_text"]) == (["Community Safety"], "every quarter")
    assert third["leads"] == ["Community Safety", "Family Hubs"]
    assert third["deadline_text"] == "Q4 2025/26"


def test_a_lead_that_merely_ends_in_a_number_keeps_it_and_the_deadline_column_wins():
    [action, _] = actions_of(
        rows(
            "Action\tLead\tDeadline",
            "Publicise the non-emergency number\tPolice, 101 team\tMay 2026",
            "Train call handlers\tPolice – Contact Centre\tJune 2026",
        )
    )

    assert action["deadline_text"] == "May 2026"


def test_dates_written_with_dots_under_a_target_date_header_are_deadlines_not_refs():
    first, second = actions_of(
        rows(
            "Ref\tAction\tResponsible Officer\tTarget Date",
            "1\tAppoint a trust lead for domestic abuse\tDirector of Nursing\t30.09.25",
            "2\tPublish the trust's policy for staff\tDirector of People\t31.12.25",
        )
    )

    assert (first["ref"], first["deadline_text"]) == ("1", "30.09.25")
    assert second["deadline_text"] == "31.12.25"


def test_an_excel_date_is_the_deadline_as_the_cell_shows_it(tmp_path):
    import datetime as dt

    import openpyxl

    from cairn.imports.parse import parse_file

    book = openpyxl.Workbook()
    sheet = book.active
    sheet.append(["Action", "Lead", "End date"])
    for title, day, shown in [
        ("Refresh the needs assessment", dt.datetime(2026, 3, 31), "dd-mmm-yy"),
        ("Train all frontline staff", dt.datetime(2026, 9, 30), "dd/mm/yyyy"),
        ("Publish the annual report", dt.datetime(2027, 6, 1), "d mmmm yyyy"),
    ]:
        sheet.append([title, "Public Health", day])
        sheet.cell(sheet.max_row, 3).number_format = shown
    book.save(tmp_path / "plan.xlsx")

    plan = parse_file(tmp_path / "plan.xlsx")

    actions = [a for t in plan["themes"] for o in t["objectives"] for a in o["actions"]]
    assert [a["deadline_text"] for a in actions] == ["31-Mar-26", "30/09/2026", "1 June 2027"]
    assert actions[0]["deadline"]["start"] == "2026-03-31"


def test_when_written_after_the_lead_in_a_lead_line_is_the_deadline_not_a_second_lead():
    plan = interpret(
        read_text(
            "Safe accommodation\n\n"
            "1. Provide emergency accommodation the same day\n"
            "Lead: Housing; Ongoing\n\n"
            "2. Review MARAC referral rates every quarter\n"
            "Lead: MARAC Coordinator, Quarterly\n"
        )
    )

    first, second = [a for t in plan["themes"] for o in t["objectives"] for a in o["actions"]]
    assert (first["leads"], first["deadline_text"]) == (["Housing"], "Ongoing")
    assert (second["leads"], second["deadline_text"]) == (["MARAC Coordinator"], "Quarterly")


# Status and progress


def test_a_column_per_quarter_beside_a_due_date_is_each_quarters_report_not_steps(tmp_path):
    import openpyxl

    from cairn.imports.parse import parse_file

    book = openpyxl.Workbook()
    sheet = book.active
    sheet.append(["Ref", "Action", "Lead", "Due", "Apr-Jun 26", "Jul-Sep 26", "Oct-Dec 26"])
    sheet.append(
        [
            "A1",
            "Refresh the needs assessment",
            "Public Health",
            "Sep-26",
            "Started",
            "Data from four of six partners",
            "Published in October",
        ]
    )
    sheet.append(
        [
            "A2",
            "Recruit a hospital IDVA",
            "Commissioning",
            "Dec-26",
            "Not started",
            "Post advertised",
            None,
        ]
    )
    book.save(tmp_path / "tracker.xlsx")

    plan = parse_file(tmp_path / "tracker.xlsx")

    first, second = [a for t in plan["themes"] for o in t["objectives"] for a in o["actions"]]
    assert first["milestones"] == [] and second["milestones"] == []
    assert first["progress_text"] == "Published in October"
    assert [u["period"] for u in first["updates"]] == ["Apr-Jun 26", "Jul-Sep 26", "Oct-Dec 26"]
    assert first["updates"][0]["status_text"] == "Started"
    assert second["progress_text"] == "Post advertised"
    assert first["leads"] == ["Public Health"] and first["collaborators"] == []


def test_a_column_per_year_without_a_deadline_column_still_holds_the_steps():
    [action] = actions_of(
        rows(
            "Action\tLead\tYear 1 (2025/26)\tYear 2 (2026/27)",
            "Build a network of champions\tCommunity Safety\tRecruit ten champions\tTrain them",
        )
    )

    assert [m["title"] for m in action["milestones"]] == ["Recruit ten champions", "Train them"]


def test_a_footnote_mark_after_a_lead_in_word_is_not_part_of_its_name(tmp_path):
    import docx

    from cairn.imports.parse import parse_file

    document = docx.Document()
    table = document.add_table(rows=3, cols=3)
    for cell, text in zip(table.rows[0].cells, ["Action", "Lead", "Timeframe"], strict=True):
        cell.text = text
    for row, (action, lead, mark) in zip(
        table.rows[1:],
        [("Open a second refuge", "Cuan", "2"), ("Agree a referral pathway", "HSE", "3")],
        strict=True,
    ):
        row.cells[0].text = action
        row.cells[1].paragraphs[0].add_run(lead)
        row.cells[1].paragraphs[0].add_run(mark).font.superscript = True
        row.cells[2].text = "2026"
    document.add_paragraph("2 Cuan is the national agency. 3 The Health Service Executive.")
    document.save(tmp_path / "plan.docx")

    plan = parse_file(tmp_path / "plan.docx")

    actions = [a for t in plan["themes"] for o in t["objectives"] for a in o["actions"]]
    assert [a["leads"] for a in actions] == [["Cuan"], ["HSE"]]


def test_a_partner_column_in_a_table_with_no_lead_column_names_the_lead():
    first, second = actions_of(
        rows(
            "Partner\tCommitment\tBy when\tStatus",
            "Police\tTrain all frontline officers in trauma-informed practice\tMarch 2026\tAmber",
            "Riverside Homes\tFast-track repairs for tenants at risk\tJune 2026\tGreen",
        )
    )

    assert first["leads"] == ["Police"] and first["collaborators"] == []
    assert second["leads"] == ["Riverside Homes"]


@pytest.mark.parametrize(
    ("cell", "leads"),
    [
        ("Children's Services Head of Service", ["Children's Services Head of Service"]),
        ("Police and Probation", ["Police", "Probation"]),
        ("Police and Crime Commissioner", ["Police and Crime Commissioner"]),
        ("Health and Wellbeing Board", ["Health and Wellbeing Board"]),
    ],
)
def test_a_role_in_its_department_is_one_lead_and_two_agencies_joined_by_and_are_two(
    cell: str, leads: list[str]
):
    assert split_leads(cell) == leads


def test_a_list_exports_modified_by_column_is_not_the_actions_partners():
    [action] = actions_of(
        rows(
            "ID\tTitle\tAssigned To\tDue Date\tModified\tModified By",
            "101\tInstall better lighting in the Mill Lane underpass at night\tNwosu, Tobi"
            "\t31/03/2026\t05/01/2026\tByrne, Lisa",
        )
    )

    assert action["collaborators"] == []
    assert action["leads"] == ["Nwosu, Tobi"]
    assert action["other"]["Modified By"] == "Byrne, Lisa"


@pytest.mark.parametrize(
    "cell",
    [
        "Police, Quarterly Review Group",
        "Housing, Monthly MARAC",
        "Housing – Annual Review Panel",
        "Safeguarding Board (Annual Report)",
    ],
)
def test_a_group_named_by_how_often_it_meets_is_a_lead_not_a_deadline(cell: str):
    assert lead_and_date(cell) is None


@pytest.mark.parametrize(
    ("cell", "when"),
    [("Police – March 2026", "March 2026"), ("Community Safety, Every quarter", "Every quarter")],
)
def test_when_after_the_lead_is_still_read_when_it_is_wholly_a_when(cell: str, when: str):
    assert lead_and_date(cell) == (cell.split(when)[0].strip(" ,–"), when)


def test_a_phase_in_brackets_after_a_dash_stays_in_the_actions_title():
    text = (
        "Action plan\n\n1. Prevention\n"
        "1.1 Expand the IDVA service - Phase 2 (subject to funding)\n"
        "1.2 Refresh the website - Comms team (end of October)\n"
    )
    first, second = actions_of(text)
    assert first["title"] == "Expand the IDVA service - Phase 2 (subject to funding)"
    assert first["leads"] == []
    assert (second["title"], second["leads"]) == ("Refresh the website", ["Comms team"])


def test_a_title_starting_with_letters_and_a_number_keeps_them_unless_every_theme_is_coded():
    header = "Priority\tAction\tLead\tDeadline"
    plain = actions_and_themes(
        rows(
            header,
            "COVID 19 Recovery of services\tReopen the drop-in\tHousing\tMarch 2026",
            "NHS 10 Year Plan alignment\tAgree the pathway\tICB\tMay 2026",
        )
    )
    assert plain == ["COVID 19 Recovery of services", "NHS 10 Year Plan alignment"]
    coded = actions_and_themes(
        rows(
            header,
            "WS01 Awareness\tRun a campaign\tComms\tMarch 2026",
            "WS02 Early help\tTrain GPs\tICB\tMay 2026",
        )
    )
    assert coded == ["Awareness", "Early help"]


def actions_and_themes(text: str) -> list[str]:
    return [theme["title"] for theme in interpret(read_text(text))["themes"]]


def test_a_delivery_timeline_by_quarter_is_not_a_history_of_reports(tmp_path):
    # "Target date | Q1 | Q2 | Q3 | Q4" with marks or planned steps says when things will
    # happen: made into reports, the plan would show progress that never happened.
    from cairn.imports.parse import parse_file

    (tmp_path / "timeline.csv").write_text(
        "Ref,Action,Lead,Target date,Q1,Q2,Q3,Q4\n"
        "1,Commission a new refuge,Housing,March 2027,Scope the need,Tender,Award contract,"
        "Mobilise\n"
        "2,Train GPs in IRIS,ICB,March 2027,X,X,,\n"
    )

    plan = parse_file(tmp_path / "timeline.csv")

    for action in [a for t in plan["themes"] for o in t["objectives"] for a in o["actions"]]:
        assert not action.get("updates") and not action.get("progress_text"), action


@pytest.mark.parametrize(
    ("cell", "leads", "people"),
    [
        ("Housing Options & Police", ["Housing Options", "Police"], []),
        (
            "DCI Ruth Dale (Rivermead Police)",
            ["DCI Ruth Dale", "Rivermead Police"],
            ["DCI Ruth Dale"],
        ),
        ("Cllr Amina Yusuf", ["Cllr Amina Yusuf"], ["Cllr Amina Yusuf"]),
        ("Nuneaton & Bedworth CDRP", ["Nuneaton & Bedworth CDRP"], []),
    ],
)
def test_an_agency_before_an_ampersand_stays_whole_and_a_rank_stays_with_its_person(
    cell: str, leads: list[str], people: list[str]
):
    found = split_leads(cell)

    assert found == leads
    assert [lead for lead in found if is_person(lead)] == people


def test_where_every_action_title_is_bold_an_action_without_a_lead_yet_is_not_a_theme(tmp_path):
    import openpyxl
    from openpyxl.styles import Font

    from cairn.imports.parse import parse_file

    book = openpyxl.Workbook()
    sheet = book.active
    sheet.append(["No.", "Action", "Lead", "Deadline"])
    for row in [
        ("1", "Train GP practice staff", "Health", "March 2026"),
        ("2", "Publish a DA needs assessment", None, None),
        ("3", "Run a perpetrator programme", "Probation", "2027"),
        ("4", "Commission refuge spaces", None, None),
    ]:
        sheet.append(list(row))
        sheet.cell(sheet.max_row, 2).font = Font(bold=True)
    book.save(tmp_path / "bold.xlsx")

    plan = parse_file(tmp_path / "bold.xlsx")

    assert [a["title"] for t in plan["themes"] for o in t["objectives"] for a in o["actions"]] == [
        "Train GP practice staff",
        "Publish a DA needs assessment",
        "Run a perpetrator programme",
        "Commission refuge spaces",
    ]


@pytest.mark.parametrize(
    "who", [("Jo Bloggs", "Sam Okafor", "Priya Patel"), ("Health", "Police", "Housing")]
)
def test_a_merged_down_column_of_who_under_an_unknown_header_leads_never_a_theme(
    tmp_path, who: tuple[str, ...]
):
    # Theme titles reach the public page: a person's name must never become one.
    import openpyxl

    from cairn.imports.parse import parse_file

    book = openpyxl.Workbook()
    sheet = book.active
    sheet.append(["Ref", "Delivered by", "Action", "Deadline"])
    titles = ["Train staff", "Audit referrals", "Recruit IDVAs", "Expand DVPOs", "Commission"]
    for number, title in enumerate([*titles, "Review allocations"]):
        sheet.append([f"1.{number + 1}", None, title, "March 2027"])
    for top, name in zip((2, 4, 6), who, strict=True):
        sheet.cell(top, 2, name)
        sheet.merge_cells(start_row=top, start_column=2, end_row=top + 1, end_column=2)
    book.save(tmp_path / "plan.xlsx")

    plan = parse_file(tmp_path / "plan.xlsx")

    assert not set(who) & {t["title"] for t in plan["themes"]}
    leads = [a["leads"] for t in plan["themes"] for o in t["objectives"] for a in o["actions"]]
    assert leads == [[name] for name in who for _ in (1, 2)]


def test_a_task_lists_ticks_owners_and_due_dates_are_its_status_leads_and_deadlines():
    plan = interpret(
        read_text(
            "# Sub-group action log\n\n"
            "## Data\n\n"
            "- [x] Build a dashboard from police and MARAC data — @Priya Shah — due 2025-11-30\n"
            "- [ ] Survey survivors about services — @Jo Bloggs @DI Sam Ochoa — due 2026-03-31\n"
            "- [ ] Map the funding for every service\n"
            "- Review the pathway - Housing (December)\n"
        )
    )

    first, second, third, fourth = [
        a for t in plan["themes"] for o in t["objectives"] for a in o["actions"]
    ]
    assert first["title"] == "Build a dashboard from police and MARAC data"
    assert (first["leads"], first["deadline_text"]) == (["Priya Shah"], "2025-11-30")
    assert (first["status_text"], second["status_text"]) == ("Done", "Open")
    assert second["leads"] == ["Jo Bloggs", "DI Sam Ochoa"]
    assert second["lead_people"] == ["Jo Bloggs", "DI Sam Ochoa"]
    assert third["title"] == "Map the funding for every service"
    assert (fourth["leads"], fourth["deadline_text"]) == (["Housing"], "December")


@pytest.mark.parametrize(
    ("cell", "leads"),
    [
        ("Housing Commissioning and Public Health", ["Housing Commissioning", "Public Health"]),
        ("Health and Social Care Partnership", ["Health and Social Care Partnership"]),
    ],
)
def test_two_departments_joined_by_and_are_two_leads(cell: str, leads: list[str]):
    assert split_leads(cell) == leads
