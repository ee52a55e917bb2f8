"""What a coordinator does with a death review, and what the pages read, in fixed queries.

The rules, decided once here:
- A review's reference is unique in the partnership (whatever its capitals) and names nobody.
- Creating a review creates its action plan: a plan of kind "review", active, with one theme
  ("Recommendations") under which each recommendation is an objective.
- An action is signed off by the coordinator with the evidence and the date it was done; its
  status becomes the scheme's first "complete" status. Without evidence it is refused.
- A recommendation is signed off with evidence once it has actions and none of them is open
  (signed off actions are closed; nothing else is). One without actions is refused: its
  sign-off would say it was met with nothing done.
- An open action is overdue once its target date has passed and due soon within 30 days.
- The public summary names nobody: names of the partnership's people and email addresses
  are found (cairn/lib/scrubbing.py) and the save is refused, naming what was found.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from django.db import IntegrityError, transaction
from django.db.models import Count, Prefetch, Q, QuerySet
from django.utils import timezone

from cairn.accounts.models import Agency, Partnership, User
from cairn.deathreviews.models import (
    STARTER_THEMES,
    ActionSignOff,
    LearningTheme,
    Recommendation,
    Review,
)
from cairn.lib.scrubbing import Scrubber
from cairn.plans import versions
from cairn.plans.models import DUE_BY_DATE_KINDS, Action, Milestone, Objective, Plan, Status, Theme

DUE_SOON_DAYS = 30
RECOMMENDATIONS_THEME = "Recommendations"


class ReviewRefused(ValueError):
    """A change to a review that is not allowed, said in plain words."""


# ---------------------------------------------------------------- changing reviews


def names_in(partnership: Partnership, text: str) -> list[str]:
    """Names of the partnership's people and email addresses found in the text."""
    names = User.objects.filter(memberships__partnership=partnership).values_list("name", flat=True)
    return Scrubber(list(names)).found(text)


def check_public_summary(partnership: Partnership, text: str) -> None:
    found = names_in(partnership, text)
    if found:
        shown = ", ".join(f"“{n}”" for n in dict.fromkeys(found))
        raise ReviewRefused(
            f"The public summary names {shown}: a public summary must name nobody. "
            "Remove the name or email address before saving."
        )


def reference_taken(partnership: Partnership, reference: str, but: Review | None = None) -> bool:
    taken = Review.objects.filter(partnership=partnership, reference__iexact=reference.strip())
    if but is not None:
        taken = taken.exclude(pk=but.pk)
    return taken.exists()


def create_review(partnership: Partnership, review: Review, *, by: User) -> Review:
    """Save a new review (its fields set by the form) with its action plan."""
    review.reference = review.reference.strip()
    if reference_taken(partnership, review.reference):
        raise ReviewRefused(f"A review with the reference “{review.reference}” already exists.")
    check_public_summary(partnership, review.public_summary)
    try:
        with transaction.atomic():
            plan = Plan(
                partnership=partnership,
                kind=Plan.Kind.REVIEW,
                title=f"{review.reference} action plan",
                state=Plan.State.ACTIVE,
            )
            _by(plan, by).save()
            _by(Theme(plan=plan, title=RECOMMENDATIONS_THEME, order=1), by).save()
            review.partnership = partnership
            review.plan = plan
            _by(review, by).save()
    except IntegrityError:  # the same reference saved meanwhile
        raise ReviewRefused(
            f"A review with the reference “{review.reference}” already exists."
        ) from None
    ensure_starter_themes(partnership)
    return review


def save_review(review: Review, *, by: User) -> Review:
    review.reference = review.reference.strip()
    if reference_taken(review.partnership, review.reference, but=review):
        raise ReviewRefused(f"A review with the reference “{review.reference}” already exists.")
    check_public_summary(review.partnership, review.public_summary)
    with transaction.atomic():
        _by(review, by).save()
        if review.plan.title != f"{review.reference} action plan":
            renamed = Plan.objects.filter(pk=review.plan_id)
            renamed.update(title=f"{review.reference} action plan")
            versions.changed(renamed)
    return review


def ensure_starter_themes(partnership: Partnership) -> None:
    """The starter list of learning themes, once per partnership."""
    if LearningTheme.objects.filter(partnership=partnership).exists():
        return
    LearningTheme.objects.bulk_create(
        [LearningTheme(partnership=partnership, name=name) for name in STARTER_THEMES],
        ignore_conflicts=True,
    )


