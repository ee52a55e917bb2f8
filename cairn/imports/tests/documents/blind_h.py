"""Batch E of the blind set, writer H (the session's second wave, written after the importer was
tuned on writers E, F and G): see `seed_form.py`.

Ten English and Welsh local plans in the held-back set's own form (tab-separated rows, `<b>`
and `<ul><li>` in cells, `###` headings, contents pages, keys, glossaries and sign-off tables
between tables, blank cells where a cell was merged, the header typed again after a page
break): a CSP domestic abuse board's delivery plan, two council VAWG action plans, a safe
accommodation strategy's action plan, a Welsh regional VAWDASV local delivery plan, a PCC's
VAWG delivery plan, a Welsh health board's plan, a district CSP plan, a county strategy's
year-one plan and a unitary council's plan; 2010-2026. 200 actions and 20 milestones in all.
Truths were written with the documents, before either was imported, and not changed after.

First sight, every rendering, with the importer of main at 2a83908 (the plans were written
against d99d801; 6ea9342, landed meanwhile without seeing them, already read the numbered
'1. Prevention' lines of the text as themes and the row after a repeated header right:
at d99d801 h_safe_accom_2022/plan.txt scored theme 0.00 place 0.30,
h_unitary_dasv_2024/plan.txt theme 0.00 place 0.41, h_health_board_2016/plan.txt F1 0.92,
and the mean theme 0.83 place 0.94):

    document                       truth parsed match     P     R    F1 leadF1   due theme place
    --------------------------------------------------------------------------------------------
    h_council_vawg_2019/plan.txt      19     19    19  1.00  1.00  1.00   1.00  1.00  1.00  1.00
    h_council_vawg_2019/plan.docx     19     19    19  1.00  1.00  1.00   1.00  1.00  1.00  1.00
    h_council_vawg_2019/plan.xlsx     19     19    19  1.00  1.00  1.00   1.00  1.00  1.00  1.00
    h_council_vawg_2019/plan.pdf      19     19    19  1.00  1.00  1.00   1.00  1.00  1.00  1.00
    h_county_da_2014/plan.txt         19     19    19  1.00  1.00  1.00   1.00  1.00  1.00  1.00
    h_county_da_2014/plan.docx        19     19    19  1.00  1.00  1.00   1.00  1.00  1.00  1.00
    h_county_da_2014/plan.xlsx        19     19    19  1.00  1.00  1.00   1.00  1.00  1.00  1.00
    h_county_da_2014/plan.pdf         19     19    19  1.00  1.00  1.00   1.00  1.00  1.00  1.00
    h_csp_dalpb_2021/plan.txt         24     24    24  1.00  1.00  1.00   1.00  1.00  1.00  1.00
    h_csp_dalpb_2021/plan.docx        24     24    24  1.00  1.00  1.00   1.00  1.00  1.00  1.00
    h_csp_dalpb_2021/plan.xlsx        24     24    24  1.00  1.00  1.00   1.00  1.00  1.00  1.00
    h_csp_dalpb_2021/plan.pdf         24     24    24  1.00  1.00  1.00   1.00  1.00  1.00  1.00
    h_district_csp_2012/plan.txt      29     29    29  1.00  1.00  1.00   1.00  1.00  1.00  1.00
    h_district_csp_2012/plan.docx     29     29    29  1.00  1.00  1.00   1.00  1.00  1.00  1.00
    h_district_csp_2012/plan.xlsx     29     29    29  1.00  1.00  1.00   1.00  1.00  1.00  1.00
    h_district_csp_2012/plan.pdf      29     29    29  1.00  1.00  1.00   1.00  1.00  1.00  1.00
    h_health_board_2016/plan.txt      20     20    20  1.00  1.00  1.00   1.00  1.00  1.00  1.00
    h_health_board_2016/plan.docx     20     20    20  1.00  1.00  1.00   1.00  1.00  1.00  1.00
    h_health_board_2016/plan.xlsx     20     20    20  1.00  1.00  1.00   1.00  1.00  1.00  1.00
    h_health_board_2016/plan.pdf      20     20    20  1.00  1.00  1.00   1.00  1.00  1.00  1.00
    h_london_vawg_2010/plan.txt       22     22    22  1.00  1.00  1.00   0.94  1.00  1.00  1.00
    h_london_vawg_2010/plan.docx      22     22    22  1.00  1.00  1.00   0.94  1.00  1.00  1.00
    h_london_vawg_2010/plan.xlsx      22     22    22  1.00  1.00  1.00   0.94  1.00  1.00  1.00
    h_london_vawg_2010/plan.pdf       22     22    22  1.00  1.00  1.00   0.94  1.00  1.00  1.00
    h_pcc_plan_2023/plan.txt          18     18    18  1.00  1.00  1.00   0.93  1.00  0.00  0.72
    h_pcc_plan_2023/plan.docx         18     18    18  1.00  1.00  1.00   0.93  1.00  0.00  0.72
    h_pcc_plan_2023/plan.xlsx         18     18    18  1.00  1.00  1.00   0.93  1.00  0.00  0.72
    h_pcc_plan_2023/plan.pdf          18     18    18  1.00  1.00  1.00   0.93  1.00  0.00  0.72
    h_safe_accom_2022/plan.txt        22     22    22  1.00  1.00  1.00   0.85  1.00  1.00  1.00
    h_safe_accom_2022/plan.docx       22     22    22  1.00  1.00  1.00   0.85  1.00  0.80  1.00
    h_safe_accom_2022/plan.xlsx       22     22    22  1.00  1.00  1.00   0.85  1.00  0.80  1.00
    h_safe_accom_2022/plan.pdf        22     22    22  1.00  1.00  1.00   0.85  1.00  0.80  1.00
    h_unitary_dasv_2024/plan.txt      28     28    28  1.00  1.00  1.00   1.00  1.00  1.00  1.00
    h_unitary_dasv_2024/plan.docx     28     28    28  1.00  1.00  1.00   1.00  1.00  1.00  1.00
    h_unitary_dasv_2024/plan.xlsx     28     28    28  1.00  1.00  1.00   1.00  1.00  1.00  1.00
    h_unitary_dasv_2024/plan.pdf      28     28    28  1.00  1.00  1.00   1.00  1.00  1.00  1.00
    h_wales_vawdasv_2018/plan.txt     19     19    19  1.00  1.00  1.00   1.00  1.00  1.00  1.00
    h_wales_vawdasv_2018/plan.docx    19     19    19  1.00  1.00  1.00   1.00  1.00  1.00  1.00
    h_wales_vawdasv_2018/plan.xlsx    19     19    19  1.00  1.00  1.00   1.00  1.00  1.00  1.00
    h_wales_vawdasv_2018/plan.pdf     19     19    19  1.00  1.00  1.00   1.00  1.00  1.00  1.00
    --------------------------------------------------------------------------------------------
    mean (40 documents)                                1.00  1.00  1.00   0.97  1.00  0.89  0.97
"""

