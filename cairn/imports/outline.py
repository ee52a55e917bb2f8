"""Reading a plan that is not a table: headings with bulleted or numbered lists under them.

Many plans are written as a document: a heading per priority, perhaps a subheading per
objective, and the actions as list items, each with its lead and date written after it
("Lead: Police. By March 2025") or on lines of their own ("Who: ...", "When: ..."). Nested
items are the steps (milestones) of the action above. Headings become themes (and, where the
document has a second level of them above its lists, objectives); a plan with no headings is
one theme with no title.

When a document holds nothing plan-like at all, `describe` says what it does hold, for the
message the coordinator sees.
"""

from __future__ import annotations

import itertools
import re
from dataclasses import dataclass, field
from typing import Any

from cairn.imports import columns as c
from cairn.imports.grid import Block, Document, UnreadableDocument
from cairn.imports.leads import NOT_A_LEAD, explicit_pieces, lead_and_date, people_among
from cairn.imports.readers.segment import LIST_ITEM
from cairn.plans.deadlines import parse_deadline

READING = "headings and lists"

BULLET = re.compile(r"^\s*[•▪●◦○■□‣⁃➢✓\-–*]\s+")
NUMBERED = re.compile(r"^\s*(?P<ref>\d{1,3}(?:\.(?:\d{1,3}|[A-Za-z]))+)\.?\s+(?=\S)")
"""A numbered paragraph: "2.3 ...", "1.A.1 ..." (an outline's lettered level)."""
THEME_WORDS = re.compile(
    r"^(?:(?:key|strategic|overarching)\s+)?(?:strand|theme|aim|priority|outcome|section|part|"
    r"objective|goal|recommendation|ambition|(?:focus\s+)?area|domain|chapter|"
    r"workstream|pillar)\s+(?:\d+|[a-z]|one|two|three|four|five|six|seven|eight|nine|ten)\b",
    re.IGNORECASE,
)
THEME_LABEL = re.compile(
    r"^(?P<ref>(?:(?:key|strategic|overarching)\s+)?(?:strand|theme|aim|priority|outcome|section|"
    r"part|objective|goal|recommendation|ambition|(?:focus\s+)?area|domain|chapter|"
    r"workstream|pillar)\s+(?:\d+|[a-z]|one|two|three|four|five|six|seven|eight|nine|ten))"
    r"\s*[:.\-–]\s*(?P<title>\S.*)$",
    re.IGNORECASE,
)
LABEL = re.compile(r"^\s*(?P<label>[A-Za-z][A-Za-z /&?'()-]{0,40}?)\s*[:–—]\s*(?P<value>\S.*)$")
INLINE_LABEL = re.compile(
    r"(?:^|(?<=[.;,(\[])\s*|\s+[-–—|]\s+|\s+)(?P<label>lead(?:s| agency| officer)?|owner|"
    r"led by|who|responsible|by when|by|when|deadline|due(?: date)?|target date|timescale|timeline|"
    r"status|rag|progress|update|partners|supported by|outcome|measure|how will we know)"
    r"\s*[:–—]\s*",
    re.IGNORECASE,
)
BY_DATE = re.compile(
    r"[.;,(–—-]\s*(?P<date>by\s+(?:end of\s+)?(?:[A-Z][a-z]+\s+\d{4}|\d{4}(?:/\d{2})?|"
    r"Q[1-4]\s+\d{4}(?:/\d{2})?))\)?\.?\s*$"
)
MAX_HEADING_WORDS = 14
LEAD_AND_DATE = re.compile(
    r"\s*\((?P<lead>[A-Z][^(),]{1,50}),\s*(?P<date>(?:[A-Z][a-z]+\s+)?(?:19|20)\d{2}(?:/\d{2})?)\)"
    r"\.?\s*$"
)
DASH_LEAD_WHEN = re.compile(
    r"\s+[-–—]\s+(?P<lead>[A-Z][\w&'’/. ]{1,60}?)\s*\((?P<date>[^()]{1,30})\)\.?\s*$"
)
"""'... - Comms team (end of October)': an action noted in an email or minutes, then who
and, in brackets, when."""
FIELD_ROLES = {
    c.LEAD,
    c.COLLABORATORS,
    c.DEADLINE,
    c.TIMESCALE,
    c.STATUS,
    c.PROGRESS,
    c.OUTCOME,
    c.OUTPUT,
    c.INDICATORS,
    c.COST,
    c.ACTION,
    c.OBJECTIVE,
}
EXTRA_LABELS = {
    "how will we know": c.INDICATORS,
    "how we will know": c.INDICATORS,
    "what": c.ACTION,
    "when": c.DEADLINE,
    "who": c.LEAD,
    "by": c.DEADLINE,
}


