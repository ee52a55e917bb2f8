"""The people of a partnership: invite, change role, deactivate.

Each change is a plain function taking the actor (`by`); a change that would leave the
partnership without a coordinator, or take a coordinator's own role away from them, raises
`Refused` with a message for the coordinator, and changes nothing.
"""

from __future__ import annotations

from dataclasses import dataclass

from django.db import transaction
from django.db.models import Count, Exists, Max, OuterRef, Q, QuerySet, Subquery
from django.http import Http404, HttpRequest
from django.utils import timezone

from cairn.accounts.access import get_partnership_for_user
from cairn.accounts.invitations import send_added_email, send_invitation
from cairn.accounts.models import Agency, Invitation, Membership, Partnership, Role, User


class Refused(ValueError):
    """A change Cairn will not make; the message says why, in the coordinator's words."""


@dataclass(frozen=True)
class PersonInput:
    email: str
    name: str
    role: str
    agency: Agency | None = None


@dataclass(frozen=True)
class Invited:
    membership: Membership
    had_account: bool
    """The person already had a Cairn account (another partnership): a membership was added."""

    @property
    def message(self) -> str:
        person = self.membership.user
        if self.had_account:
            return (
                f"{person} already has a Cairn account, so they were added to "
                f"{self.membership.partnership} and emailed to say so."
            )
        return f"Invitation sent to {person.email}."


def normalise_email(email: str) -> str:
    return email.strip().lower()


def get_membership_for_user(request: HttpRequest, slug: str, pk: int) -> Membership:
    """A person's membership of the partnership, for its coordinator: 404 for anyone
    outside the partnership or a membership of another partnership, 403 for other roles."""
    partnership, _ = get_partnership_for_user(request, slug, write=True)
    membership = (
        Membership.objects.filter(partnership=partnership, pk=pk)
        .select_related("user", "agency", "partnership")
        .first()
    )
    if membership is None:
        raise Http404("No such person in this partnership.")
    return membership


def leads_with_departure(partnership_id: int) -> QuerySet[User]:
    """People, each with `has_left`: their membership of the partnership was deactivated.
    For prefetching an action's lead people without another query."""
    return User.objects.annotate(
        has_left=Exists(
            Membership.objects.filter(
                user=OuterRef("pk"), partnership_id=partnership_id, deactivated_at__isnull=False
            )
        )
    )


def departure_of_leads(partnership_id: int) -> QuerySet[User]:
    """People, each with `has_left` and, for those who left, `left_membership_id` (what the
    coordinator's Reassign link needs). One query, for a single action's lead people."""
    left = Membership.objects.filter(
        user=OuterRef("pk"), partnership_id=partnership_id, deactivated_at__isnull=False
    )
    return User.objects.annotate(
        has_left=Exists(left), left_membership_id=Subquery(left.values("pk")[:1])
    ).order_by("name", "email")


def people_of(partnership: Partnership) -> QuerySet[Membership]:
    """Everyone in the partnership, with what the People page shows. Queries: one."""
    return (
        Membership.objects.filter(partnership=partnership)
        .select_related("user", "agency")
        .annotate(
            actions_led=Count(
                "user__led_actions",
                filter=Q(user__led_actions__theme__plan__partnership=partnership),
                distinct=True,
            ),
            last_invited_at=Max("user__invitations__sent_at"),
        )
        .order_by("deactivated_at", "user__name", "user__email")
    )


def active_coordinators(partnership: Partnership) -> QuerySet[Membership]:
    return Membership.objects.active().filter(partnership=partnership, role=Role.COORDINATOR)


@transaction.atomic
def invite(partnership: Partnership, person: PersonInput, *, by: User | None) -> Invited:
    """Add the person to the partnership and email them.

    A new person gets an invitation to set a password; someone who already has an account
    (in another partnership) gets a membership and an email saying so. Someone already in
    this partnership is refused; someone who was deactivated here is reactivated.
    """
    email = normalise_email(person.email)
    if person.agency is not None and person.agency.partnership_id != partnership.pk:
        raise Refused("Choose one of this partnership's agencies.")
    user = User.objects.filter(email__iexact=email).first()
    had_account = user is not None and (user.has_usable_password() or user.last_login is not None)
    if user is None:
        user = User.objects.create_user(email=email, name=person.name.strip())
    elif person.name.strip() and not user.name:
        user.name = person.name.strip()
        user.save(update_fields=["name"])
    membership = Membership.objects.filter(user=user, partnership=partnership).first()
    if membership is not None and membership.deactivated_at is None:
        raise Refused(f"{user} is already in {partnership}.")
    if membership is None:
        membership = Membership(user=user, partnership=partnership)
    membership.role = person.role
    membership.agency = person.agency
    membership.deactivated_at = None
    membership._history_user = by  # type: ignore[attr-defined]
    membership.save()
    if not user.is_active:
        user.is_active = True
        user.save(update_fields=["is_active"])
    if had_account:
        transaction.on_commit(lambda: send_added_email(membership, by=by))
    else:
        invitation, token = Invitation.issue(user, partnership, by=by)
        transaction.on_commit(lambda: send_invitation(invitation, token))
    return Invited(membership, had_account)


@transaction.atomic
def resend_invitation(membership: Membership, *, by: User | None) -> Invitation:
    if membership.deactivated_at is not None:
        raise Refused(f"{membership.user} has been deactivated: invite them again instead.")
    if membership.status != Membership.Status.INVITED:
        raise Refused(f"{membership.user} has already accepted their invitation.")
    invitation, token = Invitation.issue(membership.user, membership.partnership, by=by)
    transaction.on_commit(lambda: send_invitation(invitation, token))
    return invitation


def _refuse_losing_coordinator(membership: Membership, *, by: User | None, doing: str) -> None:
    if membership.role != Role.COORDINATOR or membership.deactivated_at is not None:
        return
    if by is not None and membership.user_id == by.pk:
        raise Refused(
            f"You cannot {doing} yourself as coordinator. Ask another coordinator to do it."
        )
    others = active_coordinators(membership.partnership).exclude(pk=membership.pk)
    if not others.exists():
        raise Refused(
            f"{membership.user} is the partnership's only coordinator. Make someone else "
            "a coordinator first."
        )


@transaction.atomic
def change_role(membership: Membership, role: str, *, by: User | None) -> Membership:
    if membership.deactivated_at is not None:
        raise Refused(f"{membership.user} has been deactivated: invite them again first.")
    if role == membership.role:
        return membership
    _refuse_losing_coordinator(membership, by=by, doing="remove")
    membership.role = role
    membership._history_user = by  # type: ignore[attr-defined]
    membership.save(update_fields=["role"])
    return membership


@transaction.atomic
def deactivate(membership: Membership, *, by: User | None) -> Membership:
    """End the person's access to the partnership at once; their history stays.

    Their sessions end and their emailed links (invitations, sign-in links) stop working.
    If they belong to no other partnership, they can no longer sign in at all.
    """
    if membership.deactivated_at is not None:
        raise Refused(f"{membership.user} has already been deactivated.")
    _refuse_losing_coordinator(membership, by=by, doing="deactivate")
    membership.deactivated_at = timezone.now()
    membership._history_user = by  # type: ignore[attr-defined]
    membership.save(update_fields=["deactivated_at"])
    user = membership.user
    Invitation.objects.filter(user=user).pending().update(revoked_at=timezone.now())
    still_member = Membership.objects.active().filter(user=user).exists()
    if not still_member and not user.is_host_admin:
        user.is_active = False
        user.save(update_fields=["is_active"])
    user.end_access()
    return membership