from __future__ import annotations

# Folders of corpus/ this writer wrote: each holds plan.txt (the seeds' form) and truth.json.
PLANS: set[str] = {
    # A CSP's Domestic Abuse Local Partnership Board delivery plan (2021-24): a contents page,
    # "### Priority N: ..." headings with a sentence under each, Ref/Action/Lead/Partners/
    # Timescale/RAG/Progress columns, one-letter RAG with a key table, leads joined by " / ",
    # partners by commas, the header typed again after a page break, a glossary.
    "h_csp_dalpb_2021",
    # A borough council's VAWG strategy action plan (2019-22): no refs, bold "Priority N: ..."
    # rows across one table, "What we will do / Who / By when / How we will measure success",
    # several leads as a `<ul><li>` list in the Who cell, the header repeated mid-table.
    "h_council_vawg_2019",
    # A safe accommodation strategy's action plan (Part 4 of the DA Act 2021): "1. Name" lines
    # between tables, each objective only in the first row of a merged Objective column,
    # leads joined by "and", dates as 31/03/2023, Complete / On track / Delayed statuses.
    "h_safe_accom_2022",
    # A Welsh regional VAWDASV local delivery plan (2018-21): the six national objectives as
    # "Objective N: ..." rows across the table, a Welsh title line, timescales "Year 1",
    # "Years 1-3", a performance measure column, and an unsigned sign-off block.
    "h_wales_vawdasv_2018",
    # A PCC's VAWG delivery plan (2023-25): bold "Pillar N – ..." rows and bold "Commitment N:"
    # objective rows in one table, "No. / We will / Lead / Delivery date / Update" columns,
    # "OPCC and Police" leads, quarters "Q3 2023/24", a glossary table.
    "h_pcc_plan_2023",
    # A Welsh health board's domestic abuse and sexual violence plan (2016-18): a contents page
    # and RAG key, "### Section N: ..." headings, "Standard N: ..." objectives in a merged first
    # column, lead officers as job titles (two joined by " / "), an Evidence column.
    "h_health_board_2016",
    # A district CSP's yearly plan (2012-13): theme names in spaced capitals down a merged
    # first column, numbered objectives in a merged second column, "1.1 ..." actions with the
    # number in the cell, milestones "Draft agreed - Jul 2012 ..." run together in one cell.
    "h_district_csp_2012",
    # A unitary council's DA and sexual violence action plan (2024-26): "1. Prevention" lines
    # between tables, owners as "Name, Team" (people with their agency), a Support from
    # column, milestones as a `<ul><li>` list with dates in brackets, a sign-off table of names.
    "h_unitary_dasv_2024",
    # A county strategy's year-one action plan (2014-15): the theme named in the first cell of
    # each table's header ("Theme 1 – Prevention ... / Lead / Target date / Progress / RAG"),
    # refs "P1." in the action cell, leads joined by "/", RAG words leading progress notes,
    # a membership table that is not actions.
    "h_county_da_2014",
    # A London borough's VAWG action plan (2010-13): bold "Section N – Prevent" lines between
    # tables, outcomes in a merged first column, a Resources column of costs, leads joined by
    # "and" next to "Drug and Alcohol Action Team", an abbreviations paragraph.
    "h_london_vawg_2010",
}
RENDERINGS = ("plan.txt", "plan.docx", "plan.xlsx", "plan.pdf")

