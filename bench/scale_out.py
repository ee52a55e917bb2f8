"""Scale-out: two Cairn web servers and two task workers against one PostgreSQL, behind
haproxy, on 127.0.0.1. A benchmark mode, not part of `make test`.

    apt-get install haproxy                       # Debian's
    .venv/bin/python bench/scale_out.py           # ports 8190 (haproxy), 8191 and 8192

It makes a database of its own (dropped afterwards), loads the demo partnership, collects
the static files once, and starts: gunicorn A and gunicorn B (the same settings and secret
key, two sync workers each: a lone worker busy with a page cannot answer the health
check), haproxy in front of them (round robin, no sticky sessions, health check
GET /health/, a header naming the server that answered), and two `cairn db_worker`s. Then,
through haproxy only:

- each demo lead signs in and updates every action of theirs in the open round (My actions,
  the update page, submit), while the coordinator chases the round twice;
- two schedulers each put the day's reminders on the queue, twice, with the round made due
  for its reminder, so the two workers race to send them.

It checks and prints: every person's requests were answered by both servers and none was
sent back to sign in (no session lost); every task ran exactly once, on one worker
(`worker_ids`), and both workers ran some; the chase emails are the tasks' own count; no
lead got the day's reminder twice (ReminderLog and the mail folder agree). Exit status 1 if
any check fails.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import secrets
import subprocess
import sys
import tempfile
import threading
import time
from collections import Counter
from email import message_from_bytes
from pathlib import Path

import requests

sys.path.insert(0, str(Path(__file__).resolve().parent))
from load_soak import cairn, environment, own_database, wait_for  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
BIN = Path(sys.executable).parent
PASSWORD = "exampleshire-demo"
LEADS = ("lead@exampleshire.example", "health.lead@exampleshire.example")
COORDINATOR = "coordinator@exampleshire.example"
CSRF = re.compile(r'name="csrfmiddlewaretoken" value="([^"]+)"')
CHASE = re.compile(r"Reminder: your update for the .* review is outstanding$")  # chasing.py
HAPROXY = """global
  maxconn 256
defaults
  mode http
  timeout connect 5s
  timeout client 120s
  timeout server 120s
  # Sync workers answer a check only between requests: give them time before calling
  # a server down, on a busy machine.
  timeout check 20s
  default-server inter 2s fall 3 rise 1
frontend cairn
  bind 127.0.0.1:{port}
  default_backend web
backend web
  balance roundrobin
  option httpchk
  http-check send meth GET uri /health/ ver HTTP/1.1 hdr Host 127.0.0.1
  http-check expect status 200
  http-response set-header X-Served-By %[srv_name]
  server a 127.0.0.1:{a} check
  server b 127.0.0.1:{b} check
