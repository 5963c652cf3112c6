from django.urls import path

from cms.accounts import views

urlpatterns = [
    path("account/", views.AccountView.as_view(), name="account"),
    path("account/login/", views.LoginView.as_view(), name="account_login"),
    path("account/logout/", views.LogoutView.as_view(), name="account_logout"),
    path(
        "account/password-reset/",
        views.PasswordResetView.as_view(),
        name="account_password_reset",
    ),
    path(
        "account/password-reset/sent/",
        views.PasswordResetDoneView.as_view(),
        name="account_password_reset_done",
    ),
    path(
        "account/password-reset/<uidb64>/<token>/",
        views.PasswordResetConfirmView.as_view(),
        name="account_password_reset_confirm",
    ),
    path(
        "account/password-reset/done/",
        views.PasswordResetCompleteView.as_view(),
        name="account_password_reset_complete",
    ),
]
