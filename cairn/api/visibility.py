"""Which plans a list may show a person: those of their partnerships that the pages would
show them one by one (plans/access.py's gates): a death review's action plan only where
they may read reviews (deathreviews/access.py)."""

from __future__ import annotations

from django.db.models import Q, QuerySet

from cairn.accounts.access import partnerships_for, roles_of
from cairn.accounts.models import User
from cairn.deathreviews.access import may_see_reviews
from cairn.plans.models import Plan


def review_reader_partnerships(user: User) -> list[int]:
    """The partnerships whose death reviews the person may read (a query for each one
    where they are not the coordinator)."""
    if user.is_host_admin:
        return list(partnerships_for(user).values_list("pk", flat=True))
    return [pk for pk in roles_of(user) if may_see_reviews(user, pk)]


def visible_plans(user: User) -> QuerySet[Plan]:
    return Plan.objects.filter(partnership__in=partnerships_for(user)).filter(
        Q(kind=Plan.Kind.YEARLY) | Q(partnership_id__in=review_reader_partnerships(user))
    )
