"""The update sheet: an .xlsx a lead fills in offline, uploaded back into the round.

Download: one row per action the lead is asked to update, every cell through
cairn.lib.spreadsheets.safe_cell (a note that looks like a formula stays text). The columns
the lead may not change are locked and the sheet is protected; the status column has a
drop-down of the partnership's statuses; a very hidden sheet holds a signed note of the plan,
round, lead and the locked values, so an upload can be checked against what was sent.

Upload: `read_sheet()` checks everything and either refuses the whole sheet with clear
messages (another plan, round or lead; locked columns edited; unknown statuses; ...) or
returns the changes to preview. `apply_changes()` saves them once the person confirms.
"""

from __future__ import annotations

import io
from dataclasses import asdict, dataclass
from enum import IntEnum

from django.core import signing
from django.db import transaction
from openpyxl import Workbook, load_workbook
from openpyxl.styles import Alignment, Font, PatternFill, Protection
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.datavalidation import DataValidation

from cairn.accounts.models import User
from cairn.lib import upload_safety
from cairn.lib.spreadsheets import read_cell, safe_cell
from cairn.plans.deadlines import Deadline, parse_deadline
from cairn.plans.models import Action, Status
from cairn.reviews.leads import actions_by_lead, updates_by_action
from cairn.reviews.models import NOTE_MAX_LENGTH, ReviewRound, Update
from cairn.reviews.updates import StaleUpdate, UpdateInput, missing_note, save_update

SALT = "cairn.reviews.sheet"
SHEET = "Updates"
META = "cairn"
LOCKED = ["Action ID", "Ref", "Action", "Deadline", "Current status"]
EDITABLE = ["New status", "Progress note", "Revised deadline", "Why the deadline must move"]


class Column(IntEnum):
    """Where each column stands in a row of the sheet (from 0), as LOCKED + EDITABLE name them."""

    ACTION_ID = 0
    REF = 1
    ACTION = 2
    DEADLINE = 3
    CURRENT_STATUS = 4
    NEW_STATUS = 5
    NOTE = 6
    REVISED_DEADLINE = 7
    REASON = 8


MAX_SHEET_AGE = 120 * 24 * 3600  # a sheet is good for a quarter, with room to spare


# What an uploaded update sheet may be. Cairn's own sheet is tens of kilobytes: one row of
# nine cells per action a lead leads, and a hidden sheet of statuses.
GATE = upload_safety.Gate(
    extensions=frozenset({".xlsx"}),
    accepted="the .xlsx update sheet Cairn gave you",
    save_as="Excel (.xlsx)",
    max_bytes=5 * 1024 * 1024,
    max_unzipped_bytes=20 * 1024 * 1024,
    max_members=200,
    max_cells=50_000,
    seconds=5.0,
)


def check_upload(name: str, source) -> None:
    """The upload safety gate for an update sheet: UploadRefused before anything reads it."""
    upload_safety.check_upload(GATE, name, source)


class SheetRefused(ValueError):
    """The sheet cannot be used; `messages` says why, each a sentence for the person."""

    def __init__(self, messages: list[str]) -> None:
        super().__init__(" ".join(messages))
        self.messages = messages


@dataclass
class RowChange:
    action_id: int
    ref: str
    title: str
    status_id: int | None
    status_label: str
    before_status: str
    note: str
    before_note: str
    revised_deadline_text: str
    revised_deadline_reason: str
    version: int


def sheet_filename(review_round: ReviewRound, person: User) -> str:
    name = "".join(c if c.isalnum() else "-" for c in person.name or person.email).strip("-")
    period = "".join(c if c.isalnum() else "-" for c in review_round.period)
    return f"cairn-update-{period}-{name}.xlsx"


def build_sheet(review_round: ReviewRound, person: User) -> bytes:
    lead = actions_by_lead(review_round.plan).get(person.pk)
    actions = [a for a in lead.actions if not a.is_finished] if lead else []
    updates = updates_by_action(review_round)
    statuses = _statuses(review_round)
    book = Workbook()
    sheet = book.active
    sheet.title = SHEET
    sheet.append(LOCKED + EDITABLE)
    rows = []  # as sent, before safe_cell: read_sheet() compares what it reads back with these
    for action in actions:
        update = updates.get(action.pk)
        locked = [
            action.pk,
            action.ref,
            action.title,
            action.deadline_text,
            action.status.label if action.status else "",
        ]
        rows.append(locked)
        cells = locked + [
            update.status.label if update and update.status else "",
            update.note if update else "",
            update.revised_deadline_text if update else "",
            update.revised_deadline_reason if update else "",
        ]
        sheet.append([safe_cell(value) for value in cells])
    _style(sheet, len(rows))
    meta = book.create_sheet(META)
    meta["A1"] = signing.dumps(
        {
            "plan": review_round.plan_id,
            "round": review_round.pk,
            "lead": person.pk,
            "rows": rows,
        },
        salt=SALT,
        compress=True,
    )
    for n, status in enumerate(statuses, start=1):
        meta.cell(row=n, column=2, value=safe_cell(status.label))
    meta.sheet_state = "veryHidden"
    meta.protection.sheet = True
    if rows and statuses:
        validation = DataValidation(
            type="list",
            formula1=f"={META}!$B$1:$B${len(statuses)}",
            allow_blank=True,
            showErrorMessage=True,
            errorTitle="Not a status",
            error="Choose one of the partnership's statuses from the list.",
        )
        sheet.add_data_validation(validation)
        letter = get_column_letter(Column.NEW_STATUS + 1)
        validation.add(f"{letter}2:{letter}{len(rows) + 1}")
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()


