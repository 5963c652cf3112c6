"""``/api/events/``: the occurrences of published events in a window, as JSON.

Parameters: ``from`` and ``to`` (dates, YYYY-MM-DD, Warsaw days, both included; by default
today and 30 days on; at most ``MAX_DAYS`` apart), ``lang`` (pl, uk or en; default pl) for
the titles, links and messages, ``page`` and ``page_size``, and the calendar's filters
``theme``, ``region``, ``working_group``, ``type``, ``format`` (``event_calendar/listing.py``).
A bad parameter answers 400 with a message in ``lang``. The online link never leaves the
server: it is for registered participants and members.
"""

import datetime

from django.conf import settings
from django.http import JsonResponse
from django.utils import timezone, translation
from django.utils.translation import gettext
from django.views.decorators.http import require_GET

from cms.params import LATEST_DATE, BadRequest, date_param, positive_int
from directory.api import page_link
from event_calendar import listing
from event_calendar.recurrence import local_zone

DEFAULT_DAYS = 30
MAX_DAYS = 366
DEFAULT_PAGE_SIZE = 50
MAX_PAGE_SIZE = 200
LANGUAGE_CODES = [code for code, _name in settings.LANGUAGES]


def window(params):
    today = timezone.now().astimezone(local_zone()).date()
    first = date_param(params, "from", today)
    last = date_param(params, "to", min(first + datetime.timedelta(days=DEFAULT_DAYS), LATEST_DATE))
    if last < first:
        raise BadRequest(gettext("“to” must not be before “from”."))
    if (last - first).days >= MAX_DAYS:
        raise BadRequest(gettext("Ask for at most %(days)d days at a time.") % {"days": MAX_DAYS})
    start = datetime.datetime.combine(first, datetime.time.min, local_zone())
    end = datetime.datetime.combine(
        last + datetime.timedelta(days=1), datetime.time.min, local_zone()
    )
    return first, last, start, end


def serialise(request, occurrence, vocabularies):
    event = occurrence.event
    region = vocabularies.local("region", event.region)
    group = vocabularies.local("working_group", event.working_group)
    return {
        "title": event.title,
        "summary": event.summary,
        "url": request.build_absolute_uri(event.get_url(request)),
        "language": event.locale.language_code,
        "start": occurrence.start.isoformat(),
        "end": occurrence.end.isoformat(),
        "time_zone": settings.TIME_ZONE,
        "all_day": event.all_day,
        "occurrence_date": occurrence.key,
        "cancelled": occurrence.is_cancelled or event.is_cancelled,
        "moved": occurrence.is_moved,
        "type": event.event_type,
        "format": event.event_format,
        "venue": event.venue,
        "address": event.address,
        "region": {"slug": region.slug, "name": region.name} if region else None,
        "working_group": {"slug": group.slug, "title": group.title} if group else None,
        "themes": [
            {"slug": theme.slug, "name": theme.name}
            for theme in (vocabularies.local("theme", t) for t in event.themes.all())
        ],
        "languages": event.languages,
        "interpretation": event.interpretation,
        "registration": event.registration,
    }


def answer(request):
    params = request.GET
    first, last, start, end = window(params)
    page = positive_int(params, "page", 1)
    page_size = positive_int(params, "page_size", DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE)
    vocabularies = listing.Vocabularies.load()
    filters = listing.CalendarFilters.from_params(params, vocabularies)
    if filters.errors:
        raise BadRequest(" ".join(str(message) for message in filters.errors.values()))
    found = [
        o
        for o in listing.occurrences_between(listing.published_events(), start, end)
        if filters.matches(o.event)
    ]
    last_page = max(1, -(-len(found) // page_size))
    if page > last_page:
        raise BadRequest(
            gettext("There is no page %(page)d: the last page is %(last)d.")
            % {"page": page, "last": last_page}
        )
    shown = found[(page - 1) * page_size : page * page_size]
    return {
        "from": first.isoformat(),
        "to": last.isoformat(),
        "count": len(found),
        "next": page_link(request, page + 1) if page < last_page else None,
        "previous": page_link(request, page - 1) if page > 1 else None,
        "results": [serialise(request, o, vocabularies) for o in shown],
    }


@require_GET
def events(request):
    lang = request.GET.get("lang", settings.LANGUAGE_CODE)
    if lang not in LANGUAGE_CODES:
        # No language to answer in: the one LocaleMiddleware chose from Accept-Language.
        message = gettext("Unknown language “%(value)s”: use one of %(codes)s.") % {
            "value": lang[:20],
            "codes": ", ".join(LANGUAGE_CODES),
        }
        return JsonResponse({"error": message}, status=400)
    with translation.override(lang):
        try:
            return JsonResponse(answer(request), json_dumps_params={"ensure_ascii": False})
        except BadRequest as error:
            return JsonResponse(
                {"error": str(error)}, status=400, json_dumps_params={"ensure_ascii": False}
            )