# How the importer fell short at first sight, as seen in what it read: one reason per plan
# that fell short the same way in every rendering, then the documents that fell short in a
# way of their own. Every entry is a strict xfail in test_corpus.
_EVERY_RENDERING: dict[str, str] = {
    "h_pcc_plan_2023": "the bold 'Pillar N – ...' rows are dropped and each bold 'Commitment "
    "N: ...' row below them is read as a theme: six themes for the document's four, none "
    "matching (theme F1 0, placement 0.72)",
}
SHORTFALLS: dict[str, str] = {
    f"{plan}/{rendering}": reason
    for plan, reason in _EVERY_RENDERING.items()
    for rendering in RENDERINGS
}
# Where the objectives read are not the document's own (the objective test compares them
# theme by theme, so a theme too many or too few counts too).
_HEALTH_BOARD_OBJECTIVES = (
    "the merged 'Standard N: ...' first column is read as each action's progress note, not as "
    "its objective: no objectives are read"
)
OBJECTIVE_SHORTFALLS: dict[str, str] = {
    **{f"h_health_board_2016/{rendering}": _HEALTH_BOARD_OBJECTIVES for rendering in RENDERINGS},
    **{
        f"h_pcc_plan_2023/{rendering}": "the 'Commitment N: ...' objective rows are read as "
        "themes, so no theme has objectives"
        for rendering in RENDERINGS
    },
}
