"""The plan model: strategies, plans, themes, objectives, actions, milestones and statuses."""

from __future__ import annotations

import datetime as dt

from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import Q
from django.utils import timezone
from django.utils.text import slugify
from simple_history.models import HistoricalRecords

from cairn.accounts.models import Agency, Membership, Partnership, User
from cairn.lib import recurring
from cairn.plans.deadlines import Deadline, names_the_month, parse_deadline, recurrence_of

# ---------------------------------------------------------------- statuses


class StatusScheme(models.Model):
    """The statuses a partnership gives its actions: RAG, or e.g. Achieved / Slipped / Failed.

    A partnership has one current scheme. Statuses it stops using move to a former scheme
    (no `partnership`, but a `former_partnership`), so past updates keep their old labels.
    """

    partnership = models.OneToOneField(
        Partnership,
        on_delete=models.CASCADE,
        related_name="status_scheme",
        null=True,
        blank=True,
        help_text="The partnership using this scheme now; empty once it has been replaced.",
    )
    former_partnership = models.ForeignKey(
        Partnership,
        on_delete=models.CASCADE,
        related_name="former_status_schemes",
        null=True,
        blank=True,
        help_text="For statuses no longer in use: the partnership whose history still names them.",
    )
    replaced_at = models.DateTimeField(null=True, blank=True)
    name = models.CharField(max_length=100)
    history = HistoricalRecords()

    def __str__(self) -> str:
        return self.name


class StatusQuerySet(models.QuerySet["Status"]):
    def ever_used_by(self, partnership_id: int) -> StatusQuerySet:
        """The partnership's statuses now and before: for reading history, never for choosing."""
        return self.filter(
            Q(scheme__partnership_id=partnership_id)
            | Q(scheme__former_partnership_id=partnership_id)
        )


class Status(models.Model):
    class Category(models.TextChoices):
        NOT_STARTED = "not_started", "Not started"
        ON_TRACK = "on_track", "On track"
        AT_RISK = "at_risk", "At risk"
        OFF_TRACK = "off_track", "Off track"
        STALLED = "stalled", "Stalled"
        COMPLETE = "complete", "Complete"
        CLOSED = "closed", "Closed"

    # Categories a board is told about: what needs attention.
    EXCEPTION_CATEGORIES = (Category.AT_RISK, Category.OFF_TRACK, Category.STALLED)
    FINISHED_CATEGORIES = (Category.COMPLETE, Category.CLOSED)

    class Colour(models.TextChoices):
        GREEN = "green", "Green"
        AMBER = "yellow", "Amber"
        RED = "red", "Red"
        BLUE = "blue", "Blue"
        GREY = "grey", "Grey"
        PURPLE = "purple", "Purple"
        ORANGE = "orange", "Orange"

    scheme = models.ForeignKey(StatusScheme, on_delete=models.CASCADE, related_name="statuses")
    label = models.CharField(max_length=60, help_text="As leads and the board read it.")
    code = models.CharField(max_length=12, help_text="A short code for tables, e.g. 'G' or 'ACH'.")
    category = models.CharField(
        max_length=20,
        choices=Category.choices,
        help_text="What the status means, so reports work whatever the labels are.",
    )
    colour = models.CharField(
        max_length=10,
        choices=Colour.choices,
        help_text="Shown beside the label, never instead of it.",
    )
    description = models.CharField(
        max_length=300, blank=True, help_text="What the status means, for leads choosing it."
    )
    order = models.PositiveSmallIntegerField(default=0)
    history = HistoricalRecords()

    objects = StatusQuerySet.as_manager()

    class Meta:
        ordering = ["order", "pk"]
        verbose_name_plural = "statuses"
        constraints = [
            models.UniqueConstraint(fields=["scheme", "label"], name="unique_status_label"),
            models.UniqueConstraint(fields=["scheme", "code"], name="unique_status_code"),
        ]

    def __str__(self) -> str:
        return self.label

    @property
    def is_exception(self) -> bool:
        return self.category in self.EXCEPTION_CATEGORIES

    @property
    def is_finished(self) -> bool:
        return self.category in self.FINISHED_CATEGORIES


# ---------------------------------------------------------------- deleting and restoring


