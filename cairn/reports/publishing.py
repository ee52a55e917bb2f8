"""Publishing a plan: a frozen, public snapshot that names agencies but never people.

What the snapshot holds: themes and objectives, each action's ref, title, lead agencies,
deadline as written, status (label, colour, overdue), and latest progress note; and counts
of actions by status. What it never holds: lead people, user names or email addresses.
Notes and titles are scrubbed of anything shaped like an email address and of the names
of the partnership's people.

Progress notes appear either only once the coordinator has accepted them in a round (the
default: a lead's unreviewed note, an at-risk one say, does not reach the public before the
coordinator has read it; the page shows the last accepted note instead), or as given. The
choice is made on the publishing page and kept in the snapshot.

Counts of actions are published as they are: an action is not a person, and a count of
actions identifies nobody (hiding them only hid what was harmless, and gave small ones away
beside their totals). Counts about people are suppressed with cairn/lib/suppression.py, at
``CAIRN_SMALL_COUNT_THRESHOLD`` (a setting, 5 unless set), which the snapshot records.
"""

from __future__ import annotations

import datetime as dt
import hashlib
from collections.abc import Callable
from typing import Any

from django.conf import settings
from django.db import transaction
from django.utils import timezone

from cairn.accounts.models import Partnership, User
from cairn.indicators.models import settings_for
from cairn.indicators.publishing import public_indicator
from cairn.indicators.trends import partnership_trends
from cairn.lib.scrubbing import Scrubber
from cairn.plans.models import Plan
from cairn.plans.named import people_named_in
from cairn.reports.data import ReportData, report_data
from cairn.reports.models import Publication
from cairn.reviews.models import Update


def small_count_threshold(partnership: Partnership | None = None) -> int:
    """The partnership's own threshold when its coordinator set one, else Cairn's."""
    if partnership is not None and partnership.small_count_threshold:
        return partnership.small_count_threshold
    return settings.CAIRN_SMALL_COUNT_THRESHOLD


def people_of(plan: Plan) -> list[str]:
    """Names of everyone who could be named in the plan (see `people_named_in`)."""
    return people_named_in(plan.partnership_id, plan.pk)


NOTES_ACCEPTED = "accepted"
NOTES_AS_GIVEN = "as_given"
NOTES_CHOICES = [
    (NOTES_ACCEPTED, "Only once accepted in a review round"),
    (NOTES_AS_GIVEN, "As given"),
]


def accepted_notes(plan: Plan) -> Callable[[int, str], str]:
    """For notes shown only once accepted: a function giving the note an action may show,
    from its id and its current note. That is the note of its latest accepted update; none
    while a lead's word on it waits for review; and, for an action no lead has updated in a
    round, its own note (the coordinator's, or the imported plan's). Two queries."""
    accepted: dict[int, str] = {}
    for action_id, note in (
        Update.objects.filter(action__theme__plan=plan, state=Update.State.ACCEPTED)
        .order_by("round__opens_on", "round_id", "reviewed_at")
        .values_list("action_id", "note")
    ):
        accepted[action_id] = note  # the latest wins
    waiting = set(
        Update.objects.filter(
            action__theme__plan=plan, state__in=[Update.State.SUBMITTED, Update.State.RETURNED]
        ).values_list("action_id", flat=True)
    )

    def public_note(action_id: int, current: str) -> str:
        if action_id in accepted:
            return accepted[action_id]
        return "" if action_id in waiting else current

    return public_note


def build_snapshot(plan: Plan, on: dt.date, notes: str = NOTES_ACCEPTED) -> dict[str, Any]:
    data = report_data(plan, on=on)
    scrub = Scrubber(people_of(plan))
    public_note = accepted_notes(plan) if notes == NOTES_ACCEPTED else _as_given
    threshold = small_count_threshold(plan.partnership)
    base = settings_for(plan.partnership).base
    statuses = data.status_by_label

    def counts(by_label: dict[str, int]) -> list[dict[str, str]]:
        return [
            {
                "label": label,
                "colour": statuses[label].colour,
                "count": by_label[label],
            }
            for label in data.labels
            if by_label.get(label)
        ]

    themes = _public_themes(data, scrub, counts, public_note)
    return {
        "partnership": data.partnership,
        "plan": scrub(data.plan_title),
        "period": data.plan_period,
        "as_at": on.isoformat(),
        "notes": notes,
        "threshold": threshold,
        "rounded": base > 1,
        "total": len(data.actions),
        "counts": counts(data.totals),
        "themes": themes,
        # Indicators measuring the plan's actions; their counts about people suppressed.
        "indicators": [
            public_indicator(trend, threshold, base)
            for trend in partnership_trends(plan.partnership, plan)
        ],
    }


