"""Where the seed plans are: the folder named by the CAIRN_SEEDS_DIR setting.

The seeds (real plans, as text, with hand-made truths in `truth/`) live beside the project,
not in it. Tests that score against them are parametrised by `seed_params()`: when the folder
is absent they are skipped with a message saying so, except under CI=true, where a missing
folder fails the run.
"""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest
from django.conf import settings


def seeds_dir() -> Path:
    return Path(settings.SEEDS_DIR)


def seed_paths() -> list[Path]:
    return sorted(seeds_dir().glob("*.txt"))


def truth_of(seed: Path) -> dict:
    return json.loads((seed.parent / "truth" / f"{seed.stem}.json").read_text())


def missing_message() -> str:
    return (
        f"The seed plans were not found at {seeds_dir()}; set CAIRN_SEEDS_DIR to the folder "
        "that holds them (and their truth/) to run the tests that score the importer."
    )


def seed_params(extensions: tuple[str, ...] = (".txt",)) -> list:
    """One pytest parameter per seed and extension: (seed path, extension)."""
    seeds = seed_paths()
    if not seeds:
        if os.environ.get("CI") == "true":
            pytest.fail(missing_message(), pytrace=False)
        return [pytest.param(None, None, marks=pytest.mark.skip(reason=missing_message()))]
    return [
        pytest.param(seed, extension, id=f"{seed.stem}{extension}")
        for seed in seeds
        for extension in extensions
    ]


def seeds_present() -> bool:
    return bool(seed_paths())


needs_seeds = pytest.mark.skipif(
    not seeds_present() and os.environ.get("CI") != "true", reason=missing_message()
)
"""For tests that read a seed file by name: skipped when the seeds are absent (not under CI,
where the missing file fails the test)."""


def seed_file(name: str) -> Path:
    return seeds_dir() / name


def truth_by_name(name: str) -> dict:
    """A seed's truth by its file name; skips the test when the seeds are absent."""
    path = seeds_dir() / "truth" / name
    if not path.is_file() and os.environ.get("CI") != "true":
        pytest.skip(missing_message())
    return json.loads(path.read_text())