class Deletion(models.Model):
    """One click of "Delete": a plan, theme, objective, action or milestone and everything
    under it, hidden together and restorable together for `KEEP_DAYS` days.

    Each hidden row points here (`deletion`); the default managers leave such rows out, so
    every page, report and list skips them. Restoring clears the pointers; the scheduled
    purge (`plans.tasks.purge_deleted`) deletes the rows for good after `KEEP_DAYS`.
    """

    KEEP_DAYS = 30

    class Kind(models.TextChoices):
        PLAN = "plan", "Plan"
        THEME = "theme", "Theme"
        OBJECTIVE = "objective", "Objective"
        ACTION = "action", "Action"
        MILESTONE = "milestone", "Milestone"

    partnership = models.ForeignKey(Partnership, on_delete=models.CASCADE, related_name="deletions")
    kind = models.CharField(max_length=10, choices=Kind.choices)
    object_id = models.PositiveIntegerField(help_text="The deleted plan, theme, ... itself.")
    label = models.CharField(max_length=600, help_text="Its title when it was deleted.")
    where = models.CharField(max_length=600, blank=True, help_text="The plan it was in.")
    summary = models.TextField(blank=True, help_text="What went with it, as a sentence.")
    deleted_by = models.ForeignKey(
        User, on_delete=models.SET_NULL, null=True, related_name="deletions"
    )
    deleted_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["-deleted_at", "-pk"]

    def __str__(self) -> str:
        return f"{self.get_kind_display()} “{self.label}”"

    def purge_after(self) -> dt.datetime:
        return self.deleted_at + dt.timedelta(days=self.KEEP_DAYS)


class LiveManager(models.Manager):
    """Leaves out rows hidden by a Deletion. `all_objects` has them too."""

    def get_queryset(self) -> models.QuerySet:
        return super().get_queryset().filter(deletion__isnull=True)


def deletion_field() -> models.ForeignKey:
    return models.ForeignKey(
        Deletion,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        editable=False,
        help_text="Set while the row is deleted (restorable); empty for a live row.",
    )


# ---------------------------------------------------------------- strategy and plan


class Strategy(models.Model):
    partnership = models.ForeignKey(
        Partnership, on_delete=models.CASCADE, related_name="strategies"
    )
    title = models.CharField(max_length=300)
    vision = models.TextField(blank=True)
    aims = models.TextField(blank=True, help_text="One aim per line.")
    outcomes = models.TextField(
        blank=True, help_text="What should be different by the end of the strategy; one per line."
    )
    period_text = models.CharField(max_length=60, blank=True, help_text="e.g. 2015 - 2020")
    starts_on = models.DateField(null=True, blank=True)
    ends_on = models.DateField(null=True, blank=True)
    history = HistoricalRecords()

    class Meta:
        ordering = ["-starts_on", "title"]
        verbose_name_plural = "strategies"

    def __str__(self) -> str:
        return self.title

    @property
    def aim_list(self) -> list[str]:
        return [line.strip() for line in self.aims.splitlines() if line.strip()]

    @property
    def outcome_list(self) -> list[str]:
        return [line.strip() for line in self.outcomes.splitlines() if line.strip()]


class PlanQuerySet(models.QuerySet["Plan"]):
    def with_summary(self) -> PlanQuerySet:
        return self.annotate(
            theme_count=models.Count(
                "themes", filter=Q(themes__deletion__isnull=True), distinct=True
            ),
            action_count=models.Count(
                "themes__actions", filter=Q(themes__actions__deletion__isnull=True), distinct=True
            ),
        )

    def for_user(self, user: User) -> PlanQuerySet:
        if user.is_host_admin:
            return self
        return self.filter(partnership__memberships__user=user)


