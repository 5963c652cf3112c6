"""What an event's page shows beside its fields: its coming dates, how it repeats, its
organisers, terms and group in the reader's language, the online link (for registered
participants and members only), the calendar links and registration."""

import datetime
import json

from django.urls import reverse
from django.utils import timezone
from django.utils.formats import date_format
from django.utils.safestring import mark_safe
from django.utils.translation import gettext, ngettext

from cms.i18n import prefer_current_language
from cms.models import Region, Theme
from cms.privacy import public
from directory.models import WorkingGroupPage
from event_calendar.listing import UPCOMING_DAYS
from event_calendar.models import EventLanguage, EventRegistration, RegistrationStatus
from event_calendar.recurrence import local_zone
from event_calendar.registrations import registration_context, source_page
from event_calendar.views import feed_urls
from library.models.pages import is_member

DATES_SHOWN = 6


def repeat_description(event):
    """«Every 2 weeks; weekday: Tuesday; until 30 June 2027» in the reader's language."""
    if not event.repeat:
        return ""
    local_start = event.start.astimezone(local_zone())
    n = event.repeat_interval or 1
    if event.repeat == "weekly":
        parts = [ngettext("Every week", "Every %(n)d weeks", n) % {"n": n}]
    else:
        parts = [ngettext("Every month", "Every %(n)d months", n) % {"n": n}]
    parts.append(gettext("weekday: %(weekday)s") % {"weekday": date_format(local_start, "l")})
    if event.repeat == "monthly-nth":
        week = (local_start.day - 1) // 7 + 1
        parts.append(gettext("week %(week)d of the month") % {"week": week})
    elif event.repeat == "monthly-last":
        parts.append(gettext("the last week of the month"))
    if event.repeat_until:
        parts.append(gettext("until %(date)s") % {"date": date_format(event.repeat_until, "j E Y")})
    if event.repeat_count:
        count = event.repeat_count
        parts.append(ngettext("%(n)d time in all", "%(n)d times in all", count) % {"n": count})
    return "; ".join(parts)


def may_see_online_link(user, event):
    """Members, and whoever holds a confirmed registration for the event (any date)."""
    if not user.is_authenticated:
        return False
    if is_member(user):
        return True
    return EventRegistration.objects.filter(
        event=source_page(event), user=user, status=RegistrationStatus.CONFIRMED
    ).exists()


def language_names(codes):
    labels = dict(EventLanguage.choices)
    return [str(labels[code]) for code in codes if code in labels]


# What json.dumps leaves that could end a <script> element early.
SCRIPT_ESCAPES = {ord("<"): "\\u003C", ord(">"): "\\u003E", ord("&"): "\\u0026"}
ATTENDANCE = {
    "in-person": "https://schema.org/OfflineEventAttendanceMode",
    "online": "https://schema.org/OnlineEventAttendanceMode",
    "hybrid": "https://schema.org/MixedEventAttendanceMode",
}


def structured_data(request, page, organisers):
    """The event as schema.org JSON-LD, for search engines' event listings."""
    location = []
    if page.event_format != "online" and (page.venue or page.address):
        location.append({"@type": "Place", "name": page.venue, "address": page.address})
    if page.event_format != "in-person":
        location.append({"@type": "VirtualLocation", "url": request.build_absolute_uri()})
    data = {
        "@context": "https://schema.org",
        "@type": "Event",
        "name": page.title,
        "description": page.summary,
        "startDate": page.start.astimezone(local_zone()).isoformat(),
        "endDate": page.end.astimezone(local_zone()).isoformat(),
        "eventStatus": "https://schema.org/Event"
        + ("Cancelled" if page.is_cancelled else "Scheduled"),
        "eventAttendanceMode": ATTENDANCE[page.event_format],
        "location": location,
        "organizer": [{"@type": "Organization", "name": o.name} for o in organisers],
        "inLanguage": page.languages or [page.locale.language_code],
        "url": request.build_absolute_uri(page.get_url(request)),
    }
    return mark_safe(json.dumps(data, ensure_ascii=False).translate(SCRIPT_ESCAPES))  # noqa: S308


def event_page_context(request, page):
    now = timezone.now()
    dates = page.occurrences(now, now + datetime.timedelta(days=UPCOMING_DAYS))[:DATES_SHOWN]
    group = None
    if page.working_group_id:
        found = prefer_current_language(
            [page.working_group], public(WorkingGroupPage.objects.live())
        )
        group = found[0] if found else None
    region = prefer_current_language([page.region], Region.objects.all()) if page.region else []
    ics = reverse("event_ics", kwargs={"slug": page.slug})
    organisers = [o for o in page.organisers.all() if o.is_public]
    return {
        "dates": dates,
        "repeat_description": repeat_description(page),
        "local_themes": prefer_current_language(list(page.themes.all()), Theme.objects.all()),
        "local_region": region[0] if region else None,
        "working_group": group,
        "organisers": organisers,
        "structured_data": structured_data(request, page, organisers),
        "language_names": language_names(page.languages),
        "interpretation_names": language_names(page.interpretation),
        "show_online_link": bool(page.online_url) and may_see_online_link(request.user, page),
        "event_calendar_links": feed_urls(request, ics),
        "calendar_feed": feed_urls(request, reverse("events_feed")),
        "is_past": not dates and page.start < now,
        **registration_context(request, page),
    }
