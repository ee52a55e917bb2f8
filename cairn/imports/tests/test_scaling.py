"""The importer's work grows in proportion to the plan, counted in function calls (not
seconds, which depend on the machine and whatever else it is running).

A page's own work may grow faster with its rows (pdfplumber's table finder does), but a
page holds only so many; what must stay in proportion is the work across pages."""

from __future__ import annotations

import sys
from collections.abc import Callable
from typing import TypeVar

from cairn.imports.grid import Block, Cell, Row
from cairn.imports.interpret import interpret
from cairn.imports.readers import pdf as pdf_reader
from cairn.imports.readers.text import read_text

T = TypeVar("T")
THEMES = ["Prevention", "Early intervention", "Support", "Justice", "Partnership", "Data"]
LEADS = ["Police", "Council DA provider", "NHS Trust", "Probation", "Housing", "CCG"]
DEADLINES = ["March 2016", "By 2016/17", "Ongoing", "End of year one", "Quarterly", "tbc"]


def plan_text(actions: int) -> str:
    """A plan in six themes, each a table of objectives with four actions apiece."""
    lines = ["Domestic Abuse Delivery Plan", ""]
    for theme, name in enumerate(THEMES, 1):
        lines += [f"Theme {theme}: {name}", "", "Objective\tAction\tLead\tDeadline"]
        for index in range(actions // 6):
            ref = f"{theme}.{index // 4 + 1}"
            objective = (
                f"{ref} Improve the response in area {index // 4 + 1}" if index % 4 == 0 else ""
            )
            action = f"{ref}.{index % 4 + 1} Deliver training and review pathways, item {index}"
            lead, deadline = LEADS[index % 6], DEADLINES[index % 6]
            lines.append(f"{objective}\t{action}\t{lead}\t{deadline}")
        lines.append("")
    return "\n".join(lines)


def test_the_generated_plan_imports_whole() -> None:
    plan = interpret(read_text(plan_text(120)))

    assert [theme["title"] for theme in plan["themes"]] == THEMES
    actions = [a for theme in plan["themes"] for o in theme["objectives"] for a in o["actions"]]
    assert len(actions) == 120


def count_calls[T](work: Callable[[], T]) -> tuple[int, T]:
    """How many Python function calls `work()` makes, and what it returns."""
    calls = 0

    def count(frame, event: str, arg) -> None:  # noqa: ANN001
        nonlocal calls
        if event == "call":
            calls += 1

    previous = sys.getprofile()
    sys.setprofile(count)
    try:
        result = work()
    finally:
        sys.setprofile(previous)
    return calls, result


def calls_to_import(text: str) -> int:
    """Python function calls made reading and interpreting `text`."""
    return count_calls(lambda: interpret(read_text(text)))[0]


def test_a_plan_twice_as_long_takes_about_twice_the_work() -> None:
    small, large = plan_text(120), plan_text(240)
    calls_to_import(large)  # warm any caches, so both counts below are measured warm

    ratio = calls_to_import(large) / calls_to_import(small)

    assert ratio < 2.6, f"twice the plan took {ratio:.2f} times the calls"


def pdf_pages(count: int) -> list[pdf_reader.PageBlocks]:
    """Pages of one long table that does not repeat its header, as the PDF reader sees
    them: each page's table continues the last because it has as many columns."""

    def row(*texts: str) -> Row:
        return Row(cells=[Cell(text=text) for text in texts])

    return [
        pdf_reader.PageBlocks(
            blocks=[Block(rows=[row(f"Action {page}.{n}", "Police", "2016") for n in range(20)])],
            has_text=True,
        )
        for page in range(count)
    ]


def calls_to_join(pages: list[pdf_reader.PageBlocks]) -> int:
    calls, blocks = count_calls(lambda: pdf_reader.join_pages(pages))
    assert len(blocks) == 1
    return calls


def test_pdf_pages_twice_as_many_take_about_twice_the_work_to_join() -> None:
    ratio = calls_to_join(pdf_pages(200)) / calls_to_join(pdf_pages(100))

    assert ratio < 2.6, f"twice the pages took {ratio:.2f} times the calls"
