"""The second factor: set-up with a QR code, the code step at sign-in, recovery codes,
throttling, CAIRN_SECOND_FACTOR, and the Django admin."""

from __future__ import annotations

import re
import time

import pytest
import time_machine
from axes.models import AccessAttempt
from django.urls import reverse
from django_otp.oath import totp
from django_otp.plugins.otp_static.models import StaticDevice
from django_otp.plugins.otp_totp.models import TOTPDevice

from cairn.accounts import second_factor
from cairn.accounts.factories import PASSWORD

pytestmark = pytest.mark.django_db
SIGN_IN = reverse("accounts:sign_in")
SET_UP = reverse("accounts:second_factor")
NOW = "2026-11-30 10:00:00+00:00"


@pytest.fixture
def required(settings):
    settings.CAIRN_SECOND_FACTOR = "required"


def code_for(device: TOTPDevice, shift: int = 0) -> str:
    return f"{totp(device.bin_key, step=device.step, t0=device.t0, drift=shift):06d}"


def set_up(user) -> tuple[TOTPDevice, list[str]]:
    device = second_factor.unconfirmed_app(user)
    codes = second_factor.confirm_app(user, device, code_for(device))
    user.refresh_from_db()
    return device, codes


def sign_in_with_password(client, user, next_url: str = ""):
    data = {"username": user.email, "password": PASSWORD}
    if next_url:
        data["next"] = next_url
    return client.post(SIGN_IN, data)


def test_a_coordinator_must_set_it_up_at_next_sign_in(client, coordinator, required):
    response = sign_in_with_password(client, coordinator)
    assert response.url.startswith(SET_UP)
    # Signed in with the password, but no other page until it is set up.
    response = client.get(reverse("accounts:partnership", args=["partnership-a"]))
    assert response.status_code == 302 and response.url.startswith(SET_UP)


def test_a_host_admin_must_set_it_up(client, required, db):
    from cairn.accounts.models import User

    admin = User.objects.create_user(
        "host@cairn.example", PASSWORD, name="Host", is_host_admin=True
    )
    assert sign_in_with_password(client, admin).url.startswith(SET_UP)


def test_a_lead_need_not(client, lead, required):
    response = sign_in_with_password(client, lead)
    assert not response.url.startswith(SET_UP)
    assert client.get(reverse("accounts:partnership", args=["partnership-a"])).status_code == 200


def test_optional_mode_lets_a_coordinator_in_with_a_password(client, coordinator, settings):
    settings.CAIRN_SECOND_FACTOR = "optional"
    sign_in_with_password(client, coordinator)
    assert client.get(reverse("accounts:partnership", args=["partnership-a"])).status_code == 200


@time_machine.travel(NOW, tick=False)
def test_setting_up_with_the_qr_code_and_the_first_code(client, coordinator, required):
    sign_in_with_password(client, coordinator)
    page = client.get(SET_UP).content.decode()
    assert "<svg" in page and "Set up a second factor" in page
    device = TOTPDevice.objects.get(user=coordinator, confirmed=False)

    response = client.post(SET_UP, {"otp_token": "000000" if code_for(device) != "000000" else "1"})
    assert "That code is wrong or has already been used." in response.content.decode()
    coordinator.refresh_from_db()
    assert not coordinator.has_second_factor

    # django-otp makes a person wait a moment after a wrong code.
    with time_machine.travel("2026-11-30 10:00:05+00:00", tick=False):
        response = client.post(SET_UP, {"otp_token": code_for(device)})
    assert response.url.startswith(reverse("accounts:recovery_codes"))
    codes_page = client.get(response.url).content.decode()
    assert len(re.findall(r"<li><code>\w+</code></li>", codes_page)) == 10
    # Shown once only.
    assert client.get(reverse("accounts:recovery_codes")).status_code == 302
    coordinator.refresh_from_db()
    assert coordinator.has_second_factor
    assert client.get(reverse("accounts:partnership", args=["partnership-a"])).status_code == 200


@time_machine.travel(NOW, tick=False)
def test_sign_in_asks_for_the_code_on_the_same_page(client, coordinator, required):
    device, _ = set_up(coordinator)
    response = sign_in_with_password(client, coordinator, next_url="/account/")
    assert response.status_code == 200
    assert "Enter your security code" in response.content.decode()
    assert "_auth_user_id" not in client.session
    response = client.post(SIGN_IN, {"otp_token": code_for(device, 1), "next": "/account/"})
    assert response.status_code == 302 and response.url == "/account/"
    assert client.session["_auth_user_id"] == str(coordinator.pk)
    assert client.get(reverse("accounts:partnership", args=["partnership-a"])).status_code == 200


