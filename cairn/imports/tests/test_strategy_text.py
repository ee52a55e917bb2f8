"""A strategy's vision and aims, read from the opening of a plan document and saved to the
strategy once the coordinator has checked them."""

from __future__ import annotations

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

from cairn.imports.grid import Block, Cell, Document, Row
from cairn.imports.strategy_text import StrategyText, read_strategy_text, strategy_text
from cairn.imports.tests.seeds import needs_seeds, seed_file
from cairn.plans.models import Strategy

PROSE = """Exampleshire Domestic Abuse Plan 2026/27

## Our vision

Everyone in Exampleshire lives free from domestic abuse.

## Our priorities

- Prevent abuse before it starts
- Keep victims and their children safe

## The plan

Theme\tAction\tLead\tDeadline
Safety\tRun a campaign\tPolice\tMarch 2027
"""


def test_headings_with_paragraphs_and_lists(tmp_path):
    path = tmp_path / "plan.md"
    path.write_text(PROSE)
    assert read_strategy_text(path) == StrategyText(
        vision="Everyone in Exampleshire lives free from domestic abuse.",
        aims=["Prevent abuse before it starts", "Keep victims and their children safe"],
    )


def test_a_table_of_labels_and_values():
    rows = [
        Row([Cell("Our Vision and Overarching Outcome", bold=True), Cell("A joined-up response.")]),
        Row([Cell("Aims"), Cell("1. Safety 2. Justice", bullets=["1. Safety", "2. Justice"])]),
        Row([Cell("Aim one: victims are safe"), Cell("")]),
    ]
    found = strategy_text(Document([Block(rows=rows)]))
    assert found == StrategyText(vision="A joined-up response.", aims=["Safety", "Justice"])


def test_sentences_and_plan_rows_are_not_labels():
    blocks = [
        Block(text="Aims of this plan are set by the board each year."),
        Block(rows=[Row([Cell("Aim one: victims are safe"), Cell("Police")])]),
    ]
    assert not strategy_text(Document(blocks)).found


@needs_seeds
def test_southends_plan_states_its_vision_and_five_aims():
    found = read_strategy_text(seed_file("000_1f7791e6c0a63dfb.txt"))
    assert found.vision == "Reduce the harm caused by domestic abuse in Southend"
    assert len(found.aims) == 5
    assert found.aims[1].startswith("perpetrators will be challenged and held accountable")


# ---------------------------------------------------------------- the pages


@pytest.fixture
def strategy(partnership_a):
    return Strategy.objects.create(partnership=partnership_a, title="Strategy 2026-2030")


@pytest.fixture(autouse=True)
def _data_dir(settings, tmp_path):
    settings.DATA_DIR = tmp_path / "data"


def url(strategy: Strategy) -> str:
    return reverse("imports:strategy_text", args=[strategy.pk])


@pytest.mark.django_db
def test_the_coordinator_checks_what_was_read_then_saves_it(strategy, client_for, coordinator):
    client = client_for(coordinator)
    strategy_page = client.get(reverse("plans:strategy", args=[strategy.pk])).content.decode()
    assert url(strategy) in strategy_page
    assert client.get(url(strategy)).status_code == 200
    found = client.post(url(strategy), {"file": SimpleUploadedFile("plan.md", PROSE.encode())})
    assert found.status_code == 200
    assert "Everyone in Exampleshire lives free from domestic abuse." in found.content.decode()
    strategy.refresh_from_db()
    assert strategy.vision == ""  # nothing saved before the coordinator confirms
    assert not list(_upload_root().glob("*/*"))  # the upload is gone once read

    saved = client.post(
        url(strategy),
        {"confirm": "1", "vision": "Everyone lives free from abuse.", "aims": "Prevent\n\nProtect"},
    )
    assert saved.status_code == 302
    strategy.refresh_from_db()
    assert strategy.vision == "Everyone lives free from abuse."
    assert strategy.aim_list == ["Prevent", "Protect"]


def _upload_root():
    from cairn.imports.uploads import imports_root

    root = imports_root()
    root.mkdir(parents=True, exist_ok=True)
    return root


@pytest.mark.django_db
def test_a_document_without_a_vision_says_so_and_changes_nothing(strategy, client_for, coordinator):
    plan = "Theme\tAction\tLead\nSafety\tRun a campaign\tPolice\n"
    response = client_for(coordinator).post(
        url(strategy), {"file": SimpleUploadedFile("plan.txt", plan.encode())}
    )
    assert response.status_code == 400
    assert "No vision or aims were found in plan.txt" in response.content.decode()
    strategy.refresh_from_db()
    assert strategy.vision == "" and strategy.aims == ""


@pytest.mark.django_db
@pytest.mark.parametrize("method", ["get", "post"])
def test_only_the_coordinator_imports_the_vision(
    strategy, client, client_for, viewer, lead_b, method
):
    assert getattr(client_for(viewer), method)(url(strategy)).status_code == 403
    assert getattr(client_for(lead_b), method)(url(strategy)).status_code == 404
    client.logout()
    assert getattr(client, method)(url(strategy)).status_code == 302
