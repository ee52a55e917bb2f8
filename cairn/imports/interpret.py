"""Reading a grid as a plan: themes -> objectives -> actions -> milestones, as Plan JSON.

Works in two passes. `logical_rows` walks the document once: it finds header rows (and
their repeats at page breaks), mends rows that a page break or a copy split in two, and
notes theme headings between and inside tables. `PlanBuilder` then reads each row by its
columns' roles and places it in the hierarchy.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import asdict, dataclass, field, replace
from typing import Any

from cairn.imports import columns as c
from cairn.imports import sections
from cairn.imports.cell_fields import take_labelled_fields
from cairn.imports.grid import Block, Cell, Document, PeriodUpdate, Row, UnreadableDocument
from cairn.imports.leads import (
    LEAD_MARK,
    LeadVocabulary,
    labelled_parts,
    lead_and_date,
    marked_leads,
    people_among,
    split_leads,
)
from cairn.imports.milestones import MONTH, split_items, split_numbered
from cairn.imports.other_tables import plan_rows
from cairn.imports.outline import outline_title, read_outline, table_reading
from cairn.imports.readers.periods import PERIOD
from cairn.imports.readers.tables import place_on_grid, row_key
from cairn.imports.record_rows import join_record_rows
from cairn.imports.regrid import regrid
from cairn.plans.deadlines import parse_deadline

LABEL_WORDS = (
    r"(?:(?:key|strategic|overarching)\s+)?"
    r"(?:strand|theme|aim|goal|objective|priority|outcome|section|pillar|ambition|workstream|"
    r"(?:focus\s+|priority\s+|outcome\s+)?area|domain|chapter)"
)
"""The words a plan labels its parts with ("Strategic Priority 2:", "Pillar 3 -")."""
THEME_LABEL = re.compile(
    rf"^(?P<ref>{LABEL_WORDS}\s+"
    r"(?:\d+(?:\.\d+)*|[A-H]|one|two|three|four|five|six|seven|eight|nine|ten))\s*[:.\-–]\s*"
    r"(?P<title>.+)$",
    re.IGNORECASE,
)
CONTINUED = re.compile(
    r"[\s(\[–-]*\b(?:continued|cont(?:inued|'d|d)?\.?)\s*[)\]]?\s*$", re.IGNORECASE
)
"""A heading ending "(continued)", "cont'd", "- cont.": the part above goes on."""
NUMBERED_HEADING = re.compile(r"^(\d{1,2})[.)]?\s+([A-Za-z].*)$")
LEADING_REF = re.compile(r"^\s*(\d+(?:\.\d+)*)\.?\s+(?=\S)")
YEAR_RANGE = re.compile(r"(?:19|20)\d{2}\s*[-–/]\s*(?:(?:19|20)?\d{2})|\b\d{2}/\d{2}\b")
MID_SENTENCE_WORD = re.compile(r"^[a-z][a-z'’-]*[,;:]?$")
"""A first word in lower case (not 'eSafety', not 'a)'): text going on from a sentence."""
DANGLING = re.compile(r"\b(?:and|or|of|the|to|with|for|in|a|an|by|on|from)$", re.IGNORECASE)
DATE_LIKE = re.compile(rf"^\s*(?:by\s+)?{MONTH}\.?\s+\d{{2,4}}\s*$", re.IGNORECASE)
ITEM_ROLES = (c.OBJECTIVE, c.ACTION, c.MILESTONES)


@dataclass
class LogicalRow:
    cells: dict[str, Cell]
    source: str
    after_page_break: bool = False
    history: list[PeriodUpdate] = field(default_factory=list)
    covered: set[str] = field(default_factory=set)
    """Roles whose cell is a merged cell's copy from a row above: "same as above"."""


@dataclass
class ThemeHeading:
    ref: str | None
    title: str
    description: str | None = None
    spaced: bool = False
    """A piece of a side label in spaced capitals: its title is the letters, without spaces."""

    implied: bool = False
    """Begun by the items' numbering, not by a heading: named later (see `sections`)."""
    spill_role: str | None = None
    """A one-word heading that may be the end of the row above's cell in this role."""
    rank: tuple[int, int] | None = None
    """A section row's indent and whether it is plain (1) or bold (0): the smallest rank is
    the top level (see `section_levels`)."""
    sub: bool = False
    """A section row a level below the document's top one: an objective of the theme above."""

    @property
    def text_letters(self) -> str:
        return self.title.replace(" ", "")


@dataclass
class Layout:
    objective: str | None
    action: str | None
    milestones: str | None


def interpret(document: Document) -> dict:
    """The plan a document holds, as Plan JSON; UnreadableDocument when it holds none."""
    join_record_rows(document.blocks)
    place_on_grid(document.blocks)
    document.blocks = regrid(document.blocks)
    reading: list[dict[str, str]] = []
    entries = logical_rows(document, reading=reading)
    rows = [entry for entry in entries if isinstance(entry, LogicalRow)]
    if not rows:
        reading = []
        entries = logical_rows(document, infer=True, reading=reading)
    entries = parents_by_ref(entries)
    rows = [entry for entry in entries if isinstance(entry, LogicalRow)]
    sections.join_name_pieces(rows, c.OBJECTIVE, c.ACTION)  # before the layout counts them
    layout = choose_layout(rows)
    if not rows or layout.action is None:
        return outline_plan(document)  # not a table: headings and lists, or nothing plan-like
    entries = settle_one_word_headings(place_side_labels(entries, layout), layout)
    section_levels(entries)
    vocabulary = lead_vocabulary(rows, document)
    paragraphs = [block.text for block in document.blocks if block.text] + [
        cell.text
        for block in document.blocks
        for row in block.rows or []
        for cell in row.cells
        if len(cell.text) > 40
    ]
    builder = PlanBuilder(layout, vocabulary, paragraphs)
    builder.leads_in_brackets = leads_in_brackets(rows, layout)
    builder.partners_named_as_leads = any(
        column["role"] == c.LEAD and c.role_of_header(column["header"]) == c.COLLABORATORS
        for column in reading
    )
    for entry in entries:
        if isinstance(entry, ThemeHeading):
            builder.start_theme(entry)
        else:
            builder.add_row(entry)
    title = plan_title(document)
    themes = settled_themes(builder.themes(), document, reading, title)
    plan: dict[str, Any] = {"title": title, "period_text": period_of(title), "themes": themes}
    if not any(o["actions"] for t in plan["themes"] for o in t["objectives"]):
        try:
            return outline_plan(document)
        except UnreadableDocument:
            raise UnreadableDocument(
                "A table was found but no actions could be read from it. Check that each row "
                "of the plan's table has an action or objective in it."
            ) from None
    plan["reading"] = table_reading(document)
    plan["columns"] = reading
    plan["confidence"] = c.confidence(reading)
    return plan


def lead_vocabulary(rows: list[LogicalRow], document: Document) -> LeadVocabulary:
    """The names the plan's lead and partner cells give, and the area its title names."""
    return LeadVocabulary(
        (
            (cell.text, cell.bullets)
            for row in rows
            for role in (c.LEAD, c.COLLABORATORS)
            if (cell := row.cells.get(role))
        ),
        title=plan_title(document),
    )


def settled_themes(
    themes: list[dict], document: Document, reading: list[dict[str, str]], title: str
) -> list[dict]:
    """The themes as built, with the document's title, its theme column, its codes and its
    summaries taken into account."""
    parts = title_parts(document)
    if themes and len(parts) == 2 and themes[0]["title"] == parts[0]:
        themes[0]["title"] = ""  # the first line of the document's title: not a theme
    if len(themes) == 1 and parts == [themes[0]["title"]] and not themes[0]["ref"]:
        themes[0]["title"] = ""  # the one line above the table is the plan's title
    if theme_level_column(reading):
        headings = {" ".join(b.text.split()) for b in document.blocks if not b.is_table and b.text}
        promoted = objectives_as_themes(themes, title, headings)
        if promoted is not themes:  # the preview says the column gave the themes
            for column in reading:
                column["role"] = c.THEME if column["role"] == c.OBJECTIVE else column["role"]
        themes = promoted
    name_coded_themes(themes, document)
    return without_summaries(themes)


BRACKETED_LEAD = re.compile(r"\s*\((?P<lead>[A-Z][^()]{1,60})\)\.?\s*$")


def leads_in_brackets(rows: list[LogicalRow], layout: Layout) -> bool:
    """No lead column, and most actions end with a name in brackets ("... (Housing)")."""
    if any(c.LEAD in row.cells for row in rows) or layout.action is None:
        return False
    titles = [join_lines(row.cells[layout.action]) for row in rows if layout.action in row.cells]
    named = [
        match
        for title in titles
        if (match := BRACKETED_LEAD.search(title)) and c.looks_like_name(match["lead"])
    ]
    return len(titles) >= 2 and len(named) >= 0.6 * len(titles)


def parents_by_ref(entries: list[LogicalRow | ThemeHeading]) -> list[LogicalRow | ThemeHeading]:
    """Rows whose ref the next row's ref extends ("1" before "1.1", "1.1" before "1.1.1"),
    with no lead or date of their own, are the levels above the actions: a whole number a
    theme, a deeper ref an objective."""
    rows = [entry for entry in entries if isinstance(entry, LogicalRow)]
    following = {id(row): after for row, after in zip(rows, rows[1:], strict=False)}
    result: list[LogicalRow | ThemeHeading] = []
    for entry in entries:
        after = following.get(id(entry)) if isinstance(entry, LogicalRow) else None
        ref = ref_of(entry) if isinstance(entry, LogicalRow) else None
        title = entry.cells.get(c.ACTION) if isinstance(entry, LogicalRow) else None
        if (
            isinstance(entry, LogicalRow)
            and ref
            and title
            and after is not None
            and (ref_of(after) or "").startswith(f"{ref}.")
            and not {c.LEAD, c.DEADLINE} & set(entry.cells)
        ):
            text = join_lines(title)
            if "." not in ref:
                result.append(ThemeHeading(ref, text))
            else:
                result.append(LogicalRow({c.OBJECTIVE: Cell(f"{ref} {text}")}, entry.source))
            continue
        result.append(entry)
    return result


