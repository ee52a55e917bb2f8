"""The second blind set's batch D: plans in layouts that neither the corpus, the stand-in set nor
batches A, B and C (`blind.py`, `blind_b.py`, `blind_c.py`) have, written after batch C had
landed and, like them, WITHOUT reading the importer. It landed in the session's last quarter of
an hour so that nobody could tune on it that session: its first-sight scores (in
test_corpus.py's reasons and the landing commit) are the session's honest "unseen" measure.

Places, people and wording are invented; people named as leads are in `lead_people`.
`blind_d_render.py` writes the documents.
"""

# ruff: noqa: E501
# An outline keeps one action to a line, as a plan's table keeps it to a row.

from __future__ import annotations

# A partnership board's minutes in Word: numbered agenda items as bold paragraphs (not heading
# styles), paragraphs of discussion, and the actions agreed written inside them as bold
# "ACTION:" lines ("ACTION: Housing Options to circulate the draft ... by 6 March 2026."). The
# plan is the actions, grouped by the agenda item they came from; the minutes' attendance,
# apologies and "date of next meeting" are not. Word, and the same minutes pasted as text.
MINUTES_ACTIONS = """
PLAN Saltmarsh Domestic Abuse Partnership Board: minutes of the meeting held on 12 February 2026
T 3 | Safe accommodation needs assessment
A | Circulate the draft needs assessment to all members | Housing Options | 6 March 2026
A | Add the number of refused refuge referrals to the assessment | Saltmarsh Women's Aid | 27 February 2026
A | Bring the final assessment to the April meeting for sign-off | Housing Options | 16 April 2026
T 4 | Domestic homicide review update
A | Send the chronology request for DHR "Lily" to GP practices | DHR Coordinator | 20 February 2026
A | Confirm the independent chair's contract extension | Community Safety | 31 March 2026
T 5 | Training strategy
A | Map which partners have adopted the training framework | Safeguarding Partnership | 30 April 2026
A | Offer two more places on the DA champions course to each partner | Saltmarsh Women's Aid | 31 March 2026
T 6 | Performance report
A | Add repeat MARAC cases by ward to the quarterly dashboard | Police | 16 April 2026
A | Explain the fall in referrals from health at the next meeting | ICB | 16 April 2026
"""


# A Northern Ireland partnership's Word plan with each priority's table turned on its side: the
# actions are the COLUMNS ("Action 1 | Action 2 | Action 3"), and the rows are the fields
# ("What we will do", "Who will lead", "By when", "How we will know"). A table per priority under
# a heading. Word, and the PDF saved from it.
TRANSPOSED = """
PLAN Lisnaharra Policing and Community Safety Partnership: Domestic and Sexual Abuse Action Plan 2026-27
T Priority 1 | Prevention
A | Deliver the "Relationships Matter" workshops in every post-primary school | Education Authority | June 2027 | | | | Workshops in 14 schools
A | Run a campaign on coercive control during the Christmas period | PCSP | December 2026 | | | | Campaign reach of 40,000
A | Train GAA and rugby club volunteers to recognise abuse | Sport NI | March 2027 | | | | 120 volunteers trained
T Priority 2 | Support
A | Fund a rural outreach worker for the west of the district | PCSP | September 2026 | | | | Worker in post
A | Put the Safe Place scheme into every pharmacy | Community Pharmacy NI | January 2027 | | | | 35 pharmacies signed up
A | Offer the Helping Hands programme to children in refuge | Lisnaharra Women's Aid | October 2026 | | | | Two groups run
T Priority 3 | Justice
A | Tell every victim of an outcome of their case within five days | PSNI | November 2026 | | | | Audit of 50 cases
A | Hold a support session on the Domestic Abuse and Civil Proceedings Act for the legal profession | Victim Support NI | May 2026 | | | | Session held
"""