@dataclass
class Entry:
    kind: str
    """ "heading", "item", "field" or "prose"."""
    text: str
    level: int = 0
    ref: str | None = None
    role: str | None = None
    fields: dict[str, str] = field(default_factory=dict)
    heading_like: bool = False
    """A numbered item that reads like a heading: which it is, what follows says."""


def read_outline(document: Document) -> dict:
    """The plan in a document's headings and lists, as Plan JSON; UnreadableDocument saying
    what the document holds when it holds no actions."""
    entries = outline_entries(document)
    builder = OutlineBuilder(entries)
    themes = builder.build()
    if is_minutes(document):
        themes = assigned_actions(themes, builder.labelled)
    themes = without_template_sections(themes)
    if not any(o["actions"] for t in themes for o in t["objectives"]):
        raise UnreadableDocument(not_a_plan_message(document))
    # the caller gives the plan its title, read the same way for every document
    return {"title": "", "period_text": None, "themes": themes, "reading": READING}


# Entries: what each paragraph is.


def outline_entries(document: Document) -> list[Entry]:
    entries: list[Entry] = []
    for block in document.blocks:
        if block.is_table:
            continue  # a table the interpreter could not read as a plan
        entry = paragraph_entry(block)
        if entry is not None:
            entries.append(entry)
    return outer_items_as_headings(settle_numbered(entries))


def outer_items_as_headings(entries: list[Entry]) -> list[Entry]:
    """A list whose outer items hold nothing but a short title, each with nested items that
    carry leads and dates ("1. Raising awareness" over "a. Publish ... (Lead: ...; by June)"):
    the outer items are the plan's headings, the nested ones its actions."""
    items = [entry for entry in entries if entry.kind == "item"]
    top = min((entry.level for entry in items), default=0)
    outer = [entry for entry in items if entry.level == top]
    inner = [entry for entry in items if entry.level > top]
    if len(outer) < 2 or not inner or any(entry.fields for entry in outer):
        return entries
    if sum(1 for entry in inner if entry.fields) < 0.6 * len(inner):
        return entries
    following = [entries[entries.index(entry) + 1 :] for entry in outer]
    if not all(rest and rest[0].kind == "item" and rest[0].level > top for rest in following):
        return entries
    if any(len(entry.text.split()) > MAX_HEADING_WORDS for entry in outer):
        return entries
    for entry in outer:
        entry.kind, entry.level = "heading", 7
    return entries


def paragraph_entry(block: Block) -> Entry | None:
    text = " ".join((block.text or "").split())
    if not text:
        return None
    if block.list_level is not None:
        if labelled := listed_field(text):
            return labelled  # "- Lead: Housing" under an action's heading: a detail of it
        marker = block.list_marker or ""
        ref = marker.rstrip(".)").lstrip("(") if marker[:1].isalnum() else None
        return item_entry(text, block.list_level, ref)
    if block.heading_level:
        return Entry("heading", text, level=block.heading_level)
    if ATTENDANCE.match(text):
        return Entry("prose", text)  # "Present: ...", "Apologies: ...": a meeting's, no part
    label = labelled_field(text)
    if label:
        return label
    bullet = BULLET.match(text)
    if bullet:
        return listed_field(text[bullet.end() :]) or item_entry(text[bullet.end() :], 0, None)
    listed = LIST_ITEM.match(text) or GLUED_NUMBER.match(text)
    numbered = NUMBERED.match(text)
    if numbered:
        entry = item_entry(text[numbered.end() :], numbered["ref"].count("."), numbered["ref"])
        entry.heading_like = looks_like_heading(text[numbered.end() :], block)
        return entry
    if listed and listed["marker"][:1].isdigit() and not THEME_WORDS.match(text):
        entry = item_entry(listed["text"], 0, listed["marker"].rstrip(".)"))
        entry.heading_like = block.bold or listed["text"].isupper()
        return entry
    if looks_like_heading(text, block):
        return Entry("heading", text, level=heading_level(text, block))
    if listed:
        return item_entry(listed.group("text"), 0, listed.group("marker").rstrip(".)"))
    return Entry("prose", text)


