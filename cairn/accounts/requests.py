"""The request a view receives once a person is signed in.

LoginRequiredMiddleware sends everyone else to the sign-in page before any view not marked
`login_not_required` runs, so in such a view `request.user` is a `User`. Annotating the
view's request as `SignedInRequest` says so to mypy, as django-stubs recommends.
"""

from __future__ import annotations

from django.http import HttpRequest
from django_htmx.middleware import HtmxDetails

from cairn.accounts.models import User


class SignedInRequest(HttpRequest):
    user: User
    htmx: HtmxDetails
