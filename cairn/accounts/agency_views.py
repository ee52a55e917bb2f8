"""The Agencies pages: a coordinator keeps the partnership's list of agencies.

Every view fetches through get_partnership_for_user(write=True) or get_agency_for_user:
404 for another partnership's agency, 403 for anyone but the coordinator.
"""

from __future__ import annotations

from django.contrib import messages
from django.db.models import Count, IntegerField, OuterRef, Subquery
from django.db.models.functions import Coalesce
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.views.decorators.http import require_POST

from cairn.accounts import agencies
from cairn.accounts.access import get_partnership_for_user
from cairn.accounts.agency_forms import AgencyForm, MergeForm
from cairn.accounts.models import Agency


def _count(relation_name: str) -> Coalesce:
    """How many rows point at each agency along one relation, as one subquery."""
    relation = Agency._meta.get_field(relation_name)
    if relation.many_to_many:
        model, column = relation.through, relation.field.m2m_reverse_field_name()
    else:
        model, column = relation.related_model, relation.field.name
    counted = (
        model._default_manager.filter(**{column: OuterRef("pk")})
        .order_by()
        .values(column)
        .annotate(n=Count("pk"))
        .values("n")
    )
    return Coalesce(Subquery(counted, output_field=IntegerField()), 0)


def agency_list(request: HttpRequest, slug: str) -> HttpResponse:
    partnership, _ = get_partnership_for_user(request, slug, write=True)
    rows = (
        Agency.objects.filter(partnership=partnership)
        .select_related("merged_into")
        .annotate(action_count=_count("led_actions"), member_count=_count("members"))
        .order_by("name")
    )
    current = [agency for agency in rows if agency.archived_at is None]
    archived = [agency for agency in rows if agency.archived_at is not None]
    return render(
        request,
        "accounts/agencies/list.html",
        {"partnership": partnership, "agencies": current, "archived": archived},
    )


def agency_create(request: HttpRequest, slug: str) -> HttpResponse:
    partnership, _ = get_partnership_for_user(request, slug, write=True)
    form = AgencyForm(_data(request), partnership=partnership)
    if form.is_bound and form.is_valid():
        agency = _save(form, request)
        messages.success(request, f"{agency.name} added.")
        return redirect("accounts:agencies", partnership.slug)
    return _form_page(request, form, partnership, heading="Add an agency", button="Add")


def agency_edit(request: HttpRequest, pk: int) -> HttpResponse:
    agency = agencies.get_agency_for_user(request, pk)
    form = AgencyForm(_data(request), instance=agency, partnership=agency.partnership)
    if form.is_bound and form.is_valid():
        _save(form, request)
        messages.success(request, f"{agency.name} saved.")
        return redirect("accounts:agencies", agency.partnership.slug)
    return _form_page(
        request, form, agency.partnership, heading=f"Change {agency.name}", button="Save"
    )


def agency_merge(request: HttpRequest, pk: int) -> HttpResponse:
    """Step 1: choose the agency to merge into. Step 2 is the confirmation page."""
    agency = agencies.get_agency_for_user(request, pk)
    if agency.merged_into_id:
        return _refuse(request, agency, f"{agency.name} has already been merged.")
    form = MergeForm(_data(request), agency=agency)
    if form.is_bound and form.is_valid():
        return redirect("accounts:agency_merge_confirm", agency.pk, form.cleaned_data["into"].pk)
    context = {"partnership": agency.partnership, "agency": agency, "form": form}
    return render(request, "accounts/agencies/merge.html", context)


def agency_merge_confirm(request: HttpRequest, pk: int, into: int) -> HttpResponse:
    agency = agencies.get_agency_for_user(request, pk)
    target = agencies.get_agency_for_user(request, into)
    if request.method == "POST":
        try:
            moved = agencies.merge(agency, target, by=request.user)
        except agencies.AgencyChangeRefused as refusal:
            return _refuse(request, agency, str(refusal))
        total = sum(move.count for move in moved)
        messages.success(
            request, f"{agency.name} merged into {target.name}: {total} reference(s) moved."
        )
        return redirect("accounts:agencies", agency.partnership.slug)
    if agency.pk == target.pk:
        return _refuse(
            request, agency, "An agency cannot be merged into itself. Choose another agency."
        )
    return render(
        request,
        "accounts/agencies/merge_confirm.html",
        {
            "partnership": agency.partnership,
            "agency": agency,
            "target": target,
            "moves": agencies.moves(agency),
        },
    )


def agency_archive(request: HttpRequest, pk: int) -> HttpResponse:
    agency = agencies.get_agency_for_user(request, pk)
    if request.method == "POST":
        try:
            agencies.archive(agency, by=request.user)
        except agencies.AgencyChangeRefused as refusal:
            return _refuse(request, agency, str(refusal))
        messages.success(request, f"{agency.name} archived. You can restore it at any time.")
        return redirect("accounts:agencies", agency.partnership.slug)
    return render(
        request,
        "accounts/agencies/archive.html",
        {"partnership": agency.partnership, "agency": agency, "moves": agencies.moves(agency)},
    )


@require_POST
def agency_restore(request: HttpRequest, pk: int) -> HttpResponse:
    agency = agencies.get_agency_for_user(request, pk)
    try:
        agencies.restore(agency, by=request.user)
    except agencies.AgencyChangeRefused as refusal:
        return _refuse(request, agency, str(refusal))
    messages.success(request, f"{agency.name} restored.")
    return redirect("accounts:agencies", agency.partnership.slug)


def _data(request: HttpRequest):
    return request.POST if request.method == "POST" else None


def _form_page(
    request: HttpRequest, form: AgencyForm, partnership, *, heading: str, button: str
) -> HttpResponse:
    agency = form.instance if form.instance.pk else None  # None: a new agency
    context = {"partnership": partnership, "agency": agency, "heading": heading, "button": button}
    return render(request, "accounts/agencies/form.html", {**context, "form": form})


def _save(form: AgencyForm, request: HttpRequest) -> Agency:
    agency = form.save(commit=False)
    agency._history_user = request.user  # type: ignore[attr-defined]
    agency.save()
    return agency


def _refuse(request: HttpRequest, agency: Agency, reason: str) -> HttpResponse:
    """A change that cannot be made: say why, change nothing (400, not an error page)."""
    return render(
        request,
        "accounts/agencies/refused.html",
        {"partnership": agency.partnership, "agency": agency, "reason": reason},
        status=400,
    )
