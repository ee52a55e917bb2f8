"""Chasing leads from the round page: whom it emails and what it says, shown before it goes
out; and the chases sent, shown after.

The chase email itself is sent by `tasks.chase_outstanding`, with the same subject and text
as the preview here, except for the sign-in link, which is made for each lead when sent (a
preview never holds a link that would sign the coordinator in as the lead).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from django.template.loader import render_to_string
from django.utils import timezone

from cairn.accounts.models import User
from cairn.accounts.notifications import common_context
from cairn.reviews.leads import LeadActions, outstanding_by_lead
from cairn.reviews.models import Chase, ReviewRound

PREVIEW_LINK = "[a sign-in link for them alone, made when the email is sent]"


def chase_subject(review_round: ReviewRound) -> str:
    return f"Reminder: your update for the {review_round.period} review is outstanding"


def chase_context(review_round: ReviewRound, lead: LeadActions) -> dict:
    return {"round": review_round, "actions": lead.actions}


def chase_targets(review_round: ReviewRound) -> list[LeadActions]:
    """The leads with updates outstanding, by name: those a chase emails."""
    return sorted(
        outstanding_by_lead(review_round).values(),
        key=lambda lead: (lead.person.name or lead.person.email).lower(),
    )


def chase_preview(review_round: ReviewRound, lead: LeadActions) -> str:
    """The text of the chase email to this lead, as they will read it."""
    return render_to_string(
        "reviews/email/chase.txt",
        {
            **common_context(lead.person),
            "link": PREVIEW_LINK,
            **chase_context(review_round, lead),
        },
    )


def record_chases(review_round: ReviewRound, leads: list[LeadActions], by: User) -> None:
    Chase.objects.bulk_create(
        Chase(round=review_round, person=lead.person, sent_by=by, action_count=len(lead.actions))
        for lead in leads
    )


@dataclass
class ChasesSent:
    """The leads one person chased on one day."""

    sent_on: dt.date
    sent_by: str
    names: list[str]


def chases_sent(review_round: ReviewRound) -> list[ChasesSent]:
    """The chases of the round, by day and by who sent them, oldest first. One query."""
    sent: dict[tuple[dt.date, int], ChasesSent] = {}
    for chase in Chase.objects.filter(round=review_round).select_related("person", "sent_by"):
        day = timezone.localdate(chase.sent_at)
        by = chase.sent_by.name or chase.sent_by.email
        names = sent.setdefault((day, chase.sent_by_id), ChasesSent(day, by, [])).names
        name = chase.person.name or chase.person.email
        if name not in names:
            names.append(name)
    return list(sent.values())
