"""Every refusal the API makes, as RFC 9457 problem details (application/problem+json).

A problem names its kind (`type`, a link to the kind's explanation on the API's docs page),
says what went wrong in plain words (`title`, `detail`) and, for invalid input, lists each
field with its message (`errors`): the same messages the web forms show.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from typing import Any

from django.core.serializers.json import DjangoJSONEncoder
from django.http import HttpRequest, HttpResponse

CONTENT_TYPE = "application/problem+json"
DOCS_PATH = "/api/v1/docs/"

KINDS: dict[str, tuple[int, str, str]] = {
    # kind: (status, title, when it happens): the docs page lists them in this order.
    "invalid-json": (400, "The body is not valid JSON", "The body could not be read as JSON."),
    "bad-request": (400, "The request cannot be read", "A header or the body is malformed."),
    "not-signed-in": (
        401,
        "Sign in or send an API token",
        "No session and no `Authorization: Bearer` token came with the request.",
    ),
    "token-refused": (
        401,
        "The API token does not work",
        "The token is unknown, revoked or expired: make a new one on your account page.",
    ),
    "second-factor-required": (
        401,
        "Give your second factor first",
        "The browser session has not given the code from an authenticator app its person "
        "must give: sign in again, or use a token.",
    ),
    "read-only-token": (
        403,
        "This token is read only",
        "A read-only token asked to change something: use a read-and-write token.",
    ),
    "csrf-failed": (
        403,
        "The CSRF check failed",
        "A change made with a browser session needs the `X-CSRFToken` header.",
    ),
    "forbidden": (403, "You may not do this", "Your role in the partnership does not allow it."),
    "not-found": (
        404,
        "Not found",
        "There is no such thing, or it belongs to a partnership you are not in.",
    ),
    "conflict": (
        409,
        "The change is refused in this state",
        "For example, an update to a round that is closed, a review of an update not yet "
        "submitted, or a data return for a period that is approved and locked.",
    ),
    "stale-version": (
        412,
        "Someone changed this since you read it",
        "`If-Match` named an older version: read it again (its `ETag`), then decide again.",
    ),
    "body-too-large": (413, "The body is too large", "The body is over the API's size limit."),
    "unsupported-media-type": (
        415,
        "Send the body as JSON",
        "A body must come with `Content-Type: application/json`.",
    ),
    "invalid-fields": (
        422,
        "Some fields are not valid",
        "`errors` lists each field with its message; nothing was changed.",
    ),
    "version-required": (
        428,
        "Say which version you are changing",
        "A change must send `If-Match` with the `ETag` it read, so no change is overwritten.",
    ),
    "rate-limited": (
        429,
        "Too many requests",
        "The token made too many requests this minute: wait for `Retry-After` seconds.",
    ),
}


@dataclass
class FieldError:
    field: str
    """The field's path in the body or query, e.g. `title` or `themes.0.title`."""
    message: str


@dataclass
class Problem(Exception):
    """A refusal: raise it anywhere under an API view."""

    kind: str
    detail: str = ""
    errors: list[FieldError] = field(default_factory=list)
    headers: dict[str, str] = field(default_factory=dict)
    extra: dict[str, Any] = field(default_factory=dict)
    """More members, e.g. `current_version` for a stale version."""

    def __post_init__(self) -> None:
        if self.kind not in KINDS:
            raise ValueError(f"Unknown problem kind {self.kind!r}")
        super().__init__(self.detail or self.title)

    @property
    def status(self) -> int:
        return KINDS[self.kind][0]

    @property
    def title(self) -> str:
        return KINDS[self.kind][1]

    def body(self, request: HttpRequest | None = None) -> dict[str, Any]:
        body: dict[str, Any] = {
            "type": f"{DOCS_PATH}#problem-{self.kind}",
            "title": self.title,
            "status": self.status,
            "detail": self.detail or KINDS[self.kind][2].replace("`", ""),
        }
        if request is not None:
            body["instance"] = request.get_full_path()
        if self.errors:
            body["errors"] = [{"field": e.field, "message": e.message} for e in self.errors]
        return {**body, **self.extra}

    def response(self, request: HttpRequest | None = None) -> HttpResponse:
        response = HttpResponse(
            json.dumps(self.body(request), cls=DjangoJSONEncoder),
            status=self.status,
            content_type=CONTENT_TYPE,
        )
        for name, value in self.headers.items():
            response[name] = value
        return response


def form_errors(form: Any, names: dict[str, str] | None = None) -> list[FieldError]:
    """A Django form's errors as field errors, each field under its API name (`names` maps
    form field names that differ); errors of the whole form under `non_field_errors`."""
    names = names or {}
    found = []
    for name, messages in form.errors.items():
        shown = "non_field_errors" if name == "__all__" else names.get(name, name)
        found.extend(FieldError(shown, str(message)) for message in messages)
    return found
