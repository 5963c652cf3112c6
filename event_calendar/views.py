"""The calendar's views beside its pages: the listing's context, the month view
(``/{lang}/events/<yyyy>/<mm>/``) and the iCalendar feeds (``feed.ics``, one per working
group, ``<slug>/event.ics``).

The feeds take the listing's filters (``?theme=…&type=…``), so a reader can subscribe to
the view they are looking at; an unknown value answers 400 with a message, never a
silently different calendar.
"""

import calendar
import datetime

from django.core.paginator import Paginator
from django.http import Http404, HttpResponse, HttpResponseBadRequest
from django.shortcuts import get_object_or_404
from django.urls import reverse
from django.utils import timezone
from django.utils.http import content_disposition_header, urlencode
from django.utils.translation import gettext
from django.views.generic import TemplateView
from wagtail.models import Locale

from cms.privacy import public
from directory.models import WorkingGroupPage
from event_calendar import ical, listing
from event_calendar.models import EventIndexPage
from event_calendar.recurrence import local_zone

PAGE_SIZE = 20
# The month view answers for these years only: links to the next month end somewhere.
FIRST_YEAR, LAST_YEAR = 2000, 2100


def calendar_index(request):
    """The calendar page of the reader's language; 404 when there is none."""
    return get_object_or_404(EventIndexPage.objects.live(), locale=Locale.get_active())


def query_string(params):
    return f"?{urlencode(params)}" if params else ""


def feed_urls(request, path, params=None):
    """The feed at ``path`` as an https link (download) and a webcal link (subscribe)."""
    absolute = request.build_absolute_uri(path + query_string(params or {}))
    return {"http": absolute, "webcal": "webcal://" + absolute.split("://", 1)[1]}


def listing_context(request, page):
    """The listing's filters, facets, page of occurrences and links (EventIndexPage)."""
    vocabularies = listing.Vocabularies.load()
    filters = listing.CalendarFilters.from_params(request.GET, vocabularies)
    window_start, window_end = listing.listing_window(filters)
    found = listing.occurrences_between(listing.published_events(), window_start, window_end)
    if filters.past:
        found.reverse()  # the archive starts with the most recent
    shown = [o for o in found if filters.matches(o.event)]
    occurrences_page = Paginator(shown, PAGE_SIZE).get_page(request.GET.get("page"))
    for occurrence in occurrences_page.object_list:
        occurrence.event.local_themes = [
            vocabularies.local("theme", theme) for theme in occurrence.event.themes.all()
        ]
    today = timezone.now().astimezone(local_zone())
    feed_params = filters.as_params(past=None)
    return {
        "filters": filters,
        "facets": listing.facets(found, filters, vocabularies),
        "occurrences_page": occurrences_page,
        "month_url": month_url(today.year, today.month, feed_params),
        "feed": feed_urls(request, reverse("events_feed"), feed_params),
        "switch_url": page.get_url(request)
        + query_string(filters.as_params(past=None if filters.past else "1")),
        "canonical_url": request.build_absolute_uri(page.get_url(request)),
    }


def month_url(year, month, params=None):
    path = reverse("events_month", kwargs={"year": year, "month": f"{month:02d}"})
    return path + query_string(params or {})


def shifted(year, month, by):
    """The (year, month) ``by`` months away, or None outside the years the view answers."""
    index = year * 12 + month - 1 + by
    year, month = divmod(index, 12)
    return (year, month + 1) if FIRST_YEAR <= year <= LAST_YEAR else None


class MonthView(TemplateView):
    """One month as a table of weeks (Monday first), each day with its occurrences."""

    template_name = "event_calendar/month.html"

    def get(self, request, year, month):
        if not (1 <= month <= 12 and FIRST_YEAR <= year <= LAST_YEAR):
            raise Http404
        return super().get(request, year=year, month=month)

    def get_context_data(self, year, month, **kwargs):
        page = calendar_index(self.request)
        vocabularies = listing.Vocabularies.load()
        filters = listing.CalendarFilters.from_params(self.request.GET, vocabularies)
        params = filters.as_params(past=None)
        window_start, window_end = listing.month_window(year, month)
        found = listing.occurrences_between(listing.published_events(), window_start, window_end)
        shown = [o for o in found if filters.matches(o.event)]
        by_day = {}
        for occurrence in shown:
            # An event of several days is on each of them.
            day = max(occurrence.start.date(), window_start.date())
            last = min(
                (occurrence.end - datetime.timedelta(microseconds=1)).date(),
                (window_end - datetime.timedelta(days=1)).date(),
            )
            while day <= last:
                by_day.setdefault(day, []).append(occurrence)
                day += datetime.timedelta(days=1)
        weeks = [
            [
                {"date": day, "in_month": day.month == month, "occurrences": by_day.get(day, [])}
                for day in week
            ]
            for week in calendar.Calendar(firstweekday=0).monthdatescalendar(year, month)
        ]
        around = {"previous": shifted(year, month, -1), "next": shifted(year, month, 1)}
        return super().get_context_data(
            # Not ``page``: the language switcher then keeps the month (cms.i18n).
            calendar_page=page,
            month_start=datetime.date(year, month, 1),
            weeks=weeks,
            occurrences=shown,
            filters=filters,
            facets=listing.facets(found, filters, vocabularies),
            links={
                name: month_url(*value, params) if value else None for name, value in around.items()
            },
            listing_url=page.get_url(self.request) + query_string(params),
            feed=feed_urls(self.request, reverse("events_feed"), params),
            **kwargs,
        )


def calendar_response(entries, name, filename):
    response = HttpResponse(
        ical.calendar_bytes(entries, name), content_type="text/calendar; charset=utf-8"
    )
    # Slugs may be Ukrainian: the header helper encodes them (RFC 6266).
    response["Content-Disposition"] = content_disposition_header(False, filename)
    return response


def entries_of(request, events):
    """What ``ical.build_calendar`` takes: (event, its exceptions, its absolute URL)."""
    return [
        (event, list(event.exceptions.all()), request.build_absolute_uri(event.get_url(request)))
        for event in events
    ]


def filtered_feed(request, events, name, filename):
    """The feed of ``events`` narrowed by the query string's filters; 400 on a bad one."""
    filters = listing.CalendarFilters.from_params(request.GET, listing.Vocabularies.load())
    if filters.errors:
        return HttpResponseBadRequest(
            " ".join(filters.errors.values()), content_type="text/plain; charset=utf-8"
        )
    chosen = [event for event in listing.feed_events(events) if filters.matches(event)]
    return calendar_response(entries_of(request, chosen), name, filename)


def calendar_feed(request):
    """``/{lang}/events/feed.ics``: the whole calendar (or the filtered part of it)."""
    name = gettext("Forum “Razem”: events")
    return filtered_feed(request, listing.published_events(), name, "forum-razem.ics")


def working_group_feed(request, slug):
    """``/{lang}/events/working-groups/<slug>/feed.ics``: the meetings of one group."""
    group = get_object_or_404(
        public(WorkingGroupPage.objects.live()), slug=slug, locale=Locale.get_active()
    )
    events = listing.published_events().filter(working_group__translation_key=group.translation_key)
    return filtered_feed(request, events, group.title, f"{slug}.ics")


def event_ics(request, slug):
    """``/{lang}/events/<slug>/event.ics``: one event with its regular dates and exceptions."""
    events = listing.published_events().filter(slug=slug, locale=Locale.get_active())
    # Its own file is complete: no bound on the past.
    entries = entries_of(request, events.prefetch_related("exceptions"))
    if not entries:
        raise Http404
    return calendar_response(entries, entries[0][0].title, f"{slug}.ics")
