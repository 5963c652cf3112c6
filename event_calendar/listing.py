"""What a reader asks the calendar for: the occurrences of events in a window, filtered, with
the counts of every filter option, for the listing, the month view, the feeds and the API.

An event is shown in the reader's language where it is translated, else in Polish. A filter
names a term, a working group or a type by its value in the URL and matches by translation
key, so a translated page pointing at the Polish terms is found too. The database is asked a
fixed number of questions (the events, their themes, their exceptions, the vocabularies);
occurrences are expanded, filtered and counted in Python, within a bounded window.
"""

import datetime
from collections import Counter
from dataclasses import dataclass, field

from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext

from cms.facets import FacetOption
from cms.i18n import in_reader_language, reader_terms
from cms.models import Region, Theme
from cms.privacy import public
from directory.models import WorkingGroupPage
from event_calendar.models import EventFormat, EventPage, EventType
from event_calendar.recurrence import local_zone

UPCOMING_DAYS = 366  # how far ahead the listing, the home page and the groups look
ARCHIVE_DAYS = 366  # how far back ``?past=1`` looks; older months are in the month view
FEED_PAST_DAYS = 366  # events that ended longer ago leave the feeds


def published_events():
    return public(EventPage.objects.live())


def overlapping(events, window_start, window_end):
    """``events`` that may have an occurrence in the window: single events that overlap it,
    regular meetings that started before its end and repeat until after its start."""
    single = Q(repeat="", start__lt=window_end, end__gt=window_start)
    regular = (
        ~Q(repeat="")
        & Q(start__lt=window_end)
        & (Q(repeat_until__isnull=True) | Q(repeat_until__gte=window_start.date()))
    )
    return events.filter(single | regular)


def in_reader_language_with_details(events):
    """``events`` (a queryset of any language) once each, in the reader's language where
    translated, with what a card shows fetched up front: four queries."""
    return in_reader_language(
        events.select_related("region", "working_group").prefetch_related("themes", "exceptions")
    )


def expand(events, window_start, window_end):
    """The occurrences of ``events`` (fetched with their exceptions) in the window, in order."""
    found = []
    for event in events:
        found.extend(event.occurrences(window_start, window_end, list(event.exceptions.all())))
    return sorted(found, key=lambda o: (o.start, o.event.title, o.event.pk))


def occurrences_between(events, window_start, window_end):
    """The occurrences of ``events`` (a queryset) in the window, in the reader's language."""
    chosen = in_reader_language_with_details(overlapping(events, window_start, window_end))
    return expand(chosen, window_start, window_end)


def upcoming(events, limit):
    """The next ``limit`` occurrences of ``events`` that will take place."""
    now = timezone.now()
    found = occurrences_between(events, now, now + datetime.timedelta(days=UPCOMING_DAYS))
    return [o for o in found if not (o.is_cancelled or o.event.is_cancelled)][:limit]


@dataclass
class Vocabularies:
    """What the filters offer, in the reader's language: three queries per request."""

    theme: list
    region: list
    working_group: list
    by_key: dict = field(default_factory=dict, repr=False)

    @classmethod
    def load(cls):
        return cls(
            theme=reader_terms(Theme),
            region=reader_terms(Region),
            working_group=sorted(
                in_reader_language(public(WorkingGroupPage.objects.live())),
                key=lambda group: group.title,
            ),
        )

    def local(self, name, item):
        """``item`` (a term or group as an event points at it) in the reader's language."""
        if item is None:
            return None
        if name not in self.by_key:
            self.by_key[name] = {entry.translation_key: entry for entry in getattr(self, name)}
        return self.by_key[name].get(item.translation_key, item)


# Filters whose value is a term or a page, matched by translation key.
KEYED_FILTERS = ("theme", "region", "working_group")
CHOICE_FILTERS = {"type": (EventType, "event_type"), "format": (EventFormat, "event_format")}


