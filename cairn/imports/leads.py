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
    network panel probation support centre center authority authorities commission office bureau
    committee
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
    sam pat mike matt max chloe holly jess ray natasha olivia priya muhammad omar fatima
    hassan raj sunita amir yasmin stacey gavin terry jim joe josh luke ryan scott shaun owen
    rhys dylan gwen sian cerys aled iwan niamh siobhan aoife ciara declan eoin sinead seamus
    aidan ahmad aliyah amara anil anita arjun asha ayesha bilal chidi chinwe deepak dev
    emeka farah funmi gurpreet hamza harpreet hina ibrahim imani jaspreet kamal kwame leila
    manjit meera mina mustafa nadia naveen neha nkechi noor obi oluwaseun parveen rahul
    ravi reza rohan sadia saima salma samir sana sanjay shabnam shazia simran sunil tariq
    tunde usman yusuf zainab zara kofi ama abena ngozi tobi ade bola dami femi segun
    shona morag ailsa fraser callum euan hamish kirsteen lachlan mhairi catriona eilidh
    bronwen dafydd eleri gethin huw llinos meinir rhian rhodri bethan carys ffion glyn
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

    def __init__(self, cells: Iterable[tuple[str, list[str]]] = (), title: str = "") -> None:
        self.title = f" {' '.join(re.findall(r'[\w’\']+', title.lower()))} "
        """The plan's title, whose words name its area ("London Borough of Hallam Green"): a
        name it holds begins its agencies' names ("Hallam Green Hospital Trust") and is
        neither a lead of its own nor a person."""
        self.names: set[str] = set()
        self.pieces: set[str] = set()
        """Every piece a cell gives when split at its separators, as written (lower case)."""
        self.longest = 0
        starts: dict[str, set[str]] = defaultdict(set)
        cells = list(cells)
        cells = [
            (part, [] if labelled or dated else bullets)
            for text, bullets in cells
            for dated in [lead_and_date(text)]
            for labelled in [labelled_parts(dated[0] if dated else text)]
            for part in (labelled or (dated[0] if dated else text,))
        ]
        self.whole_cells = {" ".join(text.split()).lower() for text, _ in cells}
        """Cells that hold one name and nothing else."""
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
        self.names |= {
            prefix.lower()
            for prefix, nexts in starts.items()
            if len(nexts) >= 2
            and is_name_on_its_own(prefix.split())
            and not self.names_area(prefix)
        }
        self.longest = max((len(name.split()) for name in self.names), default=0)

    def names_area(self, words: str) -> bool:
        """Whether the plan's title holds these words, as it holds its area's name."""
        return f" {' '.join(words.lower().split())} " in self.title

    def area_within(self, tokens: list[str], size: int) -> bool:
        """Whether the first `size` words hold words of the area's name: two words of the
        title side by side, reaching into them ("Safer Hallam" in "Safer Hallam Green
        Partnership"). No person is named after the place."""
        pairs = zip(tokens, tokens[1:], strict=False)
        return any(self.names_area(f"{a} {b}") for a, b in list(pairs)[:size])

    def __contains__(self, name: str) -> bool:
        return name.lower() in self.names


EMPTY = LeadVocabulary()


def is_name_on_its_own(tokens: list[str]) -> bool:
    """A prefix that starts several leads ("Supporting People ...") names a lead of its own
    only when it could: more than one word, or one word that names an organisation
    ("Housing"). One qualifying word ("Adult" in "Adult Social Care", "Adult Safeguarding
    Board", "Detective" in ranks) begins names without being one."""
    if is_bare_rank([token.rstrip(",") for token in tokens]) or tokens[-1].endswith(","):
        return False  # "Detective Chief ...", "Chief Inspector, ...": a rank needs its unit
    return len(tokens) > 1 or tokens[0].lower().strip(".,") in ORGANISATION_ENDINGS


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
SERVICE_WORDS = word_set(
    """
    adult social care aid justice education crime protection policing prevention management
    development strategy options intelligence insight governance communications operations
    public inclusion offender offenders abuse domestic sexual violence youth victim early
    family mental substance misuse drug drugs alcohol homelessness
    """
)
"""Words of services' names ("Adult Social Care", "Crime Prevention") that are also, now and
then, a person's surname ("Sam Justice", "Amy Care"): see `service_words_rule_out`."""
NAME_WORD = re.compile(r"[A-Z][a-z'’]+(?:-[A-Z]?[a-z'’]+)*-?|[A-Z]['’][A-Z][a-z]+|Mc[A-Z][a-z]+")


NOT_A_NAME_WORDS = ORGANISATION_ENDINGS | ROLE_ENDINGS | CONNECTORS | NOT_IN_A_PERSONS_NAME


COURTESY_TITLES = word_set(
    "judge justice sheriff magistrate rev revd reverend father sister sir dame professor"
)
"""Titles of a judge, a cleric or an honour, before a person's name ("Judge Ellen Marsh",
"Justice Smith"); "Sheriff Court" and "Justice Services" are still no one's name."""
TITLES = COURTESY_TITLES | word_set(
    """
    dci di ds dc dsu det pc ps sgt insp supt ch chief cllr councillor dr mr mrs ms miss mx prof
    """
)
"""A rank or title written before a person's name."""
TITLES_BEFORE_A_SURNAME = TITLES - {"ch", "chief"}
"""Titles that make a person of a surname alone ("Dr Okafor", "DCI Jones"); "Chief
Constable" is a role."""


