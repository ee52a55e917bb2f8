"""Background work of review rounds: plain functions taking ids, run by the task worker.

Views enqueue them once their transaction commits (`cairn db_worker` runs them; the task
row waits in the database while the worker is down, so no mail is lost). Reminders are
a source of accounts/notifications.py (`round_reminders`): the scheduler enqueues
`accounts.tasks.send_due_reminders` every few minutes, which sends each person one message
a day with every app's reminders; it is safe to run as often as that because each reminder
is logged once (ReminderLog's unique constraint). Tests call the functions directly:
`send_due_reminders.call("2016-09-23")`.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from dataclasses import dataclass
from functools import partial

from django.conf import settings
from django.tasks import task
from django.urls import reverse

from cairn.accounts.models import Membership, Role, User
from cairn.accounts.notifications import Kind, Reminder, reminder_source
from cairn.accounts.tasks import send_due_reminders  # noqa: F401 (it was here; tests import it)
from cairn.plans.models import Action
from cairn.reviews import mail
from cairn.reviews.chasing import chase_context, chase_subject
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
def chase_outstanding(round_id: int, person_ids: list[int] | None = None) -> int:
    """One email to each lead with updates still outstanding (only those of `person_ids`,
    when given): the email the coordinator read on the chase page. Returns mails sent."""
    review_round = ReviewRound.objects.select_related("plan__partnership", "opened_by").get(
        pk=round_id
    )
    if not review_round.accepts_updates:
        return 0
    sent = 0
    for person_id, lead in outstanding_by_lead(review_round).items():
        if person_ids is not None and person_id not in person_ids:
            continue
        mail.send(
            lead.person,
            chase_subject(review_round),
            "chase",
            chase_context(review_round, lead),
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


def rounds_mailed_on(day: dt.date) -> set[tuple[int, str]]:
    """Who had a round reminder or digest on `day` (accounts/notifications.py asks)."""
    return {
        (person_id, Kind.DIGEST if kind in DIGEST_KINDS else Kind.REMINDER)
        for person_id, kind in ReminderLog.objects.filter(sent_on=day).values_list(
            "person_id", "kind"
        )
    }


DIGEST_KINDS = {ReminderLog.Kind.DIGEST_BEFORE_CLOSE, ReminderLog.Kind.DIGEST_AFTER_CLOSE}


@reminder_source("review rounds", mailed_on=rounds_mailed_on)
def round_reminders(today: dt.date) -> list[Reminder]:
    """The reminders of review rounds due on `today`, sent by accounts.tasks.send_due_reminders
    in each person's one message of the day.

    A round still open reminds its leads with updates outstanding once when it comes within
    `remind_days_before` days of closing, and once more after its close date. All of a
    person's rounds go in one part. Each coordinator gets a digest of who was reminded.
    Nobody is told about nothing.
    """
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
    found = []
    for person_id, items in reminders.items():
        person = people[person_id]
        found.append(
            Reminder(
                person,
                Kind.REMINDER,
                _reminder_summary(items),
                mail.render(person, "reminder", {"items": items}, [i.round.pk for i in items]),
                partial(_log, person_id, items),
            )
        )
    for person_id, digest_items in digests.items():
        person = people[person_id]
        found.append(
            Reminder(
                person,
                Kind.DIGEST,
                _digest_summary(digest_items),
                mail.render(person, "digest", {"items": digest_items}),
                partial(_log, person_id, digest_items),
            )
        )
    return found


def _log(person_id: int, items: list[ReminderItem] | list[DigestItem], today: dt.date) -> None:
    for item in items:
        ReminderLog.objects.create(
            person_id=person_id,
            round=item.round,
            kind=item.kind,
            sent_on=today,
            action_count=len(item.actions if isinstance(item, ReminderItem) else item.leads),
        )


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


def _reminder_summary(items: list[ReminderItem]) -> str:
    count = sum(len(item.actions) for item in items)
    noun = "action needs" if count == 1 else "actions need"
    return f"{count} {noun} your update"


def _digest_summary(items: list[DigestItem]) -> str:
    count = len({lead.person.pk for item in items for lead in item.leads})
    return f"{count} lead{'s' if count != 1 else ''} reminded about review rounds"
