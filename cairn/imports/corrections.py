"""Corrections a coordinator makes to a parsed plan before saving it, on Plan JSON.

Items are addressed by their place in the tree: "t1" (theme 1), "t1.o2" (its objective 2),
"t1.o2.a3" (action 3 of that objective), "t1.o2.a3.m1" (that action's milestone 1), all
counted from 1. Each correction raises `CorrectionRefused` with a message when it cannot
be made, and changes nothing then.
"""

from __future__ import annotations

import copy
import re
from collections.abc import Iterator
from dataclasses import dataclass

from cairn.imports.leads import people_among, split_leads
from cairn.imports.milestones import split_items
from cairn.imports.outline import deadline_json

ITEM_ID = re.compile(r"^t(\d{1,4})(?:\.o(\d{1,4})(?:\.a(\d{1,4})(?:\.m(\d{1,4}))?)?)?$")
KINDS = ("theme", "objective", "action", "milestone")
LEVELS = {
    "objective": ("action", "theme"),
    "action": ("objective", "milestone", "theme"),
    "milestone": ("action",),
    "theme": (),
}
CHILDREN = {"theme": "objectives", "objective": "actions", "action": "milestones"}


class CorrectionRefused(Exception):
    """The correction cannot be made; the message says why."""


@dataclass
class Location:
    kind: str
    siblings: list[dict]
    index: int
    parents: list[dict]
    """theme, objective, action above the item (as many as it has)."""

    @property
    def item(self) -> dict:
        return self.siblings[self.index]


@dataclass
class PreviewItem:
    id: str
    kind: str
    depth: int
    place: str
    data: dict


def locate(plan_json: dict, item_id: str) -> Location:
    """Where an item is; CorrectionRefused for an id that names no item of this plan."""
    match = ITEM_ID.match(item_id or "")
    if not match:
        raise CorrectionRefused("That is not an item of this plan.")
    numbers = [int(n) - 1 for n in match.groups() if n is not None]
    siblings: list[dict] = plan_json.get("themes", [])
    parents: list[dict] = []
    for depth, number in enumerate(numbers):
        if not 0 <= number < len(siblings):
            raise CorrectionRefused(
                "That item is not in the preview any more. Look at the plan below and try again."
            )
        if depth == len(numbers) - 1:
            return Location(KINDS[depth], siblings, number, parents)
        parents = [*parents, siblings[number]]
        siblings = siblings[number].setdefault(CHILDREN[KINDS[depth]], [])
    raise CorrectionRefused("That is not an item of this plan.")  # pragma: no cover


def preview_items(plan_json: dict) -> Iterator[PreviewItem]:
    """Every item in tree order, with its id and its place for a person to read."""
    for t, theme in enumerate(plan_json.get("themes", []), 1):
        yield PreviewItem(f"t{t}", "theme", 0, f"Theme {t}", theme)
        action_number = 0
        for o, objective in enumerate(theme.get("objectives", []), 1):
            titled = bool(objective.get("title") or objective.get("ref"))
            if titled:
                place = f"Theme {t}, objective {o}"
                yield PreviewItem(f"t{t}.o{o}", "objective", 1, place, objective)
            for a, action in enumerate(objective.get("actions", []), 1):
                action_number += 1
                place = f"Theme {t}, action {action_number}"
                yield PreviewItem(f"t{t}.o{o}.a{a}", "action", 1 + titled, place, action)
                for m, milestone in enumerate(action.get("milestones", []), 1):
                    yield PreviewItem(
                        f"t{t}.o{o}.a{a}.m{m}",
                        "milestone",
                        2 + titled,
                        f"{place}, milestone {m}",
                        milestone,
                    )


def counts(plan_json: dict) -> dict[str, int]:
    found = dict.fromkeys(KINDS, 0)
    for item in preview_items(plan_json):
        found[item.kind] += 1
    return found


# ---------------------------------------------------------------- the corrections