# A US county's Google Sheets workplan downloaded as Excel and as CSV: an instructions row above
# the header, a "Done?" checkbox column (TRUE/FALSE), a "Workstream" drop-down chip column beside
# the task, owners as people, dates month-first ("3/31/2026"), and a "Link" column of URLs.
GOOGLE_SHEETS = """
PLAN Pinecrest County Family Justice Center Partnership Workplan FY2026
T | Client services
A | Add a walk-in legal clinic on Wednesday afternoons | *Maria Delgado | 3/31/2026 | Done
A | Set up on-site childcare during client appointments | *Kevin Osei | 6/30/2026
A | Offer services in Spanish, Vietnamese and Tagalog at intake | *Maria Delgado | 9/30/2026
A | Open a satellite office at the county hospital | *Renee Park | 12/31/2026
T | Partner engagement
A | Sign updated MOUs with all 14 on-site partners | *Judge Ellen Marsh | 2/27/2026 | Done
A | Bring the district attorney's victim witness unit on site two days a week | *Kevin Osei | 5/29/2026
A | Hold a quarterly partner meeting with a case review | *Renee Park | 3/31/2026 | Done
T | Data and evaluation
A | Move intake to the new case management system | *Tom Brandt | 4/30/2026
A | Run a client satisfaction survey every six months | *Tom Brandt | 7/31/2026
A | Report outcomes to the Board of Supervisors | *Renee Park | 10/30/2026
"""


# An English county's plan in which each action's fields share one cell, on lines of their own
# ("Action: ...", "Lead: ...", "By: ..."), beside a RAG column and an update column; the priority
# merged down the first column (Excel) or a row across the table (Word).
ONE_CELL_FIELDS = """
PLAN Wealdshire County Council Domestic Abuse Strategy: Action Plan 2026-2028
T | Prevention and early intervention
A | Commission healthy relationships education for special schools | Children's Commissioning | March 2027 | Green | Provider chosen
A | Train adult social care staff to recognise economic abuse | Adult Social Care | September 2026 | Amber | Trainer booked for the summer
A | Add domestic abuse questions to the Family Hubs' first contact | Family Hubs | June 2026 | Green | Questions agreed
T | Safety and support
A | Extend the Sanctuary Scheme to private tenants | District Housing Teams | December 2026 | Red | Two of five districts agreed
A | Provide a specialist worker for survivors with learning disabilities | Adult Social Care | April 2027 | Amber | Job description drafted
A | Make sure every refuge has a children's worker | Housing Commissioning | March 2027 | Green | Four of five in post
T | Accountability
A | Give the Domestic Abuse Board an annual report on perpetrator programmes | Office of the PCC | January 2027 | Green | On track
A | Publish the learning from each domestic homicide review within a month of approval | Community Safety | Ongoing | Green | Two published this year
"""


# An Australian council's action update returned as a fillable PDF form: one page per action
# with labelled form fields ("Focus area", "Action", "Responsible officer", "Due date",
# "Status"), the values in the fields themselves (as a filled form is), not in the page's text.
ACROFORM = """
PLAN Coolabah Regional Council: Family Violence Prevention Action Plan 2026 - Quarterly Return
T | Gender equality in the workplace
A 1.1 | Run a gender pay gap audit and publish the result | People and Culture Manager | 30/06/2026 | On track
A 1.2 | Offer flexible work to all staff who ask, with a written reason for any refusal | People and Culture Manager | 31/12/2026 | On track
A 1.3 | Train the executive team in preventing sexual harassment | Chief Executive Officer | 31/03/2026 | Complete
T | Safe and inclusive community spaces
A 2.1 | Audit lighting and sightlines at the five busiest bus stops | Infrastructure Manager | 30/09/2026 | Not started
A 2.2 | Make all council-run events sign a respectful behaviour code | Events Coordinator | 31/08/2026 | On track
T | Respectful relationships
A 3.1 | Fund the local netball and football leagues' respect programme | Community Development Officer | 31/10/2026 | On track
A 3.2 | Hold a White Ribbon breakfast with local businesses | Community Development Officer | 25/11/2026 | Not started
"""


