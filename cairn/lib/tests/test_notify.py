"""The GOV.UK Notify email backend, against a fake Notify on 127.0.0.1."""

from __future__ import annotations

import pytest
from django.core.mail import EmailMessage, get_connection

from cairn.lib.notify import NotifyEmailBackend, NotifyError
from cairn.lib.tests.fake_notify import API_KEY, TEMPLATE_ID, FakeNotify


@pytest.fixture
def notify():
    fake = FakeNotify()
    yield fake
    fake.close()


def backend(notify: FakeNotify, **options) -> NotifyEmailBackend:
    return NotifyEmailBackend(
        api_key=API_KEY, template_id=TEMPLATE_ID, base_url=notify.url, **options
    )


def test_each_recipient_gets_the_template_with_subject_and_body(notify):
    message = EmailMessage(
        "Your update", "Hello\n\nPlease update.", to=["a@x.example", "b@x.example"]
    )
    assert backend(notify).send_messages([message]) == 1
    assert [(m["email_address"], m["template_id"]) for m in notify.received] == [
        ("a@x.example", TEMPLATE_ID),
        ("b@x.example", TEMPLATE_ID),
    ]
    assert notify.received[0]["personalisation"] == {
        "subject": "Your update",
        "body": "Hello\n\nPlease update.",
    }


def test_a_refusal_is_an_error_not_lost(notify):
    message = EmailMessage("Hi", "Body", to=["refuse@x.example"])
    with pytest.raises(NotifyError, match="team-only API key"):
        backend(notify).send_messages([message])


def test_a_refusal_can_be_silenced(notify):
    message = EmailMessage("Hi", "Body", to=["refuse@x.example"])
    assert backend(notify, fail_silently=True).send_messages([message]) == 0


def test_a_wrong_key_is_refused(notify):
    wrong = API_KEY[:-1] + ("0" if API_KEY[-1] != "0" else "1")
    client = NotifyEmailBackend(api_key=wrong, template_id=TEMPLATE_ID, base_url=notify.url)
    with pytest.raises(NotifyError, match="Invalid token"):
        client.send_messages([EmailMessage("Hi", "Body", to=["a@x.example"])])


def test_attachments_are_refused(notify):
    message = EmailMessage("Hi", "Body", to=["a@x.example"])
    message.attach("plan.csv", "a,b", "text/csv")
    with pytest.raises(NotifyError, match="attachments"):
        backend(notify).send_messages([message])
    assert notify.received == []


def test_an_unreachable_notify_is_an_error():
    client = NotifyEmailBackend(
        api_key=API_KEY, template_id=TEMPLATE_ID, base_url="http://127.0.0.1:9"
    )
    with pytest.raises(NotifyError):
        client.send_messages([EmailMessage("Hi", "Body", to=["a@x.example"])])


def test_key_and_template_are_required():
    with pytest.raises(ValueError, match="NOTIFY_API_KEY"):
        NotifyEmailBackend(api_key="", template_id=TEMPLATE_ID)


def test_django_mail_api_uses_it_through_mailers(notify, settings):
    settings.MAILERS = {
        "default": {
            "BACKEND": "cairn.lib.notify.NotifyEmailBackend",
            "OPTIONS": {"api_key": API_KEY, "template_id": TEMPLATE_ID, "base_url": notify.url},
        }
    }
    EmailMessage("Through Django", "Body", to=["a@x.example"]).send()
    assert isinstance(get_connection(), NotifyEmailBackend)
    assert notify.received[0]["personalisation"]["subject"] == "Through Django"
