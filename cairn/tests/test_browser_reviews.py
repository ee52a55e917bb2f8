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
from pathlib import Path

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
    return Plan.objects.get(partnership__slug="exampleshire")


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


def tally(page, table: str, name: str) -> list[str]:
    """The updated, draft and outstanding counts of one row of a round page's table."""
    row = page.get_by_role("table", name=table).get_by_role("row", name=re.compile(f"^{name}"))
    return [row.get_by_role("cell").nth(n).inner_text() for n in range(3)]


def test_a_round_from_opening_to_chasing(
    page, lead_page, live_server, demo_plan, mailoutbox, check_accessible, tmp_path
):
    today = timezone.localdate()
    period = next_quarter(demo_plan.rounds.get().period)

    # The coordinator opens a round on the plan, closing in five days.
    sign_in(page, live_server.url, COORDINATOR)
    page.get_by_role("link", name=demo_plan.title).first.click()
    page.get_by_role("link", name="Open a review round").click()
    visit(page, check_accessible, "01-open-round")
    page.get_by_label("Period").fill(period)
    fill_date(page, "Opening date", today)
    fill_date(page, "Closing date", today + dt.timedelta(days=5))
    page.get_by_role("button", name="Open the round and email the leads").click()
    # The quarter is still to come and the demo's round is open: a warning, not a refusal.
    expect(page.get_by_text(f"{period} has not started yet")).to_be_visible()
    expect(page.get_by_text("round is still open")).to_be_visible()
    visit(page, check_accessible, "01-open-round-warned")
    page.get_by_role("button", name="Open the round anyway and email the leads").click()
    expect(page.get_by_role("heading", name=f"{period} review")).to_be_visible()
    expect(page.get_by_text(f"The {period} round is open; leads are emailed.")).to_be_visible()
    assert tally(page, "Updates by lead", re.escape("Demo Lead (Police)")) == ["0", "0", "10"]
    expect(page.get_by_text("None sent yet: they are due")).to_be_visible()
    visit(page, check_accessible, "02-round-opened")
    review_round = ReviewRound.objects.get(plan=demo_plan, period=period)

    # Each lead gets one email with a sign-in link; nobody else does.
    assert sorted(m.to[0] for m in mailoutbox) == [HEALTH_LEAD, LEAD]
    invitation = next(m for m in mailoutbox if m.to == [LEAD])
    assert invitation.subject == f"Please update your actions: {period} review of {demo_plan.title}"
    assert "Please update your 10 actions" in invitation.body
    link = sign_in_link(invitation)

    # The lead follows the link, which signs them in once.
    lead_page.goto(link)
    visit(lead_page, check_accessible, "03-sign-in-link")
    lead_page.get_by_role("button", name="Continue as Demo Lead (Police)").click()
    expect(lead_page.get_by_role("heading", name="My actions", exact=True)).to_be_visible()
    visit(lead_page, check_accessible, "04-my-actions")
    section = lead_page.get_by_role("region", name=f"{period} review of {demo_plan.title}")

    # A status that needs a note, with no note: the error summary, and nothing saved.
    ref, title = WEB_FORM_ACTION
    section.get_by_role("link", name=f"Update {ref}").click()
    expect(lead_page.get_by_role("heading", name=title)).to_be_visible()
    visit(lead_page, check_accessible, "05-update-form")
    lead_page.get_by_role("radio", name="At risk").check()
    lead_page.get_by_role("button", name="Submit update").click()
    summary = lead_page.get_by_role("alert").filter(has_text="There is a problem")
    expect(summary).to_be_visible()
    expect(lead_page).to_have_title(re.compile("^Error: "))
    # GOV.UK Frontend focuses the summary once it starts; its link then focuses the field.
    expect(lead_page.locator(".govuk-error-summary")).to_be_focused()
    summary.get_by_role("link", name=re.compile("needs a progress note")).click()
    expect(lead_page.get_by_label("Progress note")).to_be_focused()
    visit(lead_page, check_accessible, "06-update-needs-a-note")
    assert not Update.objects.filter(round=review_round).exists()

    # Save as a draft, then submit.
    lead_page.get_by_label("Progress note").fill(
        "The protocol review slipped: a new chair starts next month."
    )
    lead_page.get_by_role("button", name="Save as draft").click()
    expect(lead_page.get_by_text(f"Your update of {ref} is saved as a draft.")).to_be_visible()
    visit(lead_page, check_accessible, "07-update-draft")
    page.reload()
    assert tally(page, "Updates by lead", re.escape("Demo Lead (Police)")) == ["0", "1", "9"]

    lead_page.get_by_role("button", name="Submit update").click()
    expect(lead_page.get_by_text(f"Your update of {ref} is submitted.")).to_be_visible()
    visit(lead_page, check_accessible, "08-update-submitted")
    assert Action.objects.get(theme__plan=demo_plan, ref=ref).status.label == "At risk"

    # The other action by the update sheet: download, fill in Excel's place, upload, confirm.
    section, sheet_path = download_update_sheet(
        lead_page, f"{period} review of {demo_plan.title}", tmp_path
    )
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
    visit(lead_page, check_accessible, "09-sheet-preview")
    lead_page.get_by_role("button", name="Confirm and save 1 update").click()
    expect(lead_page.get_by_text("1 update saved from the sheet.")).to_be_visible()
    visit(lead_page, check_accessible, "10-sheet-saved")
    section = lead_page.get_by_role("region", name=f"{period} review of {demo_plan.title}")
    expect(section.get_by_role("link", name=f"Update {ref}")).to_have_accessible_description(
        "Submitted"
    )

    # The coordinator's round page counts both, by agency and by lead.
    page.reload()
    assert page.locator("#overall").inner_text().startswith("2 updated · 0 in draft ·")
    assert tally(page, "Updates by lead agency", "Police") == ["2", "0", "8"]
    assert tally(page, "Updates by lead", re.escape("Demo Lead (Police)")) == ["2", "0", "8"]
    assert tally(page, "Updates by lead", re.escape("Demo Lead (NHS)")) == ["0", "0", "7"]
    visit(page, check_accessible, "11-round-counted")

    # The coordinator reads the web-form update and accepts it; it still counts as updated.
    page.get_by_role("link", name=WEB_FORM_ACTION[1]).click()
    expect(page.get_by_role("heading", name="Review this update")).to_be_visible()
    visit(page, check_accessible, "12-coordinator-reviews")
    page.get_by_role("button", name="Accept").click()
    expect(page.get_by_text("Update accepted.")).to_be_visible()
    page.get_by_role("link", name=f"{period} review").click()
    assert tally(page, "Updates by lead", re.escape("Demo Lead (Police)")) == ["2", "0", "8"]

    # Chase: one email to each lead with updates outstanding, naming only those.
    mailoutbox.clear()
    # First the chase page: whom it emails and what the email says; nothing sent yet.
    page.get_by_role("link", name="Chase leads with updates outstanding").click()
    expect(page.get_by_role("cell", name=LEAD, exact=True)).to_be_visible()
    expect(page.get_by_role("cell", name=HEALTH_LEAD, exact=True)).to_be_visible()
    expect(page.get_by_text("still need your update")).to_be_visible()
    visit(page, check_accessible, "13-chase-preview")
    assert mailoutbox == []
    page.get_by_role("button", name="Email all 2 leads").click()
    chased = "Emailing the 2 leads with updates outstanding: Demo Lead (NHS), Demo Lead (Police)."
    expect(page.get_by_text(chased)).to_be_visible()
    expect(
        page.get_by_text("chased by Demo Coordinator: Demo Lead (NHS), Demo Lead (Police)")
    ).to_be_visible()
    visit(page, check_accessible, "13-round-chased")
    assert sorted(m.to[0] for m in mailoutbox) == [HEALTH_LEAD, LEAD]
    chase = next(m for m in mailoutbox if m.to == [LEAD])
    assert "These 8 actions still need your update" in chase.body
    assert WEB_FORM_ACTION[1] not in chase.body and SHEET_ACTION[1] not in chase.body

    # The scheduler's job: the round closes within its 7 days, so the leads still
    # outstanding are reminded, and the coordinator gets a digest of who was.
    mailoutbox.clear()
    sent = send_due_reminders.call(today.isoformat())
    # The demo's data contributor is told too once the demo's data return is within a week
    # of being due (indicators/tasks.py): one more message on most days of a quarter.
    contributor = ["data@exampleshire.example"] if sent == 4 else []
    assert sorted(m.to[0] for m in mailoutbox) == sorted(
        [COORDINATOR, HEALTH_LEAD, LEAD, *contributor]
    )
    reminder = next(m for m in mailoutbox if m.to == [LEAD])
    assert reminder.subject == "Reminder: 8 actions need your update"
    digest = next(m for m in mailoutbox if m.to == [COORDINATOR])
    assert "Demo Lead (Police): 8 actions outstanding" in digest.body
    page.reload()
    reminded = f"{today:%-d %b %Y}, before it closes: Demo Lead (NHS), Demo Lead (Police)"
    expect(page.get_by_text(reminded)).to_be_visible()
    visit(page, check_accessible, "14-round-reminded")

    # The link in the invitation worked once; opening it again is refused, plainly.
    lead_page.context.clear_cookies()
    lead_page.goto(link)
    expect(
        lead_page.get_by_role("heading", name="This sign-in link cannot be used")
    ).to_be_visible()
    visit(lead_page, check_accessible, "15-link-used")


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
