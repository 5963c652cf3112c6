import datetime
import xml.etree.ElementTree as ET

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from cms.models import Theme
from home.factories import NewsPageFactory, translate_page


def test_news_feed_is_valid_rss_with_the_newest_items_first(client, news_items):
    response = client.get("/pl/news/feed/")
    assert response.status_code == 200
    assert response["Content-Type"].startswith("application/rss+xml")
    channel = ET.fromstring(response.content).find("channel")
    assert channel.findtext("language") == "pl"
    items = channel.findall("item")
    assert [item.findtext("title") for item in items] == [n.title for n in reversed(news_items)]
    first = items[0]
    assert first.findtext("link") == f"http://testserver/pl/news/{news_items[-1].slug}/"
    assert first.findtext("description") == news_items[-1].lead
    assert first.findtext("pubDate")


def test_news_feed_of_a_translation_is_in_that_language(client, news_index):
    translate_page(news_index, "uk", title="Новини")
    response = client.get("/uk/news/feed/")
    assert response.status_code == 200
    channel = ET.fromstring(response.content).find("channel")
    assert channel.findtext("language") == "uk"
    assert "Новини" in channel.findtext("title")


def test_news_listing_shows_themes_in_the_readers_language(client, news_index):
    housing_pl = Theme.objects.get(slug="housing", locale__language_code="pl")
    news = NewsPageFactory(parent=news_index, title="Mieszkania")
    news.themes.set([housing_pl])
    news.save_revision().publish()
    translate_page(news_index, "en", title="News")
    translate_page(news, "en", title="Housing news")
    html = client.get("/en/news/").content.decode()
    assert "Housing news" in html
    assert '<li class="tag">Housing</li>' in html
    assert "Mieszkalnictwo" not in html


def test_news_listing_filters_by_theme_and_explains_an_unknown_one(client, news_index):
    health = Theme.objects.get(slug="health", locale__language_code="pl")
    tagged = NewsPageFactory(parent=news_index, title="O zdrowiu")
    tagged.themes.set([health])
    tagged.save_revision().publish()
    other = NewsPageFactory(parent=news_index, title="Coś innego")

    html = client.get("/pl/news/?theme=health").content.decode()
    assert tagged.title in html
    assert other.title not in html

    html = client.get("/pl/news/?theme=nonsense").content.decode()
    assert "Nie ma takiego tematu" in html
    assert tagged.title in html and other.title in html


def test_news_listing_paginates_and_survives_a_bad_page_number(client, news_index):
    for _ in range(12):
        NewsPageFactory(parent=news_index)
    assert len(client.get("/pl/news/").context["news_page"].object_list) == 10
    assert client.get("/pl/news/?page=2").context["news_page"].number == 2
    assert client.get("/pl/news/?page=abc").context["news_page"].number == 1
    assert client.get("/pl/news/?page=999").context["news_page"].number == 2


@pytest.mark.parametrize("path", ["/pl/", "/pl/news/"])
def test_queries_do_not_grow_with_the_number_of_news(client, news_index, path):
    theme = Theme.objects.filter(locale__language_code="pl").first()

    def add_news(count):
        for _ in range(count):
            news = NewsPageFactory(parent=news_index)
            news.themes.set([theme])
            news.save_revision().publish()

    def count_queries():
        with CaptureQueriesContext(connection) as queries:
            assert client.get(path).status_code == 200
        return len(queries)

    add_news(2)
    count_queries()  # the first request fills caches (site root paths, settings)
    few = count_queries()
    add_news(12)
    assert count_queries() == few


def test_news_page_shows_date_lead_and_themes(client, news_index):
    news = NewsPageFactory(
        parent=news_index, title="Spotkanie", lead="Zapraszamy.", date=datetime.date(2026, 3, 5)
    )
    news.themes.set([Theme.objects.get(slug="education", locale__language_code="pl")])
    news.save_revision().publish()
    html = client.get(news.url).content.decode()
    assert '<time datetime="2026-03-05">5 marca 2026</time>' in html
    assert "Zapraszamy." in html
    assert "?theme=education" in html
