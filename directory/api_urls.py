from django.urls import path

from directory import api

# Outside the language prefix: /api/organizations/ (DESIGN.md).
urlpatterns = [path("organizations/", api.organisations, name="api_organisations")]
