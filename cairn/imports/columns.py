"""Which column of a plan's table holds what: column roles from header words and cell contents.

Plans name their columns in many ways ("Lead", "Ownership", "Accountable leads", "Led by");
each role lists the words partnerships use for it. A header row is recognised by having several
cells that name roles; a repeated header (a table continued over a page) is recognised too.
"""

from __future__ import annotations

import functools
import re

from cairn.imports.grid import Row

REF = "ref"
OBJECTIVE = "objective"
ACTION = "action"
MILESTONES = "milestones"
LEAD = "lead"
COLLABORATORS = "collaborators"
DEADLINE = "deadline"
TIMESCALE = "timescale"
PROGRESS = "progress"
STATUS = "status"
OUTPUT = "output"
OUTCOME = "outcome"
INDICATORS = "indicators"
COST = "cost"

ROLE_WORDS: dict[str, tuple[str, ...]] = {
    REF: ("ref", "reference", "ref no", "#"),
    OBJECTIVE: (
        "objective",
        "objectives",
        "key objective",
        "key objectives",
        "aim",
        "aims",
        "priority",
        "priorities",
        "priority area",
        "priority areas",
        "recommendation",
        "recommendations",
        "theme",
        "strand",
        "goal",
        "goals",
        "outcome area",
        "workstream",
    ),
    ACTION: (
        "action",
        "actions",
        "delivery action",
        "delivery actions",
        "delivery actions required",
        "key actions",
        "what we will do",
        "what will we do",
        "activity",
        "activities",
        "task",
        "tasks",
        "success measures",
        "success measure",
        "action required",
        "actions required",
        "how will we do it",
    ),
    MILESTONES: ("milestone", "milestones", "key milestones", "steps", "key steps"),
    LEAD: (
        "lead",
        "leads",
        "ownership",
        "owner",
        "owners",
        "accountable lead",
        "accountable leads",
        "led by",
        "lead agency",
        "lead agencies",
        "lead officer",
        "lead partner",
        "responsible",
        "responsibility",
        "responsible officer",
        "who",
        "accountable",
        "lead organisation",
    ),
    COLLABORATORS: (
        "collaboration",
        "collaborators",
        "partners",
        "partner agencies",
        "key partners",
        "supported by",
        "support from",
        "contributors",
        "other partners",
        "working with",
    ),
    DEADLINE: (
        "deadline",
        "deadlines",
        "by when",
        "when",
        "timeline",
        "timeframe",
        "time frame",
        "target date",
        "completion date",
        "anticipated completion date",
        "due",
        "due date",
        "date",
        "end date",
        "target completion",
        "anticipated completion date",
        "due by",
    ),
    TIMESCALE: ("timescale", "timescales"),
    PROGRESS: (
        "progress",
        "update",
        "comments",
        "commentary",
        "current position",
        "progress to date",
        "progress update",
    ),
    STATUS: ("rag", "status", "rag rating", "rag status", "rating", "rag review"),
    OUTPUT: ("output", "outputs", "deliverable", "deliverables"),
    OUTCOME: ("outcome", "outcomes", "expected outcome", "expected outcomes"),
    INDICATORS: (
        "indicator",
        "indicators",
        "measure",
        "measures",
        "performance measure",
        "performance measures",
        "kpi",
        "kpis",
        "how will we measure",
        "success indicators",
    ),
    COST: (
        "cost",
        "costs",
        "cost implication",
        "cost implications",
        "resources",
        "resource",
        "budget",
        "resource implications",
    ),
}

PHRASES = sorted(
    ((phrase, role) for role, phrases in ROLE_WORDS.items() for phrase in phrases),
    key=lambda item: -len(item[0]),
)
SHORT_TERMS = {"short", "medium", "long", "short term", "medium term", "long term", "s", "m", "l"}
REF_VALUE = re.compile(r"^\s*\d+(\.\d+)*\.?\s*$")
NUMBER_WORDS = "one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve"
SECTION_LABEL = re.compile(
    rf"^\s*(?:key\s+)?(?:strand|theme|aim|objective|priority|outcome|section|recommendation|"
    rf"workstream|goal)\s+(?:\d+|[ivx]+|[a-h]|{NUMBER_WORDS})\s*[:.\-–]\s*\S",
    re.IGNORECASE,
)
"""A section's own label ("Aim Five: ...", "Priority 2 - ..."): a heading, never a header."""
MAX_HEADER_WORDS = 16


