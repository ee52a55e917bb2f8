"""Background work of accounts: plain functions taking ids, run by the task worker."""

from __future__ import annotations

from django.conf import settings
from django.core.mail import EmailMessage
from django.tasks import task

from cairn.accounts.models import User


@task
def send_sign_in_notice(user_id: int, address: str) -> bool:
    """Tell a person that signing in to their account was paused after wrong passwords."""
    user = User.objects.filter(pk=user_id, is_active=True).first()
    if user is None:
        return False
    body = (
        f"Hello {user.name or user.email},\n\n"
        "Someone typed the wrong password for your Cairn account several times, from the "
        f"address {address}, so Cairn paused signing in to your account from there.\n\n"
        "If it was you, wait a few minutes and try again, or ask your coordinator to reset "
        "your password: a new password ends the pause at once. If it was not you, your "
        "account is safe while the password is not known; tell your coordinator.\n\n"
        f"Cairn\n{settings.SITE_URL}\n"
    )
    EmailMessage(
        subject="Signing in to your Cairn account was paused", body=body, to=[user.email]
    ).send()
    return True
