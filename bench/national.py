"""Every partnership in the country on one Cairn: the data set `bench_pages.py` measures.

Built quickly on PostgreSQL: the rows people make one by one in Cairn (partnerships,
agencies, people, plans, actions, rounds) go in with `bulk_create`; the rows that are many
copies of those (round updates, audit history, the history's lead rows) are made by the
database itself with INSERT ... SELECT over generate_series. National scale:

    300 partnerships, 6,000 agencies, 3,000 people, 300 plans (one of 5,000 actions, the
    others about 184), 60,000 actions, 1,200 review rounds, about 237,000 updates and about
    a million history rows; one action with 500 history records, one with 10,000.

`--scale small` builds a twentieth of it for a quick try.
"""

from __future__ import annotations

import datetime as dt
import random
import time
from dataclasses import dataclass

from django.contrib.auth.hashers import make_password
from django.db import connection, transaction
from django.utils import timezone


@dataclass(frozen=True)
class Scale:
    partnerships: int
    big_plan_actions: int  # partnership 1's plan: "a plan of 5,000 actions"
    actions: int  # in all
    agencies_each: int
    people_each: int
    rounds_each: int
    history_each: int  # action history records per action, besides its creation
    long_history: int  # the action whose page is measured with a long history
    longest_history: int  # "a history of 10,000 records"
    lead_actions: int  # the measured lead's actions (of the big plan)


SCALES = {
    "national": Scale(300, 5000, 60000, 20, 10, 4, 4, 500, 10000, 100),
    "small": Scale(15, 1000, 3000, 20, 10, 4, 4, 500, 2000, 100),
}


@dataclass
class Cast:
    """Who and what the benchmark opens."""

    coordinator_id: int  # of partnership 2 (a typical plan)
    lead_id: int  # of partnership 1, leading `lead_actions` of its big plan
    typical_plan_id: int
    big_plan_id: int
    round_id: int  # the typical plan's open round
    long_history_action_id: int
    longest_history_action_id: int


def log(message: str) -> None:
    print(f"  {time.strftime('%H:%M:%S')} {message}", flush=True)


def build(scale: Scale, seed: int = 14) -> Cast:
    rng = random.Random(seed)
    today = timezone.localdate()
    year_start = dt.date(today.year - 1 if today.month < 4 else today.year, 4, 1)

    with transaction.atomic():
        partnerships, statuses, agencies_of, people_of = _people(scale)
        plans, themes, themes_of, objectives_of = _plans(partnerships, year_start)
        others = scale.actions - scale.big_plan_actions
        sizes = [scale.big_plan_actions] + [
            others // (scale.partnerships - 1) + (1 if n < others % (scale.partnerships - 1) else 0)
            for n in range(scale.partnerships - 1)
        ]
        actions = _actions(scale, plans, sizes, themes_of, objectives_of, statuses, year_start)
        lead = _leads(scale, actions, themes, plans, partnerships, agencies_of, people_of, rng)
        rounds = _rounds(scale, plans, people_of, today, year_start)
        big = plans[0]

    log("updates (by the database)")
    _updates()
    log("audit history (by the database)")
    _history(scale)
    long_history = actions[sizes[0] + 7]  # actions of the typical plan
    longest = actions[sizes[0] + 11]
    _long_history(long_history.pk, scale.long_history)
    _long_history(longest.pk, scale.longest_history)
    with connection.cursor() as cursor:
        cursor.execute("ANALYZE")
    typical = plans[1]
    return Cast(
        coordinator_id=people_of[typical.partnership_id][0].pk,
        lead_id=lead.pk,
        typical_plan_id=typical.pk,
        big_plan_id=big.pk,
        round_id=[r for r in rounds if r.plan_id == typical.pk][-1].pk,
        long_history_action_id=long_history.pk,
        longest_history_action_id=longest.pk,
    )


