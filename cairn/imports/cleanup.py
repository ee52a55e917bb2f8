"""Delete abandoned imports: imports nobody confirmed or cancelled, and their folders.

`cairn schedule` enqueues this every few minutes (`tasks.delete_abandoned_imports`); a
failed import's folder is deleted at once, its row (which holds the message) after a day.
"""

from __future__ import annotations

import datetime as dt
import shutil
import time
from collections.abc import Set

from django.utils import timezone

from cairn.imports.models import ImportJob
from cairn.imports.uploads import delete_folder, imports_root

MAX_AGE_SECONDS = 24 * 60 * 60


def delete_abandoned_imports(max_age_seconds: int = MAX_AGE_SECONDS) -> int:
    """Delete imports untouched for `max_age_seconds` (a day) and folders that belong to no
    import; returns how many imports and folders were deleted."""
    cutoff = timezone.now() - dt.timedelta(seconds=max_age_seconds)
    deleted = 0
    for job in ImportJob.objects.filter(updated_at__lt=cutoff):
        delete_folder(job.token)
        job.delete()
        deleted += 1
    kept = set(ImportJob.objects.exclude(token="").values_list("token", flat=True))
    return deleted + delete_old_folders(max_age_seconds, keep=kept)


def delete_old_folders(
    max_age_seconds: int = MAX_AGE_SECONDS, now: float | None = None, keep: Set[str] = frozenset()
) -> int:
    """Delete import folders older than `max_age_seconds`, except those in `keep`; returns
    how many."""
    root = imports_root()
    if not root.is_dir():
        return 0
    now = time.time() if now is None else now
    deleted = 0
    for folder in root.iterdir():
        if folder.name in keep:
            continue
        try:
            old = now - folder.stat().st_mtime > max_age_seconds
        except FileNotFoundError:  # another worker got there first
            continue
        if old and folder.is_dir():
            shutil.rmtree(folder, ignore_errors=True)
            deleted += 1
    return deleted
