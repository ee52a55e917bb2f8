from functools import cache
from pathlib import Path

from django.contrib.auth import views as auth_views
from django.contrib.auth.decorators import login_not_required
from django.db import DatabaseError, connection
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.views.decorators.cache import cache_control, never_cache
from django.views.decorators.csrf import requires_csrf_token
from django.views.decorators.http import require_GET, require_http_methods

from cairn.accounts.access import partnerships_for

FAVICON = Path(__file__).resolve().parent.parent / "static" / "favicon.ico"


def home(request: HttpRequest) -> HttpResponse:
    """Straight to the person's partnership; a choice when they belong to several."""
    partnerships = list(partnerships_for(request.user))
    if len(partnerships) == 1 and not request.user.is_host_admin:
        return redirect("accounts:partnership", partnerships[0].slug)
    return render(request, "accounts/home.html", {"partnerships": partnerships})


@require_http_methods(["GET", "POST"])
def sign_out(request: HttpRequest) -> HttpResponse:
    """A button to sign out (a link followed, or a bookmark, is a GET); the button posts."""
    if request.method == "POST":
        return auth_views.LogoutView.as_view()(request)
    return render(request, "accounts/sign_out.html")


@cache
def _favicon() -> bytes:
    return FAVICON.read_bytes()


@login_not_required
@require_GET
@cache_control(max_age=86400, public=True)
def favicon(request: HttpRequest) -> HttpResponse:
    """/favicon.ico, which browsers and feed readers ask for whatever the page says."""
    return HttpResponse(_favicon(), content_type="image/vnd.microsoft.icon")


@login_not_required
@require_GET
@never_cache
def health(request: HttpRequest) -> HttpResponse:
    """/health/ for a load balancer: 200 "ok" when this server can reach its database, 503
    when it cannot. One query; no session, nothing about anyone."""
    try:
        with connection.cursor() as cursor:
            cursor.execute("SELECT 1")
    except DatabaseError:
        return HttpResponse("database unavailable", content_type="text/plain", status=503)
    return HttpResponse("ok", content_type="text/plain")


@login_not_required
@requires_csrf_token
def forbidden(request: HttpRequest, exception: Exception | None = None) -> HttpResponse:
    return render(request, "403.html", {"reason": str(exception or "")}, status=403)


@login_not_required
def not_found(request: HttpRequest, exception: Exception | None = None) -> HttpResponse:
    return render(request, "404.html", status=404)


@login_not_required
@requires_csrf_token
def server_error(request: HttpRequest) -> HttpResponse:
    # No context processors: the error may have come from the database.
    from django.template import loader

    return HttpResponse(loader.get_template("500.html").render({}), status=500)