def is_titled_surname(tokens: list[str]) -> bool:
    """ "Dr Okafor", "DCI Jones", "Dr Young": a title makes the word after it a surname, unless
    it is a word of an organisation's, a role's or a service's name ("DCI Public Protection")."""
    title = tokens[0].lower().strip(".") if tokens else ""
    surnames = frozenset() if title in COURTESY_TITLES else ALSO_SURNAMES  # "Sheriff Court"
    return (
        len(tokens) == 2
        and title in TITLES_BEFORE_A_SURNAME
        and bool(NAME_WORD.fullmatch(tokens[1]))
        and tokens[1].lower() not in (NOT_A_NAME_WORDS | SERVICE_WORDS) - surnames
    )


def titled_person_and_role(lead: str) -> list[str] | None:
    """ "Dr Okafor Head of Safeguarding", "DCI Jones Head of PPU": a titled person, then
    their role; None for other leads."""
    tokens = lead.split()
    if len(tokens) < 3 or tokens[0].lower().strip(".") not in TITLES_BEFORE_A_SURNAME:
        return None
    size = 1 + (person_name_at(tokens, 1) or 1)
    if not is_titled_surname([tokens[0], tokens[size - 1]]) or size >= len(tokens):
        return None
    if not is_capitalised(tokens[size]):
        return None
    return [" ".join(tokens[:size]), " ".join(tokens[size:])]


@functools.lru_cache(maxsize=4096)
def is_person(name: str) -> bool:
    """A person's name ("Jo Bloggs", "Eve Connor- McGill"), not an agency, a group or a role
    ("Public Health SBC", "DA Manager", "Warwick RoSA", "Youth Council").

    Its words must look like a name (two to four capitalised words, no acronym, no word that
    ends an organisation's or a role's name); then either the given name is a common one, or
    probablepeople's model, trained on names and companies, reads it as a given name and a
    surname."""
    if name.count(",") == 1 and is_surname_first(*name.split(",")):
        return True  # "Patel, Priya": a list export's "Surname, Given name"
    tokens = name.split()
    if is_titled_surname(tokens):
        return True
    if len(tokens) > 2 and tokens[0].lower().strip(".") in TITLES:
        tokens = tokens[1:]  # "DCI Ruth Dale", "Cllr Jo Bloggs": a person with their rank
        name = " ".join(tokens)
    if not 2 <= len(tokens) <= 4:
        return False
    # A particle counts only inside a name: "Al", "Del" and "Di" in first place are given
    # names ("Al Smith"), and a name that fails this test may still pass the ordinary one.
    has_initials = any(is_initial(token) for token in tokens[:-1])
    has_particles = any(token.lower() in PARTICLES for token in tokens[1:-1])
    if (has_initials or has_particles) and is_name_with_initials_or_particles(tokens):
        return True
    if is_given_name_and_surname_word(tokens):
        return True
    if any(
        is_acronym(token)
        or token.lower().strip(".,") in NOT_A_NAME_WORDS
        or not NAME_WORD.fullmatch(token.strip(".,"))
        for token in tokens
    ):
        return False
    if service_words_rule_out(tokens):
        return False
    if person_name_at(tokens, 0) == len(tokens):
        return True
    try:
        components, kind = probablepeople.tag(name)
    except probablepeople.RepeatedLabelError:
        return False
    return kind == "Person" and {"GivenName", "Surname"} <= set(components)


INITIAL = re.compile(r"(?:[A-Z]\.){1,3}|[A-Z]")
"""A given name written as its initial: "J.", "K.L.", "J"."""
PARTICLES = word_set("van von der den de da di du del della la le ni ní nic mac bin binti ibn al")
"""Words within a surname ("van der Berg", "De Souza", "Ní Bhriain", "bin Yusuf")."""


def is_initial(token: str) -> bool:
    return bool(INITIAL.fullmatch(token))


ALSO_SURNAMES = word_set("young court")
"""Words of an institution's name that are also common surnames ("Karen Young", "Paul Court"):
after a given name or an initial they end a person's name ("Amber Project" does not)."""


def is_surname(token: str, after_a_given_name: bool = False) -> bool:
    """A word that could end a person's name: capitalised, and no word of an organisation's,
    a role's or a service's name ("J. Smith", not "A Team" or "E Housing"); after a known given
    name or an initial, a word that is also a common surname is one ("J. Young")."""
    bare = token.strip(".,")
    excluded = NOT_A_NAME_WORDS | SERVICE_WORDS
    if after_a_given_name:
        excluded = excluded - ALSO_SURNAMES
    return bool(NAME_WORD.fullmatch(bare)) and not is_acronym(bare) and bare.lower() not in excluded


def is_given_name_and_surname_word(tokens: list[str]) -> bool:
    """ "Karen Young", "Mary Ann Young", "Karen A. Young", "T. Early": a name that starts as a
    person's does (common given names or initials) and ends in one capitalised word that does
    not end an organisation's or a role's name ("Karen Team" is not a person). A service's word
    there is a surname ("Young", "Early", "Justice"); calling them agencies would put a person's
    name on the public page."""
    *given, surname = tokens
    bare = surname.strip(".,")
    return (
        bool(given)
        and (given[0].lower() in GIVEN_NAMES or is_initial(given[0]))
        and all(token.lower() in GIVEN_NAMES or is_initial(token) for token in given)
        and bool(NAME_WORD.fullmatch(bare))
        and not is_acronym(bare)
        and bare.lower() not in NOT_A_NAME_WORDS - ALSO_SURNAMES
    )


