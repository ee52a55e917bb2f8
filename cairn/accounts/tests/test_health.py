"""/health/: what a load balancer asks each web server before sending it people."""

from __future__ import annotations

import pytest
from django.db import DatabaseError

pytestmark = pytest.mark.django_db


def test_health_is_ok_for_anyone_in_one_query(client, django_assert_num_queries):
    with django_assert_num_queries(1):  # SELECT 1
        response = client.get("/health/")
    assert response.status_code == 200 and response.content == b"ok"
    assert "no-cache" in response["Cache-Control"]
    assert "sessionid" not in response.cookies


def test_health_is_503_when_the_database_is_unreachable(client, monkeypatch):
    from cairn.accounts import views

    class Unreachable:
        def cursor(self):
            raise DatabaseError("connection refused")

    monkeypatch.setattr(views, "connection", Unreachable())
    response = client.get("/health/")
    assert response.status_code == 503 and b"database" in response.content


def test_health_answers_get_only(client):
    assert client.post("/health/").status_code == 405
