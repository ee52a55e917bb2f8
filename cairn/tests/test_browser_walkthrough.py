"""From nothing to an open round, in a browser, on an empty database.

The host admin creates a partnership and invites its coordinator; the coordinator follows
the email, sets a password and a second factor (CAIRN_SECOND_FACTOR=required, as in
production: an authenticator app from the key under the QR code), imports a plan (one of
the project's own test documents), invites its leads from one list, opens a round; a lead
follows their invitation and the update request, and submits an update. Every page passes
axe-core.

With CAIRN_WALKTHROUGH_DOCS=docs/walkthrough the coordinator's screens are saved there, for
docs/walkthrough.md.
"""

from __future__ import annotations

import base64
import datetime as dt
import os
import re
from pathlib import Path

import pytest
from django.utils import timezone
from django_otp.oath import totp
from django_otp.plugins.otp_totp.models import TOTPDevice
from playwright.sync_api import expect

from cairn.accounts.models import User
from cairn.reviews.models import Update
from cairn.tests.browser import follow, submit_sign_in

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

DOCS = os.environ.get("CAIRN_WALKTHROUGH_DOCS")
PLAN = (
    Path(__file__).resolve().parents[1] / "imports" / "tests" / "documents" / "priorities_rag.txt"
)
PASSWORD = "pale orange kettle 42"
LEADS = (
    "name,email,agency,role\n"
    "Pat Police,pat@northtown.example,Police,lead\n"
    "Nia Health,nia@northtown.example,NHS Trust,lead\n"
    "Colin Council,colin@northtown.example,Council,lead\n"
)


def link_in(message, path: str) -> str:
    return re.search(rf"(http://\S+{path}\S*)", message.body).group(1)


def step(page, check_accessible, name: str) -> None:
    """Check the page with axe-core; keep the coordinator's screens for the docs."""
    if DOCS:
        Path(DOCS).mkdir(parents=True, exist_ok=True)
        page.screenshot(path=Path(DOCS) / f"{name}.png", full_page=True)
    check_accessible(page)


def test_from_nothing_to_an_open_round(
    page, browser, live_server, settings, mailoutbox, check_accessible
):
    settings.SITE_URL = live_server.url
    settings.TASKS = {"default": {"BACKEND": "django.tasks.backends.immediate.ImmediateBackend"}}
    settings.CAIRN_SECOND_FACTOR = "required"
    host_creates_the_partnership(page, live_server.url)
    page.context.clear_cookies()

    coordinator, check = page, check_accessible
    coordinator.goto(link_in(mailoutbox[-1], "/invitation/"))
    coordinator_sets_a_password_and_second_factor(coordinator, check)
    plan_url = coordinator_imports_the_plan(coordinator, check)
    coordinator_invites_the_leads(coordinator, check)
    invitations = {m.to[0]: m for m in mailoutbox if "/invitation/" in m.body}
    assert set(invitations) >= {"pat@northtown.example", "nia@northtown.example"}
    coordinator.goto(plan_url)
    coordinator_opens_a_round(coordinator, check)

    context = browser.new_context()
    lead_accepts_and_updates(context.new_page(), check, mailoutbox, "pat@northtown.example")
    context.close()
    assert Update.objects.filter(state=Update.State.SUBMITTED).count() == 1


def host_creates_the_partnership(page, server: str) -> None:
    """The host admin signs in with their app's code, creates the partnership and invites
    its coordinator."""
    host = User.objects.create_superuser(
        "host@county.example", "host admin pass 9", name="Hosta Admin", has_second_factor=True
    )
    app = TOTPDevice.objects.create(user=host, name="Authenticator app", confirmed=True)
    submit_sign_in(page, server, "host@county.example", "host admin pass 9")
    expect(page.get_by_role("heading", name="Enter your security code")).to_be_visible()
    page.get_by_label("Security code").fill(f"{totp(app.bin_key):06d}")
    page.get_by_role("button", name="Continue").click()
    follow(page.get_by_role("link", name="Partnerships", exact=True).first)
    page.get_by_role("link", name="Create a partnership").click()
    page.get_by_label("Name of the partnership").fill("Northtown Community Safety Partnership")
    page.get_by_label("Coordinator's full name").fill("Cora Ordinator")
    page.get_by_label("Coordinator's email address").fill("cora@northtown.example")
    page.get_by_role("button", name="Create and invite the coordinator").click()
    expect(page.get_by_text("Invitation sent to cora@northtown.example")).to_be_visible()


