"""Import the seeds changed the ways other councils' plans differ from them, and score each.

    .venv/bin/python bench/mutate_seeds.py [--seeds DIR] [--formats txt,docx,pdf] [--only NAME]

The held-back plans are in the seeds' form but not their words or column order. Each mutation
keeps a seed's content, so its hand-made truth still holds, and changes one thing a real plan
changes: its header words (two sets of synonyms), the order of its columns (the lead column
moved to the end, the first two columns swapped), no bold, no lists in cells (the items joined
by semicolons), headers in capitals. A mutation that scores well below the seed itself is a
place where the importer leans on the seed's own wording or order.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from cairn.imports.grid import UnreadableDocument  # noqa: E402
from cairn.imports.parse import parse_file  # noqa: E402
from cairn.imports.scoring import Score, score  # noqa: E402
from cairn.imports.tests import renderings  # noqa: E402

# The seeds' header cells (lower case) and what other plans call the same column.
MODERN = {
    "objective": "Objective",
    "milestones": "Key milestones",
    "lead": "Responsible officer",
    "lead agency": "Lead organisation",
    "deadline": "Target date",
    "progress": "Update",
    "aim": "Priority",
    "action": "What we will do",
    "ownership": "Owner",
    "outcome": "How we will measure success",
    "recommendation": "Recommendation",
    "output": "Deliverable",
    "timeline": "When",
    "indicators": "KPIs",
    "cost implication": "Resources",
    "priority areas": "Objective",
    "success measures": "Measures of success",
    "by when": "Timescale",
    "led by": "Who",
    "accountable leads": "Lead(s)",
    "delivery actions required": "Actions",
}
TERSE = {
    "objective": "Aim",
    "milestones": "Steps",
    "lead": "Owner",
    "lead agency": "Owner",
    "deadline": "Due",
    "progress": "Comments",
    "aim": "Goal",
    "action": "Task",
    "ownership": "Responsible",
    "outcome": "Outcomes",
    "recommendation": "Issue",
    "output": "Output",
    "timeline": "Date",
    "indicators": "Measures",
    "cost implication": "Cost",
    "priority areas": "Priority",
    "success measures": "Outcome",
    "by when": "Date",
    "led by": "Lead",
    "accountable leads": "Responsible",
    "delivery actions required": "Tasks",
}
LEAD_HEADERS = {"lead", "lead agency", "ownership", "led by", "accountable leads"}


def header_key(cell: str) -> str:
    return re.sub(r"<[^>]+>", "", cell).strip().lower()


def is_header(cells: list[str]) -> bool:
    known = [c for c in cells if header_key(c) in MODERN]
    return len(known) >= 2


def rename_headers(words: dict[str, str]) -> Callable[[str], str]:
    def mutate(text: str) -> str:
        lines = []
        for line in text.splitlines():
            cells = line.split("\t")
            if "\t" in line and is_header(cells):
                cells = [words.get(header_key(c), c) for c in cells]
            lines.append("\t".join(cells))
        return "\n".join(lines) + "\n"

    return mutate


def permute_columns(order: Callable[[list[str]], list[int] | None]) -> Callable[[str], str]:
    """Each table's columns in a new order, found from its header row. A table with rows of
    another width (text extracted from a PDF, cells run together) is left as it is: moving
    its columns would make a document no council wrote."""

    def mutate(text: str) -> str:
        lines = text.splitlines()
        for block in tables(lines):
            header = next(
                (lines[i].split("\t") for i in block if is_header(lines[i].split("\t"))), None
            )
            if header is None or any(len(lines[i].split("\t")) != len(header) for i in block):
                continue
            permutation = order(header)
            if permutation is None:
                continue
            for i in block:
                cells = lines[i].split("\t")
                lines[i] = "\t".join(cells[j] for j in permutation)
        return "\n".join(lines) + "\n"

    return mutate


def tables(lines: list[str]) -> list[list[int]]:
    """The line numbers of each table: rows with tabs, over blank lines (page breaks)."""
    found: list[list[int]] = []
    current: list[int] = []
    for number, line in enumerate(lines):
        if "\t" in line:
            current.append(number)
        elif line.strip():
            if current:
                found.append(current)
            current = []
    if current:
        found.append(current)
    return found


def lead_last(cells: list[str]) -> list[int] | None:
    leads = [i for i, c in enumerate(cells) if header_key(c) in LEAD_HEADERS]
    if not leads:
        return None
    return [i for i in range(len(cells)) if i != leads[0]] + [leads[0]]


def first_two_swapped(cells: list[str]) -> list[int] | None:
    filled = [i for i, c in enumerate(cells) if c.strip()]
    if len(filled) < 3:
        return None
    order = list(range(len(cells)))
    a, b = filled[0], filled[1]
    order[a], order[b] = b, a
    return order


def no_bold(text: str) -> str:
    return re.sub(r"</?b>", "", text)


def no_lists(text: str) -> str:
    def joined(match: re.Match) -> str:
        items = re.findall(r"<li>(.*?)</li>", match.group(0), flags=re.S)
        return "; ".join(item.strip(" •") for item in items)

    return re.sub(r"<ul[^>]*>.*?</ul>", joined, text, flags=re.S)


def capitals(text: str) -> str:
    lines = []
    for line in text.splitlines():
        cells = line.split("\t")
        if "\t" in line and is_header(cells):
            cells = [c.upper() for c in cells]
        lines.append("\t".join(cells))
    return "\n".join(lines) + "\n"


MUTATIONS: dict[str, Callable[[str], str]] = {
    "seed itself": lambda text: text,
    "modern headers": rename_headers(MODERN),
    "terse headers": rename_headers(TERSE),
    "lead column last": permute_columns(lead_last),
    "first two swapped": permute_columns(first_two_swapped),
    "no bold": no_bold,
    "no lists in cells": no_lists,
    "headers in capitals": capitals,
}


def scored(path: Path, truth: dict, name: str) -> Score | str:
    try:
        return score(parse_file(path), truth, name)
    except UnreadableDocument as error:
        return f"refused: {str(error)[:60]}"


def document(text: str, folder: Path, stem: str, extension: str) -> Path:
    source = folder / f"{stem}.txt"
    source.write_text(text, encoding="utf-8")
    if extension == ".txt":
        return source
    return renderings.render(source, folder, extension)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--seeds", type=Path, default=Path("../shared/seeds"))
    parser.add_argument("--formats", default="txt,docx", help="comma-separated: txt,docx,xlsx,pdf")
    parser.add_argument("--only", help="only the mutations whose name has this")
    arguments = parser.parse_args()
    extensions = [f".{name}" for name in arguments.formats.split(",")]
    started = time.perf_counter()
    print(
        f"{'seed':<6} {'mutation':<20} {'format':<6} {'F1':>5} {'lead':>5} {'due':>5} "
        f"{'theme':>5} {'place':>5}"
    )
    totals: dict[str, list[Score]] = {}
    with tempfile.TemporaryDirectory() as directory:
        for seed in sorted(arguments.seeds.glob("*.txt")):
            truth = json.loads((arguments.seeds / "truth" / f"{seed.stem}.json").read_text())
            text = seed.read_text(encoding="utf-8")
            for label, mutate in MUTATIONS.items():
                if arguments.only and arguments.only not in label:
                    continue
                for extension in extensions:
                    path = document(mutate(text), Path(directory), seed.stem, extension)
                    result = scored(path, truth, seed.stem[:3])
                    if isinstance(result, str):
                        print(f"{seed.stem[:3]:<6} {label:<20} {extension[1:]:<6} {result}")
                        continue
                    totals.setdefault(label, []).append(result)
                    print(
                        f"{seed.stem[:3]:<6} {label:<20} {extension[1:]:<6} {result.f1:5.2f} "
                        f"{result.lead_f1:5.2f} {result.deadline_agreement:5.2f} "
                        f"{result.theme_f1:5.2f} {result.placement:5.2f}"
                    )
    print()
    for label, group in totals.items():
        means = [
            sum(getattr(s, field) for s in group) / len(group)
            for field in ("f1", "lead_f1", "deadline_agreement", "theme_f1", "placement")
        ]
        print(f"mean {label:<20} n={len(group):<3} " + " ".join(f"{m:5.2f}" for m in means))
    print(f"{time.perf_counter() - started:.1f} s")


if __name__ == "__main__":
    main()
