"""Time `parse_file` on a generated 100-page plan (about 600 actions) in each format.

    .venv/bin/python bench/bench_import.py [--actions 600] [--keep DIR]

The target is under 5 seconds per document on a 2-core machine. PDF is included when
LibreOffice is installed (it renders the Word version). "seconds" is wall-clock time for
`parse_file`; "cpu" is the processor time it used, which is what to compare when the
machine is busy with other work; "reading" is the reader's share of "seconds".
"""

from __future__ import annotations

import argparse
import csv
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

import django  # noqa: E402

if "DJANGO_SETTINGS_MODULE" in __import__("os").environ:
    django.setup()

from cairn.imports.parse import parse_file  # noqa: E402
from cairn.imports.readers import READERS  # noqa: E402
from cairn.imports.readers import csv as csv_reader  # noqa: E402
from cairn.imports.readers import docx as docx_reader  # noqa: E402
from cairn.imports.readers import pdf as pdf_reader  # noqa: E402
from cairn.imports.readers import xlsx as xlsx_reader  # noqa: E402
from cairn.imports.tests import renderings  # noqa: E402

HEADER = ["Objective", "Action", "Lead", "Deadline", "Progress"]
THEMES = ["Prevention", "Early intervention", "Support", "Justice", "Partnership", "Data"]
LEADS = ["Police", "Council DA provider", "NHS Trust", "Probation", "Housing", "CCG"]
DEADLINES = ["March 2016", "By 2016/17", "Ongoing", "End of year one", "Quarterly", "tbc"]


def plan_rows(actions: int) -> list[tuple[str, list[list[str]]]]:
    """Themes, each a table of objectives with their actions (blank objective cells below)."""
    per_theme = actions // len(THEMES)
    themes = []
    for number, theme in enumerate(THEMES, 1):
        rows = [HEADER]
        for index in range(per_theme):
            objective = (
                f"{number}.{index // 4 + 1} Improve the response to domestic abuse in "
                f"{theme.lower()} through coordinated multi-agency work"
                if index % 4 == 0
                else ""
            )
            rows.append(
                [
                    objective,
                    f"{number}.{index // 4 + 1}.{index % 4 + 1} Deliver training and review "
                    f"referral pathways for {theme.lower()} partners, item {index + 1}",
                    LEADS[index % len(LEADS)],
                    DEADLINES[index % len(DEADLINES)],
                    "Work has started; a first report went to the steering group in June. "
                    "Partners agreed the scope, named leads in each agency and set dates for "
                    "the next review; a second report is due to the board in the autumn.",
                ]
            )
        themes.append((f"Theme {number}: {theme}", rows))
    return themes


def write_text(path: Path, themes: list[tuple[str, list[list[str]]]], delimiter: str) -> Path:
    with path.open("w", encoding="utf-8", newline="") as file:
        if delimiter == ",":
            writer = csv.writer(file)
            for title, rows in themes:
                writer.writerow([title])
                writer.writerows(rows)
        else:
            file.write("Domestic Abuse Delivery Plan\n\n")
            for title, rows in themes:
                file.write(f"{title}\n\n")
                file.writelines("\t".join(row) + "\n" for row in rows)
                file.write("\n")
    return path


def seed_parts(themes: list[tuple[str, list[list[str]]]]) -> list:
    """The plan in the renderings' shapes, so Word and Excel are written the same way."""
    P, Run = renderings.Paragraph, renderings.Run
    parts: list = [renderings.Heading(P([Run("Domestic Abuse Delivery Plan", bold=True)]), 1)]
    for title, rows in themes:
        parts.append(renderings.Heading(P([Run(title, bold=True)]), 2))
        chunk = renderings.TableChunk(
            rows=[[[P([Run(text)])] if text else [] for text in row] for row in rows]
        )
        parts.append(renderings.Table(chunks=[chunk]))
    return parts


def documents(directory: Path, actions: int) -> dict[str, Path]:
    themes = plan_rows(actions)
    parts = seed_parts(themes)
    found = {
        ".txt": write_text(directory / "plan.txt", themes, "\t"),
        ".csv": write_text(directory / "plan.csv", themes, ","),
        ".docx": renderings.write_docx(directory / "plan.docx", parts),
        ".xlsx": renderings.write_xlsx(directory / "plan.xlsx", parts),
    }
    if renderings.libreoffice():
        found[".pdf"] = renderings.convert_to_pdf(found[".docx"], directory)
    return found


def pages(path: Path) -> str:
    if path.suffix != ".pdf":
        return "-"
    import pdfplumber

    with pdfplumber.open(path) as pdf:
        return str(len(pdf.pages))


def count_actions(plan: dict) -> int:
    return sum(
        len(objective["actions"]) for theme in plan["themes"] for objective in theme["objectives"]
    )


def timed(read, timings: dict[str, float]):  # noqa: ANN001, ANN201
    """`read`, noting how long it took in timings["reading"]."""

    def reader(path):  # noqa: ANN001, ANN202
        started = time.perf_counter()
        try:
            return read(path)
        finally:
            timings["reading"] = time.perf_counter() - started

    return reader


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--actions", type=int, default=600)
    parser.add_argument("--keep", type=Path, help="write the documents here and keep them")
    arguments = parser.parse_args()
    for extension, read in {
        ".docx": docx_reader.read,
        ".xlsx": xlsx_reader.read,
        ".csv": csv_reader.read,
        ".pdf": pdf_reader.read,
    }.items():
        READERS.setdefault(extension, read)  # until the registry lists every reader
    with tempfile.TemporaryDirectory() as temporary:
        directory = arguments.keep or Path(temporary)
        directory.mkdir(parents=True, exist_ok=True)
        print(f"{'format':<7} {'pages':>5} {'actions':>8} {'seconds':>8} {'cpu':>6} {'reading':>8}")
        for extension, path in documents(directory, arguments.actions).items():
            read, timings = READERS[extension], {}
            READERS[extension] = timed(read, timings)
            started, cpu_started = time.perf_counter(), time.process_time()
            try:
                plan = parse_file(path)
            finally:
                READERS[extension] = read
            seconds = time.perf_counter() - started
            cpu = time.process_time() - cpu_started
            reading = timings["reading"]
            print(
                f"{extension:<7} {pages(path):>5} {count_actions(plan):>8} {seconds:>8.2f} "
                f"{cpu:>6.2f} {reading:>8.2f}"
            )


if __name__ == "__main__":
    main()
