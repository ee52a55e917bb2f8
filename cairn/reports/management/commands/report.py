"""`cairn report PLAN --format docx|pdf|xlsx|csv --output FILE [--round PERIOD]`."""

from __future__ import annotations

from pathlib import Path

from django.core.management.base import BaseCommand, CommandError
from django.utils import timezone

from cairn.reports.data import report_data
from cairn.reports.plan_lookup import PlanNotFound, find_plan
from cairn.reports.render import FORMATS, render
from cairn.reviews.models import ReviewRound


class Command(BaseCommand):
    help = (
        "Write a plan's board report (status summary by theme, exceptions, changes since the "
        "last round, update completeness and every action) as Word, PDF, Excel or CSV. "
        "PLAN is a plan's id, its slug, or PARTNERSHIP/SLUG; `cairn plans` lists them. "
        "Example: cairn report exampleshire/2016-17 --format docx --output board.docx"
    )

    def add_arguments(self, parser):
        parser.add_argument("plan", metavar="PLAN", help="plan id, slug or PARTNERSHIP/SLUG")
        parser.add_argument("--format", required=True, choices=FORMATS, help="the file format")
        parser.add_argument("--output", required=True, metavar="FILE", help="where to write it")
        parser.add_argument(
            "--round",
            metavar="PERIOD",
            help="the review round, by its period, e.g. '2016/17 Q2' (default: the latest)",
        )
        parser.add_argument(
            "--partnership", metavar="SLUG", help="the plan's partnership, if its slug is shared"
        )

    def handle(self, *args, **options):
        try:
            plan = find_plan(options["plan"], options["partnership"])
        except PlanNotFound as problem:
            raise CommandError(str(problem)) from problem
        round = None
        if options["round"]:
            round = ReviewRound.objects.filter(plan=plan, period=options["round"].strip()).first()
            if round is None:
                periods = ReviewRound.objects.filter(plan=plan).values_list("period", flat=True)
                known = ", ".join(repr(p) for p in periods) or "none yet"
                raise CommandError(
                    f"The plan has no review round {options['round']!r}. Its rounds: {known}."
                )
        output = Path(options["output"])
        if not output.parent.is_dir():
            raise CommandError(f"The folder {str(output.parent)!r} does not exist.")
        data = report_data(plan, round, on=timezone.localdate())
        content = render(data, options["format"])
        try:
            output.write_bytes(content)
        except OSError as problem:
            raise CommandError(f"Could not write {output}: {problem.strerror}.") from problem
        if data.updates_message:
            self.stdout.write(data.updates_message)
        self.stdout.write(
            f"Wrote the board report of “{plan.title}” ({len(data.actions)} actions, "
            f"{len(data.exceptions)} exceptions) to {output}."
        )
