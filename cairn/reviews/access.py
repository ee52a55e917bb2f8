"""Fetch a round or an update and check the person may see it (404) or act on it (403)."""

from __future__ import annotations

from django.core.exceptions import PermissionDenied
from django.http import Http404, HttpRequest

from cairn.accounts.access import require_role
from cairn.plans.access import check_plan_gates, may_update
from cairn.plans.models import Action
from cairn.reviews.models import ReviewRound, Update


def get_round_for_user(request: HttpRequest, pk: int, *, write: bool = False) -> ReviewRound:
    """Any member may read a round; `write` (state changes, chasing) is the coordinator's."""
    review_round = (
        ReviewRound.objects.select_related("plan__partnership", "opened_by").filter(pk=pk).first()
    )
    if review_round is None:
        raise Http404("No such round.")
    require_role(request, review_round.plan.partnership_id, write=write)
    check_plan_gates(request, review_round.plan)
    return review_round


def get_round_action_for_lead(
    request: HttpRequest, round_pk: int, action_pk: int
) -> tuple[ReviewRound, Action]:
    """The round and one of its actions, for someone who may update it: a lead of the
    action or the coordinator."""
    review_round = get_round_for_user(request, round_pk)
    action = (
        Action.objects.select_related("theme__plan", "status")
        .filter(pk=action_pk, theme__plan_id=review_round.plan_id)
        .first()
    )
    if action is None:
        raise Http404("No such action in this round.")
    if not may_update(request.user, action):
        raise PermissionDenied("Only this action's leads and the coordinator can update it.")
    return review_round, action


def get_update_for_user(request: HttpRequest, pk: int, *, write: bool = False) -> Update:
    update = (
        Update.objects.select_related(
            "round__plan__partnership", "action__theme__plan", "status", "override_status"
        )
        .filter(pk=pk)
        .first()
    )
    if update is None:
        raise Http404("No such update.")
    require_role(request, update.round.plan.partnership_id, write=write)
    check_plan_gates(request, update.round.plan)
    return update
