"""Signing in and out, the partnership home, and who may see which partnership."""

import pytest
from django.urls import reverse

from cairn.accounts.access import require_role
from cairn.accounts.models import Role

pytestmark = pytest.mark.django_db
PASSWORD = "correct horse battery staple"


def test_sign_in_with_email_and_password_lands_on_the_partnership(client, coordinator):
    response = client.post(
        reverse("accounts:sign_in"), {"username": coordinator.email, "password": PASSWORD}
    )
    assert response.status_code == 302
    assert client.get(response.url, follow=True).request["PATH_INFO"] == "/p/partnership-a/"


def test_wrong_password_gets_a_clear_message(client, coordinator):
    response = client.post(
        reverse("accounts:sign_in"), {"username": coordinator.email, "password": "nope"}
    )
    assert response.status_code == 200
    assert "Enter a correct email address and password." in response.content.decode()
    assert "_auth_user_id" not in client.session


def test_repeated_failed_sign_ins_are_throttled(client, coordinator, settings):
    for _ in range(settings.AXES_FAILURE_LIMIT):
        client.post(reverse("accounts:sign_in"), {"username": coordinator.email, "password": "x"})
    response = client.post(
        reverse("accounts:sign_in"), {"username": coordinator.email, "password": PASSWORD}
    )
    assert "Too many attempts" in response.content.decode()
    assert "_auth_user_id" not in client.session


def test_sign_out_needs_a_post_and_ends_the_session(client_for, coordinator):
    client = client_for(coordinator)
    assert client.post(reverse("accounts:sign_out")).status_code == 302
    assert "_auth_user_id" not in client.session


def test_sign_out_by_get_shows_a_page_with_a_sign_out_button(client_for, coordinator):
    client = client_for(coordinator)
    response = client.get(reverse("accounts:sign_out"))
    page = response.content.decode()
    assert response.status_code == 200
    assert "Sign out of Cairn" in page
    assert f'action="{reverse("accounts:sign_out")}"' in page and ">Sign out</button>" in page
    assert "_auth_user_id" in client.session  # a GET signs nobody out


def test_sign_out_page_sends_someone_signed_out_to_sign_in(client):
    response = client.get(reverse("accounts:sign_out"))
    assert response.status_code == 302
    assert response["Location"].startswith(reverse("accounts:sign_in"))


def test_the_favicon_is_served_to_anyone(client):
    response = client.get("/favicon.ico")
    assert response.status_code == 200
    assert response["Content-Type"] == "image/vnd.microsoft.icon"
    assert response.content[:4] == b"\x00\x00\x01\x00"  # an ICO file's header
    assert "max-age=86400" in response["Cache-Control"]


def test_every_page_names_its_icon(client):
    page = client.get(reverse("accounts:sign_in")).content.decode()
    assert 'rel="icon" href="/favicon.ico"' in page and "favicon.svg" in page


def test_partnership_home_lists_plans(client_for, coordinator, plan_a):
    response = client_for(coordinator).get(reverse("accounts:partnership", args=["partnership-a"]))
    assert response.status_code == 200
    assert plan_a.title in response.content.decode()


def test_partnership_home_names_the_role_in_words(client_for, partnership_a):
    from cairn.accounts.factories import make_person
    from cairn.accounts.models import Role

    analyst = make_person("data@a.example", "Dana Data", partnership_a, Role.DATA_CONTRIBUTOR)
    response = client_for(analyst).get(reverse("accounts:partnership", args=["partnership-a"]))
    assert "You are a data contributor here" in response.content.decode()


def test_partnership_home_sends_anonymous_to_sign_in(client, partnership_a):
    response = client.get(reverse("accounts:partnership", args=["partnership-a"]))
    assert response.status_code == 302 and "/sign-in/" in response.url


def test_partnership_home_is_404_for_another_partnership(client_for, lead_b, partnership_a):
    response = client_for(lead_b).get(reverse("accounts:partnership", args=["partnership-a"]))
    assert response.status_code == 404


def test_a_host_admin_sees_every_partnership(client, partnership_a, partnership_b):
    from cairn.accounts.models import User

    admin = User.objects.create_superuser(email="host@example.org", name="Host", password="x")
    client.force_login(admin)
    page = client.get(reverse("home")).content.decode()
    assert "Partnership A" in page and "Partnership B" in page
    assert client.get(reverse("accounts:partnership", args=["partnership-b"])).status_code == 200


