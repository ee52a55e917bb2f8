"""The Agencies pages: add, rename, merge two, archive and restore; who may do it."""

from __future__ import annotations

import pytest
from django.urls import reverse

from cairn.accounts import agencies
from cairn.accounts.models import Agency, Membership, Role
from cairn.plans.factories import make_milestone, make_person, make_plan

pytestmark = pytest.mark.django_db


@pytest.fixture
def mps(partnership_a):
    return Agency.objects.create(partnership=partnership_a, name="MPS", short_name="MPS")


@pytest.fixture
def police_b(partnership_b):
    return Agency.objects.create(partnership=partnership_b, name="Police B")


def _pages(agency: Agency, other: Agency) -> list[tuple[str, str]]:
    """(method, address) of every Agencies page, about `agency` (and `other` as a target)."""
    slug = agency.partnership.slug
    return [
        ("get", reverse("accounts:agencies", args=[slug])),
        ("get", reverse("accounts:agency_create", args=[slug])),
        ("get", reverse("accounts:agency_edit", args=[agency.pk])),
        ("get", reverse("accounts:agency_merge", args=[agency.pk])),
        ("get", reverse("accounts:agency_merge_confirm", args=[agency.pk, other.pk])),
        ("get", reverse("accounts:agency_archive", args=[agency.pk])),
        ("post", reverse("accounts:agency_restore", args=[agency.pk])),
    ]


def test_coordinator_opens_every_agencies_page(client_for, coordinator, police_a, mps):
    client = client_for(coordinator)
    for method, url in _pages(mps, police_a)[:-1]:
        assert getattr(client, method)(url).status_code == 200, url


def test_anonymous_is_sent_to_sign_in(client, police_a, mps):
    for method, url in _pages(mps, police_a):
        response = getattr(client, method)(url)
        assert response.status_code == 302, url
        assert response.url.startswith(reverse("accounts:sign_in")), url


@pytest.mark.parametrize("person", ["lead", "viewer"])
def test_other_roles_are_refused(request, client_for, person, police_a, mps):
    client = client_for(request.getfixturevalue(person))
    for method, url in _pages(mps, police_a):
        assert getattr(client, method)(url).status_code == 403, url
    assert Agency.objects.get(pk=mps.pk).archived_at is None


def test_data_contributor_is_refused(client_for, partnership_a, police_a, mps):
    analyst = make_person("data@a.example", "Dana Data", partnership_a, Role.DATA_CONTRIBUTOR)
    client = client_for(analyst)
    for method, url in _pages(mps, police_a):
        assert getattr(client, method)(url).status_code == 403, url


def test_another_partnership_gets_not_found(client_for, lead_b, police_a, mps):
    client = client_for(lead_b)
    for method, url in _pages(mps, police_a):
        assert getattr(client, method)(url).status_code == 404, url


def test_a_coordinator_cannot_merge_into_another_partnerships_agency(
    client_for, coordinator, mps, police_b
):
    url = reverse("accounts:agency_merge_confirm", args=[mps.pk, police_b.pk])
    assert client_for(coordinator).post(url).status_code == 404
    assert Agency.objects.get(pk=mps.pk).merged_into is None


def test_partnership_page_links_coordinator_to_agencies(client_for, coordinator, viewer):
    page = reverse("accounts:partnership", args=["partnership-a"])
    agencies_url = reverse("accounts:agencies", args=["partnership-a"])
    assert agencies_url in client_for(coordinator).get(page).content.decode()
    assert agencies_url not in client_for(viewer).get(page).content.decode()


def test_coordinator_adds_an_agency(client_for, coordinator, partnership_a):
    response = client_for(coordinator).post(
        reverse("accounts:agency_create", args=["partnership-a"]),
        {
            "name": "  Exampleshire   Council ",
            "short_name": "ECC",
            "contact_email": "a@ecc.example",
        },
    )
    assert response.status_code == 302
    agency = Agency.objects.get(partnership=partnership_a, short_name="ECC")
    assert agency.name == "Exampleshire Council"
    assert agency.contact_email == "a@ecc.example"
    assert agency.history.first().history_user == coordinator


@pytest.mark.parametrize(
    ("data", "message"),
    [
        ({"name": "police"}, "The partnership already has an agency called Police."),
        ({"name": "   "}, "Enter the agency&#x27;s name."),
        ({"name": "Probation", "contact_email": "not an email"}, "Enter a valid email address."),
    ],
)
def test_bad_agency_details_are_refused(client_for, coordinator, police_a, data, message):
    before = Agency.objects.count()
    response = client_for(coordinator).post(
        reverse("accounts:agency_create", args=["partnership-a"]), data
    )
    assert response.status_code == 200
    assert message in response.content.decode()
    assert "There is a problem" in response.content.decode()
    assert Agency.objects.count() == before