@dataclass
class CalendarFilters:
    """The checked filters. An unknown value is dropped and explained in ``errors`` (keyed
    by parameter): the pages show the message, the feeds and the API answer 400 with it."""

    theme: Theme | None = None
    region: Region | None = None
    working_group: WorkingGroupPage | None = None
    type: str = ""
    format: str = ""
    past: bool = False
    errors: dict = field(default_factory=dict)

    @classmethod
    def from_params(cls, params, vocabularies):
        filters = cls()
        unknown = {
            "theme": gettext("There is no theme “%(value)s”; showing every theme."),
            "region": gettext("There is no region “%(value)s”; showing every region."),
            "working_group": gettext(
                "There is no working group “%(value)s”; showing every working group."
            ),
            "type": gettext("There is no type of event “%(value)s”; showing every type."),
            "format": gettext("There is no format “%(value)s”; showing every format."),
        }
        for name in KEYED_FILTERS:
            value = params.get(name, "")
            if value:
                found = next((i for i in getattr(vocabularies, name) if i.slug == value), None)
                setattr(filters, name, found)
                if found is None:
                    filters.errors[name] = unknown[name] % {"value": value[:50]}
        for name, (choices, _attribute) in CHOICE_FILTERS.items():
            value = params.get(name, "")
            if value in choices.values:
                setattr(filters, name, value)
            elif value:
                filters.errors[name] = unknown[name] % {"value": value[:50]}
        past = params.get("past", "")
        if past == "1":
            filters.past = True
        elif past:
            filters.errors["past"] = gettext(
                "“past” takes only the value 1 (the archive); showing coming events."
            )
        return filters

    @property
    def active(self):
        return any(getattr(self, name) for name in (*KEYED_FILTERS, *CHOICE_FILTERS))

    def matches(self, event, skip=""):
        """Whether ``event`` passes every filter but ``skip`` (a facet counts its options
        with the other filters only)."""
        if self.theme and skip != "theme":
            keys = {theme.translation_key for theme in event.themes.all()}
            if self.theme.translation_key not in keys:
                return False
        for name in ("region", "working_group"):
            chosen = getattr(self, name)
            if chosen and skip != name:
                own = getattr(event, name)
                if own is None or own.translation_key != chosen.translation_key:
                    return False
        for name, (_choices, attribute) in CHOICE_FILTERS.items():
            chosen = getattr(self, name)
            if chosen and skip != name and getattr(event, attribute) != chosen:
                return False
        return True

    def as_params(self, **changes):
        """The filters as URL parameters, with ``changes`` applied (``None`` drops one)."""
        params = {
            name: getattr(self, name).slug if getattr(self, name) else "" for name in KEYED_FILTERS
        }
        params.update(type=self.type, format=self.format, past="1" if self.past else "")
        params.update(changes)
        return {key: value for key, value in params.items() if value}


def facets(occurrences, filters, vocabularies):
    """The options of every filter, each with how many occurrences it would show given the
    other active filters; counted in Python over the occurrences already expanded."""
    result = {}
    for name in KEYED_FILTERS:
        counts = Counter()
        for occurrence in occurrences:
            event = occurrence.event
            if not filters.matches(event, skip=name):
                continue
            if name == "theme":
                counts.update({theme.translation_key for theme in event.themes.all()})
            elif getattr(event, name) is not None:
                counts[getattr(event, name).translation_key] += 1
        chosen = getattr(filters, name)
        result[name] = [
            FacetOption(item.slug, str(item), counts[item.translation_key], item == chosen)
            for item in getattr(vocabularies, name)
        ]
    for name, (choices, attribute) in CHOICE_FILTERS.items():
        counts = Counter(
            getattr(o.event, attribute) for o in occurrences if filters.matches(o.event, skip=name)
        )
        result[name] = [
            FacetOption(value, label, counts[value], value == getattr(filters, name))
            for value, label in choices.choices
        ]
    return result


def listing_window(filters, now=None):
    """The window the listing shows: the coming year, or with ``?past=1`` the past one."""
    now = now or timezone.now()
    if filters.past:
        return now - datetime.timedelta(days=ARCHIVE_DAYS), now
    return now, now + datetime.timedelta(days=UPCOMING_DAYS)


def month_window(year, month):
    """The first moment of the month and of the next, in Warsaw time."""
    start = datetime.datetime(year, month, 1, tzinfo=local_zone())
    following = datetime.datetime(year + month // 12, month % 12 + 1, 1, tzinfo=local_zone())
    return start, following


def feed_events(events):
    """The events a feed carries: all coming ones and those of the past year, in the
    reader's language, with their exceptions (RRULE and EXDATE; calendar apps expand)."""
    since = timezone.now() - datetime.timedelta(days=FEED_PAST_DAYS)
    recent = events.filter(
        Q(repeat="", end__gt=since)
        | (~Q(repeat="") & (Q(repeat_until__isnull=True) | Q(repeat_until__gte=since.date())))
    )
    return in_reader_language_with_details(recent)
