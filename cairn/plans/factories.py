"""Plain builders for plans with fixed values, used by the demo and by tests.

People come from `cairn/accounts/factories.py`; `make_person` is importable from here too.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable

from cairn.accounts import factories as account_factories
from cairn.accounts.factories import make_person
from cairn.accounts.models import Agency, Partnership, User
from cairn.plans.models import Action, Milestone, Objective, Plan, Status, Theme
from cairn.plans.statuses import create_scheme

__all__ = [
    "make_action",
    "make_milestone",
    "make_partnership",
    "make_person",
    "make_plan",
    "status",
]


def make_partnership(name: str, slug: str, scheme: str = "rag") -> Partnership:
    """A partnership with its status scheme (red/amber/green unless `scheme` says otherwise)."""
    partnership = account_factories.make_partnership(name, slug)
    create_scheme(partnership, scheme)
    return partnership


def status(partnership: Partnership, category: str) -> Status:
    found = partnership.status_scheme.statuses.filter(category=category).first()
    if found is None:
        raise ValueError(f"{partnership} has no status of category {category!r}")
    return found


def make_action(
    theme: Theme,
    title: str,
    *,
    ref: str = "",
    objective: Objective | None = None,
    deadline_text: str = "",
    status: Status | None = None,
    leads: Iterable[Agency] = (),
    lead_people: Iterable[User] = (),
    progress_note: str = "",
    order: int = 0,
) -> Action:
    action = Action(
        theme=theme,
        objective=objective,
        title=title,
        ref=ref,
        deadline_text=deadline_text,
        status=status,
        progress_note=progress_note,
        order=order,
    )
    action.understand_deadline(theme.plan.starts_on)
    action.save()
    action.lead_agencies.set(leads)
    action.lead_people.set(lead_people)
    return action


def make_milestone(
    action: Action, title: str, due_text: str = "", done_on: dt.date | None = None, order: int = 0
) -> Milestone:
    milestone = Milestone(
        action=action, title=title, deadline_text=due_text, done_on=done_on, order=order
    )
    milestone.understand_deadline(action.theme.plan.starts_on)
    milestone.save()
    return milestone


def make_plan(
    partnership: Partnership,
    title: str = "Action plan 2016/17",
    *,
    actions: int = 4,
    starts_on: dt.date = dt.date(2016, 4, 1),
) -> Plan:
    """A small plan: one theme, one objective, `actions` actions with fixed deadlines."""
    plan = Plan.objects.create(
        partnership=partnership,
        title=title,
        period_text="2016/17",
        starts_on=starts_on,
        ends_on=dt.date(starts_on.year + 1, 3, 31),
        state=Plan.State.ACTIVE,
    )
    theme = Theme.objects.create(plan=plan, ref="1", title="Safety and support", order=1)
    objective = Objective.objects.create(
        theme=theme, ref="1.1", title="Victims get help early", order=1
    )
    for n in range(1, actions + 1):
        make_action(
            theme,
            f"Action number {n}",
            ref=f"1.1.{n}",
            objective=objective,
            deadline_text="Sep 2016",
            order=n,
        )
    return plan
