"""An import being read and checked: the work between upload and saving the plan.

The uploaded document waits in its private folder (see `uploads`); the task worker reads
it and keeps the plan it found here, as Plan JSON, with the coordinator's lead choices.
Nothing reaches the plan tables until the coordinator confirms; confirming, cancelling or
the scheduled cleanup (`cleanup.delete_abandoned_imports`) deletes the row and the folder.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from django.conf import settings
from django.db import models

from cairn.accounts.models import Partnership, User


class ImportJobQuerySet(models.QuerySet["ImportJob"]):
    def working(self, partnership: Partnership, person: User) -> ImportJob | None:
        """The import this person has under way in this partnership (their latest)."""
        return self.filter(partnership=partnership, started_by=person).order_by("-pk").first()


class ImportJob(models.Model):
    class Status(models.TextChoices):
        QUEUED = "queued", "Waiting to be read"
        READING = "reading", "Being read"
        READY = "ready", "Ready to check"
        FAILED = "failed", "Could not be read"

    partnership = models.ForeignKey(
        Partnership, on_delete=models.CASCADE, related_name="import_jobs"
    )
    started_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="import_jobs"
    )
    status = models.CharField(
        max_length=10,
        choices=Status.choices,
        default=Status.QUEUED,
        help_text="Where the import is: waiting, being read, ready to check, or failed.",
    )
    file_name = models.CharField(max_length=255, help_text="The uploaded document's name.")
    token = models.CharField(
        max_length=64,
        blank=True,
        help_text="Names the private folder holding the upload; empty once it is deleted.",
    )
    plan = models.JSONField(
        null=True, blank=True, help_text="The plan read from the document, as Plan JSON."
    )
    leads = models.JSONField(
        default=dict, blank=True, help_text="What each lead named in the document is in Cairn."
    )
    error = models.TextField(blank=True, help_text="Why the document could not be read.")
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    objects = ImportJobQuerySet.as_manager()

    class Meta:
        indexes = [models.Index(fields=["partnership", "started_by"])]

    def __str__(self) -> str:
        return f"{self.file_name} ({self.get_status_display()})"

    @property
    def path(self) -> Path:
        from cairn.imports.uploads import folder_for

        return folder_for(self.token) / self.file_name

    @property
    def ready_plan(self) -> dict[str, Any]:
        """The plan read from the document: the import pages open only a READY import."""
        if self.plan is None:
            raise ValueError(f"{self} has no plan yet")
        plan: dict[str, Any] = self.plan
        return plan

    @property
    def is_waiting(self) -> bool:
        return self.status in (self.Status.QUEUED, self.Status.READING)
