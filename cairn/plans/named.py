"""Who a plan can name: the names publishing must never show."""

from __future__ import annotations

from django.db.models import Q

from cairn.accounts.models import User


def people_named_in(partnership_id: int, plan_id: int | None) -> list[str]:
    """Names of everyone a plan's text could name: the partnership's members, and the people
    its actions and milestones name as leads or partners (imported people who cannot sign in
    among them). A plan's publication and a death review's both look for these."""
    named = Q(memberships__partnership_id=partnership_id)
    if plan_id is not None:
        named |= (
            Q(led_actions__theme__plan_id=plan_id)
            | Q(collaborating_actions__theme__plan_id=plan_id)
            | Q(led_milestones__action__theme__plan_id=plan_id)
        )
    return list(User.objects.filter(named).distinct().values_list("name", flat=True))
