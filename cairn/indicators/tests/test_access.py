"""Who may open each indicators and data-returns page: one row per view, from the URLs.

Everyone in the partnership reads its indicators; only the coordinator changes them. Data
returns are between the coordinator and the data contributors: a contributor submits for
their own agency (the coordinator reviews, and does not submit); leads and viewers get 403.
Anonymous people are sent to sign in; another partnership's people get 404. A view added to
cairn/indicators/urls.py without a row here fails the first test.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

import pytest
from django.urls import reverse

from cairn.accounts.factories import make_person
from cairn.accounts.models import Role, User
from cairn.indicators import urls
from cairn.indicators.breakdowns import create_preset
from cairn.indicators.marac import create_marac_data_set
from cairn.indicators.models import DataElement, DataReturn, DataSet, Indicator
from cairn.indicators.part4 import create_part4_data_set
from cairn.indicators.periods import Period
from cairn.indicators.tests.conftest import make_indicator

pytestmark = pytest.mark.django_db

FIRST = Period(2016, 3)
YEAR = Period(2016)
ROLES = ("coordinator", "lead", "viewer", "data_contributor")


@dataclass
class World:
    slug: str
    indicator: Indicator
    data_set: DataSet
    data_return: DataReturn
    marac: DataSet
    part4: DataSet
    element: DataElement


@pytest.fixture
def data_contributor(partnership_a, police_a) -> User:
    return make_person(
        "data@a.example", "Dee Data", partnership_a, Role.DATA_CONTRIBUTOR, agency=police_a
    )


@pytest.fixture
def world(partnership_a, police_a, coordinator, data_contributor) -> World:
    data_set = DataSet.objects.create(
        partnership=partnership_a, name="Outreach return", first_period=FIRST.label
    )
    data_set.agencies.set([police_a])
    element = DataElement.objects.create(data_set=data_set, code="cases", name="Cases", order=1)
    create_preset(partnership_a, "Sex", by=coordinator)  # so an element can be broken down
    return World(
        slug=partnership_a.slug,
        indicator=make_indicator(partnership_a),
        data_set=data_set,
        data_return=DataReturn.objects.create(
            data_set=data_set,
            agency=police_a,
            period=FIRST.label,
            submitted_by=data_contributor,
            state=DataReturn.State.SUBMITTED,
        ),
        marac=create_marac_data_set(partnership_a, [police_a], FIRST, by=coordinator),
        part4=create_part4_data_set(partnership_a, [police_a], YEAR, by=coordinator),
        element=element,
    )


@dataclass(frozen=True)
class Row:
    who: tuple[str, ...]  # the roles that may open it; every other member gets 403
    args: Callable[[World], list]
    method: str = "get"
    data: dict | None = None
    works: int = 200


EVERYONE = ROLES
COORDINATOR = ("coordinator",)
RETURNS = ("coordinator", "data_contributor")
SUBMITS = ("data_contributor",)
NEXT = FIRST.next().slug

ROWS: dict[str, Row] = {
    "partnership": Row(EVERYONE, lambda w: [w.slug]),
    "indicator": Row(EVERYONE, lambda w: [w.indicator.pk]),
    "create": Row(COORDINATOR, lambda w: [w.slug]),
    "library": Row(COORDINATOR, lambda w: [w.slug]),
    "edit": Row(COORDINATOR, lambda w: [w.indicator.pk]),
    "record": Row(COORDINATOR, lambda w: [w.indicator.pk]),
    "data_returns": Row(RETURNS, lambda w: [w.slug]),
    "data_set": Row(RETURNS, lambda w: [w.data_set.pk]),
    "data_set_create": Row(COORDINATOR, lambda w: [w.slug]),
    "element_create": Row(COORDINATOR, lambda w: [w.data_set.pk]),
    "marac_setup": Row(COORDINATOR, lambda w: [w.slug]),
    "marac_quarter": Row(COORDINATOR, lambda w: [w.marac.pk, FIRST.slug]),
    "return_form": Row(SUBMITS, lambda w: [w.data_set.pk, NEXT]),
    "return_template": Row(SUBMITS, lambda w: [w.data_set.pk, NEXT, "csv"]),
    "part4_setup": Row(COORDINATOR, lambda w: [w.slug]),
    "part4_year": Row(COORDINATOR, lambda w: [w.part4.pk, YEAR.slug]),
    "settings": Row(COORDINATOR, lambda w: [w.slug]),
    "from_plan": Row(COORDINATOR, lambda w: [w.slug]),
    "breakdowns": Row(COORDINATOR, lambda w: [w.slug]),
    "element_break_down": Row(COORDINATOR, lambda w: [w.element.pk]),
    "data_set_edit": Row(COORDINATOR, lambda w: [w.data_set.pk]),
    "data_set_delete": Row(COORDINATOR, lambda w: [w.data_set.pk]),
    "return": Row(RETURNS, lambda w: [w.data_return.pk]),
    "return_review": Row(
        COORDINATOR, lambda w: [w.data_return.pk], "post", {"decision": "approve"}, 302
    ),
}


def open_page(client, name: str, w: World):
    row = ROWS[name]
    address = reverse(f"indicators:{name}", args=row.args(w))
    return getattr(client, row.method)(address, row.data or {})


def test_every_indicators_view_has_a_row():
    assert {pattern.name for pattern in urls.urlpatterns} == set(ROWS)


@pytest.mark.parametrize("who", ROLES)
@pytest.mark.parametrize("name", ROWS)
def test_each_role_opens_its_pages_and_is_refused_the_others(request, client_for, world, who, name):
    row = ROWS[name]
    response = open_page(client_for(request.getfixturevalue(who)), name, world)
    assert response.status_code == (row.works if who in row.who else 403)


def test_a_refused_review_changes_nothing(client_for, viewer, world):
    assert open_page(client_for(viewer), "return_review", world).status_code == 403
    world.data_return.refresh_from_db()
    assert world.data_return.state == DataReturn.State.SUBMITTED


@pytest.mark.parametrize("name", ROWS)
def test_anonymous_is_sent_to_sign_in(client, world, name):
    response = open_page(client, name, world)
    assert response.status_code == 302
    assert response.url.startswith(reverse("accounts:sign_in"))


@pytest.mark.parametrize("name", ROWS)
def test_another_partnership_gets_404(client_for, world, lead_b, name):
    assert open_page(client_for(lead_b), name, world).status_code == 404