class Plan(models.Model):
    """A yearly action or delivery plan under a strategy."""

    class State(models.TextChoices):
        DRAFT = "draft", "Draft"
        ACTIVE = "active", "Active"
        ARCHIVED = "archived", "Archived"

    class Kind(models.TextChoices):
        YEARLY = "yearly", "Yearly plan"
        REVIEW = "review", "Death review action plan"

    partnership = models.ForeignKey(Partnership, on_delete=models.CASCADE, related_name="plans")
    kind = models.CharField(
        max_length=10,
        choices=Kind.choices,
        default=Kind.YEARLY,
        help_text="A yearly plan, or the action plan of a death review (DHR/DARDR).",
    )
    previous = models.ForeignKey(
        "self",
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="next_plans",
        help_text="The plan this one was rolled forward from (last year's).",
    )
    strategy = models.ForeignKey(
        Strategy, on_delete=models.SET_NULL, null=True, blank=True, related_name="plans"
    )
    title = models.CharField(max_length=300)
    slug = models.SlugField(max_length=80, help_text="Used by the command line, e.g. 2016-17.")
    period_text = models.CharField(max_length=60, blank=True, help_text="e.g. 2016/17")
    starts_on = models.DateField(
        null=True, blank=True, help_text="Deadlines such as 'end of year one' count from here."
    )
    ends_on = models.DateField(null=True, blank=True)
    state = models.CharField(max_length=10, choices=State.choices, default=State.DRAFT)
    created_at = models.DateTimeField(auto_now_add=True)
    revision = models.PositiveBigIntegerField(
        default=0,
        editable=False,
        help_text="Counts changes to the plan, its items, rounds and updates and to its "
        "partnership's statuses, agencies and people (plans/versions.py): what the cached "
        "dashboard is keyed on.",
    )
    deletion = deletion_field()
    history = HistoricalRecords(excluded_fields=["revision"])

    objects = LiveManager.from_queryset(PlanQuerySet)()
    all_objects = PlanQuerySet.as_manager()

    class Meta:
        ordering = ["-starts_on", "title"]
        constraints = [
            models.UniqueConstraint(fields=["partnership", "slug"], name="unique_plan_slug")
        ]

    def __str__(self) -> str:
        return self.title

    def clean(self) -> None:
        if self.strategy_id and self.strategy.partnership_id != self.partnership_id:
            raise ValidationError({"strategy": "Choose a strategy of this partnership."})
        if self.starts_on and self.ends_on and self.ends_on < self.starts_on:
            raise ValidationError({"ends_on": "The plan must end after it starts."})

    def save(self, *args, **kwargs) -> None:  # type: ignore[no-untyped-def]
        """Never writes `revision` back: only plans/versions.py raises it, in the database,
        and this copy of the plan may have been read before the last raise."""
        if not self.slug:
            self.slug = unique_slug(self)
        if not self._state.adding and self.pk is not None and kwargs.get("update_fields") is None:
            unread = self.get_deferred_fields()
            kwargs["update_fields"] = [
                f.attname
                for f in self._meta.concrete_fields
                if f.name not in ("id", "revision") and f.attname not in unread
            ]
        super().save(*args, **kwargs)


def unique_slug(plan: Plan) -> str:
    # "2016/17" reads as 2016-17, as the help text promises, not 201617.
    base = slugify((plan.period_text or plan.title).replace("/", "-"))[:70] or "plan"
    taken = set(
        Plan.all_objects.filter(partnership_id=plan.partnership_id, slug__startswith=base)
        .exclude(pk=plan.pk)
        .values_list("slug", flat=True)
    )
    slug, n = base, 2
    while slug in taken:
        slug, n = f"{base}-{n}", n + 1
    return slug


class Theme(models.Model):
    """A theme (aim, strand, priority) of a plan."""

    plan = models.ForeignKey(Plan, on_delete=models.CASCADE, related_name="themes")
    ref = models.CharField(max_length=20, blank=True, help_text="As numbered in the plan, e.g. 1.")
    title = models.CharField(max_length=500)
    description = models.TextField(blank=True)
    order = models.PositiveIntegerField(default=0)
    deletion = deletion_field()
    history = HistoricalRecords()

    objects = LiveManager()
    all_objects = models.Manager()

    class Meta:
        ordering = ["order", "pk"]

    def __str__(self) -> str:
        return f"{self.ref} {self.title}".strip()


class Objective(models.Model):
    """An optional level between theme and action (priority area, recommendation)."""

    theme = models.ForeignKey(Theme, on_delete=models.CASCADE, related_name="objectives")
    ref = models.CharField(max_length=20, blank=True)
    title = models.TextField()
    order = models.PositiveIntegerField(default=0)
    deletion = deletion_field()
    history = HistoricalRecords()

    objects = LiveManager()
    all_objects = models.Manager()

    class Meta:
        ordering = ["order", "pk"]

    def __str__(self) -> str:
        return f"{self.ref} {self.title}".strip()


# ---------------------------------------------------------------- deadlines on models