# A pivot table of the tracker pasted into a new workbook as values (tabular form, "Repeat item
# labels" off): the theme written only on its first row with blanks below, the lead and the due
# date as row fields, a "Count of Ref" column, a "<theme> Total" row after each theme and a
# "Grand Total" row at the end; the pivot's filter above ("Year | 2026/27").
PIVOT = """
PLAN Brookhaven Community Safety Partnership: DA Action Plan 2026/27 (summary by priority)
T | Awareness
A | Deliver the Ask Me scheme in community venues | Brookhaven Women's Aid | 30/09/2026
A | Run a campaign on abuse in teenage relationships | Communications | 28/02/2027
A | Hold a domestic abuse awareness day for faith groups | Community Cohesion | 30/11/2026
T | Early help
A | Add a domestic abuse practitioner to the early help hub | Children's Services | 31/07/2026
A | Roll out the DASH risk checklist to housing officers | Housing | 31/10/2026
T | Perpetrators
A | Refer repeat perpetrators to the MATAC | Police | 31/05/2026
A | Commission a programme for young people who harm their parents | Youth Justice Service | 31/01/2027
A | Use Domestic Abuse Protection Notices in every eligible case | Police | 31/03/2027
T | Safe accommodation
A | Open four units of second-stage housing | Housing | 31/12/2026
A | Fund a resettlement worker | Housing | 30/06/2026
"""


# A Notion database exported as CSV: the page title column "Name", a "Workstream" relation
# written as the related page's name followed by its Notion link in brackets ("Prevention
# (https://www.notion.so/Prevention-...)"), a person in "Owner", Notion's dates ("March 31,
# 2026"), a "Created time" column and multi-select "Tags".
NOTION_CSV = """
PLAN Lowmoor VAWG Partnership - Action tracker
T | Prevention
A | Launch the "Not in Lowmoor" street harassment campaign | *Aisha Karim | March 31, 2026 | Done
A | Deliver consent workshops to all year 12 students | *Chris Wainwright | June 30, 2026 | In progress
A | Set up a men's allyship network in the council | *Chris Wainwright | September 30, 2026 | Not started
T | Safer spaces
A | Get 40 venues signed up to the Safer Venues charter | *Leanne Doyle | August 31, 2026 | In progress
A | Add VAWG questions to the annual residents' survey | *Aisha Karim | May 29, 2026 | In progress
A | Review taxi licensing conditions on passenger safety | *Leanne Doyle | November 30, 2026 | Not started
T | Support
A | Commission an online chat service for young victims | *Grace Mensah | October 30, 2026 | Not started
A | Fund specialist support for LGBT+ survivors | *Grace Mensah | July 31, 2026 | In progress
"""


# A business intelligence export of the tracker (as CSV and as the Excel download): the theme
# written with a sort prefix ("01. Prevention"), RAG as a sortable code ("1 - Red",
# "2 - Amber", "3 - Green"), target dates as date-times ("31/03/2026 00:00:00"), a numeric
# "Action ID", and rows in the order of the RAG sort, not by theme.
BI_EXPORT = """
PLAN Tollbridge Safer Communities Board: Domestic Abuse Delivery Plan Tracker
T 01 | Prevention
A | Put domestic abuse awareness into the adult education programme | Adult Learning | 31/03/2026 | 3 - Green
A | Give every secondary school a named DA lead | Education Safeguarding | 31/07/2026 | 2 - Amber
A | Run a workplace campaign with the ten largest employers | Economic Development | 30/09/2026 | 1 - Red
T 02 | Support
A | Recruit two IDVAs for the hospital | Tollbridge NHS Trust | 30/06/2026 | 2 - Amber
A | Offer counselling within four weeks of referral | Tollbridge Women's Aid | 31/12/2026 | 3 - Green
A | Set up a drop-in for older survivors | Age UK Tollbridge | 31/10/2026 | 1 - Red
T 03 | Justice
A | Increase DVPO applications by a quarter | Police | 31/03/2027 | 3 - Green
A | Support victims through the specialist court | Victim Support | 30/11/2026 | 3 - Green
T 04 | Housing
A | Add a domestic abuse clause to every new tenancy agreement | Tollbridge Homes | 31/05/2026 | 2 - Amber
A | Agree reciprocal moves with the neighbouring councils | Housing Options | 31/01/2027 | 1 - Red
"""