GLUED_NUMBER = re.compile(r"^(?P<indent>)(?P<marker>\d{1,3}[.)])(?P<text>[A-Z][a-z].*)$")
"""'10.Appoint ...': a numbered paragraph whose tab after the number a PDF's text lost."""

LABEL_DEPTH = re.compile(r"^\D{0,40}?\b\d+(?P<deeper>(?:\.\d+)*)")
"""The number of a section's label: "Outcome 1.1" is a level below "Priority 1"."""


def heading_level(text: str, block: Block) -> int:
    """A paragraph that looks like a heading without being styled as one: level 7 when it
    is marked (bold, capitals, "Priority 2"), 8 when it is only short; a label numbered a
    level deeper ("Outcome 1.1: ...") is a level below."""
    if THEME_WORDS.match(text):
        depth = LABEL_DEPTH.match(text)
        return 7 + (depth["deeper"].count(".") if depth else 0)
    return 7 if block.bold or text.isupper() else 8


def settle_numbered(entries: list[Entry]) -> list[Entry]:
    """A numbered paragraph is a heading when the numbered items that follow are its
    children ("1. Prevention" before "1.1 ...", "1.2 ..."), or when it looks like one and
    no lead or date follows it; otherwise it is an item, whatever its length."""
    settled = []
    for position, entry in enumerate(entries):
        if entry.kind != "item" or not entry.ref or not entry.ref[:1].isdigit():
            settled.append(entry)
            continue
        following = next((e for e in entries[position + 1 :] if e.kind != "prose"), None)
        parent = (
            following is not None
            and following.kind == "item"
            and (following.ref or "").startswith(f"{entry.ref}.")
        )
        described = following is not None and following.kind == "field"
        if parent or (entry.heading_like and not described and not entry.fields):
            title = f"{entry.ref} {entry.text}"
            depth = entry.ref.count(".")
            entry = Entry("heading", title, level=7 + depth if parent else 7)
        settled.append(entry)
    return settled


def looks_like_heading(text: str, block: Block) -> bool:
    words = text.split()
    if THEME_WORDS.match(text) and len(words) <= 3 * MAX_HEADING_WORDS:
        return True  # "Priority 1: ..." however long its title (a web page's priorities)
    if not words or len(words) > MAX_HEADING_WORDS:
        return False
    if text.endswith((".", ",", ";", "?", "!")) or LIST_ITEM.match(text):
        return False
    return block.bold or text.isupper() or len(words) <= 8 and text[0].isupper()


def labelled_field(text: str) -> Entry | None:
    match = LABEL.match(text)
    if not match:
        return None
    role = role_of_label(match.group("label"))
    if role is None:
        return None
    value, more = split_inline_fields(match.group("value").strip())
    # "Lead: Police. Deadline: March 2026": one line, two fields
    return Entry("field", value or match.group("value").strip(), role=role, fields=more)


LIST_LABEL = re.compile(r"^\s*[A-Za-z][A-Za-z /&?'-]{0,30}[:–—]")


def listed_field(text: str) -> Entry | None:
    """A list item that is only a label and its value ("Lead: Housing"): a detail of the
    item or heading above, not an item. "Training (Lead: ...)" is an item with its lead."""
    return labelled_field(text) if LIST_LABEL.match(text) else None


def role_of_label(label: str) -> str | None:
    words = " ".join(label.lower().replace("?", "").split())
    if len(words.split()) > 5:
        return None
    role = EXTRA_LABELS.get(words) or c.role_of_header(words)
    return role if role in FIELD_ROLES else None


def item_entry(text: str, level: int, ref: str | None) -> Entry:
    """A list item, with the details written after its title taken out as fields."""
    text, task = task_fields(text)
    title, details = split_inline_fields(text)
    return Entry("item", title, level=level, ref=ref, fields=task | details)


