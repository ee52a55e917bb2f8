"""The scorer: items, leads, deadlines, and structure (theme F1 and placement)."""

from __future__ import annotations

from cairn.imports.scoring import score


def plan(*themes: tuple[str, list[str]]) -> dict:
    return {
        "title": "Plan",
        "themes": [
            {
                "title": title,
                "objectives": [{"actions": [{"title": action, "leads": []} for action in actions]}],
            }
            for title, actions in themes
        ],
    }


TRUTH = plan(
    ("Prevention", ["Run a campaign", "Train staff"]),
    ("Support", ["Open a refuge", "Fund advocates", "Start a helpline"]),
)


def test_an_import_like_the_truth_scores_full_marks_on_structure():
    result = score(TRUTH, TRUTH)
    assert (result.theme_f1, result.placement) == (1.0, 1.0)


def test_themes_are_matched_by_title_allowing_small_differences():
    parsed = plan(
        ("PREVENTION", ["Run a campaign", "Train staff"]),
        ("Supports", ["Open a refuge", "Fund advocates", "Start a helpline"]),
    )
    assert score(parsed, TRUTH).theme_f1 == 1.0


def test_two_themes_run_together_lose_theme_f1_and_placement():
    parsed = plan(
        (
            "PREVENTIONSUPPORT",
            [
                "Run a campaign",
                "Train staff",
                "Open a refuge",
                "Fund advocates",
                "Start a helpline",
            ],
        )
    )
    result = score(parsed, TRUTH)
    assert result.f1 == 1.0
    assert result.theme_f1 == 0.0
    # 4 pairs share a theme in the truth, 10 in the import: precision 0.4, recall 1
    assert round(result.placement, 3) == round(2 * 0.4 / 1.4, 3)


def test_an_action_read_as_a_theme_costs_a_theme_and_splits_its_group():
    parsed = plan(
        ("Prevention", ["Run a campaign", "Train staff"]),
        ("Support", ["Open a refuge"]),
        ("Fund advocates", ["Start a helpline"]),
    )
    result = score(parsed, TRUTH)
    assert round(result.theme_f1, 3) == round(2 * (2 / 3) * 1 / (2 / 3 + 1), 3)
    # of the matched items, the truth pairs 2 (campaign-staff, refuge-helpline), the import
    # 1 (campaign-staff), rightly: precision 1, recall 0.5
    assert round(result.placement, 3) == round(2 * 1 * 0.5 / 1.5, 3)


def test_a_theme_whose_items_were_all_lost_still_counts_for_theme_f1_only():
    parsed = plan(("Prevention", ["Run a campaign", "Train staff"]))
    result = score(parsed, TRUTH)
    assert result.theme_f1 == 2 * 1 * 0.5 / 1.5
    assert result.placement == 1.0


def led(*actions: tuple[str, list[str], str | None]) -> dict:
    return {
        "title": "Plan",
        "themes": [
            {
                "title": "Support",
                "objectives": [
                    {
                        "actions": [
                            {"title": title, "leads": leads, "deadline_text": due}
                            for title, leads, due in actions
                        ]
                    }
                ],
            }
        ],
    }


LED_TRUTH = led(
    ("Open a refuge", ["Housing"], "March 2026"),
    ("Fund advocates", ["Public Health"], "Ongoing"),
)


def test_a_document_with_no_item_matched_scores_nothing_on_leads_deadlines_or_placement():
    """Read as something else entirely, it has got none of the truth's leads, dates or
    grouping right: 0, never the full marks that would lift the corpus means."""
    parsed = led(("Page 3 of 12", [], None), ("Printed 4 May", [], None))
    result = score(parsed, LED_TRUTH)
    assert (result.items_matched, result.f1) == (0, 0.0)
    assert (result.lead_f1, result.deadline_agreement, result.placement) == (0.0, 0.0, 0.0)


def test_a_plan_with_no_leads_or_deadlines_has_nothing_to_get_wrong():
    truth = led(("Open a refuge", [], None), ("Fund advocates", [], None))
    result = score(truth, truth)
    assert (result.lead_f1, result.deadline_agreement, result.placement) == (1.0, 1.0, 1.0)


def test_one_matched_action_with_its_lead_and_date_scores_them():
    parsed = led(("Open a refuge", ["Housing"], "March 2026"))
    result = score(parsed, LED_TRUTH)
    assert (result.lead_f1, result.deadline_agreement) == (1.0, 1.0)
    assert result.placement == 1.0  # one item shows no grouping to judge
