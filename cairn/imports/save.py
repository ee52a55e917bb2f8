"""Saving a parsed plan (Plan JSON) as a draft plan, and what the preview asks a person to check.

`save_plan` writes the whole tree in one transaction: all of it or nothing. Lead names from
the document are matched to the partnership's agencies (by name or short name, ignoring case
and punctuation) or to its people by name; the rest become new agencies unless the
coordinator decided otherwise (`lead_mapping`). A lead the document names as a person (Plan
JSON's `lead_people`) who is nobody the partnership knows becomes a proposed person (a
person who cannot sign in and is asked for nothing until the coordinator adds their email),
never an agency: the public page never shows their name. Status words are matched to the
partnership's status scheme. A status or progress note found in the document is saved on the
action with the change reason "Imported from <file>", so the action's history shows it as
its first progress entry, marked as imported.
"""

from __future__ import annotations

import datetime as dt
import re
import secrets
from collections.abc import Iterator
from dataclasses import dataclass, field

from django.db import models, transaction
from django.utils import timezone

from cairn.accounts.models import Agency, Partnership, User
from cairn.imports.leads import is_person
from cairn.plans.deadlines import Deadline, parse_deadline
from cairn.plans.models import Action, Milestone, Objective, Plan, Status, Theme


class ChosenAgencyGone(ValueError):
    """An agency the coordinator chose for a lead is not the partnership's (deleted since)."""


NEW = "new"
NEW_PERSON = "new_person"
IGNORE = "ignore"
MEMBER = "member:"
"""A decision "member:<id>": the lead is this member of the partnership."""
WITH_EMAIL = NEW_PERSON + ":"
"""A decision "new_person:<email>": a new lead person, with their email address."""
PROPOSED_EMAIL = "proposed-{}@people.invalid"
"""A proposed person's placeholder address, in a domain that can never receive mail."""
IMPORTED_REASON = "Imported from {}"

# Status words plans use, by the category they mean (labels and codes are tried first).
STATUS_SYNONYMS: dict[str, tuple[str, ...]] = {
    Status.Category.NOT_STARTED: (
        "not started",
        "not yet started",
        "ns",
        "white",
        "grey",
        "not due",
        "not yet due",
        "planned",
        "not commenced",
        "not yet commenced",
        "due to start",
        "to start",
        "scheduled",
        "not begun",
        "backlog",
        "to do",
        "todo",
    ),
    Status.Category.ON_TRACK: (
        "green",
        "g",
        "on track",
        "on target",
        "in progress",
        "ongoing",
        "started",
        "underway",
        "under way",
        "on schedule",
        "ahead of schedule",
        "work in progress",
        "wip",
        "commenced",
        "good progress",
        "progressing",
        "doing",
        "in review",
    ),
    Status.Category.AT_RISK: (
        "amber",
        "a",
        "at risk",
        "slipped",
        "slippage",
        "delayed",
        "some progress",
        "limited progress",
        "slight delay",
        "minor delay",
        "partially complete",
        "partially achieved",
        "partially met",
        "partly met",
        "some concerns",
    ),
    Status.Category.OFF_TRACK: (
        "red",
        "r",
        "off track",
        "failed",
        "not achieved",
        "behind",
        "overdue",
        "not met",
        "no progress",
        "significant delay",
        "behind schedule",
    ),
    Status.Category.STALLED: (
        "stalled",
        "on hold",
        "paused",
        "purple",
        "deferred",
        "blocked",
        "suspended",
    ),
    Status.Category.COMPLETE: (
        "complete",
        "completed",
        "achieved",
        "done",
        "delivered",
        "blue",
        "b",
        "finished",
        "c",
        "met",
        "implemented",
        "embedded",
        "business as usual",
        "bau",
        "✓",
        "✔",
        "☑",
    ),
    Status.Category.CLOSED: (
        "closed",
        "withdrawn",
        "cancelled",
        "canceled",
        "no longer required",
        "superseded",
    ),
}
"""Words and phrases plans use for each kind of status, as a last resort after the scheme's
own labels and codes."""
STATUS_LABEL = re.compile(
    r"^\s*(?:(?:current\s+)?(?:rag|brag|status)(?:\s+(?:rating|status))?|rated|rating)\b\s*[:=–-]?\s*",
    re.IGNORECASE,
)
"""A label before the status itself: "RAG: Amber", "Status – Red", "Rated Green"."""


