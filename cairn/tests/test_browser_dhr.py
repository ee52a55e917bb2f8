"""Next year's plan, death reviews and the strategy, in Chromium: each new page passes
axe-core (WCAG 2.2 AA) and works as a coordinator would use it."""

import pytest
from playwright.sync_api import expect

from cairn.tests.browser import follow, sign_in

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

COORDINATOR = "coordinator@exampleshire.example"


def test_coordinator_starts_next_years_plan(page, live_server, demo, check_accessible):
    plan = demo.plans.get()
    sign_in(page, live_server.url, COORDINATOR)
    page.goto(f"{live_server.url}/plans/{plan.pk}/")
    page.get_by_role("link", name="Start next year's plan").click()
    expect(page.get_by_role("heading", name="Start next year's plan")).to_be_visible()
    check_accessible(page)

    page.get_by_role("button", name="Continue to the summary").click()
    expect(
        page.get_by_role("heading", name="Check next year's plan before it is saved")
    ).to_be_visible()
    check_accessible(page)

    page.get_by_role("button", name="Start next year's plan").click()
    expect(page.get_by_text("started as a draft")).to_be_visible()
    new = demo.plans.get(previous=plan)
    carried = new.themes.first().actions.first()
    page.goto(f"{live_server.url}/actions/{carried.pk}/")
    expect(page.get_by_text(f"Carried from {plan.period_text}, 2nd year")).to_be_visible()
    expect(page.get_by_role("heading", name="Earlier years")).to_be_visible()
    check_accessible(page)


def test_coordinator_tracks_a_death_review_to_sign_off(page, live_server, demo, check_accessible):
    sign_in(page, live_server.url, COORDINATOR)
    page.goto(f"{live_server.url}/p/{demo.slug}/")
    page.get_by_role("link", name="Death reviews (DHR/DARDR)").click()
    expect(page.get_by_role("heading", name="Death reviews (DHR/DARDR)")).to_be_visible()
    check_accessible(page)

    follow(page.get_by_role("link", name="Add a review"))
    check_accessible(page)
    page.get_by_label("Reference").fill("DHR 2024/01")
    page.get_by_role("button", name="Add review").click()
    expect(page.get_by_role("heading", name="DHR 2024/01")).to_be_visible()

    follow(page.get_by_role("link", name="Add a recommendation"))
    check_accessible(page)
    page.get_by_label("Recommendation", exact=True).fill("Agencies share risk information")
    page.get_by_label("Information sharing").check()
    page.get_by_role("button", name="Add").click()
    follow(page.get_by_role("link", name="Add an action"))
    page.get_by_label("Action", exact=True).fill("Agree a protocol")
    page.get_by_label("Target date").fill("Mar 2030")
    page.get_by_role("button", name="Add").click()
    expect(page.get_by_role("link", name="Sign off").first).to_be_visible()
    check_accessible(page)

    follow(page.get_by_role("link", name="Sign off").first)
    check_accessible(page)
    page.get_by_label("Day").fill("1")
    page.get_by_label("Month").fill("9")
    page.get_by_label("Year").fill("2025")
    page.get_by_label("Outcome and evidence").fill("Protocol signed by every agency.")
    page.get_by_role("button", name="Sign off").click()
    follow(page.get_by_role("link", name="Sign off the recommendation"))
    check_accessible(page)
    page.get_by_label("Evidence that the recommendation is met").fill("Protocol in use.")
    page.get_by_role("button", name="Sign off").click()
    expect(page.get_by_text("Recommendation signed off.")).to_be_visible()
    check_accessible(page)

    follow(page.get_by_role("link", name="Death reviews", exact=True))
    page.get_by_role("link", name="Learning themes across reviews").click()
    expect(page.get_by_role("heading", name="Learning themes across reviews")).to_be_visible()
    check_accessible(page)
    page.get_by_role("link", name="Information sharing").click()
    expect(page.get_by_role("link", name="DHR 2024/01")).to_be_visible()
    check_accessible(page)


