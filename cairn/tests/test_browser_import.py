"""A coordinator imports a pasted plan and finishes its reading in the preview, in Chromium:
how it was read and how sure, a column given a role, a lead mapped to one of the
partnership's people, an action moved to another theme, then saved.

Every page visited passes axe-core (WCAG 2.2 AA). Set CAIRN_TEST_SCREENSHOTS to a folder
to keep a screenshot of each page at desktop (1280 px) and phone (390 px) widths.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from playwright.sync_api import expect

from cairn.accounts.models import User
from cairn.plans.models import Action
from cairn.tests.browser import sign_in

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

SHOTS = os.environ.get("CAIRN_TEST_SCREENSHOTS")
COORDINATOR = "coordinator@exampleshire.example"
PLAN = (
    "Safer Homes Action Plan 2026-2028\n\n"
    "Action\tLead\tDeadline\tStrategy link\n"
    "HOUSING\n"
    "Extend the sanctuary scheme to private tenants\tHousing Options\tMarch 2027\tChapter four\n"
    "Fund a refuge place for women with no recourse\tJo Bloggs\tJune 2026\tChapter two\n"
    "HEALTH\n"
    "Place an IDVA in the emergency department\tPublic Health\t2026/27\tChapter five\n"
)


@pytest.fixture(autouse=True)
def _immediate_tasks(settings, tmp_path):
    settings.DATA_DIR = tmp_path / "data"
    settings.TASKS = {"default": {"BACKEND": "django.tasks.backends.immediate.ImmediateBackend"}}


def visit(page, check_accessible, name: str) -> None:
    check_accessible(page)
    if SHOTS:
        Path(SHOTS).mkdir(parents=True, exist_ok=True)
        for width in (1280, 390):
            page.set_viewport_size({"width": width, "height": 900})
            page.screenshot(path=Path(SHOTS) / f"import-{name}-{width}.png", full_page=True)
        page.set_viewport_size({"width": 1280, "height": 900})


def test_coordinator_finishes_the_reading_of_a_pasted_plan(
    page, live_server, demo, check_accessible
):
    member = User.objects.filter(memberships__partnership=demo, is_active=True).first()
    sign_in(page, live_server.url, COORDINATOR)
    page.goto(f"{live_server.url}/p/{demo.slug}/import/")
    page.get_by_label("Or paste the plan").fill(PLAN)
    page.get_by_role("button", name="Read the plan").click()

    page.wait_for_url("**/import/preview/**")
    expect(page.get_by_role("heading", name="How Cairn read the document")).to_be_visible()
    expect(page.get_by_text("Not sure: some columns could not be placed")).to_be_visible()
    visit(page, check_accessible, "preview")

    page.get_by_label("It holds").select_option(label="Indicators (how success is measured)")
    page.get_by_role("button", name="Move the column").click()
    expect(page.get_by_text("The column “Strategy link” was moved.")).to_be_visible()

    page.get_by_label("Jo Bloggs", exact=True).select_option(label=member.name)
    page.get_by_role("button", name="Save the leads").click()
    expect(page.get_by_text("Leads saved for this import.")).to_be_visible()
    visit(page, check_accessible, "preview-corrected")

    page.get_by_role("link", name="Correct action: Extend the sanctuary").click()
    expect(page.get_by_role("heading", name="Correct this action")).to_be_visible()
    expect(page.get_by_label("Move it to another theme")).to_be_visible()
    visit(page, check_accessible, "item")
    page.get_by_label("Move it to another theme").select_option(label="HEALTH")
    page.get_by_role("button", name="Move it").click()
    expect(page.get_by_text("Correction made.")).to_be_visible()

    page.get_by_label("Plan title").fill("Safer Homes")
    page.get_by_role("button", name="Save as a draft plan").click()
    expect(page.get_by_text("imported as a draft plan")).to_be_visible()
    refuge = Action.objects.get(title__startswith="Fund a refuge")
    assert list(refuge.lead_people.all()) == [member]
    moved = Action.objects.get(title__startswith="Extend the sanctuary")
    assert moved.theme.title == "HEALTH"
