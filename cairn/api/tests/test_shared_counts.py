"""Rate counts are shared by every web worker when the cache is (CAIRN_CACHE=database, as
in production): two workers, each with its own cache client over the same table, count
one token's requests together; two memory caches (the default) count apart."""

from __future__ import annotations

import os
import subprocess
import sys
from types import SimpleNamespace

import pytest
from django.core.cache.backends.db import DatabaseCache
from django.core.cache.backends.locmem import LocMemCache
from django.core.management import call_command
from django.test import RequestFactory

from cairn.api.limits import PerMinute

TABLE = "cairn_cache_shared_test"


def allowed(workers: list[PerMinute], requests: int) -> list[bool]:
    """One token's reads, handed to the workers in turn, as a load balancer would."""
    request = RequestFactory().get("/api/v1/plans/")
    request.api_token = SimpleNamespace(pk=7)  # type: ignore[attr-defined]
    return [workers[n % len(workers)].allow_request(request) for n in range(requests)]


@pytest.mark.django_db
def test_two_workers_over_the_database_cache_share_one_tokens_count(settings):
    settings.CAIRN_API_READS_PER_MINUTE = 3
    call_command("createcachetable", TABLE)  # as `cairn createcachetable` makes cairn_cache
    workers = [PerMinute(DatabaseCache(TABLE, {})), PerMinute(DatabaseCache(TABLE, {}))]
    assert allowed(workers, 5) == [True, True, True, False, False]


def test_two_workers_with_memory_caches_count_apart(settings):
    settings.CAIRN_API_READS_PER_MINUTE = 3
    workers = [PerMinute(LocMemCache("worker-1", {})), PerMinute(LocMemCache("worker-2", {}))]
    assert allowed(workers, 6) == [True] * 6  # each worker has seen only three


@pytest.mark.parametrize(
    ("value", "said"),
    [
        ("database", "django.core.cache.backends.db.DatabaseCache cairn_cache"),
        ("redis", "CAIRN_CACHE='redis': use one of memory, database"),
    ],
)
def test_the_cache_is_chosen_strictly_from_the_environment(value, said):
    shown = subprocess.run(
        [
            sys.executable,
            "-c",
            "from cairn import settings as s; c = s.CACHES['default'];"
            "print(c['BACKEND'], c['LOCATION'])",
        ],
        env={**os.environ, "CAIRN_CACHE": value},
        capture_output=True,
        text=True,
    )
    assert said in shown.stdout + shown.stderr
