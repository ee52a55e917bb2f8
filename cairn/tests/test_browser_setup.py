"""A coordinator sets their partnership up, in Chromium: agencies (add, merge, archive).

Every page visited passes axe-core (WCAG 2.2 AA). Set CAIRN_TEST_SCREENSHOTS to a folder
to keep a screenshot of each page at desktop (1280 px) and phone (390 px) widths.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from playwright.sync_api import expect

from cairn.tests.browser import follow, sign_in, submit_sign_in

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

SHOTS = os.environ.get("CAIRN_TEST_SCREENSHOTS")
COORDINATOR = "coordinator@exampleshire.example"


def visit(page, check_accessible, name: str) -> None:
    """Check the page with axe-core; keep screenshots at both widths when asked."""
    check_accessible(page)
    if SHOTS:
        Path(SHOTS).mkdir(parents=True, exist_ok=True)
        for width in (1280, 390):
            page.set_viewport_size({"width": width, "height": 900})
            page.screenshot(path=Path(SHOTS) / f"setup-{name}-{width}.png", full_page=True)
        page.set_viewport_size({"width": 1280, "height": 900})


def test_coordinator_adds_merges_and_archives_agencies(page, live_server, demo, check_accessible):
    sign_in(page, live_server.url, COORDINATOR)
    page.get_by_role("link", name="Agencies").click()
    expect(page.get_by_role("heading", name="Agencies")).to_be_visible()
    visit(page, check_accessible, "agencies")

    page.get_by_role("link", name="Add an agency").click()
    page.get_by_role("button", name="Add").click()
    expect(page.get_by_role("alert").get_by_text("Enter the agency's name.")).to_be_visible()
    visit(page, check_accessible, "agency-add-error")
    page.get_by_label("Name", exact=True).fill("Exampleshire Constabulary")
    page.get_by_label("Short name").fill("EC")
    page.get_by_label("Contact email").fill("partnerships@constabulary.example")
    page.get_by_role("button", name="Add").click()
    expect(page.get_by_text("Exampleshire Constabulary added.")).to_be_visible()

    page.get_by_role("link", name="Exampleshire Constabulary").click()
    expect(page.get_by_role("link", name="Merge into another agency")).to_be_visible()
    visit(page, check_accessible, "agency-change")
    page.get_by_role("link", name="Merge into another agency").click()
    page.get_by_label("Merge it into").select_option(label="Exampleshire Constabulary (EC)")
    visit(page, check_accessible, "agency-merge")
    page.get_by_role("button", name="Continue").click()
    alert = page.get_by_role("alert")
    expect(alert.get_by_text("An agency cannot be merged into itself.")).to_be_visible()
    visit(page, check_accessible, "agency-merge-itself")

    follow(page.get_by_role("link", name="Agencies").first)
    page.get_by_role("link", name="Exampleshire Police").click()
    page.get_by_role("link", name="Merge into another agency").click()
    page.get_by_label("Merge it into").select_option(label="Exampleshire Constabulary (EC)")
    page.get_by_role("button", name="Continue").click()
    expect(page.get_by_text("actions it leads")).to_be_visible()
    visit(page, check_accessible, "agency-merge-confirm")
    page.get_by_role("button", name="Yes, merge").click()
    expect(page.get_by_text("merged into Exampleshire Constabulary").first).to_be_visible()
    assert demo.agencies.get(short_name="Police").merged_into.short_name == "EC"
    expect(page.get_by_role("cell", name="Merged into Exampleshire Constabulary")).to_be_visible()
    visit(page, check_accessible, "agencies-after-merge")

    follow(page.get_by_role("link", name="Exampleshire Constabulary"))
    page.get_by_role("link", name="Archive").click()
    expect(page.get_by_role("heading", name="Archive Exampleshire Constabulary?")).to_be_visible()
    visit(page, check_accessible, "agency-archive")
    page.get_by_role("button", name="Yes, archive").click()
    expect(page.get_by_role("button", name="Restore Exampleshire Constabulary")).to_be_visible()


def test_coordinator_changes_settings_and_the_status_scheme(
    page, live_server, demo, check_accessible
):
    sign_in(page, live_server.url, COORDINATOR)
    page.get_by_role("link", name="Settings").click()
    expect(page.get_by_role("heading", name="Settings", exact=True)).to_be_visible()
    visit(page, check_accessible, "settings")
    page.get_by_label("Smallest count the public page shows").fill("2")
    page.get_by_role("button", name="Save settings").click()
    expect(page.get_by_role("alert").get_by_text("Enter 5 or more")).to_be_visible()
    visit(page, check_accessible, "settings-error")
    page.get_by_label("Smallest count the public page shows").fill("10")
    page.get_by_label("Public contact (optional)", exact=True).fill("Community Safety Team")
    page.get_by_role("button", name="Save settings").click()
    expect(page.get_by_text("Settings saved.")).to_be_visible()

    page.get_by_role("link", name="Edit the statuses").click()
    expect(page.get_by_role("heading", name="Status scheme")).to_be_visible()
    visit(page, check_accessible, "status-scheme")
    page.locator("#id_status-1-label").fill("Going well")
    page.get_by_role("button", name="Preview").click()
    expect(page.locator(".govuk-tag", has_text="Going well").first).to_be_visible()
    visit(page, check_accessible, "status-scheme-preview")
    page.locator("#id_status-1-label").fill("")
    page.get_by_role("button", name="Save the scheme").click()
    expect(page.get_by_role("alert").get_by_text("colour is never enough alone")).to_be_visible()
    visit(page, check_accessible, "status-scheme-error")

    follow(page.get_by_role("link", name="Settings").last)
    page.get_by_role("link", name="Start again from a template").click()
    expect(page.get_by_role("heading", name="Choose a status scheme")).to_be_visible()
    visit(page, check_accessible, "status-templates")
    page.get_by_label("Achieved, Slipped, Failed, Stalled").check()
    page.get_by_role("button", name="Continue").click()
    expect(page.get_by_role("heading", name="Status scheme from a template")).to_be_visible()
    page.get_by_role("button", name="Save the scheme").click()
    expect(page.get_by_role("heading", name="Move actions to the new statuses")).to_be_visible()
    visit(page, check_accessible, "status-scheme-confirm")
    page.get_by_role("button", name="Save the scheme and move the actions").click()
    expect(page.get_by_text("Status scheme saved.")).to_be_visible()
    expect(page.locator(".govuk-tag", has_text="Slipped")).to_be_visible()


def test_coordinator_sets_up_a_second_factor_and_signs_in_with_it(
    page, live_server, demo, check_accessible, settings
):
    import base64

    from django_otp.oath import totp

    settings.CAIRN_SECOND_FACTOR = "required"
    sign_in(page, live_server.url, COORDINATOR)
    expect(page.get_by_role("heading", name="Set up a second factor")).to_be_visible()
    visit(page, check_accessible, "second-factor-set-up")
    page.get_by_text("I cannot scan the QR code").click()
    key = page.locator(".cairn-secret").inner_text().replace(" ", "")
    secret = base64.b32decode(key + "=" * (-len(key) % 8))
    page.get_by_label("Security code").fill("12345")
    page.get_by_role("button", name="Turn on the second factor").click()
    expect(page.get_by_role("alert").get_by_text("That code is wrong")).to_be_visible()
    visit(page, check_accessible, "second-factor-set-up-error")
    page.wait_for_timeout(1500)  # django-otp asks for a moment after a wrong code
    page.get_by_label("Security code").fill(f"{totp(secret):06d}")
    page.get_by_role("button", name="Turn on the second factor").click()
    expect(page.get_by_role("heading", name="Your recovery codes")).to_be_visible()
    visit(page, check_accessible, "second-factor-codes")
    codes = page.locator(".cairn-recovery-codes code").all_inner_texts()
    assert len(codes) == 10
    page.get_by_role("link", name="I have kept my recovery codes").click()
    expect(
        page.get_by_role("heading", name="Exampleshire Domestic Abuse Partnership")
    ).to_be_visible()
    page.get_by_role("button", name="Sign out").click()
    expect(page.get_by_role("heading", name="Sign in to Cairn")).to_be_visible()

    submit_sign_in(page, live_server.url, COORDINATOR)
    expect(page.get_by_role("heading", name="Enter your security code")).to_be_visible()
    visit(page, check_accessible, "second-factor-sign-in")
    page.get_by_label("Security code").fill("000000")
    page.get_by_role("button", name="Continue").click()
    expect(page.get_by_role("alert").get_by_text("That code is wrong")).to_be_visible()
    visit(page, check_accessible, "second-factor-sign-in-error")
    page.get_by_label("Security code").fill(codes[0])
    page.get_by_role("button", name="Continue").click()
    expect(
        page.get_by_role("heading", name="Exampleshire Domestic Abuse Partnership")
    ).to_be_visible()
