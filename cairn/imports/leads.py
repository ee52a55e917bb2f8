"""Splitting a lead cell into the agencies and people it names.

Cells list leads with separators ("Police / Council and Probation"), as bullets, or, once a
Word cell of one lead per line has been flattened, with nothing between them at all
("DA Manager Service Provider"). The last case is split with what the document itself shows
(names that appear alone elsewhere, or start several cells), people's names (a common given
name and a surname), and the words that end an organisation's or a role's name.
"""

from __future__ import annotations

import functools
import re
from collections import defaultdict
from collections.abc import Iterable

import probablepeople


def word_set(text: str) -> frozenset[str]:
    return frozenset(text.split())


ORGANISATION_ENDINGS = word_set(
    """
    police health service services board group team trust partnership partnerships council
    unit safety forum hub agency agencies depts dept dept's department departments division
    network panel probation support centre center authority commission office committee
    programme providers housing commissioning practice
    """
)
ROLE_ENDINGS = word_set(
    """
    manager managers provider co-ordinator coordinator officer officers lead leads director
    commissioner worker workers advisor adviser advisors advisers member members consultant
    representatives representative professionals chair
    """
)
NOT_A_LEAD = re.compile(
    r"^(?:\d+(?:\.\d+)*\.?(?:\s+\d+(?:\.\d+)*\.?)*|n/?a|none|tbc|tba|tbd)$|"
    r"\bto be (?:agreed|confirmed|determined|identified|decided)\b",
    re.IGNORECASE,
)
CONNECTORS = word_set(
    """
    of and & for the to from in on at with within by
    """
)
GIVEN_NAMES = word_set(
    """
    aaron abdul abigail adam adrian ahmed aisha alan alex alexander alexandra ali alice alison
    amanda amber amy andrea andrew andy angela angie ann anna anne annette anthony antony
    barbara barry ben benjamin beth bethany beverley bill brenda brian bridget bryony carl
    carol caroline carolyn catherine charles charlotte chris christine christopher claire
    clare colin craig dale daniel danielle darren dave david dawn dean debbie deborah debra
    denise derek diane donna dorothy duncan edward eileen elaine eleanor elizabeth ellen emily
    emma eve fiona frances francesca gail gareth gary gemma geoff geoffrey george georgina
    gerald gillian gordon graham hannah harriet hazel heather helen helena ian imran irene
    jack jackie jacqueline james jamie jan jane janet janice jason jayne jean jeff jennifer
    jenny jeremy jessica jill jo joan joanna joanne jodie john jon jonathan josephine joy
    judith julia julie karen kate katherine kathryn kathy katie kay keith kelly kerry kevin
    kim kirsty laura lauren lee leanne lesley leslie lindsay linda lisa liz lorraine louise
    lucy lynn lynne mandy margaret maria marie mark martin mary matthew maureen michael
    michelle miriam mohammed natalie neil nick nicola nicholas nigel paul paula pauline peter
    phil philip philippa rachel rachelle rebecca richard rob robert robin ruby russell ruth
    sally samantha sandra sara sarah sean sharon sheila shirley simon sophie stephanie stephen
    steve steven stuart sue susan suzanne tessa theresa thomas tim timothy toby tom tony
    tracey tracy valerie vicky victoria vivienne wendy william yvonne zoe
    """
)


def is_acronym(token: str) -> bool:
    return bool(re.fullmatch(r"[A-Z][A-Z&]{1,}s?", token.strip(".,/")))


def is_plural_acronym(token: str) -> bool:
    return bool(re.fullmatch(r"[A-Z]{2,}s", token))


def is_capitalised(token: str) -> bool:
    return bool(re.match(r"[A-Z]", token))


class LeadVocabulary:
    """Names of leads this document shows on their own, to split run-together cells with."""

    def __init__(self, cells: Iterable[tuple[str, list[str]]] = ()) -> None:
        self.names: set[str] = set()
        self.pieces: set[str] = set()
        """Every piece a cell gives when split at its separators, as written (lower case)."""
        self.longest = 0
        starts: dict[str, set[str]] = defaultdict(set)
        cells = list(cells)
        for text, bullets in cells:
            self.pieces.update(piece.lower() for piece in explicit_pieces(text, bullets))
        for text, bullets in cells:
            pieces = rejoin_known(explicit_pieces(text, bullets), self)
            for piece in pieces:
                tokens = tokenise(piece)
                if stands_alone(tokens, listed=len(pieces) > 1):
                    self.names.add(piece.lower())
                for size in (1, 2, 3):
                    if len(tokens) > size and not (size == 1 and is_acronym(tokens[0])):
                        following = tokens[size]
                        prefix = tokens[:size]
                        if (
                            is_capitalised(following)
                            and not is_acronym(following)
                            and prefix[-1].lower() not in CONNECTORS  # "Department of"
                            and len(split_run_together(prefix, EMPTY)) == 1
                        ):
                            starts[" ".join(prefix)].add(following)
        self.names |= {prefix.lower() for prefix, nexts in starts.items() if len(nexts) >= 2}
        self.longest = max((len(name.split()) for name in self.names), default=0)

    def __contains__(self, name: str) -> bool:
        return name.lower() in self.names


