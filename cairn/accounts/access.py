"""Who may see and change what. Every view fetches its object through a helper built on these.

The rule: a person sees only the partnerships they belong to (anything else is a 404, so
other partnerships' objects are not even confirmed to exist); within one, only a
coordinator changes the plan (a 403 for anyone else). Host admins act as coordinators
everywhere.
"""

from __future__ import annotations

from django.core.exceptions import PermissionDenied
from django.http import Http404, HttpRequest

from cairn.accounts.models import Membership, Partnership, Role, User


def roles_of(user: User) -> dict[int, str]:
    """{partnership id: role} for the person, read once per request."""
    if not user.is_authenticated:
        return {}
    cached = getattr(user, "_cairn_roles", None)
    if cached is None:
        cached = dict(Membership.objects.filter(user=user).values_list("partnership_id", "role"))
        user._cairn_roles = cached  # type: ignore[attr-defined]
    return cached


def role_in(user: User, partnership_id: int) -> str | None:
    if not user.is_authenticated:
        return None
    if user.is_host_admin:
        return Role.COORDINATOR
    return roles_of(user).get(partnership_id)


def require_role(
    request: HttpRequest, partnership_id: int, *, write: bool = False, roles: tuple[str, ...] = ()
) -> str:
    """The person's role in the partnership: 404 if they have none, 403 if it is not enough.

    `write=True` asks for a coordinator; `roles` names other roles that may also act.
    """
    role = role_in(request.user, partnership_id)  # type: ignore[arg-type]
    if role is None:
        raise Http404("No such page.")
    if write and role != Role.COORDINATOR and role not in roles:
        raise PermissionDenied("Only the partnership's coordinator can change this.")
    return role


def partnerships_for(user: User):
    if user.is_host_admin:
        return Partnership.objects.all()
    return Partnership.objects.filter(memberships__user=user)


def get_partnership_for_user(
    request: HttpRequest, slug: str, *, write: bool = False
) -> tuple[Partnership, str]:
    partnership = Partnership.objects.filter(slug=slug).first()
    if partnership is None:
        raise Http404("No such partnership.")
    return partnership, require_role(request, partnership.pk, write=write)
