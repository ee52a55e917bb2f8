"""The second blind stand-in set, batch B: more plans in layouts that neither the corpus, the
first stand-in set nor batch A (`blind.py`) has, written after batch A had landed and, like it,
WITHOUT reading the importer. It was kept from the importer's authors until it landed, so its
first-sight scores are the session's honest "unseen" measure.

Places, people and wording are invented; people named as leads are in `lead_people`. The
outlines use `stand_in.parse_outline`'s format; `blind_b_render.py` writes the documents.
"""

# ruff: noqa: E501
# An outline keeps one action to a line, as a plan's table keeps it to a row.

from __future__ import annotations

# A Word plan with a section per priority whose title is printed only in the page header of
# that section ("Priority 2: Protect" at the top of each of its pages); the body has the table
# alone, with no heading above it. Word, and the PDF saved from it (the header on every page).
PAGE_HEADER_THEMES = """
PLAN Greyholt Domestic Abuse and Sexual Violence Partnership: Delivery Plan 2026-2029
T Priority 1 | Prevent
A P1.1 | Commission a relationships and sex education support offer for every school in the borough | Director of Education | Spring term 2026
A P1.2 | Run an annual campaign for young men on consent and respect, designed with them | Youth Service | Autumn 2026
A P1.3 | Give every licensed premises in the town centre the WAVE training | Licensing | Apr 2026 - Mar 2027
A P1.4 | Add domestic abuse to the council's employee wellbeing offer | HR and OD | Q1 2026/27
A P1.5 | Publish a quarterly bulletin on abuse data for all partners | Community Safety Analyst | Quarterly
T Priority 2 | Protect
A P2.1 | Fund a domestic abuse worker in each of the three family hubs | Early Help | H1 2026
A P2.2 | Offer a refuge space to every eligible family within 48 hours of referral | Greyholt Women's Refuge | Ongoing
A P2.3 | Pilot a specialist response for victims aged over 60 | Adult Social Care | FY26/27
A P2.4 | Provide interpreters at every MARAC where the victim needs one | MARAC Coordinator | Within 6 months
A P2.5 | Extend the sanctuary scheme to housing association tenants | Housing Solutions | TBC
T Priority 3 | Pursue
A P3.1 | Hold a monthly perpetrator tasking meeting for the top 20 perpetrators | Greyholt Police | 2026-2027
A P3.2 | Refer fathers in child protection cases to a behaviour change programme | Children's Social Care | By end of Year 2
A P3.3 | Apply for Domestic Abuse Protection Orders in every eligible case | Greyholt Police | Ongoing
T Priority 4 | Prepare
A P4.1 | Train all council frontline staff to level 1 of the partnership training framework | Workforce Development | By end of Year 1
A P4.2 | Publish learning from every domestic homicide review within three months | DHR Coordinator | Ongoing
A P4.3 | Review the partnership's governance and membership | Partnership Chair | Q4 2026/27
"""


# A Word plan with each priority's table under a "Caption" paragraph ("Table 2: Priority 2 -
# Early help") and, before them, a "List of tables" naming every table with its page number.
CAPTION_THEMES = """
PLAN Hartsmere Violence Against Women and Girls Partnership: Action Plan 2025-2028
T Priority 1 | Culture change
A | Deliver an evidence-based bystander programme in the university and the college | Hartsmere University; Hartsmere College | 2025/26
A | Challenge misogyny in the workplace through the employers' charter | Economic Development | 2026/27
A | Work with the local football club on a season-long respect campaign | Community Safety | 2025/26
T Priority 2 | Early help
A | Put a VAWG specialist in the children's front door | Children's Services | 2025/26
A | Make sure every GP practice can refer directly to the local VAWG services | ICB | 2026/27
A | Train pharmacy staff to respond to disclosures using the Ask for ANI scheme | Public Health | 2025/26
A | Offer drop-in advice at the food banks and the credit union | Hartsmere Women's Centre | 2026/27
T Priority 3 | Safety and support
A | Commission an ISVA service for children and young people | Office of the PCC | 2025/26
A | Expand the stalking advocacy service to a second caseworker | Office of the PCC | 2026/27
A | Provide specialist support for women selling sex | Public Health; Hartsmere Women's Centre | 2027/28
T Priority 4 | Justice
A | Introduce a VAWG scrutiny panel to review closed police cases | Office of the PCC | 2025/26
A | Increase charges for stalking and harassment offences | Police; CPS | 2027/28
"""


