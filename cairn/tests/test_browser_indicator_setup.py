"""The coordinator's indicator set-up pages, in Chromium, each checked with axe-core: the
Part 4 return's figures, the breakdowns and breaking an element down, the settings, the
plan's measures as proposed indicators (created on confirming), and deleting a data set."""

from __future__ import annotations

import pytest
from playwright.sync_api import expect

from cairn.indicators.demo import add_demo_data_set, add_demo_indicators, add_demo_part4
from cairn.indicators.models import DataSet, Indicator
from cairn.plans.models import Action
from cairn.tests.browser import follow, sign_in

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

COORDINATOR = "coordinator@exampleshire.example"


def test_coordinator_sets_up_indicators_and_returns(page, live_server, demo, check_accessible):
    add_demo_indicators(demo)
    police_return = add_demo_data_set(demo)
    part4 = add_demo_part4(demo)
    action = Action.objects.filter(theme__plan__partnership=demo).order_by("pk").first()
    action.indicators = "Fewer repeat victims at MARAC\n+10% self-referrals year on year"
    action.save()
    sign_in(page, live_server.url, COORDINATOR)

    # The Part 4 return's figures for last year, and its CSV.
    page.goto(f"{live_server.url}/data-sets/{part4.pk}/")
    page.get_by_role("link", name="(April to March)").first.click()
    expect(page.get_by_role("heading", name="Support in safe accommodation")).to_be_visible()
    expect(page.get_by_role("row", name="All safe accommodation 71 73 97")).to_be_visible()
    check_accessible(page)
    with page.expect_download() as download:
        page.get_by_role("link", name="Download in the return's layout (CSV)").click()
    assert download.value.suggested_filename.startswith("Part 4 safe accommodation")

    # Breaking the police's incidents down by sex.
    page.goto(f"{live_server.url}/data-sets/{police_return.pk}/")
    check_accessible(page)
    follow(page.get_by_role("link", name="Break down Domestic abuse-related incidents and crimes"))
    check_accessible(page)
    page.get_by_role("radio", name="Sex").check()
    page.get_by_role("button", name="Break down").click()
    expect(page.get_by_text("now has 3 parts to fill in")).to_be_visible()
    page.goto(f"{live_server.url}/p/{demo.slug}/breakdowns/")
    check_accessible(page)

    # Settings: round published counts to 5.
    page.goto(f"{live_server.url}/p/{demo.slug}/indicators/")
    follow(page.get_by_role("link", name="Publishing and reminder settings"))
    check_accessible(page)
    page.get_by_label("Round published counts to the nearest 5").check()
    page.get_by_role("button", name="Save settings").click()
    expect(page.get_by_text("Settings saved.")).to_be_visible()

    # The plan's measures, proposed; nothing is made until confirmed.
    page.get_by_role("link", name="Create indicators from the plan's measures").click()
    expect(
        page.get_by_role("cell", name="Fewer repeat victims at MARAC", exact=True)
    ).to_be_visible()
    check_accessible(page)
    before = Indicator.objects.count()
    page.get_by_label("Create “Fewer repeat victims at MARAC”").uncheck()
    page.get_by_role("button", name="Create the chosen indicators").click()
    expect(page.get_by_text("1 indicator created")).to_be_visible()
    assert Indicator.objects.count() == before + 1

    # Deleting a data set with an approved return is refused, saying why.
    page.goto(f"{live_server.url}/data-sets/{part4.pk}/delete/")
    expect(page.get_by_text("cannot be deleted: agencies have sent 1 return")).to_be_visible()
    check_accessible(page)
    assert DataSet.objects.filter(pk=part4.pk).exists()
