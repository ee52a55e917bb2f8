"""Nothing is lost by a click: deleting hides, a coordinator restores within 30 days, then
the scheduled purge deletes for good."""

from __future__ import annotations

import datetime as dt
import io

import pytest
from django.core.management import call_command
from django.urls import reverse
from django.utils import timezone

from cairn.plans import deleting
from cairn.plans.factories import make_milestone
from cairn.plans.models import Action, Deletion, Milestone, Objective, Plan, Theme
from cairn.plans.tasks import purge_deleted

pytestmark = pytest.mark.django_db


def deleted_url(partnership) -> str:
    return reverse("plans:deleted", args=[partnership.slug])


def test_deleting_a_theme_hides_it_and_everything_under_it_restorably(
    client_for, coordinator, plan_a, action_a
):
    theme = plan_a.themes.get()
    make_milestone(action_a, "Helpline live", "Jun 2016")
    client = client_for(coordinator)
    url = reverse("plans:theme_delete", args=[theme.pk])

    page = client.get(url).content.decode()
    assert "Victims get help early" in page  # its objective, listed
    assert "1.1.1 Action number 1" in page and "1.1.4 Action number 4" in page
    assert "1 milestone" in page and "30 days" in page

    assert client.post(url).status_code == 302
    assert not Theme.objects.exists() and not Action.objects.exists()
    assert not Milestone.objects.exists() and not Objective.objects.exists()
    assert Action.all_objects.count() == 4 and Milestone.all_objects.count() == 1
    plan_page = client.get(reverse("plans:plan", args=[plan_a.pk])).content.decode()
    assert "Action number 1" not in plan_page
    assert client.get(reverse("plans:action", args=[action_a.pk])).status_code == 404

    listing = client.get(deleted_url(plan_a.partnership)).content.decode()
    assert "Safety and support" in listing and "4 actions" in listing
    deletion = Deletion.objects.get()
    assert client.post(reverse("plans:restore", args=[deletion.pk])).status_code == 302
    assert Action.objects.count() == 4 and Milestone.objects.count() == 1
    assert Theme.objects.get() == theme and not Deletion.objects.exists()
    assert "Action number 1" in client.get(reverse("plans:plan", args=[plan_a.pk])).content.decode()


def test_an_action_deleted_before_its_theme_stays_deleted_when_the_theme_comes_back(
    coordinator, plan_a, action_a
):
    theme = plan_a.themes.get()
    own = deleting.soft_delete(action_a, by=coordinator)
    with_theme = deleting.soft_delete(theme, by=coordinator)
    with pytest.raises(deleting.CannotRestore, match="restore that first"):
        deleting.restore(own, by=coordinator)
    deleting.restore(with_theme, by=coordinator)
    assert Action.objects.count() == 3 and not Action.objects.filter(pk=action_a.pk).exists()
    deleting.restore(own, by=coordinator)
    assert Action.objects.count() == 4


def test_a_refused_restore_says_why_on_the_page(client_for, coordinator, plan_a, action_a):
    own = deleting.soft_delete(action_a, by=coordinator)
    deleting.soft_delete(plan_a, by=coordinator)
    client = client_for(coordinator)
    response = client.post(reverse("plans:restore", args=[own.pk]), follow=True)
    page = response.content.decode()
    assert "could not be restored" in page and "restore that first" in page
    assert Deletion.objects.filter(pk=own.pk).exists()


def test_deleted_things_are_purged_after_30_days_not_before(coordinator, plan_a, action_a):
    deletion = deleting.soft_delete(plan_a.themes.get(), by=coordinator)
    assert purge_deleted.call() == 0
    assert Action.all_objects.count() == 4
    Deletion.objects.filter(pk=deletion.pk).update(
        deleted_at=timezone.now() - dt.timedelta(days=31)
    )
    assert purge_deleted.call() == 1
    assert Action.all_objects.count() == 0 and Theme.all_objects.count() == 0
    assert Plan.objects.filter(pk=plan_a.pk).exists()  # the plan was not deleted


def test_a_deleted_plans_slug_does_not_block_a_new_plan(coordinator, partnership_a, plan_a):
    deleting.soft_delete(plan_a, by=coordinator)
    again = Plan.objects.create(partnership=partnership_a, title="Again", period_text="2016/17")
    assert again.slug != plan_a.slug


def test_my_actions_leaves_out_deleted_actions(client_for, coordinator, lead, action_a):
    deleting.soft_delete(action_a, by=coordinator)
    page = client_for(lead).get(reverse("plans:my_actions")).content.decode()
    assert action_a.title not in page


def test_the_partnership_page_links_to_recently_deleted_for_coordinators(
    client_for, coordinator, viewer, partnership_a
):
    home = reverse("accounts:partnership", args=[partnership_a.slug])
    assert deleted_url(partnership_a) in client_for(coordinator).get(home).content.decode()
    assert deleted_url(partnership_a) not in client_for(viewer).get(home).content.decode()


def test_recently_deleted_is_for_coordinators_of_the_partnership(
    client, client_for, coordinator, viewer, lead, lead_b, plan_a, action_a
):
    deletion = deleting.soft_delete(action_a, by=coordinator)
    listing, restore = deleted_url(plan_a.partnership), reverse("plans:restore", args=[deletion.pk])
    assert client.get(listing).url.startswith(reverse("accounts:sign_in"))
    assert client.post(restore).url.startswith(reverse("accounts:sign_in"))
    for person in (viewer, lead):
        assert client_for(person).get(listing).status_code == 403
        assert client_for(person).post(restore).status_code == 403
    assert client_for(lead_b).get(listing).status_code == 404
    assert client_for(lead_b).post(restore).status_code == 404
    assert client_for(coordinator).get(restore).status_code == 405
    assert Deletion.objects.filter(pk=deletion.pk).exists()
    assert client_for(coordinator).post(reverse("plans:restore", args=[999999])).status_code == 404


def test_the_scheduler_enqueues_the_purge(settings):
    settings.TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}
    out = io.StringIO()
    call_command("schedule", "--once", stdout=out)
    assert "purge of items deleted" in out.getvalue()