def test_someone_with_no_partnership_is_told_what_to_do(client):
    from cairn.accounts.models import User

    client.force_login(User.objects.create_user(email="new@example.org", name="New"))
    assert "Ask your partnership" in client.get(reverse("home")).content.decode()


@pytest.mark.parametrize(
    ("role", "write", "outcome"),
    [
        (Role.COORDINATOR, True, "ok"),
        (Role.LEAD, False, "ok"),
        (Role.LEAD, True, "403"),
        (Role.VIEWER, False, "ok"),
        (Role.VIEWER, True, "403"),
        (None, False, "404"),
    ],
)
def test_require_role_table(rf, partnership_a, role, write, outcome):
    from django.core.exceptions import PermissionDenied
    from django.http import Http404

    from cairn.accounts.factories import make_person

    request = rf.get("/")
    if role:
        request.user = make_person("p@a.example", "Person", partnership_a, role)
    else:
        from cairn.accounts.models import User

        request.user = User.objects.create_user(email="o@x.example", name="Outsider")
    expected = {"ok": None, "403": PermissionDenied, "404": Http404}[outcome]
    if expected is None:
        assert require_role(request, partnership_a.pk, write=write) == role
    else:
        with pytest.raises(expected):
            require_role(request, partnership_a.pk, write=write)


def test_error_pages_are_friendly(client_for, coordinator):
    response = client_for(coordinator).get("/no-such-page/")
    assert response.status_code == 404
    assert "Page not found" in response.content.decode()


def test_only_host_admins_reach_the_back_office(client_for, coordinator):
    from cairn.accounts.models import User

    response = client_for(coordinator).get("/admin/accounts/partnership/")
    assert response.status_code == 302 and "/admin/login/" in response.url
    admin = User.objects.create_superuser(email="host@example.org", name="Host", password="x")
    # The host admin gets in once they have given a second factor (test_second_factor.py).
    response = client_for(admin).get("/admin/accounts/partnership/")
    assert response.status_code == 302 and "/account/second-factor/" in response.url


def test_only_host_admins_see_the_back_office_link(client_for, coordinator, plan_a):
    from cairn.accounts.models import User

    page = reverse("plans:plan", args=[plan_a.pk])
    assert "Back office" not in client_for(coordinator).get(page).content.decode()
    admin = User.objects.create_superuser(email="host@example.org", name="Host", password="x")
    assert "Back office" in client_for(admin).get(page).content.decode()


def test_a_host_admins_navigation_fits_one_line_whatever_the_partnerships(
    client_for, coordinator, plan_a
):
    """A host admin reaches every partnership from Partnerships; the navigation lists only
    the partnerships they belong to, or it wraps (and, nationally, runs to pages)."""
    from cairn.accounts.models import Partnership, User

    Partnership.objects.create(name="Northtown Community Safety Partnership", slug="northtown")
    admin = User.objects.create_superuser(email="host@example.org", name="Host", password="x")
    page = client_for(admin).get(reverse("plans:partnerships")).content.decode()
    navigation = page[page.index('id="navigation"') : page.index("</nav>")]
    assert "Partnerships" in navigation and "Back office" in navigation
    assert plan_a.partnership.name not in navigation and "Northtown" not in navigation
    assert "My actions" not in navigation  # they lead no action


def test_my_actions_is_in_the_navigation_of_leads_not_viewers(client_for, lead, viewer, plan_a):
    page = reverse("plans:plan", args=[plan_a.pk])
    my_actions = f'href="{reverse("plans:my_actions")}"'
    assert my_actions in client_for(lead).get(page).content.decode()
    assert my_actions not in client_for(viewer).get(page).content.decode()


def test_the_home_page_offers_my_actions_to_leads_not_the_host_admin(
    client_for, lead, partnership_b
):
    """A host admin leads no action: My actions would only ever be empty."""
    from cairn.accounts.models import User

    partnership_b.memberships.create(user=lead, role=Role.LEAD)  # two: home lists them
    host = User.objects.create_superuser(email="host@example.org", name="Host", password="x")
    my_actions = f'href="{reverse("plans:my_actions")}"'
    assert my_actions in client_for(lead).get(reverse("home")).content.decode()
    assert my_actions not in client_for(host).get(reverse("home")).content.decode()
