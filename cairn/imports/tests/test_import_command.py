"""`cairn import FILE --partnership SLUG`: a seed becomes a draft plan; bad input saves nothing."""

from __future__ import annotations

import io
import zipfile
from pathlib import Path

import pytest
from django.core.management import call_command
from django.core.management.base import CommandError

from cairn.accounts.models import Agency
from cairn.imports.tests.seeds import needs_seeds, seed_file
from cairn.plans.models import Action, Milestone, Plan, Theme

pytestmark = [pytest.mark.django_db, needs_seeds]

SEED = seed_file("000_1f7791e6c0a63dfb.txt")


def counts() -> tuple[int, ...]:
    return tuple(model.objects.count() for model in (Plan, Theme, Action, Milestone, Agency))


def run(*args: str) -> str:
    out = io.StringIO()
    call_command("import", *args, stdout=out)
    return out.getvalue()


def test_import_saves_a_seed_as_a_draft_and_prints_a_summary(partnership_a):
    output = run(str(SEED), "--partnership", partnership_a.slug)
    plan = Plan.objects.get(partnership=partnership_a)
    assert plan.state == Plan.State.DRAFT
    assert plan.starts_on is not None
    assert Action.objects.filter(theme__plan=plan).count() > 10
    assert f"Plan id {plan.pk}, slug {plan.slug}" in output
    assert "actions" in output and "milestones" in output and "new agencies" in output
    assert "flagged deadlines" in output
    first = Action.objects.filter(theme__plan=plan).first()
    assert first.history.filter(history_type="+").exists()


def test_import_takes_a_title(partnership_a):
    run(str(SEED), "--partnership", partnership_a.slug, "--title", "Year one")
    assert Plan.objects.get(partnership=partnership_a).title == "Year one"


def test_the_cairn_command_exits_non_zero_with_the_message_on_stderr(
    partnership_a, tmp_path, monkeypatch, capsys
):
    from cairn.__main__ import main

    # A command run from the command line closes every connection when it ends; on
    # PostgreSQL that would close the test's own transaction under it.
    monkeypatch.setattr("django.core.management.base.connections.close_all", lambda: None)
    empty = tmp_path / "plan.txt"
    empty.write_bytes(b"")
    monkeypatch.setattr(
        "sys.argv", ["cairn", "import", str(empty), "--partnership", "partnership-a"]
    )
    with pytest.raises(SystemExit) as exit_:
        main()
    assert exit_.value.code != 0
    assert "plan.txt is empty" in capsys.readouterr().err
    assert not Plan.objects.exists()


def zip_bomb(path: Path) -> Path:
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("word/document.xml", b"\0" * (300 * 1024 * 1024))
    return path


BAD_FILES = {
    "empty": ("plan.txt", b"", "empty"),
    "unsupported": ("plan.exe", b"MZ\x90\x00", "cannot read"),
    "corrupt": ("plan.docx", b"PK\x03\x04 this is not really a zip", "damaged"),
    "encrypted": (
        "plan.docx",
        b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + "EncryptedPackage".encode("utf-16-le"),
        "password",
    ),
    "no plan": (
        "plan.txt",
        b"Our vision is that everyone is safe.\nWe will work together.\n",
        "No plan was found",
    ),
}


@pytest.mark.parametrize("case", sorted(BAD_FILES))
def test_bad_files_fail_with_a_message_and_save_nothing(case, tmp_path, partnership_a):
    name, content, words = BAD_FILES[case]
    path = tmp_path / name
    path.write_bytes(content)
    before = counts()
    with pytest.raises(CommandError) as problem:
        run(str(path), "--partnership", partnership_a.slug)
    assert words.lower() in str(problem.value).lower()
    assert counts() == before


def test_a_zip_bomb_is_refused(tmp_path, partnership_a):
    before = counts()
    with pytest.raises(CommandError, match="zip bomb"):
        run(str(zip_bomb(tmp_path / "plan.docx")), "--partnership", partnership_a.slug)
    assert counts() == before


def test_an_oversized_file_is_refused(tmp_path, partnership_a, settings):
    settings.CAIRN_IMPORT_MAX_BYTES = 100
    before = counts()
    with pytest.raises(CommandError, match="larger than"):
        run(str(SEED), "--partnership", partnership_a.slug)
    assert counts() == before


def test_an_unknown_partnership_is_refused(partnership_a):
    with pytest.raises(CommandError, match="no partnership 'nowhere'"):
        run(str(SEED), "--partnership", "nowhere")
    assert not Plan.objects.exists()


def test_a_missing_file_is_refused(partnership_a, tmp_path):
    with pytest.raises(CommandError):
        run(str(tmp_path / "missing.txt"), "--partnership", partnership_a.slug)
    assert not Plan.objects.exists()
