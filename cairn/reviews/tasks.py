"""Background work of review rounds: plain functions taking ids, run by the task worker.

Views enqueue them once their transaction commits (`cairn db_worker` runs them; the task
row waits in the database while the worker is down, so no mail is lost). The scheduler
(`cairn schedule`) enqueues `send_due_reminders` every few minutes; it is safe to run as
often as that because each reminder is logged once (ReminderLog's unique constraint).
Tests call the functions directly: `send_due_reminders.call("2016-09-23")`.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from dataclasses import dataclass

from django.conf import settings
from django.db import IntegrityError, transaction
from django.tasks import task
from django.urls import reverse
from django.utils import timezone

from cairn.accounts.models import Membership, Role, User
from cairn.lib.periodic import periodic
from cairn.plans.models import Action
from cairn.reviews import mail
from cairn.reviews.leads import LeadActions, actions_by_lead, outstanding_by_lead
from cairn.reviews.models import ReminderLog, ReviewRound


@task
def send_round_invitations(round_id: int) -> int:
    """Ask each lead, in one email, to update their actions in the round. Returns mails sent."""
    review_round = ReviewRound.objects.select_related("plan__partnership").get(pk=round_id)
    if not review_round.accepts_updates:
        return 0
    sent = 0
    for lead in actions_by_lead(review_round.plan).values():
        actions = [a for a in lead.actions if not a.is_finished]
        if not actions:
            continue
        mail.send(
            lead.person,
            f"Please update your actions: {review_round.period} review of "
            f"{review_round.plan.title}",
            "invitation",
            {
                "round": review_round,
                "actions": actions,
                "link_days": settings.SESAME_MAX_AGE // (24 * 3600),
            },
            round_ids=[review_round.pk],
        )
        sent += 1
    return sent


@task
def chase_outstanding(round_id: int) -> int:
    """One email to each lead with updates still outstanding. Returns mails sent."""
    review_round = ReviewRound.objects.select_related("plan__partnership", "opened_by").get(
        pk=round_id
    )
    if not review_round.accepts_updates:
        return 0
    sent = 0
    for lead in outstanding_by_lead(review_round).values():
        mail.send(
            lead.person,
            f"Reminder: your update for the {review_round.period} review is outstanding",
            "chase",
            {"round": review_round, "actions": lead.actions},
            round_ids=[review_round.pk],
        )
        sent += 1
    return sent


@dataclass
class ReminderItem:
    round: ReviewRound
    kind: str
    actions: list[Action]

    @property
    def after_close(self) -> bool:
        return self.kind == ReminderLog.Kind.AFTER_CLOSE


@dataclass
class DigestItem:
    round: ReviewRound
    kind: str
    leads: list[LeadActions]

    @property
    def after_close(self) -> bool:
        return self.kind == ReminderLog.Kind.DIGEST_AFTER_CLOSE

    @property
    def path(self) -> str:
        return reverse("reviews:round", args=[self.round.pk])


@task
def send_due_reminders(day: str | None = None) -> int:
    """Send the reminders due on `day` (ISO date; today by default). Returns mails sent.

    A round still open reminds its leads with updates outstanding once when it comes within
    `remind_days_before` days of closing, and once more after its close date. All of a
    person's reminders due in a day go in one message; a person already reminded today
    hears of anything new tomorrow. Each coordinator gets one digest a day of who was
    reminded. Nobody is mailed about nothing.
    """
    today = dt.date.fromisoformat(day) if day else timezone.localdate()
    reminders: dict[int, list[ReminderItem]] = defaultdict(list)
    digests: dict[int, list[DigestItem]] = defaultdict(list)
    people: dict[int, User] = {}
    for review_round, lead_kind, digest_kind in _rounds_due(today):
        already = set(
            ReminderLog.objects.filter(round=review_round, kind=lead_kind).values_list(
                "person_id", flat=True
            )
        )
        leads = [
            lead
            for person_id, lead in outstanding_by_lead(review_round).items()
            if person_id not in already
        ]
        for lead in leads:
            people[lead.person.pk] = lead.person
            reminders[lead.person.pk].append(ReminderItem(review_round, lead_kind, lead.actions))
        if leads:
            for coordinator in _coordinators(review_round):
                people[coordinator.pk] = coordinator
                digests[coordinator.pk].append(DigestItem(review_round, digest_kind, leads))
    sent = _send_batched(reminders, people, today, "reminder", _reminder_subject)
    sent += _send_batched(digests, people, today, "digest", _digest_subject)
    return sent


@periodic("reminders")
def enqueue_reminders() -> str:
    today = timezone.localdate().isoformat()
    send_due_reminders.enqueue(today)
    return f"reminders for {today}"


def _rounds_due(today: dt.date):
    for review_round in ReviewRound.objects.filter(
        state=ReviewRound.State.OPEN, opens_on__lte=today
    ).select_related("plan__partnership"):
        if review_round.is_past_close(today):
            yield review_round, ReminderLog.Kind.AFTER_CLOSE, ReminderLog.Kind.DIGEST_AFTER_CLOSE
        elif today >= review_round.closes_on - dt.timedelta(days=review_round.remind_days_before):
            yield (
                review_round,
                ReminderLog.Kind.BEFORE_CLOSE,
                ReminderLog.Kind.DIGEST_BEFORE_CLOSE,
            )


def _coordinators(review_round: ReviewRound) -> list[User]:
    return [
        m.user
        for m in Membership.objects.active()
        .filter(partnership_id=review_round.plan.partnership_id, role=Role.COORDINATOR)
        .select_related("user")
    ]


def _send_batched(batches, people, today, template, subject) -> int:
    """One message per person per day: log every item, then send; a failed send rolls the
    logs back so the next run tries again."""
    kinds = {item.kind for items in batches.values() for item in items}
    mailed_today = set(
        ReminderLog.objects.filter(sent_on=today, kind__in=kinds).values_list(
            "person_id", flat=True
        )
    )
    sent = 0
    for person_id, items in batches.items():
        if person_id in mailed_today:
            continue
        try:
            with transaction.atomic():
                for item in items:
                    ReminderLog.objects.create(
                        person_id=person_id,
                        round=item.round,
                        kind=item.kind,
                        sent_on=today,
                        action_count=len(getattr(item, "actions", getattr(item, "leads", []))),
                    )
                mail.send(
                    people[person_id],
                    subject(items),
                    template,
                    {"items": items},
                    round_ids=[item.round.pk for item in items],
                )
        except IntegrityError:
            continue  # another run of this job got there first
        sent += 1
    return sent


def _reminder_subject(items: list[ReminderItem]) -> str:
    count = sum(len(item.actions) for item in items)
    noun = "action needs" if count == 1 else "actions need"
    return f"Reminder: {count} {noun} your update"


def _digest_subject(items: list[DigestItem]) -> str:
    count = len({lead.person.pk for item in items for lead in item.leads})
    return f"Review rounds: {count} lead{'s' if count != 1 else ''} reminded today"
