"""`cairn plans` lists plans; `cairn report PLAN --format F --output FILE` writes the report."""

from __future__ import annotations

import datetime as dt
import io

import pytest
from django.core.management import call_command
from django.core.management.base import CommandError

from cairn.plans.factories import make_plan
from cairn.reports.tests.conftest import EXCEPTION_REFS
from cairn.reports.tests.readers import csv_rows, docx_rows, pdf_text, xlsx_rows

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def _today(time_machine):
    """The report plan's exceptions are those of 1 December 2016."""
    time_machine.move_to(dt.datetime(2016, 12, 1, 12, 0, tzinfo=dt.UTC))


def run(*args: str) -> str:
    out = io.StringIO()
    call_command(*args, stdout=out)
    return out.getvalue()


def test_plans_lists_each_plan_with_its_id_and_slug(report_plan, partnership_b):
    other = make_plan(partnership_b, "Partnership B plan")
    output = run("plans")
    lines = output.splitlines()
    assert lines[0].split() == ["id", "partnership/slug", "state", "actions", "title"]
    assert any(
        line.split()[:4] == [str(report_plan.pk), "partnership-a/2016-17", "active", "6"]
        for line in lines
    )
    assert f"partnership-b/{other.slug}" in output


def test_plans_says_how_to_start_when_there_are_none(db):
    assert "No plans yet" in run("plans")


@pytest.mark.parametrize(
    "format,reader", [("docx", docx_rows), ("xlsx", xlsx_rows), ("csv", csv_rows)]
)
def test_report_writes_every_exception_in_each_format(report_plan, tmp_path, format, reader):
    output = tmp_path / f"board.{format}"
    said = run("report", str(report_plan.pk), "--format", format, "--output", str(output))
    assert "3 exceptions" in said and str(output) in said
    rows = reader(output.read_bytes())
    for ref in EXCEPTION_REFS:
        assert any(ref in row for row in rows), f"{ref} missing from the {format}"


def test_report_takes_a_slug_and_a_round(report_plan, tmp_path):
    output = tmp_path / "board.pdf"
    run(
        "report",
        "partnership-a/2016-17",
        "--format",
        "pdf",
        "--output",
        str(output),
        "--round",
        "2016/17 Q1",
    )
    text = pdf_text(output.read_bytes())
    assert "2016/17 Q1" in text


def test_a_shared_slug_needs_the_partnership(report_plan, partnership_b, tmp_path):
    make_plan(partnership_b, "Another")  # its slug is 2016-17 too
    output = tmp_path / "board.csv"
    with pytest.raises(CommandError, match="More than one partnership"):
        run("report", "2016-17", "--format", "csv", "--output", str(output))
    run(
        "report",
        "2016-17",
        "--partnership",
        "partnership-a",
        "--format",
        "csv",
        "--output",
        str(output),
    )
    assert output.exists()


@pytest.mark.parametrize(
    "args,message",
    [
        (["999999"], "no plan '999999'"),
        (["nowhere/2016-17"], "in partnership 'nowhere'"),
        (["2016-17", "--round", "2030/31 Q9"], "no review round '2030/31 Q9'"),
    ],
)
def test_bad_report_arguments_say_what_is_wrong_and_write_nothing(
    report_plan, tmp_path, args, message
):
    output = tmp_path / "board.csv"
    with pytest.raises(CommandError, match=message):
        run("report", *args, "--format", "csv", "--output", str(output))
    assert not output.exists()


def test_a_missing_output_folder_is_refused(report_plan, tmp_path):
    output = tmp_path / "no-such-folder" / "board.csv"
    with pytest.raises(CommandError, match="does not exist"):
        run("report", str(report_plan.pk), "--format", "csv", "--output", str(output))


def test_an_unknown_format_is_refused(report_plan, tmp_path):
    with pytest.raises(CommandError, match="invalid choice"):
        run("report", str(report_plan.pk), "--format", "odt", "--output", str(tmp_path / "x"))
