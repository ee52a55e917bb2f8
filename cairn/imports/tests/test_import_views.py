"""The import page: upload, preview, corrections, leads, confirm, cancel; who may use it."""

from __future__ import annotations

import zipfile
from pathlib import Path

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

from cairn.accounts.models import Agency
from cairn.imports import corrections
from cairn.imports.corrections import CorrectionRefused
from cairn.imports.models import ImportJob
from cairn.imports.tests.seeds import needs_seeds, seed_file
from cairn.plans.models import Action, Milestone, Objective, Plan, Theme

pytestmark = [pytest.mark.django_db, needs_seeds]

SEED = seed_file("000_1f7791e6c0a63dfb.txt")
SLUG = "partnership-a"


@pytest.fixture(autouse=True)
def _data_dir(settings, tmp_path):
    settings.DATA_DIR = tmp_path / "data"
    return settings.DATA_DIR


@pytest.fixture(autouse=True)
def _immediate_tasks(settings):
    """Uploads are read by the task worker; here the queue runs each task at once."""
    settings.TASKS = {"default": {"BACKEND": "django.tasks.backends.immediate.ImmediateBackend"}}


def counts() -> tuple[int, ...]:
    return tuple(
        model.objects.count() for model in (Plan, Theme, Objective, Action, Milestone, Agency)
    )


def folders(data_dir: Path) -> list[Path]:
    root = data_dir / "imports"
    return list(root.iterdir()) if root.exists() else []


def url(name: str, *args) -> str:
    return reverse(f"imports:{name}", args=[SLUG, *args])


def upload(client, name: str = SEED.name, content: bytes | None = None, follow: bool = False):
    content = SEED.read_bytes() if content is None else content
    return client.post(url("start"), {"file": SimpleUploadedFile(name, content)}, follow=follow)


def working_plan(client) -> dict:
    return ImportJob.objects.get().plan


def first_action_id(plan_json: dict) -> str:
    return next(i.id for i in corrections.preview_items(plan_json) if i.kind == "action")


def test_coordinator_uploads_previews_corrects_and_confirms(client_for, coordinator, _data_dir):
    client = client_for(coordinator)
    before = counts()
    assert client.get(url("start")).status_code == 200

    response = upload(client)
    assert response.status_code == 302 and response.url == url("progress")
    assert len(folders(_data_dir)) == 1
    assert client.get(url("progress")).url == url("preview")  # read already, here
    page = client.get(url("preview"))
    assert page.status_code == 200
    plan_json = working_plan(client)
    action_id = first_action_id(plan_json)
    assert plan_json["themes"][0]["title"] in page.content.decode()
    assert counts() == before  # nothing saved by upload and preview

    assert client.get(url("item", action_id)).status_code == 200
    response = client.post(
        url("correct"), {"item": action_id, "operation": "title", "title": "Corrected title"}
    )
    assert response.status_code == 302
    assert counts() == before

    response = client.post(url("confirm"), {"title": "Year one plan"})
    plan = Plan.objects.get(partnership__slug=SLUG)
    assert response.status_code == 302 and response.url == reverse("plans:plan", args=[plan.pk])
    assert plan.title == "Year one plan" and plan.state == Plan.State.DRAFT
    first = Action.objects.filter(theme__plan=plan).in_tree_order().first()
    assert first.title == "Corrected title"
    assert folders(_data_dir) == []
    assert not ImportJob.objects.exists()


def test_changing_an_actions_level_to_milestone_is_saved_so(client_for, coordinator):
    client = client_for(coordinator)
    upload(client)
    plan_json = working_plan(client)
    actions = [i for i in corrections.preview_items(plan_json) if i.kind == "action"]
    second = actions[1]
    client.post(url("correct"), {"item": second.id, "operation": "level", "level": "milestone"})
    client.post(url("confirm"), {"title": "Plan"})
    plan = Plan.objects.get()
    assert Action.objects.filter(theme__plan=plan).count() == len(actions) - 1
    assert Milestone.objects.filter(action__theme__plan=plan, title=second.data["title"]).exists()


def test_a_lead_mapped_to_an_existing_agency_is_used(client_for, coordinator, police_a):
    client = client_for(coordinator)
    upload(client)
    plan_json = working_plan(client)
    first = actions_of(plan_json)[0]
    lead = first["leads"][0]
    page = client.get(url("preview")).content.decode()
    assert lead in page
    form = client.get(url("preview")).context["leads_form"]
    field = next(name for name, value in form.names.items() if value == lead)
    data = {name: form.fields[name].initial for name in form.fields}
    data[field] = str(police_a.pk)
    assert client.post(url("leads"), data).status_code == 302
    client.post(url("confirm"), {"title": "Plan"})
    action = Action.objects.filter(theme__plan__partnership=police_a.partnership).first()
    assert police_a in action.lead_agencies.all()
    assert not Agency.objects.filter(name=lead).exists()


