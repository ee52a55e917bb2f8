from django.urls import path

from cairn.reviews import views

app_name = "reviews"
urlpatterns = [
    path("plans/<int:plan_pk>/rounds/new/", views.open_round_page, name="open_round"),
    path("plans/<int:plan_pk>/rounds/", views.rounds_page, name="rounds"),
    path("rounds/<int:pk>/", views.round_page, name="round"),
    path("rounds/<int:pk>/state/", views.change_round_state, name="change_state"),
    path("rounds/<int:pk>/chase/", views.chase, name="chase"),
    path("rounds/<int:round_pk>/actions/<int:action_pk>/", views.update_page, name="update"),
    path("updates/<int:pk>/review/", views.review_update, name="review"),
    path(
        "rounds/<int:pk>/sheets/<int:person_pk>/update-sheet.xlsx",
        views.download_sheet,
        name="download_sheet",
    ),
    path(
        "rounds/<int:pk>/leads/<int:person_pk>/updates/",
        views.several_updates,
        name="my_updates",
    ),
    path("rounds/<int:pk>/sheets/<int:person_pk>/upload/", views.upload_sheet, name="upload_sheet"),
    path(
        "rounds/<int:pk>/sheets/<int:person_pk>/confirm/",
        views.confirm_sheet,
        name="confirm_sheet",
    ),
    path("sign-in/link/", views.link_sign_in, name="link_sign_in"),
]
