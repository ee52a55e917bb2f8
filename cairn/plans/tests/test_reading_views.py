"""The plan page, the action page and My actions: who sees what."""

import datetime as dt

import pytest
from django.urls import reverse

from cairn.accounts import people
from cairn.accounts.models import Membership, User
from cairn.plans.factories import make_action, make_milestone, status
from cairn.plans.models import Action, Objective, Plan, Status, Theme

pytestmark = pytest.mark.django_db


def test_plan_page_shows_themes_actions_statuses_and_overdue(
    client_for, coordinator, plan_a, time_machine
):
    time_machine.move_to(dt.datetime(2016, 11, 1, 12, 0))
    action = plan_a.themes.first().actions.first()
    action.status = status(plan_a.partnership, Status.Category.AT_RISK)
    action.save()
    response = client_for(coordinator).get(reverse("plans:plan", args=[plan_a.pk]))
    assert response.status_code == 200
    page = response.content.decode()
    assert "Safety and support" in page
    assert "Action number 1" in page
    assert "At risk" in page
    assert "Overdue since 30 Sep 2016" in page


def test_plan_page_sends_anonymous_to_sign_in(client, plan_a):
    response = client.get(reverse("plans:plan", args=[plan_a.pk]))
    assert response.status_code == 302
    assert response.url.startswith(reverse("accounts:sign_in"))


def test_plan_page_is_404_for_another_partnership(client_for, lead_b, plan_a):
    response = client_for(lead_b).get(reverse("plans:plan", args=[plan_a.pk]))
    assert response.status_code == 404


def test_plan_page_is_readable_by_a_viewer(client_for, viewer, plan_a):
    assert client_for(viewer).get(reverse("plans:plan", args=[plan_a.pk])).status_code == 200


@pytest.mark.parametrize(
    "url", ["/plans/999999/", "/actions/999999/", "/plans/abc/", "/actions/1x/"]
)
def test_malformed_or_missing_ids_are_404(client_for, coordinator, url):
    assert client_for(coordinator).get(url).status_code == 404


def plan_page_queries(client, url) -> list[str]:
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    with CaptureQueriesContext(connection) as ctx:
        assert client.get(url).status_code == 200
    return [q["sql"] for q in ctx.captured_queries]


# The plan page's queries, whatever the plan's size: 1 the session with its person
# (accounts/sessions.py), 2 plan with partnership and strategy, 3 the person's memberships
# (their roles, and the navigation's partnerships), 4 themes, 5 their objectives, 6 the
# partnership's agencies and 7 statuses (the filters' choices), 8 actions with statuses,
# 9 the page's actions' leads by name (lead agencies and lead people with who has left,
# one UNION: on a page holding every shown action, they say how many are led by someone
# who has left; a plan of several pages asks the plan's lead people, one more query),
# 10 the plan's review rounds.
PLAN_PAGE_QUERIES = 10


@pytest.mark.parametrize("query", ["", "?q=number&status=none&overdue=on"])
def test_plan_page_queries_do_not_grow_with_actions(
    client_for, coordinator, plan_a, police_a, query
):
    client = client_for(coordinator)
    url = reverse("plans:plan", args=[plan_a.pk]) + query
    small = plan_page_queries(client, url)
    theme = plan_a.themes.first()
    for n in range(40):
        make_action(
            theme, f"More work number {n}", leads=[police_a], deadline_text="Mar 2017", order=10 + n
        )
    second_theme = Theme.objects.create(plan=plan_a, title="Perpetrators", order=2)
    Objective.objects.create(theme=second_theme, title="Behaviour changes", order=1)
    make_action(second_theme, "Challenge behaviour", leads=[police_a])
    large = plan_page_queries(client, url)
    assert len(small) == PLAN_PAGE_QUERIES, "\n".join(small)
    assert len(large) == len(small), "\n".join(large)


# Looked at again, an unchanged plan's page renders nothing of the plan (it is kept per
# revision, day, query string and role: plans/versions.py): 1 the session with its person,
# 2 the plan (its revision is the key), 3 the person's memberships.
PLAN_PAGE_QUERIES_KEPT = 3


def test_an_unchanged_plan_page_is_not_worked_out_again(client_for, coordinator, plan_a):
    client = client_for(coordinator)
    url = reverse("plans:plan", args=[plan_a.pk])
    first = client.get(url).content.decode()
    again = plan_page_queries(client, url)
    assert len(again) == PLAN_PAGE_QUERIES_KEPT, "\n".join(again)
    assert "Action number 1" in first
    assert "Action number 1" in client.get(url).content.decode()


def test_a_parameter_the_plan_page_does_not_read_makes_no_other_copy_of_it(
    client_for, coordinator, plan_a
):
    client = client_for(coordinator)
    url = reverse("plans:plan", args=[plan_a.pk])
    client.get(f"{url}?utm_source=email&theme=")
    again = plan_page_queries(client, f"{url}?x=2")
    assert len(again) == PLAN_PAGE_QUERIES_KEPT, "\n".join(again)
    searched = plan_page_queries(client, f"{url}?q=number")
    assert len(searched) > PLAN_PAGE_QUERIES_KEPT  # a search is another page


