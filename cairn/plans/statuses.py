"""The status schemes Cairn ships, and changing a partnership's scheme.

A partnership starts from a template and may edit its statuses: labels, short codes,
categories (what a status means, so reports work whatever it is called), colours and order.
Removing a status that actions still have asks where each of those actions goes; the removed
statuses move to a former scheme, so past updates keep the labels they were given.
"""

from __future__ import annotations

from dataclasses import dataclass

from django.db import transaction
from django.db.models import CharField, Count, Value
from django.db.models.functions import Cast, Concat
from django.utils import timezone

from cairn.accounts.models import Partnership, User
from cairn.plans.models import Action, Status, StatusScheme

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


# RAG alone, and an empty scheme to fill in: offered as templates beside SCHEMES.
SCHEMES["rag-only"] = (
    "RAG",
    [
        ("Green", "G", C.ON_TRACK, K.GREEN, "On track: progressing as planned."),
        ("Amber", "A", C.AT_RISK, K.AMBER, "At risk: some slippage; action is being taken."),
        ("Red", "R", C.OFF_TRACK, K.RED, "Off track: will not be delivered as planned."),
    ],
)
SCHEMES["blank"] = ("Our statuses", [])

# The templates a coordinator chooses from, in the order offered, with a line about each.
TEMPLATES = [
    ("rag-only", "RAG: Red, Amber, Green", "Three statuses, as many boards report."),
    (
        "rag",
        "RAG with Not started and Complete",
        "Red, amber and green, with Not started, Stalled, Complete and Closed.",
    ),
    (
        "achieved-slipped",
        "Achieved, Slipped, Failed, Stalled",
        "As Stockton-on-Tees reports its plan, with Not started and Complete.",
    ),
    ("blank", "A blank scheme", "Start from nothing and write your own statuses."),
]


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


# ---------------------------------------------------------------- changing a scheme


class SchemeChangeRefused(ValueError):
    """A scheme change that cannot be made as asked; the message says why."""


@dataclass(frozen=True)
class StatusRow:
    """One status of a proposed scheme; `pk` is the status it changes, None for a new one."""

    pk: int | None
    label: str
    code: str
    category: str
    colour: str
    description: str = ""

    @property
    def category_label(self) -> str:
        return Status.Category(self.category).label


def template_rows(template: str) -> tuple[str, list[StatusRow]]:
    name, statuses = SCHEMES[template]
    return name, [StatusRow(None, *status) for status in statuses]


def current_rows(scheme: StatusScheme) -> list[StatusRow]:
    return [
        StatusRow(s.pk, s.label, s.code, s.category, s.colour, s.description)
        for s in scheme.statuses.all()
    ]


def actions_by_status(scheme: StatusScheme) -> dict[int, int]:
    """{status id: how many actions have it now}, for the scheme's statuses."""
    return dict(
        Action.objects.filter(status__scheme=scheme)
        .values("status")
        .annotate(n=Count("pk"))
        .values_list("status", "n")
    )


def statuses_to_map(scheme: StatusScheme, rows: list[StatusRow]) -> list[tuple[Status, int]]:
    """The scheme's statuses that the proposal removes while actions still have them."""
    kept = {row.pk for row in rows if row.pk}
    counts = actions_by_status(scheme)
    return [(s, counts[s.pk]) for s in scheme.statuses.all() if s.pk not in kept and s.pk in counts]


def suggested_row(status: Status, rows: list[StatusRow]) -> int | None:
    """The new status an old one most likely becomes: the same label, else the same category."""
    for test in (
        lambda row: row.label.casefold() == status.label.casefold(),
        lambda row: row.category == status.category,
    ):
        for index, row in enumerate(rows):
            if test(row):
                return index
    return None


@transaction.atomic
def change_scheme(
    partnership: Partnership,
    name: str,
    rows: list[StatusRow],
    mapping: dict[int, int],
    *,
    by: User | None,
) -> StatusScheme:
    """Make the partnership's scheme the given rows, in order.

    `mapping` is {removed status id: index in rows} for every removed status that actions
    have now; those actions move to that status. Removed statuses go to a former scheme,
    so updates given them keep their labels. Refused, with nothing changed, when a status
    in use is not mapped, when there are no rows, or when two rows share a label or code.
    """
    scheme = StatusScheme.objects.select_for_update().get(partnership=partnership)
    _check(scheme, rows)
    to_map = statuses_to_map(scheme, rows)
    for status, count in to_map:
        if not 0 <= mapping.get(status.pk, -1) < len(rows):
            raise SchemeChangeRefused(
                f"Choose the new status for the {count} action(s) that are {status.label}."
            )
    kept = {row.pk for row in rows if row.pk}
    removed = [s for s in scheme.statuses.all() if s.pk not in kept]
    if removed:
        former = StatusScheme.objects.create(
            former_partnership=partnership,
            name=f"{scheme.name} (in use until {timezone.localdate():%-d %b %Y})",
            replaced_at=timezone.now(),
        )
        for status in removed:
            status.scheme = former
            _save(status, by)
    # Kept statuses may swap labels or codes: clear them first so no two collide midway.
    placeholder = Concat(Value("~"), Cast("pk", CharField()))
    Status.objects.filter(pk__in=kept).update(label=placeholder, code=placeholder)
    saved: list[Status] = []
    existing = {s.pk: s for s in Status.objects.filter(pk__in=kept)}
    for order, row in enumerate(rows):
        status = existing[row.pk] if row.pk else Status(scheme=scheme)
        status.label, status.code, status.category = row.label, row.code, row.category
        status.colour, status.description, status.order = row.colour, row.description, order
        _save(status, by)
        saved.append(status)
    for status, _count in to_map:
        target = saved[mapping[status.pk]]
        for action in Action.objects.filter(status_id=status.pk):
            action.status = target
            action._history_user = by  # type: ignore[attr-defined]
            action.save(update_fields=["status"])
    if scheme.name != name:
        scheme.name = name
        scheme._history_user = by  # type: ignore[attr-defined]
        scheme.save()
    return scheme


def _check(scheme: StatusScheme, rows: list[StatusRow]) -> None:
    if not rows:
        raise SchemeChangeRefused("Give the scheme at least one status.")
    own = {s.pk for s in scheme.statuses.all()}
    if any(row.pk and row.pk not in own for row in rows):
        raise SchemeChangeRefused("A status belongs to another scheme. Open the page again.")
    for attribute, what in (("label", "label"), ("code", "short code")):
        seen: set[str] = set()
        for row in rows:
            value = getattr(row, attribute).strip().casefold()
            if not value:
                raise SchemeChangeRefused(f"Give every status a {what}.")
            if value in seen:
                raise SchemeChangeRefused(
                    f"Two statuses have the {what} {getattr(row, attribute)}."
                )
            seen.add(value)


def _save(status, by: User | None) -> None:
    status._history_user = by
    status.save()
