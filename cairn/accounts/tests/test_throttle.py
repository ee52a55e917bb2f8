"""Sign-in defences that do not lock out the owner: an account pauses only at the address
the wrong passwords come from, briefly; an address trying many accounts pauses; the owner is
told; a new password ends the pause; behind a load balancer the real address counts."""

from __future__ import annotations

import datetime as dt

import pytest
import time_machine
from django.core import mail
from django.core.cache import cache
from django.urls import reverse
from django.utils import timezone

from cairn.accounts.factories import make_person
from cairn.accounts.models import Role
from cairn.accounts.throttle import pause_for

pytestmark = pytest.mark.django_db
PASSWORD = "correct horse battery staple"
BALANCER = "10.0.0.7"
ATTACKER = "203.0.113.66"
OWNER = "198.51.100.20"


@pytest.fixture(autouse=True)
def _fresh_notice_cache():
    cache.clear()
    yield
    cache.clear()


@pytest.fixture
def behind_a_load_balancer(settings):
    from cairn.settings import proxy_networks

    settings.TRUSTED_PROXIES = ["10.0.0.0/8"]
    settings.TRUSTED_PROXY_NETWORKS = proxy_networks(settings.TRUSTED_PROXIES)


@pytest.fixture
def immediate_tasks(settings):
    settings.TASKS = {"default": {"BACKEND": "django.tasks.backends.immediate.ImmediateBackend"}}


def sign_in(client, email, password, address=None, forwarded=None):
    extra = {}
    if address:
        extra["REMOTE_ADDR"] = address
    if forwarded:
        extra["HTTP_X_FORWARDED_FOR"] = forwarded
    return client.post(
        reverse("accounts:sign_in"), {"username": email, "password": password}, **extra
    )


def signed_in(client) -> bool:
    return "_auth_user_id" in client.session


def wrong_passwords(client, email, times, **where):
    for _ in range(times):
        sign_in(client, email, "wrong", **where)


def test_behind_a_load_balancer_an_attacker_does_not_lock_the_owner_out(
    client, coordinator, settings, behind_a_load_balancer
):
    wrong_passwords(
        client,
        coordinator.email,
        settings.AXES_FAILURE_LIMIT + 3,
        address=BALANCER,
        forwarded=ATTACKER,
    )
    assert sign_in(client, coordinator.email, PASSWORD, BALANCER, ATTACKER).status_code == 429
    response = sign_in(client, coordinator.email, PASSWORD, BALANCER, OWNER)
    assert response.status_code == 302
    assert signed_in(client)


def test_a_client_cannot_choose_its_address_by_sending_x_forwarded_for(
    client, coordinator, settings, behind_a_load_balancer
):
    # Not through the load balancer: the header is the client's own words, and ignored.
    for n in range(settings.AXES_FAILURE_LIMIT):
        sign_in(client, coordinator.email, "wrong", address=ATTACKER, forwarded=f"192.0.2.{n}")
    assert sign_in(client, coordinator.email, PASSWORD, ATTACKER, "192.0.2.99").status_code == 429
    # Through it, an address the client wrote before the balancer's own is not believed.
    assert (
        sign_in(client, coordinator.email, PASSWORD, BALANCER, f"192.0.2.1, {ATTACKER}")
    ).status_code == 429


def test_the_pause_after_wrong_passwords_is_seconds_not_a_quarter_of_an_hour(
    client, coordinator, settings
):
    start = timezone.now()
    with time_machine.travel(start, tick=False) as clock:
        wrong_passwords(client, coordinator.email, settings.AXES_FAILURE_LIMIT)
        paused = sign_in(client, coordinator.email, PASSWORD)
        assert paused.status_code == 429
        assert "paused for 30 seconds" in paused.content.decode()
        clock.shift(dt.timedelta(seconds=31))
        assert sign_in(client, coordinator.email, PASSWORD).status_code == 302
    assert signed_in(client)


def test_the_pause_doubles_with_each_further_wrong_password(client, coordinator, settings):
    limit = settings.AXES_FAILURE_LIMIT
    assert [pause_for(limit + n).total_seconds() for n in range(4)] == [30, 60, 120, 240]
    assert pause_for(limit + 40) == dt.timedelta(minutes=15)
    start = timezone.now()
    with time_machine.travel(start, tick=False) as clock:
        wrong_passwords(client, coordinator.email, limit)
        clock.shift(dt.timedelta(seconds=31))
        wrong_passwords(client, coordinator.email, 1)
        clock.shift(dt.timedelta(seconds=31))
        assert sign_in(client, coordinator.email, PASSWORD).status_code == 429  # 60 s now
        clock.shift(dt.timedelta(seconds=30))
        assert sign_in(client, coordinator.email, PASSWORD).status_code == 302


def test_a_try_while_paused_does_not_extend_the_pause(client, coordinator, settings):
    start = timezone.now()
    with time_machine.travel(start, tick=False) as clock:
        wrong_passwords(client, coordinator.email, settings.AXES_FAILURE_LIMIT)
        clock.shift(dt.timedelta(seconds=20))
        wrong_passwords(client, coordinator.email, 3)
        clock.shift(dt.timedelta(seconds=11))
        assert sign_in(client, coordinator.email, PASSWORD).status_code == 302


def test_the_email_address_counts_as_one_account_whatever_its_case(client, coordinator, settings):
    for n in range(settings.AXES_FAILURE_LIMIT):
        email = coordinator.email.upper() if n % 2 else f"  {coordinator.email}"
        sign_in(client, email, "wrong")
    assert sign_in(client, coordinator.email, PASSWORD).status_code == 429


def test_password_spraying_from_one_address_is_capped_across_accounts(
    client, partnership_a, settings
):
    settings.CAIRN_SIGN_IN_ADDRESS_LIMIT = 12
    people = [
        make_person(f"person{n}@a.example", f"Person {n}", partnership_a, Role.VIEWER)
        for n in range(5)
    ]
    # Fewer than the account limit each, so no account pauses: only the address can.
    for person in people[:4]:
        wrong_passwords(client, person.email, 3, address=ATTACKER)
    paused = sign_in(client, people[4].email, PASSWORD, ATTACKER)
    assert paused.status_code == 429
    assert "from your network" in paused.content.decode()
    # Signing in successfully elsewhere, or to an account of its own, does not clear it.
    assert sign_in(client, people[4].email, PASSWORD, OWNER).status_code == 302
    client.logout()
    assert sign_in(client, people[4].email, PASSWORD, ATTACKER).status_code == 429


def test_the_owner_is_told_once_when_their_account_is_paused(
    client, coordinator, settings, immediate_tasks, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        wrong_passwords(client, coordinator.email, settings.AXES_FAILURE_LIMIT + 3)
    assert len(mail.outbox) == 1
    notice = mail.outbox[0]
    assert notice.to == [coordinator.email]
    assert "paused" in notice.subject
    assert "127.0.0.1" in notice.body


def test_no_email_for_an_address_that_is_not_an_account(
    client, settings, immediate_tasks, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        wrong_passwords(client, "nobody@a.example", settings.AXES_FAILURE_LIMIT + 1)
    assert mail.outbox == []


def test_a_new_password_ends_the_pause(client, coordinator, settings):
    wrong_passwords(client, coordinator.email, settings.AXES_FAILURE_LIMIT + 2)
    assert sign_in(client, coordinator.email, PASSWORD).status_code == 429
    coordinator.set_password("a brand new passphrase")
    coordinator.save()
    assert sign_in(client, coordinator.email, "a brand new passphrase").status_code == 302
    assert signed_in(client)