def normal(text: str) -> str:
    """Text compared without case, punctuation or spacing: "N.P.S." == "nps"."""
    return re.sub(r"[\W_]+", "", text.lower())


# ---------------------------------------------------------------- walking the tree


def actions_of(plan_json: dict) -> Iterator[dict]:
    for theme in plan_json.get("themes", []):
        for objective in theme.get("objectives", []):
            yield from objective.get("actions", [])


def lead_names(plan_json: dict) -> list[str]:
    """Every lead, collaborator and milestone lead the document names, once, in order."""
    names: dict[str, None] = {}
    for action in actions_of(plan_json):
        for name in [*action.get("leads", []), *action.get("collaborators", [])]:
            names.setdefault(name, None)
        for milestone in action.get("milestones", []):
            if milestone.get("lead"):
                names.setdefault(milestone["lead"], None)
    return [name for name in names if normal(name)]


# ---------------------------------------------------------------- leads


@dataclass
class LeadChoice:
    """What a lead named in the document becomes: an agency, a person, new, or nothing."""

    name: str
    decision: str
    """An agency's id (as text), NEW, NEW_PERSON, IGNORE, "person" (a member of the same
    name), or "member:<id>" (a member the coordinator chose)."""
    agency: Agency | None = None
    person: User | None = None
    email: str = ""
    """For a new lead person: their email address, when the coordinator gave one."""

    @property
    def is_new(self) -> bool:
        return self.decision == NEW


def partnership_people(partnership: Partnership) -> dict[str, User]:
    people = User.objects.filter(memberships__partnership=partnership)
    return {normal(person.name): person for person in people if normal(person.name)}


def agencies_by_name(partnership: Partnership) -> dict[str, Agency]:
    """Each agency under its names. A merged agency's names lead to the one it was merged
    into, so a plan that still says "MPS" finds the police the coordinator kept."""
    found: dict[str, Agency] = {}
    agencies = Agency.objects.filter(partnership=partnership).select_related("merged_into")
    # Current agencies first: a name held by an archived agency and a current one is the latter.
    for agency in sorted(agencies, key=lambda a: a.archived_at is not None):
        for name in (agency.short_name, agency.name):
            if normal(name):
                found.setdefault(normal(name), agency.merged_into or agency)
    return found


def people_named(plan_json: dict) -> set[str]:
    """The leads and partners the document names as people: never made agencies (whose
    names the public page shows)."""
    named = set()
    for action in actions_of(plan_json):
        named.update(action.get("lead_people", []))
        named.update(name for name in action.get("collaborators", []) if is_person(name))
    return named


def lead_choices(
    plan_json: dict, partnership: Partnership, lead_mapping: dict[str, str] | None = None
) -> list[LeadChoice]:
    """Each lead name in the document with what it will become. `lead_mapping` holds the
    coordinator's decisions (agency id, NEW or IGNORE); other names are matched to an agency,
    then to a person, else proposed as a new agency."""
    lead_mapping = lead_mapping or {}
    agencies = agencies_by_name(partnership)
    by_id = {str(agency.pk): agency for agency in agencies.values()}
    people = partnership_people(partnership)
    members = {str(person.pk): person for person in people.values()}
    named_people = people_named(plan_json)
    choices = []
    for name in lead_names(plan_json):
        decision = str(lead_mapping.get(name, ""))
        if decision in by_id:
            choices.append(LeadChoice(name, decision, agency=by_id[decision]))
        elif decision in (NEW, NEW_PERSON, IGNORE):
            choices.append(LeadChoice(name, decision))
        elif decision.startswith(WITH_EMAIL):
            choices.append(LeadChoice(name, NEW_PERSON, email=decision[len(WITH_EMAIL) :]))
        elif decision.startswith(MEMBER) and decision[len(MEMBER) :] in members:
            choices.append(LeadChoice(name, decision, person=members[decision[len(MEMBER) :]]))
        elif decision:
            raise ChosenAgencyGone(f"{decision!r} is not an agency of {partnership} for {name!r}")
        elif normal(name) in agencies:
            agency = agencies[normal(name)]
            choices.append(LeadChoice(name, str(agency.pk), agency=agency))
        elif normal(name) in people:
            choices.append(LeadChoice(name, "person", person=people[normal(name)]))
        elif name in named_people:
            choices.append(LeadChoice(name, NEW_PERSON))
        else:
            choices.append(LeadChoice(name, NEW))
    return choices


