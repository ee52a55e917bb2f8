"""The host admin's Partnerships pages: list with activity, create, deactivate."""

from __future__ import annotations

import datetime as dt
import re

import pytest
from django.core import mail
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from cairn.accounts.models import Membership, Partnership, Role, User
from cairn.plans.deleting import soft_delete
from cairn.plans.factories import make_partnership, make_person, make_plan
from cairn.plans.models import Plan
from cairn.reviews.models import ReviewRound


@pytest.fixture
def host_admin(db):
    return User.objects.create_superuser("host@example.org", "pw", name="Hosta Admin")


@pytest.fixture
def mails(django_capture_on_commit_callbacks):
    return lambda: django_capture_on_commit_callbacks(execute=True)


def _urls(partnership):
    return [
        ("get", reverse("plans:partnerships")),
        ("get", reverse("plans:partnership_create")),
        ("get", reverse("plans:partnership_deactivate", args=[partnership.slug])),
        ("post", reverse("plans:partnership_reactivate", args=[partnership.slug])),
    ]


def test_host_admin_home_links_to_partnerships(client_for, host_admin, partnership_a):
    page = client_for(host_admin).get(reverse("home")).content.decode()
    assert reverse("plans:partnerships") in page


def test_host_admin_opens_every_page(client_for, host_admin, partnership_a):
    client = client_for(host_admin)
    for method, url in _urls(partnership_a):
        assert getattr(client, method)(url).status_code in (200, 302), url


def test_anonymous_is_sent_to_sign_in(client, partnership_a):
    for method, url in _urls(partnership_a):
        response = getattr(client, method)(url)
        assert response.status_code == 302 and response.url.startswith("/sign-in/"), url


@pytest.mark.parametrize("who", ["coordinator", "lead", "viewer", "lead_b"])
def test_everyone_but_the_host_admin_is_refused(client_for, request, who, partnership_a):
    client = client_for(request.getfixturevalue(who))
    for method, url in _urls(partnership_a):
        assert getattr(client, method)(url).status_code == 403, url


def test_an_unknown_partnership_is_not_found(client_for, host_admin):
    assert client_for(host_admin).get("/partnerships/nowhere/deactivate/").status_code == 404


def test_list_shows_plans_people_open_rounds_and_last_update(
    client_for, host_admin, coordinator, lead, plan_a, partnership_b
):
    page = client_for(host_admin).get(reverse("plans:partnerships")).content.decode()
    row = re.search(r"Partnership A</a></th>(.*?)</tr>", page, re.S).group(1)
    cells = re.findall(r'data-label="([^"]+)">([^<]*)<', row)
    assert dict(cells)["Plans"] == "1"
    assert dict(cells)["People"] == "2"
    assert dict(cells)["Open rounds"] == "0"
    assert "None yet" in row


def test_the_plans_counted_are_the_plans_its_coordinator_sees(
    client_for, host_admin, coordinator, plan_a
):
    """A death review's action plan is counted with the reviews, and a deleted plan (or its
    open round) is in Recently deleted: neither is one of the partnership's plans."""
    partnership = plan_a.partnership
    draft = make_plan(partnership, "Next year's plan (a draft)")
    Plan.objects.filter(pk=draft.pk).update(state=Plan.State.DRAFT)
    review = make_plan(partnership, "DHR 2024/01 action plan")
    Plan.objects.filter(pk=review.pk).update(kind=Plan.Kind.REVIEW)
    deleted = make_plan(partnership, "A plan deleted by mistake")
    for plan in (plan_a, deleted):
        ReviewRound.objects.create(
            plan=plan,
            period="2016/17 Q1",
            opens_on=dt.date(2016, 7, 1),
            closes_on=dt.date(2016, 7, 31),
            opened_by=coordinator,
        )
    soft_delete(deleted, by=coordinator)

    seen = client_for(coordinator).get(reverse("accounts:partnership", args=[partnership.slug]))
    page = client_for(host_admin).get(reverse("plans:partnerships")).content.decode()
    row = re.search(r"Partnership A</a></th>(.*?)</tr>", page, re.S).group(1)
    cells = dict(re.findall(r'data-label="([^"]+)">([^<]*)<', row))
    assert [p.title for p in seen.context["plans"]] == ["Action plan 2016/17", draft.title]
    assert cells["Plans"] == "2"
    assert cells["Open rounds"] == "1"


def test_list_queries_do_not_grow_with_partnerships(client_for, host_admin):
    client = client_for(host_admin)

    def count_queries() -> int:
        with CaptureQueriesContext(connection) as ctx:
            assert client.get(reverse("plans:partnerships")).status_code == 200
        return len(ctx.captured_queries)

    make_partnership("First", "first")
    small = count_queries()
    for n in range(8):
        partnership = make_partnership(f"Area {n}", f"area-{n}")
        make_plan(partnership)
        make_person(f"c{n}@x.example", f"C {n}", partnership, Role.COORDINATOR)
    # the session with its person, partnerships with their counts (subqueries): fixed.
    assert count_queries() == small


def test_create_a_partnership_and_invite_its_coordinator(mails, client_for, host_admin):
    with mails():
        response = client_for(host_admin).post(
            reverse("plans:partnership_create"),
            {
                "name": "Newtown  Community Safety Partnership",
                "coordinator_name": "Cora Ordinator",
                "coordinator_email": "Cora@Newtown.example",
            },
        )
    assert response.status_code == 302
    partnership = Partnership.objects.get(slug="newtown-community-safety-partnership")
    assert partnership.name == "Newtown Community Safety Partnership"
    assert partnership.status_scheme.statuses.exists()
    membership = Membership.objects.get(partnership=partnership)
    assert membership.role == Role.COORDINATOR
    assert membership.user.email == "cora@newtown.example"
    [message] = mail.outbox
    assert "/invitation/" in message.body and "as a coordinator" in message.body


def test_a_second_partnership_of_the_same_name_is_refused(client_for, host_admin, partnership_a):
    response = client_for(host_admin).post(
        reverse("plans:partnership_create"),
        {"name": "partnership a", "coordinator_email": "x@x.example"},
    )
    assert response.status_code == 400
    assert "already a partnership called" in response.content.decode()
    assert Partnership.objects.count() == 1
    assert not User.objects.filter(email="x@x.example").exists()


def test_a_deactivated_partnership_closes_to_its_people_and_reopens(
    client_for, host_admin, coordinator, partnership_a
):
    url = reverse("accounts:partnership", args=[partnership_a.slug])
    admin = client_for(host_admin)
    page = admin.get(reverse("plans:partnership_deactivate", args=[partnership_a.slug]))
    assert "Are you sure" in page.content.decode()
    admin.post(reverse("plans:partnership_deactivate", args=[partnership_a.slug]))
    partnership_a.refresh_from_db()
    assert partnership_a.deactivated_at is not None
    assert admin.get(url).status_code == 200  # the host admin still sees it
    member = client_for(coordinator)
    assert member.get(url).status_code == 404
    admin = client_for(host_admin)
    admin.post(reverse("plans:partnership_reactivate", args=[partnership_a.slug]))
    assert client_for(coordinator).get(url).status_code == 200
