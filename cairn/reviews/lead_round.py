"""A lead's way through a round: the actions still waiting for their update, and the next.

Queries: those of `actions_by_lead` and one for the round's updates, whatever the size of
the plan.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from cairn.accounts.models import User
from cairn.plans.models import Action
from cairn.reviews.leads import actions_by_lead, is_asked, updates_by_action
from cairn.reviews.models import ReviewRound, Update


@dataclass
class LeadProgress:
    """The person's actions in a round, in plan order, and those still needing their submit
    (no update yet, a draft, or one returned), with the update they have so far."""

    actions: list[Action] = field(default_factory=list)
    waiting: list[tuple[Action, Update | None]] = field(default_factory=list)

    def next_after(self, current: Action) -> Action | None:
        """The next action waiting after `current` in plan order, coming round to the start;
        None when nothing else waits."""
        waiting = {action.pk for action, _ in self.waiting} - {current.pk}
        order = [a.pk for a in self.actions]
        start = order.index(current.pk) + 1 if current.pk in order else 0
        for action in self.actions[start:] + self.actions[:start]:
            if action.pk in waiting:
                return action
        return None


def lead_progress(review_round: ReviewRound, person: User) -> LeadProgress:
    lead = actions_by_lead(review_round.plan).get(person.pk)
    if lead is None:
        return LeadProgress()
    updates = updates_by_action(review_round)
    asked = [a for a in lead.actions if is_asked(a, updates.get(a.pk))]
    return LeadProgress(
        actions=asked,
        waiting=[
            (a, updates.get(a.pk)) for a in asked if not (a.pk in updates and updates[a.pk].is_done)
        ],
    )
