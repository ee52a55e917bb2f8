"""Steps the browser tests share.

A click returns as soon as it is dispatched: Playwright (1.50 on) no longer waits for the
navigation it starts. So every step that leaves a page waits for the next one here, or the
test expects something only the next page shows, before it reads the page, checks it with
axe-core, asserts on the database or goes elsewhere (a goto would cancel a form still
being sent).
"""

from urllib.parse import urljoin

from playwright.sync_api import Locator, Page, expect

from cairn.plans.demo import PASSWORD


def submit_sign_in(page: Page, base_url: str, email: str, password: str = PASSWORD) -> None:
    """Fill in the sign-in page and press Sign in; the caller expects what should follow
    (an error, or the page asking for a second factor's code)."""
    page.goto(f"{base_url}/sign-in/")
    page.get_by_label("Email address").fill(email)
    page.get_by_label("Password").fill(password)
    page.get_by_role("button", name="Sign in").click()


def sign_in(page: Page, base_url: str, email: str, password: str = PASSWORD) -> None:
    """Sign in through the sign-in page, as a person would, and wait until signed in."""
    submit_sign_in(page, base_url, email, password)
    # Every page shows a signed-in person a Sign out button (behind the Menu on a phone).
    expect(page.locator(".cairn-sign-out")).to_be_attached()


def follow(link: Locator) -> None:
    """Click a link and wait until the page it leads to has loaded."""
    page = link.page
    address = urljoin(page.url, link.get_attribute("href"))
    link.click()
    page.wait_for_url(lambda url: url == address)
