"""Who is calling: a personal API token (`Authorization: Bearer cairn_…`) or the browser's
session (with the CSRF header on changes).

Either way the request then carries the person as `request.user`, so every view asks the
same helpers as the web pages (accounts/access.py and each app's get_<thing>_for_user):
a token acts with exactly its owner's roles, and there is no second set of rules.
"""

from __future__ import annotations

from typing import Any

from django.conf import settings
from django.http import HttpRequest
from django.utils import timezone
from ninja.security import HttpBearer
from ninja.security.apikey import APIKeyCookie
from ninja.utils import check_csrf

from cairn.accounts.models import ApiToken, User
from cairn.accounts.second_factor import must_have_second_factor
from cairn.api.problems import Problem

SAFE_METHODS = ("GET", "HEAD", "OPTIONS")


def is_write(request: HttpRequest) -> bool:
    return request.method not in SAFE_METHODS


class TokenAuth(HttpBearer):
    """A personal API token, made on the account page."""

    openapi_description = (
        "A personal API token from your account page, as `Authorization: Bearer cairn_…`. "
        "It acts with exactly your roles; a read-only token cannot change anything."
    )

    def __call__(self, request: HttpRequest) -> Any:
        value = request.headers.get("Authorization")
        if not value:
            return None
        scheme, _, secret = value.partition(" ")
        if scheme.lower() != "bearer" or not secret.strip():
            raise Problem("token-refused", "Send the token as `Authorization: Bearer cairn_…`.")
        return self.authenticate(request, secret.strip())

    def authenticate(self, request: HttpRequest, token: str) -> ApiToken:
        found = ApiToken.find(token)
        now = timezone.now()
        if found is None or not found.user.is_active:
            raise Problem("token-refused", "Cairn does not know this token.")
        if found.revoked_at is not None:
            raise Problem(
                "token-refused", f"This token was revoked on {found.revoked_at:%d %b %Y}."
            )
        if found.is_expired(now):
            raise Problem("token-refused", f"This token expired on {found.expires_at:%d %b %Y}.")
        if is_write(request) and not found.allows_writes:
            raise Problem(
                "read-only-token",
                f"The token “{found.name}” is read only: make a read-and-write token to "
                "change anything.",
            )
        found.mark_used(now)
        request.user = found.user
        request.api_token = found  # type: ignore[attr-defined]
        return found


class SessionAuth(APIKeyCookie):
    """The browser's Cairn session (signed in on the web); changes need `X-CSRFToken`."""

    param_name = settings.SESSION_COOKIE_NAME
    openapi_description = (
        "The session of a person signed in to Cairn in the browser. A change (POST, PUT, "
        "PATCH) must send the `csrftoken` cookie's value in the `X-CSRFToken` header."
    )

    def __init__(self) -> None:
        super().__init__(csrf=False)  # checked below, only for a signed-in person's changes

    def authenticate(self, request: HttpRequest, key: str | None) -> User | None:
        user = request.user
        if not user.is_authenticated:
            return None
        if owes_second_factor(user):
            raise Problem(
                "second-factor-required",
                "Sign in again with the code from your authenticator app, or use a token.",
            )
        if is_write(request) and check_csrf(request) is not None:
            raise Problem(
                "csrf-failed",
                "Send the csrftoken cookie's value in the X-CSRFToken header (or use a token).",
            )
        return user  # type: ignore[return-value]


def owes_second_factor(user: User) -> bool:
    """A session that has not given the code its person must give (as the pages ask)."""
    verified = getattr(user, "is_verified", None)
    if verified is None or verified():
        return False
    return user.has_second_factor or must_have_second_factor(user)


def caller_key(request: HttpRequest) -> str:
    """Whose allowance a request counts against: its token, or its person's session."""
    token = getattr(request, "api_token", None)
    return f"token-{token.pk}" if token is not None else f"person-{request.user.pk}"
