"""What leads and coordinators do to an update, and what that does to the action.

The rule, decided once here:
- Saving a draft changes nothing on the action.
- Submitting sets the action's status and progress note from the update (the lead's word is
  the latest word), and marks the milestones ticked as done.
- Accepting records the review and applies a revised deadline, if the lead gave one: a
  deadline changes the plan's commitment, so it waits for the coordinator.
- Returning sends the update back to the lead with a comment; the action keeps what it had.
- Overriding sets the coordinator's status beside the lead's, with a reason: the override is
  the action's status from then on, and both stay visible.

Every save carries the version it started from (optimistic locking): a save from an older
version is refused with `StaleUpdate`, which carries the other person's update to show them.
A locked round refuses everything; a closed one refuses leads' saves but not reviews.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from django.db import IntegrityError, transaction
from django.utils import timezone

from cairn.accounts.models import User
from cairn.plans.models import Action, Milestone, Status
from cairn.reviews.models import MilestoneDone, ReviewRound, RoundStateError, Update


class StaleUpdate(Exception):
    """Someone else saved this update since the form was opened."""

    def __init__(self, current: Update) -> None:
        super().__init__("Someone else saved this update since you opened it.")
        self.current = current


class UpdateRefused(ValueError):
    """A change that the update's state does not allow, said in plain words."""


@dataclass
class UpdateInput:
    status: Status | None
    note: str = ""
    revised_deadline_text: str = ""
    revised_deadline_reason: str = ""
    milestones_done: dict[int, dt.date] = field(default_factory=dict)
    """{milestone id: the date it was done}"""


def missing_note(status: Status | None, note: str) -> str | None:
    """The one rule for when an update needs a progress note, on the update page and in
    the update sheet alike: a status that is an exception (at risk, off track, stalled...)
    needs a note saying what is wrong and what is being done, every time it is given, even
    when the action had that status already (submitting would otherwise blank the
    action's note). Returns what is missing, in words, or None."""
    if status is not None and status.is_exception and not note.strip():
        return (
            f"Say what is wrong and what is being done: the status “{status.label}” "
            "needs a progress note."
        )
    return None


def save_update(
    review_round: ReviewRound,
    action: Action,
    by: User,
    data: UpdateInput,
    *,
    version: int,
    submit: bool,
) -> Update:
    """Save the lead's draft, or submit it. `version` is 0 when there was no update yet."""
    with transaction.atomic():
        review_round = ReviewRound.objects.get(pk=review_round.pk)
        if not review_round.accepts_updates:
            raise RoundStateError(
                f"The {review_round.period} round is {review_round.get_state_display().lower()}: "
                "it takes no more updates."
            )
        update = _locked_update(review_round, action, version)
        update.status = data.status
        update.note = data.note
        update.revised_deadline_text = data.revised_deadline_text
        update.revised_deadline_reason = data.revised_deadline_reason
        update.author = by
        if submit:
            update.state = Update.State.SUBMITTED
            update.submitted_at = timezone.now()
        elif update.state != Update.State.RETURNED:
            update.state = Update.State.DRAFT
        _save(update, by)
        _replace_ticks(update, data.milestones_done)
        if submit:
            apply_to_action(update, by)
    return update


@dataclass
class LeadSave:
    """What became of a lead's save from the update page."""

    saved: bool = False
    conflict: Update | None = None
    """Someone saved the update first: theirs, to show beside what this person typed."""
    refusal: str = ""
    """Why the update's state refused the save, in plain words."""
    kept_note: str | None = None
    """The round takes no updates: nothing was saved; the note they typed, for them to copy."""


def save_from_update_page(
    review_round: ReviewRound,
    action: Action,
    by: User,
    data: UpdateInput | None,
    *,
    version: int,
    submit: bool,
    typed_note: str,
) -> LeadSave:
    """A lead's save of the update page: `data` is None when the form had errors (nothing
    is saved). A round that is closed or locked refuses it but keeps the typed note."""
    if review_round.is_locked or not review_round.accepts_updates:
        return LeadSave(kept_note=typed_note.strip())
    if data is None:
        return LeadSave()
    try:
        save_update(review_round, action, by, data, version=version, submit=submit)
    except StaleUpdate as stale:
        return LeadSave(conflict=stale.current)
    except (RoundStateError, UpdateRefused) as refusal:
        return LeadSave(refusal=str(refusal))
    return LeadSave(saved=True)


def lead_update(review_round: ReviewRound, action: Action) -> Update | None:
    """The action's update in the round, if anyone has saved one. One query."""
    return (
        Update.objects.filter(round=review_round, action=action)
        .select_related("status", "override_status", "author", "reviewed_by")
        .first()
    )


def update_milestones(action: Action, update: Update | None) -> list[Milestone]:
    """The milestones the update page offers: those not yet done, and those this update
    ticked (so the lead can untick them)."""
    ticked = (
        [t.milestone for t in update.milestones_done.select_related("milestone")] if update else []
    )
    return open_milestones(action) + ticked


