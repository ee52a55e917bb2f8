"""`cairn demo` builds Exampleshire once, in varied states, and is safe to run twice."""

import datetime as dt
from io import StringIO

import pytest
from django.core.management import call_command

from cairn.accounts.models import Membership, Role
from cairn.plans.demo import build_demo
from cairn.plans.models import Action

pytestmark = pytest.mark.django_db


def test_demo_command_builds_once_and_prints_sign_ins():
    out = StringIO()
    call_command("demo", stdout=out)
    call_command("demo", stdout=out)
    assert "Built Exampleshire" in out.getvalue()
    assert "Already there: Exampleshire" in out.getvalue()
    assert "lead@exampleshire.example" in out.getvalue()
    assert Action.objects.count() >= 30


def test_demo_has_four_themes_varied_statuses_overdue_work_and_every_role():
    partnership, created = build_demo(today=dt.date(2026, 11, 22))
    plan = partnership.plans.get()
    actions = Action.objects.filter(theme__plan=plan)
    assert created and plan.themes.count() >= 4 and actions.count() >= 30
    assert actions.values("status__category").distinct().count() >= 6
    assert actions.overdue(on=dt.date(2026, 11, 22)).count() >= 5
    roles = set(Membership.objects.filter(partnership=partnership).values_list("role", flat=True))
    assert roles == set(Role.values)
