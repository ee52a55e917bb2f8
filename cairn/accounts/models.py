"""Partnerships, agencies, people and their roles."""

from __future__ import annotations

import datetime as dt
import hashlib
import secrets
import uuid
from importlib import import_module

from django.conf import settings
from django.contrib.auth.models import AbstractUser, BaseUserManager
from django.contrib.sessions.backends.base import SessionBase
from django.contrib.sessions.base_session import AbstractBaseSession
from django.db import models
from django.utils import timezone
from simple_history.models import HistoricalRecords


class Partnership(models.Model):
    """A Community Safety Partnership or Domestic Abuse Local Partnership Board."""

    name = models.CharField(max_length=200, unique=True)
    slug = models.SlugField(max_length=80, unique=True, help_text="Used in addresses.")
    financial_year_start = models.PositiveSmallIntegerField(
        default=4,
        choices=[(n, dt.date(2000, n, 1).strftime("%B")) for n in range(1, 13)],
        help_text="The month the partnership's year starts: April in most of England and Wales.",
    )
    small_count_threshold = models.PositiveSmallIntegerField(
        null=True,
        blank=True,
        help_text=(
            "Counts about people below this are published as 'fewer than N'. "
            "Empty: Cairn's default."
        ),
    )
    public_contact_name = models.CharField(
        max_length=200,
        blank=True,
        help_text="A team, not a person, e.g. 'Community Safety Team'. Shown on the public page.",
    )
    public_contact_email = models.EmailField(
        blank=True, help_text="A shared inbox the public may write to. Shown on the public page."
    )
    created_at = models.DateTimeField(auto_now_add=True)
    deactivated_at = models.DateTimeField(
        null=True,
        blank=True,
        help_text="When the host admin deactivated it: its people no longer have access; "
        "everything in it is kept.",
    )
    history = HistoricalRecords()

    class Meta:
        ordering = ["name"]

    def __str__(self) -> str:
        return self.name

    @property
    def is_active(self) -> bool:
        return self.deactivated_at is None

    def deactivate(self, by: User | None) -> None:
        """Its people lose access at once; nothing in it is deleted."""
        if self.deactivated_at is None:
            self.deactivated_at = timezone.now()
            self._history_user = by  # type: ignore[attr-defined]
            self.save(update_fields=["deactivated_at"])

    def reactivate(self, by: User | None) -> None:
        if self.deactivated_at is not None:
            self.deactivated_at = None
            self._history_user = by  # type: ignore[attr-defined]
            self.save(update_fields=["deactivated_at"])

    def quarter_of(self, day: dt.date) -> str:
        """The partnership's year and quarter a day falls in, e.g. "2016/17 Q2" (Q1 is the
        first three months from `financial_year_start`; a January start reads "2016 Q2")."""
        months_in = (day.month - self.financial_year_start) % 12
        year = day.year if day.month >= self.financial_year_start else day.year - 1
        label = str(year) if self.financial_year_start == 1 else f"{year}/{str(year + 1)[2:]}"
        return f"{label} Q{months_in // 3 + 1}"


class AgencyQuerySet(models.QuerySet["Agency"]):
    def current(self) -> AgencyQuerySet:
        """Agencies that may be chosen as leads: not archived, not merged into another."""
        return self.filter(archived_at__isnull=True)


class Agency(models.Model):
    """An organisation in the partnership: police, an NHS trust, a council team, a charity."""

    partnership = models.ForeignKey(Partnership, on_delete=models.CASCADE, related_name="agencies")
    name = models.CharField(max_length=200)
    short_name = models.CharField(
        max_length=40, blank=True, help_text="How plans abbreviate it, e.g. 'CCG' or 'DAAG'."
    )
    contact_email = models.EmailField(
        blank=True, help_text="A shared inbox for the agency, if it has one."
    )
    archived_at = models.DateTimeField(
        null=True,
        blank=True,
        help_text="Archived agencies stay on the actions they led, but cannot be chosen again.",
    )
    merged_into = models.ForeignKey(
        "self",
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="merged_from",
        help_text="The agency this one was merged into; everything it had moved there.",
    )
    history = HistoricalRecords()

    objects = AgencyQuerySet.as_manager()

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
    has_second_factor = models.BooleanField(
        default=False,
        help_text="Signs in with a code from an authenticator app after the password.",
    )
    sign_in_key = models.UUIDField(
        default=uuid.uuid4,
        unique=True,
        editable=False,
        help_text="Names the person in sessions and emailed sign-in links; replaced when "
        "their access ends, so those stop working at once.",
    )

    USERNAME_FIELD = "email"
    REQUIRED_FIELDS = ["name"]
    objects = UserManager()  # type: ignore[assignment]

    class Meta:
        ordering = ["name"]

    def __str__(self) -> str:
        return self.name or self.email

    def get_session_auth_hash(self) -> str:
        """Sessions hold this; a new access key (access ended) signs every session out."""
        return self._get_session_auth_hash()

    def _get_session_auth_hash(self, secret: str | None = None) -> str:
        from django.utils.crypto import salted_hmac

        return salted_hmac(
            "cairn.accounts.User.session",
            f"{self.password}|{self.sign_in_key}",
            secret=secret,
            algorithm="sha256",
        ).hexdigest()

    def end_access(self) -> None:
        """Sign the person out everywhere and void every emailed link, at once."""
        self.sign_in_key = uuid.uuid4()
        self.save(update_fields=["sign_in_key"])


