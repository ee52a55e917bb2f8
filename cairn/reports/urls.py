from django.urls import path

from cairn.reports import views

app_name = "reports"
urlpatterns = [
    path("plans/<int:pk>/dashboard/", views.dashboard, name="dashboard"),
    path("plans/<int:pk>/board-report/", views.board_report, name="board_report"),
    path("plans/<int:pk>/publication/", views.publication, name="publication"),
    path(
        "plans/<int:pk>/publication/preview/",
        views.publication_preview,
        name="publication_preview",
    ),
    path(
        "plans/<int:pk>/publication/withdraw/",
        views.withdraw_publication,
        name="withdraw_publication",
    ),
    path("public/<str:token>/", views.public_page, name="public"),
    path(
        "public/<str:token>/indicators.csv",
        views.public_indicators_csv,
        name="public_indicators_csv",
    ),
    path(
        "death-reviews/<int:pk>/action-plan.<str:format>",
        views.review_export,
        name="review_export",
    ),
]