@time_machine.travel(NOW, tick=False)
def test_a_wrong_or_reused_code_is_refused(client, coordinator, required):
    device, _ = set_up(coordinator)  # used the code of this time step
    sign_in_with_password(client, coordinator)
    response = client.post(SIGN_IN, {"otp_token": code_for(device)})
    assert "That code is wrong or has already been used." in response.content.decode()
    assert "_auth_user_id" not in client.session
    response = client.post(SIGN_IN, {"otp_token": "12345x"})
    assert "That code is wrong or has already been used." in response.content.decode()
    assert "_auth_user_id" not in client.session


@time_machine.travel(NOW, tick=False)
def test_a_recovery_code_works_once(client, coordinator, required):
    _, codes = set_up(coordinator)
    sign_in_with_password(client, coordinator)
    assert client.post(SIGN_IN, {"otp_token": codes[0]}).status_code == 302
    client.post(reverse("accounts:sign_out"))
    sign_in_with_password(client, coordinator)
    response = client.post(SIGN_IN, {"otp_token": codes[0]})
    assert "already been used" in response.content.decode()


def test_wrong_codes_are_throttled_like_wrong_passwords(client, coordinator, required, settings):
    """Each wrong code counts towards the account's pause at this address
    (accounts/throttle.py), as a wrong password does; django-otp's own wait between codes
    (1, 2, 4, 8 s) is let pass so that every code is checked."""
    # The app is set up inside the held clock too: a code from the real clock's step would
    # be refused as used (or from the future) once the real day passes NOW.
    with time_machine.travel(NOW, tick=False) as clock:
        device, _ = set_up(coordinator)
        wrong = "000000" if code_for(device) != "000000" else "111111"
        sign_in_with_password(client, coordinator)
        for attempt in range(settings.CAIRN_SIGN_IN_FAILURE_LIMIT):
            clock.shift(2**attempt)
            response = client.post(SIGN_IN, {"otp_token": wrong})
        assert response.status_code == 429
        assert "Too many attempts" in response.content.decode()
        assert "password or security code was wrong" in response.content.decode()
        # The right password, then the right code, do not help while the pause lasts.
        response = sign_in_with_password(client, coordinator)
        assert "Too many attempts" in response.content.decode()
        response = client.post(SIGN_IN, {"otp_token": code_for(device)})
        assert "_auth_user_id" not in client.session
        # After the pause (30 s) the owner signs in.
        clock.shift(31)
        sign_in_with_password(client, coordinator)
        response = client.post(SIGN_IN, {"otp_token": code_for(device)})
        assert response.status_code == 302
        assert client.session["_auth_user_id"] == str(coordinator.pk)


def test_a_code_straight_after_a_wrong_one_waits_and_is_not_counted(client, coordinator, required):
    with time_machine.travel(NOW, tick=False) as clock:
        device, _ = set_up(coordinator)
        wrong = "000000" if code_for(device, 1) != "000000" else "111111"
        sign_in_with_password(client, coordinator)
        client.post(SIGN_IN, {"otp_token": wrong})
        response = client.post(SIGN_IN, {"otp_token": code_for(device, 1)})
        assert "Wait 1 second, then enter the code" in response.content.decode()
        assert "_auth_user_id" not in client.session
        assert AccessAttempt.objects.get().failures_since_start == 1
        clock.shift(2)
        response = client.post(SIGN_IN, {"otp_token": code_for(device, 1)})
        assert response.status_code == 302


@time_machine.travel(NOW, tick=False)
def test_a_recovery_code_is_not_held_up_by_a_wrong_app_code(client, coordinator, required):
    device, codes = set_up(coordinator)
    wrong = "000000" if code_for(device, 1) != "000000" else "111111"
    sign_in_with_password(client, coordinator)
    client.post(SIGN_IN, {"otp_token": wrong})
    response = client.post(SIGN_IN, {"otp_token": codes[3].upper()})
    assert response.status_code == 302
    assert client.session["_auth_user_id"] == str(coordinator.pk)


def test_the_code_step_expires_with_a_new_sign_in(client, coordinator, required):
    set_up(coordinator)
    sign_in_with_password(client, coordinator)
    with time_machine.travel(time.time() + 60 * 60, tick=False):
        response = client.post(SIGN_IN, {"otp_token": "123456"})
    assert "Sign in to Cairn" in response.content.decode()


def test_signing_in_without_the_code_leads_to_the_code_step(client, lead):
    """An emailed sign-in link (or any other way in) does not skip a second factor."""
    set_up(lead)
    client.force_login(lead)
    response = client.get(reverse("plans:my_actions"))
    assert response.status_code == 302
    assert response.url.startswith(SIGN_IN)
    assert "_auth_user_id" not in client.session
    assert "Enter your security code" in client.get(response.url).content.decode()


def test_any_role_may_turn_it_on_and_off_when_optional(client_for, lead, settings):
    settings.CAIRN_SECOND_FACTOR = "optional"
    client = client_for(lead)
    assert "Turn on" in client.get(reverse("accounts:account")).content.decode()
    device = second_factor.unconfirmed_app(lead)
    client.get(SET_UP)
    response = client.post(SET_UP, {"otp_token": code_for(device)})
    assert response.status_code == 302
    lead.refresh_from_db()
    assert lead.has_second_factor
    assert "Turn off the second factor" in client.get(SET_UP).content.decode()
    client.post(reverse("accounts:second_factor_off"))
    lead.refresh_from_db()
    assert not lead.has_second_factor
    assert not TOTPDevice.objects.filter(user=lead).exists()