def ref_of(row: LogicalRow) -> str | None:
    cell = row.cells.get(c.REF)
    return cell.text.strip().rstrip(".") if cell and cell.text.strip() else None


def theme_level_column(reading: list[dict[str, str]]) -> bool:
    """The plan's grouping column names the top level ("Theme", "Priority", "Strand"), or
    groups the rows by its layout under a header that names no level ("Standard"): the one
    level the document has is its top one. "Outcome" or "Recommendation" names the level
    under a theme."""
    return any(
        column["role"] == c.OBJECTIVE
        and (
            c.names_theme_level(column["header"])
            or column["by"] == c.BY_LAYOUT
            and c.role_of_header(column["header"]) is None
        )
        for column in reading
    )


def objectives_as_themes(themes: list[dict], title: str, headings: set[str]) -> list[dict]:
    """A plan whose only grouping is a column that names themes ("Priority | Action |
    Lead"): each group is a theme, not an objective. All the actions under one heading
    outside the table means the heading is the document's own ("Appendix A: Action plan",
    "Our action plan"), and a heading over a table of no actions (a summary of findings) is
    not a theme. A section row inside the table ("Safer Homes") is: its aims are objectives."""
    with_actions = [theme for theme in themes if theme_actions(theme)]
    if len(with_actions) != 1 or with_actions[0]["title"] not in {"", title, *headings}:
        return themes
    objectives = with_actions[0]["objectives"]
    if not any(objective["title"] for objective in objectives) or is_a_tag(objectives):
        return themes
    promoted: list[dict[str, Any]] = []
    # A code before every title ("WS01 Awareness", "WS02 ...") is the themes' refs; one title
    # that merely starts with letters and a number ("NHS 10 Year Plan") is all title.
    coded = all(coded_heading(o["title"]) for o in objectives if o["title"])
    for objective in objectives:
        if not objective["title"] and promoted:
            promoted[-1]["objectives"][0]["actions"].extend(objective["actions"])
            continue
        heading = (
            theme_from_text(objective["title"] or "")
            or bare_label(objective["title"] or "")
            or (coded_heading(objective["title"]) if coded else None)
        )
        title = heading.title if heading else objective["title"] or ""
        again = next((theme for theme in promoted if theme["title"] == title), None)
        if again is not None:  # the same theme in a later block of rows ("Year 2")
            again["objectives"][0]["actions"].extend(objective["actions"])
            continue
        promoted.append(
            {
                "ref": heading.ref if heading else objective["ref"],
                "title": heading.title if heading else objective["title"] or "",
                "description": None,
                "objectives": [{"ref": None, "title": None, "actions": objective["actions"]}],
            }
        )
    return promoted


TAG_SHARE = 0.8
"""Groups of about one action each, whose names come back: a column tagging each action."""
CODE = re.compile(r"[A-Z]{1,4}\s?\d{1,2}(?:\.\d{1,2})?")
"""A code naming an aim set out elsewhere ("SO2", "P 3"): a theme column names its themes
even when a report has sorted its rows by something else ("Prevention", "Support", ...)."""


def is_a_tag(objectives: list[dict]) -> bool:
    """ "SO2, SO1, SO2, SO1, SO3" beside five actions names the aim each serves, not groups
    of the plan: a level is written once over a run of its actions (or again for a later
    block of them, "Year 2"), a tag on nearly every action and again out of order."""
    titles = [o["title"] for o in objectives if o["title"] and o["actions"]]
    actions = sum(len(objective["actions"]) for objective in objectives)
    return (
        all(CODE.fullmatch(title.strip()) for title in titles)
        and len(set(titles)) < len(titles)
        and len(titles) >= TAG_SHARE * actions
    )


def theme_actions(theme: dict) -> list[dict]:
    return [action for objective in theme["objectives"] for action in objective["actions"]]


CODED_TITLE = re.compile(r"^(?P<ref>[A-Z]{1,5}-?\d+(?:\.\d+)*)\s*[:.\-–]?\s+(?P<title>[A-Z].*)$")


def coded_heading(text: str | None) -> ThemeHeading | None:
    """ "WS01 Awareness", "P2 - Early help": a theme's code and its title."""
    match = CODED_TITLE.match(" ".join((text or "").split()))
    return ThemeHeading(match["ref"], match["title"]) if match else None


BARE_LABEL = re.compile(
    rf"^(?P<ref>{LABEL_WORDS}\s+(?:\d+|[A-H]))\s+(?P<title>[A-Z][a-z].*)$", re.IGNORECASE
)


def bare_label(text: str) -> ThemeHeading | None:
    """A grouping cell of a label and a title on two lines ("Priority 1" over "Preventing
    abuse"), read as one line: the label is the ref."""
    match = BARE_LABEL.match(" ".join(text.split()))
    if not match or not match["title"][:1].isupper():
        return None
    return ThemeHeading(match["ref"], match["title"])


LABELLED_TITLE = re.compile(r"^(?P<ref>[A-Z][a-z]+\s+(?:\d+|[A-H]))\s*[:.\-–]\s+(?P<title>\S.*)$")


def labelled_heading(text: str) -> ThemeHeading:
    """A theme column's cell: "Principle 1: Identification" is its label and title, with
    whatever word the plan labels its themes by; other text is the title alone."""
    match = LABELLED_TITLE.match(text)
    return ThemeHeading(match["ref"], match["title"]) if match else ThemeHeading(None, text)


THEME_CODE = re.compile(r"[A-Z]{1,4}\s?-?\d{1,2}")


def name_coded_themes(themes: list[dict], document: Document) -> None:
    """Themes named only by a code ("P2") that a table elsewhere in the document spells out
    ("P2 | Early help | ..."): the code is the ref, the table's title the theme's."""
    coded = [t for t in themes if not t["ref"] and THEME_CODE.fullmatch(t["title"].strip())]
    if not coded:
        return
    titles: dict[str, str] = {}
    for block in document.blocks:
        pairs = [
            (row.cells[0].text.strip(), " ".join(row.cells[1].text.split()))
            for row in block.rows or []
            if len(row.cells) >= 2 and THEME_CODE.fullmatch(row.cells[0].text.strip())
        ]
        named = [(code, title) for code, title in pairs if 0 < len(title.split()) <= 8]
        if len(named) >= 2 and not any(title.endswith(".") for _, title in named):
            titles.update({code: title for code, title in named if code not in titles})
    for theme in coded:
        code = theme["title"].strip()
        if code in titles:
            theme["ref"], theme["title"] = code, titles[code]


def action_key(action: dict) -> tuple[str | None, str]:
    return action["ref"], " ".join(re.sub(r"[^\w&%/]+", " ", action["title"].lower()).split())


def without_summaries(themes: list[dict]) -> list[dict]:
    """A report that lists some actions again before (or after) the full plan ("Exceptions":
    the red and amber ones with the reason): a part whose every action is also in another
    part is that summary, not a part of the plan. Its actions are dropped, and what they say
    that the plan's own rows do not (a reason, a status) is kept on those rows."""
    kept = list(themes)
    for theme in themes:
        own = [a for o in theme["objectives"] for a in o["actions"]]
        others = {
            action_key(a): a
            for t in kept
            if t is not theme
            for o in t["objectives"]
            for a in o["actions"]
        }
        if len(own) < 2 or any(action_key(a) not in others for a in own):
            continue
        if is_a_copy_of_another_part(own, theme, kept) or disagrees(own, others):
            continue  # the same actions per district, cohort or year: parts in their own right
        kept.remove(theme)
        for action in own:
            twin = others[action_key(action)]
            for key, value in action.items():
                if value and not twin.get(key):
                    twin[key] = value
    return kept


def is_a_copy_of_another_part(own: list[dict], theme: dict, themes: list[dict]) -> bool:
    keys = {action_key(a) for a in own}
    return any(
        {action_key(a) for o in t["objectives"] for a in o["actions"]} == keys
        for t in themes
        if t is not theme
    )


def disagrees(own: list[dict], others: dict) -> bool:
    """A row saying something else about the same action than its twin (another status)."""
    return any(
        a.get("status_text")
        and others[action_key(a)].get("status_text")
        and a["status_text"] != others[action_key(a)]["status_text"]
        for a in own
    )


def outline_plan(document: Document) -> dict:
    plan = read_outline(document)
    plan["title"] = outline_title(document) or plan_title(document)
    plan["period_text"] = period_of(plan["title"])
    return plan


# First pass: rows in reading order, mended, with their cells keyed by role.


