"""Importing a review's action plan (a DHR recommendations tracker) into the review.

The coordinator starts it from the review page: the upload goes through the ordinary import
(imports/views.py: read in the background, checked and corrected on the preview page), and a
`ReviewImport` row marks the import as this review's. On confirming, the importer saves the
plan as usual, and `adopt` (registered as an import target, imports/targets.py) moves what it
read into the review's action plan, in the same transaction:
- each objective read becomes a recommendation of the review, under the plan's
  "Recommendations" theme, numbered after the ones already there; actions read directly
  under a theme (no objective) become the actions of a recommendation named by that theme;
- a recommendation's scope is read from a "Scope" column where the tracker has one
  ("Single agency (Police)" is made to the police; "National"; anything else is
  partnership-wide);
- the draft plan the importer made is then deleted: it is empty.
Actions keep what the importer read (leads, target date, milestones, outcome); none is
signed off, since sign-off is the coordinator's with the evidence.
"""

from __future__ import annotations

import re

from django.urls import reverse

from cairn.accounts.models import Agency, Partnership, User
from cairn.deathreviews.models import Recommendation, Review, ReviewImport
from cairn.deathreviews.reviewing import RECOMMENDATIONS_THEME
from cairn.imports.models import ImportJob
from cairn.imports.targets import Landing, Target
from cairn.plans.models import Action, Objective, Plan, Theme


def review_target(job: ImportJob) -> Target | None:
    """The import target of an import started from a review's page; None for any other."""
    marked = ReviewImport.objects.filter(job=job).select_related("review").first()
    if marked is None:
        return None
    return Target(f"the action plan of {marked.review.reference}", adopt)


def _normal(text: str | None) -> str:
    return " ".join((text or "").lower().split())


def scopes_read(plan_json: dict) -> dict[str, str]:
    """{objective title: the "Scope" cell of its first action}, where the tracker has one."""
    found = {}
    for theme in plan_json.get("themes", []):
        for objective in theme.get("objectives", []):
            for action in objective.get("actions", []):
                scope = (action.get("other") or {}).get("Scope")
                if scope:
                    found[_normal(objective.get("title"))] = str(scope)
                    break
    return found


def scope_of(text: str, partnership: Partnership) -> tuple[str, Agency | None]:
    """ "Single agency (Police)" -> single agency, made to the police; "National"; else
    partnership-wide."""
    words = _normal(text)
    if words.startswith("national"):
        return Recommendation.Scope.NATIONAL, None
    if words.startswith("single"):
        named = re.search(r"\(([^)]+)\)", text)
        name = _normal(named.group(1)) if named else ""
        for agency in Agency.objects.filter(partnership=partnership, merged_into__isnull=True):
            if name and name in (_normal(agency.name), _normal(agency.short_name)):
                return Recommendation.Scope.SINGLE_AGENCY, agency
        return Recommendation.Scope.SINGLE_AGENCY, None
    return Recommendation.Scope.PARTNERSHIP, None


def _save(item, by: User, reason: str = "") -> None:
    item._history_user = by
    if reason:
        item._change_reason = reason
    item.save()


def adopt(job: ImportJob, plan: Plan, by: User) -> Landing:
    """Move the plan just imported into the review's action plan, as its recommendations."""
    review = ReviewImport.objects.select_related("review__plan").get(job=job).review
    home = Theme.objects.filter(plan_id=review.plan_id).order_by("order", "pk").first()
    if home is None:
        home = Theme(plan_id=review.plan_id, title=RECOMMENDATIONS_THEME, order=1)
        _save(home, by)
    order = Objective.objects.filter(theme__plan_id=review.plan_id).count()
    scopes = scopes_read(job.ready_plan)
    reason = f"Imported into {review.reference} from {job.file_name}"[:100]
    recommendations = actions = 0
    for theme in plan.themes.order_by("order", "pk"):
        loose = list(theme.actions.filter(objective__isnull=True).order_by("order", "pk"))
        if loose:  # a theme's own actions: the theme is their recommendation
            objective = Objective(theme=theme, ref=theme.ref, title=theme.title, order=0)
            _save(objective, by)
            for action in loose:
                action.objective = objective
                _save(action, by)
        for objective in theme.objectives.order_by("order", "pk"):
            order += 1
            objective.theme, objective.order = home, order
            _save(objective, by, reason)
            for action in Action.objects.filter(objective=objective):
                action.theme = home
                _save(action, by, reason)
                actions += 1
            scope, agency = scope_of(scopes.get(_normal(objective.title), ""), review.partnership)
            _save(
                Recommendation(review=review, objective=objective, scope=scope, agency=agency), by
            )
            recommendations += 1
    plan.delete()  # empty now: what it held is the review's
    return Landing(
        reverse("deathreviews:review", args=[review.pk]),
        f"{recommendations} recommendation{'s' if recommendations != 1 else ''} and {actions} "
        f"action{'s' if actions != 1 else ''} imported into {review.reference}. Sign off each "
        "action with its evidence once it is done.",
    )


def start_review_import(review: Review, job: ImportJob) -> ReviewImport:
    return ReviewImport.objects.create(review=review, job=job)
