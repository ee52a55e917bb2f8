"""/api/v1/: the API's operations (django-ninja), its OpenAPI description and its docs page.

Every API address answers for itself (401 as problem details, not a redirect to the sign-in
page), so each is marked as needing no sign-in for Django's LoginRequiredMiddleware.
"""

from django.contrib.auth.decorators import login_not_required
from django.http import HttpRequest, HttpResponse, JsonResponse
from django.urls import URLPattern, URLResolver, path, re_path, reverse
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_GET

from cairn.api import indicators, item_changes, items, plans, reports, reviews
from cairn.api.api import api
from cairn.api.docs import docs_page
from cairn.api.problems import Problem

# item_changes adds its operations to items' router (one address, one URL pattern).
assert item_changes.router is items.router
for module in (plans, items, reviews, reports, indicators):
    api.add_router("", module.router)


@login_not_required
@require_GET
def index(request: HttpRequest) -> JsonResponse:
    """Where to start: the description and the docs page."""
    return JsonResponse(
        {
            "title": api.title,
            "version": api.version,
            "openapi": reverse("api:openapi-json"),
            "docs": reverse("api:docs"),
        }
    )


@csrf_exempt  # it changes nothing, whatever the method
@login_not_required
def no_such_address(request: HttpRequest) -> HttpResponse:
    """Any other address under /api/v1/ (an id that is not a number, say): 404 as problem
    details, like every other refusal of the API, not the web's page."""
    return Problem("not-found", "There is no such address in the API.").response(request)


def _answering_for_themselves(
    patterns: list[URLPattern | URLResolver],
) -> list[URLPattern | URLResolver]:
    for pattern in patterns:
        if isinstance(pattern, URLPattern):
            if pattern.name == "openapi-json":  # the description is read, never posted to
                pattern.callback = require_GET(pattern.callback)
            pattern.callback.login_required = False  # type: ignore[attr-defined]
    return patterns


urlpatterns = [
    *_answering_for_themselves([p for p in api.urls[0] if getattr(p, "name", "") != "api-root"]),
    path("docs/", docs_page, name="docs"),
    # Named as django-ninja names its root, which it reverses to place the description.
    path("", index, name="api-root"),
    re_path(r"^.+$", no_such_address, name="no_such_address"),
]
app_name = "api"