class Role(models.TextChoices):
    COORDINATOR = "coordinator", "Coordinator"
    LEAD = "lead", "Lead"
    DATA_CONTRIBUTOR = "data_contributor", "Data contributor"
    VIEWER = "viewer", "Viewer"


class MembershipQuerySet(models.QuerySet["Membership"]):
    def active(self) -> MembershipQuerySet:
        """Memberships that give access: neither they nor their partnership deactivated."""
        return self.filter(deactivated_at__isnull=True, partnership__deactivated_at__isnull=True)


class Membership(models.Model):
    """A person's role in one partnership."""

    Role = Role

    class Status(models.TextChoices):
        INVITED = "invited", "Invited"
        ACTIVE = "active", "Active"
        DEACTIVATED = "deactivated", "Deactivated"

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
    deactivated_at = models.DateTimeField(
        null=True,
        blank=True,
        help_text="When the person left the partnership: they no longer have access; what "
        "they did stays in the history.",
    )
    objects = MembershipQuerySet.as_manager()
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
        return self.role == Role.COORDINATOR and self.deactivated_at is None

    @property
    def status(self) -> str:
        """Invited until the person first signs in or sets a password; then active."""
        if self.deactivated_at is not None:
            return self.Status.DEACTIVATED
        if self.user.last_login is None and not self.user.has_usable_password():
            return self.Status.INVITED
        return self.Status.ACTIVE

    def get_status_display(self) -> str:
        return self.Status(self.status).label


def _token_digest(token: str) -> str:
    return hashlib.sha256(token.encode()).hexdigest()


class InvitationQuerySet(models.QuerySet["Invitation"]):
    def pending(self) -> InvitationQuerySet:
        return self.filter(used_at__isnull=True, revoked_at__isnull=True)


class Invitation(models.Model):
    """An emailed, single-use link that lets a person set their password and sign in.

    Only a digest of the link's token is stored; a resend revokes the earlier links.
    """

    LIFETIME = dt.timedelta(days=7)

    user = models.ForeignKey(User, on_delete=models.CASCADE, related_name="invitations")
    partnership = models.ForeignKey(
        Partnership,
        on_delete=models.CASCADE,
        related_name="invitations",
        help_text="The partnership that invited them.",
    )
    token_digest = models.CharField(max_length=64, unique=True, editable=False)
    sent_by = models.ForeignKey(
        User, on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )
    sent_at = models.DateTimeField(default=timezone.now)
    expires_at = models.DateTimeField()
    used_at = models.DateTimeField(null=True, blank=True)
    revoked_at = models.DateTimeField(null=True, blank=True)

    objects = InvitationQuerySet.as_manager()

    class Meta:
        ordering = ["-sent_at"]

    def __str__(self) -> str:
        return f"Invitation of {self.user} to {self.partnership}"

    @classmethod
    def issue(cls, user: User, partnership: Partnership, by: User | None) -> tuple[Invitation, str]:
        """A new invitation and its token (shown once, in the email); earlier ones revoked."""
        now = timezone.now()
        cls.objects.filter(user=user).pending().update(revoked_at=now)
        token = secrets.token_urlsafe(32)
        invitation = cls.objects.create(
            user=user,
            partnership=partnership,
            token_digest=_token_digest(token),
            sent_by=by,
            sent_at=now,
            expires_at=now + cls.LIFETIME,
        )
        return invitation, token

    @classmethod
    def find(cls, token: str) -> Invitation | None:
        return (
            cls.objects.filter(token_digest=_token_digest(token))
            .select_related("user", "partnership")
            .first()
        )

    def is_expired(self, now: dt.datetime | None = None) -> bool:
        return (now or timezone.now()) >= self.expires_at


