"""More plans of our own writing for the import corpus, each in a layout the others lack.

Written to be typical of English, Welsh and Scottish partnership, police and health plans
(the columns, the way themes are marked, the words), not copied from any real plan. Each
plan is Plan JSON built by `plan()`; `render.py` writes its document(s) and its truth.

The layouts (see `render.render_more`):
- `landscape_word`: a landscape Word table "Ref | What we will do | Who | By when | How we
  will know | Progress" under bold priority paragraphs;
- `theme_rows_word`: one Word table whose themes are full-width merged, shaded rows;
- `outcome_tables_word`: "Outcome 1:" headings, each followed by a table, only the first
  with a header row;
- `sheet_per_priority`: an Excel workbook with a cover sheet, one sheet per priority with a
  banner row, and a key sheet;
- `unruled_pdf`: a PDF whose tables have no ruling lines (text in columns);
- `rag_comments`: an Excel sheet "Priority | Objective | Action | Owner | Timescale | RAG |
  Comments", the priority repeated on every row and the objective merged down;
- `equally_safe`: a Scottish Equally Safe plan, "Outcome | Indicator | Activity | Lead
  partner | Timescale" under priority headings, the outcome merged down;
- `welsh_vawdasv`: a Welsh VAWDASV plan, "Objective | Action | Lead | Partners | Milestones
  | Target date", the objective written once above blank cells (Excel and PDF).
"""

from __future__ import annotations

from typing import Any


def act(
    ref: str | None,
    title: str,
    leads: list[str],
    due: str | None,
    *,
    status: str | None = None,
    progress: str | None = None,
    milestones: list[tuple[str, str | None]] | None = None,
    partners: list[str] | None = None,
    measure: str | None = None,
    people: list[str] | None = None,
) -> dict[str, Any]:
    from cairn.imports.outline import deadline_json

    action: dict[str, Any] = {
        "ref": ref,
        "title": title,
        "leads": list(leads),
        "collaborators": list(partners or []),
        "deadline_text": due,
        "deadline": deadline_json(due),
        "timescale": None,
        "status_text": status,
        "progress_text": progress,
        "output": None,
        "outcome": None,
        "indicators": [measure] if measure else [],
        "cost": None,
        "milestones": [
            {"title": m, "due_text": d, "due": deadline_json(d), "lead": None}
            for m, d in milestones or []
        ],
    }
    if people:
        action["lead_people"] = list(people)
    return action


def plan(title: str, themes: list[tuple[str | None, str, list[tuple[str | None, list]]]]) -> dict:
    return {
        "title": title,
        "period_text": None,
        "themes": [
            {
                "ref": ref,
                "title": theme_title,
                "description": None,
                "objectives": [
                    {"ref": None, "title": objective, "actions": actions}
                    for objective, actions in objectives
                ],
            }
            for ref, theme_title, objectives in themes
        ],
    }


