"""A review round on the demo, in Chromium.

The coordinator opens a round; the Police lead signs in from the link in the invitation
email, updates one action by the web form and one by the update sheet; the coordinator's
round page counts both, by agency and by lead, and chases the rest; the scheduler's job
reminds whoever is still outstanding. Bad input shows the GOV.UK error summary. Every page
visited passes axe-core (WCAG 2.2 AA). Screenshots go to /tmp/shots for a person to look at.
"""

from __future__ import annotations

import datetime as dt
import io
import os
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest
from django.core.management import call_command
from django.utils import timezone
from openpyxl import load_workbook
from playwright.sync_api import expect

from cairn.plans.models import Action, Plan
from cairn.reviews.models import ReviewRound, Update
from cairn.reviews.tasks import send_due_reminders
from cairn.tests.browser import sign_in

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

# Set CAIRN_TEST_SCREENSHOTS to a folder to keep a screenshot of every page visited.
SHOTS = os.environ.get("CAIRN_TEST_SCREENSHOTS")
COORDINATOR = "coordinator@exampleshire.example"
LEAD = "lead@exampleshire.example"
HEALTH_LEAD = "health.lead@exampleshire.example"
WEB_FORM_ACTION = ("2.2.4", "Review the MARAC operating protocol")
SHEET_ACTION = ("3.1.3", "Improve sanction detection rates")


@pytest.fixture
def demo_plan(live_server, settings, mailoutbox) -> Plan:
    """The demo as `cairn demo` builds it (with its own round already open), mail kept in
    the outbox, tasks run at once instead of by the worker, links pointing at the test
    server."""
    settings.TASKS = {"default": {"BACKEND": "django.tasks.backends.immediate.ImmediateBackend"}}
    settings.SITE_URL = live_server.url
    call_command("demo", stdout=io.StringIO())
    mailoutbox.clear()
    return Plan.objects.get(partnership__slug="exampleshire", kind=Plan.Kind.YEARLY)


@pytest.fixture
def lead_page(browser):
    """A second browser, so the lead and the coordinator are signed in side by side."""
    context = browser.new_context()
    yield context.new_page()
    context.close()


def shot(page, name: str) -> None:
    if SHOTS:
        Path(SHOTS).mkdir(parents=True, exist_ok=True)
        page.screenshot(path=Path(SHOTS) / f"reviews-{name}.png", full_page=True)


def visit(page, check_accessible, name: str) -> None:
    """Every page the tests reach: screenshot it and check it with axe-core."""
    shot(page, name)
    check_accessible(page)


def download_update_sheet(page, round_name: str, folder: Path):
    """From My actions, the lead downloads their sheet for the named round.

    Returns the round's section of My actions (which holds the upload form) and the file."""
    page.get_by_role("link", name="My actions").click()
    expect(page.get_by_role("heading", name="My actions", exact=True)).to_be_visible()
    section = page.get_by_role("region", name=round_name)
    with page.expect_download() as download:
        section.get_by_role("link", name="download your update sheet").click()
    path = folder / download.value.suggested_filename
    download.value.save_as(path)
    return section, path


def sign_in_link(message) -> str:
    return re.search(r"^(http\S+/sign-in/link/\?\S+)$", message.body, re.MULTILINE).group(1)


def next_quarter(period: str) -> str:
    """ "2026/27 Q3" -> "2026/27 Q4"; "2026/27 Q4" -> "2027/28 Q1"."""
    year, quarter = int(period[:4]), int(period[-1])
    if quarter == 4:
        year, quarter = year + 1, 0
    return f"{year}/{str(year + 1)[2:]} Q{quarter + 1}"


def fill_date(page, name: str, date: dt.date) -> None:
    """A GOV.UK date input: day, month and year boxes in a group named by its legend."""
    group = page.get_by_role("group", name=name)
    group.get_by_label("Day").fill(str(date.day))
    group.get_by_label("Month").fill(str(date.month))
    group.get_by_label("Year").fill(str(date.year))