# A signed plan scanned to PDF with an OCR text layer: the page is a picture of the table and
# the text under it is what the OCR read, with a few of its usual errors ("rn" for "m", "1" for
# "l"); the truth is what the page shows.
OCR_PDF = """
PLAN Marshfield Domestic Abuse Forum Action Plan 2026
T | Awareness
A 1 | Hold a community event in each ward during the 16 Days of Action | Community Safety | December 2026
A 2 | Place information about local support in all GP surgeries | Public Health | June 2026
A 3 | Train library staff to respond to disclosures | Libraries | September 2026
T | Support
A 4 | Provide a weekly outreach surgery in the market towns | Marshfield Women's Aid | July 2026
A 5 | Make emergency accommodation available the same day | Housing Options | April 2026
A 6 | Set up a peer mentoring scheme for survivors | Marshfield Women's Aid | October 2026
T | Perpetrators
A 7 | Refer perpetrators with alcohol problems to treatment services | Probation | August 2026
A 8 | Monitor compliance with non-molestation orders | Police | Ongoing
"""


# A matrix of partners and priorities: a row per partner agency, a column per priority, each
# cell listing what that partner will do for that priority as bullets ending with the date in
# brackets. The partner is each action's lead; the column is its theme. Excel and Word.
PARTNER_MATRIX = """
PLAN Kestrel Bay Domestic Abuse Partnership: Partner Commitments 2026-27
T | Prevent
A | Deliver Operation Encompass to every school and nursery | Police | Sep 2026
A | Fund healthy relationships lessons in primary schools | Council | Jul 2027
A | Ask about abuse at every antenatal booking appointment | NHS | Dec 2026
A | Run a bystander programme for young men | Kestrel Bay Women's Aid | Mar 2027
T | Protect
A | Hold a daily domestic abuse triage meeting | Police | Apr 2026
A | Offer a sanctuary assessment within a week | Council | Ongoing
A | Put an IDVA in the emergency department | NHS | Jan 2027
A | Provide refuge for women with complex needs | Kestrel Bay Women's Aid | Oct 2026
A | Check every pre-sentence report for domestic abuse | Probation | Jun 2026
T | Pursue
A | Apply for a DAPO in every eligible case | Police | Ongoing
A | Evict perpetrators who are council tenants where the victim wants to stay | Council | Mar 2027
A | Refer every convicted perpetrator to an accredited programme | Probation | Dec 2026
"""


# An Excel "plan on a sheet": four small tables laid out two by two on one sheet (a theme's
# table in columns A to C, the next in columns E to G; two more below), each under its theme's
# title merged across it, with its own "Action | Lead | When" header.
SIDE_BY_SIDE = """
PLAN Greyfriars Safer Neighbourhoods Partnership: Domestic Abuse Plan on a Page 2026/27
T | Know
A | Publish a local domestic abuse needs assessment | Public Health | Q2
A | Survey survivors on the support they received | Greyfriars Women's Aid | Q3
A | Map DA training across the partnership | Community Safety | Q1
T | Protect
A | Bring housing into the daily risk meeting | Housing | Q1
A | Fund target hardening for 60 homes | Community Safety | Q2
A | Extend IDVA hours into the evening | Greyfriars Women's Aid | Q3
T | Pursue
A | Start a high-harm perpetrator panel | Police | Q2
A | Offer a voluntary behaviour change course | Probation | Q4
T | Prepare
A | Refresh the partnership's DHR procedure | Community Safety | Q3
A | Run a multi-agency case audit | Safeguarding Partnership | Q4
"""