def resolve_leads(
    choices: list[LeadChoice], partnership: Partnership, by: User | None
) -> dict[str, LeadChoice]:
    """Create the new agencies (one per distinct name) and return each name's choice."""
    created: dict[str, Agency] = {}
    proposed: dict[str, User] = {}
    for choice in choices:
        if choice.decision == NEW_PERSON:
            key = normal(choice.name)
            if key not in proposed:
                proposed[key] = propose_person(choice.name, by, email=choice.email)
            choice.person = proposed[key]
            continue
        if not choice.is_new:
            continue
        key = normal(choice.name)
        if key not in created:
            name = choice.name.strip()[: max_length(Agency, "name")]
            fits = len(name) <= max_length(Agency, "short_name")
            short_name = name if fits and " " not in name else ""
            agency = Agency(partnership=partnership, name=name, short_name=short_name)
            agency._history_user = by  # type: ignore[attr-defined]
            agency.save()
            created[key] = agency
        choice.agency = created[key]
    return {choice.name: choice for choice in choices}


def propose_person(name: str, by: User | None, email: str = "") -> User:
    """A lead person the document names: kept as a person, who cannot sign in and is not
    asked for updates until the coordinator invites them. With an email address that is
    already someone's, it is that person."""
    if email:
        existing = User.objects.filter(email__iexact=email).first()
        if existing is not None:
            return existing
    person = User(
        name=name.strip()[:150],
        email=email or PROPOSED_EMAIL.format(secrets.token_hex(8)),
        is_active=False,
    )
    person.set_unusable_password()
    person._history_user = by  # type: ignore[attr-defined]
    person.save()
    return person


# ---------------------------------------------------------------- statuses


def match_status(text: str | None, statuses: list[Status]) -> Status | None:
    """The scheme's status a document's word means: by label, code, or a common synonym
    ("Green", "Amber", "Completed"); None when it means none of them."""
    if not text or not normal(text) and text.strip() not in SYMBOLS:
        return None
    for candidate in status_candidates(text):
        for status in statuses:
            if normal(candidate) in (normal(status.label), normal(status.code)):
                return status
        category = synonym_category(candidate)
        match = next((s for s in statuses if s.category == category), None)
        if match:
            return match
    return None


SYMBOLS = {symbol for words in STATUS_SYNONYMS.values() for symbol in words if not normal(symbol)}


def word_key(text: str) -> str:
    """A phrase's words in any order: "Met partially" is "partially met"."""
    return " ".join(sorted(word for word in map(normal, text.split()) if word))


SYNONYM_KEYS = {
    word_key(word) or word: category
    for category, words in STATUS_SYNONYMS.items()
    for word in words
}
PARTLY = frozenset(["partially", "partly", "part", "in"])
"""Words that make a status of done a status of part done ("Completed in part")."""
QUALIFIERS = frozenset(["partially", "partly", "part", "not", "nearly", "almost", "largely"])
"""Words that change what a done word before them means: "Met partially" is not "Met";
"Amber in progress" and "Red not started" are still amber and red."""


def synonym_category(candidate: str) -> str | None:
    """The kind of status a phrase plans use means, its words in any order; a done word
    said to be done in part means part done, as "partially achieved" does."""
    key = word_key(candidate) or candidate.strip()
    if key in SYNONYM_KEYS:
        return SYNONYM_KEYS[key]
    words = key.split()
    rest = " ".join(word for word in words if word not in PARTLY)
    said_in_part = rest != key and {"partially", "partly", "part"} & set(words)
    if said_in_part and SYNONYM_KEYS.get(rest) == Status.Category.COMPLETE:
        return Status.Category.AT_RISK
    return None


SCORE = re.compile(r"^\s*\d{1,2}\s*[-–.:)]\s*(?=\D)")
"""A score before a status ("1 - Red", "3. Green"), as reports number their RAG levels."""


