"""Plans of our own writing for the import corpus, in the compact form `render.py` expands
into Plan JSON (the hand-made truth) and into the documents a council would have.

Each plan: a title, its themes (ref, title), each with objectives (title or None), each with
actions: (ref, title, leads, deadline as written, status, progress, milestones). Written to be
typical of their kind, not copied from any real plan.
"""

from __future__ import annotations

A = tuple  # an action: (ref, title, leads, deadline_text, status, progress, milestones)

DHR_TRACKER = {
    "title": "Domestic Homicide Review Adult D: Recommendations Tracker",
    "themes": [
        (
            None,
            "",
            [
                (
                    "Recommendation 1: GP practices ask about domestic abuse when a patient "
                    "presents with anxiety or injuries",
                    [
                        A(
                            (
                                "1a",
                                "Add routine enquiry prompts to the practice system templates",
                                ["ICB Safeguarding"],
                                "30/06/2026",
                                "Green",
                                "Templates drafted with two practices",
                                [],
                            )
                        ),
                        A(
                            (
                                "1b",
                                "Deliver IRIS training to every practice in the borough",
                                ["ICB Safeguarding", "IRIS Advocate Educator"],
                                "31/03/2027",
                                "Amber",
                                "Eleven of thirty practices trained",
                                [],
                            )
                        ),
                    ],
                ),
                (
                    "Recommendation 2: Housing staff recognise economic abuse and refer to "
                    "specialist support",
                    [
                        A(
                            (
                                "2a",
                                "Brief all tenancy officers on economic abuse",
                                ["Housing Services"],
                                "30/09/2025",
                                "Blue",
                                "All tenancy officers briefed in September",
                                [],
                            )
                        ),
                        A(
                            (
                                "2b",
                                "Agree a referral pathway to the money advice service",
                                ["Housing Services", "Citizens Advice"],
                                "31/12/2025",
                                "Red",
                                "Pathway not yet agreed",
                                [],
                            )
                        ),
                    ],
                ),
                (
                    "Recommendation 3: The partnership checks that these changes last",
                    [
                        A(
                            (
                                "3a",
                                "Audit twenty case files a year after the review",
                                ["Community Safety Partnership"],
                                "31/03/2027",
                                "Green",
                                None,
                                [],
                            )
                        ),
                    ],
                ),
            ],
        )
    ],
}

VAWG_DELIVERY = {
    "title": "Northbridge VAWG Delivery Plan 2025-2028",
    "themes": [
        (
            "1",
            "Preventing violence before it starts",
            [
                (
                    None,
                    [
                        A(
                            (
                                "1.1",
                                "Healthy relationships lessons in every secondary school",
                                ["Education Service"],
                                "July 2026",
                                None,
                                None,
                                [],
                            )
                        ),
                        A(
                            (
                                "1.2",
                                "A public campaign on coercive control each winter",
                                ["Community Safety Team", "Police"],
                                "Annually from 2025",
                                None,
                                None,
                                [],
                            )
                        ),
                        A(
                            (
                                "1.3",
                                "Bystander training for night-time economy staff",
                                ["Licensing Team"],
                                "March 2026",
                                None,
                                None,
                                [],
                            )
                        ),
                    ],
                )
            ],
        ),
        (
            "2",
            "Supporting victims and survivors",
            [
                (
                    None,
                    [
                        A(
                            (
                                "2.1",
                                "Recommission the IDVA service with a single front door",
                                ["Public Health"],
                                "April 2026",
                                None,
                                None,
                                [],
                            )
                        ),
                        A(
                            (
                                "2.2",
                                "Open a refuge space for women with no recourse to public funds",
                                ["Housing Options", "Refuge provider"],
                                "2026/27",
                                None,
                                None,
                                [],
                            )
                        ),
                    ],
                )
            ],
        ),
        (
            "3",
            "Pursuing perpetrators",
            [
                (
                    None,
                    [
                        A(
                            (
                                "3.1",
                                "Use Domestic Abuse Protection Orders in every eligible case",
                                ["Police"],
                                "Ongoing",
                                None,
                                None,
                                [],
                            )
                        ),
                        A(
                            (
                                "3.2",
                                "Offer a behaviour change programme to men not convicted",
                                ["Probation", "Public Health"],
                                "September 2026",
                                None,
                                None,
                                [],
                            )
                        ),
                    ],
                )
            ],
        ),
    ],
}