def set_title(plan_json: dict, item_id: str, title: str) -> None:
    title = " ".join(title.split())
    if not title:
        raise CorrectionRefused("Enter a title.")
    locate(plan_json, item_id).item["title"] = title


def delete(plan_json: dict, item_id: str) -> None:
    place = locate(plan_json, item_id)
    del place.siblings[place.index]


def merge_into_previous(plan_json: dict, item_id: str) -> None:
    """The item joins the one before it at its level: titles joined, children and leads
    gathered."""
    place = locate(plan_json, item_id)
    if place.index == 0:
        raise CorrectionRefused(
            f"This is the first {place.kind} in its part of the plan: there is no {place.kind} "
            "above it to merge it into."
        )
    previous, item = place.siblings[place.index - 1], place.item
    previous["title"] = " ".join(filter(None, [previous.get("title"), item.get("title")]))
    child_key = CHILDREN.get(place.kind)
    if child_key:
        previous.setdefault(child_key, []).extend(item.get(child_key, []))
    for key in ("leads", "collaborators", "indicators"):
        if key in item:
            previous[key] = list(dict.fromkeys([*previous.get(key, []), *item[key]]))
    for key, value in item.items():
        if previous.get(key) in (None, "") and value not in (None, ""):
            previous[key] = value
    del place.siblings[place.index]


def split(plan_json: dict, item_id: str, text: str) -> None:
    """One item per line of `text`: the item keeps the first line and its children; each
    further line becomes a new item after it, like it but with no children."""
    place = locate(plan_json, item_id)
    lines = [" ".join(line.split()) for line in text.splitlines() if line.strip()]
    if len(lines) < 2:
        raise CorrectionRefused("Put each part on its own line to split the item.")
    item = place.item
    item["title"] = lines[0]
    child_key = CHILDREN.get(place.kind)
    for offset, line in enumerate(lines[1:], 1):
        new = copy.deepcopy(item)
        new["title"] = line
        if "ref" in new:
            new["ref"] = None
        if child_key:
            new[child_key] = []
        place.siblings.insert(place.index + offset, new)


def change_level(plan_json: dict, item_id: str, level: str) -> None:
    place = locate(plan_json, item_id)
    if level not in LEVELS[place.kind]:
        raise CorrectionRefused(f"A {place.kind} cannot become a {level} here.")
    {
        ("action", "milestone"): action_to_milestone,
        ("action", "objective"): action_to_objective,
        ("milestone", "action"): milestone_to_action,
        ("objective", "action"): objective_to_action,
        ("action", "theme"): item_to_theme,
        ("objective", "theme"): item_to_theme,
    }[(place.kind, level)](plan_json, place)


def item_to_theme(plan_json: dict, place: Location) -> None:
    """The item becomes a theme after its own, titled as it was: everything after it in its
    theme moves under the new theme (the theme is split there), and an action's milestones
    become the new theme's first actions."""
    theme = place.parents[0]
    themes = plan_json["themes"]
    item = place.item
    moved: list[dict] = []
    if place.kind == "action":
        objective = place.parents[1]
        first = {
            "ref": None,
            "title": None,
            "actions": [new_action(m) for m in item.get("milestones", [])]
            + place.siblings[place.index + 1 :],
        }
        del place.siblings[place.index :]
        later = theme["objectives"][theme["objectives"].index(objective) + 1 :]
        del theme["objectives"][theme["objectives"].index(objective) + 1 :]
        moved = [first, *later]
    else:
        moved = place.siblings[place.index :]
        moved[0] = {**item, "title": None, "ref": None}
        del place.siblings[place.index :]
    theme["objectives"] = [o for o in theme["objectives"] if o.get("actions") or o.get("title")]
    new_theme = {
        "ref": item.get("ref"),
        "title": item.get("title") or "Untitled theme",
        "description": None,
        "objectives": [o for o in moved if o.get("actions") or o.get("title")],
    }
    themes.insert(themes.index(theme) + 1, new_theme)


