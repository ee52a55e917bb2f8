"""The preview says how the document was read and lets the coordinator finish the reading:
a column Cairn could not place is given a role, a lead person is mapped to one of the
partnership's people or added as a new one (email optional), an item moves theme."""

from __future__ import annotations

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

from cairn.accounts.models import User
from cairn.imports import corrections
from cairn.imports.corrections import CorrectionRefused
from cairn.imports.models import ImportJob
from cairn.plans.models import Action, Plan

pytestmark = pytest.mark.django_db

SLUG = "partnership-a"
PLAN = (
    "Safer Homes Action Plan 2026-2028\n\n"
    "Action\tLead\tDeadline\tStrategy link\n"
    "HOUSING\n"
    "Extend the sanctuary scheme to private tenants\tHousing Options\tMarch 2027\tChapter four\n"
    "Fund a refuge place for women with no recourse\tJo Bloggs\tJune 2026\tChapter two\n"
    "HEALTH\n"
    "Place an IDVA in the emergency department\tLee Lead\t2026/27\tChapter five\n"
)


@pytest.fixture(autouse=True)
def _data_dir(settings, tmp_path):
    settings.DATA_DIR = tmp_path / "data"


@pytest.fixture(autouse=True)
def _immediate_tasks(settings):
    settings.TASKS = {"default": {"BACKEND": "django.tasks.backends.immediate.ImmediateBackend"}}


def url(name: str, *args: str) -> str:
    return reverse(f"imports:{name}", args=[SLUG, *args])


@pytest.fixture
def previewing(client_for, coordinator):
    client = client_for(coordinator)
    upload = SimpleUploadedFile("plan.txt", PLAN.encode())
    assert client.post(url("start"), {"file": upload}).status_code == 302
    return client


def plan_now() -> dict:
    return ImportJob.objects.get().plan


def actions(plan_json: dict) -> list[dict]:
    return [a for t in plan_json["themes"] for o in t["objectives"] for a in o["actions"]]


def test_the_preview_says_how_each_column_was_read_and_how_sure_it_is(previewing):
    page = previewing.get(url("preview"))

    html = page.content.decode()
    assert "How Cairn read the document" in html
    assert "a table in the text (tab-separated columns)" in html
    assert "Not sure: some columns could not be placed" in html
    columns = {c["header"]: (c["role"], c["by"]) for c in plan_now()["columns"]}
    assert columns == {
        "Action": ("action", "header"),
        "Lead": ("lead", "header"),
        "Deadline": ("deadline", "header"),
        "Strategy link": ("other", "unknown"),
    }
    assert "Strategy link (not placed):" in html and "Chapter four" in html
    assert [value for value, _ in page.context["column_form"].fields["header"].choices] == [
        "Strategy link"
    ]


def test_a_column_cairn_could_not_place_is_given_a_role(previewing):
    response = previewing.post(
        url("column"), {"header": "Strategy link", "role": "indicators"}, follow=True
    )

    assert response.status_code == 200
    plan_json = plan_now()
    assert [a["indicators"] for a in actions(plan_json)] == [
        ["Chapter four"],
        ["Chapter two"],
        ["Chapter five"],
    ]
    assert not any("other" in a for a in actions(plan_json))
    assert {"header": "Strategy link", "role": "indicators", "by": "you"} in plan_json["columns"]
    assert not response.context["column_form"].fields["header"].choices


def test_a_column_given_the_progress_role_is_saved_as_each_actions_progress(previewing):
    previewing.post(url("column"), {"header": "Strategy link", "role": "progress"})
    previewing.post(url("confirm"), {"title": "Safer Homes"})

    saved = Action.objects.filter(theme__plan__title="Safer Homes").in_tree_order().first()
    assert saved.progress_note == "Chapter four"


@pytest.mark.parametrize(
    "data",
    [{"header": "Nonsense", "role": "progress"}, {"header": "Strategy link", "role": "x"}, {}],
)
def test_a_column_role_that_cannot_be_given_is_refused_and_nothing_changes(previewing, data):
    before = plan_now()

    response = previewing.post(url("column"), data)

    assert response.status_code == 200
    assert response.context["column_form"].errors
    assert plan_now() == before


