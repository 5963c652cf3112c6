import pytest

from home.factories import translate_page


@pytest.mark.parametrize(
    ("accept_language", "expected"),
    [
        ("uk-UA,uk;q=0.9,en;q=0.8", "/uk/"),
        ("en-GB,en;q=0.9", "/en/"),
        ("pl", "/pl/"),
        ("de-DE,de;q=0.9", "/pl/"),
        ("ru", "/pl/"),
        ("!!garbage;;q=x", "/pl/"),
        ("", "/pl/"),
    ],
)
def test_root_redirects_to_the_visitors_language(client, homes, accept_language, expected):
    response = client.get("/", HTTP_ACCEPT_LANGUAGE=accept_language)
    assert response.status_code == 302
    assert response["Location"] == expected


@pytest.mark.parametrize("code", ["pl", "uk", "en"])
def test_home_page_is_served_under_its_language_prefix_with_html_lang(client, homes, code):
    response = client.get(f"/{code}/")
    assert response.status_code == 200
    assert f'<html lang="{code}">' in response.content.decode()
    assert response.context["page"].pk == homes[code].pk


@pytest.mark.parametrize("code", ["pl", "uk", "en"])
def test_every_page_links_its_translations_as_hreflang_alternates(client, homes, code):
    html = client.get(f"/{code}/").content.decode()
    for other in ("pl", "uk", "en"):
        assert f'hreflang="{other}" href="http://testserver/{other}/"' in html


def test_language_switcher_goes_to_the_same_pages_translation(client, news_index):
    translate_page(news_index, "en", title="News")
    html = client.get("/pl/news/").content.decode()
    assert 'href="/en/news/" lang="en" hreflang="en">English</a>' in html
    assert 'aria-current="true">Polski</a>' in html


def test_language_switcher_marks_a_missing_translation_and_goes_home_with_a_notice(
    client, news_index
):
    html = client.get("/pl/news/").content.decode()
    assert 'href="/uk/?untranslated=1"' in html
    assert "language-switcher__missing" in html
    notice = client.get("/uk/?untranslated=1").content.decode()
    assert "Ви на головній сторінці" in notice


@pytest.mark.parametrize(
    ("code", "text"),
    [("pl", "Nie znaleziono strony"), ("uk", "Сторінку не знайдено"), ("en", "Page not found")],
)
def test_missing_page_answers_404_in_the_visitors_language(client, homes, code, text):
    response = client.get(f"/{code}/no-such-page/")
    assert response.status_code == 404
    html = response.content.decode()
    assert text in html
    assert f'<html lang="{code}">' in html


def test_unknown_language_prefix_ends_in_not_found(client, homes):
    response = client.get("/de/", follow=True)
    assert response.status_code == 404
    assert response.redirect_chain == [("/pl/de/", 302)]
