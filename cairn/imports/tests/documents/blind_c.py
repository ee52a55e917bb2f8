"""The second blind set's batch C: plans in layouts that neither the corpus, the stand-in set,
batch A (`blind.py`) nor batch B (`blind_b.py`) has, written after batch B had been tuned on
and, like them, WITHOUT reading the importer (only the outline format, the scorer and the
document framework). It was kept from the importer's authors until it landed, so its
first-sight scores (in test_corpus.py's reasons and the landing commit) are an honest
"unseen" measure.

Most of these are the files coordinators actually hand over that are not Word tables: exports
from the task tools partnerships run their plans in (Jira, Trello, Smartsheet, monday.com,
Asana, Confluence), a responsibility matrix, a quarterly roadmap, designed PDFs, a web page
printed and copied, an email reply quoting the plan. Places, people and wording are invented;
people named as leads are in `lead_people`. `blind_c_render.py` writes the documents.
"""

# ruff: noqa: E501
# An outline keeps one action to a line, as a plan's table keeps it to a row.

from __future__ import annotations

# A Jira project exported as CSV (Jira's "Export Excel CSV (all fields)"): one row per issue,
# newest first; the themes are the project's epics (rows of Issue Type "Epic", their name in
# "Custom field (Epic Name)"), linked to each task only through the epic's key in
# "Custom field (Epic Link)"; sub-tasks (the milestones) point at their task's numeric
# "Issue id" through "Parent id"; the assignee is a person; due dates as Jira writes them
# ("30/Jun/26 12:00 AM": a person writes the day, not the midnight).
JIRA_CSV = """
PLAN Northvale OPCC VAWG Programme (VAWG)
T | Safer streets
A VAWG-5 | Map where women report feeling unsafe at night using the StreetSafe data | *Priya Sandhu | 30/Jun/26 | Done
A VAWG-6 | Deploy a women's safety patrol in the night-time economy on Fridays and Saturdays | *Gareth Lowe | 30/Sep/26 | In Progress
M Recruit and vet volunteers | 31/Jul/26
M First patrol shift | 29/Aug/26
A VAWG-7 | Bid for the next round of Safer Streets funding with the three district councils | *Priya Sandhu | 31/Oct/26 | To Do
T | Victim services recommissioning
A VAWG-9 | Run a needs assessment for victims of rape and sexual abuse | *Hannah Okafor | 31/Jul/26 | In Progress
M Survivor focus groups held | 30/Jun/26
A VAWG-10 | Tender the integrated ISVA and IDVA service | *Hannah Okafor | 31/Jan/27 | To Do
M Specification signed off | 31/Oct/26
M Contract awarded | 31/Jan/27
A VAWG-11 | Set up a lived experience panel to sit on the tender's evaluation | *Leah Brennan | 30/Sep/26 | To Do
T | Perpetrator interventions
A VAWG-13 | Extend the stalking intervention programme to all three districts | *Tom Achebe | 30/Nov/26 | In Progress
A VAWG-14 | Evaluate the high-harm perpetrator unit's first year | *Tom Achebe | 31/Mar/27 | To Do
A VAWG-15 | Fund a second behaviour change programme for those in the family courts | *Hannah Okafor | 31/Dec/26 | To Do
T | Data and insight
A VAWG-17 | Publish a VAWG dashboard for the Police and Crime Panel every quarter | *Sam Whitlock | 31/Aug/26 | In Progress
A VAWG-18 | Agree a data sharing agreement with the specialist services | *Sam Whitlock | 30/Jun/26 | Done
"""