def _people(scale: Scale):
    """The partnerships, their status schemes, agencies and people."""
    from cairn.accounts.models import Agency, Membership, Partnership, Role, User
    from cairn.plans.models import Status
    from cairn.plans.statuses import create_scheme

    log(f"{scale.partnerships} partnerships, their status schemes, agencies and people")
    partnerships = Partnership.objects.bulk_create(
        Partnership(name=f"Partnership {n:03}", slug=f"partnership-{n:03}")
        for n in range(1, scale.partnerships + 1)
    )
    for partnership in partnerships:
        create_scheme(partnership, "rag")
    statuses = {
        p: list(Status.objects.filter(scheme__partnership=p).values_list("pk", flat=True))
        for p in Partnership.objects.values_list("pk", flat=True)
    }
    agencies = Agency.objects.bulk_create(
        Agency(partnership=p, name=f"Agency {n} of {p.slug}", short_name=f"A{n}")
        for p in partnerships
        for n in range(scale.agencies_each)
    )
    agencies_of = {
        p.pk: agencies[i * scale.agencies_each : (i + 1) * scale.agencies_each]
        for i, p in enumerate(partnerships)
    }
    password = make_password("bench-password-long-enough")
    users = User.objects.bulk_create(
        User(
            email=f"person{n}@{p.slug}.example",
            name=f"Person {n} of {p.name}",
            password=password,
        )
        for p in partnerships
        for n in range(scale.people_each)
    )
    people_of = {
        p.pk: users[i * scale.people_each : (i + 1) * scale.people_each]
        for i, p in enumerate(partnerships)
    }
    roles = [Role.COORDINATOR, Role.VIEWER] + [Role.LEAD] * (scale.people_each - 2)
    Membership.objects.bulk_create(
        Membership(
            user=person,
            partnership=p,
            role=roles[n],
            agency=agencies_of[p.pk][n % scale.agencies_each] if roles[n] == Role.LEAD else None,
        )
        for p in partnerships
        for n, person in enumerate(people_of[p.pk])
    )

    return partnerships, statuses, agencies_of, people_of


def _plans(partnerships, year_start: dt.date):
    """A plan for each partnership, with five themes of two objectives each."""
    from cairn.plans.models import Objective, Plan, Theme

    log("plans, themes, objectives")
    plans = Plan.objects.bulk_create(
        Plan(
            partnership=p,
            title=f"Domestic abuse action plan {year_start.year}/{year_start.year % 100 + 1}",
            slug="plan",
            period_text=f"{year_start.year}/{year_start.year % 100 + 1}",
            starts_on=year_start,
            ends_on=year_start.replace(year=year_start.year + 1) - dt.timedelta(days=1),
            state=Plan.State.ACTIVE,
        )
        for p in partnerships
    )
    themes = Theme.objects.bulk_create(
        Theme(plan=plan, ref=str(n + 1), title=f"Theme {n + 1}: safety and support", order=n)
        for plan in plans
        for n in range(5)
    )
    objectives = Objective.objects.bulk_create(
        Objective(theme=theme, ref=f"{theme.ref}.{n + 1}", title=f"Objective {n + 1}", order=n)
        for theme in themes
        for n in range(2)
    )
    objectives_of: dict[int, list[Objective]] = {}
    for objective in objectives:
        objectives_of.setdefault(objective.theme_id, []).append(objective)
    themes_of: dict[int, list[Theme]] = {}
    for theme in themes:
        themes_of.setdefault(theme.plan_id, []).append(theme)

    return plans, themes, themes_of, objectives_of


def _actions(scale: Scale, plans, sizes, themes_of, objectives_of, statuses, year_start):
    """`sizes[n]` actions in plan n, spread over its themes."""
    from cairn.plans.models import Action

    log(f"{scale.actions} actions and their leads")
    actions = []
    for plan, size in zip(plans, sizes, strict=True):
        plan_themes = themes_of[plan.pk]
        for n in range(size):
            theme = plan_themes[n % len(plan_themes)]
            objective = objectives_of[theme.pk][n % 3] if n % 3 < 2 else None
            due = year_start + dt.timedelta(days=30 * (n % 14))
            actions.append(
                Action(
                    theme=theme,
                    objective=objective,
                    ref=f"{theme.ref}.{n + 1}",
                    title=f"Action {n + 1}: review referral pathways with partner agencies",
                    description="What will be done, by whom and how. " * 3,
                    order=n,
                    deadline_text=due.strftime("By %B %Y"),
                    deadline_kind="date",
                    deadline_end=due,
                    status_id=statuses[plan.partnership_id][n % 5],
                    progress_note="Progress this quarter: " + "meetings held, training given. " * 4,
                    progress_updated_at=timezone.now(),
                )
            )
    return Action.objects.bulk_create(actions, batch_size=5000)


