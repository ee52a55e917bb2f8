"""Invitation emails and accepting one: a single-use link to set a password, for 7 days."""

from __future__ import annotations

from django.conf import settings
from django.db import transaction
from django.urls import reverse
from django.utils import timezone

from cairn.accounts.models import Invitation, Membership, User
from cairn.accounts.notifications import send_email


class InvitationUnusable(ValueError):
    """The link cannot be used; the message says why and what to do."""


def invitation_link(token: str) -> str:
    return f"{settings.SITE_URL}{reverse('accounts:accept_invitation', args=[token])}"


def _send(to: User, subject: str, template: str, context: dict) -> None:
    send_email(to, subject, f"accounts/email/{template}.txt", context)


def send_invitation(invitation: Invitation, token: str) -> None:
    membership = Membership.objects.select_related("agency").get(
        user=invitation.user, partnership=invitation.partnership
    )
    _send(
        invitation.user,
        f"You are invited to {invitation.partnership} on Cairn",
        "invitation",
        {
            "invitation": invitation,
            "membership": membership,
            "invited_by": invitation.sent_by,
            "link": invitation_link(token),
            "expires_on": timezone.localtime(invitation.expires_at),
        },
    )


def send_added_email(membership: Membership, *, by: User | None) -> None:
    _send(
        membership.user,
        f"You have been added to {membership.partnership} on Cairn",
        "added",
        {"membership": membership, "invited_by": by},
    )


def usable_invitation(token: str) -> Invitation:
    """The invitation the link names, or InvitationUnusable saying why not."""
    invitation = Invitation.find(token)
    if invitation is None:
        raise InvitationUnusable(
            "This invitation link is not valid. Check that you copied the whole link from "
            "the email, or ask your coordinator to send a new invitation."
        )
    if invitation.used_at is not None:
        raise InvitationUnusable(
            "This invitation has already been used. Sign in with your email address and password."
        )
    if invitation.revoked_at is not None:
        raise InvitationUnusable(
            "This invitation has been replaced by a newer one, or withdrawn. Use the link "
            "in the most recent email, or ask your coordinator to send a new invitation."
        )
    if invitation.is_expired():
        raise InvitationUnusable(
            "This invitation has expired: invitations last 7 days. Ask your coordinator to "
            "send a new one."
        )
    if not invitation.user.is_active:
        raise InvitationUnusable("This account is no longer active. Ask your coordinator.")
    return invitation


@transaction.atomic
def accept(token: str, password: str, name: str = "") -> User:
    """Set the person's password and use the invitation up. The caller signs them in."""
    invitation = usable_invitation(token)
    user = invitation.user
    user.set_password(password)
    fields = ["password"]
    if name.strip():
        user.name = name.strip()
        fields.append("name")
    user.save(update_fields=fields)
    now = timezone.now()
    invitation.used_at = now
    invitation.save(update_fields=["used_at"])
    Invitation.objects.filter(user=user).pending().update(revoked_at=now)
    return user
