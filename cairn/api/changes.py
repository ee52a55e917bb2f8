"""How the API changes things: the version a change starts from (`If-Match`), and the web
form that checks it, fed the same values a person would type.

A change is checked by the very form the page uses (so its messages are the forms' own)
and written by the same domain function; a field left out of the body keeps its value.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import re
from collections.abc import Iterable, Mapping
from typing import Any

from django import forms
from django.core.serializers.json import DjangoJSONEncoder
from django.db import models
from django.forms.models import model_to_dict
from django.http import HttpRequest, HttpResponse

from cairn.api.problems import Problem

ETAG = re.compile(r'^\s*(?:W/)?"([^"]*)"\s*$')

# What an operation says of versions in the OpenAPI description (`openapi_extra`); the
# API's get_openapi_schema turns each into the If-Match parameter and ETag/Location headers.
VERSIONS = "x-cairn-versions"
GIVES_VERSION = {VERSIONS: ["etag"]}
"""Its answer carries the version as `ETag` (and, for 201, where it is as `Location`)."""
NEEDS_VERSION = {VERSIONS: ["if-match", "etag"]}
"""It changes something: `If-Match` is required, and the answer carries the new `ETag`."""
NEEDS_VERSION_ONLY = {VERSIONS: ["if-match"]}
"""It deletes something: `If-Match` is required; what is gone has no version."""


def etag_of(version: int | str) -> str:
    return f'"{version}"'


def content_version(shown: Mapping[str, Any]) -> str:
    """A version for a thing with no version number of its own: a digest of what it shows."""
    text = json.dumps(shown, sort_keys=True, cls=DjangoJSONEncoder)
    return "h" + hashlib.sha256(text.encode()).hexdigest()[:20]


def with_version(response: HttpResponse, version: int | str) -> None:
    response["ETag"] = etag_of(version)


def expected_version(request: HttpRequest, current: int | str) -> str:
    """The version the caller read (`If-Match`): 428 without one, 412 if it is not the
    current one (with the current one, so they can read it again and decide)."""
    header = request.headers.get("If-Match")
    if not header:
        raise Problem(
            "version-required",
            f"Send If-Match: {etag_of(current)} (the ETag you read) with the change.",
            extra={"current_version": etag_of(current)},
        )
    match = ETAG.match(header)
    if match is None:
        raise Problem("bad-request", 'If-Match must be one quoted ETag, for example "3".')
    if match.group(1) != str(current):
        raise stale(current)
    return match.group(1)


def stale(current: int | str) -> Problem:
    return Problem(
        "stale-version",
        f"It is now at version {etag_of(current)}: read it again, then make your change.",
        headers={"ETag": etag_of(current)},
        extra={"current_version": etag_of(current)},
    )


def form_data(
    form_class: type[forms.ModelForm], instance: models.Model, changes: Mapping[str, Any]
) -> dict[str, Any]:
    """What the form would be posted with: the instance's values, with `changes` over them."""
    fields = list(form_class.Meta.fields)  # type: ignore[attr-defined]
    values = {**model_to_dict(instance, fields=fields), **changes}
    data: dict[str, Any] = {}
    for name in fields:
        value = values.get(name)
        if isinstance(value, dt.date):
            data[f"{name}_day"], data[f"{name}_month"], data[f"{name}_year"] = (
                value.day,
                value.month,
                value.year,
            )
        elif value is None:
            data[name] = ""
        elif isinstance(value, models.Model):
            data[name] = value.pk
        elif isinstance(value, Iterable) and not isinstance(value, str):
            data[name] = [item.pk if isinstance(item, models.Model) else item for item in value]
        else:
            data[name] = value
    return data