def test_the_plan_page_shows_a_renamed_lead_alone_at_once(client_for, coordinator, plan_a, lead):
    """Only the rename changes: nothing else raises the plan's revision in between."""
    plan_a.themes.first().actions.first().lead_people.add(lead)
    client = client_for(coordinator)
    url = reverse("plans:plan", args=[plan_a.pk])
    assert lead.name in client.get(url).content.decode()
    lead.name = "Renamed Lead Person"
    lead.save()
    assert "Renamed Lead Person" in client.get(url).content.decode()


def test_the_plan_page_shows_a_change_a_renamed_lead_and_agency_at_once(
    client_for, coordinator, plan_a, police_a, lead
):
    action = plan_a.themes.first().actions.first()
    action.lead_agencies.add(police_a)
    action.lead_people.add(lead)
    client = client_for(coordinator)
    url = reverse("plans:plan", args=[plan_a.pk])
    assert lead.name in client.get(url).content.decode()
    lead.name = "Renamed Lead Person"
    lead.save()
    police_a.name, police_a.short_name = "Renamed Constabulary", ""
    police_a.save()
    action.title = "A retitled action"
    action.save()
    page = client.get(url).content.decode()
    assert "Renamed Lead Person" in page
    assert "Renamed Constabulary" in page
    assert "A retitled action" in page


def test_signing_in_does_not_change_the_plans_of_the_person(coordinator, plan_a):
    """Only what pages show of a person raises their plans' revisions: signing in saves
    `last_login`, and every kept page stays kept."""
    before = Plan.objects.get(pk=plan_a.pk).revision
    coordinator.save(update_fields=["last_login"])
    assert Plan.objects.get(pk=plan_a.pk).revision == before
    coordinator.name = "Someone Else"
    coordinator.save(update_fields=["name"])
    assert Plan.objects.get(pk=plan_a.pk).revision > before


def revision(plan: Plan) -> int:
    return Plan.objects.get(pk=plan.pk).revision


def test_the_action_page_shows_a_renamed_host_admin_in_its_history_at_once(
    client_for, coordinator, action_a
):
    """The host admin belongs to no partnership, yet the history names whoever changed
    the action: renaming them changes every plan they changed."""
    host = User.objects.create_superuser("host@example.org", "pw", name="Hosta Admin")
    action_a.title = "A title the host admin gave"
    action_a._history_user = host
    action_a.save()
    client = client_for(coordinator)
    url = reverse("plans:action", args=[action_a.pk])
    assert "Hosta Admin" in client.get(url).content.decode()
    host.name = "Hosta Renamed"
    host.save()
    page = client.get(url).content.decode()
    assert "Hosta Renamed" in page and "Hosta Admin" not in page


def test_the_plan_page_shows_a_renamed_proposed_lead_person_at_once(
    client_for, coordinator, action_a
):
    """An imported plan's lead person is nobody's member until the coordinator invites them."""
    proposed = User.objects.create_user("proposed-1@people.invalid", name="Priya Shah")
    action_a.lead_people.add(proposed)
    client = client_for(coordinator)
    url = reverse("plans:plan", args=[action_a.theme.plan_id])
    assert "Priya Shah" in client.get(url).content.decode()
    proposed.name = "Priya Shah-Okafor"
    proposed.save()
    assert "Priya Shah-Okafor" in client.get(url).content.decode()


def test_renaming_a_person_no_plan_names_changes_no_plan(plan_a, milestone_lead_and_partner):
    named_in_milestone, partner = milestone_lead_and_partner
    stranger = User.objects.create_user("stranger@example.org", name="Sam Stranger")
    before = revision(plan_a)
    stranger.name = "Sam Renamed"
    stranger.save()
    assert revision(plan_a) == before
    for person in (named_in_milestone, partner):
        person.name = f"{person.name} Renamed"
        person.save()
        assert revision(plan_a) > before
        before = revision(plan_a)


@pytest.fixture
def milestone_lead_and_partner(plan_a):
    """Two people who belong to no partnership: a milestone's lead and an action's partner."""
    action = plan_a.themes.first().actions.first()
    named_in_milestone = User.objects.create_user("m@people.invalid", name="Milo Stone")
    partner = User.objects.create_user("p@people.invalid", name="Pat Partner")
    milestone = make_milestone(action, "Helpline available", "Apr 2016")
    milestone.lead_person = named_in_milestone
    milestone.save()
    action.collaborator_people.add(partner)
    return named_in_milestone, partner


# Looked at again, an unchanged action's page renders nothing of the plan: 1 the session
# with its person, 2 the action with its theme, plan, partnership, objective and status,
# 3 the person's memberships, 4 the indicators that measure it (read every time: figures
# come in without changing the plan).
ACTION_PAGE_QUERIES_KEPT = 4


