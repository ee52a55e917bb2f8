"""The host admin's partnerships: create one with its first coordinator, and how each is
doing (plans, people, open rounds, last update), read in one query whatever their number.

A new partnership starts with the RAG status scheme, so a plan can be imported at once;
its coordinator can choose another.
"""

from __future__ import annotations

from dataclasses import dataclass

from django.db import transaction
from django.db.models import Count, IntegerField, Max, OuterRef, Q, QuerySet, Subquery
from django.utils.text import slugify

from cairn.accounts.models import Partnership, Role, User
from cairn.accounts.people import Invited, PersonInput, Refused, invite
from cairn.plans.models import Plan
from cairn.plans.statuses import create_scheme


@dataclass(frozen=True)
class NewPartnership:
    name: str
    coordinator_email: str
    coordinator_name: str = ""


def unique_slug(name: str) -> str:
    base = slugify(name)[:70].strip("-") or "partnership"
    slug, n = base, 2
    while Partnership.objects.filter(slug=slug).exists():
        slug = f"{base}-{n}"
        n += 1
    return slug


@transaction.atomic
def create_partnership(new: NewPartnership, *, by: User) -> tuple[Partnership, Invited]:
    """The partnership, its status scheme, and its coordinator invited by email."""
    name = " ".join(new.name.split())
    if Partnership.objects.filter(name__iexact=name).exists():
        raise Refused(f"There is already a partnership called {name}.")
    partnership = Partnership(name=name, slug=unique_slug(name))
    partnership._history_user = by  # type: ignore[attr-defined]
    partnership.save()
    create_scheme(partnership, "rag")
    invited = invite(
        partnership,
        PersonInput(email=new.coordinator_email, name=new.coordinator_name, role=Role.COORDINATOR),
        by=by,
    )
    return partnership, invited


def _count(lookup: str, condition: Q | None = None) -> Subquery:
    """A count over one of the partnership's relations, as a subquery, so several counts
    do not multiply each other's rows."""
    return Subquery(
        Partnership.objects.filter(pk=OuterRef("pk"))
        .annotate(n=Count(lookup, filter=condition, distinct=True))
        .values("n"),
        output_field=IntegerField(),
    )


# The plans a coordinator sees on the partnership page: yearly plans (drafts too), not a
# death review's action plan (counted among the reviews) nor a deleted one.
LISTED_PLANS = Q(plans__kind=Plan.Kind.YEARLY, plans__deletion__isnull=True)


def partnerships_with_activity() -> QuerySet[Partnership]:
    """Every partnership with `plan_count` (its plans, as its coordinator's page lists them),
    `people_count` (people with access), and the `open_round_count` and `last_update` (the
    latest progress update) of those plans. One query."""
    return Partnership.objects.annotate(
        plan_count=_count("plans", LISTED_PLANS),
        people_count=_count("memberships", Q(memberships__deactivated_at__isnull=True)),
        open_round_count=_count("plans__rounds", LISTED_PLANS & Q(plans__rounds__state="open")),
        last_update=Subquery(
            Partnership.objects.filter(pk=OuterRef("pk"))
            .annotate(at=Max("plans__rounds__updates__updated_at", filter=LISTED_PLANS))
            .values("at")
        ),
    ).order_by("deactivated_at", "name")
