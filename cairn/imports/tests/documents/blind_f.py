"""Batch E of the blind set, writer F: national and devolved governments and public bodies.

Plans in the held-back set's own form (see `seed_form.py`), modelled on what Scottish, Welsh,
Northern Irish and Irish government plans, local VAW partnerships' and regional boards'
plans look like; places, wording and people are invented. Written without reading the
importer; each plan's truth was written before its first import and not changed after.

First sight (item F1 / lead F1 / deadline agreement / theme F1 / placement), the same in
.txt, .docx, .xlsx and .pdf unless a row says otherwise:

    f_equally_safe_local        0.94  1.00  1.00  0.89  1.00
    f_wales_regional_board      0.91  0.97  1.00  0.92  1.00
    f_ni_strategy_action_plan   0.94  1.00  1.00  1.00  1.00
    f_ireland_implementation    0.85  1.00  1.00  0.89  1.00
    mean (16 documents)         0.91  0.99  1.00  0.93  1.00
"""

from __future__ import annotations

FILES = ("plan.txt", "plan.docx", "plan.xlsx", "plan.pdf")

# Folders of corpus/ this writer wrote: each holds plan.txt (the seeds' form) and truth.json.
PLANS: set[str] = {
    # A Scottish local Violence Against Women Partnership's Equally Safe improvement plan: a
    # contents page, a RAG key table, the four Equally Safe priorities as "Priority 1: ..."
    # section rows across the table, RAG and a progress note per action, one row split over
    # a page break (its action and progress run on under the repeated header), and a sign-off
    # table ("Approved by / Date") after the plan.
    "f_equally_safe_local",
    # A Welsh regional VAWDASV board's delivery plan: the National Strategy's six objectives
    # as ### headings with a paragraph under some, a small five-column table under each
    # ("No. / Activity / Lead Partner(s) / Timescale / Measure of success"), several leads as
    # a <ul> list, "Year 2"/"Years 1-3" timescales, a footnote mark in an action, and a
    # glossary table at the end.
    "f_wales_regional_board",
    # A Northern Ireland departmental strategy action plan: pillars as plain headings with an
    # "Outcome:" line, a "Strategic Outcome" first column merged down over its actions (the
    # objective level), lead departments as acronyms, delivery partners, financial-year
    # timeframes; one merged outcome's text runs down into the next row's cell, as text
    # extracted from a merged cell does.
    "f_ni_strategy_action_plan",
    # An Irish national strategy's annual implementation plan: pillars as plain headings, bold
    # "Objective 1.1: ..." rows across the table, actions numbered continuously over the plan
    # (carried-over ones marked "4*"), lead and partner bodies, timelines by quarter
    # ("Q2 2025 – Q4 2026"), an abbreviations table at the end.
    "f_ireland_implementation",
}


def _every_file(reasons: dict[str, str]) -> dict[str, str]:
    """The same reason for each rendering of a plan (they all read the same at first sight)."""
    return {f"{plan}/{name}": reason for plan, reason in reasons.items() for name in FILES}


# "<folder>/<file>": how the importer fell short at first sight (strict xfails in test_corpus).
SHORTFALLS: dict[str, str] = _every_file(
    {
        "f_equally_safe_local": "the sign-off table after the plan ('Approved by / Date') is"
        " read as three actions under a theme 'Governance and Reporting' made from the prose"
        " heading above it",
        "f_wales_regional_board": "the glossary table at the end is read as five actions under a"
        " theme 'Glossary'; 'Local Authority Democratic Services' split into two leads",
        "f_ni_strategy_action_plan": "where the merged 'Strategic Outcome' cell's text runs on"
        " into the next row, the two rows (SU1, SU2) are read as one action",
        "f_ireland_implementation": "the abbreviations table at the end is read as eleven"
        " actions under a theme 'Abbreviations'",
    }
)
OBJECTIVE_SHORTFALLS: dict[str, str] = _every_file(
    {
        "f_equally_safe_local": "an extra theme from the sign-off table (no objectives in either)",
        "f_wales_regional_board": "an extra theme from the glossary (no objectives in either)",
        "f_ni_strategy_action_plan": "the merged 'Strategic Outcome' column is not read as the"
        " objectives over its actions: none are found",
        "f_ireland_implementation": "an extra theme from the abbreviations table; the"
        " 'Objective 1.1: ...' rows themselves are read as the document has them",
    }
)
