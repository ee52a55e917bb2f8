"""The demo's open review round: `add_demo_round(plan)` after the demo plan is built."""

from __future__ import annotations

import datetime as dt

from django.utils import timezone

from cairn.accounts.models import Membership, Role
from cairn.plans.models import Plan
from cairn.reviews.models import ReviewRound
from cairn.reviews.rounds import open_round


def add_demo_round(plan: Plan, today: dt.date | None = None) -> ReviewRound:
    """Open this quarter's round, closing in 10 days (so reminders fall due in 3), and
    email the leads (the worker sends them; with CAIRN_MAIL=console they print)."""
    today = today or timezone.localdate()
    quarter = (today.month - 4) % 12 // 3 + 1
    year = today.year if today.month >= 4 else today.year - 1
    period = f"{year}/{str(year + 1)[2:]} Q{quarter}"
    existing = ReviewRound.objects.filter(plan=plan, period=period).first()
    if existing:
        return existing
    coordinator = (
        Membership.objects.filter(partnership_id=plan.partnership_id, role=Role.COORDINATOR)
        .select_related("user")
        .first()
        .user
    )
    return open_round(
        plan,
        period=period,
        opens_on=today,
        closes_on=today + dt.timedelta(days=10),
        by=coordinator,
    )
