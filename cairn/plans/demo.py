"""Exampleshire: a fictional partnership with a plan in varied states, for trying Cairn.

No real people: every name is a role. Deadlines are set around the current financial
year, so some are always overdue whenever the demo is built.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from django.db import transaction

from cairn.accounts.models import Agency, Partnership, Role, User
from cairn.plans.factories import make_action, make_milestone, make_partnership, make_person
from cairn.plans.models import Objective, Plan, Strategy, Theme

SLUG = "exampleshire"
PASSWORD = "exampleshire-demo"

AGENCIES = [
    ("Exampleshire Police", "Police"),
    ("Exampleshire NHS Trust", "NHS"),
    ("Exampleshire County Council Children's Services", "Children's Services"),
    ("Exampleshire County Council Housing", "Housing"),
    ("Probation Service", "Probation"),
    ("Exampleshire Women's Aid", "Women's Aid"),
]

# email, name, role, agency short name
PEOPLE = [
    ("coordinator@exampleshire.example", "Demo Coordinator", Role.COORDINATOR, None),
    ("lead@exampleshire.example", "Demo Lead (Police)", Role.LEAD, "Police"),
    ("health.lead@exampleshire.example", "Demo Lead (NHS)", Role.LEAD, "NHS"),
    ("data@exampleshire.example", "Demo Data Contributor", Role.DATA_CONTRIBUTOR, "Police"),
    ("viewer@exampleshire.example", "Demo Board Member", Role.VIEWER, None),
]
HOST_ADMIN = ("admin@exampleshire.example", "Demo Host Admin")

# theme, [(objective, [(action, lead agencies, deadline: month offset or text, status category)])]
DemoAction = tuple[str, list[str], str | int, str | None]
"""(title, lead agencies, deadline as text or months from the start, status category)"""
THEMES: list[tuple[str, list[tuple[str, list[DemoAction]]]]] = [
    (
        "Prevention and early intervention",
        [
            (
                "Raise awareness of domestic abuse across Exampleshire",
                [
                    (
                        "Run a public awareness campaign each November",
                        ["Women's Aid"],
                        "Annually",
                        "on_track",
                    ),
                    (
                        "Deliver healthy relationships sessions in every secondary school",
                        ["Children's Services"],
                        3,
                        "at_risk",
                    ),
                    (
                        "Publish a directory of local support services",
                        ["Women's Aid"],
                        2,
                        "complete",
                    ),
                    ("Train GP practice staff to ask about abuse", ["NHS"], 6, "on_track"),
                ],
            ),
            (
                "Identify abuse earlier",
                [
                    ("Roll out routine enquiry in maternity services", ["NHS"], 5, "off_track"),
                    ("Embed DASH risk checklist in housing assessments", ["Housing"], 4, "stalled"),
                    (
                        "Review the early help offer for families",
                        ["Children's Services"],
                        9,
                        "not_started",
                    ),
                    ("Agree an information sharing protocol", ["Police", "NHS"], "tbc", None),
                ],
            ),
        ],
    ),
    (
        "Safety and support for victims",
        [
            (
                "Make refuge and safe accommodation available",
                [
                    (
                        "Commission twelve additional safe accommodation units",
                        ["Housing"],
                        11,
                        "on_track",
                    ),
                    (
                        "Introduce a sanctuary scheme for victims at home",
                        ["Housing", "Police"],
                        4,
                        "at_risk",
                    ),
                    ("Set up a housing first pathway for victims", ["Housing"], "Year 2", None),
                ],
            ),
            (
                "Improve specialist support",
                [
                    (
                        "Increase IDVA capacity to meet SafeLives guidance",
                        ["Women's Aid"],
                        7,
                        "on_track",
                    ),
                    ("Launch a helpline with extended hours", ["Women's Aid"], 2, "complete"),
                    (
                        "Provide specialist support for children who witness abuse",
                        ["Children's Services"],
                        8,
                        "off_track",
                    ),
                    ("Review the MARAC operating protocol", ["Police"], 1, "on_track"),
                    (
                        "Recruit a health IDVA in the emergency department",
                        ["NHS"],
                        3,
                        "not_started",
                    ),
                ],
            ),
        ],
    ),
    (
        "Holding perpetrators to account",
        [
            (
                "Challenge and change abusive behaviour",
                [
                    ("Commission a community perpetrator programme", ["Probation"], 10, "on_track"),
                    (
                        "Use domestic violence protection notices consistently",
                        ["Police"],
                        "Ongoing",
                        "on_track",
                    ),
                    ("Improve sanction detection rates", ["Police"], 12, "at_risk"),
                    (
                        "Pilot multi-agency tasking for serial perpetrators",
                        ["Police", "Probation"],
                        5,
                        "stalled",
                    ),
                ],
            ),
            (
                "Support the courts",
                [
                    ("Re-establish the specialist domestic abuse court", ["Police"], "Long", None),
                    (
                        "Offer court support to every high-risk victim",
                        ["Women's Aid"],
                        6,
                        "on_track",
                    ),
                    (
                        "Audit bail conditions in domestic abuse cases",
                        ["Probation"],
                        2,
                        "off_track",
                    ),
                ],
            ),
        ],
    ),
    (
        "Leadership and partnership working",
        [
            (
                "Lead the partnership response",
                [
                    ("Publish the annual report to the board", ["Police"], 12, "not_started"),
                    ("Refresh the domestic abuse needs assessment", ["NHS"], 9, "on_track"),
                    (
                        "Agree a pooled budget for commissioning",
                        ["Housing"],
                        "To be agreed once group established",
                        None,
                    ),
                    (
                        "Report quarterly to the Community Safety Partnership",
                        ["Police"],
                        "Quarterly",
                        "on_track",
                    ),
                ],
            ),
            (
                "Learn from reviews",
                [
                    (
                        "Implement recommendations of the domestic homicide review",
                        ["Police", "NHS"],
                        4,
                        "at_risk",
                    ),
                    ("Hold a learning event on coercive control", ["Women's Aid"], 3, "complete"),
                    ("Train frontline staff on economic abuse", ["Housing"], 7, "on_track"),
                    ("Set up a survivors' advisory group", ["Women's Aid"], 1, "complete"),
                    ("Monitor the outcome framework each quarter", ["NHS"], "Monthly", "on_track"),
                ],
            ),
        ],
    ),
]

NOTES = {
    "on_track": "Work is on schedule; partners met this quarter and agreed next steps.",
    "at_risk": "Some slippage: recruitment delayed. A revised timetable goes to the next meeting.",
    "off_track": "Funding has not been confirmed, so delivery will miss the deadline.",
    "stalled": "Waiting for national guidance before this can proceed.",
    "complete": "Delivered and reported to the board.",
    "not_started": "",
}


@dataclass
class DemoSignIn:
    email: str
    role: str


def financial_year_start(today: dt.date) -> dt.date:
    return dt.date(today.year if today.month >= 4 else today.year - 1, 4, 1)


def month_text(start: dt.date, offset: int) -> str:
    """The month `offset` months after the plan starts, written as plans write it."""
    month_index = start.month - 1 + offset - 1
    year, month = start.year + month_index // 12, month_index % 12 + 1
    return dt.date(year, month, 1).strftime("%b %Y")


def build_demo(today: dt.date | None = None) -> tuple[Partnership, bool]:
    """Build Exampleshire, or leave it as it is. Returns (partnership, created)."""
    existing = Partnership.objects.filter(slug=SLUG).first()
    if existing:
        return existing, False
    today = today or dt.date.today()
    with transaction.atomic():
        return _build(financial_year_start(today)), True


def _build(start: dt.date) -> Partnership:
    partnership = make_partnership("Exampleshire Domestic Abuse Partnership", SLUG)
    agencies = {
        short: Agency.objects.create(partnership=partnership, name=name, short_name=short)
        for name, short in AGENCIES
    }
    people = {}
    for email, name, role, agency in PEOPLE:
        people[email] = make_person(
            email, name, partnership, role, agencies.get(agency), password=PASSWORD
        )
    if not User.objects.filter(email=HOST_ADMIN[0]).exists():
        User.objects.create_superuser(email=HOST_ADMIN[0], name=HOST_ADMIN[1], password=PASSWORD)
    plan = _plan(partnership, start)
    _actions(plan, start, agencies, police_lead=people["lead@exampleshire.example"])
    return partnership


def _plan(partnership: Partnership, start: dt.date) -> Plan:
    """The year's plan, under a four-year strategy that began the year before."""
    fy = f"{start.year}/{str(start.year + 1)[2:]}"
    strategy = Strategy.objects.create(
        partnership=partnership,
        title=f"Exampleshire Domestic Abuse Strategy {start.year - 1}-{start.year + 2}",
        vision="Everyone in Exampleshire lives free from domestic abuse.",
        aims="Prevent abuse before it starts\nKeep victims and their children safe\n"
        "Hold perpetrators to account\nLead a joined-up partnership response",
        period_text=f"{start.year - 1} - {start.year + 2}",
        starts_on=dt.date(start.year - 1, 4, 1),
        ends_on=dt.date(start.year + 3, 3, 31),
    )
    return Plan.objects.create(
        partnership=partnership,
        strategy=strategy,
        title=f"Domestic Abuse Action Plan {fy}",
        period_text=fy,
        starts_on=start,
        ends_on=dt.date(start.year + 1, 3, 31),
        state=Plan.State.ACTIVE,
    )