# Deadlines that fall due on a date; recurring, ongoing, unset and done ones never go overdue.
DUE_BY_DATE_KINDS = (
    Deadline.Kind.DATE,
    Deadline.Kind.FINANCIAL_YEAR,
    Deadline.Kind.QUARTER,
    Deadline.Kind.RELATIVE,
)


def due_date_passed(kind: str, end: dt.date | None, on: dt.date) -> bool:
    """A deadline due by a date (not a recurring one) whose date has passed by `on`: it is
    overdue unless the work is finished."""
    return bool(kind in DUE_BY_DATE_KINDS and end and end < on)


def finished(status: Status | None, deadline_kind: str) -> bool:
    """Work is finished when its status says so or its deadline reads as done."""
    return bool((status and status.is_finished) or deadline_kind == Deadline.Kind.DONE)


class DeadlineLogic:
    """What Cairn understood of a deadline: overdue, due when, recurring how. Shared by the
    models (`DeadlineFields`) and the light rows some pages read instead of model instances
    (plans/my_actions.py)."""

    deadline_text: str
    deadline_kind: str
    deadline_start: dt.date | None
    deadline_end: dt.date | None
    deadline_warning: str

    def is_overdue(self, on: dt.date) -> bool:
        """Past its due date and not finished; a recurring deadline when its last
        occurrence passed without an update (see lib/recurring.py)."""
        if self.is_finished:
            return False
        if self.deadline_kind == Deadline.Kind.RECURRING:
            return self.missed_occurrence(on) is not None
        return due_date_passed(self.deadline_kind, self.deadline_end, on)

    @property
    def is_finished(self) -> bool:
        raise NotImplementedError

    @property
    def last_update_on(self) -> dt.date | None:
        """When progress was last given; a recurring deadline is met by an update."""
        return None

    @property
    def recurrence(self) -> str | None:
        """ "annually", "quarterly", ... for a recurring deadline Cairn can count; else None."""
        if self.deadline_kind != Deadline.Kind.RECURRING:
            return None
        recurrence = recurrence_of(self.deadline_text)
        return recurrence if recurring.is_known(recurrence) else None

    def next_occurrence(self, on: dt.date) -> recurring.Occurrence | None:
        """A recurring deadline's occurrence due next (None once it has ended)."""
        recurrence = self.recurrence
        if recurrence is None:
            return None
        return recurring.current_occurrence(
            recurrence, on, start=self.deadline_start, until=self.deadline_end
        )

    def missed_occurrence(self, on: dt.date) -> recurring.Occurrence | None:
        """The last occurrence, if it passed without an update."""
        recurrence = self.recurrence
        if recurrence is None or not recurring.is_missed(
            recurrence, on, self.last_update_on, start=self.deadline_start, until=self.deadline_end
        ):
            return None
        return recurring.previous_occurrence(
            recurrence, on, start=self.deadline_start, until=self.deadline_end
        )

    def overdue_since(self, on: dt.date) -> dt.date | None:
        missed = self.missed_occurrence(on)
        return missed.due if missed else self.deadline_end

    def due_note(self, on: dt.date) -> str:
        """What is due, in words: "next due 30 Nov 2026 (annually)", "due 31 Mar 2017"."""
        if self.deadline_kind == Deadline.Kind.RECURRING:
            occurrence = self.next_occurrence(on)
            if occurrence is None:
                return f"ended {self.deadline_end:%-d %b %Y}" if self.deadline_end else ""
            return f"next due {occurrence.due:%-d %b %Y} ({occurrence.said})"
        if self.deadline_end and self.deadline_kind != Deadline.Kind.DONE:
            # "Mar 2027" needs no "due 31 Mar 2027" under it; "2026/27" and "Q3" do.
            if names_the_month(self.deadline_text, self.deadline_end):
                return ""
            return f"due {self.deadline_end:%-d %b %Y}"
        return ""

    # For templates, which cannot pass a day: today's view of the above.
    @property
    def todays_due_note(self) -> str:
        return self.due_note(timezone.localdate())

    @property
    def todays_overdue_since(self) -> dt.date | None:
        return self.overdue_since(timezone.localdate())


