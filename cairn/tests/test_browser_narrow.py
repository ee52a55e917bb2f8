"""Lead and coordinator pages on a phone and a desktop, in Chromium.

At 390 px and 1280 px wide (and 320 px, the narrowest phone), each page must not scroll
sideways: its tables reflow into stacked rows instead. At 390 and 1280 px axe-core finds
no WCAG 2.2 A or AA violation. Set CAIRN_TEST_SCREENSHOTS to a folder to keep a picture of
each page at each width.
"""

from __future__ import annotations

import io
import os
from pathlib import Path

import pytest
from django.core.management import call_command
from playwright.sync_api import expect

from cairn.accounts.models import Membership, User
from cairn.plans.models import Action, Plan
from cairn.reviews.models import ReviewRound
from cairn.tests.browser import sign_in

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

SHOTS = os.environ.get("CAIRN_TEST_SCREENSHOTS")
COORDINATOR = "coordinator@exampleshire.example"
LEAD = "lead@exampleshire.example"
VIEWER = "viewer@exampleshire.example"
WIDTHS = (390, 1280)
NARROWEST = 320


@pytest.fixture
def demo_plan(live_server, settings, mailoutbox) -> Plan:
    settings.SITE_URL = live_server.url
    call_command("demo", stdout=io.StringIO())
    return Plan.objects.get(partnership__slug="exampleshire", kind=Plan.Kind.YEARLY)


def page_width(page) -> tuple[int, int]:
    """How wide the page's content is, and how wide the window: equal when nothing
    scrolls sideways."""
    return page.evaluate(
        "[document.documentElement.scrollWidth, document.documentElement.clientWidth]"
    )


def check_page(page, check_accessible, url: str, name: str) -> None:
    """The page at each width: no sideways scroll; no axe violation at 390 and 1280 px."""
    for width in (NARROWEST, *WIDTHS):
        page.set_viewport_size({"width": width, "height": 900})
        page.goto(url)
        content, window = page_width(page)
        assert content <= window, f"{url} is {content} px wide in a {window} px window"
        if SHOTS:
            Path(SHOTS).mkdir(parents=True, exist_ok=True)
            page.screenshot(path=Path(SHOTS) / f"narrow-{name}-{width}.png", full_page=True)
        if width in WIDTHS:
            check_accessible(page)


def test_a_leads_pages_fit_a_phone(page, live_server, demo_plan, check_accessible):
    review_round = ReviewRound.objects.get(plan=demo_plan)
    own = Action.objects.get(theme__plan=demo_plan, ref="2.2.4")  # led by the Police lead
    sign_in(page, live_server.url, LEAD)
    base = live_server.url
    check_page(page, check_accessible, f"{base}/my-actions/", "my-actions")
    check_page(page, check_accessible, f"{base}/rounds/{review_round.pk}/", "round-lead")
    check_page(
        page, check_accessible, f"{base}/rounds/{review_round.pk}/actions/{own.pk}/", "update"
    )
    lead = User.objects.get(email=LEAD)
    several = f"{base}/rounds/{review_round.pk}/leads/{lead.pk}/updates/"
    check_page(page, check_accessible, several, "several-updates")
    check_page(page, check_accessible, f"{base}/actions/{own.pk}/", "action")
    check_page(page, check_accessible, f"{base}/plans/{demo_plan.pk}/dashboard/", "dashboard")
    check_page(page, check_accessible, f"{base}/sign-out/", "sign-out")


def test_a_coordinators_pages_fit_a_phone(page, live_server, demo_plan, check_accessible):
    review_round = ReviewRound.objects.get(plan=demo_plan)
    action = Action.objects.get(theme__plan=demo_plan, ref="2.2.4")
    sign_in(page, live_server.url, COORDINATOR)
    base = live_server.url
    check_page(page, check_accessible, f"{base}/rounds/{review_round.pk}/", "round")
    check_page(
        page,
        check_accessible,
        f"{base}/rounds/{review_round.pk}/actions/{action.pk}/",
        "update-coordinator",
    )
    check_page(page, check_accessible, f"{base}/rounds/{review_round.pk}/chase/", "chase")
    check_page(page, check_accessible, f"{base}/plans/{demo_plan.pk}/dashboard/", "dashboard-c")
    check_page(page, check_accessible, f"{base}/plans/{demo_plan.pk}/publication/", "publish")
    preview = f"{base}/plans/{demo_plan.pk}/publication/preview/?notes=accepted"
    check_page(page, check_accessible, preview, "publish-preview")
    check_page(page, check_accessible, f"{base}/plans/{demo_plan.pk}/rounds/new/", "open-round")