EMPTY = LeadVocabulary()


def stands_alone(tokens: list[str], *, listed: bool) -> bool:
    """A name shown on its own: one item of a list, a single word, or a short name that ends
    like an organisation or a role ("DA Manager", "SDAC Steering Group")."""
    if not tokens or not is_capitalised(tokens[0]) or len(tokens) > 4:
        return False
    if listed:
        return True
    if len(tokens) == 1:
        return len(split_run_together(tokens, EMPTY)) == 1
    ending = tokens[-1].lower().strip(".,")
    acronyms = sum(is_acronym(token) for token in tokens)
    return (
        len(tokens) <= 3
        and acronyms <= 1
        and (ending in ORGANISATION_ENDINGS or ending in ROLE_ENDINGS)
        and len(split_run_together(tokens, EMPTY)) == 1
    )


NOT_IN_A_PERSONS_NAME = word_set(
    """
    people observatory institute college university school schools academy foundation charity
    association society federation clinic hospital surgery court courts prison library refuge
    project alliance consortium initiative taskforce directorate ministry centres children
    young adults families women men victims survivors community communities safeguarding
    """
)
NAME_WORD = re.compile(r"[A-Z][a-z'’]+(?:-[A-Z]?[a-z'’]+)*-?|[A-Z]['’][A-Z][a-z]+|Mc[A-Z][a-z]+")


NOT_A_NAME_WORDS = ORGANISATION_ENDINGS | ROLE_ENDINGS | CONNECTORS | NOT_IN_A_PERSONS_NAME


@functools.lru_cache(maxsize=4096)
def is_person(name: str) -> bool:
    """A person's name ("Jo Bloggs", "Eve Connor- McGill"), not an agency, a group or a role
    ("Public Health SBC", "DA Manager", "Warwick RoSA", "Youth Council").

    Its words must look like a name (two to four capitalised words, no acronym, no word that
    ends an organisation's or a role's name); then either the given name is a common one, or
    probablepeople's model, trained on names and companies, reads it as a given name and a
    surname."""
    tokens = name.split()
    if not 2 <= len(tokens) <= 4:
        return False
    if any(
        is_acronym(token)
        or token.lower().strip(".,") in NOT_A_NAME_WORDS
        or not NAME_WORD.fullmatch(token.strip(".,"))
        for token in tokens
    ):
        return False
    if person_name_at(tokens, 0) == len(tokens):
        return True
    try:
        components, kind = probablepeople.tag(name)
    except probablepeople.RepeatedLabelError:
        return False
    return kind == "Person" and {"GivenName", "Surname"} <= set(components)


def people_among(leads: list[str]) -> list[str]:
    """The leads that name people, for Plan JSON's `lead_people`."""
    return [lead for lead in leads if is_person(lead)]


def names_an_agency(tokens: list[str]) -> bool:
    """Words that end like an organisation's name or hold its acronym."""
    return tokens[-1].lower().strip(".,") in ORGANISATION_ENDINGS or any(map(is_acronym, tokens))


def person_and_agency(lead: str) -> list[str]:
    """ "Jo Bloggs (Public Health)" -> a person and their agency, two leads; "Ashram (FCH)"
    stays one."""
    match = re.fullmatch(r"(.+?)\s*\(([^()]+)\)", lead)
    if match and is_person(match.group(1).strip()):
        return [match.group(1).strip(), match.group(2).strip()]
    tokens = lead.split()
    if len(tokens) >= 3 and not is_person(lead) and is_capitalised(tokens[2]):
        for size in (2, 3):  # "Tomasz Nowak Housing Options": a name no list knows, then
            rest = " ".join(tokens[size:])  # the agency, more than the one word that ends
            if (  # an agency's name ("Legal Aid Board" is one agency)
                len(tokens) - size > 1
                and is_person(" ".join(tokens[:size]))
                and names_an_agency(rest.split())
            ):
                return [" ".join(tokens[:size]), rest]
    return [lead]


