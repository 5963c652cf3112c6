"""What a digest can hold, read in the digest's language: news, upcoming events, new library
items, open needs and offers.

A digest in Ukrainian lists what can be read in Ukrainian: pages in that locale (a page not
yet translated waits for its translation), and every open need or offer (written by the
organisations, in their own words, and not translated). Themes are kept as slugs, which are
the same in every language, so that a subscriber's themes match any version of an item.
"""

import datetime

from django.utils import timezone, translation
from django.utils.text import Truncator

from cms import mail
from directory.models import SupportListing
from event_calendar.listing import overlapping
from event_calendar.models import EventPage
from event_calendar.registrations import occurrence_label
from home.models import NewsPage
from library.models import LibraryItemPage

from .models.subscribers import ContentKind

EVENTS_AHEAD = datetime.timedelta(days=60)  # how far ahead a digest announces events
SUMMARY_WORDS = 40


def slugs(terms):
    return ",".join(sorted({term.slug for term in terms}))


def page_entry(kind, page, summary, when=""):
    return {
        "kind": kind,
        "object_id": page.pk,
        "title": page.title,
        "summary": Truncator(summary).words(SUMMARY_WORDS),
        "when": when,
        "url": page.get_full_url() or "",
        "theme_slugs": slugs(page.themes.all()),
    }


def listing_entry(listing, language):
    with translation.override(language):
        url = mail.absolute_url(listing.get_absolute_url())
        when = listing.get_kind_display()
    return {
        "kind": ContentKind.SUPPORT,
        "object_id": listing.pk,
        "title": f"{listing.organisation.name}: {listing.title}",
        "summary": Truncator(listing.description).words(SUMMARY_WORDS),
        "when": str(when),
        "url": url,
        "theme_slugs": slugs(listing.themes.all()),
    }


def next_occurrence(event, now):
    found = event.occurrences(now, now + EVENTS_AHEAD, list(event.exceptions.all()))
    return next((o for o in found if not o.is_cancelled), None)


def event_entry(event, occurrence, language):
    with translation.override(language):
        when = occurrence_label(occurrence)
    return page_entry(ContentKind.EVENTS, event, event.summary, when)


def in_language(model, language):
    return model.objects.live().public().filter(locale__language_code=language)


def news_since(language, since):
    pages = in_language(NewsPage, language).filter(first_published_at__gt=since)
    return [
        page_entry(ContentKind.NEWS, page, page.lead)
        for page in pages.order_by("-date", "-pk").prefetch_related("themes")
    ]


def library_since(language, since):
    pages = in_language(LibraryItemPage, language).filter(first_published_at__gt=since)
    return [
        page_entry(ContentKind.LIBRARY, page, page.summary)
        for page in pages.order_by("-first_published_at", "-pk").prefetch_related("themes")
    ]


def upcoming_events(language, now):
    """Events in ``language`` with an occurrence in the next ``EVENTS_AHEAD``, soonest first."""
    events = overlapping(in_language(EventPage, language), now, now + EVENTS_AHEAD).filter(
        is_cancelled=False
    )
    found = []
    for event in events.prefetch_related("themes", "exceptions"):
        occurrence = next_occurrence(event, now)
        if occurrence is not None:
            found.append((occurrence.start, event.pk, event_entry(event, occurrence, language)))
    return [entry for _start, _pk, entry in sorted(found, key=lambda row: row[:2])]


def listings_since(language, since):
    listings = (
        SupportListing.objects.open()
        .filter(created_at__gt=since)
        .select_related("organisation")
        .prefetch_related("themes")
        .order_by("-created_at", "-pk")
    )
    return [listing_entry(listing, language) for listing in listings]


def candidates(language, since, now=None):
    """Everything a digest in ``language`` could hold, by kind, in the order of a digest."""
    now = now or timezone.now()
    return [
        *news_since(language, since),
        *upcoming_events(language, now),
        *library_since(language, since),
        *listings_since(language, since),
    ]


def entry_for(kind, object_id, language, now=None):
    """The entry of one item chosen by kind and id (an Editor adding it by hand) in
    ``language``: its translation in that language when it has one. None when missing."""
    now = now or timezone.now()
    if kind == ContentKind.SUPPORT:
        listing = SupportListing.objects.filter(pk=object_id).select_related("organisation").first()
        return listing_entry(listing, language) if listing else None
    model = {
        ContentKind.NEWS: NewsPage,
        ContentKind.EVENTS: EventPage,
        ContentKind.LIBRARY: LibraryItemPage,
    }[kind]
    page = model.objects.filter(pk=object_id).first()
    if page is None:
        return None
    page = (
        model.objects.filter(
            translation_key=page.translation_key, locale__language_code=language
        ).first()
        or page
    )
    if kind == ContentKind.NEWS:
        return page_entry(kind, page, page.lead)
    if kind == ContentKind.LIBRARY:
        return page_entry(kind, page, page.summary)
    occurrence = next_occurrence(page, now)
    when = ""
    if occurrence is not None:
        with translation.override(language):
            when = occurrence_label(occurrence)
    return page_entry(kind, page, page.summary, when)