CHECKBOX = re.compile(r"^\s*\[?(?P<mark>[ xX✓✔])?\]\s+")
TASK_PART = re.compile(r"\s+[—–-]\s+")


def task_fields(text: str) -> tuple[str, dict[str, str]]:
    """A task list's item ("[x] Build a dashboard — @Nadia Kerr @Ellie Grant — due
    2025-11-30"): its tick says done or open, "@" names its leads, "due" its deadline."""
    details: dict[str, str] = {}
    box = CHECKBOX.match(text)
    if box:
        text = text[box.end() :]
        details[c.STATUS] = "Done" if (box["mark"] or " ").strip() else "Open"
    kept: list[str] = []
    for part in TASK_PART.split(text):
        due = re.fullmatch(r"(?:due|by)\s*:?\s+(?P<date>.+)", part.strip(), re.IGNORECASE)
        if part.strip().startswith("@") and kept:
            names = [name.strip(" ,;") for name in part.split("@") if name.strip(" ,;")]
            details[c.LEAD] = "; ".join(map(as_mention, names))
        elif due and kept:
            details[c.DEADLINE] = due["date"].strip()
        else:
            kept.append(part)
    if c.LEAD not in details and c.DEADLINE not in details:
        return text, details  # no "@" nor "due": the dashes are the item's own
    return " – ".join(kept), details


HANDLE = re.compile(r"[a-z0-9][\w.-]*")


def as_mention(name: str) -> str:
    """ "@nkerr", "@jo.bloggs": a person's handle in the tool the list came from, kept with
    its "@" so it is proposed as a person (never an agency, whose name the public page
    shows); "@Nadia Kerr" and "@Police" are names as written."""
    return f"@{name}" if HANDLE.fullmatch(name) else name


def split_inline_fields(text: str) -> tuple[str, dict[str, str]]:
    details: dict[str, str] = {}
    matches = list(INLINE_LABEL.finditer(text))
    matches = [m for m in matches if m.start() > 0]
    if matches:
        title = text[: matches[0].start()]
        for match, following in zip(matches, [*matches[1:], None], strict=True):
            value = text[match.end() : following.start() if following else len(text)]
            role = role_of_label(match.group("label"))
            by_date = BY_DATE.search(value)
            if by_date and role != c.DEADLINE:
                details.setdefault(c.DEADLINE, clean_date(by_date.group("date")))
                value = value[: by_date.start()]
            value = value.strip(" .;,)([]")
            if role and value:
                details.setdefault(role, value)
    else:
        title = text
        by_date = BY_DATE.search(text)
        dashed = DASH_LEAD_WHEN.search(text)
        if dashed and re.search(r"\d", dashed["lead"]):
            dashed = None  # "- Phase 2 (subject to funding)": part of the title, not who and when
        bracketed = LEAD_AND_DATE.search(text) or dashed
        if bracketed:  # "... (Youth Service, 2027)", "... - Housing (December)": who, when
            details[c.LEAD], details[c.DEADLINE] = bracketed["lead"].strip(), bracketed["date"]
            title = text[: bracketed.start()]
        elif by_date:
            details[c.DEADLINE] = clean_date(by_date.group("date"))
            title = text[: by_date.start()]
    title = title.strip(" .;,–—-([")
    if title.endswith(")") and "(" not in title:
        title = title[:-1]
    return title.strip(), details


def clean_date(text: str) -> str:
    return " ".join(text.split()).strip(" .;,()")


# The hierarchy.


