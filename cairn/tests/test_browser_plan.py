"""The plan page for reading and its edit mode, on a phone (390 px) and a desktop (1280 px):
no sideways scrolling, and axe-core finds no WCAG 2.2 A/AA violation on any of them."""

import re

import pytest
from playwright.sync_api import expect

from cairn.tests.browser import sign_in

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

WIDTHS = [390, 1280]
PHONE = 390
FILTERS = "Filter by theme, lead agency or status"


def check_fits(page) -> None:
    """The page does not scroll sideways at the window's width."""
    overflow = page.evaluate(
        "document.documentElement.scrollWidth - document.documentElement.clientWidth"
    )
    assert overflow <= 0, f"{page.url} is {overflow} px wider than the window"


@pytest.mark.parametrize("width", WIDTHS)
def test_a_viewer_reads_searches_and_filters_the_plan(
    page, live_server, demo, check_accessible, width
):
    page.set_viewport_size({"width": width, "height": 900})
    plan = demo.plans.get()
    sign_in(page, live_server.url, "viewer@exampleshire.example")
    page.goto(f"{live_server.url}/plans/{plan.pk}/")
    expect(page.get_by_role("heading", name=plan.title)).to_be_visible()
    expect(page.get_by_role("link", name="Edit the plan")).to_have_count(0)
    check_fits(page)
    check_accessible(page)

    page.get_by_label("Search this plan").fill("MARAC")
    page.get_by_role("button", name="Show actions").click()
    expect(page).to_have_url(re.compile("q=MARAC"))
    expect(page.get_by_text(re.compile(r"^\d+ actions? match"))).to_be_visible()
    check_fits(page)
    check_accessible(page)

    page.get_by_role("link", name="Clear filters").click()
    expect(page).not_to_have_url(re.compile("q=MARAC"))
    if width == PHONE:
        page.get_by_text(FILTERS).click()
    page.get_by_label("Only overdue actions").check()
    page.get_by_role("button", name="Show actions").click()
    expect(page).to_have_url(re.compile("overdue=on"))
    expect(page.get_by_text("Overdue since").first).to_be_visible()
    check_fits(page)

    page.goto(f"{live_server.url}/plans/{plan.pk}/?theme=999999&q=" + "!" * 20)
    expect(page.get_by_text("There is a problem")).to_be_visible()
    check_fits(page)
    check_accessible(page)


def test_on_a_phone_the_filters_fold_away_under_the_search(page, live_server, demo):
    plan = demo.plans.get()
    sign_in(page, live_server.url, "viewer@exampleshire.example")
    page.set_viewport_size({"width": PHONE, "height": 844})
    page.goto(f"{live_server.url}/plans/{plan.pk}/")
    expect(page.get_by_label("Search this plan")).to_be_visible()
    overdue_only = page.get_by_label("Only overdue actions")
    expect(overdue_only).to_be_hidden()
    page.get_by_text(FILTERS).click()
    overdue_only.check()
    page.get_by_role("button", name="Show actions").click()
    expect(page).to_have_url(re.compile("overdue=on"))
    # A filter in use stays in sight, so the person sees why the plan is shorter.
    expect(overdue_only).to_be_visible()
    expect(overdue_only).to_be_checked()
    check_fits(page)

    page.set_viewport_size({"width": 1280, "height": 900})
    page.goto(f"{live_server.url}/plans/{plan.pk}/")
    expect(page.get_by_label("Lead agency")).to_be_visible()


@pytest.mark.parametrize("width", WIDTHS)
def test_a_coordinator_edits_moves_and_is_asked_before_deleting(
    page, live_server, demo, check_accessible, width
):
    page.set_viewport_size({"width": width, "height": 900})
    plan = demo.plans.get()
    first_theme = plan.themes.first()
    sign_in(page, live_server.url, "coordinator@exampleshire.example")
    page.goto(f"{live_server.url}/plans/{plan.pk}/")
    page.get_by_role("link", name="Edit the plan").click()
    expect(page.get_by_role("link", name="Done editing")).to_be_visible()
    check_fits(page)
    check_accessible(page)

    action = first_theme.actions.order_by("order", "pk").first()
    page.goto(f"{live_server.url}/actions/{action.pk}/move/")
    check_fits(page)
    check_accessible(page)
    page.get_by_label("Position").fill("2")
    page.get_by_role("button", name="Move").click()
    expect(page.get_by_text(f"Moved “{action}”")).to_be_visible()

    page.get_by_role("link", name=f"Delete theme {first_theme}").click()
    expect(
        page.get_by_role("heading", name="Are you sure you want to delete this theme?")
    ).to_be_visible()
    expect(page.get_by_text("With it go")).to_be_visible()
    check_fits(page)
    check_accessible(page)


@pytest.mark.parametrize("width", WIDTHS)
def test_a_coordinator_picks_a_cross_reference_by_searching(
    page, live_server, demo, check_accessible, width
):
    page.set_viewport_size({"width": width, "height": 900})
    plan = demo.plans.get()
    action, other = plan.themes.first().actions.order_by("order", "pk")[:2]
    sign_in(page, live_server.url, "coordinator@exampleshire.example")
    page.goto(f"{live_server.url}/actions/{action.pk}/edit/")
    check_fits(page)
    check_accessible(page)
    page.get_by_label("Find an action to add").fill(other.ref)
    found = page.get_by_role("checkbox", name=str(other))
    found.wait_for()  # htmx fills the results as one types
    found.check()
    check_accessible(page)
    page.get_by_role("button", name="Save").click()
    expect(page.get_by_text("Action saved.")).to_be_visible()
    assert other in action.related_actions.all()


@pytest.mark.parametrize("width", WIDTHS)
def test_a_lead_searches_the_partnership(page, live_server, demo, check_accessible, width):
    page.set_viewport_size({"width": width, "height": 900})
    sign_in(page, live_server.url, "lead@exampleshire.example")
    page.goto(f"{live_server.url}/p/{demo.slug}/")
    check_fits(page)
    check_accessible(page)
    page.get_by_label("Search plans, actions, milestones and progress notes").fill("MARAC")
    page.get_by_role("button", name="Search", exact=True).click()
    expect(page.get_by_role("heading", name="Search")).to_be_visible()
    expect(page.get_by_text("for “MARAC”")).to_be_visible()
    check_fits(page)
    check_accessible(page)

    page.goto(f"{live_server.url}/p/{demo.slug}/search/?q=MARAC&page=999")
    expect(page.get_by_text("There is no page 999.")).to_be_visible()
    check_fits(page)
    page.goto(f"{live_server.url}/p/{demo.slug}/search/?q=" + "?" * 300)
    expect(page.get_by_text("There is a problem")).to_be_visible()
    check_fits(page)
    check_accessible(page)
