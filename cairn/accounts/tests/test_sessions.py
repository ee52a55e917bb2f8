"""Every signed-in request reads its session and its person in one query
(accounts/sessions.py), and is as strict as Django's own: a person whose access ends, whose
password changes, who is deactivated or loses a role, finds it so on their next request."""

from __future__ import annotations

import importlib

import pytest
from django.apps import apps
from django.contrib.sessions.backends.db import SessionStore as DjangoSessionStore
from django.contrib.sessions.models import Session as DjangoSession
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from cairn.accounts.models import Membership, Session
from cairn.accounts.sessions import SessionStore

pytestmark = pytest.mark.django_db
SIGN_OUT = reverse("accounts:sign_out")


def queries_for(client, url: str) -> list[str]:
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url)
    assert response.status_code == 200
    return [q["sql"] for q in queries.captured_queries]


def test_a_signed_in_page_reads_the_session_with_its_person_then_the_memberships(client_for, lead):
    client = client_for(lead)
    queries = queries_for(client, SIGN_OUT)
    # 1 the session joined to its person, 2 the person's memberships (the navigation).
    assert len(queries) == 2, "\n".join(queries)
    assert "accounts_session" in queries[0] and "accounts_user" in queries[0]
    assert Session.objects.get().user == lead


def test_signing_out_removes_the_session_and_so_does_removing_the_person(client_for, lead):
    client = client_for(lead)
    client.post(SIGN_OUT)
    assert not Session.objects.exists()
    client_for(lead)
    lead.delete()
    assert not Session.objects.exists()


def test_a_sessions_data_can_be_read_from_its_row_as_in_the_admin(client_for, lead):
    client_for(lead)
    [session] = Session.objects.all()
    assert session.get_decoded()["_auth_user_id"] == str(lead.pk)


@pytest.mark.parametrize(
    "change",
    [
        lambda person: person.end_access(),
        lambda person: (person.set_password("a-new-password-123"), person.save()),
        lambda person: type(person).objects.filter(pk=person.pk).update(is_active=False),
    ],
    ids=["access ended", "password changed", "deactivated"],
)
def test_the_next_request_after_a_change_to_the_person_is_signed_out(client_for, lead, change):
    client = client_for(lead)
    assert client.get(SIGN_OUT).status_code == 200
    change(lead)
    response = client.get(SIGN_OUT)
    assert response.status_code == 302 and reverse("accounts:sign_in") in response["Location"]


def test_a_role_taken_away_holds_on_the_next_request(client_for, lead, plan_a):
    client = client_for(lead)
    plan = reverse("plans:plan", args=[plan_a.pk])
    assert client.get(plan).status_code == 200
    Membership.objects.filter(user=lead).update(role=Membership.Role.VIEWER)
    assert "My actions" not in client.get(plan).content.decode()
    Membership.objects.filter(user=lead).delete()
    assert client.get(plan).status_code == 404


def test_a_session_whose_column_names_someone_else_is_read_as_its_data_says(
    client_for, lead, coordinator
):
    """The column only saves a query: who is signed in is what the signed data says."""
    client = client_for(lead)
    Session.objects.update(user=coordinator)
    page = client.get(SIGN_OUT).content.decode()
    assert lead.email in page and coordinator.email not in page


def test_sessions_kept_in_djangos_table_move_across_signed_in(lead):
    """The migration copies each live session, naming its person and the password backend."""
    old = DjangoSessionStore()
    old.update(
        {
            "_auth_user_id": str(lead.pk),
            "_auth_user_backend": "django.contrib.auth.backends.ModelBackend",
            "_auth_user_hash": lead.get_session_auth_hash(),
        }
    )
    old.create()
    migration = importlib.import_module("cairn.accounts.migrations.0008_session_with_person")
    migration.copy_sessions(apps, None)
    moved = Session.objects.get(session_key=old.session_key)
    assert moved.user == lead
    data = SessionStore().decode(moved.session_data)
    assert data["_auth_user_backend"] == "cairn.accounts.backends.PasswordBackend"
    assert data["_auth_user_hash"] == lead.get_session_auth_hash()
    assert DjangoSession.objects.count() == 1  # the old table is left as it was
