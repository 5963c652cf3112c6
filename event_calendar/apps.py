from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class EventCalendarConfig(AppConfig):
    """The event calendar (DESIGN.md's ``events/``). The package cannot be called ``events``:
    opensearch-py imports the PyPI package of that name, which a local ``events`` package
    shadows (https://github.com/opensearch-project/opensearch-py/issues/756)."""

    name = "event_calendar"
    verbose_name = _("Events")