def _style(sheet, row_count: int) -> None:
    grey = PatternFill("solid", fgColor="F3F2F1")
    for cell in sheet[1]:
        cell.font = Font(bold=True)
    for row in sheet.iter_rows(min_row=2, max_row=row_count + 1):
        for cell in row[: len(LOCKED)]:
            cell.fill = grey
        for cell in row[len(LOCKED) :]:
            cell.protection = Protection(locked=False)
        for cell in row:
            cell.alignment = Alignment(wrap_text=True, vertical="top")
    for column, width in zip("ABCDEFGHI", [10, 8, 50, 18, 16, 18, 60, 18, 40], strict=True):
        sheet.column_dimensions[column].width = width
    sheet.freeze_panes = "C2"
    sheet.protection.sheet = True
    sheet.protection.formatColumns = False
    sheet.protection.formatRows = False


def read_sheet(data: bytes, review_round: ReviewRound, person: User) -> list[RowChange]:
    """The changes the sheet makes to `person`'s updates in the round, or SheetRefused."""
    try:
        check_upload("update-sheet.xlsx", data)
    except upload_safety.UploadRefused as refusal:
        raise SheetRefused([str(refusal)]) from refusal
    try:
        book = load_workbook(io.BytesIO(data), data_only=True)
    except Exception:  # openpyxl raises many kinds for a file that is not a workbook
        raise SheetRefused(["This file is not an Excel workbook Cairn can read."]) from None
    meta = _metadata(book)
    _check_identity(meta, review_round, person)
    if SHEET not in book.sheetnames:
        raise SheetRefused([f"The sheet “{SHEET}” is missing: upload the sheet as Cairn gave it."])
    rows = [
        [read_cell(value) for value in r]
        for r in book[SHEET].iter_rows(min_row=1, values_only=True)
        if any(r)
    ]
    errors: list[str] = []
    header = [_text(v) for v in rows[0]] if rows else []
    if header[: len(LOCKED) + len(EDITABLE)] != LOCKED + EDITABLE:
        errors.append("The column headings have been changed: upload the sheet as Cairn gave it.")
        raise SheetRefused(errors)
    body = rows[1:]
    if len(body) != len(meta["rows"]):
        raise SheetRefused(
            [
                f"The sheet has {len(body)} action rows but Cairn sent {len(meta['rows'])}: "
                "rows must not be added or removed."
            ]
        )
    statuses = {s.label.casefold(): s for s in _statuses(review_round)}
    actions = {
        a.pk: a for a in Action.objects.filter(pk__in=[r[Column.ACTION_ID] for r in meta["rows"]])
    }
    updates = updates_by_action(review_round)
    changes = []
    for number, (row, sent) in enumerate(zip(body, meta["rows"], strict=True), start=2):
        row = row + [None] * (len(LOCKED) + len(EDITABLE) - len(row))
        # Name the row by its action's ref as sent, so the person finds it whatever they typed.
        ref = sent[Column.REF]
        where = f"Row {number} ({ref})" if ref else f"Row {number}"
        for column, (got, expected) in enumerate(zip(row[: len(LOCKED)], sent, strict=True)):
            if _text(got) != _text(expected):
                errors.append(
                    f"{where}: the locked column “{LOCKED[column]}” was changed. "
                    "Only the last four columns can be filled in."
                )
        action = actions.get(sent[Column.ACTION_ID])
        if action is None:
            errors.append(f"{where}: this action is no longer in the plan.")
            continue
        change = _row_change(where, row, action, updates.get(action.pk), statuses, errors)
        if change is not None:
            changes.append(change)
    if errors:
        raise SheetRefused(errors)
    return changes


def _metadata(book) -> dict:
    if META not in book.sheetnames or not book[META]["A1"].value:
        raise SheetRefused(
            ["This is not a Cairn update sheet: download one from the round page and fill it in."]
        )
    try:
        return signing.loads(str(book[META]["A1"].value), salt=SALT, max_age=MAX_SHEET_AGE)
    except signing.SignatureExpired:
        raise SheetRefused(["This update sheet is too old: download a fresh one."]) from None
    except signing.BadSignature:
        raise SheetRefused(
            ["This sheet's hidden identification has been altered: download a fresh one."]
        ) from None


