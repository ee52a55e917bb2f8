"""Publishing a death review: a frozen public summary of its recommendations and their progress.

The coordinator chooses to publish, after a preview. The snapshot holds the review's
reference, kind, status and dates, its public summary, and for each recommendation its text,
scope, the agency it is made to, its themes and how far it has got, and for each action its
title, lead agencies, target date and state (completed on a date, overdue, due soon, open).
It never holds people: no lead people, no signer, no chair's or author's account, and no
evidence text (evidence is written for the panel and may name anyone).

Names are flagged before publishing, not quietly removed: the preview lists every name of
the partnership's people (and of the review's lead people) and every email address found in
the text to be published, and publishing is refused while there is one, saying where. The
snapshot is still put through the scrubber (cairn/lib/scrubbing.py) as a second guard.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from django.db import transaction
from django.db.models import QuerySet
from django.db.models.fields.json import KT
from django.utils import timezone

from cairn.accounts.models import User
from cairn.deathreviews.models import Review, ReviewPublication
from cairn.deathreviews.reviewing import RecommendationState, ReviewRefused, review_detail
from cairn.lib.scrubbing import Scrubber
from cairn.plans.named import people_named_in


@dataclass
class Flag:
    """A name or email address found in text that would be published."""

    where: str
    found: list[str]

    @property
    def message(self) -> str:
        shown = ", ".join(f"“{n}”" for n in dict.fromkeys(self.found))
        return f"{self.where} names {shown}."


def people_of(review: Review) -> list[str]:
    """Names of everyone who could be named: the partnership's members, and anyone the
    review's action plan names as a lead or a partner, of an action or a milestone (an
    imported tracker names people who cannot sign in)."""
    return people_named_in(review.partnership_id, review.plan_id)


def flags(review: Review, detail: list[RecommendationState], scrubber: Scrubber) -> list[Flag]:
    """Every piece of text to be published that names someone, and where it is."""
    texts = [
        ("The review's reference", review.reference),
        ("The public summary", review.public_summary),
    ]
    for state in detail:
        objective = state.recommendation.objective
        texts.append((f"Recommendation {objective.ref or objective.title[:40]}", objective.title))
        for item in state.actions:
            action = item.action
            where = f"Action {action.ref or action.title[:40]}"
            texts.append((where, action.title))
            texts.append((f"{where}'s target date", action.deadline_text))
    found = [Flag(where, scrubber.found(text)) for where, text in texts]
    return [flag for flag in found if flag.found]


def _day(day: dt.date | None) -> str:
    return day.isoformat() if day else ""


def _action_state(item) -> str:
    if item.sign_off:
        return f"Completed {item.sign_off.completed_on:%-d %B %Y}"
    return {"overdue": "Overdue", "due soon": "Due soon"}.get(item.due, "In progress")


def _recommendation(state: RecommendationState, scrub: Scrubber) -> dict[str, Any]:
    recommendation = state.recommendation
    done = len(state.actions) - state.open_count
    if recommendation.is_signed_off:
        progress = "Signed off"
    elif state.actions:
        progress = (
            f"{done} of {len(state.actions)} action{'s' if len(state.actions) != 1 else ''} done"
        )
    else:
        progress = "No actions yet"
    return {
        "ref": recommendation.objective.ref,
        "text": scrub(recommendation.objective.title),
        "scope": recommendation.get_scope_display(),
        "agency": str(recommendation.agency) if recommendation.agency else "",
        "themes": [t.name for t in recommendation.themes.all()],
        "signed_off": recommendation.is_signed_off,
        "signed_off_on": _day(recommendation.signed_off_at.date())
        if recommendation.signed_off_at
        else "",
        "progress": progress,
        "actions": [
            {
                "ref": item.action.ref,
                "title": scrub(item.action.title),
                "lead_agencies": [str(a) for a in item.action.lead_agencies.all()],
                "target": scrub(item.action.deadline_text),
                "done": item.sign_off is not None,
                "state": _action_state(item),
            }
            for item in state.actions
        ],
    }


def build_snapshot(
    review: Review, on: dt.date, detail: list[RecommendationState], scrub: Scrubber
) -> dict[str, Any]:
    recommendations = [_recommendation(state, scrub) for state in detail]
    actions = [a for r in recommendations for a in r["actions"]]
    return {
        "partnership": review.partnership.name,
        "reference": scrub(review.reference),
        "kind": review.get_kind_display(),
        "status": review.get_status_display(),
        "commissioned_on": _day(review.commissioned_on),
        "completed_on": _day(review.completed_on),
        "submitted_on": _day(review.submitted_on),
        "published_on": _day(review.published_on),
        "summary": scrub(review.public_summary),
        "on": on.isoformat(),
        "recommendations": recommendations,
        "counts": {
            "recommendations": len(recommendations),
            "signed_off": sum(r["signed_off"] for r in recommendations),
            "actions": len(actions),
            "done": sum(a["done"] for a in actions),
            "overdue": sum(a["state"] == "Overdue" for a in actions),
        },
    }


@dataclass
class Preview:
    snapshot: dict[str, Any]
    flags: list[Flag]


def preview(review: Review, on: dt.date) -> Preview:
    """What would be published today, and what in it names someone."""
    detail = review_detail(review, on)
    scrubber = Scrubber(people_of(review))
    return Preview(build_snapshot(review, on, detail, scrubber), flags(review, detail, scrubber))


def live_publication(review: Review) -> ReviewPublication | None:
    return ReviewPublication.objects.filter(review=review, withdrawn_at__isnull=True).first()


def publish(review: Review, *, by: User, on: dt.date) -> ReviewPublication:
    """Publish (or republish) the review's public page; refused while anything names someone.
    Republishing keeps the address."""
    with transaction.atomic():
        Review.objects.select_for_update().filter(pk=review.pk).first()
        shown = preview(review, on)
        if shown.flags:
            raise ReviewRefused(
                "Nothing was published: "
                + " ".join(flag.message for flag in shown.flags)
                + " Remove each name or email address, then publish."
            )
        current = live_publication(review)
        if current is not None:
            current.snapshot = shown.snapshot
            current.published_at = timezone.now()
            current.published_by = by
            current._history_user = by  # type: ignore[attr-defined]
            current.save()
            return current
        publication = ReviewPublication(review=review, snapshot=shown.snapshot, published_by=by)
        publication._history_user = by  # type: ignore[attr-defined]
        publication.save()
        return publication


def withdraw(review: Review, *, by: User) -> ReviewPublication | None:
    with transaction.atomic():
        current = (
            ReviewPublication.objects.select_for_update()
            .filter(review=review, withdrawn_at__isnull=True)
            .first()
        )
        if current is None:
            return None
        current.withdrawn_at = timezone.now()
        current.withdrawn_by = by
        current._history_user = by  # type: ignore[attr-defined]
        current.save()
        return current


def published_reviews(partnership_id: int) -> QuerySet[ReviewPublication]:
    """The partnership's reviews published now (their plan not deleted), for its public page:
    one query. Each is named by its reference as published (`published_reference`), not as
    it may have been edited since."""
    return (
        ReviewPublication.objects.filter(
            review__partnership_id=partnership_id,
            withdrawn_at__isnull=True,
            review__plan__deletion__isnull=True,
        )
        .defer("snapshot")
        .annotate(published_reference=KT("snapshot__reference"))
        .order_by("published_reference", "pk")
    )


def get_public_review(token: str) -> ReviewPublication | None:
    """A live publication by its address; none for a deactivated partnership."""
    return (
        ReviewPublication.objects.filter(
            token=token,
            withdrawn_at__isnull=True,
            review__plan__deletion__isnull=True,
            review__partnership__deactivated_at__isnull=True,
        )
        .select_related("review__partnership")
        .first()
    )
