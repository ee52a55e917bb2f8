"""`cairn schedule`: enqueue the periodic jobs, every few minutes, until stopped.

Run it beside `cairn db_worker`: the scheduler only puts jobs on the queue; the worker runs
them. Enqueuing the reminder job often is safe: each reminder is sent once (ReminderLog).
"""

from __future__ import annotations

import signal
import time

from django.core.management.base import BaseCommand, CommandParser
from django.utils import timezone

from cairn.reviews.tasks import send_due_reminders


class Command(BaseCommand):
    help = (
        "Put the periodic jobs (review round reminders) on the task queue every few minutes. "
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

    def enqueue_due_jobs(self):
        today = timezone.localdate().isoformat()
        result = send_due_reminders.enqueue(today)
        self.stdout.write(f"{timezone.now():%Y-%m-%d %H:%M} enqueued reminders for {today}")
        return result

    def _stop(self, signum, frame) -> None:
        self.running = False
