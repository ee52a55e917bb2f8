"""The People pages of a partnership (coordinator only): list, invite, change role,
deactivate, resend an invitation. Reassigning a person's actions is in plans."""

from __future__ import annotations

from django.contrib import messages
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.views.decorators.http import require_POST

from cairn.accounts import people
from cairn.accounts.access import get_partnership_for_user
from cairn.accounts.models import Partnership
from cairn.accounts.people import get_membership_for_user
from cairn.accounts.people_forms import InviteForm, RoleForm


def people_page(request: HttpRequest, slug: str) -> HttpResponse:
    partnership, _ = get_partnership_for_user(request, slug, write=True)
    members = list(people.people_of(partnership))
    left_with_actions = [m for m in members if m.deactivated_at and m.actions_led]
    return render(
        request,
        "accounts/people.html",
        {"partnership": partnership, "members": members, "left_with_actions": left_with_actions},
    )


def invite_page(request: HttpRequest, slug: str) -> HttpResponse:
    partnership, _ = get_partnership_for_user(request, slug, write=True)
    form = InviteForm(request.POST or None, partnership=partnership)
    if request.method == "POST" and form.is_valid():
        try:
            invited = people.invite(partnership, _person_input(form), by=request.user)
        except people.Refused as refusal:
            form.add_error("email", str(refusal))
        else:
            messages.success(request, invited.message)
            return redirect("accounts:people", partnership.slug)
    return _render_form(request, partnership, form, status=400 if form.errors else 200)


def person_page(request: HttpRequest, slug: str, pk: int) -> HttpResponse:
    membership = get_membership_for_user(request, slug, pk)
    member = people.people_of(membership.partnership).get(pk=membership.pk)
    is_you = member.user_id == request.user.pk
    context = {"partnership": membership.partnership, "member": member, "is_you": is_you}
    return render(request, "accounts/person.html", context)


def change_role_page(request: HttpRequest, slug: str, pk: int) -> HttpResponse:
    membership = get_membership_for_user(request, slug, pk)
    form = RoleForm(request.POST or None, initial={"role": membership.role})
    if request.method == "POST" and form.is_valid():
        try:
            people.change_role(membership, form.cleaned_data["role"], by=request.user)
        except people.Refused as refusal:
            form.add_error("role", str(refusal))
        else:
            messages.success(
                request, f"{membership.user} is now a {membership.get_role_display().lower()}."
            )
            return redirect("accounts:person", slug, membership.pk)
    return render(
        request,
        "accounts/change_role.html",
        {"partnership": membership.partnership, "member": membership, "form": form},
        status=400 if form.errors else 200,
    )


def deactivate_page(request: HttpRequest, slug: str, pk: int) -> HttpResponse:
    membership = get_membership_for_user(request, slug, pk)
    refusal = None
    if request.method == "POST":
        try:
            people.deactivate(membership, by=request.user)
        except people.Refused as refused:
            refusal = str(refused)
        else:
            messages.success(
                request,
                f"{membership.user} has been deactivated: they can no longer use "
                f"{membership.partnership}.",
            )
            return redirect("accounts:person", slug, membership.pk)
    return render(
        request,
        "accounts/deactivate.html",
        {"partnership": membership.partnership, "member": membership, "refusal": refusal},
        status=400 if refusal else 200,
    )


@require_POST
def resend_invitation(request: HttpRequest, slug: str, pk: int) -> HttpResponse:
    membership = get_membership_for_user(request, slug, pk)
    try:
        people.resend_invitation(membership, by=request.user)
    except people.Refused as refusal:
        messages.error(request, str(refusal))
    else:
        messages.success(
            request,
            f"A new invitation was sent to {membership.user.email}. Earlier links no longer work.",
        )
    return redirect("accounts:person", slug, membership.pk)


def _person_input(form: InviteForm) -> people.PersonInput:
    data = form.cleaned_data
    return people.PersonInput(
        email=data["email"], name=data["name"], role=data["role"], agency=data["agency"]
    )


def _render_form(
    request: HttpRequest, partnership: Partnership, form: InviteForm, status: int
) -> HttpResponse:
    return render(
        request, "accounts/invite.html", {"partnership": partnership, "form": form}, status=status
    )
