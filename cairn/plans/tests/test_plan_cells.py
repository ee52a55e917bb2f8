"""The deadline and status cells that My actions, the round page and the update pages show
in every row, written by template tags (`plans/templatetags/plan_cells.py`). No database:
the actions and milestones here are never saved."""

from __future__ import annotations

import datetime as dt

import pytest
from django.template import Context, Template

from cairn.plans.models import Action, Milestone, Status
from cairn.reviews.models import Update
from cairn.reviews.templatetags.review_rounds import update_state

TODAY = dt.datetime(2026, 11, 1, 12, 0)


def cells(source: str, **context: object) -> str:
    return Template("{% load plan_cells %}" + source).render(Context(context))


def test_a_status_is_its_label_on_its_colour_and_escaped():
    status = Status(label="<At risk>", colour="orange")
    assert cells("{% status_tag s %}", s=status) == (
        '<strong class="govuk-tag govuk-tag--orange">&lt;At risk&gt;</strong>'
    )
    assert "No status yet" in cells("{% status_tag s %}", s=None)


def test_an_overdue_deadline_says_since_when(time_machine):
    time_machine.move_to(TODAY)
    action = Action(deadline_text="By Sep 2016", deadline_kind="date")
    action.deadline_end = dt.date(2016, 9, 30)
    html = cells("{% deadline a overdue %}", a=action, overdue=True)
    assert html == 'By Sep 2016<br><span class="cairn-overdue">Overdue since 30 Sep 2016</span>'


def test_a_deadline_not_yet_due_gives_its_date():
    action = Action(deadline_text="By 2026/27", deadline_kind="financial_year")
    action.deadline_end = dt.date(2027, 3, 31)
    assert cells("{% deadline a %}", a=action) == (
        'By 2026/27<br><span class="cairn-meta">due 31 Mar 2027</span>'
    )


@pytest.mark.parametrize("text", ["Mar 2027", "By the end of March 2027", "31 March 2027"])
def test_a_deadline_that_names_its_month_is_not_said_twice(text):
    action = Action(deadline_text=text, deadline_kind="date")
    action.deadline_end = dt.date(2027, 3, 31)
    assert cells("{% deadline a %}", a=action) == text


def test_a_recurring_deadline_gives_its_next_occurrence_and_when_missed(time_machine):
    time_machine.move_to(TODAY)
    action = Action(deadline_text="Quarterly", deadline_kind="recurring")
    assert "next due 31 Dec 2026 (quarterly)" in cells("{% deadline a %}", a=action)
    missed = cells("{% deadline a True %}", a=action)
    assert "Overdue since 30 Sep 2026</span>" in missed
    assert "next due 31 Dec 2026 (quarterly)" in missed


@pytest.mark.parametrize(
    ("text", "kind", "warning", "expected"),
    [
        ("", "", "", '<span class="cairn-flag">No deadline set</span>'),
        ("tbc", "not_set", "", 'tbc<br><span class="cairn-flag">Date still to be set</span>'),
        (
            "Sprong <b>",
            "unparsed",
            "no date found",
            'Sprong &lt;b&gt;<br><span class="cairn-flag">Check this date: no date found</span>',
        ),
        ("Done", "done", "", "Done"),
        ("Ongoing", "ongoing", "", "Ongoing"),
    ],
)
def test_what_cairn_understood_of_a_deadline(text, kind, warning, expected):
    action = Action(deadline_text=text, deadline_kind=kind, deadline_warning=warning)
    assert cells("{% deadline a %}", a=action) == expected


def test_a_milestone_has_the_same_deadline_cell():
    milestone = Milestone(deadline_text="Q1 2027/28", deadline_kind="quarter")
    milestone.deadline_end = dt.date(2027, 6, 30)
    assert "due 30 Jun 2027" in cells("{% deadline m %}", m=milestone)


@pytest.mark.parametrize(
    ("state", "words"),
    [
        (None, "Needs an update"),
        ("draft", "Draft: not submitted"),
        ("returned", "Returned: revise"),
        ("accepted", "Accepted"),
        ("submitted", "Submitted"),
    ],
)
def test_an_update_state_is_in_words(state, words):
    update = Update(state=state) if state else None
    assert f">{words}</strong>" in update_state(update)


# The plan page's row as its template wrote it, before `action_rows` wrote it in Python.
TEMPLATE_ROW = (
    "{% load plan_links %}{% for node in nodes %}{% with a=node.action %}<tr><td>{{ a.ref }}"
    '</td><td><a href="{{ links.action|pk:a.pk }}">{{ a.title|truncatechars:160 }}</a></td>'
    '<td>{{ node.leads_text|default:"–" }}{% if node.departed_leads %} <strong class="govuk-'
    'tag govuk-tag--orange">Lead has left</strong>{% endif %}</td><td>{{ a.deadline_text|'
    'default:"No deadline set" }}{% if node.due_note %}<br><span class="{{ node.due_class }}">'
    '{{ node.due_note }}</span>{% endif %}</td><td>{% if a.status %}<strong class="govuk-tag '
    'govuk-tag--{{ a.status.colour }}">{{ a.status.label }}</strong>{% else %}<strong class='
    '"govuk-tag govuk-tag--grey">No status yet</strong>{% endif %}</td></tr>\n'
    "{% endwith %}{% endfor %}"
)


def test_the_plan_pages_rows_are_what_its_template_wrote(time_machine):
    from cairn.plans.tree import ActionNode, LeadNames

    time_machine.move_to(TODAY)
    at_risk = Status(label="At <risk>", colour="orange")
    actions = [
        Action(pk=1, ref="1.1", title="Short & <b>bold</b>", deadline_text="By Sep 2016"),
        Action(pk=2, ref="", title="Long title " * 20 + "e\u0301", deadline_text=""),
        Action(pk=3, ref="<3>", title="e\u0301" * 170, deadline_text="Ongoing", status=at_risk),
    ]
    actions[0].deadline_kind, actions[0].deadline_end = "date", dt.date(2016, 9, 30)
    actions[2].deadline_kind = "unparsed"
    nodes = [ActionNode.of(action, TODAY.date()) for action in actions]
    nodes[0].named = LeadNames(["Police & Crime"], ["Lee <Lead>"], ["Lee <Lead>"])
    nodes[1].named = LeadNames()
    nodes[2].named = LeadNames([], ["Sam"], [])
    context = {"nodes": nodes, "links": {"action": "/actions/{pk}/"}}
    written = cells("{% action_rows nodes links.action %}", **context)
    assert written == Template(TEMPLATE_ROW).render(Context(context))
    assert "Overdue since 30 Sep 2016" in written and "Lead has left" in written
    assert "&lt;b&gt;bold" in written and "…" in written


def test_a_cell_escapes_a_lazy_label_as_django_would():
    from django.utils.html import escape
    from django.utils.translation import gettext_lazy

    from cairn.plans.templatetags.plan_cells import esc

    for value in (gettext_lazy("Not <started>"), "A & B \"quoted\" 'too'", 12):
        assert esc(value) == escape(value)
