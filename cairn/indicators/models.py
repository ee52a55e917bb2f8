"""Indicators: what a partnership measures to know whether its outcomes are moving."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from decimal import Decimal
from typing import Any

from django.core.exceptions import ValidationError
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import IntegrityError, models, transaction
from django.utils import timezone
from simple_history.models import HistoricalRecords

from cairn.accounts.models import Agency, Partnership, User
from cairn.indicators.periods import Period, PeriodError, parse_label
from cairn.indicators.status import Direction, Target, TargetKind
from cairn.plans.models import Action


def validate_period(text: str) -> None:
    try:
        Period.parse(text)
    except PeriodError as error:
        raise ValidationError(str(error)) from None


def canonical_period(text: str) -> str:
    """'2016-17 q1' -> '2016/17 Q1'; empty stays empty; anything else is a PeriodError."""
    return Period.parse(text).label if text else ""


class IndicatorQuerySet(models.QuerySet["Indicator"]):
    def for_partnership(self, partnership: Partnership) -> IndicatorQuerySet:
        return self.filter(partnership=partnership).select_related("owner_agency")


class Indicator(models.Model):
    """One measure of an outcome, such as "Repeat MARAC cases within 12 months"."""

    class Unit(models.TextChoices):
        COUNT = "count", "Count"
        PERCENTAGE = "percentage", "Percentage"
        RATE_1000 = "rate_1000", "Rate per 1,000 people"
        RATE_10000 = "rate_10000", "Rate per 10,000 people"

    class Direction(models.TextChoices):
        HIGHER = Direction.HIGHER.value, "Higher is better"
        LOWER = Direction.LOWER.value, "Lower is better"

    class TargetKind(models.TextChoices):
        NONE = "", "No target"
        ABSOLUTE = TargetKind.ABSOLUTE.value, "A figure to reach"
        CHANGE = TargetKind.CHANGE_FROM_BASELINE.value, "A change from the baseline, in per cent"
        YEAR_ON_YEAR = TargetKind.YEAR_ON_YEAR.value, "A change year on year, in per cent"

    class Frequency(models.TextChoices):
        QUARTERLY = "quarterly", "Quarterly"
        ANNUAL = "annual", "Annually (financial year)"

    partnership = models.ForeignKey(
        Partnership, on_delete=models.CASCADE, related_name="indicators"
    )
    name = models.CharField(max_length=200, help_text="As the board reads it.")
    definition = models.TextField(
        blank=True, help_text="What is counted and how, so every agency counts the same thing."
    )
    unit = models.CharField(max_length=12, choices=Unit.choices, default=Unit.COUNT)
    population = models.PositiveIntegerField(
        null=True,
        blank=True,
        help_text="For a rate: the population it is per, e.g. adult women in the area.",
    )
    population_description = models.CharField(
        max_length=120, blank=True, help_text="Who the population is, e.g. 'women aged 16+'."
    )
    population_year = models.PositiveSmallIntegerField(
        null=True, blank=True, help_text="The year of the population estimate, e.g. 2024."
    )
    direction = models.CharField(max_length=6, choices=Direction.choices, default=Direction.HIGHER)
    baseline_value = models.DecimalField(
        max_digits=14, decimal_places=2, null=True, blank=True, help_text="The starting figure."
    )
    baseline_period = models.CharField(
        max_length=12,
        blank=True,
        validators=[validate_period],
        help_text="The period of the baseline: a year such as 2015/16 or a quarter such as "
        "2015/16 Q4.",
    )
    target_kind = models.CharField(
        max_length=12, choices=TargetKind.choices, default=TargetKind.NONE, blank=True
    )
    target_value = models.DecimalField(
        max_digits=14,
        decimal_places=2,
        null=True,
        blank=True,
        help_text="The figure to reach, or the change in per cent: -2 for a 2% reduction, "
        "10 for 10% more.",
    )
    target_period = models.CharField(
        max_length=12,
        blank=True,
        validators=[validate_period],
        help_text="When the target should be met, e.g. 2017/18. Leave empty for year on year.",
    )
    frequency = models.CharField(
        max_length=10, choices=Frequency.choices, default=Frequency.QUARTERLY
    )
    owner_agency = models.ForeignKey(
        Agency,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="owned_indicators",
        help_text="The agency that reports this figure.",
    )
    data_source = models.CharField(
        max_length=200, blank=True, help_text="Where the figure comes from, e.g. 'Police CAD'."
    )
    numerator = models.ForeignKey(
        "DataElement",
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        help_text="Computed from data returns: the element counted (the 'a' of a / b).",
    )
    denominator = models.ForeignKey(
        "DataElement",
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        help_text="For a percentage: the element it is out of (the 'b' of a / b).",
    )
    actions = models.ManyToManyField(
        Action,
        blank=True,
        related_name="measured_by",
        help_text="The plan's actions this indicator measures.",
    )
    history = HistoricalRecords(m2m_fields=[actions])

    objects = IndicatorQuerySet.as_manager()

    class Meta:
        ordering = ["name", "pk"]
        constraints = [
            models.UniqueConstraint(fields=["partnership", "name"], name="unique_indicator_name")
        ]

    def __str__(self) -> str:
        return self.name

    def save(self, *args, **kwargs) -> None:
        # Periods are stored in one spelling ("2016/17 Q1"), so they sort as text.
        self.baseline_period = canonical_period(self.baseline_period)
        self.target_period = canonical_period(self.target_period)
        super().save(*args, **kwargs)

    def clean(self) -> None:
        errors: dict[str, str] = {}
        rate = self.unit in (self.Unit.RATE_1000, self.Unit.RATE_10000)
        if rate and not self.population:
            errors["population"] = "Enter the population the rate is per."
        if self.target_kind and self.target_value is None:
            errors["target_value"] = "Enter the target's figure or change in per cent."
        if not self.target_kind and self.target_value is not None:
            errors["target_kind"] = "Choose what kind of target the figure is."
        if self.target_kind == self.TargetKind.CHANGE and self.baseline_value is None:
            errors["baseline_value"] = "A change from the baseline needs a baseline figure."
        if self.denominator_id and self.unit != self.Unit.PERCENTAGE:
            errors["denominator"] = "Only a percentage is out of another element."
        if self.unit == self.Unit.PERCENTAGE and self.numerator_id and not self.denominator_id:
            errors["denominator"] = "A percentage from data returns needs the element it is out of."
        if self.baseline_value is not None and not self.baseline_period:
            errors["baseline_period"] = "Enter the period the baseline figure is for."
        if self.target_kind == self.TargetKind.YEAR_ON_YEAR and self.target_period:
            errors["target_period"] = "A year-on-year target applies to every year: leave empty."
        percentage_target = (
            self.unit == self.Unit.PERCENTAGE and self.target_kind == self.TargetKind.ABSOLUTE
        )
        out_of_range = self.target_value is not None and not 0 <= self.target_value <= 100
        if percentage_target and out_of_range:
            errors["target_value"] = "A percentage target is between 0 and 100."
        if errors:
            raise ValidationError(errors)

    # ------------------------------------------------------------ reading

    @property
    def is_rate(self) -> bool:
        return self.unit in (self.Unit.RATE_1000, self.Unit.RATE_10000)

    @property
    def rate_base(self) -> int | None:
        return {self.Unit.RATE_1000: 1000, self.Unit.RATE_10000: 10000}.get(self.unit)

    @property
    def target(self) -> Target | None:
        if not self.target_kind or self.target_value is None:
            return None
        by = parse_label(self.target_period) if self.target_period else None
        return Target(TargetKind(self.target_kind), self.target_value, by)

    @property
    def baseline(self) -> Period | None:
        return parse_label(self.baseline_period) if self.baseline_period else None

    def target_text(self) -> str:
        """The target in words: "12", "-2% from the 2015/16 baseline, by 2017/18"."""
        target = self.target
        if target is None:
            return "No target"
        figure = format_figure(target.value, self.unit)
        if target.kind == TargetKind.ABSOLUTE:
            text = f"Reach {figure}"
        elif target.kind == TargetKind.CHANGE_FROM_BASELINE:
            text = f"{signed_percent(target.value)} from the {self.baseline_period} baseline"
        else:
            text = f"{signed_percent(target.value)} year on year"
        return f"{text}, by {target.by}" if target.by else text

    def unit_text(self) -> str:
        if self.is_rate:
            who = self.population_description or "people"
            year = f" ({self.population_year})" if self.population_year else ""
            return f"per {self.rate_base:,} {who}; population {self.population:,}{year}"
        return self.get_unit_display().lower()


class IndicatorValue(models.Model):
    """An indicator's figure for one period."""

    indicator = models.ForeignKey(Indicator, on_delete=models.CASCADE, related_name="values")
    period = models.CharField(
        max_length=12,
        validators=[validate_period],
        help_text="A quarter such as 2016/17 Q1 (April to June) or a year such as 2016/17.",
    )
    value = models.DecimalField(max_digits=14, decimal_places=2)
    note = models.CharField(max_length=300, blank=True, help_text="Anything a reader should know.")
    history = HistoricalRecords()

    class Meta:
        ordering = ["indicator", "period"]
        constraints = [
            models.UniqueConstraint(
                fields=["indicator", "period"], name="one_value_per_indicator_period"
            )
        ]

    def __str__(self) -> str:
        return f"{self.indicator}: {self.period} = {self.value}"

    def save(self, *args, **kwargs) -> None:
        self.period = canonical_period(self.period)
        super().save(*args, **kwargs)

    @property
    def as_period(self) -> Period:
        return Period.parse(self.period)