def status_candidates(text: str) -> list[str]:
    """What a status cell may mean, most specific first: the whole text, then the text
    before any note after it ("On track – 60%", "Completed (March 2025)"), then its first
    word ("Green - on track") unless a word after it changes its meaning ("Met partially"),
    each without a label or a score before it ("RAG: Amber", "1 - Red")."""
    text = STATUS_LABEL.sub("", text.strip()) or text.strip()
    text = SCORE.sub("", text) or text
    if text in SYMBOLS:
        return [text]
    before_note = re.split(r"\s+[–—-]\s*|\s*[:(,;]|\s+\d", text)[0]
    first_word = re.split(r"[\s\-–:/(]+", text)[0]
    candidates: list[str] = []
    for candidate in (text, before_note, first_word):
        if normal(candidate) and candidate not in candidates:
            candidates.append(candidate)
    qualified = QUALIFIERS & set(map(normal, before_note.split()[1:]))
    if qualified and synonym_category(first_word) == Status.Category.COMPLETE:
        candidates = [c for c in candidates if c != first_word]  # "Met in most areas but not"
    return candidates


def scheme_statuses(partnership: Partnership) -> list[Status]:
    return list(Status.objects.filter(scheme__partnership=partnership))


# ---------------------------------------------------------------- periods


FULL_YEAR = re.compile(r"\b((?:19|20)\d{2})\b")
SHORT_YEARS = re.compile(r"\b(\d{2})\s*/\s*(\d{2})\b")


def period_dates(period_text: str | None) -> tuple[dt.date | None, dt.date | None]:
    """A plan's start and end from its period: "2016/17" -> 1 Apr 2016 to 31 Mar 2017,
    "2010-2011" -> 1 Apr 2010 to 31 Mar 2011, "16/17" -> 1 Apr 2016 to 31 Mar 2017."""
    text = period_text or ""
    years = [int(year) for year in FULL_YEAR.findall(text)]
    if years:
        first = years[0]
        last = years[-1] if len(years) > 1 else first
        short_end = re.search(rf"{first}\s*[/-]\s*(\d{{2}})\b(?!\d)", text)
        if len(years) == 1 and short_end:
            last = first // 100 * 100 + int(short_end.group(1))
        if last == first:
            last = first + 1
        return dt.date(first, 4, 1), dt.date(last, 3, 31)
    short = SHORT_YEARS.search(text)
    if short and int(short.group(2)) == (int(short.group(1)) + 1) % 100:
        first = 2000 + int(short.group(1))
        return dt.date(first, 4, 1), dt.date(first + 1, 3, 31)
    return None, None


# ---------------------------------------------------------------- saving


TIMESCALES = {"s": Action.Timescale.SHORT, "m": Action.Timescale.MEDIUM, "l": Action.Timescale.LONG}


def timescale_of(text: str | None) -> str:
    word = (text or "").strip().lower()
    if word.split(" ")[0] in ("short", "medium", "long", "s", "m", "l"):
        return TIMESCALES[word[0]]
    return ""


def max_length(model: type[models.Model], field: str) -> int:
    length = getattr(model._meta.get_field(field), "max_length", None)
    assert isinstance(length, int), f"{model.__name__}.{field} has no max_length"
    return length


def clip(text: str | None, model: type[models.Model], field: str) -> str:
    """The text, cut to fit the field (ending "…" when cut)."""
    text = (text or "").strip()
    length = max_length(model, field)
    return text if len(text) <= length else text[: length - 1] + "…"