def is_name_with_initials_or_particles(tokens: list[str]) -> bool:
    """ "J. Smith", "Jo A. Bloggs", "Laura van der Berg": initials for a given name, or a
    given name with initials or a surname's particles before the surname. A name written
    with initials is a person's: no agency is named "J. Smith"."""
    surname, given, middle = tokens[-1], tokens[0], tokens[1:-1]
    if not is_surname(surname, after_a_given_name=is_initial(given)) or not all(
        is_initial(token) or token.lower() in PARTICLES or is_surname(token) for token in middle
    ):
        return False
    if is_initial(given):
        return True
    if not is_surname(given) or given.lower() in PARTICLES:
        return False
    return given.lower() in GIVEN_NAMES or is_person(f"{given} {surname}")


def service_words_rule_out(tokens: list[str]) -> bool:
    """Two of a service's words make a name a service's ("Adult Social Care", "Crime
    Prevention"), as does one in first place ("Justice Smith", "Public Protection"); one
    after a given name is a surname ("Sam Justice", "Amy Care"). Calling a person an agency
    would put their name on the public page, so one service word alone is not enough."""
    found = [token.lower().strip(".,") in SERVICE_WORDS for token in tokens]
    return sum(found) > 1 or found[0]


def people_among(leads: list[str]) -> list[str]:
    """The leads that name people, for Plan JSON's `lead_people`."""
    return [lead for lead in leads if is_person(lead)]


def names_an_agency(tokens: list[str]) -> bool:
    """Words that end like an organisation's name or hold its acronym."""
    return tokens[-1].lower().strip(".,") in ORGANISATION_ENDINGS or any(map(is_acronym, tokens))


