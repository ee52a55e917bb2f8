"""`cairn backup FILE`: the whole database and the private files, in one archive."""

from __future__ import annotations

from pathlib import Path

from django.core.management.base import BaseCommand, CommandError, CommandParser

from cairn.lib.backup import BackupRefused, backup


class Command(BaseCommand):
    help = (
        "Write a backup of everything Cairn holds (the whole database, with pg_dump on "
        "PostgreSQL, and the private upload folder) to FILE, a new .tar.gz. Restore it with "
        "`cairn restore FILE` into an empty installation. The secret key is not included."
    )

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("file", type=Path, help="The archive to write, e.g. cairn.tar.gz.")

    def handle(self, *args, file: Path, **options) -> None:
        try:
            manifest = backup(file)
        except BackupRefused as refused:
            raise CommandError(str(refused)) from refused
        self.stdout.write(
            f"Backed up the {manifest.vendor} database ({len(manifest.migrations)} migrations) "
            f"and {manifest.file_count} private file(s) to {file}."
        )
