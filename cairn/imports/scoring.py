"""How close an import came to a hand-made perfect import of the same document.

Work items (actions and milestones together) are matched one-to-one by title: exact
normalised titles first, then the most similar remaining pair above `MATCH_THRESHOLD`.
Leads are compared as sets over matched actions; deadlines as text over matched items whose
truth has one.

A measure with nothing to judge is 1.0 only when the truth gives it nothing to judge (a plan
that names no leads cannot get one wrong). When the truth has leads, deadlines or groupings
but the import matched none of the items that carry them, the measure is 0, not 1.0: a
document read as something else entirely (no action found) would otherwise score full marks
on leads, deadlines and placement and lift the means it should lower. It counts as a failure
rather than being left out of the mean, as a refused document does, so that a worse reading
can never raise a mean by matching fewer items.

Structure is scored twice: themes matched one-to-one by title the same way (theme F1), and
placement, the pairwise F1 of how the matched items are grouped into themes: of every two
matched items that share a theme in the truth, do they share one in the import, and the
other way round. A plan read as one long theme scores low on placement however many of its
items are found; themes split or merged lose pairs in proportion to the items they move.
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
    theme_f1: float = 1.0
    placement: float = 1.0


def normalise(text: str | None) -> str:
    text = (text or "").lower().replace("’", "'").replace("‘", "'")
    text = re.sub(r"[^a-z0-9&'%/]+", " ", text)
    return " ".join(text.split())


def work_items(plan: dict) -> list[dict]:
    """Every action and milestone, each with its title, leads (actions), due text and the
    number of its theme."""
    items = []
    for theme_number, theme in enumerate(plan.get("themes", [])):
        for objective in theme.get("objectives", []):
            for action in objective.get("actions", []):
                items.append(
                    {
                        "title": action["title"],
                        "leads": action.get("leads", []),
                        "due": action.get("deadline_text"),
                        "kind": "action",
                        "theme": theme_number,
                    }
                )
                for milestone in action.get("milestones", []):
                    items.append(
                        {
                            "title": milestone["title"],
                            "leads": None,
                            "due": milestone.get("due_text"),
                            "kind": "milestone",
                            "theme": theme_number,
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
        theme_f1=theme_f1(truth, parsed),
        placement=placement(truth_items, parsed_items, pairs),
    )


def theme_f1(truth: dict, parsed: dict) -> float:
    """F1 of themes matched one-to-one by title (1.0 when neither plan has a theme)."""
    truth_themes = [{"title": t.get("title") or ""} for t in truth.get("themes", [])]
    parsed_themes = [{"title": t.get("title") or ""} for t in parsed.get("themes", [])]
    if not truth_themes and not parsed_themes:
        return 1.0
    matched = len(match_items(truth_themes, parsed_themes))
    precision = matched / len(parsed_themes) if parsed_themes else 0.0
    recall = matched / len(truth_themes) if truth_themes else 0.0
    return f1(precision, recall)


def placement(truth: list[dict], parsed: list[dict], pairs: list[tuple[int, int]]) -> float:
    """Pairwise F1 of the grouping of matched items into themes; 1.0 when fewer than two
    items matched (one item shows no grouping to judge), but 0 when none did and the truth
    has items sharing a theme (nothing was placed at all)."""
    themes = [(truth[i]["theme"], parsed[j]["theme"]) for i, j in pairs]
    truth_sizes: dict[int, int] = {}
    parsed_sizes: dict[int, int] = {}
    both_sizes: dict[tuple[int, int], int] = {}
    for truth_theme, parsed_theme in themes:
        truth_sizes[truth_theme] = truth_sizes.get(truth_theme, 0) + 1
        parsed_sizes[parsed_theme] = parsed_sizes.get(parsed_theme, 0) + 1
        key = (truth_theme, parsed_theme)
        both_sizes[key] = both_sizes.get(key, 0) + 1
    together_in_truth = sum(n * (n - 1) // 2 for n in truth_sizes.values())
    together_in_parsed = sum(n * (n - 1) // 2 for n in parsed_sizes.values())
    together_in_both = sum(n * (n - 1) // 2 for n in both_sizes.values())
    if not together_in_truth and not together_in_parsed:
        return 0.0 if not pairs and groups_items(truth) else 1.0
    precision = together_in_both / together_in_parsed if together_in_parsed else 0.0
    recall = together_in_both / together_in_truth if together_in_truth else 0.0
    return f1(precision, recall)


def groups_items(items: list[dict]) -> bool:
    """Two of the items share a theme."""
    themes = [item["theme"] for item in items]
    return len(set(themes)) < len(themes)


def lead_f1(truth: list[dict], parsed: list[dict], pairs: list[tuple[int, int]]) -> float:
    """Micro-averaged F1 of lead sets over matched actions: 1.0 when no action of the truth
    has leads; 0 when some do but no matched action has any, in the truth or the import."""
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
        return 0.0 if any(item["leads"] for item in truth if item["kind"] == "action") else 1.0
    precision = true_positive / parsed_total if parsed_total else 0.0
    recall = true_positive / truth_total if truth_total else 0.0
    return f1(precision, recall)


def deadline_agreement(
    truth: list[dict], parsed: list[dict], pairs: list[tuple[int, int]]
) -> float:
    """Share of matched items with a truth deadline whose parsed deadline text agrees: 1.0
    when no item of the truth has a deadline, 0 when some do but none of them was matched."""
    judged = [(truth[i]["due"], parsed[j]["due"]) for i, j in pairs if truth[i]["due"]]
    if not judged:
        return 0.0 if any(item["due"] for item in truth) else 1.0
    return sum(normalise(expected) == normalise(found) for expected, found in judged) / len(judged)


def format_score_table(scores: list[Score]) -> str:
    header = (
        f"{'document':<28} {'truth':>5} {'parsed':>6} {'match':>5} "
        f"{'P':>5} {'R':>5} {'F1':>5} {'leadF1':>6} {'due':>5} {'theme':>5} {'place':>5}"
    )
    lines = [header, "-" * len(header)]
    for s in scores:
        lines.append(
            f"{s.name[:28]:<28} {s.items_truth:>5} {s.items_parsed:>6} {s.items_matched:>5} "
            f"{s.precision:>5.2f} {s.recall:>5.2f} {s.f1:>5.2f} {s.lead_f1:>6.2f} "
            f"{s.deadline_agreement:>5.2f} {s.theme_f1:>5.2f} {s.placement:>5.2f}"
        )
    return "\n".join(lines)
