"""`cairn schedule`: enqueue the periodic jobs, every few minutes, until stopped.

Run it beside `cairn db_worker`: the scheduler only puts jobs on the queue; the worker runs
them. Each app registers its periodic jobs (`cairn.lib.periodic`): review round reminders,
the cleanup of abandoned imports, the purge of deleted plan items. Enqueuing them often is
safe: each reminder is sent once (ReminderLog), cleanups only delete what is old.
"""

from __future__ import annotations

import signal
import time

from django.core.management.base import BaseCommand, CommandParser
from django.utils import timezone

from cairn.lib.periodic import enqueue_due


class Command(BaseCommand):
    help = (
        "Put the periodic jobs (review round reminders, cleanups) on the task queue every few "
        "minutes. "
        "Run `cairn db_worker` beside it to do the work."
    )

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument(
            "--every",
            type=float,
            default=15,
            metavar="MINUTES",
            help="Minutes between runs (default 15).",
        )
        parser.add_argument(
            "--once", action="store_true", help="Enqueue the due jobs once, then exit."
        )

    def handle(self, *args, every: float, once: bool, **options) -> None:
        if every <= 0:
            self.stderr.write("--every must be more than 0 minutes.")
            raise SystemExit(2)
        self.running = True
        signal.signal(signal.SIGTERM, self._stop)
        signal.signal(signal.SIGINT, self._stop)
        while self.running:
            self.enqueue_due_jobs()
            if once:
                return
            deadline = time.monotonic() + every * 60
            while self.running and time.monotonic() < deadline:
                time.sleep(1)

    def enqueue_due_jobs(self) -> None:
        for line in enqueue_due():
            self.stdout.write(f"{timezone.now():%Y-%m-%d %H:%M} enqueued {line}")

    def _stop(self, signum, frame) -> None:
        self.running = False
