"""Who is asked for what in a round, and how far they have got.

Every function reads in a fixed number of queries, whatever the size of the plan:
the round page, the reminders and the chase all use them.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from django.db import connection, transaction
from django.db.models import (
    Case,
    CharField,
    Count,
    Exists,
    F,
    OuterRef,
    Q,
    QuerySet,
    Subquery,
    Value,
    When,
)

from cairn.accounts.models import Membership, Role, User
from cairn.plans.deadlines import Deadline
from cairn.plans.models import Action, Plan, Status
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

    def add(self, bucket: str, count: int) -> None:
        setattr(self, bucket, getattr(self, bucket) + count)


@dataclass
class RoundSummary:
    overall: Tally
    """Each action the round asks about counted once."""
    by_agency: list[Tally]
    """Each lead agency: an action with two lead agencies counts once in each (the rows can
    add up to more than `overall`); actions with none are under "No lead agency named"."""
    by_lead: list[Tally]
    """Each lead, then (if any) the actions with nobody in Cairn to ask, with no person_pk.
    Like the agencies, an action with two leads counts once for each."""
    rows: list[tuple[Action, UpdateState | None, bool]]
    """(action, its update's state in the round or None, overdue)"""
    not_asked: int = 0
    """Actions already finished before the round, which it does not ask about"""
    left_action_ids: set[int] = field(default_factory=set)
    """Actions named on a lead who has left the partnership: to reassign"""


NOBODY_TO_ASK = "Nobody to ask: no lead in Cairn"
NO_LEAD_AGENCY = "No lead agency named"
BUCKETS = ("updated", "draft", "outstanding")
NOT_ASKED = "not_asked"


@dataclass(frozen=True)
class UpdateState:
    """An action's update in the round, as the round page shows it: its state alone (one
    per state, shared by every row in it, rather than a model instance per update)."""

    state: str

    def get_state_display(self) -> str:
        return str(Update.State(self.state).label)


UPDATE_STATES = {state: UpdateState(state) for state in Update.State.values}


def round_summary(review_round: ReviewRound, on: dt.date) -> RoundSummary:
    """Counts by agency and by lead of the actions the round asks about, counted by the
    database. Queries, whatever the size of the plan: 1 actions with statuses, each with
    its update's state and bucket in the round, whether it names a lead agency and whether
    a lead who has left is named (the totals are counted from these rows), 2 by lead
    agency, 3 by lead (each person's named and agency actions, once each, with names)."""
    plan = review_round.plan
    departed = Action.lead_people.through.objects.filter(
        action_id=OuterRef("pk"), user__in=_departed(plan).values("user_id")
    )
    lead_tables = Action.lead_agencies.through.objects
    actions = list(
        with_bucket(Action.objects.filter(theme__plan=plan), review_round)
        .select_related("status")
        .annotate(
            led_by_leaver=Exists(departed),
            # One lead agency's id, or none: a per-action index lookup. (EXISTS here lets
            # PostgreSQL hash the whole lead agency table instead, 74,000 rows nationally.)
            an_agency=Subquery(lead_tables.filter(action_id=OuterRef("pk")).values("pk")[:1]),
        )
        .in_tree_order()
    )
    rows = [(a, UPDATE_STATES.get(a.round_state), a.is_overdue(on)) for a in actions]  # type: ignore[attr-defined]
    overall, no_agency = Tally("All actions"), Tally(NO_LEAD_AGENCY)
    for action in actions:
        bucket = action.bucket  # type: ignore[attr-defined]
        if bucket != NOT_ASKED:
            overall.add(bucket, 1)
            if action.an_agency is None:  # type: ignore[attr-defined]
                no_agency.add(bucket, 1)
    return RoundSummary(
        overall=overall,
        by_agency=_by_agency(review_round) + ([no_agency] if no_agency.total else []),
        by_lead=_by_lead(review_round),
        rows=rows,
        not_asked=sum(action.bucket == NOT_ASKED for action in actions),  # type: ignore[attr-defined]
        left_action_ids={a.pk for a in actions if a.led_by_leaver},  # type: ignore[attr-defined]
    )


def with_bucket(queryset: QuerySet, review_round: ReviewRound, via: str = "") -> QuerySet:
    """Rows annotated with their action's `bucket` in the round, as SQL: "updated" (given),
    "draft", "outstanding" (none yet, or returned), or "not_asked" (finished before the round
    and not updated since). `via` reaches the action from another table, e.g. "action__"."""
    action_id = f"{via}id" if via else "pk"
    state = Update.all_objects.filter(round=review_round, action_id=OuterRef(action_id))
    finished = Q(**{f"{via}status__category__in": Status.FINISHED_CATEGORIES}) | Q(
        **{f"{via}deadline_kind": Deadline.Kind.DONE}
    )
    # No ordering: Update.Meta.ordering would join actions and rounds into every lookup.
    return queryset.annotate(round_state=Subquery(state.order_by().values("state")[:1])).annotate(
        bucket=Case(
            When(round_state__in=Update.DONE_STATES, then=Value("updated")),
            When(round_state=Update.State.DRAFT, then=Value("draft")),
            When(Q(round_state__isnull=False) | ~finished, then=Value("outstanding")),
            default=Value(NOT_ASKED),
            output_field=CharField(),
        )
    )


def _departed(plan: Plan) -> QuerySet:
    """Memberships of people who have left the plan's partnership."""
    return Membership.objects.filter(
        partnership_id=plan.partnership_id, deactivated_at__isnull=False
    )


def _by_agency(review_round: ReviewRound) -> list[Tally]:
    """Each lead agency's actions in the round: one GROUP BY over the lead agency table."""
    plan = review_round.plan
    tallies: dict[int, Tally] = {}
    rows = (
        with_bucket(
            Action.lead_agencies.through.objects.filter(
                action__theme__plan=plan, action__deletion__isnull=True
            ),
            review_round,
            via="action__",
        )
        .values("agency_id", "agency__name", "agency__short_name", "bucket")
        .annotate(n=Count("pk"))
        .order_by()
    )
    for row in rows:
        if row["bucket"] == NOT_ASKED:
            continue
        name = row["agency__short_name"] or row["agency__name"]
        tallies.setdefault(row["agency_id"], Tally(name)).add(row["bucket"], row["n"])
    return sorted(tallies.values(), key=lambda t: t.name.lower())


def lead_pairs(plan: Plan) -> QuerySet:
    """(person, led): each person the plan's rounds ask, with each action they are asked
    about, once: named as a lead (active, still in the partnership) or a lead of a lead
    agency. A UNION, so an action naming both a person and their agency is one pair."""
    named = (
        Action.lead_people.through.objects.filter(
            action__theme__plan=plan, action__deletion__isnull=True, user__is_active=True
        )
        .exclude(Exists(_departed(plan).filter(user_id=OuterRef("user_id"))))
        .annotate(person=F("user_id"), led=F("action_id"))
        .values("person", "led")
        .order_by()
    )
    by_agency = (
        Membership.objects.active()
        .filter(
            partnership_id=plan.partnership_id,
            role=Role.LEAD,
            agency__led_actions__theme__plan=plan,
            agency__led_actions__deletion__isnull=True,
        )
        .annotate(person=F("user_id"), led=F("agency__led_actions__id"))
        .values("person", "led")
        .order_by()
    )
    return named.union(by_agency)


def _by_lead(review_round: ReviewRound) -> list[Tally]:
    """Each lead's actions in the round, and those with nobody to ask: one query, grouping
    the round's actions joined to `lead_pairs` (which Django cannot group over itself)."""
    asked = (
        with_bucket(Action.objects.filter(theme__plan=review_round.plan), review_round)
        .values("id", "bucket")
        .order_by()
    )
    asked_sql, asked_params = asked.query.sql_with_params()
    pairs_sql, pairs_params = lead_pairs(review_round.plan).query.sql_with_params()
    people = connection.ops.quote_name(User._meta.db_table)
    sql = f"""
        SELECT lead_pair.person, person.name, person.email, asked.bucket, COUNT(*)
        FROM ({asked_sql}) asked
        LEFT JOIN ({pairs_sql}) lead_pair ON lead_pair.led = asked.id
        LEFT JOIN {people} person ON person.id = lead_pair.person
        WHERE asked.bucket <> %s
        GROUP BY lead_pair.person, person.name, person.email, asked.bucket
    """
    tallies: dict[int, Tally] = {}
    nobody = Tally(NOBODY_TO_ASK)
    with connection.cursor() as cursor:
        cursor.execute(sql, [*asked_params, *pairs_params, NOT_ASKED])
        for person_pk, name, email, bucket, n in cursor.fetchall():
            if person_pk is None:
                nobody.add(bucket, n)
                continue
            tally = tallies.setdefault(person_pk, Tally(name or email, person_pk=person_pk))
            tally.add(bucket, n)
    leads = sorted(tallies.values(), key=lambda t: t.name.lower())
    return leads + ([nobody] if nobody.total else [])


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
