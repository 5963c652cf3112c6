"""The demo events, for ``seed_demo``: the Polish pages of ``event_calendar.demo_content``
under the calendar section, and registrations filling the training nearly to capacity.

Idempotent: events are found by slug under the calendar and updated in place, the cancelled
occurrence by its date, and registrations are made only for an event that has none. Working
groups are looked up by slug; one that does not exist (yet) is left out of the event.
"""

import datetime

from django.utils import timezone

from directory.models import WorkingGroupPage
from event_calendar import demo_content as content
from event_calendar.models import EventException, EventPage, EventRegistration
from event_calendar.recurrence import local_zone
from event_calendar.registrations import CONSENT_VERSION

SOURCE_LANGUAGE = "pl"
DEMO_NAMES = ("Anna", "Olena", "Marta", "Iryna", "Piotr", "Oksana", "Tomasz", "Natalia")


def seed_events(events_index, say=print):
    """The Polish demo events under ``events_index``, made or updated; returns them."""
    monday = timezone.localdate() - datetime.timedelta(days=timezone.localdate().weekday())
    events = [publish_event(events_index, entry, monday) for entry in content.EVENTS]
    registered = sum(
        seed_registrations(event, entry)
        for event, entry in zip(events, content.EVENTS, strict=True)
    )
    say(f"Events: {len(events)} published, {registered} demo registrations.")
    return events


def event_start(entry, monday):
    day = monday + datetime.timedelta(weeks=entry["weeks"], days=entry["weekday"])
    if entry.get("repeat") == "monthly-nth":
        day = day.replace(day=1)  # the first such weekday of that month
        day += datetime.timedelta(days=(entry["weekday"] - day.weekday()) % 7)
    return datetime.datetime.combine(day, datetime.time(entry["hour"]), local_zone())


def working_group(slug):
    if not slug:
        return None
    return WorkingGroupPage.objects.filter(slug=slug, locale__language_code=SOURCE_LANGUAGE).first()


def publish_event(events_index, entry, monday):
    page = events_index.get_children().filter(slug=entry["slug"]).specific().first()
    created = page is None
    if created:
        page = EventPage(slug=entry["slug"])
    start = event_start(entry, monday)
    for name, text in entry["fields"].items():
        setattr(page, name, getattr(text, SOURCE_LANGUAGE))
    page.start = start
    page.end = start + datetime.timedelta(hours=entry["hours"])
    for name in ("event_type", "event_format", "registration", "online_url"):
        setattr(page, name, entry.get(name, ""))
    page.repeat = entry.get("repeat", "")
    page.repeat_interval = entry.get("repeat_interval", 1)
    page.repeat_count = entry.get("repeat_count")
    page.capacity = entry.get("capacity")
    page.languages = entry.get("languages", [])
    page.interpretation = entry.get("interpretation", [])
    page.working_group = working_group(entry.get("working_group"))
    if created:
        events_index.add_child(instance=page)
    if "cancelled_occurrence" in entry:
        occurrences = page.occurrences(start, start + datetime.timedelta(days=400), exceptions=[])
        cancelled = occurrences[entry["cancelled_occurrence"] - 1].original_date
        page.exceptions.exclude(original_date=cancelled).delete()
        if not page.exceptions.filter(original_date=cancelled).exists():
            page.exceptions.add(EventException(original_date=cancelled, is_cancelled=True))
    page.save_revision().publish()
    return EventPage.objects.get(pk=page.pk)


def seed_registrations(event, entry):
    """``registrants`` demo people for the event's first occurrence, once."""
    count = entry.get("registrants", 0)
    if not count or EventRegistration.objects.filter(event=event).exists():
        return 0
    day = event.local_start.date()
    now = timezone.now()
    EventRegistration.objects.bulk_create(
        EventRegistration(
            event=event,
            occurrence_date=day,
            name=f"{DEMO_NAMES[index % len(DEMO_NAMES)]} {index + 1}",
            email=f"uczestnik{index + 1}@example.org",
            language=("pl", "uk", "en")[index % 3],
            consent_given_at=now,
            consent_version=CONSENT_VERSION,
        )
        for index in range(count)
    )
    return count