def split_leads(
    text: str, bullets: list[str] | None = None, vocabulary: LeadVocabulary | None = None
) -> list[str]:
    """ "Police / Council and Probation" -> ["Police", "Council", "Probation"]."""
    vocabulary = vocabulary or EMPTY
    if NOT_A_LEAD.search(" ".join(text.split())):
        return []  # "Leads to be agreed at the next Strategic Group"
    leads: list[str] = []
    pieces = rejoin_known(explicit_pieces(text, bullets or []), vocabulary)
    one_per_line = len(bullets or text.strip().split("\n")) > 1
    for piece in pieces:
        found = [piece] if one_per_line else split_run_together(tokenise(piece), vocabulary)
        for found_lead in found:
            found_lead = found_lead.strip(" .,;:/*&")
            if found_lead.startswith("(") and found_lead.endswith(")"):
                found_lead = found_lead[1:-1].strip()  # "Jo Bloggs (Public Health)"
            for lead in person_and_agency(found_lead):
                if lead and not NOT_A_LEAD.search(lead) and lead not in leads:
                    leads.append(lead)
    return leads


def explicit_pieces(text: str, bullets: list[str]) -> list[str]:
    """Split at the separators people type: lines, bullets, commas, semicolons, slashes with
    spaces both sides, and "and"/"&" when the cell is already a list."""
    lines = bullets or rejoin_wrapped([line for line in text.split("\n") if line.strip()])
    pieces: list[str] = []
    for line in lines:
        line = re.sub(r"\([^)]*\)", lambda m: m.group(0).replace(",", "\u0000"), line)
        is_list = bool(re.search(r"[,;]|\s/\s", line))
        parts = re.split(r"\s*[;,]\s*|\s+/\s+|(?<=\w)/(?=\w)", line)
        for part in parts:
            part = part.replace("\u0000", ",")
            if is_list:
                pieces.extend(re.split(r"\s+and\s+", part))
            else:
                pieces.append(part)
    return [piece.strip() for piece in pieces if piece.strip()]


def rejoin_known(pieces: list[str], vocabulary: LeadVocabulary) -> list[str]:
    """Pieces split at "and" that the document names as one elsewhere: "Child and Family
    Agency" in "Police, Child and Family Agency"."""
    joined: list[str] = []
    for piece in pieces:
        if joined and f"{joined[-1]} and {piece}".lower() in vocabulary.pieces:
            joined[-1] = f"{joined[-1]} and {piece}"
        else:
            joined.append(piece)
    return joined


def rejoin_wrapped(lines: list[str]) -> list[str]:
    """Lines of a cell wrapped inside one name ("Child and" / "Family Agency", "Legal Aid" /
    "Board"): a line ending in "and" or "of", or a next line that is one word ending a name
    or starts in lower case, continues the line before."""
    joined: list[str] = []
    for line in lines:
        words = line.split()
        if joined and (
            joined[-1].split()[-1].lower() in CONNECTORS
            or line[:1].islower()
            or len(words) == 1
            and words[0].lower().strip(".,") in ORGANISATION_ENDINGS
        ):
            joined[-1] = f"{joined[-1]} {line.strip()}"
        else:
            joined.append(line.strip())
    return joined


def tokenise(piece: str) -> list[str]:
    """Words, with a bracketed aside kept whole so that nothing inside it splits the lead."""
    return re.findall(r"\([^)]*\)?|[^\s(]+", piece)


def split_run_together(tokens: list[str], vocabulary: LeadVocabulary) -> list[str]:
    segments: list[list[str]] = []
    index = 0
    current: list[str] = []
    typed_apart = 0
    """How many segments came before the last "&" that parts names."""
    while index < len(tokens):
        if tokens[index] in ("&", "+") and ampersand_separates(tokens, index, current):
            flush(current, segments)
            current = []
            index += 1
            typed_apart = len([segment for segment in segments if segment])
            continue
        known = known_name_at(tokens, index, vocabulary)
        if known and index + known < len(tokens) and tokens[index + known].lower() in CONNECTORS:
            known = 0  # "Police and Crime Commissioner": the known name is only the start
        person = 0 if known else person_name_at(tokens, index)
        if known or person:
            size = known or person
            prefix = []
            if known and current and is_acronym(current[-1]) and not is_acronym(tokens[index]):
                prefix = [current.pop()]  # "SBC Public Health"
            if (
                known
                and tokens[index + size - 1].lower() in ORGANISATION_ENDINGS
                and qualifying_acronym_follows(tokens, index + size)
                and tokens[index + size] not in vocabulary
            ):
                size += 1  # "Public Health SBC"
            flush(current, segments)
            current = []
            segments.append(prefix + tokens[index : index + size])
            index += size
            continue
        current.append(tokens[index])
        index += 1
    flush(current, segments)
    segments = [segment for segment in segments if segment]
    if (
        len(segments) >= 2
        and typed_apart != len(segments) - 1
        and len(segments[-1]) == 1
        and is_capitalised(segments[-1][0])
        and not is_acronym(segments[-1][0])
        and segments[-1][0] not in vocabulary
        and not person_name_at(segments[-2], 0)
    ):
        # one last word known nowhere else ends the name before it: "Housing Strategy",
        # where "Housing" starts other leads too, and "LA Education" where "LA" leads alone
        segments[-2:] = [segments[-2] + segments[-1]]
    return [" ".join(segment) for segment in segments]


