from django.urls import path

from newsletter import views

urlpatterns = [
    path("newsletter/", views.SubscribeView.as_view(), name="newsletter_subscribe"),
    path(
        "newsletter/check-your-inbox/",
        views.SubscribeDoneView.as_view(),
        name="newsletter_subscribe_done",
    ),
    path("newsletter/confirm/<str:token>/", views.ConfirmView.as_view(), name="newsletter_confirm"),
    path(
        "newsletter/unsubscribe/<str:token>/",
        views.UnsubscribeView.as_view(),
        name="newsletter_unsubscribe",
    ),
    path(
        "newsletter/preferences/<str:token>/",
        views.PreferencesView.as_view(),
        name="newsletter_preferences",
    ),
    path("account/newsletter/", views.MemberSubscribeView.as_view(), name="newsletter_account"),
]
