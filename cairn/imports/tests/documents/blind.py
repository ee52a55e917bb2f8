"""A second blind stand-in for the held-back set of real plans: new plans in layouts that
neither the corpus nor the first stand-in set (`stand_in.py`) has.

The first stand-in set was written blind, but the importer has since been tuned on it, so it is
no longer unseen. These plans were written WITHOUT reading the importer (only the Plan JSON
schema, the scorer and the corpus's own documents), from what published domestic abuse, VAWG,
VAWDASV, Equally Safe, DHR, safe accommodation, NHS trust, housing (DAHA), PCC and CSP plans and
trackers in the UK, Ireland, Australia, New Zealand and US counties look like. A document here
that imports badly is a finding, not a mistake in the document. Places, people and wording are
invented; people named as leads are recorded in the truths' `lead_people`.

The outlines use `stand_in.parse_outline`'s format; `blind_render.py` writes the documents.
"""

# ruff: noqa: E501
# An outline keeps one action to a line, as a plan's table keeps it to a row.

from __future__ import annotations

# An NHS trust's domestic abuse and sexual safety plan in a landscape Word table of many
# columns: a "Current position" column before the action, an executive and an operational lead
# in two columns, "Assurance / evidence", and a RAG word on a coloured cell. Each domain is a
# bold paragraph (not a heading style) above its table. Word, and the PDF saved from it.
NHS_TRUST = """
PLAN Wrenfield Hospitals NHS Foundation Trust: Domestic Abuse and Sexual Safety Action Plan 2025-2027
T Domain 1 | Leadership and governance
A 1.1 | Name a board-level executive lead for domestic abuse and sexual safety | Chief Nurse; Head of Safeguarding | Q1 2025/26 | Complete | | | Board minutes, May 2025
A 1.2 | Add domestic abuse and sexual safety to the Safeguarding Committee's quarterly assurance report | Chief Nurse; Head of Safeguarding | Q2 2025/26 | On track | | | Committee reports
A 1.3 | Sign the NHS sexual safety charter and publish the trust's commitments on the intranet | Chief People Officer; Head of Employee Relations | Q2 2025/26 | Complete | | | Intranet page live
A 1.4 | Review the safeguarding adults policy so that it covers coercive control and economic abuse | Chief Nurse; Named Nurse Safeguarding Adults | Q4 2025/26 | On track | | | Ratified policy
T Domain 2 | Workforce and training
A 2.1 | Make level 3 domestic abuse training mandatory for emergency department, maternity and mental health staff | Chief Nurse; Safeguarding Training Lead | Q3 2025/26 | At risk | | | Training compliance at 85%
A 2.2 | Train 40 domestic abuse champions across the inpatient wards | Chief Nurse; Named Nurse Safeguarding Adults | Q1 2026/27 | On track | | | Champions register
A 2.3 | Include sexual safety in the corporate induction for all new starters | Chief People Officer; Learning and Development Manager | Q2 2025/26 | Complete | | | Induction programme
A 2.4 | Give managers guidance on responding when a colleague discloses abuse | Chief People Officer; Head of Employee Relations | Q3 2025/26 | On track | | | Guidance published
T Domain 3 | Patients: asking, recording and responding
A 3.1 | Embed routine enquiry in the maternity booking appointment and record the answer in the electronic record | Director of Midwifery; Safeguarding Midwife | Q4 2025/26 | At risk | | | Monthly audit of booking records
A 3.2 | Keep the hospital IDVA service in the emergency department for a further two years | Chief Nurse; Head of Safeguarding | Q1 2026/27 | On track | | | Contract extension signed
A 3.3 | Add a domestic abuse safety alert to the patient administration system | Chief Digital Officer; Clinical Systems Manager | Q2 2026/27 | Not started | | | Alert live in the system
A 3.4 | Audit the MARAC referrals made by trust staff twice a year | Head of Safeguarding; Named Nurse Safeguarding Adults | Six-monthly | On track | | | Audit reports to committee
T Domain 4 | Staff who experience abuse or harassment
A 4.1 | Offer up to ten days of paid safe leave to staff experiencing domestic abuse | Chief People Officer; Head of Employee Relations | Q3 2025/26 | On track | | | Policy approved by JNCC
A 4.2 | Set up a confidential route for reporting sexual misconduct by staff | Chief People Officer; Freedom to Speak Up Guardian | Q2 2025/26 | Complete | | | Reports received each quarter
A 4.3 | Train case investigators in trauma-informed approaches to sexual misconduct cases | Chief People Officer; Head of Employee Relations | Q4 2025/26 | Not started | | | Investigators trained
"""


