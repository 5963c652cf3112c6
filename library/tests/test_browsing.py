import datetime
import xml.etree.ElementTree as ET

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from wagtail.search.backends import get_search_backend

from cms.models import Region, Theme
from home.factories import translate_page
from library.factories import LibraryDocumentFactory, LibraryItemPageFactory
from library.models import Download, ResourceType


def theme(slug):
    return Theme.objects.get(slug=slug, locale__language_code="pl")


def make_item(index, themes=(), regions=(), **fields):
    item = LibraryItemPageFactory(parent=index, **fields)
    if themes or regions:
        item.themes.set(themes)
        item.regions.set(regions)
        item.save_revision().publish()
    # A search engine shows new documents after its refresh interval; searches here must
    # see the item at once (the database backend needs nothing).
    get_search_backend().refresh_indexes()
    return item


@pytest.fixture
def items(library_index):
    """Four materials that differ in theme, type, language and year."""
    return {
        "a": make_item(
            library_index,
            title="Poradnik mieszkaniowy",
            resource_type=ResourceType.GUIDE,
            languages=["pl"],
            publication_date=datetime.date(2024, 5, 1),
            themes=[theme("housing")],
        ),
        "b": make_item(
            library_index,
            title="Raport o zdrowiu",
            resource_type=ResourceType.REPORT,
            languages=["uk", "en"],
            publication_date=datetime.date(2025, 2, 1),
            themes=[theme("health")],
        ),
        "c": make_item(
            library_index,
            title="Raport o mieszkaniach",
            resource_type=ResourceType.REPORT,
            languages=["pl", "uk"],
            publication_date=datetime.date(2025, 6, 1),
            themes=[theme("housing")],
        ),
        "d": make_item(
            library_index,
            title="Zestaw narzędzi",
            resource_type=ResourceType.TOOLKIT,
            languages=["ru"],
            publication_date=datetime.date(2023, 9, 1),
        ),
    }


def listed(client, params=None, path="/pl/library/"):
    response = client.get(path, params or {})
    assert response.status_code == 200
    return [item.title for item in response.context["items_page"].object_list]


def counts(response, facet):
    return {option.value: option.count for option in response.context["facets"][facet]}


@pytest.mark.parametrize(
    ("params", "expected"),
    [
        ({"theme": "housing"}, {"a", "c"}),
        ({"type": "report"}, {"b", "c"}),
        ({"language": "uk"}, {"b", "c"}),
        ({"year": "2025"}, {"b", "c"}),
        ({"theme": "housing", "type": "report"}, {"c"}),
        ({"language": "uk", "year": "2025", "type": "report"}, {"b", "c"}),
        ({"language": "ru", "year": "2025"}, set()),
    ],
)
def test_each_filter_and_their_combinations_narrow_the_list(client, items, params, expected):
    assert set(listed(client, params)) == {items[key].title for key in expected}


def test_a_theme_filter_finds_items_tagged_with_the_polish_term_from_another_language(
    client, library_index, items
):
    translate_page(library_index, "en", title="Library")
    translate_page(items["a"], "en", title="Housing guide")
    assert listed(client, {"theme": "housing"}, path="/en/library/") == ["Housing guide"]


def test_each_option_counts_the_items_it_would_show_with_the_other_filters(client, items):
    response = client.get("/pl/library/", {"type": "report", "year": "2025"})
    # Theme and language counts honour the type and the year …
    assert counts(response, "theme")["housing"] == 1
    assert counts(response, "theme")["health"] == 1
    assert counts(response, "theme")["education"] == 0
    assert counts(response, "language") == {"pl": 1, "uk": 2, "en": 1, "ru": 0, "other": 0}
    # … the type counts honour the year but not the type itself …
    assert counts(response, "type")["report"] == 2
    assert counts(response, "type")["guide"] == 0
    # … and the year counts honour the type only.
    assert counts(response, "year") == {"2025": 2}
    html = response.content.decode()
    assert '<option value="housing">Mieszkalnictwo (1)</option>' in html
    assert '<option value="2025" selected>2025 (2)</option>' in html