def move_to_theme(plan_json: dict, item_id: str, theme_id: str) -> None:
    """An objective or action moves to the end of another theme (an action into that theme's
    untitled group of actions)."""
    place = locate(plan_json, item_id)
    target = locate(plan_json, theme_id)
    if target.kind != "theme":
        raise CorrectionRefused("Choose the theme to move it to.")
    if place.kind not in ("objective", "action"):
        raise CorrectionRefused("Only an objective or an action can move to another theme.")
    if place.parents[0] is target.item:
        raise CorrectionRefused("It is in that theme already.")
    item = place.item
    del place.siblings[place.index]
    objectives = target.item.setdefault("objectives", [])
    if place.kind == "objective":
        objectives.append(item)
        return
    untitled = [o for o in objectives if not o.get("title") and not o.get("ref")]
    if untitled:
        untitled[-1]["actions"].append(item)
    else:
        objectives.append({"ref": None, "title": None, "actions": [item]})


def action_to_milestone(plan_json: dict, place: Location) -> None:
    """The action becomes the last step of the action before it; its own steps follow."""
    previous = previous_action(plan_json, place.item)
    if previous is None:
        raise CorrectionRefused(
            "This is the first action of the plan: there is no action above it for it to be "
            "a milestone of."
        )
    action = place.item
    previous.setdefault("milestones", []).append(
        {
            "title": action["title"],
            "due_text": action.get("deadline_text"),
            "due": action.get("deadline"),
            "lead": (action.get("leads") or [None])[0],
        }
    )
    previous["milestones"].extend(action.get("milestones", []))
    del place.siblings[place.index]


def action_to_objective(plan_json: dict, place: Location) -> None:
    """The action becomes an objective after its own; its milestones become the new
    objective's first actions, and the actions after it move under it."""
    theme, objective = place.parents
    action = place.item
    new_objective = {
        "ref": action.get("ref"),
        "title": action["title"],
        "actions": [new_action(m) for m in action.get("milestones", [])]
        + place.siblings[place.index + 1 :],
    }
    del place.siblings[place.index :]
    objectives = theme["objectives"]
    objectives.insert(objectives.index(objective) + 1, new_objective)


def milestone_to_action(plan_json: dict, place: Location) -> None:
    """The milestone becomes an action straight after the action it was a step of."""
    objective, action = place.parents[1], place.parents[2]
    actions = objective["actions"]
    actions.insert(actions.index(action) + 1, new_action(place.item))
    del place.siblings[place.index]


def objective_to_action(plan_json: dict, place: Location) -> None:
    """The objective becomes an action at the end of the objective before it (or of the
    theme's untitled group), and its actions follow it there."""
    objective = place.item
    if place.index > 0:
        target = place.siblings[place.index - 1]
    else:
        target = {"ref": None, "title": None, "actions": []}
        place.siblings.insert(0, target)
    moved = new_action({"title": objective.get("title") or objective.get("ref") or ""})
    moved["ref"] = objective.get("ref")
    target["actions"] = [*target["actions"], moved, *objective.get("actions", [])]
    place.siblings.remove(objective)


def new_action(milestone: dict) -> dict:
    return {
        "ref": None,
        "title": milestone.get("title") or "",
        "leads": [milestone["lead"]] if milestone.get("lead") else [],
        "collaborators": [],
        "deadline_text": milestone.get("due_text"),
        "deadline": milestone.get("due"),
        "timescale": None,
        "status_text": None,
        "progress_text": None,
        "output": None,
        "outcome": None,
        "indicators": [],
        "cost": None,
        "milestones": [],
    }


def previous_action(plan_json: dict, action: dict) -> dict | None:
    previous = None
    for item in preview_items(plan_json):
        if item.kind != "action":
            continue
        if item.data is action:
            return previous
        previous = item.data
    return None


