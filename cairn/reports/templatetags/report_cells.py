"""The dashboard's tables of actions (exceptions, overdue), their rows written in Python.

As a template, each row reversed a URL and included the status tag's template: most of an
uncached dashboard's time for a plan with a few hundred exceptions. The markup is the same.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING

from django import template
from django.utils.safestring import SafeString, mark_safe

from cairn.plans.templatetags.plan_cells import esc, truncated
from cairn.plans.templatetags.plan_links import PLACEHOLDER, link

if TYPE_CHECKING:
    from cairn.reports.data import ActionRow

register = template.Library()

ROW = """
    <tr class="govuk-table__row">
      <td class="govuk-table__cell">{ref}</td>
      <td class="govuk-table__cell"><a class="govuk-link" href="{href}">{title}</a>{more}</td>
      <td class="govuk-table__cell">{leads}</td>
      <td class="govuk-table__cell">{deadline}</td>
      <td class="govuk-table__cell">{status}
</td>
    </tr>"""
NOTE = '<p class="govuk-body-s cairn-meta govuk-!-margin-top-1 govuk-!-margin-bottom-0">{}</p>'


@register.simple_tag
def report_rows(rows: Iterable[ActionRow], show_notes: bool = False) -> SafeString:
    """Each action: ref, title linked (with where it was carried from and, with
    `show_notes`, its progress note), leads, deadline and what is due, status."""
    action_link = link("plans:action")
    written = []
    for row in rows:
        more = f' <span class="cairn-meta">({esc(row.carried)})</span>' if row.carried else ""
        if row.progress_note and show_notes:
            more += NOTE.format(esc(truncated(row.progress_note, 300)))
        when = esc(row.deadline_text or "–")
        if row.due:
            when += f'<br><span class="cairn-meta">{esc(row.due)}</span>'
        status = (
            f'<strong class="govuk-tag govuk-tag--{esc(row.status.colour)}">'
            f"{esc(row.status.label)}</strong>"
        )
        if row.overdue:
            status += ' <span class="cairn-overdue">Overdue</span>'
        written.append(
            ROW.format(
                ref=esc(row.ref),
                href=esc(action_link.replace(PLACEHOLDER, str(row.pk))),
                title=esc(truncated(row.title, 160)),
                more=more,
                leads=", ".join(esc(lead) for lead in row.leads) or "–",
                deadline=when,
                status=status,
            )
        )
    return mark_safe("".join(written))


@register.filter
def count_for(counts: dict[str, int], label: str) -> int | str:
    """`counts[label]`, or nothing when no action has that status (an empty cell)."""
    return counts.get(label, "")
