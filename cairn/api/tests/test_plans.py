"""Plans through the API: listed for the people who may see them, read as Plan JSON, and
made from Plan JSON through the importer's own save path."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from django.conf import settings

from cairn.accounts.models import ApiToken, Role
from cairn.api.tests.conftest import Api
from cairn.api.tests.test_auth_and_limits import problem
from cairn.imports.parse import parse_file
from cairn.plans.factories import make_person, make_plan
from cairn.plans.models import Action, Plan

pytestmark = pytest.mark.django_db

DOCUMENTS = Path(__file__).resolve().parents[2] / "imports" / "tests" / "documents"
CREATE = "/api/v1/plans/?partnership=partnership-a"


def plan_schema() -> dict | None:
    path = Path(settings.SEEDS_DIR).parent / "plan.schema.json"
    return json.loads(path.read_text()) if path.is_file() else None


# ---------------------------------------------------------------- listing


def test_plans_are_listed_with_their_counts_and_links(api_as, viewer, plan_a):
    body = api_as(viewer).get("/api/v1/plans/").json()
    assert body["count"] == 1 and body["next"] is None
    (plan,) = body["results"]
    assert plan["id"] == plan_a.pk and plan["partnership"] == "partnership-a"
    assert (plan["theme_count"], plan["action_count"], plan["state"]) == (1, 4, "active")
    assert plan["links"] == {"self": f"/api/v1/plans/{plan_a.pk}/", "web": f"/plans/{plan_a.pk}/"}


def test_plans_filter_by_partnership_and_state(api_as, coordinator, plan_a, partnership_b):
    make_plan(partnership_b)
    draft = make_plan(plan_a.partnership, "Draft plan")
    Plan.objects.filter(pk=draft.pk).update(state=Plan.State.DRAFT)
    client = api_as(coordinator)
    drafts = client.get("/api/v1/plans/?partnership=partnership-a&state=draft").json()
    assert [p["id"] for p in drafts["results"]] == [draft.pk]
    problem(client.get("/api/v1/plans/?partnership=partnership-b"), 404, "not-found")
    bad = client.get("/api/v1/plans/?state=lost")
    assert problem(bad, 422, "invalid-fields")["errors"][0]["field"] == "state"


def test_plans_come_a_page_at_a_time(api_as, coordinator, plan_a):
    for n in range(4):
        make_plan(plan_a.partnership, f"Plan {n}")
    client = api_as(coordinator)
    first = client.get("/api/v1/plans/?page_size=2").json()
    assert first["count"] == 5 and len(first["results"]) == 2 and first["previous"] is None
    second = client.get(first["next"]).json()
    assert second["next"] == "/api/v1/plans/?page_size=2&page=3"
    assert second["previous"] == "/api/v1/plans/?page_size=2&page=1"
    problem(client.get("/api/v1/plans/?page=9"), 422, "invalid-fields")
    problem(client.get("/api/v1/plans/?page_size=1000"), 422, "invalid-fields")


@pytest.mark.parametrize("plans", [1, 12])
def test_listing_plans_takes_the_same_queries_whatever_their_number(
    coordinator, plan_a, plans, django_assert_num_queries
):
    for n in range(plans - 1):
        make_plan(plan_a.partnership, f"Plan {n}", actions=3)
    _, secret = ApiToken.issue(coordinator, "List", ApiToken.Access.READ, None)
    client = Api(secret)
    client.get("/api/v1/plans/")  # the token's first use is recorded once
    # The token with its person; the count; the page's plans with partnership and counts.
    # (Which death reviews' plans the person may see is a subquery of the last two.)
    with django_assert_num_queries(3):
        assert client.get("/api/v1/plans/").json()["count"] == plans


def test_partnerships_are_those_you_belong_to_with_your_role(api_as, lead, partnership_b):
    body = api_as(lead).get("/api/v1/partnerships/").json()
    assert body["results"] == [
        {
            "slug": "partnership-a",
            "name": "Partnership A",
            "role": "lead",
            "financial_year_start": 4,
        }
    ]


# ---------------------------------------------------------------- one plan as Plan JSON


def test_a_plan_reads_as_plan_json(api_as, lead, plan_a, police_a):
    action = Action.objects.get(ref="1.1.1")
    action.lead_agencies.add(police_a)
    action.lead_people.add(lead)
    document = api_as(lead).get(f"/api/v1/plans/{plan_a.pk}/").json()
    assert document["title"] == "Action plan 2016/17" and document["period_text"] == "2016/17"
    (theme,) = document["themes"]
    assert (theme["ref"], theme["title"]) == ("1", "Safety and support")
    first = theme["objectives"][0]["actions"][0]
    assert first["leads"] == ["Police", "Lee Lead"] and first["lead_people"] == ["Lee Lead"]
    assert first["deadline"] == {"kind": "date", "start": "2016-09-01", "end": "2016-09-30"}
    schema = plan_schema()
    if schema is not None:
        import jsonschema

        jsonschema.validate(document, schema)


def test_another_partnerships_plan_is_not_found(api_as, lead_b, plan_a):
    problem(api_as(lead_b).get(f"/api/v1/plans/{plan_a.pk}/"), 404, "not-found")


# ---------------------------------------------------------------- making a plan


def test_a_coordinator_posts_plan_json_and_gets_a_draft(api_as, coordinator, partnership_a):
    document = {
        "title": "Delivery plan 2017/18",
        "period_text": "2017/18",
        "themes": [
            {
                "ref": "1",
                "title": "Prevention",
                "objectives": [
                    {
                        "title": None,
                        "actions": [
                            {"ref": "1.1", "title": "Train GPs", "leads": ["NHS Trust"]},
                            {"ref": "1.2", "title": "Schools", "deadline_text": "Oct 208"},
                        ],
                    }
                ],
            }
        ],
    }
    response = api_as(coordinator).post(CREATE, document)
    assert response.status_code == 201, response.content
    body = response.json()
    plan = Plan.objects.get(pk=body["plan"]["id"])
    assert plan.state == Plan.State.DRAFT and plan.partnership == partnership_a
    assert str(plan.starts_on) == "2017-04-01"
    assert plan.history.first().history_user == coordinator
    kinds = {issue["kind"] for issue in body["issues"]}
    assert {"lead", "deadline", "no_lead"} <= kinds  # a new agency, a typo, no lead


def test_cairn_parse_output_posts_as_it_is(api_as, coordinator, partnership_a):
    parsed = parse_file(DOCUMENTS / "milestones_per_row.txt")
    response = api_as(coordinator).post(CREATE, parsed)
    assert response.status_code == 201, response.content
    assert response.json()["plan"]["action_count"] == sum(
        len(o["actions"]) for t in parsed["themes"] for o in t["objectives"]
    )


@pytest.mark.parametrize("role", [Role.LEAD, Role.VIEWER, Role.DATA_CONTRIBUTOR])
def test_only_the_coordinator_makes_plans(api_as, partnership_a, role):
    person = make_person(f"{role}@a.example", role, partnership_a, role)
    response = api_as(person).post(CREATE, {"title": "Mine", "themes": []})
    problem(response, 403, "forbidden")
    assert not Plan.objects.filter(title="Mine").exists()


def test_a_plan_for_another_partnership_is_not_found(api_as, coordinator, partnership_b):
    response = api_as(coordinator).post(
        "/api/v1/plans/?partnership=partnership-b", {"title": "Mine", "themes": []}
    )
    problem(response, 404, "not-found")
    assert not Plan.objects.filter(title="Mine").exists()


@pytest.mark.parametrize(
    ("body", "status", "kind", "fields"),
    [
        ('{"title": "Mine", "themes": [', 400, "invalid-json", []),
        (b"\xff\xfe", 400, "invalid-json", []),
        ('["a list"]', 422, "invalid-fields", ["body"]),
        ('{"title": 7, "themes": "none"}', 422, "invalid-fields", ["title", "themes"]),
        ('{"themes": []}', 422, "invalid-fields", ["title"]),
        ('{"title": "Mine", "themes": [], "owner": "me"}', 422, "invalid-fields", ["owner"]),
        (
            '{"title": "Mine", "themes": [{"title": "T", "objectives": [], "colour": 1}]}',
            422,
            "invalid-fields",
            ["themes.0.colour"],
        ),
        (
            '{"title": "M", "themes": [{"title": "T", "objectives": [{"actions": '
            '[{"title": "A", "deadline": {"kind": "soon"}}]}]}]}',
            422,
            "invalid-fields",
            ["themes.0.objectives.0.actions.0.deadline.kind"],
        ),
    ],
)
def test_bad_plan_json_is_refused_saying_why_and_nothing_is_saved(
    api_as, coordinator, partnership_a, body, status, kind, fields
):
    before = Plan.all_objects.count()
    response = api_as(coordinator).post(CREATE, body)
    found = problem(response, status, kind)
    assert [error["field"] for error in found.get("errors", [])] == fields
    assert Plan.all_objects.count() == before


def test_a_body_that_is_not_json_is_refused(coordinator, partnership_a):
    client = Api(ApiToken.issue(coordinator, "W", ApiToken.Access.READ_WRITE, None)[1])
    response = client.client.post(
        CREATE, "title=Mine", content_type="text/plain", headers=client.headers
    )
    assert "text/plain" in problem(response, 415, "unsupported-media-type")["detail"]


def test_making_a_plan_needs_the_partnership(api_as, coordinator, partnership_a):
    response = api_as(coordinator).post("/api/v1/plans/", {"title": "Mine", "themes": []})
    assert problem(response, 422, "invalid-fields")["errors"][0]["field"] == "partnership"


# ---------------------------------------------------------------- the round trip


def round_trip(client: Api, plan_id: int) -> tuple[dict, dict]:
    """GET the plan, POST it back as a new draft, GET that."""
    first = client.get(f"/api/v1/plans/{plan_id}/").json()
    created = client.post(CREATE.replace("partnership-a", slug_of(plan_id)), first)
    assert created.status_code == 201, created.content
    return first, client.get(f"/api/v1/plans/{created.json()['plan']['id']}/").json()


def slug_of(plan_id: int) -> str:
    return Plan.objects.select_related("partnership").get(pk=plan_id).partnership.slug


def test_the_demo_plan_round_trips(api_as, settings, tmp_path):
    from cairn.accounts.models import User
    from cairn.plans.demo import build_demo

    settings.DATA_DIR = tmp_path
    demo, _ = build_demo()
    coordinator = User.objects.get(memberships__partnership=demo, memberships__role="coordinator")
    plan = Plan.objects.filter(partnership=demo).first()
    first, second = round_trip(api_as(coordinator), plan.pk)
    assert first == second
    assert sum(1 for _ in actions_in(first)) == Action.objects.filter(theme__plan=plan).count()


def actions_in(document: dict):
    for theme in document["themes"]:
        for objective in theme["objectives"]:
            yield from objective["actions"]


ROUND_TRIP_DOCUMENTS = [
    "corpus/county_tracker/truth.json",
    "corpus/dhr_tracker/truth.json",
    "corpus/police_force/truth.json",
    "corpus/recommendations_text/truth.json",
    "corpus/welsh_priorities/truth.json",
    "milestones_per_row.txt",
    "priorities_rag.txt",
]


@pytest.mark.parametrize("name", ROUND_TRIP_DOCUMENTS)
def test_the_test_documents_round_trip(api_as, coordinator, partnership_a, name):
    path = DOCUMENTS / name
    document = json.loads(path.read_text()) if path.suffix == ".json" else parse_file(path)
    client = api_as(coordinator)
    created = client.post(CREATE, document)
    assert created.status_code == 201, created.content
    first, second = round_trip(client, created.json()["plan"]["id"])
    assert first == second
    titles = [t["title"] or "Untitled theme" for t in document["themes"]]
    assert [t["title"] for t in first["themes"]] == titles
    assert [a["title"] for a in actions_in(first)] == [a["title"] for a in actions_in(document)]


def test_cross_references_and_milestones_round_trip(api_as, coordinator, plan_a, police_a):
    from cairn.plans.factories import make_milestone

    first, second = Action.objects.filter(theme__plan=plan_a).order_by("order")[:2]
    second.related_actions.add(first)
    milestone = make_milestone(first, "Helpline live", "Jun 2016")
    milestone.lead_agency = police_a
    milestone.save()
    before, after = round_trip(api_as(coordinator), plan_a.pk)
    assert before == after
    actions = list(actions_in(after))
    assert actions[1]["cross_references"] == ["Safety and support 1.1.1"]
    assert actions[0]["milestones"] == [
        {
            "title": "Helpline live",
            "due_text": "Jun 2016",
            "due": {"kind": "date", "start": "2016-06-01", "end": "2016-06-30"},
            "lead": "Police",
        }
    ]
