"""Who leads which actions of a plan, and which of them a round still waits for.

Every function reads in a fixed number of queries, whatever the size of the plan. The
round pages (`rounds.py`), the sheets and the reminder tasks (`tasks.py`) build on these.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field

from django.db.models import Prefetch

from cairn.accounts.models import Membership, Role, User
from cairn.accounts.people import leads_with_departure
from cairn.plans.models import Action, Plan
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
