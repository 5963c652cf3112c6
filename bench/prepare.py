"""Build a benchmark site with N news items, N library items, N organisations or N events and
count the SQL queries of each page; or, for the search section, the site tree and a corpus of N
items (``manage.py generate_corpus``), timed.

Run by bench/run.py in a fresh database with production-like settings; prints JSON.
"""

import datetime
import json
import sys
import time

import django
from django.core.management import call_command

django.setup()

from django.db import connection  # noqa: E402
from django.test import Client  # noqa: E402
from django.test.utils import CaptureQueriesContext  # noqa: E402

from cms.models import Region, TargetGroup, Theme  # noqa: E402
from directory.factories import OrganisationIndexPageFactory  # noqa: E402
from directory.models import (  # noqa: E402
    ListingKind,
    Organisation,
    OrganisationKind,
    StaffLanguage,
    Status,
    SupportCategory,
    SupportListing,
)
from event_calendar.factories import (  # noqa: E402
    WARSAW,
    EventIndexPageFactory,
    EventPageFactory,
)
from home.factories import NewsIndexPageFactory, NewsPageFactory, make_site_tree  # noqa: E402
from library.factories import LibraryIndexPageFactory, LibraryItemPageFactory  # noqa: E402

SECTIONS = {
    "news": (NewsIndexPageFactory, NewsPageFactory, "news"),
    "library": (LibraryIndexPageFactory, LibraryItemPageFactory, "library"),
}


def build(section, count):
    call_command("migrate", verbosity=0, interactive=False)
    call_command("collectstatic", verbosity=0, interactive=False)
    homes = make_site_tree()
    index_factory, item_factory, slug = SECTIONS[section]
    index = index_factory(parent=homes["pl"], slug=slug)
    themes = list(Theme.objects.filter(locale__language_code="pl")[:3])
    for _ in range(count):
        item = item_factory(parent=index)
        item.themes.set(themes)
        item.save_revision().publish()
    return index