LANDSCAPE_WORD = plan(
    "Harbourside Community Safety Partnership Domestic Abuse Delivery Plan 2025-2027",
    [
        (
            "Priority 1",
            "Early help and prevention",
            [
                (
                    None,
                    [
                        act(
                            "P1.1",
                            "Embed the Safe and Together model in children's social care "
                            "assessments",
                            ["Children's Services"],
                            "March 2026",
                            measure="Audit shows perpetrator pattern named in 80% of cases",
                            progress="Twelve practitioners trained; audit tool agreed",
                        ),
                        act(
                            "P1.2",
                            "Deliver a healthy relationships offer to every secondary school "
                            "and college",
                            ["Education Safeguarding Team"],
                            "July 2026",
                            measure="Number of schools taking up the offer",
                            progress="Eight of fourteen schools signed up",
                        ),
                        act(
                            "P1.3",
                            "Run a winter campaign on recognising coercive control",
                            ["Communications Team", "Police"],
                            "Annually each December",
                            measure="Campaign reach and helpline calls in January",
                        ),
                    ],
                )
            ],
        ),
        (
            "Priority 2",
            "Safe accommodation and support",
            [
                (
                    None,
                    [
                        act(
                            "P2.1",
                            "Commission six additional dispersed safe accommodation units",
                            ["Housing Commissioning"],
                            "2025/26",
                            measure="Units open and occupancy rate",
                            progress="Provider appointed in May",
                        ),
                        act(
                            "P2.2",
                            "Extend the sanctuary scheme to housing association tenants",
                            ["Housing Options", "Registered Providers"],
                            "December 2025",
                            measure="Installations completed within ten working days",
                        ),
                        act(
                            "P2.3",
                            "Place a health IDVA in the emergency department five days a week",
                            ["Integrated Care Board"],
                            "Q4 2025/26",
                            measure="Referrals from the emergency department each quarter",
                            progress="Funding agreed for two years",
                        ),
                    ],
                )
            ],
        ),
        (
            "Priority 3",
            "Holding perpetrators to account",
            [
                (
                    None,
                    [
                        act(
                            "P3.1",
                            "Apply for Domestic Abuse Protection Orders in every eligible case",
                            ["Police"],
                            "Ongoing",
                            measure="Orders applied for and granted",
                        ),
                        act(
                            "P3.2",
                            "Launch a voluntary behaviour change programme for non-convicted "
                            "perpetrators",
                            ["Probation Service", "Public Health"],
                            "September 2026",
                            measure="Completions and partner safety reports",
                        ),
                    ],
                )
            ],
        ),
    ],
)

THEME_ROWS_WORD = plan(
    "Kingsmead Borough Council Domestic Abuse Action Plan 2025/26",
    [
        (
            None,
            "Understanding need and listening to survivors",
            [
                (
                    None,
                    [
                        act(
                            "1",
                            "Refresh the domestic abuse needs assessment with new police and "
                            "health data",
                            ["Public Health Intelligence"],
                            "October 2025",
                            status="Green",
                        ),
                        act(
                            "2",
                            "Set up a survivor reference group that meets every quarter",
                            ["Domestic Abuse Coordinator"],
                            "September 2025",
                            status="Amber",
                        ),
                    ],
                )
            ],
        ),
        (
            None,
            "Workforce and training",
            [
                (
                    None,
                    [
                        act(
                            "3",
                            "Make domestic abuse awareness e-learning mandatory for all "
                            "council staff",
                            ["Organisational Development"],
                            "March 2026",
                            status="Green",
                        ),
                        act(
                            "4",
                            "Train frontline housing staff in DASH risk assessment",
                            ["Housing Services", "Domestic Abuse Service"],
                            "January 2026",
                            status="Red",
                        ),
                        act(
                            "5",
                            "Publish a workplace policy for employees experiencing abuse",
                            ["Human Resources"],
                            "Complete",
                            status="Blue",
                        ),
                    ],
                )
            ],
        ),
        (
            None,
            "Multi-agency risk management",
            [
                (
                    None,
                    [
                        act(
                            "6",
                            "Review MARAC referral thresholds and repeat referral rates",
                            ["MARAC Chair", "Police"],
                            "November 2025",
                            status="Amber",
                        ),
                        act(
                            "7",
                            "Move MARAC minutes to the secure case system",
                            ["MARAC Coordinator"],
                            "tbc",
                        ),
                    ],
                )
            ],
        ),
    ],
)

