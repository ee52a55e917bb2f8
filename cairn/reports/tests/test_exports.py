"""Every export, reopened with a reader, carries every exception action with its status."""

from __future__ import annotations

import datetime as dt

import pytest

from cairn.lib.spreadsheets import safe_text
from cairn.plans.demo import build_demo
from cairn.reports.data import report_data
from cairn.reports.render import render
from cairn.reports.render.csv import HEADER
from cairn.reports.tests.conftest import EXCEPTION_REFS, TODAY, make_big_plan
from cairn.reports.tests.readers import csv_rows, docx_rows, pdf_text, xlsx_rows
from cairn.reviews.models import ReviewRound


def assert_exceptions_in(data, format: str, content: bytes) -> None:
    assert data.exceptions, "the plan must have exceptions to check"
    if format == "pdf":
        text = pdf_text(content)
        assert data.partnership in text
        for action in data.exceptions:
            assert action.title in text
            assert action.status_text in text
        return
    rows = {
        "docx": docx_rows,
        "xlsx": xlsx_rows,
        "csv": csv_rows,
    }[format](content)
    for action in data.exceptions:
        expected = action.status_text if format == "docx" else action.status.label
        assert any(action.ref in row and action.title in row and expected in row for row in rows), (
            f"{action.ref} {action.title} ({expected}) missing from the {format}"
        )
    if format == "docx":
        assert [data.partnership] in rows


@pytest.mark.parametrize("format", ["docx", "pdf", "xlsx", "csv"])
def test_every_exception_is_in_the_export_with_its_status(report_plan, format):
    data = report_data(report_plan, on=TODAY)
    assert {a.ref: a.status_text for a in data.exceptions} == EXCEPTION_REFS
    assert_exceptions_in(data, format, render(data, format))


@pytest.mark.parametrize("format", ["docx", "pdf", "xlsx", "csv"])
def test_every_exception_of_the_demo_plan_is_in_the_export(db, format):
    partnership, _ = build_demo(today=dt.date(2016, 12, 1))
    plan = partnership.plans.get()
    data = report_data(plan, on=dt.date(2016, 12, 1))
    assert_exceptions_in(data, format, render(data, format))


@pytest.mark.parametrize("format", ["docx", "pdf", "xlsx", "csv"])
def test_a_round_with_no_updates_says_so(report_plan, coordinator, format):
    empty = ReviewRound.objects.create(
        plan=report_plan,
        period="2016/17 Q3",
        opens_on=dt.date(2017, 1, 1),
        closes_on=dt.date(2017, 1, 31),
        opened_by=coordinator,
    )
    data = report_data(report_plan, empty, on=TODAY)
    content = render(data, format)
    message = "No updates have been given in the 2016/17 Q3 round yet"
    if format == "pdf":
        assert message in pdf_text(content)
    elif format == "docx":
        assert any(message in row[0] for row in docx_rows(content))
    elif format == "xlsx":
        assert any(message in row[0] for row in xlsx_rows(content, "Summary"))
    else:  # CSV is one row per action: it still renders, with every action.
        assert len(csv_rows(content)) == 1 + len(data.actions)


def test_xlsx_status_cells_carry_the_colour_as_a_fill(report_plan):
    import io

    import openpyxl

    content = render(report_data(report_plan, on=TODAY), "xlsx")
    sheet = openpyxl.load_workbook(io.BytesIO(content))["Actions"]
    status = HEADER.index("Status")
    fills = {row[2].value: row[status].fill.start_color.rgb for row in sheet.iter_rows(min_row=2)}
    assert fills["2.1"].endswith("D4351C")  # red: off track
    assert fills["1.1"].endswith("FFDD00")  # amber: at risk


@pytest.mark.parametrize(
    ("cell", "written"),
    [
        ("=1+1", "'=1+1"),
        ("+44 1234", "'+44 1234"),
        ("-2%", "'-2%"),
        ("@SUM(A1)", "'@SUM(A1)"),
        (" @SUM(1+1)", "' @SUM(1+1)"),
        ("\tx", "'\tx"),
        ("\rx", "'\rx"),
        ("Plain text = fine", "Plain text = fine"),
        ("", ""),
    ],
)
def test_csv_cells_that_could_be_formulas_are_neutralised(cell, written):
    assert safe_text(cell) == written


def test_csv_export_neutralises_formulas_from_notes_and_titles(report_plan):
    rows = csv_rows(render(report_data(report_plan, on=TODAY), "csv"))
    by_ref = {row[2]: row for row in rows[1:]}
    assert by_ref["1.1"][-1].startswith("'=HYPERLINK")
    assert by_ref["2.4"][3] == "'+Agree a data sharing protocol"


def test_csv_export_neutralises_a_formula_behind_a_leading_space(report_plan):
    action = report_plan.themes.first().actions.first()
    action.progress_note = " @SUM(1+1)"
    action.save()
    rows = csv_rows(render(report_data(report_plan, on=TODAY), "csv"))
    assert any(row[-1] == "' @SUM(1+1)" for row in rows[1:])


def test_xlsx_stores_formula_like_text_as_text(report_plan):
    import io

    import openpyxl

    content = render(report_data(report_plan, on=TODAY), "xlsx")
    sheet = openpyxl.load_workbook(io.BytesIO(content))["Actions"]
    note = HEADER.index("Latest progress note")
    notes = {row[2].value: row[note] for row in sheet.iter_rows(min_row=2)}
    assert notes["1.1"].data_type == "s"
    assert notes["1.1"].value.startswith("'=HYPERLINK")


def test_unknown_format_is_refused(report_plan):
    with pytest.raises(ValueError, match="Unknown report format"):
        render(report_data(report_plan, on=TODAY), "odt")


@pytest.mark.slow
def test_a_plan_of_1500_actions_with_very_long_notes_renders(partnership_a):
    plan = make_big_plan(partnership_a, 1500, note_length=20_000)
    data = report_data(plan, on=TODAY)
    assert len(data.actions) == 1500
    # How fast is bench/bench_reports.py's business; here, only that each one renders.
    for format in ("xlsx", "csv", "docx", "pdf"):
        assert render(data, format), format
    assert len(csv_rows(render(data, "csv"))[1][-1]) == 20_000


def test_an_action_row_taller_than_a_page_still_renders_as_pdf(report_plan, partnership_a):
    from cairn.accounts.models import Agency

    action = report_plan.test_actions["1.1"]
    many = [
        Agency.objects.create(partnership=partnership_a, name=f"Partner organisation {n:03}")
        for n in range(120)
    ]
    action.lead_agencies.add(*many)
    text = pdf_text(render(report_data(report_plan, on=TODAY), "pdf"))
    assert "Train GPs to ask about abuse" in text
    assert "Partner organisation 119" in text