# A designed PDF drawn directly (like an InDesign export): a landscape page per theme with the
# theme's name written up the left edge in a coloured band, a header row in white on dark
# blue, no grid lines but alternate rows shaded, and RAG shown only as a coloured dot.
DESIGNED_PDF = """
PLAN Westmarch Domestic Abuse Strategy 2025-2030: Year One Delivery Plan
T | Early intervention
A | Introduce routine enquiry in all health visiting contacts | Westmarch Community Health | March 2026 | Green
A | Fund a young people's violence advocate based in schools | Westmarch Council | September 2025 | Green
A | Offer the Freedom Programme in the evenings and online | Westmarch Women's Aid | June 2026 | Amber
A | Give GP practices a named link worker from the specialist service | Westmarch Women's Aid | December 2025 | Red
A | Train housing officers in spotting economic abuse | Westmarch Homes | January 2026 | Green
T | Safety and recovery
A | Open a six-bed refuge for women with complex needs | Westmarch Council; Fairhaven Housing | March 2027 | Amber
A | Offer trauma-informed counselling within six weeks of referral | Westmarch Women's Aid | October 2026 | Amber
A | Provide a children's recovery programme in every locality | Westmarch Council | April 2026 | Green
A | Extend the IDVA service into the maternity unit | Westmarch Hospitals | November 2025 | Green
T | Accountability
A | Run a multi-agency perpetrator panel each month | Westmarch Police | October 2025 | Green
A | Commission an accredited behaviour change programme | Office of the PCC | April 2026 | Amber
A | Publish an annual report on the strategy's progress | Westmarch Council | July 2026 | Green
"""


# A plan kept as a Markdown task list in a shared notebook: "##" headings per workstream, each
# action a checkbox ("- [x]" done, "- [ ]" not), the owner as an @mention and the due date in
# ISO form after an em dash, a nested checkbox list of steps beneath some actions.
TASK_LIST_MD = """
PLAN Oakenshaw CSP DA sub-group: action log
T | Data and insight
A | Build a DA dashboard from police, IDVA and MARAC data | *Nadia Kerr | 2025-11-30 | Done
M Agree data items
M Build dashboard
M Present to CSP
A | Add DA to the JSNA chapter on community safety | *Tom Reilly | 2026-01-31 | Open
A | Survey survivors on their experience of services | *Nadia Kerr; *Ellie Grant | 2026-03-31 | Open
T | Services
A | Scope a one-stop shop at the civic centre | *Ellie Grant | 2026-02-28 | Open
M Visit Hollinsford one-stop shop
M Costed options paper
A | Get the Clare's Law response time down to 28 days | *DI Sam Ochoa | 2026-04-30 | Open
A | Re-tender the children's therapeutic service | *Farid Haddad | 2026-06-30 | Open
A | Confirm funding for the IDVA post in A&E | *Farid Haddad | 2025-10-31 | Done
T | Comms
A | Publish the 16 Days campaign plan | *Lucy Moss | 2025-11-14 | Done
A | Refresh the "Help is here" cards in five languages | *Lucy Moss | 2026-01-15 | Open
T | Learning
A | Run a learning event on DHR "Amina" | *Tom Reilly | 2026-03-12 | Open
A | Add DA to the multi-agency audit programme | *Ellie Grant | 2026-05-31 | Open
"""


# An Excel tracker whose theme is the LAST column ("Strategic aim"), filled on every row; the
# table starts in column C under a logo block, with frozen panes and an autofilter; leads as
# "Name (Agency)".
THEME_LAST_COLUMN = """
PLAN Rivermead Safer Partnership: VAWG Action Tracker 2025-27
T Aim 1 | Women and girls feel safe in public spaces
A VAWG-01 | Install better lighting on the canal towpath between the station and the university | *Owen Lacey; Highways | 31/03/2026 | On track
A VAWG-02 | Put trained welfare officers in the night-time economy on Friday and Saturday nights | *Helen Obi; Community Safety | 30/09/2025 | Complete
A VAWG-03 | Survey women about where they feel unsafe, every year | *Helen Obi; Community Safety | 31/01/2026 | On track
A VAWG-04 | Add Safer Spaces accreditation to the licensing policy | *Ravi Mann; Licensing | 30/06/2026 | Behind
T Aim 2 | Victims get the right support first time
A VAWG-05 | Give every victim of stalking a specialist caseworker | *Chloe Ward; Victim Support | 31/12/2025 | On track
A VAWG-06 | Set up a VAWG information hub on the council's website | *Ben Adeyemi; Digital Services | 28/02/2026 | Behind
A VAWG-07 | Offer support in the ten most spoken community languages | *Chloe Ward; Victim Support | 31/03/2026 | On track
A VAWG-08 | Agree a shared referral form for all VAWG services | *Mina Patel; Commissioning | 31/10/2025 | Complete
T Aim 3 | Offenders are brought to justice and helped to change
A VAWG-09 | Review every rape case that closed without charge with the scrutiny panel | *DCI Ruth Dale; Rivermead Police | 31/03/2026 | On track
A VAWG-10 | Refer men who pay for sex to an intervention programme | *Mina Patel; Commissioning | 30/09/2026 | Not started
A VAWG-11 | Use civil orders against repeat harassers where prosecution is not possible | *Ravi Mann; Licensing | 31/12/2026 | Not started
"""