OUTCOME_TABLES_WORD = plan(
    "Westdale Health and Care Partnership: Domestic Abuse Plan 2025-2028",
    [
        (
            "Outcome 1",
            "Patients who experience domestic abuse are asked and helped",
            [
                (
                    None,
                    [
                        act(
                            None,
                            "Add routine enquiry to maternity booking and mental health "
                            "assessments",
                            ["Midwifery", "Mental Health Trust"],
                            "March 2026",
                            measure="Share of assessments where the question was asked",
                        ),
                        act(
                            None,
                            "Roll out IRIS to all GP practices in the north locality",
                            ["ICB Primary Care"],
                            "2026/27",
                            measure="Referrals from practices to the IRIS advocate",
                        ),
                        act(
                            None,
                            "Publish a domestic abuse policy for every provider trust",
                            ["Provider Trusts"],
                            "December 2025",
                            measure="Policies published",
                        ),
                    ],
                )
            ],
        ),
        (
            "Outcome 2",
            "Staff know what to do and are supported",
            [
                (
                    None,
                    [
                        act(
                            None,
                            "Deliver level 3 safeguarding training with a domestic abuse module",
                            ["Safeguarding Leads"],
                            "Ongoing",
                            measure="Compliance above 85% in each trust",
                        ),
                        act(
                            None,
                            "Offer a staff support line for employees affected by abuse",
                            ["Occupational Health"],
                            "June 2026",
                            measure="Calls to the line",
                        ),
                    ],
                )
            ],
        ),
        (
            "Outcome 3",
            "Learning from reviews changes practice",
            [
                (
                    None,
                    [
                        act(
                            None,
                            "Track health recommendations from DARDRs at the safeguarding board",
                            ["Designated Nurse"],
                            "Quarterly",
                            measure="Recommendations closed on time",
                        ),
                        act(
                            None,
                            "Share a seven-minute briefing after each review is published",
                            ["Designated Nurse", "Communications Team"],
                            "Within one month of publication",
                        ),
                    ],
                )
            ],
        ),
    ],
)

SHEET_PER_PRIORITY = plan(
    "Riverford Safer Communities Partnership Domestic Abuse and VAWG Plan 2025/26",
    [
        (
            "Priority 1",
            "Prevention and early intervention",
            [
                (
                    None,
                    [
                        act(
                            "1.1",
                            "Train designated safeguarding leads in Operation Encompass follow-up",
                            ["Education Safeguarding"],
                            "Oct-25",
                            status="Complete",
                            progress="All primary and secondary leads trained",
                        ),
                        act(
                            "1.2",
                            "Fund a young people's domestic abuse worker for two years",
                            ["Community Safety"],
                            "Apr-25",
                            status="On track",
                            progress="Worker in post since April",
                        ),
                        act(
                            "1.3",
                            "Deliver bystander training to licensed premises staff",
                            ["Licensing", "Police"],
                            "Mar-26",
                            status="At risk",
                            progress="Low take-up; offering evening sessions",
                        ),
                    ],
                )
            ],
        ),
        (
            "Priority 2",
            "Support for victims and their children",
            [
                (
                    None,
                    [
                        act(
                            "2.1",
                            "Recommission community IDVA and outreach services",
                            ["Commissioning"],
                            "Jan-26",
                            status="On track",
                            progress="Tender published",
                        ),
                        act(
                            "2.2",
                            "Open a therapeutic group programme for children",
                            ["Children's Services"],
                            "Sep-25",
                            status="Off track",
                            progress="Provider withdrew; re-procuring",
                        ),
                    ],
                )
            ],
        ),
        (
            "Priority 3",
            "Pursuing perpetrators and protecting communities",
            [
                (
                    None,
                    [
                        act(
                            "3.1",
                            "Introduce a multi-agency tasking meeting for high-harm perpetrators",
                            ["Police"],
                            "Jun-25",
                            status="Complete",
                            progress="Meeting runs monthly",
                        ),
                        act(
                            "3.2",
                            "Review the use of Stalking Protection Orders",
                            ["Police", "Crown Prosecution Service"],
                            "Dec-25",
                            status="On track",
                        ),
                    ],
                )
            ],
        ),
    ],
)

UNRULED_PDF = plan(
    "Northfleet Domestic Abuse Local Partnership Board: Action Plan 2025-26",
    [
        (
            None,
            "Safe Accommodation",
            [
                (
                    None,
                    [
                        act(
                            None,
                            "Map the safe accommodation on offer against the needs assessment",
                            ["Housing Strategy"],
                            "June 2025",
                            status="Complete",
                        ),
                        act(
                            None,
                            "Agree move-on protocols with every registered provider",
                            ["Housing Options"],
                            "December 2025",
                            status="In progress",
                        ),
                        act(
                            None,
                            "Provide specialist support for survivors with complex needs in refuge",
                            ["Commissioning"],
                            "March 2026",
                            status="Not started",
                        ),
                    ],
                )
            ],
        ),
        (
            None,
            "Children and Young People",
            [
                (
                    None,
                    [
                        act(
                            None,
                            "Give every child in refuge a named support worker",
                            ["Refuge Provider"],
                            "September 2025",
                            status="In progress",
                        ),
                        act(
                            None,
                            "Run a peer support group for teenagers affected by abuse at home",
                            ["Youth Service"],
                            "January 2026",
                            status="Not started",
                        ),
                    ],
                )
            ],
        ),
        (
            None,
            "Governance",
            [
                (
                    None,
                    [
                        act(
                            None,
                            "Report progress against the strategy to the board each quarter",
                            ["Domestic Abuse Coordinator"],
                            "Quarterly",
                            status="In progress",
                        ),
                        act(
                            None,
                            "Submit the annual return to the Ministry",
                            ["Domestic Abuse Coordinator"],
                            "April 2026",
                            status="Not started",
                        ),
                    ],
                )
            ],
        ),
    ],
)

