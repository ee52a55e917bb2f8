"""The blind set's batch E: plans in the held-back set's own form.

The held-back set we are judged on is real plans from other councils and governments as text
extracted from the published document (the seeds' form: tab-separated table rows with `<b>`
and `<ul><li>` fragments, blank cells where a cell was merged, headings and prose between
tables), and the Word, Excel and PDF renderings of that text. Batches A-D were written in
layouts of their own and rendered by their own writers; batch E is written in that form and
rendered by the seeds' renderer (`tests/renderings.py`), so it is the nearest measure we have.

Writers who never read the importer each own one module: `blind_e.py`, `blind_f.py` and
`blind_g.py` (the first wave), then `blind_h.py` and `blind_i.py` (a second wave, written after
the importer had been tuned on the first, so that its first sight is again unseen). Each
module names its plans (`PLANS`: folders of `corpus/` holding `plan.txt` and `truth.json`) and
says where the importer fell short when they landed (`SHORTFALLS`, `OBJECTIVE_SHORTFALLS`,
keyed "<folder>/<file>"). `seed_form_render.py` writes each plan's .docx, .xlsx and .pdf from
its `plan.txt`.
"""

from __future__ import annotations

from cairn.imports.tests.documents import blind_e, blind_f, blind_g, blind_h, blind_i

MODULES = (blind_e, blind_f, blind_g, blind_h, blind_i)
SECOND_WAVE = (blind_h, blind_i)
"""Written after the importer was tuned on the first wave: their first sight is unseen."""
SEED_FORM: set[str] = set().union(*(module.PLANS for module in MODULES))
SHORTFALLS: dict[str, str] = {}
OBJECTIVE_SHORTFALLS: dict[str, str] = {}
for _module in MODULES:
    SHORTFALLS |= _module.SHORTFALLS
    OBJECTIVE_SHORTFALLS |= _module.OBJECTIVE_SHORTFALLS