"""


class Person:
    """Someone using Cairn through the load balancer, noting which server answered."""

    def __init__(self, site: str, email: str) -> None:
        self.site, self.email = site, email
        self.http = requests.Session()
        self.servers: Counter[str] = Counter()
        self.lost: list[str] = []  # pages that sent them back to sign in
        self.errors: list[str] = []  # answers of 500 or more, or none

    def get(self, path: str) -> requests.Response:
        return self._note(self.http.get(self.site + path, timeout=120))

    def post(self, path: str, data: dict, page: str) -> requests.Response:
        token = CSRF.search(page)
        data = {"csrfmiddlewaretoken": token.group(1) if token else "", **data}
        response = self.http.post(
            self.site + path, data=data, headers={"Referer": self.site + path}, timeout=120
        )
        return self._note(response)

    def _note(self, response: requests.Response) -> requests.Response:
        for step in [*response.history, response]:
            self.servers[step.headers.get("X-Served-By", "?")] += 1
            if step.status_code >= 500:
                self.errors.append(f"{step.status_code} {step.request.path_url}")
        if "/sign-in/" in response.url and self.http.cookies.get("sessionid"):
            self.lost.append(response.request.path_url)
        return response

    def sign_in(self) -> None:
        page = self.get("/sign-in/").text
        self.post("/sign-in/", {"username": self.email, "password": PASSWORD}, page)
        if not self.http.cookies.get("sessionid"):
            raise SystemExit(f"{self.email} could not sign in")


def lead_updates_everything(person: Person) -> int:
    """My actions, then each update page in the open round, submitted. Returns how many."""
    person.sign_in()
    saved = 0
    for path in dict.fromkeys(
        re.findall(r'href="(/rounds/\d+/actions/\d+/)"', person.get("/my-actions/").text)
    ):
        form = person.get(path).text
        radios = re.findall(r'name="status" type="radio" value="(\d+)"', form)
        radios += re.findall(r'type="radio" name="status" value="(\d+)"', form)
        hidden = dict(re.findall(r'type="hidden" name="(\w+)" value="([^"]*)"', form))
        if not radios:
            continue
        data = {**hidden, "status": radios[0], "note": "Scale-out check", "intent": "submit"}
        if person.post(path, data, form).status_code == 200:
            saved += 1
        person.get("/my-actions/")
    return saved


def coordinator_chases(person: Person, rounds: list[int], times: int) -> int:
    person.sign_in()
    chased = 0
    for round_path in (f"/rounds/{pk}/" for pk in rounds):
        for _ in range(times):
            page = person.get(f"{round_path}chase/")
            if page.status_code == 200 and "csrfmiddlewaretoken" in page.text:
                person.post(f"{round_path}chase/", {}, page.text)
                chased += 1
            person.get(round_path)
    return chased


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--port", type=int, default=8190, help="haproxy; the servers +1, +2")
    parser.add_argument("--postgres", default="postgres://postgres@127.0.0.1:5432/cairn_perf_scale")
    args = parser.parse_args()
    site = f"http://127.0.0.1:{args.port}"
    folder = Path(tempfile.mkdtemp(prefix="cairn-scale-"))
    processes: list[subprocess.Popen] = []
    with own_database(args.postgres) as database:
        env = environment(database, folder, args.port)
        env["ALLOWED_HOSTS"] = "127.0.0.1"
        try:
            results = run(env, folder, args.port, site, processes)
        finally:
            for process in processes:
                process.terminate()
            for process in processes:
                # gunicorn's master waits out its 30 s graceful timeout when haproxy
                # keeps a connection open: 30 s here lost a finished run's results.
                process.wait(timeout=90)
    print(json.dumps(results["figures"], indent=1))
    for check, passed in results["checks"].items():
        print(f"{'PASS' if passed else 'FAIL'}: {check}")
    sys.exit(0 if all(results["checks"].values()) else 1)


def run(env: dict, folder: Path, port: int, site: str, processes: list) -> dict:
    cairn(env, "migrate", "--no-input", "-v0")
    cairn(env, "demo")
    cairn(env, "collectstatic", "--no-input", "-v0")
    for n, server in enumerate(("a", "b"), start=1):
        log = open(folder / f"gunicorn-{server}.log", "w")  # noqa: SIM115
        command = [str(BIN / "gunicorn"), "cairn.wsgi", "--bind", f"127.0.0.1:{port + n}"]
        processes.append(
            subprocess.Popen(
                [*command, "--workers", "2", "--timeout", "120"],
                env=env,
                cwd=ROOT,
                stdout=log,
                stderr=subprocess.STDOUT,
            )
        )
        wait_for(f"http://127.0.0.1:{port + n}/health/", seconds=180)  # slow at load 18
    config = folder / "haproxy.cfg"
    config.write_text(HAPROXY.format(port=port, a=port + 1, b=port + 2))
    processes.append(subprocess.Popen(["haproxy", "-f", str(config)], cwd=folder))
    wait_for(f"{site}/health/")
    for n in range(2):
        log = open(folder / f"worker-{n}.log", "w")  # noqa: SIM115
        processes.append(
            subprocess.Popen(
                [str(BIN / "cairn"), "db_worker", "--interval", "0.5", "--no-reload"],
                env=env,
                cwd=ROOT,
                stdout=log,
                stderr=subprocess.STDOUT,
            )
        )
    make_reminders_due(env)
    open_rounds = json.loads(
        django_shell(
            env,
            "from cairn.reviews.models import ReviewRound; "
            "print(list(ReviewRound.objects.filter(state='open').values_list('pk', flat=True)))",
        )
        .strip()
        .splitlines()[-1]
    )
    people = [Person(site, email) for email in LEADS] + [Person(site, COORDINATOR)]
    figures: dict = {}

    def work(person: Person) -> None:
        if person.email == COORDINATOR:
            figures["chases"] = coordinator_chases(person, open_rounds, times=2)
        else:
            figures[f"updates by {person.email}"] = lead_updates_everything(person)

    threads = [threading.Thread(target=work, args=(p,)) for p in people]
    threads += [threading.Thread(target=schedule_twice, args=(env,)) for _ in range(2)]
    started = time.monotonic()
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    figures["seconds"] = round(time.monotonic() - started, 1)
    return check(env, folder, people, figures)


def make_reminders_due(env: dict) -> None:
    """The demo's open round closes in two days: its 'before it closes' reminder is due."""
    django_shell(
        env,
        "from cairn.reviews.models import ReviewRound; from django.utils import timezone; "
        "import datetime as dt; today = timezone.localdate(); "
        "ReviewRound.objects.filter(state='open').update("
        "closes_on=today + dt.timedelta(days=2), remind_days_before=7)",
    )


