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


@pytest.mark.parametrize("url", ["/api/v1/plans/null/", "/api/v1/nothing", "/api/v1/actions/1.5/"])
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
