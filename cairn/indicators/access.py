"""Fetch an indicator and check the person may see it (404) or change it (403).

Everyone in the partnership reads its indicators; only the coordinator changes them.
"""

from __future__ import annotations

from django.http import Http404, HttpRequest

from cairn.accounts.access import require_role
from cairn.indicators.models import Indicator


def get_indicator_for_user(request: HttpRequest, pk: int, *, write: bool = False) -> Indicator:
    try:
        indicator = Indicator.objects.select_related("partnership", "owner_agency").get(pk=pk)
    except (Indicator.DoesNotExist, ValueError, TypeError):
        raise Http404("No such page.") from None
    require_role(request, indicator.partnership_id, write=write)
    return indicator
