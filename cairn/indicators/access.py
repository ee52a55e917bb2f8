"""Fetch an indicator and check the person may see it (404) or change it (403).

Everyone in the partnership reads its indicators; only the coordinator changes them.
Data returns are between an agency's data contributors and the coordinator.
"""

from __future__ import annotations

from django.core.exceptions import PermissionDenied
from django.http import Http404, HttpRequest

from cairn.accounts.access import get_partnership_for_user, require_role, role_in
from cairn.accounts.models import Agency, Membership, Partnership, Role
from cairn.indicators.models import DataReturn, DataSet, Indicator


def get_indicator_for_user(request: HttpRequest, pk: int, *, write: bool = False) -> Indicator:
    try:
        indicator = Indicator.objects.select_related("partnership", "owner_agency").get(pk=pk)
    except (Indicator.DoesNotExist, ValueError, TypeError):
        raise Http404("No such page.") from None
    require_role(request, indicator.partnership_id, write=write)
    return indicator


def is_data_contributor(user, partnership: Partnership | int) -> bool:
    return role_in(user, partnership) == Role.DATA_CONTRIBUTOR


def get_partnership_for_returns(
    request: HttpRequest, slug: str
) -> tuple[Partnership, Agency | None, bool]:
    """(partnership, the person's agency, whether they are the coordinator) for the data
    returns pages: the coordinator and data contributors only (403 for other roles)."""
    partnership, role = get_partnership_for_user(request, slug)
    if role not in (Role.COORDINATOR, Role.DATA_CONTRIBUTOR):
        raise PermissionDenied("Only the coordinator and data contributors see data returns.")
    if role == Role.COORDINATOR:
        return partnership, None, True
    return partnership, agency_of(request, partnership.pk), False


def agency_of(request: HttpRequest, partnership_id: int) -> Agency | None:
    """The agency the person works for in this partnership, if their membership names one."""
    membership = (
        Membership.objects.filter(user=request.user, partnership_id=partnership_id)
        .select_related("agency")
        .first()
    )
    return membership.agency if membership else None


def get_data_set_for_user(
    request: HttpRequest, pk: int, *, write: bool = False, submit: bool = False
) -> tuple[DataSet, Agency | None]:
    """The data set, and the agency the person submits for.

    Reading: the coordinator and data contributors (403 for other roles). `submit`: a data
    contributor of an agency the data set is assigned to. `write`: the coordinator."""
    try:
        data_set = DataSet.objects.select_related("partnership").get(pk=pk)
    except (DataSet.DoesNotExist, ValueError, TypeError):
        raise Http404("No such page.") from None
    role = require_role(request, data_set.partnership_id, write=write)
    if role not in (Role.COORDINATOR, Role.DATA_CONTRIBUTOR):
        raise PermissionDenied("Only the coordinator and data contributors see data returns.")
    if not submit:
        return data_set, None
    agency = agency_of(request, data_set.partnership_id) if role == Role.DATA_CONTRIBUTOR else None
    if agency is None or not data_set.agencies.filter(pk=agency.pk).exists():
        raise PermissionDenied(
            "Only data contributors of the agencies that return this data set can submit it."
        )
    return data_set, agency


def get_return_for_user(request: HttpRequest, pk: int, *, write: bool = False) -> DataReturn:
    """A submitted return: the coordinator reviews it (write); its agency's data
    contributors read it; other roles get 403."""
    try:
        data_return = DataReturn.objects.select_related(
            "data_set__partnership", "agency", "submitted_by", "reviewed_by"
        ).get(pk=pk)
    except (DataReturn.DoesNotExist, ValueError, TypeError):
        raise Http404("No such page.") from None
    partnership_id = data_return.data_set.partnership_id
    role = require_role(request, partnership_id, write=write)
    if role == Role.COORDINATOR:
        return data_return
    if role == Role.DATA_CONTRIBUTOR and agency_of(request, partnership_id) == data_return.agency:
        return data_return
    raise PermissionDenied(
        "Only the coordinator and the agency's data contributors see this return."
    )