class OutlineBuilder:
    def __init__(self, entries: list[Entry]) -> None:
        self.entries = drop_title(entries)
        self.labelled: set[int] = set()
        """The actions written after a label ("Action: ..."), by id."""

    def build(self) -> list[dict]:
        levels = self.structure_levels()
        themes: list[dict] = []
        action: dict | None = None
        item_level = min((e.level for e in self.entries if e.kind == "item"), default=0)
        pending_description: dict | None = None
        for entry in self.entries:
            if entry.kind == "heading":
                if entry.level == levels.get("theme"):
                    themes.append(new_theme(entry.text))
                    pending_description = themes[-1]
                    action = None
                elif entry.level == levels.get("objective"):
                    if not themes:
                        themes.append(new_theme(""))
                    ref, title = split_ref(entry.text)
                    themes[-1]["objectives"].append({"ref": ref, "title": title, "actions": []})
                    pending_description = None
                    action = None
                elif entry.level == levels.get("action"):
                    action = self.add_action(themes, entry.text, None, {})
                continue
            if entry.kind == "prose":
                if pending_description is not None and not pending_description["description"]:
                    pending_description["description"] = entry.text
                continue
            pending_description = None
            if entry.kind == "field":
                if entry.role in (c.ACTION, c.OBJECTIVE):
                    action = self.add_action(themes, entry.text, None, entry.fields)
                    self.labelled.add(id(action))
                elif action is not None:
                    self.apply_field(action, entry.role or "", entry.text)
                    for role, value in entry.fields.items():
                        self.apply_field(action, role, value)
                continue
            if entry.level == item_level or action is None:
                action = self.add_action(themes, entry.text, entry.ref, entry.fields)
            else:
                due = entry.fields.get(c.DEADLINE)
                action["milestones"].append(
                    {
                        "title": entry.text,
                        "due_text": due,
                        "due": deadline_json(due),
                        "lead": entry.fields.get(c.LEAD),
                    }
                )
        for theme in themes:
            theme["objectives"] = [o for o in theme["objectives"] if o["actions"] or o["title"]]
        return [t for t in themes if t["objectives"]]

    def structure_levels(self) -> dict[str, int]:
        """Which heading levels are themes and objectives: the levels of the headings that
        have items under them, outermost first. Without items, the innermost heading level
        with fields under it holds the actions."""
        has_items = any(e.kind == "item" for e in self.entries)
        above_items: list[int] = []
        above_fields: list[int] = []
        open_levels: dict[int, bool] = {}
        for entry in self.entries:
            if entry.kind == "heading":
                open_levels = {lvl: v for lvl, v in open_levels.items() if lvl < entry.level}
                open_levels[entry.level] = True
            elif (
                entry.kind == "item"
                or entry.kind == "field"
                and entry.role
                in (
                    c.ACTION,
                    c.OBJECTIVE,
                )
            ):
                above_items.extend(open_levels)
            elif entry.kind == "field":
                above_fields.extend(open_levels)
        levels: dict[str, int] = {}
        if has_items or above_items:
            ordered = sorted(set(above_items))
        else:
            innermost = sorted(set(above_fields))
            if not innermost:
                return levels
            levels["action"] = innermost[-1]
            ordered = innermost[:-1]
        if ordered:
            levels["theme"] = ordered[0]
        if len(ordered) > 1:
            levels["objective"] = ordered[1]
        return levels

    def add_action(
        self, themes: list[dict], text: str, ref: str | None, details: dict[str, str]
    ) -> dict:
        if not themes:
            themes.append(new_theme(""))
        objectives = themes[-1]["objectives"]
        if not objectives:
            objectives.append({"ref": None, "title": None, "actions": []})
        if ref is None:
            ref, text = split_ref(text)
        action: dict[str, Any] = {
            "ref": ref,
            "title": text,
            "leads": [],
            "lead_people": [],
            "collaborators": [],
            "deadline_text": None,
            "deadline": None,
            "timescale": None,
            "status_text": None,
            "progress_text": None,
            "output": None,
            "outcome": None,
            "indicators": [],
            "cost": None,
            "milestones": [],
        }
        for role, value in details.items():
            self.apply_field(action, role, value)
        objectives[-1]["actions"].append(action)
        return action

    def apply_field(self, action: dict, role: str, value: str) -> None:
        if role == c.TIMESCALE and c.is_deadline_text(value):
            role = c.DEADLINE  # "Timescale: July 2026" is a date, not Short/Medium/Long
        if role == c.LEAD and not action["deadline_text"] and (dated := lead_and_date(value)):
            value = dated[0]  # "Lead: Housing; Ongoing": the lead, then when
            self.apply_field(action, c.DEADLINE, dated[1])
        if role == c.LEAD:
            action["leads"] += typed_leads(value)
            action["lead_people"] = [  # never made agencies
                lead for lead in action["leads"] if lead.startswith("@") or people_among([lead])
            ]
        elif role == c.COLLABORATORS:
            action["collaborators"] += typed_leads(value)
        elif role == c.DEADLINE:
            action["deadline_text"] = value
            action["deadline"] = deadline_json(value)
        elif role == c.INDICATORS:
            action["indicators"].append(value)
        elif role in ("timescale", "status", "progress", "output", "outcome", "cost"):
            key = {"status": "status_text", "progress": "progress_text"}.get(role, role)
            action[key] = f"{action[key]} {value}" if action[key] else value