def person_and_agency(lead: str, vocabulary: LeadVocabulary | None = None) -> list[str]:
    """ "Jo Bloggs (Public Health)" -> a person and their agency, two leads; "Ashram (FCH)"
    stays one."""
    titled = titled_person_and_role(lead)
    if titled and not is_person(lead):
        return titled
    dashed = AGENCY_DASH_UNIT.fullmatch(lead)
    if dashed and is_person(dashed["agency"]):
        return [dashed["agency"], dashed["unit"]]  # "Ewa Kowalczyk – DA Lead": who, then role
    match = re.fullmatch(r"(.+?)\s*\(([^()]+)\)", lead)
    if match and not LEAD_MARK.search(lead):
        outside, inside = match.group(1).strip(), match.group(2).strip()
        if is_person(outside) or is_person(inside):  # "Head of Service (Karen Hall)" too
            return [outside, inside]
    tokens = lead.split()
    if len(tokens) >= 3 and not is_person(lead) and is_capitalised(tokens[2]):
        for size in (2, 3):  # "Tomasz Nowak Housing Options": a name no list knows, then
            rest = " ".join(tokens[size:])  # the agency, more than the one word that ends
            if (  # an agency's name ("Legal Aid Board" is one agency)
                len(tokens) - size > 1
                and is_person(" ".join(tokens[:size]))
                and not (vocabulary and vocabulary.area_within(tokens, size))
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
    for piece in split_known_pairs(pieces, vocabulary):
        if (by_dash := person_at_dash(piece)) is not None:
            found = by_dash  # "Early Help – Wei Zhang": the team, then the person
        elif one_per_line or is_person(piece.strip(" .,;:")) or is_one_with_its_unit(piece):
            found = [piece]  # "Karen A. Young": one person; "Police – Public Protection"
        else:
            found = split_run_together(tokenise(piece), vocabulary)
            if is_bodys_name(piece) and not people_among(found):
                found = [piece]  # "Department for Work and Pensions": one body's name
        for found_lead in found:
            found_lead = found_lead.strip(" .,;:/*&–—-")
            if not any(c.isalpha() for c in found_lead) or found_lead.lower() in CONNECTORS:
                continue  # a dash, a number or an "and" left between names: never a lead
            if found_lead.startswith("(") and found_lead.endswith(")"):
                found_lead = found_lead[1:-1].strip()  # "Jo Bloggs (Public Health)"
            if found_lead.startswith("@") and is_person(found_lead[1:]):
                found_lead = found_lead[1:]  # "@Omar Shah": a wiki's mention of a person
            for lead in person_and_agency(found_lead, vocabulary):
                if lead and not NOT_A_LEAD.search(lead) and lead not in leads:
                    leads.append(lead)
    return with_titles(leads)


def person_at_dash(piece: str) -> list[str] | None:
    """A person and their team or role parted by a spaced dash, either way round ("Wei
    Zhang – Early Help", "Housing Options – Tomasz Kowalski"): two leads, the person never
    hidden inside an agency's name (which the public page shows)."""
    match = AGENCY_DASH_UNIT.fullmatch(" ".join(piece.split()))
    if not match or not (is_person(match["agency"]) or is_person(match["unit"])):
        return None
    return [match["agency"], match["unit"]]


def is_one_with_its_unit(piece: str) -> bool:
    """An agency and its unit after a dash, or a role and its unit after a comma."""
    before, comma, after = piece.partition(",")
    return is_agencys_unit(piece) or bool(comma) and is_role_in_unit(before.split(), after.split())


AGENCY_DASH_UNIT = re.compile(r"(?P<agency>[^–—]+?)\s+[–—-]\s+(?P<unit>[A-Z][^–—]*)")


def is_agencys_unit(piece: str) -> bool:
    """ "Lakeshire Police – Public Protection": an agency, then after a dash the unit within
    it, is one lead. A person or a role's holder before the dash ("Sam Okafor – DA Lead"),
    an agency of its own or a date after it, are not a unit."""
    match = AGENCY_DASH_UNIT.fullmatch(" ".join(piece.split()))
    if not match:
        return False
    agency, unit = match["agency"], match["unit"]
    words = unit.split()
    return (
        len(words) <= 4
        and all(is_capitalised(word) or word.lower() in CONNECTORS for word in words)
        and words[-1].lower() not in ROLE_ENDINGS | ORGANISATION_ENDINGS
        and not (is_acronym(unit) or is_agency_word(unit) or is_when(unit))
        and not (is_person(agency) or is_person(unit))
    )


HONORIFIC = re.compile(r"^(?:dr|mr|mrs|ms|miss|mx|prof|professor|cllr|sir|dame|revd?)\.?$", re.I)


def with_titles(leads: list[str]) -> list[str]:
    """ "Dr" split off "Dr Hannah Lowe" (where "Hannah Lowe" is known alone) goes back on."""
    joined: list[str] = []
    for lead in leads:
        if joined and HONORIFIC.match(joined[-1]):
            joined[-1] = f"{joined[-1]} {lead}"
        else:
            joined.append(lead)
    return joined


LEAD_LABEL = r"lead(?:\s+(?:agency|agencies|partner|officer|organisation))?|led\s+by|owner"
PARTNER_LABEL = (
    r"with|partners?|supported\s+by|support|supporting(?:\s+(?:partners|agencies))?|"
    r"in\s+partnership\s+with|working\s+with|contributors?|others?"
)
CELL_LABEL = re.compile(
    rf"(?<![\w'])(?:(?P<lead>{LEAD_LABEL})|(?P<partner>{PARTNER_LABEL}))\s*:", re.IGNORECASE
)


def labelled_parts(text: str) -> tuple[str, str] | None:
    """ "Lead: Housing With: Women's Aid; Health" -> ("Housing", "Women's Aid; Health"): a
    cell that names its lead and its partners under labels. None when it has no lead label
    at its start."""
    found = list(CELL_LABEL.finditer(text))
    if not found or not found[0]["lead"] or text[: found[0].start()].strip():
        return None
    leads: list[str] = []
    partners: list[str] = []
    for match, following in zip(found, [*found[1:], None], strict=True):
        part = text[match.end() : following.start() if following else len(text)]
        (leads if match["lead"] else partners).append(part.strip(" \n;,."))
    return "\n".join(filter(None, leads)), "\n".join(filter(None, partners))


LEAD_MARK = re.compile(r"\s*[(\[](?:l|lead|lead partner|lead agency)[)\]]\s*", re.IGNORECASE)
"""A partner marked as the lead: "Public Health (L)", "Police (lead)"."""


def marked_leads(names: list[str]) -> tuple[list[str], list[str]] | None:
    """The names marked as leads, and the others; None when none is marked."""
    marked = [LEAD_MARK.sub(" ", name).strip() for name in names if LEAD_MARK.search(name)]
    if not marked:
        return None
    return marked, [name for name in names if not LEAD_MARK.search(name)]


CONTACT = re.compile(
    r"(?:\b(?:e-?mail|tel|telephone|phone|mobile|mob|ext)\b\.?\s*:?\s*)?"
    r"(?:[\w.+'-]+@[\w-]+(?:\.[\w-]+)+"
    r"|(?<![\w/.])(?:\+\d{1,3}[\s.-]?)?(?:\(\d{1,5}\)[\s.-]?)?\d[\d\s.-]{5,}\d\b)",
    re.IGNORECASE,
)
"""A lead's email address or telephone number, in any country's way of writing it ("01632
960 123", "+61 3 9555 0142", "(503) 555-0142"): how to reach them, never part of a name (nor
an agency's, which the public page shows)."""
DATE_LIKE = re.compile(r"\d{1,4}[./-]\d{1,2}[./-]\d{2,4}|\d{4}\s*[-/]\s*\d{2,4}")


def is_contact(found: str) -> bool:
    """An email address, or a number long enough to dial that is not a date ("31.03.2026",
    "2025-26")."""
    if "@" in found:
        return True
    number = found.split(":")[-1].strip()
    return sum(c.isdigit() for c in number) >= 8 and not DATE_LIKE.fullmatch(number)


def without_contacts(text: str) -> str:
    text = CONTACT.sub(lambda m: " " if is_contact(m.group()) else m.group(), text)
    return re.sub(r"[(\[]\W*[)\]]", " ", text)  # and the brackets left empty


TRAILING_PART = re.compile(r"\s+[–—-]\s+|\s*[;,\n]\s*|\s*\((?=[^()]*\)\s*$)")


def lead_and_date(text: str) -> tuple[str, str] | None:
    """ "Police – March 2026", "Housing; Ongoing", "Probation (Q3 2025/26)": a lead cell that
    ends with when, after a dash, a comma, a semicolon or in brackets; None when it does not."""
    parts = list(TRAILING_PART.finditer(text))
    if not parts:
        return None
    last = parts[-1]
    lead, when = text[: last.start()].strip(), text[last.end() :].strip(" )")
    if not lead or not is_when(when):
        return None
    return lead, when


def is_when(text: str) -> bool:
    """Text that is wholly a deadline as people write one ("March 2026", "Ongoing", "end of
    October"), not a phrase that holds one ("Quarterly Review Group", "subject to funding")."""
    from cairn.plans.deadlines import parse_deadline

    deadline = parse_deadline(text) if text and len(text.split()) <= 5 else None
    return not (deadline is None or str(deadline.kind) == "unparsed" or names_more(text))


WHEN_WORDS = word_set(
    """
    january february march april may june july august september october november december
    jan feb mar apr jun jul aug sep sept oct nov dec spring summer autumn winter fall
    by end start beginning mid early late before after from to until and of the in during
    ongoing quarterly monthly annually annual yearly weekly termly biannually bi-annually
    six-monthly year years month months quarter quarters week weeks term fy financial tbc tbd
    every each per next this last twice fortnightly daily half half-yearly bi-monthly asap
    """
)


def names_more(when: str) -> bool:
    """ "Quarterly Review Group", "Monthly MARAC", "Annual Report": a frequency or a date
    within a name is a group or a document, not when (a capitalised word that no date has)."""
    return any(
        word[0].isupper() and word.lower() not in WHEN_WORDS and not re.fullmatch(r"[QH]\d", word)
        for word in re.findall(r"[^\W\d_][\w'’-]*", when)
    )


def explicit_pieces(text: str, bullets: list[str]) -> list[str]:
    """Split at the separators people type: lines, bullets, commas, semicolons, slashes with
    spaces both sides, and "and"/"&" when the cell is already a list."""
    text, bullets = without_contacts(text), [without_contacts(bullet) for bullet in bullets]
    text_lines = [line.strip() for line in text.split("\n") if line.strip()]
    lines = dash_wrapped(text_lines, bullets) or bullets or rejoin_wrapped(text_lines)
    pieces: list[str] = []
    for line in lines:
        line = re.sub(r"\([^)]*\)", lambda m: m.group(0).replace(",", "\u0000"), line)
        line = keep_comma_names(line)
        is_list = bool(re.search(r"[,;]|\s/\s", line))
        parts = re.split(r"\s*[;,]\s*|\s+/\s+|(?<=\w)/(?=\w)", line)
        for part in parts:
            whole = "\u0000" in part  # a name with a comma of its own: its "and" is its own
            part = part.replace("\u0000", ",")
            if is_list and not whole:
                pieces.extend(split_at_and(part))
            else:
                pieces.append(part)
    return [piece.strip() for piece in pieces if piece.strip()]


def dash_wrapped(lines: list[str], bullets: list[str]) -> list[str] | None:
    """ "Lakeshire Police" over "– Public" and "Protection": a name whose dash a narrow
    column wrapped to the start of a line, which a PDF then reads as a list of one item.
    One item under a line of its own is no list: the name is rejoined at its dash."""
    if len(bullets) != 1 or bullets[0].strip() not in lines:
        return None
    at = lines.index(bullets[0].strip())
    if at == 0:
        return None
    return [*lines[: at - 1], f"{lines[at - 1]} – {' '.join(lines[at:])}"]


RANK_WORDS = ROLE_ENDINGS | word_set(
    """
    detective chief superintendent inspector sergeant constable commander head deputy assistant
    senior principal executive acting interim
    """
)
"""Words of a rank or a role that names no department ("Detective Chief Inspector")."""


def keep_comma_names(line: str) -> str:
    """Commas inside one name are not separators: a rank or role and its department
    ("Detective Superintendent, Public Protection": a role alone leads nothing), and a person
    written "Surname, First name" ("Okafor, Sam", as lists exported from SharePoint or
    Outlook write them). Such commas are hidden from the split (restored after it)."""
    parts = re.split(r"(\s*[;,]\s*)", line)
    for index in range(1, len(parts) - 1, 2):
        before, separator, after = parts[index - 1], parts[index], parts[index + 1]
        if separator.strip() != "," or not before.strip() or not after.strip():
            continue
        if (
            names_its_unit(before.split(), after.split())
            or is_role_in_unit(before.split(), after.split())
            or is_surname_first(before, after)
            or continues_a_bodys_name(before, after)
        ):
            parts[index] = "\u0000 "
    return "".join(parts)


BODY_OF = re.compile(
    r"\b(?:Department|Ministry|Office|Directorate|Secretary|Minister|Commissioner)\s+"
    r"(?:of|for)\s+(?:the\s+)?[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)?$"
)


def is_bodys_name(piece: str) -> bool:
    """A government body's whole name, however many of an agency's words it holds
    ("Ministry of Housing, Communities and Local Government"): never split at them."""
    return bool(
        re.fullmatch(
            r"(?:[A-Z][\w'’-]*\s+){0,2}(?:Department|Ministry)\s+(?:of|for)\s+[A-Z][^;/&]*",
            piece,
        )
    )


def continues_a_bodys_name(before: str, after: str) -> bool:
    """ "Department of Families, Fairness and Housing", "Ministry of Housing, Communities and
    Local Government": a government body named by the list of what it is for; the comma is
    inside its name, not between two leads (as it is in "Department of Health, Police and
    Probation", whose words after the comma name agencies)."""
    words = ACRONYM_IN_BRACKETS.sub("", after.strip()).split()  # "... Employment (MBIE)"
    return (
        bool(BODY_OF.search(before.strip()))
        and 3 <= len(words) <= 5
        and " and " in f" {after} "
        and all(is_capitalised(word) or word == "and" for word in words)
        and not is_agency_word(words[0])
        and not is_acronym(words[0])
    )


def names_its_unit(rank: list[str], unit: list[str]) -> bool:
    """A rank or role with no department, then a department that is not a role itself
    ("Chief Inspector, Safeguarding"; not "Consultant, DA Manager": two roles)."""
    return (
        is_bare_rank(rank)
        and bool(unit)
        and unit[-1].lower().strip(".") not in ROLE_ENDINGS
        and not is_person(" ".join(unit))
    )


def is_role_in_unit(role: list[str], unit: list[str]) -> bool:
    """ "Commissioning Manager, Primary Care": a role, then the unit it serves, one lead; not
    a role then an agency ("DA Coordinator, Housing") or a person."""
    return (
        1 < len(role) <= 4
        and role[-1].lower() in ROLE_ENDINGS
        and all(is_capitalised(word) for word in role)
        and 1 <= len(unit) <= 3
        and all(is_capitalised(word) and not is_acronym(word) for word in unit)
        and unit[-1].lower() not in ROLE_ENDINGS | ORGANISATION_ENDINGS
        and not is_agency_word(" ".join(unit))
        and not is_person(" ".join(role))
        and not person_name_at(unit, 0)
        and not (is_person(" ".join(unit)) and not SERVICE_WORDS & {w.lower() for w in unit})
    )  # "Primary Care" is a service's name, whatever a model of names makes of it


def is_bare_rank(tokens: list[str]) -> bool:
    return bool(tokens) and all(
        is_capitalised(token) and token.lower() in RANK_WORDS for token in tokens
    )


def is_surname_first(before: str, after: str) -> bool:
    """ "Okafor, Sam": one capitalised word, then one given name; never an agency's word."""
    surname, given = before.split(), after.split()
    if len(surname) != 1 or len(given) != 1:
        return False
    words = surname + given
    if any(
        is_acronym(word) or word.lower() in NOT_A_NAME_WORDS or not NAME_WORD.fullmatch(word)
        for word in words
    ) or service_words_rule_out(given + surname):
        return False
    if given[0].lower() in GIVEN_NAMES:
        return True
    try:
        components, kind = probablepeople.tag(f"{surname[0]}, {given[0]}")
    except probablepeople.RepeatedLabelError:
        return False
    return bool(kind == "Person" and components.get("GivenName") == given[0])


def split_known_pairs(pieces: list[str], vocabulary: LeadVocabulary) -> list[str]:
    """ "Community Safety and Office of the PCC", "OPCC and local authorities", "Public Health
    and Education": two leads joined by "and", each a whole name; "Police and Crime
    Commissioner" and "Department of Health and Aged Care" stay one."""
    split: list[str] = []
    for piece in pieces:
        halves = re.split(r"\s+and\s+", piece)
        parts = [halves[0]]
        for half in halves[1:]:
            if apart_at_and(parts[-1], half, vocabulary):
                parts.append(half)
            else:
                parts[-1] = f"{parts[-1]} and {half}"
        split.extend(parts)
    return split


def shares_ending(acronym: str, after: list[str], vocabulary: LeadVocabulary) -> bool:
    """Whether the name after "and" ends as an organisation's or a role's does and its
    first words are no agency of their own ("DA Board", "Inclusion Service"), so that its
    ending covers the acronym before it too: when the document names neither alone."""
    known = vocabulary.whole_cells | vocabulary.names
    return (
        2 <= len(after) <= 3
        and all(is_capitalised(word) for word in after)
        and after[-1].lower() in ORGANISATION_ENDINGS | ROLE_ENDINGS
        and not is_agency_word(" ".join(after[:-1]))
        and acronym.lower() not in known
        and " ".join(after).lower() not in known
    )


BODY_START = re.compile(r"(?:Department|Ministry|Office|Directorate)\s+(?:of|for)\s+[A-Z]")
"""The start of a government body's name: after "and", a second body begins."""
FUNCTIONS = frozenset(["HR", "OD", "IT", "ICT", "IG", "L&D", "PR", "Finance", "Digital"])
"""An organisation's own functions, which one team often holds two of ("HR and OD")."""
ACRONYM_IN_BRACKETS = re.compile(r"\([A-Z][A-Za-z&]{1,8}\)$")


def apart_at_and(before: str, after: str, vocabulary: LeadVocabulary) -> bool:
    """Whether an "and" parts two leads: names the document gives cells of their own, or
    one-word agencies ("Police and Probation"); an acronym on either side, or a name closed
    by its acronym ("Australian Federal Police (AFP) and ..."); two departments; a name of
    two words or more, then a one-word agency. A government body named by what it is for
    ("Department of Health and Aged Care") and one word joined to a name ending as an
    organisation's does ("Police and Crime Panel") are one name."""
    words, after_words = before.split(), after.split()
    if not words or not after_words:
        return False
    if BODY_START.match(after) and len(words) >= 2:
        return True  # "Ministry of Social Development and Ministry of Justice": a new body
    known = vocabulary.whole_cells
    if (
        len(words) >= 2
        and before.lower() in known
        and (after.lower() in known or is_department(after))
    ):
        return True  # "Housing Options and Communications", each a lead cell elsewhere
    if BODY_OF.search(before) and not (is_agency_word(after) or is_acronym(after)):
        return False
    if is_person(before) and is_person(after):
        return True  # "Kate Brown and Paul White"
    if FUNCTIONS & {before, after_words[0]}:
        return False  # "HR and OD", "HR and Organisational Development": one team
    if is_acronym(before) and shares_ending(before, after_words, vocabulary):
        return False  # "VAWG and DA Board", "SEND and Inclusion Service": one name
    if is_acronym(before) or is_acronym(after) or ACRONYM_IN_BRACKETS.search(before):
        return True
    if all(
        half.lower() in vocabulary.whole_cells or is_agency_word(half) for half in (before, after)
    ):
        return True
    if is_department(before) and is_department(after):
        return True
    return (
        len(words) >= 2
        and all(is_capitalised(word) for word in words)
        and (is_agency_word(after) or is_department(after) and is_department(before))
    )


def is_department(text: str) -> bool:
    """Two or three capitalised words ending as an agency's name does ("Housing
    Commissioning", "Public Health"): "Health and Social Care Partnership" has one word
    before its "and", so it stays one name."""
    words = text.split()
    return (
        2 <= len(words) <= 3
        and all(is_capitalised(word) for word in words)
        and words[-1].lower() in ORGANISATION_ENDINGS
    )


PUBLIC_SERVICES = word_set("education schools colleges courts prisons ambulance")
"""Public services a plan names by one word, as it does "Police" or "Housing" ("Police and
Education"), but that end no organisation's name ("Fire" does not: "Fire and Rescue")."""


def is_agency_word(text: str) -> bool:
    """One word that names an agency on its own: "Police", "Probation", "Housing",
    "Education"."""
    return bool(re.fullmatch(r"[A-Z][a-z]+", text)) and text.lower() in (
        ORGANISATION_ENDINGS | PUBLIC_SERVICES
    )


def split_at_and(part: str) -> list[str]:
    """ "Council and Probation" is two leads in a list, "Fire and Rescue Service" one: a
    single word that ends no name, then "and" and a name ending as an organisation's does."""
    pieces = re.split(r"\s+and\s+", part)
    joined = [pieces[0]]
    for piece in pieces[1:]:
        before, after = joined[-1].split(), piece.split()
        if BODY_OF.search(joined[-1]) and not (is_agency_word(piece) or is_acronym(piece)):
            joined[-1] = f"{joined[-1]} and {piece}"  # "Department of Justice and Community Safety"
        elif (
            len(before) == 1
            and is_capitalised(before[0])
            and not is_acronym(before[0])
            and before[0].lower() not in ENDS_OR_JOINS
            and len(after) >= 2
            and after[-1].lower() in ORGANISATION_ENDINGS
        ):
            joined[-1] = f"{joined[-1]} and {piece}"
        else:
            joined.append(piece)
    return joined


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
            and not (is_agency_word(words[0]) and is_whole_name(joined[-1]))
        ):
            joined[-1] = f"{joined[-1]} {line.strip()}"
        else:
            joined.append(line.strip())
    return joined


