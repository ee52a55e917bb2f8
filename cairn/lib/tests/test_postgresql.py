"""The health check of a kept PostgreSQL connection (cairn/lib/postgresql): no round trip
while the connection is quiet, and a connection PostgreSQL has ended is replaced before a
request uses it."""

from __future__ import annotations

import select
import time

import pytest
from django.db import connection, connections

from cairn.lib.postgresql.base import QUIET_CHECK_SECONDS, _has_data_waiting

pytestmark = [
    pytest.mark.django_db,
    pytest.mark.skipif(connection.vendor != "postgresql", reason="PostgreSQL's connections"),
]


@pytest.fixture
def kept():
    """A connection of its own, as a web worker keeps one between requests."""
    default = connections["default"]
    wrapper = type(default)(dict(default.settings_dict, CONN_HEALTH_CHECKS=True))
    wrapper.ensure_connection()
    yield wrapper
    wrapper.close()


def next_request(wrapper) -> None:
    """What Django does to a kept connection at the start of a request, then its first use."""
    wrapper.close_if_unusable_or_obsolete()
    wrapper.close_if_health_check_failed()


def test_a_quiet_connection_is_kept_without_asking_postgresql(kept, monkeypatch):
    asked = []
    monkeypatch.setattr(kept, "is_usable", lambda: asked.append(1) or True)
    before = kept.connection
    next_request(kept)
    assert kept.connection is before
    assert asked == []  # no SELECT 1


def test_a_connection_postgresql_ended_is_replaced_before_use(kept):
    with connection.cursor() as cursor:
        cursor.execute("SELECT pg_terminate_backend(%s)", [kept.connection.info.backend_pid])
    deadline = time.monotonic() + 10
    while not select.select([kept.connection.fileno()], [], [], 0.1)[0]:
        assert time.monotonic() < deadline, "PostgreSQL did not end the connection"
    next_request(kept)
    assert kept.connection is None  # closed here, not by a failing query
    with kept.cursor() as cursor:
        cursor.execute("SELECT 1")
        assert cursor.fetchone() == (1,)


def test_a_connection_quiet_for_long_is_asked_once_more(kept, monkeypatch):
    """A connection a firewall dropped while idle was sent nothing: after a while, SELECT 1."""
    asked = []
    monkeypatch.setattr(kept, "is_usable", lambda: asked.append(1) or True)
    kept._last_checked -= QUIET_CHECK_SECONDS + 1
    next_request(kept)
    assert asked == [1]
    next_request(kept)
    assert asked == [1]  # and then trusted again for a while


def test_a_socket_numbered_above_select_s_limit_is_asked_too(kept):
    import os
    import resource

    high = 1500
    if resource.getrlimit(resource.RLIMIT_NOFILE)[0] <= high:
        pytest.skip("this process may not open that many files")
    os.dup2(kept.connection.fileno(), high)
    try:
        assert _has_data_waiting(high) is False  # select() raised ValueError above 1023
    finally:
        os.close(high)
