import re

import pytest
from django.test import RequestFactory
from django.utils import translation
from django.views.defaults import server_error

from cms.models import ContactSettings, Partner


def test_header_has_skip_link_menu_search_and_language_switcher(client, news_index):
    news_index.show_in_menus = True
    news_index.save_revision().publish()
    html = client.get("/pl/").content.decode()
    assert '<a class="skip-link" href="#main">' in html
    assert '<main id="main"' in html
    assert 'href="/pl/news/"' in html  # from the page tree
    assert 'role="search"' in html and 'action="/pl/search/"' in html
    assert 'class="language-switcher"' in html


def test_footer_shows_contact_details_and_partners_in_the_page_language(client, homes):
    ContactSettings.objects.create(email="kontakt@example.org", phone="+48 22 000 00 00")
    partner = Partner.objects.create(name="Fundacja Przykładowa", url="https://example.org")
    english = partner.copy_for_translation(homes["en"].locale)
    english.name = "Example Foundation"
    english.save()
    html = client.get("/en/").content.decode()
    assert "mailto:kontakt@example.org" in html
    assert 'href="tel:+48220000000"' in html
    assert "Example Foundation" in html
    assert "Fundacja Przykładowa" not in html


def test_pages_load_nothing_from_third_parties(client, news_items):
    html = client.get("/pl/").content.decode() + client.get("/pl/news/").content.decode()
    sources = re.findall(r'<(?:script|link|img|iframe)[^>]+(?:src|href)="([^"]+)"', html)
    assert sources
    external = [s for s in sources if s.startswith(("http", "//")) and "testserver" not in s]
    assert external == []


@pytest.mark.parametrize(
    ("code", "text"),
    [("pl", "Coś poszło nie tak"), ("uk", "Щось пішло не так"), ("en", "Something went wrong")],
)
def test_server_error_page_is_translated_and_needs_no_database(code, text):
    request = RequestFactory().get(f"/{code}/")
    with translation.override(code):
        response = server_error(request)
    assert response.status_code == 500
    html = response.content.decode()
    assert text in html
    assert f'<html lang="{code}">' in html