# A housing association's DAHA accreditation action plan in Excel: a BRAG key block above the
# header on the same sheet, the DAHA standard merged down the first column over its actions, a
# "Gap identified" column before the action, owners as job titles (two joined by "/"), target
# dates as date cells shown dd/mm/yyyy, and BRAG as fill colour only beside "Progress Notes".
DAHA_STANDARDS = """
PLAN Harbourside Homes: Domestic Abuse Housing Alliance (DAHA) Accreditation Action Plan
T | Policy and procedures
A | Rewrite the domestic abuse policy to cover staff, residents and leaseholders and to name coercive control | Head of Tenancy Services | 31/03/2026 | Blue
A | Add domestic abuse to the ASB, rent arrears and void procedures so that abuse is considered at each step | Tenancy Services Manager; Income Manager | 30/06/2026 | Amber
A | Publish a management move procedure with target times for decisions | Head of Lettings | 31/01/2026 | Green
T | Case management
A | Give every domestic abuse case a named case owner and a support plan reviewed every 28 days | Tenancy Services Manager | 30/04/2026 | Amber
A | Set up a domestic abuse case category and closure codes in the housing management system | Systems Manager; Tenancy Services Manager | 31/12/2025 | Green
A | Check case files monthly against the DAHA case management standard | Head of Tenancy Services | 31/05/2026 | Red
T | Risk management
A | Train all frontline housing officers to complete the DASH risk checklist | Learning and Development Lead | 31/03/2026 | Green
A | Nominate a MARAC representative and a deputy and record attendance | Head of Tenancy Services | 31/12/2025 | Blue
A | Agree a process for target hardening within five working days of a request | Repairs Manager; Tenancy Services Manager | 28/02/2026 | Amber
T | Partnership working
A | Sign information sharing agreements with the police and the local IDVA service | Data Protection Officer | 31/03/2026 | Amber
A | Join the local domestic abuse forum and report back to the leadership team each quarter | Head of Tenancy Services | 30/09/2025 | Blue
T | Training and staff support
A | Deliver domestic abuse awareness e-learning to every employee, including repairs operatives | Learning and Development Lead | 30/06/2026 | Amber
A | Introduce a domestic abuse policy for employees with paid leave and a named HR contact | HR Business Partner | 31/03/2026 | Green
T | Publicity and awareness
A | Put domestic abuse information on the website, the tenant app and the back of every rent statement | Communications Manager | 31/01/2026 | Green
A | Run a campaign during the 16 Days of Action with residents' associations | Communications Manager; Resident Engagement Lead | 10/12/2025 | Blue
"""


# A Police and Crime Commissioner's VAWG delivery plan as the slides of a board presentation
# saved as PDF (drawn directly): a title slide, an "Our priorities" slide listing the
# priorities, then a slide per priority with its title, a line of context and a three-column
# table (commitment, who leads, by when), and the office's name and slide number in a footer.
PCC_SLIDES = """
PLAN Thornmoor Police and Crime Commissioner: Tackling Violence Against Women and Girls Delivery Plan 2025-2029
T Priority 1 | Safer streets, safer nights
A | Fund safe spaces and street marshals in the three busiest night-time economy areas | OPCC Commissioning | March 2026
A | Make the Ask for Angela and WAVE training a condition of licences in partnership with councils | Licensing Authorities; Thornmoor Police | December 2026
A | Use StreetSafe reports to direct patrols and environmental changes | Thornmoor Police | Ongoing
A | Publish a map of improvements made in response to what women tell us | OPCC Communications | Annually
T Priority 2 | Confidence to report
A | Introduce a VAWG victim satisfaction survey and publish the results each quarter | Thornmoor Police | Q3 2025/26
A | Roll out body-worn video at every domestic abuse incident | Thornmoor Police | June 2026
A | Commission an independent scrutiny panel to review closed rape and domestic abuse cases | OPCC Policy Team | September 2025
A | Fund specialist ISVAs for victims with learning disabilities | OPCC Commissioning | April 2026
T Priority 3 | Relentless pursuit of perpetrators
A | Expand the serial perpetrator programme to all four policing areas | Thornmoor Police | 2026/27
A | Fund a second domestic abuse perpetrator programme for people not in the courts | OPCC Commissioning | April 2026
A | Review vetting and misconduct cases involving VAWG by officers and staff | Professional Standards Department | Every six months
T Priority 4 | Working together
A | Hold a VAWG summit with councils, health and the voluntary sector every year | Police and Crime Commissioner | November each year
A | Align commissioning with the councils' safe accommodation strategies | OPCC Commissioning; Local Authorities | 2025/26
A | Report progress to the Police and Crime Panel twice a year | OPCC Chief Executive | Twice yearly
"""


# A Microsoft Planner plan exported to Excel: the plan's name and export date above the
# header, Planner's own columns, the bucket as the theme, people in "Assigned To" joined by ";",
# checklist items (the milestones) joined by ";", a "Priority" column that is not the theme, and
# dates as text in the exporter's locale.
PLANNER_EXPORT = """
PLAN Denbrook Domestic Abuse Partnership Board Actions
T | Prevention
A | Healthy relationships toolkit for primary schools | *Amira Shah; *Ben Croft | 31/03/2026 | In progress
M Draft toolkit
M Pilot in four schools
M Sign-off by Education Board
A | Workplace champions scheme for the top 20 employers | *Leanne Ford | 30/06/2026 | Not started
A | Campaign on coercive control for young adults (16 Days) | *Priya Doshi | 25/11/2025 | Completed
M Agree messages with survivor panel
M Book social media adverts
T | Early identification
A | Routine enquiry in sexual health and substance misuse services | *Dr Hannah Lowe | 30/09/2026 | In progress
A | DA training for GP receptionists | *Hannah Lowe; *Mo Rahman | 31/01/2026 | In progress
A | Add DA questions to the Early Help assessment | *Sophie Tran | 28/02/2026 | Not started
M Update the assessment form
M Brief Early Help practitioners
T | Support
A | Recommission community IDVA service | *Ben Croft | 01/04/2026 | In progress
M Market engagement event
M Tender published
M Contract award
A | Children and young people's therapeutic support pilot | *Sophie Tran | 31/07/2026 | Not started
A | Sanctuary scheme for private renters | *Gary Webb | 31/12/2025 | Completed
T | Board business
A | Annual report to Health and Wellbeing Board | *Leanne Ford | 15/10/2025 | Completed
A | Refresh DA needs assessment | *Mo Rahman | 31/05/2026 | In progress
"""