def ampersand_separates(tokens: list[str], index: int, current: list[str]) -> bool:
    """ "DASG & DAAG" and "Public Health & Dale Metcalfe" are two leads; "Nuneaton & Bedworth
    CDRP" is one."""
    if not current or index + 1 >= len(tokens):
        return True
    previous = current[-1].lower().strip(".,")
    return (
        is_acronym(current[-1])
        or previous in ORGANISATION_ENDINGS
        or previous in ROLE_ENDINGS
        or person_name_at(current, len(current) - 2) == 2
        or person_name_at(tokens, index + 1) > 0
    )


def qualifying_acronym_follows(tokens: list[str], index: int) -> bool:
    """An acronym after an organisation names whose it is, when nothing but a person follows."""
    if index >= len(tokens) or not is_acronym(tokens[index]) or is_plural_acronym(tokens[index]):
        return False
    after = index + 1
    return after == len(tokens) or person_name_at(tokens, after) > 0


def known_name_at(tokens: list[str], index: int, vocabulary: LeadVocabulary) -> int:
    for size in range(min(vocabulary.longest, len(tokens) - index), 0, -1):
        if " ".join(tokens[index : index + size]) in vocabulary:
            return size
    return 0


def person_name_at(tokens: list[str], index: int) -> int:
    """A common given name then a capitalised surname ("Eve Connor- McGill" too)."""
    if tokens[index].lower() not in GIVEN_NAMES or not is_capitalised(tokens[index]):
        return 0
    if index + 1 >= len(tokens) or not re.fullmatch(r"[A-Z][A-Za-z'’]+-?", tokens[index + 1]):
        return 0
    size = 2
    if tokens[index + 1].endswith("-") and index + 2 < len(tokens):
        size = 3
    return size


def flush(current: list[str], segments: list[list[str]]) -> None:
    """Split an unknown run of words where one name visibly ends and the next begins."""
    start = 0
    for index in range(1, len(current)):
        if ends_a_name(current, index, start):
            segments.append(current[start:index])
            start = index
    if start < len(current):
        segments.append(current[start:])


def ends_a_name(tokens: list[str], index: int, start: int) -> bool:
    """True when a new lead starts at tokens[index]."""
    previous, word = tokens[index - 1], tokens[index]
    bare_previous, bare_word = previous.lower().strip(".,"), word.lower().strip(".,")
    last = index == len(tokens) - 1
    if word in ("&",) or previous in ("&",) or bare_word in CONNECTORS:
        return False
    if bare_previous in CONNECTORS or not is_capitalised(word):
        return False
    if is_plural_acronym(word) or is_plural_acronym(previous):
        return True
    if bare_word in ROLE_ENDINGS:
        return False  # "Lead Professionals", "Hub Co-ordinator", "Safety Manager"
    if last and not is_acronym(word):
        # one word after a name, known nowhere else in the document (a known name is split
        # off before this): "Police Scotland", "Public Health Intelligence", "Provider Trusts"
        return False
    if bare_previous in ROLE_ENDINGS:
        # "DA Manager | Service Provider", but "Lead Cabinet Member" is one
        return not (index - start == 1 and bare_previous in ("lead", "chief", "senior"))
    if bare_previous in ORGANISATION_ENDINGS:
        if bare_word in ORGANISATION_ENDINGS:
            return False  # "Victim Support Service"
        return not (is_acronym(word) and last)  # "National Probation Service NPS"
    return bool(re.fullmatch(r"[a-z][a-z'’-]+", previous))  # "agencies DA Manager"
