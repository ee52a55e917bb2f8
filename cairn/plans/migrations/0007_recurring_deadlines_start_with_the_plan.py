"""A recurring deadline with no date of its own ("Annually") now recurs from its plan's
start (plans/deadlines.py), so the year before the plan is never counted as missed. Gives
existing ones their plan's start, as reading the text again now would."""

from django.db import migrations
from django.db.models import OuterRef, Subquery


def start_with_the_plan(apps, schema_editor):
    Action = apps.get_model("plans", "Action")
    Milestone = apps.get_model("plans", "Milestone")
    Plan = apps.get_model("plans", "Plan")
    for model, plan_of in ((Action, "themes__actions"), (Milestone, "themes__actions__milestones")):
        plan_start = Plan.objects.filter(**{plan_of: OuterRef("pk")}).values("starts_on")[:1]
        model.objects.filter(deadline_kind="recurring", deadline_start__isnull=True).update(
            deadline_start=Subquery(plan_start)
        )


class Migration(migrations.Migration):
    dependencies = [("plans", "0006_full_text_search_indexes")]

    # Going back leaves the dates: the code before this reads a start as a start too.
    operations = [migrations.RunPython(start_with_the_plan, migrations.RunPython.noop)]