RAG_COMMENTS = plan(
    "Eastborough Police and Crime Commissioner: VAWG Delivery Plan 2025",
    [
        (
            None,
            "Prevent",
            [
                (
                    "Change attitudes that allow violence against women and girls",
                    [
                        act(
                            None,
                            "Fund a schools programme on consent and online harms",
                            ["OPCC Commissioning"],
                            "Short term",
                            status="G",
                            progress="Programme running in nine schools",
                        ),
                        act(
                            None,
                            "Run the 'Is this OK?' campaign with the local football club",
                            ["OPCC Communications"],
                            "Medium term",
                            status="A",
                            progress="Club agreed; launch moved to spring",
                        ),
                    ],
                ),
                (
                    "Make public spaces safer at night",
                    [
                        act(
                            None,
                            "Walk and talk audits of town centre routes with women",
                            ["Police", "District Councils"],
                            "Short term",
                            status="G",
                            progress="Four audits held",
                        ),
                    ],
                ),
            ],
        ),
        (
            None,
            "Protect",
            [
                (
                    "Victims get a consistent response from first contact",
                    [
                        act(
                            None,
                            "Audit call handling of domestic abuse 999 calls",
                            ["Force Control Room"],
                            "Short term",
                            status="R",
                            progress="Audit delayed by system change",
                        ),
                        act(
                            None,
                            "Give every victim a named officer for rape investigations",
                            ["Public Protection Unit"],
                            "Long term",
                            status="A",
                            progress="Pilot in the east",
                        ),
                    ],
                ),
            ],
        ),
        (
            None,
            "Pursue",
            [
                (
                    "Bring more offenders to justice",
                    [
                        act(
                            None,
                            "Review no further action decisions in stalking cases",
                            ["Crime Standards"],
                            "Medium term",
                            status="G",
                        ),
                        act(
                            None,
                            "Increase the use of body-worn video at domestic incidents",
                            ["Neighbourhood Policing"],
                            "Short term",
                            status="G",
                            progress="Use above 90% since June",
                        ),
                    ],
                ),
            ],
        ),
    ],
)
for _theme in RAG_COMMENTS["themes"]:
    for _objective in _theme["objectives"]:
        for _action in _objective["actions"]:
            # a "Timescale" of Short/Medium/Long term is a timescale, not a date
            _action["timescale"] = _action["deadline_text"].split()[0]
            _action["deadline_text"] = _action["deadline"] = None

