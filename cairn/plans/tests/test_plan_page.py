"""The plan page for reading: filters, search, what bad input gets, and its size; the edit
mode's "Move" page."""

import datetime as dt

import pytest
from django.urls import reverse

from cairn.accounts.models import Agency
from cairn.plans.factories import make_action, status
from cairn.plans.models import Action, Objective, Status, Theme

pytestmark = pytest.mark.django_db


@pytest.fixture
def two_themes(plan_a, police_a, time_machine):
    """Theme 1 (the fixture's four "Action number" ones, due Sep 2016) and a second theme
    with a police-led action at risk and an NHS-led one, both due in March 2017."""
    time_machine.move_to(dt.datetime(2016, 11, 1, 12, 0))
    nhs = Agency.objects.create(partnership=plan_a.partnership, name="NHS Trust")
    theme = Theme.objects.create(plan=plan_a, ref="2", title="Perpetrators", order=2)
    make_action(
        theme,
        "Challenge behaviour through the MARAC",
        ref="2.1",
        leads=[police_a],
        deadline_text="Mar 2017",
        status=status(plan_a.partnership, Status.Category.AT_RISK),
        progress_note="Referral pathway agreed with probation",
    )
    make_action(theme, "Train GPs", ref="2.2", leads=[nhs], deadline_text="Mar 2017")
    return {"theme": theme, "nhs": nhs}


def shown(client, plan, **query) -> tuple[int, str]:
    response = client.get(reverse("plans:plan", args=[plan.pk]), query)
    return response.status_code, response.content.decode()


def test_the_plan_page_is_for_reading(client_for, coordinator, plan_a, two_themes):
    status_code, page = shown(client_for(coordinator), plan_a)
    assert status_code == 200
    assert "Edit the plan" in page
    assert "Move up" not in page and "Delete plan" not in page
    assert "Overdue since 30 Sep 2016" in page
    # "Mar 2017" says when it is due: no "due 31 Mar 2017" under it says it again.
    assert "Mar 2017" in page and "due 31 Mar 2017" not in page
    assert "At risk" in page and "NHS Trust" in page


@pytest.mark.parametrize(
    ("query", "expected", "left_out"),
    [
        ({"q": "marac"}, ["Challenge behaviour"], ["Train GPs", "Action number 1"]),
        ({"q": "probation"}, ["Challenge behaviour"], ["Train GPs"]),  # in the progress note
        ({"q": "2.2"}, ["Train GPs"], ["Challenge behaviour"]),  # a reference
        ({"q": "(MARAC)!"}, ["Challenge behaviour"], ["Train GPs"]),  # punctuation trimmed
        ({"q": "train nobody"}, [], ["Train GPs"]),  # every word must match
        ({"status": "none"}, ["Train GPs", "Action number 1"], ["Challenge behaviour"]),
        ({"overdue": "on"}, ["Action number 1"], ["Train GPs", "Challenge behaviour"]),
    ],
)
def test_filters_and_search_narrow_the_actions(
    client_for, coordinator, plan_a, two_themes, query, expected, left_out
):
    status_code, page = shown(client_for(coordinator), plan_a, **query)
    assert status_code == 200
    for title in expected:
        assert title in page
    for title in left_out:
        assert title not in page


def test_filter_by_theme_agency_and_status(client_for, coordinator, plan_a, two_themes, police_a):
    client = client_for(coordinator)
    _, page = shown(client, plan_a, theme=two_themes["theme"].pk)
    assert "Train GPs" in page and "Action number 1" not in page
    assert "2 actions match" in page
    _, page = shown(client, plan_a, agency=two_themes["nhs"].pk)
    assert "Train GPs" in page and "Challenge behaviour" not in page
    at_risk = status(plan_a.partnership, Status.Category.AT_RISK)
    _, page = shown(client, plan_a, status=at_risk.pk)
    assert "Challenge behaviour" in page and "Train GPs" not in page
    assert "1 action matches" in page
    # Themes and objectives with nothing shown are left out.
    assert f'id="theme-{plan_a.themes.first().pk}"' not in page


def test_nothing_matching_says_so(client_for, viewer, plan_a, two_themes):
    status_code, page = shown(client_for(viewer), plan_a, q="helicopter")
    assert status_code == 200
    assert "0 actions match" in page and "No actions match" in page


@pytest.mark.parametrize(
    ("query", "message"),
    [
        ({"q": "x" * 10_000}, "Search for 200 characters or fewer."),
        ({"q": "?!...,;"}, "Search for a word or a reference"),
        ({"theme": "999999"}, "That theme is not in this plan: showing all themes."),
        ({"theme": "not-a-number"}, "That theme is not in this plan: showing all themes."),
        ({"agency": "999999"}, "That agency is not in this partnership: showing all."),
        ({"status": "purple"}, "That status is not in use here: showing all."),
    ],
)
def test_bad_filters_get_a_clear_message_and_the_whole_plan(
    client_for, coordinator, plan_a, two_themes, query, message
):
    status_code, page = shown(client_for(coordinator), plan_a, **query)
    assert status_code == 200
    assert "There is a problem" in page and message in page
    assert "Train GPs" in page and "Action number 1" in page
    assert "x" * 201 not in page  # the long search is not echoed back whole


