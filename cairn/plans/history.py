"""An action's audit trail: every change to it and its milestones, newest first."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from cairn.plans.models import Action, Milestone

# Fields not worth showing a coordinator as a change.
HIDDEN_FIELDS = {
    "version",
    "progress_updated_at",
    "order",
    "deadline_kind",
    "deadline_start",
    "deadline_end",
    "deadline_warning",
}


@dataclass
class Change:
    when: datetime
    who: str
    what: str
    changes: list[tuple[str, str, str]]
    """(field, before, after)"""


def action_history(action: Action, limit: int = 100) -> list[Change]:
    records = list(action.history.select_related("history_user").order_by("-history_date")[:limit])
    milestone_records = list(
        Milestone.history.filter(action_id=action.pk)
        .select_related("history_user")
        .order_by("-history_date")[:limit]
    )
    changes = [_describe(r, "Action") for r in records]
    changes += [_describe(r, f"Milestone “{r.title[:60]}”") for r in milestone_records]
    changes.sort(key=lambda c: c.when, reverse=True)
    return changes[:limit]


def _describe(record, label: str) -> Change:
    who = str(record.history_user) if record.history_user else "Cairn"
    kind = {"+": "created", "~": "changed", "-": "deleted"}[record.history_type]
    diffs: list[tuple[str, str, str]] = []
    if record.history_type == "~" and record.prev_record is not None:
        delta = record.diff_against(record.prev_record, excluded_fields=HIDDEN_FIELDS)
        for change in delta.changes:
            field = record.instance._meta.get_field(change.field)
            old, new = change.old, change.new
            if field.many_to_many:  # rows of the through table: name what they point at
                old, new = _names(field, old), _names(field, new)
            diffs.append((str(field.verbose_name).capitalize(), _show(old), _show(new)))
    what = f"{label} {kind}"
    if record.history_change_reason:  # e.g. "Imported from plan.docx"
        what += f": {record.history_change_reason}"
    return Change(when=record.history_date, who=who, what=what, changes=diffs)


def _names(field, rows: list[dict]) -> list[str]:
    target = field.m2m_reverse_field_name()
    ids = [row.get(target) for row in rows or []]
    found = field.related_model.objects.in_bulk([i for i in ids if i is not None])
    return [str(found.get(i, "(deleted)")) for i in ids]


def _show(value) -> str:
    if value in (None, ""):
        return "–"
    if isinstance(value, list):  # many-to-many rows
        return ", ".join(str(v) for v in value) or "–"
    return str(value)