def accept_update(update: Update, by: User, *, version: int) -> Update:
    with transaction.atomic():
        update = _reviewable(update, version)
        if update.state not in (Update.State.SUBMITTED, Update.State.ACCEPTED):
            raise UpdateRefused("Only a submitted update can be accepted.")
        update.state = Update.State.ACCEPTED
        _mark_reviewed(update, by)
        _save(update, by)
        apply_to_action(update, by, with_deadline=True)
    return update


def return_update(update: Update, by: User, *, comment: str, version: int) -> Update:
    if not comment.strip():
        raise UpdateRefused("Say what the lead should change before returning the update.")
    with transaction.atomic():
        update = _reviewable(update, version)
        if update.state not in (Update.State.SUBMITTED, Update.State.ACCEPTED):
            raise UpdateRefused("Only a submitted update can be returned.")
        update.state = Update.State.RETURNED
        update.review_comment = comment.strip()
        _mark_reviewed(update, by)
        _save(update, by)
    return update


def override_status(
    update: Update, by: User, *, status: Status, reason: str, version: int
) -> Update:
    if not reason.strip():
        raise UpdateRefused("Give the reason for overriding the lead's status.")
    with transaction.atomic():
        update = _reviewable(update, version)
        if update.state not in (Update.State.SUBMITTED, Update.State.ACCEPTED):
            raise UpdateRefused("Override a status once the lead has submitted the update.")
        update.override_status = status
        update.override_reason = reason.strip()
        _mark_reviewed(update, by)
        _save(update, by)
        apply_to_action(update, by)
    return update


def apply_to_action(update: Update, by: User, *, with_deadline: bool = False) -> None:
    """Copy the update's effective status, note and ticked milestones onto the action."""
    action = (
        Action.objects.select_for_update(of=("self",))
        .select_related("theme__plan")
        .get(pk=update.action_id)
    )
    action.status = update.effective_status
    action.progress_note = update.note
    action.progress_updated_at = timezone.now()
    action.version += 1
    fields = ["status", "progress_note", "progress_updated_at", "version"]
    if with_deadline and update.revised_deadline_text:
        action.deadline_text = update.revised_deadline_text
        action.understand_deadline(action.theme.plan.starts_on)
        fields += [
            "deadline_text",
            "deadline_kind",
            "deadline_start",
            "deadline_end",
            "deadline_warning",
        ]
    action._history_user = by  # type: ignore[attr-defined]
    action.save(update_fields=fields)
    for tick in update.milestones_done.select_related("milestone"):
        milestone = tick.milestone
        if milestone.done_on != tick.done_on:
            milestone.done_on = tick.done_on
            milestone._history_user = by  # type: ignore[attr-defined]
            milestone.save(update_fields=["done_on"])


def _locked_update(review_round: ReviewRound, action: Action, version: int) -> Update:
    """The round's update of the action, row-locked, checked against `version`."""
    update = (
        Update.objects.select_for_update(of=("self",))
        .filter(round=review_round, action=action)
        .select_related("status", "author")
        .first()
    )
    if update is not None:
        if update.version != version:
            raise StaleUpdate(update)
        update.version += 1
        return update
    if version != 0:
        raise UpdateRefused("This update no longer exists; open the form again.")
    update = Update(round=review_round, action=action, version=1)
    try:
        with transaction.atomic():
            update.save()
    except IntegrityError:
        # Someone else created it between our read and our write.
        raise StaleUpdate(
            Update.objects.select_related("status", "author").get(round=review_round, action=action)
        ) from None
    return update


def _reviewable(update: Update, version: int) -> Update:
    current = (
        Update.objects.select_for_update(of=("self",))
        .select_related("round", "status", "author")
        .get(pk=update.pk)
    )
    if current.round.is_locked:
        raise RoundStateError("This round is locked: its updates are read-only.")
    if current.version != version:
        raise StaleUpdate(current)
    current.version += 1
    return current


def _mark_reviewed(update: Update, by: User) -> None:
    update.reviewed_by = by
    update.reviewed_at = timezone.now()


def _save(update: Update, by: User) -> None:
    update._history_user = by  # type: ignore[attr-defined]
    update.save()


def _replace_ticks(update: Update, done: dict[int, dt.date]) -> None:
    existing = {t.milestone_id: t for t in update.milestones_done.all()}
    for milestone_id, tick in existing.items():
        if milestone_id not in done:
            tick.delete()
    for milestone_id, done_on in done.items():
        kept = existing.get(milestone_id)
        if kept is None:
            MilestoneDone.objects.create(update=update, milestone_id=milestone_id, done_on=done_on)
        elif kept.done_on != done_on:
            kept.done_on = done_on
            kept.save(update_fields=["done_on"])


def open_milestones(action: Action) -> list[Milestone]:
    """Milestones a lead may tick off: not yet done."""
    return [m for m in action.milestones.all() if not m.is_finished]
