"""Load and soak test: simulated leads, coordinators and a board member against Cairn run as
in production (DEBUG off, collectstatic, gunicorn, PostgreSQL, a db_worker), on 127.0.0.1.

    .venv/bin/pip install 'locust>=2.40'
    .venv/bin/python bench/load_soak.py --users 50 --minutes 10 \\
        --postgres postgres://postgres@127.0.0.1:5432/cairn_bench

It creates a database of its own beside the one named (dropped afterwards), loads the demo
partnership, starts gunicorn (--workers, default 2) and a worker, runs locust headless for
the time given (bench/locustfile.py), then prints a Markdown table: requests, failures,
p50 and p95 per kind of request, and each gunicorn worker's memory at the start and the
end. A benchmark, not a test: it is not part of `make test` and nothing fails when slow.
"""

from __future__ import annotations

import argparse
import contextlib
import csv
import os
import secrets
import subprocess
import sys
import tempfile
import time
import urllib.parse
import urllib.request
from collections.abc import Iterator
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
BIN = Path(sys.executable).parent
REPORT_FORMATS = ("pdf", "docx", "xlsx", "csv")


@contextlib.contextmanager
def own_database(server_url: str) -> Iterator[str]:
    import psycopg

    base, _, name = server_url.rpartition("/")
    name = f"{name.split('?')[0] or 'cairn'}_load_{secrets.token_hex(4)}"
    with psycopg.connect(f"{base}/postgres", autocommit=True) as connection:
        connection.execute(f'CREATE DATABASE "{name}"')
    try:
        yield f"{base}/{name}"
    finally:
        with psycopg.connect(f"{base}/postgres", autocommit=True) as connection:
            connection.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


def environment(database_url: str, folder: Path, port: int) -> dict[str, str]:
    site = f"http://127.0.0.1:{port}"
    keep = {k: v for k, v in os.environ.items() if k in {"PATH", "HOME", "LANG", "TMPDIR"}}
    return {
        **keep,
        "DEBUG": "false",
        "SECRET_KEY": secrets.token_urlsafe(50),
        "DATABASE_URL": database_url,
        "ALLOWED_HOSTS": "127.0.0.1",
        "SITE_URL": site,
        "CSRF_TRUSTED_ORIGINS": site,
        "SECURE_COOKIES": "false",
        # The simulated coordinators sign in with a password only: the demo's people have no
        # authenticator app. The second step's cost is one TOTP check, not worth simulating.
        "CAIRN_SECOND_FACTOR": "optional",
        "SECURE_SSL_REDIRECT": "false",
        "SECURE_HSTS_SECONDS": "0",
        "CAIRN_DATA_DIR": str(folder / "data"),
        "STATIC_ROOT": str(folder / "static"),
        "CAIRN_MAIL": "file",
        "EMAIL_FILE_PATH": str(folder / "mail"),
        # Fifty people signing in from one address within seconds is the test, not an attack.
        "CAIRN_THROTTLE_SIGN_IN": "false",
        "LOG_LEVEL": "WARNING",
    }


def cairn(env: dict[str, str], *args: str) -> None:
    done = subprocess.run([str(BIN / "cairn"), *args], env=env, capture_output=True, text=True)
    if done.returncode:
        raise SystemExit(f"cairn {' '.join(args)} failed:\n{done.stdout}\n{done.stderr}")


def workers(master: int) -> list[int]:
    children = Path(f"/proc/{master}/task/{master}/children").read_text().split()
    return sorted(int(pid) for pid in children)


def rss_mb(pid: int) -> float:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return 0.0


def wait_for(url: str, seconds: float = 60) -> None:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        try:
            urllib.request.urlopen(url, timeout=5).read()
            return
        except OSError:
            time.sleep(0.5)
    raise SystemExit(f"{url} did not answer within {seconds} s")


def warm_up(site: str, workers: int) -> None:
    """Every kind of request, several times per worker, before 'start' memory is read: the
    report libraries load on first use, and that is not growth a soak should count."""
    import http.cookiejar
    import re

    jar = http.cookiejar.CookieJar()
    opener = urllib.request.build_opener(urllib.request.HTTPCookieProcessor(jar))

    def get(path: str) -> str:
        return opener.open(f"{site}{path}", timeout=120).read().decode("utf-8", "replace")

    page = get("/sign-in/")
    token = re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', page)
    form = {
        "username": "coordinator@exampleshire.example",
        "password": "exampleshire-demo",
        "csrfmiddlewaretoken": token.group(1) if token else "",
    }
    request = urllib.request.Request(
        f"{site}/sign-in/",
        data=urllib.parse.urlencode(form).encode(),
        headers={"Referer": f"{site}/sign-in/"},
    )
    opener.open(request, timeout=120).read()
    plan = re.search(r'href="/plans/(\d+)/"', get("/p/exampleshire/"))
    if plan is None:
        raise SystemExit("warm-up: the coordinator could not sign in and find the demo plan")
    paths = [f"/plans/{plan.group(1)}/", f"/plans/{plan.group(1)}/dashboard/", "/my-actions/"]
    paths += [f"/plans/{plan.group(1)}/board-report/?format={f}" for f in REPORT_FORMATS]
    for _ in range(3 * workers):
        for path in paths:
            get(path)