def build_directory(count):
    """``count`` approved organisations (and a tenth as many pending ones, which the pages
    must skip), each with 1-3 themes, 1-2 regions, a target group and staff languages spread
    deterministically, and an open need for every tenth: bulk inserts, seconds for 10,000."""
    call_command("migrate", verbosity=0, interactive=False)
    call_command("collectstatic", verbosity=0, interactive=False)
    homes = make_site_tree()
    index = OrganisationIndexPageFactory(parent=homes["pl"])
    terms = {
        model: list(model.objects.filter(locale__language_code="pl").order_by("pk"))
        for model in (Theme, Region, TargetGroup)
    }
    themes, regions, groups = terms[Theme], terms[Region], terms[TargetGroup]
    kinds, languages = OrganisationKind.values, StaffLanguage.values
    organisations = Organisation.objects.bulk_create(
        [
            Organisation(
                name=f"Organizacja testowa {number:05d}",
                slug=f"organizacja-testowa-{number:05d}",
                kind=kinds[number % len(kinds)],
                city="Lublin",
                staff_languages=[languages[number % 4], languages[(number + 1) % 4]],
                description="Pomagamy rodzinom z Ukrainy znaleźć mieszkanie i pracę.",
                contact_name="Anna Kowalska",
                contact_email=f"kontakt{number}@example.org",
                status=Status.APPROVED if number % 11 else Status.PENDING,
                is_forum_member=number % 3 == 0,
            )
            for number in range(count + count // 10)
        ],
        batch_size=2000,
    )
    links = {"themes": [], "regions": [], "target_groups": []}
    for number, organisation in enumerate(organisations):
        chosen = {
            "themes": {themes[(number * k) % len(themes)] for k in (1, 3, 7)[: number % 3 + 1]},
            "regions": {regions[(number * k) % len(regions)] for k in (1, 5)[: number % 2 + 1]},
            "target_groups": {groups[number % len(groups)]},
        }
        for relation, related in chosen.items():
            through = getattr(Organisation, relation).through
            links[relation].extend(
                # The join table names its column after the term's model: theme, targetgroup.
                through(organisation_id=organisation.pk, **{term._meta.model_name: term})
                for term in related
            )
    for relation, rows in links.items():
        getattr(Organisation, relation).through.objects.bulk_create(rows, batch_size=5000)
    needs = SupportListing.objects.bulk_create(
        SupportListing(
            organisation=organisation,
            kind=ListingKind.NEED,
            category=SupportCategory.INTERPRETING,
            title=f"Potrzeba {number}",
            description="Szukamy tłumaczy.",
        )
        for number, organisation in enumerate(organisations[::10])
    )
    SupportListing.themes.through.objects.bulk_create(
        SupportListing.themes.through(supportlisting_id=need.pk, theme=themes[n % len(themes)])
        for n, need in enumerate(needs)
    )
    SupportListing.regions.through.objects.bulk_create(
        SupportListing.regions.through(supportlisting_id=need.pk, region=regions[n % len(regions)])
        for n, need in enumerate(needs)
    )
    if connection.vendor == "postgresql":
        # A live database has planner statistics; bulk inserts leave them to autovacuum,
        # which may run in the middle of the measurement and change the plans under it.
        with connection.cursor() as cursor:
            cursor.execute("ANALYZE")
    profile = organisations[1]  # approved: number 1 % 11 != 0
    # Filters that the profile's organisation matches, so the filtered page shows cards.
    theme, region = profile.themes.first(), profile.regions.first()
    filtered = f"theme={theme.slug}&region={region.slug}&language={profile.staff_languages[0]}"
    return {
        "listing": index.url,
        "filtered listing": f"{index.url}?{filtered}",
        "coverage": "/pl/organizations/coverage/",
        "coverage csv": "/pl/organizations/coverage/?format=csv",
        "profile": profile.get_absolute_url(),
        "api": "/api/organizations/?page_size=100&lang=uk",
    }


def build_events(count):
    """``count`` events over the coming year, a third of them regular meetings (weekly or
    monthly, a year long), with themes, types and formats spread deterministically."""
    call_command("migrate", verbosity=0, interactive=False)
    call_command("collectstatic", verbosity=0, interactive=False)
    homes = make_site_tree()
    index = EventIndexPageFactory(parent=homes["pl"])
    themes = list(Theme.objects.filter(locale__language_code="pl"))
    regions = list(Region.objects.filter(locale__language_code="pl"))
    today = datetime.datetime.now(WARSAW).replace(hour=17, minute=0, second=0, microsecond=0)
    types = ("forum-meeting", "training", "webinar", "conference")
    formats = ("in-person", "online", "hybrid")
    for n in range(count):
        start = today + datetime.timedelta(days=n * 365 // count, hours=n % 4)
        repeat = ("weekly", "monthly-nth", "")[n % 3]
        event = EventPageFactory(
            parent=index,
            start=start,
            end=start + datetime.timedelta(hours=2),
            event_type=types[n % len(types)],
            event_format=formats[n % len(formats)],
            region=regions[n % len(regions)],
            repeat=repeat,
            repeat_count=52 if repeat == "weekly" else 12 if repeat else None,
        )
        event.themes.set([themes[n % len(themes)], themes[(n + 3) % len(themes)]])
        event.save()
    month = today + datetime.timedelta(days=40)
    return {
        "listing": "/pl/events/",
        "filtered listing": "/pl/events/?type=training&format=online",
        "month": month.strftime("/pl/events/%Y/%m/"),
        "feed.ics": "/pl/events/feed.ics",
        "event": event.url,
        "api": "/api/events/?lang=uk",
    }


def build_search(count):
    """The site tree and a corpus of ``count`` items (``search.corpus``), not indexed: the
    benchmark times ``update_index`` on its own. Returns how long generating took."""
    call_command("migrate", verbosity=0, interactive=False)
    call_command("collectstatic", verbosity=0, interactive=False)
    make_site_tree()
    start = time.perf_counter()
    call_command("generate_corpus", str(count), seed=1, verbosity=0)
    seconds = time.perf_counter() - start
    return {
        "items": count,
        "seconds": round(seconds, 1),
        "items_per_second": round(count / seconds),
    }


def count_queries(paths):
    client = Client(HTTP_HOST="127.0.0.1")
    counts = {}
    for path in paths:
        client.get(path)  # warm the caches a running server would have warm
        with CaptureQueriesContext(connection) as queries:
            status = client.get(path).status_code
        if status != 200:
            raise SystemExit(f"{path} answered {status}")
        counts[path] = len(queries)
    return counts


if __name__ == "__main__":
    section = sys.argv[2] if len(sys.argv) > 2 else "news"
    if section == "search":
        print(json.dumps({"generated": build_search(int(sys.argv[1]))}))
        sys.exit()
    if section in ("directory", "events"):
        build_section = build_directory if section == "directory" else build_events
        pages = build_section(int(sys.argv[1]))
        paths = list(pages.values())
        labels = dict(zip(paths, pages, strict=True))
        print(json.dumps({"paths": paths, "labels": labels, "queries": count_queries(paths)}))
        sys.exit()
    index = build(section, int(sys.argv[1]))
    latest = index.get_children().live().last()
    paths = ["/pl/", index.url, latest.url]
    print(json.dumps({"paths": paths, "queries": count_queries(paths)}))
