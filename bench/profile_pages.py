"""Where a page's time goes, in-process: the benchmark's pages through Django's test client.

    BENCH_DATABASE_URL=postgres://postgres@127.0.0.1:5432/cairn_perf_bench \
        .venv/bin/python bench/profile_pages.py                     # every page, 5 times
    .venv/bin/python bench/profile_pages.py --pages plan --profile  # and cProfile's top 30
    .venv/bin/python bench/profile_pages.py --save /tmp/before      # the HTML, to diff later

Reads the data set `bench_pages.py` built (its `bench_cast` table) with DEBUG off, and prints
per page: the median time of a request and of the processor time it took in this process
(steadier than the time when others load the machine), its queries and their time, and
the HTML's size.
`--save DIR` writes each page's HTML with its CSRF tokens blanked (forms' and htmx's), so
two runs can be compared with `diff -r` (a rendering change should leave the pages the same).
"""

from __future__ import annotations

import argparse
import cProfile
import os
import pstats
import re
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
BIN = Path(sys.executable).parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

CSRF = re.compile(rb'(name="csrfmiddlewaretoken" value="|"X-CSRFToken": ")[^"]*"')


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--pages", default="", help="comma-separated names (a prefix is enough)")
    parser.add_argument("--times", type=int, default=5)
    parser.add_argument("--profile", action="store_true", help="cProfile each page once")
    parser.add_argument("--sql", action="store_true", help="print each query and its time")
    parser.add_argument("--save", type=Path, help="write each page's HTML into this folder")
    args = parser.parse_args()
    set_up_django()
    import json

    import bench_pages
    import national
    from django.db import connection

    with connection.cursor() as cursor:
        cursor.execute("SELECT cast_json FROM bench_cast")
        cast = national.Cast(**json.loads(cursor.fetchone()[0]))
    cookies, urls = bench_pages.sessions_and_urls(cast)
    wanted = [w for w in args.pages.split(",") if w]
    if args.save:
        args.save.mkdir(parents=True, exist_ok=True)
    print("| page | median ms | CPU ms | queries | SQL ms | HTML KB |")
    print("| --- | --- | --- | --- | --- | --- |")
    for name, (path, who) in urls.items():
        if not wanted or any(name.startswith(w) for w in wanted):
            profile_page(name, path, cookies[who] if who else None, args)


def set_up_django() -> None:
    """The benchmark's database, DEBUG off, static files collected as production has them."""
    os.environ["DATABASE_URL"] = os.environ.get(
        "BENCH_DATABASE_URL", "postgres://postgres@127.0.0.1:5432/cairn_perf_bench"
    )
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "cairn.settings")
    os.environ.setdefault("SECRET_KEY", "profile-secret-key-that-is-long-enough-0123456789")
    os.environ["DEBUG"] = "false"
    os.environ["ALLOWED_HOSTS"] = "testserver"
    os.environ["CAIRN_SECOND_FACTOR"] = "optional"
    # DEBUG off serves hashed static names: collect them once, as production does.
    os.environ.setdefault("STATIC_ROOT", "/tmp/cairn-perf-profile-static")
    if not Path(os.environ["STATIC_ROOT"], "staticfiles.json").exists():
        subprocess.run([BIN / "cairn", "collectstatic", "--no-input", "-v0"], check=True)
    import django

    django.setup()


def profile_page(name: str, path: str, cookie: str | None, args: argparse.Namespace) -> None:
    """Time one page `args.times` times (after a warm-up) and print its row of the table."""
    from django.test import Client

    client = Client()
    if cookie:
        client.cookies["sessionid"] = cookie.split("=", 1)[1]
    response = client.get(path)  # warm: templates, connections
    assert response.status_code == 200, (name, response.status_code)
    times, cpu, queries, sql = [], [], 0, 0.0
    for _ in range(args.times):
        with Timed() as timed:
            started, cpu_started = time.perf_counter(), time.process_time()
            response = client.get(path)
            times.append(time.perf_counter() - started)
            cpu.append(time.process_time() - cpu_started)
        queries, sql = timed.count, timed.seconds
    if args.sql:
        for took, statement in timed.log:
            print(f"    {1000 * took:7.1f} ms  {statement[:300]}")
    size = len(response.content)
    print(
        f"| {name} | {1000 * statistics.median(times):.1f} | "
        f"{1000 * statistics.median(cpu):.1f} | {queries} | "
        f"{1000 * sql:.1f} | {size / 1024:.0f} |",
        flush=True,
    )
    if args.save:
        slug = re.sub(r"[^a-z0-9]+", "-", name.lower()).strip("-")
        (args.save / f"{slug}.html").write_bytes(CSRF.sub(rb'\1"', response.content))
    if args.profile:
        profiler = cProfile.Profile(time.process_time)
        profiler.runcall(client.get, path)
        stats = pstats.Stats(profiler)
        stats.sort_stats("tottime").print_stats(25)
        stats.sort_stats("cumulative").print_stats(40)


class Timed:
    """Counts the queries run inside it and the time they took."""

    def __enter__(self) -> Timed:
        from django.db import connection

        self.count, self.seconds = 0, 0.0
        self.log: list[tuple[float, str]] = []
        self._wrapper = connection.execute_wrapper(self)
        self._wrapper.__enter__()
        return self

    def __call__(self, execute, sql, params, many, context):  # type: ignore[no-untyped-def]
        started = time.perf_counter()
        try:
            return execute(sql, params, many, context)
        finally:
            self.count += 1
            self.seconds += time.perf_counter() - started
            self.log.append((time.perf_counter() - started, sql))

    def __exit__(self, *exc: object) -> None:
        self._wrapper.__exit__(*exc)


if __name__ == "__main__":
    main()
