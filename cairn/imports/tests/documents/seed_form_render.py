"""Write the Word, Excel and PDF renderings of batch E's plans from their `plan.txt`.

    .venv/bin/python -m cairn.imports.tests.documents.seed_form_render [FOLDER ...]

The renderings are made by the seeds' own renderer (`tests/renderings.py`), as the held-back
set's are made from its text, and committed, so the corpus tests only parse. With no folder
named, every plan of batch E is written.
"""

from __future__ import annotations

import sys
from pathlib import Path

from cairn.imports.tests import renderings
from cairn.imports.tests.documents.seed_form import SEED_FORM

CORPUS = Path(__file__).parent / "corpus"
EXTENSIONS = (".docx", ".xlsx", ".pdf")


def render_plan(folder: Path) -> list[Path]:
    text = folder / "plan.txt"
    return [renderings.render(text, folder, extension) for extension in EXTENSIONS]


def main(names: list[str]) -> None:
    for name in names or sorted(SEED_FORM):
        for path in render_plan(CORPUS / name):
            print(path.relative_to(CORPUS))


if __name__ == "__main__":
    main(sys.argv[1:])
