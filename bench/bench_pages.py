"""Cairn's main pages at national scale, served as production serves them: one command.

    .venv/bin/python bench/bench_pages.py                  # national scale (builds once)
    .venv/bin/python bench/bench_pages.py --scale small    # a twentieth, for a quick try
    .venv/bin/python bench/bench_pages.py --peer           # also Redmine, interleaved

Builds the data set (`bench/national.py`) in its own PostgreSQL database (BENCH_DATABASE_URL,
default postgres://postgres@127.0.0.1:5432/cairn_perf_bench; rebuilt only with --rebuild or
when its scale differs), collects the static files, starts gunicorn with 2 sync workers and
DEBUG off on 127.0.0.1, and loads each page with wrk (a Python client when wrk is missing)
at 1 and 4 connections: p50, p95, p99, requests per second and errors, beside the framework
floor (the sign-in page) in the same run. Prints a table; `--json FILE` keeps the figures.
It is a benchmark, not a test: nothing fails when a page is slow.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import shutil
import subprocess
import sys
import tempfile
import threading
import time
import urllib.request
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
BIN = Path(sys.executable).parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))
DEFAULT_DATABASE = "postgres://postgres@127.0.0.1:5432/cairn_perf_bench"
SECRET = "bench-secret-key-that-is-long-enough-for-check-deploy-0123456789"
WRK_SCRIPT = """
done = function(summary, latency, requests)
  io.write(string.format("RESULT %f %f %f %d %d %f\\n",
    latency:percentile(50) / 1000, latency:percentile(95) / 1000,
    latency:percentile(99) / 1000, summary.requests,
    summary.errors.connect + summary.errors.read + summary.errors.write
      + summary.errors.status + summary.errors.timeout,
    summary.duration / 1000000))
