"""Signing in (password, then the code when the person has a second factor) and setting up,
renewing or turning off the second factor.

The sign-in page keeps its fields `username` and `password`; the code is a second step on
the same address. Wrong passwords and wrong codes both count towards django-axes's limit.
"""

from __future__ import annotations

import time

from axes.handlers.proxy import AxesProxyHandler
from axes.helpers import get_lockout_response
from django.contrib import messages
from django.contrib.auth import login, user_login_failed
from django.contrib.auth.decorators import login_not_required
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.views.decorators.cache import never_cache
from django.views.decorators.debug import sensitive_post_parameters
from django.views.decorators.http import require_GET, require_POST

from cairn.accounts import second_factor
from cairn.accounts.backends import PASSWORD_BACKEND
from cairn.accounts.forms import SignInForm
from cairn.accounts.models import User
from cairn.accounts.second_factor_forms import CodeForm
from cairn.accounts.throttle import pause_words

PENDING_FOR = 10 * 60  # seconds a person has to give their code after their password
BACKEND = PASSWORD_BACKEND


@login_not_required
@sensitive_post_parameters("password", "otp_token")
@never_cache
def sign_in(request: HttpRequest) -> HttpResponse:
    next_url = second_factor.safe_next(
        request, request.POST.get("next") or request.GET.get("next"), reverse("home")
    )
    pending = _pending_user(request)
    if pending is not None and "otp_token" in request.POST:
        return _code_step(request, pending, next_url)
    signed_in = request.user.is_authenticated and pending is None
    if signed_in and (request.user.is_verified() or not request.user.has_second_factor):
        return redirect(next_url)
    form = SignInForm(request, data=request.POST if request.method == "POST" else None)
    if form.is_bound and form.is_valid():
        user = form.get_user()
        if user.has_second_factor:
            request.session[second_factor.PENDING_USER] = [user.pk, time.time()]
            return _render(request, "code", CodeForm(), next_url)
        login(request, user)
        if second_factor.must_have_second_factor(user):
            return redirect(f"{reverse('accounts:second_factor')}?next={next_url}")
        return redirect(next_url)
    if pending is not None and request.method == "GET":
        return _render(request, "code", CodeForm(), next_url)
    return _render(request, "password", form, next_url)


def _code_step(request: HttpRequest, user: User, next_url: str) -> HttpResponse:
    credentials = {"username": user.email}
    if not AxesProxyHandler.is_allowed(request, credentials):
        return get_lockout_response(request, credentials)
    form = CodeForm(request.POST)
    if not form.is_valid():
        return _render(request, "code", form, next_url)
    code = form.cleaned_data["otp_token"]
    wait = second_factor.wait_before_next_code(user, code)
    if wait:
        # Not checked, so neither right nor wrong: django-otp's pause after a wrong code.
        form.add_error("otp_token", _wait_message(wait))
        return _render(request, "code", form, next_url)
    device = second_factor.verify_code(user, code)
    if device:
        request.session.pop(second_factor.PENDING_USER, None)
        login(request, user, backend=BACKEND)
        second_factor.mark_verified(request, device)
        return redirect(next_url)
    form.add_error(
        "otp_token",
        "That code is wrong or has already been used. Enter the code your app shows "
        "now, or one of your recovery codes.",
    )
    # A wrong code counts as a wrong password: the same throttle (accounts/throttle.py).
    user_login_failed.send(sender=__name__, credentials=credentials, request=request)
    if getattr(request, "axes_locked_out", False):
        request.session.pop(second_factor.PENDING_USER, None)
        return get_lockout_response(request, credentials)
    return _render(request, "code", form, next_url)


def _wait_message(wait) -> str:
    return (
        f"You entered a wrong code a moment ago. Wait {pause_words(wait)}, then enter the "
        "code your app shows now."
    )


def _pending_user(request: HttpRequest) -> User | None:
    pending = request.session.get(second_factor.PENDING_USER)
    if not pending:
        return None
    if isinstance(pending, int):  # set by the middleware: the person is mid-way already
        pending = [pending, time.time()]
        request.session[second_factor.PENDING_USER] = pending
    user_id, since = pending
    if time.time() - since > PENDING_FOR:
        request.session.pop(second_factor.PENDING_USER, None)
        return None
    return User.objects.filter(pk=user_id, is_active=True).first()


def _render(request: HttpRequest, step: str, form, next_url: str) -> HttpResponse:
    return render(request, "accounts/sign_in.html", {"form": form, "step": step, "next": next_url})


# ---------------------------------------------------------------- set up and manage


def second_factor_page(request: HttpRequest) -> HttpResponse:
    """Set up the authenticator app (QR code, then its first code), or manage it."""
    user: User = request.user  # type: ignore[assignment]
    next_url = second_factor.safe_next(
        request, request.POST.get("next") or request.GET.get("next"), reverse("home")
    )
    if user.has_second_factor and user.is_verified():
        return render(
            request,
            "accounts/second_factor/manage.html",
            {"required": second_factor.must_have_second_factor(user)},
        )
    device = second_factor.unconfirmed_app(user)
    form = CodeForm(request.POST if request.method == "POST" else None)
    form.fields["otp_token"].help_text = "The 6-digit code the app shows now for Cairn."
    wait = form.is_bound and second_factor.wait_before_next_code(user, "", device=device)
    if wait:
        form.add_error("otp_token", _wait_message(wait))
    elif form.is_bound and form.is_valid():
        codes = second_factor.confirm_app(user, device, form.cleaned_data["otp_token"])
        if codes is not None:
            second_factor.mark_verified(request, device)
            request.session["cairn_recovery_codes"] = codes
            return redirect(f"{reverse('accounts:recovery_codes')}?next={next_url}")
        form.add_error(
            "otp_token",
            "That code is wrong or has already been used. Enter the 6-digit code your app "
            "shows now.",
        )
    return render(
        request,
        "accounts/second_factor/set_up.html",
        {
            "form": form,
            "qr_code": second_factor.qr_code_svg(device),
            "secret": second_factor.secret_key(device),
            "required": second_factor.must_have_second_factor(user),
            "next": next_url,
        },
    )


@require_GET
def recovery_codes(request: HttpRequest) -> HttpResponse:
    """The recovery codes, shown once, straight after they are made."""
    codes = request.session.pop("cairn_recovery_codes", None)
    if codes is None:
        return redirect("accounts:second_factor")
    next_url = second_factor.safe_next(request, request.GET.get("next"), reverse("home"))
    return render(request, "accounts/second_factor/codes.html", {"codes": codes, "next": next_url})


@require_POST
def new_recovery_codes(request: HttpRequest) -> HttpResponse:
    user: User = request.user  # type: ignore[assignment]
    if not (user.has_second_factor and user.is_verified()):
        return redirect("accounts:second_factor")
    request.session["cairn_recovery_codes"] = second_factor.new_recovery_codes(user)
    return redirect("accounts:recovery_codes")


@require_POST
def turn_off(request: HttpRequest) -> HttpResponse:
    user: User = request.user  # type: ignore[assignment]
    if second_factor.must_have_second_factor(user):
        messages.error(request, "Your role needs a second factor, so it cannot be turned off.")
        return redirect("accounts:second_factor")
    second_factor.turn_off(user)
    messages.success(request, "Second factor turned off. You sign in with your password alone.")
    return redirect("accounts:second_factor")