# A Trello board exported as CSV: the lists are the board's columns of progress ("Backlog",
# "Doing", "Done"), NOT its themes; the theme of each card is its label ("Prevention (green)");
# members are people; the due date an ISO timestamp; the checklist items (milestones) are not
# in the CSV, so there are none. The board name is in every row.
TRELLO_CSV = """
PLAN Kilbride DA Forum - action board
T | Prevention
A | Book the healthy relationships theatre piece for all S3 pupils | *Morag Dunbar | 2026-02-27 | Done
A | Put Safe Spaces posters in every GP surgery and pharmacy | *Euan Fraser | 2026-03-31 | Doing
A | Run a workplace session on domestic abuse for the council's managers | *Ailsa Kerr | 2026-05-29 | Backlog
A | Share the Equally Safe at School toolkit with the two secondaries | *Morag Dunbar | 2026-06-26 | Backlog
T | Support
A | Get a second outreach worker into the island communities | *Fiona Reid | 2026-04-30 | Doing
A | Set up a Friday drop-in at the Kilbride hub with Women's Aid | *Ailsa Kerr | 2026-01-30 | Done
A | Make the housing options form ask about abuse safely | *Euan Fraser | 2026-05-15 | Doing
T | Justice
A | Ask the sheriff court for a dedicated domestic abuse court day | *Insp Kenny Boyle | 2026-09-30 | Backlog
A | Check every MARAC referral has a police safety plan | *Insp Kenny Boyle | 2026-03-13 | Done
T | Forum business
A | Refresh the forum's terms of reference and membership | *Fiona Reid | 2026-02-13 | Done
A | Write the annual report for the Chief Officers' Group | *Fiona Reid | 2026-06-30 | Backlog
"""


# A Smartsheet project sheet (a New Zealand family violence network), exported to Excel and to
# CSV. Each theme is a parent row whose Start, Finish and % Complete Smartsheet rolls up from
# its children (so the theme rows carry dates, a duration and a percentage, but no one
# assigned and no health); the actions are the child rows, indented in the Excel export and
# grouped under their parent (the CSV loses the indent). "Health" is Smartsheet's
# Red/Yellow/Green ball; dates day-first, two-digit years.
SMARTSHEET = """
PLAN Kawarau Family Violence Prevention Network: Action Plan 2026
T | Whānau-centred support
A | Co-locate a family violence navigator at the Alexandra medical centre | *Mere Tipene | 30/06/26 | Green
A | Offer kaupapa Māori support through the marae-based service | *Hemi Walker | 31/08/26 | Green
A | Give every whānau leaving the safe house a 12-week follow-up | *Anna Clarke | 30/09/26 | Yellow
A | Translate the safety plan template into te reo Māori and Samoan | *Mere Tipene | 31/05/26 | Green
T | Community awareness
A | Run a "Love is respect" campaign at the A&P shows | *Jess Morgan | 28/02/26 | Green
A | Train hairdressers and barbers to notice and refer | *Jess Morgan | 30/04/26 | Red
A | Hold a men's breakfast in each of the four towns | *Hemi Walker | 31/07/26 | Yellow
T | Workforce
A | Deliver the family violence entry-to-expert framework to 60 practitioners | *Sione Taufa | 30/11/26 | Yellow
A | Set up peer supervision for specialist workers | *Anna Clarke | 31/03/26 | Green
A | Agree a shared risk assessment across the network | *Sione Taufa | 31/10/26 | Red
"""


# A monday.com board exported to Excel: the board's name in the first row, then each group
# as a block: the group's name on a row of its own, the board's header row repeated under it,
# the items, and, under an item with subitems (the milestones), a subitems header indented one
# column ("Subitems | Name | Owner | Status | Date") and its subitems; a blank row between
# groups. Status is monday's own ("Working on it", "Stuck", "Done", or empty); people as
# owners; dates as ISO text; a "Timeline" column holding a range.
MONDAY = """
PLAN Hillcrest County Domestic Violence Coordinating Council - Strategic Plan Board
T Goal 1 | Survivor safety
A | Launch a text-to-911 awareness campaign with the sheriff's office | *Dana Whitfield | 2026-04-30 | Working on it
M Design assets approved | 2026-02-27
M Campaign live on buses | 2026-04-30
A | Expand emergency shelter capacity by eight beds | *Luis Ortega | 2026-09-30 | Stuck
A | Provide lethality assessment training to all patrol deputies | *Sgt Karen Molloy | 2026-06-30 | Working on it
A | Place a bilingual advocate at the county courthouse | *Luis Ortega | 2026-03-31 | Done
T Goal 2 | Offender accountability
A | Audit protective order service times | *Sgt Karen Molloy | 2026-05-29 | Working on it
M Pull 2025 service records | 2026-03-13
M Report to council | 2026-05-29
A | Start a firearms surrender compliance review docket | *Judge's Clerk Tina Byrne | 2026-10-30 |
A | Certify the batterer intervention program against state standards | *Marcus Hill | 2026-08-31 | Working on it
T Goal 3 | Community engagement
A | Hold listening sessions in the three rural townships | *Dana Whitfield | 2026-07-31 |
A | Recruit faith leaders to the council's outreach committee | *Rev. Alan Price | 2026-05-15 | Done
A | Publish the council's annual fatality review summary | *Marcus Hill | 2026-12-15 |
"""


