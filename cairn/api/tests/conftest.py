"""The API's tests: the fixed cast of cairn/tests/conftest.py, each with a token."""

from __future__ import annotations

import json
from typing import Any

import pytest
from django.core.cache import cache
from django.test import Client

from cairn.accounts.models import ApiToken, User


@pytest.fixture(autouse=True)
def _fresh_rate_counts():
    """Rate counts live in the cache: each test starts with none."""
    cache.clear()
    yield
    cache.clear()


class Api:
    """A client that sends a person's token (or nothing) and JSON bodies."""

    def __init__(self, secret: str | None = None, client: Client | None = None) -> None:
        self.client = client or Client()
        self.headers = {"Authorization": f"Bearer {secret}"} if secret else {}

    def get(self, url: str, **headers: str):
        return self.client.get(url, headers={**self.headers, **headers})

    def send(self, method: str, url: str, body: Any = None, **headers: str):
        data = body if isinstance(body, str | bytes) else json.dumps(body)
        return getattr(self.client, method.lower())(
            url, data, content_type="application/json", headers={**self.headers, **headers}
        )

    def post(self, url: str, body: Any = None, **headers: str):
        return self.send("POST", url, body, **headers)

    def patch(self, url: str, body: Any = None, **headers: str):
        return self.send("PATCH", url, body, **headers)

    def put(self, url: str, body: Any = None, **headers: str):
        return self.send("PUT", url, body, **headers)

    def delete(self, url: str, **headers: str):
        return self.client.delete(url, headers={**self.headers, **headers})


@pytest.fixture
def api_as():
    """api_as(person, access="read_write") is an Api client with a new token of theirs."""

    def make(person: User | None, access: str = ApiToken.Access.READ_WRITE) -> Api:
        if person is None:
            return Api()
        _, secret = ApiToken.issue(person, f"{person.email} test", access, None)
        return Api(secret)

    return make