def expect_tally(page, table: str, name: str, counts: list[str]) -> None:
    """The updated, draft and outstanding counts of one row of a round page's table."""
    row = page.get_by_role("table", name=table).get_by_role("row", name=re.compile(f"^{name}"))
    for n, count in enumerate(counts):
        expect(row.get_by_role("cell").nth(n)).to_have_text(count)


@dataclass
class Walk:
    """The two people's browsers and what the round's steps share."""

    page: Any  # the coordinator's
    lead_page: Any
    check_accessible: Callable
    plan: Plan
    mailoutbox: list
    folder: Path
    today: dt.date = field(default_factory=timezone.localdate)
    period: str = ""
    link: str = ""

    def visit(self, page, name: str) -> None:
        visit(page, self.check_accessible, name)

    @property
    def round_name(self) -> str:
        return f"{self.period} review of {self.plan.title}"

    @property
    def review_round(self) -> ReviewRound:
        return ReviewRound.objects.get(plan=self.plan, period=self.period)


def test_a_round_from_opening_to_chasing(
    page, lead_page, live_server, demo_plan, mailoutbox, check_accessible, tmp_path
):
    walk = Walk(page, lead_page, check_accessible, demo_plan, mailoutbox, tmp_path)
    coordinator_opens_a_round(walk, live_server.url)
    each_lead_gets_one_email(walk)
    lead_follows_the_link(walk)
    lead_updates_by_the_web_form(walk)
    lead_updates_by_the_sheet(walk)
    coordinator_counts_and_accepts(walk)
    coordinator_chases(walk)
    scheduler_reminds_the_outstanding(walk)
    the_link_worked_once(walk)


def coordinator_opens_a_round(walk: Walk, server: str) -> None:
    """Open a round on the plan, closing in five days."""
    page, walk.period = walk.page, next_quarter(walk.plan.rounds.get().period)
    period = walk.period
    sign_in(page, server, COORDINATOR)
    page.get_by_role("link", name=walk.plan.title).first.click()
    page.get_by_role("link", name="Open a review round").click()
    expect(page.get_by_role("heading", name="Open a review round")).to_be_visible()
    walk.visit(page, "01-open-round")
    page.get_by_label("Period").fill(period)
    fill_date(page, "Opening date", walk.today)
    fill_date(page, "Closing date", walk.today + dt.timedelta(days=5))
    page.get_by_role("button", name="Open the round and email the leads").click()
    # The quarter is still to come and the demo's round is open: a warning, not a refusal.
    expect(page.get_by_text(f"{period} has not started yet")).to_be_visible()
    expect(page.get_by_text("round is still open")).to_be_visible()
    walk.visit(page, "01-open-round-warned")
    page.get_by_role("button", name="Open the round anyway and email the leads").click()
    expect(page.get_by_role("heading", name=f"{period} review")).to_be_visible()
    expect(page.get_by_text(f"The {period} round is open; leads are emailed.")).to_be_visible()
    expect_tally(page, "Updates by lead", re.escape("Demo Lead (Police)"), ["0", "0", "10"])
    expect(page.get_by_text("None sent yet: they are due")).to_be_visible()
    walk.visit(page, "02-round-opened")


def each_lead_gets_one_email(walk: Walk) -> None:
    """One email to each lead, with a sign-in link; nobody else gets one."""
    assert sorted(m.to[0] for m in walk.mailoutbox) == [HEALTH_LEAD, LEAD]
    invitation = next(m for m in walk.mailoutbox if m.to == [LEAD])
    assert invitation.subject == f"Please update your actions: {walk.round_name}"
    assert "Please update your 10 actions" in invitation.body
    walk.link = sign_in_link(invitation)


def lead_follows_the_link(walk: Walk) -> None:
    """The link signs the lead in once, on My actions."""
    lead_page = walk.lead_page
    lead_page.goto(walk.link)
    walk.visit(lead_page, "03-sign-in-link")
    lead_page.get_by_role("button", name="Continue as Demo Lead (Police)").click()
    expect(lead_page.get_by_role("heading", name="My actions", exact=True)).to_be_visible()
    walk.visit(lead_page, "04-my-actions")


