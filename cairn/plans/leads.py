"""Moving a person's actions to someone else, in one step (when they leave, or change job)."""

from __future__ import annotations

from django.db import transaction

from cairn.accounts.models import Partnership, User
from cairn.plans.models import Action, Milestone


@transaction.atomic
def reassign_actions(partnership: Partnership, person: User, to: User, *, by: User | None) -> int:
    """Name `to` instead of `person` as lead of every action and milestone of the
    partnership that `person` leads, and as partner where `person` is one. History keeps who
    led before. Returns the actions whose lead moved."""
    if person.pk == to.pk:
        return 0
    actions = list(Action.objects.filter(theme__plan__partnership=partnership, lead_people=person))
    for action in actions:
        action._history_user = by  # type: ignore[attr-defined]
        action.lead_people.remove(person)
        action.lead_people.add(to)
    for milestone in Milestone.objects.filter(
        action__theme__plan__partnership=partnership, lead_person=person
    ):
        milestone.lead_person = to
        milestone._history_user = by  # type: ignore[attr-defined]
        milestone.save(update_fields=["lead_person"])
    for action in Action.objects.filter(
        theme__plan__partnership=partnership, collaborator_people=person
    ):
        action._history_user = by  # type: ignore[attr-defined]
        action.collaborator_people.remove(person)
        action.collaborator_people.add(to)
    return len(actions)
