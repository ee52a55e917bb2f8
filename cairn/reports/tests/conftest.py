"""A plan with fixed values whose exceptions every report must carry, and a bigger one."""

from __future__ import annotations

import datetime as dt

import pytest

from cairn.accounts.models import Agency
from cairn.plans.factories import make_action, make_plan, status
from cairn.plans.models import Action, Objective, Plan, Theme
from cairn.reviews.models import ReviewRound, Update

TODAY = dt.date(2016, 12, 1)


def pytest_configure(config):
    config.addinivalue_line("markers", "slow: renders very large plans; a few seconds each")


@pytest.fixture
def agencies(partnership_a, police_a):
    health = Agency.objects.create(partnership=partnership_a, name="NHS Trust", short_name="NHS")
    council = Agency.objects.create(partnership=partnership_a, name="Council")
    return {"police": police_a, "health": health, "council": council}


@pytest.fixture
def report_plan(partnership_a, agencies, coordinator, lead):
    """Two themes; statuses on track, at risk, off track, complete, none; one overdue.

    Exceptions (on 1 Dec 2016): 1.1 (at risk), 2.1 (off track), 2.2 (overdue since Sep 2016).
    Rounds: Q1 with two updates, Q2 with three; 1.1 moved on track -> at risk.
    """
    p = partnership_a
    plan = Plan.objects.create(
        partnership=p,
        title="Domestic abuse action plan",
        period_text="2016/17",
        starts_on=dt.date(2016, 4, 1),
        ends_on=dt.date(2017, 3, 31),
        state=Plan.State.ACTIVE,
    )
    plan.test_actions = _report_actions(plan, agencies, lead)
    _report_rounds(plan, coordinator, plan.test_actions)
    return plan


def _report_actions(plan: Plan, agencies: dict, lead) -> dict:
    p = plan.partnership
    safety = Theme.objects.create(plan=plan, ref="1", title="Safety and support", order=1)
    early = Objective.objects.create(theme=safety, ref="1.a", title="Help early", order=1)
    justice = Theme.objects.create(plan=plan, ref="2", title="Justice", order=2)
    ontrack, atrisk = status(p, "on_track"), status(p, "at_risk")
    offtrack, complete = status(p, "off_track"), status(p, "complete")
    actions = {
        "1.1": make_action(
            safety,
            "Train GPs to ask about abuse",
            ref="1.1",
            objective=early,
            deadline_text="Mar 2017",
            status=atrisk,
            leads=[agencies["health"]],
            lead_people=[lead],
            progress_note='=HYPERLINK("http://evil") training slipped; contact lead@a.example',
            order=1,
        ),
        "1.2": make_action(
            safety,
            "Publish a directory of services",
            ref="1.2",
            deadline_text="Mar 2017",
            status=ontrack,
            leads=[agencies["council"]],
            progress_note="Draft with the designers.",
            order=2,
        ),
        "2.1": make_action(
            justice,
            "Specialist court listings",
            ref="2.1",
            deadline_text="Jan 2017",
            status=offtrack,
            leads=[agencies["police"]],
            progress_note="Court estate closures; Casey Coordinator to escalate.",
            order=1,
        ),
        "2.2": make_action(
            justice,
            "Review bail conditions",
            ref="2.2",
            deadline_text="Sep 2016",
            status=ontrack,
            leads=[agencies["police"], agencies["council"]],
            order=2,
        ),
        "2.3": make_action(
            justice,
            "Launch the perpetrator programme",
            ref="2.3",
            deadline_text="Done",
            status=complete,
            order=3,
        ),
        "2.4": make_action(justice, "+Agree a data sharing protocol", ref="2.4", order=4),
    }
    return actions


def _report_rounds(plan: Plan, coordinator, actions: dict) -> None:
    p = plan.partnership
    ontrack, atrisk, offtrack = status(p, "on_track"), status(p, "at_risk"), status(p, "off_track")
    q1 = ReviewRound.objects.create(
        plan=plan,
        period="2016/17 Q1",
        opens_on=dt.date(2016, 7, 1),
        closes_on=dt.date(2016, 7, 31),
        state=ReviewRound.State.CLOSED,
        opened_by=coordinator,
    )
    q2 = ReviewRound.objects.create(
        plan=plan,
        period="2016/17 Q2",
        opens_on=dt.date(2016, 10, 1),
        closes_on=dt.date(2016, 10, 31),
        opened_by=coordinator,
    )
    submitted = Update.State.SUBMITTED
    for round_, ref, st in [
        (q1, "1.1", ontrack),
        (q1, "2.1", offtrack),
        (q2, "1.1", atrisk),
        (q2, "2.1", offtrack),
        (q2, "1.2", ontrack),
    ]:
        Update.objects.create(round=round_, action=actions[ref], status=st, state=submitted)


EXCEPTION_REFS = {"1.1": "At risk", "2.1": "Off track", "2.2": "On track (overdue)"}


def make_big_plan(partnership, n_actions: int, note_length: int = 200) -> Plan:
    """A generated plan: 10 themes, 3 objectives each, actions spread among them."""
    plan = make_plan(partnership, f"Big plan {n_actions}", actions=0)
    by_category = {s.category: s for s in partnership.status_scheme.statuses.all()}
    # A realistic spread: mostly on track, about one in six at risk or off track.
    spread = ["on_track"] * 8 + ["not_started"] * 3 + ["complete"] * 3 + ["at_risk"] * 2
    spread += ["off_track", "closed"] + ["stalled"] * ("stalled" in by_category)
    statuses = [by_category.get(c) for c in spread]
    agencies = list(Agency.objects.filter(partnership=partnership)) or [
        Agency.objects.create(partnership=partnership, name=f"Agency {n}") for n in range(5)
    ]
    themes = [
        Theme.objects.create(plan=plan, ref=str(t), title=f"Theme {t}", order=t)
        for t in range(2, 12)
    ]
    objectives = [
        Objective.objects.create(theme=t, ref=f"{t.ref}.{o}", title=f"Objective {o}", order=o)
        for t in themes
        for o in range(1, 4)
    ]
    note = ("Progress was made with partners; " * (note_length // 33 + 1))[:note_length]
    deadlines = ["Mar 2017", "Ongoing", "By 2017/18", "tbc", "Dec 2017"] * 3 + ["Sep 2016"]
    actions = []
    for n in range(n_actions):
        objective = objectives[n % len(objectives)]
        action = Action(
            theme_id=objective.theme_id,
            objective=objective,
            ref=f"{objective.ref}.{n}",
            title=f"Generated action {n} to improve the response",
            deadline_text=deadlines[n % len(deadlines)],
            status=statuses[n % len(statuses)],
            progress_note=note,
            order=n,
        )
        action.understand_deadline(plan.starts_on)
        actions.append(action)
    Action.objects.bulk_create(actions)
    through = Action.lead_agencies.through
    through.objects.bulk_create(
        through(action_id=a.pk, agency_id=agencies[i % len(agencies)].pk)
        for i, a in enumerate(Action.objects.filter(theme__plan=plan).order_by("pk"))
    )
    return plan


@pytest.fixture(autouse=True)
def _fast_passwords(settings):
    """The cast's passwords hash quickly here; these tests are about reports, not sign-in."""
    settings.PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
