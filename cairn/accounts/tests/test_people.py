"""People of a partnership: invite, change role, deactivate, reassign, and who may do it."""

from __future__ import annotations

import datetime as dt
import re

import pytest
import time_machine
from django.core import mail
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from sesame.utils import get_token

from cairn.accounts import people
from cairn.accounts.models import Membership, Role, User
from cairn.plans.factories import make_person

# ---------------------------------------------------------------- helpers


@pytest.fixture
def mails(django_capture_on_commit_callbacks):
    """`with mails():` sends the emails queued to go once the change is committed."""
    return lambda: django_capture_on_commit_callbacks(execute=True)


def _membership(user, partnership):
    return Membership.objects.get(user=user, partnership=partnership)


def _invitation_path(message) -> str:
    match = re.search(r"https?://[^/\s]+(/invitation/[^\s]+/)", message.body)
    assert match, message.body
    return match.group(1)


def _invite(client, partnership, **fields):
    data = {"name": "", "email": "", "agency": "", "role": Role.LEAD, **fields}
    return client.post(reverse("accounts:invite", args=[partnership.slug]), data)


# ---------------------------------------------------------------- who may use the pages


def _people_urls(partnership, membership):
    slug = partnership.slug
    return [
        ("get", reverse("accounts:people", args=[slug])),
        ("get", reverse("accounts:invite", args=[slug])),
        ("get", reverse("accounts:person", args=[slug, membership.pk])),
        ("get", reverse("accounts:change_role", args=[slug, membership.pk])),
        ("get", reverse("accounts:deactivate", args=[slug, membership.pk])),
        ("post", reverse("accounts:resend_invitation", args=[slug, membership.pk])),
        ("get", reverse("plans:reassign_actions", args=[slug, membership.pk])),
    ]


def test_coordinator_can_open_every_people_page(client_for, coordinator, lead, partnership_a):
    client = client_for(coordinator)
    for method, url in _people_urls(partnership_a, _membership(lead, partnership_a)):
        response = getattr(client, method)(url)
        assert response.status_code in (200, 302), url


def test_anonymous_is_sent_to_sign_in(client, lead, partnership_a):
    for method, url in _people_urls(partnership_a, _membership(lead, partnership_a)):
        response = getattr(client, method)(url)
        assert response.status_code == 302, url
        assert response.url.startswith(reverse("accounts:sign_in")), url


@pytest.mark.parametrize("who", ["lead", "viewer", "data_contributor"])
def test_other_roles_are_refused(client_for, request, who, lead, partnership_a):
    if who == "data_contributor":
        person = make_person("data@a.example", "Dee Data", partnership_a, Role.DATA_CONTRIBUTOR)
    else:
        person = request.getfixturevalue(who)
    client = client_for(person)
    for method, url in _people_urls(partnership_a, _membership(lead, partnership_a)):
        assert getattr(client, method)(url).status_code == 403, url


def test_another_partnership_is_not_found(client_for, lead_b, lead, partnership_a):
    client = client_for(lead_b)
    for method, url in _people_urls(partnership_a, _membership(lead, partnership_a)):
        assert getattr(client, method)(url).status_code == 404, url


def test_a_membership_of_another_partnership_is_not_found(
    client_for, coordinator, lead_b, partnership_a, partnership_b
):
    client = client_for(coordinator)
    for method, url in _people_urls(partnership_a, _membership(lead_b, partnership_b))[2:]:
        assert getattr(client, method)(url).status_code == 404, url


def test_partnership_page_links_to_people_for_the_coordinator_only(
    client_for, coordinator, viewer, partnership_a
):
    url = reverse("accounts:partnership", args=[partnership_a.slug])
    people_url = reverse("accounts:people", args=[partnership_a.slug])
    assert people_url in client_for(coordinator).get(url).content.decode()
    assert people_url not in client_for(viewer).get(url).content.decode()


# ---------------------------------------------------------------- the list


def test_people_page_lists_role_agency_last_sign_in_and_status(
    client_for, coordinator, lead, viewer, partnership_a
):
    viewer.last_login = dt.datetime(2026, 3, 2, 9, 0, tzinfo=dt.UTC)
    viewer.save()
    people.invite(
        partnership_a,
        people.PersonInput(email="new@a.example", name="Nia New", role=Role.LEAD),
        by=coordinator,
    )
    page = client_for(coordinator).get(reverse("accounts:people", args=[partnership_a.slug]))
    html = page.content.decode()
    assert "Lee Lead" in html and "Police" in html
    assert "2 Mar 2026" in html
    assert "Nia New" in html and "Invited" in html
    assert "Active" in html