def logical_rows(
    document: Document, *, infer: bool = False, reading: list[dict[str, str]] | None = None
) -> list[LogicalRow | ThemeHeading]:
    """`infer`: read a table without a header row by what its columns hold (asked only when
    no table in the document has a header row). `reading` collects how each column was read
    (`columns.column_reading`), once for each header that reads differently."""
    reading = [] if reading is None else reading
    entries: list[LogicalRow | ThemeHeading] = []
    roles: dict[int, str] | None = None
    header: dict[int, str] | None = None
    labels: tuple[str, ...] = ()
    """The roles the last header row named (before its cells refined them), and its words."""
    pending_theme: ThemeHeading | None = None
    words_between = False
    """Text stands between this table and the last: a new table, not one run over a page."""
    sections_named = section_headings(document.blocks)
    for block in paragraphs_as_read(document.blocks):
        if not block.is_table:
            started = roles is not None or id(block) in sections_named
            pending_theme = paragraph_theme(block, entries, pending_theme, started)
            words_between = words_between or bool((block.text or "").strip())
            continue
        new_table, words_between = words_between, False
        table_rows = plan_rows(block.rows or [], new_table and roles is not None, len(labels))
        index, page_break = 0, False
        if infer and roles is None and not any(c.is_header_row(row) for row in table_rows):
            inferred = c.roles_from_content(table_rows)
            if c.ACTION in inferred.values():
                roles = inferred  # a table without a header row: its cells say what it holds
                reading.extend(c.column_reading(Row([]), {}, roles))
                if pending_theme:
                    entries.append(pending_theme)
                    pending_theme = None
        while index < len(table_rows):
            row = table_rows[index]
            if c.is_header_row(row):
                new_roles, consumed, themes = read_header(table_rows, index)
                fresh = new_table and index == 0
                new_labels = row_key(row) if fresh else labels
                if roles is None or reads_again(roles, header, new_roles, new_labels, labels):
                    header, labels = new_roles, row_key(row)
                    roles = table_roles(table_rows, index, consumed, new_roles, reading)
                if pending_theme:
                    entries.append(pending_theme)
                    pending_theme = None
                ticked = [c.ticked_theme(role) or "" for role in roles.values()]
                entries.extend(t for t in themes if not any(t.title in tick for tick in ticked))
                page_break = not (index == 0 and new_table)
                index += consumed
                continue
            index += 1
            if roles is None:
                pending_theme = title_row_heading(row) or pending_theme
                continue
            if is_blank_or_header_half(row, table_rows, index):
                continue
            for part in parallel_rows(row, roles):
                add_table_row(entries, part, roles, page_break)
            page_break = False
    return entries


def section_headings(blocks: list[Block]) -> set[int]:
    """The headings (by id) that name the table below them as its siblings do: the heading
    nearest above each table of actions, when two tables or more have one in the same style
    (level and weight). Before the first table such a heading is a section, not the title: the title
    comes first in the document, and the first section's heading is styled as the others."""
    nearest: list[Block] = []
    heading: Block | None = None
    for block in blocks:
        if block.is_table:
            if heading is not None and is_action_table(block):
                nearest.append(heading)
            heading = None
        elif block.heading_level and (block.text or "").strip():
            heading = block
    styles = Counter((block.heading_level, block.bold) for block in nearest)
    first = next((block for block in blocks if block.is_table or (block.text or "").strip()), None)
    return {
        id(block)
        for block in nearest
        if styles[(block.heading_level, block.bold)] >= 2 and block is not first
    }


def paragraphs_as_read(blocks: list[Block]) -> list[Block]:
    """The blocks, with numbered lines standing alone right above a table ("1. Leadership and
    governance", then the table, then "2. Workforce" above the next) as the headings they
    are: each a part's heading written with its number, as text copied out of a document
    shows one, not a list of one item; and without the parts' subtitles (`subtitles`)."""
    filled = [b for b in blocks if b.is_table or (b.text or "").strip()]
    lone: dict[int, Block] = {}
    for before, block, after in zip([None, *filled], filled, [*filled[1:], None], strict=False):
        if block.list_level != 0 or not (block.list_marker or "")[:1].isdigit():
            continue
        if after is None or not after.is_table or (before and continues_list(before, block)):
            continue
        text = f"{block.list_marker} {block.text}"
        lone[id(block)] = replace(block, text=text, list_level=None, list_marker=None, bold=True)
    named = [lone.get(id(block), block) for block in blocks] if len(lone) >= 2 else blocks
    under = subtitles(named)
    return [block for block in named if id(block) not in under]


def continues_list(before: Block, item: Block) -> bool:
    """The item is the next of the list above it ("2." under "1."), not a new numbering."""
    if before.list_level is None:
        return False
    numbers = [re.match(r"\d+", b.list_marker or "") for b in (before, item)]
    return not all(numbers) or int(numbers[0][0]) + 1 == int(numbers[1][0])  # type: ignore[index]


def is_action_table(block: Block) -> bool:
    """A table whose header (in its first rows) names a column of actions."""
    return any(
        c.is_header_row(row) and c.ACTION in c.header_roles(row).values()
        for row in (block.rows or [])[:3]
    )


def reads_again(
    roles: dict[int, str],
    header: dict[int, str] | None,
    new_roles: dict[int, str],
    new_labels: tuple[str, ...],
    labels: tuple[str, ...],
) -> bool:
    """Whether a header row's columns are read afresh, as the first header's are: one
    naming other roles (not the last one repeated at a page break); or a new table's, after
    words of its own, under other labels ("Target" where the last had "Reason"), whose
    unnamed columns its own cells decide."""
    if new_labels != labels:
        return True
    return new_roles != header and not c.same_roles(roles, new_roles)


def is_blank_or_header_half(row: Row, rows: list[Row], following: int) -> bool:
    """A blank row, or the first half of a header split over two rows."""
    if not any(cell.text.strip() for cell in row.cells):
        return True
    next_is_header = following < len(rows) and c.is_header_row(rows[following])
    return next_is_header and c.completes_header(row, rows[following])


def listed_entries(cell: Cell) -> list[str]:
    return cell.bullets or [line for line in cell.text.split("\n") if line.strip()]


LIST_MARKER = re.compile(r"^\s*(?:[•·▪◦*\-–]|\(?(?:\d{1,2}|[a-z])[.)])\s")


def is_a_list(cell: Cell) -> bool:
    """The cell's lines are list items: Word's own bullets, or each line marked as one."""
    lines = [line for line in cell.text.split("\n") if line.strip()]
    return bool(cell.bullets) or all(LIST_MARKER.match(line) for line in lines)


def parallel_rows(row: Row, roles: dict[int, str]) -> list[Row]:
    """One row holding several actions as a list, with their leads and dates as lists of
    the same length side by side ("Priority 1 | • A • B • C | • Police • Housing • Health
    | • 2026 • 2027 • 2026"): a row per action, the rest of the row (the priority) the same
    for each, as a cell merged down would be. A list of steps beside one lead or one date
    is one action's."""
    positions = {role: index for index, role in sorted(roles.items(), reverse=True)}
    item = positions.get(c.ACTION, positions.get(c.OBJECTIVE))
    if item is None or item >= len(row.cells) or row.cells[item].covered:
        return [row]
    count = len(listed_entries(row.cells[item]))
    beside = [
        listed_entries(row.cells[index])
        for role in (c.LEAD, c.DEADLINE)
        if (index := positions.get(role)) is not None
        and index < len(row.cells)
        and row.cells[index].text.strip()
    ]
    if count < 2 or not beside or any(len(entries) != count for entries in beside):
        return [row]
    if not is_a_list(row.cells[item]) and len(beside) < 2:
        # Two paragraphs beside two leads is the commonest action there is (a sentence and
        # its detail, led by two agencies): only a list, or leads and dates that both agree,
        # say that the row holds several actions.
        return [row]
    parts = []
    for number in range(count):
        cells = []
        for index, cell in enumerate(row.cells):
            entries = listed_entries(cell) if cell.text.strip() else []
            if index in roles and len(entries) == count and roles[index] != c.OBJECTIVE:
                cells.append(Cell(entries[number], source=cell.source))
            else:
                cells.append(cell if number == 0 else replace(cell, covered=True))
        parts.append(Row(cells, row.source, row.history if number == 0 else []))
    return parts


def paragraph_theme(
    block: Block,
    entries: list[LogicalRow | ThemeHeading],
    pending: ThemeHeading | None,
    started: bool,
) -> ThemeHeading | None:
    """A paragraph between tables: a theme heading (added at once when a table has started,
    else kept for the next table), or a "Key objective" that describes the last theme.
    Returns the heading still waiting for a table."""
    heading = theme_from_paragraph(block, started=started)
    if heading and heading.title.lower().startswith(("key objective", "objective:")):
        if pending or entries:
            describe_last_theme(entries, pending, heading.title)
        return pending
    if heading and started:
        entries.append(heading)
        return None
    return heading or pending


NUMBERED_LABEL = re.compile(r"^[A-Z][A-Za-z]{2,12}\s+\d{1,2}\s*:\s+\S")
"""A line labelled as one of a numbered series ("Shift 2: ...", "Commitment 3: ...")."""


def subtitles(blocks: list[Block]) -> set[int]:
    """Plain short lines under the marked line that names a table's part (a heading, bold or
    numbered: "Shift 2: ..." then its name in a second language, or a strapline), by id:
    subtitles, not parts, where every table of actions has a marked line above it. Where the
    tables are named by plain lines, a plain line under a marked one is the first part's name
    ("Our delivery plan" in bold, then "Prevention" over the first of three tables)."""
    found: set[int] = set()
    tables = 0
    for group in groups_before_tables(blocks):
        paragraphs = group[:-1]
        if not paragraphs or not is_action_table(group[-1]):
            continue  # a table run on from the one before, or one that holds no actions
        marks = [index for index, block in enumerate(paragraphs) if is_marked(block)]
        if not marks:
            return set()
        tables += 1
        after = paragraphs[marks[-1] + 1 :]
        found |= {id(b) for b in after if len((b.text or "").split()) <= MAX_LINE_WORDS}
    return found if tables >= 2 else set()


