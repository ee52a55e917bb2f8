"""An action's review timeline: every update, return, override and acceptance, newest first."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from cairn.plans.models import Action, Status
from cairn.reviews.models import Update


@dataclass
class Event:
    when: datetime
    who: str
    round: str
    what: str
    detail: str = ""


def action_timeline(action: Action, limit: int = 100) -> list[Event]:
    """Read from the updates' audit history in three queries, whatever its length."""
    records = list(
        Update.history.filter(action_id=action.pk)
        .select_related("history_user", "round")
        .order_by("history_date", "history_id")
    )
    statuses = {
        s.pk: s.label for s in Status.objects.ever_used_by(action.theme.plan.partnership_id)
    }
    previous: dict[int, object] = {}
    events: list[Event] = []
    for record in records:
        before = previous.get(record.id)
        previous[record.id] = record
        event = _describe(record, before, statuses)
        if event is not None:
            events.append(event)
    events.reverse()
    return events[:limit]


def _describe(record, before, statuses: dict[int, str]) -> Event | None:
    who = str(record.history_user) if record.history_user else "Cairn"
    period = record.round.period if record.round else ""
    status = statuses.get(record.status_id, "no status")
    state_changed = before is None or before.state != record.state
    if before is not None and record.override_status_id != before.override_status_id:
        return Event(
            record.history_date,
            who,
            period,
            f"Status overridden: {statuses.get(record.override_status_id, 'none')} "
            f"(lead said {status})",
            record.override_reason,
        )
    if record.state == Update.State.SUBMITTED and (state_changed or _edited(record, before)):
        return Event(record.history_date, who, period, f"Update submitted: {status}", record.note)
    if record.state == Update.State.ACCEPTED and state_changed:
        return Event(record.history_date, who, period, "Update accepted")
    if record.state == Update.State.RETURNED and state_changed:
        return Event(record.history_date, who, period, "Update returned", record.review_comment)
    if record.state in (Update.State.DRAFT, Update.State.RETURNED) and _edited(record, before):
        return Event(record.history_date, who, period, "Draft saved")
    return None


def _edited(record, before) -> bool:
    if before is None:
        return bool(record.note or record.status_id)
    return (record.note, record.status_id, record.revised_deadline_text) != (
        before.note,
        before.status_id,
        before.revised_deadline_text,
    )
