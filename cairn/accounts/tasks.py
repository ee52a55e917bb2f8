"""Background work of accounts: plain functions taking ids, run by the task worker."""

from __future__ import annotations

import datetime as dt

from django.tasks import task
from django.utils import timezone

from cairn.accounts import notifications
from cairn.accounts.models import User
from cairn.lib.periodic import periodic


@task
def send_sign_in_notice(user_id: int, address: str) -> bool:
    """Tell a person that signing in to their account was paused after wrong passwords."""
    user = User.objects.filter(pk=user_id, is_active=True).first()
    if user is None:
        return False
    notifications.send_email(
        user,
        "Signing in to your Cairn account was paused",
        "accounts/email/sign_in_paused.txt",
        {"address": address},
    )
    return True


@task
def send_due_reminders(day: str | None = None) -> int:
    """Send every app's reminders due on `day` (ISO date; today by default): one message per
    person, and one digest per coordinator (accounts/notifications.py). Returns mails sent."""
    return notifications.send_reminders(dt.date.fromisoformat(day) if day else timezone.localdate())


@periodic("reminders")
def enqueue_reminders() -> str:
    today = timezone.localdate().isoformat()
    send_due_reminders.enqueue(today)
    return f"reminders for {today}"
