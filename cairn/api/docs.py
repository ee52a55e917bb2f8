"""The API's docs page: the OpenAPI description read by a person, rendered on the server.

No Swagger UI: it would need scripts from elsewhere or inline, which Cairn's
Content-Security-Policy refuses. The page is plain HTML from the same description
`/api/v1/openapi.json` serves, so it cannot say anything the API does not do.
"""

from __future__ import annotations

from typing import Any

from django.conf import settings
from django.contrib.auth.decorators import login_not_required
from django.http import HttpRequest, HttpResponse
from django.shortcuts import render
from django.views.decorators.http import require_GET

from cairn.api.api import api
from cairn.api.problems import KINDS

METHODS = ("get", "post", "put", "patch", "delete")


@login_not_required
@require_GET
def docs_page(request: HttpRequest) -> HttpResponse:
    schema = api.get_openapi_schema()
    components = schema.get("components", {}).get("schemas", {})
    groups: dict[str, list[dict[str, Any]]] = {}
    for path, operations in schema["paths"].items():
        for method in METHODS:
            if method in operations:
                operation = operations[method]
                tag = (operation.get("tags") or ["Other"])[0]
                groups.setdefault(tag, []).append(_operation(path, method, operation))
    return render(
        request,
        "api/docs.html",
        {
            "info": schema["info"],
            "groups": groups,
            "problems": [
                {"kind": kind, "status": status, "title": title, "meaning": meaning}
                for kind, (status, title, meaning) in KINDS.items()
            ],
            "schemas": [_schema(name, body) for name, body in sorted(components.items())],
            "openapi_url": "/api/v1/openapi.json",
            "reads_per_minute": settings.CAIRN_API_READS_PER_MINUTE,
            "writes_per_minute": settings.CAIRN_API_WRITES_PER_MINUTE,
            "max_body_megabytes": f"{settings.CAIRN_API_MAX_BODY_BYTES / 1_000_000:g}",
        },
    )


def _operation(path: str, method: str, operation: dict[str, Any]) -> dict[str, Any]:
    body = operation.get("requestBody", {}).get("content", {})
    return {
        "id": operation.get("operationId", f"{method}-{path}"),
        "method": method.upper(),
        "path": path,
        "summary": operation.get("summary", ""),
        "description": operation.get("description", ""),
        "parameters": [
            {
                "name": p["name"],
                "where": p["in"],
                "required": p.get("required", False),
                "type": _type(p.get("schema", {})),
                "description": p.get("description") or p.get("schema", {}).get("description", ""),
            }
            for p in operation.get("parameters", [])
        ],
        "body": [
            {"media_type": media_type, "type": _type(content.get("schema", {}))}
            for media_type, content in body.items()
        ],
        "responses": [
            {
                "status": status,
                "description": response.get("description", ""),
                "types": [
                    f"{media_type}: {_type(content.get('schema', {}))}"
                    if content.get("schema")
                    else media_type
                    for media_type, content in response.get("content", {}).items()
                ]
                + [f"header {name}" for name in response.get("headers", {})],
            }
            for status, response in operation.get("responses", {}).items()
        ],
    }


def _schema(name: str, body: dict[str, Any]) -> dict[str, Any]:
    required = set(body.get("required", []))
    return {
        "name": name,
        "description": body.get("description", ""),
        "fields": [
            {
                "name": field,
                "type": _type(spec),
                "required": field in required,
                "description": spec.get("description", ""),
            }
            for field, spec in body.get("properties", {}).items()
        ],
    }


def _type(spec: dict[str, Any]) -> str:
    """A schema as a short phrase: `PlanOut`, `list of string`, `integer or null`."""
    if "$ref" in spec:
        return spec["$ref"].rsplit("/", 1)[-1]
    if "enum" in spec:
        return "one of " + ", ".join(str(v) for v in spec["enum"])
    for key in ("anyOf", "oneOf"):
        if key in spec:
            return " or ".join(_type(option) for option in spec[key])
    if spec.get("type") == "array":
        return f"list of {_type(spec.get('items', {}))}"
    if spec.get("format") in ("date", "date-time", "binary"):
        return f"{spec.get('type', 'string')} ({spec['format']})"
    return str(spec.get("type", "any"))
