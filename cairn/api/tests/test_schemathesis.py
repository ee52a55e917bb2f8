"""schemathesis against the API's own OpenAPI description: for each operation, up to 25
generated requests (valid and invalid) as a coordinator with a read-and-write token, over a
partnership with a plan, a round and updates. No answer may be a server error, break the
description (status, content type, body shape), or accept a request that breaks it.

Then statefully: 25 sequences of calls that follow the description's links (cairn/api/
description.py), so a theme added by `POST /themes/` is read, changed with the `ETag` it
came with as `If-Match`, and deleted, and an update read is reviewed with its version.
There, too, a deleted thing must be gone and a new one must be there. That random walk
seldom gets a change through: its first calls are drawn at random (a plan id, a theme id or a
list filter that names nothing answers 404, so a GET of a list rarely answers 200 and a POST
rarely 201), it chooses among some forty links at each of its six steps, and whether it fills
a link's id and If-Match comes from an unseeded coin. Measured: in its 25 sequences two POSTs
answered 201 and no PATCH or DELETE was ever sent. So a third test follows the links itself,
from the list of plans to a new theme, objective, action and milestone, and changes and
deletes each one with the id and version its links give, every answer checked the same way.

Not a check here: `positive_data_acceptance` (that every request the description allows is
accepted), because Cairn rightly refuses more than a schema can say: ids of things that do
not exist (404), and the forms' own rules (422), e.g. a title of only spaces.

SQLite only: the same code runs on PostgreSQL in the rest of the API's tests, and this one
is the slowest; skipped when DATABASE_URL names PostgreSQL.
"""

from __future__ import annotations

import datetime as dt
import os

import pytest
import schemathesis
from django.core.wsgi import get_wsgi_application
from hypothesis import HealthCheck, settings
from schemathesis.generation.stateful import run_state_machine_as_test
from schemathesis.specs.openapi.checks import positive_data_acceptance

from cairn.accounts.models import ApiToken, Role
from cairn.plans.factories import make_milestone, make_partnership, make_person, make_plan
from cairn.plans.models import Action, Milestone, Objective, Theme
from cairn.reviews.models import ReviewRound, Update

pytestmark = pytest.mark.skipif(
    os.environ.get("DATABASE_URL", "").startswith("postgres"),
    reason="schemathesis runs on SQLite only, to keep the suite fast",
)


@pytest.fixture
def token(db, settings):
    settings.CAIRN_API_READS_PER_MINUTE = settings.CAIRN_API_WRITES_PER_MINUTE = 1_000_000
    partnership = make_partnership("Partnership A", "partnership-a")
    coordinator = make_person("c@a.example", "Casey", partnership, Role.COORDINATOR)
    lead = make_person("l@a.example", "Lee", partnership, Role.LEAD)
    plan = make_plan(partnership)
    action = plan.themes.get().actions.first()
    action.lead_people.add(lead)
    make_milestone(action, "Helpline live", "Jun 2016")
    review_round = ReviewRound.objects.create(
        plan=plan,
        period="2016/17 Q2",
        opens_on=dt.date(2016, 9, 1),
        closes_on=dt.date(2016, 9, 30),
        opened_by=coordinator,
    )
    Update.objects.create(
        round=review_round, action=action, author=lead, state=Update.State.SUBMITTED
    )
    return ApiToken.issue(coordinator, "schemathesis", ApiToken.Access.READ_WRITE, None)[1]


# Read once, when the tests are collected: the description needs no database.
schema = schemathesis.openapi.from_wsgi("/api/v1/openapi.json", get_wsgi_application())


@schema.parametrize()
@settings(
    max_examples=25,
    deadline=None,
    suppress_health_check=list(HealthCheck),
    derandomize=True,
)
def test_the_api_keeps_to_its_description(case, token):
    case.call_and_validate(
        headers={"Authorization": f"Bearer {token}"},
        excluded_checks=[positive_data_acceptance],
    )