# ---------------------------------------------------------------- every page, 390 and 1280 px
# The pages below are checked at the two widths only (320 px is checked above for the pages
# a lead uses most). Problems are gathered over every page, then reported together.


def gather_problems(page, check_accessible, urls: dict[str, str]) -> list[str]:
    """Each page at 390 and 1280 px: what scrolls sideways and what axe-core finds."""
    problems = []
    for name, url in urls.items():
        for width in WIDTHS:
            page.set_viewport_size({"width": width, "height": 900})
            response = page.goto(url)
            if response is None or response.status != 200:
                problems.append(f"{name} ({url}) answered {response and response.status}")
                break
            content, window = page_width(page)
            if content > window:
                problems.append(f"{name} is {content} px wide in a {window} px window")
            if SHOTS:
                Path(SHOTS).mkdir(parents=True, exist_ok=True)
                page.screenshot(path=Path(SHOTS) / f"every-{name}-{width}.png", full_page=True)
            try:
                check_accessible(page)
            except AssertionError as found:
                problems.append(f"{name} at {width} px: {found}")
    return problems


def editing_pages(base: str, plan: Plan) -> dict[str, str]:
    """Every page of the plan's edit mode, for its first theme, objective, action and
    milestone."""
    action = Action.objects.filter(theme__plan=plan, milestones__isnull=False).first()
    theme, objective = action.theme, action.objective or plan.themes.first().objectives.first()
    milestone = action.milestones.first()
    return {
        "edit-mode": f"{base}/plans/{plan.pk}/edit/",
        "plan-details": f"{base}/plans/{plan.pk}/details/",
        "plan-delete": f"{base}/plans/{plan.pk}/delete/",
        "plan-create": f"{base}/p/{plan.partnership.slug}/plans/new/",
        "next-year": f"{base}/plans/{plan.pk}/next-year/",
        "theme-add": f"{base}/plans/{plan.pk}/themes/new/",
        "theme-edit": f"{base}/themes/{theme.pk}/edit/",
        "theme-move": f"{base}/themes/{theme.pk}/move/",
        "theme-delete": f"{base}/themes/{theme.pk}/delete/",
        "objective-add": f"{base}/themes/{theme.pk}/objectives/new/",
        "objective-edit": f"{base}/objectives/{objective.pk}/edit/",
        "objective-move": f"{base}/objectives/{objective.pk}/move/",
        "objective-delete": f"{base}/objectives/{objective.pk}/delete/",
        "action-add": f"{base}/plans/{plan.pk}/actions/new/?objective={objective.pk}",
        "action-edit": f"{base}/actions/{action.pk}/edit/",
        "action-move": f"{base}/actions/{action.pk}/move/",
        "action-delete": f"{base}/actions/{action.pk}/delete/",
        "milestone-add": f"{base}/actions/{action.pk}/milestones/new/",
        "milestone-edit": f"{base}/milestones/{milestone.pk}/edit/",
        "milestone-move": f"{base}/milestones/{milestone.pk}/move/",
        "milestone-delete": f"{base}/milestones/{milestone.pk}/delete/",
        "recently-deleted": f"{base}/p/{plan.partnership.slug}/deleted/",
        "plan-filtered": f"{base}/plans/{plan.pk}/?overdue=on&q=abuse",
    }


def setup_pages(base: str, plan: Plan) -> dict[str, str]:
    """People, agencies, settings (the status scheme too), indicators and the account."""
    from cairn.indicators.models import DataSet, Indicator

    slug = plan.partnership.slug
    person = Membership.objects.get(partnership=plan.partnership, user__email=VIEWER)
    agency, other_agency = plan.partnership.agencies.all()[:2]
    indicator = Indicator.objects.filter(partnership=plan.partnership).first()
    data_set = DataSet.objects.filter(partnership=plan.partnership).first()
    return {
        "partnership": f"{base}/p/{slug}/",
        "search": f"{base}/p/{slug}/search/?q=training",
        "people": f"{base}/p/{slug}/people/",
        "person": f"{base}/p/{slug}/people/{person.pk}/",
        "person-role": f"{base}/p/{slug}/people/{person.pk}/role/",
        "person-deactivate": f"{base}/p/{slug}/people/{person.pk}/deactivate/",
        "invite": f"{base}/p/{slug}/people/invite/",
        "invite-many": f"{base}/p/{slug}/people/invite-many/",
        "agencies": f"{base}/p/{slug}/agencies/",
        "agency-add": f"{base}/p/{slug}/agencies/new/",
        "agency-edit": f"{base}/agencies/{agency.pk}/",
        "agency-merge": f"{base}/agencies/{agency.pk}/merge/",
        "agency-merge-confirm": f"{base}/agencies/{agency.pk}/merge/{other_agency.pk}/",
        "settings": f"{base}/p/{slug}/settings/",
        "status-scheme": f"{base}/p/{slug}/settings/statuses/",
        "status-templates": f"{base}/p/{slug}/settings/statuses/templates/",
        "indicators": f"{base}/p/{slug}/indicators/",
        "indicator": f"{base}/indicators/{indicator.pk}/",
        "indicator-add": f"{base}/p/{slug}/indicators/new/",
        "indicator-edit": f"{base}/indicators/{indicator.pk}/edit/",
        "indicator-figure": f"{base}/indicators/{indicator.pk}/figures/",
        "indicator-library": f"{base}/p/{slug}/indicators/library/",
        "data-returns": f"{base}/p/{slug}/data-returns/",
        "data-set": f"{base}/data-sets/{data_set.pk}/",
        "import": f"{base}/p/{slug}/import/",
        "account": f"{base}/account/",
        "password": f"{base}/account/password/",
        "token": f"{base}/account/tokens/new/",
        "rounds": f"{base}/plans/{plan.pk}/rounds/",
    }


