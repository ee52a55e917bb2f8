"""Delete abandoned imports: temporary folders of uploads nobody confirmed or cancelled."""

from __future__ import annotations

import shutil
import time

from cairn.imports.uploads import imports_root

MAX_AGE_SECONDS = 24 * 60 * 60


def delete_old_folders(max_age_seconds: int = MAX_AGE_SECONDS, now: float | None = None) -> int:
    """Delete import folders older than `max_age_seconds` (a day); returns how many."""
    root = imports_root()
    if not root.is_dir():
        return 0
    now = time.time() if now is None else now
    deleted = 0
    for folder in root.iterdir():
        try:
            old = now - folder.stat().st_mtime > max_age_seconds
        except FileNotFoundError:  # another worker got there first
            continue
        if old and folder.is_dir():
            shutil.rmtree(folder, ignore_errors=True)
            deleted += 1
    return deleted
