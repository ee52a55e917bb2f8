"""Browser tests: Debian's Chromium driven by Playwright, pages checked with axe-core."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest
from playwright.sync_api import Error as PlaywrightError

CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"

# Playwright's sync API runs an event loop in this thread; Django's ORM calls from the
# test body are still synchronous and safe.
os.environ.setdefault("DJANGO_ALLOW_ASYNC_UNSAFE", "true")


def pytest_collection_modifyitems(config, items):
    if Path(CHROMIUM).exists():
        return
    if os.environ.get("CI") == "true":
        raise pytest.UsageError(f"CI=true needs Chromium for the browser tests; none at {CHROMIUM}")
    skip = pytest.mark.skip(reason="Chromium is not installed: install Debian's chromium package")
    for item in items:
        if "browser" in item.keywords:
            item.add_marker(skip)


@pytest.fixture(scope="session")
def browser_type_launch_args(browser_type_launch_args):
    return {
        **browser_type_launch_args,
        "executable_path": CHROMIUM,
        "args": [
            "--no-sandbox",
            "--disable-gpu",
            "--disable-quic",
            "--no-first-run",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
        ],
    }


WCAG_22_AA = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22a", "wcag22aa"]


def axe_violations(page) -> list[dict]:
    """Run axe-core on the page for WCAG 2.2 A and AA; return its violations."""
    # A click that follows a link returns before the next page has loaded: wait until the
    # network is quiet (so the check reads the page the click led to), and try again if the
    # document is replaced while axe runs.
    for attempt in range(5):
        page.wait_for_load_state("networkidle")
        # From Cairn's own static files: the Content-Security-Policy refuses an inline script.
        origin = "/".join(page.url.split("/")[:3])
        try:
            page.add_script_tag(url=f"{origin}/static/build/axe.min.js")
            result = page.evaluate(
                "tags => axe.run(document, {runOnly: {type: 'tag', values: tags}})", WCAG_22_AA
            )
            break
        except PlaywrightError:
            if attempt == 4:
                raise
            page.wait_for_timeout(200)
    return [
        {"id": v["id"], "help": v["help"], "nodes": [n["target"] for n in v["nodes"]][:5]}
        for v in result["violations"]
    ]


@pytest.fixture(scope="session", autouse=True)
def _views_imported():
    """Import every view before the first test. The live server runs in this process, so
    otherwise its first request imports them all while the browser waits for the page:
    over 30 seconds (the browser's limit) on a busy machine, failing whichever test came
    first in each xdist worker."""
    from django.urls import get_resolver

    assert get_resolver().url_patterns


@pytest.fixture(autouse=True)
def _no_content_security_policy_violations(request):
    """A browser test fails when the page breaks the Content-Security-Policy (an inline
    script or style, a script from elsewhere): Chromium reports each on the console."""
    if "page" not in request.fixturenames:
        yield
        return
    page = request.getfixturevalue("page")
    refused: list[str] = []
    page.on(
        "console",
        lambda message: (
            refused.append(message.text) if "Content Security Policy" in message.text else None
        ),
    )
    yield
    assert refused == [], f"the page broke the Content-Security-Policy: {refused}"


@pytest.fixture
def check_accessible():
    def check(page) -> None:
        violations = axe_violations(page)
        assert violations == [], f"{page.url} has WCAG 2.2 AA violations: {violations}"

    return check


@pytest.fixture
def demo(db):
    """The Exampleshire demo partnership, as `cairn demo` builds it."""
    from cairn.plans.demo import build_demo

    partnership, _ = build_demo()
    return partnership
