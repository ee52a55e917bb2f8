"""The update sheet: download, fill in, upload, preview, confirm; and every refusal."""

from __future__ import annotations

import html
import io

import pytest
from django.core import signing
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from openpyxl import load_workbook

from cairn.plans.factories import make_plan
from cairn.reviews.models import ReviewRound, Update
from cairn.reviews.sheets import build_sheet


def download(client, review_round, person):
    response = client.get(reverse("reviews:download_sheet", args=[review_round.pk, person.pk]))
    assert response.status_code == 200
    return load_workbook(io.BytesIO(response.content))


def as_upload(book, name="sheet.xlsx"):
    out = io.BytesIO()
    book.save(out)
    return SimpleUploadedFile(name, out.getvalue())


def upload(client, review_round, person, book):
    return client.post(
        reverse("reviews:upload_sheet", args=[review_round.pk, person.pk]),
        {"sheet": as_upload(book)},
    )


def page(response):
    return html.unescape(response.content.decode())


def test_the_sheet_has_locked_columns_a_status_list_and_signed_identity(
    client_for, coordinator, lead, round_a, action_a
):
    book = download(client_for(coordinator), round_a, lead)
    sheet = book["Updates"]
    assert [c.value for c in sheet[1]][:6] == [
        "Action ID",
        "Ref",
        "Action",
        "Deadline",
        "Current status",
        "New status",
    ]
    assert [c.value for c in sheet[2]][:3] == [action_a.pk, "1.1.1", "Action number 1"]
    assert sheet.protection.sheet
    assert sheet["C2"].protection.locked and not sheet["F2"].protection.locked
    validation = sheet.data_validations.dataValidation[0]
    assert str(validation.sqref) in {"F2", "F2:F2"}
    statuses = round_a.plan.partnership.status_scheme.statuses.count()
    assert validation.formula1 == f"=cairn!$B$1:$B${statuses}"
    assert book["cairn"].sheet_state == "veryHidden"
    meta = signing.loads(book["cairn"]["A1"].value, salt="cairn.reviews.sheet")
    assert (meta["plan"], meta["round"], meta["lead"]) == (round_a.plan_id, round_a.pk, lead.pk)


def test_lead_round_trip_previews_then_applies(client_for, lead, round_a, action_a, on_track):
    client = client_for(lead)
    book = download(client, round_a, lead)
    book["Updates"]["F2"] = "On track"
    book["Updates"]["G2"] = "Training delivered to 40 officers."
    preview = upload(client, round_a, lead, book)
    assert preview.status_code == 200
    assert "Confirm and save 1 update" in page(preview)
    assert not Update.objects.exists()  # nothing until confirmed
    changes = preview.context["confirm_form"].initial["changes"]
    response = client.post(
        reverse("reviews:confirm_sheet", args=[round_a.pk, lead.pk]), {"changes": changes}
    )
    assert response.status_code == 302
    update = Update.objects.get()
    assert (update.state, update.status, update.note) == (
        "submitted",
        on_track,
        "Training delivered to 40 officers.",
    )
    action_a.refresh_from_db()
    assert action_a.status == on_track


def refused(response, message):
    assert response.status_code == 400
    assert "nothing was changed" in page(response)
    assert message in page(response)
    assert not Update.objects.exists()


def test_an_unknown_status_is_refused(client_for, lead, round_a, action_a):
    client = client_for(lead)
    book = download(client, round_a, lead)
    book["Updates"]["F2"] = "Green-ish"
    refused(upload(client, round_a, lead, book), "Row 2 (1.1.1): “Green-ish” is not a status.")


def test_a_refused_sheet_can_be_uploaded_again_from_the_same_page(
    client_for, coordinator, lead, round_a, action_a
):
    for person, back in [(lead, "Back to My actions"), (coordinator, "Back to the 2016/17 Q2")]:
        client = client_for(person)
        book = download(client, round_a, lead)
        book["Updates"]["F2"] = "Green-ish"
        response = upload(client, round_a, lead, book)
        assert "Upload the corrected sheet" in page(response)
        assert reverse("reviews:upload_sheet", args=[round_a.pk, lead.pk]) in page(response)
        assert back in page(response)
        assert "<title>Error: " in page(response)


