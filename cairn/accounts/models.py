"""Partnerships, agencies, people and their roles."""

from __future__ import annotations

from django.contrib.auth.models import AbstractUser, BaseUserManager
from django.db import models
from simple_history.models import HistoricalRecords


class Partnership(models.Model):
    """A Community Safety Partnership or Domestic Abuse Local Partnership Board."""

    name = models.CharField(max_length=200, unique=True)
    slug = models.SlugField(max_length=80, unique=True, help_text="Used in addresses.")
    created_at = models.DateTimeField(auto_now_add=True)
    history = HistoricalRecords()

    class Meta:
        ordering = ["name"]

    def __str__(self) -> str:
        return self.name


class Agency(models.Model):
    """An organisation in the partnership: police, an NHS trust, a council team, a charity."""

    partnership = models.ForeignKey(Partnership, on_delete=models.CASCADE, related_name="agencies")
    name = models.CharField(max_length=200)
    short_name = models.CharField(
        max_length=40, blank=True, help_text="How plans abbreviate it, e.g. 'CCG' or 'DAAG'."
    )
    history = HistoricalRecords()

    class Meta:
        ordering = ["name"]
        verbose_name_plural = "agencies"
        constraints = [
            models.UniqueConstraint(fields=["partnership", "name"], name="unique_agency_name")
        ]

    def __str__(self) -> str:
        return self.short_name or self.name


class UserManager(BaseUserManager["User"]):
    use_in_migrations = True

    def create_user(self, email: str, password: str | None = None, **fields) -> User:
        user = self.model(email=self.normalize_email(email).lower(), **fields)
        user.set_password(password)
        user.save(using=self._db)
        return user

    def create_superuser(self, email: str, password: str | None = None, **fields) -> User:
        fields.update(is_staff=True, is_superuser=True, is_host_admin=True)
        return self.create_user(email, password, **fields)


class User(AbstractUser):
    """A person who signs in. They sign in with their email address."""

    username = None  # type: ignore[assignment]
    first_name = None  # type: ignore[assignment]
    last_name = None  # type: ignore[assignment]
    email = models.EmailField(unique=True)
    name = models.CharField(max_length=150, help_text="Full name, as colleagues know them.")
    is_host_admin = models.BooleanField(
        default=False, help_text="Runs this Cairn: sees and administers every partnership."
    )

    USERNAME_FIELD = "email"
    REQUIRED_FIELDS = ["name"]
    objects = UserManager()  # type: ignore[misc]

    class Meta:
        ordering = ["name"]

    def __str__(self) -> str:
        return self.name or self.email


class Role(models.TextChoices):
    COORDINATOR = "coordinator", "Coordinator"
    LEAD = "lead", "Lead"
    DATA_CONTRIBUTOR = "data_contributor", "Data contributor"
    VIEWER = "viewer", "Viewer"


class Membership(models.Model):
    """A person's role in one partnership."""

    Role = Role

    user = models.ForeignKey(User, on_delete=models.CASCADE, related_name="memberships")
    partnership = models.ForeignKey(
        Partnership, on_delete=models.CASCADE, related_name="memberships"
    )
    role = models.CharField(max_length=20, choices=Role.choices)
    agency = models.ForeignKey(
        Agency,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="members",
        help_text="The agency this person works for, if any.",
    )
    history = HistoricalRecords()

    class Meta:
        ordering = ["partnership__name"]
        constraints = [
            models.UniqueConstraint(fields=["user", "partnership"], name="one_role_per_partnership")
        ]

    def __str__(self) -> str:
        return f"{self.user} ({self.get_role_display()}, {self.partnership})"

    @property
    def can_edit_plans(self) -> bool:
        return self.role == Role.COORDINATOR
