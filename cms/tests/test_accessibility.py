"""The public pages meet WCAG 2.1 AA as far as a machine can tell, fit a phone's screen and
work without JavaScript (STYLE.md, "Look and feel"); the browser set-up is in
cms/tests/browser.py.
"""

import json

import pytest
from wagtail.models import Locale

from cms.models import ContactSettings, Partner, Theme
from cms.tests.browser import (
    BROWSER_TESTS,
    PHONE_WIDTH,
    assert_accessible,
    chromium,
    visit,
    width_on_a_phone,
)
from home.factories import (
    NewsIndexPageFactory,
    NewsPageFactory,
    StandardPageFactory,
    make_site_tree,
)

pytestmark = BROWSER_TESTS


@pytest.fixture
def site_pages():
    """A small site with every kind of block the public templates render; their paths."""
    homes = make_site_tree()
    pl = Locale.objects.get(language_code="pl")
    housing = Theme.objects.get(slug="housing", locale=pl)
    health = Theme.objects.get(slug="health", locale=pl)

    contact = ContactSettings.load()
    contact.email = "biuro@example.org"
    contact.phone = "+48 22 123 45 67"
    contact.postal_address = "ul. Przykładowa 1\n00-001 Warszawa"
    contact.save()
    Partner.objects.create(name="Fundacja Przykład", role="Współzałożyciel", locale=pl)

    about = StandardPageFactory(
        parent=homes["pl"],
        title="O Forum",
        slug="o-forum",
        show_in_menus=True,
        search_description="Kim jesteśmy i jak pracujemy z organizacjami w całej Polsce.",
        body=json.dumps(
            [
                {"type": "heading", "value": {"text": "Jak działamy", "level": "h2"}},
                {
                    "type": "paragraph",
                    "value": "<p>Łączymy organizacje, które pomagają "
                    '<a href="https://example.org/">uchodźcom z Ukrainy</a>.</p>',
                },
                {
                    "type": "quote",
                    "value": {
                        "text": "Razem możemy więcej niż osobno.",
                        "attribution": "Członkini Forum",
                    },
                },
                {
                    "type": "faq",
                    "value": {
                        "heading": "Pytania i odpowiedzi",
                        "items": [
                            {
                                "question": "Kto może dołączyć?",
                                "answer": "<p>Każda organizacja.</p>",
                            },
                            {"question": "Ile to kosztuje?", "answer": "<p>Nic.</p>"},
                        ],
                    },
                },
            ]
        ),
    )
    news_index = NewsIndexPageFactory(parent=homes["pl"], show_in_menus=True)
    news = [
        NewsPageFactory(parent=news_index, title=f"Wiadomość {n}: spotkanie koalicji w regionie")
        for n in range(1, 4)
    ]
    for item, themes in zip(news, [[housing], [housing, health], []], strict=True):
        item.themes.set(themes)
        item.save_revision().publish()
    homes["pl"].intro = "<p>Forum łączy organizacje pozarządowe i inicjatywy oddolne.</p>"
    homes["pl"].body = json.dumps(
        [
            {
                "type": "featured_pages",
                "value": {"heading": "Na początek", "pages": [about.pk, news_index.pk]},
            },
            {
                "type": "call_to_action",
                "value": {
                    "heading": "Dołącz do Forum",
                    "text": "Twoja organizacja pomaga uchodźcom? Zapraszamy.",
                    "page": about.pk,
                    "external_url": "",
                    "button_label": "Dowiedz się więcej",
                },
            },
        ]
    )
    homes["pl"].save_revision().publish()
    return {
        "home-pl": "/pl/",
        "home-uk": "/uk/",
        "news-listing": "/pl/news/",
        "news-page": news[1].url,
        "standard-page": about.url,
        "search": "/pl/search/?q=Forum",
        "not-found": "/pl/no-such-page/",
        "not-translated": "/en/o-forum/",  # the About page exists in Polish only
        "login": "/uk/account/login/?next=/uk/account/",
        "password-reset": "/pl/account/password-reset/",
    }


@pytest.fixture
def browser(site_pages):
    """Chromium, started once the site is built (cms/tests/browser.py)."""
    with chromium() as browser:
        yield browser


@pytest.fixture
def page(browser):
    context = browser.new_context(locale="pl-PL")
    yield context.new_page()
    context.close()


@pytest.mark.parametrize(
    "name",
    [
        "home-pl",
        "home-uk",
        "news-listing",
        "news-page",
        "standard-page",
        "search",
        "not-found",
        "not-translated",
        "login",
        "password-reset",
    ],
)
def test_public_page_has_no_wcag_21_aa_violations(live_server, site_pages, page, name):
    status = 404 if name in {"not-found", "not-translated"} else 200
    visit(page, live_server.url + site_pages[name], status=status)
    assert_accessible(page, name)


@pytest.mark.parametrize("name", ["home-pl", "news-listing"])
def test_page_fits_a_phone_screen_without_horizontal_scrolling(
    live_server, site_pages, browser, name
):
    assert width_on_a_phone(browser, live_server.url + site_pages[name]) <= PHONE_WIDTH


def test_navigation_works_with_keyboard_and_without_javascript(live_server, site_pages, browser):
    context = browser.new_context(java_script_enabled=False)
    page = context.new_page()
    visit(page, live_server.url + site_pages["news-listing"])

    page.keyboard.press("Tab")
    skip_link = page.locator(".skip-link")
    assert skip_link.evaluate("el => el === document.activeElement")
    box = skip_link.bounding_box()
    assert box is not None and box["y"] >= 0, "the focused skip link is off screen"
    page.keyboard.press("Enter")
    assert page.url.endswith("/pl/news/#main")

    menu = page.locator("nav.main-menu")
    assert menu.get_by_role("link", name="Aktualności").get_attribute("aria-current") == "page"
    menu.get_by_role("link", name="O Forum").click()
    page.wait_for_url(live_server.url + site_pages["standard-page"])

    switcher = page.locator("nav.language-switcher")
    assert switcher.locator("[aria-current]").inner_text() == "Polski"
    switcher.get_by_role("link", name="Українська").click()
    page.wait_for_url(live_server.url + "/uk/?untranslated=1")
    assert page.locator("html").get_attribute("lang") == "uk"
    context.close()
