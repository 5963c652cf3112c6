"""Events as iCalendar (RFC 5545), for feeds, single events and e-mail attachments.

One VEVENT per event, with a UID that is the same in every language and for ever (the
page's translation key), an RRULE for a regular meeting, EXDATE for its cancelled
occurrences and a VEVENT with RECURRENCE-ID for each moved one. Times carry the Warsaw
time zone, defined in a VTIMEZONE, so calendar apps show them right in any zone; SEQUENCE
grows with each publication (``EventPage.save``) so that apps take the change.
"""

import datetime

import icalendar
from django.conf import settings
from django.utils import timezone

from event_calendar.recurrence import local_zone

PRODID = "-//Forum Razem//Event calendar//PL"
UID_DOMAIN = "forumrazem.org.pl"
RRULE_FREQUENCY = {"weekly": "WEEKLY", "monthly-nth": "MONTHLY", "monthly-last": "MONTHLY"}
WEEKDAYS = ("MO", "TU", "WE", "TH", "FR", "SA", "SU")


def uid_for(event):
    return f"{event.translation_key}@{UID_DOMAIN}"


def recurrence_rule(event, local_start):
    """The RRULE of ``event`` as icalendar wants it, or None for a single event."""
    if not event.repeat:
        return None
    rule = {"FREQ": RRULE_FREQUENCY[event.repeat], "INTERVAL": event.repeat_interval or 1}
    weekday = WEEKDAYS[local_start.weekday()]
    if event.repeat == "monthly-nth":
        rule["BYDAY"] = f"{(local_start.day - 1) // 7 + 1}{weekday}"
    elif event.repeat == "monthly-last":
        rule["BYDAY"] = f"-1{weekday}"
    if event.repeat_until:
        # UNTIL is in UTC when DTSTART has a time zone (RFC 5545, 3.3.10).
        last = datetime.datetime.combine(event.repeat_until, datetime.time.max, local_zone())
        rule["UNTIL"] = last.astimezone(datetime.UTC).replace(microsecond=0)
    if event.repeat_count:
        rule["COUNT"] = event.repeat_count
    return rule


def _moment(value, all_day):
    local = value.astimezone(local_zone())
    return local.date() if all_day else local


def vevents(event, exceptions, url, stamp):
    """The VEVENT of ``event`` and one per moved occurrence; ``exceptions`` as fetched."""
    local_start = event.start.astimezone(local_zone())
    description = f"{event.summary}\n\n{url}" if url else event.summary
    location = ", ".join(part for part in (event.venue, event.address) if part)
    common = {
        "uid": uid_for(event),
        "stamp": stamp,
        "sequence": event.sequence,
        "summary": event.title,
        "description": description,
        "location": location or None,
        "url": url or None,
    }
    end = event.end
    if event.all_day:
        # An all-day event ends on the day after its last day (DTEND is exclusive).
        end = event.end.astimezone(local_zone()) + datetime.timedelta(days=1)
    main = icalendar.Event.new(
        start=_moment(event.start, event.all_day),
        end=_moment(end, event.all_day),
        status="CANCELLED" if event.is_cancelled else "CONFIRMED",
        **common,
    )
    rule = recurrence_rule(event, local_start)
    found = [main]
    if rule:
        main.add("rrule", rule)
        for exception in exceptions:
            original = datetime.datetime.combine(
                exception.original_date, local_start.timetz().replace(tzinfo=None), local_zone()
            )
            original = _moment(original, event.all_day)
            if exception.is_cancelled:
                main.add("exdate", original)
            elif exception.new_start:
                new_end = exception.new_end or exception.new_start + (event.end - event.start)
                found.append(
                    icalendar.Event.new(
                        start=_moment(exception.new_start, event.all_day),
                        end=_moment(new_end, event.all_day),
                        recurrence_id=original,
                        status="CONFIRMED",
                        **common,
                    )
                )
    return found


def build_calendar(entries, name):
    """A calendar of ``entries``: (event, exceptions, absolute url) triples."""
    calendar = icalendar.Calendar.new(prodid=PRODID, name=name)
    calendar.add("x-wr-timezone", settings.TIME_ZONE)
    stamp = timezone.now().replace(microsecond=0)
    for event, exceptions, url in entries:
        for vevent in vevents(event, exceptions, url, stamp):
            calendar.add_component(vevent)
    calendar.add_missing_timezones()
    return calendar


def calendar_bytes(entries, name):
    return build_calendar(entries, name).to_ical()
