"""What visitors see of translations: notices for missing ones, snippets in their language,
dates and plurals formatted per locale."""

import datetime

import pytest
from django.template import Context, Template
from django.utils import translation

from cms.models import Partner, Region
from home.factories import NewsPageFactory, StandardPageFactory, translate_page


@pytest.fixture
def guide(homes):
    page = StandardPageFactory(parent=homes["pl"], title="Poradnik", slug="guide")
    translate_page(page, "en", title="Guide")
    return page


@pytest.mark.parametrize(
    ("code", "notice", "links"),
    [
        ("uk", "ще не перекладено українською", ['href="/pl/guide/"', 'href="/en/guide/"']),
        ("en", None, None),
    ],
)
def test_a_page_missing_in_a_language_explains_and_links_the_existing_versions(
    client, guide, code, notice, links
):
    response = client.get(f"/{code}/guide/")
    if notice is None:
        assert response.status_code == 200
        return
    assert response.status_code == 404
    html = response.content.decode()
    assert notice in html
    assert f'<html lang="{code}">' in html
    for link in links:
        assert link in html
    assert 'lang="pl" hreflang="pl">Polski: <span>Poradnik</span>' in html


def test_an_unpublished_translation_draft_also_gets_the_notice(client, guide, homes):
    draft = translate_page(guide, "uk", title="Посібник")
    draft.unpublish()
    draft.refresh_from_db()
    assert not draft.live
    response = client.get("/uk/guide/")
    assert response.status_code == 404
    assert 'href="/en/guide/"' in response.content.decode()


def test_a_path_that_exists_nowhere_is_a_plain_not_found(client, homes):
    response = client.get("/uk/nothing-here/")
    assert response.status_code == 404
    assert "Сторінку не знайдено" in response.content.decode()


def test_snippets_show_in_the_readers_language_falling_back_to_polish(homes):
    only_polish = Partner.objects.create(name="Stowarzyszenie Tylko PL", locale=homes["pl"].locale)
    translated = Partner.objects.create(name="Fundacja Razem", locale=homes["pl"].locale)
    ukrainian = translated.copy_for_translation(homes["uk"].locale)
    ukrainian.name = "Фундація Разом"
    ukrainian.save()
    template = Template("{% load site_tags %}{{ partner|in_reader_language }}")
    with translation.override("uk"):
        assert template.render(Context({"partner": translated})) == "Фундація Разом"
        assert template.render(Context({"partner": only_polish})) == "Stowarzyszenie Tylko PL"
    region = Region.objects.get(slug="lubelskie", locale=homes["pl"].locale)
    with translation.override("en"):
        assert template.render(Context({"partner": region})) == "Lublin"


def test_footer_partners_fall_back_to_polish_where_untranslated(client, homes):
    Partner.objects.create(name="Stowarzyszenie Tylko PL", locale=homes["pl"].locale)
    assert "Stowarzyszenie Tylko PL" in client.get("/uk/").content.decode()


@pytest.mark.parametrize(
    ("code", "expected"),
    [("pl", "5 marca 2026"), ("uk", "5 березня 2026"), ("en", "March 5, 2026")],
)
def test_dates_are_written_in_the_readers_language(client, news_index, code, expected):
    news = NewsPageFactory(parent=news_index, slug="spotkanie", date=datetime.date(2026, 3, 5))
    if code != "pl":
        translate_page(news_index, code, title="News")
        news = translate_page(news, code, title="Meeting")
    html = client.get(news.url).content.decode()
    assert f'<time datetime="2026-03-05">{expected}' in html


@pytest.mark.parametrize(
    ("code", "count", "expected"),
    [
        ("pl", 1, "1 wpis"),
        ("pl", 3, "3 wpisy"),
        ("pl", 5, "5 wpisów"),
        ("uk", 1, "1 новина"),
        ("uk", 3, "3 новини"),
        ("uk", 5, "5 новин"),
        ("en", 1, "1 news item"),
        ("en", 3, "3 news items"),
    ],
)
def test_counts_use_each_languages_plural_forms(client, news_index, code, count, expected):
    index = news_index if code == "pl" else translate_page(news_index, code, title="News")
    for _ in range(count):
        NewsPageFactory(parent=index)
    html = client.get(index.url).content.decode()
    assert f'<p class="meta" role="status">{expected}</p>' in html


@pytest.mark.parametrize(
    ("code", "notice"),
    [
        ("pl", "nie została jeszcze przetłumaczona na język polski"),
        ("en", "has not been translated into English yet"),
    ],
)
def test_the_notice_speaks_the_visitors_language(client, homes, code, notice):
    StandardPageFactory(parent=homes["uk"], title="Порадник", slug="poradnyk")
    response = client.get(f"/{code}/poradnyk/")
    assert response.status_code == 404
    html = response.content.decode()
    assert notice in html
    assert 'href="/uk/poradnyk/" lang="uk" hreflang="uk">Українська: <span>Порадник</span>' in html