def test_an_agency_chosen_for_a_lead_then_deleted_asks_again_and_saves_nothing(
    client_for, coordinator, police_a
):
    client = client_for(coordinator)
    upload(client)
    lead = actions_of(working_plan(client))[0]["leads"][0]
    form = client.get(url("preview")).context["leads_form"]
    field = next(name for name, value in form.names.items() if value == lead)
    data = {name: form.fields[name].initial for name in form.fields}
    data[field] = str(police_a.pk)
    client.post(url("leads"), data)
    police_a.delete()
    response = client.post(url("confirm"), {"title": "Plan"})
    assert "An agency chosen for a lead no longer exists" in response.content.decode()
    assert not Action.objects.filter(theme__plan__partnership=police_a.partnership).exists()


def actions_of(plan_json: dict) -> list[dict]:
    return [a for t in plan_json["themes"] for o in t["objectives"] for a in o["actions"]]


@pytest.mark.parametrize("item", ["t99.o1.a1", "t1.o1.a999", "nonsense", "t1.o1.a1.m999"])
def test_a_tampered_item_is_refused_with_a_message_and_nothing_changes(
    client_for, coordinator, item
):
    client = client_for(coordinator)
    upload(client)
    before = working_plan(client)
    response = client.post(url("correct"), {"item": item, "operation": "delete"})
    assert response.status_code == 200
    page = response.content.decode()
    assert "There is a problem" in page
    assert "not in the preview any more" in page or "not an item of this plan" in page
    assert working_plan(client) == before


def test_an_unknown_correction_is_refused(client_for, coordinator):
    client = client_for(coordinator)
    upload(client)
    before = working_plan(client)
    response = client.post(url("correct"), {"item": "t1", "operation": "explode"})
    assert response.status_code == 200 and "There is a problem" in response.content.decode()
    assert working_plan(client) == before


def test_a_refused_level_change_shows_why(client_for, coordinator):
    client = client_for(coordinator)
    upload(client)
    first = first_action_id(working_plan(client))
    response = client.post(
        url("correct"), {"item": first, "operation": "level", "level": "milestone"}
    )
    assert response.status_code == 200
    assert "no action above it" in response.content.decode()


def test_cancel_deletes_the_upload_and_saves_nothing(client_for, coordinator, _data_dir):
    client = client_for(coordinator)
    before = counts()
    upload(client)
    assert folders(_data_dir)
    response = client.post(url("cancel"))
    assert response.status_code == 302
    assert folders(_data_dir) == []
    assert counts() == before
    assert client.get(url("preview")).status_code == 302


def test_an_abandoned_preview_leaves_nothing_in_the_plan_tables(client_for, coordinator):
    client = client_for(coordinator)
    before = counts()
    upload(client)
    client.get(url("preview"))
    client.post(url("correct"), {"item": "t1", "operation": "title", "title": "New"})
    client.logout()
    assert counts() == before


def zip_bomb() -> bytes:
    import io

    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("word/document.xml", b"\0" * (300 * 1024 * 1024))
    return buffer.getvalue()


BAD_FILES = {
    "empty": ("plan.txt", b"", "empty"),
    "unsupported": ("plan.exe", b"MZ\x90\x00", "cannot read"),
    "corrupt": ("plan.docx", b"PK\x03\x04 this is not really a zip", "damaged"),
    "encrypted": (
        "plan.xlsx",
        b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + "EncryptedPackage".encode("utf-16-le"),
        "password",
    ),
    "no plan": (
        "plan.txt",
        b"Our vision is that everyone is safe.\nWe work together.\n",
        "No plan was found",
    ),
}


@pytest.mark.parametrize("case", sorted(BAD_FILES))
def test_a_bad_file_shows_its_message_and_saves_nothing(case, client_for, coordinator, _data_dir):
    name, content, words = BAD_FILES[case]
    before = counts()
    client = client_for(coordinator)
    response = upload(client, name, content, follow=True)
    assert response.status_code == 200
    page = response.content.decode()
    assert "There is a problem" in page and "govuk-error-summary" in page
    assert words.lower() in page.lower()
    assert counts() == before
    assert folders(_data_dir) == []
    assert not ImportJob.objects.exists()  # the message was shown; nothing is left
    assert client.get(url("progress")).url == url("start")


