"""What the OpenAPI description says beyond what django-ninja derives from the code: the
versions (the `If-Match` parameter and the `ETag` and `Location` headers, from each
operation's `x-cairn-versions` mark, cairn/api/changes.py), and links between operations
(OpenAPI 3 `links`), so a client, or schemathesis's stateful tests, can follow a new
thing's id and version from one operation to the next."""

from __future__ import annotations

import re
from typing import Any

from cairn.api.changes import VERSIONS

IF_MATCH = {
    "name": "If-Match",
    "in": "header",
    "required": True,
    "description": 'The version you read (its ETag, e.g. "3"): 428 without it, 412 if it '
    "is no longer the current version.",
    "schema": {"type": "string"},
}
ETAG = {
    "description": "The version: send it back as If-Match to change or delete it.",
    "schema": {"type": "string"},
}
LOCATION = {"description": "The new thing's address in the API.", "schema": {"type": "string"}}
ONE_MORE_PARAMETER = re.compile(r"^\{(\w+)\}/$")
ONE_MORE_WORD = re.compile(r"^[a-z-]+/$")


def describe_versions(operation: dict[str, Any]) -> None:
    """Turn the operation's version mark into its parameter and response headers."""
    marks = operation.pop(VERSIONS, [])
    if "if-match" in marks:
        operation.setdefault("parameters", []).append(IF_MATCH)
        stale = _response(operation, 412)
        if stale is not None:
            stale.setdefault("headers", {})["ETag"] = ETAG
    for status, response in operation["responses"].items():
        if "etag" in marks and int(status) < 300:
            response.setdefault("headers", {})["ETag"] = ETAG
            if int(status) == 201:
                response["headers"]["Location"] = LOCATION


# Where a new part of a plan can go: (a list or an addition that answers with its parent,
# the kind it takes, the body field naming the parent). Links from each fill that field.
ADDITIONS = (
    ("/api/v1/plans/", "themes", "plan"),
    ("/api/v1/themes/", "objectives", "theme"),
    ("/api/v1/themes/", "actions", "theme"),
    ("/api/v1/actions/", "milestones", "action"),
)


def link_additions(paths: dict[str, dict[str, Any]]) -> None:
    """Links from a list of plans, themes or actions (its first one), and from a theme or
    action just added, to adding a part under it: a new theme, objective, action or
    milestone titled "Added by a link"."""
    for parents, kind, field in ADDITIONS:
        target = paths[f"/api/v1/{kind}/"]["post"]
        listed = _response(paths[parents]["get"], 200)
        added = _response(paths[parents].get("post", {}), 201)
        sources = [(listed, "$response.body#/results/0/id")]
        if added is not None and "ETag" in added.get("headers", {}):  # answers with the thing
            sources.append((added, "$response.body#/id"))
        for response, parent in sources:
            if response is None:
                continue
            response.setdefault("links", {})[f"POST {target['operationId']}"] = {
                "operationId": target["operationId"],
                "requestBody": {field: parent, "title": "Added by a link"},
            }


def link_operations(paths: dict[str, dict[str, Any]]) -> None:
    """Links from what answers with a thing to what changes it:

    - from `POST /things/` (201) to every operation on `/things/{thing_id}/`, with the new
      thing's `id` (and its `ETag` as If-Match where one is needed);
    - from an operation on `/things/{thing_id}/` that answers with a version (a read, a
      change) to those on the same address, or one word below it (`…/review/`), that need
      one, with that `ETag`."""
    for path, operations in paths.items():
        created = _response(operations.get("post", {}), 201)
        if created is not None and "ETag" in created.get("headers", {}):  # a thing with an id
            for item_path, name in _below(paths, path, ONE_MORE_PARAMETER):
                _link(created, paths[item_path], {name: "$response.body#/id"})
        same = {name: f"$request.path.{name}" for name in re.findall(r"\{(\w+)\}", path)}
        targets = [operations] + [paths[p] for p, _ in _below(paths, path, ONE_MORE_WORD)]
        for source in operations.values():
            for status, response in source["responses"].items():
                if int(status) < 300 and "ETag" in response.get("headers", {}):
                    for target in targets:
                        _link(response, target, same, only_versioned=True)


def _response(operation: dict[str, Any], status: int) -> dict[str, Any] | None:
    found = [r for code, r in operation.get("responses", {}).items() if int(code) == status]
    return found[0] if found else None


def _below(paths: dict[str, Any], path: str, step: re.Pattern[str]) -> list[tuple[str, str]]:
    """The addresses one `step` below `path`, each with what the step matched."""
    found = []
    for other in paths:
        if other.startswith(path):
            match = step.match(other[len(path) :])
            if match:
                found.append((other, match.group(match.lastindex or 0)))
    return found


def _link(
    response: dict[str, Any],
    targets: dict[str, Any],
    parameters: dict[str, str],
    *,
    only_versioned: bool = False,
) -> None:
    for method, target in targets.items():
        needs_version = IF_MATCH in target.get("parameters", [])
        if only_versioned and not needs_version:
            continue
        given = dict(parameters)
        if needs_version and "ETag" in response.get("headers", {}):
            given["header.If-Match"] = "$response.header.ETag"
        path_names = {p["name"] for p in target.get("parameters", []) if p["in"] == "path"}
        if not path_names <= set(given):
            continue  # a parameter this response cannot fill
        response.setdefault("links", {})[f"{method.upper()} {target['operationId']}"] = {
            "operationId": target["operationId"],
            "parameters": given,
        }