def groups_before_tables(blocks: list[Block]) -> list[list[Block]]:
    """The paragraphs with text between one table and the next, each run ending in its table."""
    groups: list[list[Block]] = [[]]
    for block in blocks:
        if block.is_table or (block.text or "").strip():
            groups[-1].append(block)
        if block.is_table:
            groups.append([])
    return [group for group in groups if group and group[-1].is_table]


def is_marked(block: Block) -> bool:
    text = (block.text or "").strip()
    return bool(block.heading_level or block.bold or NUMBERED_LABEL.match(text)) or bool(
        block.list_level is None and theme_from_text(text)
    )


def table_roles(
    rows: list[Row], index: int, consumed: int, named: dict[int, str], reading: list
) -> dict[int, str]:
    """The roles of the columns under the header at `index` (`consumed` rows long): as its
    words name them, corrected and completed from the cells below; noted in `reading`."""
    below = [row for row in rows[index + consumed :] if c.header_roles(row) != named]
    # the header repeated at each page's top is not one of the rows the columns hold
    labels = header_labels(rows[index : index + consumed])
    kept = c.not_by_cells(named, labels, below)
    roles = c.not_plan_levels(c.refine_roles_from_cells(kept, below), labels, below)
    roles = c.outputs_as_actions(roles)
    roles = c.fill_unknown_columns(roles, labels, below)
    roles = c.agency_matrix(roles, named, labels, below)
    roles = c.partners_lead(c.one_deadline(roles, labels, below))
    roles = c.theme_column(c.grouping_column(roles, below, named), below)
    roles = c.two_grouping_columns(roles, below, named)
    roles = c.tick_columns(c.period_steps(roles, labels, below), labels, below)
    for column in c.column_reading(labels, named, roles):
        if column not in reading:
            reading.append(column)
    return roles


def title_row_heading(row: Row) -> ThemeHeading | None:
    """A row above a table's first header holding one cell ("Priority 1: Prevention",
    merged across the table) names the part the table holds, as a heading above it would."""
    filled = [cell for cell in row.cells if cell.text.strip() and not cell.covered]
    if len(filled) != 1:
        return None
    return theme_from_paragraph(Block(text=filled[0].text, bold=filled[0].bold), started=False)


def read_header(rows: list[Row], index: int) -> tuple[dict[int, str], int, list[ThemeHeading]]:
    """A header row, joined with header fragments just before it (a header split over two
    rows by a PDF) and theme text written into it."""
    roles = c.header_roles(rows[index])
    themes: list[ThemeHeading] = []
    start = index
    if (
        index > 0
        and c.completes_header(rows[index - 1], rows[index])
        and not c.is_header_row(rows[index - 1])
    ):
        start = index - 1
    for row in rows[start : index + 1]:
        for position, role in c.header_roles(row).items():
            roles.setdefault(position, role)
            if role not in roles.values():
                roles[position] = role
        for cell in row.cells:
            heading = theme_from_text(cell.text) if len(cell.text.split()) >= 3 else None
            if heading:
                themes.append(heading)
    consumed = index + 1 - index
    following = index + 1
    while (
        following < len(rows)
        and c.continues_header(rows[following])
        and not has_ref(rows[following])
    ):
        if any(LEADING_REF.match(cell.text) for cell in rows[following].cells[:2]):
            break
        for position, role in c.header_roles(rows[following]).items():
            if role not in roles.values():
                roles[position] = role
        name_sub_columns(roles, rows[index], rows[following])
        following += 1
        consumed += 1
    return roles, consumed, themes


def header_labels(rows: list[Row]) -> Row:
    """A header over several rows as one row of labels: "Timescale End" under a cell merged
    across "Start" and "End"."""
    width = max(len(row.cells) for row in rows)
    labels = []
    for position in range(width):
        words: list[str] = []
        for row in rows:
            text = label_over(row, position)
            if text and text not in words:
                words.append(text)
        labels.append(Cell(" ".join(words)))
    return Row(labels)


def label_over(row: Row, position: int) -> str:
    """The text over `position` in one header row: its own cell's, or that of a cell merged
    across it from the left."""
    if position >= len(row.cells):
        return ""
    if row.cells[position].text.strip():
        return " ".join(row.cells[position].text.split())
    for start in range(position - 1, -1, -1):
        cell = row.cells[start]
        if not cell.covered:
            return " ".join(cell.text.split()) if cell.colspan > position - start else ""
    return ""


def name_sub_columns(roles: dict[int, str], header: Row, below: Row) -> None:
    """Under a header cell merged across several columns ("Timescale" over "Start" and
    "End"), each column is what its own sub-header says: "End" is the deadline, and "Start",
    naming no role, leaves its column to be read from its cells."""
    for position, cell in enumerate(below.cells):
        if cell.covered or not cell.text.strip() or not spans_across(header, position):
            continue
        role = c.role_of_header(cell.text)
        if role:
            for other, named in list(roles.items()):
                if named == role and other != position and spans_across(header, other):
                    del roles[other]
            roles[position] = role
        else:
            roles.pop(position, None)


def spans_across(header: Row, position: int) -> bool:
    """The header's cell at `position` is merged across more than one column."""
    if position >= len(header.cells):
        return False
    cell = header.cells[position]
    return cell.colspan > 1 or (cell.covered and not cell.text.strip())


def has_ref(row: Row) -> bool:
    return any(c.REF_VALUE.match(cell.text) for cell in row.cells[:2] if cell.text)


def add_table_row(
    entries: list[LogicalRow | ThemeHeading], row: Row, roles: dict[int, str], page_break: bool
) -> None:
    written = [(i, cell) for i, cell in enumerate(row.cells) if cell.text.strip()]
    filled = [(i, cell) for i, cell in written if not cell.covered]
    copies = [(i, cell) for i, cell in written if cell.covered]
    if not filled:
        return  # nothing of its own: only the merged cells of the rows above run through it
    side_labels = [cell for i, cell in filled if is_spaced_label(cell)]
    if side_labels:
        letters = re.sub(r"\s+", "", side_labels[0].text)
        entries.append(ThemeHeading(None, letters, spaced=True))
        filled = [(i, cell) for i, cell in filled if not is_spaced_label(cell)]
        if not filled:
            return
    if len(filled) == 1 and last_row(entries) and (labelled := labelled_update(filled[0][1])):
        entries.append(LogicalRow(labelled, row.source))  # "Update: ..." under its action
        return
    if len(filled) == 1 and not copies:
        # a row inside a merged cell's rows belongs to it: it is not a section of its own
        heading = section_row_heading(*filled[0], roles)
        if heading:
            heading.rank = (filled[0][1].indent, 0 if filled[0][1].bold else 1)
            entries.append(heading)
            return
    if len(filled) == 2 and not copies and roles.get(filled[0][0]) == c.REF:
        # "2 | Strategic priority 2: Support", "1 | Leadership and governance" merged across
        # the rest of the row: a numbered section row
        heading = theme_from_text(filled[1][1].text) or numbered_section(
            *filled, bold_is_usual=last_action_bold(entries)
        )
        if heading:
            entries.append(heading)
            return
    previous = last_row(entries)
    if previous and is_spill(row, filled, previous, page_break):
        own_ref = any(roles.get(index) == c.REF for index, _cell in filled)
        if not (own_ref and len(filled) >= MIN_OWN_ROW):
            merge_into(previous, row, roles)
            return
        filled = carry_up(previous, filled, roles)
    cells, covered = cells_by_role(filled + copies, roles)
    take_labelled_fields(cells, (c.OBJECTIVE, c.ACTION))  # never a cell of steps
    move_misplaced_dates(cells)
    if is_count(cells.get(c.ACTION)) and not covered & {c.ACTION}:
        return  # "Total actions | 8": a line that counts the plan's rows is not one of them
    if cells:
        entries.append(
            LogicalRow(
                cells, row.source, after_page_break=page_break, history=row.history, covered=covered
            )
        )


def cells_by_role(
    written: list[tuple[int, Cell]], roles: dict[int, str]
) -> tuple[dict[str, Cell], set[str]]:
    """The row's cells by their columns' roles (two columns of one role joined, a line
    each), and the roles whose cell is only a merged cell's copy from a row above."""
    cells: dict[str, Cell] = {}
    covered: set[str] = set()
    for index, cell in sorted(written, key=lambda pair: pair[0]):
        role = roles.get(index)
        if role is None:
            continue
        if cell.covered and role not in cells:
            covered.add(role)
        elif not cell.covered:
            covered.discard(role)
        if role in cells and role in (c.LEAD, c.COLLABORATORS):
            # "Lead 1 | Lead 2 | Lead 3": a name a column, never one name wrapped over lines
            names = [*(cells[role].bullets or [cells[role].text]), *(cell.bullets or [cell.text])]
            cells[role] = Cell(text="\n".join(names), bullets=names)
        elif role in cells:
            cells[role] = Cell(
                text=f"{cells[role].text}\n{cell.text}", bullets=cells[role].bullets + cell.bullets
            )
        else:
            cells[role] = Cell(
                text=cell.text,
                bold=cell.bold,
                bullets=list(cell.bullets),
                source=cell.source,
                bold_lead=cell.bold_lead,
            )
    return cells, covered


UPDATE_LABEL = re.compile(r"^(?P<label>[A-Za-z][\w /&'()]{0,30}?)\s*[:–—-]\s+(?=\S)")


def labelled_update(cell: Cell) -> dict[str, Cell] | None:
    """A row of one cell labelled as progress or status ("Update: ...", "Q2 progress: ...",
    "RAG - Amber") below an action is that action's, however wide it is merged: not a
    section heading."""
    text = " ".join(cell.text.split())
    match = UPDATE_LABEL.match(text)
    if not match:
        return None
    label = PERIOD.sub(" ", match["label"])
    role = c.role_of_header(label) if label.strip() else None
    if role not in (c.PROGRESS, c.STATUS):
        return None
    return {role: Cell(text[match.end() :], source=cell.source)}