def lead_updates_by_the_web_form(walk: Walk) -> None:
    """A status that needs a note is refused without one; then a draft, then submitted."""
    lead_page, page = walk.lead_page, walk.page
    section = lead_page.get_by_role("region", name=walk.round_name)
    ref, title = WEB_FORM_ACTION
    section.get_by_role("link", name=f"Update {ref}").click()
    expect(lead_page.get_by_role("heading", name=title)).to_be_visible()
    walk.visit(lead_page, "05-update-form")
    lead_page.get_by_role("radio", name="At risk").check()
    lead_page.get_by_role("button", name="Submit update").click()
    summary = lead_page.get_by_role("alert").filter(has_text="There is a problem")
    expect(summary).to_be_visible()
    expect(lead_page).to_have_title(re.compile("^Error: "))
    # GOV.UK Frontend focuses the summary once it starts; its link then focuses the field.
    expect(lead_page.locator(".govuk-error-summary")).to_be_focused()
    summary.get_by_role("link", name=re.compile("needs a progress note")).click()
    expect(lead_page.get_by_label("Progress note")).to_be_focused()
    walk.visit(lead_page, "06-update-needs-a-note")
    assert not Update.objects.filter(round=walk.review_round).exists()

    lead_page.get_by_label("Progress note").fill(
        "The protocol review slipped: a new chair starts next month."
    )
    lead_page.get_by_role("button", name="Save as draft").click()
    expect(lead_page.get_by_text(f"Your update of {ref} is saved as a draft.")).to_be_visible()
    walk.visit(lead_page, "07-update-draft")
    page.reload()
    expect_tally(page, "Updates by lead", re.escape("Demo Lead (Police)"), ["0", "1", "9"])

    lead_page.get_by_role("button", name="Submit update").click()
    expect(lead_page.get_by_text(f"Your update of {ref} is submitted.")).to_be_visible()
    walk.visit(lead_page, "08-update-submitted")
    assert Action.objects.get(theme__plan=walk.plan, ref=ref).status.label == "At risk"


def lead_updates_by_the_sheet(walk: Walk) -> None:
    """Download the sheet, fill it in Excel's place, upload it, confirm the preview."""
    lead_page = walk.lead_page
    section, sheet_path = download_update_sheet(lead_page, walk.round_name, walk.folder)
    book = load_workbook(sheet_path)
    ref, title = SHEET_ACTION
    row = next(r for r in book["Updates"].iter_rows(min_row=2) if r[1].value == ref)
    row[5].value = "On track"
    row[6].value = "Sanction detections are up 4% on last quarter."
    book.save(sheet_path)
    section.get_by_label("Upload your filled update sheet").set_input_files(sheet_path)
    section.get_by_role("button", name="Preview the changes").click()
    expect(lead_page.get_by_role("cell", name=f"{ref} {title}")).to_be_visible()
    expect(lead_page.get_by_role("cell", name="At risk → On track")).to_be_visible()
    walk.visit(lead_page, "09-sheet-preview")
    lead_page.get_by_role("button", name="Confirm and save 1 update").click()
    expect(lead_page.get_by_text("1 update saved from the sheet.")).to_be_visible()
    walk.visit(lead_page, "10-sheet-saved")
    section = lead_page.get_by_role("region", name=walk.round_name)
    expect(section.get_by_role("link", name=f"Update {ref}")).to_have_accessible_description(
        "Submitted"
    )


