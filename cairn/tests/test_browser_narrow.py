"""Lead and coordinator pages on a phone and a desktop, in Chromium.

At 390 px and 1280 px wide (and 320 px, the narrowest phone), each page must not scroll
sideways: its tables reflow into stacked rows instead. At 390 and 1280 px axe-core finds
no WCAG 2.2 A or AA violation. Set CAIRN_TEST_SCREENSHOTS to a folder to keep a picture of
each page at each width.
"""

from __future__ import annotations

import io
import os
from pathlib import Path

import pytest
from django.core.management import call_command

from cairn.accounts.models import User
from cairn.plans.models import Action, Plan
from cairn.reviews.models import ReviewRound
from cairn.tests.browser import sign_in

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

SHOTS = os.environ.get("CAIRN_TEST_SCREENSHOTS")
COORDINATOR = "coordinator@exampleshire.example"
LEAD = "lead@exampleshire.example"
VIEWER = "viewer@exampleshire.example"
WIDTHS = (390, 1280)
NARROWEST = 320


@pytest.fixture
def demo_plan(live_server, settings, mailoutbox) -> Plan:
    settings.SITE_URL = live_server.url
    call_command("demo", stdout=io.StringIO())
    return Plan.objects.get(partnership__slug="exampleshire")


def page_width(page) -> tuple[int, int]:
    """How wide the page's content is, and how wide the window: equal when nothing
    scrolls sideways."""
    return page.evaluate(
        "[document.documentElement.scrollWidth, document.documentElement.clientWidth]"
    )


def check_page(page, check_accessible, url: str, name: str) -> None:
    """The page at each width: no sideways scroll; no axe violation at 390 and 1280 px."""
    for width in (NARROWEST, *WIDTHS):
        page.set_viewport_size({"width": width, "height": 900})
        page.goto(url)
        content, window = page_width(page)
        assert content <= window, f"{url} is {content} px wide in a {window} px window"
        if SHOTS:
            Path(SHOTS).mkdir(parents=True, exist_ok=True)
            page.screenshot(path=Path(SHOTS) / f"narrow-{name}-{width}.png", full_page=True)
        if width in WIDTHS:
            check_accessible(page)


def test_a_leads_pages_fit_a_phone(page, live_server, demo_plan, check_accessible):
    review_round = ReviewRound.objects.get(plan=demo_plan)
    own = Action.objects.get(theme__plan=demo_plan, ref="2.2.4")  # led by the Police lead
    sign_in(page, live_server.url, LEAD)
    base = live_server.url
    check_page(page, check_accessible, f"{base}/my-actions/", "my-actions")
    check_page(page, check_accessible, f"{base}/rounds/{review_round.pk}/", "round-lead")
    check_page(
        page, check_accessible, f"{base}/rounds/{review_round.pk}/actions/{own.pk}/", "update"
    )
    lead = User.objects.get(email=LEAD)
    several = f"{base}/rounds/{review_round.pk}/leads/{lead.pk}/updates/"
    check_page(page, check_accessible, several, "several-updates")
    check_page(page, check_accessible, f"{base}/actions/{own.pk}/", "action")
    check_page(page, check_accessible, f"{base}/plans/{demo_plan.pk}/dashboard/", "dashboard")
    check_page(page, check_accessible, f"{base}/sign-out/", "sign-out")


def test_a_coordinators_pages_fit_a_phone(page, live_server, demo_plan, check_accessible):
    review_round = ReviewRound.objects.get(plan=demo_plan)
    action = Action.objects.get(theme__plan=demo_plan, ref="2.2.4")
    sign_in(page, live_server.url, COORDINATOR)
    base = live_server.url
    check_page(page, check_accessible, f"{base}/rounds/{review_round.pk}/", "round")
    check_page(
        page,
        check_accessible,
        f"{base}/rounds/{review_round.pk}/actions/{action.pk}/",
        "update-coordinator",
    )
    check_page(page, check_accessible, f"{base}/rounds/{review_round.pk}/chase/", "chase")
    check_page(page, check_accessible, f"{base}/plans/{demo_plan.pk}/dashboard/", "dashboard-c")
    check_page(page, check_accessible, f"{base}/plans/{demo_plan.pk}/publication/", "publish")
    preview = f"{base}/plans/{demo_plan.pk}/publication/preview/?notes=accepted"
    check_page(page, check_accessible, preview, "publish-preview")
    check_page(page, check_accessible, f"{base}/plans/{demo_plan.pk}/rounds/new/", "open-round")