COUNT = re.compile(r"[£$€]?\s*\d[\d,]*(?:\.\d+)?\s*%?")


def is_count(cell: Cell | None) -> bool:
    return cell is not None and bool(COUNT.fullmatch(cell.text.strip()))


SPACED_CAPITALS = re.compile(r"(?:[A-Z&]\s+){2,}[A-Z&]")


def numbered_section(
    ref: tuple[int, Cell], title: tuple[int, Cell], *, bold_is_usual: bool = False
) -> ThemeHeading | None:
    """A whole number and a short title merged across the rest of the row, or in bold with
    the rest of the row blank: a section. Where the actions' titles are bold too, bold marks
    nothing: that row is an action whose lead and deadline are not known yet."""
    number, text = ref[1].text.strip().rstrip("."), " ".join(title[1].text.split())
    marked = title[1].colspan >= 2 or (title[1].bold and not bold_is_usual)
    numbered = number.isdigit() or re.fullmatch(r"[A-Z][a-z]+\s+\d+", number)  # "Goal 1"
    if not numbered or not marked or text.endswith("."):
        return None
    return ThemeHeading(number, text) if len(text.split()) <= 12 else None


def is_spaced_label(cell: Cell) -> bool:
    """Capitals one per line or spaced out ("P R E V E N T"): a label running down a column."""
    return cell.spaced_letters or bool(SPACED_CAPITALS.fullmatch(cell.text.strip()))


def section_row_heading(index: int, cell: Cell, roles: dict[int, str]) -> ThemeHeading | None:
    """A row with one filled cell is a section heading when it says so ("Aim Two: ..."), or
    when it is a short title in the first column (or spans the table from the second, its
    first column a narrow ref column); a lone sentence in an item column continues the
    items above it ("2.1.2 The expansion of routine inquiry ...")."""
    text = " ".join(cell.text.split())
    labelled = theme_from_text(text)
    if labelled:
        return labelled
    words = text.split()
    if not words or index > 1 or MID_SENTENCE_WORD.match(words[0]):
        return None  # "communities, including ...": the rest of a row a page break cut
    if len(words) == 1:
        # "Prevention" is a section; "Departments" ending a title cut by a page break is not:
        # which, the next row says (see `settle_one_word_headings`)
        return ThemeHeading(None, text, spill_role=roles.get(index))
    if LEADING_REF.match(text) and "." in LEADING_REF.match(text).group(1):  # type: ignore[union-attr]
        return None  # "1.2 ...": an item's own number
    if index == 0 or cell.colspan > 1:
        return ThemeHeading(None, text)
    if roles.get(index) in ITEM_ROLES and (len(words) > 10 or text.endswith(".")):
        return None
    return ThemeHeading(None, text)


def last_action_bold(entries: list[LogicalRow | ThemeHeading]) -> bool:
    """Whether the last action read so far has its title in bold."""
    for entry in reversed(entries):
        if isinstance(entry, LogicalRow) and c.ACTION in entry.cells:
            return entry.cells[c.ACTION].bold
    return False


def last_row(entries: list[LogicalRow | ThemeHeading]) -> LogicalRow | None:
    for entry in reversed(entries):
        if isinstance(entry, LogicalRow):
            return entry
        return None
    return None


LETTER_REF = re.compile(r"\(?(?:[a-z]|[ivx]{1,4})[.)]?")


def is_spill(
    row: Row, filled: list[tuple[int, Cell]], previous: LogicalRow, page_break: bool
) -> bool:
    """A row that is the rest of the row before it: it starts mid-sentence, or it follows a
    page break straight after a cell that stopped mid-sentence."""
    first = filled[0][1].text.lstrip()
    if LETTER_REF.fullmatch(first.strip()) and len(filled) > 1:
        return False  # "b | Train staff | ...": a lettered row, not the rest of a sentence
    if sections.LIST_MARK.match(first):
        return False  # "b) Train GP practice staff | ICB | ...": the next item of a list
    if has_ref(row) and len(filled) > 2:
        # "identification | 2 | Introduce ... | Police": a row numbered on its own whose first
        # cell carries on a theme's name written down a merged column, a word or two a row
        return False
    if first[:1].islower() and not re.search(r"\d", first.split()[0]):
        return True  # "and the police": mid-sentence; "kT01x9" is an id, a row of its own
    if page_break and not has_ref(row):
        return any(stops_mid_sentence(cell.text) for cell in previous.cells.values())
    return False


def stops_mid_sentence(text: str) -> bool:
    """ "... working with": cut off; a cell of one word ("A", an amber status) is whole."""
    return len(text.split()) >= 2 and bool(DANGLING.search(text.strip()))


MIN_OWN_ROW = 3
"""Filled cells, a ref among them, that make a row of its own even where its first cell
runs on from the row above."""


def carry_up(
    previous: LogicalRow, filled: list[tuple[int, Cell]], roles: dict[int, str]
) -> list[tuple[int, Cell]]:
    """A merged cell's words run on into a row of its own ("Victims receive timely," over
    "specialist support | SU2 | Develop ..."): the words go up to the cell they finish, and
    the row keeps the rest of its cells."""
    index, cell = filled[0]
    merge_into(previous, Row([Cell("") for _ in range(index)] + [cell]), roles)
    return filled[1:]


def merge_into(previous: LogicalRow, row: Row, roles: dict[int, str]) -> None:
    for index, cell in enumerate(row.cells):
        role = roles.get(index)
        if role is None or not cell.text.strip() or cell.covered:
            continue
        if role in previous.cells:
            earlier = previous.cells[role]
            joined = (
                f"{earlier.text} {cell.text}"
                if not cell.bullets
                else f"{earlier.text}\n{cell.text}"
            )
            previous.cells[role] = Cell(
                text=joined,
                bold=earlier.bold,
                bullets=earlier.bullets + cell.bullets,
                source=earlier.source,
            )
        else:
            previous.cells[role] = cell


def move_misplaced_dates(cells: dict[str, Cell]) -> None:
    """A date in the status column is the deadline, shifted one column by a PDF's layout."""
    status = cells.get(c.STATUS)
    if status and DATE_LIKE.match(status.text) and c.DEADLINE not in cells:
        cells[c.DEADLINE] = cells.pop(c.STATUS)


# Themes from paragraphs and section rows.


def theme_from_paragraph(block: Block, *, started: bool) -> ThemeHeading | None:
    text = (block.text or "").strip()
    if block.list_level is not None:
        return None  # an item of a list, not a heading
    if c.is_period(text) or c.is_period(re.sub(r"[()]", " ", text)):
        return None  # "Year 1 (2025/26)": a block of time, not a part of the plan
    if block.heading_level and text and started is False and theme_from_text(text):
        return theme_from_text(text)  # "Priority 1: ..." is a section, not the title
    if block.heading_level and text and (started or block.heading_level > 1):
        # a heading between tables names the part that follows (the title comes first)
        labelled = theme_from_text(text)
        if labelled or (len(text.split()) <= MAX_HEADING_WORDS and not YEAR_RANGE.search(text)):
            return labelled or ThemeHeading(None, text)
    if not text or block.heading_level or text.startswith(("*", "-", "¹", "•")):
        return None
    labelled = theme_from_text(text)
    if labelled:
        return labelled
    words = text.split()
    if text.lower().startswith(("key objective", "objective:")):
        return ThemeHeading(None, text)
    labelled_line = block.bold or NUMBERED_LABEL.match(text)
    longest = MAX_HEADING_WORDS if labelled_line else MAX_LINE_WORDS
    if 1 <= len(words) <= longest and not text.endswith((".", ":", ";")):
        return None if YEAR_RANGE.search(text) else ThemeHeading(None, text)
    return None


MAX_LINE_WORDS = 8
MAX_HEADING_WORDS = 16
"""How long a plain line, and a bold or labelled one ("Shift 3: ..."), may be to name a part."""


EMBEDDED_LABEL = re.compile(
    rf"({LABEL_WORDS}\s+"
    r"(?:\d+(?:\.\d+)*|[A-H]|one|two|three|four|five|six|seven|eight|nine|ten)\s*[:.\-–]\s*.+)$",
    re.IGNORECASE,
)
LABEL_REACH = 600
"""A section's label starts within this many characters of a paragraph's start; looking
no further keeps a long document of prose from taking minutes."""
LABEL_START = re.compile("|".join(sorted(set(re.findall(r"[a-z]{2,}", LABEL_WORDS)))))
"""Any word of the labels, found far faster than the whole label: where to look from."""


def theme_from_text(text: str) -> ThemeHeading | None:
    text = " ".join(text.split())
    first = LABEL_START.search(text[:LABEL_REACH].lower())
    if first is None:
        return None
    embedded = EMBEDDED_LABEL.search(text, first.start(), min(len(text), LABEL_REACH))
    match = THEME_LABEL.match(text[embedded.start(1) :]) if embedded else None
    if not match:
        return None
    title, description = split_title_description(match.group("title"))
    return ThemeHeading(match.group("ref").strip(), title, description)


def split_title_description(text: str) -> tuple[str, str | None]:
    """ "Awareness and Education To raise awareness ..." -> a title and its description."""
    parts = re.split(r"\s(?=(?:To|We|This|Our)\s)", text, maxsplit=1)
    if len(parts) == 2 and len(parts[0].split()) <= 8:
        description = re.split(r"\s+Key Objectives?\b", parts[1])[0].strip()
        return parts[0].strip(), description or None
    return text.strip(), None


