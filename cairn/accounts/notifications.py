"""Every email Cairn sends, and the daily reminders every app shares.

`send_email()` is the one way Cairn writes to a person: a plain-text message from a
template, given the person, the site's address and its sign-in page, through whichever
mail backend is set (SMTP, GOV.UK Notify, ...). Invitations, sign-in notices, a round's
update requests and chases, and the reminders below all go through it.

**Reminders.** An app registers a source of reminders in its `tasks` module:

    @reminder_source("review rounds")
    def round_reminders(today: dt.date) -> list[Reminder]: ...

Once a day (the scheduler enqueues `accounts.tasks.send_due_reminders` often; that is safe)
every source says what is due. Each person then gets **one** message with all of it: a lead
who is also a data contributor hears of their actions and their data returns together, and a
coordinator gets one digest of whom Cairn reminded. Each source records what it sent (its
own log, with a unique constraint), so nothing is sent twice, and a person already reminded
today hears of anything new tomorrow.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass, field

from django.conf import settings
from django.core.mail import EmailMessage
from django.db import IntegrityError, transaction
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils.module_loading import autodiscover_modules

from cairn.accounts.models import User


def send_email(person: User, subject: str, template: str, context: dict | None = None) -> None:
    """One plain-text message to one person, from `template` (a path such as
    "reviews/email/chase.txt"), which may use `person`, `site_url` and `sign_in_url`."""
    body = render_to_string(template, {**common_context(person), **(context or {})})
    EmailMessage(subject=subject, body=body, to=[person.email]).send()


def common_context(person: User) -> dict:
    return {
        "person": person,
        "site_url": settings.SITE_URL,
        "sign_in_url": f"{settings.SITE_URL}{reverse('accounts:sign_in')}",
    }


class Kind:
    REMINDER = "reminder"  # to the person who owes something
    DIGEST = "digest"  # to a coordinator: whom Cairn reminded


@dataclass
class Reminder:
    """One source's part of one person's message of the day."""

    person: User
    kind: str  # Kind.REMINDER or Kind.DIGEST
    summary: str  # for the subject: "2 actions need your update"
    text: str  # the part of the message, rendered by the source
    record: Callable[[dt.date], None] = field(repr=False)
    """Log it as sent on that day; raises IntegrityError if another run already did."""


@dataclass(frozen=True)
class Source:
    name: str
    due: Callable[[dt.date], list[Reminder]]
    mailed_on: Callable[[dt.date], set[tuple[int, str]]]
    """(person id, kind) of each message this source had a part in on that day."""


_SOURCES: dict[str, Source] = {}


def reminder_source(
    name: str, mailed_on: Callable[[dt.date], set[tuple[int, str]]]
) -> Callable[[Callable[[dt.date], list[Reminder]]], Callable[[dt.date], list[Reminder]]]:
    def register(due: Callable[[dt.date], list[Reminder]]) -> Callable[[dt.date], list[Reminder]]:
        _SOURCES[name] = Source(name, due, mailed_on)
        return due

    return register


def sources() -> list[Source]:
    autodiscover_modules("tasks")
    return [_SOURCES[name] for name in sorted(_SOURCES)]


SUBJECTS = {Kind.REMINDER: "Reminder: {}", Kind.DIGEST: "Cairn reminders sent: {}"}
TEMPLATES = {
    Kind.REMINDER: "accounts/email/reminders.txt",
    Kind.DIGEST: "accounts/email/digest.txt",
}


def send_reminders(today: dt.date) -> int:
    """Send what every source has due today: one message per person and kind (reminder or
    digest). Returns the messages sent."""
    everything = sources()
    mailed_today = set().union(*(source.mailed_on(today) for source in everything))
    batches: dict[tuple[int, str], list[Reminder]] = defaultdict(list)
    for source in everything:
        for reminder in source.due(today):
            if (reminder.person.pk, reminder.kind) not in mailed_today:
                batches[(reminder.person.pk, reminder.kind)].append(reminder)
    sent = 0
    for (_, kind), reminders in batches.items():
        try:
            with transaction.atomic():
                for reminder in reminders:
                    reminder.record(today)
                send_email(
                    reminders[0].person,
                    SUBJECTS[kind].format("; ".join(r.summary for r in reminders)),
                    TEMPLATES[kind],
                    {"parts": [r.text for r in reminders]},
                )
        except IntegrityError:
            continue  # another run of this job got there first
        sent += 1
    return sent