# A Scottish Violence Against Women Partnership's Equally Safe delivery plan as a web page saved
# as Markdown: a "##" heading per Equally Safe priority, a "###" heading per local outcome (the
# objectives), and each outcome's actions as a numbered list with the lead and the timescale in
# bold labels on the line below.
EQUALLY_SAFE_WEB = """
PLAN Glenmorven Violence Against Women Partnership: Equally Safe Delivery Plan 2025-2028
T Priority 1 | Scottish society embraces equality and mutual respect, and rejects all forms of violence against women and girls
O Children and young people learn about consent and healthy relationships
A | Deliver the Equally Safe at School programme in all eight secondary schools | Education Services | June 2027
A | Train youth workers to challenge sexist language and behaviour | Community Learning and Development | March 2026
O Communities challenge attitudes that condone violence against women
A | Run a local campaign on commercial sexual exploitation with licensed premises | VAW Partnership Coordinator | November 2025
A | Support employers to achieve the Equally Safe at Work accreditation | Economic Development | 2026-27
T Priority 2 | Women and girls thrive as equal citizens: socially, culturally, economically and politically
O Women's economic independence is protected
A | Give money advice services a route to refer women experiencing financial abuse | Money Advice Service | December 2025
A | Make sure women leaving abusive relationships are told about the council's crisis grants | Customer Services | Ongoing
T Priority 3 | Interventions are early and effective, preventing violence and maximising the safety and wellbeing of women, children and young people
O Women and children get help as early as possible
A | Implement the Safe and Together model across children's social work teams | Children's Social Work | March 2027
A | Embed routine enquiry in midwifery, health visiting and A&E | NHS Glenmorven | 2026-27
A | Provide a single point of contact for all VAW services through the local women's aid | Glenmorven Women's Aid | April 2026
O Women and children are safe in their homes
A | Apply the council's domestic abuse housing policy in every case and review it after a year | Housing Services | June 2026
A | Offer refuge spaces for women with complex needs | Housing Services; Glenmorven Women's Aid | 2027-28
T Priority 4 | Men desist from all forms of violence against women and girls, and perpetrators of such violence receive a robust and effective response
O Perpetrators are held to account
A | Deliver the Caledonian System to men convicted of domestic abuse offences | Justice Social Work | Ongoing
A | Use MATAC to target the most harmful perpetrators | Police Scotland | Quarterly
"""


# Each priority's Word table names the priority in its first header cell ("Priority 1:
# Prevention and early intervention"), with "Lead | Partners | Timescale | How we'll measure
# it" beside it: no heading above the tables, only prose. Word, and the PDF saved from it.
THEME_IN_HEADER = """
PLAN Fernleigh Community Safety Partnership: Domestic Abuse Strategy Action Plan 2025-2028
T Priority 1 | Prevention and early intervention
A | Offer every primary and secondary school the local healthy relationships curriculum | Education Safeguarding Team | September 2026 | | | Fernleigh Women's Aid | Schools using the curriculum
A | Train frontline staff in all partner agencies to recognise and respond to domestic abuse | Workforce Development | Year 1 | | | All partners | Staff trained by agency
A | Run an awareness campaign aimed at men about controlling behaviour | Community Safety Team | Spring 2026 | | | Police | Campaign reach
A | Provide a parenting programme for families where there is conflict between parents | Early Help Service | 2026/27 | | | Health Visiting | Families completing the programme
T Priority 2 | Support for victims, survivors and their children
A | Increase IDVA capacity to meet demand from medium-risk victims | Commissioning Team | Year 2 | | | IDVA Service | Caseload per IDVA
A | Offer one-to-one and group support to children who have witnessed domestic abuse | Children's Services | Autumn 2026 | | | Fernleigh Women's Aid | Children supported
A | Provide a specialist worker for older victims | Adult Social Care | Year 2 | | | Age UK Fernleigh | Referrals of over-60s
A | Make safe accommodation available to victims with no recourse to public funds | Housing Options | Year 1 | | | Legal advice services | Households helped
T Priority 3 | Pursuing perpetrators
A | Commission a behaviour change programme with an integrated support service for partners | Commissioning Team | Year 1 | | | Probation Service | Completions
A | Increase the use of Domestic Abuse Protection Orders | Police | Ongoing | | | Courts | Orders granted
A | Share information about repeat perpetrators at a monthly tasking meeting | Police; Probation Service | Quarterly | | | Housing | Perpetrators discussed
T Priority 4 | Partnership and learning
A | Set up a lived experience reference group that advises the partnership | Community Safety Team | Summer 2026 | | | Survivors | Meetings held
A | Publish learning from domestic homicide reviews in a seven-minute briefing | DHR Coordinator | Within 3 months of each review | | | All partners | Briefings published
A | Refresh the domestic abuse needs assessment | Public Health | By end of Year 2 | | | All partners | Needs assessment published
"""


