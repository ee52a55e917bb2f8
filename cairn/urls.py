from django.contrib import admin
from django.urls import include, path

from cairn.accounts import views as account_views

urlpatterns = [
    path("", account_views.home, name="home"),
    path("admin/", admin.site.urls),
    path("", include("cairn.accounts.urls")),
    path("", include("cairn.plans.urls")),
    path("", include("cairn.imports.urls")),
    path("", include("cairn.reviews.urls")),
    path("", include("cairn.reports.urls")),
]

handler403 = "cairn.accounts.views.forbidden"
handler404 = "cairn.accounts.views.not_found"
handler500 = "cairn.accounts.views.server_error"
