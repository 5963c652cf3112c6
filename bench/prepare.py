"""Build a benchmark site with N news items or N library items and count the SQL queries of
each page.

Run by bench/run.py in a fresh database with production-like settings; prints JSON.
"""

import json
import sys

import django
from django.core.management import call_command

django.setup()

from django.db import connection  # noqa: E402
from django.test import Client  # noqa: E402
from django.test.utils import CaptureQueriesContext  # noqa: E402

from cms.models import Theme  # noqa: E402
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
    index = build(section, int(sys.argv[1]))
    latest = index.get_children().live().last()
    paths = ["/pl/", index.url, latest.url]
    print(json.dumps({"paths": paths, "queries": count_queries(paths)}))
