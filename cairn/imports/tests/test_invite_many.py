"""Inviting many people from a pasted list or an uploaded .csv/.xlsx: preview, then confirm."""

from __future__ import annotations

import io
import re

import openpyxl
import pytest
from django.core import mail
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

from cairn.accounts import bulk_invite
from cairn.accounts.models import Membership, Role, User
from cairn.imports.grid import UnreadableDocument
from cairn.imports.people_list import table_from_text, table_from_upload

LIST = (
    "name,email,agency,role\n"
    "Pat Police,pat@police.example,Police,lead\n"
    "Hana Health,hana@nhs.example,,viewer\n"
)


@pytest.fixture
def mails(django_capture_on_commit_callbacks):
    return lambda: django_capture_on_commit_callbacks(execute=True)


def _preview(client, partnership, **data):
    return client.post(reverse("imports:invite_many", args=[partnership.slug]), data)


def _signed_table(response) -> str:
    return re.search(r'name="table" value="([^"]+)"', response.content.decode()).group(1)


# ---------------------------------------------------------------- reading the list


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("name\temail\nAl\tal@x.example\n", [["name", "email"], ["Al", "al@x.example"]]),
        ("name,email\nAl,al@x.example\n", [["name", "email"], ["Al", "al@x.example"]]),
        ("name;email\nAl;al@x.example\n", [["name", "email"], ["Al", "al@x.example"]]),
        ("\ufeffemail\nal@x.example\n", [["email"], ["al@x.example"]]),
    ],
)
def test_a_pasted_list_is_read_whatever_its_separator(text, expected):
    assert table_from_text(text) == expected


@pytest.mark.parametrize("encoding", ["cp1252", "utf-8-sig", "utf-8"])
def test_a_csv_saved_by_excel_reads_correctly(encoding):
    text = "name,email,agency\r\nZoë Brontë,zoe@x.example,Women’s Aid\r\n"
    upload = SimpleUploadedFile("people.csv", text.encode(encoding))
    assert table_from_upload(upload) == [
        ["name", "email", "agency"],
        ["Zoë Brontë", "zoe@x.example", "Women’s Aid"],
    ]


def test_an_xlsx_list_is_read_from_its_first_sheet():
    workbook = openpyxl.Workbook()
    sheet = workbook.active
    sheet.append(["Name", "Email", "Agency", "Role"])
    sheet.append(["Pat Police", "pat@police.example", "Police", "Lead"])
    buffer = io.BytesIO()
    workbook.save(buffer)
    upload = SimpleUploadedFile("people.xlsx", buffer.getvalue())
    assert table_from_upload(upload) == [
        ["Name", "Email", "Agency", "Role"],
        ["Pat Police", "pat@police.example", "Police", "Lead"],
    ]


@pytest.mark.parametrize(
    ("name", "content", "message"),
    [
        ("people.docx", b"PK\x03\x04", "from a .csv or .xlsx file"),
        ("people.xlsx", b"name,email\n", "not"),
        ("people.csv", b"", "empty"),
    ],
)
def test_a_file_that_is_not_a_list_is_refused(name, content, message):
    with pytest.raises(UnreadableDocument, match=message):
        table_from_upload(SimpleUploadedFile(name, content))


# ---------------------------------------------------------------- checking the rows


def test_each_bad_row_is_refused_with_a_clear_message(partnership_a, police_a, lead):
    preview = bulk_invite.preview(
        partnership_a,
        [
            ["Name", "Email address", "Agency", "Role"],
            ["Good One", "good@x.example", "police", "Lead"],
            ["Bad Email", "not-an-email", "", ""],
            ["Same Again", "GOOD@x.example", "", ""],
            ["Nowhere", "n@x.example", "Fire Service", ""],
            ["Odd Role", "o@x.example", "", "boss"],
            ["Lee Again", "lead@a.example", "", ""],
        ],
    )
    problems = {row.number: " ".join(row.problems) for row in preview.rows}
    assert problems[2] == ""
    assert "not an email address" in problems[3]
    assert "same email address as row 2" in problems[4]
    assert "No agency called 'Fire Service'" in problems[5]
    assert "'boss' is not a role" in problems[6]
    assert "already in Partnership A" in problems[7]
    assert [row.email for row in preview.to_invite] == ["good@x.example"]
    assert preview.rows[0].agency == police_a and preview.rows[0].role == Role.LEAD


