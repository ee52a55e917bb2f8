"""Death reviews (DHR / DARDR): the review, its recommendations, sign-off and learning themes.

One decision holds the design together: a review's action plan is a Plan of kind "review".
Each recommendation is an Objective of that plan, and each of its actions an ordinary Action,
so review rounds, the importer, history, reports and permissions apply unchanged. This app
adds only what a review has and a yearly plan has not: the review's own facts, the scope
of each recommendation and the agency it is made to, sign-off with evidence, and the
learning themes that recur across reviews.

No person is named here: a review has a reference ("DHR 2024/01") or a pseudonym, and its
chair and author are recorded as roles and agencies.
"""

from __future__ import annotations

import secrets

from django.db import models
from django.db.models.functions import Lower
from django.utils import timezone
from simple_history.models import HistoricalRecords

from cairn.accounts.models import Agency, Partnership, Role, User
from cairn.imports.models import ImportJob
from cairn.plans.models import Action, Objective, Plan

STARTER_THEMES = [
    "Information sharing",
    "Risk assessment",
    "Professional curiosity",
    "Coercive and controlling behaviour",
    "Multi-agency working",
    "Training and awareness",
    "Children and young people",
    "Mental health",
    "Substance use",
    "Older people and carers",
    "Economic abuse",
    "Suicide risk",
    "Record keeping",
    "Routine enquiry",
]


class LearningTheme(models.Model):
    """A theme of learning that recurs across reviews: "information sharing", say."""

    partnership = models.ForeignKey(
        Partnership, on_delete=models.CASCADE, related_name="learning_themes"
    )
    name = models.CharField(max_length=100)

    class Meta:
        ordering = ["name"]
        constraints = [
            models.UniqueConstraint("partnership", Lower("name"), name="unique_learning_theme_name")
        ]

    def __str__(self) -> str:
        return self.name


class ReviewAccess(models.Model):
    """Who may see the partnership's death reviews: its coordinators always, and the roles
    the coordinator chooses (reviews are sensitive)."""

    CHOOSABLE = (Role.LEAD, Role.DATA_CONTRIBUTOR, Role.VIEWER)

    partnership = models.OneToOneField(
        Partnership, on_delete=models.CASCADE, related_name="review_access"
    )
    roles = models.JSONField(
        default=list, blank=True, help_text="Roles besides the coordinator who may see reviews."
    )
    history = HistoricalRecords()

    def __str__(self) -> str:
        return f"Death review access of {self.partnership}"


class Review(models.Model):
    """A domestic homicide review or domestic abuse related death review."""

    class Kind(models.TextChoices):
        DHR = "dhr", "Domestic Homicide Review (DHR)"
        DARDR = "dardr", "Domestic Abuse Related Death Review (DARDR)"

    class Status(models.TextChoices):
        COMMISSIONED = "commissioned", "Commissioned"
        IN_PROGRESS = "in_progress", "Review in progress"
        SUBMITTED = "submitted", "Submitted to the Home Office"
        PUBLISHED = "published", "Published"
        ACTIONS_COMPLETE = "complete", "Action plan complete"

    partnership = models.ForeignKey(Partnership, on_delete=models.CASCADE, related_name="reviews")
    plan = models.OneToOneField(
        Plan,
        on_delete=models.CASCADE,
        related_name="death_review",
        help_text="The review's action plan: a plan of kind 'review'.",
    )
    reference = models.CharField(
        max_length=60,
        help_text="The review's reference, such as “DHR 2024/01”, or a pseudonym. Never a "
        "real name.",
    )
    kind = models.CharField(max_length=10, choices=Kind.choices, default=Kind.DARDR)
    status = models.CharField(max_length=20, choices=Status.choices, default=Status.COMMISSIONED)
    commissioned_on = models.DateField(null=True, blank=True)
    completed_on = models.DateField(null=True, blank=True, help_text="When the report was done.")
    submitted_on = models.DateField(
        null=True,
        blank=True,
        help_text="When it was sent to the Home Office (and the Domestic Abuse Commissioner).",
    )
    published_on = models.DateField(null=True, blank=True)
    chair = models.CharField(
        max_length=200, blank=True, help_text="The chair's role, e.g. “Independent chair”."
    )
    chair_agency = models.ForeignKey(
        Agency, on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )
    author = models.CharField(
        max_length=200, blank=True, help_text="The author's role, e.g. “Independent author”."
    )
    author_agency = models.ForeignKey(
        Agency, on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )
    public_summary = models.TextField(
        blank=True, help_text="What may be published. It must name nobody."
    )
    panel_chair = models.ForeignKey(
        User,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="chaired_reviews",
        help_text="The review panel chair's account, when they are a member of the "
        "partnership: they may see this review and sign off its actions and recommendations, "
        "whatever their role. Never shown outside Cairn.",
    )
    created_at = models.DateTimeField(auto_now_add=True)
    history = HistoricalRecords()

    class Meta:
        ordering = ["-commissioned_on", "reference"]
        constraints = [
            models.UniqueConstraint(
                "partnership", Lower("reference"), name="unique_review_reference"
            )
        ]

    def __str__(self) -> str:
        return self.reference


