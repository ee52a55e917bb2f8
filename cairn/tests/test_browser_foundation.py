"""A lead signs in, opens My actions and an action; every page passes axe-core."""

import pytest
from playwright.sync_api import expect

from cairn.tests.browser import sign_in, submit_sign_in

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def test_sign_in_page_is_accessible(page, live_server, check_accessible):
    page.goto(f"{live_server.url}/sign-in/")
    check_accessible(page)


def test_wrong_password_shows_the_error_summary(page, live_server, demo, check_accessible):
    submit_sign_in(page, live_server.url, "lead@exampleshire.example", "not the password")
    expect(page.get_by_role("alert").get_by_text("There is a problem")).to_be_visible()
    check_accessible(page)


def test_lead_opens_my_actions_and_an_action(page, live_server, demo, check_accessible):
    sign_in(page, live_server.url, "lead@exampleshire.example")
    page.get_by_role("link", name="My actions").click()
    expect(page.get_by_role("heading", name="My actions")).to_be_visible()
    check_accessible(page)

    page.get_by_role("link", name="Review the MARAC operating protocol").click()
    expect(page.get_by_role("heading", name="History", exact=True)).to_be_visible()
    check_accessible(page)


def test_coordinator_sees_the_plan_with_overdue_marked(page, live_server, demo, check_accessible):
    sign_in(page, live_server.url, "coordinator@exampleshire.example")
    page.get_by_role("link", name="Domestic Abuse Action Plan").first.click()
    expect(page.get_by_text("Overdue since").first).to_be_visible()
    check_accessible(page)
