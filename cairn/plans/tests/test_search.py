"""Search a partnership's plans, actions, milestones and progress notes (full text on
PostgreSQL, words anywhere on SQLite), a page at a time; bad input gets a message."""

import pytest
from django.urls import reverse

from cairn.plans.factories import make_action, make_milestone, make_plan
from cairn.plans.search import uses_full_text

pytestmark = pytest.mark.django_db


@pytest.fixture
def content(plan_a, partnership_b):
    theme = plan_a.themes.first()
    training = make_action(
        theme,
        "Deliver domestic abuse training to GPs",
        ref="4.1",
        progress_note="Twelve surgeries booked; the refuge helped design it",
    )
    make_milestone(training, "First GP training session held")
    make_action(theme, "Commission a perpetrator programme", ref="4.2")
    theirs = make_plan(partnership_b, title="B's plan").themes.first()
    make_action(theirs, "Deliver training across B", ref="9.9")
    return training


def search(client, slug, **query):
    response = client.get(reverse("plans:search", args=[slug]), query)
    return response.status_code, response.content.decode()


def test_search_finds_plans_actions_milestones_and_progress_notes(
    client_for, viewer, partnership_a, content
):
    client = client_for(viewer)
    status, page = search(client, partnership_a.slug, q="training")
    assert status == 200
    assert "Deliver domestic abuse training to GPs" in page
    assert "First GP training session held" in page and f"/actions/{content.pk}/#milestones" in page
    assert "Deliver training across B" not in page  # another partnership's
    _, page = search(client, partnership_a.slug, q="refuge")
    assert "Progress note" in page and "the refuge helped design it" in page
    _, page = search(client, partnership_a.slug, q="2016/17")
    assert "Action plan 2016/17" in page and "Plan" in page


def test_every_word_must_match(client_for, lead, partnership_a, content):
    _, page = search(client_for(lead), partnership_a.slug, q="perpetrator programme")
    assert "Commission a perpetrator programme" in page and "1 result" in page
    _, page = search(client_for(lead), partnership_a.slug, q="perpetrator helicopter")
    assert "0 results" in page and "Nothing matches" in page


@pytest.mark.skipif(not uses_full_text(), reason="full-text search is PostgreSQL's")
def test_full_text_search_finds_other_forms_of_a_word(client_for, lead, partnership_a, content):
    _, page = search(client_for(lead), partnership_a.slug, q="trained")
    assert "Deliver domestic abuse training to GPs" in page


def test_deleted_items_are_not_found(client_for, coordinator, partnership_a, content):
    from cairn.plans.deleting import soft_delete

    soft_delete(content, by=coordinator)
    _, page = search(client_for(coordinator), partnership_a.slug, q="GPs")
    assert "Deliver domestic abuse training" not in page and "First GP training" not in page


def test_results_come_a_page_at_a_time(client_for, viewer, plan_a, partnership_a):
    theme = plan_a.themes.first()
    for n in range(45):
        make_action(theme, f"Outreach visit {n:02}")
    client = client_for(viewer)
    _, page = search(client, partnership_a.slug, q="outreach")
    assert "45 results" in page and "page 1 of 3" in page
    assert 'class="govuk-pagination"' in page and "q=outreach&amp;page=2" in page
    _, page = search(client, partnership_a.slug, q="outreach", page="3")
    assert page.count("Outreach visit") == 5


@pytest.mark.parametrize(
    ("query", "message"),
    [
        ({"q": "outreach", "page": "99"}, "There is no page 99. There are 3 pages"),
        ({"q": "outreach", "page": "two"}, "The page number must be a number"),
        ({"q": "outreach", "page": "9" * 5000}, "There is no such page."),
        ({"q": "x" * 10_000}, "Search for 200 characters or fewer."),
        ({"q": "!!! ... ???"}, "Search for a word or a reference"),
    ],
)
def test_bad_input_gets_a_clear_message(client_for, viewer, plan_a, partnership_a, query, message):
    theme = plan_a.themes.first()
    for n in range(45):
        make_action(theme, f"Outreach visit {n:02}")
    status, page = search(client_for(viewer), partnership_a.slug, **query)
    assert status == 200 and message in page
    assert "x" * 201 not in page


def test_a_search_with_odd_characters_is_just_words(client_for, viewer, partnership_a, content):
    for text in ["GPs & !refuge", "'; DROP TABLE plans_action; --", "training:*", "a | b", "(("]:
        status, _ = search(client_for(viewer), partnership_a.slug, q=text)
        assert status == 200


def test_the_partnership_page_has_the_search_box(client_for, viewer, partnership_a):
    page = client_for(viewer).get(reverse("accounts:partnership", args=[partnership_a.slug]))
    assert f'action="{reverse("plans:search", args=[partnership_a.slug])}"' in page.content.decode()
    assert 'name="q"' in page.content.decode()


def test_search_sends_anonymous_to_sign_in(client, partnership_a):
    response = client.get(reverse("plans:search", args=[partnership_a.slug]), {"q": "x"})
    assert response.status_code == 302 and "sign-in" in response.url


def test_search_is_404_for_another_partnership(client_for, lead_b, partnership_a):
    response = client_for(lead_b).get(reverse("plans:search", args=[partnership_a.slug]))
    assert response.status_code == 404


def test_the_partnership_page_lists_plans_a_page_at_a_time(client_for, viewer, partnership_a):
    for n in range(25):
        make_plan(partnership_a, title=f"Plan {n:02}", actions=0)
    url = reverse("accounts:partnership", args=[partnership_a.slug])
    page = client_for(viewer).get(url, {"page": "2"}).content.decode()
    assert page.count("Plan ") >= 5 and 'aria-current="page"' in page
    page = client_for(viewer).get(url, {"page": "50"}).content.decode()
    assert "There is no page 50. There are 2 pages: showing the last." in page
