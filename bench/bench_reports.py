"""Time the board report of a generated 1,000-action plan in each format.

    .venv/bin/python bench/bench_reports.py [--actions 1000] [--note-length 400]

Builds the plan in a fresh in-memory SQLite test database (Django's test machinery), so
it never touches your data. Target: under 5 seconds per format.
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "cairn.settings")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--actions", type=int, default=1000)
    parser.add_argument("--note-length", type=int, default=400)
    args = parser.parse_args()

    import django

    django.setup()
    from django.test.utils import setup_databases, teardown_databases

    from cairn.plans.factories import make_partnership
    from cairn.reports.data import report_data
    from cairn.reports.render import FORMATS, render
    from cairn.reports.tests.conftest import make_big_plan

    databases = setup_databases(verbosity=0, interactive=False)
    try:
        partnership = make_partnership("Benchmark Partnership", "benchmark")
        plan = make_big_plan(partnership, args.actions, note_length=args.note_length)
        # A running web worker has its modules (matplotlib, ReportLab) loaded already:
        # render a small report first so that the timings below leave out imports.
        small = make_big_plan(partnership, 10)
        for format in FORMATS:
            render(report_data(small, on=dt.date(2016, 12, 1)), format)
        started, cpu = time.perf_counter(), time.process_time()
        data = report_data(plan, on=dt.date(2016, 12, 1))
        timings = [("report_data", time.perf_counter() - started, time.process_time() - cpu, 0)]
        for format in FORMATS:
            started, cpu = time.perf_counter(), time.process_time()
            content = render(data, format)
            timings.append(
                (
                    format,
                    time.perf_counter() - started,
                    time.process_time() - cpu,
                    len(content),
                )
            )
    finally:
        teardown_databases(databases, verbosity=0)

    print(f"Board report of {args.actions} actions ({len(data.exceptions)} exceptions)")
    # CPU time is steadier than wall time on a machine that other work is loading.
    print(f"{'step':<12} {'seconds':>8} {'cpu':>6} {'bytes':>10}  target < 5 s")
    for name, seconds, cpu, size in timings:
        verdict = "ok" if seconds < 5 else "SLOW"
        print(f"{name:<12} {seconds:>8.2f} {cpu:>6.2f} {size:>10}  {verdict}")


if __name__ == "__main__":
    main()
