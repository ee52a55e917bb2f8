from django.urls import path

from cairn.accounts import (
    account_views,
    agency_views,
    people_views,
    second_factor_views,
    token_views,
    views,
)

app_name = "accounts"
urlpatterns = [
    # Password, then the code of a second factor: accounts/second_factor_views.py
    path("sign-in/", second_factor_views.sign_in, name="sign_in"),
    path("account/second-factor/", second_factor_views.second_factor_page, name="second_factor"),
    path(
        "account/second-factor/recovery-codes/",
        second_factor_views.recovery_codes,
        name="recovery_codes",
    ),
    path(
        "account/second-factor/new-recovery-codes/",
        second_factor_views.new_recovery_codes,
        name="new_recovery_codes",
    ),
    path(
        "account/second-factor/turn-off/",
        second_factor_views.turn_off,
        name="second_factor_off",
    ),
    path("sign-out/", views.sign_out, name="sign_out"),
    # accounts:partnership, the partnership's home page, lists its plans: its view is
    # plans.views.reading.partnership_home, added to this namespace in cairn/urls.py.
    # People of a partnership: accounts/people_views.py
    path("p/<slug:slug>/people/", people_views.people_page, name="people"),
    path("p/<slug:slug>/people/invite/", people_views.invite_page, name="invite"),
    path("p/<slug:slug>/people/<int:pk>/", people_views.person_page, name="person"),
    path("p/<slug:slug>/people/<int:pk>/role/", people_views.change_role_page, name="change_role"),
    path(
        "p/<slug:slug>/people/<int:pk>/deactivate/",
        people_views.deactivate_page,
        name="deactivate",
    ),
    path(
        "p/<slug:slug>/people/<int:pk>/resend/",
        people_views.resend_invitation,
        name="resend_invitation",
    ),
    # A person's own account: accounts/account_views.py
    path("invitation/<str:token>/", account_views.accept_invitation, name="accept_invitation"),
    path("account/", account_views.account_page, name="account"),
    path("account/password/", account_views.password_change, name="password_change"),
    path("account/tokens/new/", token_views.token_create, name="token_create"),
    path("account/tokens/<int:pk>/revoke/", token_views.token_revoke, name="token_revoke"),
    path("account/password/changed/", account_views.password_changed, name="password_changed"),
    path("password-reset/", account_views.password_reset, name="password_reset"),
    path("password-reset/sent/", account_views.password_reset_sent, name="password_reset_sent"),
    path(
        "password-reset/<uidb64>/<token>/",
        account_views.password_reset_confirm,
        name="password_reset_confirm",
    ),
    path(
        "password-reset/done/",
        account_views.password_reset_complete,
        name="password_reset_complete",
    ),
    # The coordinator's Agencies pages: accounts/agency_views.py
    path("p/<slug:slug>/agencies/", agency_views.agency_list, name="agencies"),
    path("p/<slug:slug>/agencies/new/", agency_views.agency_create, name="agency_create"),
    path("agencies/<int:pk>/", agency_views.agency_edit, name="agency_edit"),
    path("agencies/<int:pk>/merge/", agency_views.agency_merge, name="agency_merge"),
    path(
        "agencies/<int:pk>/merge/<int:into>/",
        agency_views.agency_merge_confirm,
        name="agency_merge_confirm",
    ),
    path("agencies/<int:pk>/archive/", agency_views.agency_archive, name="agency_archive"),
    path("agencies/<int:pk>/restore/", agency_views.agency_restore, name="agency_restore"),
]
