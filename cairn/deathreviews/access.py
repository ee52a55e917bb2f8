"""Who may see death reviews: the coordinator always, and the roles the coordinator chooses.

Reviews are sensitive, so a member of the partnership whose role is not chosen gets a 403
(they know the partnership exists) and anyone else a 404, as everywhere in Cairn. Every view
fetches its review through `get_review_for_user`; the review's action plan, its actions,
rounds and reports are gated the same way through `review_plan_gate` (plans/access.py).
"""

from __future__ import annotations

from django.contrib.auth.models import AnonymousUser
from django.core.exceptions import PermissionDenied
from django.http import Http404, HttpRequest

from cairn.accounts.access import require_role, role_in
from cairn.accounts.models import Partnership, Role, User
from cairn.deathreviews.models import LearningTheme, Recommendation, Review, ReviewAccess
from cairn.plans.models import Action, Plan

REFUSAL = "Death reviews are shown only to the coordinator and the roles they choose."


def reader_roles(partnership_id: int) -> list[str]:
    access = ReviewAccess.objects.filter(partnership_id=partnership_id).first()
    return list(access.roles) if access else []


def may_see_reviews(user: User | AnonymousUser, partnership_id: int) -> bool:
    role = role_in(user, partnership_id)
    if role is None:
        return False
    return role == Role.COORDINATOR or role in reader_roles(partnership_id)


def require_review_reader(request: HttpRequest, partnership_id: int, *, write: bool) -> str:
    """404 outside the partnership; 403 for a role the coordinator has not chosen (and for
    anyone but the coordinator when `write`)."""
    role = require_role(request, partnership_id, write=write)
    if role != Role.COORDINATOR and role not in reader_roles(partnership_id):
        raise PermissionDenied(REFUSAL)
    return role


def review_plan_gate(request: HttpRequest, plan: Plan) -> None:
    if plan.kind == Plan.Kind.REVIEW:
        require_review_reader(request, plan.partnership_id, write=False)


def get_partnership_reviews_for_user(
    request: HttpRequest, slug: str, *, write: bool = False
) -> Partnership:
    partnership = Partnership.objects.filter(slug=slug).first()
    if partnership is None:
        raise Http404("No such partnership.")
    require_review_reader(request, partnership.pk, write=write)
    return partnership


def get_review_for_user(request: HttpRequest, pk: int, *, write: bool = False) -> Review:
    review = (
        Review.objects.select_related("partnership", "plan", "chair_agency", "author_agency")
        .filter(pk=pk, plan__deletion__isnull=True)  # its plan deleted: the review is too
        .first()
    )
    if review is None:
        raise Http404("No such review.")
    require_review_reader(request, review.partnership_id, write=write)
    return review


def get_recommendation_for_user(
    request: HttpRequest, pk: int, *, write: bool = False
) -> Recommendation:
    recommendation = (
        Recommendation.objects.select_related(
            "review__partnership", "review__plan", "objective__theme", "agency"
        )
        .filter(pk=pk, objective__deletion__isnull=True)
        .first()
    )
    if recommendation is None:
        raise Http404("No such recommendation.")
    require_review_reader(request, recommendation.review.partnership_id, write=write)
    return recommendation


def get_review_action_for_user(request: HttpRequest, pk: int, *, write: bool = False) -> Action:
    """An action of a review's plan (one under a recommendation)."""
    action = (
        Action.objects.select_related(
            "theme__plan__partnership", "objective__recommendation__review", "status"
        )
        .filter(pk=pk, objective__recommendation__isnull=False)
        .first()
    )
    if action is None:
        raise Http404("No such action of a review.")
    require_review_reader(request, action.theme.plan.partnership_id, write=write)
    return action


def get_learning_theme_for_user(request: HttpRequest, pk: int) -> LearningTheme:
    theme = LearningTheme.objects.select_related("partnership").filter(pk=pk).first()
    if theme is None:
        raise Http404("No such theme.")
    require_review_reader(request, theme.partnership_id, write=False)
    return theme
