"""The OpenAPI description and the docs page: readable without signing in, generated from
the code, and the docs page keeps to the Content-Security-Policy (no scripts at all)."""

from __future__ import annotations

import re

import pytest
from django.test import Client

pytestmark = pytest.mark.django_db


def test_the_description_is_served_to_anyone():
    response = Client().get("/api/v1/openapi.json")
    assert response.status_code == 200
    schema = response.json()
    assert schema["openapi"].startswith("3.")
    assert "/api/v1/plans/" in schema["paths"] and "/api/v1/plans/{plan_id}/" in schema["paths"]
    schemes = schema["components"]["securitySchemes"]
    assert (schemes["TokenAuth"]["type"], schemes["TokenAuth"]["scheme"]) == ("http", "bearer")
    assert schemes["SessionAuth"]["in"] == "cookie"


def test_refusals_are_described_as_problem_details():
    schema = Client().get("/api/v1/openapi.json").json()
    create = schema["paths"]["/api/v1/plans/"]["post"]
    for status in ("401", "403", "404", "413", "415", "422", "429"):
        assert list(create["responses"][status]["content"]) == ["application/problem+json"]
    body = create["requestBody"]["content"]["application/json"]["schema"]
    assert body["$ref"].endswith("/PlanDocument")
    assert schema["components"]["schemas"]["PlanDocument"]["additionalProperties"] is False


def test_every_write_declares_if_match_and_every_version_is_an_etag():
    paths = Client().get("/api/v1/openapi.json").json()["paths"]
    writes = 0
    for path, operations in paths.items():
        for method, operation in operations.items():
            headers = {p["name"]: p for p in operation.get("parameters", []) if p["in"] == "header"}
            ok = [r for status, r in operation["responses"].items() if int(status) < 300]
            if method in ("put", "patch", "delete") or path.endswith("/review/"):
                writes += 1
                assert headers["If-Match"]["required"] is True, (method, path)
                assert "ETag" in operation["responses"]["412"]["headers"], (method, path)
            changeable = {"put", "patch", "delete"} & set(operations)
            if method in ("put", "patch") or (method == "get" and changeable):
                assert all("ETag" in r.get("headers", {}) for r in ok), (method, path)
    assert writes == 11  # PATCH and DELETE x 4 kinds, two PUTs, a review
    created = paths["/api/v1/themes/"]["post"]["responses"]["201"]
    assert set(created["headers"]) == {"ETag", "Location"}


def test_links_carry_a_new_things_id_and_version_to_what_changes_it():
    paths = Client().get("/api/v1/openapi.json").json()["paths"]
    links = paths["/api/v1/themes/"]["post"]["responses"]["201"]["links"]
    delete = links["DELETE cairn_api_item_changes_delete_theme"]
    assert delete["parameters"] == {
        "theme_id": "$response.body#/id",
        "header.If-Match": "$response.header.ETag",
    }
    plans = paths["/api/v1/plans/"]["get"]["responses"]["200"]["links"]
    add = plans["POST cairn_api_item_changes_create_theme"]["requestBody"]
    assert add == {"plan": "$response.body#/results/0/id", "title": "Added by a link"}
    read = paths["/api/v1/rounds/{round_id}/actions/{action_id}/update/"]["get"]
    review = read["responses"]["200"]["links"]["POST cairn_api_reviews_review_update"]
    assert review["parameters"]["header.If-Match"] == "$response.header.ETag"
    assert review["parameters"]["round_id"] == "$request.path.round_id"


def test_the_docs_page_reads_the_description_without_a_script():
    response = Client().get("/api/v1/docs/")
    assert response.status_code == 200
    page = response.content.decode()
    assert "GET /api/v1/plans/{plan_id}/" in page and 'id="problem-stale-version"' in page
    assert 'id="schema-PlanDocument"' in page
    inline = [tag for tag in re.findall(r"<script[^>]*>", page) if "src=" not in tag]
    assert inline == [] and " style=" not in page
    assert "cdn" not in page.lower()


def test_the_root_says_where_to_start():
    assert Client().get("/api/v1/").json() == {
        "title": "Cairn API",
        "version": "1",
        "openapi": "/api/v1/openapi.json",
        "docs": "/api/v1/docs/",
    }


@pytest.mark.parametrize(
    "url", ["/api/v1/plans/null/", "/api/v1/nothing", "/api/v1/actions/1.5/", "/api/v1/rounds/%0A/"]
)
def test_an_address_that_names_nothing_is_a_problem_not_a_page(url):
    response = Client().get(url)
    assert response.status_code == 404
    assert response["Content-Type"] == "application/problem+json"


def test_a_change_to_an_address_that_names_nothing_is_a_problem_too():
    client = Client(enforce_csrf_checks=True)
    response = client.patch("/api/v1/themes/null/", "{}", content_type="application/json")
    assert response.status_code == 404
    assert response["Content-Type"] == "application/problem+json"


def test_the_docs_page_states_the_limits_in_force(settings):
    settings.CAIRN_API_READS_PER_MINUTE, settings.CAIRN_API_WRITES_PER_MINUTE = 60, 10
    page = Client().get("/api/v1/docs/").content.decode()
    assert "At most 60 reads and 10 changes a minute" in page and "at most 5 MB" in page