def test_a_zip_bomb_is_refused_on_the_page(client_for, coordinator, _data_dir):
    response = upload(client_for(coordinator), "plan.docx", zip_bomb())
    assert response.status_code == 200
    assert "zip bomb" in response.content.decode()
    assert not Plan.objects.exists() and folders(_data_dir) == []


def test_an_oversized_file_is_refused_on_the_page(client_for, coordinator, settings, _data_dir):
    settings.CAIRN_IMPORT_MAX_BYTES = 100
    response = upload(client_for(coordinator))
    assert response.status_code == 200
    assert "larger than" in response.content.decode()
    assert folders(_data_dir) == []


def test_no_file_chosen_is_an_error(client_for, coordinator):
    response = client_for(coordinator).post(url("start"), {})
    assert response.status_code == 200
    assert "Choose the file that holds the plan" in response.content.decode()


def test_a_reader_crash_is_a_message_not_a_500(client_for, coordinator, monkeypatch):
    def crash(path):
        raise KeyError("surprise")

    monkeypatch.setattr("cairn.imports.uploads.parse_file", crash)
    response = upload(client_for(coordinator), follow=True)
    assert response.status_code == 200
    assert "could not read" in response.content.decode()


def test_the_partnership_page_offers_import_to_the_coordinator(client_for, coordinator):
    page = client_for(coordinator).get(reverse("accounts:partnership", args=[SLUG]))
    assert url("start") in page.content.decode()


@pytest.mark.parametrize(
    "name", ["start", "progress", "preview", "correct", "leads", "confirm", "cancel"]
)
def test_anonymous_is_sent_to_sign_in(client, partnership_a, name):
    response = client.get(url(name)) if name in ("start", "progress") else client.post(url(name))
    assert response.status_code == 302
    assert response.url.startswith(reverse("accounts:sign_in"))


@pytest.mark.parametrize("who", ["viewer", "lead"])
@pytest.mark.parametrize("name", ["start", "progress", "preview", "correct", "confirm", "cancel"])
def test_viewer_and_lead_get_403(request, client_for, who, name):
    client = client_for(request.getfixturevalue(who))
    response = client.get(url(name)) if name in ("start", "progress") else client.post(url(name))
    assert response.status_code == 403
    assert not Plan.objects.exists()


def test_another_partnership_gets_404(client_for, lead_b, partnership_a):
    client = client_for(lead_b)
    assert client.get(url("start")).status_code == 404
    assert upload(client).status_code == 404
    assert client.get(url("progress")).status_code == 404
    assert client.post(url("confirm"), {"title": "x"}).status_code == 404


# ---------------------------------------------------------------- corrections on Plan JSON


def small_plan() -> dict:
    def action(title, milestones=()):
        return {
            "ref": None,
            "title": title,
            "leads": ["Police"],
            "collaborators": [],
            "deadline_text": "Mar 2017",
            "deadline": None,
            "timescale": None,
            "status_text": None,
            "progress_text": None,
            "output": None,
            "outcome": None,
            "indicators": [],
            "cost": None,
            "milestones": [
                {"title": m, "due_text": None, "due": None, "lead": None} for m in milestones
            ],
        }

    return {
        "title": "Plan",
        "period_text": None,
        "themes": [
            {
                "ref": "1",
                "title": "Safety",
                "description": None,
                "objectives": [
                    {
                        "ref": "1.1",
                        "title": "Help early",
                        "actions": [
                            action("First", ["Step a"]),
                            action("Second\nThird", ["Step b"]),
                            action("Fourth"),
                        ],
                    },
                ],
            }
        ],
    }


def titles(plan_json: dict) -> list[tuple[str, str]]:
    return [(i.kind, i.data["title"]) for i in corrections.preview_items(plan_json)]


def test_merge_joins_an_item_into_the_one_above():
    plan = corrections.apply(small_plan(), "merge", "t1.o1.a2")
    assert titles(plan)[2:5] == [
        ("action", "First Second\nThird"),
        ("milestone", "Step a"),
        ("milestone", "Step b"),
    ]


def test_merge_of_a_first_item_is_refused():
    with pytest.raises(CorrectionRefused):
        corrections.apply(small_plan(), "merge", "t1.o1.a1")


