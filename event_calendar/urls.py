from django.urls import path, register_converter

from event_calendar import registration_views, views


class MonthConverter:
    """A month written with two digits, as in /events/2027/01/ (the language switcher
    rebuilds the URL from the resolved value, so the value must turn back into «01»)."""

    regex = "[0-9]{2}"

    def to_python(self, value):
        return int(value)

    def to_url(self, value):
        return f"{int(value):02d}"


register_converter(MonthConverter, "month")

# Before Wagtail's page serving: /{lang}/events/ itself and each event are pages
# (event_calendar/models/pages.py).
urlpatterns = [
    path("events/feed.ics", views.calendar_feed, name="events_feed"),
    path(
        "events/working-groups/<slug:slug>/feed.ics",
        views.working_group_feed,
        name="events_working_group_feed",
    ),
    path("events/<int:year>/<month:month>/", views.MonthView.as_view(), name="events_month"),
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
