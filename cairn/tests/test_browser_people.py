"""The coordinator runs the People page: invites a lead, who sets a password from the email;
changes a role; deactivates someone and reassigns their actions. Each page passes axe-core,
at a desktop width and a phone width."""

from __future__ import annotations

import io
import os
import re
from pathlib import Path

import pytest
from django.core.management import call_command
from playwright.sync_api import expect

from cairn.tests.browser import follow, sign_in

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

# Set CAIRN_TEST_SCREENSHOTS to a folder to keep a screenshot of every page visited.
SHOTS = os.environ.get("CAIRN_TEST_SCREENSHOTS")
COORDINATOR = "coordinator@exampleshire.example"
WIDTHS = {"desktop": 1280, "phone": 390}


@pytest.fixture
def demo(live_server, settings, mailoutbox):
    settings.SITE_URL = live_server.url
    call_command("demo", stdout=io.StringIO())
    mailoutbox.clear()


def visit(page, check_accessible, name: str) -> None:
    """Check the page with axe-core at each width; keep screenshots when asked."""
    for label, width in WIDTHS.items():
        page.set_viewport_size({"width": width, "height": 900})
        if SHOTS:
            Path(SHOTS).mkdir(parents=True, exist_ok=True)
            page.screenshot(path=Path(SHOTS) / f"people-{name}-{label}.png", full_page=True)
        check_accessible(page)
    page.set_viewport_size({"width": WIDTHS["desktop"], "height": 900})


def test_coordinator_invites_a_lead_who_sets_a_password(
    page, browser, live_server, demo, mailoutbox, check_accessible
):
    sign_in(page, live_server.url, COORDINATOR)
    page.get_by_role("link", name="People").click()
    expect(page.get_by_role("heading", name="People")).to_be_visible()
    visit(page, check_accessible, "list")

    page.get_by_role("link", name="Invite a person").click()
    page.get_by_role("button", name="Send invitation").click()
    expect(page.get_by_role("alert").get_by_text("There is a problem")).to_be_visible()
    visit(page, check_accessible, "invite-error")

    page.get_by_label("Name").fill("Nadia Newlead")
    page.get_by_label("Email address").fill("Nadia.Newlead@exampleshire.example")
    page.get_by_label("Lead", exact=True).check()
    page.get_by_role("button", name="Send invitation").click()
    expect(
        page.get_by_text("Invitation sent to nadia.newlead@exampleshire.example")
    ).to_be_visible()
    row = page.get_by_role("row", name=re.compile("Nadia Newlead"))
    expect(row.get_by_text("Invited")).to_be_visible()

    link = re.search(r"(http://\S+/invitation/\S+/)", mailoutbox[-1].body).group(1)
    context = browser.new_context()
    newcomer = context.new_page()
    newcomer.goto(link)
    expect(newcomer.get_by_role("heading", name="Set your password")).to_be_visible()
    visit(newcomer, check_accessible, "accept-invitation")
    newcomer.get_by_label("Choose a password").fill("pale orange kettle 42")
    newcomer.get_by_label("Type the password again").fill("pale orange kettle 42")
    newcomer.get_by_role("button", name="Set password and sign in").click()
    expect(newcomer.get_by_text("Welcome to Cairn")).to_be_visible()
    newcomer.goto(link)
    expect(newcomer.get_by_text("already been used")).to_be_visible()
    visit(newcomer, check_accessible, "invitation-used")
    context.close()

    page.reload()
    page.get_by_role("link", name="Nadia Newlead").click()
    expect(page.get_by_role("heading", name="Nadia Newlead")).to_be_visible()
    expect(page.get_by_text("Active")).to_be_visible()
    visit(page, check_accessible, "person")
    follow(page.get_by_role("link", name="Change role"))
    visit(page, check_accessible, "change-role")
    page.get_by_label("Viewer").check()
    page.get_by_role("button", name="Save role").click()
    expect(page.get_by_text("Nadia Newlead is now a viewer")).to_be_visible()


def test_coordinator_deactivates_a_lead_and_reassigns_their_actions(
    page, live_server, demo, check_accessible
):
    sign_in(page, live_server.url, COORDINATOR)
    page.get_by_role("link", name="People").click()
    page.get_by_role("link", name="Demo Lead (Police)").click()
    page.get_by_role("link", name="Deactivate").click()
    expect(page.get_by_role("heading", name=re.compile("Are you sure"))).to_be_visible()
    visit(page, check_accessible, "deactivate")
    page.get_by_role("button", name=re.compile("Yes, deactivate")).click()
    expect(page.get_by_text("has been deactivated")).to_be_visible()
    expect(page.get_by_text("has left but still leads")).to_be_visible()
    visit(page, check_accessible, "person-left")

    follow(page.get_by_role("link", name="Exampleshire Domestic Abuse Partnership").first)
    page.get_by_role("link", name="Domestic Abuse Action Plan").first.click()
    expect(page.get_by_text("Lead has left").first).to_be_visible()
    page.get_by_role("link", name="Reassign them on the People page").click()
    expect(page.get_by_role("heading", name="People")).to_be_visible()
    visit(page, check_accessible, "list-with-leaver")
    page.get_by_role("link", name=re.compile(r"Demo Lead \(Police\) \(\d+ action")).click()
    reassign = page.get_by_role("heading", name="Reassign Demo Lead (Police)'s actions")
    expect(reassign).to_be_visible()
    visit(page, check_accessible, "reassign")
    page.get_by_label("Give their actions to").select_option(label="Demo Lead (NHS) (Lead)")
    page.get_by_role("button", name="Reassign actions").click()
    expect(page.get_by_text(re.compile(r"moved from Demo Lead \(Police\)"))).to_be_visible()