# A community safety partnership tracker in Excel with one column per quarter holding that
# quarter's update, the cell filled red, amber or green; the theme is a row filled pale blue
# with its title in the action column (no bold, nothing merged, the ref cell empty).
CSP_QUARTERS = """
PLAN Kelbrook Safer Communities Partnership: Domestic Abuse Delivery Plan Tracker 2025/26
T | Understanding the problem
A DA01 | Publish a domestic abuse needs assessment with data from all partners | Public Health Intelligence | Jun-25 | Green | Published in September
A DA02 | Collect the ethnicity, disability and age of victims supported by commissioned services | Commissioning Officer | Sep-25 | Amber | Two of five providers returning the data
A DA03 | Agree a dataset for the partnership board and report it every quarter | Community Safety Analyst | Jul-25 | Green | Dataset agreed; first report in October
T | Victims and children
A DA04 | Recommission specialist outreach so medium-risk victims are seen within five days | Commissioning Officer | Mar-26 | Amber | Tender evaluation under way
A DA05 | Place an IDVA in the maternity unit two days a week | Kelbrook Hospitals Trust | Dec-25 | Green | IDVA in post since November
A DA06 | Offer group work for children in refuge and in dispersed accommodation | Children's Services | Jan-26 | Red | No provider found for dispersed accommodation
A DA07 | Provide a specialist service for LGBT+ victims through a regional partner | Commissioning Officer | Mar-26 | Amber | Regional partner agreed; funding not yet confirmed
T | Perpetrators
A DA08 | Refer perpetrators not charged to the voluntary behaviour change programme | Police; Children's Services | Ongoing | Green | 23 referrals this quarter
A DA09 | Run a MATAC panel for the district's most harmful perpetrators | Police | Oct-25 | Green | First panel held in October
A DA10 | Add domestic abuse to the council's tenancy enforcement toolkit | Housing Management | Feb-26 | Amber | Draft toolkit with legal services
T | Workforce and partnership
A DA11 | Run a multi-agency training programme at three levels | Safeguarding Partnership | Mar-26 | Green | Levels 1 and 2 running; level 3 from February
A DA12 | Review MARAC attendance and make sure every agency sends a trained representative | MARAC Chair | Quarterly | Amber | Housing and health attendance still below 80%
A DA13 | Take every DHR action through the partnership's learning tracker | DHR Coordinator | Ongoing | Green | All 14 actions on the tracker"""


# A tracker exported as comma-separated values and saved as a .txt file: quoted fields with
# commas inside them, a theme column and an ISO date, the milestones as lines inside one quoted
# field, and a lead agency and a lead officer in two columns.
CSV_TEXT = """
PLAN Ashgrove Domestic Abuse Local Partnership Board: Safe Accommodation Action Plan
T | Accommodation
A SA1 | Increase refuge provision by six units, including two for women with older sons | Housing Strategy; *Colin Marsh | 2026-03-31 | On Track
M Site identified
M Provider appointed
A SA2 | Convert eight dispersed units into self-contained safe accommodation | Housing Strategy; *Colin Marsh | 2026-09-30 | On Track
A SA3 | Offer a "sanctuary plus" scheme in the private rented sector, with landlord consent | Private Sector Housing; *Eve Lambert | 2025-12-31 | Delayed
A SA4 | Agree a reciprocal, cross-boundary move protocol with the four neighbouring councils | Housing Options; *Raj Kaur | 2026-01-31 | Complete
T | Support in safe accommodation
A SA5 | Commission support in all safe accommodation, including for children | Commissioning; *Tanya Briggs | 2026-04-01 | On Track
M Specification agreed
M Tender
M Contract start
A SA6 | Fund a counsellor for children living in refuge | Commissioning; *Tanya Briggs | 2026-06-30 | Not Started
A SA7 | Offer a mental health and substance use "in-reach" service to refuges | Public Health; *Dr Alan Pike | 2026-03-31 | Delayed
T | Move-on and resettlement
A SA8 | Provide a resettlement worker for 12 months after a family moves on | Commissioning; *Tanya Briggs | 2026-09-30 | Not Started
A SA9 | Give survivors moving on, priority banding and a furnished tenancy where needed | Housing Options; *Raj Kaur | 2025-10-31 | Complete
A SA10 | Track repeat homelessness presentations from survivors who moved on | Housing Options; *Raj Kaur | 2026-03-31 | On Track
"""


# A plan in a plain-text email or a document converted with pandoc: each theme a title line
# above its own table drawn in ASCII with "+---+" borders, the header underlined with "=", and
# cells wrapped inside their columns over several lines.
ASCII_GRID = """
PLAN Millbrook DA Steering Group: Action Plan 2025-26
T Theme A | Awareness and prevention
A A1 | Refresh the partnership's domestic abuse web pages and add a quick exit button | Council Communications | Sep 2025
A A2 | Distribute "Ask for ANI" posters to all pharmacies and GP surgeries | Public Health | Oct 2025
A A3 | Deliver bystander training to sports clubs through the county sports partnership | Active Millbrook | Mar 2026
A A4 | Brief taxi drivers on spotting and reporting domestic abuse as part of licensing | Licensing Team | Jan 2026
T Theme B | Support and safety
A B1 | Open a weekly drop-in for victims at the library hub with the IDVA service | Millbrook IDVA Service | Nov 2025
A B2 | Fund a Clare's Law support worker so every disclosure is followed up | Police; Millbrook IDVA Service | Apr 2026
A B3 | Make a standard offer of target hardening to victims at high risk | Housing Options | Ongoing
A B4 | Give victims a single named contact through the criminal justice process | Witness Care Unit | Feb 2026
T Theme C | Holding perpetrators to account
A C1 | Run a pilot of the Drive project for high-harm perpetrators | Probation; Police | Jul 2026
A C2 | Check domestic abuse history in every tenancy and licensing decision | Housing Options; Licensing Team | Dec 2025
A C3 | Report the outcomes of domestic abuse prosecutions to the steering group | CPS | Quarterly
"""