# An Asana project exported as CSV: Asana's own columns (Task ID, Created At, Completed At,
# Name, Section/Column, Assignee, Assignee Email, Start Date, Due Date, Tags, Notes, Projects,
# Parent task); the sections are the themes; subtasks (the milestones) are rows of their own
# with no section and their parent task's name in "Parent task"; ISO dates; a completed task
# has a "Completed At" timestamp.
ASANA = """
PLAN Murrindale Shire Council Family Violence Action Plan 2026-27
T | Council as a workplace
A | Update the family and domestic violence leave procedure to 10 days paid | *Kylie Hartnett | 2026-03-31
A | Train all people leaders in responding to disclosures | *Kylie Hartnett | 2026-08-31
M Book trainer | 2026-04-30
M Run four sessions | 2026-08-31
A | Add family violence contacts to the staff intranet homepage | *Josh Pearce | 2026-02-13
T | Council as a service provider
A | Screen for family violence in the maternal and child health service | *Dr Nisha Rao | 2026-06-30
A | Review the rates hardship policy for victim-survivors | *Ben Castellano | 2026-09-30
A | Make the customer service centre a safe place to disclose | *Josh Pearce | 2026-05-29
M Private room fitted out | 2026-04-17
T | Council as a community leader
A | Run the 16 Days of Activism program with local sporting clubs | *Tegan Murphy | 2026-12-10
A | Fund a respectful relationships grant round for community groups | *Tegan Murphy | 2026-07-31
A | Join the regional Integrated Family Violence Partnership's steering group | *Ben Castellano | 2026-02-27
"""


# A responsibility matrix: one column per partner agency, each action marked "L" (lead) or
# "S" (supports) under the agencies involved; the leads are the column headers of the "L"
# marks, never the letters. Themes are rows merged across and filled. In Excel, with a key
# above the table; in Word, the same matrix with filled and hollow circles.
RACI_MATRIX = """
PLAN Easterby Community Safety Partnership: Domestic Abuse Action Plan 2026-2028 (who does what)
T | Early identification
A 1 | Train frontline staff to ask about abuse routinely | Council | Mar 2027 | | | Police; NHS
A 2 | Put an IDVA in the emergency department three days a week | NHS | Sep 2026 | | | Specialist services
A 3 | Share Operation Encompass notifications with nurseries as well as schools | Police | Jan 2027 | | | Council
A 4 | Ask about abuse at every pre-sentence report interview | Probation | Jun 2026
T | Protection
A 5 | Hold a daily risk meeting for high-risk cases | Police | Apr 2026 | | | Council; NHS; Probation; Specialist services
A 6 | Offer a sanctuary assessment to every victim who wants to stay at home | Council | Ongoing | | | Specialist services
A 7 | Commission refuge places for women with complex needs | Council; NHS | Mar 2027 | | | Specialist services
T | Perpetrators
A 8 | Manage the highest-harm perpetrators through a multi-agency tasking group | Police; Probation | Jul 2026 | | | Council
A 9 | Run a voluntary behaviour change programme | Specialist services | Dec 2026 | | | Probation; Council
A 10 | Check for domestic abuse before a tenancy is transferred | Council | Sep 2026 | | | Police
"""


