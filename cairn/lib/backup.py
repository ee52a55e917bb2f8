"""Back up and restore a Cairn installation: its whole database and its private files.

An archive is a gzipped tar holding:

- `manifest.json`: the archive format, the database vendor, the migrations applied when it
  was made, and a SHA-256 of every other member;
- `database.dump`: PostgreSQL's own dump (`pg_dump --format=custom`), or for SQLite a copy
  of the database made with SQLite's online backup API;
- `files/...`: the data folder's private files (uploads waiting to be imported), without
  the SQLite database itself and without the secret key.

The database's own tools are used rather than Django's dumpdata/loaddata: they copy every
table exactly (history, task queue, sessions, sequences) in one consistent snapshot, fast,
without loading every row into Python. The price is that an archive restores into the same
kind of database it came from; restore refuses any other.

Restore refuses, before changing anything, an archive that is damaged, one made by a newer
Cairn (migrations this code does not know), one of another database vendor, and a target
that already holds data or private files.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import os
import shutil
import sqlite3
import subprocess
import tarfile
import tempfile
from dataclasses import dataclass
from pathlib import Path

from django.conf import settings
from django.core.management import call_command
from django.db import connection
from django.db.migrations.loader import MigrationLoader
from django.db.migrations.recorder import MigrationRecorder

FORMAT = 1
MANIFEST = "manifest.json"
DATABASE = "database.dump"
FILES = "files"
# Left out of the files: the database (dumped on its own) and the secret key (see README).
SKIPPED_FILES = {"secret_key", "cairn.sqlite3", "cairn.sqlite3-journal", "cairn.sqlite3-wal"}
SKIPPED_FILES |= {"cairn.sqlite3-shm"}
# Tables `cairn migrate` fills by itself: rows here do not make a database "in use".
SETUP_TABLES = {"django_migrations", "django_content_type", "auth_permission"}


class BackupRefused(Exception):
    """The backup or restore cannot go ahead; the message says why and what to do."""


@dataclass
class Manifest:
    format: int
    vendor: str
    created_at: str
    migrations: list[str]
    checksums: dict[str, str]

    @property
    def file_count(self) -> int:
        return sum(1 for name in self.checksums if name.startswith(f"{FILES}/"))


# ---------------------------------------------------------------- backup


def backup(archive: Path) -> Manifest:
    """Write the database and the private files to `archive` (a new .tar.gz)."""
    archive = Path(archive)
    if archive.exists():
        raise BackupRefused(f"{archive} exists already. Choose a new file name.")
    with tempfile.TemporaryDirectory(prefix="cairn-backup-") as work:
        dump = Path(work) / DATABASE
        dump_database(dump)
        members = {DATABASE: dump, **private_files(exclude=archive)}
        manifest = Manifest(
            format=FORMAT,
            vendor=connection.vendor,
            created_at=dt.datetime.now(dt.UTC).isoformat(timespec="seconds"),
            migrations=applied_migrations(),
            checksums={name: sha256(path) for name, path in members.items()},
        )
        (Path(work) / MANIFEST).write_text(json.dumps(manifest.__dict__, indent=2))
        partial = archive.with_name(archive.name + ".partial")
        with tarfile.open(partial, "w:gz") as tar:
            tar.add(Path(work) / MANIFEST, arcname=MANIFEST)
            for name, path in members.items():
                tar.add(path, arcname=name)
        partial.chmod(0o600)
        partial.rename(archive)
    return manifest


def private_files(exclude: Path) -> dict[str, Path]:
    """The data folder's files, by their name in the archive."""
    root = Path(settings.DATA_DIR)
    found: dict[str, Path] = {}
    if not root.is_dir():
        return found
    database = database_file()
    for path in sorted(root.rglob("*")):
        if not path.is_file() or path.name in SKIPPED_FILES or path.name.endswith(".partial"):
            continue
        if path.resolve() in (exclude.resolve(), database):
            continue
        found[f"{FILES}/{path.relative_to(root).as_posix()}"] = path
    return found


def database_file() -> Path | None:
    name = connection.settings_dict["NAME"]
    return Path(name).resolve() if connection.vendor == "sqlite" and name else None


def dump_database(target: Path) -> None:
    if connection.vendor == "postgresql":
        run_postgres_tool(["pg_dump", "--format=custom", "--no-owner", f"--file={target}"])
    elif connection.vendor == "sqlite":
        connection.ensure_connection()
        copy = sqlite3.connect(target)
        try:
            connection.connection.backup(copy)
        finally:
            copy.close()
    else:
        raise BackupRefused(f"Cairn cannot back up a {connection.vendor} database.")


def applied_migrations() -> list[str]:
    recorder = MigrationRecorder(connection)
    return sorted(f"{app}.{name}" for app, name in recorder.applied_migrations())


def sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as file:
        for block in iter(lambda: file.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


# ---------------------------------------------------------------- restore


def restore(archive: Path) -> Manifest:
    """Put the archive's database and private files into this (empty) installation, then
    apply any migrations newer than the archive. Refuses before changing anything."""
    archive = Path(archive)
    if not archive.is_file():
        raise BackupRefused(f"There is no file at {archive}.")
    with tempfile.TemporaryDirectory(prefix="cairn-restore-") as work:
        manifest = unpack(archive, Path(work))
        check_schema(manifest)
        check_empty_target(manifest)
        load_database(Path(work) / DATABASE)
        root = Path(settings.DATA_DIR)
        for name in manifest.checksums:
            if name.startswith(f"{FILES}/"):
                target = root / name.removeprefix(f"{FILES}/")
                target.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
                shutil.copyfile(Path(work) / name, target)
    call_command("migrate", interactive=False, verbosity=0)
    return manifest


def unpack(archive: Path, work: Path) -> Manifest:
    """Extract and verify the archive; BackupRefused when it is not a whole Cairn backup."""
    damaged = f"{archive.name} is not a whole Cairn backup (it may be damaged or truncated)"
    try:
        with tarfile.open(archive, "r:gz") as tar:
            tar.extractall(work, filter="data")
    except (tarfile.TarError, EOFError, OSError, ValueError) as error:
        raise BackupRefused(f"{damaged}: {error}.") from error
    try:
        data = json.loads((work / MANIFEST).read_text())
        manifest = Manifest(**data)
    except (OSError, ValueError, TypeError) as error:
        raise BackupRefused(f"{damaged}: its manifest is missing or unreadable.") from error
    if manifest.format != FORMAT:
        raise BackupRefused(
            f"{archive.name} is a backup in format {manifest.format}; this version of Cairn "
            f"reads format {FORMAT}. Restore it with the version of Cairn that made it."
        )
    if DATABASE not in manifest.checksums:
        raise BackupRefused(f"{damaged}: it holds no database.")
    for name, expected in manifest.checksums.items():
        path = work / name
        if not path.is_file() or sha256(path) != expected:
            raise BackupRefused(f"{damaged}: {name} does not match its checksum.")
    return manifest


def check_schema(manifest: Manifest) -> None:
    if manifest.vendor != connection.vendor:
        raise BackupRefused(
            f"This backup is of a {manifest.vendor} database and Cairn is using "
            f"{connection.vendor}. Set DATABASE_URL to an empty {manifest.vendor} database "
            "and restore again."
        )
    known = {f"{app}.{name}" for app, name in MigrationLoader(None).disk_migrations}
    newer = sorted(set(manifest.migrations) - known)
    if newer:
        raise BackupRefused(
            "This backup was made by a newer version of Cairn: its database has changes this "
            f"version does not know ({', '.join(newer[:3])}{', ...' if len(newer) > 3 else ''})."
            " Upgrade Cairn to that version or later, then restore."
        )


def check_empty_target(manifest: Manifest) -> None:
    in_use = tables_with_data()
    if in_use:
        raise BackupRefused(
            "The database Cairn is using already holds data (in "
            f"{', '.join(in_use[:3])}{', ...' if len(in_use) > 3 else ''}). Restore only into "
            "an empty database: create a new one, point DATABASE_URL at it, and restore again."
        )
    clashing = [
        name
        for name in manifest.checksums
        if name.startswith(f"{FILES}/")
        and (Path(settings.DATA_DIR) / name.removeprefix(f"{FILES}/")).exists()
    ]
    if clashing:
        raise BackupRefused(
            f"The data folder {settings.DATA_DIR} already holds files the backup would "
            f"overwrite ({clashing[0].removeprefix(f'{FILES}/')}). Restore into an empty "
            "data folder (CAIRN_DATA_DIR)."
        )


def tables_with_data() -> list[str]:
    with connection.cursor() as cursor:
        tables = connection.introspection.table_names(cursor)
        found = []
        for table in sorted(set(tables) - SETUP_TABLES):
            cursor.execute(f"SELECT 1 FROM {connection.ops.quote_name(table)} LIMIT 1")
            if cursor.fetchone():
                found.append(table)
    return found


def load_database(dump: Path) -> None:
    if connection.vendor == "postgresql":
        connection.close()
        run_postgres_tool(
            [
                "pg_restore",
                "--clean",
                "--if-exists",
                "--no-owner",
                "--single-transaction",
                "--exit-on-error",
                str(dump),
            ],
            database_option="--dbname",
        )
    else:
        connection.ensure_connection()
        source = sqlite3.connect(dump)
        try:
            source.backup(connection.connection)
        finally:
            source.close()


def run_postgres_tool(command: list[str], database_option: str = "") -> None:
    """Run pg_dump or pg_restore against Django's database; BackupRefused on failure."""
    db = connection.settings_dict
    env = {**os.environ}
    if db.get("PASSWORD"):
        env["PGPASSWORD"] = str(db["PASSWORD"])
    options = [f"--host={db['HOST']}"] if db.get("HOST") else []
    options += [f"--port={db['PORT']}"] if db.get("PORT") else []
    options += [f"--username={db['USER']}"] if db.get("USER") else []
    name = f"{database_option}={db['NAME']}" if database_option else str(db["NAME"])
    try:
        subprocess.run(
            [*command, *options, name], env=env, check=True, capture_output=True, text=True
        )
    except FileNotFoundError as error:
        raise BackupRefused(
            f"{command[0]} is not installed. Install PostgreSQL's client tools "
            "(Debian: postgresql-client) in the version of your server or newer."
        ) from error
    except subprocess.CalledProcessError as error:
        raise BackupRefused(f"{command[0]} failed: {error.stderr.strip()[-500:]}") from error