def coordinator_counts_and_accepts(walk: Walk) -> None:
    """The round page counts both updates, by agency and by lead; accepting one keeps it."""
    page = walk.page
    page.reload()
    expect(page.locator("#overall")).to_have_text(re.compile("^2 updated · 0 in draft ·"))
    expect_tally(page, "Updates by lead agency", "Police", ["2", "0", "8"])
    expect_tally(page, "Updates by lead", re.escape("Demo Lead (Police)"), ["2", "0", "8"])
    expect_tally(page, "Updates by lead", re.escape("Demo Lead (NHS)"), ["0", "0", "7"])
    walk.visit(page, "11-round-counted")

    page.get_by_role("link", name=WEB_FORM_ACTION[1]).click()
    expect(page.get_by_role("heading", name="Review this update")).to_be_visible()
    walk.visit(page, "12-coordinator-reviews")
    page.get_by_role("button", name="Accept").click()
    expect(page.get_by_text("Update accepted.")).to_be_visible()
    page.get_by_role("link", name=f"{walk.period} review").click()
    expect(page.get_by_role("heading", name=f"{walk.period} review")).to_be_visible()
    expect_tally(page, "Updates by lead", re.escape("Demo Lead (Police)"), ["2", "0", "8"])


def coordinator_chases(walk: Walk) -> None:
    """The chase page shows whom it emails first; then one email to each lead outstanding,
    naming only their outstanding actions."""
    page, mailoutbox = walk.page, walk.mailoutbox
    mailoutbox.clear()
    page.get_by_role("link", name="Chase leads with updates outstanding").click()
    expect(page.get_by_role("cell", name=LEAD, exact=True)).to_be_visible()
    expect(page.get_by_role("cell", name=HEALTH_LEAD, exact=True)).to_be_visible()
    expect(page.get_by_text("still need your update")).to_be_visible()
    walk.visit(page, "13-chase-preview")
    assert mailoutbox == []
    page.get_by_role("button", name="Email all 2 leads").click()
    chased = "Emailing the 2 leads with updates outstanding: Demo Lead (NHS), Demo Lead (Police)."
    expect(page.get_by_text(chased)).to_be_visible()
    expect(
        page.get_by_text("chased by Demo Coordinator: Demo Lead (NHS), Demo Lead (Police)")
    ).to_be_visible()
    walk.visit(page, "13-round-chased")
    assert sorted(m.to[0] for m in mailoutbox) == [HEALTH_LEAD, LEAD]
    chase = next(m for m in mailoutbox if m.to == [LEAD])
    assert "These 8 actions still need your update" in chase.body
    assert WEB_FORM_ACTION[1] not in chase.body and SHEET_ACTION[1] not in chase.body


def scheduler_reminds_the_outstanding(walk: Walk) -> None:
    """The round closes within its 7 days, so the scheduler's job reminds the leads still
    outstanding, and the coordinator gets a digest of who was."""
    page, mailoutbox = walk.page, walk.mailoutbox
    mailoutbox.clear()
    send_due_reminders.call(walk.today.isoformat())
    # The same job reminds of other things due (the demo's data return, its death reviews'
    # actions): only the round's messages are looked at here.
    reminders = [m for m in mailoutbox if m.subject.endswith("need your update")]
    assert sorted(m.to[0] for m in reminders) == [HEALTH_LEAD, LEAD]
    reminder = next(m for m in reminders if m.to == [LEAD])
    assert reminder.subject == "Reminder: 8 actions need your update"
    to_coordinator = "".join(m.body for m in mailoutbox if m.to == [COORDINATOR])
    assert "Demo Lead (Police): 8 actions outstanding" in to_coordinator
    page.reload()
    reminded = f"{walk.today:%-d %b %Y}, before it closes: Demo Lead (NHS), Demo Lead (Police)"
    expect(page.get_by_text(reminded)).to_be_visible()
    walk.visit(page, "14-round-reminded")


def the_link_worked_once(walk: Walk) -> None:
    """Opening the invitation's link again is refused, plainly."""
    lead_page = walk.lead_page
    lead_page.context.clear_cookies()
    lead_page.goto(walk.link)
    expect(
        lead_page.get_by_role("heading", name="This sign-in link cannot be used")
    ).to_be_visible()
    walk.visit(lead_page, "15-link-used")