def test_every_editing_page_fits_a_phone_and_a_desktop(
    page, live_server, demo_plan, check_accessible
):
    sign_in(page, live_server.url, COORDINATOR)
    problems = gather_problems(page, check_accessible, editing_pages(live_server.url, demo_plan))
    assert problems == [], "\n".join(problems)


def test_every_set_up_page_fits_a_phone_and_a_desktop(
    page, live_server, demo_plan, check_accessible
):
    sign_in(page, live_server.url, COORDINATOR)
    problems = gather_problems(page, check_accessible, setup_pages(live_server.url, demo_plan))
    assert problems == [], "\n".join(problems)


def test_a_leads_other_pages_fit_a_phone_and_a_desktop(
    page, live_server, demo_plan, check_accessible
):
    from cairn.indicators.models import Indicator

    base, slug = live_server.url, demo_plan.partnership.slug
    indicator = Indicator.objects.filter(partnership=demo_plan.partnership).first()
    sign_in(page, base, LEAD)
    urls = {
        "lead-partnership": f"{base}/p/{slug}/",
        "lead-plan": f"{base}/plans/{demo_plan.pk}/",
        "lead-search": f"{base}/p/{slug}/search/?q=protocol",
        "lead-rounds": f"{base}/plans/{demo_plan.pk}/rounds/",
        "lead-indicators": f"{base}/p/{slug}/indicators/",
        "lead-indicator": f"{base}/indicators/{indicator.pk}/",
        "lead-account": f"{base}/account/",
        "lead-second-factor": f"{base}/account/second-factor/",
    }
    problems = gather_problems(page, check_accessible, urls)
    assert problems == [], "\n".join(problems)


def test_the_import_preview_fits_a_phone_and_a_desktop(
    page, live_server, demo_plan, check_accessible, settings, tmp_path
):
    settings.DATA_DIR = tmp_path / "data"
    settings.TASKS = {"default": {"BACKEND": "django.tasks.backends.immediate.ImmediateBackend"}}
    base, slug = live_server.url, demo_plan.partnership.slug
    sign_in(page, base, COORDINATOR)
    page.goto(f"{base}/p/{slug}/import/")
    page.get_by_label("Or paste the plan").fill(
        "Safer Homes Action Plan 2026-2028\n\n"
        "Action\tLead\tDeadline\tStrategy link\n"
        "HOUSING\n"
        "Extend the sanctuary scheme to private tenants\tHousing Options\tMarch 2027\tFour\n"
        "Fund a refuge place for women with no recourse\tJo Bloggs\tJune 2026\tTwo\n"
    )
    page.get_by_role("button", name="Read the plan").click()
    page.wait_for_url("**/import/preview/**")
    item = page.get_by_role("link", name="Correct action: Extend the sanctuary").get_attribute(
        "href"
    )
    urls = {"import-preview": f"{base}/p/{slug}/import/preview/", "import-item": f"{base}{item}"}
    problems = gather_problems(page, check_accessible, urls)
    assert problems == [], "\n".join(problems)


