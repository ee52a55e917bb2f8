"""How close an import came to a hand-made perfect import of the same document.

Work items (actions and milestones together) are matched one-to-one by title: exact
normalised titles first, then the most similar remaining pair above `MATCH_THRESHOLD`.
Leads are compared as sets over matched actions; deadlines as text over matched items whose
truth has one.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from difflib import SequenceMatcher

MATCH_THRESHOLD = 0.85


@dataclass(frozen=True)
class Score:
    name: str
    items_truth: int
    items_parsed: int
    items_matched: int
    precision: float
    recall: float
    f1: float
    lead_f1: float
    deadline_agreement: float


def normalise(text: str | None) -> str:
    text = (text or "").lower().replace("’", "'").replace("‘", "'")
    text = re.sub(r"[^a-z0-9&'%/]+", " ", text)
    return " ".join(text.split())


def work_items(plan: dict) -> list[dict]:
    """Every action and milestone, each with its title, leads (actions) and due text."""
    items = []
    for theme in plan.get("themes", []):
        for objective in theme.get("objectives", []):
            for action in objective.get("actions", []):
                items.append(
                    {
                        "title": action["title"],
                        "leads": action.get("leads", []),
                        "due": action.get("deadline_text"),
                        "kind": "action",
                    }
                )
                for milestone in action.get("milestones", []):
                    items.append(
                        {
                            "title": milestone["title"],
                            "leads": None,
                            "due": milestone.get("due_text"),
                            "kind": "milestone",
                        }
                    )
    return items


def match_items(truth: list[dict], parsed: list[dict]) -> list[tuple[int, int]]:
    pairs: list[tuple[int, int]] = []
    used_truth: set[int] = set()
    used_parsed: set[int] = set()
    by_title: dict[str, list[int]] = {}
    for j, item in enumerate(parsed):
        by_title.setdefault(normalise(item["title"]), []).append(j)
    for i, item in enumerate(truth):
        candidates = [j for j in by_title.get(normalise(item["title"]), []) if j not in used_parsed]
        if candidates:
            pairs.append((i, candidates[0]))
            used_truth.add(i)
            used_parsed.add(candidates[0])
    scored = []
    for i, t in enumerate(truth):
        if i in used_truth:
            continue
        for j, p in enumerate(parsed):
            if j in used_parsed:
                continue
            ratio = SequenceMatcher(None, normalise(t["title"]), normalise(p["title"])).ratio()
            if ratio >= MATCH_THRESHOLD:
                scored.append((ratio, i, j))
    for _ratio, i, j in sorted(scored, reverse=True):
        if i not in used_truth and j not in used_parsed:
            pairs.append((i, j))
            used_truth.add(i)
            used_parsed.add(j)
    return pairs


def f1(precision: float, recall: float) -> float:
    return 2 * precision * recall / (precision + recall) if precision + recall else 0.0


def score(parsed: dict, truth: dict, name: str = "") -> Score:
    truth_items, parsed_items = work_items(truth), work_items(parsed)
    pairs = match_items(truth_items, parsed_items)
    precision = len(pairs) / len(parsed_items) if parsed_items else 0.0
    recall = len(pairs) / len(truth_items) if truth_items else 1.0
    return Score(
        name=name,
        items_truth=len(truth_items),
        items_parsed=len(parsed_items),
        items_matched=len(pairs),
        precision=precision,
        recall=recall,
        f1=f1(precision, recall) if truth_items else 1.0,
        lead_f1=lead_f1(truth_items, parsed_items, pairs),
        deadline_agreement=deadline_agreement(truth_items, parsed_items, pairs),
    )


def lead_f1(truth: list[dict], parsed: list[dict], pairs: list[tuple[int, int]]) -> float:
    """Micro-averaged F1 of lead sets over matched actions (1.0 when no action has leads)."""
    true_positive = truth_total = parsed_total = 0
    for i, j in pairs:
        if truth[i]["kind"] != "action":
            continue
        expected = {normalise(lead) for lead in truth[i]["leads"]}
        found = {normalise(lead) for lead in parsed[j]["leads"] or []}
        true_positive += len(expected & found)
        truth_total += len(expected)
        parsed_total += len(found)
    if not truth_total and not parsed_total:
        return 1.0
    precision = true_positive / parsed_total if parsed_total else 0.0
    recall = true_positive / truth_total if truth_total else 0.0
    return f1(precision, recall)


def deadline_agreement(
    truth: list[dict], parsed: list[dict], pairs: list[tuple[int, int]]
) -> float:
    """Share of matched items with a truth deadline whose parsed deadline text agrees."""
    judged = [(truth[i]["due"], parsed[j]["due"]) for i, j in pairs if truth[i]["due"]]
    if not judged:
        return 1.0
    return sum(normalise(expected) == normalise(found) for expected, found in judged) / len(judged)


def format_score_table(scores: list[Score]) -> str:
    header = (
        f"{'document':<28} {'truth':>5} {'parsed':>6} {'match':>5} "
        f"{'P':>5} {'R':>5} {'F1':>5} {'leadF1':>6} {'due':>5}"
    )
    lines = [header, "-" * len(header)]
    for s in scores:
        lines.append(
            f"{s.name[:28]:<28} {s.items_truth:>5} {s.items_parsed:>6} {s.items_matched:>5} "
            f"{s.precision:>5.2f} {s.recall:>5.2f} {s.f1:>5.2f} {s.lead_f1:>6.2f} "
            f"{s.deadline_agreement:>5.2f}"
        )
    return "\n".join(lines)
