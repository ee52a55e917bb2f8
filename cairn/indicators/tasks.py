"""Background work of indicators: reminders about data returns, in the daily message.

A source of accounts/notifications.py: each day `accounts.tasks.send_due_reminders` (run by
the task worker, enqueued by `cairn schedule`) asks `return_reminders` what is due, and puts
it in each person's one message of the day, beside any review round reminders.

A return is due within ON_TIME_DAYS of its period's end. While it is missing (or was
returned for changes), the agency's data contributors are reminded once before it is due
(from the partnership's `remind_days_before`, a week unless set) and once more after (from
`remind_days_after` past the due date, the next day unless set: IndicatorSettings); the
coordinators get a digest line for each, which also names returns that have nobody in Cairn
to remind. Returns due more than a year ago are left to the completeness table.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from dataclasses import dataclass
from functools import partial

from django.template.loader import render_to_string

from cairn.accounts.models import Agency, Membership, Role, User
from cairn.accounts.notifications import Kind, Reminder, common_context, reminder_source
from cairn.indicators.models import DataReturn, DataSet, IndicatorSettings, ReturnReminder
from cairn.indicators.periods import Period
from cairn.indicators.returns import ON_TIME_DAYS

LOOK_BACK = dt.timedelta(days=365)
DIGEST_KIND = {
    ReturnReminder.Kind.BEFORE_DUE: ReturnReminder.Kind.DIGEST_BEFORE_DUE,
    ReturnReminder.Kind.OVERDUE: ReturnReminder.Kind.DIGEST_OVERDUE,
}


@dataclass(frozen=True)
class Owed:
    """One agency's return for one period, not in (or sent back), and due soon or overdue."""

    data_set: DataSet
    agency: Agency
    period: Period
    due_on: dt.date
    kind: str  # ReturnReminder.Kind.BEFORE_DUE or OVERDUE
    returned: bool  # sent back for changes
    contributors: tuple[str, ...] = ()  # names of those reminded (for the digest)

    @property
    def overdue(self) -> bool:
        return self.kind == ReturnReminder.Kind.OVERDUE


def returns_mailed_on(day: dt.date) -> set[tuple[int, str]]:
    return {
        (person_id, Kind.DIGEST if kind in DIGEST_KIND.values() else Kind.REMINDER)
        for person_id, kind in ReturnReminder.objects.filter(sent_on=day).values_list(
            "person_id", "kind"
        )
    }


@reminder_source("data returns", mailed_on=returns_mailed_on)
def return_reminders(today: dt.date) -> list[Reminder]:
    """What data contributors and coordinators are to be told today about data returns.
    Queries: data sets, their agencies, returns, earlier reminders, memberships."""
    owed = returns_owed(today)
    if not owed:
        return []
    partnership_ids = {o.data_set.partnership_id for o in owed}
    members = (
        Membership.objects.active()
        .filter(partnership_id__in=partnership_ids)
        .filter(role__in=[Role.DATA_CONTRIBUTOR, Role.COORDINATOR])
        .select_related("user", "partnership")
    )
    contributors: dict[tuple[int, int], list[User]] = defaultdict(list)
    coordinators: dict[int, list[User]] = defaultdict(list)
    for member in members:
        if member.role == Role.COORDINATOR:
            coordinators[member.partnership_id].append(member.user)
        elif member.agency_id is not None:
            contributors[(member.partnership_id, member.agency_id)].append(member.user)
    sent = set(
        ReturnReminder.objects.filter(data_set__in={o.data_set.pk for o in owed}).values_list(
            "person_id", "data_set_id", "agency_id", "period", "kind"
        )
    )

    def not_yet(person: User, item: Owed, kind: str) -> bool:
        return (person.pk, item.data_set.pk, item.agency.pk, item.period.label, kind) not in sent

    to_remind: dict[int, list[Owed]] = defaultdict(list)
    to_digest: dict[int, list[Owed]] = defaultdict(list)
    people: dict[int, User] = {}
    for item in owed:
        reminded = []
        for person in contributors[(item.data_set.partnership_id, item.agency.pk)]:
            if not_yet(person, item, item.kind):
                to_remind[person.pk].append(item)
                people[person.pk] = person
                reminded.append(person.name or person.email)
        for person in coordinators[item.data_set.partnership_id]:
            if not_yet(person, item, DIGEST_KIND[item.kind]):
                to_digest[person.pk].append(_with(item, reminded))
                people[person.pk] = person
    return _messages(to_remind, to_digest, people)