def test_people_page_queries_do_not_grow_with_people(client_for, coordinator, partnership_a):
    client = client_for(coordinator)
    url = reverse("accounts:people", args=[partnership_a.slug])

    def count_queries() -> int:
        with CaptureQueriesContext(connection) as ctx:
            assert client.get(url).status_code == 200
        return len(ctx.captured_queries)

    small = count_queries()
    for n in range(15):
        person = make_person(f"p{n}@a.example", f"Person {n}", partnership_a, Role.LEAD)
        if n % 3 == 0:
            people.deactivate(_membership(person, partnership_a), by=coordinator)
    # the session with its person, partnership, memberships, people (with actions led and
    # invitations): fixed.
    assert count_queries() == small


# ---------------------------------------------------------------- inviting


def test_invitation_email_sets_a_password_once(
    mails, client_for, client, coordinator, partnership_a
):
    with mails():
        response = _invite(
            client_for(coordinator),
            partnership_a,
            name="Nia New",
            email="Nia.New@A.example",
            role=Role.LEAD,
        )
    assert response.status_code == 302
    assert len(mail.outbox) == 1
    assert mail.outbox[0].to == ["nia.new@a.example"]
    path = _invitation_path(mail.outbox[0])
    client.logout()
    assert client.get(path).status_code == 200
    response = client.post(
        path,
        {
            "name": "Nia New",
            "new_password1": "pale orange kettle 42",
            "new_password2": "pale orange kettle 42",
        },
    )
    assert response.status_code == 302
    assert response.url == reverse("accounts:partnership", args=[partnership_a.slug])
    nia = User.objects.get(email="nia.new@a.example")
    assert nia.check_password("pale orange kettle 42")
    client.logout()
    again = client.get(path)
    assert again.status_code == 400
    assert "already been used" in again.content.decode()


def test_expired_invitation_is_refused_and_changes_nothing(
    mails, client, coordinator, partnership_a
):
    with time_machine.travel(dt.datetime(2026, 4, 1, 9, 0, tzinfo=dt.UTC), tick=False), mails():
        people.invite(
            partnership_a,
            people.PersonInput(email="late@a.example", name="Lat Late", role=Role.LEAD),
            by=coordinator,
        )
    path = _invitation_path(mail.outbox[0])
    with time_machine.travel(dt.datetime(2026, 4, 8, 9, 1, tzinfo=dt.UTC), tick=False):
        response = client.post(
            path,
            {
                "name": "x",
                "new_password1": "pale orange kettle 42",
                "new_password2": "pale orange kettle 42",
            },
        )
    assert response.status_code == 400
    assert "expired" in response.content.decode()
    assert not User.objects.get(email="late@a.example").has_usable_password()


def test_resend_replaces_the_earlier_link(mails, client_for, client, coordinator, partnership_a):
    with mails():
        invited = people.invite(
            partnership_a,
            people.PersonInput(email="new@a.example", name="", role=Role.VIEWER),
            by=coordinator,
        )
    first = _invitation_path(mail.outbox[0])
    with mails():
        response = client_for(coordinator).post(
            reverse("accounts:resend_invitation", args=[partnership_a.slug, invited.membership.pk])
        )
    assert response.status_code == 302
    assert len(mail.outbox) == 2
    second = _invitation_path(mail.outbox[1])
    client.logout()
    assert client.get(first).status_code == 400
    assert client.get(second).status_code == 200


def test_a_lead_can_be_named_by_email_alone(client_for, coordinator, partnership_a):
    response = _invite(client_for(coordinator), partnership_a, email="who@a.example")
    assert response.status_code == 302
    membership = Membership.objects.get(user__email="who@a.example")
    assert membership.role == Role.LEAD
    assert membership.status == Membership.Status.INVITED
    assert str(membership.user) == "who@a.example"


def test_inviting_someone_with_an_account_adds_a_membership_and_says_so(
    mails, client_for, coordinator, lead_b, partnership_a
):
    client = client_for(coordinator)
    with mails():
        response = _invite(client, partnership_a, email="LEAD@b.example", role=Role.VIEWER)
    assert response.status_code == 302
    assert _membership(lead_b, partnership_a).role == Role.VIEWER
    assert User.objects.filter(email__iexact="lead@b.example").count() == 1
    assert "already has a Cairn account" in client.get(response.url).content.decode()
    assert "added you to Partnership A" in mail.outbox[0].body
    assert "/invitation/" not in mail.outbox[0].body


def test_inviting_a_member_again_is_refused(client_for, coordinator, lead, partnership_a):
    response = _invite(client_for(coordinator), partnership_a, email="lead@a.example")
    assert response.status_code == 400
    assert "already in Partnership A" in response.content.decode()
    assert not mail.outbox


