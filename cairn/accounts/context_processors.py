from dataclasses import dataclass

from django.http import HttpRequest
from django.utils.functional import SimpleLazyObject

from cairn.accounts.access import memberships_of, partnerships_for
from cairn.accounts.models import Membership, Role


@dataclass
class Navigation:
    memberships: list[Membership]
    # Only leads (and coordinators, who may lead actions too) have actions of their own;
    # viewers and data contributors would only ever find My actions empty.
    shows_my_actions: bool


def memberships(request: HttpRequest) -> dict:
    """The navigation's partnerships, only when a template uses them: from the person's
    memberships as the permission checks read them (one query for both)."""
    user = getattr(request, "user", None)
    if user is None or not user.is_authenticated:
        return {}

    def navigation() -> Navigation:
        if user.is_host_admin:
            found = [Membership(partnership=p) for p in partnerships_for(user)]
            return Navigation(found, shows_my_actions=True)
        # The same query (and list) that answered the page's permission checks.
        found = memberships_of(user)
        leads = any(m.role in (Role.LEAD, Role.COORDINATOR) for m in found)
        return Navigation(found, shows_my_actions=leads)

    return {"navigation": SimpleLazyObject(navigation)}
