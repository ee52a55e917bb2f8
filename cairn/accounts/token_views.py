"""A person's API tokens, on their account page: make one (shown once) and revoke one.

A token acts with exactly its owner's roles (the JSON API asks accounts/access.py, as the
pages do); nobody sees or revokes another person's tokens.
"""

from __future__ import annotations

import datetime as dt

from django import forms
from django.contrib import messages
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_POST

from cairn.accounts.models import ApiToken
from cairn.lib.forms import GovukForm

LIFETIMES = {"30": 30, "90": 90, "365": 365, "never": None}


class ApiTokenForm(GovukForm):
    name = forms.CharField(
        label="Name",
        max_length=100,
        help_text="What the token is for, so you know it later, for example “Power BI refresh”.",
        error_messages={
            "required": "Enter a name for the token.",
            "max_length": "Keep the name to 100 characters or fewer.",
        },
    )
    access = forms.ChoiceField(
        label="What it may do",
        choices=ApiToken.Access.choices,
        initial=ApiToken.Access.READ,
        widget=forms.RadioSelect,
        error_messages={"required": "Choose read only, or read and write."},
    )
    expires_in = forms.ChoiceField(
        label="When it expires",
        choices=[
            ("30", "In 30 days"),
            ("90", "In 90 days"),
            ("365", "In a year"),
            ("never", "Never"),
        ],
        initial="90",
        widget=forms.RadioSelect,
        error_messages={"required": "Choose when the token expires."},
    )

    def lifetime(self) -> dt.timedelta | None:
        days = LIFETIMES[self.cleaned_data["expires_in"]]
        return dt.timedelta(days=days) if days else None


@never_cache
def token_create(request: HttpRequest) -> HttpResponse:
    """Make a token; the page after shows it once and never again."""
    form = ApiTokenForm(request.POST if request.method == "POST" else None)
    if form.is_bound and form.is_valid():
        token, secret = ApiToken.issue(
            request.user,
            form.cleaned_data["name"].strip(),
            form.cleaned_data["access"],
            form.lifetime(),
        )
        return render(request, "accounts/token_created.html", {"token": token, "secret": secret})
    return render(
        request, "accounts/token_create.html", {"form": form}, status=400 if form.errors else 200
    )


@require_POST
def token_revoke(request: HttpRequest, pk: int) -> HttpResponse:
    token = ApiToken.objects.filter(pk=pk, user=request.user).first()
    if token is None:
        raise Http404("No such token.")
    token.revoke()
    messages.success(request, f"The token “{token.name}” is revoked: it no longer works.")
    return redirect("accounts:account")