def _actions(plan: Plan, start: dt.date, agencies: dict[str, Agency], police_lead: User) -> None:
    """THEMES as themes, objectives and actions; each objective's first action has two
    milestones, one done."""
    statuses = {s.category: s for s in plan.partnership.status_scheme.statuses.all()}
    for t, (theme_title, objectives) in enumerate(THEMES, start=1):
        theme = Theme.objects.create(plan=plan, ref=str(t), title=theme_title, order=t)
        for o, (objective_title, actions) in enumerate(objectives, start=1):
            objective = Objective.objects.create(
                theme=theme, ref=f"{t}.{o}", title=objective_title, order=o
            )
            for a, (title, leads, when, category) in enumerate(actions, start=1):
                deadline = month_text(start, when) if isinstance(when, int) else when
                action = make_action(
                    theme,
                    title,
                    ref=f"{t}.{o}.{a}",
                    objective=objective,
                    deadline_text=deadline,
                    status=statuses.get(category) if category else None,
                    leads=[agencies[short] for short in leads],
                    lead_people=[police_lead] if "Police" in leads[:1] else [],
                    progress_note=NOTES.get(category or "", ""),
                    order=a,
                )
                if a == 1:
                    make_milestone(
                        action,
                        "Agree scope with partners",
                        month_text(start, 1),
                        done_on=start + dt.timedelta(days=20),
                        order=1,
                    )
                    make_milestone(
                        action, "Report progress to the board", month_text(start, 6), order=2
                    )


def sign_ins() -> list[DemoSignIn]:
    return [DemoSignIn(email, role.label) for email, _, role, _ in PEOPLE] + [
        DemoSignIn(HOST_ADMIN[0], "Host admin")
    ]
