"""`cairn parse FILE`: print the plan in a document as Plan JSON, touching no database."""

from __future__ import annotations

import json
from typing import Any

from django.core.management.base import BaseCommand, CommandError, CommandParser

from cairn.imports.grid import UnreadableDocument
from cairn.imports.uploads import read_plan


class Command(BaseCommand):
    help = (
        "Read an action plan document (.txt or pasted text saved to a file; .docx, .xlsx, "
        ".csv and .pdf where their readers are installed) and print it as Plan JSON: themes, "
        "objectives, actions with leads, deadlines and milestones. Nothing is saved. Use "
        "`cairn import` to save a plan as a draft."
    )

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("file", help="path to the plan document, e.g. plan-2024.docx")

    def handle(self, *args: Any, **options: Any) -> None:
        try:
            plan = read_plan(options["file"])
        except UnreadableDocument as problem:
            raise CommandError(str(problem)) from problem
        self.stdout.write(json.dumps(plan, indent=2, ensure_ascii=False))
