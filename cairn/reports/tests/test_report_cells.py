"""The dashboard's tables of actions, written by `report_rows` (reports/templatetags/
report_cells.py), give the markup their template gave. No database."""

from __future__ import annotations

import datetime as dt

from django.template import Context, Template

from cairn.reports.data import ActionRow, StatusInfo

# The rows as `reports/_actions_table.html` wrote them before (with its status include).
TEMPLATE_ROWS = """{% for row in rows %}
    <tr class="govuk-table__row">
      <td class="govuk-table__cell">{{ row.ref }}</td>
      <td class="govuk-table__cell"><a class="govuk-link" href="{% url 'plans:action' row.pk %}">\
{{ row.title|truncatechars:160 }}</a>{% if row.carried %} <span class="cairn-meta">\
({{ row.carried }})</span>{% endif %}{% if row.progress_note and show_notes %}<p class="govuk-\
body-s cairn-meta govuk-!-margin-top-1 govuk-!-margin-bottom-0">{{ row.progress_note|\
truncatechars:300 }}</p>{% endif %}</td>
      <td class="govuk-table__cell">{{ row.leads|join:", "|default:"–" }}</td>
      <td class="govuk-table__cell">{{ row.deadline_text|default:"–" }}{% if row.due %}<br>\
<span class="cairn-meta">{{ row.due }}</span>{% endif %}</td>
      <td class="govuk-table__cell">{% include "reports/_status_tag.html" with \
status=row.status overdue=row.overdue %}</td>
    </tr>{% endfor %}"""


def row(pk: int, **given: object) -> ActionRow:
    fields: dict = {
        "pk": pk,
        "theme": "Theme",
        "objective": "",
        "ref": "1.1",
        "title": "Train <staff> & volunteers",
        "lead_agencies": ["Police & Crime"],
        "lead_people": ["Lee <Lead>"],
        "deadline_text": "Mar 2017",
        "deadline_end": dt.date(2017, 3, 31),
        "status": StatusInfo("At <risk>", "AR", "at_risk", "orange", 2),
        "overdue": False,
        "progress_note": "",
    }
    return ActionRow(**{**fields, **given})


def test_the_dashboards_action_rows_are_what_its_template_wrote():
    rows = [
        row(1, progress_note="Note <b>" + "long " * 80, carried="carried from 2025/26"),
        row(2, ref="", title="e\u0301" * 200, lead_agencies=[], lead_people=[], overdue=True),
        row(3, deadline_text="", due="next due 30 Nov 2026 (annually)"),
    ]
    for show_notes in (True, False):
        context = {"rows": rows, "show_notes": show_notes}
        written = Template("{% load report_cells %}{% report_rows rows show_notes %}").render(
            Context(context)
        )
        assert written == Template(TEMPLATE_ROWS).render(Context(context))
    assert "&lt;staff&gt;" in written and "Overdue" in written


def test_a_status_count_is_its_cell_or_an_empty_one():
    counts = Template("{% load report_cells %}{{ c|count_for:'On track' }}|{{ c|count_for:'X' }}")
    assert counts.render(Context({"c": {"On track": 3, "Off": 0}})) == "3|"
