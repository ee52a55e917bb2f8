"""The preview fixes structure: an item made a theme (splitting its theme there), an item
moved to another theme, two themes merged; each keeps the tree valid."""

from __future__ import annotations

import pytest

from cairn.imports.corrections import CorrectionRefused, apply


def action(title: str, milestones: tuple[str, ...] = ()) -> dict:
    return {
        "ref": None,
        "title": title,
        "leads": [],
        "milestones": [{"title": m, "due_text": None, "lead": None} for m in milestones],
    }


def plan() -> dict:
    return {
        "title": "Plan",
        "themes": [
            {
                "ref": None,
                "title": "Prevention",
                "description": None,
                "objectives": [
                    {
                        "ref": None,
                        "title": None,
                        "actions": [
                            action("Run a campaign"),
                            action("Support", ("Fund advocates", "Open a refuge")),
                            action("Train staff"),
                        ],
                    },
                    {"ref": "2", "title": "Reach schools", "actions": [action("Run lessons")]},
                ],
            },
            {
                "ref": None,
                "title": "Justice",
                "description": None,
                "objectives": [{"ref": None, "title": None, "actions": [action("Fast-track")]}],
            },
        ],
    }


def shape(plan_json: dict) -> list[tuple[str, list[tuple[str | None, list[str]]]]]:
    return [
        (t["title"], [(o["title"], [a["title"] for a in o["actions"]]) for o in t["objectives"]])
        for t in plan_json["themes"]
    ]


def test_an_action_made_a_theme_takes_the_items_after_it_and_its_steps_become_actions():
    corrected = apply(plan(), "level", "t1.o1.a2", level="theme")
    assert shape(corrected) == [
        ("Prevention", [(None, ["Run a campaign"])]),
        (
            "Support",
            [
                (None, ["Fund advocates", "Open a refuge", "Train staff"]),
                ("Reach schools", ["Run lessons"]),
            ],
        ),
        ("Justice", [(None, ["Fast-track"])]),
    ]


def test_an_objective_made_a_theme_keeps_its_actions():
    corrected = apply(plan(), "level", "t1.o2", level="theme")
    assert shape(corrected)[1] == ("Reach schools", [(None, ["Run lessons"])])
    assert shape(corrected)[0][1] == [(None, ["Run a campaign", "Support", "Train staff"])]


def test_an_item_moves_to_another_theme():
    corrected = apply(plan(), "move", "t1.o1.a3", target="t2")
    assert shape(corrected)[1] == ("Justice", [(None, ["Fast-track", "Train staff"])])
    corrected = apply(plan(), "move", "t1.o2", target="t2")
    assert shape(corrected)[1][1][-1] == ("Reach schools", ["Run lessons"])


@pytest.mark.parametrize(
    ("item", "target"), [("t1.o1.a1", "t1"), ("t1.o1.a1", "t1.o2"), ("t2", "t1"), ("t9", "t1")]
)
def test_a_move_that_makes_no_sense_is_refused_and_changes_nothing(item, target):
    original = plan()
    with pytest.raises(CorrectionRefused):
        apply(original, "move", item, target=target)
    assert original == plan()


def test_two_themes_merge_into_one():
    corrected = apply(plan(), "merge", "t2")
    assert [t["title"] for t in corrected["themes"]] == ["Prevention Justice"]
    assert shape(corrected)[0][1][-1] == (None, ["Fast-track"])


def test_renaming_a_theme():
    corrected = apply(plan(), "title", "t2", title="Justice for all")
    assert corrected["themes"][1]["title"] == "Justice for all"
