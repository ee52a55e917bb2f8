"""Who leads which actions of a plan, and which of them a round still waits for.

Every function reads in a fixed number of queries, whatever the size of the plan. The
round pages (`rounds.py`), the sheets and the reminder tasks (`tasks.py`) build on these.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from dataclasses import dataclass, field

from django.db.models import Prefetch

from cairn.accounts.models import Membership, Role, User
from cairn.accounts.people import leads_with_departure
from cairn.plans.access import visible_plans
from cairn.plans.models import Action, Plan, led_action_ids
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


def is_asked(action: Action, update: Update | None) -> bool:
    """Whether the round asks for an update of the action: not when it was already finished
    (complete or closed) before the round, unless someone has updated it anyway."""
    return update is not None or not action.is_finished


@dataclass
class LeadRound:
    """An open round and the person's actions it asks about: (action, update or None,
    overdue)."""

    round: ReviewRound
    rows: list[tuple[Action, Update | None, bool]]

    @property
    def outstanding(self) -> int:
        """The actions still waiting for the person's update (none yet, draft or returned)."""
        return sum(1 for _, update, _ in self.rows if not (update and update.is_done))


def open_rounds_for_lead(user: User, on: dt.date) -> list[LeadRound]:
    """Each open round that asks the person about actions, with those actions and their
    updates: the person named as a lead, or their agency, where they are a lead.

    Three queries, whatever the number of rounds, plans and actions: the rounds, the
    person's actions in them (ids from the lead tables' indexes), and their updates.
    """
    memberships = Membership.objects.active().filter(user=user, role=Role.LEAD)
    open_rounds = ReviewRound.objects.filter(
        state=ReviewRound.State.OPEN,
        plan__partnership__in=memberships.values("partnership"),
        plan__deletion__isnull=True,
    ).filter(visible_plans(user, "plan__"))  # not a death review's round they may not see
    rounds = list(open_rounds.select_related("plan"))
    led = led_action_ids(user, memberships.filter(agency__isnull=False))
    actions: dict[int, list[Action]] = defaultdict(list)
    for action in (
        Action.objects.filter(theme__plan__in=open_rounds.values("plan"), pk__in=led)
        .select_related("status", "theme")
        .in_tree_order()
    ):
        actions[action.theme.plan_id].append(action)
    updates = {
        (u.round_id, u.action_id): u
        for u in Update.objects.filter(round__in=open_rounds, action_id__in=led)
    }
    groups = []
    for review_round in rounds:
        rows = []
        for action in actions[review_round.plan_id]:
            update = updates.get((review_round.pk, action.pk))
            if is_asked(action, update):
                rows.append((action, update, action.is_overdue(on)))
        if rows:
            groups.append(LeadRound(review_round, rows))
    return groups