def header_words(text: str) -> str:
    return re.sub(r"[^a-z#]+", " ", text.lower()).strip()


@functools.lru_cache(maxsize=8192)  # called for every cell of every row: texts repeat
def role_of_header(text: str) -> str | None:
    """The role a header cell names, by its longest matching phrase near its start.

    Only the first words count: a header is a label ("Lead agency"), and a data cell that
    mentions "action" half-way through must not look like one.
    """
    words = header_words(text)
    if not words or len(words.split()) > MAX_HEADER_WORDS or SECTION_LABEL.match(text):
        return None
    opening = " ".join(words.split()[:4])
    squashed = opening.replace(" ", "")
    for pattern, role in PHRASE_PATTERNS:
        if pattern.match(opening):
            return role
    for squashed_phrase, role in SQUASHED_PHRASES:
        # words broken across columns by a PDF ("Timescal e", "Collabor ation")
        if squashed.startswith(squashed_phrase):
            return role
    return None


PHRASE_PATTERNS = [(re.compile(rf"{re.escape(phrase)}( |$)"), role) for phrase, role in PHRASES]
SQUASHED_PHRASES = [(phrase.replace(" ", ""), role) for phrase, role in PHRASES if len(phrase) >= 6]


def header_roles(row: Row) -> dict[int, str]:
    roles = {}
    for index, cell in enumerate(row.cells):
        role = role_of_header(cell.text)
        if role:
            roles[index] = role
    return roles


def is_header_row(row: Row) -> bool:
    """Several cells name roles, and they are most of the row's filled cells."""
    filled = [cell for cell in row.cells if cell.text.strip()]
    roles = header_roles(row)
    return len(roles) >= 2 and len(roles) * 2 >= len(filled)


def looks_like_header_fragment(row: Row) -> bool:
    """A row beside a header that names at least one role: part of a header split over rows."""
    return bool(header_roles(row))


def completes_header(row: Row, header: Row) -> bool:
    """A row next to a header that names only roles the header leaves out, in columns it
    leaves unnamed: the other half of a header a PDF split in two. A data row whose cell
    happens to start "Action against ..." names a role the header has already."""
    roles, named = header_roles(row), header_roles(header)
    return bool(roles) and all(
        position not in named and role not in named.values() for position, role in roles.items()
    )


def same_roles(first: dict[int, str], second: dict[int, str]) -> bool:
    """A header repeated at a page break, perhaps with its cells a little out of line."""
    return set(first.values()) - {REF} == set(second.values()) - {REF}


def refine_roles_from_cells(roles: dict[int, str], rows: list[Row]) -> dict[int, str]:
    """Correct roles from what the cells hold: a column of "1.1", "1.2" is a reference column;
    a "timescale" column of dates is a deadline, a "timeline" of Short/Medium/Long a timescale."""
    refined = dict(roles)
    width = max((len(row.cells) for row in rows), default=0)
    for index in range(width):
        values = [
            row.cells[index].text.strip()
            for row in rows
            if index < len(row.cells) and row.cells[index].text.strip()
        ]
        if len(values) < 2:
            continue
        if sum(bool(REF_VALUE.match(v)) for v in values) >= 0.8 * len(values):
            if refined.get(index) not in (LEAD, REF):
                displaced = refined.get(index)
                refined[index] = REF
                if displaced and refined.get(index + 1) is None:
                    refined[index + 1] = displaced  # the header sat one cell left of its column
            continue
        terms = sum(v.lower().rstrip(".") in SHORT_TERMS for v in values)
        if refined.get(index) in (DEADLINE, TIMESCALE):
            refined[index] = TIMESCALE if terms >= 0.8 * len(values) else DEADLINE
    return refined
