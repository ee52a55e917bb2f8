"""A coordinator reads the dashboard, downloads the board report and publishes the plan;
the public page, read without signing in, passes axe-core and names no one."""

import re

import pytest
from playwright.sync_api import expect

from cairn.accounts.models import User
from cairn.reports.models import Publication
from cairn.tests.browser import sign_in

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def test_viewer_reads_the_dashboard_and_filters_it(page, live_server, demo, check_accessible):
    plan = demo.plans.get()
    sign_in(page, live_server.url, "viewer@exampleshire.example")
    page.goto(f"{live_server.url}/plans/{plan.pk}/")
    page.get_by_role("link", name="Dashboard").click()
    expect(page.get_by_role("heading", name=f"Dashboard: {plan.title}")).to_be_visible()
    expect(page.get_by_role("heading", name="Exceptions")).to_be_visible()
    check_accessible(page)

    page.get_by_label("Lead agency").select_option(label="Police")
    page.get_by_role("button", name="Apply filters").click()
    expect(page).to_have_url(re.compile("agency="))
    expect(page.get_by_text("Showing Lead agency: Police")).to_be_visible()
    check_accessible(page)

    page.get_by_role("link", name="Download the board report").click()
    expect(page.get_by_role("heading", name="Download the board report")).to_be_visible()
    check_accessible(page)
    page.get_by_label("Excel (.xlsx)").check()
    with page.expect_download() as download:
        page.get_by_role("button", name="Download").click()
    assert download.value.suggested_filename.endswith(".xlsx")


def test_coordinator_publishes_and_the_public_page_names_no_one(
    page, browser, live_server, demo, check_accessible
):
    plan = demo.plans.get()
    sign_in(page, live_server.url, "coordinator@exampleshire.example")
    page.goto(f"{live_server.url}/plans/{plan.pk}/dashboard/")
    page.get_by_role("link", name="Publish").click()
    expect(page.get_by_role("radio", name="Only once accepted in a review round")).to_be_checked()
    check_accessible(page)
    # First a preview of the public page, with nothing published yet.
    page.get_by_role("button", name="Preview the public page").click()
    expect(page.get_by_role("heading", name="Preview the public page")).to_be_visible()
    preview = page.get_by_role("region", name="Preview of the public page")
    expect(preview.get_by_role("heading", name=plan.title)).to_be_visible()
    check_accessible(page)
    assert not Publication.objects.exists()
    page.get_by_role("button", name="Publish").first.click()
    expect(page.get_by_text("The plan is published")).to_be_visible()
    assert Publication.objects.get().snapshot["notes"] == "accepted"
    check_accessible(page)
    address = page.get_by_role("link", name="/public/").get_attribute("href")

    # A member of the public: a new browser context, with no session.
    public = browser.new_context().new_page()
    public.goto(f"{live_server.url}{address}")
    expect(public.get_by_role("heading", name=plan.title)).to_be_visible()
    expect(public.get_by_role("link", name="Sign in")).to_have_count(0)
    check_accessible(public)
    text = public.content()
    for person in User.objects.all():
        assert person.name not in text
        assert person.email not in text