# A Word board report: a summary table counting actions by RAG (not a plan), an "Exceptions"
# table repeating the red and amber actions with the reason, then the full plan table under
# "Appendix: full action plan". The truth is the plan, each action once.
EXCEPTION_REPORT = """
PLAN Brindley Domestic Abuse Partnership Board: Action Plan Progress Report, Quarter 2 2025/26
T Theme 1 | Awareness
A 1.1 | Deliver the "Know the signs" campaign across all partner buildings | Communications Group | Sep 2025 | Green | Posters in 120 sites
A 1.2 | Brief elected members on coercive control | Democratic Services | Oct 2025 | Green | Briefing held 2 October
A 1.3 | Embed domestic abuse in the school PSHE curriculum | Education Improvement | Jul 2026 | Amber | Two secondary schools not yet signed up
T Theme 2 | Support
A 2.1 | Recommission the outreach service with a children's worker | Commissioning | Apr 2026 | Amber | Tender delayed by three months
A 2.2 | Provide an IDVA in the hospital two days a week | Brindley NHS Trust | Dec 2025 | Red | Funding withdrawn; options being looked at
A 2.3 | Offer a sanctuary scheme assessment within five days | Housing | Ongoing | Green | Average 4 days
A 2.4 | Set up a survivors' forum that meets every quarter | Brindley Women's Aid | Jan 2026 | Green | First meeting booked
T Theme 3 | Perpetrators
A 3.1 | Commission a community behaviour change programme | Office of the PCC | Mar 2026 | Amber | Provider chosen; start delayed
A 3.2 | Run MATAC in the borough | Police | Nov 2025 | Green | Live from September
A 3.3 | Train children's social workers in working with perpetrators | Children's Social Care | Feb 2026 | Red | Trainer not found
T Theme 4 | Governance
A 4.1 | Report the board's dataset every quarter | Community Safety | Quarterly | Green | On schedule
A 4.2 | Refresh the board's terms of reference | Board Chair | Dec 2025 | Green | Draft circulated
"""


# An Excel plan laid out by year: a "Year 1 (2025/26)" block with its own header and rows,
# a blank row, then a "Year 2 (2026/27)" block, and so on; the theme is the "Priority" column
# of each row (the years are when the work is done, not themes).
YEAR_BLOCKS = """
PLAN Calderwick Safe Accommodation Strategy: Delivery Plan
T | Sufficient safe accommodation
A | Commission four units of dispersed accommodation for larger families | Housing Commissioning | Q4 2025/26
A | Agree a protocol with registered providers for direct lets to survivors | Housing Options | Q2 2026/27
A | Open a refuge for women with substance use needs | Housing Commissioning; Public Health | Q4 2027/28
T | Quality support
A | Audit all providers against the Quality Standard | Commissioning Quality Officer | Q3 2025/26
A | Fund a children's worker in every refuge | Children's Commissioning | Q1 2026/27
A | Fund specialist support for male victims in safe accommodation | Housing Commissioning | Q1 2027/28
T | Access for all
A | Provide an accessible unit for survivors who use a wheelchair | Housing Commissioning | Q2 2025/26
A | Offer a route into safe accommodation for survivors with no recourse to public funds | Housing Options | Q3 2026/27
A | Translate the safe accommodation leaflet into community languages | Communications | Q1 2025/26
T | Moving on
A | Give survivors leaving refuge priority band A on the housing register | Housing Options | Q4 2025/26
A | Fund a resettlement worker for the first year of a new tenancy | Housing Commissioning | Q2 2026/27
A | Review how many survivors return to refuge within a year | Commissioning Quality Officer | Q3 2027/28
"""


