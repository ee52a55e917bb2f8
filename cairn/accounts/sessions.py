"""Sessions read with their person: one query where Django makes two on every request.

Django's database sessions keep the signed-in person's id inside the session's encoded data,
so `AuthenticationMiddleware` reads the session, then the person. Here the session's row
also names the person (`accounts.Session.user`, set whenever the session is saved), and the
session is read joined to its person. Django's own `auth.get_user` still decides who is
signed in, unchanged (the backend named in the session, the person's session hash, an
inactive person refused); only its fetch of the person by id is answered from the row
already read, when the ids agree (`PersonFromSession`). Anything else (a session whose
column and data disagree, another backend) reads the person as Django does.
"""

from __future__ import annotations

import logging
from contextvars import ContextVar
from typing import Any

from django.contrib import auth
from django.contrib.auth import middleware
from django.contrib.sessions.backends.db import SessionStore as DatabaseSessionStore
from django.core.exceptions import SuspiciousOperation
from django.http import HttpRequest
from django.utils import timezone
from django.utils.functional import SimpleLazyObject

from cairn.accounts.models import Session, User

_READING: ContextVar[SessionStore | None] = ContextVar("cairn_session_being_read", default=None)


class SessionStore(DatabaseSessionStore):
    """settings.SESSION_ENGINE: `person` is the session's person, read with it."""

    def __init__(self, session_key: str | None = None) -> None:
        super().__init__(session_key)
        self.person: User | None = None

    @classmethod
    def get_model_class(cls) -> type[Session]:
        return Session

    def _get_session_from_db(self) -> Session | None:
        try:
            found = self.model.objects.select_related("user").get(
                session_key=self.session_key, expire_date__gt=timezone.now()
            )
        except (self.model.DoesNotExist, SuspiciousOperation) as error:
            if isinstance(error, SuspiciousOperation):
                logger = logging.getLogger(f"django.security.{error.__class__.__name__}")
                logger.warning(str(error))
            self._session_key = None
            return None
        self.person = found.user
        return found

    def create_model_instance(self, data: dict[str, Any]) -> Session:
        session = super().create_model_instance(data)
        session.user_id = person_id(data)
        return session

    async def acreate_model_instance(self, data: dict[str, Any]) -> Session:
        session = await super().acreate_model_instance(data)
        session.user_id = person_id(data)
        return session


def person_id(data: dict[str, Any]) -> int | None:
    """The signed-in person's id in a session's data, if any."""
    try:
        return int(data[auth.SESSION_KEY])
    except (KeyError, TypeError, ValueError):
        return None


class PersonFromSession:
    """For an authentication backend (a ModelBackend): `get_user` answers from the session
    row being read, when it names the same person, instead of a query of its own."""

    def get_user(self, user_id: Any) -> User | None:
        session = _READING.get()
        person = session.person if session is not None else None
        if person is not None and str(person.pk) == str(user_id):
            return person if self.user_can_authenticate(person) else None  # type: ignore[attr-defined]
        return super().get_user(user_id)  # type: ignore[misc]


def signed_in_person(request: HttpRequest) -> Any:
    """`auth.get_user` (once per request), with the session's person at hand."""
    if not hasattr(request, "_cached_user"):
        session = request.session
        token = _READING.set(session if isinstance(session, SessionStore) else None)
        try:
            request._cached_user = auth.get_user(request)  # type: ignore[attr-defined]
        finally:
            _READING.reset(token)
    return request._cached_user  # type: ignore[attr-defined]


class AuthenticationMiddleware(middleware.AuthenticationMiddleware):
    """Django's, reading the person with the session (`signed_in_person`)."""

    def process_request(self, request: HttpRequest) -> None:
        super().process_request(request)
        request.user = SimpleLazyObject(lambda: signed_in_person(request))
