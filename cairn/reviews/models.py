"""Review rounds: each quarter leads update their actions and the coordinator follows up.

State changes are model methods (`round.close(by=user)`), each recorded by simple-history
with who made it. What an update does to its action is decided in `reviews/updates.py`.
"""

from __future__ import annotations

import datetime as dt

from django.db import models
from django.db.models import Q
from simple_history.models import HistoricalRecords

from cairn.accounts.models import User
from cairn.plans.models import Action, Milestone, Plan, Status

# A progress note longer than this is refused with a clear message (about two pages).
NOTE_MAX_LENGTH = 5000


class RoundStateError(ValueError):
    """A state change that the round's current state does not allow, said in plain words."""


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
    remind_days_before = models.PositiveSmallIntegerField(
        default=7,
        help_text="How many days before the round closes leads who have not updated are reminded.",
    )
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

    @property
    def accepts_updates(self) -> bool:
        return self.state == self.State.OPEN

    @property
    def is_locked(self) -> bool:
        return self.state == self.State.LOCKED

    def is_past_close(self, on: dt.date) -> bool:
        return on > self.closes_on

    def close(self, by: User) -> None:
        """No more updates until reopened."""
        self._change_state(self.State.OPEN, self.State.CLOSED, by, "Only an open round can close.")

    def reopen(self, by: User) -> None:
        self._change_state(
            self.State.CLOSED, self.State.OPEN, by, "Only a closed round can be reopened."
        )

    def lock(self, by: User) -> None:
        """After the board has met: every update in the round becomes read-only."""
        self._change_state(
            self.State.CLOSED, self.State.LOCKED, by, "Close the round before locking it."
        )

    def unlock(self, by: User) -> None:
        self._change_state(
            self.State.LOCKED, self.State.CLOSED, by, "Only a locked round can be unlocked."
        )

    def _change_state(self, from_state: str, to_state: str, by: User, refusal: str) -> None:
        if self.state != from_state:
            raise RoundStateError(refusal)
        self.state = to_state
        self._history_user = by  # type: ignore[attr-defined]
        self.save(update_fields=["state"])


class LiveUpdateManager(models.Manager):
    """Leaves out the updates of deleted actions (restorable, see plans/deleting.py)."""

    def get_queryset(self) -> models.QuerySet:
        return super().get_queryset().filter(action__deletion__isnull=True)


class Update(models.Model):
    """A lead's update of one action in one round: status, progress note, revised deadline."""

    # How the confirmation of a deletion names these (plans/deleting.py).
    DELETION_NAMES = ("round update", "round updates")

    class State(models.TextChoices):
        DRAFT = "draft", "Draft"
        SUBMITTED = "submitted", "Submitted"
        ACCEPTED = "accepted", "Accepted"
        RETURNED = "returned", "Returned"

    # Counted as "updated" on the round page; a returned update is outstanding again.
    DONE_STATES = (State.SUBMITTED, State.ACCEPTED)

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
    reviewed_by = models.ForeignKey(
        User, on_delete=models.PROTECT, null=True, blank=True, related_name="+"
    )
    reviewed_at = models.DateTimeField(null=True, blank=True)
    override_status = models.ForeignKey(
        Status,
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="+",
        help_text="The coordinator's status, shown beside the lead's; it is the action's status.",
    )
    override_reason = models.TextField(blank=True)
    version = models.PositiveIntegerField(default=1)
    updated_at = models.DateTimeField(auto_now=True)
    history = HistoricalRecords()

    objects = LiveUpdateManager()
    all_objects = models.Manager()

    class Meta:
        ordering = ["round", "action"]
        constraints = [
            models.UniqueConstraint(
                fields=["round", "action"], name="one_update_per_action_per_round"
            ),
            models.CheckConstraint(
                condition=Q(override_status__isnull=True) | ~Q(override_reason=""),
                name="override_has_a_reason",
            ),
        ]

    def __str__(self) -> str:
        return f"{self.action} in {self.round.period}"

    @property
    def effective_status(self) -> Status | None:
        """The status the action takes: the coordinator's override, else the lead's."""
        return self.override_status or self.status

    @property
    def is_done(self) -> bool:
        return self.state in self.DONE_STATES


class MilestoneDone(models.Model):
    """A milestone the lead ticked off in an update, with the date it was done."""

    update = models.ForeignKey(Update, on_delete=models.CASCADE, related_name="milestones_done")
    milestone = models.ForeignKey(Milestone, on_delete=models.CASCADE, related_name="+")
    done_on = models.DateField()
    history = HistoricalRecords()

    class Meta:
        ordering = ["milestone__order", "milestone_id"]
        constraints = [
            models.UniqueConstraint(
                fields=["update", "milestone"], name="one_tick_per_milestone_per_update"
            )
        ]

    def __str__(self) -> str:
        return f"{self.milestone} done {self.done_on:%d %b %Y}"


class ReminderLog(models.Model):
    """One reminder sent to one person about one round: never sent twice.

    The unique constraint makes the reminder job safe to run as often as the scheduler
    likes; `sent_on` lets it gather one message per person per day.
    """

    class Kind(models.TextChoices):
        BEFORE_CLOSE = "before_close", "Before the round closes"
        AFTER_CLOSE = "after_close", "After the round closed, updates missing"
        DIGEST_BEFORE_CLOSE = "digest_before", "Coordinator's digest before close"
        DIGEST_AFTER_CLOSE = "digest_after", "Coordinator's digest after close"

    person = models.ForeignKey(User, on_delete=models.CASCADE, related_name="+")
    round = models.ForeignKey(ReviewRound, on_delete=models.CASCADE, related_name="reminders")
    kind = models.CharField(max_length=20, choices=Kind.choices)
    sent_on = models.DateField()
    action_count = models.PositiveIntegerField(default=0)

    class Meta:
        ordering = ["-sent_on", "pk"]
        constraints = [
            models.UniqueConstraint(
                fields=["person", "round", "kind"], name="one_reminder_per_person_round_kind"
            )
        ]

    def __str__(self) -> str:
        return f"{self.get_kind_display()} to {self.person} on {self.sent_on:%d %b %Y}"


class Chase(models.Model):
    """The coordinator chased one lead about one round, from the round's chase page, after
    seeing whom it emails and what it says. Kept to show on the round page."""

    round = models.ForeignKey(ReviewRound, on_delete=models.CASCADE, related_name="chases")
    person = models.ForeignKey(User, on_delete=models.CASCADE, related_name="+")
    sent_by = models.ForeignKey(User, on_delete=models.PROTECT, related_name="+")
    sent_at = models.DateTimeField(auto_now_add=True)
    action_count = models.PositiveIntegerField(
        help_text="How many of the lead's actions were outstanding when chased."
    )

    class Meta:
        ordering = ["sent_at", "pk"]

    def __str__(self) -> str:
        return f"{self.person} chased about {self.round.period} on {self.sent_at:%d %b %Y}"