# An Obsidian Kanban board saved as Markdown: the board's columns are "##" headings of progress
# ("Not started", "In progress", "Done"), not themes; each card a checkbox item whose theme is a
# "#tag", whose lead is a [[wiki link]] and whose due date is "@{2026-03-31}"; the plugin's
# settings block at the end.
KANBAN_MD = """
PLAN DA sub-group board
T | Safe accommodation
A | Agree the move-on protocol with housing associations | Housing Options | 2026-03-31 | Not started
A | Fund a children's worker in the refuge | Commissioning | 2026-06-30 | In progress
A | Publish the safe accommodation strategy refresh | Housing Options | 2026-02-27 | Done
T | Children and young people
A | Add DA training to the school governors' programme | Education Safeguarding | 2026-05-29 | Not started
A | Set up a group for teenagers who have lived with abuse | Youth Service | 2026-04-30 | In progress
T | Health
A | Roll out IRIS to the last two GP clusters | ICB | 2026-09-30 | In progress
A | Put routine enquiry in the sexual health clinic | Sexual Health Service | 2026-01-30 | Done
A | Brief dentists on recognising non-accidental injury in adults | ICB | 2026-07-31 | Not started
"""


# A Police and Crime Commissioner's update to the Police and Crime Panel given as slides saved as
# PDF: each priority's table runs over two or more slides, the slide title repeated with
# "(cont.)", the table's header a coloured band drawn as a shape above the rows (not a table
# row), and the slide number and the office's name in the footer.
SLIDES_CONTINUED = """
PLAN Fenwick Police and Crime Commissioner: VAWG Strategy Delivery Update to the Police and Crime Panel
T Priority 1 | Preventing violence against women and girls
A | Fund the schools' healthy relationships programme in all secondary schools | OPCC | Sept 2026 | On track
A | Launch the "It's Not Banter" campaign for young men | OPCC | Oct 2026 | On track
A | Extend Safer Streets patrols to the two largest towns | Fenwick Police | Jun 2026 | Delayed
A | Train 500 night-time economy staff in Ask for Angela | Licensing Partnership | Mar 2027 | On track
A | Commission research on abuse of older women | OPCC | Dec 2026 | Not started
T Priority 2 | Supporting victims
A | Recommission the ISVA service with a children's ISVA | OPCC | Apr 2026 | Complete
A | Open a sexual assault referral centre hub in the north | NHS England | Nov 2026 | Delayed
A | Provide a stalking advocate in every district | OPCC | Jan 2027 | On track
A | Keep victims updated within the Victims' Code timescales | Fenwick Police | Ongoing | On track
T Priority 3 | Pursuing perpetrators
A | Roll out Operation Soteria to all rape investigations | Fenwick Police | Jul 2026 | On track
A | Fund a perpetrator programme for stalking offenders | OPCC | Feb 2027 | Not started
"""


