from django.contrib import admin
from django.contrib.auth.decorators import login_not_required
from django.urls import include, path
from django.views.generic import RedirectView

from cairn.accounts import urls as account_urls
from cairn.accounts import views as account_views
from cairn.plans.views import reading as plan_pages

# The partnership's home page lists its plans, so its view lives in plans (accounts sits
# below plans and may not import it); its name stays accounts:partnership.
account_pages = [
    *account_urls.urlpatterns,
    path("p/<slug:slug>/", plan_pages.partnership_home, name="partnership"),
]

urlpatterns = [
    path("", account_views.home, name="home"),
    path("favicon.ico", account_views.favicon, name="favicon"),
    path("health/", account_views.health, name="health"),  # for load balancers
    # The Django admin signs in through Cairn's own page, so it asks for the second factor.
    path(
        "admin/login/",
        login_not_required(
            RedirectView.as_view(pattern_name="accounts:sign_in", query_string=True)
        ),
        name="admin_sign_in",
    ),
    path("admin/", admin.site.urls),
    path("api/v1/", include("cairn.api.urls")),
    path("", include((account_pages, account_urls.app_name))),
    path("", include("cairn.plans.urls")),
    path("", include("cairn.imports.urls")),
    path("", include("cairn.reviews.urls")),
    path("", include("cairn.indicators.urls")),
    path("", include("cairn.deathreviews.urls")),
    path("", include("cairn.reports.urls")),
]

handler403 = "cairn.accounts.views.forbidden"
handler404 = "cairn.accounts.views.not_found"
handler500 = "cairn.accounts.views.server_error"
