"""Splitting one cell into the several work items it holds.

Plans pack steps into one cell in three ways, often flattened into one line by copying:
bullets; numbered items ("1.3.1 Continue ... 1.3.2 Utilise ..."); dated milestones
("Helpline available - Apr 2008 Free-phone number secured - May 2008"); and sentences that
were separate lines ("... posters and leaflets Targeting locations for campaigns ...").
"""

from __future__ import annotations

import re
from dataclasses import dataclass

MONTH = (
    r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?"
    r"|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)"
)
DUE_PHRASE = (
    rf"(?:(?:by|end of|from|before|during)\s+)?"
    rf"(?:{MONTH}\.?\s+\d{{2,4}}|Q[1-4]\s*\d{{2,4}}(?:\s*[/–-]\s*\d{{2,4}})?"
    rf"|\d{{4}}\s*/\s*\d{{2,4}}|\d{{4}}\s*[–-]\s*\d{{2}}(?!\d)"
    rf"|date to be (?:determined|confirmed|agreed)|tbc|tba|tbd|ongoing|quarterly|monthly"
    rf"|annually)(?:\s+onwards)?"
)
DATED_STEP = re.compile(rf"\s*[-–—]\s*({DUE_PHRASE})(?=$|[\s).,;])", re.IGNORECASE)
NUMBERED_ITEM = re.compile(r"(?:^|(?<=[\s.;:)]))(\d+(?:\.\d+)+)\.?\s+(?=[A-Z'‘\"(])")
BARE_MARK = re.compile(
    r"^(?:n/?a|none|nil|ditto|as (?:above|below|before|previously|previous))\.?$", re.IGNORECASE
)
POINTER = re.compile(
    r"^(?:see(?: also)?|refer(?:red)? to|(?:full )?details in|cross[- ]?ref(?:erence)?:?|as per"
    r"|as in|as)\s+(?P<rest>.+)$",
    re.IGNORECASE,
)
POINTED_AT = re.compile(
    r"^(?:[A-Z0-9]|(?:the|above|below|section|action|appendix|annex|page|objective|theme"
    r"|priority|recommendation|item)\b)",
)
POINTER_WORDS = 8
""""See Safety and Support 3.1", "As per action 2.1": short, and naming a place in the plan."""
CONNECTORS = frozenset(
    [
        "the",
        "a",
        "an",
        "of",
        "and",
        "or",
        "to",
        "with",
        "for",
        "from",
        "within",
        "on",
        "at",
        "by",
        "in",
        "into",
        "across",
        "via",
        "through",
        "between",
        "as",
        "such",
        "including",
        "than",
        "around",
        "under",
        "over",
        "about",
        "per",
        "like",
        "among",
        "amongst",
        "towards",
        "against",
        "upon",
        "onto",
        "e.g",
        "e.g.",
        "i.e",
        "i.e.",
        "eg",
        "ie",
        "is",
        "are",
        "be",
        "will",
        "our",
        "their",
        "its",
        "your",
        "this",
        "that",
        "these",
        "those",
        "both",
        "either",
        "each",
        "all",
        "any",
    ]
)
ABBREVIATIONS = frozenset(
    ["e.g.", "i.e.", "etc.", "st.", "no.", "dr.", "mr.", "mrs.", "ms.", "vs.", "approx.", "inc."]
)
SENTENCE_END = re.compile(r"(?<=[.!?;¹²³])\s+(?=[A-Z‘'\"(])")
LONG_ENOUGH_TO_SPLIT = 20
"""Words in a step before it may be several sentences run together: short steps never are."""


@dataclass
class Item:
    title: str
    due_text: str | None = None
    ref: str | None = None


