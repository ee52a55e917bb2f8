"""The host admin's Partnerships pages: the list with activity, create one with its first
coordinator, deactivate or reactivate one. Only the host admin may use them (403)."""

from __future__ import annotations

from django import forms
from django.contrib import messages
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.views.decorators.http import require_POST

from cairn.accounts.access import require_host_admin
from cairn.accounts.models import Partnership
from cairn.accounts.people import Refused
from cairn.lib.forms import GovukForm
from cairn.plans.partnerships import NewPartnership, create_partnership, partnerships_with_activity


class PartnershipForm(GovukForm):
    name = forms.CharField(
        label="Name of the partnership",
        max_length=200,
        help_text="As its members know it, e.g. Exampleshire Domestic Abuse Partnership Board.",
        error_messages={"required": "Enter the name of the partnership"},
    )
    coordinator_name = forms.CharField(
        label="Coordinator's full name", max_length=150, required=False
    )
    coordinator_email = forms.EmailField(
        label="Coordinator's email address",
        max_length=254,
        help_text="They get an email with a link to set their password.",
        error_messages={
            "required": "Enter the coordinator's email address",
            "invalid": "Enter an email address in the correct format, like name@example.org",
        },
    )


def _get_partnership(slug: str) -> Partnership:
    partnership = Partnership.objects.filter(slug=slug).first()
    if partnership is None:
        raise Http404("No such partnership.")
    return partnership


def partnerships_page(request: HttpRequest) -> HttpResponse:
    require_host_admin(request)
    return render(
        request, "plans/partnerships.html", {"partnerships": list(partnerships_with_activity())}
    )


def create_partnership_page(request: HttpRequest) -> HttpResponse:
    require_host_admin(request)
    form = PartnershipForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        data = form.cleaned_data
        try:
            partnership, invited = create_partnership(
                NewPartnership(data["name"], data["coordinator_email"], data["coordinator_name"]),
                by=request.user,
            )
        except Refused as refusal:
            form.add_error("name", str(refusal))
        else:
            messages.success(
                request,
                f"{partnership} has been created. {invited.message}",
            )
            return redirect("plans:partnerships")
    return render(
        request,
        "plans/partnership_create.html",
        {"form": form},
        status=400 if form.errors else 200,
    )


def deactivate_partnership_page(request: HttpRequest, slug: str) -> HttpResponse:
    require_host_admin(request)
    partnership = _get_partnership(slug)
    if request.method == "POST":
        partnership.deactivate(by=request.user)
        messages.success(
            request, f"{partnership} has been deactivated: its people no longer have access."
        )
        return redirect("plans:partnerships")
    return render(request, "plans/partnership_deactivate.html", {"partnership": partnership})


@require_POST
def reactivate_partnership(request: HttpRequest, slug: str) -> HttpResponse:
    require_host_admin(request)
    partnership = _get_partnership(slug)
    partnership.reactivate(by=request.user)
    messages.success(request, f"{partnership} is active again: its people have access.")
    return redirect("plans:partnerships")