def table(stats_csv: Path, memory: list[tuple[int, float, float, float]], args) -> str:
    rows = list(csv.DictReader(stats_csv.open()))
    lines = [
        f"{args.users} users, {args.minutes} min, {args.workers} gunicorn workers",
        "",
        "| request | count | failures | p50 ms | p95 ms | max ms |",
        "| --- | --- | --- | --- | --- | --- |",
    ]
    for row in rows:
        name = "**all**" if row["Name"] == "Aggregated" else row["Name"]
        lines.append(
            f"| {name} | {row['Request Count']} | {row['Failure Count']} | "
            f"{row['50%']} | {row['95%']} | {float(row['Max Response Time']):.0f} |"
        )
    lines += [
        "",
        f"| worker | memory at start (MB) | after {args.warm_minutes:g} min (MB) | at end (MB) "
        "| growth after warm-up |",
        "| --- | --- | --- | --- | --- |",
    ]
    for pid, start, warm, end in memory:
        growth = f"{100 * (end - warm) / warm:+.0f}%" if warm else "n/a"
        lines.append(f"| {pid} | {start:.0f} | {warm:.0f} | {end:.0f} | {growth} |")
    return "\n".join(lines)


def arguments() -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--users", type=int, default=50)
    parser.add_argument("--spawn-rate", type=float, default=5)
    parser.add_argument("--minutes", type=float, default=10)
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument(
        "--warm-minutes",
        type=float,
        default=2,
        help="Memory is measured again this far in: by then every kind of request has run "
        "(the report libraries load on first use), so growth after it is what a soak shows.",
    )
    parser.add_argument("--port", type=int, default=8300)
    parser.add_argument(
        "--postgres",
        default=os.environ.get("DATABASE_URL", "postgres://postgres@127.0.0.1:5432/cairn"),
        help="A PostgreSQL URL; the test makes and drops a database of its own beside it.",
    )
    return parser.parse_args()


def start_cairn(env: dict, folder: Path, args: argparse.Namespace) -> list[subprocess.Popen]:
    """gunicorn with `args.workers` workers, and one task worker."""
    gunicorn = [
        str(BIN / "gunicorn"),
        "cairn.wsgi",
        "--bind",
        f"127.0.0.1:{args.port}",
        "--workers",
        str(args.workers),
        "--timeout",
        "60",
        "--error-logfile",
        str(folder / "gunicorn.log"),
    ]
    quiet = {"stdout": subprocess.DEVNULL, "stderr": subprocess.DEVNULL}
    return [
        subprocess.Popen(gunicorn, env=env, cwd=ROOT, **quiet),
        subprocess.Popen([str(BIN / "cairn"), "db_worker"], env=env, **quiet),
    ]


def run_locust(site: str, prefix: Path, args: argparse.Namespace) -> subprocess.Popen:
    return subprocess.Popen(
        [
            str(BIN / "locust"),
            "-f",
            str(ROOT / "bench" / "locustfile.py"),
            "--headless",
            "--host",
            site,
            "-u",
            str(args.users),
            "-r",
            str(args.spawn_rate),
            "-t",
            f"{int(args.minutes * 60)}s",
            "--csv",
            str(prefix),
            "--only-summary",
            "--stop-timeout",
            "10",
        ],
    )


def soak(site: str, server: subprocess.Popen, folder: Path, args: argparse.Namespace) -> None:
    """Load the site for `args.minutes`; print the requests' and the workers' memory table."""
    wait_for(f"{site}/sign-in/")
    warm_up(site, args.workers)
    pids = workers(server.pid)
    start = {pid: rss_mb(pid) for pid in pids}
    prefix = folder / "locust"
    locust = run_locust(site, prefix, args)
    with contextlib.suppress(subprocess.TimeoutExpired):
        locust.wait(timeout=args.warm_minutes * 60)
    warm = {pid: rss_mb(pid) for pid in pids}
    locust.wait()
    now = workers(server.pid)
    if now != pids:
        print(f"gunicorn replaced workers during the run: {pids} -> {now}")
    memory = [(pid, start[pid], warm[pid], rss_mb(pid) if pid in now else 0.0) for pid in pids]
    print()
    print(table(Path(f"{prefix}_stats.csv"), memory, args))
    errors = (folder / "gunicorn.log").read_text()
    if "Traceback" in errors or "WORKER TIMEOUT" in errors:
        print("\ngunicorn's log has errors:\n" + errors[-3000:])


def main() -> None:
    args = arguments()
    site = f"http://127.0.0.1:{args.port}"
    with (
        tempfile.TemporaryDirectory(prefix="cairn-load-") as work,
        own_database(args.postgres) as database_url,
    ):
        folder = Path(work)
        env = environment(database_url, folder, args.port)
        for command in (["migrate"], ["collectstatic", "--no-input"], ["demo"]):
            cairn(env, *command)
        processes = start_cairn(env, folder, args)
        try:
            soak(site, processes[0], folder, args)
        finally:
            for process in processes:
                process.terminate()
                process.wait(timeout=30)


if __name__ == "__main__":
    main()
