"""Cairn run the way README.md's "Running in production" section runs it, checked over HTTP.

DEBUG off, a SECRET_KEY, `collectstatic` into its own STATIC_ROOT (WhiteNoise's manifest
storage), PostgreSQL with a database of its own, gunicorn on 127.0.0.1 at a free port (on a
socket the test holds) and a `cairn db_worker` beside it. Then a coordinator signs in
through the real form (CSRF and all, setting up the second factor that the default
CAIRN_SECOND_FACTOR=required asks of them), opens every main page, opens a review round (the
worker emails the leads), downloads a board report and imports a plan. `cairn check
--deploy` must be clean with the production settings README.md documents (they are read from
its "production environment" block, so the documentation and this test cannot drift apart).

It needs PostgreSQL and takes a while, so it runs once, in `make test`'s PostgreSQL run (or
wherever CAIRN_TEST_POSTGRES_URL names a server).
"""

from __future__ import annotations

import base64
import contextlib
import datetime as dt
import html.parser
import http.cookiejar
import os
import re
import secrets
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.parse
import urllib.request
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest
from django_otp.oath import totp

ROOT = Path(__file__).resolve().parents[2]
BIN = Path(sys.executable).parent
DEMO_PASSWORD = "exampleshire-demo"
IMPORT_DOCUMENT = ROOT / "cairn" / "imports" / "tests" / "documents" / "priorities_rag.txt"

pytestmark = pytest.mark.production


def postgres_url() -> str | None:
    """The PostgreSQL server to use: CAIRN_TEST_POSTGRES_URL, or the suite's own database."""
    url = os.environ.get("CAIRN_TEST_POSTGRES_URL") or os.environ.get("DATABASE_URL", "")
    return url if url.startswith(("postgres://", "postgresql://")) else None


def production_environment() -> dict[str, str]:
    """The variables in README.md's production environment block, as documented."""
    readme = (ROOT / "README.md").read_text()
    block = re.search(r"<!-- production environment -->\s*```[a-z]*\n(.*?)```", readme, re.S)
    assert block, "README.md has lost its <!-- production environment --> block"
    values = {}
    for line in block.group(1).splitlines():
        line = line.split("#", 1)[0].strip()
        if line:
            name, _, value = line.partition("=")
            values[name.strip()] = value.strip()
    return values


def test_the_readme_documents_a_production_environment():
    values = production_environment()
    assert values["DEBUG"] == "false"
    for name in ("SECRET_KEY_FILE", "DATABASE_URL", "ALLOWED_HOSTS", "SECURE_HSTS_SECONDS"):
        assert name in values


@contextlib.contextmanager
def listening_socket() -> Iterator[socket.socket]:
    """A socket bound to a free port and held open, for gunicorn to serve on (`fd://`): no
    other process (another test worker's server) can take the port between choosing and
    binding it."""
    with socket.socket() as listener:
        listener.bind(("127.0.0.1", 0))
        listener.listen(64)
        listener.set_inheritable(True)
        yield listener


@contextlib.contextmanager
def own_database(server_url: str) -> Iterator[str]:
    """A fresh database on the server in server_url, dropped afterwards."""
    import psycopg

    base, _, name = server_url.rpartition("/")
    name = f"{name.split('?')[0] or 'cairn'}_production_{uuid.uuid4().hex[:8]}"
    admin = f"{base}/postgres"
    with psycopg.connect(admin, autocommit=True) as connection:
        connection.execute(f'CREATE DATABASE "{name}"')
    try:
        yield f"{base}/{name}"
    finally:
        with psycopg.connect(admin, autocommit=True) as connection:
            connection.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


def cairn(env: dict[str, str], *args: str, timeout: float = 300) -> str:
    done = subprocess.run(
        [str(BIN / "cairn"), *args],
        env=env,
        capture_output=True,
        text=True,
        timeout=timeout,
        cwd=env["CAIRN_DATA_DIR"],
    )
    assert done.returncode == 0, f"cairn {' '.join(args)} failed:\n{done.stdout}\n{done.stderr}"
    return done.stdout + done.stderr