class DeadlineFields(DeadlineLogic, models.Model):
    """A deadline as written plus what Cairn understood of it (see plans/deadlines.py)."""

    deadline_text = models.CharField(
        max_length=300, blank=True, help_text="As the plan writes it: 'By Sep 2015', 'Ongoing'."
    )
    deadline_kind = models.CharField(
        max_length=20, choices=[(k, k) for k in Deadline.Kind], blank=True
    )
    deadline_start = models.DateField(null=True, blank=True)
    deadline_end = models.DateField(null=True, blank=True, help_text="The date it is due.")
    deadline_warning = models.CharField(max_length=200, blank=True)

    class Meta:
        abstract = True

    def understand_deadline(self, plan_start: dt.date | None) -> None:
        deadline = parse_deadline(self.deadline_text, plan_start=plan_start)
        self.deadline_kind = deadline.kind if deadline else ""
        self.deadline_start = deadline.start if deadline else None
        self.deadline_end = deadline.end if deadline else None
        self.deadline_warning = (deadline.warning or "") if deadline else ""


# ---------------------------------------------------------------- actions


class ActionQuerySet(models.QuerySet["Action"]):
    def unfinished(self) -> ActionQuerySet:
        return self.exclude(status__category__in=Status.FINISHED_CATEGORIES).exclude(
            deadline_kind=Deadline.Kind.DONE
        )

    def overdue(self, on: dt.date) -> ActionQuerySet:
        """The unfinished actions overdue on `on`, as the pages say (`Action.is_overdue`):
        past a date they were due by, or a recurring deadline's last occurrence passed
        without an update (lib/recurring.py).

        Which recurring deadlines were missed is worked out in Python, so this runs one
        query when called: the unfinished recurring actions among these, a few columns
        each. The queryset it returns is lazy like any other."""
        unfinished = self.unfinished()
        recurring = unfinished.filter(deadline_kind=Deadline.Kind.RECURRING)
        # A few columns of each (select_related of the caller's rows would defer its joins).
        recurring_actions = (
            recurring.select_related(None)
            .prefetch_related(None)
            .only(
                "pk",
                "deadline_kind",
                "deadline_text",
                "deadline_start",
                "deadline_end",
                "progress_updated_at",
            )
        )
        missed = [action.pk for action in recurring_actions if action.missed_occurrence(on)]
        return unfinished.filter(
            Q(deadline_kind__in=DUE_BY_DATE_KINDS, deadline_end__lt=on) | Q(pk__in=missed)
        )

    def exceptions(self, on: dt.date) -> ActionQuerySet:
        """What a board must hear about: at risk, off track, stalled, or overdue."""
        return self.filter(
            Q(status__category__in=Status.EXCEPTION_CATEGORIES)
            | Q(pk__in=self.overdue(on).values("pk"))
        )

    def for_lead(self, user: User) -> ActionQuerySet:
        """Actions the person leads: named on them, or their agency is a lead agency; only
        in partnerships they still belong to.

        The ids come from the two join tables' indexes, as one UNION, so the database reads
        the person's own rows only (never every action with two LEFT JOINs and DISTINCT).
        """
        memberships = Membership.objects.active().filter(user=user)
        return self.filter(
            pk__in=led_action_ids(user, memberships.filter(agency__isnull=False)),
            theme__plan__partnership__in=memberships.values("partnership"),
        )

    def in_tree_order(self) -> ActionQuerySet:
        return self.order_by(
            "theme__order", "theme_id", "objective__order", "objective_id", "order", "pk"
        )


def led_action_ids(user: User, memberships: models.QuerySet[Membership]) -> models.QuerySet:
    """The ids of the actions naming `user` as a lead person, or naming as lead agency the
    agency of one of `memberships`: a UNION over the two join tables, read by their indexes."""
    named = Action.lead_people.through.objects.filter(user=user).values("action_id")
    by_agency = Action.lead_agencies.through.objects.filter(
        agency_id__in=memberships.values("agency_id")
    ).values("action_id")
    return named.union(by_agency)


