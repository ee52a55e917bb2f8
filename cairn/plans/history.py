"""An action's audit trail: every change to it and its milestones, newest first.

Read in bulk, in three queries whatever the length of the history: the action's newest
records (one more than shown: each record's previous one is the next, read by the index on
the action and date), its milestones' records, each with the values of the record before
it (a window function, LAG, over each milestone's records), and the many-to-many rows (lead
agencies, lead people, collaborators) of the shown records and their previous ones, with
names, as one UNION.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from django.db import models
from django.db.models import CharField, F, OuterRef, Subquery, Value, Window
from django.db.models.functions import Coalesce, Lag, NullIf
from simple_history.models import HistoricalRecords

from cairn.accounts.models import Agency, User
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
PREVIOUS = "previous__"  # prefix of the annotations holding the previous record's values


@dataclass
class Change:
    when: datetime
    who: str
    what: str
    changes: list[tuple[str, str, str]]
    """(field, before, after)"""


def action_history(action: Action, limit: int = 100) -> list[Change]:
    """The newest `limit` changes to the action and its milestones. Queries: the action's
    records, its milestones' records, and the many-to-many rows: three in all."""
    records = _newest_with_previous(action, _compared_fields(Action), limit)
    milestone_records = _with_previous(
        Milestone.history.filter(action_id=action.pk), _compared_fields(Milestone), limit
    )
    many = _many_to_many_names(records)
    changes = [_describe(r, "Action", Action, many) for r in records]
    changes += [
        _describe(r, f"Milestone “{r.title[:60]}”", Milestone, {}) for r in milestone_records
    ]
    changes.sort(key=lambda c: c.when, reverse=True)
    return changes[:limit]


def _compared_fields(model: type[models.Model]) -> list[models.Field]:
    """The fields a change lists: editable, not many-to-many, not hidden (as simple-history's
    `diff_against` chooses them)."""
    return [
        f
        for f in model._meta.concrete_fields
        if f.editable and not f.primary_key and f.name not in HIDDEN_FIELDS
    ]


def _newest_with_previous(action: Action, fields: list[models.Field], limit: int) -> list:
    """The action's newest `limit` records, each given the previous record's values of
    `fields` and its `history_id` as `_with_previous` gives them: the previous record is
    the next one read, so one more is read and none is computed. One query."""
    records = list(
        Action.history.filter(id=action.pk)
        .select_related("history_user")
        .order_by("-history_date", "-history_id")[: limit + 1]
    )
    for record, previous in zip(records, [*records[1:], None], strict=True):
        for f in fields:
            setattr(record, f"{PREVIOUS}{f.attname}", getattr(previous, f.attname, None))
        setattr(record, f"{PREVIOUS}history_id", getattr(previous, "history_id", None))
    return records[:limit]


def _with_previous(records: models.QuerySet, fields: list[models.Field], limit: int) -> list:
    """The newest `limit` records, each annotated with the previous record's values of
    `fields` and its `history_id`, by LAG over the same object's records. One query."""

    def previous(expression: str) -> Window:
        return Window(
            Lag(expression),
            partition_by=[F("id")],
            order_by=[F("history_date").asc(), F("history_id").asc()],
        )

    annotations: dict[str, Any] = {f"{PREVIOUS}{f.attname}": previous(f.attname) for f in fields}
    annotations[f"{PREVIOUS}history_id"] = previous("history_id")
    return list(
        records.select_related("history_user")
        .annotate(**annotations)
        .order_by("-history_date", "-history_id")[:limit]
    )


ManyToManyNames = dict[str, dict[int, list[str]]]
"""{field name: {history_id: names of the rows it held, in id order}}"""


def _many_to_many_names(records: list) -> ManyToManyNames:
    """For each many-to-many field, the names each record (and the one before it) held."""
    history_ids = {r.history_id for r in records} | {
        getattr(r, f"{PREVIOUS}history_id") for r in records
    }
    history_ids.discard(None)
    fields = Action.history.model._history_m2m_fields  # type: ignore[attr-defined]
    names: ManyToManyNames = {field.name: defaultdict(list) for field in fields}
    parts = []
    for n, field in enumerate(fields):
        through = HistoricalRecords.m2m_models[field]
        target = field.m2m_reverse_field_name()
        parts.append(
            through.objects.filter(history_id__in=history_ids)
            .annotate(
                which=Value(n),
                label=_name_of(field.related_model, target),
                target=F(f"{target}_id"),
            )
            .values_list("which", "history_id", "target", "label")
        )
    first, *rest = parts
    for which, history_id, _, label in first.union(*rest, all=True).order_by(
        "which", "history_id", "target"
    ):
        names[fields[which].name][history_id].append(label or "(deleted)")
    return names


def _name_of(model: type[models.Model], target: str) -> Subquery:
    """How the page names an agency (short name, else name) or a person (name, else email)."""
    if model is Agency:
        label = Coalesce(NullIf("short_name", Value("")), "name", output_field=CharField())
    elif model is User:
        label = Coalesce(NullIf("name", Value("")), "email", output_field=CharField())
    else:  # pragma: no cover - the three fields point at agencies and people
        raise ValueError(f"No name for {model}")
    return Subquery(
        model.objects.filter(pk=OuterRef(f"{target}_id")).annotate(label=label).values("label")[:1]
    )


def _describe(record, label: str, model: type[models.Model], many: ManyToManyNames) -> Change:
    who = str(record.history_user) if record.history_user else "Cairn"
    kind = {"+": "created", "~": "changed", "-": "deleted"}[record.history_type]
    previous_id = getattr(record, f"{PREVIOUS}history_id")
    diffs: list[tuple[str, str, str]] = []
    if record.history_type == "~" and previous_id is not None:
        for field in _compared_fields(model):
            old = getattr(record, f"{PREVIOUS}{field.attname}")
            new = getattr(record, field.attname)
            if old != new:
                diffs.append((field.name, _show(old), _show(new)))
        for name, held in many.items():
            old_names, new_names = held.get(previous_id, []), held.get(record.history_id, [])
            if old_names != new_names:
                diffs.append((name, _show(old_names), _show(new_names)))
        # As simple-history's diff lists them: by field name, then named for people.
        diffs.sort(key=lambda d: d[0])
        diffs = [
            (str(model._meta.get_field(name).verbose_name).capitalize(), old, new)
            for name, old, new in diffs
        ]
    what = f"{label} {kind}"
    if record.history_change_reason:  # e.g. "Imported from plan.docx"
        what += f": {record.history_change_reason}"
    return Change(when=record.history_date, who=who, what=what, changes=diffs)


def _show(value) -> str:
    if value in (None, ""):
        return "–"
    if isinstance(value, list):  # many-to-many rows
        return ", ".join(str(v) for v in value) or "–"
    return str(value)