WELSH_PRIORITIES = {
    "title": "Cwm Taf Valleys Regional VAWDASV Strategy: Delivery Plan 2024-2026",
    "themes": [
        (
            "Priority 1",
            "Increase awareness and challenge attitudes",
            [
                (
                    None,
                    [
                        A(
                            (
                                None,
                                "Run the Ask Me scheme in every library and leisure centre",
                                ["Regional VAWDASV Team"],
                                "March 2025",
                                None,
                                None,
                                [],
                            )
                        ),
                        A(
                            (
                                None,
                                "Train Welsh-medium school staff in the Live Fear Free resources",
                                ["Education Service"],
                                "September 2025",
                                None,
                                None,
                                [
                                    ("Map schools without trained staff", None),
                                    ("Hold two training days each term", None),
                                ],
                            )
                        ),
                    ],
                )
            ],
        ),
        (
            "Priority 2",
            "Make early intervention and prevention a priority",
            [
                (
                    None,
                    [
                        A(
                            (
                                None,
                                "Add Ask and Act training to every new starter's induction",
                                ["Health Board", "County Borough Council"],
                                "December 2024",
                                None,
                                None,
                                [],
                            )
                        ),
                        A(
                            (
                                None,
                                "Offer Drive to perpetrators assessed as high risk",
                                ["Police", "Probation"],
                                "Ongoing",
                                None,
                                None,
                                [],
                            )
                        ),
                    ],
                )
            ],
        ),
        (
            "Priority 3",
            "Provide victims with equal access to good quality support",
            [
                (
                    None,
                    [
                        A(
                            (
                                None,
                                "Commission a regional service for older victims",
                                ["Regional VAWDASV Team"],
                                "2025/26",
                                None,
                                None,
                                [],
                            )
                        ),
                    ],
                )
            ],
        ),
    ],
}

POLICE_FORCE = {
    "title": "Westmoor Police Domestic Abuse Improvement Plan 2025",
    "themes": [
        (
            None,
            "Response",
            [
                (
                    None,
                    [
                        A(
                            (
                                "R1",
                                "Attend every high-risk domestic call within the emergency target",
                                ["Head of Response"],
                                "Jun-25",
                                "Green",
                                "Performance at 94% in May",
                                [],
                            )
                        ),
                        A(
                            (
                                "R2",
                                "Complete a DASH risk assessment at every domestic incident",
                                ["Head of Response"],
                                "Sep-25",
                                "Amber",
                                "Completion 81%; refresher training booked",
                                [],
                            )
                        ),
                    ],
                )
            ],
        ),
        (
            None,
            "Investigation",
            [
                (
                    None,
                    [
                        A(
                            (
                                "I1",
                                "Review all domestic abuse cases closed without a charge decision",
                                ["DCI Public Protection"],
                                "Dec-25",
                                "Red",
                                "Backlog of 140 cases",
                                [],
                            )
                        ),
                        A(
                            (
                                "I2",
                                "Pilot body-worn video evidence-led prosecutions",
                                ["DCI Public Protection", "CPS"],
                                "Mar-26",
                                "Green",
                                None,
                                [],
                            )
                        ),
                    ],
                )
            ],
        ),
    ],
}

WEB_COPY = {
    "title": "Safer Streets Partnership: Action Plan 2025/26",
    "themes": [
        (
            None,
            "",
            [
                (
                    None,
                    [
                        A(
                            (
                                None,
                                "Deliver bystander training to door staff across the town centre",
                                ["Licensing Team"],
                                "Jun 2025",
                                "On track",
                                None,
                                [],
                            )
                        ),
                        A(
                            (
                                None,
                                "Extend the Ask for Angela scheme to all licensed premises",
                                ["Community Safety"],
                                "Sep 2025",
                                "Not started",
                                None,
                                [],
                            )
                        ),
                        A(
                            (
                                None,
                                "Review street lighting in the three hotspot areas",
                                ["Highways"],
                                "Dec 2025",
                                "Complete",
                                None,
                                [],
                            )
                        ),
                        A(
                            (
                                None,
                                "Fund a women's safety officer for the university campus",
                                ["University", "Police"],
                                "Mar 2026",
                                "On track",
                                None,
                                [],
                            )
                        ),
                    ],
                )
            ],
        )
    ],
}

MERGED_PDF = {
    "title": "Eastvale Domestic Abuse Partnership Board Action Plan 2024-2027",
    "themes": [
        (
            "1",
            "Safety and support",
            [
                (
                    "Victims are safe in their homes",
                    [
                        A(
                            (
                                "1.1",
                                "Extend the sanctuary scheme to private rented homes",
                                ["Housing"],
                                "March 2025",
                                None,
                                None,
                                [],
                            )
                        ),
                        A(
                            (
                                "1.2",
                                "Fit target hardening within five days of referral",
                                ["Housing", "Fire Service"],
                                "Ongoing",
                                None,
                                None,
                                [],
                            )
                        ),
                    ],
                ),
                (
                    "Children get help in their own right",
                    [
                        A(
                            (
                                "1.3",
                                "Commission a children's IDVA",
                                ["Children's Services"],
                                "September 2025",
                                None,
                                None,
                                [],
                            )
                        ),
                    ],
                ),
            ],
        ),
        (
            "2",
            "Accountability",
            [
                (
                    "Perpetrators change their behaviour",
                    [
                        A(
                            (
                                "2.1",
                                "Place a perpetrator programme worker in the MASH",
                                ["Probation"],
                                "2025/26",
                                None,
                                None,
                                [],
                            )
                        ),
                        A(
                            (
                                "2.2",
                                "Report perpetrator programme outcomes to the board",
                                ["Community Safety Partnership"],
                                "Quarterly",
                                None,
                                None,
                                [],
                            )
                        ),
                    ],
                )
            ],
        ),
    ],
}

