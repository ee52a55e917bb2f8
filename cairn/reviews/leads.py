"""Who leads which actions of a plan, and which of them a round still waits for.

Every function reads in a fixed number of queries, whatever the size of the plan. The
round pages (`rounds.py`), the sheets and the reminder tasks (`tasks.py`) build on these.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from dataclasses import dataclass, field

from django.db.models import Prefetch

from cairn.accounts.access import memberships_of
from cairn.accounts.models import Membership, Role, User
from cairn.accounts.people import leads_with_departure
from cairn.plans.models import Action, Plan
from cairn.plans.my_actions import LedAction, led_actions
from cairn.reviews.models import ReviewRound, Update


@dataclass
class LeadActions:
    """One person and the actions of a round they are asked to update."""

    person: User
    actions: list[Action] = field(default_factory=list)


def plan_actions(plan: Plan) -> list[Action]:
    """Every action of the plan in tree order. Queries: actions with statuses, their lead
    agencies, their lead people."""
    return list(
        Action.objects.filter(theme__plan=plan)
        .select_related("status")
        .prefetch_related(
            "lead_agencies",
            Prefetch("lead_people", queryset=leads_with_departure(plan.partnership_id)),
        )
        .in_tree_order()
    )


def actions_by_lead(plan: Plan, actions: list[Action] | None = None) -> dict[int, LeadActions]:
    """{person id: their actions}: named leads, and leads of the agencies named as lead.

    Queries: those of `plan_actions` unless given, and the partnership's agency leads.
    """
    if actions is None:
        actions = plan_actions(plan)
    agency_leads: dict[int, list[User]] = defaultdict(list)
    for membership in (
        Membership.objects.active()
        .filter(partnership_id=plan.partnership_id, role=Role.LEAD, agency__isnull=False)
        .select_related("user")
    ):
        if membership.agency_id is not None:
            agency_leads[membership.agency_id].append(membership.user)
    by_person: dict[int, LeadActions] = {}
    for action in actions:
        # Someone who has left the partnership is not asked: the coordinator reassigns.
        # A proposed person (imported, no email yet) cannot be asked either.
        people = {
            p.pk: p
            for p in action.lead_people.all()
            if p.is_active and not getattr(p, "has_left", False)
        }
        for agency in action.lead_agencies.all():
            people.update({p.pk: p for p in agency_leads[agency.pk]})
        for person in people.values():
            by_person.setdefault(person.pk, LeadActions(person)).actions.append(action)
    return by_person


def updates_by_action(review_round: ReviewRound) -> dict[int, Update]:
    return {
        u.action_id: u for u in Update.objects.filter(round=review_round).select_related("status")
    }


def outstanding_by_lead(review_round: ReviewRound) -> dict[int, LeadActions]:
    """Each lead with the actions they have not yet submitted (returned ones included).

    People with nothing outstanding are left out, so nobody is told of "0 actions".
    """
    updates = updates_by_action(review_round)
    outstanding = {}
    for person_id, lead in actions_by_lead(review_round.plan).items():
        waiting = [
            a
            for a in lead.actions
            if not (a.pk in updates and updates[a.pk].is_done) and not a.is_finished
        ]
        if waiting:
            outstanding[person_id] = LeadActions(lead.person, waiting)
    return outstanding


def is_asked(action: Action | LedAction, update: Update | UpdateShown | None) -> bool:
    """Whether the round asks for an update of the action: not when it was already finished
    (complete or closed) before the round, unless someone has updated it anyway."""
    return update is not None or not action.is_finished


@dataclass(frozen=True, slots=True)
class UpdateShown:
    """Where an action's update stands in a round: all that the lead's lists show of it."""

    state: str

    @property
    def is_done(self) -> bool:
        return self.state in Update.DONE_STATES


@dataclass
class LeadRound:
    """An open round and the person's actions it asks about: (action, update or None,
    overdue)."""

    round: ReviewRound
    rows: list[tuple[LedAction, UpdateShown | None, bool]]

    @property
    def outstanding(self) -> int:
        """The actions still waiting for the person's update (none yet, draft or returned)."""
        return sum(1 for _, update, _ in self.rows if not (update and update.is_done))


def open_rounds_for_lead(
    user: User, on: dt.date, led: list[LedAction] | None = None
) -> list[LeadRound]:
    """Each open round that asks the person about actions, with those actions and their
    updates: the actions they lead (`led`, as My actions read them, or read here) in the
    partnerships where they are a lead.

    Two queries, whatever the number of rounds, plans and actions: the rounds of those
    actions' plans, and the updates; a third for the actions when `led` is not given.
    """
    if led is None:
        led = led_actions(user)
    leads_in = {m.partnership_id for m in memberships_of(user) if m.role == Role.LEAD}
    asked = [action for action in led if action.partnership_id in leads_in]
    if not asked:
        return []
    rounds = list(
        ReviewRound.objects.filter(
            state=ReviewRound.State.OPEN, plan_id__in={action.plan_id for action in asked}
        ).select_related("plan")
    )
    if not rounds:
        return []
    # The updates of these actions in open rounds (the rounds above), found by action:
    # `round_id IN (...)` had PostgreSQL read all of a 5,000-action plan's round to keep
    # the lead's 100. `all_objects` and no order: the actions asked are live already, so
    # the live manager's join to the actions (and the ordering's) only cost time.
    updates = {
        (round_id, action_id): UpdateShown(state)
        for round_id, action_id, state in Update.all_objects.filter(
            action_id__in=[action.pk for action in asked], round__state=ReviewRound.State.OPEN
        )
        .order_by()
        .values_list("round_id", "action_id", "state")
    }
    groups = []
    for review_round in rounds:
        rows = []
        for action in asked:
            if action.plan_id != review_round.plan_id:
                continue
            update = updates.get((review_round.pk, action.pk))
            if is_asked(action, update):
                rows.append((action, update, action.is_overdue(on)))
        if rows:
            groups.append(LeadRound(review_round, rows))
    return groups