def _messages(
    to_remind: dict[int, list[Owed]], to_digest: dict[int, list[Owed]], people: dict[int, User]
) -> list[Reminder]:
    """A reminder per data contributor, and a digest per coordinator."""
    found = []
    for person_id, items in to_remind.items():
        count = len(items)
        found.append(
            Reminder(
                people[person_id],
                Kind.REMINDER,
                f"{count} data return{' is' if count == 1 else 's are'} due",
                _render(people[person_id], "return_reminder", items),
                partial(_log, people[person_id], items, digest=False),
            )
        )
    for person_id, items in to_digest.items():
        agencies = len({(o.data_set.partnership_id, o.agency.pk) for o in items})
        found.append(
            Reminder(
                people[person_id],
                Kind.DIGEST,
                f"{agencies} agenc{'y' if agencies == 1 else 'ies'} owing data returns",
                _render(people[person_id], "return_digest", items),
                partial(_log, people[person_id], items, digest=True),
            )
        )
    return found


def returns_owed(today: dt.date) -> list[Owed]:
    """Every return due within the partnership's days before, or overdue for less than LOOK_BACK,
    that is missing or was sent back, in active partnerships."""
    data_sets = list(
        DataSet.objects.filter(partnership__deactivated_at__isnull=True)
        .select_related("partnership")
        .prefetch_related("agencies")
    )
    chosen = {
        s.partnership_id: s
        for s in IndicatorSettings.objects.filter(
            partnership__in={d.partnership_id for d in data_sets}
        )
    }
    windows: dict[int, list[tuple[Period, dt.date, str]]] = {}
    for data_set in data_sets:
        timing = chosen.get(data_set.partnership_id) or IndicatorSettings()
        windows[data_set.pk] = [
            (period, due_on, kind)
            for period in data_set.periods_until(today)
            if today - LOOK_BACK <= (due_on := period.ends_on + dt.timedelta(days=ON_TIME_DAYS))
            and (kind := _reminder_kind(today, due_on, timing))
        ]
    labels = {period.label for found in windows.values() for period, _, _ in found}
    states = {
        (data_set_id, agency_id, period): state
        for data_set_id, agency_id, period, state in DataReturn.objects.filter(
            data_set__in=data_sets, period__in=labels
        ).values_list("data_set_id", "agency_id", "period", "state")
    }
    owed = []
    for data_set in data_sets:
        for period, due_on, kind in windows[data_set.pk]:
            for agency in data_set.agencies.all():
                if agency.archived_at is not None:
                    continue
                state = states.get((data_set.pk, agency.pk, period.label))
                if state in (None, DataReturn.State.RETURNED):
                    returned = state == DataReturn.State.RETURNED
                    owed.append(Owed(data_set, agency, period, due_on, kind, returned))
    return owed


def _reminder_kind(today: dt.date, due_on: dt.date, timing: IndicatorSettings) -> str:
    """BEFORE_DUE in the days before the due date, OVERDUE from `remind_days_after` past it,
    or "" (nothing to say yet, or no longer)."""
    if due_on - dt.timedelta(days=timing.remind_days_before) <= today <= due_on:
        return ReturnReminder.Kind.BEFORE_DUE
    if today >= due_on + dt.timedelta(days=timing.remind_days_after):
        return ReturnReminder.Kind.OVERDUE
    return ""


def _with(item: Owed, reminded: list[str]) -> Owed:
    return Owed(
        item.data_set, item.agency, item.period, item.due_on, item.kind, item.returned,
        tuple(reminded),
    )  # fmt: skip


def _render(person: User, template: str, items: list[Owed]) -> str:
    by_partnership: dict[int, list[Owed]] = defaultdict(list)
    for item in items:
        by_partnership[item.data_set.partnership_id].append(item)
    groups = [(group[0].data_set.partnership, group) for group in by_partnership.values()]
    return render_to_string(
        f"indicators/email/{template}.txt", {**common_context(person), "groups": groups}
    )


def _log(person: User, items: list[Owed], today: dt.date, *, digest: bool) -> None:
    for item in items:
        ReturnReminder.objects.create(
            person=person,
            data_set=item.data_set,
            agency=item.agency,
            period=item.period.label,
            kind=DIGEST_KIND[item.kind] if digest else item.kind,
            sent_on=today,
        )
