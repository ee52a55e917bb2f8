"""Score every document of the import corpus against its hand-made truth, as a table.

    .venv/bin/python bench/score_corpus.py [--only NAME] [--blind] [--seeds DIR]

One row per document (corpus/<plan>/<layout>), then the means over the whole corpus, over
the plans of our own writing (the seed variations are the seeds' layouts; our own plans are
the layouts other councils use), and over the stand-in set (documents/stand_in.py: plans in
layouts the importer was not built on) and over the second blind set's batches
(documents/blind.py, blind_b.py, blind_c.py and blind_d.py, written after the importer was
tuned on the first; each later batch landed unseen) and batch E (documents/seed_form.py: plans
in the held-back set's own form, the seeds' text and its renderings, the nearest we have to
it; --blind scores only the blind batches and E). With
--seeds, the seed documents themselves are scored too. A document refused by the importer
scores 0 and is listed as refused.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from cairn.imports.grid import UnreadableDocument  # noqa: E402
from cairn.imports.parse import parse_file  # noqa: E402
from cairn.imports.scoring import Score, format_score_table, score  # noqa: E402
from cairn.imports.tests.documents.blind_b_render import BLIND_B  # noqa: E402
from cairn.imports.tests.documents.blind_c_render import BLIND_C  # noqa: E402
from cairn.imports.tests.documents.blind_d_render import BLIND_D  # noqa: E402
from cairn.imports.tests.documents.blind_render import BLIND  # noqa: E402
from cairn.imports.tests.documents.seed_form import SECOND_WAVE, SEED_FORM  # noqa: E402
from cairn.imports.tests.documents.stand_in_render import STAND_IN  # noqa: E402

CORPUS = Path(__file__).resolve().parents[1] / "cairn/imports/tests/documents/corpus"


def documents(only: str | None, blind: bool = False) -> list[tuple[Path, Path]]:
    found = []
    for folder in sorted(CORPUS.iterdir()):
        if not folder.is_dir() or (only and only not in folder.name):
            continue
        if blind and folder.name not in {*BLIND, *BLIND_B, *BLIND_C, *BLIND_D, *SEED_FORM}:
            continue
        for path in sorted(folder.iterdir()):
            if path.name != "truth.json":
                found.append((path, folder / "truth.json"))
    return found


def seed_documents(seeds: Path) -> list[tuple[Path, Path]]:
    return [
        (path, seeds / "truth" / f"{path.stem}.json")
        for path in sorted(seeds.glob("*.txt"))
        if (seeds / "truth" / f"{path.stem}.json").is_file()
    ]


def refused(name: str, truth: dict) -> Score:
    empty = score({"themes": []}, truth, name)
    return Score(**{**empty.__dict__, "lead_f1": 0.0, "deadline_agreement": 0.0})


def mean(scores: list[Score], field: str) -> float:
    return sum(getattr(s, field) for s in scores) / len(scores) if scores else 0.0


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--only", help="only the corpus plans whose folder name has this")
    parser.add_argument("--blind", action="store_true", help="only the second blind set")
    parser.add_argument("--seeds", type=Path, help="also score the seeds in this folder")
    arguments = parser.parse_args()
    pairs = documents(arguments.only, arguments.blind)
    if arguments.seeds:
        pairs = seed_documents(arguments.seeds) + pairs
    scores: list[Score] = []
    refusals: list[str] = []
    started = time.perf_counter()
    for path, truth_path in pairs:
        name = f"{path.parent.name}/{path.name}"
        truth = json.loads(truth_path.read_text())
        try:
            scores.append(score(parse_file(path), truth, name))
        except UnreadableDocument as error:
            refusals.append(f"{name}: {error}")
            scores.append(refused(name, truth))
    print(format_score_table(scores))
    own = [s for s in scores if not s.name.startswith(("seed_", "seeds/"))]
    stand_in = [s for s in scores if s.name.split("/")[0] in STAND_IN]
    blind = [s for s in scores if s.name.split("/")[0] in BLIND]
    blind_b = [s for s in scores if s.name.split("/")[0] in BLIND_B]
    blind_c = [s for s in scores if s.name.split("/")[0] in BLIND_C]
    blind_d = [s for s in scores if s.name.split("/")[0] in BLIND_D]
    seed_form = [s for s in scores if s.name.split("/")[0] in SEED_FORM]
    second_wave = {name for module in SECOND_WAVE for name in module.PLANS}
    second = [s for s in scores if s.name.split("/")[0] in second_wave]
    groups = (
        ("mean, all", scores),
        ("mean, own plans", own),
        ("mean, stand-in", stand_in),
        ("mean, blind A", blind),
        ("mean, blind B", blind_b),
        ("mean, blind C", blind_c),
        ("mean, blind D", blind_d),
        ("mean, E (seeds' form)", seed_form),
        ("mean, E second wave", second),
    )
    for label, group in groups:
        if group:
            print(
                f"{label:<22} n={len(group):<3} F1 {mean(group, 'f1'):.3f}  "
                f"lead {mean(group, 'lead_f1'):.3f}  due {mean(group, 'deadline_agreement'):.3f}  "
                f"theme {mean(group, 'theme_f1'):.3f}  placement {mean(group, 'placement'):.3f}"
            )
    for refusal in refusals:
        print("refused:", refusal)
    print(f"{len(scores)} documents in {time.perf_counter() - started:.1f} s")


if __name__ == "__main__":
    main()
