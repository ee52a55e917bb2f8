"""Signing in from an emailed link (django-sesame), bound to the person's sign-in key.

A link names the person by `User.sign_in_key`, not their id: when their access ends the key
is replaced and every link already sent stops working. Sessions still name people by id.
"""

from __future__ import annotations

from django.contrib.auth.backends import ModelBackend
from sesame.tokens import parse_token

from cairn.accounts.models import User
from cairn.accounts.sessions import PersonFromSession

PASSWORD_BACKEND = "cairn.accounts.backends.PasswordBackend"


class PasswordBackend(PersonFromSession, ModelBackend):
    """Django's email and password sign-in; a signed-in person is read with their session."""


class SignInLinkBackend(PersonFromSession, ModelBackend):
    def authenticate(self, request, sesame=None, scope: str = "", max_age=None):  # type: ignore[override]
        if sesame is None:
            return None
        return parse_token(sesame, self._user_by_sign_in_key, scope, max_age)

    def _user_by_sign_in_key(self, key) -> User | None:
        user = User.objects.filter(sign_in_key=key).first()
        return user if user is not None and self.user_can_authenticate(user) else None
