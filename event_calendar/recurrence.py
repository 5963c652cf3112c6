"""Occurrences of events: a single event, or a regular meeting expanded within a window.

Recurrence is computed in Warsaw wall-clock time and made aware afterwards, so a meeting at
18:00 stays at 18:00 across the changes to and from summer time (python-dateutil's rrule on
naive local times). An exception cancels one occurrence or moves it; an occurrence is known
by the date it would have had (``original_date``), which registrations and iCal's
RECURRENCE-ID refer to.
"""

import datetime
from dataclasses import dataclass
from zoneinfo import ZoneInfo

from dateutil import rrule
from django.conf import settings

MAX_OCCURRENCES = 500  # per event and window: a bound on the work one request can cause


def local_zone():
    return ZoneInfo(settings.TIME_ZONE)


@dataclass(frozen=True)
class Occurrence:
    """One time an event takes place (or would have, if ``is_cancelled``); times in Warsaw."""

    event: object
    original_date: datetime.date
    start: datetime.datetime
    end: datetime.datetime
    is_cancelled: bool = False
    is_moved: bool = False

    @property
    def key(self):
        """How registrations and links name the occurrence: its original date."""
        return self.original_date.isoformat()


def rule_for(event, dtstart):
    """The dateutil rule of ``event`` starting at naive local ``dtstart``; None if single."""
    if not event.repeat:
        return None
    weekday = rrule.weekday(dtstart.weekday())
    options = {"interval": event.repeat_interval or 1, "dtstart": dtstart}
    if event.repeat_until:
        options["until"] = datetime.datetime.combine(event.repeat_until, datetime.time.max)
    if event.repeat_count:
        options["count"] = event.repeat_count
    if event.repeat == "weekly":
        return rrule.rrule(rrule.WEEKLY, **options)
    if event.repeat == "monthly-nth":
        return rrule.rrule(rrule.MONTHLY, byweekday=weekday((dtstart.day - 1) // 7 + 1), **options)
    if event.repeat == "monthly-last":
        return rrule.rrule(rrule.MONTHLY, byweekday=weekday(-1), **options)
    raise ValueError(f"Unknown repeat {event.repeat!r}")


def expand(event, exceptions, window_start, window_end):
    """The occurrences of ``event`` that overlap [window_start, window_end), in order.

    ``exceptions`` are the event's ``EventException`` rows (passed in so that a listing
    fetches them for all its events in one query).
    """
    zone = local_zone()
    start = event.start.astimezone(zone)
    duration = event.end - event.start
    naive_start = start.replace(tzinfo=None)
    rule = rule_for(event, naive_start)
    by_date = {exception.original_date: exception for exception in exceptions}

    # Occurrences that end inside the window may have started before it.
    search_from = (window_start - duration).astimezone(zone).replace(tzinfo=None)
    search_to = window_end.astimezone(zone).replace(tzinfo=None)
    if rule is None:
        starts = [naive_start] if search_from <= naive_start < search_to else []
    else:
        starts = rule.between(search_from, search_to, inc=True)[:MAX_OCCURRENCES]
    found = {}
    for naive in starts:
        occurrence_start = naive.replace(tzinfo=zone)
        found[naive.date()] = Occurrence(
            event, naive.date(), occurrence_start, occurrence_start + duration
        )
    for original_date, exception in by_date.items():
        if exception.is_cancelled:
            if original_date in found:
                found[original_date] = Occurrence(
                    event,
                    original_date,
                    found[original_date].start,
                    found[original_date].end,
                    is_cancelled=True,
                )
        elif exception.new_start:
            found.pop(original_date, None)
            new_end = exception.new_end or exception.new_start + duration
            if exception.new_start < window_end and new_end > window_start:
                found[original_date] = Occurrence(
                    event,
                    original_date,
                    exception.new_start.astimezone(zone),
                    new_end.astimezone(zone),
                    is_moved=True,
                )
    return sorted(
        (o for o in found.values() if o.end > window_start and o.start < window_end),
        key=lambda o: (o.start, o.original_date),
    )


def occurrence_on(event, exceptions, original_date):
    """The occurrence of ``event`` that was (or is) due on ``original_date``, or None."""
    zone = local_zone()
    day_start = datetime.datetime.combine(original_date, datetime.time.min, tzinfo=zone)
    by_date = {exception.original_date: exception for exception in exceptions}
    exception = by_date.get(original_date)
    if exception is not None and exception.new_start:
        # A moved occurrence is found by where it would have been: expand that day alone,
        # without the exception, then apply it.
        plain = expand(event, [], day_start, day_start + datetime.timedelta(days=1))
        if not any(o.original_date == original_date for o in plain):
            return None
        duration = event.end - event.start
        new_end = exception.new_end or exception.new_start + duration
        return Occurrence(
            event,
            original_date,
            exception.new_start.astimezone(zone),
            new_end.astimezone(zone),
            is_moved=True,
        )
    for occurrence in expand(event, exceptions, day_start, day_start + datetime.timedelta(days=1)):
        if occurrence.original_date == original_date:
            return occurrence
    return None