class Recommendation(models.Model):
    """A review's recommendation: an Objective of its action plan, with what only a
    recommendation has (scope, the agency it is made to, themes, sign-off)."""

    class Scope(models.TextChoices):
        PARTNERSHIP = "partnership", "Partnership-wide"
        SINGLE_AGENCY = "agency", "Single agency"
        NATIONAL = "national", "National"

    review = models.ForeignKey(Review, on_delete=models.CASCADE, related_name="recommendations")
    objective = models.OneToOneField(
        Objective, on_delete=models.CASCADE, related_name="recommendation"
    )
    scope = models.CharField(max_length=20, choices=Scope.choices, default=Scope.PARTNERSHIP)
    agency = models.ForeignKey(
        Agency,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="review_recommendations",
        help_text="The agency the recommendation is made to (single-agency ones).",
    )
    themes = models.ManyToManyField(LearningTheme, blank=True, related_name="recommendations")
    signed_off_at = models.DateTimeField(null=True, blank=True)
    signed_off_by = models.ForeignKey(
        User, on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )
    evidence = models.TextField(blank=True, help_text="Why the recommendation is met.")
    history = HistoricalRecords()

    class Meta:
        ordering = ["objective__order", "pk"]

    def __str__(self) -> str:
        return str(self.objective)

    @property
    def is_signed_off(self) -> bool:
        return self.signed_off_at is not None


class ActionSignOff(models.Model):
    """The coordinator's sign-off of one action of a review's plan, with its evidence."""

    action = models.OneToOneField(Action, on_delete=models.CASCADE, related_name="sign_off")
    completed_on = models.DateField(help_text="When the action was completed.")
    evidence = models.TextField(help_text="The outcome, and the evidence that it was done.")
    signed_off_by = models.ForeignKey(User, on_delete=models.SET_NULL, null=True, related_name="+")
    signed_off_at = models.DateTimeField(auto_now_add=True)
    history = HistoricalRecords()

    def __str__(self) -> str:
        return f"Sign-off of {self.action}"


def new_token() -> str:
    return secrets.token_urlsafe(24)


class ReviewPublication(models.Model):
    """What the public sees of a review: a snapshot of its public summary and its
    recommendations' progress, taken when the coordinator publishes (reviewing.py builds it).
    It names agencies and nobody else, and does not change until republished or withdrawn.
    """

    review = models.ForeignKey(Review, on_delete=models.CASCADE, related_name="publications")
    token = models.CharField(
        max_length=64,
        unique=True,
        default=new_token,
        editable=False,
        help_text="The random part of the public address; it cannot be guessed.",
    )
    snapshot = models.JSONField(help_text="The summary and recommendations as published.")
    published_by = models.ForeignKey(User, on_delete=models.PROTECT, related_name="+")
    published_at = models.DateTimeField(default=timezone.now)
    withdrawn_at = models.DateTimeField(null=True, blank=True)
    withdrawn_by = models.ForeignKey(
        User, on_delete=models.PROTECT, null=True, blank=True, related_name="+"
    )
    history = HistoricalRecords(excluded_fields=["snapshot"])

    class Meta:
        ordering = ["-published_at", "-pk"]
        constraints = [
            models.UniqueConstraint(
                fields=["review"],
                condition=models.Q(withdrawn_at__isnull=True),
                name="one_live_publication_per_review",
            )
        ]

    def __str__(self) -> str:
        return f"{self.review} published {self.published_at:%Y-%m-%d}"


class ReviewImport(models.Model):
    """That an import under way (imports.ImportJob) is of a review's action plan: when the
    coordinator confirms it, what was read is saved into that review's plan as its
    recommendations and actions (deathreviews/importing.py), not as a new yearly plan. It
    goes with the import when the import is confirmed or cancelled."""

    review = models.ForeignKey(Review, on_delete=models.CASCADE, related_name="+")
    job = models.OneToOneField(ImportJob, on_delete=models.CASCADE, related_name="review_import")

    def __str__(self) -> str:
        return f"Import of {self.review}'s action plan"


class ActionReminder(models.Model):
    """That a person was told a review's action is due soon or overdue (once each)."""

    class Kind(models.TextChoices):
        DUE_SOON = "due_soon", "Due soon"
        OVERDUE = "overdue", "Overdue"

    action = models.ForeignKey(Action, on_delete=models.CASCADE, related_name="+")
    person = models.ForeignKey(User, on_delete=models.CASCADE, related_name="+")
    kind = models.CharField(max_length=10, choices=Kind.choices)
    sent_on = models.DateField()

    class Meta:
        constraints = [
            models.UniqueConstraint(
                fields=["action", "person", "kind"], name="one_review_reminder_each"
            )
        ]

    def __str__(self) -> str:
        return f"{self.get_kind_display()}: {self.action} to {self.person}"
