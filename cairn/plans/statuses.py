"""The status schemes Cairn ships. A partnership starts from one and may edit its labels."""

from __future__ import annotations

from django.db import transaction

from cairn.accounts.models import Partnership
from cairn.plans.models import Status, StatusScheme

C = Status.Category
K = Status.Colour

# (label, code, category, colour, description)
SCHEMES: dict[str, tuple[str, list[tuple[str, str, str, str, str]]]] = {
    "rag": (
        "RAG",
        [
            ("Not started", "NS", C.NOT_STARTED, K.GREY, "Work has not begun yet."),
            ("On track", "G", C.ON_TRACK, K.GREEN, "Progressing as planned."),
            ("At risk", "A", C.AT_RISK, K.AMBER, "Some slippage; action is being taken."),
            ("Off track", "R", C.OFF_TRACK, K.RED, "Will not be delivered as planned."),
            (
                "Stalled",
                "S",
                C.STALLED,
                K.PURPLE,
                "Blocked by something outside the partnership's control.",
            ),
            ("Complete", "C", C.COMPLETE, K.BLUE, "Delivered."),
            ("Closed", "X", C.CLOSED, K.GREY, "No longer pursued, with the board's agreement."),
        ],
    ),
    "achieved-slipped": (
        "Achieved / Slipped / Failed / Stalled",
        [
            ("Not started", "NS", C.NOT_STARTED, K.GREY, "Work has not begun yet."),
            (
                "Achieved",
                "ACH",
                C.ON_TRACK,
                K.GREEN,
                "Making good progress. Likely to achieve target on time, or achieved on time.",
            ),
            (
                "Slipped",
                "SL",
                C.AT_RISK,
                K.AMBER,
                "Progress being made but slower than anticipated; some slippage likely.",
            ),
            (
                "Failed",
                "F",
                C.OFF_TRACK,
                K.RED,
                "Little, if any, progress. Serious risk that the target will not be reached.",
            ),
            (
                "Stalled",
                "ST",
                C.STALLED,
                K.PURPLE,
                "Progress impacted by wider influences, e.g. awaiting national policy change.",
            ),
            ("Complete", "C", C.COMPLETE, K.BLUE, "Delivered."),
        ],
    ),
}


@transaction.atomic
def create_scheme(partnership: Partnership, template: str = "rag") -> StatusScheme:
    """Give a partnership its status scheme from one of the shipped templates."""
    name, statuses = SCHEMES[template]
    scheme = StatusScheme.objects.create(partnership=partnership, name=name)
    Status.objects.bulk_create(
        Status(
            scheme=scheme,
            label=label,
            code=code,
            category=category,
            colour=colour,
            description=description,
            order=order,
        )
        for order, (label, code, category, colour, description) in enumerate(statuses)
    )
    return scheme