def _as_given(action_id: int, note: str) -> str:
    return note


def _public_themes(
    data: ReportData,
    scrub: Scrubber,
    counts: Callable[[dict[str, int]], list[dict[str, str]]],
    public_note: Callable[[int, str], str],
) -> list[dict[str, Any]]:
    """The themes with their counts, objectives and actions, every text scrubbed of names."""
    themes: list[dict[str, Any]] = []
    groups: dict[tuple[str, str], list[dict[str, Any]]] = {}
    for summary in data.tree:
        theme: dict[str, Any] = {
            "title": scrub(summary.title),
            "total": summary.total,
            "counts": counts(summary.counts),
            "actions": [],
            "objectives": [],
        }
        groups[(summary.title, "")] = theme["actions"]
        for child in summary.children:
            objective: dict[str, Any] = {"title": scrub(child.title), "actions": []}
            theme["objectives"].append(objective)
            groups[(summary.title, child.title)] = objective["actions"]
        themes.append(theme)
    for row in data.actions:
        groups[(row.theme, row.objective)].append(
            {
                "ref": row.ref,
                "title": scrub(row.title),
                "lead_agencies": [scrub(a) for a in row.lead_agencies],
                "deadline": scrub(row.deadline_text),
                "status": row.status.label,
                "colour": row.status.colour,
                "overdue": row.overdue,
                "progress": scrub(public_note(row.pk, row.progress_note)),
            }
        )
    return themes


@transaction.atomic
def publish(plan: Plan, by: User, notes: str = NOTES_ACCEPTED) -> Publication:
    """Publish the plan as it stands now, or republish it at the same address."""
    snapshot = build_snapshot(plan, on=timezone.localdate(), notes=notes)
    live = Publication.objects.select_for_update().live().filter(plan=plan).first()
    if live is None:
        live = Publication(plan=plan, snapshot=snapshot, published_by=by)
        live._history_user = by  # type: ignore[attr-defined]
        live.save()
        return live
    # Strictly later, even by a frozen clock: the public page is kept by this time.
    at = max(timezone.now(), live.published_at + dt.timedelta(microseconds=1))
    live.snapshot, live.published_by, live.published_at = snapshot, by, at
    live._history_user = by  # type: ignore[attr-defined]
    live.save(update_fields=["snapshot", "published_by", "published_at"])
    return live


def withdraw(plan: Plan, by: User) -> Publication | None:
    """Take the plan's public page down; its address answers 404 from now on."""
    live = Publication.objects.live().filter(plan=plan).first()
    if live is not None:
        live.withdrawn_at, live.withdrawn_by = timezone.now(), by
        live._history_user = by  # type: ignore[attr-defined]
        live.save(update_fields=["withdrawn_at", "withdrawn_by"])
    return live


# How long a rendered public page is kept: it is keyed by its version, so only memory is
# at stake, never freshness.
PUBLIC_PAGE_SECONDS = 24 * 3600


def public_page_key(live: Publication, partnership: Partnership, also: list[str] = ()) -> str:  # type: ignore[assignment]
    """Names one version of a public page: the publication as (re)published, the
    partnership's contact as it is now, and `also` (the death reviews it links to, say).
    Republishing, a new contact or another review published gives a new key."""
    version = "|".join(
        [
            str(live.pk),
            live.token,
            live.published_at.isoformat(),
            partnership.public_contact_name,
            partnership.public_contact_email,
            *also,
        ]
    )
    return "public-" + hashlib.sha256(version.encode()).hexdigest()[:32]