def is_whole_name(text: str) -> bool:
    """A line that names a lead by itself: one agency's word ("Police"), an acronym, or
    words ending as an organisation's name does ("Community Safety"). A one-word agency on
    the line after it ("Police" / "Probation") is a second lead, not the end of its name."""
    words = text.split()
    return bool(words) and (
        is_agency_word(text) or is_acronym(words[-1]) or words[-1].lower() in ORGANISATION_ENDINGS
    )


def tokenise(piece: str) -> list[str]:
    """Words, with a bracketed aside kept whole so that nothing inside it splits the lead."""
    return re.findall(r"\([^)]*\)?|[^\s(]+", piece)


def taken_before(current: list[str], word: str, known: int) -> bool:
    """The word before a name belongs to it: an acronym before a known name ("SBC Public
    Health"), a rank or title before a person ("DCI Ruth Dale")."""
    if not current:
        return False
    if known:
        return is_acronym(current[-1]) and not is_acronym(word)
    if len(current) > 1 and current[-2].lower() in CONNECTORS:
        return False  # "Ministry of Justice | Priya Patel": the word ends a body's name
    return current[-1].lower().strip(".") in TITLES


def parted_early(tokens: list[str], vocabulary: LeadVocabulary) -> list[str] | None:
    """Cells whose parting is plain before any name is looked for: two names typed apart by
    "&" (each side read on its own: "Housing Options" stays whole before "& Police"), and a
    department's "Head of ..." ("Children's Services Head of Service": one lead)."""
    for index, token in enumerate(tokens):
        if token in ("&", "+") and 0 < index < len(tokens) - 1:
            if ampersand_separates(tokens, index, tokens[:index]):
                before = split_run_together(tokens[:index], vocabulary)
                return before + split_run_together(tokens[index + 1 :], vocabulary)
            break
    role_at = role_of_at(tokens)
    if 0 < role_at <= 3 and role_at < len(tokens) and not person_name_at(tokens, 0):
        return [" ".join(tokens)]
    return None


