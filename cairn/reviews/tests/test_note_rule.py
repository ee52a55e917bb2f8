"""The update page and the update sheet agree on when a progress note is needed: an
exception status (at risk, off track, stalled) needs one every time it is given, whether
the action moves into it or had it already (reviews/updates.missing_note)."""

from __future__ import annotations

import html
import io

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from openpyxl import load_workbook

from cairn.reviews.models import Update

pytestmark = pytest.mark.django_db

# (the action's status before, the status given, the note, needs a note)
CASES = [
    ("on_track", "at_risk", "", True),  # moving into an exception
    ("at_risk", "at_risk", "", True),  # staying in one
    ("at_risk", "at_risk", "Funding is late; the board chair is chasing it.", False),
    ("at_risk", "on_track", "", False),  # out of it
    ("on_track", "on_track", "", False),
]


@pytest.fixture
def statuses(on_track, at_risk):
    return {"on_track": on_track, "at_risk": at_risk}


def by_web_form(client, review_round, action, status, note):
    return client.post(
        reverse("reviews:update", args=[review_round.pk, action.pk]),
        {"version": "0", "intent": "submit", "status": status.pk, "note": note},
    )


def by_sheet(client, review_round, lead, action, status, note):
    url = reverse("reviews:download_sheet", args=[review_round.pk, lead.pk])
    book = load_workbook(io.BytesIO(client.get(url).content))
    book["Updates"]["F2"] = status.label
    book["Updates"]["G2"] = note
    out = io.BytesIO()
    book.save(out)
    return client.post(
        reverse("reviews:upload_sheet", args=[review_round.pk, lead.pk]),
        {"sheet": SimpleUploadedFile("sheet.xlsx", out.getvalue())},
    )


@pytest.mark.parametrize(("before", "given", "note", "needs_note"), CASES)
def test_the_update_page_needs_a_note_for_an_exception_status(
    client_for, lead, round_a, action_a, statuses, before, given, note, needs_note
):
    action_a.status = statuses[before]
    action_a.save(update_fields=["status"])
    response = by_web_form(client_for(lead), round_a, action_a, statuses[given], note)
    page = html.unescape(response.content.decode())
    if needs_note:
        assert response.status_code == 200
        assert f"the status “{statuses[given].label}” needs a progress note" in page
        assert not Update.objects.exists()
    else:
        assert response.status_code == 302
        assert Update.objects.get().state == Update.State.SUBMITTED


@pytest.mark.parametrize(("before", "given", "note", "needs_note"), CASES)
def test_the_update_sheet_needs_a_note_for_an_exception_status_too(
    client_for, lead, round_a, action_a, statuses, before, given, note, needs_note
):
    action_a.status = statuses[before]
    action_a.save(update_fields=["status"])
    response = by_sheet(client_for(lead), round_a, lead, action_a, statuses[given], note)
    page = html.unescape(response.content.decode())
    if needs_note:
        assert response.status_code == 400
        assert f"Row 2 ({action_a.ref}): Say what is wrong and what is being done" in page
        assert f"the status “{statuses[given].label}” needs a progress note" in page
    else:
        assert response.status_code == 200
        assert "There is a problem" not in page
    assert not Update.objects.exists()  # a sheet changes nothing before its confirmation
