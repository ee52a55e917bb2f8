"""The API's permission matrix: every operation x every role x two partnerships.

Each operation is called with a token of each person of the fixed cast (and with none), on
the objects of partnership A and of partnership B, with a body that would be accepted. The
expected answer follows from the operation's rule, exactly as for the web pages
(cairn/tests/test_permission_matrix.py, whose world and cast this reuses): signed out 401,
another partnership's object 404 (never 403: its existence is not confirmed), a role that
may not 403, otherwise done. Each call runs in a transaction rolled back afterwards.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

import pytest
from django.db import transaction
from django.test import Client
from django.utils import timezone

from cairn.accounts.models import ApiToken
from cairn.api import items
from cairn.deathreviews.access import may_see_reviews
from cairn.plans.models import Action, Milestone, Objective, Plan, Theme
from cairn.reviews.models import Update
from cairn.tests.test_permission_matrix import (
    ACTION_LEAD,
    ANONYMOUS,
    COORDINATOR,
    MEMBER,
    RETURNS,
    REVIEW_READER,
    ROLES,
    SIGNED_IN,
    SUBMITTER,
    build_world,
    role_in_owner,
)

Objects = dict[str, Any]


@pytest.fixture
def world(settings, tmp_path):
    return build_world(settings, tmp_path)


@dataclass(frozen=True)
class Operation:
    method: str
    path: str
    """With {names} of the owning partnership's objects, e.g. /api/v1/plans/{plan}/."""
    rule: str
    body: Callable[[Objects], Any] | None = None
    headers: Callable[[Objects], dict[str, str]] = field(default=lambda objects: {})
    done: int = 200
    prepare: Callable[[Objects], None] = field(default=lambda objects: None)
    """Put the objects in the state the operation acts on (rolled back with the call)."""


def plan_document(objects: Objects) -> dict:
    return {"title": "Copied plan", "period_text": "2016/17", "themes": []}


def if_match(kind: str) -> Callable[[Objects], dict[str, str]]:
    """The version the thing has now, as a caller who had just read it would send."""

    def header(objects: Objects) -> dict[str, str]:
        today = timezone.localdate()
        shown = {
            "theme": lambda pk: items.theme_out(Theme.objects.get(pk=pk)),
            "objective": lambda pk: items.objective_out(Objective.objects.get(pk=pk)),
            "action": lambda pk: {"version": Action.objects.get(pk=pk).version},
            "milestone": lambda pk: items.milestone_out(Milestone.objects.get(pk=pk), today),
        }[kind](objects[kind])
        return {"If-Match": f'"{shown["version"]}"'}

    return header


def update_version(objects: Objects) -> dict[str, str]:
    update = Update.objects.get(round=objects["round"], action=objects["action"])
    return {"If-Match": f'"{update.version}"'}


def submit_the_update(objects: Objects) -> None:
    Update.objects.filter(round=objects["round"], action=objects["action"]).update(
        state=Update.State.SUBMITTED
    )


def first_return(objects: Objects) -> dict[str, str]:
    return {"If-Match": '"0"'}  # no return yet for the period


CREATED = {
    "theme": lambda o: {"plan": o["plan"], "title": "T"},
    "objective": lambda o: {"theme": o["theme"], "title": "O"},
    "action": lambda o: {"theme": o["theme"], "title": "A"},
    "milestone": lambda o: {"action": o["action"], "title": "M"},
}


OPERATIONS = [
    Operation("GET", "/api/v1/partnerships/", SIGNED_IN),
    Operation("GET", "/api/v1/plans/", SIGNED_IN),
    Operation("GET", "/api/v1/plans/?partnership={slug}", MEMBER),
    Operation("GET", "/api/v1/plans/{plan}/", MEMBER),
    Operation("POST", "/api/v1/plans/?partnership={slug}", COORDINATOR, plan_document, done=201),
    *(
        Operation("GET", f"/api/v1/{kind}s/?plan={{plan}}", MEMBER)
        for kind in ("theme", "objective", "action", "milestone")
    ),
    Operation("GET", "/api/v1/objectives/?theme={theme}", MEMBER),
    # A death review's action plan: the coordinator and the roles they chose (viewers here).
    Operation("GET", "/api/v1/actions/{review_action}/", REVIEW_READER),
    Operation("GET", "/api/v1/milestones/?action={action}", MEMBER),
    *(
        Operation("GET", f"/api/v1/{kind}s/{{{kind}}}/", MEMBER)
        for kind in ("theme", "objective", "action", "milestone")
    ),
    Operation(
        "PATCH", "/api/v1/themes/{theme}/", COORDINATOR, lambda o: {"title": "T"}, if_match("theme")
    ),
    Operation(
        "PATCH",
        "/api/v1/objectives/{objective}/",
        COORDINATOR,
        lambda o: {"ref": "9"},
        if_match("objective"),
    ),
    Operation(
        "PATCH",
        "/api/v1/actions/{action}/",
        COORDINATOR,
        lambda o: {"title": "A"},
        if_match("action"),
    ),
    Operation(
        "PATCH",
        "/api/v1/milestones/{milestone}/",
        COORDINATOR,
        lambda o: {"title": "M"},
        if_match("milestone"),
    ),
    *(
        Operation("POST", f"/api/v1/{kind}s/", COORDINATOR, body, done=201)
        for kind, body in CREATED.items()
    ),
    *(
        Operation("DELETE", f"/api/v1/{kind}s/{{{kind}}}/", COORDINATOR, headers=if_match(kind))
        for kind in ("theme", "objective", "action", "milestone")
    ),
    Operation("GET", "/api/v1/rounds/{round}/actions/{action}/update/", ACTION_LEAD),
    Operation(
        "PUT",
        "/api/v1/rounds/{round}/actions/{action}/update/",
        ACTION_LEAD,
        lambda o: {"note": "Started"},
        update_version,
    ),
    Operation(
        "POST",
        "/api/v1/rounds/{round}/actions/{action}/update/review/",
        COORDINATOR,
        lambda o: {"decision": "return", "comment": "Add the figures"},
        update_version,
        prepare=submit_the_update,
    ),
    Operation("GET", "/api/v1/data-returns/due/?partnership={slug}", RETURNS),
    Operation("GET", "/api/v1/data-sets/{data_set}/returns/{period}/", SUBMITTER),
    Operation(
        "PUT",
        "/api/v1/data-sets/{data_set}/returns/{period}/",
        SUBMITTER,
        lambda o: {"values": [{"element": "cases", "value": 3}]},
        first_return,
    ),
]