# A Word plan with no table at all: columns made with tab stops (ref, action, lead, date), a bold
# tab-separated header line under each theme heading, and long actions wrapping under the action
# column. Word, and the PDF saved from it (where the grid is only text positions).
TAB_STOPS = """
PLAN Brackenfield Borough Council: Domestic Abuse Action Plan 2025-2027
T | Preventing domestic abuse
A 1.1 | Deliver healthy relationship sessions in every secondary school | Education Services | July 2026
A 1.2 | Publicise support services in all council buildings and GP surgeries | Communications | October 2025
A 1.3 | Train council staff who visit homes to spot the signs of abuse | Human Resources | March 2026
A 1.4 | Hold a White Ribbon event each November | Community Safety | November 2025
T | Helping victims
A 2.1 | Provide a one-stop shop with advice from housing, police and support services | Community Safety | January 2026
A 2.2 | Keep victims in their homes where it is safe with sanctuary measures | Housing Services | Ongoing
A 2.3 | Give victims priority for rehousing where they must move | Housing Services | April 2026
A 2.4 | Make a counselling service available to victims on a low income | Public Health | September 2026
T | Dealing with perpetrators
A 3.1 | Take tenancy action against perpetrators who are council tenants | Housing Services | Ongoing
A 3.2 | Refer perpetrators to the behaviour change programme | Police | Ongoing
A 3.3 | Share information about perpetrators through MARAC | Police; Housing Services | Monthly
"""


# An Excel plan in a single "Plan item" column whose structure is shown by indentation: a
# priority at the margin in bold, an objective indented once in italics, an action indented
# twice; lead, target and status columns filled only on action rows.
INDENT_LEVELS = """
PLAN Larchfield Integrated Care Board: Domestic Abuse and Sexual Violence Plan 2025-2027
T | Strengthening the health response
O Every health setting can identify abuse and respond safely
A | Add domestic abuse and sexual violence to the ICB's safeguarding standards for providers | Designated Nurse Safeguarding Adults | Q2 2025/26 | Complete
A | Fund IRIS in every primary care network | Primary Care Commissioning | Q4 2026/27 | In progress
A | Agree a referral pathway from dental practices | Dental Commissioning Lead | Q3 2025/26 | In progress
O Health staff are safe and supported
A | Ask each provider to adopt a domestic abuse policy for its own staff | ICB Workforce Lead | Q1 2026/27 | Not started
A | Share a model sexual safety policy with GP practices | Designated Nurse Safeguarding Adults | Q2 2026/27 | Not started
T | Better services for survivors
O Survivors get mental health support that understands trauma
A | Commission a trauma-informed talking therapies pathway for survivors | Mental Health Commissioning | Q4 2025/26 | In progress
A | Train mental health crisis teams in domestic abuse risk assessment | Mental Health Trust | Q3 2025/26 | Complete
O Children and young people are supported
A | Fund a CAMHS worker with the children's domestic abuse service | Children's Commissioning | Q1 2026/27 | In progress
A | Include domestic abuse in the school nursing service specification | Children's Commissioning | Q4 2025/26 | Complete
T | Learning and assurance
O Learning from reviews changes practice
A | Check every domestic homicide review action for the NHS is completed and tested | Designated Nurse Safeguarding Adults | Ongoing | In progress
A | Hold a yearly learning event for health staff on review findings | ICB Safeguarding Team | Annually | Not started
"""


# A designed Word plan whose priority titles sit in text boxes (drawn shapes) above each table;
# the table has the lead organisation and a named lead contact in two columns. Word, and the
# PDF saved from it.
TEXTBOX_THEMES = """
PLAN Rothwell Vale Violence Against Women and Girls Strategy: Delivery Plan Year 1
T | Prioritising prevention
A | Launch a public campaign on harassment in public places | Rothwell Vale Council; *Megan Quayle | October 2025
A | Train licensed premises' staff to intervene safely | Rothwell Vale Council; *Dan Foyle | March 2026
A | Work with the further education college on a consent campaign | Rothwell College; *Ivy Achebe | February 2026
A | Commission a girls' safety audit of parks and open spaces | Parks Service; *Liam Ross | June 2026
T | Supporting victims and survivors
A | Fund an ISVA for young people at the sexual assault referral centre | Office of the PCC; *Farah Naz | April 2026
A | Set up a stalking advocacy service | Office of the PCC; *Farah Naz | September 2026
A | Create a pathway for women involved in prostitution to get health and housing support | Public Health; *Olu Bankole | December 2026
T | Pursuing perpetrators
A | Set up a joint police and council operation on repeat harassment hotspots | Rothwell Vale Police; *Insp Gemma Lyle | November 2025
A | Use civil injunctions against persistent harassers where prosecution fails | Rothwell Vale Council; *Dan Foyle | Ongoing
T | A stronger system
A | Appoint a VAWG strategic lead for the partnership | Rothwell Vale Council; *Megan Quayle | August 2025
A | Report VAWG data to the community safety partnership every quarter | Rothwell Vale Police; *Insp Gemma Lyle | Quarterly
"""


