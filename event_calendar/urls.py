from django.urls import path

from event_calendar import registration_views, views

# Before Wagtail's page serving: /{lang}/events/ itself and each event are pages
# (event_calendar/models/pages.py).
urlpatterns = [
    path("events/feed.ics", views.calendar_feed, name="events_feed"),
    path(
        "events/working-groups/<slug:slug>/feed.ics",
        views.working_group_feed,
        name="events_working_group_feed",
    ),
    path("events/<int:year>/<int:month>/", views.MonthView.as_view(), name="events_month"),
    path("events/<slug:slug>/event.ics", views.event_ics, name="event_ics"),
    path(
        "events/<slug:slug>/register/",
        registration_views.RegisterView.as_view(),
        name="event_register",
    ),
    path(
        "events/registrations/<str:signed_token>/",
        registration_views.ManageRegistrationView.as_view(),
        name="event_registration",
    ),
]
