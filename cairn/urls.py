from django.contrib import admin
from django.urls import include, path

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
    path("admin/", admin.site.urls),
    path("", include((account_pages, account_urls.app_name))),
    path("", include("cairn.plans.urls")),
    path("", include("cairn.imports.urls")),
    path("", include("cairn.reviews.urls")),
    path("", include("cairn.indicators.urls")),
    path("", include("cairn.reports.urls")),
]

handler403 = "cairn.accounts.views.forbidden"
handler404 = "cairn.accounts.views.not_found"
handler500 = "cairn.accounts.views.server_error"