def describe_last_theme(entries: list, pending: ThemeHeading | None, text: str) -> None:
    description = re.sub(r"^(key\s+)?objective:\s*", "", text, flags=re.IGNORECASE)
    target = pending or next((e for e in reversed(entries) if isinstance(e, ThemeHeading)), None)
    if target:
        target.description = description


def section_levels(entries: list[LogicalRow | ThemeHeading]) -> None:
    """Section rows at two levels, the lower one indented further or not bold ("Better
    services" in bold, "Survivors get support" under it in plain text): the lower ones are
    the objectives of the theme above them."""
    ranked = [e for e in entries if isinstance(e, ThemeHeading) and e.rank is not None]
    if len({heading.rank for heading in ranked}) < 2:
        return
    top = min(heading.rank for heading in ranked)  # type: ignore[type-var]
    if ranked[0].rank != top:
        return  # the first section is not of the top level: the levels are not marked so
    for heading in ranked:
        heading.sub = heading.rank != top


def settle_one_word_headings(
    entries: list[LogicalRow | ThemeHeading], layout: Layout
) -> list[LogicalRow | ThemeHeading]:
    """A one-word section row is a heading when an item starts in the row after it;
    otherwise it is the last word of the cell above it, cut off by a page or a copy."""
    item_role = layout.objective or layout.action
    settled: list[LogicalRow | ThemeHeading] = []
    for position, entry in enumerate(entries):
        following = entries[position + 1] if position + 1 < len(entries) else None
        previous = settled[-1] if settled else None
        if (
            isinstance(entry, ThemeHeading)
            and entry.spill_role
            and isinstance(previous, LogicalRow)
            and entry.spill_role in previous.cells
            and not (isinstance(following, LogicalRow) and item_role in following.cells)
        ):
            above = previous.cells[entry.spill_role]
            previous.cells[entry.spill_role] = Cell(
                text=f"{above.text} {entry.title}",
                bold=above.bold,
                bullets=above.bullets,
                source=above.source,
            )
            continue
        settled.append(entry)
    return settled


def place_side_labels(
    entries: list[LogicalRow | ThemeHeading], layout: Layout
) -> list[LogicalRow | ThemeHeading]:
    """Side labels written in spaced capitals down the first column, cut into themes, each
    placed before the row where its theme begins (see `sections`)."""
    placed: list[LogicalRow | ThemeHeading] = []
    index = 0
    while index < len(entries):
        entry = entries[index]
        if not (isinstance(entry, ThemeHeading) and entry.spaced):
            placed.append(entry)
            index += 1
            continue
        end = index
        while end < len(entries) and not (
            isinstance(entries[end], ThemeHeading) and not entries[end].spaced  # type: ignore[union-attr]
        ):
            end += 1
        placed.extend(side_label_themes(entries[index:end], layout))
        index = end
    return placed


def side_label_themes(
    run: list[LogicalRow | ThemeHeading], layout: Layout
) -> list[LogicalRow | ThemeHeading]:
    # Items are the objectives where this table has them (another table may have them and
    # this one not: the plan's layout is all its tables'), else the actions.
    rows_here = [entry for entry in run if isinstance(entry, LogicalRow)]
    has_objectives = any(layout.objective in row.cells for row in rows_here)
    item_role = layout.objective if layout.objective and has_objectives else layout.action
    pieces = [
        sections.Piece(entry.text_letters, position)
        for position, entry in enumerate(run)
        if isinstance(entry, ThemeHeading)
    ]

    def row_of(position: int) -> int:
        return next(
            (p for p in range(position, len(run)) if isinstance(run[p], LogicalRow)), len(run)
        )

    def item_rows(after: int, upto: int) -> list[int]:
        return [
            p
            for p in range(after + 1, min(upto, len(run) - 1) + 1)
            if isinstance(run[p], LogicalRow) and item_role in run[p].cells  # type: ignore[union-attr]
        ]

    rows = [row_of(piece.entry) for piece in pieces]
    starts_item = [True] + [bool(item_rows(rows[k - 1], rows[k])) for k in range(1, len(pieces))]
    starts = sections.cut_side_label(pieces, starts_item)
    titles = sections.theme_letters(pieces, starts)
    begins = {pieces[0].entry: titles[0]}
    for number, k in enumerate(starts[1:], 1):
        begins[item_rows(rows[k - 1], rows[k])[-1]] = titles[number]
    result: list[LogicalRow | ThemeHeading] = []
    for position, entry in enumerate(run):
        if position in begins:
            result.append(ThemeHeading(None, sections.label_title(begins[position])))
        if isinstance(entry, LogicalRow):
            result.append(entry)
    return result


# Which columns hold the levels of the plan.


def choose_layout(rows: list[LogicalRow]) -> Layout:
    present = {role for row in rows for role in row.cells}
    has_objective, has_action, has_milestones = (role in present for role in ITEM_ROLES)
    if has_objective and has_action and has_milestones:
        return Layout(c.OBJECTIVE, c.ACTION, c.MILESTONES)
    if has_objective and has_milestones:
        return Layout(None, c.OBJECTIVE, c.MILESTONES)
    if has_objective and has_action:
        with_action = [row for row in rows if c.ACTION in row.cells]
        both = [
            row
            for previous, row in zip([None, *with_action], with_action, strict=False)
            if c.OBJECTIVE in row.cells
            and not (
                previous
                and c.OBJECTIVE in previous.cells
                and previous.cells[c.OBJECTIVE].text == row.cells[c.OBJECTIVE].text
            )
        ]
        distinct = {
            join_lines(row.cells[c.OBJECTIVE]) for row in with_action if c.OBJECTIVE in row.cells
        }
        recurring = len(distinct) < 0.8 * len(with_action)  # the same few, again and again
        if (
            with_action
            and len(both) >= 0.9 * len(with_action)
            and len(with_action) >= 3
            and not recurring
        ):
            # every row has its own objective: the objectives are the actions, and the
            # "actions" beside them are their steps
            return Layout(None, c.OBJECTIVE, c.ACTION)
        return Layout(c.OBJECTIVE, c.ACTION, None)
    if has_action:
        return Layout(None, c.ACTION, c.MILESTONES if has_milestones else None)
    if has_milestones:
        return Layout(None, c.MILESTONES, None)
    if has_objective:
        return Layout(None, c.OBJECTIVE, None)
    return Layout(None, None, None)


# Second pass: the hierarchy.