# A roadmap: one row per theme (a swimlane), one column per quarter, and each cell listing
# the actions due in that quarter as bullets, each with its lead in brackets; the quarter is
# the column header ("Q1 2026/27"), so it is each action's deadline. In Excel, and as the
# PDF of the designed roadmap (coloured lanes, one box per action).
ROADMAP = """
PLAN Brackenfield Domestic Abuse Partnership Board: Two-Year Roadmap 2026-2028
T | Prevention
A | Launch the healthy relationships offer for primary schools | Education | Q1 2026/27
A | Run a campaign on economic abuse with the credit union | Communications | Q3 2026/27
A | Add domestic abuse to the sexual health service specification | Public Health | Q1 2027/28
A | Evaluate the schools offer | Education | Q3 2027/28
T | Support
A | Open the one-stop shop in the town centre | Brackenfield Council | Q2 2026/27
A | Recommission the children's recovery service | Commissioning | Q4 2026/27
A | Extend outreach to the rural villages | Brackenfield Women's Aid | Q2 2027/28
A | Offer specialist support to older victims | Adult Social Care | Q4 2027/28
T | Perpetrators
A | Start the high-harm perpetrator tasking group | Police | Q1 2026/27
A | Commission a community perpetrator programme | Office of the PCC | Q4 2026/27
A | Review the perpetrator offer with survivors | Community Safety | Q2 2027/28
T | Partnership
A | Agree the partnership's outcomes framework | Community Safety | Q2 2026/27
A | Publish the annual report | Community Safety | Q1 2027/28
A | Refresh the strategy for 2028 onwards | Board Chair | Q4 2027/28
"""


# A Word table in which each action takes two rows: its ref and its text on the first (the
# text merged across the lead, date and measure columns), the lead, the date and the success
# measure on the second, under a two-row header. A table per theme under a Heading 2. Word,
# and the PDF saved from it.
TWO_LINE_ROWS = """
PLAN Hollins Vale Safeguarding Adults Board: Domestic Abuse in Later Life Action Plan 2026/27
T | Awareness
A 1.1 | Raise awareness of domestic abuse in later life through the over-60s forums | Age Concern Hollins Vale | June 2026 | | | | More disclosures from people over 60 to the helpline
A 1.2 | Produce a leaflet for carers on abuse by partners and adult children | Adult Social Care | September 2026 | | | | Leaflet in every carers' centre
A 1.3 | Brief GP practice managers on abuse in later life | ICB | October 2026 | | | | Every practice briefed
T | Response
A 2.1 | Add the domestic abuse risk assessment to safeguarding adults enquiries | Adult Social Care | July 2026 | | | | Audit shows the tool used in 90% of relevant enquiries
A 2.2 | Make sure older victims are referred to MARAC at the same rate as others | Police; Adult Social Care | March 2027 | | | | MARAC referrals of over-60s match their share of cases
A 2.3 | Offer an IDVA with training in dementia and capacity | Hollins Vale Women's Aid | January 2027 | | | | IDVA in post
T | Learning
A 3.1 | Run a themed audit of safeguarding enquiries involving domestic abuse | Board Business Unit | November 2026 | | | | Audit report to the Board
A 3.2 | Share learning from the recent safeguarding adults review | Board Business Unit | May 2026 | | | | Learning briefing circulated
"""


# An Australian state action plan in Word: a table per focus area, "Action | Lead agency |
# Timing", each action cell holding a short bold name and, below it in the same cell, a
# paragraph saying what the action involves (the action is its name). Actions numbered 1 to n
# through the plan in a narrow first column. Word, and the PDF saved from it.
BOLD_TITLE_CELL = """
PLAN Family Violence Reform: Second Rolling Action Plan 2026-2029
T Focus area 1 | Early intervention
A 1 | Family violence in antenatal care | Department of Health | 2026-27
A 2 | Respectful relationships in every school | Department of Education | 2026-2028
A 3 | Financial counselling for victim-survivors | Department of Families, Fairness and Housing | 2027-28
T Focus area 2 | Safety and recovery
A 4 | Refuge redevelopment | Homes Victoria | 2026-2029
A 5 | Therapeutic support for children and young people | Department of Families, Fairness and Housing | 2026-27
A 6 | Flexible support packages | Department of Families, Fairness and Housing | Ongoing
A 7 | Aboriginal-led healing programs | Aboriginal Family Violence Partnership Forum | 2027-28
T Focus area 3 | Accountability for people who use violence
A 8 | Expanded men's behaviour change programs | Department of Families, Fairness and Housing | 2026-27
A 9 | Electronic monitoring for high-risk perpetrators | Department of Justice and Community Safety | 2027-28
A 10 | Specialist family violence courts in every region | Court Services | 2026-2029
"""