def test_on_a_phone_the_navigation_folds_behind_a_menu_button(page, live_server, demo_plan):

    sign_in(page, live_server.url, LEAD)
    page.set_viewport_size({"width": 390, "height": 844})
    page.goto(f"{live_server.url}/my-actions/")
    menu = page.get_by_role("button", name="Menu")
    account = page.get_by_role("link", name="Your account")
    expect(menu).to_be_visible()
    expect(account).to_be_hidden()
    menu.click()
    expect(account).to_be_visible()
    expect(menu).to_have_attribute("aria-expanded", "true")
    # The page the person is on is marked as the current one.
    expect(page.get_by_role("link", name="My actions", exact=True)).to_have_attribute(
        "aria-current", "page"
    )
    page.set_viewport_size({"width": 1280, "height": 900})
    expect(menu).to_be_hidden()
    expect(account).to_be_visible()


def test_the_api_docs_and_a_new_tokens_page_fit_a_phone(
    page, live_server, demo_plan, check_accessible
):
    # Each shows a curl command longer than a phone is wide: it wraps inside its own box.
    base = live_server.url
    problems = gather_problems(page, check_accessible, {"api-docs": f"{base}/api/v1/docs/"})
    sign_in(page, base, LEAD)
    page.set_viewport_size({"width": 390, "height": 900})
    page.goto(f"{base}/account/tokens/new/")
    page.get_by_label("Name").fill("Our dashboard")
    page.get_by_role("button", name="Make token").click()
    expect(page.get_by_role("heading", name="Token “Our dashboard” made")).to_be_visible()
    content, window = page_width(page)
    if content > window:
        problems.append(f"the new token's page is {content} px wide in a {window} px window")
    assert problems == [], "\n".join(problems)


LINE_OF = """([container, words]) => {
    // The top of the line each of `words` starts on, within `container`'s text.
    const root = document.querySelector(container);
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    const tops = {};
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        for (const word of words) {
            const at = node.textContent.indexOf(word);
            if (at >= 0 && !(word in tops)) {
                const range = document.createRange();
                range.setStart(node, at);
                range.setEnd(node, at + word.length);
                tops[word] = Math.round(range.getClientRects()[0].top);
            }
        }
    }
    return words.map((word) => tops[word]);
}"""


def test_the_update_pages_status_and_deadline_each_read_on_one_line(page, live_server, demo_plan):
    # Each label stays beside what it labels, and the link to the action is not run into
    # the overdue warning, at a phone's width and a desktop's.
    review_round = ReviewRound.objects.get(plan=demo_plan)
    own = Action.objects.get(theme__plan=demo_plan, ref="2.2.4")  # led by the police lead
    sign_in(page, live_server.url, LEAD)
    for width in WIDTHS:
        page.set_viewport_size({"width": width, "height": 900})
        page.goto(f"{live_server.url}/rounds/{review_round.pk}/actions/{own.pk}/")
        words = ["Current status", "On track", "Deadline", own.deadline_text, "See the action"]
        status, on_track, deadline, date, link = page.evaluate(LINE_OF, ["main", words])
        assert status == on_track and deadline == date, f"a label wraps from its value at {width}"
        assert status < deadline < link, f"the facts run together at {width} px"
        # What Cairn understood of the deadline ("Overdue since ...", in every month of the
        # demo's year but its first) is under the date, and the link under that.
        (understood,) = page.evaluate(LINE_OF, ["main", ["Overdue since"]])
        assert understood is None or deadline < understood < link


SPLIT_WORDS = """(selector) => {
    // The words within `selector` that a line break cuts in two ("Wh" / "o").
    const split = [];
    for (const root of document.querySelectorAll(selector)) {
        const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
        for (let node = walker.nextNode(); node; node = walker.nextNode()) {
            for (const match of node.textContent.matchAll(/\\S+/g)) {
                const range = document.createRange();
                range.setStart(node, match.index);
                range.setEnd(node, match.index + match[0].length);
                const lines = new Set([...range.getClientRects()].map((r) => Math.round(r.top)));
                if (lines.size > 1) split.push(match[0]);
            }
        }
    }
    return split;
}"""


def test_an_actions_history_keeps_its_words_whole_on_a_phone(page, live_server, demo_plan):
    # Three columns at 390 px squeezed "Who" and "Cairn" to a letter or two a line; on a
    # phone each change is a stacked row, each part labelled.
    action = Action.objects.get(theme__plan=demo_plan, ref="2.2.4")
    sign_in(page, live_server.url, LEAD)
    page.set_viewport_size({"width": 390, "height": 900})
    page.goto(f"{live_server.url}/actions/{action.pk}/")
    expect(page.locator("#history")).to_be_visible()
    if SHOTS:
        page.screenshot(path=Path(SHOTS) / "narrow-action-history-390.png", full_page=True)
    assert page.evaluate(SPLIT_WORDS, ".cairn-history tbody") == []
