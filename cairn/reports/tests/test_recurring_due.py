"""Reports and the dashboard say when a recurring deadline is next due."""

import datetime as dt

import pytest
from django.urls import reverse

from cairn.plans.factories import make_action
from cairn.reports.data import report_data
from cairn.reports.render.csv import action_cells

pytestmark = pytest.mark.django_db

ON = dt.date(2026, 11, 30)


@pytest.fixture
def annual(plan_a):
    return make_action(plan_a.themes.first(), "Report to the board", deadline_text="Annually")


def test_the_report_rows_say_when_it_is_next_due(plan_a, annual):
    row = next(r for r in report_data(plan_a, on=ON).actions if r.pk == annual.pk)
    assert row.due == "next due 31 Mar 2027 (annually)"
    assert row.deadline_with_due == "Annually, next due 31 Mar 2027"
    assert "2027-03-31" in action_cells(row)
    assert row.overdue  # the year to 31 Mar 2026 passed with no update


def test_a_dated_deadline_reads_as_before(plan_a):
    row = report_data(plan_a, on=ON).actions[0]
    # "Sep 2016" says when it is due: no "due 30 Sep 2016" repeats it.
    assert (row.due, row.deadline_with_due) == ("", "Sep 2016")


def test_the_dashboard_says_when_it_is_next_due(client_for, viewer, plan_a, annual, time_machine):
    time_machine.move_to(dt.datetime(2026, 11, 30, 12, 0))
    page = client_for(viewer).get(reverse("reports:dashboard", args=[plan_a.pk]))
    assert "next due 31 Mar 2027 (annually)" in page.content.decode()