def format_figure(value: Decimal | None, unit: str = Indicator.Unit.COUNT) -> str:
    """A figure for people: 1,234 / 12.5% / 3.2."""
    if value is None:
        return "–"
    text = f"{value.quantize(Decimal('0.01')):,f}"
    if "." in text:
        text = text.rstrip("0").rstrip(".")
    return f"{text}%" if unit == Indicator.Unit.PERCENTAGE else text


def signed_percent(value: Decimal) -> str:
    """-2 -> "-2%", 10 -> "+10%", 2.5 -> "+2.5%"."""
    return f"{'+' if value > 0 else ''}{format_figure(value)}%"


class IndicatorSettings(models.Model):
    """A partnership's choices for publishing figures and reminding data contributors.

    A partnership without a row has the defaults (`settings_for`)."""

    partnership = models.OneToOneField(
        Partnership, on_delete=models.CASCADE, related_name="indicator_settings"
    )
    round_to_5 = models.BooleanField(
        "Round published counts to the nearest 5",
        default=False,
        help_text="After small counts are hidden, every count the public sees (on the public "
        "page and in its CSV) is rounded to the nearest 5. People in the partnership still "
        "see the true figures.",
    )
    remind_days_before = models.PositiveSmallIntegerField(
        "Remind this many days before a return is due",
        default=7,
        validators=[MaxValueValidator(60)],
        help_text="0 to 60. Data contributors are reminded once, this many days before.",
    )
    remind_days_after = models.PositiveSmallIntegerField(
        "Remind again this many days after it was due",
        default=1,
        validators=[MinValueValidator(1), MaxValueValidator(90)],
        help_text="1 to 90. Once, if the return is still missing.",
    )
    history = HistoricalRecords()

    def __str__(self) -> str:
        return f"Indicator settings of {self.partnership}"

    @property
    def base(self) -> int:
        return 5 if self.round_to_5 else 1


