import datetime as dt

from cairn.reports.data import report_data
from cairn.reports.forms import FilterForm
from cairn.reports.tests.conftest import EXCEPTION_REFS, TODAY
from cairn.reviews.models import ReviewRound


def test_exceptions_are_at_risk_off_track_and_overdue(report_plan):
    data = report_data(report_plan, on=TODAY)
    assert {a.ref: a.status_text for a in data.exceptions} == EXCEPTION_REFS
    assert [a.ref for a in data.overdue] == ["2.2"]


def test_the_latest_round_is_reported_by_default(report_plan):
    data = report_data(report_plan, on=TODAY)
    assert data.round_period == "2016/17 Q2"
    assert data.previous_round_period == "2016/17 Q1"
    assert data.has_updates


def test_status_rolls_up_themes_and_objectives(report_plan):
    data = report_data(report_plan, on=TODAY)
    safety, justice = data.tree
    assert safety.counts == {"On track": 1, "At risk": 1}
    assert safety.children[0].title == "1.a Help early"
    assert safety.children[0].counts == {"At risk": 1}
    assert justice.counts == {
        "On track": 1,
        "Off track": 1,
        "Complete": 1,
        "No status yet": 1,
    }
    assert justice.category_counts["off_track"] == 1
    assert justice.overdue == 1


def test_movement_counts_each_rounds_updates(report_plan):
    data = report_data(report_plan, on=TODAY)
    assert [(m.period, m.counts) for m in data.movement] == [
        ("2016/17 Q1", {"On track": 1, "Off track": 1}),
        ("2016/17 Q2", {"At risk": 1, "Off track": 1, "On track": 1}),
    ]


def test_what_changed_since_the_last_round(report_plan):
    data = report_data(report_plan, on=TODAY)
    assert [(c.action.ref, c.before, c.after) for c in data.changes] == [
        ("1.2", "No update in the previous round", "On track"),
        ("1.1", "On track", "At risk"),
    ]


def test_completeness_by_agency(report_plan):
    data = report_data(report_plan, on=TODAY)
    assert [(c.agency, c.actions, c.updated) for c in data.completeness] == [
        ("Council", 2, 1),
        ("NHS", 1, 1),
        ("Police", 2, 1),
        ("No lead agency", 2, 0),
    ]


def test_round_with_no_updates_says_so(report_plan, coordinator):
    empty = ReviewRound.objects.create(
        plan=report_plan,
        period="2016/17 Q3",
        opens_on=dt.date(2017, 1, 1),
        closes_on=dt.date(2017, 1, 31),
        opened_by=coordinator,
    )
    data = report_data(report_plan, empty, on=TODAY)
    assert not data.has_updates
    assert data.updates_message == (
        "No updates have been given in the 2016/17 Q3 round yet, so statuses are as "
        "recorded on the plan."
    )
    assert {a.ref for a in data.exceptions} == set(EXCEPTION_REFS)


def test_plan_without_rounds_says_so(plan_a):
    data = report_data(plan_a, on=TODAY)
    assert data.round_period is None and not data.has_updates
    assert "No review round" in data.updates_message
    assert data.movement == [] and data.changes == []


def test_filters_narrow_the_actions(report_plan, agencies, partnership_a):
    form = FilterForm({"agency": agencies["police"].pk}, plan=report_plan)
    data = report_data(report_plan, on=TODAY, filters=form.filters())
    assert [a.ref for a in data.actions] == ["2.1", "2.2"]
    assert data.filters == ["Lead agency: Police"]
    at_risk = partnership_a.status_scheme.statuses.get(label="At risk")
    form = FilterForm({"status": at_risk.pk}, plan=report_plan)
    assert [a.ref for a in report_data(report_plan, on=TODAY, filters=form.filters()).actions] == [
        "1.1"
    ]


def test_a_filter_from_another_plan_is_ignored(report_plan, plan_a):
    other_theme = plan_a.themes.first()
    form = FilterForm({"theme": other_theme.pk}, plan=report_plan)
    assert len(report_data(report_plan, on=TODAY, filters=form.filters()).actions) == 6
