"""Django's short comment, {# ... #}, is one line only: one that runs onto a second line is
not a comment at all, and the page prints it (the plan import's title field and the action
page showed theirs). Longer comments are {% comment %} blocks."""

from __future__ import annotations

from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def test_no_template_comment_runs_onto_a_second_line():
    unclosed = [
        f"{path.relative_to(ROOT)}:{number}"
        for path in sorted((ROOT / "cairn").rglob("*.html"))
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1)
        if "{#" in line and "#}" not in line[line.index("{#") :]
    ]
    assert unclosed == []