def test_forgotten_password_is_reset_by_email_and_changed_on_the_account_page(
    page, live_server, demo, mailoutbox, check_accessible
):
    page.goto(f"{live_server.url}/sign-in/")
    page.get_by_role("link", name="Forgot your password?").click()
    expect(page.get_by_role("heading", name="Reset your password")).to_be_visible()
    visit(page, check_accessible, "password-reset")
    page.get_by_label("Email address").fill("lead@exampleshire.example")
    page.get_by_role("button", name="Send the link").click()
    expect(page.get_by_role("heading", name="Check your email")).to_be_visible()
    visit(page, check_accessible, "password-reset-sent")

    link = re.search(r"(http://\S+/password-reset/\S+/\S+/)", mailoutbox[-1].body).group(1)
    page.goto(link)
    expect(page.get_by_role("heading", name="Choose a new password")).to_be_visible()
    visit(page, check_accessible, "password-reset-confirm")
    page.get_by_label("New password", exact=True).fill("pale orange kettle 42")
    page.get_by_label("Type the new password again").fill("pale orange kettle 42")
    page.get_by_role("button", name="Save new password").click()
    expect(page.get_by_role("heading", name="Your password has been changed")).to_be_visible()
    visit(page, check_accessible, "password-reset-complete")

    sign_in(page, live_server.url, "lead@exampleshire.example", "pale orange kettle 42")
    page.get_by_role("link", name="Your account").click()
    expect(page.get_by_role("heading", name="Your account")).to_be_visible()
    visit(page, check_accessible, "account")
    page.get_by_role("link", name="Change password").click()
    page.get_by_role("button", name="Change password").click()
    expect(page.get_by_role("alert").get_by_text("There is a problem")).to_be_visible()
    visit(page, check_accessible, "password-change-error")
    page.get_by_label("Your current password").fill("pale orange kettle 42")
    page.get_by_label("New password", exact=True).fill("green glass teapot 77")
    page.get_by_label("Type the new password again").fill("green glass teapot 77")
    page.get_by_role("button", name="Change password").click()
    expect(page.get_by_text("Your password has been changed")).to_be_visible()


def test_host_admin_creates_and_deactivates_a_partnership(
    page, live_server, demo, mailoutbox, check_accessible
):
    sign_in(page, live_server.url, "admin@exampleshire.example")
    page.get_by_role("link", name="Partnerships", exact=True).first.click()
    expect(page.get_by_role("heading", name="Partnerships")).to_be_visible()
    visit(page, check_accessible, "host-partnerships")
    page.get_by_role("link", name="Create a partnership").click()
    page.get_by_role("button", name="Create and invite the coordinator").click()
    expect(page.get_by_role("alert").get_by_text("There is a problem")).to_be_visible()
    visit(page, check_accessible, "host-create-error")
    page.get_by_label("Name of the partnership").fill("Newtown Community Safety Partnership")
    page.get_by_label("Coordinator's full name").fill("Cora Ordinator")
    page.get_by_label("Coordinator's email address").fill("cora@newtown.example")
    page.get_by_role("button", name="Create and invite the coordinator").click()
    expect(
        page.get_by_text("Newtown Community Safety Partnership has been created")
    ).to_be_visible()
    assert "/invitation/" in mailoutbox[-1].body
    page.get_by_role("link", name="Deactivate Newtown Community Safety Partnership").click()
    expect(page.get_by_role("heading", name=re.compile("Are you sure"))).to_be_visible()
    visit(page, check_accessible, "host-deactivate")
    page.get_by_role("button", name="Yes, deactivate").click()
    row = page.get_by_role("row", name=re.compile("Newtown"))
    expect(row.get_by_text("Deactivated")).to_be_visible()
    visit(page, check_accessible, "host-partnerships-after")


def test_coordinator_invites_people_from_a_list(
    page, live_server, demo, mailoutbox, check_accessible, tmp_path
):
    sign_in(page, live_server.url, COORDINATOR)
    page.get_by_role("link", name="People").click()
    page.get_by_role("link", name="Invite people from a list").click()
    expect(page.get_by_role("heading", name="Invite people from a list")).to_be_visible()
    visit(page, check_accessible, "invite-many")
    people_csv = tmp_path / "people.csv"
    people_csv.write_bytes(
        "name,email,agency,role\r\n"
        "Zoë Brontë,zoe@exampleshire.example,Women's Aid,lead\r\n"
        "Pat Police,PAT@exampleshire.example,Police,lead\r\n"
        "Pat Again,pat@exampleshire.example,Police,lead\r\n"
        "Nobody,not-an-email,Fire,boss\r\n".encode("cp1252")
    )
    page.get_by_label("Or upload a file").set_input_files(str(people_csv))
    page.get_by_role("button", name="Check the list").click()
    expect(page.get_by_text("2 rows are refused")).to_be_visible()
    expect(page.get_by_role("cell", name="Zoë Brontë")).to_be_visible()
    assert not mailoutbox
    visit(page, check_accessible, "invite-many-preview")
    page.get_by_role("button", name="Invite 2 people").click()
    expect(page.get_by_text("2 invitations sent")).to_be_visible()
    assert sorted(m.to[0] for m in mailoutbox) == [
        "pat@exampleshire.example",
        "zoe@exampleshire.example",
    ]