def test_an_edited_locked_column_is_refused(client_for, lead, round_a, action_a):
    client = client_for(lead)
    book = download(client, round_a, lead)
    book["Updates"]["C2"] = "Something easier"
    book["Updates"]["F2"] = "On track"
    refused(
        upload(client, round_a, lead, book),
        "Row 2 (1.1.1): the locked column “Action” was changed.",
    )


def test_a_sheet_for_another_lead_is_refused(client_for, coordinator, lead, round_a, action_a):
    other = action_a.theme.actions.all()[1]
    other.lead_people.add(coordinator)
    client = client_for(coordinator)
    book = download(client, round_a, lead)
    refused(upload(client, round_a, coordinator, book), "This sheet is Lee Lead’s")


def test_a_sheet_for_another_round_or_plan_is_refused(
    client_for, coordinator, lead, round_a, action_a, partnership_a
):
    client = client_for(coordinator)
    book = download(client, round_a, lead)
    other_round = ReviewRound.objects.create(
        plan=round_a.plan,
        period="2016/17 Q3",
        opens_on=round_a.opens_on,
        closes_on=round_a.closes_on,
        opened_by=coordinator,
    )
    refused(upload(client, other_round, lead, book), "This sheet is for another review round")
    other_plan = make_plan(partnership_a, "Another plan")
    other_plan.themes.first().actions.first().lead_people.add(lead)
    plan_round = ReviewRound.objects.create(
        plan=other_plan,
        period="2016/17 Q2",
        opens_on=round_a.opens_on,
        closes_on=round_a.closes_on,
        opened_by=coordinator,
    )
    refused(upload(client, plan_round, lead, book), "This sheet is for another plan")


def test_a_tampered_identity_or_foreign_file_is_refused(client_for, lead, round_a, action_a):
    client = client_for(lead)
    book = download(client, round_a, lead)
    book["cairn"]["A1"] = book["cairn"]["A1"].value[:-2] + "xx"
    refused(upload(client, round_a, lead, book), "hidden identification has been altered")
    response = client.post(
        reverse("reviews:upload_sheet", args=[round_a.pk, lead.pk]),
        {"sheet": SimpleUploadedFile("sheet.xlsx", b"not a workbook")},
    )
    # Refused by the upload safety gate, before anything reads it.
    assert response.status_code == 400
    assert "really not an Office document" in page(response)
    assert not Update.objects.exists()


def test_an_over_long_note_is_refused(client_for, lead, round_a, action_a):
    client = client_for(lead)
    book = download(client, round_a, lead)
    book["Updates"]["F2"] = "On track"
    book["Updates"]["G2"] = "x" * 5001
    refused(upload(client, round_a, lead, book), "keep it to 5,000")


def test_a_change_made_after_the_preview_refuses_the_confirmation(
    client_for, lead, coordinator, round_a, action_a, on_track
):
    from cairn.reviews.updates import UpdateInput, save_update

    client = client_for(lead)
    book = download(client, round_a, lead)
    book["Updates"]["F2"] = "On track"
    changes = upload(client, round_a, lead, book).context["confirm_form"].initial["changes"]
    save_update(
        round_a, action_a, coordinator, UpdateInput(on_track, "Mine"), version=0, submit=False
    )
    response = client.post(
        reverse("reviews:confirm_sheet", args=[round_a.pk, lead.pk]), {"changes": changes}
    )
    assert response.status_code == 400
    assert "Nothing was saved" in page(response)
    assert Update.objects.get().note == "Mine"


def test_sheet_access(client, client_for, coordinator, lead, viewer, lead_b, round_a, action_a):
    url = reverse("reviews:download_sheet", args=[round_a.pk, lead.pk])
    assert client_for(viewer).get(url).status_code == 403
    assert client_for(lead_b).get(url).status_code == 404
    other = reverse("reviews:download_sheet", args=[round_a.pk, coordinator.pk])
    assert client_for(lead).get(other).status_code == 403
    assert client_for(coordinator).get(other).status_code == 404  # leads nothing
    book = load_workbook(io.BytesIO(build_sheet(round_a, lead)))
    upload_url = reverse("reviews:upload_sheet", args=[round_a.pk, lead.pk])
    assert client_for(viewer).post(upload_url, {"sheet": as_upload(book)}).status_code == 403
    assert client_for(lead).get(url).status_code == 200
    client.logout()
    response = client.get(url)
    assert response.status_code == 302 and response.url.startswith(reverse("accounts:sign_in"))


