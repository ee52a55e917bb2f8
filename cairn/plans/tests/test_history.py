"""An action's history: read in bulk, the same queries whatever its length, and saying what
simple-history's own record-by-record diff says."""

from __future__ import annotations

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from cairn.accounts.models import Agency
from cairn.plans.factories import make_milestone
from cairn.plans.history import HIDDEN_FIELDS, action_history

pytestmark = pytest.mark.django_db


def edit(action, n: int, police, health, lead) -> None:
    """The nth edit: a new title, and in turn a lead agency, collaborator or person."""
    action.title = f"Edit {n}"
    action.save()
    if n % 3 == 0:
        action.lead_agencies.set([police] if n % 2 else [police, health])
    elif n % 3 == 1:
        action.collaborators.set([health] if n % 2 else [])
    else:
        action.lead_people.set([] if n % 2 else [lead])


def queries_for(action) -> int:
    with CaptureQueriesContext(connection) as queries:
        action_history(action)
    return len(queries)


def test_history_is_read_in_three_queries_at_any_length(action_a, police_a, lead, partnership_a):
    health = Agency.objects.create(partnership=partnership_a, name="NHS Trust", short_name="NHS")
    make_milestone(action_a, "Helpline available", "Apr 2016")
    for n in range(3):
        edit(action_a, n, police_a, health, lead)
    short = queries_for(action_a)
    for n in range(3, 160):  # past the 100 records the page shows
        edit(action_a, n, police_a, health, lead)
    assert action_a.history.count() > 300
    # 1 the action's newest records and the one before them, with their users, 2 its
    # milestones' records with their previous values (LAG), 3 the rows of lead agencies,
    # lead people and collaborators of those records, each with its name (one UNION).
    assert short == 3
    assert queries_for(action_a) == 3


def reference_history(action) -> list[tuple[str, list[tuple[str, str, str]]]]:
    """What the page said before: simple-history's diff_against, record by record."""
    out = []
    for record in action.history.order_by("-history_date", "-history_id")[:100]:
        diffs = []
        if record.history_type == "~" and record.prev_record is not None:
            delta = record.diff_against(record.prev_record, excluded_fields=HIDDEN_FIELDS)
            for change in delta.changes:
                field = record.instance._meta.get_field(change.field)
                old, new = change.old, change.new
                if field.many_to_many:
                    target = field.m2m_reverse_field_name()
                    found = field.related_model.objects.in_bulk()
                    old = [str(found[row[target]]) for row in old] or "–"
                    new = [str(found[row[target]]) for row in new] or "–"
                    old = ", ".join(old) if isinstance(old, list) else old
                    new = ", ".join(new) if isinstance(new, list) else new
                old = "–" if old in (None, "") else str(old)
                new = "–" if new in (None, "") else str(new)
                diffs.append((str(field.verbose_name).capitalize(), old, new))
        out.append((record.history_date, diffs))
    return out


def test_bulk_history_says_what_the_record_by_record_diff_says(
    action_a, police_a, lead, partnership_a
):
    health = Agency.objects.create(partnership=partnership_a, name="NHS Trust", short_name="NHS")
    for n in range(12):
        edit(action_a, n, police_a, health, lead)
    bulk = [(c.when, c.changes) for c in action_history(action_a) if c.what.startswith("Action")]
    assert bulk == reference_history(action_a)
    assert ("Lead agencies", "Police", "Police, NHS") in [d for _, ds in bulk for d in ds]
    assert ("Collaborators", "NHS", "–") in [d for _, ds in bulk for d in ds]


def test_history_names_an_agency_deleted_since(action_a, partnership_a):
    gone = Agency.objects.create(partnership=partnership_a, name="Closed charity")
    action_a.lead_agencies.add(gone)
    gone.delete()
    changes = [d for c in action_history(action_a) for d in c.changes]
    assert ("Lead agencies", "–", "(deleted)") in changes