def test_split_makes_one_item_per_line():
    plan = corrections.apply(small_plan(), "split", "t1.o1.a2", title="Second\nThird")
    assert [t for k, t in titles(plan) if k == "action"] == ["First", "Second", "Third", "Fourth"]


def test_milestone_becomes_an_action_after_its_own():
    plan = corrections.apply(small_plan(), "level", "t1.o1.a1.m1", level="action")
    assert [t for k, t in titles(plan) if k == "action"][:2] == ["First", "Step a"]


def test_action_becomes_an_objective_taking_the_actions_after_it():
    plan = corrections.apply(small_plan(), "level", "t1.o1.a2", level="objective")
    assert titles(plan) == [
        ("theme", "Safety"),
        ("objective", "Help early"),
        ("action", "First"),
        ("milestone", "Step a"),
        ("objective", "Second\nThird"),
        ("action", "Step b"),
        ("action", "Fourth"),
    ]


def test_objective_becomes_an_action_and_the_original_is_untouched():
    original = small_plan()
    plan = corrections.apply(original, "level", "t1.o1", level="action")
    assert [t for k, t in titles(plan) if k == "action"][0] == "Help early"
    assert original == small_plan()


def test_delete_removes_the_item_and_what_is_under_it():
    plan = corrections.apply(small_plan(), "delete", "t1.o1.a1")
    assert ("milestone", "Step a") not in titles(plan)


def test_a_markdown_plan_of_headings_and_lists_previews_saying_how_it_was_read(
    client_for, coordinator
):
    client = client_for(coordinator)
    content = b"# Plan 2025\n\n## Prevention\n\n- Run a campaign (Lead: CSP; by March 2026)\n"
    response = upload(client, "plan.md", content)
    assert response.status_code == 302
    page = client.get(url("preview")).content.decode()
    assert "It read the plan from headings and lists." in page
    assert "Run a campaign" in page


PASTED = (
    "Our delivery plan 2025/26\n\n"
    "Action\tLead\tDeadline\n"
    "Train GP practices in routine enquiry\tICB\tMarch 2026\n"
    "Publish a support directory\tCouncil\tSeptember 2025\n"
)


def test_pasted_text_imports_like_a_file(client_for, coordinator, _data_dir):
    client = client_for(coordinator)
    before = counts()
    response = client.post(url("start"), {"text": PASTED})
    assert response.status_code == 302 and response.url == url("progress")
    assert client.get(url("progress")).url == url("preview")  # read already, here
    titles = [a["title"] for a in working_plan(client)["themes"][0]["objectives"][0]["actions"]]
    assert titles == ["Train GP practices in routine enquiry", "Publish a support directory"]
    assert counts() == before
    client.post(url("confirm"), {"title": "Pasted plan"})
    assert Action.objects.filter(theme__plan__title="Pasted plan").count() == 2


def test_pasted_text_without_a_plan_is_refused_with_what_it_holds(client_for, coordinator):
    client = client_for(coordinator)
    letter = "Dear all,\n\nPlease find the minutes of the last board attached.\n\nThanks.\n"
    response = client.post(url("start"), {"text": letter}, follow=True)
    assert response.status_code == 200
    assert "No plan was found in this document: it reads as a letter of" in (
        response.content.decode()
    )
    assert not Plan.objects.exists()


def test_pasted_text_too_long_is_refused(client_for, coordinator, monkeypatch, _data_dir):
    monkeypatch.setattr("cairn.imports.forms.PASTE_MAX_CHARACTERS", 50)
    response = client_for(coordinator).post(url("start"), {"text": PASTED})
    assert response.status_code == 200
    assert "Save it as a file" in response.content.decode()
    assert folders(_data_dir) == []


def test_a_file_and_pasted_text_together_are_refused(client_for, coordinator):
    file = SimpleUploadedFile("plan.txt", PASTED.encode())
    response = client_for(coordinator).post(url("start"), {"file": file, "text": PASTED})
    assert response.status_code == 200
    assert "not both" in response.content.decode()


def test_pasting_is_for_the_partnerships_coordinators_only(client, lead_b, viewer, partnership_a):
    response = client.post(url("start"), {"text": PASTED})
    assert response.status_code == 302
    assert response.url.startswith(reverse("accounts:sign_in"))
    client.force_login(viewer)
    assert client.post(url("start"), {"text": PASTED}).status_code == 403
    client.force_login(lead_b)
    assert client.post(url("start"), {"text": PASTED}).status_code == 404
    assert not Plan.objects.exists()
