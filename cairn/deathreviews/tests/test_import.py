"""Importing a review's action plan (a recommendations tracker) from the review's page: it
goes through the ordinary import pages and is saved into the review, not as a new plan."""

from __future__ import annotations

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

from cairn.deathreviews.models import Recommendation, ReviewImport
from cairn.deathreviews.reviewing import add_action, review_export
from cairn.deathreviews.tests.conftest import TODAY, new_review
from cairn.imports.models import ImportJob
from cairn.plans.models import Action, Plan
from cairn.reports.review_exports import render_review

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def _immediate_tasks(settings, tmp_path):
    """Uploads are read by the task worker; here the queue runs each task at once."""
    settings.DATA_DIR = tmp_path / "data"
    settings.TASKS = {"default": {"BACKEND": "django.tasks.backends.immediate.ImmediateBackend"}}


def tracker(review) -> SimpleUploadedFile:
    """The review's action plan as the Excel tracker it is sent as."""
    content = render_review(review_export(review, TODAY), "xlsx")
    return SimpleUploadedFile("DHR tracker.xlsx", content)


def test_the_tracker_is_read_checked_and_saved_into_the_review(
    review, client_for, coordinator, police_a
):
    slug = review.partnership.slug
    add_action(
        review.recommendations.get(objective__ref="2"),
        ref="2.1",
        title="Dip-sample DASH completion",
        lead_agency=police_a,
        deadline_text="Dec 2025",
        by=coordinator,
    )
    into = new_review(review.partnership, coordinator, reference="DHR 2025/07")
    plans_before = Plan.objects.count()
    client = client_for(coordinator)
    review_page = client.get(reverse("deathreviews:review", args=[into.pk])).content.decode()
    assert reverse("deathreviews:import", args=[into.pk]) in review_page

    response = client.post(
        reverse("deathreviews:import", args=[into.pk]), {"file": tracker(review)}
    )
    assert response.status_code == 302
    assert response.url == reverse("imports:progress", args=[slug])
    preview = client.get(reverse("imports:preview", args=[slug])).content.decode()
    assert "This import goes into the action plan of DHR 2025/07" in preview
    assert Recommendation.objects.filter(review=into).count() == 0  # nothing saved yet

    done = client.post(reverse("imports:confirm", args=[slug]), {"title": "ignored"})
    assert done.status_code == 302
    assert done.url == reverse("deathreviews:review", args=[into.pk])
    assert Plan.objects.count() == plans_before  # no new plan: it went into the review's
    assert not ImportJob.objects.exists() and not ReviewImport.objects.exists()
    recommendations = list(Recommendation.objects.filter(review=into).order_by("objective__order"))
    assert [(r.objective.ref, r.objective.title) for r in recommendations] == [
        ("1", "Agencies share risk information before MARAC"),
        ("2", "Police use the DASH checklist at every call"),
    ]
    assert [r.scope for r in recommendations] == [
        Recommendation.Scope.PARTNERSHIP,
        Recommendation.Scope.SINGLE_AGENCY,
    ]
    assert recommendations[1].agency == police_a
    actions = Action.objects.filter(theme__plan=into.plan).order_by("order")
    assert [(a.ref, a.objective.recommendation.pk) for a in actions] == [
        ("1.1", recommendations[0].pk),
        ("1.2", recommendations[0].pk),
        ("2.1", recommendations[1].pk),
    ]
    assert list(actions[0].lead_agencies.all()) == [police_a]
    assert not any(hasattr(a, "sign_off") for a in actions)  # sign-off is the coordinator's
    page = client.get(done.url).content.decode()
    assert "Agree an information sharing protocol" in page


def test_an_unreadable_file_is_refused_on_the_review_page(review, client_for, coordinator):
    response = client_for(coordinator).post(
        reverse("deathreviews:import", args=[review.pk]),
        {"file": SimpleUploadedFile("plan.xlsx", b"not a workbook")},
    )
    assert response.status_code == 400
    assert not ImportJob.objects.exists() and not ReviewImport.objects.exists()


def test_starting_a_review_import_says_it_ends_the_import_under_way(
    review, client_for, coordinator
):
    """One import at a time: the coordinator's plan import in preview is named on the
    review's import page before it is ended, and said to be ended after."""
    slug = review.partnership.slug
    client = client_for(coordinator)
    rows = "Theme,Action,Lead,Deadline\nSafety,Run a campaign,Police,March 2026\n"
    client.post(
        reverse("imports:start", args=[slug]),
        {"file": SimpleUploadedFile("year.csv", rows.encode())},
    )
    url = reverse("deathreviews:import", args=[review.pk])
    page = client.get(url).content.decode()
    assert "You have an import of year.csv under way. Reading this action plan ends it" in page
    done = client.post(url, {"file": tracker(review)}, follow=True).content.decode()
    assert "Your import of year.csv was ended." in done
    assert ImportJob.objects.get().file_name == "DHR_tracker.xlsx"  # the stored name


def test_an_ordinary_import_still_makes_a_new_plan(client_for, coordinator):
    """Only an import started from a review goes into the review."""
    slug = coordinator.memberships.get().partnership.slug
    client = client_for(coordinator)
    rows = "Theme,Action,Lead,Deadline\nSafety,Run a campaign,Police,March 2026\n"
    plan_file = SimpleUploadedFile("plan.csv", rows.encode())
    client.post(reverse("imports:start", args=[slug]), {"file": plan_file})
    assert ImportJob.objects.get().status == ImportJob.Status.READY
    client.post(reverse("imports:confirm", args=[slug]), {"title": "Year plan"})
    assert Plan.objects.get(title="Year plan").kind == Plan.Kind.YEARLY


@pytest.mark.parametrize("method", ["get", "post"])
def test_only_the_coordinator_imports_into_a_review(
    review, client, client_for, lead, lead_b, method
):
    url = reverse("deathreviews:import", args=[review.pk])
    assert getattr(client_for(lead), method)(url).status_code == 403
    assert getattr(client_for(lead_b), method)(url).status_code == 404
    client.logout()
    assert getattr(client, method)(url).status_code == 302