EQUALLY_SAFE = plan(
    "Glenmuir Violence Against Women Partnership: Equally Safe Delivery Plan 2025-2028",
    [
        (
            "Priority 1",
            "Our society embraces equality and mutual respect, and rejects all forms of "
            "violence against women and girls",
            [
                (
                    "Women and girls are safe and respected in schools",
                    [
                        act(
                            None,
                            "Roll out Equally Safe at School to all secondary schools",
                            ["Education Services"],
                            "2025-26",
                            measure="Number of schools accredited",
                        ),
                        act(
                            None,
                            "Train guidance teachers to respond to disclosures",
                            ["Education Services", "Rape Crisis"],
                            "Year 1",
                            measure="Teachers trained",
                        ),
                    ],
                ),
                (
                    "Communities challenge harmful attitudes",
                    [
                        act(
                            None,
                            "Hold 16 Days of Activism events in every locality",
                            ["VAW Partnership"],
                            "Annually",
                            measure="Events held and attendance",
                        ),
                    ],
                ),
            ],
        ),
        (
            "Priority 2",
            "Women and girls thrive as equal citizens: socially, culturally, economically "
            "and politically",
            [
                (
                    "Employers support staff affected by violence",
                    [
                        act(
                            None,
                            "Achieve Equally Safe at Work accreditation for the council",
                            ["Human Resources"],
                            "2026-27",
                            measure="Accreditation level reached",
                        ),
                    ],
                ),
            ],
        ),
        (
            "Priority 3",
            "Interventions are early and effective, preventing violence and maximising the "
            "safety and wellbeing of women, children and young people",
            [
                (
                    "Women and children get the right support at the right time",
                    [
                        act(
                            None,
                            "Extend the Safe and Together approach to adult services",
                            ["Health and Social Care Partnership"],
                            "Year 2",
                            measure="Staff trained and case audits",
                        ),
                        act(
                            None,
                            "Fund a children's worker in the Women's Aid service",
                            ["VAW Partnership", "Women's Aid"],
                            "2025-26",
                            measure="Children supported each year",
                        ),
                        act(
                            None,
                            "Agree a MARAC information sharing protocol",
                            ["Police Scotland"],
                            "Ongoing",
                            measure="Protocol signed by all partners",
                        ),
                    ],
                ),
            ],
        ),
    ],
)

WELSH_VAWDASV = plan(
    "Gwent-side Regional VAWDASV Board: Delivery Plan 2025-2026",
    [
        (
            None,
            "",
            [
                (
                    "Objective 1: Increase awareness in children, young people and adults of "
                    "the importance of safe, equal and healthy relationships",
                    [
                        act(
                            None,
                            "Deliver the Sbectrwm programme in all primary schools",
                            ["Regional VAWDASV Team"],
                            "July 2026",
                            partners=["Education Authorities"],
                            milestones=[
                                ("Schools contacted", "September 2025"),
                                ("Half of schools reached", "March 2026"),
                            ],
                        ),
                        act(
                            None,
                            "Promote Live Fear Free helpline in Welsh and English",
                            ["Communications Team"],
                            "March 2026",
                            partners=["Welsh Women's Aid"],
                        ),
                    ],
                ),
                (
                    "Objective 2: Increase focus on holding perpetrators to account and "
                    "provide opportunities to change",
                    [
                        act(
                            None,
                            "Commission a regional perpetrator service for all risk levels",
                            ["Police and Crime Commissioner"],
                            "April 2026",
                            partners=["Probation Service", "Local Authorities"],
                            milestones=[
                                ("Service specification agreed", "October 2025"),
                                ("Contract awarded", "February 2026"),
                            ],
                        ),
                        act(
                            None,
                            "Pilot a Drive project in one local authority area",
                            ["Police and Crime Commissioner"],
                            "2025/26",
                            partners=["Police"],
                        ),
                    ],
                ),
                (
                    "Objective 5: Professionals are trained to provide effective, timely and "
                    "appropriate responses to victims and survivors",
                    [
                        act(
                            None,
                            "Meet the National Training Framework targets for Group 2 training",
                            ["Regional VAWDASV Team"],
                            "March 2026",
                            partners=["All Board partners"],
                        ),
                        act(
                            None,
                            "Deliver Ask and Act training to housing and health staff",
                            ["Local Authorities", "Health Board"],
                            "Ongoing",
                            milestones=[
                                ("Trainers refreshed", "June 2025"),
                                ("Sessions in every authority", "December 2025"),
                            ],
                        ),
                    ],
                ),
            ],
        ),
    ],
)

MORE_PLANS: dict[str, dict] = {
    "landscape_word": LANDSCAPE_WORD,
    "theme_rows_word": THEME_ROWS_WORD,
    "outcome_tables_word": OUTCOME_TABLES_WORD,
    "sheet_per_priority": SHEET_PER_PRIORITY,
    "unruled_pdf": UNRULED_PDF,
    "rag_comments": RAG_COMMENTS,
    "equally_safe": EQUALLY_SAFE,
    "welsh_vawdasv": WELSH_VAWDASV,
}