class Forms(html.parser.HTMLParser):
    """Every form on a page: its action, method, enctype and the values it would send."""

    def __init__(self) -> None:
        super().__init__()
        self.forms: list[dict] = []
        self._select: str | None = None

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if tag == "form":
            self.forms.append({"action": a.get("action") or "", "fields": {}, "files": []})
            self.forms[-1]["method"] = (a.get("method") or "get").lower()
        elif not self.forms:
            return
        fields = self.forms[-1]["fields"]
        name = a.get("name")
        if tag == "input" and name:
            kind = (a.get("type") or "text").lower()
            if kind == "file":
                self.forms[-1]["files"].append(name)
            elif kind in {"radio", "checkbox"}:
                if "checked" in a:
                    fields[name] = a.get("value") or "on"
            elif kind not in {"submit", "button"}:
                fields[name] = a.get("value") or ""
        elif tag == "textarea" and name:
            fields[name] = ""
        elif tag == "select" and name:
            self._select = name
            fields.setdefault(name, "")
        elif tag == "option" and self._select and "selected" in a:
            fields[self._select] = a.get("value") or ""

    def handle_endtag(self, tag):
        if tag == "select":
            self._select = None


class Browser:
    """A cookie-keeping HTTP client that submits forms as a browser would."""

    def __init__(self, base: str) -> None:
        self.base = base
        self.cookies = http.cookiejar.CookieJar()
        self.opener = urllib.request.build_opener(urllib.request.HTTPCookieProcessor(self.cookies))

    def open(self, path: str, data: bytes | None = None, headers=None, expect=200):
        request = urllib.request.Request(
            urllib.parse.urljoin(self.base, path), data=data, headers=headers or {}
        )
        try:
            response = self.opener.open(request, timeout=60)
        except urllib.error.HTTPError as error:
            response = error
        body = response.read()
        assert response.status == expect, (
            f"{path}: {response.status}, not {expect}\n{body[:2000]!r}"
        )
        return response, body

    def get(self, path: str, expect: int = 200) -> str:
        _, body = self.open(path, expect=expect)
        return body.decode()

    def submit(self, page_url: str, page: str, fields: dict, action_part: str, files=None):
        """Post the form whose action contains action_part ("": the form posting to the page)."""
        parser = Forms()
        parser.feed(page)
        path = urllib.parse.urlsplit(page_url).path

        def wanted(form: dict) -> bool:
            if action_part:
                return action_part in form["action"]
            return form["action"] in {"", path}  # the page's own form

        form = next((f for f in parser.forms if f["method"] == "post" and wanted(f)), None)
        assert form, f"no form posting to {action_part!r} on {page_url}"
        values = {**form["fields"], **fields}
        url = urllib.parse.urljoin(page_url, form["action"] or page_url)
        headers = {"Referer": urllib.parse.urljoin(self.base, page_url)}
        if files:
            boundary = secrets.token_hex(16)
            parts = []
            for name, value in values.items():
                parts.append(
                    f'--{boundary}\r\nContent-Disposition: form-data; name="{name}"\r\n\r\n'
                    f"{value}\r\n".encode()
                )
            for name, (file_name, content) in files.items():
                head = (
                    f'--{boundary}\r\nContent-Disposition: form-data; name="{name}"; '
                    f'filename="{file_name}"\r\nContent-Type: application/octet-stream\r\n\r\n'
                )
                parts.append(head.encode() + content + b"\r\n")
            data = b"".join(parts) + f"--{boundary}--\r\n".encode()
            headers["Content-Type"] = f"multipart/form-data; boundary={boundary}"
        else:
            data = urllib.parse.urlencode(values).encode()
            headers["Content-Type"] = "application/x-www-form-urlencoded"
        response, body = self.open(url, data=data, headers=headers)
        return response.url, body.decode()