def test_invite_with_a_bad_email_is_refused(client_for, coordinator, partnership_a):
    response = _invite(client_for(coordinator), partnership_a, email="not an email")
    assert response.status_code == 400
    assert "There is a problem" in response.content.decode()
    assert Membership.objects.filter(partnership=partnership_a).count() == 1


def test_invite_with_another_partnerships_agency_is_refused(
    client_for, coordinator, partnership_a, partnership_b
):
    other = partnership_b.agencies.create(name="Probation")
    response = _invite(client_for(coordinator), partnership_a, email="x@a.example", agency=other.pk)
    assert response.status_code == 400
    assert not User.objects.filter(email="x@a.example").exists()


# ---------------------------------------------------------------- roles


def test_coordinator_changes_a_role(client_for, coordinator, lead, partnership_a):
    membership = _membership(lead, partnership_a)
    response = client_for(coordinator).post(
        reverse("accounts:change_role", args=[partnership_a.slug, membership.pk]),
        {"role": Role.VIEWER},
    )
    assert response.status_code == 302
    membership.refresh_from_db()
    assert membership.role == Role.VIEWER
    assert membership.history.first().history_user == coordinator


def test_removing_your_own_coordinator_role_is_refused(client_for, coordinator, partnership_a):
    make_person("second@a.example", "Sam Second", partnership_a, Role.COORDINATOR)
    membership = _membership(coordinator, partnership_a)
    response = client_for(coordinator).post(
        reverse("accounts:change_role", args=[partnership_a.slug, membership.pk]),
        {"role": Role.VIEWER},
    )
    assert response.status_code == 400
    assert "You cannot remove yourself as coordinator" in response.content.decode()
    membership.refresh_from_db()
    assert membership.role == Role.COORDINATOR


def test_demoting_the_last_coordinator_is_refused(partnership_a, coordinator):
    admin = User.objects.create_superuser("host@example.org", "pw", name="Host")
    with pytest.raises(people.Refused, match="only coordinator"):
        people.change_role(_membership(coordinator, partnership_a), Role.LEAD, by=admin)
    assert _membership(coordinator, partnership_a).role == Role.COORDINATOR


# ---------------------------------------------------------------- deactivating


def test_deactivating_the_last_coordinator_is_refused(client_for, partnership_a, coordinator):
    admin = User.objects.create_superuser("host@example.org", "pw", name="Host")
    membership = _membership(coordinator, partnership_a)
    response = client_for(admin).post(
        reverse("accounts:deactivate", args=[partnership_a.slug, membership.pk])
    )
    assert response.status_code == 400
    assert "only coordinator" in response.content.decode()
    membership.refresh_from_db()
    assert membership.deactivated_at is None


def test_deactivating_yourself_is_refused(client_for, coordinator, partnership_a):
    make_person("second@a.example", "Sam Second", partnership_a, Role.COORDINATOR)
    membership = _membership(coordinator, partnership_a)
    response = client_for(coordinator).post(
        reverse("accounts:deactivate", args=[partnership_a.slug, membership.pk])
    )
    assert response.status_code == 400
    membership.refresh_from_db()
    assert membership.deactivated_at is None


def test_deactivated_person_cannot_sign_in_and_history_stays(
    client_for, client, coordinator, lead, partnership_a, action_a
):
    membership = _membership(lead, partnership_a)
    response = client_for(coordinator).post(
        reverse("accounts:deactivate", args=[partnership_a.slug, membership.pk])
    )
    assert response.status_code == 302
    membership.refresh_from_db()
    assert membership.deactivated_at is not None
    assert membership.status == Membership.Status.DEACTIVATED
    assert list(action_a.lead_people.all()) == [lead]
    client.logout()
    response = client.post(
        reverse("accounts:sign_in"),
        {"username": "lead@a.example", "password": "correct horse battery staple"},
    )
    assert response.status_code == 200
    assert "_auth_user_id" not in client.session


def test_deactivating_ends_the_persons_open_session_at_once(
    client, coordinator, lead, partnership_a, plan_a
):
    client.force_login(lead)
    assert client.get(reverse("plans:plan", args=[plan_a.pk])).status_code == 200
    people.deactivate(_membership(lead, partnership_a), by=coordinator)
    response = client.get(reverse("plans:plan", args=[plan_a.pk]))
    assert response.status_code == 302
    assert response.url.startswith(reverse("accounts:sign_in"))


def test_deactivating_voids_emailed_sign_in_links(client, coordinator, lead, partnership_a):
    token = get_token(lead)
    link = reverse("reviews:link_sign_in")
    assert client.get(link, {"sesame": token}).status_code == 200
    people.deactivate(_membership(lead, partnership_a), by=coordinator)
    assert client.get(link, {"sesame": token}).status_code == 400
    assert client.post(link, {"sesame": token}).status_code == 400
    assert "_auth_user_id" not in client.session


