"""A review's public page: the coordinator previews and publishes a summary of its
recommendations and their progress; it names nobody, and the plan's public page links to it."""

from __future__ import annotations

import html

import pytest
from django.test import Client
from django.urls import reverse

from cairn.deathreviews.models import ReviewAccess, ReviewPublication
from cairn.deathreviews.reviewing import sign_off_action
from cairn.deathreviews.tests.conftest import TODAY
from cairn.plans.models import Action
from cairn.reports.publishing import publish as publish_plan

pytestmark = pytest.mark.django_db


def publication_url(review) -> str:
    return reverse("deathreviews:publication", args=[review.pk])


def test_the_coordinator_previews_publishes_and_withdraws(review, client_for, coordinator, lead):
    action = Action.objects.filter(theme__plan=review.plan).order_by("order").first()
    action.lead_people.add(lead)  # a lead person: never on the public page
    sign_off_action(
        action, evidence="Agreed by Sam at the board", completed_on=TODAY, by=coordinator
    )
    staff = client_for(coordinator)

    preview = staff.get(publication_url(review))
    assert preview.status_code == 200
    page = preview.content.decode()
    assert "Agencies share risk information before MARAC" in page
    assert not ReviewPublication.objects.exists()  # the preview publishes nothing

    assert staff.post(publication_url(review)).status_code == 302
    live = ReviewPublication.objects.get()
    public_reader = Client()  # signed out, beside the coordinator's
    public = public_reader.get(reverse("deathreviews:public", args=[live.token]))
    assert public.status_code == 200
    text = public.content.decode()
    for shown in (
        "DHR 2024/01",
        "1. Agencies share risk information before MARAC",
        "1.1 Agree an information sharing protocol",
        "Police",
        "Completed 1 June 2025",
        "Single agency, made to Police",
        "Information sharing",
    ):
        assert shown in text, shown
    for hidden in (lead.name, coordinator.name, "Agreed by Sam"):  # no people, no evidence
        assert hidden not in text, hidden

    staff.post(publication_url(review))  # republishing keeps the address
    assert ReviewPublication.objects.get().token == live.token
    staff.post(reverse("deathreviews:withdraw_publication", args=[review.pk]))
    assert public_reader.get(reverse("deathreviews:public", args=[live.token])).status_code == 404


def test_a_name_in_what_would_be_published_is_flagged_and_refused(
    review, client_for, coordinator, lead
):
    action = Action.objects.filter(theme__plan=review.plan).order_by("order").first()
    Action.objects.filter(pk=action.pk).update(title=f"Ask {lead.name} to draft the protocol")
    staff = client_for(coordinator)
    preview = staff.get(publication_url(review)).content.decode()
    assert f"Action 1.1 names “{lead.name}”" in preview
    refused = staff.post(publication_url(review))
    assert refused.status_code == 400
    assert "Nothing was published" in refused.content.decode()
    assert not ReviewPublication.objects.exists()


@pytest.mark.parametrize("where", ["reference", "target date"])
def test_a_name_in_the_reference_or_a_target_date_is_flagged_too(
    review, client_for, coordinator, lead, where
):
    action = Action.objects.filter(theme__plan=review.plan).order_by("order").first()
    if where == "reference":
        type(review).objects.filter(pk=review.pk).update(reference=f"DHR {lead.name}")
        flagged = f"The review's reference names “{lead.name}”"
    else:
        Action.objects.filter(pk=action.pk).update(deadline_text=f"When {lead.email} says")
        flagged = f"Action 1.1's target date names “{lead.email}”"
    staff = client_for(coordinator)
    assert flagged in html.unescape(staff.get(publication_url(review)).content.decode())
    assert staff.post(publication_url(review)).status_code == 400
    assert not ReviewPublication.objects.exists()


def test_the_plans_public_page_names_a_review_as_it_was_published(
    review, client, coordinator, plan_a
):
    from cairn.deathreviews.publishing import publish

    plan_page = reverse("reports:public", args=[publish_plan(plan_a, by=coordinator).token])
    publish(review, by=coordinator, on=TODAY)
    type(review).objects.filter(pk=review.pk).update(reference="DHR renamed, not republished")
    page = client.get(plan_page).content.decode()
    assert "DHR 2024/01" in page and "renamed" not in page


def test_the_plans_public_page_links_to_published_reviews(review, client, coordinator, plan_a):
    from cairn.deathreviews.publishing import publish, withdraw

    plan_page = reverse("reports:public", args=[publish_plan(plan_a, by=coordinator).token])
    assert "Death reviews" not in client.get(plan_page).content.decode()
    live = publish(review, by=coordinator, on=TODAY)
    page = client.get(plan_page).content.decode()
    assert reverse("deathreviews:public", args=[live.token]) in page  # a new version: not cached
    withdraw(review, by=coordinator)
    assert (
        reverse("deathreviews:public", args=[live.token])
        not in client.get(plan_page).content.decode()
    )


@pytest.mark.parametrize("method", ["get", "post"])
def test_only_the_coordinator_publishes(review, client, client_for, viewer, lead_b, method):
    ReviewAccess.objects.create(partnership=review.partnership, roles=["viewer"])
    url = publication_url(review)
    assert getattr(client_for(viewer), method)(url).status_code == 403  # may read, not publish
    assert getattr(client_for(lead_b), method)(url).status_code == 404
    client.logout()
    anonymous = getattr(client, method)(url)
    assert anonymous.status_code == 302 and anonymous.url.startswith(reverse("accounts:sign_in"))
    assert not ReviewPublication.objects.exists()


def test_a_deactivated_partnership_or_unknown_address_shows_nothing(review, client, coordinator):
    from cairn.deathreviews.publishing import publish

    live = publish(review, by=coordinator, on=TODAY)
    assert client.get(reverse("deathreviews:public", args=["not-a-token"])).status_code == 404
    review.partnership.deactivate(by=None)
    assert client.get(reverse("deathreviews:public", args=[live.token])).status_code == 404


@pytest.mark.parametrize("named_as", ["partner", "milestone lead"])
def test_a_person_the_plan_names_as_a_partner_or_a_steps_lead_is_flagged_too(
    review, client_for, coordinator, named_as
):
    # An imported tracker names people who cannot sign in: as an action's partner or as the
    # lead of one of its steps. Only members and action leads were looked for.
    from cairn.accounts.models import User
    from cairn.plans.models import Milestone

    action = Action.objects.filter(theme__plan=review.plan).order_by("order").first()
    person = User.objects.create_user("priya@proposed.example", name="Priya Shah", is_active=False)
    if named_as == "partner":
        action.collaborator_people.add(person)
    else:
        Milestone.objects.create(action=action, title="Draft the protocol", lead_person=person)
    Action.objects.filter(pk=action.pk).update(title="Ask Priya Shah to draft the protocol")

    staff = client_for(coordinator)
    assert "Action 1.1 names “Priya Shah”" in staff.get(publication_url(review)).content.decode()
    assert staff.post(publication_url(review)).status_code == 400
    assert not ReviewPublication.objects.exists()