def wait_for(url: str, processes: list[subprocess.Popen], seconds: float = 240) -> None:
    """Until the URL answers 200 (gunicorn's workers take a while to start on a busy machine)."""
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        for process in processes:
            assert process.poll() is None, f"{process.args} stopped: {process.returncode}"
        try:
            urllib.request.urlopen(url, timeout=10).read()
            return
        except urllib.error.HTTPError as error:  # it answered, but not with the page
            raise AssertionError(f"{url} answered {error.code}: {error.read()[:2000]!r}") from None
        except (urllib.error.URLError, ConnectionError, TimeoutError):
            time.sleep(0.5)
    raise AssertionError(f"{url} did not answer in {seconds} s")


def links(page: str, pattern: str) -> list[str]:
    return sorted(set(re.findall(rf'href="({pattern})"', page)))


@pytest.fixture
def production(tmp_path) -> Iterator[dict]:
    """The production-shaped Cairn: its address, environment, folders and processes."""
    server = postgres_url()
    if server is None:
        pytest.skip(
            "runs in make test's PostgreSQL run (set CAIRN_TEST_POSTGRES_URL to run it here)"
        )
    data_dir = tmp_path / "data"
    data_dir.mkdir()
    secret = tmp_path / "secret_key"
    secret.write_text(secrets.token_urlsafe(50))
    documented = production_environment()
    with listening_socket() as listener, own_database(server) as database_url:
        port = listener.getsockname()[1]
        inherited = {
            k: v
            for k, v in os.environ.items()
            if not k.startswith(("DJANGO_", "CAIRN_", "SECURE_", "EMAIL_", "DATABASE_"))
            and k not in {"DEBUG", "SECRET_KEY", "ALLOWED_HOSTS", "STATIC_ROOT", "SITE_URL"}
        }
        production_env = {
            **inherited,
            **documented,
            "PATH": f"{BIN}{os.pathsep}{os.environ.get('PATH', '')}",
            "SECRET_KEY_FILE": str(secret),
            "DATABASE_URL": database_url,
            "CAIRN_DATA_DIR": str(data_dir),
            "STATIC_ROOT": str(tmp_path / "static"),
        }
        # The same settings for a plain-HTTP trial on one machine, as README.md describes.
        trial_env = {
            **production_env,
            "ALLOWED_HOSTS": "127.0.0.1",
            "CSRF_TRUSTED_ORIGINS": f"http://127.0.0.1:{port}",
            "SITE_URL": f"http://127.0.0.1:{port}",
            "SECURE_SSL_REDIRECT": "false",
            "SECURE_HSTS_SECONDS": "0",
            "SECURE_COOKIES": "false",
            # Mail goes to files here, so the test can read what the worker sent.
            "CAIRN_MAIL": "file",
            "EMAIL_FILE_PATH": str(tmp_path / "mail"),
        }
        yield {
            "base": f"http://127.0.0.1:{port}",
            "listener": listener,
            "env": production_env,
            "trial_env": trial_env,
            "static_root": tmp_path / "static",
            "mail": tmp_path / "mail",
            "logs": tmp_path,
        }


@contextlib.contextmanager
def running(
    command: list[str], env: dict[str, str], log: Path, pass_fds: tuple[int, ...] = ()
) -> Iterator[subprocess.Popen]:
    with log.open("w") as out:
        process = subprocess.Popen(
            command,
            env=env,
            stdout=out,
            stderr=subprocess.STDOUT,
            cwd=env["CAIRN_DATA_DIR"],
            pass_fds=pass_fds,
        )
        try:
            yield process
        finally:
            process.terminate()
            try:
                process.wait(timeout=20)
            except subprocess.TimeoutExpired:
                process.kill()
                process.wait()


