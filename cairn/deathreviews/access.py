"""Who may see death reviews: the coordinator always, and the roles the coordinator chooses.

Reviews are sensitive, so a member of the partnership whose role is not chosen gets a 403
(they know the partnership exists) and anyone else a 404, as everywhere in Cairn. Every view
fetches its review through `get_review_for_user`; the review's action plan, its actions,
rounds and reports are gated the same way through `review_plan_gate` (plans/access.py), and
lists across plans (My actions) leave them out through `review_plan_filter`.

A review's panel chair (`Review.panel_chair`, an active member of the partnership, whatever
their role) may also see that one review, its plan and actions, and sign off its actions and
recommendations (`sign_off=True`); nothing else of the reviews. Changing the review stays
the coordinator's.
"""

from __future__ import annotations

from django.contrib.auth.models import AnonymousUser
from django.core.exceptions import PermissionDenied
from django.db.models import Q
from django.http import Http404, HttpRequest

from cairn.accounts.access import require_role, role_in
from cairn.accounts.models import Membership, Partnership, Role, User
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


def chairs(user: User | AnonymousUser, review: Review) -> bool:
    """The person is this review's panel chair, and still a member of its partnership."""
    return (
        review.panel_chair_id is not None
        and review.panel_chair_id == user.pk
        and role_in(user, review.partnership_id) is not None
    )


def require_review_access(
    request: HttpRequest, review: Review, *, write: bool, sign_off: bool = False
) -> None:
    """Readers as above; the review's panel chair reads it and, with `sign_off`, signs off."""
    if chairs(request.user, review) and (sign_off or not write):
        return
    require_review_reader(request, review.partnership_id, write=write or sign_off)


def review_plan_gate(request: HttpRequest, plan: Plan) -> None:
    if plan.kind != Plan.Kind.REVIEW:
        return
    try:
        require_review_reader(request, plan.partnership_id, write=False)
    except PermissionDenied:  # a member, but not a reader: unless they chair this review
        review = Review.objects.filter(plan_id=plan.pk).only("pk", "partnership", "panel_chair")
        chaired = review.first()
        if chaired is None or not chairs(request.user, chaired):
            raise


def review_plan_filter(user: User | AnonymousUser, prefix: str) -> Q:
    """The gate above as a filter on lists (plans/access.py `visible_plans`): plans that are
    not reviews, and review plans of partnerships where the person may see reviews. A
    subquery, no query of its own.

    "Their role is one the coordinator chose" is asked of the JSON list of roles element by
    element (`roles__0`, `roles__1`, ...): it holds at most the choosable roles, and this
    reads the same on SQLite and PostgreSQL, where a JSON `contains` would not."""
    not_review = ~Q(**{f"{prefix}kind": Plan.Kind.REVIEW})
    if not user.is_authenticated:
        return not_review
    if user.is_host_admin:  # a coordinator everywhere
        return Q()
    chosen = Q()
    for role in ReviewAccess.CHOOSABLE:
        listed = Q()
        for index in range(len(ReviewAccess.CHOOSABLE)):
            listed |= Q(**{f"partnership__review_access__roles__{index}": role.value})
        chosen |= Q(role=role) & listed
    memberships = Membership.objects.active().filter(user=user)
    readers = memberships.filter(Q(role=Role.COORDINATOR) | chosen)
    chaired = Q(**{f"{prefix}death_review__panel_chair": user}) & Q(
        **{f"{prefix}partnership__in": memberships.values("partnership")}
    )
    return not_review | Q(**{f"{prefix}partnership__in": readers.values("partnership")}) | chaired


def get_partnership_reviews_for_user(
    request: HttpRequest, slug: str, *, write: bool = False
) -> Partnership:
    partnership = Partnership.objects.filter(slug=slug).first()
    if partnership is None:
        raise Http404("No such partnership.")
    require_review_reader(request, partnership.pk, write=write)
    return partnership


def get_review_for_user(
    request: HttpRequest, pk: int, *, write: bool = False, sign_off: bool = False
) -> Review:
    review = (
        Review.objects.select_related(
            "partnership", "plan", "chair_agency", "author_agency", "panel_chair"
        )
        .filter(pk=pk, plan__deletion__isnull=True)  # its plan deleted: the review is too
        .first()
    )
    if review is None:
        raise Http404("No such review.")
    require_review_access(request, review, write=write, sign_off=sign_off)
    return review


def get_recommendation_for_user(
    request: HttpRequest, pk: int, *, write: bool = False, sign_off: bool = False
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
    require_review_access(request, recommendation.review, write=write, sign_off=sign_off)
    return recommendation


def get_review_action_for_user(
    request: HttpRequest, pk: int, *, write: bool = False, sign_off: bool = False
) -> Action:
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
    review = action.objective.recommendation.review  # type: ignore[union-attr]
    require_review_access(request, review, write=write, sign_off=sign_off)
    return action


def get_learning_theme_for_user(request: HttpRequest, pk: int) -> LearningTheme:
    theme = LearningTheme.objects.select_related("partnership").filter(pk=pk).first()
    if theme is None:
        raise Http404("No such theme.")
    require_review_reader(request, theme.partnership_id, write=False)
    return theme
