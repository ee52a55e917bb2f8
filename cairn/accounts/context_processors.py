from django.http import HttpRequest

from cairn.accounts.access import partnerships_for
from cairn.accounts.models import Membership


def memberships(request: HttpRequest) -> dict:
    """The partnerships in the navigation, fetched only when a template uses them."""
    user = getattr(request, "user", None)
    if user is None or not user.is_authenticated:
        return {}

    def nav_memberships() -> list:
        if user.is_host_admin:
            return [Membership(partnership=p) for p in partnerships_for(user)]
        return list(Membership.objects.filter(user=user).select_related("partnership"))

    return {"nav_memberships": nav_memberships}
