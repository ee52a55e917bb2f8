"""Django's PostgreSQL backend, with a health check that costs no round trip.

With CONN_HEALTH_CHECKS, Django checks a kept connection at the start of every request by
sending `SELECT 1` and waiting for the answer: a round trip to PostgreSQL on every request,
beside the page's own queries (and counted by none of the tests that count them). Here the
connection's socket is asked first, without waiting, whether anything has arrived while it
was idle. When PostgreSQL ends a connection (a restart, `pg_terminate_backend`, an idle
timeout) it sends a message and closes it, so the socket reads ready; then, and only then,
Django's own check runs and a dead connection is replaced before the request uses it.
"""

from __future__ import annotations

import select
import time

from django.db.backends.postgresql import base


class DatabaseWrapper(base.DatabaseWrapper):
    def connect(self) -> None:
        super().connect()
        self._last_checked = time.monotonic()  # a new connection is as good as checked

    def close_if_health_check_failed(self) -> None:
        # Set by Django when it connects and at each request's start (not in the stubs).
        enabled = getattr(self, "health_check_enabled", False)
        done = getattr(self, "health_check_done", True)
        if (
            self.connection is not None
            and enabled
            and not done
            and not self.pool
            and not self.connection.closed
            and time.monotonic() - getattr(self, "_last_checked", 0.0) < QUIET_CHECK_SECONDS
            and not _has_data_waiting(self.connection.fileno())
        ):
            # Idle and quiet since its last use: as usable as SELECT 1 would find it.
            self.health_check_done = True
            return
        super().close_if_health_check_failed()
        self._last_checked = time.monotonic()


QUIET_CHECK_SECONDS = 30
"""How long after Django's own check a quiet socket is trusted: a connection a firewall or a
load balancer dropped while idle has been sent nothing, so only SELECT 1 finds it (once in
this many seconds per worker, not on every request)."""


def _has_data_waiting(fileno: int) -> bool:
    """Whether the idle connection's socket has something to read (or is closed). poll, not
    select: select fails on a file descriptor above 1023."""
    poller = select.poll()
    poller.register(fileno, select.POLLIN | select.POLLPRI | select.POLLHUP | select.POLLERR)
    return bool(poller.poll(0))
