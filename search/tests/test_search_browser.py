"""The search page meets WCAG 2.1 AA as axe-core sees it in Chromium, fits a phone, and its
search box offers suggestions as one types (see cms/tests/browser.py for the set-up)."""

import pytest
from wagtail.search.backends import get_search_backend

from cms.tests.browser import (
    BROWSER_TESTS,
    PHONE_WIDTH,
    assert_accessible,
    assert_accessible_at,
    chromium,
    visit,
    width_on_a_phone,
)
from home.factories import NewsIndexPageFactory, NewsPageFactory, make_site_tree, translate_page
from home.models import NewsIndexPage

pytestmark = BROWSER_TESTS

PAGES = {
    "results": "/pl/search/?q=pomoc",
    "filtered": "/pl/search/?q=pomoc&type=news",
    "every language": "/uk/search/?q=допомога&all_languages=1",
    "nothing found": "/pl/search/?q=zzzzz",
    "bad filter": "/pl/search/?q=pomoc&type=bogus",
}


@pytest.fixture
def site():
    homes = make_site_tree()
    news = NewsIndexPageFactory(parent=homes["pl"])
    translate_page(news, "uk", title="Новини")
    for number in range(12):
        page = NewsPageFactory(
            parent=news,
            title=f"Pomoc prawna dla rodzin z Ukrainy, dyżur {number}",
            lead="Bezpłatna pomoc prawników w sprawach pobytu i pracy.",
        )
    translate_page(page, "uk", title="Правова допомога для родин", slug="dopomoha")
    get_search_backend().refresh_indexes()


@pytest.fixture
def browser(site):
    with chromium() as browser:
        yield browser


@pytest.mark.parametrize("name", PAGES)
def test_search_pages_have_no_wcag_21_aa_violations(live_server, browser, name):
    assert_accessible_at(browser, live_server.url + PAGES[name], name)


@pytest.mark.parametrize("name", PAGES)
def test_search_pages_fit_a_phone_screen(live_server, browser, name):
    assert width_on_a_phone(browser, live_server.url + PAGES[name]) <= PHONE_WIDTH


@pytest.fixture
def scooter_pages(site):
    """Titles of this test alone: the engine still holds the pages earlier tests made."""
    news = NewsIndexPage.objects.get(locale__language_code="pl")
    for number in range(12):
        NewsPageFactory(parent=news, title=f"Wypożyczalnia hulajnóg {number}")
    get_search_backend().refresh_indexes()


def test_suggestions_come_as_one_types_and_take_the_keyboard(live_server, scooter_pages, browser):
    page = browser.new_page()
    visit(page, live_server.url + "/pl/search/")
    box = page.locator("#search-page-q")
    with page.expect_response(
        lambda response: "q=wypo%C5%BCyczalnia%20hul" in response.url
    ) as answer:
        box.fill("wypożyczalnia hul")  # one input event: one request after the script's pause
    assert answer.value.status == 200
    page.wait_for_selector("#search-suggestions-1 [role='option']")
    assert box.get_attribute("aria-expanded") == "true"
    options = page.locator("#search-suggestions-1 [role='option']")
    assert options.count() == 10
    assert options.first.text_content().startswith("Wypożyczalnia hulajnóg")
    assert_accessible(page, "search box with suggestions open")
    box.press("ArrowDown")
    first = options.first.get_attribute("id")
    assert box.get_attribute("aria-activedescendant") == first
    chosen = options.first.text_content()
    with page.expect_navigation():
        box.press("Enter")
    assert page.input_value("#search-page-q") == chosen
    assert page.locator(".search-result").count() >= 1
    page.close()
