"""Publications: a plan's progress frozen at a moment and shown on a public page."""

from __future__ import annotations

import secrets

from django.db import models
from django.utils import timezone
from simple_history.models import HistoricalRecords

from cairn.accounts.models import User
from cairn.plans.models import Plan


def new_token() -> str:
    return secrets.token_urlsafe(24)


class PublicationQuerySet(models.QuerySet["Publication"]):
    def live(self) -> PublicationQuerySet:
        """Not withdrawn, of a plan that is not deleted."""
        return self.filter(withdrawn_at__isnull=True, plan__deletion__isnull=True)


class Publication(models.Model):
    """What the public sees of a plan: a snapshot taken when the coordinator publishes.

    The snapshot names agencies but no people, and counts of actions as they are (see
    reports/publishing.py); it does not change until republished or withdrawn.
    """

    plan = models.ForeignKey(Plan, on_delete=models.CASCADE, related_name="publications")
    token = models.CharField(
        max_length=64,
        unique=True,
        default=new_token,
        editable=False,
        help_text="The random part of the public address; it cannot be guessed.",
    )
    snapshot = models.JSONField(help_text="Themes, actions, statuses and notes as published.")
    published_by = models.ForeignKey(User, on_delete=models.PROTECT, related_name="+")
    published_at = models.DateTimeField(default=timezone.now)
    withdrawn_at = models.DateTimeField(null=True, blank=True)
    withdrawn_by = models.ForeignKey(
        User, on_delete=models.PROTECT, null=True, blank=True, related_name="+"
    )
    # Who published, republished and withdrew, and when: each is a change to the public record.
    history = HistoricalRecords(excluded_fields=["snapshot"])

    objects = PublicationQuerySet.as_manager()

    class Meta:
        ordering = ["-published_at", "-pk"]
        constraints = [
            models.UniqueConstraint(
                fields=["plan"],
                condition=models.Q(withdrawn_at__isnull=True),
                name="one_live_publication_per_plan",
            )
        ]

    def __str__(self) -> str:
        return f"{self.plan} published {self.published_at:%Y-%m-%d}"

    @property
    def is_live(self) -> bool:
        return self.withdrawn_at is None
