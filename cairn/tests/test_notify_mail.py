"""Every email Cairn sends goes through GOV.UK Notify when CAIRN_MAIL=notify.

A fake Notify on 127.0.0.1 stands in for GOV.UK's (cairn/lib/tests/fake_notify.py): the
invitation, the "added to a partnership" email, a round's update request, the chase, the
reminder and the coordinator's digest, and the password reset.
"""

from __future__ import annotations

import datetime as dt

import pytest
from django.urls import reverse

from cairn.accounts.people import PersonInput, invite
from cairn.lib.tests.fake_notify import API_KEY, TEMPLATE_ID, FakeNotify
from cairn.reviews.models import ReviewRound
from cairn.reviews.tasks import chase_outstanding, send_due_reminders, send_round_invitations

pytestmark = pytest.mark.django_db


@pytest.fixture
def notify(settings):
    fake = FakeNotify()
    settings.MAILERS = {
        "default": {
            "BACKEND": "cairn.lib.notify.NotifyEmailBackend",
            "OPTIONS": {"api_key": API_KEY, "template_id": TEMPLATE_ID, "base_url": fake.url},
        }
    }
    yield fake
    fake.close()


def subjects(notify: FakeNotify) -> list[str]:
    return [m["personalisation"]["subject"] for m in notify.received]


def test_invitations_go_through_notify(
    notify, coordinator, lead_b, partnership_a, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        invite(
            partnership_a,
            PersonInput(email="new@a.example", name="Nia New", role="lead"),
            by=coordinator,
        )
        invite(
            partnership_a, PersonInput(email=lead_b.email, name="", role="viewer"), by=coordinator
        )
    assert subjects(notify) == [
        "You are invited to Partnership A on Cairn",
        "You have been added to Partnership A on Cairn",
    ]
    assert notify.received[0]["email_address"] == "new@a.example"
    assert "/invitation/" in notify.received[0]["personalisation"]["body"]


def test_round_emails_go_through_notify(notify, coordinator, lead, plan_a, action_a):
    review_round = ReviewRound.objects.create(
        plan=plan_a,
        period="2016/17 Q2",
        opens_on=dt.date(2016, 7, 1),
        closes_on=dt.date(2016, 7, 14),
        remind_days_before=7,
        opened_by=coordinator,
    )
    send_round_invitations.call(review_round.pk)
    chase_outstanding.call(review_round.pk)
    send_due_reminders.call("2016-07-10")
    sent = subjects(notify)
    assert sent[0].startswith("Please update your actions: 2016/17 Q2")
    assert sent[1].startswith("Reminder: your update for the 2016/17 Q2 review is outstanding")
    assert len(sent) == 4  # and the day's reminder to the lead, the digest to the coordinator
    assert {m["email_address"] for m in notify.received} == {lead.email, coordinator.email}
    assert all(m["personalisation"]["body"].strip() for m in notify.received)


def test_password_reset_goes_through_notify(notify, client, lead):
    client.post(reverse("accounts:password_reset"), {"email": lead.email})
    assert len(notify.received) == 1
    assert notify.received[0]["email_address"] == lead.email
    assert "/password-reset/" in notify.received[0]["personalisation"]["body"]
