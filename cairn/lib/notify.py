"""Email through GOV.UK Notify: a Django email backend over GOV.UK's own client.

Notify sends only from templates, so Cairn uses one email template whose subject is
``((subject))`` and whose message is ``((body))``; each email Cairn writes fills both. Set
``CAIRN_MAIL=notify`` with ``NOTIFY_API_KEY`` and ``NOTIFY_TEMPLATE_ID``
(``NOTIFY_BASE_URL`` only to point at another Notify-compatible server, as the tests do).
Every email goes through Django's mail API, so nothing else in Cairn knows which is in use.
"""

from __future__ import annotations

import logging
from collections.abc import Sequence
from typing import Any

from django.core.mail.backends.base import BaseEmailBackend
from django.core.mail.message import EmailMessage
from notifications_python_client.errors import APIError
from notifications_python_client.notifications import NotificationsAPIClient

log = logging.getLogger(__name__)
DEFAULT_BASE_URL = "https://api.notifications.service.gov.uk"


class NotifyError(RuntimeError):
    """Notify refused an email, or could not be reached."""


class NotifyEmailBackend(BaseEmailBackend):
    def __init__(
        self,
        api_key: str = "",
        template_id: str = "",
        base_url: str = DEFAULT_BASE_URL,
        fail_silently: bool = False,
        **kwargs: Any,
    ) -> None:
        super().__init__(**kwargs)
        self.fail_silently = fail_silently
        if not api_key or not template_id:
            raise ValueError("CAIRN_MAIL=notify needs NOTIFY_API_KEY and NOTIFY_TEMPLATE_ID")
        self.template_id = template_id
        self.client = NotificationsAPIClient(api_key, base_url=base_url or DEFAULT_BASE_URL)

    def send_messages(self, email_messages: Sequence[EmailMessage]) -> int:
        sent = 0
        for message in email_messages:
            try:
                self._send(message)
            except (APIError, NotifyError, OSError) as error:
                log.error("GOV.UK Notify did not send %r: %s", message.subject, error)
                if not self.fail_silently:
                    raise NotifyError(f"GOV.UK Notify did not send the email: {error}") from error
            else:
                sent += 1
        return sent

    def _send(self, message: EmailMessage) -> None:
        if message.attachments:
            raise NotifyError("Cairn's Notify template cannot carry attachments")
        for address in message.recipients():
            self.client.send_email_notification(
                email_address=address,
                template_id=self.template_id,
                personalisation={"subject": message.subject, "body": message.body},
            )