@dataclass
class Saver:
    plan: Plan
    leads: dict[str, LeadChoice]
    statuses: list[Status]
    by: User | None
    reason: str
    saved: list[tuple[Action, list[str]]] = field(default_factory=list)

    def record(
        self, item: Theme | Objective | Action | Milestone, reason: str | None = None
    ) -> None:
        item._history_user = self.by  # type: ignore[union-attr]
        if reason:
            item._change_reason = reason  # type: ignore[union-attr]
        item.save()

    def record_history(self, action: Action, updates: list[dict]) -> None:
        """A tracker's earlier updates, one per period, saved in order before the current
        one, so the action's history shows each as an imported progress entry."""
        current = (action.status, action.progress_note)
        status, progress = None, ""
        for update in updates[:-1]:
            status = match_status(update.get("status_text"), self.statuses) or status
            progress = update.get("progress_text") or progress
            action.status, action.progress_note = status, progress
            reason = f"{self.reason} ({update.get('period') or 'earlier update'})"
            self.record(action, reason[:100])
        action.status, action.progress_note = current

    def theme(self, order: int, data: dict) -> None:
        theme = Theme(
            plan=self.plan,
            ref=clip(data.get("ref"), Theme, "ref"),
            title=clip(data.get("title") or "Untitled theme", Theme, "title"),
            description=data.get("description") or "",
            order=order,
        )
        self.record(theme)
        action_order = 0
        for objective_order, objective_data in enumerate(data.get("objectives", []), 1):
            objective = None
            if objective_data.get("title") or objective_data.get("ref"):
                objective = Objective(
                    theme=theme,
                    ref=clip(objective_data.get("ref"), Objective, "ref"),
                    title=objective_data.get("title") or objective_data.get("ref") or "",
                    order=objective_order,
                )
                self.record(objective)
            for action_data in objective_data.get("actions", []):
                action_order += 1
                self.action(theme, objective, action_order, action_data)

    def action(self, theme: Theme, objective: Objective | None, order: int, data: dict) -> None:
        status = match_status(data.get("status_text"), self.statuses)
        progress = data.get("progress_text") or ""
        imported = bool(status or progress)
        action = Action(
            theme=theme,
            objective=objective,
            ref=clip(data.get("ref"), Action, "ref"),
            title=data.get("title") or "Untitled action",
            description=data.get("description") or "",
            order=order,
            deadline_text=clip(data.get("deadline_text"), Action, "deadline_text"),
            timescale=timescale_of(data.get("timescale")),
            output=data.get("output") or "",
            outcome=data.get("outcome") or "",
            indicators="\n".join(data.get("indicators") or []),
            cost=data.get("cost") or "",
            status=status,
            progress_note=progress,
            progress_updated_at=timezone.now() if imported else None,
        )
        action.understand_deadline(self.plan.starts_on)
        self.record_history(action, data.get("updates") or [])
        self.record(action, self.reason if imported else None)
        lead_agencies, lead_people = self.resolve(data.get("leads", []))
        collaborators, collaborator_people = self.resolve(data.get("collaborators", []))
        if lead_agencies:
            action.lead_agencies.set(lead_agencies)
        if lead_people:
            action.lead_people.set(lead_people)
        if collaborators:
            action.collaborators.set(collaborators)
        if collaborator_people:
            action.collaborator_people.set(collaborator_people)
        for milestone_order, milestone_data in enumerate(data.get("milestones", []), 1):
            self.milestone(action, milestone_order, milestone_data)
        self.saved.append((action, data.get("cross_references") or []))

    def link_cross_references(self) -> None:
        """ "See Safety and Support 3.1" becomes a link to action 3.1 of that theme (or of
        the action's own theme when no theme is named); a reference to nothing is left as
        text in the preview's issues, not guessed."""
        by_ref: dict[tuple[str, str], Action] = {}
        for action, _ in self.saved:
            if action.ref:
                by_ref.setdefault((normal(action.theme.title), action.ref.rstrip(".")), action)
                by_ref.setdefault(("", action.ref.rstrip(".")), action)
        for action, references in self.saved:
            for reference in references:
                target = find_reference(reference, action, by_ref)
                if target is not None and target != action:
                    action.related_actions.add(target)

    def milestone(self, action: Action, order: int, data: dict) -> None:
        agencies, people = self.resolve([data["lead"]] if data.get("lead") else [])
        milestone = Milestone(
            action=action,
            title=data.get("title") or "Untitled milestone",
            order=order,
            deadline_text=clip(data.get("due_text"), Milestone, "deadline_text"),
            lead_agency=agencies[0] if agencies else None,
            lead_person=people[0] if people else None,
        )
        milestone.understand_deadline(self.plan.starts_on)
        self.record(milestone)

    def resolve(self, names: list[str]) -> tuple[list[Agency], list[User]]:
        agencies: list[Agency] = []
        people: list[User] = []
        for name in names:
            choice = self.leads.get(name)
            if choice is None:
                continue
            if choice.agency and choice.agency not in agencies:
                agencies.append(choice.agency)
            if choice.person and choice.person not in people:
                people.append(choice.person)
        return agencies, people


def find_reference(
    reference: str, action: Action, by_ref: dict[tuple[str, str], Action]
) -> Action | None:
    match = re.search(r"(\d+(?:\.\d+)*[a-z]?)$", reference)
    if not match:
        return None
    ref = match.group(1)
    theme_name = normal(re.sub(r"\baction\s*$", "", reference[: match.start()], flags=re.I))
    if theme_name:
        return by_ref.get((theme_name, ref))
    return by_ref.get((normal(action.theme.title), ref)) or by_ref.get(("", ref))


