"""The emails of a round: the request to update, reminders, the chase and the digest
(sent through accounts/notifications.py, like every email Cairn sends).

Each is one message to one person, plain text, with a link that signs them straight in
(django-sesame: single-use, expiring, bound to that person). A link sent about rounds works
only while one of those rounds is open (the link's scope names them).
"""

from __future__ import annotations

from urllib.parse import urlencode

from django.conf import settings
from django.template.loader import render_to_string
from django.urls import reverse
from sesame.utils import get_parameters

from cairn.accounts.models import User
from cairn.accounts.notifications import common_context, send_email


def rounds_scope(round_ids: list[int]) -> str:
    """The sign-in link scope of links sent about these rounds."""
    return "rounds:" + ",".join(str(pk) for pk in sorted(set(round_ids)))


def sign_in_link(
    person: User, next_url: str | None = None, round_ids: list[int] | None = None
) -> str:
    """An address that signs the person in once, then takes them to `next_url`; given
    rounds, it works only while one of them is open."""
    if round_ids:
        parameters = get_parameters(person, scope=rounds_scope(round_ids))
        parameters["rounds"] = ",".join(str(pk) for pk in sorted(set(round_ids)))
    else:
        parameters = get_parameters(person)
    parameters["next"] = next_url or reverse("plans:my_actions")
    return f"{settings.SITE_URL}{reverse('reviews:link_sign_in')}?{urlencode(parameters)}"


def render(person: User, template: str, context: dict, round_ids: list[int] | None = None) -> str:
    """A round email's text, or its part of a message of the day, with its sign-in link."""
    return render_to_string(
        f"reviews/email/{template}.txt",
        {
            **common_context(person),
            "link": sign_in_link(person, round_ids=round_ids),
            **context,
        },
    )


def send(
    person: User, subject: str, template: str, context: dict, round_ids: list[int] | None = None
) -> None:
    send_email(
        person,
        subject,
        f"reviews/email/{template}.txt",
        {"link": sign_in_link(person, round_ids=round_ids), **context},
    )