def test_linked_calls_keep_to_the_description_too(token):
    signed_in = {"Authorization": f"Bearer {token}"}

    class AsTheCoordinator(schema.as_state_machine()):  # type: ignore[misc]
        def get_call_kwargs(self, case):
            return {"headers": signed_in}

        def validate_response(self, response, case, additional_checks=None, **kwargs):
            case.validate_response(
                response,
                additional_checks=additional_checks,
                excluded_checks=[positive_data_acceptance],
                headers=signed_in,  # the token is ours, not generated: probe it as such
                transport_kwargs=kwargs or None,
                recorder=self.recorder,
            )

    run_state_machine_as_test(
        AsTheCoordinator,
        settings=settings(
            max_examples=25,
            stateful_step_count=6,
            deadline=None,
            suppress_health_check=list(HealthCheck),
            derandomize=True,
        ),
    )


# ---------------------------------------------------------------- following the links


def linked(source, response, name: str, **body):
    """The case the description's link `name` makes from `response` to `source`'s call:
    its path parameters, its If-Match and its body filled as the link says (`$response.body`,
    `$response.header`, `$request.path`), and `body` added."""
    definition = schema.raw_schema["paths"][source.path][source.method.lower()]
    link = definition["responses"][str(response.status_code)]["links"][name]
    target = schema.find_operation_by_id(link["operationId"])

    def value(expression):
        if not isinstance(expression, str) or not expression.startswith("$"):
            return expression
        where, _, rest = expression.partition("#")
        if where == "$response.body":
            found = response.json()
            for step in rest.strip("/").split("/"):
                found = found[int(step)] if isinstance(found, list) else found[step]
            return found
        if where.startswith("$response.header."):  # names lowercased, each a list of values
            return response.headers[where.removeprefix("$response.header.").lower()][0]
        return source.path_parameters[where.removeprefix("$request.path.")]

    path, headers = {}, {}
    for parameter, expression in link.get("parameters", {}).items():
        if parameter.startswith("header."):
            headers[parameter.removeprefix("header.")] = value(expression)
        else:
            path[parameter] = value(expression)
    sent = {field: value(e) for field, e in link.get("requestBody", {}).items()} | body
    return target.Case(path_parameters=path, headers=headers, **({"body": sent} if sent else {}))


def test_each_part_of_a_plan_is_added_changed_and_deleted_by_following_the_links(token):
    signed_in = {"Authorization": f"Bearer {token}"}

    def call(case, status: int):
        response = case.call_and_validate(
            headers=signed_in, excluded_checks=[positive_data_acceptance]
        )
        assert response.status_code == status, f"{case.method} {case.path}: {response.text}"
        return response

    plans = schema["/api/v1/plans/"]["GET"].Case()
    listed = call(plans, 200)
    new_theme = linked(plans, listed, "POST cairn_api_item_changes_create_theme")
    theme = call(new_theme, 201)
    added = {"theme": (new_theme, theme)}
    for kind in ("objective", "action"):
        case = linked(new_theme, theme, f"POST cairn_api_item_changes_create_{kind}")
        added[kind] = (case, call(case, 201))
    new_milestone = linked(*added["action"], "POST cairn_api_item_changes_create_milestone")
    added["milestone"] = (new_milestone, call(new_milestone, 201))

    models = {"theme": Theme, "objective": Objective, "action": Action, "milestone": Milestone}
    for kind in ("milestone", "action", "objective", "theme"):  # the parts before the whole
        created, response = added[kind]
        change = linked(
            created, response, f"PATCH cairn_api_item_changes_change_{kind}", title="Renamed"
        )
        changed = call(change, 200)
        assert changed.json()["title"] == "Renamed"
        assert changed.headers["etag"] != response.headers["etag"]
        call(linked(change, changed, f"DELETE cairn_api_item_changes_delete_{kind}"), 200)
        assert not models[kind].objects.filter(pk=response.json()["id"]).exists()
