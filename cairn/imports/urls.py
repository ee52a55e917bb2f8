from django.urls import path

from cairn.imports import views

app_name = "imports"
urlpatterns = [
    path("p/<slug:slug>/import/", views.start, name="start"),
    path("p/<slug:slug>/import/preview/", views.preview, name="preview"),
    path("p/<slug:slug>/import/items/<str:item_id>/", views.item, name="item"),
    path("p/<slug:slug>/import/correct/", views.correct, name="correct"),
    path("p/<slug:slug>/import/leads/", views.leads, name="leads"),
    path("p/<slug:slug>/import/confirm/", views.confirm, name="confirm"),
    path("p/<slug:slug>/import/cancel/", views.cancel, name="cancel"),
]
