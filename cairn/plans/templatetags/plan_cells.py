"""A deadline and a status as HTML, written in Python.

My actions, the round page and the lead's update list show these in every row. As template
includes they cost more than the rest of the page together (an {% include %} builds a new
context and renders a template for each cell: 400 of them on a lead's My actions), so each
is one tag here, giving the same markup the includes gave:

    {% load plan_cells %}{% deadline action overdue %} {% status_tag action.status %}
"""

from __future__ import annotations

import datetime as dt
import html
import unicodedata
from collections.abc import Iterable
from typing import TYPE_CHECKING, Protocol

from django import template
from django.utils import timezone
from django.utils.safestring import SafeString, mark_safe
from django.utils.text import Truncator

from cairn.plans.deadlines import Deadline
from cairn.plans.templatetags.plan_links import PLACEHOLDER

if TYPE_CHECKING:
    from cairn.plans.tree import ActionNode

register = template.Library()

NO_STATUS = mark_safe('<strong class="govuk-tag govuk-tag--grey">No status yet</strong>')


class HasDeadline(Protocol):
    deadline_text: str
    deadline_kind: str
    deadline_end: dt.date | None
    deadline_warning: str

    def due_note(self, on: dt.date) -> str: ...

    def overdue_since(self, on: dt.date) -> dt.date | None: ...


class Coloured(Protocol):
    colour: str
    label: str


@register.simple_tag
def status_tag(status: Coloured | None) -> SafeString:
    """A status as text on its colour; no status is "No status yet" in grey."""
    if not status:
        return NO_STATUS
    return mark_safe(
        f'<strong class="govuk-tag govuk-tag--{esc(status.colour)}">{esc(status.label)}</strong>'
    )


@register.simple_tag
def deadline(item: HasDeadline, overdue: bool = False) -> SafeString:
    """A deadline as written, then what Cairn understood of it: overdue (in words, with
    since when), a date still to set or to check, the next due date of a recurring one, or
    the date it is due."""
    return mark_safe(deadline_html(item, overdue, timezone.localdate()))


def deadline_html(item: HasDeadline, overdue: bool, today: dt.date) -> str:
    """`deadline`'s markup, escaped, for `today`: a list of rows asks the time zone for
    today once, not in every row."""
    written = (
        esc(item.deadline_text)
        if item.deadline_text
        else '<span class="cairn-flag">No deadline set</span>'
    )
    return written + _understood(item, overdue, today)


def _understood(item: HasDeadline, overdue: bool, today: dt.date) -> str:
    """The part after the deadline as written, escaped."""
    kind = item.deadline_kind
    if overdue:
        since = item.overdue_since(today)
        note = (
            f'<br><span class="cairn-meta">{esc(item.due_note(today))}</span>'
            if kind == Deadline.Kind.RECURRING
            else ""
        )
        when = f" since {day(since)}" if since else ""
        return f'<br><span class="cairn-overdue">Overdue{when}</span>{note}'
    if kind == Deadline.Kind.NOT_SET:
        return '<br><span class="cairn-flag">Date still to be set</span>'
    if kind == Deadline.Kind.UNPARSED:
        warning = f": {esc(item.deadline_warning)}" if item.deadline_warning else ""
        return f'<br><span class="cairn-flag">Check this date{warning}</span>'
    due_note = item.due_note(today)
    return f'<br><span class="cairn-meta">{esc(due_note)}</span>' if due_note else ""


MY_ACTION_ROW = """
  <tr class="govuk-table__row">
    <td class="govuk-table__cell"><a class="govuk-link" href="{href}">{ref}{title}</a></td>
    <td class="govuk-table__cell" data-label="Plan">{plan}</td>
    <td class="govuk-table__cell" data-label="Deadline">{deadline}</td>
    <td class="govuk-table__cell" data-label="Status">{status}</td>
  </tr>
  """


@register.simple_tag
def my_action_rows(rows: list, action_link: str) -> SafeString:
    """My actions' table rows, one per (action, overdue), written here rather than by a
    template loop (a hundred rows of six lookups each): the markup the loop gave."""
    today = timezone.localdate()
    return mark_safe(
        "".join(
            MY_ACTION_ROW.format(
                href=action_link.replace(PLACEHOLDER, str(action.pk)),
                ref=f"{esc(action.ref)} " if action.ref else "",
                title=esc(truncated(action.title, 160)),
                plan=esc(action.plan_title),
                deadline=deadline_html(action, overdue, today),
                status=status_tag(action.status),
            )
            for action, overdue in rows
        )
    )


LEAD_HAS_LEFT = ' <strong class="govuk-tag govuk-tag--orange">Lead has left</strong>'


@register.simple_tag
def action_rows(nodes: Iterable[ActionNode], action_link: str) -> SafeString:
    """The plan page's table rows, one per action: ref, title linked (`action_link` from
    `links()`), leads, deadline with what is due, status. Written here rather than by the
    template engine, whose per-variable lookups were most of a plan page's time."""
    return mark_safe("".join(_action_row(node, action_link) for node in nodes))


def _action_row(node: ActionNode, action_link: str) -> str:
    a = node.action
    href = esc(action_link.replace(PLACEHOLDER, str(a.pk)))
    leads = esc(node.leads_text or "–") + (LEAD_HAS_LEFT if node.departed_leads else "")
    when = esc(a.deadline_text or "No deadline set")
    if node.due_note:
        when += f'<br><span class="{esc(node.due_class)}">{esc(node.due_note)}</span>'
    return (
        f'<tr><td>{esc(a.ref)}</td><td><a href="{href}">{esc(truncated(a.title, 160))}</a>'
        f"</td><td>{leads}</td><td>{when}</td><td>{status_tag(a.status)}</td></tr>\n"
    )


def esc(text: object) -> str:
    """Django's `escape` (the same characters, and any value as its text, as a lazy
    translation), without the cost of its lazy-string wrapper."""
    return html.escape(str(text))


def truncated(text: str, length: int) -> str:
    """The `truncatechars` filter's result; a text that cannot be too long (most titles)
    skips its count of characters."""
    if len(text) <= length:
        return unicodedata.normalize("NFC", text)
    return Truncator(text).chars(length)


def day(date: dt.date) -> str:
    """ "3 Mar 2026": the templates' `date:"j M Y"`."""
    return f"{date.day} {MONTHS[date.month - 1]} {date.year}"


MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