def test_the_strategy_and_its_plans_year_by_year(page, live_server, demo, check_accessible):
    sign_in(page, live_server.url, COORDINATOR)
    page.goto(f"{live_server.url}/p/{demo.slug}/")
    page.get_by_role("link", name="Strategy", exact=True).click()
    expect(page.get_by_role("heading", name="Strategy", exact=True)).to_be_visible()
    check_accessible(page)
    strategy = demo.strategies.get()
    page.get_by_role("link", name=strategy.title).click()
    expect(page.get_by_role("heading", name="Plans year by year")).to_be_visible()
    check_accessible(page)
    page.get_by_role("link", name="Import the vision and aims from a plan document").click()
    expect(page.get_by_role("heading", name="Import the vision and aims")).to_be_visible()
    check_accessible(page)
    page.get_by_label("Or paste the plan").fill(
        "Our vision\n\nEveryone lives free from abuse.\n\n"
        "Aims\n\n- Prevent abuse\n- Protect victims\n"
    )
    page.get_by_role("button", name="Read the document").click()
    expect(page.get_by_role("heading", name="Check the vision and aims")).to_be_visible()
    check_accessible(page)
    page.get_by_role("button", name="Save the vision and aims").click()
    expect(page.get_by_text("Everyone lives free from abuse.")).to_be_visible()
    expect(page.get_by_text("Protect victims")).to_be_visible()
    follow(page.get_by_role("link", name="Edit the strategy"))
    check_accessible(page)
    page.set_viewport_size({"width": 390, "height": 800})
    page.go_back()
    check_accessible(page)


def test_a_review_is_published_imported_into_and_read_by_the_public(
    page, live_server, demo, check_accessible
):
    from cairn.deathreviews.demo import add_demo_reviews

    add_demo_reviews(demo)
    sign_in(page, live_server.url, COORDINATOR)
    page.goto(f"{live_server.url}/p/{demo.slug}/death-reviews/")
    page.get_by_role("link", name="DHR 2023/01").click()
    expect(page.get_by_role("heading", name="DHR 2023/01")).to_be_visible()
    check_accessible(page)

    page.get_by_role("link", name="Import the action plan").click()
    expect(page.get_by_role("heading", name="Import the action plan")).to_be_visible()
    check_accessible(page)
    page.go_back()
    expect(page.get_by_role("heading", name="DHR 2023/01")).to_be_visible()

    page.get_by_role("link", name="Publish a public summary").click()
    expect(page.get_by_role("heading", name="Preview")).to_be_visible()
    check_accessible(page)
    page.get_by_role("button", name="Publish as below").click()
    expect(page.get_by_text("is published")).to_be_visible()
    check_accessible(page)
    address = page.get_by_role("link", name="/public/death-reviews/").get_attribute("href")

    public = page.context.browser.new_page()  # signed out
    public.goto(f"{live_server.url}{address}")
    expect(public.get_by_role("heading", name="DHR 2023/01", level=1)).to_be_visible()
    expect(public.get_by_text("Signed off").first).to_be_visible()
    check_accessible(public)
    public.set_viewport_size({"width": 390, "height": 800})
    check_accessible(public)
    public.close()


def test_the_panel_chair_signs_off_their_review(page, live_server, demo, check_accessible):
    from cairn.accounts.models import User
    from cairn.deathreviews.demo import add_demo_reviews

    [*_, review] = add_demo_reviews(demo)
    review.panel_chair = User.objects.get(email="viewer@exampleshire.example")
    review.save()
    sign_in(page, live_server.url, "viewer@exampleshire.example")
    page.goto(f"{live_server.url}/p/{demo.slug}/")
    page.get_by_role("link", name=review.reference).click()
    expect(page.get_by_role("heading", name=review.reference)).to_be_visible()
    check_accessible(page)
    follow(page.get_by_role("link", name="Sign off").first)
    check_accessible(page)
