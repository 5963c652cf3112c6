"""Factories for the calendar, used by tests, the seed and the benchmarks."""

import datetime
from zoneinfo import ZoneInfo

import factory
import wagtail_factories

from event_calendar.models import EventIndexPage, EventPage, EventType

WARSAW = ZoneInfo("Europe/Warsaw")


class EventIndexPageFactory(wagtail_factories.PageFactory):
    title = "Wydarzenia"
    slug = "events"

    class Meta:
        model = EventIndexPage


class EventPageFactory(wagtail_factories.PageFactory):
    """A two-hour Forum meeting at 17:00 Warsaw time, one day further for each event."""

    title = factory.Sequence(lambda n: f"Spotkanie {n}")
    slug = factory.Sequence(lambda n: f"spotkanie-{n}")
    summary = "Spotkanie organizacji członkowskich Forum."
    event_type = EventType.FORUM_MEETING
    start = factory.Sequence(
        lambda n: datetime.datetime(2026, 12, 1, 17, tzinfo=WARSAW) + datetime.timedelta(days=n)
    )
    end = factory.LazyAttribute(lambda event: event.start + datetime.timedelta(hours=2))

    class Meta:
        model = EventPage
