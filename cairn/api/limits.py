"""What the API refuses before reading a request: too large a body, too many requests.

- The body: at most `CAIRN_API_MAX_BODY_BYTES` (5 MB). The middleware reads it here, before
  anything else does, so Django's smaller limit for forms does not apply to the API.
- The rate: per token (or per person, for a session), `CAIRN_API_READS_PER_MINUTE` reads
  and `CAIRN_API_WRITES_PER_MINUTE` changes in each clock minute, counted in Django's cache:
  per process with the default memory cache; shared by every web worker with
  `CAIRN_CACHE=database` (a table in the database, no other service), as in production.
  The database cache adds one to a count by reading and writing it, so two workers
  answering the same token at the very same moment may count one request between them:
  a burst can pass the limit by at most the number of workers.
"""

from __future__ import annotations

import io
import time
from collections.abc import Callable

from django.conf import settings
from django.core.cache import BaseCache, cache
from django.http import HttpRequest, HttpResponse
from ninja.throttling import BaseThrottle

from cairn.api.auth import caller_key, is_write
from cairn.api.problems import Problem

API_PREFIX = "/api/"
WINDOW = 60


def api_body_limit(get_response: Callable[[HttpRequest], HttpResponse]):
    """Middleware: refuse an API body over the limit with 413, and read the rest. An API
    address that no pattern matches at all (one with a newline in it, which the API's
    catch-all pattern cannot match) is answered as a problem too, never the web's page."""

    def middleware(request: HttpRequest) -> HttpResponse:
        if not request.path.startswith(API_PREFIX):
            return get_response(request)
        refused = read_body(request, settings.CAIRN_API_MAX_BODY_BYTES)
        if refused is not None:
            return refused.response(request)
        response = get_response(request)
        if response.status_code == 404 and response["Content-Type"].startswith("text/html"):
            return Problem("not-found", "There is no such address in the API.").response(request)
        return response

    return middleware


def read_body(request: HttpRequest, limit: int) -> Problem | None:
    megabytes = f"{limit / 1_000_000:g} MB"
    too_large = Problem("body-too-large", f"Send at most {megabytes} ({limit:,} bytes).")
    try:
        length = int(request.META.get("CONTENT_LENGTH") or 0)
    except ValueError:
        return Problem("bad-request", "The Content-Length header is not a number.")
    if length > limit:
        return too_large
    if length <= 0:
        return None
    body = request.read(limit + 1)
    if len(body) > limit:
        return too_large
    # As HttpRequest.body would have kept it, without Django's limit for forms.
    request._body = body  # type: ignore[attr-defined]
    request._stream = io.BytesIO(body)  # type: ignore[attr-defined]
    return None


class PerMinute(BaseThrottle):
    """Reads and writes counted apart, per token or person, in fixed one-minute windows."""

    def __init__(self, counts: BaseCache | None = None) -> None:
        self.retry_after = WINDOW
        self.counts = counts
        """Where the counts are kept: Django's default cache unless given another."""

    def allow_request(self, request: HttpRequest) -> bool:
        writing = is_write(request)
        allowed = (
            settings.CAIRN_API_WRITES_PER_MINUTE if writing else settings.CAIRN_API_READS_PER_MINUTE
        )
        now = time.time()
        window = int(now // WINDOW)
        key = f"cairn-api-rate:{'write' if writing else 'read'}:{caller_key(request)}:{window}"
        counts = self.counts or cache
        counts.add(key, 0, timeout=WINDOW * 2)
        try:
            count = counts.incr(key)
        except ValueError:  # evicted between add and incr
            counts.set(key, 1, timeout=WINDOW * 2)
            count = 1
        if count > allowed:
            self.retry_after = max(1, int((window + 1) * WINDOW - now) + 1)
            request.api_rate_refused = (  # type: ignore[attr-defined]
                f"{allowed} {'changes' if writing else 'reads'} a minute"
            )
            return False
        return True

    def wait(self) -> float:
        return float(self.retry_after)