def add_recommendation(
    review: Review,
    *,
    text: str,
    ref: str = "",
    scope: str = Recommendation.Scope.PARTNERSHIP,
    agency: Agency | None = None,
    themes: list[LearningTheme] | QuerySet[LearningTheme] = (),  # type: ignore[assignment]
    by: User,
) -> Recommendation:
    with transaction.atomic():
        theme = Theme.objects.filter(plan_id=review.plan_id).order_by("order", "pk").first()
        if theme is None:
            theme = _by(Theme(plan_id=review.plan_id, title=RECOMMENDATIONS_THEME), by)
            theme.save()
        order = Objective.objects.filter(theme__plan_id=review.plan_id).count() + 1
        objective = _by(Objective(theme=theme, ref=ref, title=text, order=order), by)
        objective.save()
        recommendation = Recommendation(
            review=review, objective=objective, scope=scope, agency=agency
        )
        _by(recommendation, by).save()
        recommendation.themes.set(themes)
    return recommendation


def add_action(
    recommendation: Recommendation,
    *,
    title: str,
    ref: str = "",
    lead_agency: Agency | None = None,
    lead_person: User | None = None,
    deadline_text: str = "",
    by: User,
) -> Action:
    objective = recommendation.objective
    with transaction.atomic():
        order = Action.objects.filter(objective=objective).count() + 1
        action = Action(
            theme_id=objective.theme_id,
            objective=objective,
            ref=ref,
            title=title,
            deadline_text=deadline_text,
            order=order,
        )
        action.understand_deadline(recommendation.review.commissioned_on)
        _by(action, by).save()
        if lead_agency is not None:
            action.lead_agencies.set([lead_agency])
        if lead_person is not None:
            action.lead_people.set([lead_person])
    return action


def sign_off_action(
    action: Action, *, evidence: str, completed_on: dt.date | None, by: User
) -> ActionSignOff:
    if not (evidence or "").strip():
        raise ReviewRefused(
            "Give the evidence that the action was done (its outcome) before signing it off."
        )
    if completed_on is None:
        raise ReviewRefused("Give the date the action was completed.")
    with transaction.atomic():
        action = Action.objects.select_for_update().select_related("theme__plan").get(pk=action.pk)
        if ActionSignOff.objects.filter(action=action).exists():
            raise ReviewRefused("This action is already signed off.")
        sign_off = ActionSignOff(
            action=action, evidence=evidence.strip(), completed_on=completed_on, signed_off_by=by
        )
        _by(sign_off, by).save()
        complete = (
            Status.objects.filter(
                scheme__partnership_id=action.theme.plan.partnership_id,
                category=Status.Category.COMPLETE,
            )
            .order_by("order", "pk")
            .first()
        )
        if complete is not None and action.status_id != complete.pk:
            action.status = complete
            action.version += 1
            _by(action, by)
            action._change_reason = "Signed off with evidence"  # type: ignore[attr-defined]
            action.save()
    return sign_off


def open_actions(recommendation: Recommendation) -> QuerySet[Action]:
    return Action.objects.filter(objective_id=recommendation.objective_id, sign_off__isnull=True)


def sign_off_recommendation(
    recommendation: Recommendation, *, evidence: str, by: User
) -> Recommendation:
    if not (evidence or "").strip():
        raise ReviewRefused("Give the evidence that the recommendation is met before signing off.")
    with transaction.atomic():
        recommendation = Recommendation.objects.select_for_update().get(pk=recommendation.pk)
        if recommendation.is_signed_off:
            raise ReviewRefused("This recommendation is already signed off.")
        if not Action.objects.filter(objective_id=recommendation.objective_id).exists():
            raise ReviewRefused(
                "This recommendation has no actions yet. Add the actions that meet it and "
                "sign each off with its evidence, then sign off the recommendation."
            )
        still_open = list(open_actions(recommendation).order_by("order", "pk"))
        if still_open:
            names = ", ".join(f"“{a}”" for a in still_open[:3])
            more = f" and {len(still_open) - 3} more" if len(still_open) > 3 else ""
            raise ReviewRefused(
                f"{len(still_open)} of its actions {'is' if len(still_open) == 1 else 'are'} "
                f"still open ({names}{more}): sign each off first."
            )
        recommendation.evidence = evidence.strip()
        recommendation.signed_off_at = timezone.now()
        recommendation.signed_off_by = by
        _by(recommendation, by).save()
    return recommendation


