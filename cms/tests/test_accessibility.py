"""The public pages meet WCAG 2.1 AA as far as a machine can tell, fit a phone's screen and
work without JavaScript (STYLE.md, "Look and feel").

A real browser is needed for this: contrast, focus and overflow depend on the stylesheet.
These tests drive Debian's Chromium (``apt-get install chromium``) through Playwright and run
axe-core (bundled by the ``axe-playwright-python`` package) on pages served by pytest-django's
``live_server``. Without /usr/bin/chromium they skip, except under ``CI=true`` where they
fail: CI must never pass without the browser.
"""

import json
import os
from pathlib import Path

import pytest
from axe_playwright_python.sync_playwright import Axe
from playwright.sync_api import sync_playwright
from wagtail.models import Locale

from cms.models import ContactSettings, Partner, Theme
from home.factories import (
    NewsIndexPageFactory,
    NewsPageFactory,
    StandardPageFactory,
    make_site_tree,
)

CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]
WCAG_AA_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]
PHONE_WIDTH = 375

# Live-server tests need committed data (the server answers from another thread); the
# serialized rollback restores what the data migrations made (locales, themes, the root
# page), which the transactional flush would otherwise wipe for the next test.
pytestmark = [
    pytest.mark.browser,
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]
if not CHROMIUM.exists() and os.environ.get("CI") != "true":
    pytestmark.append(pytest.mark.skip(reason=f"{CHROMIUM} is missing: apt-get install chromium"))


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
    """Chromium, started once the site is built and closed before the database is flushed.

    Playwright's sync API runs an asyncio event loop in the test's thread, and Django refuses
    database work there (SynchronousOnlyOperation). So every query of the test's own happens
    before the browser starts or after it closes; meanwhile only the live server's thread
    touches the database. That keeps Django's async-safety check on (no
    DJANGO_ALLOW_ASYNC_UNSAFE) for this and every other test.
    """
    if not CHROMIUM.exists():
        pytest.fail(f"{CHROMIUM} is missing: apt-get install chromium")
    with sync_playwright() as playwright:
        chromium = playwright.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        yield chromium
        chromium.close()


@pytest.fixture
def page(browser):
    context = browser.new_context(locale="pl-PL")
    yield context.new_page()
    context.close()


def _visit(page, url, status=200):
    response = page.goto(url)
    assert response is not None
    assert response.status == status, f"{url} answered {response.status}"
    # axe judges contrast and focus on the page as styled, so the stylesheet must be there.
    rules = page.evaluate(
        "[...document.styleSheets].reduce((n, sheet) => n + sheet.cssRules.length, 0)"
    )
    assert rules > 0, f"{url}: the stylesheet did not load"


def _report(violations):
    lines = []
    for violation in violations:
        lines.append(f"\n[{violation['impact']}] {violation['id']}: {violation['help']}")
        lines.append(f"  {violation['helpUrl']}")
        for node in violation["nodes"]:
            lines.append(f"  - {' '.join(map(str, node['target']))}")
            lines.append(f"    {node['html'][:200]}")
            lines.extend(f"    {line}" for line in node["failureSummary"].splitlines())
    return "\n".join(lines)


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
    _visit(page, live_server.url + site_pages[name], status=status)
    results = Axe().run(
        page,
        options={"runOnly": {"type": "tag", "values": WCAG_AA_TAGS}, "resultTypes": ["violations"]},
    )
    violations = results.response["violations"]
    assert not violations, f"axe found WCAG 2.1 AA violations on {name}:" + _report(violations)


@pytest.mark.parametrize("name", ["home-pl", "news-listing"])
def test_page_fits_a_phone_screen_without_horizontal_scrolling(
    live_server, site_pages, browser, name
):
    context = browser.new_context(viewport={"width": PHONE_WIDTH, "height": 800})
    page = context.new_page()
    _visit(page, live_server.url + site_pages[name])
    scroll_width = page.evaluate("document.documentElement.scrollWidth")
    viewport_width = page.evaluate("window.innerWidth")
    context.close()
    assert scroll_width <= viewport_width == PHONE_WIDTH


def test_navigation_works_with_keyboard_and_without_javascript(live_server, site_pages, browser):
    context = browser.new_context(java_script_enabled=False)
    page = context.new_page()
    _visit(page, live_server.url + site_pages["news-listing"])

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