def test_cairn_runs_as_the_readme_says_production_runs_it(production):
    env, trial = production["env"], production["trial_env"]

    # The documented production settings pass Django's deployment checks with nothing to say.
    cairn(env, "collectstatic", "--no-input", "-v0")
    assert (production["static_root"] / "staticfiles.json").exists()
    checked = cairn(env, "check", "--deploy", "--fail-level", "WARNING")
    assert "no issues" in checked, checked
    cairn(env, "migrate", "--no-input", "-v0")
    cairn(env, "createcachetable")  # CAIRN_CACHE=database: the workers share rate counts
    cairn(env, "demo")

    base = production["base"]
    listener = production["listener"].fileno()
    gunicorn = [
        str(BIN / "gunicorn"),
        "cairn.wsgi",
        "--bind",
        f"fd://{listener}",
        "--workers",
        "2",
        "--timeout",
        "120",
    ]
    logs = production["logs"]
    with (
        running(gunicorn, trial, logs / "gunicorn.log", pass_fds=(listener,)) as web,
        running([str(BIN / "cairn"), "db_worker"], trial, logs / "worker.log") as worker,
    ):
        try:
            wait_for(f"{base}/sign-in/", [web, worker])
            walk_through_cairn(Browser(base), production)
        except AssertionError:
            print((logs / "gunicorn.log").read_text()[-5000:])
            print((logs / "worker.log").read_text()[-5000:])
            raise


def walk_through_cairn(browser: Browser, production: dict) -> None:
    anonymous_pages_and_static_files(browser)
    # Sign in through the form, with its CSRF token; a forged post is refused.
    browser.open(
        "/sign-in/",
        data=b"username=coordinator%40exampleshire.example&password=x",
        headers={"Content-Type": "application/x-www-form-urlencoded"},
        expect=403,
    )
    sign_in_with_second_factor(browser, browser.get("/sign-in/"))
    plan_url = every_main_page(browser)
    open_a_round(browser, plan_url, production["mail"])
    download_the_board_report(browser, plan_url)
    import_a_plan(browser)


def anonymous_pages_and_static_files(browser: Browser) -> None:
    """The sign-in page, its stylesheet and the image the stylesheet uses."""
    sign_in = browser.get("/sign-in/")
    stylesheet = re.search(r'href="(/static/build/cairn\.[0-9a-f]{12}\.css)"', sign_in)
    assert stylesheet, "the stylesheet is not served from the collectstatic manifest"
    css = browser.get(stylesheet.group(1))
    for image in re.findall(r'url\("?(/static/[^")]+)"?\)', css):
        browser.open(image)
    browser.get("/", expect=200)  # the home page sends anonymous people to sign in


def every_main_page(browser: Browser) -> str:
    """Every main page of the demo partnership and its plan; returns the plan's address."""
    partnership = browser.get("/p/exampleshire/")
    plan_url = links(partnership, r"/plans/\d+/")[0]
    plan_page = browser.get(plan_url)
    action_url = links(plan_page, r"/actions/\d+/")[0]
    for path in (
        action_url,
        f"{plan_url}dashboard/",
        f"{plan_url}board-report/",
        f"{plan_url}publication/",
        f"{plan_url}rounds/new/",
        "/p/exampleshire/import/",
        f"{plan_url}edit/",
    ):
        browser.get(path)
    return plan_url