def split_run_together(tokens: list[str], vocabulary: LeadVocabulary) -> list[str]:
    parted = parted_early(tokens, vocabulary)
    if parted is not None:
        return parted
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
        known = 0 if current and current[-1].lower() in CONNECTORS else None
        known = known_name_at(tokens, index, vocabulary) if known is None else 0
        if known and index + known < len(tokens) and tokens[index + known].lower() in CONNECTORS:
            known = 0  # "Police and Crime Commissioner": the known name is only the start
        if known and is_role_tail(tokens[index + known :]) or index > role_of_at(tokens):
            known = 0  # "Housing Strategy Manager", "Head of Major Crime Review": one role
        person = 0 if known else person_name_at(tokens, index)
        if known or person:
            size = known or person
            prefix = [current.pop()] if taken_before(current, tokens[index], known) else []
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
        if tokens[index].startswith("(") and not current and segments:
            segments[-1].append(tokens[index])  # "Local Authorities (Education)": its aside
        else:
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


ENDS_OR_JOINS = ORGANISATION_ENDINGS | ROLE_ENDINGS | CONNECTORS
ROLE_HEADS = word_set("head director chair chief manager lead member officer deputy")


def role_of_at(tokens: list[str]) -> int:
    """Where a role named "Head of ..." or "Director for ..." begins: all that follows is its
    name, whatever names it holds ("Head of Major Crime Review"); past the end if none."""
    for index, token in enumerate(tokens[:-1]):
        if token.lower() in ROLE_HEADS and tokens[index + 1].lower() in ("of", "for"):
            return index
    return len(tokens)