# An ICB's Excel action plan with lettered sub-actions: a "2.1" row is the action, rows
# "2.1(a)", "2.1(b)" beneath it are its steps (the milestones) with their own dates and
# percentage; the theme a bold row with its number; BRAG given only as the fill of an
# empty cell; a "% complete" column with data bars; a BRAG key beside the table, to the right.
# Also the same sheet saved as CSV (the fills and the key's layout lost).
LETTERED_SUBACTIONS = """
PLAN North Dunmore Integrated Care Board: Domestic Abuse and Sexual Violence Action Plan 2026/27
T 1 | Leadership
A 1.1 | Appoint a named domestic abuse lead in every provider trust | Director of Nursing | 30/06/2026
M Letter to trust chief nurses | 30/04/2026
M Leads named and listed | 30/06/2026
A 1.2 | Report domestic abuse training compliance to the Quality Committee | Designated Nurse | 30/09/2026
T 2 | Health response
A 2.1 | Commission the IRIS programme in the two remaining primary care networks | Primary Care Commissioning | 31/03/2027
M Business case approved | 31/07/2026
M Provider mobilised | 31/12/2026
M Practices trained | 31/03/2027
A 2.2 | Put hospital IDVAs into both acute trusts' maternity units | Acute Commissioning | 31/12/2026
A 2.3 | Add routine enquiry to the mental health trust's assessment template | Mental Health Commissioning | 30/11/2026
M Template change agreed | 31/08/2026
M Audit of use | 30/11/2026
T 3 | Workforce
A 3.1 | Give ICB staff access to the domestic abuse staff policy and a trained HR contact | Head of People | 31/05/2026
A 3.2 | Train safeguarding leads in sexual violence disclosures | Designated Nurse | 31/01/2027
"""


# An email reply with the plan quoted below it: a short top-posted note, Outlook's "From:/
# Sent:/To:/Subject:" block, then the earlier message quoted line by line with "> ": its own
# greeting, each priority on a line of its own and its actions as tab-separated rows pasted from
# a Word table, and a signature.
QUOTED_EMAIL = """
PLAN Fenmoor Domestic Abuse Steering Group: agreed actions
T Priority 1 | Identifying abuse earlier
A 1a | Add a routine question on abuse to the health visitor's new birth visit | Public Health Nursing | End of May
A 1b | Get the Ask for ANI scheme into the remaining 12 pharmacies | Public Health | End of June
A 1c | Brief the district councils' housing teams on the new referral form | Fenmoor Women's Aid | End of April
T Priority 2 | Keeping people safe
A 2a | Agree a process for emergency moves between the district councils | District Housing Leads | End of July
A 2b | Fund target hardening for victims who want to stay at home | Community Safety | End of June
A 2c | Cut the wait for an IDVA to under five working days | Fenmoor Women's Aid | End of September
T Priority 3 | Holding perpetrators to account
A 3a | Put DAPOs on the agenda for the next police briefing day | Police | End of April
A 3b | Share the behaviour change programme's referral criteria with children's services | Probation | End of May
"""