def test_without_filters_every_option_counts_the_whole_library(client, items):
    response = client.get("/pl/library/")
    assert counts(response, "type")["report"] == 2
    assert counts(response, "year") == {"2025": 2, "2024": 1, "2023": 1}
    assert counts(response, "language")["pl"] == 2


@pytest.mark.parametrize(
    ("params", "message"),
    [
        ({"theme": "nonsense"}, "There is no such theme"),
        ({"type": "poem"}, "There is no such type of material"),
        ({"language": "xx"}, "There is no such language"),
        ({"year": "twenty"}, "A year is four digits"),
        ({"year": "20255"}, "A year is four digits"),
        ({"q": "x" * 201}, "The search text is too long"),
        ({"sort": "random"}, "There is no such order"),
    ],
)
def test_a_bad_value_is_explained_in_the_readers_language_and_ignored(
    client, library_index, items, params, message
):
    translate_page(library_index, "en", title="Library")
    for item in items.values():
        translate_page(item, "en", title=f"{item.title} (en)")
    response = client.get("/en/library/", params)
    assert response.status_code == 200
    assert message in response.content.decode()
    assert response.context["items_page"].paginator.count == 4


def test_sorts_by_newest_title_and_most_downloaded(client, library_index, items):
    assert listed(client) == [
        items[key].title for key in ("c", "b", "a", "d")
    ]  # newest first by default
    assert listed(client, {"sort": "title"}) == sorted(item.title for item in items.values())

    popular = LibraryDocumentFactory()
    items["d"].document = popular
    items["d"].save_revision().publish()
    for _ in range(3):
        Download.objects.create(document=popular, page=items["d"], locale="pl")
    assert listed(client, {"sort": "downloads"})[0] == items["d"].title


def test_the_list_has_twenty_items_a_page(client, library_index):
    for _ in range(25):
        LibraryItemPageFactory(parent=library_index)
    first = client.get("/pl/library/").context["items_page"]
    assert len(first.object_list) == 20
    assert first.paginator.num_pages == 2
    assert len(client.get("/pl/library/?page=2").context["items_page"].object_list) == 5
    assert client.get("/pl/library/?page=abc").context["items_page"].number == 1
    html = client.get("/pl/library/", {"type": "guide", "page": "1"}).content.decode()
    assert 'href="?type=guide&amp;page=2" rel="next"' in html


def test_search_finds_polish_words_in_titles_and_summaries_of_this_language_only(
    client, library_index, items
):
    make_item(library_index, title="Szkolenie", summary="Jak przygotować wolontariuszy.")
    found = listed(client, {"q": "mieszkaniowy"})
    assert "Poradnik mieszkaniowy" in found
    # SQLite matches the word's beginning («mieszkani…»): the report on flats may come too.
    assert set(found) <= {"Poradnik mieszkaniowy", "Raport o mieszkaniach"}
    assert listed(client, {"q": "wolontariuszy"}) == ["Szkolenie"]
    translate_page(library_index, "en", title="Library")
    translate_page(items["a"], "en", title="Housing guide", summary="How to rent.")
    assert listed(client, {"q": "mieszkaniowy"}, path="/en/library/") == []


def test_search_combines_with_filters_and_counts(client, items):
    response = client.get("/pl/library/", {"q": "Raport", "year": "2025"})
    assert {item.title for item in response.context["items_page"].object_list} == {
        "Raport o zdrowiu",
        "Raport o mieszkaniach",
    }
    assert counts(response, "type")["report"] == 2
    assert counts(response, "type")["guide"] == 0


def test_the_form_works_without_javascript(client, items):
    html = client.get("/pl/library/").content.decode()
    assert '<form class="filters library-filters" method="get"' in html
    for name in ("q", "theme", "type", "language", "year", "sort"):
        assert f'name="{name}"' in html
    assert '<button type="submit">' in html


