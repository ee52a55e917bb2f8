"""Cairn's JSON API, version 1: the NinjaAPI, how it signs callers in, limits them and
turns every refusal into problem details. The resources are in the modules beside this one.

Why django-ninja: it generates the OpenAPI 3 description from the same type hints and
pydantic models that validate each request, so the description cannot drift from the code;
its views are plain typed functions (the shape of Cairn's own views), and it adds one
dependency (pydantic) where Django REST framework with drf-spectacular adds two frameworks
and a second way of writing views.
"""

from __future__ import annotations

import json
from typing import Any

from django.core.exceptions import PermissionDenied
from django.http import Http404, HttpRequest, HttpResponse
from ninja import NinjaAPI
from ninja.errors import AuthenticationError, HttpError, Throttled, ValidationError
from ninja.parser import Parser

from cairn.api.auth import SessionAuth, TokenAuth
from cairn.api.description import describe_versions, link_additions, link_operations
from cairn.api.limits import PerMinute
from cairn.api.problems import CONTENT_TYPE, FieldError, Problem
from cairn.api.schemas import ProblemOut

JSON_TYPES = ("application/json", "application/problem+json", "application/merge-patch+json")

DESCRIPTION = """\
Everything a person can read or do in Cairn, a council's own systems can do too, with the
same permissions: a token acts with exactly its owner's roles.

**Signing in.** Make a personal token on your account page and send it as
`Authorization: Bearer cairn_…`. A read-only token cannot change anything. In the browser,
the Cairn session works too; a change then needs the `X-CSRFToken` header.

**Lists** come a page at a time (`page`, `page_size`) with `count`, `next` and `previous`.

**Changes** need the version you read: every editable thing is returned with an `ETag`;
send it back as `If-Match` to change or delete it. If someone changed it meanwhile, the
change is refused with 412 and the version it has now, never overwritten. A new thing is
answered with 201, its `Location` and its `ETag`; a deleted one goes to Recently deleted,
where a coordinator can restore it for 30 days. The description's links lead from each
answer to the operations that take its id and version.

**Refusals** are problem details (RFC 9457, `application/problem+json`): `title`, `detail`
and, for invalid input, `errors` with each field and the same message the web form shows.

**Limits**: 120 reads and 30 changes a minute per token (429 with `Retry-After`); a body
of at most 5 MB (413).
"""


class JsonParser(Parser):
    """Bodies are JSON objects: anything else is refused with a clear problem."""

    def parse_body(self, request: HttpRequest) -> Any:
        if request.content_type not in JSON_TYPES:
            raise Problem(
                "unsupported-media-type",
                f"The body came as {request.content_type or 'no type'}: send it as "
                "application/json.",
            )
        try:
            return json.loads(request.body)
        except UnicodeDecodeError:
            raise Problem("invalid-json", "The body is not UTF-8 text.") from None
        except json.JSONDecodeError as error:
            raise Problem(
                "invalid-json",
                f"The body is not valid JSON: {error.msg} at line {error.lineno}, "
                f"column {error.colno}.",
            ) from None


class CairnAPI(NinjaAPI):
    def get_openapi_schema(self, *args: Any, **kwargs: Any) -> Any:
        """Refusals are documented as application/problem+json, as they are sent; versions
        as the If-Match parameter and ETag headers; and links between operations."""
        schema = super().get_openapi_schema(*args, **kwargs)
        for operations in schema["paths"].values():
            for operation in operations.values():
                for status, response in operation.get("responses", {}).items():
                    content = response.get("content", {})
                    if int(status) >= 400 and "application/json" in content:
                        response["content"] = {CONTENT_TYPE: content["application/json"]}
                describe_versions(operation)
        link_operations(schema["paths"])
        link_additions(schema["paths"])
        return schema


api = CairnAPI(
    title="Cairn API",
    version="1",
    description=DESCRIPTION,
    urls_namespace="api",
    docs_url=None,  # the docs page is Cairn's own (cairn/api/docs.py): no scripts from elsewhere
    auth=[TokenAuth(), SessionAuth()],
    throttle=[PerMinute()],
    parser=JsonParser(),
)


def problems(*statuses: int) -> dict[int, type[ProblemOut]]:
    """The refusals an operation may answer with, for its OpenAPI description."""
    common = (401, 403, 404, 422, 429)
    return dict.fromkeys(sorted({*common, *statuses}), ProblemOut)


# ---------------------------------------------------------------- refusals as problems


def _problem(request: HttpRequest, exc: Problem) -> HttpResponse:
    return exc.response(request)


def _not_found(request: HttpRequest, exc: Exception) -> HttpResponse:
    return Problem("not-found").response(request)


def _forbidden(request: HttpRequest, exc: Exception) -> HttpResponse:
    return Problem("forbidden", str(exc) or "").response(request)


def _http_error(request: HttpRequest, exc: HttpError) -> HttpResponse:
    if isinstance(exc.__cause__, Problem):  # raised while ninja read the body
        return exc.__cause__.response(request)
    if isinstance(exc, Throttled):
        limit = getattr(request, "api_rate_refused", "the limit")
        problem = Problem("rate-limited", f"This token has used its {limit}: try again soon.")
        return problem.response(request)
    if isinstance(exc, AuthenticationError):
        problem = Problem("not-signed-in", headers={"WWW-Authenticate": 'Bearer realm="cairn"'})
        return problem.response(request)
    kind = {400: "bad-request", 403: "forbidden", 404: "not-found", 413: "body-too-large"}
    return Problem(kind.get(exc.status_code, "bad-request"), str(exc)).response(request)


def _invalid(request: HttpRequest, exc: ValidationError) -> HttpResponse:
    return Problem("invalid-fields", errors=field_errors(exc.errors)).response(request)


def field_errors(errors: list[dict[str, Any]]) -> list[FieldError]:
    """pydantic's errors, each under the field's path in the body or the query string."""
    found = []
    for error in errors:
        location = [str(part) for part in error.get("loc", ())]
        if location[:1] in (["body"], ["query"], ["path"], ["header"]):
            location = location[1:]
        if location[:1] == ["body"]:  # the body parameter's own name
            location = location[1:]
        found.append(FieldError(".".join(location) or "body", _message(error)))
    return found


def _message(error: dict[str, Any]) -> str:
    kind = error.get("type", "")
    if kind == "extra_forbidden":
        return "Cairn does not know this field: check its name against the API description."
    if kind == "missing":
        return "This field is required."
    return str(error.get("msg", "This value is not valid."))


api.add_exception_handler(Problem, _problem)
api.add_exception_handler(Http404, _not_found)
api.add_exception_handler(PermissionDenied, _forbidden)
api.add_exception_handler(HttpError, _http_error)
api.add_exception_handler(ValidationError, _invalid)
