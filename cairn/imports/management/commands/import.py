"""`cairn import FILE --partnership SLUG`: save the plan in a document as a draft plan."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from django.core.management.base import BaseCommand, CommandError, CommandParser

from cairn.accounts.models import Partnership
from cairn.imports.grid import UnreadableDocument
from cairn.imports.save import Issue, lead_choices, preview_issues, save_plan
from cairn.imports.uploads import read_plan
from cairn.plans.models import Action, Milestone, Plan


class Command(BaseCommand):
    help = (
        "Import an action plan document (.txt or pasted text saved to a file; .docx, .xlsx, "
        ".csv and .pdf where their readers are installed) as a DRAFT plan of a partnership. "
        "Leads are matched to the partnership's agencies by name or short name; names that "
        "match none are added as new agencies. Status words are matched to the partnership's "
        "status scheme. Nothing is saved if the document cannot be read. To see what would "
        "be imported without saving, run `cairn parse FILE`; to correct the plan before "
        "saving, use the import page (/p/<partnership>/import/)."
    )

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("file", help="path to the plan document, e.g. plan-2024.docx")
        parser.add_argument(
            "--partnership",
            required=True,
            metavar="SLUG",
            help="the partnership that owns the plan, by its address name, e.g. southend",
        )
        parser.add_argument(
            "--title", metavar="T", help="the plan's title (default: the document's title)"
        )

    def handle(self, *args: Any, **options: Any) -> None:
        partnership = Partnership.objects.filter(slug=options["partnership"]).first()
        if partnership is None:
            known = ", ".join(Partnership.objects.values_list("slug", flat=True)) or "none yet"
            raise CommandError(
                f"There is no partnership {options['partnership']!r}. Partnerships: {known}."
            )
        path = Path(options["file"])
        try:
            plan_json = read_plan(path)
        except UnreadableDocument as problem:
            raise CommandError(f"{path.name}: {problem}") from problem
        new_agencies = [c.name for c in lead_choices(plan_json, partnership) if c.is_new]
        issues = preview_issues(plan_json, partnership)
        plan = save_plan(
            plan_json, partnership, by=None, title=options["title"], source_name=path.name
        )
        self.report(plan, new_agencies, [i for i in issues if i.kind == "deadline"])

    def report(self, plan: Plan, new_agencies: list[str], flagged: list[Issue]) -> None:
        actions = Action.objects.filter(theme__plan=plan)
        milestones = Milestone.objects.filter(action__theme__plan=plan).count()
        self.stdout.write(f"Imported “{plan.title}” as a draft plan of {plan.partnership}.")
        self.stdout.write(
            f"  {plan.themes.count()} themes, {actions.count()} actions, {milestones} milestones"
        )
        self.stdout.write(f"  {len(new_agencies)} new agencies: {', '.join(new_agencies)}")
        self.stdout.write(f"  {len(flagged)} flagged deadlines")
        for issue in flagged:
            self.stdout.write(f"    {issue.where}: {issue.message}")
        self.stdout.write(f"Plan id {plan.pk}, slug {plan.slug}: /plans/{plan.pk}/")
