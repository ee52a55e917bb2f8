"""Exampleshire's death reviews: `add_demo_reviews(partnership)` after the demo plan is built.

Three fictional reviews, named by reference only, with recommendations to the partnership and
to single agencies, actions led across the agencies, some signed off with their evidence, one
recommendation signed off, and learning themes shared between them ("Information sharing"
and "Risk assessment" recur). Target dates are set around today, so some actions are overdue
and some due soon. Leads may see reviews, so the demo police lead finds the review actions
they lead in My actions. Safe to run again: a partnership that has reviews is left as it is.
"""

from __future__ import annotations

import datetime as dt

from django.db import transaction
from django.utils import timezone

from cairn.accounts.models import Membership, Partnership, Role, User
from cairn.deathreviews.models import LearningTheme, Recommendation, Review, ReviewAccess
from cairn.deathreviews.reviewing import (
    add_action,
    add_recommendation,
    create_review,
    sign_off_action,
    sign_off_recommendation,
)

P, A = Recommendation.Scope.PARTNERSHIP, Recommendation.Scope.SINGLE_AGENCY

# (reference, kind, status, commissioned years ago, public summary,
#  [(text, scope, agency made to, themes,
#    [(action, lead agency, target in months from today, signed off evidence or "")])])
REVIEWS = [
    (
        "DHR 2023/01",
        Review.Kind.DHR,
        Review.Status.PUBLISHED,
        3,
        "A woman in her forties was killed by her former partner. The review found that "
        "agencies held pieces of the risk but did not share them before a MARAC referral.",
        [
            (
                "Agencies share risk information with MARAC within one working day",
                P,
                None,
                ["Information sharing", "Multi-agency working"],
                [
                    (
                        "Agree an information sharing protocol for MARAC",
                        "Police",
                        -10,
                        "Protocol signed by all agencies; in use since the spring.",
                    ),
                    (
                        "Audit MARAC referrals for timeliness",
                        "Women's Aid",
                        -4,
                        "Audit of 60 referrals: 92% shared within a day.",
                    ),
                ],
            ),
            (
                "Police use the DASH risk checklist at every domestic abuse call",
                A,
                "Police",
                ["Risk assessment"],
                [
                    ("Refresh DASH training for response officers", "Police", -2, ""),
                    ("Dip-sample DASH completion each quarter", "Police", 3, ""),
                ],
            ),
        ],
    ),
    (
        "DARDR 2024/02",
        Review.Kind.DARDR,
        Review.Status.SUBMITTED,
        2,
        "",
        [
            (
                "GPs ask about domestic abuse when patients present with anxiety or injuries",
                A,
                "NHS",
                ["Routine enquiry", "Professional curiosity", "Mental health"],
                [
                    ("Add routine enquiry to the GP practice template", "NHS", -1, ""),
                    ("Train practice staff in routine enquiry", "NHS", 1, ""),
                ],
            ),
            (
                "Housing shares tenancy concerns with the police where risk is known",
                P,
                None,
                ["Information sharing", "Risk assessment"],
                [
                    (
                        "Name a housing representative at MARAC",
                        "Housing",
                        -6,
                        "A named officer has attended every MARAC since January.",
                    ),
                    ("Write a joint housing and police referral route", "Housing", 5, ""),
                ],
            ),
        ],
    ),
    (
        "DARDR 2025/01",
        Review.Kind.DARDR,
        Review.Status.IN_PROGRESS,
        1,
        "",
        [
            (
                "Probation checks children's services records before every risk assessment",
                A,
                "Probation",
                ["Children and young people", "Information sharing"],
                [
                    (
                        "Give probation officers read access to the children's record",
                        "Probation",
                        2,
                        "",
                    ),
                    (
                        "Children's services answer probation checks within five days",
                        "Children's Services",
                        4,
                        "",
                    ),
                ],
            ),
        ],
    ),
]


def _months(today: dt.date, months: int) -> str:
    """The month `months` from today, written as action plans write it ("Mar 2026")."""
    index = today.year * 12 + today.month - 1 + months
    return dt.date(index // 12, index % 12 + 1, 1).strftime("%b %Y")


def add_demo_reviews(partnership: Partnership, today: dt.date | None = None) -> list[Review]:
    if partnership.reviews.exists():
        return list(partnership.reviews.all())
    today = today or timezone.localdate()
    coordinator = (
        Membership.objects.filter(partnership=partnership, role=Role.COORDINATOR)
        .select_related("user")
        .first()
    )
    if coordinator is None:
        return []
    with transaction.atomic():
        ReviewAccess.objects.update_or_create(
            partnership=partnership, defaults={"roles": [Role.LEAD.value]}
        )
        return [_review(partnership, row, today, coordinator.user) for row in REVIEWS]


def _review(partnership: Partnership, row: tuple, today: dt.date, by: User) -> Review:
    reference, kind, status, years_ago, summary, recommendations = row
    commissioned = today.replace(day=1) - dt.timedelta(days=365 * years_ago)
    review = create_review(
        partnership,
        Review(
            reference=reference,
            kind=kind,
            status=status,
            commissioned_on=commissioned,
            completed_on=commissioned + dt.timedelta(days=300) if years_ago > 1 else None,
            submitted_on=commissioned + dt.timedelta(days=330) if years_ago > 1 else None,
            published_on=commissioned + dt.timedelta(days=500) if summary else None,
            chair="Independent chair",
            author="Independent author",
            public_summary=summary,
        ),
        by=by,
    )
    agencies = {a.short_name: a for a in partnership.agencies.all()}
    themes = {t.name: t for t in LearningTheme.objects.filter(partnership=partnership)}
    for number, (text, scope, made_to, theme_names, actions) in enumerate(recommendations, start=1):
        recommendation = add_recommendation(
            review,
            ref=str(number),
            text=text,
            scope=scope,
            agency=agencies.get(made_to or ""),
            themes=[themes[name] for name in theme_names],
            by=by,
        )
        for a, (title, lead, months, evidence) in enumerate(actions, start=1):
            action = add_action(
                recommendation,
                ref=f"{number}.{a}",
                title=title,
                lead_agency=agencies[lead],
                deadline_text=_months(today, months),
                by=by,
            )
            if evidence:
                done = today.replace(day=1) + dt.timedelta(days=30 * months)
                sign_off_action(action, evidence=evidence, completed_on=done, by=by)
        if all(evidence for *_, evidence in actions):
            sign_off_recommendation(
                recommendation, evidence="Every action done; checked at the panel.", by=by
            )
    return review
