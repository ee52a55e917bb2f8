from django.contrib.auth.decorators import login_not_required
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.views.decorators.csrf import requires_csrf_token

from cairn.accounts.access import partnerships_for


def home(request: HttpRequest) -> HttpResponse:
    """Straight to the person's partnership; a choice when they belong to several."""
    partnerships = list(partnerships_for(request.user))
    if len(partnerships) == 1 and not request.user.is_host_admin:
        return redirect("accounts:partnership", partnerships[0].slug)
    return render(request, "accounts/home.html", {"partnerships": partnerships})


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