def test_a_theme_of_another_partnerships_plan_is_not_a_filter(
    client_for, coordinator, plan_a, partnership_b, two_themes
):
    from cairn.plans.factories import make_plan

    other = make_plan(partnership_b)
    status_code, page = shown(client_for(coordinator), plan_a, theme=other.themes.first().pk)
    assert status_code == 200 and "That theme is not in this plan" in page


def test_a_recurring_deadline_shows_its_next_occurrence(
    client_for, coordinator, plan_a, time_machine
):
    time_machine.move_to(dt.datetime(2026, 11, 30, 12, 0))
    theme = plan_a.themes.first()
    make_action(theme, "Report to the board", deadline_text="Annually")
    missed = make_action(theme, "Review the protocol", deadline_text="Quarterly updates")
    Action.objects.filter(pk=missed.pk).update(
        progress_updated_at=dt.datetime(2026, 6, 1, 12, 0, tzinfo=dt.UTC)
    )
    _, page = shown(client_for(coordinator), plan_a)
    assert "next due 31 Mar 2027 (annually)" in page
    assert "Overdue since 30 Sep 2026; next due 31 Dec 2026 (quarterly)" in page


def test_a_200_action_plan_is_under_a_quarter_of_the_old_size_per_action(
    client_for, coordinator, plan_a, police_a
):
    """Before the plan page was for reading, each action row of the coordinator's page
    (move buttons, an include and url tags per row) took 1,382 bytes for this row."""
    client = client_for(coordinator)
    url = reverse("plans:plan", args=[plan_a.pk])
    before = len(client.get(url).content)
    theme = plan_a.themes.first()
    on_track = status(plan_a.partnership, Status.Category.ON_TRACK)
    for n in range(200):
        make_action(
            theme,
            f"Make a longer title of work item number {n} in the plan",
            ref=f"2.{n}",
            leads=[police_a],
            deadline_text="Mar 2017",
            order=10 + n,
            status=on_track,
        )
    per_action = (len(client.get(url).content) - before) / 200
    assert per_action < 1382 / 4


def test_a_long_plan_is_shown_a_page_at_a_time_in_the_same_queries_and_size(
    client_for, coordinator, plan_a, police_a, monkeypatch, django_assert_max_num_queries
):
    """A plan of 5,000 actions is a page of PLAN_PAGE_ACTIONS (here 5): the coordinator
    sees every theme with its counts of all its actions, the page's actions under their
    theme and objective, where they are in the plan, and the pages."""
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    from cairn.plans.views import reading

    monkeypatch.setattr(reading, "PLAN_PAGE_ACTIONS", 5)
    client = client_for(coordinator)
    url = reverse("plans:plan", args=[plan_a.pk])
    theme = plan_a.themes.first()
    on_track = status(plan_a.partnership, Status.Category.ON_TRACK)

    def grow_to(count: int) -> tuple[int, int, str]:
        for n in range(Action.objects.filter(theme__plan=plan_a).count(), count):
            make_action(
                theme, f"Long plan action {n}", leads=[police_a], order=10 + n, status=on_track
            )
        with CaptureQueriesContext(connection) as queries:
            page = client.get(url, {"page": "2"}).content.decode()
        return len(queries), len(page), page

    small_queries, small_size, _ = grow_to(12)
    queries, size, page = grow_to(40)
    assert queries == small_queries
    assert abs(size - small_size) < 200  # "of 12" and "of 40", the page links
    assert "Actions 6 to 10 of 40" in page
    assert "On track: 36" in page  # the theme's count is of all its actions
    assert page.count("Long plan action") == 5
    assert 'aria-current="page">2</a>' in page


def test_a_long_plan_counts_the_actions_of_a_lead_who_left_on_every_page(
    client_for, coordinator, lead, plan_a, police_a, partnership_a, monkeypatch
):
    """The coordinator is told how many actions to reassign though they are on another
    page of the plan (the page's own leads cannot tell it)."""
    from cairn.accounts import people
    from cairn.accounts.models import Membership
    from cairn.plans.views import reading

    monkeypatch.setattr(reading, "PLAN_PAGE_ACTIONS", 5)
    theme = plan_a.themes.first()
    make_action(theme, "Led by Lee", lead_people=[lead], order=0)
    for n in range(12):
        make_action(theme, f"Later action {n}", leads=[police_a], order=10 + n)
    people.deactivate(Membership.objects.get(user=lead, partnership=partnership_a), by=coordinator)
    led = Action.objects.filter(theme__plan=plan_a, lead_people=lead).count()
    assert led
    page = client_for(coordinator).get(reverse("plans:plan", args=[plan_a.pk]), {"page": "3"})
    text = page.content.decode()
    assert "Lead has left" not in text  # none of them is on the last page
    assert f"{led} action{'s are' if led > 1 else ' is'} led by someone who has left" in text


