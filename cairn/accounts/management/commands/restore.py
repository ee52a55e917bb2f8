"""`cairn restore FILE`: put a backup into an empty installation."""

from __future__ import annotations

from pathlib import Path

from django.core.management.base import BaseCommand, CommandError, CommandParser

from cairn.lib.backup import BackupRefused, restore


class Command(BaseCommand):
    help = (
        "Restore a backup made by `cairn backup` into an EMPTY database (DATABASE_URL) and "
        "data folder (CAIRN_DATA_DIR), then apply any newer migrations. Refuses a damaged "
        "archive, one made by a newer Cairn or of another kind of database, and a target "
        "that already holds data, before changing anything."
    )

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("file", type=Path, help="The archive `cairn backup` wrote.")

    def handle(self, *args, file: Path, **options) -> None:
        try:
            manifest = restore(file)
        except BackupRefused as refused:
            raise CommandError(str(refused)) from refused
        self.stdout.write(
            f"Restored the {manifest.vendor} database backed up at {manifest.created_at} and "
            f"{manifest.file_count} private file(s)."
        )