def _check_identity(meta: dict, review_round: ReviewRound, person: User) -> None:
    if meta.get("plan") != review_round.plan_id:
        raise SheetRefused(["This sheet is for another plan: upload it on that plan's round."])
    if meta.get("round") != review_round.pk:
        raise SheetRefused(
            [
                f"This sheet is for another review round, not {review_round.period}: "
                "download this round's sheet."
            ]
        )
    if meta.get("lead") != person.pk:
        owner = User.objects.filter(pk=meta.get("lead")).first()
        raise SheetRefused(
            [
                f"This sheet is {owner.name + '’s' if owner else 'another lead’s'}, "
                f"not {person.name}’s: upload it for the person it was made for."
            ]
        )


def _row_change(where, row, action, update, statuses, errors) -> RowChange | None:
    status_text = _text(row[Column.NEW_STATUS])
    note = _text(row[Column.NOTE])
    revised = _text(row[Column.REVISED_DEADLINE])
    reason = _text(row[Column.REASON])
    status = None
    if status_text:
        status = statuses.get(status_text.casefold())
        if status is None:
            known = ", ".join(s.label for s in statuses.values())
            errors.append(f"{where}: “{status_text}” is not a status. Choose one of: {known}.")
            return None
    if len(note) > NOTE_MAX_LENGTH:
        errors.append(
            f"{where}: the progress note has {len(note):,} characters; "
            f"keep it to {NOTE_MAX_LENGTH:,}."
        )
    # One rule with the update page (reviews/updates.missing_note).
    if (missing := missing_note(status, note)) is not None:
        errors.append(f"{where}: {missing}")
    if revised:
        deadline = parse_deadline(revised, plan_start=action.theme.plan.starts_on)
        if deadline is None or deadline.kind == Deadline.Kind.UNPARSED:
            errors.append(
                f"{where}: Cairn cannot read “{revised}” as a deadline; write, for "
                "example, “Mar 2017”."
            )
        if not reason:
            errors.append(f"{where}: say why the deadline must move.")
    before = (
        update.status_id if update else None,
        update.note if update else "",
        update.revised_deadline_text if update else "",
        update.revised_deadline_reason if update else "",
    )
    after = (status.pk if status else None, note, revised, reason)
    if after == before or not any(after):
        return None
    return RowChange(
        action_id=action.pk,
        ref=action.ref,
        title=action.title,
        status_id=status.pk if status else None,
        status_label=status.label if status else "",
        before_status=action.status.label if action.status else "",
        note=note,
        before_note=action.progress_note,
        revised_deadline_text=revised,
        revised_deadline_reason=reason,
        version=update.version if update else 0,
    )


def sign_changes(review_round: ReviewRound, person: User, changes: list[RowChange]) -> str:
    """The previewed changes, signed, to carry through the confirmation form."""
    return signing.dumps(
        {"round": review_round.pk, "lead": person.pk, "changes": [asdict(c) for c in changes]},
        salt=SALT + ".confirm",
        compress=True,
    )


def unsign_changes(value: str, review_round: ReviewRound) -> tuple[int, list[RowChange]]:
    try:
        data = signing.loads(value, salt=SALT + ".confirm", max_age=24 * 3600)
    except signing.BadSignature:
        raise SheetRefused(
            ["The preview has expired or was altered: upload the sheet again."]
        ) from None
    if data["round"] != review_round.pk:
        raise SheetRefused(["This preview is for another round: upload the sheet again."])
    return data["lead"], [RowChange(**c) for c in data["changes"]]


def apply_changes(review_round: ReviewRound, by: User, changes: list[RowChange]) -> int:
    """Save every previewed row, or none: a row changed by someone since the preview refuses
    the lot. Rows with a status are submitted; rows without one are saved as drafts."""
    statuses = {s.pk: s for s in _statuses(review_round)}
    actions = {a.pk: a for a in Action.objects.filter(pk__in=[c.action_id for c in changes])}
    try:
        with transaction.atomic():
            for change in changes:
                save_update(
                    review_round,
                    actions[change.action_id],
                    by,
                    UpdateInput(
                        status=statuses.get(change.status_id) if change.status_id else None,
                        note=change.note,
                        revised_deadline_text=change.revised_deadline_text,
                        revised_deadline_reason=change.revised_deadline_reason,
                        milestones_done=_ticks_kept(review_round, change.action_id),
                    ),
                    version=change.version,
                    submit=change.status_id is not None,
                )
    except StaleUpdate as stale:
        raise SheetRefused(
            [
                f"{stale.current.action.ref or 'An action'} was updated by "
                f"{stale.current.author or 'someone'} after the sheet was previewed. Nothing "
                "was saved: download a fresh sheet to see their change."
            ]
        ) from None
    return len(changes)


def _ticks_kept(review_round: ReviewRound, action_id: int) -> dict:
    """Milestones ticked on the web form stay ticked: the sheet does not carry them."""
    update = Update.objects.filter(round=review_round, action_id=action_id).first()
    if update is None:
        return {}
    return {t.milestone_id: t.done_on for t in update.milestones_done.all()}


def _statuses(review_round: ReviewRound) -> list[Status]:
    return list(Status.objects.filter(scheme__partnership_id=review_round.plan.partnership_id))


def _text(value) -> str:
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    return str(value).strip()