def typed_leads(value: str) -> list[str]:
    """Leads typed after a label are separated as typed (commas, slashes, semicolons): they
    were never a flattened table cell whose names ran together."""
    if NOT_A_LEAD.search(value):
        return []
    leads = [piece.strip(" .,;:/*") for piece in explicit_pieces(value, [])]
    return [lead for lead in leads if lead and not NOT_A_LEAD.search(lead)]


def drop_title(entries: list[Entry]) -> list[Entry]:
    """The first heading is the document's title when no other heading shares its level, or
    when it stands alone above the first of the top-level headings (a plain line of title
    above "Priority 1: ..."), a level below them."""
    headings = [e for e in entries if e.kind == "heading"]
    if not headings:
        return entries
    first = headings[0]
    top = min(e.level for e in headings)
    before_top = list(itertools.takewhile(lambda e: e.level != top, headings))
    alone = sum(1 for e in headings if e.level <= first.level) == 1
    if alone or (first.level > top and len(before_top) == 1):
        return [e for e in entries if e is not first]
    return entries


def new_theme(title: str) -> dict:
    labelled = THEME_LABEL.match(title)
    if labelled:
        ref, text = labelled.group("ref"), labelled.group("title")
    else:
        ref, text = split_ref(title)
    return {
        "ref": ref,
        "title": text,
        "description": None,
        "objectives": [{"ref": None, "title": None, "actions": []}],
    }


def split_ref(text: str) -> tuple[str | None, str]:
    match = re.match(r"^\s*(\d{1,3}(?:\.\d{1,3})*)[.)]?\s+(?=\S)", text)
    if match:
        return match.group(1), text[match.end() :].strip()
    return None, text


def deadline_json(text: str | None) -> dict | None:
    deadline = parse_deadline(text) if text else None
    return deadline.to_json() if deadline else None


# What was read, and what a document holds when it holds no plan.


def outline_title(document: Document) -> str | None:
    """The document's title, or its first heading or short first line."""
    if document.title:
        return document.title
    for block in document.blocks:
        text = " ".join((block.text or "").split())
        if block.is_table:
            return None
        if text:
            return text if block.heading_level or len(text.split()) <= 20 else None
    return None


def table_reading(document: Document) -> str:
    """How the plan's table was found, for the preview."""
    layouts = sorted({b.layout for b in document.blocks if b.is_table and b.rows and b.layout})
    if layouts:
        return "a table in the text (" + ", ".join(layouts) + ")"
    return "the document's tables"


MINUTES_TITLE = re.compile(
    r"^(?:draft\s+|confirmed\s+)?(?:minutes|notes of (?:the|a) meeting)\b", re.I
)
ATTENDANCE = re.compile(r"^(?:present|attendees|attending|in attendance|apologies)\b\s*:?", re.I)


def is_minutes(document: Document) -> bool:
    """A meeting's minutes: titled so, or listing who came and who sent apologies."""
    first = [b.text or "" for b in document.blocks if not b.is_table and (b.text or "").strip()][
        :10
    ]
    titled = any(MINUTES_TITLE.match(text.strip()) for text in first[:3])
    return titled or sum(bool(ATTENDANCE.match(text.strip())) for text in first) >= 2