@pytest.mark.parametrize("state", ["closed"])
def test_a_closed_round_takes_no_sheet(client_for, coordinator, lead, round_a, action_a, state):
    book = load_workbook(io.BytesIO(build_sheet(round_a, lead)))
    round_a.close(by=coordinator)
    assert upload(client_for(lead), round_a, lead, book).status_code == 403


def test_sheet_columns_are_named_in_the_order_of_their_headings():
    from cairn.reviews.sheets import EDITABLE, LOCKED, Column

    headings = LOCKED + EDITABLE
    assert len(Column) == len(headings)
    assert headings[Column.ACTION_ID] == "Action ID"
    assert headings[Column.REF] == "Ref"
    assert headings[Column.NEW_STATUS] == "New status"
    assert headings[Column.NOTE] == "Progress note"
    assert headings[Column.REVISED_DEADLINE] == "Revised deadline"
    assert headings[Column.REASON] == "Why the deadline must move"


HOSTILE_NOTE = '=HYPERLINK("http://evil.example","x")'


def test_a_formula_in_a_leads_note_is_text_in_the_downloaded_sheet(
    client_for, coordinator, lead, round_a, action_a, on_track
):
    from cairn.reviews.updates import UpdateInput, save_update

    save_update(
        round_a,
        action_a,
        lead,
        UpdateInput(status=on_track, note=HOSTILE_NOTE),
        version=0,
        submit=False,
    )
    action_a.title = " @SUM(1+1)"
    action_a.save()
    sheet = download(client_for(coordinator), round_a, lead)["Updates"]
    note, title = sheet["G2"], sheet["C2"]
    assert (note.data_type, note.value) == ("s", "'" + HOSTILE_NOTE)
    assert (title.data_type, title.value) == ("s", "' @SUM(1+1)")


def test_a_neutralised_sheet_uploads_back_unchanged(client_for, lead, round_a, action_a, on_track):
    from cairn.reviews.updates import UpdateInput, save_update

    save_update(
        round_a,
        action_a,
        lead,
        UpdateInput(status=None, note=HOSTILE_NOTE),
        version=0,
        submit=False,
    )
    action_a.title = "=1+1 training"
    action_a.save()
    client = client_for(lead)
    book = download(client, round_a, lead)
    book["Updates"]["F2"] = "On track"
    preview = upload(client, round_a, lead, book)
    assert preview.status_code == 200, page(preview)
    (change,) = preview.context["changes"]
    assert change.note == HOSTILE_NOTE  # the apostrophe Cairn added is not kept
    assert change.status_label == "On track"


def hostile_upload(client, review_round, person, name, content):
    return client.post(
        reverse("reviews:upload_sheet", args=[review_round.pk, person.pk]),
        {"sheet": SimpleUploadedFile(name, content)},
    )


def office_zip(parts: dict[str, str]) -> bytes:
    import zipfile

    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, text in parts.items():
            archive.writestr(name, text)
    return out.getvalue()


@pytest.mark.parametrize(
    ("name", "content", "message"),
    [
        ("sheet.xlsx", bytes(range(256)) * 64, "really not an Office document"),
        ("sheet.xls", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 600, "save it as Excel"),
        (
            "sheet.xlsx",
            b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
            + b"\0" * 504
            + "EncryptedPackage".encode("utf-16-le"),
            "password-protected",
        ),
        (
            "sheet.xlsx",
            office_zip(
                {"xl/workbook.xml": "<workbook/>"} | {f"xl/{n}.xml": "<a/>" for n in range(300)}
            ),
            "zip bomb",
        ),
        (
            "sheet.xlsx",
            office_zip(
                {
                    "xl/workbook.xml": '<!DOCTYPE w [<!ENTITY a "aaaa">]><workbook>&a;</workbook>',
                }
            ),
            "entity expansion",
        ),
    ],
)
def test_a_hostile_sheet_is_refused_by_the_upload_gate(
    client_for, lead, round_a, action_a, name, content, message
):
    response = hostile_upload(client_for(lead), round_a, lead, name, content)
    assert response.status_code == 400
    assert message in page(response)
    assert not Update.objects.exists()