class ApiTokenQuerySet(models.QuerySet["ApiToken"]):
    def live(self, now: dt.datetime | None = None) -> ApiTokenQuerySet:
        """Tokens that still work: not revoked, not expired."""
        now = now or timezone.now()
        return self.filter(revoked_at__isnull=True).filter(
            models.Q(expires_at__isnull=True) | models.Q(expires_at__gt=now)
        )


class ApiToken(models.Model):
    """A personal token for the JSON API: it acts with exactly its owner's roles.

    The token itself is shown once, when it is made; only its SHA-256 digest is stored (it
    has 256 bits of randomness, so a plain digest is as strong as a salted one), with its
    first characters to tell tokens apart.
    """

    PREFIX = "cairn_"
    LAST_USED_PRECISION = dt.timedelta(minutes=1)
    """`last_used_at` is written at most this often, not on every request."""

    class Access(models.TextChoices):
        READ = "read", "Read only"
        READ_WRITE = "read_write", "Read and write"

    user = models.ForeignKey(User, on_delete=models.CASCADE, related_name="api_tokens")
    name = models.CharField(
        max_length=100, help_text="What the token is for, e.g. 'Power BI refresh'."
    )
    access = models.CharField(max_length=10, choices=Access.choices, default=Access.READ)
    digest = models.CharField(max_length=64, unique=True, editable=False)
    shown_start = models.CharField(
        max_length=16, editable=False, help_text="The token's first characters."
    )
    created_at = models.DateTimeField(default=timezone.now)
    expires_at = models.DateTimeField(null=True, blank=True, help_text="Empty: never expires.")
    last_used_at = models.DateTimeField(null=True, blank=True)
    revoked_at = models.DateTimeField(null=True, blank=True)

    objects = ApiTokenQuerySet.as_manager()

    class Meta:
        ordering = ["-created_at", "-pk"]

    def __str__(self) -> str:
        return f"{self.name} ({self.shown_start}…)"

    @classmethod
    def issue(
        cls, user: User, name: str, access: str, lifetime: dt.timedelta | None
    ) -> tuple[ApiToken, str]:
        """A new token and its secret, which is shown once and never stored."""
        secret = cls.PREFIX + secrets.token_urlsafe(32)
        now = timezone.now()
        token = cls.objects.create(
            user=user,
            name=name,
            access=access,
            digest=_token_digest(secret),
            shown_start=secret[: len(cls.PREFIX) + 4],
            created_at=now,
            expires_at=now + lifetime if lifetime else None,
        )
        return token, secret

    @classmethod
    def find(cls, secret: str) -> ApiToken | None:
        """The token whatever its state (the caller says why one is refused), or None."""
        return cls.objects.filter(digest=_token_digest(secret)).select_related("user").first()

    @property
    def allows_writes(self) -> bool:
        return self.access == self.Access.READ_WRITE

    def is_expired(self, now: dt.datetime | None = None) -> bool:
        return self.expires_at is not None and (now or timezone.now()) >= self.expires_at

    def revoke(self) -> None:
        if self.revoked_at is None:
            self.revoked_at = timezone.now()
            self.save(update_fields=["revoked_at"])

    def mark_used(self, now: dt.datetime | None = None) -> None:
        """Record the time of use, at most once a minute (one UPDATE, often of no row)."""
        now = now or timezone.now()
        if self.last_used_at is None or now - self.last_used_at >= self.LAST_USED_PRECISION:
            ApiToken.objects.filter(pk=self.pk).filter(
                models.Q(last_used_at__isnull=True)
                | models.Q(last_used_at__lte=now - self.LAST_USED_PRECISION)
            ).update(last_used_at=now)
            self.last_used_at = now


class Session(AbstractBaseSession):
    """A browser's session, naming its signed-in person in a column as well as in its data
    (Django's own table keeps them only inside the data), so that every request reads its
    session and its person in one query (accounts/sessions.py). Removing a person removes
    their sessions."""

    user = models.ForeignKey(
        User, on_delete=models.CASCADE, null=True, blank=True, related_name="sessions"
    )

    @classmethod
    def get_session_store_class(cls) -> type[SessionBase]:
        """Its store is accounts/sessions.SessionStore, named by settings.SESSION_ENGINE (so
        the model, below the store, does not import it); this lets `get_decoded()` read a
        session's data, as in the admin or a shell."""
        return import_module(settings.SESSION_ENGINE).SessionStore