def is_role_tail(tokens: list[str]) -> bool:
    """The last words of a role named by its department ("Options Manager" in "Housing
    Options Manager"): one or two plain capitalised words ending in a role's word."""
    if not 1 <= len(tokens) <= 2 or tokens[-1].lower().strip(".,") not in ROLE_ENDINGS:
        return False
    return all(
        is_capitalised(token) and not is_acronym(token) and token.lower() not in ENDS_OR_JOINS
        for token in tokens[:-1]
    ) and not is_acronym(tokens[-1])


UNIT_WORDS = word_set("team unit hub office")
"""Words that end the name of a unit within an organisation, named by what it does."""


def is_unit_tail(tokens: list[str]) -> bool:
    """The last two words of a unit's name ("Business Unit", "Grant Team"): a plain
    capitalised word, then a word that ends a unit's name, at the end of the cell."""
    return (
        len(tokens) == 2
        and is_capitalised(tokens[0])
        and not is_acronym(tokens[0])
        and tokens[0].lower() not in ENDS_OR_JOINS
        and tokens[1].lower().strip(".,") in UNIT_WORDS
    )


def ampersand_separates(tokens: list[str], index: int, current: list[str]) -> bool:
    """ "DASG & DAAG" and "Public Health & Dale Metcalfe" are two leads; "Nuneaton & Bedworth
    CDRP" is one."""
    if not current or index + 1 >= len(tokens):
        return True
    previous = current[-1].lower().strip(".,")
    return (
        index + 2 == len(tokens)
        and is_agency_word(tokens[index + 1])  # "Housing Options & Police"
        or is_acronym(current[-1])
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
    """A common given name then a capitalised surname ("Eve Connor- McGill" too), or a name
    written with initials or a surname's particles ("J. Smith", "Jo A. Bloggs", "Tom De
    Souza")."""
    if sized := name_with_initials_or_particles_at(tokens, index):
        return sized
    if tokens[index].lower() not in GIVEN_NAMES or not is_capitalised(tokens[index]):
        return 0
    if index + 1 >= len(tokens) or not re.fullmatch(r"[A-Z][A-Za-z'’]+-?", tokens[index + 1]):
        return 0
    size = 2
    if tokens[index + 1].endswith("-") and index + 2 < len(tokens):
        size = 3
    return size


def name_with_initials_or_particles_at(tokens: list[str], index: int) -> int:
    """How many words from `index` make a name with initials or particles: a dotted initial
    first ("J. Smith"; a bare letter only when nothing follows the surname), or a given name
    with initials or particles before the surname ("Jo A. Bloggs", "Laura van der Berg")."""
    for size in (4, 3, 2):
        words = tokens[index : index + size]
        if len(words) < size or not any(
            is_initial(word) or word.lower() in PARTICLES for word in words[:-1]
        ):
            continue
        bare_letter = is_initial(words[0]) and not words[0].endswith(".")
        if bare_letter and index + size < len(tokens):
            continue  # "Area B Housing Team": a letter that names a unit
        if is_name_with_initials_or_particles(words):
            return size
    return 0


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
        if bare_word in ORGANISATION_ENDINGS or is_role_tail(tokens[index:]):
            return False  # "Victim Support Service"
        if is_unit_tail(tokens[index:]):
            return False  # "Board Business Unit", "Housing Support Grant Team": one unit
        return not (is_acronym(word) and last)  # "National Probation Service NPS"
    return bool(re.fullmatch(r"[a-z][a-z'’-]+", previous))  # "agencies DA Manager"
