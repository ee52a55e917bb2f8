"""Batch E of the blind set, writer E: English local partnerships' plans in the seeds' form.

Plans of the kind most common in the held-back set: district Community Safety Partnerships,
Domestic Abuse Local Partnership Boards (safe accommodation action plans), county, unitary and
district councils, London boroughs and Police and Crime Commissioners, from 2009 to 2025.
Written without reading the importer; see `seed_form.py`.

First sight (bench/score_corpus.py, when they landed):

    document                     truth parsed match     P     R    F1 leadF1   due theme place
    e_district_csp_2009/plan.doc    24     30    24  0.80  1.00  0.89   1.00  1.00  0.89  1.00
    e_district_csp_2009/plan.pdf    24     30    24  0.80  1.00  0.89   1.00  1.00  0.89  1.00
    e_district_csp_2009/plan.txt    24     30    24  0.80  1.00  0.89   1.00  1.00  0.89  1.00
    e_district_csp_2009/plan.xls    24     30    24  0.80  1.00  0.89   1.00  1.00  0.89  1.00
    e_safe_accom_2022/plan.docx     32     37    31  0.84  0.97  0.90   1.00  1.00  0.86  0.93
    e_safe_accom_2022/plan.pdf      32     37    31  0.84  0.97  0.90   1.00  1.00  0.86  0.93
    e_safe_accom_2022/plan.txt      32     37    31  0.84  0.97  0.90   1.00  1.00  0.86  0.93
    e_safe_accom_2022/plan.xlsx     32     37    31  0.84  0.97  0.90   1.00  1.00  0.86  0.93
    e_london_vawg_2018/plan.docx    32     32    32  1.00  1.00  1.00   0.80  1.00  1.00  1.00
    e_london_vawg_2018/plan.pdf     32     32    32  1.00  1.00  1.00   0.80  1.00  1.00  1.00
    e_london_vawg_2018/plan.txt     32     32    32  1.00  1.00  1.00   0.80  1.00  0.00  0.40
    e_london_vawg_2018/plan.xlsx    32     32    32  1.00  1.00  1.00   0.80  1.00  1.00  1.00
    e_pcc_vawg_2023/plan.docx       28     28    28  1.00  1.00  1.00   0.74  1.00  0.89  1.00
    e_pcc_vawg_2023/plan.pdf        28     28    28  1.00  1.00  1.00   0.74  1.00  0.89  1.00
    e_pcc_vawg_2023/plan.txt        28     28    28  1.00  1.00  1.00   0.74  1.00  0.89  1.00
    e_pcc_vawg_2023/plan.xlsx       28     28    28  1.00  1.00  1.00   0.74  1.00  0.89  1.00
    mean (16 documents)                                      F1 0.948  lead 0.885  due 1.000
                                                             theme 0.848  placement 0.945
"""

from __future__ import annotations

# Folders of corpus/ this writer wrote: each holds plan.txt (the seeds' form) and truth.json.
PLANS: set[str] = {
    # A district CSP's domestic abuse action plan (2009/10): a contents page with tab-separated
    # page numbers, "Priority 1: ..." headings between tables with an "Objective:" line (the
    # theme's description), Ref/Action/Lead Agency/Partners/Target Date/Progress, the header
    # typed again after each page break, a footnote mark in an action, a glossary table last.
    "e_district_csp_2009",
    # A unitary council's safe accommodation strategy action plan (DALPB, Domestic Abuse Act
    # 2021): a RAG key table above the plan, one table whose priorities are section rows, the
    # question headers "What we will do / Who will lead / By when / How we will know", leads
    # joined by "/", an action's text cut by a page break and carried on under the repeated
    # header, a glossary table last.
    "e_safe_accom_2022",
    # A London borough's VAWG strategy delivery plan (MOPAC era): no refs, the theme and the
    # objective both merged down the first two columns (written once, blank below, also across
    # page breaks), partners as bullet lists, performance measures.
    "e_london_vawg_2018",
    # A PCC's VAWG delivery plan: "### 1. Prevention and education" section headings with a
    # line of prose, a table per section with a commitment merged down over its actions,
    # owners as agencies, roles, "X and Y", and named officers with their force, RAG colours
    # (Blue = complete) with a RAG key table, the latest quarter's update.
    "e_pcc_vawg_2023",
}
# "<folder>/<file>": how the importer fell short at first sight (strict xfails in test_corpus).
GLOSSARY = "the glossary table after the plan read as a theme 'Glossary'"
CSP_2009 = GLOSSARY + " of six actions (its abbreviations' meanings)"
SAFE_ACCOMMODATION = (
    "an action cut by a page break: its second half ('between council areas safely ...') made"
    " a theme of its own and the first half an action; " + CSP_2009
)
HALLAM_GREEN = (
    "leads named after the borough split in two ('Hallam Green Women's Centre' read as"
    " 'Hallam Green' and 'Women's Centre')"
)
PCC = "leads joined by 'and' ('OPCC and local authorities') kept as one lead; " + GLOSSARY
SHORTFALLS: dict[str, str] = {
    **{f"e_district_csp_2009/plan.{ext}": CSP_2009 for ext in ("txt", "docx", "xlsx", "pdf")},
    **{
        f"e_safe_accom_2022/plan.{ext}": SAFE_ACCOMMODATION
        for ext in ("txt", "docx", "xlsx", "pdf")
    },
    **{f"e_london_vawg_2018/plan.{ext}": HALLAM_GREEN for ext in ("docx", "xlsx", "pdf")},
    "e_london_vawg_2018/plan.txt": HALLAM_GREEN + "; in the text, the theme and objective"
    " columns (merged down) read as one theme per objective, the theme's name joined to its"
    " first objective's",
    **{f"e_pcc_vawg_2023/plan.{ext}": PCC for ext in ("txt", "docx", "xlsx", "pdf")},
}
OBJECTIVE_SHORTFALLS: dict[str, str] = {
    **{f"e_district_csp_2009/plan.{ext}": GLOSSARY for ext in ("txt", "docx", "xlsx", "pdf")},
    **{
        f"e_safe_accom_2022/plan.{ext}": SAFE_ACCOMMODATION
        for ext in ("txt", "docx", "xlsx", "pdf")
    },
    "e_london_vawg_2018/plan.txt": SHORTFALLS["e_london_vawg_2018/plan.txt"],
    **{f"e_pcc_vawg_2023/plan.{ext}": GLOSSARY for ext in ("txt", "docx", "xlsx", "pdf")},
}