OPERATIONS = {"title", "delete", "merge", "split", "level", "move"}


def apply(
    plan_json: dict,
    operation: str,
    item_id: str,
    title: str = "",
    level: str = "",
    target: str = "",
) -> dict:
    """A corrected copy of the plan; the plan passed in is left as it was."""
    corrected = copy.deepcopy(plan_json)
    if operation == "title":
        set_title(corrected, item_id, title)
    elif operation == "delete":
        delete(corrected, item_id)
    elif operation == "merge":
        merge_into_previous(corrected, item_id)
    elif operation == "split":
        split(corrected, item_id, title)
    elif operation == "level":
        change_level(corrected, item_id, level)
    elif operation == "move":
        move_to_theme(corrected, item_id, target)
    else:
        raise CorrectionRefused("Choose a correction.")
    return corrected


# Columns the importer could not place ("other"), given a role by the coordinator.

COLUMN_ROLES = {
    "progress": "Progress (the latest update)",
    "status": "Status (RAG)",
    "deadline": "Deadline",
    "timescale": "Timescale (short, medium or long term)",
    "lead": "Leads",
    "collaborators": "Partners (who else works on it)",
    "milestones": "Milestones (its steps)",
    "output": "Output",
    "outcome": "Outcome",
    "indicators": "Indicators (how success is measured)",
    "cost": "Cost or resources",
    "ignore": "Leave it out",
}
"""What an "other" column can become, as the preview offers it."""
TEXT_FIELDS = {
    "progress": "progress_text",
    "status": "status_text",
    "output": "output",
    "outcome": "outcome",
    "cost": "cost",
}


def other_columns(plan_json: dict) -> list[tuple[str, int]]:
    """The headers of columns kept as "other", each with how many actions have a value."""
    found: dict[str, int] = {}
    for action in actions_in(plan_json):
        for header in action.get("other", {}):
            found[header] = found.get(header, 0) + 1
    return list(found.items())


def actions_in(plan_json: dict) -> Iterator[dict]:
    for theme in plan_json.get("themes", []):
        for objective in theme.get("objectives", []):
            yield from objective.get("actions", [])


def give_column_role(plan_json: dict, header: str, role: str) -> dict:
    """A corrected copy of the plan in which every action's value of the "other" column
    `header` is read in `role` (added to what the action already has there)."""
    if role not in COLUMN_ROLES:
        raise CorrectionRefused("Choose what the column holds.")
    if header not in dict(other_columns(plan_json)):
        raise CorrectionRefused(
            "That column is not among the columns Cairn could not place. Look at the list again."
        )
    corrected = copy.deepcopy(plan_json)
    for action in actions_in(corrected):
        others = action.get("other", {})
        value = others.pop(header, None)
        if not others:
            action.pop("other", None)
        if not value or role == "ignore":
            continue
        if role in TEXT_FIELDS:
            key = TEXT_FIELDS[role]
            action[key] = f"{action[key]} {value}" if action.get(key) else value
        elif role == "deadline" and not action.get("deadline_text"):
            action["deadline_text"], action["deadline"] = value, deadline_json(value)
        elif role == "timescale" and not action.get("timescale"):
            action["timescale"] = value
        elif role in ("lead", "collaborators"):
            key = "leads" if role == "lead" else "collaborators"
            names = action.setdefault(key, [])
            names.extend(name for name in split_leads(value) if name not in names)
            if role == "lead":
                action["lead_people"] = people_among(action["leads"])
        elif role == "milestones":
            action.setdefault("milestones", []).extend(
                {
                    "title": item.title,
                    "due_text": item.due_text,
                    "due": deadline_json(item.due_text),
                    "lead": None,
                }
                for item in split_items(value)
            )
        elif role == "indicators":
            action.setdefault("indicators", []).append(value)
    for column in corrected.get("columns", []):
        if column.get("header") == header and column.get("role") == "other":
            column.update(role=role, by="you")
    return corrected