def settings_for(partnership: Partnership) -> IndicatorSettings:
    """The partnership's settings, or the defaults (unsaved) when it has chosen none."""
    found = IndicatorSettings.objects.filter(partnership=partnership).first()
    return found or IndicatorSettings(partnership=partnership)


def save_settings(partnership: Partnership, values: Mapping[str, Any], by: User) -> None:
    """Save the coordinator's choices on the partnership's one row of settings (the first
    save makes it). A first save that races another (a double submit) changes the row the
    other made, rather than failing on the one-row rule."""
    try:
        with transaction.atomic():
            _save_settings_row(partnership, values, by)
    except IntegrityError:
        with transaction.atomic():
            _save_settings_row(partnership, values, by)


def _save_settings_row(partnership: Partnership, values: Mapping[str, Any], by: User) -> None:
    rows = IndicatorSettings.objects.select_for_update().filter(partnership=partnership)
    chosen = rows.first() or IndicatorSettings(partnership=partnership)
    for name, value in values.items():
        setattr(chosen, name, value)
    chosen._history_user = by  # type: ignore[attr-defined]
    chosen.save()


# ---------------------------------------------------------------- data returns


class DataSet(models.Model):
    """A minimum data set: the figures agencies return each period, element by element."""

    class Frequency(models.TextChoices):
        QUARTERLY = "quarterly", "Quarterly"
        ANNUAL = "annual", "Annually (financial year)"

    partnership = models.ForeignKey(Partnership, on_delete=models.CASCADE, related_name="data_sets")
    name = models.CharField(max_length=200, help_text="As contributors will read it.")
    description = models.TextField(blank=True, help_text="What the data set is for.")
    frequency = models.CharField(
        max_length=10, choices=Frequency.choices, default=Frequency.QUARTERLY
    )
    first_period = models.CharField(
        max_length=12,
        validators=[validate_period],
        help_text="The first period agencies return, e.g. 2016/17 Q1.",
    )
    agencies = models.ManyToManyField(
        Agency, related_name="data_sets", help_text="The agencies that return it."
    )
    history = HistoricalRecords(m2m_fields=[agencies])

    class Meta:
        ordering = ["name", "pk"]
        constraints = [
            models.UniqueConstraint(fields=["partnership", "name"], name="unique_data_set_name")
        ]

    def __str__(self) -> str:
        return self.name

    def save(self, *args, **kwargs) -> None:
        self.first_period = canonical_period(self.first_period)
        super().save(*args, **kwargs)

    @property
    def is_quarterly(self) -> bool:
        return self.frequency == self.Frequency.QUARTERLY

    def periods_until(self, today: dt.date) -> list[Period]:
        """Every period from the first to the last one that has ended by `today`."""
        first = Period.parse(self.first_period)
        last = Period.containing(today, quarterly=self.is_quarterly).previous()
        found, period = [], first
        while period <= last:
            found.append(period)
            period = period.next()
        return found


