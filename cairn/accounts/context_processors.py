from dataclasses import dataclass

from django.http import HttpRequest
from django.utils.functional import SimpleLazyObject

from cairn.accounts.access import memberships_of
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
        # The same query (and list) that answered the page's permission checks. A host
        # admin's too: every partnership of the Cairn (hundreds, nationally) is on their
        # Partnerships page; here they would wrap the navigation onto many lines.
        found = memberships_of(user)
        leads = any(m.role in (Role.LEAD, Role.COORDINATOR) for m in found)
        return Navigation(found, shows_my_actions=leads)

    return {"navigation": SimpleLazyObject(navigation)}