def _by(instance, by: User):
    instance._history_user = by
    return instance


# ---------------------------------------------------------------- reading reviews


def due_state(action: Action, signed_off: bool, on: dt.date) -> str:
    """ "signed off", "overdue", "due soon" or "" for one action of a review."""
    if signed_off:
        return "signed off"
    if action.deadline_kind not in DUE_BY_DATE_KINDS or action.deadline_end is None:
        return ""
    if action.deadline_end < on:
        return "overdue"
    if action.deadline_end <= on + dt.timedelta(days=DUE_SOON_DAYS):
        return "due soon"
    return ""


@dataclass
class ActionState:
    action: Action
    sign_off: ActionSignOff | None
    due: str

    @property
    def is_open(self) -> bool:
        return self.sign_off is None


@dataclass
class RecommendationState:
    recommendation: Recommendation
    actions: list[ActionState] = field(default_factory=list)

    @property
    def open_count(self) -> int:
        return sum(a.is_open for a in self.actions)

    @property
    def may_sign_off(self) -> bool:
        return not self.recommendation.is_signed_off and bool(self.actions) and self.open_count == 0

    @property
    def state(self) -> str:
        return recommendation_state(
            self.recommendation.is_signed_off, self.open_count, len(self.actions)
        )


def recommendation_state(signed_off: bool, open_count: int, action_count: int) -> str:
    if signed_off:
        return "Signed off"
    if not action_count:
        return "No actions yet"
    if open_count:
        return f"{open_count} action{'s' if open_count != 1 else ''} open"
    return "Ready to sign off"


def review_actions(plan_id: int) -> QuerySet[Action]:
    return (
        Action.objects.filter(theme__plan_id=plan_id, objective__isnull=False)
        .select_related("status", "sign_off__signed_off_by")
        .prefetch_related(
            "lead_agencies",
            "lead_people",
            Prefetch("milestones", queryset=Milestone.objects.order_by("order", "pk")),
        )
        .order_by("order", "pk")
    )


def review_detail(review: Review, on: dt.date) -> list[RecommendationState]:
    """The review's recommendations with their actions and how each stands.

    Queries, whatever the size: recommendations (with objective, agency, signer), their
    themes, actions (with status and sign-off), lead agencies, lead people, milestones.
    """
    recommendations = (
        Recommendation.objects.filter(review=review, objective__deletion__isnull=True)
        .select_related("objective", "agency", "signed_off_by")
        .prefetch_related("themes")
        .order_by("objective__order", "pk")
    )
    by_objective: dict[int, list[ActionState]] = {}
    for action in review_actions(review.plan_id):
        sign_off = getattr(action, "sign_off", None)
        state = ActionState(action, sign_off, due_state(action, sign_off is not None, on))
        by_objective.setdefault(action.objective_id or 0, []).append(state)
    return [RecommendationState(r, by_objective.get(r.objective_id, [])) for r in recommendations]


def _open(prefix: str) -> Q:
    return Q(**{f"{prefix}deletion__isnull": True, f"{prefix}sign_off__isnull": True})


def reviews_with_counts(partnership: Partnership, on: dt.date) -> QuerySet[Review]:
    """The partnership's reviews, each with counts of recommendations and actions, open,
    overdue and due soon: one query, whatever the number of reviews."""
    actions = "plan__themes__actions__"
    live = Q(**{f"{actions}deletion__isnull": True, f"{actions}objective__isnull": False})
    open_ = live & _open(actions)
    dated = Q(**{f"{actions}deadline_kind__in": DUE_BY_DATE_KINDS})
    overdue = open_ & dated & Q(**{f"{actions}deadline_end__lt": on})
    soon = (
        open_
        & dated
        & Q(
            **{
                f"{actions}deadline_end__gte": on,
                f"{actions}deadline_end__lte": on + dt.timedelta(days=DUE_SOON_DAYS),
            }
        )
    )
    live_recommendation = Q(recommendations__objective__deletion__isnull=True)
    return (
        Review.objects.filter(partnership=partnership, plan__deletion__isnull=True)
        .annotate(
            recommendation_count=Count(
                "recommendations", filter=live_recommendation, distinct=True
            ),
            open_recommendations=Count(
                "recommendations",
                filter=live_recommendation & Q(recommendations__signed_off_at__isnull=True),
                distinct=True,
            ),
            action_count=Count(f"{actions}id", filter=live, distinct=True),
            open_action_count=Count(f"{actions}id", filter=open_, distinct=True),
            overdue_count=Count(f"{actions}id", filter=overdue, distinct=True),
            due_soon_count=Count(f"{actions}id", filter=soon, distinct=True),
        )
        .order_by("-commissioned_on", "reference")
    )


