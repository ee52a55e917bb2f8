"""Reassigning all of a person's actions to someone else (coordinator, from People)."""

from __future__ import annotations

from django.contrib import messages
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render

from cairn.accounts.people import get_membership_for_user, people_of
from cairn.accounts.people_forms import ReassignForm
from cairn.plans.leads import reassign_actions


def reassign_actions_page(request: HttpRequest, slug: str, pk: int) -> HttpResponse:
    membership = get_membership_for_user(request, slug, pk)
    member = people_of(membership.partnership).get(pk=membership.pk)
    form = ReassignForm(request.POST or None, membership=membership)
    if request.method == "POST" and form.is_valid():
        to = form.cleaned_data["to"].user
        moved = reassign_actions(membership.partnership, membership.user, to, by=request.user)
        messages.success(
            request, f"{moved} action{'s' if moved != 1 else ''} moved from {member.user} to {to}."
        )
        return redirect("accounts:people", slug)
    return render(
        request,
        "plans/reassign_actions.html",
        {"partnership": membership.partnership, "member": member, "form": form},
        status=400 if form.errors else 200,
    )
