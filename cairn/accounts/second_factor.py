"""A second factor at sign-in: an authenticator app (TOTP) and one-time recovery codes.

Built on django-otp: a TOTPDevice for the app, a StaticDevice holding the recovery codes.
Coordinators and host admins must have one when CAIRN_SECOND_FACTOR=required (the
default); anyone may turn one on. `SecondFactorMiddleware` keeps a signed-in person who
has not given their code, or has not yet set one up while they must, away from every
other page; the Django admin always asks for it.
"""

from __future__ import annotations

import base64
import datetime as dt

import segno
from django.conf import settings
from django.contrib.auth import logout
from django.db import transaction
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect
from django.urls import reverse
from django.utils import timezone
from django.utils.http import url_has_allowed_host_and_scheme, urlencode
from django_otp import login as otp_login
from django_otp.plugins.otp_static.models import StaticDevice, StaticToken
from django_otp.plugins.otp_totp.models import TOTPDevice

from cairn.accounts.access import roles_of
from cairn.accounts.models import Role, User

RECOVERY_CODES = 10
APP_CODE_DIGITS = 6
PENDING_USER = "cairn_second_factor_user"
"""Session key: the person who gave the right password and now owes a code."""


def mode() -> str:
    return settings.CAIRN_SECOND_FACTOR


def must_have_second_factor(user: User) -> bool:
    """Coordinators and host admins (and staff) must, unless CAIRN_SECOND_FACTOR=optional."""
    if mode() != "required":
        return False
    return bool(user.is_host_admin or user.is_staff or Role.COORDINATOR in roles_of(user).values())


def unconfirmed_app(user: User) -> TOTPDevice:
    """The authenticator app being set up: one per person, kept until confirmed."""
    device = TOTPDevice.objects.filter(user=user, confirmed=False).first()
    return device or TOTPDevice.objects.create(user=user, name="Authenticator app", confirmed=False)


def qr_code_svg(device: TOTPDevice) -> str:
    """The otpauth:// address as an SVG QR code, for the authenticator app to scan."""
    return segno.make(device.config_url, error="m").svg_inline(
        scale=5, title="QR code to add Cairn to your authenticator app", border=2
    )


def secret_key(device: TOTPDevice) -> str:
    """The key to type in when the QR code cannot be scanned, in groups of four."""
    key = base64.b32encode(device.bin_key).decode().rstrip("=")
    return " ".join(key[i : i + 4] for i in range(0, len(key), 4))


@transaction.atomic
def confirm_app(user: User, device: TOTPDevice, code: str) -> list[str] | None:
    """Check the first code from the app; if right, turn the second factor on and return
    fresh recovery codes. None (nothing changed) if the code is wrong."""
    if device.user_id != user.pk or not device.verify_token(_clean(code)):
        return None
    TOTPDevice.objects.filter(user=user, confirmed=True).exclude(pk=device.pk).delete()
    device.confirmed = True
    device.save()
    user.has_second_factor = True
    user.save(update_fields=["has_second_factor"])
    return new_recovery_codes(user)


@transaction.atomic
def new_recovery_codes(user: User) -> list[str]:
    """Replace the person's recovery codes; each works once."""
    device, _ = StaticDevice.objects.get_or_create(
        user=user, name="Recovery codes", defaults={"confirmed": True}
    )
    device.token_set.all().delete()
    codes = [StaticToken.random_token() for _ in range(RECOVERY_CODES)]
    StaticToken.objects.bulk_create(StaticToken(device=device, token=code) for code in codes)
    return codes


@transaction.atomic
def turn_off(user: User) -> None:
    TOTPDevice.objects.filter(user=user).delete()
    StaticDevice.objects.filter(user=user).delete()
    user.has_second_factor = False
    user.save(update_fields=["has_second_factor"])


def _devices_for(user: User, code: str, *, lock: bool = False) -> list[TOTPDevice | StaticDevice]:
    """The devices a code is for: six digits are the app's, anything else a recovery code.
    Trying a code only on its own kind of device keeps a recovery code from counting as a
    wrong app code in django-otp's throttling (and the other way round). `lock` (inside a
    transaction): hold the rows while the code is checked, so a code is used once."""
    model = TOTPDevice if len(code) == APP_CODE_DIGITS and code.isdigit() else StaticDevice
    devices = model.objects.devices_for_user(user, confirmed=True)
    return list(devices.select_for_update() if lock else devices)


def app_removed(sender, instance: TOTPDevice, **_) -> None:
    """On deleting an authenticator app (say, a lost phone, by the host admin in the Django
    admin): with no confirmed app left, the second factor is off and the recovery codes go;
    a coordinator or host admin sets up a new app at their next sign-in."""
    if not instance.confirmed:
        return
    user_id = instance.user_id
    if TOTPDevice.objects.filter(user_id=user_id, confirmed=True).exists():
        return
    StaticDevice.objects.filter(user_id=user_id).delete()
    User.objects.filter(pk=user_id).update(has_second_factor=False)


@transaction.atomic
def verify_code(user: User, code: str) -> TOTPDevice | StaticDevice | None:
    """The person's device that accepts the code (the app's, or a recovery code), or None.
    A code already used, or an older one than the last accepted, is refused by django-otp;
    a recovery code is used up."""
    code = _clean(code)
    for device in _devices_for(user, code, lock=True):
        if device.verify_token(code if isinstance(device, TOTPDevice) else code.lower()):
            return device
    return None


def wait_before_next_code(user: User, code: str, device: TOTPDevice | None = None) -> dt.timedelta:
    """How long django-otp still refuses to check a code after wrong ones (1, 2, 4... seconds
    per device, whichever address they came from); zero when it will check now."""
    devices = [device] if device is not None else _devices_for(user, _clean(code))
    now = timezone.now()
    wait = dt.timedelta(0)
    for each in devices:
        allowed, details = each.verify_is_allowed()
        if not allowed and details and details.get("locked_until"):
            wait = max(wait, details["locked_until"] - now)
    return wait


def mark_verified(request: HttpRequest, device) -> None:
    """This session has given its code (the person must be signed in already)."""
    otp_login(request, device)


def _clean(code: str) -> str:
    return "".join((code or "").split())


def safe_next(request: HttpRequest, candidate: str | None, default: str) -> str:
    if candidate and url_has_allowed_host_and_scheme(
        candidate, allowed_hosts={request.get_host()}, require_https=request.is_secure()
    ):
        return candidate
    return default


# Pages a person who owes a code may still open (besides login_not_required ones).
OPEN_PAGES = {
    "accounts:sign_in",
    "accounts:sign_out",
    "accounts:second_factor",
    "accounts:recovery_codes",
}


class SecondFactorMiddleware:
    """After django-otp's OTPMiddleware: no page without the code from those who owe it."""

    def __init__(self, get_response) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        return self.get_response(request)

    def process_view(self, request: HttpRequest, view_func, view_args, view_kwargs):
        user = request.user
        if not user.is_authenticated or user.is_verified():
            return None
        match = request.resolver_match
        if match and match.view_name in OPEN_PAGES:
            return None
        if not getattr(view_func, "login_required", True):
            return None
        if user.has_second_factor:
            # Signed in without the code (say, from an emailed link): ask for it.
            logout(request)
            request.session[PENDING_USER] = user.pk
            query = urlencode({"next": request.get_full_path()})
            return redirect(f"{reverse('accounts:sign_in')}?{query}")
        if (user.is_staff and request.path.startswith("/admin/")) or must_have_second_factor(user):
            query = urlencode({"next": request.get_full_path()})
            return redirect(f"{reverse('accounts:second_factor')}?{query}")
        return None
