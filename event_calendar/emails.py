"""The calendar's e-mails to registrants, each in the language they registered in.

The registration is stored before its e-mail goes: a mail server that refuses is logged and
reported to the caller (``False``), never raised, so nobody loses their place to it. Each
e-mail carries the occurrence as an iCalendar attachment and the signed link to the page
where the registrant sees or cancels their registration.
"""

import logging

import icalendar
from django.conf import settings
from django.core.mail import EmailMessage
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone, translation

from event_calendar import ical
from event_calendar.registrations import occurrence_label, signed_token, translation_of

logger = logging.getLogger(__name__)


def absolute(path):
    return settings.WAGTAILADMIN_BASE_URL.rstrip("/") + path


def manage_url(registration):
    """The registrant's own page, in the language of the active translation."""
    path = reverse("event_registration", kwargs={"signed_token": signed_token(registration)})
    return absolute(path)


def occurrence_ics(event, occurrence, url):
    """The occurrence as a calendar: the event itself when it happens once, else one
    VEVENT with the series' UID and a RECURRENCE-ID naming the occurrence, so a calendar
    app that also subscribed to the feed files it with the series instead of doubling it."""
    stamp = timezone.now().replace(microsecond=0)
    if not event.is_recurring:
        return ical.calendar_bytes([(event, [], url)], event.title)
    calendar = icalendar.Calendar.new(prodid=ical.PRODID, name=event.title)
    local_start = event.local_start
    original = timezone.datetime.combine(
        occurrence.original_date, local_start.timetz().replace(tzinfo=None), local_start.tzinfo
    )
    location = ", ".join(part for part in (event.venue, event.address) if part)
    calendar.add_component(
        icalendar.Event.new(
            uid=ical.uid_for(event),
            stamp=stamp,
            sequence=event.sequence,
            summary=event.title,
            description=f"{event.summary}\n\n{url}",
            location=location or None,
            url=url,
            start=occurrence.start.astimezone(local_start.tzinfo),
            end=occurrence.end.astimezone(local_start.tzinfo),
            recurrence_id=original,
            status="CONFIRMED",
        )
    )
    calendar.add_missing_timezones()
    return calendar.to_ical()


def send_registration_email(registration, template):
    """Send ``event_calendar/emails/<template>_subject.txt`` and ``…_body.txt`` to the
    registrant in their language, with the occurrence as ``event.ics``; ``True`` when the
    mail server took it. Templates: confirmed, waitlisted, promoted, reminder."""
    with translation.override(registration.language):
        event = translation_of(registration.event, registration.language)
        occurrence = registration.event.occurrence_on(registration.occurrence_date)
        url = absolute(event.url) if event.url else ""
        context = {
            "registration": registration,
            "event": event,
            "occurrence": occurrence,
            "when": occurrence_label(occurrence) if occurrence else registration.occurrence_date,
            "event_url": url,
            "manage_url": manage_url(registration),
        }
        subject = " ".join(
            render_to_string(f"event_calendar/emails/{template}_subject.txt", context).split()
        )
        body = render_to_string(f"event_calendar/emails/{template}_body.txt", context)
    message = EmailMessage(subject, body, settings.DEFAULT_FROM_EMAIL, [registration.email])
    if occurrence is not None and template != "waitlisted":
        message.attach("event.ics", occurrence_ics(event, occurrence, url), "text/calendar")
    try:
        message.send()
    except Exception:  # SMTP errors, refused recipients, DNS: whatever the server says
        logger.exception("Could not send %r for registration %s", template, registration.pk)
        return False
    return True