RECOMMENDATIONS_TEXT = {
    "title": "Learning from Domestic Abuse Related Death Reviews: Action Plan",
    "themes": [
        (
            "Recommendation 1",
            "Share risk information at MARAC",
            [
                (
                    None,
                    [
                        A(
                            (
                                None,
                                "Agree an information-sharing protocol with GP surgeries",
                                ["ICB Safeguarding"],
                                "June 2025",
                                None,
                                None,
                                [],
                            )
                        ),
                        A(
                            (
                                None,
                                "Audit MARAC referrals from primary care",
                                ["ICB Safeguarding", "MARAC Coordinator"],
                                "December 2025",
                                None,
                                None,
                                [],
                            )
                        ),
                    ],
                )
            ],
        ),
        (
            "Recommendation 2",
            "Recognise suicide risk in victims",
            [
                (
                    None,
                    [
                        A(
                            (
                                None,
                                "Add suicide risk questions to the DASH follow-up",
                                ["Police", "Mental Health Trust"],
                                "March 2026",
                                None,
                                None,
                                [],
                            )
                        ),
                    ],
                )
            ],
        ),
    ],
}

TRACKER_QUARTERS = ["Q1 2025/26", "Q2 2025/26", "Q3 2025/26"]
COUNTY_TRACKER = {
    "title": "Shire County Domestic Abuse Local Partnership Board Tracker 2025/26",
    "themes": [
        (
            None,
            "Early help",
            [
                (
                    None,
                    [
                        A(
                            (
                                "1",
                                "Train health visitors in routine enquiry",
                                ["Public Health"],
                                "March 2026",
                                "Amber",
                                "Training paused for staff shortages",
                                [],
                            )
                        ),
                        A(
                            (
                                "2",
                                "Publish a directory of local support",
                                ["County Council"],
                                "September 2025",
                                "Blue",
                                "Published online in September",
                                [],
                            )
                        ),
                    ],
                )
            ],
        ),
        (
            None,
            "Justice",
            [
                (
                    None,
                    [
                        A(
                            (
                                "3",
                                "Open a specialist domestic abuse court list",
                                ["HMCTS", "Police"],
                                "2026/27",
                                "Red",
                                "Listing not agreed",
                                [],
                            )
                        ),
                    ],
                )
            ],
        ),
    ],
}
TRACKER_HISTORY = {
    "1": [
        ("Scoped with provider", "Green"),
        ("First cohort trained", "Green"),
        ("Training paused for staff shortages", "Amber"),
    ],
    "2": [("Drafting", "Green"), ("Published online in September", "Blue"), ("", "")],
    "3": [("", ""), ("Awaiting court", "Amber"), ("Listing not agreed", "Red")],
}

OWN_PLANS = {
    "dhr_tracker": DHR_TRACKER,
    "vawg_delivery": VAWG_DELIVERY,
    "welsh_priorities": WELSH_PRIORITIES,
    "police_force": POLICE_FORCE,
    "web_copy": WEB_COPY,
    "merged_pdf": MERGED_PDF,
    "recommendations_text": RECOMMENDATIONS_TEXT,
    "county_tracker": COUNTY_TRACKER,
}


def plan_json(spec: dict) -> dict:
    """The compact form as Plan JSON: the truth a perfect import gives."""
    from cairn.imports.outline import deadline_json

    themes = []
    for ref, title, objectives in spec["themes"]:
        theme = {"ref": ref, "title": title, "description": None, "objectives": []}
        for objective_title, actions in objectives:
            objective = {"ref": None, "title": objective_title, "actions": []}
            for action_ref, action_title, leads, deadline, status, progress, milestones in actions:
                objective["actions"].append(
                    {
                        "ref": action_ref,
                        "title": action_title,
                        "leads": list(leads),
                        "collaborators": [],
                        "deadline_text": deadline,
                        "deadline": deadline_json(deadline),
                        "timescale": None,
                        "status_text": status,
                        "progress_text": progress,
                        "output": None,
                        "outcome": None,
                        "indicators": [],
                        "cost": None,
                        "milestones": [
                            {"title": m, "due_text": due, "due": deadline_json(due), "lead": None}
                            for m, due in milestones
                        ],
                    }
                )
            theme["objectives"].append(objective)
        themes.append(theme)
    return {"title": spec["title"], "period_text": None, "themes": themes}
