"""Who is asked for what in a round, and how far they have got.

Every function reads in a fixed number of queries, whatever the size of the plan:
the round page, the reminders and the chase all use them.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from django.db import transaction

from cairn.accounts.models import Agency, User
from cairn.plans.models import Action, Plan
from cairn.reviews.leads import actions_by_lead, is_asked, plan_actions, updates_by_action
from cairn.reviews.models import ReminderLog, ReviewRound, Update
from cairn.reviews.tasks import send_round_invitations


def open_round(
    plan: Plan,
    *,
    period: str,
    opens_on: dt.date,
    closes_on: dt.date,
    by: User,
    remind_days_before: int = 7,
) -> ReviewRound:
    """Open a round and, once it is saved, ask every lead by email to update their actions."""
    review_round = ReviewRound(
        plan=plan,
        period=period,
        opens_on=opens_on,
        closes_on=closes_on,
        remind_days_before=remind_days_before,
        opened_by=by,
    )
    review_round._history_user = by  # type: ignore[attr-defined]
    review_round.save()
    transaction.on_commit(lambda: send_round_invitations.enqueue(review_round.pk))
    return review_round


@dataclass
class Tally:
    """How far one agency or lead has got: counts of actions."""

    name: str
    updated: int = 0
    draft: int = 0
    outstanding: int = 0
    person_pk: int | None = None

    @property
    def total(self) -> int:
        return self.updated + self.draft + self.outstanding

    def count(self, update: Update | None) -> None:
        if update is None or update.state == Update.State.RETURNED:
            self.outstanding += 1
        elif update.state == Update.State.DRAFT:
            self.draft += 1
        else:
            self.updated += 1


@dataclass
class RoundSummary:
    overall: Tally
    by_agency: list[Tally]
    by_lead: list[Tally]
    """Each lead, then (if any) the actions with nobody in Cairn to ask, with no person_pk"""
    rows: list[tuple[Action, Update | None, bool]]
    """(action, its update in the round or None, overdue)"""
    not_asked: int = 0
    """Actions already finished before the round, which it does not ask about"""
    left_action_ids: set[int] = field(default_factory=set)
    """Actions named on a lead who has left the partnership: to reassign"""


NOBODY_TO_ASK = "Nobody to ask: no lead in Cairn"


def round_summary(review_round: ReviewRound, on: dt.date) -> RoundSummary:
    """Counts by agency and by lead of the actions the round asks about. Queries: actions,
    lead agencies, lead people, leads' memberships, updates with statuses."""
    actions = plan_actions(review_round.plan)
    by_lead = actions_by_lead(review_round.plan, actions)
    updates = updates_by_action(review_round)
    overall = Tally("All actions")
    agencies: dict[int, Tally] = {}
    rows = []
    not_asked = 0
    for action in actions:
        update = updates.get(action.pk)
        rows.append((action, update, action.is_overdue(on)))
        if not is_asked(action, update):
            not_asked += 1
            continue
        overall.count(update)
        lead_agencies: list[Agency | None] = list(action.lead_agencies.all())
        for agency in lead_agencies or [None]:
            key = agency.pk if agency else 0
            name = str(agency) if agency else "No lead agency named"
            agencies.setdefault(key, Tally(name)).count(update)
    leads = []
    led = set()
    for lead in by_lead.values():
        tally = Tally(lead.person.name or lead.person.email, person_pk=lead.person.pk)
        for action in lead.actions:
            led.add(action.pk)
            if is_asked(action, updates.get(action.pk)):
                tally.count(updates.get(action.pk))
        if tally.total:
            leads.append(tally)
    leads.sort(key=lambda t: t.name.lower())
    nobody = Tally(NOBODY_TO_ASK)
    for action, update, _ in rows:
        if action.pk not in led and is_asked(action, update):
            nobody.count(update)
    if nobody.total:
        leads.append(nobody)
    return RoundSummary(
        overall=overall,
        by_agency=sorted(agencies.values(), key=lambda t: t.name.lower()),
        by_lead=leads,
        rows=rows,
        not_asked=not_asked,
        left_action_ids={
            a.pk for a in actions if any(getattr(p, "has_left", False) for p in a.lead_people.all())
        },
    )


@dataclass
class RemindersSent:
    """The leads the scheduler reminded on one day, before or after the round closed."""

    sent_on: dt.date
    after_close: bool
    names: list[str]


def reminders_sent(review_round: ReviewRound) -> list[RemindersSent]:
    """The reminders sent to leads about the round, by day, oldest first. One query."""
    kinds = [ReminderLog.Kind.BEFORE_CLOSE, ReminderLog.Kind.AFTER_CLOSE]
    sent: dict[tuple[dt.date, str], RemindersSent] = {}
    for log in (
        ReminderLog.objects.filter(round=review_round, kind__in=kinds)
        .select_related("person")
        .order_by("sent_on", "kind", "person__name")
    ):
        key = (log.sent_on, log.kind)
        after = log.kind == ReminderLog.Kind.AFTER_CLOSE
        sent.setdefault(key, RemindersSent(log.sent_on, after, [])).names.append(
            log.person.name or log.person.email
        )
    return list(sent.values())


def reminders_start(review_round: ReviewRound) -> dt.date:
    """The first day the scheduler reminds leads with updates outstanding."""
    return review_round.closes_on - dt.timedelta(days=review_round.remind_days_before)