def test_a_page_of_the_plan_past_the_end_shows_the_last_and_says_so(
    client_for, coordinator, plan_a
):
    status_code, page = shown(client_for(coordinator), plan_a, page="9")
    assert status_code == 200
    assert "There is no page 9. There is 1 page: showing the last." in page
    assert "Action number 1" in page


# ---------------------------------------------------------------- edit mode: Move


def test_an_action_moves_to_another_objective_at_a_position(client_for, coordinator, plan_a):
    theme = plan_a.themes.first()
    later = Objective.objects.create(theme=theme, ref="1.2", title="Later", order=2)
    first = make_action(theme, "First there", objective=later, order=1)
    make_action(theme, "Second there", objective=later, order=2)
    moving = Action.objects.get(title="Action number 3")
    response = client_for(coordinator).post(
        reverse("plans:action_move", args=[moving.pk]),
        {"place": f"objective-{later.pk}", "position": "2"},
    )
    assert response.status_code == 302
    assert response.url.endswith(f"#objective-{later.pk}")
    assert list(later.actions.values_list("title", flat=True)) == [
        first.title,
        "Action number 3",
        "Second there",
    ]
    moving.refresh_from_db()
    assert moving.theme == theme and moving.history.first().history_user == coordinator


def test_an_action_moves_to_a_theme_of_its_own(client_for, coordinator, plan_a):
    other = Theme.objects.create(plan=plan_a, title="Perpetrators", order=2)
    moving = Action.objects.get(title="Action number 1")
    client_for(coordinator).post(
        reverse("plans:action_move", args=[moving.pk]), {"place": f"theme-{other.pk}"}
    )
    moving.refresh_from_db()
    assert (moving.theme, moving.objective) == (other, None)


def test_a_theme_reorders_by_number(client_for, coordinator, plan_a):
    Theme.objects.create(plan=plan_a, title="Second", order=2)
    last = Theme.objects.create(plan=plan_a, title="Third", order=3)
    client_for(coordinator).post(reverse("plans:theme_move", args=[last.pk]), {"position": "1"})
    assert list(plan_a.themes.values_list("title", flat=True)) == [
        "Third",
        "Safety and support",
        "Second",
    ]


@pytest.mark.parametrize(
    ("data", "message"),
    [
        ({"place": "objective-999999"}, "Choose a theme or objective of this plan."),
        ({"place": "", "position": "1"}, "This field is required."),
        ({"position": "first"}, "Enter the position as a number, for example 1."),
        ({"position": "0"}, "Enter a position of 1 or more."),
    ],
)
def test_moving_to_nowhere_is_refused_with_a_message(
    client_for, coordinator, plan_a, data, message
):
    moving = Action.objects.get(title="Action number 1")
    data = {"place": f"theme-{moving.theme_id}", **data}
    response = client_for(coordinator).post(reverse("plans:action_move", args=[moving.pk]), data)
    assert response.status_code == 400
    assert message in response.content.decode()
    assert Action.objects.get(pk=moving.pk).order == moving.order


def test_an_action_cannot_move_into_another_partnerships_plan(
    client_for, coordinator, plan_a, partnership_b
):
    from cairn.plans.factories import make_plan

    elsewhere = make_plan(partnership_b).themes.first()
    moving = Action.objects.get(title="Action number 1", theme__plan=plan_a)
    response = client_for(coordinator).post(
        reverse("plans:action_move", args=[moving.pk]), {"place": f"theme-{elsewhere.pk}"}
    )
    assert response.status_code == 400
    assert Action.objects.get(pk=moving.pk).theme_id == moving.theme_id


def test_the_edit_mode_links_each_part_without_a_url_per_row(client_for, coordinator, plan_a):
    page = client_for(coordinator).get(reverse("plans:plan_editor", args=[plan_a.pk]))
    html = page.content.decode()
    action = Action.objects.get(title="Action number 2")
    assert reverse("plans:action_move", args=[action.pk]) in html
    assert reverse("plans:action_delete", args=[action.pk]) in html
    assert "Delete plan" in html and "Done editing" in html


def test_the_action_page_offers_deleting_only_in_edit_mode(client_for, coordinator, action_a):
    page = client_for(coordinator).get(reverse("plans:action", args=[action_a.pk]))
    html = page.content.decode()
    assert reverse("plans:action_edit", args=[action_a.pk]) in html
    assert reverse("plans:action_delete", args=[action_a.pk]) not in html
    assert "Delete action" not in html


def test_my_actions_says_when_a_recurring_deadline_is_next_due(
    client_for, lead, action_a, time_machine
):
    time_machine.move_to(dt.datetime(2026, 11, 30, 12, 0))
    Action.objects.filter(pk=action_a.pk).update(
        deadline_text="Quarterly updates",
        deadline_kind="recurring",
        deadline_start=None,
        deadline_end=None,
    )
    page = client_for(lead).get(reverse("plans:my_actions")).content.decode()
    assert "next due 31 Dec 2026 (quarterly)" in page
    assert "Overdue since 30 Sep 2026" in page  # never updated