def open_a_round(browser: Browser, plan_url: str, mail_folder: Path) -> None:
    """The worker, not the web request, emails the leads."""
    today = dt.date.today()
    closes = today + dt.timedelta(days=30)
    form_url = f"{plan_url}rounds/new/"
    where, round_page = browser.submit(
        form_url,
        browser.get(form_url),
        {
            "period": "Production test",
            "opens_on_day": str(today.day),
            "opens_on_month": str(today.month),
            "opens_on_year": str(today.year),
            "closes_on_day": str(closes.day),
            "closes_on_month": str(closes.month),
            "closes_on_year": str(closes.year),
            "remind_days_before": "7",
            "confirm": "on",  # past the warning of the demo's round, still open
        },
        "",
    )
    assert re.search(r"/rounds/\d+/$", where), where
    assert "round is open" in round_page
    deadline = time.monotonic() + 60
    while not any(mail_folder.glob("*")) and time.monotonic() < deadline:
        time.sleep(0.5)
    mail = "".join(p.read_text() for p in mail_folder.glob("*"))
    assert "lead@exampleshire.example" in mail, "the worker sent no update request"
    browser.get(f"{plan_url}dashboard/")


def download_the_board_report(browser: Browser, plan_url: str) -> None:
    report_page = browser.get(f"{plan_url}board-report/")
    for format, signature in (
        ("csv", b"Theme"),
        ("xlsx", b"PK"),
        ("docx", b"PK"),
        ("pdf", b"%PDF"),
    ):
        response, body = browser.open(f"{plan_url}board-report/?format={format}")
        assert "attachment" in response.headers["Content-Disposition"]
        assert signature in body[:200], f"{format}: {body[:80]!r}"
    assert "board report" in report_page.lower()


def import_a_plan(browser: Browser) -> None:
    """Upload, preview, save as a draft: the worker reads the document."""
    start = browser.get("/p/exampleshire/import/")
    where, preview = browser.submit(
        "/p/exampleshire/import/",
        start,
        {},
        "",
        files={"file": (IMPORT_DOCUMENT.name, IMPORT_DOCUMENT.read_bytes())},
    )
    preview = wait_for_preview(browser, where, preview)
    where, imported = browser.submit(
        where, preview, {"title": "Imported in production"}, "/import/confirm/"
    )
    assert re.search(r"/plans/\d+/$", where), where
    assert "Imported in production" in imported
    assert "imported as a draft plan" in imported
    assert "Imported in production" in browser.get("/p/exampleshire/")


def sign_in_with_second_factor(browser: Browser, sign_in: str) -> None:
    """CAIRN_SECOND_FACTOR is required (the default): the demo coordinator signs in with
    the password, sets up an authenticator app from the key shown under the QR code, keeps
    the recovery codes, then signs out and in again with the password and the app's code."""
    credentials = {"username": "coordinator@exampleshire.example", "password": DEMO_PASSWORD}
    where, set_up = browser.submit("/sign-in/", sign_in, credentials, "")
    assert "/account/second-factor/" in where, f"not asked to set up a second factor: {where}"
    found = re.search(r'class="[^"]*cairn-secret[^"]*">([A-Z2-7 ]+)<', set_up)
    assert found, "the set-up page shows no key to type into an app"
    typed = "".join(found.group(1).split())
    key = base64.b32decode(typed + "=" * (-len(typed) % 8))
    where, codes = browser.submit(where, set_up, {"otp_token": f"{totp(key):06d}"}, "")
    assert "Your recovery codes" in codes, f"the first code was refused at {where}"
    assert "Sign out" in codes

    where, signed_out = browser.submit(where, codes, {}, "/sign-out/")
    where, code_step = browser.submit(where, signed_out, credentials, "")
    assert "Enter your security code" in code_step, f"no code asked for at {where}"
    # The code of the next 30-second step: the current one was used up by the set-up.
    where, home = browser.submit(where, code_step, {"otp_token": f"{totp(key, drift=1):06d}"}, "")
    assert "Sign out" in home and "Exampleshire" in home, f"not signed in at {where}"


def wait_for_preview(browser: Browser, where: str, page: str, seconds: float = 60) -> str:
    """The import preview, waiting for it where the import is read in the background."""
    deadline = time.monotonic() + seconds
    while "/import/confirm/" not in page:
        assert time.monotonic() < deadline, f"no import preview at {where}:\n{page[:3000]}"
        time.sleep(0.5)
        page = browser.get(where)
    return page