# A domestic homicide review recommendations tracker across several reviews (Excel): the
# review's name repeated in the first column on every row (the theme), each recommendation
# written once on its first action's row with the cells below it left blank (the objective),
# the agency, target dates as text ("Dec-25") and "Evidence of completion".
DHR_MULTI = """
PLAN Stanwick Community Safety Partnership: Domestic Homicide Review Recommendations Tracker
T | DHR Adult A (2022)
O Agencies to ensure that professionals consider economic abuse when assessing risk
A | Add prompts on economic abuse to the DASH guidance used by the council's front door | Adult Social Care | Mar-25 | Complete
A | Deliver economic abuse briefings to debt advice and benefits staff | Revenues and Benefits | Jun-25 | Complete
O GP practices to record a domestic abuse flag where abuse is disclosed
A | Issue guidance on coding disclosures to all practices | ICB Safeguarding | Sep-25 | Complete
A | Audit a sample of records in six practices | ICB Safeguarding | Dec-25 | In progress
T | DHR Beth (2023)
O The CSP to raise awareness of stalking by former partners
A | Run a stalking awareness week with the police and the stalking service | Community Safety | Apr-26 | Not started
O Police to review the response to breaches of non-molestation orders
A | Audit 50 recorded breaches and report findings to the CSP | Stanwick Police | Jan-26 | In progress
A | Refresh the breach guidance for response officers | Stanwick Police | Mar-26 | Not started
O Housing to consider domestic abuse in every eviction for rent arrears
A | Add a domestic abuse check to the pre-eviction checklist | Housing Services | Nov-25 | Complete
T | DHR Mr C (2024)
O Agencies to recognise that men and older people can be victims of domestic abuse
A | Produce information for male victims with the local men's advice service | Community Safety | Feb-26 | In progress
A | Include older people in the next domestic abuse awareness campaign | Public Health | Nov-26 | Not started
O Adult social care to hold a multi-agency meeting where a carer is suspected of abuse
A | Update the safeguarding adults procedure to require a strategy discussion | Adult Social Care | Jan-26 | In progress
"""


# A Word plan whose "Who and when" column holds the lead and the timescale together ("Police -
# March 2026"); the themes are numbered Heading 1s and there is a "Progress so far" column.
# Word, and the PDF saved from it.
COMBINED_LEAD_WHEN = """
PLAN Hollinsford Domestic Abuse and Sexual Violence Partnership: Action Plan 2025/26
T 1 | Early help for families
A | Give health visitors and school nurses a route to the early help team for families affected by abuse | Public Health Nursing | December 2025 | | Route agreed in September
A | Offer the Domestic Abuse Recovering Together programme to mothers and children | Family Hubs | March 2026 | | Two groups running
A | Make sure every child at a domestic abuse incident is notified to the school the next morning | Police; Education | January 2026 | | Operation Encompass live in 40 schools
T 2 | Victims and survivors
A | Keep the IDVA service at the current number of posts after the grant ends | Community Safety | April 2026 | | Bid submitted
A | Open a second women's centre in the north of the district | Commissioning | Summer 2026 | | Building identified
A | Provide an independent sexual violence adviser for men and boys | Office of the PCC | Autumn 2026 |  | Not started
T 3 | Justice
A | Set up a specialist domestic abuse court listing one day a week | HM Courts and Tribunals Service | Q4 2025/26 | | Talks under way
A | Give victims updates on their case by text message | Witness Care Unit | Q3 2025/26 | | Piloted in October
A | Increase the number of Domestic Abuse Protection Orders applied for | Police | Ongoing | | 11 orders this quarter
T 4 | Partnership
A | Agree a joint commissioning budget with the PCC and the ICB | Community Safety; Office of the PCC | March 2026 | | Draft agreement
A | Report progress against this plan to the Community Safety Partnership | Community Safety | Every quarter | | Reported in July and October
"""


# A United States county's domestic violence coordinating council strategic plan as a PDF in
# outline form: "GOAL 1:" headings in capitals, lettered objectives ("Objective 1.A"), and the
# strategies as numbered paragraphs each followed by "Responsible:" and "Timeline:" on a line of
# their own; fiscal years and month-first dates.
US_COUNTY_OUTLINE = """
PLAN Harlan Ridge County Domestic Violence Coordinating Council Strategic Plan FY2026-FY2028
T Goal 1 | Increase Victim Safety
O Expand access to emergency shelter and advocacy
A 1.A.1 | Add twelve emergency shelter beds through a partnership with the county housing authority | Harlan Ridge Housing Authority; Safe Harbor Shelter | FY2027
A 1.A.2 | Provide 24-hour advocacy at the county hospital emergency department | Safe Harbor Shelter | By 12/31/2026
A 1.A.3 | Offer hotel vouchers when the shelter is full | County Department of Human Services | Ongoing
O Improve the response to lethality risk
A 1.B.1 | Train all law enforcement agencies in the county in the Lethality Assessment Program | Sheriff's Office; Safe Harbor Shelter | 6/30/2026
A 1.B.2 | Set up a high-risk team that meets every two weeks | District Attorney's Office | Q2 FY2026
T Goal 2 | Hold Offenders Accountable
O Strengthen enforcement of protection orders
A 2.A.1 | Create a firearms surrender protocol for respondents to protection orders | Sheriff's Office; County Court | 3/31/2026
A 2.A.2 | Track protection order violations on a shared dashboard | District Attorney's Office | FY2027
O Improve batterer intervention programs
A 2.B.1 | Certify batterer intervention providers against state standards | Adult Probation | FY2026
A 2.B.2 | Report completion rates to the council each quarter | Adult Probation | Quarterly
T Goal 3 | Prevent Violence Before It Starts
O Reach young people
A 3.A.1 | Teach a dating violence curriculum in every middle school | School District; Safe Harbor Shelter | Fall 2026
A 3.A.2 | Run a teen dating violence awareness month campaign each February | Council Coordinator | Every February
"""


