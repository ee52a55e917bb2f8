"""Which actions a person leads: named, or through their agency, in partnerships they belong
to; read from the lead tables' indexes, never by joining every action."""

from __future__ import annotations

import pytest
from django.utils import timezone

from cairn.accounts.models import Agency, Role
from cairn.plans.factories import make_action, make_person, make_plan
from cairn.plans.models import Action

pytestmark = pytest.mark.django_db


def test_for_lead_finds_named_and_agency_actions_once_each(
    plan_a, lead, police_a, partnership_a, partnership_b
):
    theme = plan_a.themes.first()
    named = make_action(theme, "Named", lead_people=[lead])
    by_agency = make_action(theme, "By agency", leads=[police_a])
    both = make_action(theme, "Both", leads=[police_a], lead_people=[lead])
    other = Agency.objects.create(partnership=partnership_a, name="Health")
    make_action(theme, "Someone else's", leads=[other])
    elsewhere = make_plan(partnership_b, actions=1).themes.first().actions.first()
    elsewhere.lead_people.add(lead)  # named in a partnership they do not belong to
    found = list(Action.objects.for_lead(lead).order_by("pk"))
    assert found == [named, by_agency, both]


def test_for_lead_ends_with_the_membership(plan_a, lead, police_a):
    action = make_action(plan_a.themes.first(), "Named", lead_people=[lead], leads=[police_a])
    lead.memberships.update(deactivated_at=timezone.now())
    assert action not in Action.objects.for_lead(lead)


def test_an_agency_in_another_membership_does_not_lead_here(plan_a, partnership_b):
    b_agency = Agency.objects.create(partnership=partnership_b, name="B police")
    person = make_person("two@example.org", "Two Hats", partnership_b, Role.LEAD, b_agency)
    action = make_action(plan_a.themes.first(), "A's action", leads=[b_agency])
    assert action not in Action.objects.for_lead(person)


def test_for_lead_reads_ids_from_the_lead_tables_not_every_action(lead):
    sql = str(Action.objects.for_lead(lead).query).upper()
    assert "DISTINCT" not in sql
    assert "LEFT OUTER JOIN" not in sql
    assert "UNION" in sql
