"""Review round fixtures on top of the fixed cast: an open round on plan A."""

from __future__ import annotations

import datetime as dt

import pytest

from cairn.plans.factories import status
from cairn.reviews.models import ReviewRound


@pytest.fixture
def round_a(plan_a, coordinator):
    """The 2016/17 Q2 round of plan A: open 1 to 30 September 2016, reminders 7 days before."""
    return ReviewRound.objects.create(
        plan=plan_a,
        period="2016/17 Q2",
        opens_on=dt.date(2016, 9, 1),
        closes_on=dt.date(2016, 9, 30),
        opened_by=coordinator,
    )


@pytest.fixture
def on_track(partnership_a):
    return status(partnership_a, "on_track")


@pytest.fixture
def at_risk(partnership_a):
    return status(partnership_a, "at_risk")


@pytest.fixture
def immediate_tasks(settings):
    """Run enqueued tasks at once, in the test, instead of leaving them for the worker."""
    settings.TASKS = {"default": {"BACKEND": "django.tasks.backends.immediate.ImmediateBackend"}}
