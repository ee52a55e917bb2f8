"""Twenty leads' updates arriving at once, over real HTTP, against PostgreSQL."""

from __future__ import annotations

import re
import urllib.error
import urllib.parse
import urllib.request
from concurrent.futures import ThreadPoolExecutor

import pytest
from django.db import connection
from django.test import Client
from django.urls import reverse

from cairn.plans.factories import make_action
from cairn.reviews.models import Update

pytestmark = pytest.mark.postgres_only


def _submit(live_server, session_id: str, path: str, status_id: int, n: int) -> str:
    """GET the form, then POST the update; returns where the POST redirected."""
    url = live_server.url + path
    with urllib.request.urlopen(
        urllib.request.Request(url, headers={"Cookie": f"sessionid={session_id}"})
    ) as response:
        page = response.read().decode()
        csrf_cookie = re.search(r"csrftoken=([^;]+)", response.headers["Set-Cookie"]).group(1)
    token = re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', page).group(1)
    data = urllib.parse.urlencode(
        {
            "csrfmiddlewaretoken": token,
            "version": "0",
            "intent": "submit",
            "status": status_id,
            "note": f"Update number {n}",
        }
    ).encode()
    request = urllib.request.Request(
        url,
        data=data,
        headers={"Cookie": f"sessionid={session_id}; csrftoken={csrf_cookie}", "Referer": url},
    )
    try:
        _no_redirects.open(request)
    except urllib.error.HTTPError as redirect:  # urllib reports an unfollowed redirect so
        if redirect.code == 302:
            return redirect.headers["Location"]
        raise
    return "not redirected"


class _NoRedirect(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, *args, **kwargs):
        return None


_no_redirects = urllib.request.build_opener(_NoRedirect)


@pytest.mark.django_db(transaction=True)
def test_twenty_concurrent_updates_are_all_stored_once(
    live_server, settings, lead, round_a, on_track
):
    if connection.vendor != "postgresql":
        pytest.skip("needs PostgreSQL: run with DATABASE_URL=postgres://...")
    settings.ALLOWED_HOSTS = ["*"]
    settings.SESSION_COOKIE_SECURE = False
    settings.CSRF_COOKIE_SECURE = False
    theme = round_a.plan.themes.first()
    actions = [
        make_action(theme, f"Concurrent {n}", ref=f"7.{n}", lead_people=[lead]) for n in range(20)
    ]
    client = Client()
    client.force_login(lead)
    session_id = client.cookies["sessionid"].value
    paths = [reverse("reviews:update", args=[round_a.pk, a.pk]) for a in actions]
    with ThreadPoolExecutor(max_workers=20) as pool:
        statuses = list(
            pool.map(
                lambda args: _submit(live_server, session_id, args[1], on_track.pk, args[0]),
                enumerate(paths),
            )
        )
    # Each submit redirects: on to the lead's next action still waiting, or to My actions when
    # none is left. Which one depends on the order the twenty saves landed in; none is refused.
    assert len(statuses) == 20
    assert set(statuses) <= set(paths) | {reverse("plans:my_actions")}
    stored = Update.objects.filter(round=round_a, action__in=actions)
    assert stored.count() == 20
    assert sorted(u.note for u in stored) == sorted(f"Update number {n}" for n in range(20))
    assert all(u.state == "submitted" for u in stored)