# A Word plan with one row per priority: its "Actions" cell a bulleted list of actions, its
# "Lead" cell a bulleted list of the leads in the same order, its "When" cell a list of dates
# in the same order (the lists run side by side). Word, and the PDF saved from it.
PARALLEL_LISTS = """
PLAN Ketterby Domestic Abuse Local Partnership Board: Strategy Action Plan 2025-2028
T Priority 1 | Preventing abuse
A | Deliver healthy relationships lessons in every secondary school | Education | Sept 2026
A | Run an awareness campaign on economic abuse | Communications | Nov 2025
A | Train faith and community leaders to recognise abuse | Community Cohesion | Mar 2026
T Priority 2 | Supporting victims and children
A | Recommission community-based support for medium-risk victims | Commissioning | Apr 2026
A | Provide a children's IDVA | Children's Services | Jan 2026
A | Offer therapeutic support to children in refuge | Ketterby Women's Aid | Jun 2026
A | Make a specialist offer for disabled victims | Adult Social Care | Dec 2026
T Priority 3 | Tackling perpetrators
A | Start a perpetrator programme for those not in the courts | Probation | Oct 2026
A | Use DVPNs and DVPOs in every eligible case | Police | Ongoing
T Priority 4 | Working better together
A | Introduce a single domestic abuse training framework | Workforce Development | Mar 2027
A | Share MARAC actions with GP practices securely | ICB | Jul 2026
A | Hold an annual conference for the domestic abuse workforce | Community Safety | Annually
"""


# A US county's grant logic model in Word: "Goal" rows across the table, then "Inputs |
# Activities | Responsible | Timeline | Outputs | Short-term outcomes" with the activities the
# actions; timelines as "Months 1-6", "Year 1", "Ongoing".
LOGIC_MODEL = """
PLAN Del Arroyo County Coordinated Community Response: OVW Improving Criminal Justice Responses Grant Logic Model
T Goal 1 | Improve victim safety through coordinated advocacy
A | Place a bilingual advocate in the Sheriff's domestic violence unit | Casa Segura; Sheriff's Office | Months 1-6
A | Provide advocacy at every protection order hearing | Casa Segura | Year 1
A | Set up a high-risk case review team that meets twice a month | District Attorney's Office | Months 4-9
A | Publish a victim resource guide in English and Spanish | Casa Segura | Months 1-3
T Goal 2 | Increase offender accountability
A | Create a dedicated domestic violence docket | County Court | Year 2
A | Train prosecutors on strangulation cases | District Attorney's Office | Months 6-12
A | Monitor batterer intervention attendance and report violations to the court | County Probation | Ongoing
A | Set up firearm relinquishment hearings | County Court; Sheriff's Office | Year 2
T Goal 3 | Sustain the coordinated community response
A | Hold quarterly CCR team meetings | Project Director | Quarterly
A | Evaluate the project with the state university | Project Evaluator | Year 3
A | Develop a sustainability plan for county funding | Project Director | Months 30-36
"""


# A plan published as Markdown with a heading per action: "## 2. Support" for the theme, then
# "### 2.3 Open a women's centre" for each action, with a bulleted list of fields under it
# ("- **Lead:** ...", "- **Due:** ...", "- **Status:** ...") and a paragraph of context.
HEADING_PER_ACTION = """
PLAN Pelham Vale VAWG Strategy Delivery Plan
T 1 | Prevention
A 1.1 | Launch a consent campaign with the university students' union | Pelham Vale Council; Students' Union | Freshers' week 2025 | Complete
A 1.2 | Add VAWG to the council's licensing conditions for late-night venues | Licensing Committee | April 2026 | In progress
A 1.3 | Run a women's safety walk in each ward | Community Safety | Summer 2026 | Not started
T 2 | Support
A 2.1 | Create a VAWG champions network in partner organisations | Community Safety | Year 1 | In progress
A 2.2 | Fund a specialist ISVA for Black and minoritised women | Office of the PCC | 2026/27 | Not started
A 2.3 | Open a women's centre in the town centre | Pelham Vale Council | Year 2 | Not started
A 2.4 | Offer free self-defence and confidence courses | Leisure Services | Ongoing | In progress
T 3 | Enforcement
A 3.1 | Target repeat offenders of street harassment with the police | Pelham Vale Police | Q3 2025/26 | In progress
A 3.2 | Use Public Space Protection Orders where harassment is persistent | Pelham Vale Council | As needed | Not started
T 4 | Leadership
A 4.1 | Appoint a VAWG lead member | Leader of the Council | September 2025 | Complete
A 4.2 | Report progress to scrutiny every six months | Community Safety | Six-monthly | In progress
"""


