"""Indicators at national scale: one partnership's indicators page and one indicator's page.

    .venv/bin/python bench/bench_indicators.py                 # national scale (builds once)
    .venv/bin/python bench/bench_indicators.py --scale small   # a tenth, for a quick try
    .venv/bin/python bench/bench_indicators.py --rebuild       # build the data again

Builds, in its own PostgreSQL database (BENCH_INDICATORS_DATABASE_URL, default
postgres://postgres@127.0.0.1:5432/cairn_ind_bench; rebuilt only with --rebuild or when the
scale differs):

    300 partnerships, each with 20 agencies and 30 indicators of 40 quarters of figures
    (360,000 figures), and a quarterly data set of 5 elements returned by all 20 agencies
    for the 40 quarters (240,000 returns, 1,200,000 figures), all approved.

Partnerships, agencies, indicators and data sets go in with `bulk_create`; the figures,
returns and their values are made by PostgreSQL (INSERT ... SELECT over generate_series).
The measured partnership's indicators also measure 20 actions of its plan.

Then, with DEBUG off, a signed-in viewer of the measured partnership asks Django (in this
process, through its test client: the time is the server's, without a network) for the
partnership's indicators page and for one indicator's page, after warming up: p50 and p95
over `--requests` requests each, and the queries each page makes. The goal is under 200 ms.
It is a benchmark, not a test: it prints, and exits 1 when a p50 is over the goal.
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import time
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
DEFAULT_DATABASE = "postgres://postgres@127.0.0.1:5432/cairn_ind_bench"
GOAL_MS = 200.0


@dataclass(frozen=True)
class Scale:
    partnerships: int
    agencies: int
    indicators: int
    quarters: int
    elements: int


SCALES = {
    "national": Scale(300, 20, 30, 40, 5),
    "small": Scale(30, 20, 30, 40, 5),
}


def log(message: str) -> None:
    print(f"  {time.strftime('%H:%M:%S')} {message}", flush=True)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--scale", choices=list(SCALES), default="national")
    parser.add_argument("--rebuild", action="store_true")
    parser.add_argument("--requests", type=int, default=30)
    parser.add_argument("--profile", action="store_true", help="cProfile one request of each")
    args = parser.parse_args()

    os.environ["DATABASE_URL"] = os.environ.get("BENCH_INDICATORS_DATABASE_URL", DEFAULT_DATABASE)
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "cairn.settings")
    os.environ["DEBUG"] = "false"
    os.environ.setdefault("SECRET_KEY", "bench-secret-key-that-is-long-enough-0123456789")
    os.environ["CAIRN_SECOND_FACTOR"] = "optional"  # force_login's sessions give none
    os.environ["ALLOWED_HOSTS"] = "testserver,127.0.0.1"
    import django

    ensure_database(os.environ["DATABASE_URL"])
    django.setup()
    from django.conf import settings

    # Static files' names without collectstatic's manifest (the pages' time is the same).
    settings.STORAGES = {
        **settings.STORAGES,
        "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
    }
    from django.core.management import call_command

    call_command("migrate", verbosity=0)
    scale = SCALES[args.scale]
    if args.rebuild or built_scale() != scale:
        started = time.monotonic()
        build(scale)
        log(f"built in {time.monotonic() - started:.0f} s")
    report(measure(args.requests, profile=args.profile))


def ensure_database(url: str) -> None:
    import psycopg

    name = url.rsplit("/", 1)[1]
    with psycopg.connect(url.rsplit("/", 1)[0] + "/postgres", autocommit=True) as connection:
        exists = connection.execute("SELECT 1 FROM pg_database WHERE datname = %s", [name])
        if exists.fetchone() is None:
            connection.execute(f'CREATE DATABASE "{name}"')


def built_scale() -> Scale | None:
    from cairn.accounts.models import Partnership
    from cairn.indicators.models import IndicatorValue

    partnerships = Partnership.objects.filter(slug__startswith="bench-").count()
    if not partnerships:
        return None
    first = Partnership.objects.filter(slug__startswith="bench-").order_by("pk").first()
    indicators = first.indicators.count()
    quarters = IndicatorValue.objects.filter(indicator__partnership=first).values("period")
    elements = first.data_sets.first().elements.count() if first.data_sets.exists() else 0
    return Scale(
        partnerships,
        first.agencies.count(),
        indicators,
        quarters.distinct().count(),
        elements,
    )


def build(scale: Scale) -> None:
    from django.db import connection, transaction

    from cairn.indicators.periods import Period

    log("emptying the bench database")
    with connection.cursor() as cursor:
        tables = connection.introspection.django_table_names(only_existing=True)
        cursor.execute(f"TRUNCATE {', '.join(tables)} RESTART IDENTITY CASCADE")
    first = Period(2016, 1)
    periods = [first]
    for _ in range(scale.quarters - 1):
        periods.append(periods[-1].next())
    labels = [p.label for p in periods]
    with transaction.atomic():
        partnerships = build_partnerships(scale, labels)
        build_figures(labels)
        build_measured(partnerships[len(partnerships) // 2])
    with connection.cursor() as cursor:
        cursor.execute("ANALYZE")


def build_partnerships(scale: Scale, labels: list[str]) -> list:
    """Partnerships, their agencies, indicators, data sets and elements (bulk_create)."""
    from cairn.accounts.models import Agency, Partnership
    from cairn.indicators.library import LIBRARY
    from cairn.indicators.models import DataElement, DataSet, Indicator

    log(f"{scale.partnerships} partnerships, {scale.agencies} agencies each")
    partnerships = Partnership.objects.bulk_create(
        Partnership(name=f"Bench partnership {n:03}", slug=f"bench-{n:03}")
        for n in range(1, scale.partnerships + 1)
    )
    Agency.objects.bulk_create(
        Agency(partnership=p, name=f"Agency {a} of {p.slug}", short_name=f"A{a}")
        for p in partnerships
        for a in range(1, scale.agencies + 1)
    )
    log(f"{scale.indicators} indicators each")
    kinds = [
        Indicator.Unit.COUNT,
        Indicator.Unit.PERCENTAGE,
        Indicator.Unit.RATE_10000,
    ]
    Indicator.objects.bulk_create(
        Indicator(
            partnership=p,
            name=f"{LIBRARY[i % len(LIBRARY)].name} ({i + 1})",
            definition=LIBRARY[i % len(LIBRARY)].definition,
            unit=kinds[i % 3],
            population=300_000 if kinds[i % 3] == Indicator.Unit.RATE_10000 else None,
            direction=Indicator.Direction.HIGHER if i % 2 else Indicator.Direction.LOWER,
            baseline_value=40,
            baseline_period=labels[0],
            target_kind=Indicator.TargetKind.CHANGE,
            target_value=-10 if i % 2 == 0 else 10,
            target_period=labels[-1][:7],
        )
        for p in partnerships
        for i in range(scale.indicators)
    )
    log("data sets and their elements")
    data_sets = DataSet.objects.bulk_create(
        DataSet(partnership=p, name="Minimum data set", first_period=labels[0])
        for p in partnerships
    )
    DataSet.agencies.through.objects.bulk_create(
        DataSet.agencies.through(dataset_id=d.pk, agency_id=a)
        for d in data_sets
        for a in Agency.objects.filter(partnership_id=d.partnership_id).values_list("pk", flat=True)
    )
    DataElement.objects.bulk_create(
        DataElement(data_set=d, code=f"element_{e}", name=f"Element {e}", order=e)
        for d in data_sets
        for e in range(1, scale.elements + 1)
    )
    return partnerships


def build_figures(labels: list[str]) -> None:
    """Every indicator's figures, every agency's approved returns and their values, made by
    PostgreSQL itself."""
    from django.db import connection

    with connection.cursor() as cursor:
        log(f"{len(labels)} quarters of every indicator's figures")
        cursor.execute(
            """
            INSERT INTO indicators_indicatorvalue (indicator_id, period, value, note)
            SELECT i.id, p.label, 20 + mod(i.id * 7 + p.n * 3, 40), ''
            FROM indicators_indicator i
            CROSS JOIN unnest(%s::text[]) WITH ORDINALITY AS p(label, n)
            """,
            [labels],
        )
        log("every agency's approved return for every quarter")
        cursor.execute(
            """
            INSERT INTO indicators_datareturn
                (data_set_id, agency_id, period, state, submitted_at, reviewed_at, comment)
            SELECT da.dataset_id, da.agency_id, p.label, 'approved', now(), now(), ''
            FROM indicators_dataset_agencies da
            CROSS JOIN unnest(%s::text[]) AS p(label)
            """,
            [labels],
        )
        log("their figures")
        cursor.execute(
            """
            INSERT INTO indicators_datavalue (data_return_id, element_id, value, comment)
            SELECT r.id, e.id, mod(r.id + e.id, 50), ''
            FROM indicators_datareturn r
            JOIN indicators_dataelement e ON e.data_set_id = r.data_set_id
            """
        )


def build_measured(measured) -> None:
    """The measured partnership's plan (its indicators measure 20 actions) and viewer."""
    from cairn.accounts.models import Membership, Role, User
    from cairn.plans.factories import make_plan

    log(f"the measured partnership's plan and viewer ({measured.slug})")
    plan = make_plan(measured, "Bench plan", actions=20)
    actions = list(plan.themes.first().actions.all())
    for indicator in measured.indicators.all():
        indicator.actions.set(actions[:5])
    viewer = User.objects.create_user("viewer@bench.example", name="Bench Viewer")
    Membership.objects.create(user=viewer, partnership=measured, role=Role.VIEWER)


