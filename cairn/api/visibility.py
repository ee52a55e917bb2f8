"""Which plans a list may show a person: those of their partnerships that the pages would
show them one by one. The plan gates' own filter decides (plans/access.py `visible_plans`):
a death review's action plan only where they may read reviews, or chair that review."""

from __future__ import annotations

from django.db.models import QuerySet

from cairn.accounts.access import partnerships_for
from cairn.accounts.models import User
from cairn.plans import access
from cairn.plans.models import Plan


def visible_plans(user: User) -> QuerySet[Plan]:
    return Plan.objects.filter(partnership__in=partnerships_for(user)).filter(
        access.visible_plans(user)
    )
