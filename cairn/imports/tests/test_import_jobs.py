"""Imports read in the background: the upload returns at once, a progress page polls, the
plan waits in the database (not the session), and abandoned imports are cleaned up."""

from __future__ import annotations

import datetime as dt
import io
import json
import os
import time
from pathlib import Path

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.core.management import call_command
from django.urls import reverse
from django.utils import timezone
from django.utils.html import escape

from cairn.imports import cleanup
from cairn.imports.models import ImportJob
from cairn.imports.tasks import delete_abandoned_imports, read_import

pytestmark = pytest.mark.django_db

SLUG = "partnership-a"
PLAN_TEXT = (
    "Ref\tPriority\tAction\tLed by\tBy when\tRAG\n"
    "1\tPriority 1: Safety\n"
    "1.1\t\tTrain staff in risk assessment\tPolice\tMarch 2017\tGreen\n"
    "1.2\t\tReview the referral pathway\tHealth\tJune 2017\tAmber\n"
)


@pytest.fixture(autouse=True)
def _data_dir(settings, tmp_path):
    settings.DATA_DIR = tmp_path / "data"
    return settings.DATA_DIR


@pytest.fixture
def queue_only(settings):
    """The database queue with no worker running: uploads wait to be read."""
    settings.TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}


def url(name: str) -> str:
    return reverse(f"imports:{name}", args=[SLUG])


def folders(data_dir: Path) -> list[Path]:
    root = data_dir / "imports"
    return sorted(root.iterdir()) if root.exists() else []


def upload(client, content: bytes = PLAN_TEXT.encode(), name: str = "plan.txt"):
    return client.post(url("start"), {"file": SimpleUploadedFile(name, content)})


def test_upload_returns_before_the_document_is_read(
    client_for, coordinator, queue_only, monkeypatch
):
    """A 19 MB document took 54 s to read inside the request (a gunicorn timeout): now the
    request only stores it and puts it on the queue."""

    def not_in_the_request(path):
        raise AssertionError("the document was read inside the request")

    monkeypatch.setattr("cairn.imports.uploads.parse_file", not_in_the_request)
    client = client_for(coordinator)
    response = upload(client)
    assert response.status_code == 302 and response.url == url("progress")
    job = ImportJob.objects.get()
    assert job.status == ImportJob.Status.QUEUED and job.started_by == coordinator
    from django_tasks_db.models import DBTaskResult

    assert DBTaskResult.objects.get().args_kwargs["args"] == [job.pk]


def test_progress_page_waits_polls_then_shows_the_preview(client_for, coordinator, queue_only):
    client = client_for(coordinator)
    upload(client)
    page = client.get(url("progress"))
    assert page.status_code == 200
    html = page.content.decode()
    assert "Waiting to be read" in html and "cairn db_worker" in html
    assert f'href="{url("progress")}"' in html  # a refresh link without JavaScript
    assert 'hx-trigger="every 2s"' in html
    assert client.get(url("preview")).url == url("progress")  # nothing to check yet

    partial = client.get(url("progress"), headers={"HX-Request": "true"})
    assert partial.status_code == 200 and "<html" not in partial.content.decode()

    job = ImportJob.objects.get()
    assert read_import.call(job.pk) == ImportJob.Status.READY
    polled = client.get(url("progress"), headers={"HX-Request": "true"})
    assert polled.headers["HX-Redirect"] == url("progress")
    assert client.get(url("progress")).url == url("preview")
    assert "Safety" in client.get(url("preview")).content.decode()


def test_the_plan_is_kept_in_the_database_not_the_session(client_for, coordinator, queue_only):
    client = client_for(coordinator)
    upload(client)
    read_import.call(ImportJob.objects.get().pk)
    client.get(url("preview"))
    job = ImportJob.objects.get()
    assert "Train staff" in json.dumps(job.plan)
    session = client.session
    assert not any("import" in key for key in session.keys())  # noqa: SIM118
    assert "Train staff" not in str(dict(session.items()))


def test_a_document_that_is_no_plan_fails_and_leaves_no_folder(
    client_for, coordinator, queue_only, _data_dir
):
    client = client_for(coordinator)
    upload(client, b"Our vision is that everyone is safe.\n")
    job = ImportJob.objects.get()
    assert read_import.call(job.pk) == ImportJob.Status.FAILED
    assert folders(_data_dir) == []
    message = ImportJob.objects.get().error
    assert "No plan was found" in message
    page = client.get(url("progress"))
    assert page.status_code == 200 and escape(message) in page.content.decode()
    assert not ImportJob.objects.exists()


def test_cancelling_while_it_is_read_leaves_nothing(
    client_for, coordinator, queue_only, _data_dir, monkeypatch
):
    client = client_for(coordinator)
    upload(client)
    job = ImportJob.objects.get()
    from cairn.imports import uploads

    real_read = uploads.read_plan

    def cancel_meanwhile(path):
        plan = real_read(path)
        client.post(url("cancel"))
        return plan

    monkeypatch.setattr("cairn.imports.uploads.read_plan", cancel_meanwhile)
    assert read_import.call(job.pk) == "gone"
    assert not ImportJob.objects.exists() and folders(_data_dir) == []
    assert read_import.call(job.pk) == "gone"  # a second run of the task changes nothing


def test_a_new_upload_replaces_the_earlier_import(client_for, coordinator, queue_only, _data_dir):
    client = client_for(coordinator)
    upload(client)
    upload(client)
    assert ImportJob.objects.count() == 1 and len(folders(_data_dir)) == 1
    assert ImportJob.objects.get().token == folders(_data_dir)[0].name


def test_the_start_page_offers_to_continue_an_import_under_way(client_for, coordinator, queue_only):
    client = client_for(coordinator)
    upload(client)
    page = client.get(url("start")).content.decode()
    assert "under way" in page and url("progress") in page


def test_another_coordinators_import_is_not_yours(
    client_for, coordinator, partnership_a, queue_only
):
    from cairn.accounts.models import Role
    from cairn.plans.factories import make_person

    upload(client_for(coordinator))
    other = make_person("second@a.example", "Sam Second", partnership_a, Role.COORDINATOR)
    client = client_for(other)
    assert client.get(url("progress")).url == url("start")
    assert client.get(url("preview")).url == url("start")


def test_cleanup_deletes_abandoned_imports_and_stray_folders(
    client_for, coordinator, queue_only, _data_dir
):
    client = client_for(coordinator)
    upload(client)
    kept = ImportJob.objects.get()
    stray = _data_dir / "imports" / "stray-token"
    stray.mkdir()
    (stray / "plan.txt").write_text("x")
    two_days_ago = time.time() - 2 * 24 * 60 * 60
    os.utime(stray, (two_days_ago, two_days_ago))
    os.utime(kept.path.parent, (two_days_ago, two_days_ago))  # its row is recent: kept
    assert cleanup.delete_abandoned_imports() == 1
    assert not stray.exists() and kept.path.exists()

    ImportJob.objects.filter(pk=kept.pk).update(updated_at=timezone.now() - dt.timedelta(days=2))
    assert delete_abandoned_imports.call() == 1
    assert not ImportJob.objects.exists() and folders(_data_dir) == []


def test_the_scheduler_enqueues_the_cleanup(queue_only):
    from django_tasks_db.models import DBTaskResult

    out = io.StringIO()
    call_command("schedule", "--once", stdout=out)
    assert "cleanup of abandoned imports" in out.getvalue()
    assert DBTaskResult.objects.filter(task_path__endswith="delete_abandoned_imports").exists()