# An Excel plan where an action spans several rows, one per milestone: the action, its lead
# and its RAG merged down over the rows, each row holding one milestone and its date.
MERGED_ACTION_MILESTONES = """
PLAN Tarnworth Community Safety Partnership: Domestic Abuse Action Plan 2026/27
T | Prevention
A 1 | Roll out the Healthy Relationships programme to all secondary schools | Education Safeguarding | Jul 2027 | Amber
M Recruit programme coordinator | Jun 2026
M Train school staff | Sep 2026
M Deliver in all 11 schools | Jul 2027
A 2 | Run a domestic abuse awareness campaign for workplaces | Communications | Mar 2027 | Green
M Campaign materials designed | Sep 2026
M Launch during the 16 Days | Nov 2026
T | Support
A 3 | Recommission the IDVA service | Commissioning | Apr 2027 | Green
M Needs analysis | Jul 2026
M Tender published | Oct 2026
M New contract starts | Apr 2027
A 4 | Develop a pathway for victims with mental health needs | Public Health | Dec 2026 | Amber
M Workshop with providers | Jun 2026
M Pathway agreed | Dec 2026
A 5 | Open a children's support group in each locality | Children's Services | Mar 2027 | Red
M Funding secured | Jul 2026
M Groups running | Mar 2027
T | Perpetrators
A 6 | Launch a behaviour change programme | Probation; Commissioning | Jan 2027 | Amber
M Provider appointed | Sep 2026
M First cohort | Jan 2027
A 7 | Set up a MATAC process | Police | Oct 2026 | Green
M Terms of reference | Jul 2026
M First meeting | Oct 2026
"""


# A national plan's web page copied as text: "Chapter 2: Supporting victims" headings, a
# paragraph of prose, then numbered commitments "Action 7" on a line of their own followed by
# the commitment, "Lead department:" and "Timing:" lines.
GOV_PASTE = """
PLAN Tackling Domestic Abuse: National Delivery Plan Update
T Chapter 1 | Prioritising prevention
A Action 1 | Invest in a national campaign on coercive control aimed at young people | Home Office | 2025 to 2026
A Action 2 | Publish guidance for schools on teaching about healthy relationships | Department for Education | Spring 2026
A Action 3 | Fund research on what works to prevent abuse in later life | Home Office; Department of Health and Social Care | 2026 to 2027
T Chapter 2 | Supporting victims
A Action 4 | Fund a network of specialist advocates for victims with complex needs | Ministry of Justice | From April 2026
A Action 5 | Extend the Domestic Abuse Commissioner's work on health services | Department of Health and Social Care | 2026
A Action 6 | Review the support available to victims of economic abuse | HM Treasury; Department for Work and Pensions | By March 2027
T Chapter 3 | Pursuing perpetrators
A Action 7 | Roll out Domestic Abuse Protection Orders across England and Wales | Home Office; Ministry of Justice | 2025 to 2026
A Action 8 | Expand electronic monitoring of high-harm perpetrators | Ministry of Justice | 2026 to 2027
A Action 9 | Publish new statutory guidance on multi-agency perpetrator management | Home Office | Summer 2026
T Chapter 4 | A stronger system
A Action 10 | Issue revised statutory guidance on domestic homicide reviews | Home Office | Spring 2026
A Action 11 | Create a national dataset on domestic abuse services | Home Office; Office for National Statistics | 2027
"""


