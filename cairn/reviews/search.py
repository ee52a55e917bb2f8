"""The notes leads gave in review rounds, as a kind of row in the partnership's search
(plans/search.py).

Only notes others may read are found: those of updates submitted or accepted. A draft, or
an update returned and being written again, is still its lead's; the action page's history
shows neither (reviews/timeline.py). A note that is still the action's latest progress note
is left out here: the search finds it as the action's progress note already.
"""

from __future__ import annotations

from django.db.models import F, Q, TextField, Value
from django.db.models.functions import Concat

from cairn.plans.search import Source
from cairn.reviews.models import Update

PAST_ROUND_NOTES = Source(
    kind="round_note",
    model=Update,
    partnership="round__plan__partnership",
    fields=("note",),
    title="note",
    # "2026/27 Q3 review: Agree an information sharing protocol"
    plan=Concat("round__period", Value(" review: "), "action__title", output_field=TextField()),
    plan_pk="round__plan_id",
    link_pk="action_id",
    plan_path="round__plan__",
    only=(
        Q(state__in=Update.DONE_STATES, round__plan__deletion__isnull=True)
        & ~Q(note="")
        & ~Q(note=F("action__progress_note"))
    ),
)