def coordinator_sets_a_password_and_second_factor(coordinator, check_accessible) -> None:
    """From the invitation: a password (page 1), then the second factor a coordinator must
    have (pages 2 and 3)."""
    step(coordinator, check_accessible, "01-set-password")
    coordinator.get_by_label("Choose a password").fill(PASSWORD)
    coordinator.get_by_label("Type the password again").fill(PASSWORD)
    coordinator.get_by_role("button", name="Set password and sign in").click()

    expect(coordinator.get_by_role("heading", name="Set up a second factor")).to_be_visible()
    coordinator.get_by_text("I cannot scan the QR code").click()
    step(coordinator, check_accessible, "02-second-factor")
    key = coordinator.locator(".cairn-secret").inner_text().replace(" ", "")
    secret = base64.b32decode(key + "=" * (-len(key) % 8))
    coordinator.get_by_label("Security code").fill(f"{totp(secret):06d}")
    coordinator.get_by_role("button", name="Turn on the second factor").click()
    expect(coordinator.locator(".cairn-recovery-codes code")).to_have_count(10)
    step(coordinator, check_accessible, "03-recovery-codes")
    coordinator.get_by_role("link", name="I have kept my recovery codes").click()
    expect(
        coordinator.get_by_role("heading", name="Northtown Community Safety Partnership")
    ).to_be_visible()
    step(coordinator, check_accessible, "04-partnership")


def coordinator_imports_the_plan(coordinator, check_accessible) -> str:
    """Pages 4 to 7; returns the new plan's address."""
    coordinator.get_by_role("link", name="Import a plan").click()
    expect(coordinator.get_by_role("heading", name="Import a plan")).to_be_visible()
    coordinator.get_by_label("Upload the plan").set_input_files(str(PLAN))
    step(coordinator, check_accessible, "05-import")
    coordinator.get_by_role("button", name="Read the plan").click()
    expect(coordinator.get_by_role("heading", name="Check the imported plan")).to_be_visible()
    step(coordinator, check_accessible, "06-check-the-plan")
    coordinator.get_by_role("button", name="Save as a draft plan").click()
    expect(coordinator.get_by_text("imported as a draft plan")).to_be_visible()
    step(coordinator, check_accessible, "07-plan")
    return coordinator.url


def coordinator_invites_the_leads(coordinator, check_accessible) -> None:
    """The plan's leads, invited from one list: pages 8 to 11."""
    follow(coordinator.get_by_role("link", name="Northtown Community Safety Partnership").first)
    coordinator.get_by_role("link", name="People").click()
    coordinator.get_by_role("link", name="Invite people from a list").click()
    expect(coordinator.get_by_role("heading", name="Invite people from a list")).to_be_visible()
    coordinator.get_by_label("Paste the list").fill(LEADS)
    step(coordinator, check_accessible, "08-invite-leads")
    coordinator.get_by_role("button", name="Check the list").click()
    expect(
        coordinator.get_by_role("heading", name="Check the list before anyone is invited")
    ).to_be_visible()
    step(coordinator, check_accessible, "09-check-the-list")
    coordinator.get_by_role("button", name="Invite 3 people").click()
    expect(coordinator.get_by_text("3 invitations sent")).to_be_visible()
    step(coordinator, check_accessible, "10-people")


def coordinator_opens_a_round(coordinator, check_accessible) -> None:
    """From the plan page: pages 12 and 13."""
    coordinator.get_by_role("link", name="Open a review round").click()
    expect(coordinator.get_by_role("heading", name="Open a review round")).to_be_visible()
    today = timezone.localdate()
    coordinator.get_by_label("Period").fill("2024/25 Q3")
    closes = today + dt.timedelta(days=14)
    for name, day in (("Opening date", today), ("Closing date", closes)):
        group = coordinator.get_by_role("group", name=name)
        group.get_by_label("Day").fill(str(day.day))
        group.get_by_label("Month").fill(str(day.month))
        group.get_by_label("Year").fill(str(day.year))
    step(coordinator, check_accessible, "11-open-a-round")
    coordinator.get_by_role("button", name="Open the round and email the leads").click()
    expect(coordinator.get_by_text("The 2024/25 Q3 round is open")).to_be_visible()
    step(coordinator, check_accessible, "12-round-open")


def lead_accepts_and_updates(lead, check_accessible, mailoutbox, email: str) -> None:
    """A lead follows their invitation, then the update request, and submits an update."""
    sent_to_lead = [m for m in mailoutbox if m.to == [email]]
    lead.goto(link_in(next(m for m in sent_to_lead if "/invitation/" in m.body), "/invitation/"))
    lead.get_by_label("Choose a password").fill("blue paper lantern 7")
    lead.get_by_label("Type the password again").fill("blue paper lantern 7")
    lead.get_by_role("button", name="Set password and sign in").click()
    expect(lead.get_by_text("Welcome to Cairn")).to_be_visible()
    # Signing in used up the earlier link (links work once); the page says where to go.
    request = next(m for m in sent_to_lead if "review" in m.subject)
    lead.goto(link_in(request, "/sign-in/link/"))
    check_accessible(lead)
    lead.get_by_role("link", name="go to My actions").click()
    expect(lead.get_by_role("heading", name="My actions", exact=True)).to_be_visible()
    # (one action's own page: "Update all 2 on one page" comes first when a lead has two)
    lead.get_by_role("link", name=re.compile(r"^Update \d")).first.click()
    expect(lead.get_by_role("button", name="Submit update")).to_be_visible()
    check_accessible(lead)
    lead.get_by_role("radio").first.check()
    lead.get_by_label("Progress note").fill("Reviewed with the courts in October; two cases.")
    lead.get_by_role("button", name="Submit update").click()
    expect(lead.get_by_text("submitted").first).to_be_visible()