@dataclass
class Timing:
    page: str
    p50: float
    p95: float
    cpu_p50: float  # this process's CPU time: the page's own work, whatever the load
    queries: int


def measure(requests: int, profile: bool = False) -> list[Timing]:
    from django.test import Client
    from django.urls import reverse

    from cairn.accounts.models import Membership, User

    viewer = User.objects.get(email="viewer@bench.example")
    partnership = Membership.objects.get(user=viewer).partnership
    indicator = partnership.indicators.order_by("pk").first()
    pages = {
        "indicators page (30 indicators x 40 quarters)": reverse(
            "indicators:partnership", args=[partnership.slug]
        ),
        "indicator page (40 quarters)": reverse("indicators:indicator", args=[indicator.pk]),
    }
    client = Client()
    client.force_login(viewer)
    found = []
    for name, url in pages.items():
        for _ in range(5):  # warm up: templates, connections, caches
            assert client.get(url).status_code == 200
        queries = count_queries(client, url)
        if profile:
            import cProfile
            import pstats

            profiler = cProfile.Profile()
            profiler.runcall(client.get, url)
            pstats.Stats(profiler).sort_stats("cumulative").print_stats(25)
        times, cpu = [], []
        for _ in range(requests):
            started, cpu_started = time.perf_counter(), time.process_time()
            response = client.get(url)
            times.append((time.perf_counter() - started) * 1000)
            cpu.append((time.process_time() - cpu_started) * 1000)
            assert response.status_code == 200
        times.sort()
        found.append(
            Timing(
                name,
                statistics.median(times),
                times[int(0.95 * (len(times) - 1))],
                statistics.median(cpu),
                queries,
            )
        )
    return found


def count_queries(client, url: str) -> int:
    from django.db import connection

    made: list[str] = []

    def counting(run, sql, *rest):
        made.append(sql)
        return run(sql, *rest)

    with connection.execute_wrapper(counting):
        client.get(url)
    return len(made)


def report(timings: list[Timing]) -> None:
    load = os.getloadavg()[0]
    print(f"\nLoad average {load:.1f} on {os.cpu_count()} cores; goal: p50 under {GOAL_MS:.0f} ms")
    print("| page | p50 ms | p95 ms | CPU p50 ms | queries |")
    print("| --- | --- | --- | --- | --- |")
    for t in timings:
        print(f"| {t.page} | {t.p50:.1f} | {t.p95:.1f} | {t.cpu_p50:.1f} | {t.queries} |")
    if any(t.p50 > GOAL_MS for t in timings):
        sys.exit(1)


if __name__ == "__main__":
    main()