# A Canadian province's gender-based violence action plan: its open-data table as a CSV saved by
# a French-Canadian Excel (semicolon-separated, a byte order mark, bilingual headers
# "Pillar / Pilier"), and the English PDF of the plan (a table per pillar, saved from Word);
# a "Funding" column in dollars, timelines as fiscal years.
CANADA = """
PLAN Tamarack Province Action Plan to End Gender-Based Violence: Implementation Table 2026-2030
T Pillar 1 | Support for victims, survivors and their families
A 1.1 | Expand sexual assault nurse examiner programs to all regional hospitals | Department of Health | 2026-27 | | | | | $3.2M over 4 years
A 1.2 | Fund transitional housing for women leaving shelters | Housing Corporation | 2026-2028 | | | | | $12M over 4 years
A 1.3 | Provide free legal advice for survivors of intimate partner violence | Department of Justice | 2026-27 | | | | | $1.5M per year
T Pillar 2 | Prevention
A 2.1 | Deliver healthy relationships programming in grades 7 to 12 | Department of Education | 2027-28 | | | | | $900K
A 2.2 | Launch a public awareness campaign on coercive control | Women's Equality Branch | 2026-27 | | | | | $400K
A 2.3 | Support men's and boys' engagement initiatives in communities | Women's Equality Branch | 2026-2030 | | | | | $1M over 4 years
T Pillar 3 | Responsive justice system
A 3.1 | Create a specialized intimate partner violence court in two regions | Department of Justice | 2028-29 | | | | | $2.4M
A 3.2 | Train police in trauma-informed investigations | Department of Public Safety | 2026-27 | | | | | $600K
T Pillar 4 | Indigenous-led approaches
A 4.1 | Fund First Nations-led shelters and healing lodges | Aboriginal Affairs Secretariat | 2026-2030 | | | | | $8M over 4 years
A 4.2 | Co-develop culturally grounded prevention programs with First Nations communities | Aboriginal Affairs Secretariat | 2027-28 | | | | | $1.2M
"""


# A designed PDF of "action cards": a page per theme with its name in a coloured banner, then
# the actions as rounded cards two to a row (number, text, "Lead:" and "By:" at the card's
# foot), so that a line of text across the page runs through two cards.
CARDS_PDF = """
PLAN Tregarth Safer Together: Our Domestic Abuse Commitments 2026-2028
T | Listen to survivors
A 1 | Set up a survivor reference group that meets every two months | Tregarth Council | June 2026
A 2 | Ask every service user for feedback when their support ends | Tregarth Women's Aid | September 2026
A 3 | Pay survivors for the time they give to the partnership | Tregarth Council | April 2026
A 4 | Publish what we changed because of what survivors told us | Community Safety | March 2027
T | Support children
A 5 | Offer every child in refuge a key worker | Tregarth Women's Aid | December 2026
A 6 | Train school safeguarding leads on the impact of abuse on children | Education | October 2026
A 7 | Run a group for young people harmed by abuse in their own relationships | Youth Service | January 2027
T | Challenge harmful behaviour
A 8 | Offer a behaviour change programme to men who ask for help | Tregarth Council | November 2026
A 9 | Use civil orders where criminal charges are not possible | Police | Ongoing
A 10 | Make sure perpetrators cannot use housing to find their victims | Housing | July 2026
"""


# A council web page with the plan as a responsive table, seen on a narrow screen: each row is
# shown as a stack of "label value" lines (Action, Lead, By when, Progress) under each outcome's
# heading. Printed from the browser to PDF, and copied from the page into a text file (where
# each label and its value land on lines of their own).
STACKED_WEB = """
PLAN Ashcombe Borough Council: Domestic Abuse Action Plan 2026-27
T Outcome 1 | People know what abuse is and where to get help
A | Update the council's domestic abuse web pages with the new helpline numbers | Communications | April 2026 | Complete
A | Give out "Help is here" cards at all council buildings | Customer Services | June 2026 | On track
A | Train ward councillors to spot and signpost | Democratic Services | September 2026 | On track
T Outcome 2 | Victims and their children are safe at home
A | Offer a sanctuary assessment within five working days | Housing Options | Ongoing | On track
A | Fund a children's worker in the refuge | Children's Services | July 2026 | Delayed
A | Prioritise survivors on the housing register | Housing Options | October 2026 | Not started
T Outcome 3 | Perpetrators are held to account
A | Use tenancy enforcement against perpetrators in council homes | Housing Management | Ongoing | On track
A | Join the police's monthly perpetrator tasking meeting | Community Safety | May 2026 | Complete
"""


