"""Reminders of death review actions that fall due: in each person's one message of the day.

An action of a review not yet signed off is "due soon" 30 days before its target date and
"overdue" after it. The coordinators of its partnership hear of it once for each, and so do
its lead people when their role may see reviews (reviews are sensitive: nobody else is told).
Each reminder is logged (`ActionReminder`, unique per action, person and kind), so nothing is
sent twice; see accounts/notifications.py for how the day's message is put together.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from dataclasses import dataclass
from functools import partial

from django.conf import settings
from django.template.loader import render_to_string

from cairn.accounts.models import Membership, Role, User
from cairn.accounts.notifications import Kind, Reminder, reminder_source
from cairn.deathreviews.models import ActionReminder, Review, ReviewAccess
from cairn.deathreviews.reviewing import DUE_SOON_DAYS
from cairn.plans.models import DUE_BY_DATE_KINDS, Action, Plan


@dataclass
class Due:
    action: Action
    review: Review
    kind: str

    @property
    def label(self) -> str:
        return ActionReminder.Kind(self.kind).label.lower()


def mailed_on(today: dt.date) -> set[tuple[int, str]]:
    people = ActionReminder.objects.filter(sent_on=today).values_list("person_id", flat=True)
    return {(person_id, Kind.REMINDER) for person_id in people}


def due_actions(today: dt.date) -> list[Due]:
    """Every open action of a review whose target date is past or within 30 days."""
    actions = (
        Action.objects.filter(
            theme__plan__kind=Plan.Kind.REVIEW,
            theme__plan__deletion__isnull=True,
            theme__plan__partnership__deactivated_at__isnull=True,
            objective__recommendation__isnull=False,
            sign_off__isnull=True,
            deadline_kind__in=DUE_BY_DATE_KINDS,
            deadline_end__lte=today + dt.timedelta(days=DUE_SOON_DAYS),
        )
        .select_related("objective__recommendation__review", "theme__plan")
        .prefetch_related("lead_people")
        .order_by("deadline_end", "pk")
    )
    found = []
    for action in actions:
        review = action.objective.recommendation.review  # type: ignore[union-attr]
        overdue = action.deadline_end is not None and action.deadline_end < today
        kind = ActionReminder.Kind.OVERDUE if overdue else ActionReminder.Kind.DUE_SOON
        found.append(Due(action, review, kind))
    return found


@reminder_source("death review actions", mailed_on=mailed_on)
def review_action_reminders(today: dt.date) -> list[Reminder]:
    due = due_actions(today)
    if not due:
        return []
    partnerships = {d.review.partnership_id for d in due}
    memberships = Membership.objects.active().filter(partnership_id__in=partnerships)
    roles = {(m.partnership_id, m.user_id): m.role for m in memberships}
    readers = {
        a.partnership_id: set(a.roles)
        for a in ReviewAccess.objects.filter(partnership_id__in=partnerships)
    }
    coordinators: dict[int, list[User]] = defaultdict(list)
    for m in memberships.filter(role=Role.COORDINATOR).select_related("user"):
        coordinators[m.partnership_id].append(m.user)
    already = set(
        ActionReminder.objects.filter(action__in=[d.action for d in due]).values_list(
            "action_id", "person_id", "kind"
        )
    )
    items: dict[int, list[Due]] = defaultdict(list)
    people: dict[int, User] = {}
    for item in due:
        partnership_id = item.review.partnership_id
        leads = [
            p
            for p in item.action.lead_people.all()
            if roles.get((partnership_id, p.pk)) in readers.get(partnership_id, set())
        ]
        for person in [*coordinators[partnership_id], *leads]:
            if (item.action.pk, person.pk, item.kind) not in already and item not in items[
                person.pk
            ]:
                people[person.pk] = person
                items[person.pk].append(item)
    return [
        Reminder(
            people[person_id],
            Kind.REMINDER,
            f"{len(person_items)} death review action{'s' if len(person_items) != 1 else ''} due",
            render_to_string(
                "deathreviews/email/reminder.txt",
                {"items": person_items, "site_url": settings.SITE_URL},
            ),
            partial(_log, person_id, person_items),
        )
        for person_id, person_items in items.items()
    ]


def _log(person_id: int, items: list[Due], today: dt.date) -> None:
    ActionReminder.objects.bulk_create(
        [
            ActionReminder(action=i.action, person_id=person_id, kind=i.kind, sent_on=today)
            for i in items
        ]
    )