def test_cards_show_type_date_languages_regions_and_themes_in_the_readers_language(
    client, library_index
):
    masovia = Region.objects.get(slug="mazowieckie", locale__language_code="pl")
    item = make_item(
        library_index,
        title="Poradnik",
        languages=["pl", "uk"],
        publication_date=datetime.date(2025, 3, 5),
        themes=[theme("housing")],
        regions=[masovia],
    )
    translate_page(library_index, "en", title="Library")
    translate_page(item, "en", title="Guide")
    html = client.get("/en/library/").content.decode()
    assert "Guide</a>" in html
    assert '<time datetime="2025-03-05">' in html
    assert "Polish, Ukrainian" in html
    assert '<li class="tag tag--region">Masovian</li>' in html
    assert '<li class="tag">Housing</li>' in html
    assert "Mieszkalnictwo" not in html


def test_the_feed_is_rss_2_in_the_sections_language_newest_first(client, library_index, items):
    response = client.get("/pl/library/feed/")
    assert response.status_code == 200
    assert response["Content-Type"].startswith("application/rss+xml")
    root = ET.fromstring(response.content)
    assert root.tag == "rss" and root.get("version") == "2.0"
    channel = root.find("channel")
    assert channel.findtext("language") == "pl"
    titles = [item.findtext("title") for item in channel.findall("item")]
    assert titles == [items[key].title for key in ("c", "b", "a", "d")]
    first = channel.find("item")
    assert first.findtext("link") == f"http://testserver{items['c'].url}"
    assert first.findtext("description") == items["c"].summary
    assert first.findtext("pubDate")

    translate_page(library_index, "uk", title="Бібліотека")
    channel = ET.fromstring(client.get("/uk/library/feed/").content).find("channel")
    assert channel.findtext("language") == "uk"
    assert "Бібліотека" in channel.findtext("title")


def test_the_feed_holds_the_twenty_newest(client, library_index):
    for _ in range(22):
        LibraryItemPageFactory(parent=library_index)
    channel = ET.fromstring(client.get("/pl/library/feed/").content).find("channel")
    assert len(channel.findall("item")) == 20


def test_the_home_page_shows_the_three_newest_materials(client, library_index):
    made = [LibraryItemPageFactory(parent=library_index) for _ in range(5)]
    html = client.get("/pl/").content.decode()
    for item in made[-3:]:
        assert item.title in html
    for item in made[:2]:
        assert f">{item.title}<" not in html
    assert 'href="/pl/library/"' in html


@pytest.mark.parametrize(
    "path",
    [
        "/pl/library/",
        "/pl/library/?theme=housing&type=guide&language=pl&year=2024&sort=title",
        "/pl/library/?q=Materia%C5%82&sort=downloads",
        "/pl/library/feed/",
        "/pl/",
    ],
)
def test_queries_do_not_grow_with_the_number_of_items(client, library_index, path, refresh_search):
    masovia = Region.objects.get(slug="mazowieckie", locale__language_code="pl")

    def add_items(count):
        for _ in range(count):
            make_item(
                library_index,
                publication_date=datetime.date(2024, 1, 1),
                themes=[theme("housing"), theme("health")],
                regions=[masovia],
            )

    def count_queries():
        refresh_search()  # both counts with search hits, not one with none
        with CaptureQueriesContext(connection) as queries:
            assert client.get(path).status_code == 200
        return len(queries)

    add_items(3)
    count_queries()  # the first request fills caches (site root paths, settings)
    few = count_queries()
    add_items(12)
    assert count_queries() == few


@pytest.mark.engine
def test_while_the_search_engine_is_down_the_database_answers_the_library_search(
    client, items, settings
):
    found_by_engine = listed(client, {"q": "Raport"})
    backend = dict(settings.WAGTAILSEARCH_BACKENDS["default"])
    backend.update(URLS=["http://127.0.0.1:9"], TIMEOUT=1)  # nothing listens on port 9
    settings.WAGTAILSEARCH_BACKENDS = {**settings.WAGTAILSEARCH_BACKENDS, "default": backend}
    response = client.get("/pl/library/", {"q": "Raport"})
    assert response.status_code == 200
    assert response.context["filters"].notices == [
        "Wyszukiwarka działa chwilowo w uproszczonym trybie: wyniki mogą być mniej trafne."
    ]
    assert found_by_engine
    assert listed(client, {"q": "Raport"}) == found_by_engine
