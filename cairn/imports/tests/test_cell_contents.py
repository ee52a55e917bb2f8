"""What is inside a plan's cells, and the headers over them, read the way the people who
write plans write them. Small plans of our own writing, parse-only (no database), one rule
each: a header in Welsh and English is read by either language.
"""

from __future__ import annotations

import pytest

from cairn.imports.interpret import interpret
from cairn.imports.readers.text import read_text


def actions_of(text: str) -> list[dict]:
    plan = interpret(read_text(text))
    return [a for t in plan["themes"] for o in t["objectives"] for a in o["actions"]]


def rows(header: str, *lines: str) -> str:
    return "\n".join([header, *lines]) + "\n"


# Headers in two languages


@pytest.mark.parametrize(
    "header",
    [
        "Cyf. / Ref\tCam gweithredu / Action\tArweinydd / Lead\tAmserlen / Timescale",
        "Cyf. Ref\tCam gweithredu Action\tArweinydd Lead\tAmserlen Timescale",
        "Ref / Cyf.\tAction / Cam gweithredu\tLead / Arweinydd\tTimescale / Amserlen",
    ],
)
def test_a_header_in_welsh_and_english_is_read_whichever_comes_first(header: str):
    action, _ = actions_of(
        rows(
            header, "1.1\tTrain housing staff\tHousing\tMarch 2026", "1.2\tAudit\tPolice\tMay 2026"
        )
    )

    assert action["title"] == "Train housing staff"
    assert action["leads"] == ["Housing"]
    assert action["deadline_text"] == "March 2026"
