from django.urls import path

from cairn.imports import people_views, strategy_views, views

app_name = "imports"
urlpatterns = [
    path("p/<slug:slug>/import/", views.start, name="start"),
    path("p/<slug:slug>/import/progress/", views.progress, name="progress"),
    path("p/<slug:slug>/import/preview/", views.preview, name="preview"),
    path("p/<slug:slug>/import/items/<str:item_id>/", views.item, name="item"),
    path("p/<slug:slug>/import/correct/", views.correct, name="correct"),
    path("p/<slug:slug>/import/leads/", views.leads, name="leads"),
    path("p/<slug:slug>/import/column/", views.column, name="column"),
    path("p/<slug:slug>/import/confirm/", views.confirm, name="confirm"),
    path("p/<slug:slug>/import/cancel/", views.cancel, name="cancel"),
    # A strategy's vision and aims from a plan document: imports/strategy_views.py
    path(
        "strategies/<int:pk>/import-vision-and-aims/",
        strategy_views.strategy_text,
        name="strategy_text",
    ),
    # Inviting many people from a list: imports/people_views.py
    path("p/<slug:slug>/people/invite-many/", people_views.invite_many, name="invite_many"),
    path(
        "p/<slug:slug>/people/invite-many/confirm/",
        people_views.confirm_invite_many,
        name="confirm_invite_many",
    ),
]
