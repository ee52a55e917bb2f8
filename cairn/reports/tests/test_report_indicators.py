"""The board report shows the indicators that measure the plan's actions, in all four
formats: a section in Word and PDF, a sheet in Excel, and beside each action it measures in
Excel and CSV."""

from __future__ import annotations

from decimal import Decimal

import pytest

from cairn.indicators.models import Indicator, IndicatorValue
from cairn.reports.data import report_data
from cairn.reports.render import render
from cairn.reports.tests.conftest import TODAY
from cairn.reports.tests.readers import csv_rows, docx_rows, pdf_text, xlsx_rows

pytestmark = pytest.mark.django_db


@pytest.fixture
def repeat_cases(report_plan):
    """A percentage, lower is better, -10% from 30% by 2017/18; 27% in 2016/17 Q2: met."""
    indicator = Indicator.objects.create(
        partnership=report_plan.partnership,
        name="Repeat MARAC cases",
        unit=Indicator.Unit.PERCENTAGE,
        direction=Indicator.Direction.LOWER,
        baseline_value=Decimal(30),
        baseline_period="2015/16",
        target_kind=Indicator.TargetKind.CHANGE,
        target_value=Decimal(-10),
        target_period="2017/18",
    )
    for period, value in (("2016/17 Q1", 29), ("2016/17 Q2", 27)):
        IndicatorValue.objects.create(indicator=indicator, period=period, value=Decimal(value))
    indicator.actions.add(report_plan.themes.get(ref="1").actions.get(ref="1.1"))
    return indicator


def test_report_data_lists_each_indicator_and_marks_the_actions_it_measures(
    report_plan, repeat_cases
):
    data = report_data(report_plan, on=TODAY)
    [line] = data.indicators
    assert line.name == "Repeat MARAC cases"
    assert line.baseline == "30% (2015/16)"
    assert line.latest == "27% (2016/17 Q2)"
    assert line.target == repeat_cases.target_text()
    assert line.status == "Met"
    assert line.actions[0].startswith("1.1 ")
    measured = {row.ref: row.indicators for row in data.actions}
    assert measured["1.1"] == [f"Repeat MARAC cases: {line.status}"]
    assert measured["1.2"] == []


def data_status(data) -> str:
    return data.indicators[0].status


@pytest.mark.parametrize("format", ["docx", "pdf"])
def test_word_and_pdf_have_an_indicators_section(report_plan, repeat_cases, format):
    data = report_data(report_plan, on=TODAY)
    content = render(data, format)
    status = data_status(data)
    if format == "docx":
        rows = docx_rows(content)
        assert ["Indicators"] in rows
        assert any(r[:5] == ["Repeat MARAC cases", "30% (2015/16)", "27% (2016/17 Q2)",
                             repeat_cases.target_text(), status] for r in rows)  # fmt: skip
    else:
        text = pdf_text(content)
        assert "Indicators" in text and "Repeat MARAC cases" in text and "27% (2016/17 Q2)" in text


def test_excel_has_an_indicators_sheet_and_a_column_beside_each_action(report_plan, repeat_cases):
    data = report_data(report_plan, on=TODAY)
    content = render(data, "xlsx")
    sheet = xlsx_rows(content, "Indicators")
    assert sheet[0][:5] == ["Indicator", "Baseline", "Latest", "Target", "Against target"]
    assert sheet[1][:3] == ["Repeat MARAC cases", "30% (2015/16)", "27% (2016/17 Q2)"]
    actions = xlsx_rows(content)
    column = actions[0].index("Indicators")
    by_ref = {row[2]: row[column] for row in actions[1:]}
    assert by_ref["1.1"] == f"Repeat MARAC cases: {data_status(data)}"
    assert by_ref["1.2"] == ""


def test_csv_names_the_indicators_beside_each_action(report_plan, repeat_cases):
    data = report_data(report_plan, on=TODAY)
    rows = csv_rows(render(data, "csv"))
    column = rows[0].index("Indicators")
    by_ref = {row[2]: row[column] for row in rows[1:]}
    assert by_ref["1.1"] == f"Repeat MARAC cases: {data_status(data)}"


def test_a_plan_no_indicator_measures_says_so(report_plan):
    data = report_data(report_plan, on=TODAY)
    assert data.indicators == []
    rows = docx_rows(render(data, "docx"))
    assert ["No indicator is linked to this plan's actions yet."] in rows
    assert xlsx_rows(render(data, "xlsx"), "Indicators")[1][0] == (
        "No indicator is linked to this plan's actions yet."
    )
