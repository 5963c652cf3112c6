from django.urls import path

from event_calendar import api

# Outside the language prefix: /api/events/ (DESIGN.md).
urlpatterns = [path("events/", api.events, name="api_events")]