# A Scottish partnership's Excel plan structured only by Excel's row grouping: each theme a plain
# row (no bold, no fill, no number) with its actions grouped beneath it at outline level 1, one
# theme's group collapsed (its rows hidden); a hidden "Internal notes" column; a hidden "Lists"
# sheet of the agencies and statuses that the drop-downs use.
OUTLINE_GROUPED = """
PLAN Glenarden Violence Against Women Partnership: Improvement Plan 2026-27
T | Equally Safe at school and in the community
A | Roll out the Mentors in Violence Prevention programme to the remaining three secondary schools | Education Services | March 2027 | On track
A | Run a community campaign on consent during Freshers' Week | Glenarden College | October 2026 | On track
A | Support the Equally Safe at Work accreditation for the council | Human Resources | December 2026 | At risk
T | Women and children get the support they need
A | Reduce the waiting list for Rape Crisis support to under 12 weeks | Rape Crisis Glenarden | March 2027 | At risk
A | Implement the Safe and Together model in children's services | Children and Families Social Work | September 2026 | On track
A | Provide a support worker for women involved in prostitution | Glenarden Women's Aid | January 2027 | Not started
A | Extend the Caledonian women's service to rural areas | Justice Social Work | March 2027 | On track
T | Perpetrators are held to account
A | Increase referrals to the Caledonian programme from the sheriff court | Justice Social Work | December 2026 | On track
A | Review bail conditions monitoring with Police Scotland | Police Scotland | August 2026 | Complete
T | Partnership working
A | Carry out the annual self-assessment against the Equally Safe quality standards | VAW Coordinator | June 2026 | Complete
A | Report to the Chief Officers Group every quarter | VAW Coordinator | Quarterly | On track
"""


# A Confluence page exported to Markdown: a "##" heading per workstream and a pipe table under
# each, the owner an @mention of a person and their team in its own column, the status a
# Confluence lozenge exported in capitals ("IN PROGRESS"), due dates as Confluence's date macro
# writes them ("30 Jun 2026"); an "Open questions" table at the end that is not actions.
CONFLUENCE_MD = """
PLAN Wexley VAWG Strategy - Delivery tracker
T Workstream A | Public spaces
A A1 | Install help points in the three multi-storey car parks | *Omar Shah; Parking Services | 30 Jun 2026 | IN PROGRESS
A A2 | Agree a women's night safety charter with licensed venues | *Beth Cole; Licensing | 31 Aug 2026 | NOT STARTED
A A3 | Review CCTV coverage on the routes from the station | *Omar Shah; Parking Services | 30 Apr 2026 | DONE
T Workstream B | Education and culture
A B1 | Add VAWG content to the council's induction for new staff | *Ruth Ansah; People Team | 31 Mar 2026 | DONE
A B2 | Fund a youth-led campaign on online misogyny | *Dan Pryor; Youth Services | 30 Sep 2026 | IN PROGRESS
A B3 | Offer bystander training to sports clubs | *Dan Pryor; Youth Services | 30 Nov 2026 | NOT STARTED
T Workstream C | Support
A C1 | Map specialist support for women with no recourse to public funds | *Ruth Ansah; Commissioning | 31 May 2026 | IN PROGRESS
A C2 | Extend the ISVA service's evening clinics | *Beth Cole; Commissioning | 31 Jul 2026 | BLOCKED
"""


# A PCC's Word plan whose status is ticked in one of four checkbox columns ("Not started",
# "On track", "Off track", "Complete"), ☒ in the one that applies and ☐ in the others; themes
# are shaded rows across the table. Word, and the PDF saved from it.
CHECKBOX_STATUS = """
PLAN Office of the Police and Crime Commissioner for Ravensworth: VAWG Commitments Tracker 2026
T | Confidence in policing
A 1 | Publish the force's VAWG performance every quarter | Chief Constable | March 2026 | Complete
A 2 | Train every officer in the new stalking guidance | Chief Constable | September 2026 | On track
A 3 | Make vetting of officers accused of abuse independent | Professional Standards | December 2026 | Off track
T | Supporting victims
A 4 | Commission an ISVA service for children | Commissioning Manager | June 2026 | On track
A 5 | Keep the victims' code compliance audit running | Victims Commissioner Lead | Ongoing | On track
A 6 | Set up a helpline for victims of spiking | Commissioning Manager | April 2026 | Not started
T | Tackling perpetrators
A 7 | Fund Drive in the two remaining districts | Commissioning Manager | October 2026 | On track
A 8 | Tag the most dangerous perpetrators on release | Probation Service | July 2026 | Off track
A 9 | Bring in a domestic abuse perpetrator register check for taxi licences | Licensing Authorities | November 2026 | Not started
"""
