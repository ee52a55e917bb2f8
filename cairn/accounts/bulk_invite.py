"""Inviting many people at once from a table (pasted, or read from a .csv/.xlsx upload).

`preview()` reads the table and says, row by row, who will be invited and what is wrong with
the rest; nothing is saved or sent. `invite_rows()` invites the rows without problems, once
the coordinator has confirmed. The table is plain lists of text: reading files is the
imports app's job.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from django.core.exceptions import ValidationError
from django.core.validators import validate_email
from django.db import transaction

from cairn.accounts.models import Agency, Partnership, Role, User
from cairn.accounts.people import Invited, PersonInput, invite, normalise_email

MAX_ROWS = 500

# Each column Cairn reads, with the headings people give it.
COLUMNS: dict[str, set[str]] = {
    "name": {"name", "full name", "person", "lead"},
    "email": {"email", "email address", "e-mail", "e-mail address", "mail"},
    "agency": {"agency", "organisation", "organization", "service"},
    "role": {"role", "cairn role"},
}
ROLE_NAMES = {
    **{value: value for value in Role.values},
    **{label.lower(): value for value, label in Role.choices},
    "data": Role.DATA_CONTRIBUTOR,
    "board member": Role.VIEWER,
}


class TableRefused(ValueError):
    """The table as a whole cannot be read (no header, unknown column); nothing is invited."""


@dataclass
class PreviewRow:
    number: int
    """The row's line in the table, counting the header as line 1."""
    name: str
    email: str
    agency_text: str
    role_text: str
    agency: Agency | None = None
    role: str = ""
    problems: list[str] = field(default_factory=list)
    has_account: bool = False

    @property
    def ok(self) -> bool:
        return not self.problems

    def person(self) -> PersonInput:
        return PersonInput(email=self.email, name=self.name, role=self.role, agency=self.agency)


@dataclass
class Preview:
    rows: list[PreviewRow]

    @property
    def to_invite(self) -> list[PreviewRow]:
        return [row for row in self.rows if row.ok]

    @property
    def refused(self) -> list[PreviewRow]:
        return [row for row in self.rows if not row.ok]


def _column_of(heading: str) -> str | None:
    cleaned = " ".join(heading.replace("_", " ").split()).strip().lower()
    return next((column for column, names in COLUMNS.items() if cleaned in names), None)


def read_header(header: list[str]) -> dict[str, int]:
    """{column: position}; an unknown or repeated heading refuses the whole table."""
    positions: dict[str, int] = {}
    unknown = []
    for position, heading in enumerate(header):
        if not heading.strip():
            continue
        column = _column_of(heading)
        if column is None:
            unknown.append(heading.strip())
        elif column in positions:
            raise TableRefused(
                f"Two columns are headed '{column}'. Keep one and try again; nothing was sent."
            )
        else:
            positions[column] = position
    if unknown:
        names = ", ".join(f"'{u}'" for u in unknown)
        raise TableRefused(
            f"Unknown column{'s' if len(unknown) > 1 else ''} {names}. The first row must "
            "name the columns name, email, agency and role (only email is needed). Remove "
            "or rename the others and try again; nothing was sent."
        )
    if "email" not in positions:
        raise TableRefused(
            "There is no email column. The first row must name the columns name, email, "
            "agency and role, e.g. 'name, email, agency, role'; nothing was sent."
        )
    return positions


def preview(partnership: Partnership, table: list[list[str]]) -> Preview:
    """Each row of the table with its problems. Queries: agencies, existing accounts."""
    rows = [row for row in table if any(cell.strip() for cell in row)]
    if not rows:
        raise TableRefused("The list is empty. Paste or upload the people to invite.")
    positions = read_header(rows[0])
    body = rows[1:]
    if not body:
        raise TableRefused("The list has a header row but nobody in it.")
    if len(body) > MAX_ROWS:
        raise TableRefused(
            f"The list has {len(body)} people; Cairn invites up to {MAX_ROWS} at once. "
            "Split it into smaller lists."
        )
    agencies = _agencies_by_name(partnership)
    emails = {
        normalise_email(_cell(row, positions, "email"))
        for row in body
        if _cell(row, positions, "email")
    }
    accounts = {
        user.email.lower(): user
        for user in User.objects.filter(email__in=emails).prefetch_related("memberships")
    }
    seen: dict[str, int] = {}
    preview_rows = []
    for number, row in enumerate(body, start=2):
        preview_row = PreviewRow(
            number=number,
            name=_cell(row, positions, "name"),
            email=normalise_email(_cell(row, positions, "email")),
            agency_text=_cell(row, positions, "agency"),
            role_text=_cell(row, positions, "role"),
        )
        _check_row(preview_row, partnership, agencies, accounts, seen, row, positions)
        preview_rows.append(preview_row)
    return Preview(preview_rows)


def _cell(row: list[str], positions: dict[str, int], column: str) -> str:
    position = positions.get(column)
    if position is None or position >= len(row):
        return ""
    return " ".join(str(row[position]).split())


def _agencies_by_name(partnership: Partnership) -> dict[str, Agency]:
    found: dict[str, Agency] = {}
    for agency in Agency.objects.filter(partnership=partnership):
        for name in (agency.name, agency.short_name):
            if name:
                found.setdefault(name.strip().lower(), agency)
    return found


def _check_row(
    row: PreviewRow,
    partnership: Partnership,
    agencies: dict[str, Agency],
    accounts: dict[str, User],
    seen: dict[str, int],
    cells: list[str],
    positions: dict[str, int],
) -> None:
    extra = [c for i, c in enumerate(cells) if c.strip() and i not in positions.values()]
    if extra:
        row.problems.append("This row has more cells than the list has columns.")
    if not row.email:
        row.problems.append("No email address.")
    else:
        try:
            validate_email(row.email)
        except ValidationError:
            row.problems.append(
                f"'{row.email}' is not an email address in the right format, like name@example.org."
            )
        else:
            if row.email in seen:
                row.problems.append(
                    f"The same email address as row {seen[row.email]} (capitals do not "
                    "make a different address)."
                )
            else:
                seen[row.email] = row.number
    if row.agency_text:
        row.agency = agencies.get(row.agency_text.lower())
        if row.agency is None:
            row.problems.append(
                f"No agency called '{row.agency_text}' in {partnership}. Check the spelling, "
                "or add the agency first."
            )
    role_text = row.role_text.strip().lower()
    row.role = ROLE_NAMES.get(role_text, "") if role_text else Role.LEAD
    if not row.role:
        choices = ", ".join(label.lower() for label in Role.labels)
        row.problems.append(f"'{row.role_text}' is not a role: use one of {choices}.")
    user = accounts.get(row.email)
    if user is not None:
        membership = next(
            (m for m in user.memberships.all() if m.partnership_id == partnership.pk), None
        )
        if membership is not None and membership.deactivated_at is None:
            row.problems.append(f"{user} is already in {partnership}.")
        row.has_account = user.has_usable_password() or user.last_login is not None


@transaction.atomic
def invite_rows(partnership: Partnership, table: list[list[str]], *, by: User) -> list[Invited]:
    """Invite every row without a problem (checked again now), in one transaction; the
    emails go once it is committed."""
    checked = preview(partnership, table)
    return [invite(partnership, row.person(), by=by) for row in checked.to_invite]