def test_deactivating_voids_a_pending_invitation(mails, client, coordinator, partnership_a):
    with mails():
        invited = people.invite(
            partnership_a,
            people.PersonInput(email="new@a.example", name="Nia New", role=Role.LEAD),
            by=coordinator,
        )
    path = _invitation_path(mail.outbox[0])
    people.deactivate(invited.membership, by=coordinator)
    assert client.get(path).status_code == 400


def test_member_of_two_partnerships_keeps_the_other(
    client, coordinator, lead_b, partnership_a, partnership_b
):
    people.invite(
        partnership_a,
        people.PersonInput(email="lead@b.example", name="", role=Role.LEAD),
        by=coordinator,
    )
    people.deactivate(_membership(lead_b, partnership_a), by=coordinator)
    lead_b.refresh_from_db()
    assert lead_b.is_active
    client.force_login(lead_b)
    assert client.get(reverse("accounts:partnership", args=["partnership-b"])).status_code == 200
    assert client.get(reverse("accounts:partnership", args=["partnership-a"])).status_code == 404


def test_reinviting_a_deactivated_person_reactivates_them(coordinator, lead, partnership_a):
    people.deactivate(_membership(lead, partnership_a), by=coordinator)
    invited = people.invite(
        partnership_a,
        people.PersonInput(email="lead@a.example", name="", role=Role.VIEWER),
        by=coordinator,
    )
    lead.refresh_from_db()
    assert invited.membership.deactivated_at is None
    assert invited.membership.role == Role.VIEWER
    assert lead.is_active


# ---------------------------------------------------------------- leads who have left


def test_actions_of_a_lead_who_left_are_flagged_and_can_be_reassigned(
    client_for, coordinator, lead, viewer, partnership_a, plan_a, action_a
):
    people.deactivate(_membership(lead, partnership_a), by=coordinator)
    client = client_for(coordinator)
    plan_page = client.get(reverse("plans:plan", args=[plan_a.pk])).content.decode()
    assert "Lead has left" in plan_page
    assert "Reassign them on the People page" in plan_page
    people_page = client.get(reverse("accounts:people", args=[partnership_a.slug])).content.decode()
    assert "Reassign their actions" in people_page
    new_lead = make_person("new@a.example", "Nell New", partnership_a, Role.LEAD)
    membership = _membership(lead, partnership_a)
    response = client.post(
        reverse("plans:reassign_actions", args=[partnership_a.slug, membership.pk]),
        {"to": _membership(new_lead, partnership_a).pk},
    )
    assert response.status_code == 302
    assert list(action_a.lead_people.all()) == [new_lead]
    plan_page = client.get(reverse("plans:plan", args=[plan_a.pk])).content.decode()
    assert "Lead has left" not in plan_page


def test_reassigning_to_someone_who_left_is_refused(
    client_for, coordinator, lead, partnership_a, action_a
):
    gone = make_person("gone@a.example", "Gus Gone", partnership_a, Role.LEAD)
    people.deactivate(_membership(gone, partnership_a), by=coordinator)
    response = client_for(coordinator).post(
        reverse(
            "plans:reassign_actions", args=[partnership_a.slug, _membership(lead, partnership_a).pk]
        ),
        {"to": _membership(gone, partnership_a).pk},
    )
    assert response.status_code == 400
    assert list(action_a.lead_people.all()) == [lead]


def test_my_actions_no_longer_lists_a_removed_members_actions(
    client, coordinator, lead, partnership_a, partnership_b, action_a
):
    make_person_b = Membership.objects.create(user=lead, partnership=partnership_b, role=Role.LEAD)
    assert make_person_b.pk
    client.force_login(lead)
    assert action_a.title in client.get(reverse("plans:my_actions")).content.decode()
    people.deactivate(_membership(lead, partnership_a), by=coordinator)
    client.force_login(lead)  # still a member of B, so they can sign in again
    assert action_a.title not in client.get(reverse("plans:my_actions")).content.decode()


def test_reassigning_a_leavers_actions_moves_them_as_a_partner_too(
    client_for, coordinator, lead, partnership_a, action_a
):
    # They stayed named as a partner on every action after they left.
    action_a.lead_people.clear()
    action_a.collaborator_people.add(lead)
    people.deactivate(_membership(lead, partnership_a), by=coordinator)
    new_lead = make_person("new@a.example", "Nell New", partnership_a, Role.LEAD)

    response = client_for(coordinator).post(
        reverse(
            "plans:reassign_actions", args=[partnership_a.slug, _membership(lead, partnership_a).pk]
        ),
        {"to": _membership(new_lead, partnership_a).pk},
    )

    assert response.status_code == 302
    assert list(action_a.collaborator_people.all()) == [new_lead]
