"""`cairn backup` and `cairn restore`: a round trip of all data and the private files, on
whichever database the tests run (SQLite, or PostgreSQL with pg_dump under
`make pytest-postgres`); damaged, newer or foreign archives and a non-empty target refused."""

from __future__ import annotations

import io
import json
import shutil
import tarfile
from pathlib import Path

import pytest
from django.core.management import CommandError, call_command

from cairn.accounts.models import Role
from cairn.imports.models import ImportJob
from cairn.plans import deleting
from cairn.plans.factories import make_partnership, make_person, make_plan
from cairn.plans.models import Action

pytestmark = pytest.mark.django_db(transaction=True)


@pytest.fixture(autouse=True)
def data_dir(settings, tmp_path):
    settings.DATA_DIR = tmp_path / "data"
    return settings.DATA_DIR


@pytest.fixture
def installation(data_dir):
    """A partnership with a plan, a deleted action, and an upload waiting to be imported."""
    partnership = make_partnership("Partnership A", "partnership-a")
    coordinator = make_person("c@a.example", "Casey", partnership, Role.COORDINATOR)
    plan = make_plan(partnership)
    deleting.soft_delete(plan.themes.get().actions.first(), by=coordinator)
    folder = data_dir / "imports" / "token123"
    folder.mkdir(parents=True)
    (folder / "plan.docx").write_bytes(b"PK\x03\x04 an upload \x00\xff")
    ImportJob.objects.create(
        partnership=partnership, started_by=coordinator, file_name="plan.docx", token="token123"
    )
    return data_dir


def everything() -> str:
    """Every row of every table, hidden ones included, as JSON."""
    out = io.StringIO()
    call_command("dumpdata", "--all", "--indent=0", stdout=out)
    return out.getvalue()


def empty_the_installation(data_dir: Path) -> None:
    call_command("flush", interactive=False, verbosity=0)
    shutil.rmtree(data_dir, ignore_errors=True)


def rewrite_manifest(archive: Path, target: Path, **changes) -> Path:
    with tarfile.open(archive, "r:gz") as source, tarfile.open(target, "w:gz") as copy:
        for member in source.getmembers():
            content = source.extractfile(member).read()
            if member.name == "manifest.json":
                content = json.dumps({**json.loads(content), **changes}).encode()
                member.size = len(content)
            copy.addfile(member, io.BytesIO(content))
    return target


def test_backup_then_restore_into_an_empty_installation_gives_back_everything(
    installation, tmp_path
):
    before = everything()
    archive = tmp_path / "cairn.tar.gz"
    out = io.StringIO()
    call_command("backup", str(archive), stdout=out)
    assert "1 private file(s)" in out.getvalue()

    empty_the_installation(installation)
    assert not Action.all_objects.exists()
    call_command("restore", str(archive), stdout=io.StringIO())

    assert everything() == before
    assert Action.all_objects.count() == 4 and Action.objects.count() == 3
    upload = installation / "imports" / "token123" / "plan.docx"
    assert upload.read_bytes() == b"PK\x03\x04 an upload \x00\xff"


def test_restore_into_an_installation_with_data_is_refused_and_changes_nothing(
    installation, tmp_path
):
    archive = tmp_path / "cairn.tar.gz"
    call_command("backup", str(archive), stdout=io.StringIO())
    before = everything()
    with pytest.raises(CommandError, match="already holds data"):
        call_command("restore", str(archive))
    assert everything() == before


def test_restore_over_existing_private_files_is_refused(installation, tmp_path):
    archive = tmp_path / "cairn.tar.gz"
    call_command("backup", str(archive), stdout=io.StringIO())
    call_command("flush", interactive=False, verbosity=0)  # the files stay
    with pytest.raises(CommandError, match="already holds files"):
        call_command("restore", str(archive))


def test_backup_will_not_overwrite_a_file(installation, tmp_path):
    archive = tmp_path / "cairn.tar.gz"
    archive.write_bytes(b"precious")
    with pytest.raises(CommandError, match="exists already"):
        call_command("backup", str(archive))
    assert archive.read_bytes() == b"precious"


def corrupt_archives(archive: Path, tmp_path: Path) -> dict[str, Path]:
    whole = archive.read_bytes()
    cases = {
        "random bytes": bytes(range(256)) * 40,
        "truncated": whole[: len(whole) // 2],
        "not gzip": b"hello, this is text",
    }
    paths = {}
    for name, content in cases.items():
        path = tmp_path / f"{name.replace(' ', '-')}.tar.gz"
        path.write_bytes(content)
        paths[name] = path
    tampered = tmp_path / "tampered.tar.gz"
    with tarfile.open(archive, "r:gz") as source, tarfile.open(tampered, "w:gz") as copy:
        for member in source.getmembers():
            content = source.extractfile(member).read()
            if member.name == "database.dump":
                content = content[:-10] + b"0123456789"
            copy.addfile(member, io.BytesIO(content))
    paths["tampered"] = tampered
    return paths


def test_damaged_archives_are_refused_with_a_clear_message(installation, tmp_path):
    archive = tmp_path / "cairn.tar.gz"
    call_command("backup", str(archive), stdout=io.StringIO())
    empty_the_installation(installation)
    for name, path in corrupt_archives(archive, tmp_path).items():
        with pytest.raises(CommandError, match="not a whole Cairn backup"):
            call_command("restore", str(path))
        assert not Action.all_objects.exists(), name
    with pytest.raises(CommandError, match="no file at"):
        call_command("restore", str(tmp_path / "missing.tar.gz"))


def test_an_archive_from_a_newer_cairn_is_refused(installation, tmp_path):
    archive = tmp_path / "cairn.tar.gz"
    call_command("backup", str(archive), stdout=io.StringIO())
    with tarfile.open(archive) as tar:
        manifest = json.loads(tar.extractfile("manifest.json").read())
    newer = rewrite_manifest(
        archive,
        tmp_path / "newer.tar.gz",
        migrations=[*manifest["migrations"], "plans.9999_from_the_future"],
    )
    empty_the_installation(installation)
    with pytest.raises(CommandError, match="newer version of Cairn.*plans.9999_from_the_future"):
        call_command("restore", str(newer))
    assert not Action.all_objects.exists()


def test_an_archive_of_another_kind_of_database_is_refused(installation, tmp_path):
    archive = tmp_path / "cairn.tar.gz"
    call_command("backup", str(archive), stdout=io.StringIO())
    foreign = rewrite_manifest(archive, tmp_path / "foreign.tar.gz", vendor="oracle")
    empty_the_installation(installation)
    with pytest.raises(CommandError, match="backup is of a oracle database"):
        call_command("restore", str(foreign))