@dataclass
class PlanBuilder:
    layout: Layout
    vocabulary: LeadVocabulary
    paragraphs: list[str] = field(default_factory=list)
    leads_in_brackets: bool = False
    """The plan has no lead column and names each action's lead in brackets after it."""
    partners_named_as_leads: bool = False
    """The plan's leads are in a column of partners, in which it marks each action's lead."""
    """The document's text outside its tables, where it may name its themes."""
    theme_list: list[dict] = field(default_factory=list)
    action: dict | None = None

    def themes(self) -> list[dict]:
        self.name_implied_themes()
        themes = []
        for theme in sorted(self.theme_list, key=lambda theme: theme["_begun"]):
            objectives = [o for o in theme["objectives"] if o["actions"] or o["title"]]
            if objectives:
                themes.append({key: theme[key] for key in ("ref", "title", "description")})
                themes[-1]["objectives"] = objectives
        return themes

    def start_theme(self, heading: ThemeHeading) -> None:
        numbered = NUMBERED_HEADING.match(heading.title) if heading.ref is None else None
        if numbered:  # "1. PREVENTION": the theme's number is its ref
            heading = ThemeHeading(numbered.group(1), numbered.group(2), heading.description)
        current = self.theme_list[-1] if self.theme_list else None
        if current and current["title"].lower() == heading.title.lower():
            return  # a section row repeated at the top of a new page
        if current and CONTINUED.search(heading.title):
            return  # "Priority 2 (continued)" over the rest of its table: the same theme
        if current and (heading.sub or is_objective_under(heading, current)):
            objective: dict[str, Any] = {"ref": heading.ref, "title": heading.title, "actions": []}
            current["objectives"].append(objective)
            self.action = None
            return
        number = sections.ref_number(heading.ref)
        if current and current["_implied"] and number is not None and number == current["_number"]:
            current.update(ref=heading.ref, title=heading.title, description=heading.description)
            return  # the heading of a theme its numbering had already begun
        self.theme_list.append(
            {
                "ref": heading.ref,
                "title": heading.title,
                "description": heading.description,
                "objectives": [{"ref": None, "title": None, "actions": []}],
                "_number": sections.ref_number(heading.ref),
                "_implied": heading.implied,
                "_begun": len(self.theme_list),  # order kept when rows return to a theme
            }
        )
        self.action = None

    def return_to_theme(self, heading: ThemeHeading) -> None:
        """Go on with the theme of this title, begun by an earlier row if one was: rows
        ticked under a theme's column need not come together."""
        earlier = next((t for t in self.theme_list if t["title"] == heading.title), None)
        if earlier is None:
            self.start_theme(heading)
        elif earlier is not self.theme_list[-1]:
            self.theme_list.remove(earlier)
            self.theme_list.append(earlier)
            self.action = None

    def follow_numbering(self, ref: str | None) -> None:
        """Items numbered 2.1, 2.2 after a theme labelled "Strand 1" begin theme 2, whether
        or not the document gave it a heading of its own."""
        number = sections.item_theme_number(ref)
        theme = self.theme_list[-1] if self.theme_list else None
        if number is None or theme is None or theme["_number"] is None:
            return
        has_items = any(o["actions"] or o["title"] for o in theme["objectives"])
        if number == theme["_number"] + 1 and has_items:
            ref = sections.next_ref(theme["ref"], number)
            self.start_theme(ThemeHeading(ref, "", implied=True))

    def name_implied_themes(self) -> None:
        """An implied theme is named from the document's own list of its themes, or by its
        label ("Key strand 2") when the document has no such list."""
        for position, theme in enumerate(self.theme_list):
            if not theme["_implied"] or theme["title"]:
                continue
            before = self.theme_list[position - 1]["title"] if position else None
            after = (
                self.theme_list[position + 1]["title"]
                if position + 1 < len(self.theme_list)
                else None
            )
            theme["title"] = (
                sections.name_from_list(before, after, self.paragraphs)
                or theme["ref"]
                or f"Theme {position + 1}"
            )

    def objective(self) -> dict:
        if not self.theme_list:
            self.start_theme(ThemeHeading(None, ""))  # a plan without themes: one, untitled
        objectives: list[dict[str, Any]] = self.theme_list[-1]["objectives"]
        return objectives[-1]

    def add_row(self, row: LogicalRow) -> None:
        layout = self.layout
        own = {role: cell for role, cell in row.cells.items() if role not in row.covered}
        objective_cell = own.get(layout.objective) if layout.objective else None
        action_cell = own.get(layout.action) if layout.action else None
        theme_cell = own.get(c.THEME)
        ticked = [
            c.ticked_theme(role) for role, cell in own.items() if c.MARK.match(text_of(cell) or "")
        ]
        if ticked and ticked[0] and (layout.action in own or layout.objective in own):
            self.return_to_theme(theme_from_text(ticked[0]) or labelled_heading(ticked[0]))
        if theme_cell:
            text = join_lines(theme_cell)
            self.start_theme(theme_from_text(text) or labelled_heading(text))
        if objective_cell:
            self.start_objective(objective_cell)
        if action_cell:
            self.start_actions(row, action_cell)
        elif self.action is not None:
            self.add_continuation(LogicalRow(own, row.source, row.after_page_break))
        if self.action is not None:
            for role, cell in own.items():
                if role not in (c.OBJECTIVE, layout.action):
                    for reference in cross_references(cell.text):
                        found = self.action.setdefault("cross_references", [])
                        if reference not in found:
                            found.append(reference)

    def start_objective(self, cell: Cell) -> None:
        ref, title = split_ref(join_lines(cell))
        current = self.theme_list[-1]["objectives"][-1] if self.theme_list else None
        if current and (current["ref"], current["title"]) == (ref, title):
            return  # a merged cell read on every row it covers: "same as above"
        self.follow_numbering(ref)
        theme = self.objective() and self.theme_list[-1]
        theme["objectives"].append({"ref": ref, "title": title, "actions": []})
        self.action = None

    def start_actions(self, row: LogicalRow, cell: Cell) -> None:
        ref_cell = row.cells.get(c.REF)
        cell, detail = titled_cell(cell)
        cell, steps = lettered_steps(cell)
        if not steps and not self.layout.milestones:
            cell, steps = listed_steps(cell)
        numbered = split_numbered(join_lines(cell))
        if len(numbered) == 1 and len(listed := inline_list(join_lines(cell))) > 1:
            numbered = [(None, item) for item in listed]  # "1. Deliver ... 2. Run ..."
        if ref_cell and len(numbered) == 1:
            numbered = [(ref_cell.text.strip().rstrip("."), numbered[0][1])]
        deadlines = deadlines_for([ref for ref, _ in numbered], row.cells.get(c.DEADLINE))
        for (ref, title), deadline_text in zip(numbered, deadlines, strict=True):
            if not self.layout.objective:
                self.follow_numbering(ref)
            bracketed = BRACKETED_LEAD.search(title) if self.leads_in_brackets else None
            if bracketed:
                title = title[: bracketed.start()].strip()
                row = LogicalRow({**row.cells, c.LEAD: Cell(bracketed["lead"])}, row.source)
            action = self.new_action(ref, title, row, deadline_text)
            self.objective()["actions"].append(action)
            self.action = action
        if detail and self.action is not None:
            self.action["description"] = detail  # saved with the action, shown in the preview
        for step in steps:
            self.action["milestones"].append(  # type: ignore[index]
                {"title": step, "due_text": None, "due": None, "lead": None}
            )
        self.add_milestones(row, first_row=True)
        self.add_period_steps(row)

    def add_period_steps(self, row: LogicalRow) -> None:
        """What the row says will be done in each period ("Year 1 (2025/26)"): steps."""
        if self.action is None:
            return
        for role, cell in row.cells.items():
            period = c.step_period(role)
            text = text_of(cell)
            if period and text:
                self.action["milestones"].append(
                    {"title": text, "due_text": period, "due": deadline_json(period), "lead": None}
                )

    def new_action(
        self, ref: str | None, title: str, row: LogicalRow, deadline_text: str | None
    ) -> dict:
        cells = row.cells
        lead_cell = cells.get(c.LEAD)
        if deadline_text is None and lead_cell and (found := lead_and_date(lead_cell.text)):
            lead_text, deadline_text = found  # "Who and when": "Police – March 2026"
            cells = {**cells, c.LEAD: Cell(lead_text)}
        leads, partners = self.leads_and_partners(cells)
        return (
            {
                "ref": ref,
                "title": title,
                "leads": leads,
                "lead_people": people_among(leads),
                "collaborators": partners,
                "deadline_text": deadline_text,
                "deadline": deadline_json(deadline_text),
                "timescale": timescale_of(cells.get(c.TIMESCALE)),
                "status_text": text_of(cells.get(c.STATUS)),
                "progress_text": text_of(cells.get(c.PROGRESS)),
                "output": text_of(cells.get(c.OUTPUT)),
                "outcome": text_of(cells.get(c.OUTCOME)),
                "indicators": list_of(cells.get(c.INDICATORS)),
                "cost": text_of(cells.get(c.COST)),
                "milestones": [],
            }
            | updates_of(row)
            | other_columns(cells)
        )

    def add_continuation(self, row: LogicalRow) -> None:
        """A row with no action of its own: more steps of the action above."""
        assert self.action is not None
        for lead in self.leads_and_partners(row.cells)[0]:
            if lead not in self.action["leads"]:
                self.action["leads"].append(lead)
        self.action["lead_people"] = people_among(self.action["leads"])
        only_update = set(row.cells) <= {c.PROGRESS, c.STATUS}
        for role, key in ((c.PROGRESS, "progress_text"), (c.STATUS, "status_text")):
            text = text_of(row.cells.get(role)) if only_update else None
            if text and text != self.action[key]:
                self.action[key] = f"{self.action[key]} {text}" if self.action[key] else text
        self.add_milestones(row, first_row=False)

    def add_milestones(self, row: LogicalRow, *, first_row: bool) -> None:
        if not self.layout.milestones or self.action is None:
            return
        cell = row.cells.get(self.layout.milestones)
        if not cell:
            return
        items = split_items(cell.text, cell.bullets)
        lead_cell = row.cells.get(c.LEAD)
        row_due = None if first_row else text_of(row.cells.get(c.DEADLINE))
        for item in items:
            due = item.due_text or (row_due if len(items) == 1 else None)
            self.action["milestones"].append(
                {
                    "title": item.title,
                    "due_text": due,
                    "due": deadline_json(due),
                    "lead": " ".join(lead_cell.text.split())
                    if lead_cell and len(items) == 1
                    else None,
                }
            )

    def leads_of(self, cell: Cell | None) -> list[str]:
        return split_leads(cell.text, cell.bullets, self.vocabulary) if cell else []

    def leads_and_partners(self, cells: dict[str, Cell]) -> tuple[list[str], list[str]]:
        """The row's leads and partners: from their columns, from a "Who" cell labelled
        "Lead: X / With: Y; Z", or from partners marked "(L)" as the lead."""
        lead_cell = cells.get(c.LEAD)
        leads, partners = self.leads_of(lead_cell), self.leads_of(cells.get(c.COLLABORATORS))
        labelled = labelled_parts(lead_cell.text) if lead_cell else None
        if labelled:
            leads = split_leads(labelled[0], None, self.vocabulary)
            partners += [name for name in split_leads(labelled[1]) if name not in partners]
        matrix_leads, matrix_partners = matrix_marks(cells)
        leads = [*leads, *(lead for lead in matrix_leads if lead not in leads)]
        partners = [*partners, *(name for name in matrix_partners if name not in partners)]
        marked = marked_leads(leads)
        if marked and self.partners_named_as_leads:
            leads, unmarked = marked  # "Partners (L = lead)": the others support
            partners = unmarked + partners
        elif marked:  # "MSD (lead), Office for Seniors" under "Lead agencies": both lead
            leads = [LEAD_MARK.sub(" ", lead).strip() for lead in leads]
        marked = marked_leads(partners)
        if marked:
            leads, partners = [*leads, *marked[0]], marked[1]
        return leads, partners


def matrix_marks(cells: dict[str, Cell]) -> tuple[list[str], list[str]]:
    """The agencies a responsibility matrix marks on this row: as leading it ("L", "R",
    "A", or a tick) and as supporting it ("S", "C", "I")."""
    leads: list[str] = []
    partners: list[str] = []
    for role, cell in cells.items():
        agency, mark = c.marked_agency(role), cell.text.strip().lower().strip(" .")
        if agency and mark:
            (partners if mark in c.PARTNER_MARKS else leads).append(agency)
    return leads, partners


THEME_LEVEL_LABELS = (
    "theme",
    "priority",
    "strand",
    "aim",
    "key",
    "section",
    "pillar",
    "ambition",
    "workstream",
    "area",
    "focus",
    "domain",
    "chapter",
)
OBJECTIVE_LEVEL_LABELS = ("objective", "outcome", "recommendation", "goal")
ADJECTIVES = ("strategic", "overarching")


