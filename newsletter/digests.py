"""Composing a digest, and choosing what of it each subscriber receives.

``compose`` pre-selects by date: the news and library items first published since the
previous digest in the language started sending (or the last 30 days before the first),
the events of the coming weeks and the open needs and offers posted since. The Editor then
reorders, drops and adds items in the admin. ``items_for`` is the one rule of who gets
what: the kinds a subscriber chose, and, when they chose themes, the items about one of
them (an item with no theme goes to everyone who takes its kind).
"""

import datetime
from collections import defaultdict

from django.db import transaction
from django.utils import timezone, translation
from django.utils.translation import gettext

from newsletter import content
from newsletter.models import Digest, DigestItem, Subscriber

FIRST_DIGEST_LOOKBACK = datetime.timedelta(days=30)


def previous_start(language):
    """When the previous digest in ``language`` started sending, or None."""
    last = (
        Digest.objects.filter(language=language, queued_at__isnull=False)
        .order_by("-queued_at")
        .first()
    )
    return last.queued_at if last else None


def default_subject(language, now):
    with translation.override(language):
        return gettext("Forum “Razem” newsletter, %(date)s") % {
            "date": timezone.localdate(now).strftime("%d.%m.%Y")
        }


def compose(language, user=None, now=None):
    """A draft digest in ``language`` of what is new since the previous one."""
    now = now or timezone.now()
    since = previous_start(language) or now - FIRST_DIGEST_LOOKBACK
    entries = content.candidates(language, since, now)
    with transaction.atomic():
        digest = Digest.objects.create(
            language=language,
            subject=default_subject(language, now),
            since=since,
            created_by=user if user is not None and user.is_authenticated else None,
        )
        DigestItem.objects.bulk_create(
            DigestItem(digest=digest, sort_order=n, **entry) for n, entry in enumerate(entries)
        )
    return digest


def fill_in(digest):
    """Fill in the items an Editor added by kind and id only (an empty title)."""
    for item in digest.items.filter(title=""):
        entry = content.entry_for(item.kind, item.object_id, digest.language)
        if entry is None:
            continue
        for name in ("title", "summary", "when", "url", "theme_slugs"):
            if not getattr(item, name):
                setattr(item, name, entry[name])
        item.save()


def theme_slugs_of(subscriber_ids):
    """The slugs of the themes each of ``subscriber_ids`` follows, in one query. Sending
    reads them so rather than with ``prefetch_related``, whose caches tie each subscriber in
    a reference cycle that only the garbage collector frees: memory would grow with the
    number of subscribers until it runs."""
    found = defaultdict(set)
    rows = Subscriber.themes.through.objects.filter(subscriber_id__in=subscriber_ids)
    for subscriber_id, slug in rows.values_list("subscriber_id", "theme__slug"):
        found[subscriber_id].add(slug)
    return found


def select(items, kinds, themes):
    """The ``items`` (in order) for someone who takes ``kinds`` and follows ``themes``
    (slugs; none: every theme)."""
    kinds = set(kinds)
    return [
        item
        for item in items
        if item.kind in kinds and (not themes or not item.themes or item.themes & themes)
    ]


def items_for(subscriber, items, themes=None):
    """The items of a digest (in order) that ``subscriber`` receives; ``themes``: the slugs
    of their themes when already known (``theme_slugs_of``)."""
    if themes is None:
        themes = {theme.slug for theme in subscriber.themes.all()}
    return select(items, subscriber.kinds, themes)
