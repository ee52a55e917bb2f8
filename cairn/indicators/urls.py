from django.urls import path

from cairn.indicators import views

app_name = "indicators"
urlpatterns = [
    path("p/<slug:slug>/indicators/", views.partnership_indicators, name="partnership"),
    path("p/<slug:slug>/indicators/new/", views.indicator_create, name="create"),
    path("p/<slug:slug>/indicators/library/", views.library, name="library"),
    path("indicators/<int:pk>/", views.indicator_page, name="indicator"),
    path("indicators/<int:pk>/edit/", views.indicator_edit, name="edit"),
    path("indicators/<int:pk>/figures/", views.value_record, name="record"),
]