def _leads(scale: Scale, actions, themes, plans, partnerships, agencies_of, people_of, rng):
    """Lead agencies, lead people and collaborators; returns the measured lead."""
    from cairn.plans.models import Action

    plan_of_theme = {t.pk: t.plan_id for t in themes}
    partnership_of_plan = {p.pk: p.partnership_id for p in plans}
    lead_agency_rows, lead_people_rows, collaborator_rows = [], [], []
    big = plans[0]
    big_partnership = partnerships[0]
    lead = people_of[big_partnership.pk][2]  # a lead of agency 2
    lead_agency = agencies_of[big_partnership.pk][2]
    # The measured lead: named on 60 actions of the big plan, their agency leads 50,
    # 10 of them both: 100 actions (at national scale; fewer in a small plan).
    step = max(scale.big_plan_actions // 125, 2)
    named = set(range(0, 60 * step, step))
    by_agency = set(range(0, 10 * step, step)) | set(range(step // 2, 40 * step, step))
    for action in actions:
        partnership_id = partnership_of_plan[plan_of_theme[action.theme_id]]
        own = agencies_of[partnership_id]
        people = people_of[partnership_id]
        if plan_of_theme[action.theme_id] == big.pk:
            n = action.order
            agency = lead_agency if n in by_agency else own[3 + n % (len(own) - 3)]
            lead_agency_rows.append(
                Action.lead_agencies.through(action_id=action.pk, agency_id=agency.pk)
            )
            if n in named:
                lead_people_rows.append(
                    Action.lead_people.through(action_id=action.pk, user_id=lead.pk)
                )
            elif n % 3 == 0:
                person = people[3 + n % (len(people) - 3)]
                lead_people_rows.append(
                    Action.lead_people.through(action_id=action.pk, user_id=person.pk)
                )
            continue
        chosen = rng.sample(own, 2 if action.order % 4 == 0 else 1)
        for agency in chosen:
            lead_agency_rows.append(
                Action.lead_agencies.through(action_id=action.pk, agency_id=agency.pk)
            )
        if action.order % 3 == 0:
            person = people[2 + action.order % (len(people) - 2)]
            lead_people_rows.append(
                Action.lead_people.through(action_id=action.pk, user_id=person.pk)
            )
        if action.order % 5 == 0:
            collaborator_rows.append(
                Action.collaborators.through(action_id=action.pk, agency_id=rng.choice(own).pk)
            )
    Action.lead_agencies.through.objects.bulk_create(lead_agency_rows, batch_size=10000)
    Action.lead_people.through.objects.bulk_create(lead_people_rows, batch_size=10000)
    Action.collaborators.through.objects.bulk_create(collaborator_rows, batch_size=10000)

    return lead


def _rounds(scale: Scale, plans, people_of, today: dt.date, year_start: dt.date):
    from cairn.reviews.models import ReviewRound

    log(f"{scale.partnerships * scale.rounds_each} review rounds")
    rounds = ReviewRound.objects.bulk_create(
        ReviewRound(
            plan=plan,
            period=f"{year_start.year}/{year_start.year % 100 + 1} Q{q + 1}",
            opens_on=today - dt.timedelta(days=90 * (scale.rounds_each - 1 - q) + 10),
            closes_on=today
            - dt.timedelta(days=90 * (scale.rounds_each - 1 - q))
            + dt.timedelta(days=20),
            state=ReviewRound.State.OPEN
            if q == scale.rounds_each - 1
            else ReviewRound.State.LOCKED,
            opened_by=people_of[plan.partnership_id][0],
        )
        for plan in plans
        for q in range(scale.rounds_each)
    )
    return rounds


def _table(model) -> str:
    return connection.ops.quote_name(model._meta.db_table)


def _columns(model, values: dict[str, str]) -> tuple[str, str]:
    """Column list and SELECT list for INSERT ... SELECT, refusing to leave out a column the
    table needs (a NOT NULL column with no value given)."""
    names, expressions = [], []
    for field in model._meta.concrete_fields:
        if (
            field.primary_key
            and field.auto_created
            or field.name in ("history_id", "m2m_history_id")
        ):
            continue
        column = field.column
        if column in values:
            names.append(connection.ops.quote_name(column))
            expressions.append(values[column])
        elif not field.null:
            raise ValueError(f"{model.__name__}.{column} needs a value")
    return ", ".join(names), ", ".join(expressions)


def _action_copy(prefix: str) -> dict[str, str]:
    """Every column of an action, read from the action table as `prefix`."""
    from cairn.plans.models import Action

    return {
        f.column: f"{prefix}.{connection.ops.quote_name(f.column)}"
        for f in Action._meta.concrete_fields
    }


def _updates() -> None:
    """An update per action in every locked round, and in the open round for 19 in 20."""
    from cairn.plans.models import Action, Theme
    from cairn.reviews.models import ReviewRound, Update

    columns, select = _columns(
        Update,
        {
            "round_id": "r.id",
            "action_id": "a.id",
            "state": "CASE WHEN r.state = 'open' AND a.id % 3 = 0 THEN 'draft' "
            "WHEN r.state = 'open' THEN 'submitted' ELSE 'accepted' END",
            "status_id": "a.status_id",
            "note": "'Quarterly update: progress as planned, meetings held. ' || r.period",
            "revised_deadline_text": "''",
            "revised_deadline_reason": "''",
            "imported": "false",
            "author_id": "r.opened_by_id",
            "submitted_at": "r.opens_on + interval '5 days'",
            "review_comment": "''",
            "override_reason": "''",
            "version": "1",
            "updated_at": "r.opens_on + interval '5 days'",
        },
    )
    with connection.cursor() as cursor:
        cursor.execute(
            f"INSERT INTO {_table(Update)} ({columns}) SELECT {select} "
            f"FROM {_table(ReviewRound)} r JOIN {_table(Theme)} t ON t.plan_id = r.plan_id "
            f"JOIN {_table(Action)} a ON a.theme_id = t.id "
            "WHERE r.state <> 'open' OR a.id % 20 <> 0"
        )
        log(f"  {cursor.rowcount} updates")


def _history(scale: Scale) -> None:
    """Each action's creation and `history_each` changes (with its lead rows at each), and
    each update's creation and submission."""
    from cairn.plans.models import Action
    from cairn.reviews.models import Update

    history = Action.history.model
    values = _action_copy("a") | {
        "title": "CASE WHEN g.n = 0 THEN 'Draft: ' || a.title ELSE a.title END",
        "progress_note": "'Progress note ' || g.n || ': ' || a.progress_note",
        "version": "g.n + 1",
        "history_date": f"now() - (({scale.history_each} - g.n) * interval '60 days')",
        "history_type": "CASE WHEN g.n = 0 THEN '+' ELSE '~' END",
        "history_change_reason": "NULL",
        "history_user_id": "NULL",
    }
    columns, select = _columns(history, values)
    with connection.cursor() as cursor:
        cursor.execute(
            f"INSERT INTO {_table(history)} ({columns}) SELECT {select} "
            f"FROM {_table(Action)} a CROSS JOIN generate_series(0, {scale.history_each}) AS g(n)"
        )
        log(f"  {cursor.rowcount} action history records")
        _history_lead_rows(cursor, "")
        update_history = Update.history.model
        values = {
            f.column: f"u.{connection.ops.quote_name(f.column)}"
            for f in Update._meta.concrete_fields
        } | {
            "state": "CASE WHEN g.n = 0 THEN 'draft' ELSE u.state END",
            "history_date": "u.updated_at - ((1 - g.n) * interval '1 day')",
            "history_type": "CASE WHEN g.n = 0 THEN '+' ELSE '~' END",
            "history_change_reason": "NULL",
            "history_user_id": "u.author_id",
        }
        columns, select = _columns(update_history, values)
        cursor.execute(
            f"INSERT INTO {_table(update_history)} ({columns}) SELECT {select} "
            f"FROM {_table(Update)} u CROSS JOIN generate_series(0, 1) AS g(n)"
        )
        log(f"  {cursor.rowcount} update history records")


def _history_lead_rows(cursor, where: str) -> None:
    """The lead agencies, lead people and collaborators each history record holds (as
    simple-history writes them): today's rows, for the records `where` selects."""
    from simple_history.models import HistoricalRecords

    from cairn.plans.models import Action

    history = Action.history.model
    for field in history._history_m2m_fields:
        through = getattr(Action, field.name).through
        m2m = HistoricalRecords.m2m_models[field]
        target = field.m2m_reverse_field_name()
        cursor.execute(
            f"INSERT INTO {_table(m2m)} (id, history_id, action_id, {target}_id) "
            f"SELECT t.id, h.history_id, h.id, t.{target}_id FROM {_table(history)} h "
            f"JOIN {_table(through)} t ON t.action_id = h.id {where}"
        )
        log(f"  {cursor.rowcount} {field.name} history rows")


def _long_history(action_id: int, records: int) -> None:
    """`records` more changes to one action: its title, note and (every third) leads."""
    from cairn.plans.models import Action

    history = Action.history.model
    values = _action_copy("a") | {
        "title": "a.title || ' (revision ' || g.n || ')'",
        "progress_note": "'Revised note ' || g.n",
        "version": "g.n + 10",
        "history_date": "now() - interval '1 day' + g.n * interval '1 second'",
        "history_type": "'~'",
        "history_change_reason": "NULL",
        "history_user_id": "NULL",
    }
    columns, select = _columns(history, values)
    with connection.cursor() as cursor:
        cursor.execute(
            f"INSERT INTO {_table(history)} ({columns}) SELECT {select} "
            f"FROM {_table(Action)} a CROSS JOIN generate_series(1, {records}) AS g(n) "
            f"WHERE a.id = {int(action_id)} RETURNING history_id"
        )
        first = min(row[0] for row in cursor.fetchall())
        # The lead rows at each, but every third revision holds none: its leads change.
        _history_lead_rows(
            cursor,
            f"WHERE h.id = {int(action_id)} AND h.history_id >= {first} AND h.history_id % 3 <> 0",
        )
    log(f"  action {action_id}: {records} more history records")