class Disaggregation(models.Model):
    """A way the partnership breaks figures about people down, e.g. "Age band" with its
    categories. An element broken down this way gets one part per category (a DataElement
    with `breakdown` and `category` set), and the parts may not add up to more than it."""

    partnership = models.ForeignKey(
        Partnership, on_delete=models.CASCADE, related_name="disaggregations"
    )
    name = models.CharField(max_length=60, help_text="As contributors read it, e.g. 'Age band'.")
    categories = models.TextField(
        help_text="One category a line, e.g. '16-17', '18-24'. Include 'Not known' so the "
        "parts can add up to the whole."
    )
    history = HistoricalRecords()

    class Meta:
        ordering = ["name", "pk"]
        constraints = [
            models.UniqueConstraint(
                fields=["partnership", "name"], name="unique_disaggregation_name"
            )
        ]

    def __str__(self) -> str:
        return self.name

    def category_list(self) -> list[str]:
        return [line.strip() for line in self.categories.splitlines() if line.strip()]


class DataElement(models.Model):
    """One figure in a data set, e.g. "Cases discussed at MARAC"."""

    class Kind(models.TextChoices):
        COUNT = "count", "Count (a whole number, 0 or more)"
        NUMBER = "number", "Number (may have decimals)"

    data_set = models.ForeignKey(DataSet, on_delete=models.CASCADE, related_name="elements")
    code = models.SlugField(
        max_length=60,
        help_text="A short name for spreadsheet rows, e.g. 'repeat_cases'. Letters, numbers, "
        "hyphens and underscores.",
    )
    name = models.CharField(max_length=200)
    definition = models.TextField(blank=True)
    kind = models.CharField(max_length=8, choices=Kind.choices, default=Kind.COUNT)
    minimum = models.DecimalField(max_digits=14, decimal_places=2, null=True, blank=True)
    maximum = models.DecimalField(max_digits=14, decimal_places=2, null=True, blank=True)
    part_of = models.ForeignKey(
        "self",
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="parts",
        help_text="The element this one is a part of; a part can never be more than its whole.",
    )
    breakdown = models.ForeignKey(
        Disaggregation,
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="parts",
        help_text="For a part made by breaking its whole down: the way it was broken down.",
    )
    category = models.CharField(max_length=80, blank=True)
    order = models.PositiveSmallIntegerField(default=0)
    history = HistoricalRecords()

    class Meta:
        ordering = ["data_set", "order", "pk"]
        constraints = [
            models.UniqueConstraint(fields=["data_set", "code"], name="unique_element_code")
        ]

    def __str__(self) -> str:
        return self.name


class DataReturnQuerySet(models.QuerySet["DataReturn"]):
    def awaiting_approval(self) -> DataReturnQuerySet:
        return self.filter(state=DataReturn.State.SUBMITTED)


