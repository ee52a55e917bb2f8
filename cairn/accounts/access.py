"""Who may see and change what. Every view fetches its object through a helper built on these.

Every question about a role is asked here: `role_in(user, partnership)`,
`is_coordinator(user, partnership)`, `is_lead(user, partnership)`, `require_role(...)`;
never by comparing role strings in a view. `partnership` is a Partnership or its id.

The rule: a person sees only the partnerships they belong to (anything else is a 404, so
other partnerships' objects are not even confirmed to exist); within one, only a
coordinator changes the plan (a 403 for anyone else). Host admins act as coordinators
everywhere.
"""

from __future__ import annotations

from django.contrib.auth.models import AnonymousUser
from django.core.exceptions import PermissionDenied
from django.db.models import QuerySet
from django.http import Http404, HttpRequest

from cairn.accounts.models import Membership, Partnership, Role, User


def memberships_of(user: User | AnonymousUser) -> list[Membership]:
    """The person's active memberships with their partnerships, by partnership name: read
    once per request (one query), for every permission check (`roles_of`) and for the
    navigation's partnerships alike."""
    if not user.is_authenticated:
        return []
    cached = getattr(user, "_cairn_memberships", None)
    if cached is None:
        cached = list(Membership.objects.active().filter(user=user).select_related("partnership"))
        user._cairn_memberships = cached  # type: ignore[attr-defined]
    return cached


def roles_of(user: User | AnonymousUser) -> dict[int, str]:
    """{partnership id: role} for the person, read once per request."""
    if not user.is_authenticated:
        return {}
    cached = getattr(user, "_cairn_roles", None)
    if cached is None:
        cached = {m.partnership_id: m.role for m in memberships_of(user)}
        user._cairn_roles = cached  # type: ignore[attr-defined]
    return cached


def _id(partnership: Partnership | int) -> int:
    return partnership.pk if isinstance(partnership, Partnership) else partnership


def role_in(user: User | AnonymousUser, partnership: Partnership | int) -> str | None:
    """The person's role in the partnership, None if they have none (or are signed out).
    Host admins act as coordinators everywhere."""
    if not user.is_authenticated:
        return None
    if user.is_host_admin:
        return Role.COORDINATOR
    return roles_of(user).get(_id(partnership))


def is_coordinator(user: User | AnonymousUser, partnership: Partnership | int) -> bool:
    return role_in(user, partnership) == Role.COORDINATOR


def is_lead(user: User | AnonymousUser, partnership: Partnership | int) -> bool:
    """A lead of some actions in the partnership (not a coordinator)."""
    return role_in(user, partnership) == Role.LEAD


def require_role(
    request: HttpRequest,
    partnership: Partnership | int,
    *,
    write: bool = False,
    roles: tuple[str, ...] = (),
) -> str:
    """The person's role in the partnership: 404 if they have none, 403 if it is not enough.

    `write=True` asks for a coordinator; `roles` names other roles that may also act.
    """
    role = role_in(request.user, partnership)
    if role is None:
        raise Http404("No such page.")
    if write and role != Role.COORDINATOR and role not in roles:
        raise PermissionDenied("Only the partnership's coordinator can change this.")
    return role


def partnerships_for(user: User) -> QuerySet[Partnership]:
    if user.is_host_admin:
        return Partnership.objects.all()
    return Partnership.objects.filter(
        memberships__user=user,
        memberships__deactivated_at__isnull=True,
        deactivated_at__isnull=True,
    )


def require_host_admin(request: HttpRequest) -> None:
    """Only the host admin runs the partnerships of this Cairn (403 for anyone else)."""
    if not (request.user.is_authenticated and request.user.is_host_admin):
        raise PermissionDenied("Only the host admin can manage partnerships.")


def get_partnership_for_user(
    request: HttpRequest, slug: str, *, write: bool = False
) -> tuple[Partnership, str]:
    partnership = Partnership.objects.filter(slug=slug).first()
    if partnership is None:
        raise Http404("No such partnership.")
    return partnership, require_role(request, partnership.pk, write=write)