def is_objective_under(heading: ThemeHeading, theme: dict) -> bool:
    """ "Objective 1.1: ..." under "Theme 1: ...": a heading of the level below the theme's,
    labelled so, or numbered one level deeper than a titled theme."""
    label = [word for word in (heading.ref or "").split() if word.lower() not in ADJECTIVES]
    if not label or label[0].lower() not in OBJECTIVE_LEVEL_LABELS or not theme["title"]:
        return False
    above = [word for word in (theme["ref"] or "").split() if word.lower() not in ADJECTIVES]
    if above and above[0].lower() in THEME_LEVEL_LABELS:
        return True
    return "." in label[-1] and not (above and above[0].lower() == label[0].lower())


def listed_steps(cell: Cell) -> tuple[Cell, list[str]]:
    """An action's cell with a line of its own over a bulleted list ("Run the campaign"
    over "• Materials translated", "• Launch events"), in a plan with no column of steps:
    the line is the action, the list its steps."""
    lines = [line.strip() for line in cell.text.split("\n") if line.strip()]
    bullets = [item.strip() for item in cell.bullets if item.strip()]
    head = lines[: len(lines) - len(bullets)]
    if not bullets or not head or lines[len(head) :] != bullets:
        return cell, []
    return Cell(" ".join(head), bold=cell.bold, source=cell.source), bullets


def titled_cell(cell: Cell) -> tuple[Cell, str | None]:
    """An action's cell with a short bold title over a paragraph of what it involves: the
    title is the action's, the paragraph its description."""
    lead = cell.bold_lead
    if not lead or cell.bullets or not cell.text.startswith(lead):
        return cell, None
    detail = " ".join(cell.text[len(lead) :].split())
    return Cell(lead, bold=True, source=cell.source), detail or None


LETTERED = re.compile(r"^\s*\(?(?:[a-h]|i{1,3}|iv|v|vi{0,3})[.)]\s+(?=\S)")


def lettered_steps(cell: Cell) -> tuple[Cell, list[str]]:
    """An action's cell whose first line is followed by lettered lines ("a) Audit a sample",
    "b) Train officers"): the first line is the action, the lettered lines its steps."""
    lines = [line.strip() for line in cell.text.split("\n") if line.strip()]
    if len(lines) == 1:
        lines = inline_letters(lines[0])  # the lines run together, as a PDF's reader may
    if len(lines) < 2 or LETTERED.match(lines[0]) or not all(map(LETTERED.match, lines[1:])):
        return cell, []
    steps = [line[LETTERED.match(line).end() :].strip() for line in lines[1:]]  # type: ignore[union-attr]
    return Cell(lines[0], bold=cell.bold, source=cell.source), steps


INLINE_NUMBER = re.compile(r"(?:^|\s)(\d{1,2})[.)]\s+(?=[A-Z])")


def inline_list(text: str) -> list[str]:
    """ "1. Deliver ... 2. Run ... 3. Train ...": a cell's list numbered from 1, its lines run
    together; each item on its own (the numbers are the list's, not refs)."""
    found = list(INLINE_NUMBER.finditer(text))
    numbers = [int(match.group(1)) for match in found]
    if len(found) < 2 or numbers != list(range(1, len(found) + 1)) or found[0].start() > 0:
        return [text]
    ends = [match.start() for match in found[1:]] + [len(text)]
    return [text[match.end() : end].strip() for match, end in zip(found, ends, strict=True)]


INLINE_LETTER = re.compile(r"\s\(?([a-h])\)\s+(?=[A-Z])")


def inline_letters(text: str) -> list[str]:
    """ "Develop a guide a) Review ... b) Draft ...": the text cut before "a)", "b)", ...
    when the letters run in order from "a"; the text whole otherwise."""
    found = list(INLINE_LETTER.finditer(text))
    letters = "".join(match.group(1) for match in found)
    if len(found) < 2 or letters != "abcdefgh"[: len(found)]:
        return [text]
    cuts = [match.start() for match in found]
    return [
        text[start:end].strip() for start, end in zip([0, *cuts], [*cuts, len(text)], strict=True)
    ]


def updates_of(row: LogicalRow) -> dict:
    """A tracker's history of the row, one update per period, when it has one."""
    if not row.history:
        return {}
    return {"updates": [asdict(update) for update in row.history]}


CROSS_REFERENCE = re.compile(
    r"\b(?:see|cross[- ]ref(?:erence)?(?: to)?|refer to|links? (?:to|with))\s*:?\s+"
    r"(?P<target>(?:[A-Z][\w&'’-]*(?:\s+(?:and|of|&|the)\s+|\s+)){0,8}?"
    r"(?:action\s+)?\d+(?:\.\d+)*[a-z]?)\b",
    re.IGNORECASE,
)


def cross_references(text: str) -> list[str]:
    """ "See Safety and Support 3.1" -> ["Safety and Support 3.1"]: another action, named by
    its theme (when it is in another) and its ref."""
    return [" ".join(m.group("target").split()) for m in CROSS_REFERENCE.finditer(text or "")]


def other_columns(cells: dict[str, Cell]) -> dict:
    """Columns of no known role, kept under their headers for the preview: {"other": {...}}."""
    other = {
        role.partition(":")[2] or "Other": text
        for role, cell in cells.items()
        if c.is_other(role) and (text := text_of(cell))
    }
    return {"other": other} if other else {}


TIMESTAMP = re.compile(
    r"\b(\d{4}-\d{2}-\d{2}|\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4})(?:T|,?\s+)\d{1,2}:\d{2}"
    r"(?::\d{2}(?:\.\d+)?)?(?:\s*(?:[AaPp]\.?[Mm]\.?|Z|UTC|[+-]\d{2}:?\d{2}))?(?![\w:])"
)
"""A date with its time of day, as tools and reports export a due date
("2026-05-29T12:00:00.000Z", "2026-05-29 00:00:00", "30/09/2026 00:00:00", "9/30/2026 5:00 PM"):
the deadline is the day."""


def deadlines_for(refs: list[str | None], cell: Cell | None) -> list[str | None]:
    """One deadline per action; a cell of "1.3.1 Ongoing 1.3.2 May 2013" is shared out by
    ref, or in order when its refs do not match the actions'."""
    text = text_of(cell)
    text = TIMESTAMP.sub(r"\1", text) if text else text
    if not text or len(refs) == 1:
        return [strip_refs(text)] * len(refs) if text else [None] * len(refs)
    known = [ref for ref in refs if ref]
    prefix = ".".join(known[0].split(".")[:-1]) if known else ""
    if not prefix:
        return [text] * len(refs)
    keyed = list(re.finditer(rf"{re.escape(prefix)}\.\d+\.?", text))
    if not keyed:
        return [text] * len(refs)
    values = {}
    ordered = []
    for match, following in zip(keyed, [*keyed[1:], None], strict=True):
        value = text[match.end() : following.start() if following else len(text)].strip(" .·")
        key = match.group(0).rstrip(".")
        if value:
            values[key] = value
            ordered.append(value)
    if set(values) <= set(known):
        return [values.get(ref) if ref else None for ref in refs]
    return [ordered[i] if i < len(ordered) else None for i in range(len(refs))]


def strip_refs(text: str) -> str | None:
    if c.DOTTED_DATE.match(text):
        return text.strip()  # "30.09.25": a date written with dots, not a ref
    stripped = re.sub(r"^\s*\d+(?:\.\d+)+\.?\s*", "", text).strip(" ·")
    return stripped or None


def split_ref(text: str) -> tuple[str | None, str]:
    match = LEADING_REF.match(text)
    if match:
        return match.group(1), text[match.end() :].strip()
    return None, text


def join_lines(cell: Cell) -> str:
    return " ".join(cell.text.split())


def text_of(cell: Cell | None) -> str | None:
    if not cell:
        return None
    text = " ".join(cell.text.split())
    return text or None


def list_of(cell: Cell | None) -> list[str]:
    if not cell:
        return []
    lines = cell.bullets or [line for line in cell.text.split("\n") if line.strip()]
    return [" ".join(line.split()).rstrip("*").strip() for line in lines if line.strip()]


def timescale_of(cell: Cell | None) -> str | None:
    text = text_of(cell)
    if not text:
        return None
    word = text.split()[0].rstrip(".").lower()
    return {"s": "Short", "m": "Medium", "l": "Long"}.get(word, text.split()[0].capitalize())


def deadline_json(text: str | None) -> dict | None:
    if not text:
        return None
    deadline = parse_deadline(text)
    return deadline.to_json() if deadline else None


def plan_title(document: Document) -> str:
    if document.title:
        return document.title
    parts = title_parts(document)
    return " ".join(parts) if parts else (document.source_name or "Imported plan")


def title_parts(document: Document) -> list[str]:
    """The short paragraphs before the first table that make the plan's title (the last
    two, up to one that names the plan's years); none when the document names its title."""
    if document.title:
        return []
    paragraphs = []
    for block in document.blocks:
        if block.is_table:
            break
        text = (block.text or "").strip()
        if not text or block.list_level is not None:
            continue  # an item of a list (the plan's aims listed before it) is not its title
        if len(text.split()) > 20:
            break
        if text.endswith(".") or DANGLING.search(text) or text[:1].islower():
            continue  # a sentence, or a line of one, introducing the plan: not its title
        if NUMBERED_LABEL.match(text) or theme_from_text(text):
            break  # "Commitment 1: ...": the first part begins
        paragraphs.append(text)
        if YEAR_RANGE.search(text):
            break
    return paragraphs[-2:]


def period_of(title: str) -> str | None:
    ranges = YEAR_RANGE.findall(title)
    return ranges[-1] if ranges else None
