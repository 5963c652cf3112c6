"""The calendar's e-mails to registrants, each in the language they registered in.

The words live in ``event_calendar/emails/<template>_subject.txt`` and ``…_body.txt``;
``cms.mail`` frames them with the Forum's footer and postal address and sends them. The
registration is stored before its e-mail goes: a mail server that refuses is logged and
reported to the caller (``False``), never raised, so nobody loses their place to it. Each
e-mail carries the occurrence as an iCalendar attachment and the signed link to the page
where the registrant sees or cancels their registration.
"""

import icalendar
from django.urls import reverse
from django.utils import timezone, translation

from cms import mail
from event_calendar import ical
from event_calendar.registrations import occurrence_label, signed_token, translation_of


def manage_url(registration):
    """The registrant's own page, in the language of the active translation."""
    path = reverse("event_registration", kwargs={"signed_token": signed_token(registration)})
    return mail.absolute_url(path)


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
    """Send the calendar's mail ``template`` (confirmed, waitlisted, promoted, reminder) to
    the registrant in their language, with the occurrence as ``event.ics`` unless they only
    wait for a place; ``True`` when the mail server took it."""
    language = registration.language
    with translation.override(language):
        event = translation_of(registration.event, language)
        occurrence = registration.event.occurrence_on(registration.occurrence_date)
        url = mail.absolute_url(event.url) if event.url else ""
        context = {
            "registration": registration,
            "event": event,
            "occurrence": occurrence,
            "when": occurrence_label(occurrence) if occurrence else registration.occurrence_date,
            "event_url": url,
            "manage_url": manage_url(registration),
        }
    attachments = []
    if occurrence is not None and template != "waitlisted":
        attachments.append(("event.ics", occurrence_ics(event, occurrence, url), "text/calendar"))
    return mail.send(
        f"event_calendar/emails/{template}",
        context,
        language,
        [registration.email],
        attachments=attachments,
    )