# An Australian state government action plan in Word: each focus area is a banner (a one-cell
# table filled dark with white bold text) above its action table "No. | Action | Lead agency |
# Partner agencies | Timing"; actions numbered 1 to n through the plan; timing as financial
# years ("2025-26"), terms ("Short term (0-2 years)") or "Ongoing". Word, and the PDF saved.
AUS_STATE = """
PLAN Family, Domestic and Sexual Violence Second Action Plan 2025-2027
T Focus area 1 | Prevention: stopping violence before it starts
A 1 | Fund respectful relationships education in all government and non-government schools | Department of Education | 2025-26 | | | Catholic Education Office; Independent Schools Association
A 2 | Deliver a statewide campaign on coercive control ahead of the new offence starting | Office for Women | Short term (0-2 years) | | | State Police; Department of Justice
A 3 | Support sporting clubs to promote gender equality and respect | Office for Sport | 2026-27 | | | Local Government Association
T Focus area 2 | Early intervention: identifying and responding to risk early
A 4 | Expand the family safety hubs to four more regional towns | Department of Communities | 2026-27 | | | Community Services Organisations
A 5 | Train GPs and practice nurses through the Primary Health Networks | Department of Health | Short term (0-2 years) | | | Primary Health Networks
A 6 | Trial a men's behaviour change service for fathers in child protection cases | Department of Communities | Medium term (2-4 years) | | | Department of Justice
T Focus area 3 | Response: safety and support for victim-survivors
A 7 | Increase crisis accommodation by 60 places in metropolitan and regional areas | Department of Housing | 2025-27 | | | Community Housing Providers
A 8 | Extend the Keeping Women Safe in their Homes program statewide | Department of Communities | 2025-26 | | | State Police
A 9 | Provide culturally safe services designed and led by Aboriginal Community Controlled Organisations | Department of Communities | Ongoing | | | Aboriginal Community Controlled Organisations
A 10 | Introduce a single statewide information sharing scheme | Department of Justice | Medium term (2-4 years) | | | All agencies
T Focus area 4 | Recovery and healing
A 11 | Fund long-term therapeutic counselling for child victim-survivors | Department of Health | 2026-27 | | | Community Services Organisations
A 12 | Provide financial counselling and flexible support packages | Department of Communities | Ongoing | | | Financial Counselling Association
"""


# A New Zealand regional plan in Excel with bilingual Maori and English headers written on two
# lines in each header cell, and each "shift" (the theme) a row merged across and filled;
# timeframes as financial years, "By June 2026" and ranges.
NZ_BILINGUAL = """
PLAN Te Awa Roa Regional Family Violence and Sexual Violence Action Plan 2025-2028
T Shift 1 | Towards strength-based wellbeing
A | Co-design whanau-centred prevention programmes with local iwi and hapu | Te Awa Roa Iwi Trust | 2025/26 | | | Ministry of Social Development
A | Deliver the Mates and Dates programme in all secondary schools in the region | ACC | By June 2026 | | | Schools
T Shift 2 | Towards mobilising communities
A | Fund community-led responses in the three rural districts | Ministry of Social Development | 2026-2028 | | | District Councils
A | Run a regional campaign on elder abuse with kaumatua and community groups | Age Concern Te Awa Roa | By March 2026 | | | Te Awa Roa Iwi Trust
T Shift 3 | Towards skilled, culturally competent and sustainable workforces
A | Train frontline staff in the family violence entry-to-expert capability framework | Te Puna Aonui | 2025/26 | | | All agencies
A | Build a Maori workforce pathway into specialist family violence services | Te Whatu Ora | 2026/27 | | | Te Awa Roa Iwi Trust
T Shift 5 | Towards safe, accessible and integrated responses
A | Run an integrated safety response with daily risk meetings across the region | NZ Police | By December 2025 | | | Oranga Tamariki; Corrections
A | Provide safe houses for women and children in the two towns without refuges | Women's Refuge Te Awa Roa | 2026-2028 | | | Kainga Ora
A | Give victims a single point of contact through the family court process | Ministry of Justice | By June 2027 | | | Community Law Te Awa Roa
T Shift 6 | Towards increased capacity for healing
A | Fund kaupapa Maori healing services for survivors of sexual violence | ACC | 2026/27 | | | Te Awa Roa Iwi Trust
A | Offer healing programmes for children and young people affected by violence | Oranga Tamariki | By June 2027 | | | Women's Refuge Te Awa Roa
"""


# A safe accommodation board's landscape Word plan with "SMART objective | Activity | Output |
# Outcome | Lead | Start | End | RAG": the objective written only in its first activity's row
# (the cells below left blank, not merged), a start and an end date (the end is the deadline),
# and "Section" headings. Word, and the PDF saved from it.
OUTPUTS_OUTCOMES = """
PLAN Cranmoor Domestic Abuse Safe Accommodation Partnership Board: Delivery Plan 2025-2028
T Section 1 | Understanding need
O Improve the quality of data on who needs safe accommodation by March 2026
A | Agree a common data return for all commissioned providers | Commissioning Manager | Mar-26 | Green
A | Record refusals and their reasons for every refuge referral | Refuge Provider | Dec-25 | Amber
O Hear from survivors in every review of safe accommodation
A | Pay survivors for their time on the lived experience panel | Commissioning Manager | Oct-25 | Green
T Section 2 | Safe accommodation
O Increase the range of safe accommodation by 2027
A | Commission eight dispersed units for families with older boys | Housing Strategy Lead | Mar-27 | Amber
A | Commission two accessible units for disabled survivors | Housing Strategy Lead | Sep-26 | Red
A | Open a refuge space for survivors with substance use needs | Public Health Commissioner | Mar-27 | Amber
O Make sure support in safe accommodation meets the quality standard
A | Audit all providers against the Quality Standards every year | Commissioning Manager | Annually | Green
T Section 3 | Moving on
O Reduce the time survivors stay in refuge because no move-on home is available
A | Agree a quota of social lets for survivors moving on from refuge | Head of Housing Options | Jun-26 | Amber
A | Fund a move-on worker to support tenancy sustainment | Commissioning Manager | Apr-26 | Green
A | Help survivors with rent in advance and deposits through the homelessness prevention fund | Head of Housing Options | Ongoing | Green
"""