class DataReturn(models.Model):
    """One agency's figures for one data set and period."""

    class State(models.TextChoices):
        SUBMITTED = "submitted", "Submitted, awaiting approval"
        RETURNED = "returned", "Returned for changes"
        APPROVED = "approved", "Approved and locked"

    data_set = models.ForeignKey(DataSet, on_delete=models.CASCADE, related_name="returns")
    agency = models.ForeignKey(Agency, on_delete=models.CASCADE, related_name="data_returns")
    period = models.CharField(max_length=12, validators=[validate_period])
    state = models.CharField(max_length=10, choices=State.choices, default=State.SUBMITTED)
    submitted_by = models.ForeignKey(
        "accounts.User", on_delete=models.SET_NULL, null=True, related_name="+"
    )
    submitted_at = models.DateTimeField(null=True)
    reviewed_by = models.ForeignKey(
        "accounts.User", on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )
    reviewed_at = models.DateTimeField(null=True, blank=True)
    comment = models.TextField(
        blank=True, help_text="The coordinator's reason for returning or unlocking it."
    )
    history = HistoricalRecords()

    objects = DataReturnQuerySet.as_manager()

    class Meta:
        ordering = ["data_set", "period", "agency__name"]
        constraints = [
            models.UniqueConstraint(
                fields=["data_set", "agency", "period"], name="one_return_per_agency_period"
            )
        ]

    def __str__(self) -> str:
        return f"{self.data_set}: {self.agency}, {self.period}"

    @property
    def is_locked(self) -> bool:
        return self.state == self.State.APPROVED

    def approve(self, by) -> None:
        """Accept the figures; the period is locked from now on."""
        refusal = "Only a submitted return can be approved."
        self._review(self.State.SUBMITTED, self.State.APPROVED, by, "", "Approved", refusal)

    def send_back(self, by, comment: str) -> None:
        """Return the figures to the agency with what to change."""
        refusal = "Only a submitted return can be returned."
        self._review(self.State.SUBMITTED, self.State.RETURNED, by, comment, "Returned", refusal)

    def unlock(self, by, reason: str) -> None:
        """Reopen an approved return for the agency to correct; the reason is kept."""
        refusal = "Only an approved return can be unlocked."
        self._review(self.State.APPROVED, self.State.RETURNED, by, reason, "Unlocked", refusal)

    def _review(
        self, from_state: str, to_state: str, by, comment: str, change: str, refusal: str
    ) -> None:
        if self.state != from_state:
            raise ReturnStateError(refusal)
        self.state, self.comment = to_state, comment
        self.reviewed_by, self.reviewed_at = by, timezone.now()
        self._history_user = by  # type: ignore[attr-defined]
        self._change_reason = f"{change}: {comment}" if comment else change  # type: ignore[attr-defined]
        self.save(update_fields=["state", "comment", "reviewed_by", "reviewed_at"])


class ReturnStateError(ValueError):
    """A review step the return's state does not allow."""


class DataValue(models.Model):
    """One element's figure in a return."""

    data_return = models.ForeignKey(DataReturn, on_delete=models.CASCADE, related_name="values")
    element = models.ForeignKey(DataElement, on_delete=models.CASCADE, related_name="values")
    value = models.DecimalField(max_digits=14, decimal_places=2)
    comment = models.CharField(
        max_length=500, blank=True, help_text="Why a figure far from the usual is right."
    )
    history = HistoricalRecords()

    class Meta:
        ordering = ["data_return", "element__order"]
        constraints = [
            models.UniqueConstraint(
                fields=["data_return", "element"], name="one_value_per_return_element"
            )
        ]

    def __str__(self) -> str:
        return f"{self.element}: {self.value}"


class ReturnReminder(models.Model):
    """One reminder about one agency's return for one period, to one person: never sent twice.

    Data contributors are reminded (`BEFORE_DUE`, `OVERDUE`), coordinators get a digest
    line (`DIGEST_BEFORE_DUE`, `DIGEST_OVERDUE`); `sent_on` gathers one message per person
    per day (accounts/notifications.py).
    """

    class Kind(models.TextChoices):
        BEFORE_DUE = "before_due", "Before the return is due"
        OVERDUE = "overdue", "After the return was due"
        DIGEST_BEFORE_DUE = "digest_before", "Coordinator's digest before it is due"
        DIGEST_OVERDUE = "digest_overdue", "Coordinator's digest after it was due"

    person = models.ForeignKey(User, on_delete=models.CASCADE, related_name="+")
    data_set = models.ForeignKey(DataSet, on_delete=models.CASCADE, related_name="reminders")
    agency = models.ForeignKey(Agency, on_delete=models.CASCADE, related_name="+")
    period = models.CharField(max_length=12, validators=[validate_period])
    kind = models.CharField(max_length=20, choices=Kind.choices)
    sent_on = models.DateField()

    class Meta:
        ordering = ["-sent_on", "pk"]
        constraints = [
            models.UniqueConstraint(
                fields=["person", "data_set", "agency", "period", "kind"],
                name="one_return_reminder_per_person_period_kind",
            )
        ]

    def __str__(self) -> str:
        return f"{self.get_kind_display()} to {self.person} on {self.sent_on:%d %b %Y}"