def save_plan(
    plan_json: dict,
    partnership: Partnership,
    *,
    by: User | None,
    title: str | None = None,
    lead_mapping: dict[str, str] | None = None,
    source_name: str | None = None,
) -> Plan:
    """Save the parsed plan as a draft plan of the partnership, in one transaction."""
    starts_on, ends_on = period_dates(plan_json.get("period_text") or plan_json.get("title"))
    choices = lead_choices(plan_json, partnership, lead_mapping)
    plan_title = clip(
        title or plan_json.get("title") or source_name or "Imported plan", Plan, "title"
    )
    with transaction.atomic():
        plan = Plan(
            partnership=partnership,
            title=plan_title,
            period_text=clip(plan_json.get("period_text"), Plan, "period_text"),
            starts_on=starts_on,
            ends_on=ends_on,
            state=Plan.State.DRAFT,
        )
        plan._history_user = by  # type: ignore[attr-defined]
        plan.save()
        saver = Saver(
            plan=plan,
            leads=resolve_leads(choices, partnership, by),
            statuses=scheme_statuses(partnership),
            by=by,
            reason=IMPORTED_REASON.format(source_name or plan_title)[
                : max_length(Action.history.model, "history_change_reason")
            ],
        )
        for order, theme_data in enumerate(plan_json.get("themes", []), 1):
            saver.theme(order, theme_data)
        saver.link_cross_references()
    return plan


# ---------------------------------------------------------------- what the preview shows


@dataclass
class Issue:
    kind: str
    """"lead", "person", "status", "deadline", "no_lead" or "no_deadline"."""
    message: str
    where: str = ""


def flagged_deadline(text: str | None, plan_start: dt.date | None) -> str | None:
    """Why a deadline needs a look (a typo, or text Cairn cannot read), or None."""
    if not text:
        return None
    deadline = parse_deadline(text, plan_start=plan_start)
    if deadline is None:
        return None
    if deadline.kind == Deadline.Kind.UNPARSED:
        return deadline.warning or f"“{text}” is not a deadline Cairn can read"
    return deadline.warning


def preview_issues(
    plan_json: dict, partnership: Partnership, lead_mapping: dict[str, str] | None = None
) -> list[Issue]:
    """What a coordinator should look at before saving: leads that will become new agencies,
    status words the scheme does not have, deadlines Cairn flags, actions with no lead or no
    deadline."""
    choices = lead_choices(plan_json, partnership, lead_mapping)
    issues = [
        Issue("lead", f"“{choice.name}” matches no agency: it will be added as a new agency.")
        for choice in choices
        if choice.is_new
    ] + [
        Issue(
            "person",
            f"“{choice.name}” is a person: they will be added as a proposed lead person, "
            "not an agency, and asked for updates once you give them an email address.",
        )
        for choice in choices
        if choice.decision == NEW_PERSON
    ]
    statuses = scheme_statuses(partnership)
    starts_on, _ = period_dates(plan_json.get("period_text") or plan_json.get("title"))
    for where, action in numbered_actions(plan_json):
        status_text = action.get("status_text")
        if status_text and match_status(status_text, statuses) is None:
            issues.append(
                Issue(
                    "status",
                    f"Status “{status_text}” is not in the status scheme: "
                    "the action will have no status.",
                    where,
                )
            )
        warning = flagged_deadline(action.get("deadline_text"), starts_on)
        if warning:
            issues.append(Issue("deadline", f"Deadline: {warning}.", where))
        for milestone in action.get("milestones", []):
            warning = flagged_deadline(milestone.get("due_text"), starts_on)
            if warning:
                issues.append(Issue("deadline", f"Milestone due date: {warning}.", where))
        if not action.get("leads"):
            issues.append(Issue("no_lead", "The action has no lead.", where))
        if not action.get("deadline_text") and not action.get("timescale"):
            issues.append(Issue("no_deadline", "The action has no deadline.", where))
    return issues


def numbered_actions(plan_json: dict) -> Iterator[tuple[str, dict]]:
    """Each action with where it sits: "Theme 2, action 3 (2.1.3)"."""
    for theme_number, theme in enumerate(plan_json.get("themes", []), 1):
        number = 0
        for objective in theme.get("objectives", []):
            for action in objective.get("actions", []):
                number += 1
                ref = f" ({action['ref']})" if action.get("ref") else ""
                yield f"Theme {theme_number}, action {number}{ref}", action