def test_the_same_name_in_another_partnership_is_fine(client_for, coordinator, police_b):
    response = client_for(coordinator).post(
        reverse("accounts:agency_create", args=["partnership-a"]), {"name": "Police B"}
    )
    assert response.status_code == 302


def test_rename_keeps_history(client_for, coordinator, mps):
    response = client_for(coordinator).post(
        reverse("accounts:agency_edit", args=[mps.pk]),
        {"name": "Metropolitan Police Service", "short_name": "MPS"},
    )
    assert response.status_code == 302
    mps.refresh_from_db()
    assert mps.name == "Metropolitan Police Service"
    assert [h.name for h in mps.history.order_by("history_date")] == [
        "MPS",
        "Metropolitan Police Service",
    ]


def test_renaming_to_its_own_name_in_other_case_is_allowed(client_for, coordinator, mps):
    response = client_for(coordinator).post(
        reverse("accounts:agency_edit", args=[mps.pk]), {"name": "mps"}
    )
    assert response.status_code == 302


# ---------------------------------------------------------------- merge


@pytest.fixture
def two_names_for_the_police(partnership_a, police_a, mps, coordinator):
    """A plan whose actions name the police as both 'Police' and 'MPS'."""
    plan = make_plan(partnership_a, actions=3)
    first, second, third = plan.themes.first().actions.all()
    first.lead_agencies.add(mps)
    second.lead_agencies.add(mps, police_a)  # both: the merge must not duplicate
    third.collaborators.add(mps)
    milestone = make_milestone(first, "Train the call handlers")
    milestone.lead_agency = mps
    milestone.save()
    officer = make_person("officer@a.example", "Olu Officer", partnership_a, Role.LEAD, agency=mps)
    return {"actions": (first, second, third), "milestone": milestone, "officer": officer}


def test_merge_confirmation_lists_what_moves(
    client_for, coordinator, police_a, mps, two_names_for_the_police
):
    response = client_for(coordinator).get(
        reverse("accounts:agency_merge_confirm", args=[mps.pk, police_a.pk])
    )
    page = response.content.decode()
    assert "Merge MPS into Police?" in page
    assert "2 actions it leads" in page
    assert "1 action it collaborates on" in page
    assert "1 milestone it leads" in page
    assert "1 person who works for it" in page
    # Looking changes nothing.
    assert Agency.objects.get(pk=mps.pk).merged_into is None


def test_merge_moves_every_reference_and_keeps_history(
    client_for, coordinator, police_a, mps, two_names_for_the_police
):
    first, second, third = two_names_for_the_police["actions"]
    response = client_for(coordinator).post(
        reverse("accounts:agency_merge_confirm", args=[mps.pk, police_a.pk])
    )
    assert response.status_code == 302
    assert list(first.lead_agencies.all()) == [police_a]
    assert list(second.lead_agencies.all()) == [police_a]
    assert list(third.collaborators.all()) == [police_a]
    two_names_for_the_police["milestone"].refresh_from_db()
    assert two_names_for_the_police["milestone"].lead_agency == police_a
    membership = Membership.objects.get(user=two_names_for_the_police["officer"])
    assert membership.agency == police_a
    # The merged agency is kept, archived and marked, with its history.
    mps.refresh_from_db()
    assert mps.merged_into == police_a
    assert mps.archived_at is not None
    # Each moved object's history shows the change and who made it.
    assert membership.history.first().history_user == coordinator
    assert membership.history.last().agency_id == mps.pk
    assert first.history.first().history_user == coordinator
    assert Agency.objects.filter(partnership=mps.partnership).current().count() == 1


def test_merge_into_itself_is_refused(client_for, coordinator, mps, two_names_for_the_police):
    client = client_for(coordinator)
    response = client.post(reverse("accounts:agency_merge", args=[mps.pk]), {"into": mps.pk})
    assert response.status_code == 200
    assert "An agency cannot be merged into itself." in response.content.decode()
    response = client.post(reverse("accounts:agency_merge_confirm", args=[mps.pk, mps.pk]))
    assert response.status_code == 400
    assert "An agency cannot be merged into itself." in response.content.decode()
    mps.refresh_from_db()
    assert mps.merged_into is None and mps.archived_at is None
    assert mps.led_actions.count() == 2


def test_merge_step_one_leads_to_the_confirmation(client_for, coordinator, police_a, mps):
    response = client_for(coordinator).post(
        reverse("accounts:agency_merge", args=[mps.pk]), {"into": police_a.pk}
    )
    assert response.url == reverse("accounts:agency_merge_confirm", args=[mps.pk, police_a.pk])