def expected(operation: Operation, role: str, owner: str) -> int:
    if role == ANONYMOUS:
        return 401
    if operation.rule == SIGNED_IN:
        return operation.done
    held = role_in_owner(role, owner)
    if held is None:
        return 404
    if operation.rule == SUBMITTER:  # a data contributor of an agency that returns it
        return operation.done if held == "data_contributor" else 403
    if operation.rule == MEMBER or held == "coordinator":
        return operation.done
    if operation.rule == ACTION_LEAD and held == "lead":  # the action's lead, in A or B
        return operation.done
    if operation.rule == RETURNS and held == "data_contributor":  # of the return's agency
        return operation.done
    if operation.rule == REVIEW_READER and held == "viewer":
        return operation.done
    return 403


def call(client: Client, secret: str | None, operation: Operation, objects: Objects):
    url = operation.path.format(**objects)
    headers = {"Authorization": f"Bearer {secret}"} if secret else {}
    with transaction.atomic():
        operation.prepare(objects)
        headers.update(operation.headers(objects))
        if operation.body is None:
            response = client.generic(operation.method, url, headers=headers)
        else:
            response = client.generic(
                operation.method,
                url,
                json.dumps(operation.body(objects)),
                content_type="application/json",
                headers=headers,
            )
        transaction.set_rollback(True)
    return response


@pytest.mark.slow
@pytest.mark.django_db
def test_every_operation_answers_every_role_in_both_partnerships_as_expected(world, settings):
    settings.CAIRN_API_READS_PER_MINUTE = settings.CAIRN_API_WRITES_PER_MINUTE = 10_000
    objects, who = world
    secrets = {
        role: ApiToken.issue(person, "matrix", ApiToken.Access.READ_WRITE, None)[1]
        for role, person in who.items()
    }
    client = Client()
    wrong, leaks, cells = [], [], 0
    for operation in OPERATIONS:
        for owner in ("a", "b"):
            for role in ROLES:
                response = call(client, secrets.get(role), operation, objects[owner])
                want, got = expected(operation, role, owner), response.status_code
                cells += 1
                if got != want:
                    where = f"{operation.method} {operation.path} of {owner}"
                    cell = f"{where} as {role}: {got}, want {want}"
                    wrong.append(f"{cell} {response.content[:200]!r}")
                    if got < 400 <= want:
                        leaks.append(cell)
    assert not leaks, f"{len(leaks)} leak(s):\n" + "\n".join(leaks)
    assert not wrong, f"{len(wrong)} of {cells} cells differ:\n" + "\n".join(wrong)


@pytest.mark.django_db
def test_lists_hold_only_the_callers_partnerships(world):
    objects, who = world
    for role, person in who.items():
        _, secret = ApiToken.issue(person, "lists", ApiToken.Access.READ, None)
        client = Client(headers={"Authorization": f"Bearer {secret}"})
        plans = {p["id"] for p in client.get("/api/v1/plans/").json()["results"]}
        slugs = {p["slug"] for p in client.get("/api/v1/partnerships/").json()["results"]}
        mine = [objects[o]["partnership"] for o in ("a", "b") if role_in_owner(role, o)]
        visible = {
            plan.pk
            for plan in Plan.objects.filter(partnership__in=mine)
            if plan.kind == Plan.Kind.YEARLY or may_see_reviews(person, plan.partnership_id)
        }
        assert plans == visible, role
        listed = client.get("/api/v1/actions/?page_size=200").json()["results"]
        actions = {action["id"] for action in listed}
        assert actions == set(
            Action.objects.filter(theme__plan__in=visible).values_list("pk", flat=True)
        ), role
        assert slugs == {partnership.slug for partnership in mine}, role