def schedule_twice(env: dict) -> None:
    """A scheduler (one too many) putting the day's reminder run on the queue, twice."""
    for _ in range(2):
        django_shell(
            env,
            "from cairn.accounts.tasks import send_due_reminders; "
            "from django.utils import timezone; "
            "send_due_reminders.enqueue(timezone.localdate().isoformat())",
        )


def django_shell(env: dict, code: str) -> str:
    done = subprocess.run(
        [str(BIN / "cairn"), "shell", "-c", code],
        env=env,
        cwd=ROOT,
        capture_output=True,
        text=True,
    )
    if done.returncode:
        raise SystemExit(f"cairn shell failed: {done.stderr[-2000:]}")
    return done.stdout


def wait_for_tasks(env: dict, seconds: float = 300) -> list[dict]:
    code = (
        "import json; from django_tasks_db.models import DBTaskResult; "
        "print(json.dumps([dict(task=r.task_path, status=r.status, workers=r.worker_ids, "
        "value=r.return_value) for r in DBTaskResult.objects.all()]))"
    )
    deadline = time.monotonic() + seconds
    while True:
        tasks = json.loads(django_shell(env, code).strip().splitlines()[-1])
        waiting = [t for t in tasks if t["status"] in ("READY", "RUNNING")]
        if not waiting or time.monotonic() > deadline:
            return tasks
        time.sleep(2)


def check(env: dict, folder: Path, people: list[Person], figures: dict) -> dict:
    tasks = wait_for_tasks(env)
    mails = [message_from_bytes(p.read_bytes()) for p in sorted((folder / "mail").glob("*"))]
    subjects = [str(m["Subject"]) for m in mails]
    chase_mails = sum(bool(CHASE.match(subject)) for subject in subjects)
    # The day's one message per person and the coordinator's digest of who was reminded
    # (accounts/notifications.py): a coordinator may get one of each.
    reminders = Counter(
        f"{m['To']} ({'digest' if subject.startswith('Cairn reminders sent') else 'reminder'})"
        for m, subject in zip(mails, subjects, strict=True)
        if subject.startswith(("Reminder: ", "Cairn reminders sent: ")) and not CHASE.match(subject)
    )
    chase_tasks = [t for t in tasks if t["task"].endswith("chase_outstanding")]
    logs = django_shell(
        env,
        "from cairn.reviews.models import ReminderLog; from django.db.models import Count; "
        "print(ReminderLog.objects.values('person', 'round', 'kind', 'sent_on')"
        ".annotate(n=Count('id')).filter(n__gt=1).count())",
    )
    workers = Counter(w for t in tasks for w in t["workers"])
    figures |= {
        "servers per person": {p.email: dict(p.servers) for p in people},
        "errors": [e for p in people for e in p.errors],
        "tasks": Counter(f"{t['task'].rsplit('.', 1)[-1]} {t['status']}" for t in tasks),
        "tasks per worker": dict(workers),
        "emails": len(mails),
        "chase emails, and each chase task's count": [
            chase_mails,
            [t["value"] for t in chase_tasks],
        ],
        "reminder emails per person": dict(reminders),
    }
    return {
        "figures": figures,
        "checks": {
            "every person was answered by both servers": all(
                p.servers.get("a") and p.servers.get("b") for p in people
            ),
            "no session lost (nobody sent back to sign in)": not any(p.lost for p in people),
            "no error answered": not any(p.errors for p in people),
            "every task succeeded": all(t["status"] == "SUCCESSFUL" for t in tasks),
            "every task ran once, on one worker": all(len(t["workers"]) == 1 for t in tasks),
            "both workers ran tasks": len(workers) == 2,
            # A chase emails the leads still outstanding when its task runs: as many as
            # the task says it sent, no more (and one task per chase).
            "every chase was one task, its emails sent once": len(chase_tasks)
            == figures["chases"]
            > 0
            and chase_mails == sum(t["value"] or 0 for t in chase_tasks),
            "no reminder sent twice": int(logs.strip().splitlines()[-1]) == 0
            and all(n == 1 for n in reminders.values())
            and bool(reminders),
        },
    }


if __name__ == "__main__":
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "cairn.settings")
    secrets.token_hex(1)
    main()
