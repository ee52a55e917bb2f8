"""`cairn plans`: every plan with the id and slug that `cairn report` takes."""

from __future__ import annotations

from django.core.management.base import BaseCommand

from cairn.plans.models import Plan


class Command(BaseCommand):
    help = (
        "List every plan: its id, its partnership and slug (PARTNERSHIP/SLUG), its state, "
        "its number of actions and its title. Use either the id or PARTNERSHIP/SLUG with "
        "`cairn report`."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--partnership", metavar="SLUG", help="only this partnership's plans, e.g. exampleshire"
        )

    def handle(self, *args, **options):
        plans = (
            Plan.objects.with_summary()
            .select_related("partnership")
            .order_by("partnership__slug", "slug")
        )
        if options["partnership"]:
            plans = plans.filter(partnership__slug=options["partnership"])
        rows = [
            (str(p.pk), f"{p.partnership.slug}/{p.slug}", p.state, str(p.action_count), p.title)
            for p in plans
        ]
        if not rows:
            self.stdout.write("No plans yet. `cairn demo` builds a demo; `cairn import` reads one.")
            return
        headings = ("id", "partnership/slug", "state", "actions", "title")
        widths = [max(len(r[n]) for r in [headings, *rows]) for n in range(4)]
        for row in [headings, *rows]:
            cells = [row[0].rjust(widths[0])]
            cells += [value.ljust(width) for value, width in zip(row[1:4], widths[1:], strict=True)]
            self.stdout.write("  ".join([*cells, row[4]]).rstrip())
