"""Which column of a plan's table holds what: column roles from header words and cell contents.

Plans name their columns in many ways ("Lead", "Ownership", "Accountable leads", "Led by");
each role lists the words partnerships use for it. A header row is recognised by having several
cells that name roles; a repeated header (a table continued over a page) is recognised too.
"""

from __future__ import annotations

import difflib
import functools
import re
from collections.abc import Callable

from cairn.imports.grid import Row
from cairn.imports.readers.periods import PERIOD

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
        "bucket",
        "bucket name",
        "strategic aim",
        "strategic aims",
        "strategic priority",
        "strategic priorities",
        "strategic objective",
        "strategic objectives",
        "strategic theme",
        "strategic themes",
        "pillar",
        "pillars",
        "ambition",
        "ambitions",
        "focus area",
        "focus areas",
        "domain",
        "domains",
        "section",
        "sections",
        "category",
        "categories",
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
    MILESTONES: (
        "milestone",
        "milestones",
        "key milestones",
        "steps",
        "key steps",
        "checklist",
        "checklist items",
    ),
    LEAD: (
        "lead",
        "leads",
        "ownership",
        "owner",
        "owners",
        "team",
        "lead team",
        "department",
        "directorate",
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

MORE_ROLE_WORDS: dict[str, tuple[str, ...]] = {
    REF: ("ref no", "ref number", "action no", "action number", "item no", "no", "number", "id"),
    ACTION: (
        "what",
        "description of action",
        "description of actions",
        "what are we going to do about it",
        "what will we do",
        "what we will do",
        "what are we going to do",
        "what needs to happen",
        "what needs to be done",
        "actions to be taken",
        "action to be taken",
        "key tasks",
        "planned action",
        "planned actions",
        "proposed action",
        "proposed actions",
        "commitment",
        "commitments",
        "intervention",
        "interventions",
        "action description",
        "description",
        "specific action",
        "specific actions",
        "specific",
    ),
    MILESTONES: (
        "how",
        "how we will do it",
        "how will it be done",
        "how will this be achieved",
        "how we will achieve this",
        "steps to achieve",
        "sub actions",
        "action steps",
        "steps to take",
        "tasks and milestones",
        "key milestones",
    ),
    LEAD: (
        "who",
        "who will do it",
        "who will lead",
        "who is responsible",
        "who leads",
        "by who",
        "by whom",
        "action owner",
        "action owners",
        "lead person",
        "lead officer",
        "lead officers",
        "lead responsible",
        "lead body",
        "lead organisation",
        "lead organisations",
        "lead lead agency",
        "named lead",
        "responsible agency",
        "responsible agencies",
        "responsible organisation",
        "responsible person",
        "responsible lead",
        "responsible officer",
        "accountable officer",
        "accountable body",
        "agency",
        "organisation",
        "owner",
        "owned by",
        "assigned to",
        "assignee",
        "who and when",
        "who by when",
        "lead and timescale",
        "lead and timescales",
        "lead and deadline",
        "lead and date",
        "owner and deadline",
        "owner and date",
    ),
    COLLABORATORS: (
        "partners involved",
        "in partnership with",
        "contributing partners",
        "supporting agencies",
        "supporting partners",
        "other agencies",
        "other agencies involved",
        "key stakeholders",
        "stakeholders",
    ),
    DEADLINE: (
        "when",
        "when by",
        "when will it be done",
        "when will it be done by",
        "when will this be done",
        "when will this be done by",
        "when will it be completed",
        "when will it be achieved",
        "when will we do it",
        "completion date",
        "target end date",
        "end date",
        "finish",
        "finish date",
        "planned finish",
        "target finish",
        "by when",
        "by date",
        "completion",
        "completion by",
        "date due",
        "date for completion",
        "delivery date",
        "review date",
        "target completion date",
        "target timescale",
        "timing",
        "timings",
        "timeframes",
        "deadline date",
        "end",
        "time bound",
        "timebound",
    ),
    PROGRESS: (
        "comment",
        "notes",
        "note",
        "updates",
        "latest update",
        "progress notes",
        "progress made",
        "progress and comments",
        "narrative",
        "position statement",
        "remarks",
        "update on progress",
        "current progress",
    ),
    STATUS: (
        "r a g",
        "rag status",
        "current status",
        "progress rating",
        "delivery status",
        "overall status",
        "red amber green",
        "rag rating",
    ),
    OUTCOME: (
        "why",
        "why are we doing it",
        "why are we doing this",
        "why is this important",
        "what difference will this make",
        "intended outcome",
        "intended outcomes",
        "desired outcome",
        "desired outcomes",
        "impact",
        "expected impact",
        "what difference will it make",
        "what success looks like",
        "what will success look like",
    ),
    INDICATORS: (
        "how will we know",
        "how will we know it has worked",
        "how will we measure success",
        "how will success be measured",
        "success criteria",
        "measures of success",
        "measure of success",
        "evidence",
        "evidence of success",
        "key performance indicators",
        "performance indicators",
        "metrics",
        "measurable",
    ),
    COST: (
        "funding",
        "funding source",
        "resources required",
        "resource required",
        "finance",
        "financial implications",
        "inputs",
        "input",
    ),
}
WELSH_ROLE_WORDS: dict[str, tuple[str, ...]] = {
    REF: ("cyf", "cyfeirnod", "rhif"),
    OBJECTIVE: (
        "amcan",
        "amcanion",
        "blaenoriaeth",
        "blaenoriaethau",
        "nod",
        "nodau",
        "thema",
        "argymhelliad",
        "argymhellion",
    ),
    ACTION: ("cam gweithredu", "camau gweithredu", "gweithred", "gweithredoedd", "tasg", "tasgau"),
    MILESTONES: ("carreg filltir", "cerrig milltir"),
    LEAD: (
        "arweinydd",
        "arweinwyr",
        "arweinydd",
        "swyddog arweiniol",
        "asiantaeth arweiniol",
        "sefydliad arweiniol",
        "perchennog",
        "cyfrifoldeb",
        "pwy",
    ),
    COLLABORATORS: ("partneriaid", "partneriaid allweddol", "partneriaid eraill"),
    DEADLINE: ("dyddiad", "dyddiad cwblhau", "dyddiad targed", "erbyn pryd", "pryd"),
    TIMESCALE: ("amserlen", "amserlenni", "graddfa amser"),
    PROGRESS: ("cynnydd", "diweddariad", "sylwadau"),
    STATUS: ("statws", "sgor rag"),
    OUTCOME: ("canlyniad", "canlyniadau"),
    INDICATORS: ("mesur", "mesurau", "dangosydd", "dangosyddion", "mesur llwyddiant"),
    COST: ("adnoddau", "cyllid"),
}
"""Welsh headers: Welsh public bodies publish plans in both languages, often with the Welsh
header above or before the English, which a PDF may run into one line ("Cyf. Ref")."""
ROLE_WORDS = {
    role: tuple(
        dict.fromkeys(
            ROLE_WORDS[role] + MORE_ROLE_WORDS.get(role, ()) + WELSH_ROLE_WORDS.get(role, ())
        )
    )
    for role in ROLE_WORDS
}


def word_set(text: str) -> frozenset[str]:
    return frozenset(text.split())


SHORT_HEADERS_ONLY = word_set(
    "who what when how why end no number id description agency organisation owner evidence "
    "team department directorate "
    "impact notes note comment completion timing pwy pryd rhif nod mesur "
    "specific measurable"
)
"""Words that name a role only as the whole (or nearly whole) header: a data cell may start
"When needed ..." or "Evidence of ..."."""
PHRASES = sorted(
    ((phrase, role) for role, phrases in ROLE_WORDS.items() for phrase in phrases),
    key=lambda item: -len(item[0]),
)
SHORT_TERMS = {"short", "medium", "long", "short term", "medium term", "long term", "s", "m", "l"}
REF_VALUE = re.compile(r"^\s*\d+(\.\d+)*\.?\s*$")
DOTTED_DATE = re.compile(r"^\s*(?:0?[1-9]|[12]\d|3[01])\.(?:0?[1-9]|1[0-2])\.(?:\d{2}|\d{4})\s*$")
NUMBER_WORDS = "one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve"
AREA = r"(?:(?:focus|priority|outcome)\s+)?area"
SECTION_LABEL = re.compile(
    rf"^\s*(?:(?:key|strategic|overarching)\s+)?(?:strand|theme|aim|objective|priority|outcome|"
    rf"section|recommendation|pillar|ambition|{AREA}|domain|chapter|"
    rf"workstream|goal)\s+(?:\d+|[ivx]+|[a-h]|{NUMBER_WORDS})\s*[:.\-–]\s*\S",
    re.IGNORECASE,
)
"""A section's own label ("Aim Five: ...", "Priority 2 - ..."): a heading, never a header."""
BARE_SECTION_LABEL = re.compile(
    rf"^\s*(?:(?:key|strategic|overarching)\s+)?(?:strand|theme|aim|objective|priority|outcome|"
    rf"section|recommendation|pillar|ambition|{AREA}|domain|chapter|workstream|goal)"
    rf"\s+(?:\d+|[ivx]+|[a-h]|{NUMBER_WORDS})\s*[:.]?\s*$",
    re.IGNORECASE,
)
"""A section's label alone in its cell ("Goal 1", "Priority Two"), its title in the next."""
MAX_HEADER_WORDS = 16


def header_words(text: str) -> str:
    return re.sub(r"[^a-z#]+", " ", text.lower()).strip()


@functools.lru_cache(maxsize=8192)  # called for every cell of every row: texts repeat
def role_of_header(text: str) -> str | None:
    """The role a header cell names, by its longest matching phrase near its start; in a
    header given in two languages ("Cam gweithredu / Action", Welsh above English), by
    either.

    Only the first words count: a header is a label ("Lead agency"), and a data cell that
    mentions "action" half-way through must not look like one.
    """
    role = role_of_label(text)
    if role == OBJECTIVE and names_both_levels(text):
        return ACTION
    if role is None and len(parts := BILINGUAL_SPLIT.split(text.strip())) == 2:
        role = role_of_label(parts[1]) or role_of_label(parts[0])
    if role is None and (explained := EXPLAINED_HEADER.match(text.strip())):
        role = role_of_label(explained["label"]) or role_of_label(explained["explanation"])
    words = header_words(text).split()
    if role is None and len(words) in (2, 3) and words[0] not in NOT_A_KIND:
        role = LEAD if words[-1] in ("lead", "leads", "owner", "owners") else None
    return role  # "Executive lead", "Operational lead", "Service owner": a lead column


LEVEL_NOUNS = {
    **dict.fromkeys(("objective", "objectives", "aim", "aims", "goal", "goals"), OBJECTIVE),
    **dict.fromkeys(("action", "actions", "activity", "activities"), ACTION),
}
NOT_A_LEVEL = word_set(
    "next further outstanding completed complete previous remedial follow linked related "
    "supporting other additional open closed past future"
)
"""Words that say when or whether ("Next actions", "Completed actions") or point elsewhere
("Linked objective"): a column of notes or codes beside the plan's own levels."""


MAX_QUALIFIED_LENGTH = 40


def qualified_level(text: str, left: dict[int, str]) -> str | None:
    """A header of a word or two qualifying a level's noun ("SMART objective", "Overall aim",
    "Agreed actions") names that level's column when it comes before the row's other columns
    (only refs and the level above to its left): the plan's levels run left to right, and a
    column after the lead and date says what comes next, not what the plan is."""
    words = header_words(text).split() if len(text) <= MAX_QUALIFIED_LENGTH else []
    if len(words) not in (2, 3) or words[0] in NOT_A_KIND or words[0] in NOT_A_LEVEL:
        return None
    role = LEVEL_NOUNS.get(words[-1])
    if role is None or role in left.values():
        return None
    return role if set(left.values()) <= {REF, OBJECTIVE} else None


BOTH_LEVELS = re.compile(r"\s*(?:/|&|\band\b)\s*", re.IGNORECASE)


def names_both_levels(text: str) -> bool:
    """ "Objective / Action", "Outcomes and actions": one column holds both levels, each
    objective on a row of its own over its actions (told apart by their refs or bold), so
    the column is read as the actions'."""
    parts = BOTH_LEVELS.split(text.strip())
    return len(parts) == 2 and [role_of_label(part) for part in parts] == [OBJECTIVE, ACTION]


NOT_A_KIND = frozenset(["no", "not", "non", "who", "what", "when", "our", "your", "their"])
"""Words that do not say which kind of lead or objective a header's noun is: "No action",
"Our objectives" (a heading over the plan's parts, not a column)."""
EXPLAINED_HEADER = re.compile(r"^(?P<label>[^()]{2,40}?)\s*\((?P<explanation>[^()]{2,60})\)$")
"""A header explained in brackets ("Specific (what we will do)", "Time-bound (by when)"):
the label alone names the role, or else what the brackets say it holds."""


BILINGUAL_SPLIT = re.compile(r"\s+/\s+|\s*\n\s*")
"""Where a header in two languages parts: a slash between spaces, or a new line."""


def role_of_label(text: str) -> str | None:
    words = header_words(text)
    if not words or len(words.split()) > MAX_HEADER_WORDS or SECTION_LABEL.match(text):
        return None
    if BARE_SECTION_LABEL.match(text):
        return None
    opening = " ".join(words.split()[:4])
    squashed = opening.replace(" ", "")
    short = len(words.split()) <= 2
    for pattern, role in PHRASE_PATTERNS:
        if pattern.match(words):
            if pattern.pattern.split("(")[0] in SHORT_HEADERS_ONLY and not short:
                continue
            return role
    for squashed_phrase, role in SQUASHED_PHRASES:
        # words broken across columns by a PDF ("Timescal e", "Collabor ation")
        if squashed.startswith(squashed_phrase):
            if squashed_phrase in SHORT_HEADERS_ONLY and not short:
                continue
            return role
    return None


PHRASE_PATTERNS = [(re.compile(rf"{re.escape(phrase)}( |$)"), role) for phrase, role in PHRASES]
FUZZY_CUTOFF = 0.85


@functools.lru_cache(maxsize=4096)
def role_of_misspelt_header(text: str) -> str | None:
    """A short header with a slip of the keyboard ("Responsibilty", "Deadine", "Timscale"),
    by its closest phrase; asked only of cells beside a header word, so data rows stay fast."""
    words = header_words(text)
    if not words or len(words.split()) > 4 or len(words) > 40 or SECTION_LABEL.match(text):
        return None
    if words.split()[0] in NOT_A_SLIP:
        return None
    close = difflib.get_close_matches(words, ALL_PHRASES, n=1, cutoff=FUZZY_CUTOFF)
    if not close or (len(close[0]) <= 4 and close[0] != words):
        return None  # "who"/"how", "lead"/"leaf": too short to tell a slip from another word
    return PHRASE_ROLE[close[0]]


NOT_A_SLIP = word_set("start started begin begins from raised added identified agreed last")
"""A header starting with these names a date that is not the deadline ("Start date", "Date
raised" is caught by its first word too), not a slip of the keyboard for one."""
ALL_PHRASES = [phrase for phrase, _ in PHRASES]
PHRASE_ROLE = dict(PHRASES)
SQUASHED_PHRASES = [(phrase.replace(" ", ""), role) for phrase, role in PHRASES if len(phrase) >= 6]


def outputs_as_actions(roles: dict[int, str]) -> dict[int, str]:
    """A table of deliverables ("Deliverable | Lead | Deadline | RAG"), with no column of
    actions or objectives, is a plan whose actions are its deliverables, not a table to
    refuse: its one output column holds them."""
    outputs = [index for index, role in roles.items() if role == OUTPUT]
    if set(roles.values()) & {ACTION, OBJECTIVE, MILESTONES} or len(outputs) != 1:
        return roles
    if not set(roles.values()) & {LEAD, DEADLINE, TIMESCALE}:
        return roles
    return {**roles, outputs[0]: ACTION}


def header_roles(row: Row) -> dict[int, str]:
    roles: dict[int, str] = {}
    for index, cell in enumerate(row.cells):
        role = role_of_header(cell.text) or qualified_level(cell.text, roles)
        if role:
            roles[index] = role
    if roles:
        for index, cell in enumerate(row.cells):
            if index not in roles and cell.text.strip():
                role = role_of_misspelt_header(cell.text)
                if role:
                    roles[index] = role
    return roles


def is_header_row(row: Row) -> bool:
    """Several cells name roles, and they are most of the row's filled cells, or the others
    are short labels too (one unknown header, "Link to strategy", does not hide the table)."""
    filled = [cell for cell in row.cells if cell.text.strip()]
    roles = header_roles(row)
    if len(roles) < 2:
        return False
    # Short labels beside the action's own column are headers too, however many there are
    # ("Action | Deadline | Housing | Probation | Police": a column per agency).
    labels_only = all(len(cell.text.split()) <= 5 for cell in filled)
    return len(roles) * 2 >= len(filled) or (
        labels_only and (len(roles) >= 3 or ACTION in roles.values())
    )


def looks_like_header_fragment(row: Row) -> bool:
    """A row beside a header that names at least one role: part of a header split over rows."""
    return bool(header_roles(row))


def continues_header(row: Row) -> bool:
    """A row under a header that is more header ("agency", "date" under "Lead", "Target"):
    it names roles in at least half its filled cells. A data row that mentions "Priority 2"
    beside its action, lead and date does not."""
    roles = header_roles(row)
    filled = [cell for cell in row.cells if cell.text.strip()]
    return bool(roles) and len(roles) * 2 >= len(filled)


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


CODE = re.compile(r"(?=\S*\d)[\w./-]{2,40}")
"""One word with a digit in it: an id ("kT01x9-007", "DA-01", "WS01"), never an action."""


OVERRIDDEN = frozenset([None, REF, DEADLINE, TIMESCALE, LEAD, COLLABORATORS, MILESTONES, PROGRESS])
"""Roles a header's words may give that its start or count words, or flag cells, override."""


def not_by_cells(named: dict[int, str], labels: Row, rows: list[Row]) -> dict[int, str]:
    """Columns whose cells would be misread, kept as "other" under their headers: a start
    date beside the finish ("Start", "Planned start"), a count or a duration ("Comment
    Count", "Duration": no references), and a yes/no flag ("Due Complete": true/false, never
    when or who)."""
    kept = dict(named)
    for index, cell in enumerate(labels.cells):
        if named.get(index) not in OVERRIDDEN:
            continue
        values = column_values(rows, index)
        if NOT_BY_CELLS.match(header_words(cell.text)) or (
            values and all(FLAG.fullmatch(value) or PERCENT.fullmatch(value) for value in values)
        ):
            kept[index] = other_role(cell.text)
    return kept


def refine_roles_from_cells(roles: dict[int, str], rows: list[Row]) -> dict[int, str]:
    """Correct roles from what the cells hold: a column of "1.1", "1.2" is a reference column;
    a "timescale" column of dates is a deadline, a "timeline" of Short/Medium/Long a timescale."""
    refined = dict(roles)
    width = max((len(row.cells) for row in rows), default=0)
    for index in range(width):
        if is_other(refined.get(index)):
            continue
        values = [
            row.cells[index].text.strip()
            for row in rows
            if index < len(row.cells) and row.cells[index].text.strip()
        ]
        if len(values) < 2:
            continue
        if refined.get(index) == ACTION and all(CODE.fullmatch(v) for v in values):
            refined[index] = REF  # "Task ID": codes, one word each, are no action's title
            continue
        years = all(re.fullmatch(r"(?:19|20)\d\d", v) or DOTTED_DATE.match(v) for v in values)
        if not years and sum(bool(REF_VALUE.match(v)) for v in values) >= 0.8 * len(values):
            if refined.get(index) in (DEADLINE, TIMESCALE) and all(map(DOTTED_DATE.match, values)):
                continue  # "30.09.25" under "Target Date": dates written with dots, not refs
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


# Roles from what a column holds, when its header is unknown or missing.

OTHER = "other"
"""A column whose role is unknown: kept under its header, shown in the preview."""
STATUS_WORDS = word_set(
    """
    red amber green blue grey gray r a g b r/a a/g amber/green red/amber complete completed
    achieved done delayed slipped failed stalled closed overdue behind ahead
    backlog doing todo blocked
    """
) | frozenset(
    ["on track", "off track", "at risk", "not started", "in progress", "on hold", "amber/green"]
    + ["to do", "in review"]
)
SHORT_REF = re.compile(r"^\s*(?:[A-Z]{1,5}[\s\-–]?)?\d+(?:\.\d+)*[a-z]?\.?\s*$|^\s*[a-z]\)?\s*$")


def other_role(header: str) -> str:
    label = " ".join(header.split())[:60]
    return f"{OTHER}:{label}" if label else OTHER


def is_other(role: str | None) -> bool:
    return bool(role) and (role == OTHER or role.startswith(f"{OTHER}:"))  # type: ignore[union-attr]


def column_values(rows: list[Row], index: int, limit: int = 60) -> list[str]:
    """The column's filled cells, leaving out rows of one filled cell (a section's
    heading across the table says nothing of what its column holds)."""
    values = []
    for row in rows:
        if sum(1 for cell in row.cells if cell.text.strip()) < 2:
            continue
        if index < len(row.cells) and row.cells[index].text.strip():
            values.append(" ".join(row.cells[index].text.split()))
            if len(values) >= limit:
                break
    return values


def is_deadline_text(text: str) -> bool:
    from cairn.plans.deadlines import parse_deadline

    if len(text.split()) > 8:
        return False
    deadline = parse_deadline(text)
    return deadline is not None and str(deadline.kind) != "unparsed"


def looks_like_name(text: str) -> bool:
    """An agency's or a person's name, or a short list of them: short, capitalised, not a
    sentence."""
    words = text.replace("/", " ").replace(",", " ").split()
    return (
        len(text.strip()) > 1  # "X", "✓": a mark in a Gantt chart's cell, not a name
        and 0 < len(words) <= 8
        and text[:1].isupper()
        and not text.rstrip().endswith((".", "?", "!"))
        and sum(word[:1].isupper() or word in ("&", "and", "of", "the") for word in words)
        >= 0.6 * len(words)
    )


def content_role(values: list[str], taken: set[str]) -> str | None:
    """The role a column's cells show, or None when they show none clearly."""
    if not values:
        return None
    count = len(values)

    def share(test: Callable[[str], object]) -> float:
        return sum(bool(test(value)) for value in values) / count

    if share(SHORT_REF.match) >= 0.8 and REF not in taken:
        return REF
    if share(lambda v: v.lower().strip(" .") in STATUS_WORDS) >= 0.7:
        return STATUS
    if share(lambda v: v.lower().rstrip(".") in SHORT_TERMS) >= 0.8:
        return TIMESCALE
    if share(is_deadline_text) >= 0.6:
        return DEADLINE
    mean_words = sum(len(v.split()) for v in values) / count
    if mean_words >= 6:
        if ACTION not in taken:
            return ACTION
        if PROGRESS not in taken and (STATUS in taken or DEADLINE in taken):
            return PROGRESS
        return None
    if share(looks_like_name) >= 0.7:
        return LEAD if LEAD not in taken else COLLABORATORS if COLLABORATORS not in taken else None
    return None


def roles_from_content(rows: list[Row]) -> dict[int, str]:
    """Roles for a table with no header row, from its cells alone, left to right; none for
    a key or legend (a few rows, each a different status word with what it means)."""
    width = max((len(row.cells) for row in rows), default=0)
    roles: dict[int, str] = {}
    for index in range(width):
        role = content_role(column_values(rows, index), set(roles.values()))
        if role:
            roles[index] = role
    status = [index for index, role in roles.items() if role == STATUS]
    if status and len(rows) <= 8 and set(roles.values()) <= {STATUS, ACTION, PROGRESS}:
        values = [value.lower() for value in column_values(rows, status[0])]
        if len(set(values)) == len(values):
            return {}
    return roles


def fill_unknown_columns(roles: dict[int, str], header: Row, rows: list[Row]) -> dict[int, str]:
    """Under a header, a column whose header names no role takes the role its cells show;
    failing that it is kept as "other" under its header's words, never dropped."""
    filled = dict(roles)
    width = max([len(header.cells)] + [len(row.cells) for row in rows[:60]])
    for index in range(width):
        if index in filled:
            continue
        values = column_values(rows, index)
        if not values:
            continue
        header_text = header.cells[index].text if index < len(header.cells) else ""
        role = (
            None
            if RECORD_KEEPING.match(header_words(header_text))
            else content_role(values, set(filled.values()))
        )
        if role in (ACTION, PROGRESS) and len(values) >= 3 and len(set(values)) == 1:
            role = None  # the board's or the plan's own name on every row: no action's words
        filled[index] = role if role and role not in filled.values() else other_role(header_text)
    return filled


RECORD_KEEPING = re.compile(
    r"^(?:(?:last\s+)?(?:modified|created|edited|updated|activity)(?:\s+(?:by|on|at|date))?|"
    r"author|editor|item\s+type|path|version|content\s+type)$"
)
"""A list export's own columns ("Modified By", "Created", "Item Type"): who last edited the
row and when, never the action's partners or its deadline."""


NOT_BY_CELLS = re.compile(
    r"^(?:(?:planned|actual|baseline|target|projected|estimated)\s+)?"
    r"(?:start|starts|begin|begins|beginning|commence|commenced|commencement)(?:\s+date)?$|"
    r"^(?:date\s+)?(?:started|opened|raised|logged|added)$|"
    r"^(?:\w+\s+){0,3}(?:count|total|duration)$|^(?:number|no)\s+of\b"
)
"""Headers whose dates or numbers are not what their cells would be read as: a start date
beside the finish ("Start", "Planned start") is no deadline, and "Attachment Count" or
"Duration" are no references."""
FLAG = re.compile(r"true|false|yes|no|y|n", re.IGNORECASE)
"""A yes/no flag ("Due Complete": true/false): says whether, never when or who."""
PERCENT = re.compile(r"\d{1,3}(?:\.\d+)?\s*%")
"""A share done ("% Complete": 44%): no reference."""


IMPORTANCE_WORDS = word_set("low medium high urgent important critical normal very")


def not_plan_levels(roles: dict[int, str], header: Row, rows: list[Row]) -> dict[int, str]:
    """Columns whose header names an item level the table has already, or which only rank
    the rows, are kept as "other" columns under their headers, never glued in: a second
    action column right of the first ("Action | Success measure", "Task name | Description"),
    a "Priority" column of Low / Medium / Urgent (a task's importance, not the plan's
    priority)."""
    settled = dict(roles)
    actions = sorted(index for index, role in roles.items() if role == ACTION)
    if len(actions) == 2 and groups_rows(rows, *actions):
        # "Action (merged down) | Activities": the first groups the second's rows, so it is
        # the level above them, and each activity is an action of its own
        free = [level for level in (OBJECTIVE, THEME) if level not in roles.values()]
        if free:
            settled[actions[0]] = free[0]
            return settled
    for index in actions[1:]:
        settled[index] = other_role(header.cells[index].text if index < len(header.cells) else "")
    for index, role in roles.items():
        if role not in (OBJECTIVE, THEME):
            continue
        values = column_values(rows, index)
        ranks = values and all(set(v.lower().split()) <= IMPORTANCE_WORDS for v in values)
        if ranks or names_each_rows_aim(index, actions, rows):
            settled[index] = other_role(
                header.cells[index].text if index < len(header.cells) else ""
            )
    return settled


def names_each_rows_aim(index: int, actions: list[int], rows: list[Row]) -> bool:
    """A "Priority" or "Ambition" column right of the actions with another sentence on every
    row says what each action serves; a level above the actions is written once for several
    (merged down, blank below, or repeated) or stands left of them."""
    if not actions or index < actions[0]:
        return False
    values = [
        " ".join(row.cells[index].text.split()) if index < len(row.cells) else "" for row in rows
    ]
    written = [value for value in values if value]
    return len(written) >= 2 and len(written) == len(values) and len(set(written)) == len(written)


def groups_rows(rows: list[Row], first: int, second: int) -> bool:
    """Whether column `first` is written once for several of column `second`'s rows (merged
    down, or blank below), as a level above it is."""
    below = [row for row in rows if second < len(row.cells) and row.cells[second].text.strip()]
    own = [
        row
        for row in below
        if first < len(row.cells) and row.cells[first].text.strip() and not row.cells[first].covered
    ]
    return len(below) >= 2 and 0 < len(own) < len(below)


DONE_WORDS = word_set("completed complete completion actual closed achieved done outcome outcomes")
TARGET_WORDS = word_set("target due deadline deadlines planned expected by when")


SPAN = re.compile(r"\s+(?:-|–|—|to)\s+")


def is_span(text: str) -> bool:
    """From one date to another ("2026-02-01 - 2026-04-30", "April 2025 to March 2026")."""
    parts = SPAN.split(text)
    return len(parts) == 2 and all(is_deadline_text(part) for part in parts)


def spans_beside_dates(dates: list[int], rows: list[Row]) -> list[int]:
    """The date columns that hold spans ("Timeline": start - end) beside one holding single
    dates ("Due date"): when the work runs, not its deadline."""
    spans = [
        index
        for index in dates
        if (values := column_values(rows, index)) and sum(map(is_span, values)) >= 0.8 * len(values)
    ]
    return spans if len(spans) < len(dates) else []


def one_deadline(roles: dict[int, str], labels: Row, rows: list[Row]) -> dict[int, str]:
    """Of two date columns, a tracker's "Target date" is the deadline and its "Date completed"
    ("Date of completion and Outcome", "Actual completion") says what happened: progress
    (kept under its header when the table has a progress column already); a span of dates
    beside a due date says when the work runs, kept under its header."""
    dates = [index for index, role in roles.items() if role == DEADLINE]
    if len(dates) < 2:
        return roles
    if spans := spans_beside_dates(dates, rows):
        settled = dict(roles)
        for index in spans:
            header = labels.cells[index].text if index < len(labels.cells) else ""
            settled[index] = other_role(header)  # kept under its header, shown in the preview
        return settled
    words = {
        index: set(header_words(labels.cells[index].text).split())
        if index < len(labels.cells)
        else set()
        for index in dates
    }
    done = [
        index for index in dates if words[index] & DONE_WORDS and not words[index] & TARGET_WORDS
    ]
    if not done or len(done) == len(dates):
        return roles
    settled = dict(roles)
    for index in done:
        header = labels.cells[index].text if index < len(labels.cells) else ""
        settled[index] = PROGRESS if PROGRESS not in settled.values() else other_role(header)
    return settled


def partners_lead(roles: dict[int, str]) -> dict[int, str]:
    """A table with a partner column and no lead column ("Partner | Commitment | By when"):
    the partner named beside each action is the one who does it, its lead."""
    partners = [index for index, role in roles.items() if role == COLLABORATORS]
    if LEAD in roles.values() or len(partners) != 1:
        return roles
    return {**roles, partners[0]: LEAD}


def grouping_column(
    roles: dict[int, str], rows: list[Row], named: dict[int, str] | None = None
) -> dict[int, str]:
    """A column left of the actions whose cells each cover several rows (merged down, or
    written once above blank cells) groups those actions: it is the objective level,
    whatever its header calls it ("Outcome", "Recommendation", a header of its own)."""
    if OBJECTIVE in roles.values() or ACTION not in roles.values():
        return roles
    action = min(index for index, role in roles.items() if role == ACTION)
    with_action = [
        row for row in rows if action < len(row.cells) and row.cells[action].text.strip()
    ]
    for index in range(action):
        role = roles.get(index)
        # a column its header does not name, read by its cells as names or as sentences
        guessed = (
            named is not None and index not in named and role in (LEAD, COLLABORATORS, PROGRESS)
        )
        if role is not None and role != OUTCOME and not is_other(role) and not guessed:
            continue  # a name-like column ("Training", "Records") merged down is a group
        written = [
            row.cells[index]
            for row in with_action
            if index < len(row.cells) and row.cells[index].text.strip()
        ]
        if guessed and role != PROGRESS and any(names_who(cell.text) for cell in written):
            continue  # people or agencies merged down lead those actions: never themes
        own = [cell for cell in written if not cell.covered]
        if own and sum(map(is_deadline_text, (cell.text for cell in own))) >= 0.8 * len(own):
            continue  # dates ("Completed at"), however sparse, are when, never a group
        merged = len(own) < len(written)
        if own and (
            merged
            and len(own) < len(with_action)
            or len(with_action) >= 3
            and len(own) <= 0.6 * len(with_action)
        ):
            return {**roles, index: OBJECTIVE}
    return roles


def names_who(text: str) -> bool:
    """A person ("Jo Bloggs") or an organisation ("Police", "Children's Services"): who
    does the actions, which a grouping's title never is (and the public page shows themes)."""
    from cairn.imports.leads import ORGANISATION_ENDINGS, is_person, split_leads

    leads = split_leads(text)
    return any(
        is_person(lead) or lead.split()[-1].lower().strip(".,") in ORGANISATION_ENDINGS
        for lead in leads
        if lead.split()
    )


THEME = "theme"
"""A column naming each row's theme: written on every row, or merged down its rows."""


def theme_column(roles: dict[int, str], rows: list[Row]) -> dict[int, str]:
    """Of two columns left of the actions that both name a grouping ("Priority",
    "Objective"), the left one, whose values repeat down the rows, is the theme."""
    if ACTION not in roles.values():
        return roles
    action = min(index for index, role in roles.items() if role == ACTION)
    grouping = sorted(index for index, role in roles.items() if role == OBJECTIVE)
    grouping = [index for index in grouping if index < action]
    if len(grouping) < 2:
        return roles
    values = [
        " ".join(row.cells[grouping[0]].text.split())
        for row in rows
        if grouping[0] < len(row.cells) and row.cells[grouping[0]].text.strip()
    ]
    runs = sum(1 for before, value in zip([None, *values], values, strict=False) if value != before)
    if values and runs < len(values):
        return {**roles, grouping[0]: THEME}
    return roles


TICK = "tick"
"""A column of ticks naming a theme in its header: "tick:<header>" (see `tick_columns`)."""
MARK = re.compile(r"^(?:[✓✔✗✘☑☒■●•xX✅]|yes|y)$", re.IGNORECASE)


def tick_columns(roles: dict[int, str], header: Row, rows: list[Row]) -> dict[int, str]:
    """Two or more columns of unknown role holding only ticks, each row ticked in one of
    them, headed by titles that are neither periods nor names ("Pillar 1: Building
    trust"): the plan's themes, each row under the one its tick is in. A Gantt chart's
    marks run along several period columns, an agency matrix ticks several names."""
    labels = {
        index: " ".join(header.cells[index].text.split())
        for index, role in roles.items()
        if is_other(role) and index < len(header.cells) and header.cells[index].text.strip()
    }
    ticks = {
        index: label
        for index, label in labels.items()
        if (values := column_values(rows, index))
        and all(MARK.match(v) for v in values)
        and not is_period(label)
    }
    if len(ticks) < 2 or all(looks_like_name(label) for label in ticks.values()):
        return roles
    counts = [
        sum(1 for index in ticks if index < len(row.cells) and row.cells[index].text.strip())
        for row in rows
        if sum(1 for cell in row.cells if cell.text.strip()) >= 2
    ]
    marked = [count for count in counts if count]
    if not counts or len(marked) < 0.6 * len(counts) or marked.count(1) < 0.7 * len(marked):
        return roles
    return {**roles, **{index: f"{TICK}:{label}" for index, label in ticks.items()}}


AGENCY = "agency"
"""A responsibility matrix's column: an agency's name over marks ("agency:<header>")."""
LEAD_MARKS = word_set("l lead r responsible a accountable p primary owner")
PARTNER_MARKS = word_set("s support supporting c consulted i informed partner secondary ○ ◯ ◦ □")
"""Marks for a supporting partner; a hollow shape beside the filled one for the lead."""


def agency_matrix(
    roles: dict[int, str], named: dict[int, str], header: Row, rows: list[Row]
) -> dict[int, str]:
    """Two or more columns headed by agencies' names whose cells hold only marks: "L" for
    the lead, "S" for a supporting partner (or RACI's R, A, C, I), or ticks. Each row's
    leads are the agencies marked as leading it, its partners those marked as supporting;
    a matrix of ticks alone names its leads. Their marks are no timescale ("S", "L")."""
    marked = {
        index: label
        for index, cell in enumerate(header.cells)
        if named.get(index) is None
        and (label := " ".join(cell.text.split()))
        and len(label.split()) <= 5
        and not is_period(label)
        and not set(header_words(label).split()) & NOT_AN_AGENCYS_HEADER
        and (values := column_values(rows, index))
        and all(is_mark(value) for value in values)
    }
    if len(marked) < 2 or only_rag_letters(marked, rows):
        return roles
    lettered = any(
        value.lower().strip(" .") in LEAD_MARKS | PARTNER_MARKS
        for index in marked
        for value in column_values(rows, index)
    )
    if not lettered and not all(looks_like_name(label) for label in marked.values()):
        return roles  # ticks under titles, not names: the theme each row is in (tick_columns)
    return {**roles, **{index: f"{AGENCY}:{label}" for index, label in marked.items()}}


NOT_AN_AGENCYS_HEADER = word_set(
    """
    rag brag status rating ratings progress quarter quarters previous current last this now
    before after latest earlier q1 q2 q3 q4 month year
    """
)
"""Words of a header over columns of letters that are statuses, not agencies' marks
("Previous RAG | Current RAG", "Last quarter | This quarter")."""


def only_rag_letters(marked: dict[int, str], rows: list[Row]) -> bool:
    """Columns of R, A, G and B only are RAG ratings over time, never who leads: a
    responsibility matrix marks its leads with L, S, C or I too."""
    letters = {
        value.lower().strip(" .") for index in marked for value in column_values(rows, index)
    }
    return bool(letters) and letters <= {"r", "a", "g", "b"}


def is_mark(value: str) -> bool:
    return value.lower().strip(" .") in LEAD_MARKS | PARTNER_MARKS or bool(MARK.match(value))


def marked_agency(role: str | None) -> str | None:
    """The agency of an "agency:<header>" column's role, None for any other role."""
    return role.partition(":")[2] if role and role.startswith(f"{AGENCY}:") else None


def ticked_theme(role: str | None) -> str | None:
    """The header of a "tick:<header>" column's role, None for any other role."""
    return role.partition(":")[2] if role and role.startswith(f"{TICK}:") else None


def two_grouping_columns(
    roles: dict[int, str], rows: list[Row], named: dict[int, str]
) -> dict[int, str]:
    """Two columns left of the actions that each group the rows below them (merged down,
    written once above blank cells, or the same text repeated), the left one in the wider
    groups ("Principle | Area for development | Action", "Review | Recommendation |
    Action"): the left one is the theme, the right one the objective."""
    if ACTION not in roles.values() or THEME in roles.values():
        return roles
    action = min(index for index, role in roles.items() if role == ACTION)
    with_action = [
        row for row in rows if action < len(row.cells) and row.cells[action].text.strip()
    ]
    if len(with_action) < 3:
        return roles
    groups = {
        index: runs
        for index in range(action)
        if named.get(index) in (None, OBJECTIVE, OUTCOME)  # a header's lead stays the lead
        and roles.get(index) not in (REF, DEADLINE, TIMESCALE, STATUS)
        and 0 < (runs := column_runs(with_action, index)) < len(with_action)
    }
    if len(groups) < 2:
        return roles
    left, right = sorted(groups)[:2]
    titles = column_values(with_action, right)
    worded = sum(len(re.findall(r"[A-Za-z]{2,}", title)) >= 2 for title in titles)
    if groups[left] >= groups[right] or worded < 0.8 * len(titles):
        return roles  # the right one only repeats the left's groups, or holds figures
    return {**roles, left: THEME, right: OBJECTIVE}


def column_runs(rows: list[Row], index: int) -> int:
    """How many times the column's text changes going down the rows (a blank cell, or a
    merged cell's copy, is the same as above); 0 when the column is empty."""
    runs, last = 0, None
    for row in rows:
        text = " ".join(row.cells[index].text.split()) if index < len(row.cells) else ""
        if text and text != last:
            runs += 1
            last = text
    return runs


# How each column was read, for the preview.

ROLE_NAMES = {
    REF: "reference",
    THEME: "theme",
    OBJECTIVE: "objective",
    ACTION: "action",
    MILESTONES: "milestones",
    LEAD: "lead",
    COLLABORATORS: "partners",
    DEADLINE: "deadline",
    TIMESCALE: "timescale",
    PROGRESS: "progress",
    STATUS: "status",
    OUTPUT: "output",
    OUTCOME: "outcome",
    INDICATORS: "indicators",
    COST: "cost",
}
BY_HEADER = "header"
BY_CELLS = "cells"
BY_LAYOUT = "layout"
NOT_KNOWN = "unknown"


STEPS_IN = "steps"
"""A column named by a period alone ("Year 1 (2025/26)", "Q3"), holding what will be done
then: each cell is a step (milestone) of its row's action, due in that period. Its role is
"steps:<header>"."""


def period_steps(roles: dict[int, str], labels: Row, rows: list[Row]) -> dict[int, str]:
    """Columns left unknown whose header is only a period and whose cells say what is to be
    done (not a status word) hold the action's steps for that period."""
    steps = dict(roles)
    for index, role in roles.items():
        header = " ".join(labels.cells[index].text.split()) if index < len(labels.cells) else ""
        if not is_other(role) or not is_period(header):
            continue
        values = column_values(rows, index)
        if (
            values
            and sum(v.lower().strip(" .") in STATUS_WORDS for v in values) < len(values) / 2
            and sum(len(v.split()) for v in values) >= 2 * len(values)
        ):  # what will be done, in words: not a status, nor a Gantt chart's marks
            steps[index] = f"{STEPS_IN}:{header}"
    return steps


def is_period(header: str) -> bool:
    return bool(PERIOD.search(header)) and not re.sub(r"[\W\d_]+", "", PERIOD.sub("", header))


def step_period(role: str | None) -> str | None:
    """The period of a "steps:<period>" column's role, None for any other role."""
    return role.partition(":")[2] if role and role.startswith(f"{STEPS_IN}:") else None


def column_reading(
    header: Row, named: dict[int, str], roles: dict[int, str]
) -> list[dict[str, str]]:
    """Each column of a table as the preview shows it: its header, the role it was read in
    and why: its header's words ("header"), what its cells hold ("cells"), how its cells
    span the rows ("layout"), or not at all ("unknown": kept as an "other" column)."""
    reading = []
    for index in sorted(roles):
        role = roles[index]
        text = " ".join(header.cells[index].text.split()) if index < len(header.cells) else ""
        if is_other(role):
            because, role = NOT_KNOWN, OTHER
        elif step_period(role):
            because, role = BY_HEADER, MILESTONES
        elif ticked_theme(role):
            because, role = BY_CELLS, THEME
        elif marked_agency(role):
            because, role = BY_CELLS, LEAD
        elif role in (THEME, OBJECTIVE) and named.get(index) != role:
            because = BY_LAYOUT
        elif named.get(index) == role:
            because = BY_HEADER
        else:
            because = BY_CELLS
        reading.append({"header": text or f"Column {index + 1}", "role": role, "by": because})
    return reading


def confidence(columns: list[dict[str, str]]) -> str:
    """How sure the reading of the columns is: "high" when every column was named by its
    header, "medium" when some were read from their cells or layout, "low" when a column
    is not known or no header named any."""
    ways = {column["by"] for column in columns}
    if not columns or BY_HEADER not in ways or NOT_KNOWN in ways:
        return "low"
    return "high" if ways == {BY_HEADER} else "medium"


THEME_LEVEL_WORDS = (
    "theme",
    "themes",
    "strand",
    "strands",
    "priority",
    "priorities",
    "key priority",
    "key priorities",
    "key objective",
    "key objectives",
    "aim",
    "aims",
    "workstream",
    "workstreams",
    "bucket",
    "buckets",
    "pillar",
    "pillars",
    "ambition",
    "ambitions",
    "focus area",
    "focus areas",
    "domain",
    "domains",
    "section",
    "sections",
    "category",
    "categories",
    "priority area",
    "priority areas",
)
"""The words for a theme (PRODUCT.md: "Theme (aim, strand, key objective, priority)"). They
make a grouping column the themes only where it is the plan's one level (see
`interpret.objectives_as_themes`): under headings that are themes, a "Priority areas" column
holds objectives."""


def names_theme_level(header: str) -> bool:
    """A header that names the plan's top level, not an objective under it (in either of
    its languages, "Pillar / Pilier", or either of two names, "Section/Column")."""
    parts = re.split(r"\s*/\s*|\s*\n\s*", header.strip())  # or "Theme/Priority"
    if len(parts) == 2 and any(map(names_theme_level, parts)):
        return True
    words = re.sub(r" (?:name|code|title|id|ref)$", "", header_words(header))
    words = re.sub(r"^(?:strategic|overarching) ", "", words)  # "Strategic aim"
    return words in THEME_LEVEL_WORDS  # "Theme", "Workstream code", "Bucket Name"