# A Word plan written as numbered paragraphs: each theme a Heading 1, each action a "List
# Number" paragraph, and its lead and timescale in an italic "List Continue" paragraph under it
# ("Lead: Housing. Timescale: by March 2026.").
LIST_CONTINUE = """
PLAN Ambleford Borough Council: Domestic Abuse Commitments 2025-2027
T | Our communities
A | Take the White Ribbon accreditation and keep it | Chief Executive's Office | by November 2025
A | Hold a domestic abuse awareness week in every ward with councillors | Democratic Services | by March 2026
A | Put domestic abuse information in every council tax bill | Revenues | by April 2026
T | Our services
A | Make the housing options service a "one front door" for survivors | Housing Options | by September 2026
A | Offer survivors a council tax discount while their case is assessed | Revenues | by April 2026
A | Keep survivors' addresses off the electoral register on request | Electoral Services | ongoing
A | Check for domestic abuse in every safeguarding adults enquiry | Adult Social Care | by December 2025
T | Our staff
A | Train every manager to support staff affected by abuse | Organisational Development | by June 2026
A | Give staff up to ten days' paid safe leave | Human Resources | by January 2026
A | Appoint domestic abuse champions in every directorate | Human Resources | by March 2026
"""


# A draft Word plan sent round for comment: reviewers' comments in the margin (Word comments
# anchored on actions, leads and dates), headings per theme, and a "Comments" column that
# nobody filled in. The truth is the plan; the margin comments are not part of it.
REVIEW_COMMENTS = """
PLAN Sallowby Domestic Abuse Partnership: Draft Action Plan 2026-2028 (for comment)
T | Awareness
A | Run a campaign on stalking and harassment with the university | Community Safety | October 2026
A | Give all council contact centre staff domestic abuse training | Customer Services | June 2026
A | Put information on support into every new tenancy pack | Housing Management | April 2026
T | Support
A | Fund an outreach worker for rural areas | Commissioning | September 2026
A | Provide an IDVA for young people aged 16 to 24 | Sallowby Women's Aid | January 2027
A | Offer the Sanctuary Scheme to owner-occupiers | Housing Options | Q3 2026/27
A | Set up a helpline for older people experiencing abuse from family | Adult Social Care | 2027
T | Justice
A | Ask the court to list domestic abuse cases on one day each week | Police; HMCTS | December 2026
A | Make sure every victim gets a Victim Personal Statement offer | Police | Ongoing
T | Learning
A | Publish an annual summary of domestic homicide review learning | Community Safety | Each March
A | Hold a multi-agency case audit twice a year | Safeguarding Partnership | Twice yearly
"""


# A council's Word template filled in through content controls: every cell's text sits inside a
# content control (a structured document tag), the priority is chosen in a content control after
# the label "Priority:", and the status in a drop-down content control.
CONTENT_CONTROLS = """
PLAN Marlow Heath Community Safety Partnership: Domestic Abuse Delivery Plan 2026/27
T Priority 1 | Preventing abuse and intervening early
A | Deliver Operation Encompass notifications to every school by 9am the next day | Police | April 2026 | On track
A | Train early years staff to spot domestic abuse | Early Years Service | September 2026 | Not started
A | Run the "Love Shouldn't Hurt" campaign in February | Communications | February 2027 | Not started
A | Give every GP practice the IRIS training and referral pathway | ICB | March 2027 | On track
T Priority 2 | Safety and support for victims and children
A | Offer a sanctuary assessment within five working days | Housing | Ongoing | On track
A | Provide group work for children through the family hubs | Family Hubs | November 2026 | Delayed
A | Keep refuge vacancies on the national database every day | Refuge Provider | Ongoing | On track
A | Provide specialist advice on immigration and NRPF | Commissioning | January 2027 | Delayed
T Priority 3 | Holding perpetrators to account
A | Run a perpetrator panel every month | Police; Probation | May 2026 | On track
A | Fund places on a behaviour change programme for self-referrers | Office of the PCC | October 2026 | Not started
A | Use housing enforcement against perpetrators who are tenants | Housing | Ongoing | On track
"""


# Tab-separated text pasted from Excel into Notepad and saved as "ANSI" (Windows-1252, not
# UTF-8) with Windows line endings: en dashes, curly apostrophes and pound signs in the text,
# priority rows with one filled cell and the rest of the tabs empty.
WINDOWS_TEXT = """
PLAN Corbridge Domestic Abuse Forum Action Plan 2026–27
T Priority 1 | Safety
A 1a | Set up a £50k crisis fund for victims fleeing with nothing | Housing Options | Apr–Jun 2026
A 1b | Fit video doorbells for victims at high risk who want to stay at home | Housing Options; Police | Ongoing
A 1c | Agree a “safe at work” policy with the five biggest employers | Chamber of Commerce | Oct–Dec 2026
A 1d | Offer victims’ pets temporary foster care through the animal charity | Paws for Safety | Jul–Sep 2026
T Priority 2 | Support
A 2a | Run a weekly women’s drop-in at the market hall | Corbridge Women’s Centre | Apr–Jun 2026
A 2b | Offer counselling to children who’ve lived with abuse | CAMHS; Corbridge Women’s Centre | Oct–Dec 2026
A 2c | Make the “Ask Me” scheme available in every pharmacy | Public Health | Jan–Mar 2027
T Priority 3 | Prevention
A 3a | Teach the “Healthy Relationships” unit in all Year 9 classes | Schools’ Safeguarding Lead | Jul–Sep 2026
A 3b | Run a men’s health and respect campaign at the rugby club | Public Health | Oct–Dec 2026
A 3c | Brief the parish councils on spotting abuse in rural areas | Community Safety | Jan–Mar 2027
"""


