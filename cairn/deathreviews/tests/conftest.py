"""The death reviews' tests share one review: DHR 2024/01 (see `review`)."""

from __future__ import annotations

import datetime as dt

import pytest

from cairn.deathreviews.models import LearningTheme, Recommendation, Review
from cairn.deathreviews.reviewing import add_action, add_recommendation, create_review

TODAY = dt.date(2025, 6, 1)


def new_review(partnership, by, reference="DHR 2024/01", **facts) -> Review:
    return create_review(
        partnership,
        Review(reference=reference, commissioned_on=dt.date(2024, 5, 1), **facts),
        by=by,
    )


def theme(partnership, name: str) -> LearningTheme:
    return LearningTheme.objects.get(partnership=partnership, name=name)


@pytest.fixture
def review(partnership_a, coordinator, police_a):
    """DHR 2024/01: recommendation 1 (partnership-wide, information sharing) with two
    actions, one due 31 May 2025 (overdue on 1 June), one due 30 June 2025 (due soon);
    recommendation 2 (made to the police) with none."""
    review = new_review(partnership_a, coordinator)
    first = add_recommendation(
        review,
        ref="1",
        text="Agencies share risk information before MARAC",
        themes=[theme(partnership_a, "Information sharing")],
        by=coordinator,
    )
    add_action(
        first,
        ref="1.1",
        title="Agree an information sharing protocol",
        lead_agency=police_a,
        deadline_text="May 2025",
        by=coordinator,
    )
    add_action(
        first,
        ref="1.2",
        title="Train MARAC representatives",
        lead_agency=police_a,
        deadline_text="Jun 2025",
        by=coordinator,
    )
    add_recommendation(
        review,
        ref="2",
        text="Police use the DASH checklist at every call",
        scope=Recommendation.Scope.SINGLE_AGENCY,
        agency=police_a,
        themes=[theme(partnership_a, "Risk assessment")],
        by=coordinator,
    )
    return review


def date_fields(name: str, day: dt.date) -> dict[str, str]:
    return {
        f"{name}_day": str(day.day),
        f"{name}_month": str(day.month),
        f"{name}_year": str(day.year),
    }