# A US health district's plan in Word in SMART form: a Heading 1 per goal and a table per goal
# whose columns are "Specific (what we will do) | Measurable | Achievable (resources) | Relevant
# (strategy link) | Time-bound | Responsible"; the action is the "Specific" cell, its deadline the
# "Time-bound" cell. Word, and the PDF saved from it.
SMART_GOALS = """
PLAN Copper Valley Health District: Intimate Partner Violence Prevention Plan 2026-2028
T Goal 1 | Identify IPV earlier in health settings
A | Screen all women of reproductive age for IPV at primary care visits | Director of Clinical Services | By June 30, 2027 | | | | 90% of eligible visits screened
A | Train all home visiting nurses in IPV safety planning | Maternal and Child Health Manager | By December 31, 2026 | | | | 100% of nurses trained
T Goal 2 | Strengthen referral pathways
A | Sign referral agreements with the two regional domestic violence programs | Community Health Director | By March 31, 2026 | | | | Two signed agreements
A | Build an IPV referral into the electronic health record | Health Informatics Lead | By September 30, 2026 | | | | Referral order live
A | Publish a resource card in English and Spanish for all clinics | Health Education Coordinator | By May 31, 2026 | | | | Cards in 12 clinics
T Goal 3 | Prevent teen dating violence
A | Deliver a dating violence prevention curriculum in four high schools | Health Education Coordinator | By June 30, 2027 | | | | Curriculum in four schools
A | Train school nurses to respond to disclosures | School Health Program Manager | By October 31, 2026 | | | | 20 nurses trained
"""


# An Excel tracker sent with a filter still on: the completed actions' rows are hidden by the
# autofilter (Status is not "Complete"), a "Days to deadline" column holds formulas, and a
# "Total actions" row with a COUNTA formula sits under the table. The plan is every action.
FILTERED_TRACKER = """
PLAN Ashdown Community Safety Partnership: Domestic Abuse Action Tracker 2026
T | Prevention
A DA01 | Deliver the Healthy Relationships programme to all Year 8 pupils | Education | 31/07/2026 | On track
A DA02 | Brief taxi drivers on spotting abuse during their licence renewal | Licensing | 31/03/2026 | Complete
A DA03 | Add a domestic abuse page to the council's staff intranet | Human Resources | 28/02/2026 | Complete
T | Protection
A DA04 | Offer an IDVA appointment within three working days of a high-risk referral | Ashdown Women's Aid | 30/06/2026 | Off track
A DA05 | Fit target hardening within five days for victims who want to stay at home | Community Safety | 31/05/2026 | Complete
A DA06 | Agree an out-of-hours emergency accommodation route with the refuge | Housing Options | 30/09/2026 | On track
T | Perpetrators
A DA07 | Set up a perpetrator tasking meeting every month | Police | 30/04/2026 | Complete
A DA08 | Commission a behaviour change course for young people who harm | Youth Offending Service | 31/12/2026 | On track
"""


# Commitments gathered from partners with a Microsoft Forms survey and downloaded as Excel: one
# row per response, Forms' own columns (ID, Start time, Completion time, Email, Name) and the
# questions as headers ("Which priority does your commitment support?", "What will your
# organisation do?", "Which organisation will lead?", "When will it be done by?"). The person
# who filled in the form is not the lead; the organisation is.
FORMS_RESPONSES = """
PLAN Millbrook Domestic Abuse Partnership: Partner Pledges 2026
T | Early identification
A | Ask every new patient about domestic abuse at registration | Millbrook Medical Group | September 2026
A | Train all our call handlers to recognise coercive control | Millbrook Police | June 2026
A | Add domestic abuse prompts to our tenancy audit visits | Millbrook Homes | December 2026
T | Support for survivors
A | Keep two flats free for survivors who need to move in an emergency | Millbrook Homes | April 2026
A | Offer free debt advice appointments to survivors within a week | Citizens Advice Millbrook | May 2026
A | Run a weekly support group for women at the family centre | Millbrook Women's Aid | March 2026
T | A workplace that supports staff
A | Give staff ten days' paid leave if they are affected by abuse | Millbrook Borough Council | April 2026
A | Train our managers to respond to a disclosure from a colleague | Millbrook Medical Group | October 2026
"""


