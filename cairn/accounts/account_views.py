"""A person's own account: accepting an invitation, their account page, resetting or
changing their password."""

from __future__ import annotations

from django import forms
from django.conf import settings
from django.contrib import messages
from django.contrib.auth import login
from django.contrib.auth import views as auth_views
from django.contrib.auth.decorators import login_not_required
from django.contrib.auth.forms import PasswordChangeForm, PasswordResetForm, SetPasswordForm
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.template.loader import render_to_string
from django.urls import reverse_lazy
from django.views.decorators.cache import never_cache

from cairn.accounts import invitations
from cairn.accounts.backends import PASSWORD_BACKEND
from cairn.accounts.models import ApiToken, Membership
from cairn.accounts.notifications import send_email
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
        login(request, user, backend=PASSWORD_BACKEND)
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


# ---------------------------------------------------------------- passwords
# Django's own password reset and change views, with GOV.UK-styled forms and templates.


class _Styled:
    def __init__(self, *args, **kwargs) -> None:
        super().__init__(*args, **kwargs)  # type: ignore[call-arg]
        style_fields(self)  # type: ignore[arg-type]

    def full_clean(self) -> None:
        super().full_clean()  # type: ignore[misc]
        mark_errors(self)  # type: ignore[arg-type]


class ResetRequestForm(_Styled, PasswordResetForm):
    email = forms.EmailField(
        label="Email address",
        max_length=254,
        widget=forms.EmailInput(attrs={"autocomplete": "email"}),
        error_messages={
            "required": "Enter your email address",
            "invalid": "Enter an email address in the correct format, like name@example.org",
        },
    )

    def send_mail(
        self,
        subject_template_name,
        email_template_name,
        context,
        from_email,
        to_email,
        html_email_template_name=None,
    ) -> None:
        """Through accounts/notifications.py, like every email Cairn sends (plain text)."""
        subject = "".join(render_to_string(subject_template_name, context).splitlines())
        send_email(context["user"], subject, email_template_name, context)


class NewPasswordForm(_Styled, SetPasswordForm):
    def __init__(self, *args, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self.fields["new_password1"].label = "New password"
        self.fields["new_password2"].label = "Type the new password again"


class ChangePasswordForm(_Styled, PasswordChangeForm):
    def __init__(self, *args, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self.fields["old_password"].label = "Your current password"
        self.fields["new_password1"].label = "New password"
        self.fields["new_password2"].label = "Type the new password again"


class _PasswordResetView(auth_views.PasswordResetView):
    def form_valid(self, form):
        # Read SITE_URL when the email is sent, not when this module is imported.
        self.extra_email_context = {"site_url": settings.SITE_URL}
        return super().form_valid(form)


password_reset = login_not_required(
    _PasswordResetView.as_view(
        form_class=ResetRequestForm,
        template_name="accounts/password_reset.html",
        email_template_name="accounts/email/password_reset.txt",
        subject_template_name="accounts/email/password_reset_subject.txt",
        success_url=reverse_lazy("accounts:password_reset_sent"),
    )
)
password_reset_sent = login_not_required(
    auth_views.PasswordResetDoneView.as_view(
        template_name="accounts/password_reset_sent.html",
        extra_context={"timeout_days": settings.PASSWORD_RESET_TIMEOUT // (24 * 3600)},
    )
)
password_reset_confirm = login_not_required(
    auth_views.PasswordResetConfirmView.as_view(
        form_class=NewPasswordForm,
        template_name="accounts/password_reset_confirm.html",
        success_url=reverse_lazy("accounts:password_reset_complete"),
    )
)
password_reset_complete = login_not_required(
    auth_views.PasswordResetCompleteView.as_view(
        template_name="accounts/password_reset_complete.html"
    )
)
password_change = auth_views.PasswordChangeView.as_view(
    form_class=ChangePasswordForm,
    template_name="accounts/password_change.html",
    success_url=reverse_lazy("accounts:password_changed"),
)


def password_changed(request: HttpRequest) -> HttpResponse:
    messages.success(request, "Your password has been changed.")
    return redirect("accounts:account")


def account_page(request: HttpRequest) -> HttpResponse:
    """The person's own account: who they are, where they belong, their password and API
    tokens (the live ones: revoked and expired tokens drop off the list)."""
    memberships = (
        Membership.objects.active()
        .filter(user=request.user)
        .select_related("partnership", "agency")
        .order_by("partnership__name")
    )
    tokens = ApiToken.objects.live().filter(user=request.user)
    return render(request, "accounts/account.html", {"memberships": memberships, "tokens": tokens})