# An Irish county's domestic, sexual and gender-based violence local plan in Word: goal rows
# with the goal's number in the first cell and its title in the second (bold, not merged),
# footnote markers in some lead cells ("Tusla1" printed superscript) explained in notes after
# the table, timeframes "Q4 2025", "2026", "End 2027". Word, and the PDF saved from it.
IRISH_FOOTNOTES = """
PLAN County Ardmore Domestic, Sexual and Gender-Based Violence Local Action Plan 2025-2027
T Goal 1 | Prevention
A 1.1 | Deliver consent workshops in all post-primary schools in the county | Ardmore Education and Training Board | End 2026 | | | Rape Crisis Ardmore
A 1.2 | Run an annual awareness campaign during the 16 Days of Activism | Ardmore County Council | Q4 2025 | | | An Garda Siochana
A 1.3 | Promote the national awareness campaign in rural communities through the local development company | Ardmore Local Development Company | 2026 | | | Ardmore County Council
T Goal 2 | Protection
A 2.1 | Open a second refuge in the west of the county | Cuan | End 2027 | | | Ardmore County Council
A 2.2 | Provide court accompaniment at the district court | Ardmore Women's Support Service | Q2 2026 | | | Courts Service
A 2.3 | Introduce risk assessment training for Garda members in the division | An Garda Siochana | 2026 | | | Ardmore Women's Support Service
A 2.4 | Agree referral pathways between the local hospital and specialist services | HSE | Q3 2026 | | | Ardmore Women's Support Service
T Goal 3 | Prosecution
A 3.1 | Set up a divisional protective services unit support meeting each quarter | An Garda Siochana | Q1 2026 | | | Tusla
A 3.2 | Support victims through the new victim impact statement process | Ardmore Women's Support Service | Ongoing | | | Courts Service
T Goal 4 | Policy coordination
A 4.1 | Set up the local DSGBV coordination committee with terms of reference | Ardmore County Council | Q4 2025 | | | All partners
A 4.2 | Gather data on service use for the annual report to Cuan | Tusla | Q1 2026 | | | HSE; An Garda Siochana
"""


# A Northern Ireland health and social care trust plan (Word, saved as PDF): "Theme" headings
# in Heading 1 with a sentence under each; "Responsible Director" (a title) and "Responsible
# Officer" (a person written "Mrs A Kerr") columns; target dates "31.03.26".
NI_TRUST = """
PLAN Lisnagarvey Health and Social Care Trust: Domestic and Sexual Abuse Action Plan 2025-2027
T Theme 1 | Leadership and culture
A 1 | Appoint a trust domestic and sexual abuse lead in each directorate | Executive Director of Social Work; *Mrs A Kerr | 30.09.25 | Complete
A 2 | Publish the trust's domestic abuse policy for staff | Director of Human Resources; *Mr D Boyle | 31.12.25 | Ongoing
A 3 | Include domestic abuse data in the trust's safeguarding report to the board | Executive Director of Social Work; *Mrs A Kerr | 31.03.26 | Not started
T Theme 2 | Recognising and responding
A 4 | Roll out routine enquiry in emergency departments and minor injury units | Director of Acute Services; *Dr P Rooney | 31.03.26 | Ongoing
A 5 | Train health visitors in the Safe and Together model | Director of Children's Community Services; *Ms C Nugent | 30.06.26 | Ongoing
A 6 | Review the MARAC referral pathway with the PSNI | Executive Director of Social Work; *Mrs A Kerr | 31.12.25 | Complete
A 7 | Give adult safeguarding teams a checklist for coercive control | Director of Adult Community Services; *Mr S McKee | 31.03.26 | Not started
T Theme 3 | Supporting staff
A 8 | Train line managers to support staff who disclose abuse | Director of Human Resources; *Mr D Boyle | 30.06.26 | Ongoing
A 9 | Offer occupational health appointments within five days to staff affected by abuse | Director of Human Resources; *Ms J Duffy | 31.03.26 | Not started
T Theme 4 | Working with partners
A 10 | Take part in the local Domestic and Sexual Violence Partnership's delivery group | Executive Director of Social Work; *Mrs A Kerr | 31.03.27 | Ongoing
A 11 | Share learning from domestic homicide reviews across the trust | Executive Director of Social Work; *Mrs A Kerr | 31.03.27 | Ongoing
"""


# A plain-text email from a partnership coordinator after a board meeting: a greeting, each
# theme a line wrapped in asterisks, the actions as dashed lines "- action - Owner (date)", and
# a sign-off.
EMAIL_TEXT = """
PLAN Pendlebridge DA Board: agreed actions
T | Communications
A | Refresh the "Is this abuse?" leaflet with the survivor panel | Comms team | end of October
A | Add the DA page link to every council email signature | IT Services | w/c 13 October
A | Share the 16 Days social media pack with all partners | Comms team | 14 November
T | Services
A | Chase the ICB on the IRIS funding decision | Board Chair | next board
A | Circulate the draft outreach specification for comments | Commissioning | 31 October
A | Confirm the start date for the new children's worker | Pendlebridge Women's Aid | ASAP
A | Bring an update on the refuge refurbishment | Housing | December board
T | MARAC
A | Write to agencies with poor MARAC attendance | MARAC Chair | 7 November
A | Book refresher training for new MARAC representatives | MARAC Coordinator | January 2026
T | Governance
A | Update the board's terms of reference to add probation and the ICB | Board Chair | December board
A | Send round the final action plan for sign-off | Coordinator | 24 October
"""