def test_merge_into_an_archived_agency_is_refused(client_for, coordinator, police_a, mps):
    agencies.archive(police_a, by=coordinator)
    client = client_for(coordinator)
    response = client.post(reverse("accounts:agency_merge", args=[mps.pk]), {"into": police_a.pk})
    assert "Choose one of the partnership&#x27;s current agencies." in response.content.decode()
    response = client.post(reverse("accounts:agency_merge_confirm", args=[mps.pk, police_a.pk]))
    assert response.status_code == 400
    assert "Police is archived" in response.content.decode()
    assert Agency.objects.get(pk=mps.pk).merged_into is None


def test_an_agency_merged_before_follows_the_next_merge(coordinator, partnership_a, police_a, mps):
    met = Agency.objects.create(partnership=partnership_a, name="Met Police")
    agencies.merge(met, mps, by=coordinator)
    agencies.merge(mps, police_a, by=coordinator)
    met.refresh_from_db()
    assert met.merged_into == police_a


def test_a_merged_agency_cannot_be_merged_again_or_restored(client_for, coordinator, police_a, mps):
    agencies.merge(mps, police_a, by=coordinator)
    client = client_for(coordinator)
    assert client.get(reverse("accounts:agency_merge", args=[mps.pk])).status_code == 400
    response = client.post(reverse("accounts:agency_restore", args=[mps.pk]))
    assert response.status_code == 400
    assert "was merged into Police" in response.content.decode()


# ---------------------------------------------------------------- archive


def test_archive_then_restore(client_for, coordinator, mps):
    client = client_for(coordinator)
    page = client.get(reverse("accounts:agency_archive", args=[mps.pk])).content.decode()
    assert "Archive MPS?" in page
    assert client.post(reverse("accounts:agency_archive", args=[mps.pk])).status_code == 302
    mps.refresh_from_db()
    assert mps.archived_at is not None
    listing = client.get(reverse("accounts:agencies", args=["partnership-a"])).content.decode()
    assert "Archived and merged agencies" in listing
    assert client.post(reverse("accounts:agency_restore", args=[mps.pk])).status_code == 302
    mps.refresh_from_db()
    assert mps.archived_at is None


def test_archiving_twice_is_refused(client_for, coordinator, mps):
    agencies.archive(mps, by=coordinator)
    response = client_for(coordinator).post(reverse("accounts:agency_archive", args=[mps.pk]))
    assert response.status_code == 400
    assert "MPS is already archived." in response.content.decode()


def test_restore_needs_a_post(client_for, coordinator, mps):
    agencies.archive(mps, by=coordinator)
    response = client_for(coordinator).get(reverse("accounts:agency_restore", args=[mps.pk]))
    assert response.status_code == 405


# ---------------------------------------------------------------- the list at scale


def _agencies(partnership, count: int) -> None:
    plan = make_plan(partnership, title=f"Plan for {count}", actions=count)
    for n, action in enumerate(plan.themes.first().actions.all()):
        agency = Agency.objects.create(partnership=partnership, name=f"Agency {count}-{n}")
        action.lead_agencies.add(agency)
        make_person(f"p{count}-{n}@a.example", f"Person {n}", partnership, Role.LEAD, agency)
    archived = Agency.objects.create(partnership=partnership, name=f"Old agency {count}")
    agencies.archive(archived, by=None)


@pytest.mark.parametrize("size", [2, 12])
def test_agencies_page_queries_do_not_grow_with_agencies(
    client_for, coordinator, partnership_a, size, django_assert_num_queries
):
    _agencies(partnership_a, size)
    client = client_for(coordinator)
    url = reverse("accounts:agencies", args=["partnership-a"])
    # the session with its person, their memberships (their roles, and the navigation),
    # partnership, agencies with their counts
    with django_assert_num_queries(4):
        response = client.get(url)
    assert response.content.decode().count('href="/agencies/') == size
    assert f"{size} agencies" in response.content.decode()


# ---------------------------------------------------------------- elsewhere in Cairn


def test_an_import_naming_a_merged_agency_finds_the_one_it_was_merged_into(
    coordinator, partnership_a, police_a, mps
):
    from cairn.imports.save import agencies_by_name

    agencies.merge(mps, police_a, by=coordinator)
    assert agencies_by_name(partnership_a)["mps"] == police_a


def test_archived_agencies_are_not_offered_for_new_leads_but_stay_on_actions(
    coordinator, partnership_a, police_a, mps
):
    from cairn.plans.forms import ActionForm

    plan = make_plan(partnership_a, actions=2)
    named, other = plan.themes.first().actions.all()
    named.lead_agencies.add(mps)
    agencies.archive(mps, by=coordinator)
    assert mps in ActionForm(instance=named, plan=plan).fields["lead_agencies"].queryset
    assert mps not in ActionForm(instance=other, plan=plan).fields["lead_agencies"].queryset
    assert police_a in ActionForm(instance=other, plan=plan).fields["collaborators"].queryset