# A designed Word plan whose priority names run up the page in a narrow first column (text
# direction bottom to top, the cell merged down over the priority's actions), and whose action
# cells hold the action in bold with "Lead:" and "Timescale:" lines beneath in the same cell.
# Word, and the PDF saved from it.
ROTATED_THEME = """
PLAN Coldharbour Safeguarding Partnership: Domestic Abuse Delivery Plan 2026-2028
T | Prevent
A | Give every secondary school a trained domestic abuse lead | Education Safeguarding | September 2026
A | Run a campaign for older people on abuse by family members | Adult Social Care | Spring 2027
A | Teach healthy relationships in youth clubs | Youth Service | Summer 2026
T | Protect
A | Hold a daily risk meeting for all high-risk cases | Police | April 2026
A | Provide a specialist IDVA for young people | Coldharbour Women's Aid | January 2027
A | Fund a children's recovery group in each locality | Children's Services | March 2027
T | Pursue
A | Bring in a perpetrator panel for the highest-harm cases | Police | October 2026
A | Refer every eligible perpetrator to a behaviour change programme | Probation | Ongoing
"""


# The ordinary kind, for calibration (most real plans look like this): a Word plan with an
# "Outcome" heading per theme and one long table under each, "No. | Action | Owner | By when |
# Success measure | RAG" (the RAG a word on a coloured cell), running over pages with its header
# repeated. Word, and the PDF saved from it.
ORDINARY_WORD = """
PLAN Thornbury Borough Domestic Abuse Partnership: Action Plan 2026-2029
T Outcome 1 | Fewer people experience domestic abuse
A 1.1 | Deliver the Healthy Relationships curriculum in all secondary schools and the pupil referral unit | Education Safeguarding Lead | July 2027 | Amber | | | Every secondary school teaching the curriculum
A 1.2 | Run an annual campaign during the 16 Days of Action focused on coercive control | Communications Manager | December 2026 | Green | | | Campaign reach and website visits
A 1.3 | Train frontline council staff to recognise and respond to disclosures | Workforce Development | March 2027 | Green | | | 600 staff trained
A 1.4 | Work with employers to adopt a domestic abuse workplace policy | Economic Development | March 2028 | Red | | | 20 employers with a policy
A 1.5 | Include domestic abuse in the Joint Strategic Needs Assessment | Public Health | September 2026 | Green | | | Chapter published
T Outcome 2 | Victims and their children are safe and well supported
A 2.1 | Commission a community-based outreach service for medium-risk victims | Commissioning Manager | April 2027 | Amber | | | Service live; referrals per quarter
A 2.2 | Provide an IDVA in the maternity unit and the emergency department | Thornbury Hospitals NHS Trust | October 2026 | Green | | | Referrals from health rise
A 2.3 | Reduce the time victims wait for a sanctuary assessment to five working days | Housing Options Manager | June 2026 | Green | | | Average days to assessment
A 2.4 | Offer a therapeutic group for children in every locality | Children's Services | January 2027 | Amber | | | Four groups running
A 2.5 | Develop a pathway for victims with no recourse to public funds | Housing Options Manager | March 2027 | Red | | | Pathway agreed by the Board
A 2.6 | Make sure safe accommodation meets the needs of disabled survivors | Housing Commissioning | March 2028 | Amber | | | Two accessible units
T Outcome 3 | People who cause harm change their behaviour or are held to account
A 3.1 | Commission a behaviour change programme for perpetrators outside the criminal justice system | Office of the PCC | September 2027 | Amber | | | Completions and reoffending
A 3.2 | Hold a multi-agency tasking meeting for high-harm perpetrators every month | Thornbury Police | May 2026 | Green | | | Meetings held; cases reviewed
A 3.3 | Use civil injunctions against perpetrators who are council tenants | Tenancy Services | Ongoing | Green | | | Injunctions obtained
T Outcome 4 | The partnership learns and improves
A 4.1 | Publish learning from domestic homicide reviews within three months of Home Office approval | Community Safety Manager | Ongoing | Green | | | Learning briefings published
A 4.2 | Hear from survivors through a lived experience group every quarter | Thornbury Women's Aid | June 2026 | Green | | | Four meetings a year
A 4.3 | Report on this plan to the Board every six months | Community Safety Manager | Six-monthly | Green | | | Reports received
"""


