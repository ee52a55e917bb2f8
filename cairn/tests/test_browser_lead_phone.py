"""A lead's whole round on a phone (390 px), in Chromium: the chase email's link signs them
in, My actions says what is due, they give three updates (one at risk, which needs a note,
refused until they give one), each submit moves on to the next, and My actions ends "All
done". No page scrolls sideways, and axe-core finds no WCAG 2.2 A or AA violation on any.
"""

from __future__ import annotations

import io
import re

import pytest
from django.core.management import call_command
from playwright.sync_api import expect

from cairn.accounts.models import Role
from cairn.plans.factories import make_person
from cairn.plans.models import Action, Plan
from cairn.reviews.models import ReviewRound, Update
from cairn.reviews.tasks import chase_outstanding

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

PHONE = {"width": 390, "height": 844}
REFS = ("1.1.1", "2.1.2", "3.1.3")


@pytest.fixture
def round_and_lead(live_server, settings, mailoutbox):
    """The demo's open round, and a lead named on three of its actions, chased by email."""
    settings.SITE_URL = live_server.url
    call_command("demo", stdout=io.StringIO())
    plan = Plan.objects.get(partnership__slug="exampleshire", kind=Plan.Kind.YEARLY)
    review_round = ReviewRound.objects.get(plan=plan)
    person = make_person(
        "rowan.phone@exampleshire.example", "Rowan Phone", plan.partnership, Role.LEAD
    )
    actions = [Action.objects.get(theme__plan=plan, ref=ref) for ref in REFS]
    for action in actions:
        action.lead_people.add(person)
    mailoutbox.clear()
    assert chase_outstanding.call(review_round.pk, [person.pk]) == 1
    return review_round, person, actions


def fits_and_passes(page, check_accessible) -> None:
    width, window = page.evaluate(
        "[document.documentElement.scrollWidth, document.documentElement.clientWidth]"
    )
    assert width <= window, f"{page.url} is {width} px wide on a {window} px phone"
    check_accessible(page)


def test_a_lead_gives_three_updates_on_a_phone(
    browser, live_server, round_and_lead, mailoutbox, check_accessible
):
    review_round, person, actions = round_and_lead
    page = browser.new_context(viewport=PHONE, is_mobile=True, has_touch=True).new_page()
    link = re.search(r"^(http\S+/sign-in/link/\?\S+)$", mailoutbox[0].body, re.MULTILINE)

    # The link in the email: a button to sign in (a mail scanner following it spends nothing).
    page.goto(link.group(1))
    fits_and_passes(page, check_accessible)
    page.get_by_role("button", name="Continue as Rowan Phone").click()

    # My actions: what is due, with a count, and a link per action beginning "Update".
    expect(page.get_by_role("heading", name="My actions", exact=True)).to_be_visible()
    expect(page.get_by_text("3 of 3 actions still need an update")).to_be_visible()
    fits_and_passes(page, check_accessible)
    page.get_by_role("link", name=f"Update {REFS[0]}").click()

    # The first: on track, with a note; the submit moves on to the next action.
    expect(page.get_by_role("heading", name=actions[0].title)).to_be_visible()
    fits_and_passes(page, check_accessible)
    page.get_by_role("radio", name="On track").check()
    page.get_by_label("Progress note").fill("Referral pathway agreed with all three GP clusters.")
    page.get_by_role("button", name="Submit update").click()
    expect(page.get_by_text("2 actions still need an update: here is the next.")).to_be_visible()

    # The second: at risk needs a note; refused without one, then submitted with one.
    expect(page.get_by_role("heading", name=actions[1].title)).to_be_visible()
    page.get_by_role("radio", name="At risk").check()
    page.get_by_role("button", name="Submit update").click()
    expect(page.get_by_role("alert").filter(has_text="There is a problem")).to_be_visible()
    fits_and_passes(page, check_accessible)
    assert Update.objects.filter(action=actions[1]).count() == 0
    page.get_by_label("Progress note").fill("The contractor withdrew; re-tendering in January.")
    page.get_by_role("button", name="Submit update").click()
    expect(page.get_by_text("1 action still needs an update: here is the next.")).to_be_visible()

    # The third, then back to My actions: all done.
    expect(page.get_by_role("heading", name=actions[2].title)).to_be_visible()
    page.get_by_role("radio", name="On track").check()
    page.get_by_label("Progress note").fill("Detections up 4% on the last quarter.")
    page.get_by_role("button", name="Submit update").click()
    expect(page.get_by_role("heading", name="My actions", exact=True)).to_be_visible()
    expect(page.get_by_text("All done: all 3 of your actions have their updates")).to_be_visible()
    fits_and_passes(page, check_accessible)

    given = {
        u.action.ref: (u.state, u.status.label, bool(u.note))
        for u in Update.objects.filter(round=review_round, author=person).select_related(
            "action", "status"
        )
    }
    assert given == {
        REFS[0]: ("submitted", "On track", True),
        REFS[1]: ("submitted", "At risk", True),
        REFS[2]: ("submitted", "On track", True),
    }
    page.context.close()