def test_an_unchanged_action_page_is_kept_and_a_change_shows_at_once(
    client_for, coordinator, action_a, lead
):
    client = client_for(coordinator)
    url = reverse("plans:action", args=[action_a.pk])
    client.get(url)
    again = plan_page_queries(client, url)
    assert len(again) == ACTION_PAGE_QUERIES_KEPT, "\n".join(again)
    make_milestone(action_a, "Helpline available", "Apr 2016")
    action_a.lead_people.add(lead)
    other = make_action(action_a.theme, "Train the call handlers")
    action_a.related_actions.add(other)
    assert "Helpline available" in client.get(url).content.decode()
    lead.name = "Renamed Lead Person"
    lead.save()
    other.title = "Train every call handler"
    other.save()
    page = client.get(url).content.decode()
    assert "Renamed Lead Person" in page
    assert "Train every call handler" in page
    # Taken away from the other action's side, the cross-reference leaves this page too.
    other.referenced_by.remove(action_a)
    assert "See also" not in client.get(url).content.decode()


def test_action_page_shows_details_milestones_and_history(client_for, coordinator, action_a):
    make_milestone(action_a, "Helpline available", "Apr 2016")
    action_a.title = "A clearer title"
    action_a.save()
    response = client_for(coordinator).get(reverse("plans:action", args=[action_a.pk]))
    page = response.content.decode()
    assert response.status_code == 200
    assert "Helpline available" in page
    assert "Action changed" in page
    assert "A clearer title" in page


def test_action_page_says_the_lead_has_left_and_asks_the_coordinator_to_reassign(
    client_for, coordinator, lead, viewer, partnership_a, action_a
):
    membership = Membership.objects.get(user=lead, partnership=partnership_a)
    people.deactivate(membership, by=coordinator)
    url = reverse("plans:action", args=[action_a.pk])
    page = client_for(coordinator).get(url).content.decode()
    assert "Lead has left" in page
    assert "Lee Lead has left the partnership" in page
    reassign = reverse("plans:reassign_actions", args=[partnership_a.slug, membership.pk])
    assert f'href="{reassign}"' in page
    # A viewer is told who can act, without a link they could not use.
    page = client_for(viewer).get(url).content.decode()
    assert "Lead has left" in page and "The coordinator can give it another lead" in page
    assert reassign not in page


def test_action_page_flags_no_lead_who_is_still_a_member(client_for, coordinator, action_a):
    page = client_for(coordinator).get(reverse("plans:action", args=[action_a.pk])).content
    assert b"Lee Lead" in page and b"Lead has left" not in page


def test_action_page_is_404_for_another_partnership(client_for, lead_b, action_a):
    assert client_for(lead_b).get(reverse("plans:action", args=[action_a.pk])).status_code == 404


def test_my_actions_lists_only_the_leads_actions(client_for, lead, action_a, plan_a):
    other = Action.objects.exclude(pk=action_a.pk).first()
    response = client_for(lead).get(reverse("plans:my_actions"))
    page = response.content.decode()
    assert action_a.title in page
    assert f">{other.title}<" not in page


def test_my_actions_includes_actions_led_by_the_leads_agency(client_for, lead, plan_a, police_a):
    theme = plan_a.themes.first()
    make_action(theme, "Police-led training", leads=[police_a])
    page = client_for(lead).get(reverse("plans:my_actions")).content.decode()
    assert "Police-led training" in page


def test_history_names_the_agencies_added_as_leads(client_for, coordinator, action_a, police_a):
    action_a.lead_agencies.add(police_a)
    page = client_for(coordinator).get(reverse("plans:action", args=[action_a.pk])).content.decode()
    assert "Lead agencies: – → Police" in page


@pytest.fixture
def long_history(action_a, coordinator):
    """30 changes to the action (the newest is "Title 29"), after its creation."""
    for n in range(30):
        action_a.title = f"Title {n}"
        action_a._history_user = coordinator
        action_a.save()
    return action_a


def test_the_history_comes_a_page_at_a_time(client_for, coordinator, long_history):
    client = client_for(coordinator)
    url = reverse("plans:action", args=[long_history.pk])
    page = client.get(url).content.decode()
    assert page.count("Action changed") == 25
    assert "→ Title 29" in page and "Older changes" in page and "Newer changes" not in page
    page = client.get(url, {"page": "2"}).content.decode()
    # 31 changes (ours, and the fixture naming the lead) less the 25 on the first page
    assert page.count("Action changed") == 6 and "Action created" in page
    assert "Newer changes" in page and "Older changes" not in page


@pytest.mark.parametrize(
    ("number", "message"),
    [
        ("7", "There is no page 7: showing the first."),
        ("seven", "The page number must be a number, like 2: showing the first page."),
        ("0", "Pages start at 1: showing the first page."),
        ("9" * 400, "There is no such page: showing the first."),
    ],
)
def test_a_history_page_that_does_not_exist_says_so(
    client_for, viewer, long_history, number, message
):
    response = client_for(viewer).get(
        reverse("plans:action", args=[long_history.pk]), {"page": number}
    )
    page = response.content.decode()
    assert response.status_code == 200 and message in page
    assert page.count("Action changed") == 25