def split_items(
    text: str, bullets: list[str] | None = None, *, sentences: bool = True
) -> list[Item]:
    """Every work item in a cell, in order, with any ref and due date written beside it."""
    items: list[Item] = []
    for piece in rejoin_wrapped_dates(cell_pieces(text, bullets or [])):
        for ref, numbered_text in split_numbered(piece):
            for item in split_dated(numbered_text):
                parts = split_sentences(item.title) if sentences and not item.due_text else None
                if parts and len(parts) > 1:
                    items.extend(Item(part, None, ref) for part in parts)
                    ref = None
                else:
                    items.append(Item(item.title, item.due_text, ref))
                    ref = None
    for item in items:
        item.title = tidy(re.sub(r"[¹²³]+", "", item.title))  # footnote marks
    return [item for item in items if is_work(item.title)]


def cell_pieces(text: str, bullets: list[str]) -> list[str]:
    lines = [line for line in text.split("\n") if line.strip()]
    if bullets and len(lines) > len(bullets) + 1 and set(bullets) <= set(lines):
        return lines  # bullets among other lines: every line is an item, in order
        head = text.split("\n")[0] if text and text.split("\n")[0] not in bullets else ""
        return [head, *bullets] if head else list(bullets)
    return [part for line in text.split("\n") if line.strip() for part in semicolon_list(line)]


SEMICOLON_ITEM = re.compile(r";\s*(?=[A-Z])")  # "Draft it;Pilot it": exports drop the space


def semicolon_list(line: str) -> list[str]:
    """ "Conduct reviews; Ensure reviews are completed": a list typed on one line, its items
    parted by semicolons, each starting with a capital and of two words or more."""
    parts = SEMICOLON_ITEM.split(line)
    if len(parts) > 1 and all(len(part.split()) >= 2 for part in parts):
        return [part.strip() for part in parts]
    return [line]


LEADING_DATE = re.compile(
    rf"^\s*[-–—]?\s*((?:by\s+)?(?:{MONTH}\.?\s+\d{{2,4}}"
    rf"|Q[1-4]\s*\d{{2,4}}(?:\s*[/–-]\s*\d{{2,4}})?))(?:\s*[-–—]\s*|\s+|$)",
    re.IGNORECASE,
)
FREQUENCY = "annually|quarterly|monthly|six[- ]monthly|biannually|yearly|ongoing"
WHEN_ALONE = rf"(?:by\s+)?(?:(?:19|20)\d{{2}}(?:\s*[/–-]\s*\d{{2,4}})?|{FREQUENCY})"
LINE_OF_A_DATE = re.compile(rf"^\s*[-–—]?\s*({WHEN_ALONE})\s*$", re.IGNORECASE)
"""A line that is only a year, a financial year or how often ("2026", "2025-26",
"Annually"): in a cell of steps, the date of the step above, as a date column beside them
gives it once the cell is read line by line."""
DATED_AT_END = re.compile(
    rf"^(?P<title>.+?)\s*(?:[-–—]\s*(?P<when>{WHEN_ALONE})|\((?P<bracketed>{DUE_PHRASE}|"
    rf"{WHEN_ALONE})\))\s*$",
    re.IGNORECASE,
)
"""A step with its date after a dash or in brackets at its end ("Briefing drafted (Nov
2024)", "Modules published - 2025-26")."""
ENDS_DATED = re.compile(rf"[-–—]\s*{DUE_PHRASE}\s*[).]?\s*$", re.IGNORECASE)


def rejoin_wrapped_dates(pieces: list[str]) -> list[str]:
    """A line that starts with a date ("Sept 2008", "Mar 2009 Funding researched") is the
    due date of the line above, wrapped onto the next line by a narrow column, when the
    line above has none of its own."""
    joined: list[str] = []
    for piece in pieces:
        match = LEADING_DATE.match(piece) or LINE_OF_A_DATE.match(piece)
        if match and joined and not ENDS_DATED.search(joined[-1]):
            joined[-1] = f"{joined[-1].rstrip(' -–—')} – {match.group(1)}"
            piece = piece[match.end() :]
            if not piece.strip():
                continue
        joined.append(piece)
    return joined


