"""A data contributor's return, in Chromium: they sign in and see what is due, download the
CSV template, upload it with a refused row (a part more than its whole), fix the row and
send it; the coordinator then approves it and its period is locked. axe-core finds no WCAG
2.2 A or AA violation on any page."""

from __future__ import annotations

import csv
import io
from pathlib import Path

import pytest
from playwright.sync_api import expect

from cairn.indicators.demo import add_demo_data_set, add_demo_indicators
from cairn.indicators.models import DataReturn
from cairn.tests.browser import sign_in

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

CONTRIBUTOR = "data@exampleshire.example"
COORDINATOR = "coordinator@exampleshire.example"
FIGURES = {
    "incidents_and_crimes": "1402",
    "crimes": "1500",  # more than the incidents and crimes it is part of: refused
    "crimes_with_outcome": "610",
    "charged": "118",
}


def filled_in(template: str, figures: dict[str, str]) -> bytes:
    rows = list(csv.DictReader(io.StringIO(template)))
    for row in rows:
        row["value"] = figures[row["element"]]
    out = io.StringIO()
    writer = csv.DictWriter(out, fieldnames=list(rows[0]))
    writer.writeheader()
    writer.writerows(rows)
    return out.getvalue().encode()


def test_a_contributor_sends_a_return_by_template_and_the_coordinator_approves(
    page, browser, live_server, demo, check_accessible, tmp_path: Path
):
    add_demo_indicators(demo)
    data_set = add_demo_data_set(demo)  # the police's quarterly return: last quarter's is due
    sign_in(page, live_server.url, CONTRIBUTOR)
    page.goto(f"{live_server.url}/p/{demo.slug}/")
    expect(page.get_by_role("heading", name="Data returns due")).to_be_visible()
    check_accessible(page)
    page.get_by_role("link", name=data_set.name).first.click()
    expect(page.get_by_role("heading", name=data_set.name)).to_be_visible()
    check_accessible(page)

    with page.expect_download() as download:
        page.get_by_role("link", name="CSV template").click()
    template = Path(download.value.path()).read_text(encoding="utf-8-sig")
    assert "incidents_and_crimes" in template and "Police" in template

    upload = tmp_path / "return.csv"
    upload.write_bytes(filled_in(template, FIGURES))
    page.get_by_label("Upload the filled-in template").set_input_files(upload)
    page.get_by_role("button", name="Upload and send").click()
    expect(page.get_by_text("Nothing was saved: fix the file and upload it again")).to_be_visible()
    expect(
        page.get_by_text("is more than “Domestic abuse-related incidents and crimes”")
    ).to_be_visible()
    check_accessible(page)
    assert not DataReturn.objects.exists()

    upload.write_bytes(filled_in(template, {**FIGURES, "crimes": "1290"}))
    page.get_by_label("Upload the filled-in template").set_input_files(upload)
    page.get_by_role("button", name="Upload and send").click()
    expect(page.get_by_text("sent to the coordinator")).to_be_visible()
    check_accessible(page)
    sent = DataReturn.objects.get()
    assert sent.state == DataReturn.State.SUBMITTED
    assert {v.element.code: int(v.value) for v in sent.values.all()}["crimes"] == 1290

    coordinator = browser.new_context().new_page()
    sign_in(coordinator, live_server.url, COORDINATOR)
    coordinator.goto(f"{live_server.url}/p/{demo.slug}/data-returns/")
    check_accessible(coordinator)
    coordinator.get_by_role("link", name=f"{data_set.name}: Exampleshire Police").click()
    expect(coordinator.get_by_text("1290")).to_be_visible()
    check_accessible(coordinator)
    coordinator.get_by_role("button", name="Approve and lock").click()
    expect(coordinator.get_by_text("Return approved; its period is locked.")).to_be_visible()
    check_accessible(coordinator)
    sent.refresh_from_db()
    assert sent.state == DataReturn.State.APPROVED