class Action(DeadlineFields):
    """The unit of work: it has an owner and a deadline, and gets a status each round."""

    class Timescale(models.TextChoices):
        SHORT = "short", "Short term"
        MEDIUM = "medium", "Medium term"
        LONG = "long", "Long term"

    theme = models.ForeignKey(Theme, on_delete=models.CASCADE, related_name="actions")
    # A theme may hold actions directly; when an objective is set, it belongs to `theme`
    # (kept in step by save(), and checked by clean()).
    objective = models.ForeignKey(
        Objective, on_delete=models.CASCADE, null=True, blank=True, related_name="actions"
    )
    ref = models.CharField(
        max_length=20, blank=True, help_text="As numbered in the plan, e.g. 1.2.3."
    )
    title = models.TextField(help_text="What will be done.")
    description = models.TextField(blank=True)
    order = models.PositiveIntegerField(default=0)
    lead_agencies = models.ManyToManyField(Agency, blank=True, related_name="led_actions")
    lead_people = models.ManyToManyField(User, blank=True, related_name="led_actions")
    collaborators = models.ManyToManyField(
        Agency, blank=True, related_name="collaborating_actions", help_text="Agencies who help."
    )
    collaborator_people = models.ManyToManyField(
        User,
        blank=True,
        related_name="collaborating_actions",
        help_text="People who help, as an imported plan names them; never on the public page.",
    )
    timescale = models.CharField(max_length=10, choices=Timescale.choices, blank=True)
    output = models.TextField(blank=True, help_text="What the action produces.")
    outcome = models.TextField(blank=True, help_text="The difference it should make.")
    indicators = models.TextField(blank=True, help_text="How progress is measured; one per line.")
    cost = models.TextField(blank=True, help_text="Cost implication, if any.")
    related_actions = models.ManyToManyField(
        "self",
        blank=True,
        symmetrical=False,
        related_name="referenced_by",
        help_text="Cross-references, e.g. 'See Safety and Support 3.1'.",
    )
    status = models.ForeignKey(
        Status, on_delete=models.PROTECT, null=True, blank=True, related_name="actions"
    )
    progress_note = models.TextField(blank=True, help_text="The latest progress update.")
    progress_updated_at = models.DateTimeField(null=True, blank=True)
    carried_from = models.ForeignKey(
        "self",
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="carried_to",
        help_text="The same work in last year's plan, when it was carried forward.",
    )
    year_number = models.PositiveSmallIntegerField(
        default=1, help_text="Which year of this work: 1 when new, 2 once carried forward, ..."
    )
    # Optimistic locking: a save carries the version it started from; see plans/editing.py.
    version = models.PositiveIntegerField(default=1)
    deletion = deletion_field()
    history = HistoricalRecords(
        m2m_fields=[lead_agencies, lead_people, collaborators, collaborator_people]
    )

    objects = LiveManager.from_queryset(ActionQuerySet)()
    all_objects = ActionQuerySet.as_manager()

    class Meta:
        ordering = ["order", "pk"]
        constraints = [
            # An action is carried into one later plan at most (deleted copies aside).
            models.UniqueConstraint(
                fields=["carried_from"],
                condition=Q(deletion__isnull=True, carried_from__isnull=False),
                name="carried_forward_once",
            )
        ]

    def __str__(self) -> str:
        return f"{self.ref} {self.title}".strip()

    @property
    def plan(self) -> Plan:
        return self.theme.plan

    @property
    def is_finished(self) -> bool:
        return finished(self.status, self.deadline_kind)

    @property
    def last_update_on(self) -> dt.date | None:
        if self.progress_updated_at is None:
            return None
        return timezone.localdate(self.progress_updated_at)

    def clean(self) -> None:
        if self.objective_id and self.theme_id and self.objective.theme_id != self.theme_id:
            raise ValidationError({"objective": "Choose an objective in the action's theme."})

    def save(self, *args, **kwargs) -> None:
        if self.objective_id:
            self.theme_id = self.objective.theme_id
        super().save(*args, **kwargs)


class Milestone(DeadlineFields):
    """A step of an action, with its own due date and, sometimes, its own lead."""

    action = models.ForeignKey(Action, on_delete=models.CASCADE, related_name="milestones")
    title = models.TextField()
    order = models.PositiveIntegerField(default=0)
    lead_agency = models.ForeignKey(
        Agency, on_delete=models.SET_NULL, null=True, blank=True, related_name="led_milestones"
    )
    lead_person = models.ForeignKey(
        User, on_delete=models.SET_NULL, null=True, blank=True, related_name="led_milestones"
    )
    done_on = models.DateField(null=True, blank=True, help_text="When it was completed.")
    deletion = deletion_field()
    history = HistoricalRecords()

    objects = LiveManager()
    all_objects = models.Manager()

    class Meta:
        ordering = ["order", "pk"]

    def __str__(self) -> str:
        return self.title

    @property
    def is_finished(self) -> bool:
        return self.done_on is not None or self.deadline_kind == Deadline.Kind.DONE
