"""Background work of plans: the purge of what was deleted more than 30 days ago.

`cairn schedule` enqueues `purge_deleted` every few minutes; it only deletes deletions past
their 30 days, so running it often is safe. Tests call it directly: `purge_deleted.call()`.
"""

from __future__ import annotations

from django.tasks import task

from cairn.lib.periodic import periodic
from cairn.plans import deleting


@task
def purge_deleted() -> int:
    """Delete for good what was deleted more than 30 days ago; returns how many deletions."""
    return deleting.purge()


@periodic("purge")
def enqueue_purge() -> str:
    purge_deleted.enqueue()
    return "the purge of items deleted over 30 days ago"