# The ordinary Excel kind, for calibration: logo and title rows, then a header with frozen panes
# ("Ref | Objective | Action | Responsible officer | Target date | KPI | Status | Comments"), the
# objective repeated on each of its actions' rows, each theme a bold row filled grey, date cells
# shown "mmm-yy" and a comments column.
ORDINARY_EXCEL = """
PLAN Wyndham Vale Community Safety Partnership: Domestic Abuse Delivery Plan 2026/27
T | Prevention
O Young people understand healthy relationships
A P1 | Deliver the Respect programme in all secondary schools | Education Improvement Officer | Jul-26 | On track | Delivered in 7 of 9 schools | | Schools delivering
A P2 | Train youth workers in spotting teenage relationship abuse | Youth Service Manager | Sep-26 | Not started | | | Youth workers trained
O The public knows where to get help
A P3 | Put helpline details on every council vehicle and bin lorry | Fleet Manager | May-26 | Complete | Done in April | | Vehicles with details
A P4 | Run a social media campaign on economic abuse | Communications Officer | Nov-26 | On track | Content drafted | | Reach
T | Support
O Victims get the right help quickly
A S1 | Cut waiting times for the outreach service to two weeks | Commissioning Officer | Dec-26 | Behind | Waiting list at 5 weeks | | Average wait
A S2 | Place an IDVA in the children's front door | Children's Services Manager | Jun-26 | On track | Recruitment under way | | IDVA in post
A S3 | Offer sanctuary measures within five days of referral | Housing Manager | Ongoing | On track | Averaging 4 days | | Days to fit
O Children recover from the harm of abuse
A S4 | Fund a play therapist in the refuge | Commissioning Officer | Oct-26 | Behind | Funding bid submitted | | Therapist in post
T | Perpetrators
O Perpetrators are held to account
A R1 | Refer all eligible cases to the MATAC | Detective Inspector | Apr-26 | Complete | Live since March | | Referrals
A R2 | Offer a voluntary perpetrator programme | Probation Manager | Mar-27 | Not started | | | Places taken up
"""


# An NHS trust's plan saved as PDF from Word (calibration): a table per domain under a Heading 1,
# "Action | Executive lead | Operational lead | Due | Evidence of completion", the operational lead
# a named person and their role ("Sarah Cole, Named Nurse": both are leads, the person marked, as
# in the stand-in set's CONTACTS), dates "31/03/2027".
ORDINARY_NHS_PDF = """
PLAN Fernleigh Community Health NHS Trust: Domestic Abuse Action Plan 2026-27
T Domain 1 | Leadership
A | Name a board-level lead for domestic abuse | Chief Nurse; *Sarah Cole; Named Nurse | 30/04/2026 | | | | Board minutes
A | Add domestic abuse to the trust's safeguarding training strategy | Chief Nurse; *Sarah Cole; Named Nurse | 30/06/2026 | | | | Strategy approved
T Domain 2 | Patients
A | Ask about domestic abuse at every first contact in community nursing | Director of Operations; *Tom Harding; Deputy Director | 31/12/2026 | | | | Audit of records
A | Put information on local services in every clinic waiting room | Director of Operations; *Tom Harding; Deputy Director | 30/09/2026 | | | | Clinic walk-round
A | Make sure interpreters are used for all domestic abuse enquiries | Director of Nursing; *Priya Nair; Named Nurse | 31/03/2027 | | | | Interpreter bookings
T Domain 3 | Staff
A | Adopt a domestic abuse policy for staff | Director of People; *Gemma Lowe; Deputy Director | 31/07/2026 | | | | Policy on intranet
A | Train managers to support staff who disclose abuse | Director of People; *Gemma Lowe; Deputy Director | 31/01/2027 | | | | 150 managers trained
"""
