"""Review rounds: each quarter leads update their actions and the coordinator follows up."""

from __future__ import annotations

from django.db import models
from simple_history.models import HistoricalRecords

from cairn.accounts.models import User
from cairn.plans.models import Action, Plan, Status


class ReviewRound(models.Model):
    """A quarter's round of updates on one plan, e.g. "2016/17 Q2"."""

    class State(models.TextChoices):
        OPEN = "open", "Open"
        CLOSED = "closed", "Closed"
        LOCKED = "locked", "Locked"

    plan = models.ForeignKey(Plan, on_delete=models.CASCADE, related_name="rounds")
    period = models.CharField(max_length=40, help_text='The quarter it covers, e.g. "2016/17 Q2".')
    opens_on = models.DateField()
    closes_on = models.DateField(help_text="Leads are reminded before this date.")
    state = models.CharField(max_length=10, choices=State.choices, default=State.OPEN)
    opened_by = models.ForeignKey(User, on_delete=models.PROTECT, related_name="+")
    created_at = models.DateTimeField(auto_now_add=True)
    history = HistoricalRecords()

    class Meta:
        ordering = ["-opens_on", "-pk"]
        constraints = [
            models.UniqueConstraint(fields=["plan", "period"], name="one_round_per_period"),
            models.CheckConstraint(
                condition=models.Q(closes_on__gte=models.F("opens_on")),
                name="round_closes_after_it_opens",
            ),
        ]

    def __str__(self) -> str:
        return f"{self.plan} – {self.period}"


class Update(models.Model):
    """A lead's update of one action in one round: status, progress note, revised deadline."""

    class State(models.TextChoices):
        DRAFT = "draft", "Draft"
        SUBMITTED = "submitted", "Submitted"
        ACCEPTED = "accepted", "Accepted"
        RETURNED = "returned", "Returned"

    round = models.ForeignKey(ReviewRound, on_delete=models.CASCADE, related_name="updates")
    action = models.ForeignKey(Action, on_delete=models.CASCADE, related_name="updates")
    state = models.CharField(max_length=10, choices=State.choices, default=State.DRAFT)
    status = models.ForeignKey(
        Status, on_delete=models.PROTECT, null=True, blank=True, related_name="+"
    )
    note = models.TextField(blank=True, help_text="What has happened since the last round.")
    revised_deadline_text = models.CharField(max_length=300, blank=True)
    revised_deadline_reason = models.TextField(blank=True)
    imported = models.BooleanField(
        default=False, help_text="Taken from the document the plan was imported from."
    )
    author = models.ForeignKey(User, on_delete=models.PROTECT, null=True, related_name="+")
    submitted_at = models.DateTimeField(null=True, blank=True)
    review_comment = models.TextField(blank=True, help_text="The coordinator's comment on return.")
    override_status = models.ForeignKey(
        Status, on_delete=models.PROTECT, null=True, blank=True, related_name="+"
    )
    override_reason = models.TextField(blank=True)
    version = models.PositiveIntegerField(default=1)
    updated_at = models.DateTimeField(auto_now=True)
    history = HistoricalRecords()

    class Meta:
        ordering = ["round", "action"]
        constraints = [
            models.UniqueConstraint(
                fields=["round", "action"], name="one_update_per_action_per_round"
            )
        ]

    def __str__(self) -> str:
        return f"{self.action} in {self.round.period}"
