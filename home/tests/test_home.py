from django.db import connection
from django.test.utils import CaptureQueriesContext

from home.factories import StandardPageFactory, translate_page


def featured(pages):
    return [("featured_pages", {"heading": "Na początek", "pages": pages})]


def count_queries(client, path):
    client.get(path)  # warm the per-process caches
    with CaptureQueriesContext(connection) as queries:
        assert client.get(path).status_code == 200
    return len(queries)


def test_featured_cards_cost_the_same_queries_however_many(client, homes):
    home = homes["pl"]
    pages = [StandardPageFactory(parent=home, search_description=f"Opis {n}") for n in range(6)]
    home.body = featured(pages[:2])
    home.save_revision().publish()
    few = count_queries(client, "/pl/")
    home.body = featured(pages)
    home.save_revision().publish()
    assert count_queries(client, "/pl/") == few


def test_featured_cards_show_the_readers_language_where_translated(client, homes):
    guide = StandardPageFactory(parent=homes["pl"], title="Poradnik", slug="guide")
    english_home = homes["en"]
    english_home.body = featured([guide])  # chosen in Polish, as a copied block would be
    english_home.save_revision().publish()
    translate_page(guide, "en", title="Guide", search_description="How to help")
    html = client.get("/en/").content.decode()
    assert 'href="/en/guide/">Guide</a>' in html
    assert "How to help" in html
    assert "Poradnik" not in html
