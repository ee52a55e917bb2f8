"""No function over 60 lines outside migrations: a longer one is doing several things.

Tests and benchmarks count too: a long test is a walk that reads better as named steps (see
test_browser_reviews.py). Lines are counted from `def` to the last line of the body.
"""

from __future__ import annotations

import ast
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
LONGEST = 60


def long_functions() -> list[str]:
    found = []
    for folder in ("cairn", "bench", "scripts"):
        for path in sorted((ROOT / folder).rglob("*.py")):
            if "migrations" in path.parts:
                continue
            for node in ast.walk(ast.parse(path.read_text(), filename=str(path))):
                if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef):
                    length = (node.end_lineno or node.lineno) - node.lineno + 1
                    if length > LONGEST:
                        where = f"{path.relative_to(ROOT)}:{node.lineno}"
                        found.append(f"{where} {node.name} ({length})")
    return found


def test_no_function_is_longer_than_60_lines():
    assert long_functions() == []
