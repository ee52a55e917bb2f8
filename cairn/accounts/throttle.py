"""Sign-in defences that slow password guessing without locking the owner out.

django-axes records every failed sign-in with the account (the email typed, lower case) and
the client's address (the real one behind a load balancer: TRUSTED_PROXIES in settings.py).
This module is its handler, `SignInThrottle`, and decides from those records:

- **an account at one address**: after CAIRN_SIGN_IN_FAILURE_LIMIT wrong passwords, signing
  in to that account *from that address* pauses for 30 seconds, doubling with each further
  failure up to the 15-minute window. The owner signing in from anywhere else is not
  slowed at all, and waits seconds, not a quarter of an hour, after their own typing errors;
- **one address across accounts** (password spraying): after CAIRN_SIGN_IN_ADDRESS_LIMIT
  wrong passwords from one address, whichever accounts they named, that address is paused
  until it has been quiet for 15 minutes;
- the owner of an account that is paused gets an email saying so (at most one an hour);
- any change of password (a reset included) clears the account's failures.

Failures are forgotten once an account and address have been quiet for 15 minutes.
"""

from __future__ import annotations

import datetime as dt
import ipaddress
import logging

from axes.handlers.database import AxesDatabaseHandler
from axes.models import AccessAttempt
from django.conf import settings
from django.core.cache import cache
from django.db import transaction
from django.db.models import Max, Sum
from django.http import HttpResponse
from django.shortcuts import render
from django.utils import timezone

logger = logging.getLogger(__name__)

FIRST_PAUSE = dt.timedelta(seconds=30)
WINDOW = dt.timedelta(minutes=15)
NOTICE_EVERY = dt.timedelta(hours=1)


def account_limit() -> int:
    return settings.CAIRN_SIGN_IN_FAILURE_LIMIT


def address_limit() -> int:
    return settings.CAIRN_SIGN_IN_ADDRESS_LIMIT


def username(request, credentials: dict | None) -> str | None:
    """The account an attempt names: the email as typed, trimmed and in lower case, so
    'Casey@…' and 'casey@…' are one account to the throttle (AXES_USERNAME_CALLABLE)."""
    value = (credentials or {}).get(settings.AXES_USERNAME_FORM_FIELD)
    if value is None and request is not None and request.method == "POST":
        value = request.POST.get(settings.AXES_USERNAME_FORM_FIELD)
    return value.strip().lower() if isinstance(value, str) else None


def client_address(request) -> str:
    """The address of the person signing in (AXES_CLIENT_IP_CALLABLE).

    REMOTE_ADDR, unless it is one of TRUSTED_PROXIES (a load balancer): then the
    X-Forwarded-For chain is read from the right, past every trusted proxy, and the first
    address that is not one is the client's. Addresses a client writes into the header
    itself sit to the left of that and are never believed.
    """
    remote = request.META.get("REMOTE_ADDR", "")
    trusted = settings.TRUSTED_PROXY_NETWORKS
    if not trusted or not _within(remote, trusted):
        return remote
    forwarded = request.META.get("HTTP_X_FORWARDED_FOR", "")
    chain = [part.strip() for part in forwarded.split(",") if part.strip()]
    for address in reversed(chain):
        if not _within(address, trusted):
            return address if _parse(address) else remote
    return chain[0] if chain and _parse(chain[0]) else remote


def _parse(address: str):
    try:
        return ipaddress.ip_address(address)
    except ValueError:
        return None


def _within(address: str, networks) -> bool:
    parsed = _parse(address)
    return parsed is not None and any(parsed in network for network in networks)


def pause_for(failures: int) -> dt.timedelta:
    """How long an account pauses at an address after this many failures there."""
    doublings = max(0, failures - account_limit())
    return min(FIRST_PAUSE * 2 ** min(doublings, 16), WINDOW)


class SignInThrottle(AxesDatabaseHandler):
    """django-axes' database handler, deciding locks by account-at-address and address.

    AXES_LOCKOUT_PARAMETERS gives axes the two sets of attempts, in this order:
    [["username", "ip_address"], "ip_address"].
    """

    def remaining_pause(self, request, credentials: dict | None = None) -> dt.timedelta | None:
        account_here, address = self.get_user_attempts(request, credentials)
        now = timezone.now()
        spraying = address.aggregate(failures=Sum("failures_since_start"), last=Max("attempt_time"))
        if (spraying["failures"] or 0) >= address_limit():
            left = spraying["last"] + WINDOW - now
            return self._paused(request, left, "address")
        here = account_here.aggregate(
            failures=Sum("failures_since_start"), last=Max("attempt_time")
        )
        failures = here["failures"] or 0
        if failures >= account_limit():
            left = here["last"] + pause_for(failures) - now
            if left > dt.timedelta(0):
                return self._paused(request, left, "account")
        return None

    @staticmethod
    def _paused(request, left: dt.timedelta, kind: str) -> dt.timedelta:
        left = max(left, dt.timedelta(seconds=1))
        if request is not None:
            request.cairn_sign_in_pause = (kind, left)
        return left

    def is_locked(self, request, credentials: dict | None = None) -> bool:
        if not settings.AXES_LOCK_OUT_AT_FAILURE:
            return False
        return self.remaining_pause(request, credentials) is not None

    def reset_user_attempts(self, request, credentials: dict | None = None) -> int:
        """On a successful sign-in, forget that account's failures at this address only: a
        spraying address must not clear its record by signing in to an account of its own."""
        account_here = self.filter_user_attempts(request, credentials)[0]
        return account_here.delete()[0]

    def get_failures(self, request, credentials: dict | None = None) -> int:
        """In axes' terms: the limit when paused (so axes answers with the pause page and
        sends user_locked_out), otherwise none."""
        return account_limit() if self.is_locked(request, credentials) else 0


def pause_words(left: dt.timedelta) -> str:
    seconds = int(left.total_seconds() + 0.999)
    if seconds < 60:
        return f"{seconds} second{'s' if seconds != 1 else ''}"
    minutes = (seconds + 59) // 60
    return f"{minutes} minute{'s' if minutes != 1 else ''}"


def lockout_response(request, original_response=None, credentials=None) -> HttpResponse:
    """The pause page (AXES_LOCKOUT_CALLABLE): for how long, and whether the account or the
    whole address is paused."""
    kind, left = getattr(request, "cairn_sign_in_pause", ("account", FIRST_PAUSE))
    return render(
        request,
        "accounts/locked_out.html",
        {"pause_kind": kind, "pause_words": pause_words(left)},
        status=429,
    )


def notify_owner(request, username: str | None, ip_address: str | None, **_) -> None:
    """On user_locked_out: tell the account's owner, at most once an hour, by email."""
    from cairn.accounts.models import User
    from cairn.accounts.tasks import send_sign_in_notice

    if not username:
        return
    user = User.objects.filter(email__iexact=username, is_active=True).first()
    if user is None or not cache.add(
        f"cairn-sign-in-notice-{user.pk}", True, int(NOTICE_EVERY.total_seconds())
    ):
        return
    transaction.on_commit(
        lambda: send_sign_in_notice.enqueue(user.pk, ip_address or "an unknown address")
    )


def clear_failures(sender, instance, **_) -> None:
    """On saving a person whose password was just set (a reset, a change): forget the
    account's failed sign-ins, so a password reset ends any pause."""
    if getattr(instance, "_password", None) is None or not instance.email:
        return
    cleared = AccessAttempt.objects.filter(username=instance.email.strip().lower()).delete()[0]
    if cleared:
        logger.info("Password changed: cleared %s failed sign-in records", cleared)
