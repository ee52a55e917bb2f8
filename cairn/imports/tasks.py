"""Background work of imports: plain functions taking ids, run by the task worker.

Reading a large document takes up to a minute, longer than a web request may take, so the
upload view only stores the file and enqueues `read_import`; the coordinator watches a
progress page meanwhile. `cairn schedule` enqueues `delete_abandoned_imports`.
Tests call the functions directly (`read_import.call(job.pk)`) or use the immediate backend.
"""

from __future__ import annotations

from django.tasks import task
from django.utils import timezone

from cairn.imports import cleanup, uploads
from cairn.imports.grid import UnreadableDocument
from cairn.imports.models import ImportJob
from cairn.lib.periodic import periodic


@task
def read_import(job_id: int) -> str:
    """Read the uploaded document of an import into Plan JSON; returns the status reached.

    A job cancelled meanwhile stays deleted: every write is an update of a row that may be
    gone, and then the folder is deleted too.
    """
    job = ImportJob.objects.filter(pk=job_id, status=ImportJob.Status.QUEUED).first()
    if job is None:
        return "gone"
    jobs = ImportJob.objects.filter(pk=job_id)
    jobs.update(status=ImportJob.Status.READING, updated_at=timezone.now())
    try:
        plan_json = uploads.read_plan(job.path)
    except UnreadableDocument as problem:
        uploads.delete_folder(job.token)
        jobs.update(
            status=ImportJob.Status.FAILED,
            error=str(problem),
            token="",
            updated_at=timezone.now(),
        )
        return ImportJob.Status.FAILED
    if not jobs.update(status=ImportJob.Status.READY, plan=plan_json, updated_at=timezone.now()):
        uploads.delete_folder(job.token)  # cancelled while it was being read
        return "gone"
    return ImportJob.Status.READY


@task
def delete_abandoned_imports() -> int:
    """Delete imports nobody confirmed or cancelled within a day, and stray upload folders."""
    return cleanup.delete_abandoned_imports()


@periodic("import cleanup")
def enqueue_import_cleanup() -> str:
    delete_abandoned_imports.enqueue()
    return "the cleanup of abandoned imports"