def test_opening_a_round_that_closes_before_it_opens_shows_the_error_summary(
    page, live_server, demo_plan, check_accessible
):
    sign_in(page, live_server.url, COORDINATOR)
    page.goto(f"{live_server.url}/plans/{demo_plan.pk}/rounds/new/")
    page.get_by_label("Period").fill("2030/31 Q1")
    fill_date(page, "Opening date", dt.date(2030, 4, 10))
    fill_date(page, "Closing date", dt.date(2030, 4, 1))
    page.get_by_role("button", name="Open the round and email the leads").click()
    summary = page.get_by_role("alert").filter(has_text="There is a problem")
    expect(
        summary.get_by_text("The round must close on or after the day it opens.")
    ).to_be_visible()
    expect(page).to_have_title(re.compile("^Error: "))
    visit(page, check_accessible, "20-open-round-error")
    assert not demo_plan.rounds.filter(period="2030/31 Q1").exists()


def test_a_sheet_with_an_unknown_status_is_refused_with_the_error_summary(
    page, live_server, demo_plan, check_accessible, tmp_path
):
    review_round = demo_plan.rounds.get()
    sign_in(page, live_server.url, LEAD)
    round_name = f"{review_round.period} review of {demo_plan.title}"
    section, sheet_path = download_update_sheet(page, round_name, tmp_path)
    book = load_workbook(sheet_path)
    book["Updates"]["F2"] = "Nearly there"
    book.save(sheet_path)
    section.get_by_label("Upload your filled update sheet").set_input_files(sheet_path)
    section.get_by_role("button", name="Preview the changes").click()
    summary = page.get_by_role("alert").filter(has_text="nothing was changed")
    expect(summary.get_by_text("Row 2 (1.2.4): “Nearly there” is not a status.")).to_be_visible()
    expect(page).to_have_title(re.compile("^Error: "))
    visit(page, check_accessible, "21-sheet-refused")
    assert not Update.objects.filter(round=review_round).exists()

    # Put right, the sheet goes up again from the same page.
    book["Updates"]["F2"] = "Not started"
    book.save(sheet_path)
    page.get_by_label("Upload the corrected sheet").set_input_files(sheet_path)
    page.get_by_role("button", name="Preview the changes").click()
    expect(page.get_by_role("button", name="Confirm and save 1 update")).to_be_visible()
    visit(page, check_accessible, "22-sheet-corrected")
    page.get_by_role("link", name="Back to My actions").click()
    expect(page.get_by_role("heading", name="My actions", exact=True)).to_be_visible()
    assert not Update.objects.filter(round=review_round).exists()  # previewed, not confirmed


def test_a_round_closed_while_the_lead_types_refuses_the_save_but_keeps_their_words(
    page, lead_page, live_server, demo_plan, check_accessible
):
    review_round = demo_plan.rounds.get()
    sign_in(lead_page, live_server.url, LEAD)
    lead_page.goto(f"{live_server.url}/my-actions/")
    section = lead_page.get_by_role(
        "region", name=f"{review_round.period} review of {demo_plan.title}"
    )
    section.get_by_role("link", name=f"Update {WEB_FORM_ACTION[0]}").click()
    lead_page.get_by_role("radio", name="On track").check()
    lead_page.get_by_label("Progress note").fill("Agreed the new protocol with the chair.")

    sign_in(page, live_server.url, COORDINATOR)
    page.goto(f"{live_server.url}/rounds/{review_round.pk}/")
    page.get_by_role("button", name="Close the round").click()
    expect(page.get_by_text(f"The {review_round.period} round is closed.")).to_be_visible()
    visit(page, check_accessible, "23-round-closed")

    lead_page.get_by_role("button", name="Submit update").click()
    summary = lead_page.get_by_role("alert").filter(has_text="Nothing was saved")
    expect(summary.get_by_text("Agreed the new protocol with the chair.")).to_be_visible()
    expect(lead_page).to_have_title(re.compile("^Error: "))
    visit(lead_page, check_accessible, "24-update-refused-round-closed")
    assert not Update.objects.filter(round=review_round).exists()