def split_numbered(text: str) -> list[tuple[str | None, str]]:
    """ "1.3.1 Continue ... 1.3.2 Utilise ..." -> [("1.3.1", "Continue ..."), ("1.3.2", ...)]."""
    matches = list(NUMBERED_ITEM.finditer(text))
    if not matches or (len(matches) == 1 and text[: matches[0].start()].strip()):
        return [(None, text)]
    pieces: list[tuple[str | None, str]] = []
    head = text[: matches[0].start()].strip()
    if head:
        pieces.append((None, head))
    for match, following in zip(matches, [*matches[1:], None], strict=True):
        end = following.start() if following else len(text)
        pieces.append((match.group(1), text[match.end() : end].strip()))
    return pieces


def split_dated(text: str) -> list[Item]:
    """ "Helpline available - Apr 2008 Free-phone number secured - May 2008" -> two steps."""
    items = []
    position = 0
    for match in DATED_STEP.finditer(text):
        title = tidy(text[position : match.start()])
        if title:
            items.append(Item(title, match.group(1).strip()))
        position = match.end()
    rest = tidy(text[position:])
    dated = DATED_AT_END.match(text[position:].strip())
    if dated and tidy(dated["title"]):
        items.append(Item(tidy(dated["title"]), (dated["when"] or dated["bracketed"]).strip()))
    elif rest:
        items.append(Item(rest))
    return items or [Item(tidy(text))]


def split_sentences(text: str) -> list[str]:
    """Sentences, and clauses that were separate lines before the cell was flattened."""
    if len(text.split()) < LONG_ENOUGH_TO_SPLIT:
        return [text]
    parts = []
    for sentence in split_at_sentence_ends(text):
        parts.extend(split_at_run_on_lines(sentence))
    return [tidy(part) for part in parts if tidy(part)]


def split_at_sentence_ends(text: str) -> list[str]:
    parts, start = [], 0
    for match in SENTENCE_END.finditer(text):
        before = text[start : match.start()].split()
        if (
            not before
            or before[-1].lower() in ABBREVIATIONS
            or re.fullmatch(r"[A-Z]\.", before[-1])
        ):
            continue
        parts.append(text[start : match.start()])
        start = match.end()
    parts.append(text[start:])
    return parts


def split_at_run_on_lines(sentence: str) -> list[str]:
    """Break before a capitalised word that follows an ordinary lower-case word, where the
    capital starts a clause (the next word is lower case) rather than a name ("Harbour
    Police") and the break leaves at least three words on each side."""
    words = sentence.split()
    cuts = [0]
    for index in range(1, len(words) - 1):
        previous, word, following = words[index - 1], words[index], words[index + 1]
        if (
            re.fullmatch(r"[a-z][a-z'’-]*", previous)
            and previous not in CONNECTORS
            and re.fullmatch(r"[A-Z][a-z'’-]+", word)
            and re.match(r"[a-z]", following)
            and index - cuts[-1] >= 3
            and len(words) - index >= 3
        ):
            cuts.append(index)
    cuts.append(len(words))
    return [" ".join(words[a:b]) for a, b in zip(cuts, cuts[1:], strict=False)]


def tidy(text: str) -> str:
    text = text.strip().strip("–—-•").strip()
    if text.startswith("(") and ")" not in text[1:]:
        text = text[1:]
    if text.endswith(")") and "(" not in text[:-1]:
        text = text[:-1]
    if text.startswith("(") and text.endswith(")"):
        text = text[1:-1]
    return re.sub(r"\s+", " ", text).strip(" ,;")


def is_work(title: str) -> bool:
    """A pointer to elsewhere ("See Safety and Support 3.1") or a bare mark ("N/A", "As
    above") is not a step; a step that merely starts with such a word is ("As part of the
    review, agree the protocol", "See and act on referrals within a day")."""
    return bool(re.search(r"[A-Za-z]{2}", title)) and not is_pointer(title.strip())


def is_pointer(text: str) -> bool:
    if BARE_MARK.match(text):
        return True
    match = POINTER.match(text)
    if not match:
        return False
    rest = match.group("rest")
    return len(rest.split()) <= POINTER_WORDS and bool(POINTED_AT.match(rest))
