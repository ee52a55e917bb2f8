"""Start and end an import: the upload is checked and stored, then read in the background.

A person has at most one import under way per partnership: starting another, confirming
or cancelling deletes the earlier one and its folder.
"""

from __future__ import annotations

from django.core.files.uploadedfile import UploadedFile

from cairn.accounts.models import Partnership, User
from cairn.imports import safety, uploads
from cairn.imports.grid import UnreadableDocument
from cairn.imports.models import ImportJob
from cairn.imports.tasks import read_import


def start_import(partnership: Partnership, person: User, upload: UploadedFile) -> ImportJob:
    """Store the upload, refuse it at once if it is unsafe (UnreadableDocument, nothing
    kept), and put it on the queue to be read."""
    token, path = uploads.store_upload(upload)
    try:
        safety.check_file(path)
    except UnreadableDocument:
        uploads.delete_folder(token)
        raise
    end_import(partnership, person)
    job = ImportJob.objects.create(
        partnership=partnership, started_by=person, file_name=path.name, token=token
    )
    read_import.enqueue(job.pk)  # the task row commits with the job row
    return job


def end_import(partnership: Partnership, person: User) -> None:
    """Delete the person's import under way in the partnership, if any, and its upload."""
    for job in ImportJob.objects.filter(partnership=partnership, started_by=person):
        uploads.delete_folder(job.token)
        job.delete()