def without_template_sections(themes: list[dict]) -> list[dict]:
    """Subheadings every part repeats ("What we know", "What we will do", "How we will
    know") are the sections of a template, not objectives: each part's actions are one list.
    A repeated section whose items never have a lead or a date, where the others' do, and
    which is headed or written as measures ("How we will know", "Increase in reports by 10%"),
    lists the part's measures, not its actions; any other keeps its actions ("Later years":
    actions not given to anyone yet)."""
    titles = [{key(o["title"]) for o in t["objectives"] if o["title"]} for t in themes]
    repeated = {title for title in set().union(*titles) if sum(title in t for t in titles) >= 2}
    if not repeated:
        return themes
    sections = [o for t in themes for o in t["objectives"] if key(o["title"]) in repeated]
    detailed = {key(o["title"]) for o in sections if any(has_details(a) for a in o["actions"])}
    for theme in themes:
        kept: list[dict] = []
        merged: dict = {"ref": None, "title": None, "actions": []}
        for objective in theme["objectives"]:
            title = key(objective["title"])
            if title not in repeated:
                kept.append(objective)
            elif title in detailed or not detailed or not lists_measures(objective):
                merged["actions"].extend(objective["actions"])
        theme["objectives"] = ([merged] if merged["actions"] else []) + kept
    return [theme for theme in themes if theme["objectives"]]


MEASURES_TITLE = re.compile(r"\bhow\b.*\bknow\b|\bmeasur|\bindicator|\boutcome|\bsuccess\b", re.I)
MEASURE_ITEM = re.compile(
    r"%|\bper ?cent\b|^(?:an? )?(?:increased?|rise|fall|reduction|decrease|drop)s? (?:in|of)\b"
    r"|^(?:fewer|more|higher|lower|number of|proportion of|percentage of|rate of)\b",
    re.I,
)
"""An item written as a measure: a rise or a fall, a count or a share, not a thing to do
("Reduce ..." and "Increase the number of ..." are actions)."""


def lists_measures(objective: dict) -> bool:
    """A section headed as measures, or whose every item reads as one (a number, a rise or
    a fall)."""
    items = [a["title"] for a in objective["actions"]]
    return bool(MEASURES_TITLE.search(objective["title"] or "")) or (
        bool(items) and all(MEASURE_ITEM.search(item) for item in items)
    )


def key(title: str | None) -> str:
    return " ".join((title or "").lower().split())


def has_details(action: dict) -> bool:
    return bool(action["leads"] or action["deadline_text"])


def assigned_actions(themes: list[dict], labelled: set[int]) -> list[dict]:
    """In minutes, the numbered items are the agenda's; an action is one written as one
    ("Action: ...") or given to someone or by a date (with its lead or its deadline)."""
    for theme in themes:
        for objective in theme["objectives"]:
            objective["actions"] = [
                a
                for a in objective["actions"]
                if a["leads"] or a["deadline_text"] or id(a) in labelled
            ]
    return themes


def not_a_plan_message(document: Document) -> str:
    return (
        f"No plan was found in this document: it reads as {describe(document)}, with no "
        "actions. Cairn looks for a table of actions (with columns such as Action, Lead and "
        "Deadline) or for headings with bulleted or numbered actions under them. Check this "
        "is the action plan, not a covering letter or the strategy's prose."
    )


def describe(document: Document) -> str:
    paragraphs = [b for b in document.blocks if not b.is_table and (b.text or "").strip()]
    tables = [b for b in document.blocks if b.is_table and b.rows]
    headings = [b for b in paragraphs if b.heading_level]
    prose = [b for b in paragraphs if not b.heading_level]
    first = (prose[0].text or "").strip().lower() if prose else ""
    kind = "a letter of" if first.startswith(("dear ", "to whom")) else "text of"
    if is_minutes(document):
        kind = "the minutes of a meeting, in"
    parts = [f"{kind} {plural(len(prose), 'paragraph')}"] if prose else []
    if headings:
        parts.append(plural(len(headings), "heading"))
    if tables:
        rows = sum(len(t.rows or []) for t in tables)
        tables_text = f"{plural(len(tables), 'table')} ({plural(rows, 'row')})"
        first_row = next((t.rows[0] for t in tables if t.rows), None)
        headed = [" ".join(cell.text.split()) for cell in first_row.cells] if first_row else []
        headed = [text for text in headed if text][:4]
        if headed:
            tables_text += " headed “" + ", ".join(headed) + "”"
        parts.append(f"{tables_text} without a plan's columns")
    if not paragraphs and not tables:
        return "nothing but blank lines"
    return ", ".join(parts[:-1]) + (" and " if len(parts) > 1 else "") + parts[-1]


def plural(count: int, word: str) -> str:
    return f"{count} {word}" if count == 1 else f"{count} {word}s"