# An Excel plan printed to PDF without a print area: the sheet is too wide for the page, so it is
# tiled, page 1 holding the Ref, Objective and Action columns and page 2 the Lead, Partners,
# Due, RAG and Update columns of the same rows; a banner row per priority; gridlines printed.
TILED_PRINT = """
PLAN Swaledon Community Safety Partnership Domestic Abuse Action Plan 2025-26
T Priority A | Early identification
O Professionals recognise domestic abuse and act on it
A A1 | Deliver level 2 training to 300 frontline staff | Safeguarding Partnership | Mar-26 | G | On track | Police; Health
A A2 | Put a DA champion in every primary school | Education Safeguarding | Dec-25 | A | Started | Schools
A A3 | Agree a DA screening question for the housing register | Housing Options | Sep-25 | B | Complete | Registered Providers
O Victims can tell someone safely
A A4 | Offer safe spaces in pharmacies and banks | Community Safety | Jan-26 | R | Not started | Pharmacies; Banks
A A5 | Add the Bright Sky app to all partner websites | Communications | Oct-25 | B | Complete | All partners
T Priority B | Support
O Victims at all levels of risk get support
A B1 | Recruit two additional IDVAs | Commissioning | Feb-26 | R | Not started | Swaledon Women's Aid
A B2 | Set up a medium-risk MARAC alternative | Police; Swaledon Women's Aid | Mar-26 | G | On track | Housing
A B3 | Offer peer support groups in the market towns | Swaledon Women's Aid | Jun-26 | R | Not started | Community Safety
O Children are helped to recover
A B4 | Commission a children's recovery programme | Children's Commissioning | Apr-26 | R | Not started | CAMHS
A B5 | Train school counsellors in trauma-informed practice | Education Psychology | Jul-26 | R | Not started | Schools
T Priority C | Perpetrators
O People who harm are held to account
A C1 | Set up a monthly high-harm perpetrator tasking | Police | Nov-25 | R | Not started | Probation
A C2 | Refer perpetrators to a behaviour change programme | Probation; Children's Social Care | Mar-26 | G | On track | Commissioning
"""


# A Markdown page exported from a content management system that kept the plan's table as raw
# HTML: a <table> with the theme in a cell spanning its actions' rows (rowspan), <br> inside
# cells, and the milestones as a <ul> list in a cell.
HTML_TABLE_MD = """
PLAN Dunmere VAWDASV Regional Partnership: Delivery Plan 2025-26
T | Increasing awareness
A 1 | Run the "Sound" campaign for young men in all further education colleges | Regional Communications Lead | March 2026
M Campaign materials translated into Welsh
M Launch events in three colleges
A 2 | Share a bilingual VAWDASV resource pack with town and community councils | Regional Adviser | December 2025
A 3 | Promote the Live Fear Free helpline in GP surgeries | Public Health Wales | Ongoing
T | Children and young people
A 4 | Embed the healthy relationships toolkit in the curriculum | Education Consortium | July 2026
M Toolkit mapped to the Curriculum for Wales
M Training for teachers
A 5 | Offer specialist support to children affected by VAWDASV | Dunmere Women's Aid; Children's Services | April 2026
T | Perpetrators
A 6 | Commission a regional behaviour change programme | Regional Commissioning Board | September 2026
A 7 | Pilot Drive in two local authority areas | Police; Probation | January 2026
T | Workforce
A 8 | Deliver Group 2 of the National Training Framework to all frontline staff | Regional Training Coordinator | March 2026
A 9 | Make Ask and Act training available to housing associations | Regional Training Coordinator | June 2026
"""