def recommendations_of_theme(theme: LearningTheme) -> QuerySet[Recommendation]:
    """The theme's recommendations across every review, each with its count of open
    actions: one query."""
    return (
        theme.recommendations.filter(objective__deletion__isnull=True)
        .select_related("review", "objective", "agency")
        .annotate(
            action_count=Count(
                "objective__actions",
                filter=Q(objective__actions__deletion__isnull=True),
                distinct=True,
            ),
            open_action_count=Count(
                "objective__actions",
                filter=_open("objective__actions__"),
                distinct=True,
            ),
        )
        .order_by("review__reference", "objective__order", "pk")
    )


def themes_with_counts(partnership: Partnership) -> QuerySet[LearningTheme]:
    """Every learning theme with its recommendations' and reviews' counts: one query."""
    live = Q(recommendations__objective__deletion__isnull=True)
    return LearningTheme.objects.filter(partnership=partnership).annotate(
        recommendation_count=Count("recommendations", filter=live, distinct=True),
        open_count=Count(
            "recommendations",
            filter=live & Q(recommendations__signed_off_at__isnull=True),
            distinct=True,
        ),
        review_count=Count("recommendations__review", filter=live, distinct=True),
    )


# ---------------------------------------------------------------- the action plan as sent


EXPORT_COLUMNS = [
    "Recommendation",
    "Scope",
    "Action",
    "Lead agency",
    "Key milestones",
    "Target date",
    "Date completed",
    "Outcome and evidence",
]


@dataclass
class ExportRow:
    recommendation: str
    scope: str
    action: str
    lead_agency: str
    milestones: str
    target_date: str
    completed: str
    evidence: str

    def cells(self) -> list[str]:
        return [
            self.recommendation,
            self.scope,
            self.action,
            self.lead_agency,
            self.milestones,
            self.target_date,
            self.completed,
            self.evidence,
        ]


@dataclass
class ReviewExport:
    """A review's action plan in the columns commonly sent with a review."""

    partnership: str
    reference: str
    title: str
    on: dt.date
    rows: list[ExportRow]
    columns: list[str] = field(default_factory=lambda: list(EXPORT_COLUMNS))


def review_export(review: Review, on: dt.date) -> ReviewExport:
    """Plain rows, one per action (a recommendation without actions has one row of its own);
    lead people are left out: the export names agencies, not people."""
    rows = []
    for state in review_detail(review, on):
        recommendation = state.recommendation
        text = str(recommendation.objective)
        scope = recommendation.get_scope_display()
        if recommendation.agency:
            scope += f" ({recommendation.agency})"
        if not state.actions:
            rows.append(
                ExportRow(
                    text,
                    scope,
                    "",
                    "",
                    "",
                    "",
                    "",
                    recommendation.evidence if recommendation.is_signed_off else "",
                )
            )
        for item in state.actions:
            action = item.action
            milestones = "\n".join(
                f"{m.title}" + (f" ({m.deadline_text})" if m.deadline_text else "")
                for m in action.milestones.all()
            )
            rows.append(
                ExportRow(
                    recommendation=text,
                    scope=scope,
                    action=str(action),
                    lead_agency=", ".join(str(a) for a in action.lead_agencies.all()),
                    milestones=milestones,
                    target_date=action.deadline_text,
                    completed=f"{item.sign_off.completed_on:%-d %B %Y}" if item.sign_off else "",
                    evidence=item.sign_off.evidence if item.sign_off else "",
                )
            )
    return ReviewExport(
        partnership=review.partnership.name,
        reference=review.reference,
        title=f"{review.reference}: action plan",
        on=on,
        rows=rows,
    )