def test_giving_a_role_to_a_column_that_is_not_other_is_refused():
    action = {"title": "A", "other": {"X": "Police"}}
    plan_json = {"themes": [{"objectives": [{"actions": [action]}]}]}
    with pytest.raises(CorrectionRefused):
        corrections.give_column_role(plan_json, "Lead", "progress")
    leads = corrections.give_column_role(plan_json, "X", "lead")
    assert actions(leads)[0]["leads"] == ["Police"] and "other" not in actions(leads)[0]
    assert "other" in actions(plan_json)[0]  # the plan passed in is left as it was


def lead_field(client, lead: str) -> tuple[dict, str]:
    form = client.get(url("preview")).context["leads_form"]
    data = {name: form.fields[name].initial or "" for name in form.fields}
    return data, next(name for name, value in form.names.items() if value == lead)


def test_a_lead_person_is_mapped_to_one_of_the_partnerships_people(previewing, lead):
    data, field = lead_field(previewing, "Jo Bloggs")
    data[field] = f"member:{lead.pk}"

    assert previewing.post(url("leads"), data).status_code == 302
    previewing.post(url("confirm"), {"title": "Safer Homes"})

    refuge = Action.objects.get(title__startswith="Fund a refuge")
    assert list(refuge.lead_people.all()) == [lead]
    assert not User.objects.filter(name="Jo Bloggs").exists()


def test_a_new_lead_person_can_be_given_an_email_address(previewing):
    data, field = lead_field(previewing, "Jo Bloggs")
    assert data[field] == "new_person"
    email_field = "email_" + field.removeprefix("lead_")
    data[email_field] = "jo.bloggs@council.example"

    assert previewing.post(url("leads"), data).status_code == 302
    page = previewing.get(url("preview"))
    assert page.context["leads_form"].fields[email_field].initial == "jo.bloggs@council.example"
    previewing.post(url("confirm"), {"title": "Safer Homes"})

    person = User.objects.get(email="jo.bloggs@council.example")
    assert person.name == "Jo Bloggs" and not person.is_active
    assert list(person.led_actions.values_list("title", flat=True)) == [
        "Fund a refuge place for women with no recourse"
    ]


def test_a_new_lead_persons_email_must_be_an_email_address(previewing):
    data, field = lead_field(previewing, "Jo Bloggs")
    data["email_" + field.removeprefix("lead_")] = "not an address"

    response = previewing.post(url("leads"), data)

    assert response.status_code == 200
    assert "Enter a valid email address." in response.content.decode()
    assert ImportJob.objects.get().leads == {}


def test_a_member_named_as_lead_is_chosen_already(previewing, lead):
    data, field = lead_field(previewing, "Lee Lead")
    assert data[field] == "person"


def test_an_action_moves_to_another_theme_from_its_page(previewing):
    plan_json = plan_now()
    action_id = next(i.id for i in corrections.preview_items(plan_json) if i.kind == "action")
    page = previewing.get(url("item", action_id))
    assert "Move it to another theme" in page.content.decode()
    assert page.context["themes"] == [("t2", "HEALTH")]

    previewing.post(url("correct"), {"item": action_id, "operation": "move", "target": "t2"})

    themes = plan_now()["themes"]
    titles = [[a["title"] for o in t["objectives"] for a in o["actions"]] for t in themes]
    assert titles[1][-1] == "Extend the sanctuary scheme to private tenants"
    assert not Plan.objects.exists()


def test_the_preview_shows_the_quarterly_history_each_action_will_get(client_for, coordinator):
    """A tracker with an update and a RAG column per quarter: one history entry a quarter,
    shown before saving, the latest as the action's status now."""
    tracker = (
        "Action\tLead\tDeadline\tQ1 update\tQ1 RAG\tQ2 update\tQ2 RAG\n"
        "Extend the sanctuary scheme\tHousing Options\tMarch 2027\tScoping begun\tAmber"
        "\tTwelve homes fitted\tGreen\n"
        "Place an IDVA in the emergency department\tNHS Trust\t2026/27\tPost advertised\tRed"
        "\tRecruited\tAmber\n"
    )
    client = client_for(coordinator)
    upload = SimpleUploadedFile("tracker.txt", tracker.encode())
    assert client.post(url("start"), {"file": upload}).status_code == 302

    html = client.get(url("preview")).content.decode()

    first = actions(plan_now())[0]
    assert [(u["period"], u["status_text"]) for u in first["updates"]] == [
        ("Q1", "Amber"),
        ("Q2", "Green"),
    ]
    assert "History it will get (2 updates, one a period" in html
    assert "<strong>Q1</strong>: Amber. Scoping begun" in html
    assert "<strong>Q2</strong>: Green. Twelve homes fitted (current)" in html
