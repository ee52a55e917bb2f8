"""The partnership page's review-round panel: what a lead still owes in the open rounds,
and, for the coordinator, the rounds that are open."""

from __future__ import annotations

from django.http import HttpRequest
from django.utils import timezone

from cairn.accounts.access import is_coordinator, is_lead
from cairn.accounts.models import Partnership
from cairn.reviews.leads import open_rounds_for_lead
from cairn.reviews.models import ReviewRound


def review_rounds_panel(request: HttpRequest, partnership: Partnership, role: str) -> dict | None:
    """For a lead, each open round of this partnership that asks them for updates and how
    many still wait; for the coordinator, the open rounds. None for anyone else."""
    context: dict = {"partnership": partnership}
    if is_coordinator(request.user, partnership):
        context["open_rounds"] = list(
            ReviewRound.objects.filter(
                plan__partnership=partnership,
                plan__deletion__isnull=True,
                state=ReviewRound.State.OPEN,
            ).select_related("plan")
        )
    if is_lead(request.user, partnership):
        context["lead_rounds"] = [
            {
                "round": group.round,
                "total": len(group.rows),
                "outstanding": sum(
                    1 for _, update, _ in group.rows if not update or not update.is_done
                ),
            }
            for group in open_rounds_for_lead(request.user, on=timezone.localdate())
            if group.round.plan.partnership_id == partnership.pk
        ]
    return context if len(context) > 1 else None
