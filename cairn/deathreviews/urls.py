from django.urls import path

from cairn.deathreviews import public_views, views

app_name = "deathreviews"
urlpatterns = [
    path("p/<slug:slug>/death-reviews/", views.review_list, name="list"),
    path("p/<slug:slug>/death-reviews/new/", views.review_create, name="create"),
    path("p/<slug:slug>/death-reviews/access/", views.access_page, name="access"),
    path("p/<slug:slug>/death-reviews/themes/", views.themes_page, name="themes"),
    path("p/<slug:slug>/death-reviews/themes/new/", views.theme_create, name="theme_create"),
    path("death-reviews/themes/<int:pk>/", views.theme_page, name="theme"),
    path("death-reviews/<int:pk>/", views.review_page, name="review"),
    path("death-reviews/<int:pk>/edit/", views.review_edit, name="edit"),
    path(
        "death-reviews/<int:pk>/recommendations/new/",
        views.recommendation_create,
        name="recommendation_create",
    ),
    path(
        "death-reviews/recommendations/<int:pk>/actions/new/",
        views.action_create,
        name="action_create",
    ),
    path(
        "death-reviews/recommendations/<int:pk>/sign-off/",
        views.recommendation_sign_off,
        name="recommendation_sign_off",
    ),
    path("death-reviews/actions/<int:pk>/sign-off/", views.action_sign_off, name="action_sign_off"),
    path("death-reviews/<int:pk>/import/", views.review_import, name="import"),
    path("death-reviews/<int:pk>/publication/", public_views.publication, name="publication"),
    path(
        "death-reviews/<int:pk>/publication/withdraw/",
        public_views.withdraw_publication,
        name="withdraw_publication",
    ),
    path("public/death-reviews/<str:token>/", public_views.public_review, name="public"),
]