@time_machine.travel(NOW, tick=False)
def test_a_coordinator_cannot_turn_it_off_when_required(client, coordinator, required):
    device, codes = set_up(coordinator)
    sign_in_with_password(client, coordinator)
    client.post(SIGN_IN, {"otp_token": codes[0]})
    assert "stays on" in client.get(SET_UP).content.decode()
    client.post(reverse("accounts:second_factor_off"))
    coordinator.refresh_from_db()
    assert coordinator.has_second_factor


@time_machine.travel(NOW, tick=False)
def test_new_recovery_codes_replace_the_old(client, coordinator, required):
    _, old = set_up(coordinator)
    sign_in_with_password(client, coordinator)
    client.post(SIGN_IN, {"otp_token": old[0]})
    response = client.post(reverse("accounts:new_recovery_codes"))
    page = client.get(response.url).content.decode()
    new = re.findall(r"<li><code>(\w+)</code></li>", page)
    assert len(new) == 10 and not set(new) & set(old)


def test_the_admin_needs_the_second_factor_even_when_optional(client, settings, db):
    from cairn.accounts.models import User

    settings.CAIRN_SECOND_FACTOR = "optional"
    admin = User.objects.create_superuser("host@cairn.example", PASSWORD, name="Host")
    client.force_login(admin)
    response = client.get("/admin/")
    assert response.status_code == 302 and response.url.startswith(SET_UP)
    assert client.get("/admin/login/?next=/admin/").url == f"{SIGN_IN}?next=/admin/"


def test_the_admin_opens_once_the_code_is_given(client, settings, db):
    from cairn.accounts.models import User

    admin = User.objects.create_superuser("host@cairn.example", PASSWORD, name="Host")
    _, codes = set_up(admin)
    sign_in_with_password(client, admin, next_url="/admin/")
    response = client.post(SIGN_IN, {"otp_token": codes[0], "next": "/admin/"})
    assert response.url == "/admin/"
    assert client.get("/admin/").status_code == 200


def test_set_up_pages_need_a_signed_in_person(client):
    for url in (SET_UP, reverse("accounts:recovery_codes")):
        response = client.get(url)
        assert response.status_code == 302 and response.url.startswith(SIGN_IN)
    response = client.post(reverse("accounts:second_factor_off"))
    assert response.url.startswith(SIGN_IN)


def test_a_next_address_elsewhere_is_ignored(client, lead):
    response = client.post(
        SIGN_IN, {"username": lead.email, "password": PASSWORD, "next": "https://evil.example/"}
    )
    assert response.url == reverse("home")


def test_a_signed_in_person_is_sent_on_from_the_sign_in_page(client_for, lead):
    response = client_for(lead).get(SIGN_IN)
    assert response.status_code == 302 and response.url == reverse("home")


@time_machine.travel(NOW, tick=False)
def test_a_lost_app_deleted_by_the_host_admin_is_set_up_again_at_next_sign_in(
    client, coordinator, required
):
    """The Django admin deletes a device the way this does (post_delete per device)."""
    _, codes = set_up(coordinator)
    TOTPDevice.objects.filter(user=coordinator).delete()
    coordinator.refresh_from_db()
    assert not coordinator.has_second_factor
    assert not StaticDevice.objects.filter(user=coordinator).exists()  # old codes gone too
    response = sign_in_with_password(client, coordinator)
    assert response.url.startswith(SET_UP)
    assert "Set up a second factor" in client.get(SET_UP).content.decode()


@time_machine.travel(NOW, tick=False)
def test_setting_up_a_new_app_keeps_the_second_factor_on_with_new_codes(client, coordinator):
    _, old = set_up(coordinator)
    device, new = set_up(coordinator)
    coordinator.refresh_from_db()
    assert coordinator.has_second_factor
    assert list(TOTPDevice.objects.filter(user=coordinator)) == [device]
    tokens = set(
        StaticDevice.objects.get(user=coordinator).token_set.values_list("token", flat=True)
    )
    assert tokens == set(new) and not tokens & set(old)


@pytest.mark.django_db(transaction=True)
def test_the_code_step_works_in_autocommit_as_in_production(client, coordinator, required):
    """Outside a test's transaction, as a web request runs: on PostgreSQL a device locked
    for checking outside a transaction was a 500 (SQLite does not lock)."""
    device, _ = set_up(coordinator)
    sign_in_with_password(client, coordinator)
    response = client.post(SIGN_IN, {"otp_token": code_for(device, 1)})
    assert response.status_code == 302
    assert client.session["_auth_user_id"] == str(coordinator.pk)
