"""Search a partnership's plans, actions, milestones and progress notes.

    search(partnership_id, words, user) -> a queryset of rows (kind, pk, title, plan,
        plan_pk, rank), best first, ready to paginate: one UNION query, however many kinds.
    register(source, label)       a higher app adds a kind of row (reviews: the notes leads
        gave in past review rounds) without this module importing it.

On PostgreSQL it is full-text search (English stemming: "trained" finds "training"; every
word must match); elsewhere (SQLite) each word must appear, in any case, in one of the
fields. Deleted items are left out (the default managers). Who may search is the caller's
business (every member of the partnership); what they find is limited here to the plans they
may open: the plan gates of higher apps (death reviews) apply, as on every list that crosses
plans (plans/access.py `visible_plans`).
"""

from __future__ import annotations

from dataclasses import dataclass

from django.contrib.auth.models import AnonymousUser
from django.db import connection, models
from django.db.models import Expression, F, FloatField, Q, QuerySet, TextField, Value
from django.db.models.functions import Cast

from cairn.accounts.models import User
from cairn.plans.access import visible_plans
from cairn.plans.models import Action, Milestone, Plan

# What each kind of row is called on the results page.
KINDS = {
    "plan": "Plan",
    "action": "Action",
    "milestone": "Milestone",
    "note": "Progress note",
}
COLUMNS = ("kind", "pk", "title", "plan", "plan_pk", "link_pk", "rank")


@dataclass(frozen=True)
class Source:
    """One kind of row: its model, where its partnership is, the fields searched."""

    kind: str
    model: type[models.Model]
    partnership: str
    fields: tuple[str, ...]
    title: str
    plan: str | Expression
    """What the row is in or on: its plan, or a note's action."""
    plan_pk: str
    link_pk: str = "pk"
    """The page a row links to: its own (plans, actions), or its action's (milestones)."""
    only: Q | None = None
    """Which rows may be found at all (a round's notes: only those submitted)."""
    plan_path: str = ""
    """How the row reaches its plan, for `visible_plans` ("" on Plan, "theme__plan__")."""


SOURCES = (
    Source("plan", Plan, "partnership", ("title", "period_text"), "title", "title", "pk"),
    Source(
        "action",
        Action,
        "theme__plan__partnership",
        ("ref", "title", "description", "outcome", "output"),
        "title",
        "theme__plan__title",
        "theme__plan_id",
        plan_path="theme__plan__",
    ),
    Source(
        "milestone",
        Milestone,
        "action__theme__plan__partnership",
        ("title",),
        "title",
        "action__theme__plan__title",
        "action__theme__plan_id",
        link_pk="action_id",
        plan_path="action__theme__plan__",
    ),
    Source(
        "note",
        Action,
        "theme__plan__partnership",
        ("progress_note",),
        "progress_note",
        "title",  # the note's action, named beside it
        "pk",
        plan_path="theme__plan__",
    ),
)


_registered: list[Source] = []


def register(source: Source, label: str) -> None:
    """Search `source`'s rows too, called `label` on the results page (from an app's
    AppConfig.ready(); a second call with the same source changes nothing)."""
    if source not in _registered:
        _registered.append(source)
    KINDS[source.kind] = label


def uses_full_text() -> bool:
    return connection.vendor == "postgresql"


def search(partnership_id: int, words: list[str], user: User | AnonymousUser) -> QuerySet:
    """Rows (COLUMNS) matching every one of `words` (plans/forms.search_words), best first,
    in the plans `user` may open."""
    parts = [_matching(source, partnership_id, words, user) for source in (*SOURCES, *_registered)]
    first, *rest = parts
    return first.union(*rest, all=True).order_by("-search_rank", "search_kind", "pk")


def _matching(
    source: Source, partnership_id: int, words: list[str], user: User | AnonymousUser
) -> QuerySet:
    rows = source.model.objects.filter(**{f"{source.partnership}_id": partnership_id})
    rows = rows.filter(visible_plans(user, source.plan_path))
    if source.only is not None:
        rows = rows.filter(source.only)
    if uses_full_text():
        rows, rank = _full_text(rows, source, words)
    else:
        rows, rank = _contains(rows, source, words), Value(1.0, output_field=FloatField())
    return (
        rows.order_by()
        .annotate(
            search_kind=Value(source.kind, output_field=TextField()),
            search_title=Cast(source.title, TextField()),
            search_plan=Cast(source.plan, TextField()),
            search_plan_pk=F(source.plan_pk),
            search_link_pk=F(source.link_pk),
            search_rank=rank,
        )
        .values_list(
            "search_kind",
            "pk",
            "search_title",
            "search_plan",
            "search_plan_pk",
            "search_link_pk",
            "search_rank",
        )
    )


def _contains(rows: QuerySet, source: Source, words: list[str]) -> QuerySet:
    for word in words:
        anywhere = Q()
        for name in source.fields:
            anywhere |= Q(**{f"{name}__icontains": word})
        rows = rows.filter(anywhere)
    return rows


def _full_text(rows: QuerySet, source: Source, words: list[str]):
    from django.contrib.postgres.search import SearchQuery, SearchRank, SearchVector

    vector = SearchVector(*source.fields, config="english")  # empty fields count as ""
    # Each word as plain text (no operators a person could mistype), all of them required.
    query = SearchQuery(words[0], config="english", search_type="plain")
    for word in words[1:]:
        query &= SearchQuery(word, config="english", search_type="plain")
    rows = rows.annotate(search_vector=vector).filter(search_vector=query)
    return rows, SearchRank(F("search_vector"), query)
