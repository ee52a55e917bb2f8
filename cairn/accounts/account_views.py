"""A person's own account: accepting an invitation, changing their password."""

from __future__ import annotations

from django import forms
from django.contrib import messages
from django.contrib.auth import login
from django.contrib.auth.decorators import login_not_required
from django.contrib.auth.forms import SetPasswordForm
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.views.decorators.cache import never_cache

from cairn.accounts import invitations
from cairn.lib.forms import mark_errors, style_fields


class AcceptInvitationForm(SetPasswordForm):
    name = forms.CharField(
        label="Your full name", max_length=150, help_text="As colleagues know you."
    )

    def __init__(self, user, *args, **kwargs) -> None:
        super().__init__(user, *args, **kwargs)
        self.fields["new_password1"].label = "Choose a password"
        self.fields["new_password2"].label = "Type the password again"
        self.fields["name"].initial = user.name
        self.order_fields(["name", "new_password1", "new_password2"])
        style_fields(self)

    def full_clean(self) -> None:
        super().full_clean()
        mark_errors(self)


@login_not_required
@never_cache
def accept_invitation(request: HttpRequest, token: str) -> HttpResponse:
    try:
        invitation = invitations.usable_invitation(token)
    except invitations.InvitationUnusable as unusable:
        return render(
            request, "accounts/invitation_unusable.html", {"reason": str(unusable)}, status=400
        )
    form = AcceptInvitationForm(invitation.user, request.POST or None)
    if request.method == "POST" and form.is_valid():
        user = invitations.accept(
            token, form.cleaned_data["new_password1"], form.cleaned_data["name"]
        )
        login(request, user, backend="django.contrib.auth.backends.ModelBackend")
        messages.success(
            request, f"Welcome to Cairn. You are signed in to {invitation.partnership}."
        )
        return redirect("accounts:partnership", invitation.partnership.slug)
    return render(
        request,
        "accounts/accept_invitation.html",
        {"invitation": invitation, "form": form},
        status=400 if form.errors else 200,
    )
