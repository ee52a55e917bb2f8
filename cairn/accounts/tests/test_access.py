"""Who may open each accounts page: one row per view, taken from the URL configuration.

Three kinds of page:
- open: signing in, resetting a password, accepting an invitation; anyone may open them;
- own: a person's own account, tokens and second factor; anyone signed in, about themselves;
- coordinator: People and Agencies; the partnership's coordinator only (403 for its other
  members, 404 for another partnership's people).
A view added to cairn/accounts/urls.py without a row here fails the first test. The pages'
behaviour is tested beside them (test_people.py, test_agencies.py, test_second_factor.py...).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

import pytest
from django.contrib.auth.tokens import default_token_generator
from django.urls import reverse
from django.utils import timezone
from django.utils.encoding import force_bytes
from django.utils.http import urlsafe_base64_encode

from cairn.accounts import urls
from cairn.accounts.factories import make_person
from cairn.accounts.models import Agency, ApiToken, Invitation, Membership, Role, User

pytestmark = pytest.mark.django_db


@dataclass
class World:
    coordinator: User
    lead: User
    membership: Membership
    agency: Agency
    other_agency: Agency
    archived: Agency
    token: ApiToken
    invitation: str

    @property
    def slug(self) -> str:
        return self.membership.partnership.slug


@pytest.fixture
def world(partnership_a, coordinator, lead, police_a) -> World:
    invited = make_person("new@a.example", "Nia New", partnership_a, Role.LEAD)
    _, invitation = Invitation.issue(invited, partnership_a, coordinator)
    token, _ = ApiToken.issue(coordinator, "Dashboard", ApiToken.Access.READ, None)
    return World(
        coordinator=coordinator,
        lead=lead,
        membership=Membership.objects.get(user=invited, partnership=partnership_a),
        agency=Agency.objects.create(partnership=partnership_a, name="MPS"),
        other_agency=police_a,
        archived=Agency.objects.create(
            partnership=partnership_a, name="Probation", archived_at=timezone.now()
        ),
        token=token,
        invitation=invitation,
    )


def reset_args(w: World) -> list[str]:
    uid = urlsafe_base64_encode(force_bytes(w.lead.pk))
    return [uid, default_token_generator.make_token(w.lead)]


@dataclass(frozen=True)
class Row:
    kind: str  # "open", "own" or "coordinator"
    args: Callable[[World], list]
    method: str = "get"
    works: int = 200  # what the page answers when it works: 302 where it moves on


def _none(w: World) -> list:
    return []


ROWS: dict[str, Row] = {
    # open to anyone
    "sign_in": Row("open", _none),
    "password_reset": Row("open", _none),
    "password_reset_sent": Row("open", _none),
    # a valid link moves on to the page that sets the password, as Django does
    "password_reset_confirm": Row("open", reset_args, works=302),
    "password_reset_complete": Row("open", _none),
    "accept_invitation": Row("open", lambda w: [w.invitation]),
    # a person's own account
    "sign_out": Row("own", _none),
    "account": Row("own", _none),
    "password_change": Row("own", _none),
    "password_changed": Row("own", _none, works=302),  # a message on the account page
    "token_create": Row("own", _none),
    "token_revoke": Row("own", lambda w: [w.token.pk], "post", 302),
    "second_factor": Row("own", _none),
    "recovery_codes": Row("own", _none, works=302),  # shown once, when just made
    "new_recovery_codes": Row("own", _none, "post", 302),
    "second_factor_off": Row("own", _none, "post", 302),
    # the coordinator's People and Agencies pages
    "people": Row("coordinator", lambda w: [w.slug]),
    "invite": Row("coordinator", lambda w: [w.slug]),
    "person": Row("coordinator", lambda w: [w.slug, w.membership.pk]),
    "change_role": Row("coordinator", lambda w: [w.slug, w.membership.pk]),
    "deactivate": Row("coordinator", lambda w: [w.slug, w.membership.pk]),
    "resend_invitation": Row("coordinator", lambda w: [w.slug, w.membership.pk], "post", 302),
    "agencies": Row("coordinator", lambda w: [w.slug]),
    "agency_create": Row("coordinator", lambda w: [w.slug]),
    "agency_edit": Row("coordinator", lambda w: [w.agency.pk]),
    "agency_merge": Row("coordinator", lambda w: [w.agency.pk]),
    "agency_merge_confirm": Row("coordinator", lambda w: [w.agency.pk, w.other_agency.pk]),
    "agency_archive": Row("coordinator", lambda w: [w.agency.pk]),
    "agency_restore": Row("coordinator", lambda w: [w.archived.pk], "post", 302),
}


def names(*kinds: str) -> list[str]:
    return [name for name, row in ROWS.items() if row.kind in kinds]


def open_page(client, name: str, w: World):
    row = ROWS[name]
    return getattr(client, row.method)(reverse(f"accounts:{name}", args=row.args(w)))


def test_every_accounts_view_has_a_row():
    assert {pattern.name for pattern in urls.urlpatterns} == set(ROWS)


@pytest.mark.parametrize("name", names("open"))
def test_open_pages_answer_anyone(client, world, name):
    assert open_page(client, name, world).status_code == ROWS[name].works


@pytest.mark.parametrize("name", names("own", "coordinator"))
def test_anonymous_is_sent_to_sign_in(client, world, name):
    response = open_page(client, name, world)
    assert response.status_code == 302
    assert response.url.startswith(reverse("accounts:sign_in"))


@pytest.mark.parametrize("name", names("own", "coordinator"))
def test_the_coordinator_opens_every_page(client_for, world, name):
    assert open_page(client_for(world.coordinator), name, world).status_code == ROWS[name].works


@pytest.mark.parametrize("who", ["lead", "viewer"])
@pytest.mark.parametrize("name", names("own"))
def test_every_member_has_their_own_account_pages(request, client_for, world, who, name):
    if name == "token_revoke":
        pytest.skip("a token belongs to one person: tested below")
    response = open_page(client_for(request.getfixturevalue(who)), name, world)
    assert response.status_code == ROWS[name].works


def test_another_persons_token_is_not_found_and_stays_working(client_for, world):
    assert open_page(client_for(world.lead), "token_revoke", world).status_code == 404
    world.token.refresh_from_db()
    assert world.token.revoked_at is None


@pytest.mark.parametrize("who", ["lead", "viewer"])
@pytest.mark.parametrize("name", names("coordinator"))
def test_other_members_are_refused_the_coordinators_pages(request, client_for, world, who, name):
    response = open_page(client_for(request.getfixturevalue(who)), name, world)
    assert response.status_code == 403


@pytest.mark.parametrize("name", names("coordinator"))
def test_another_partnership_gets_404(client_for, world, lead_b, name):
    assert open_page(client_for(lead_b), name, world).status_code == 404