end
"""


@dataclass
class Result:
    page: str
    connections: int
    p50: float
    p95: float
    p99: float
    rps: float
    errors: int
    requests: int


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--scale", choices=["national", "small"], default="national")
    parser.add_argument("--rebuild", action="store_true", help="build the data set again")
    parser.add_argument("--port", type=int, default=8140)
    parser.add_argument("--seconds", type=int, default=10, help="per page and concurrency")
    parser.add_argument("--connections", default="1,4")
    parser.add_argument("--pages", default="", help="comma-separated subset of page names")
    parser.add_argument("--peer", action="store_true", help="Redmine's assignee list too")
    parser.add_argument("--json", type=Path, help="write the figures here too")
    args = parser.parse_args()

    database = os.environ.get("BENCH_DATABASE_URL", DEFAULT_DATABASE)
    os.environ["DATABASE_URL"] = database
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "cairn.settings")
    os.environ["SECRET_KEY"] = SECRET
    work = Path(tempfile.mkdtemp(prefix="cairn-bench-"))
    os.environ["CAIRN_DATA_DIR"] = str(work)

    started = time.time()
    cast = prepare_database(database, args.scale, args.rebuild)
    print(f"data set ready in {time.time() - started:.0f} s", flush=True)
    cookies, urls = sessions_and_urls(cast)
    if args.pages:
        wanted = [w for w in args.pages.split(",") if w]  # names, or their beginnings
        urls = {
            k: v
            for k, v in urls.items()
            if k == "floor (sign-in page)" or any(k.startswith(w) for w in wanted)
        }
    load = LoadSampler()
    load.start()
    with serving(args.port, work) as base:
        results = []
        connections = [int(c) for c in args.connections.split(",")]
        peer = start_peer() if args.peer else None
        for name, (path, who) in urls.items():
            cookie = cookies.get(who, "")
            warm(base + path, cookie)
            for c in connections:
                results.append(measure(name, base + path, c, args.seconds, cookie))
                print(row(results[-1]), flush=True)
                if peer and name.startswith("My actions"):
                    results.append(measure("Redmine assignee list", peer, c, args.seconds, ""))
                    print(row(results[-1]), flush=True)
    load.stop()
    print()
    print(table(results))
    print(
        f"\nscale {args.scale}; load average (1 min) during the run: {load.summary()}; "
        f"{os.cpu_count()} cores; {time.strftime('%Y-%m-%d %H:%M UTC', time.gmtime())}"
    )
    if peer:
        print(peer_ratio(results))
    if args.json:
        args.json.write_text(json.dumps([r.__dict__ for r in results], indent=1))
    shutil.rmtree(work, ignore_errors=True)


class LoadSampler(threading.Thread):
    """The machine's 1-minute load average every 5 seconds while the pages are measured:
    on a shared machine the figures mean little without it."""

    def __init__(self) -> None:
        super().__init__(daemon=True)
        self.samples: list[float] = []
        self.done = threading.Event()

    def run(self) -> None:
        while not self.done.is_set():
            self.samples.append(os.getloadavg()[0])
            self.done.wait(5)

    def stop(self) -> None:
        self.done.set()
        self.join()

    def summary(self) -> str:
        if not self.samples:
            return "not sampled"
        mean = sum(self.samples) / len(self.samples)
        return f"{min(self.samples):.1f} to {max(self.samples):.1f}, mean {mean:.1f}"


# ---------------------------------------------------------------- the data set


def prepare_database(url: str, scale_name: str, rebuild: bool):
    """Create the database and build the data set, unless it is there at this scale."""
    import psycopg

    name = url.rsplit("/", 1)[1]
    admin = url.rsplit("/", 1)[0] + "/postgres"
    with psycopg.connect(admin, autocommit=True) as connection:
        exists = connection.execute(
            "SELECT 1 FROM pg_database WHERE datname = %s", [name]
        ).fetchone()
        if exists and rebuild:
            connection.execute(f'DROP DATABASE "{name}" WITH (FORCE)')
            exists = None
        if not exists:
            connection.execute(f'CREATE DATABASE "{name}"')
    subprocess.run([BIN / "cairn", "migrate", "--no-input", "-v0"], check=True)
    import django

    django.setup()
    import national
    from django.db import connection as db

    with db.cursor() as cursor:
        cursor.execute("CREATE TABLE IF NOT EXISTS bench_cast (scale text, cast_json text)")
        cursor.execute("SELECT scale, cast_json FROM bench_cast")
        found = cursor.fetchone()
    if found and found[0] == scale_name:
        return national.Cast(**json.loads(found[1]))
    if found:
        db.close()
        return prepare_database(url, scale_name, rebuild=True)
    print(f"building the {scale_name} data set", flush=True)
    from django.db import transaction

    with transaction.atomic():  # all or nothing: a failed build leaves an empty database
        cast = national.build(national.SCALES[scale_name])
        with db.cursor() as cursor:
            cursor.execute(
                "INSERT INTO bench_cast VALUES (%s, %s)", [scale_name, json.dumps(cast.__dict__)]
            )
    print(counts(), flush=True)
    return cast


def counts() -> str:
    from cairn.accounts.models import Agency, Partnership, User
    from cairn.plans.models import Action
    from cairn.reviews.models import ReviewRound, Update

    history = sum(m.history.model.objects.count() for m in (Action, Update))
    return (
        f"{Partnership.objects.count()} partnerships, {Agency.objects.count()} agencies, "
        f"{User.objects.count()} people, {Action.objects.count()} actions, "
        f"{ReviewRound.objects.count()} rounds, {Update.objects.count()} updates, "
        f"{history} action and update history records"
    )


def sessions_and_urls(cast) -> tuple[dict[str, str], dict[str, tuple[str, str]]]:
    """Signed-in sessions (as Django's test client makes them) and the pages to open."""
    from django.db import transaction
    from django.test import Client

    from cairn.accounts.models import User
    from cairn.plans.models import Plan
    from cairn.reports.models import Publication
    from cairn.reports.publishing import publish

    cookies = {}
    for who, pk in (("coordinator", cast.coordinator_id), ("lead", cast.lead_id)):
        client = Client()
        client.force_login(User.objects.get(pk=pk))
        cookies[who] = f"sessionid={client.cookies['sessionid'].value}"
    plan = Plan.objects.get(pk=cast.typical_plan_id)
    live = Publication.objects.live().filter(plan=plan).first()
    if live is None:
        with transaction.atomic():
            live = publish(plan, by=User.objects.get(pk=cast.coordinator_id))
    from cairn.plans.models import Action

    my_count = Action.objects.for_lead(User.objects.get(pk=cast.lead_id)).count()
    big = Action.objects.filter(theme__plan_id=cast.big_plan_id).count()
    urls = {
        "floor (sign-in page)": ("/sign-in/", ""),
        # What every signed-in page pays (session, person, roles, navigation, middleware,
        # base template) and nothing else: the sign-out page, as the lead.
        "signed-in floor (sign-out page)": ("/sign-out/", "lead"),
        "plan": (f"/plans/{cast.typical_plan_id}/", "coordinator"),
        "action, 500-record history": (f"/actions/{cast.long_history_action_id}/", "coordinator"),
        f"My actions ({my_count} of {big})": ("/my-actions/", "lead"),
        "dashboard": (f"/plans/{cast.typical_plan_id}/dashboard/", "coordinator"),
        "round": (f"/rounds/{cast.round_id}/", "coordinator"),
        "public page": (f"/public/{live.token}/", ""),
        f"plan of {big} actions": (f"/plans/{cast.big_plan_id}/", "lead"),
        "action, 10,000-record history": (
            f"/actions/{cast.longest_history_action_id}/",
            "coordinator",
        ),
        # Bad input: the nearest page with a message, and the filter left off with one.
        f"plan of {big} actions, page 999": (f"/plans/{cast.big_plan_id}/?page=999", "lead"),
        "plan, a filter on no such agency": (
            f"/plans/{cast.typical_plan_id}/?agency=999999",
            "coordinator",
        ),
    }
    return cookies, urls


# ---------------------------------------------------------------- serving


@contextmanager
def serving(port: int, work: Path):
    """gunicorn as production runs it: 2 sync workers, DEBUG off, collected static files."""
    env = {
        **os.environ,
        "DEBUG": "false",
        "ALLOWED_HOSTS": "127.0.0.1,localhost",
        "SITE_URL": f"http://127.0.0.1:{port}",
        "CSRF_TRUSTED_ORIGINS": f"http://127.0.0.1:{port}",
        "SECURE_SSL_REDIRECT": "false",
        "SECURE_HSTS_SECONDS": "0",
        "SECURE_COOKIES": "false",
        "STATIC_ROOT": str(work / "static"),
        "CAIRN_MAIL": "file",
        "LOG_LEVEL": "WARNING",
        # Sessions made by force_login have no second factor; a real coordinator gives one.
        "CAIRN_SECOND_FACTOR": "optional",
    }
    subprocess.run([BIN / "cairn", "collectstatic", "--no-input", "-v0"], env=env, check=True)
    log = open(work / "gunicorn.log", "w")  # noqa: SIM115 - open while the server runs
    process = subprocess.Popen(
        [
            BIN / "gunicorn",
            "cairn.wsgi",
            "--bind",
            f"127.0.0.1:{port}",
            "--workers",
            "2",
            "--timeout",
            "120",
        ],
        env=env,
        stdout=log,
        stderr=subprocess.STDOUT,
        cwd=ROOT,
    )
    base = f"http://127.0.0.1:{port}"
    try:
        for _ in range(120):
            try:
                urllib.request.urlopen(base + "/sign-in/", timeout=5)
                break
            except OSError:
                time.sleep(0.5)
        else:
            raise SystemExit(
                "gunicorn did not answer: " + (work / "gunicorn.log").read_text()[-3000:]
            )
        yield base
    finally:
        process.terminate()
        process.wait(timeout=30)
        log.close()


def warm(url: str, cookie: str) -> None:
    """Each worker loads its templates and connections before the clock starts."""
    for _ in range(6):
        request = urllib.request.Request(url, headers={"Cookie": cookie} if cookie else {})
        with urllib.request.urlopen(request, timeout=120) as response:
            if response.status != 200 or response.url != url:
                raise SystemExit(f"{url} answered {response.status} at {response.url}")
            response.read()


# ---------------------------------------------------------------- measuring


def measure(name: str, url: str, connections: int, seconds: int, cookie: str) -> Result:
    if shutil.which("wrk"):
        return measure_with_wrk(name, url, connections, seconds, cookie)
    if not getattr(measure, "warned", False):
        print("wrk is not installed (apt-get install wrk): measuring with a Python client,")
        print("which costs the machine more per request than wrk does.", flush=True)
        measure.warned = True  # type: ignore[attr-defined]
    return asyncio.run(measure_with_python(name, url, connections, seconds, cookie))


def measure_with_wrk(name: str, url: str, connections: int, seconds: int, cookie: str) -> Result:
    with tempfile.NamedTemporaryFile("w", suffix=".lua", delete=False) as script:
        script.write(WRK_SCRIPT)
    command = [
        "wrk",
        "-t",
        str(min(connections, 2)),
        "-c",
        str(connections),
        "-d",
        f"{seconds}s",
        "--timeout",
        "30s",
        "-s",
        script.name,
        url,
    ]
    if cookie:
        command[1:1] = ["-H", f"Cookie: {cookie}"]
    output = subprocess.run(command, capture_output=True, text=True, check=True).stdout
    os.unlink(script.name)
    line = next(line for line in output.splitlines() if line.startswith("RESULT"))
    p50, p95, p99, requests, errors, duration = line.split()[1:]
    return Result(
        name,
        connections,
        float(p50),
        float(p95),
        float(p99),
        int(requests) / float(duration),
        int(errors),
        int(requests),
    )


async def measure_with_python(
    name: str, url: str, connections: int, seconds: int, cookie: str
) -> Result:
    """Keep-alive HTTP/1.1 GETs from `connections` asyncio clients (when wrk is missing)."""
    host, port_path = url.removeprefix("http://").split(":", 1)
    port, path = port_path.split("/", 1)
    request = (
        f"GET /{path} HTTP/1.1\r\nHost: {host}\r\n"
        + (f"Cookie: {cookie}\r\n" if cookie else "")
        + "\r\n"
    ).encode()
    latencies: list[float] = []
    errors = 0
    end = time.perf_counter() + seconds

    async def client() -> None:
        nonlocal errors
        reader, writer = await asyncio.open_connection(host, int(port))
        while time.perf_counter() < end:
            started = time.perf_counter()
            writer.write(request)
            status = await reader.readline()
            length, close = 0, False
            while (line := await reader.readline()) not in (b"\r\n", b""):
                key, _, value = line.decode().partition(":")
                if key.lower() == "content-length":
                    length = int(value)
                if key.lower() == "connection" and "close" in value.lower():
                    close = True
            await reader.readexactly(length)
            latencies.append(time.perf_counter() - started)
            if not status.split()[1].startswith(b"2"):
                errors += 1
            if close:
                writer.close()
                reader, writer = await asyncio.open_connection(host, int(port))
        writer.close()

    began = time.perf_counter()
    await asyncio.gather(*(client() for _ in range(connections)))
    duration = time.perf_counter() - began
    latencies.sort()

    def percentile(p: float) -> float:
        return 1000 * latencies[min(len(latencies) - 1, int(p / 100 * len(latencies)))]

    return Result(
        name,
        connections,
        percentile(50),
        percentile(95),
        percentile(99),
        len(latencies) / duration,
        errors,
        len(latencies),
    )


# ---------------------------------------------------------------- the peer


def start_peer() -> str:
    """Redmine from Debian with 5,000 issues over 50 leads (../shared/peers/redmine.sh);
    the URL of one lead's assignee list, 100 a page.

    The peer's script runs without this benchmark's environment: Rails reads DATABASE_URL
    as its own, so with Cairn's PostgreSQL URL there Redmine looked for PostgreSQL (its
    `pg` gem is not installed), failed to boot, and the script's last `curl` exited 7.
    Its issues are written by `redmine_bulk_seed.rb` (the same rows in one insert): the
    script's own seed, one Issue.create! at a time, took over an hour on the loaded machine.
    """
    env = {k: os.environ[k] for k in ("PATH", "HOME", "LANG", "TERM") if k in os.environ}
    script = ROOT.parent / "shared" / "peers" / "redmine.sh"
    # Installs Redmine if it is not, makes the project and its 50 leads, serves on :3001.
    started = subprocess.run(
        ["bash", str(script), "0", "50"], capture_output=True, text=True, env=env
    )
    if started.returncode:
        raise SystemExit(f"{script} exited {started.returncode}: {started.stderr[-2000:]}")
    seeded = subprocess.run(
        ["bin/rails", "runner", str(ROOT / "bench" / "redmine_bulk_seed.rb")],
        capture_output=True,
        text=True,
        cwd="/usr/share/redmine",
        env={**env, "RAILS_ENV": "production", "N": "5000", "L": "50"},
        check=True,
    )
    summary = seeded.stdout.strip().splitlines()[-1]  # issues=5000 leads=50 lead1_id=5
    lead_id = summary.rsplit("lead1_id=", 1)[1]
    print(started.stdout.strip(), summary, flush=True)
    return (
        f"http://127.0.0.1:3001/projects/exampleshire/issues?assigned_to_id={lead_id}"
        "&per_page=100&set_filter=1&status_id=*"
    )


def peer_ratio(results: list[Result]) -> str:
    lines = []
    for c in sorted({r.connections for r in results}):
        mine = next(
            (r for r in results if r.page.startswith("My actions") and r.connections == c), None
        )
        peer = next(
            (r for r in results if r.page.startswith("Redmine") and r.connections == c), None
        )
        if mine and peer and peer.rps:
            lines.append(
                f"at {c} connection{'s' if c > 1 else ''}: Cairn's My actions "
                f"{mine.rps:.1f} req/s, Redmine {peer.rps:.1f} req/s: {mine.rps / peer.rps:.1f}x"
            )
    return "\n".join(lines)


# ---------------------------------------------------------------- printing


def row(r: Result) -> str:
    if not r.requests:
        return f"| {r.page} | {r.connections} | none answered in the run | | | 0 | {r.errors} |"
    return (
        f"| {r.page} | {r.connections} | {r.p50:.1f} | {r.p95:.1f} | {r.p99:.1f} | "
        f"{r.rps:.1f} | {r.errors} |"
    )


def table(results: list[Result]) -> str:
    floor = {r.connections: r.p50 for r in results if r.page.startswith("floor")}
    lines = [
        "| page | connections | p50 ms | p95 ms | p99 ms | req/s | errors | p50 / floor |",
        "| --- | --- | --- | --- | --- | --- | --- | --- |",
    ]
    for r in results:
        ratio = (
            f"{r.p50 / floor[r.connections]:.1f}x"
            if floor.get(r.connections) and r.requests
            else "-"
        )
        lines.append(row(r) + f" {ratio} |")
    return "\n".join(lines)


if __name__ == "__main__":
    main()