@pytest.mark.parametrize(
    ("header", "message"),
    [
        (["name", "email", "phone"], "Unknown column 'phone'"),
        (["name", "agency"], "no email column"),
        (["email", "E-mail"], "Two columns"),
    ],
)
def test_an_unknown_or_missing_column_refuses_the_whole_list(partnership_a, header, message):
    with pytest.raises(bulk_invite.TableRefused, match=message):
        bulk_invite.preview(partnership_a, [header, ["x"] * len(header)])


# ---------------------------------------------------------------- the pages


def test_preview_sends_nothing_and_confirm_invites_the_good_rows(
    mails, client_for, coordinator, partnership_a, police_a, lead_b
):
    client = client_for(coordinator)
    pasted = LIST + "Bad,not-an-email,,\nBea Again,LEAD@b.example,,viewer\n"
    response = _preview(client, partnership_a, people=pasted)
    assert response.status_code == 200
    html = response.content.decode()
    assert "1 row is refused" in html and "Row 4" in html
    assert "Invite 3 people" in html
    assert not mail.outbox
    assert not User.objects.filter(email="pat@police.example").exists()

    with mails():
        response = client.post(
            reverse("imports:confirm_invite_many", args=[partnership_a.slug]),
            {"table": _signed_table(response)},
        )
    assert response.status_code == 302
    assert sorted(m.to[0] for m in mail.outbox) == [
        "hana@nhs.example",
        "lead@b.example",
        "pat@police.example",
    ]
    pat = Membership.objects.get(user__email="pat@police.example", partnership=partnership_a)
    assert pat.agency == police_a and pat.role == Role.LEAD
    assert Membership.objects.get(user=lead_b, partnership=partnership_a).role == Role.VIEWER
    assert not User.objects.filter(email="not-an-email").exists()
    page = client.get(response.url).content.decode()
    assert "2 invitations sent; 1 person already had a Cairn account" in page


def test_a_tampered_confirmation_invites_nobody(client_for, coordinator, partnership_a):
    client = client_for(coordinator)
    signed = _signed_table(_preview(client, partnership_a, people=LIST))
    response = client.post(
        reverse("imports:confirm_invite_many", args=[partnership_a.slug]),
        {"table": signed[:-4] + "AAAA"},
    )
    assert response.status_code == 302
    assert not User.objects.filter(email="pat@police.example").exists()


def test_a_list_with_an_unknown_column_is_refused_on_the_page(
    client_for, coordinator, partnership_a
):
    response = _preview(
        client_for(coordinator), partnership_a, people="name,email,phone\nA,a@x.example,1\n"
    )
    assert response.status_code == 400
    assert "Unknown column &#x27;phone&#x27;" in response.content.decode()


def test_an_uploaded_windows_csv_is_previewed(client_for, coordinator, partnership_a):
    upload = SimpleUploadedFile(
        "people.csv", "name,email\r\nZoë Brontë,zoe@x.example\r\n".encode("cp1252")
    )
    response = _preview(client_for(coordinator), partnership_a, file=upload)
    assert response.status_code == 200
    assert "Zoë Brontë" in response.content.decode()


def test_nothing_pasted_or_uploaded_is_refused(client_for, coordinator, partnership_a):
    response = _preview(client_for(coordinator), partnership_a, people="  ")
    assert response.status_code == 400
    assert "Paste the list of people" in response.content.decode()


@pytest.mark.parametrize("name", ["invite_many", "confirm_invite_many"])
def test_invite_many_permissions(client, client_for, lead, viewer, lead_b, partnership_a, name):
    url = reverse(f"imports:{name}", args=[partnership_a.slug])
    method = "post" if name.startswith("confirm") else "get"
    anonymous = getattr(client, method)(url)
    assert anonymous.status_code == 302 and anonymous.url.startswith(reverse("accounts:sign_in"))
    assert getattr(client_for(lead), method)(url).status_code == 403
    assert getattr(client_for(viewer), method)(url).status_code == 403
    assert getattr(client_for(lead_b), method)(url).status_code == 404
