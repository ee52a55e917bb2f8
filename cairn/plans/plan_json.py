"""A saved plan as Plan JSON: the shape `cairn parse` prints and the importer saves.

`plan_json(plan)` is the inverse of `imports.save.save_plan` as far as Plan JSON goes: saving
what it returns as a new plan of the same partnership, then reading that back, gives the same
JSON. Leads are named as the importer matches them (an agency by its short name or name, a
person by name); cross-references read "<theme title> <ref>", as a plan writes "See Safety
and Support 3.1". Read in a fixed number of queries, whatever the plan's size.
"""

from __future__ import annotations

from typing import Any

from django.db.models import Prefetch

from cairn.plans.models import Action, DeadlineFields, Milestone, Objective, Plan, Theme


def deadline_json(item: DeadlineFields) -> dict[str, Any] | None:
    if not item.deadline_kind:
        return None
    return {
        "kind": item.deadline_kind,
        "start": item.deadline_start.isoformat() if item.deadline_start else None,
        "end": item.deadline_end.isoformat() if item.deadline_end else None,
    }


def milestone_json(milestone: Milestone) -> dict[str, Any]:
    lead = milestone.lead_agency or milestone.lead_person
    return {
        "title": milestone.title,
        "due_text": milestone.deadline_text or None,
        "due": deadline_json(milestone),
        "lead": (lead.name if lead is milestone.lead_person else str(lead)) if lead else None,
    }


def action_json(action: Action) -> dict[str, Any]:
    agencies = [str(agency) for agency in action.lead_agencies.all()]
    people = [person.name for person in action.lead_people.all()]
    found: dict[str, Any] = {
        "ref": action.ref or None,
        "title": action.title,
        "leads": agencies + people,
        "lead_people": people,
        "collaborators": [str(agency) for agency in action.collaborators.all()]
        + [person.name for person in action.collaborator_people.all()],
        "deadline_text": action.deadline_text or None,
        "deadline": deadline_json(action),
        "timescale": action.timescale or None,
        "status_text": action.status.label if action.status else None,
        "progress_text": action.progress_note or None,
        "output": action.output or None,
        "outcome": action.outcome or None,
        "indicators": [line.strip() for line in action.indicators.splitlines() if line.strip()],
        "cost": action.cost or None,
        "milestones": [milestone_json(m) for m in action.milestones.all()],
    }
    references = [
        f"{other.theme.title} {other.ref}".strip() for other in action.related_actions.all()
    ]
    if references:
        found["cross_references"] = references
    return found


def plan_json(plan: Plan) -> dict[str, Any]:
    """The plan as Plan JSON. Queries: themes, objectives, actions with their status, lead
    agencies, lead people, collaborating agencies and people, cross-referenced actions with
    their themes, milestones with their leads."""
    actions = list(
        Action.objects.filter(theme__plan=plan)
        .select_related("status")
        .prefetch_related(
            "lead_agencies",
            "lead_people",
            "collaborators",
            "collaborator_people",
            Prefetch(
                "related_actions",
                queryset=Action.objects.select_related("theme").order_by("theme__order", "order"),
            ),
            Prefetch(
                "milestones",
                queryset=Milestone.objects.select_related("lead_agency", "lead_person"),
            ),
        )
        .in_tree_order()
    )
    themes = list(Theme.objects.filter(plan=plan))
    objectives = list(Objective.objects.filter(theme__plan=plan))
    return {
        "title": plan.title,
        "period_text": plan.period_text or None,
        "themes": [theme_json(theme, objectives, actions) for theme in themes],
    }


def theme_json(theme: Theme, objectives: list[Objective], actions: list[Action]) -> dict:
    """The theme with its objectives; its actions under no objective come first, as an
    objective with no title (how the importer reads actions straight under a theme)."""
    mine = [a for a in actions if a.theme_id == theme.pk]
    groups = []
    loose = [action_json(a) for a in mine if a.objective_id is None]
    if loose:
        groups.append({"ref": None, "title": None, "actions": loose})
    for objective in (o for o in objectives if o.theme_id == theme.pk):
        groups.append(
            {
                "ref": objective.ref or None,
                "title": objective.title or None,
                "actions": [action_json(a) for a in mine if a.objective_id == objective.pk],
            }
        )
    return {
        "ref": theme.ref or None,
        "title": theme.title,
        "description": theme.description or None,
        "objectives": groups,
    }
