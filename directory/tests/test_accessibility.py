"""The directory's public pages meet WCAG 2.1 AA as far as axe-core can tell, fit a phone's
screen, and the filters work without JavaScript (see cms/tests/test_accessibility.py for
the browser set-up this follows)."""

import os
from pathlib import Path

import pytest
from axe_playwright_python.sync_playwright import Axe
from playwright.sync_api import sync_playwright

from cms.models import TargetGroup
from directory.factories import (
    OrganisationFactory,
    OrganisationIndexPageFactory,
    SupportListingFactory,
)
from directory.models import OrganisationKind, Status
from home.factories import make_site_tree, translate_page

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

pytestmark = [
    pytest.mark.browser,
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]
if not CHROMIUM.exists() and os.environ.get("CI") != "true":
    pytestmark.append(pytest.mark.skip(reason=f"{CHROMIUM} is missing: apt-get install chromium"))


@pytest.fixture
def directory_pages():
    """A directory with organisations enough for gaps, a crowded cell, a need and two pages
    of cards; the paths to check."""
    homes = make_site_tree()
    directory = OrganisationIndexPageFactory(
        parent=homes["pl"], intro="Organizacje, które pomagają uchodźcom z Ukrainy."
    )
    translate_page(directory, "uk", title="Організації", intro="")
    translate_page(directory, "en", title="Organisations", intro="")
    profile = OrganisationFactory(
        name="Fundacja Otwarte Drzwi",
        short_name="FOD",
        slug="otwarte-drzwi",
        kind=OrganisationKind.FOUNDATION,
        themes=["housing", "legal-aid"],
        regions=["lubelskie", "online"],
        staff_languages=["pl", "uk"],
        website="https://otwarte-drzwi.example.org/",
        email="biuro@otwarte-drzwi.example.org",
        phone="+48 81 123 45 67",
        address="ul. Długa 1, 20-001",
        is_forum_member=True,
        description="Pomagamy znaleźć mieszkanie.\n\nProwadzimy też dyżury prawne.",
    )
    profile.target_groups.set(
        [TargetGroup.objects.get(slug="families", locale__language_code="pl")]
    )
    profile.save()
    SupportListingFactory(organisation=profile, themes=["housing"], regions=["lubelskie"])
    for number in range(30):
        OrganisationFactory(
            name=f"Stowarzyszenie Sąsiedzkie {number:02d}",
            themes=["housing"],
            regions=["lubelskie"],
            staff_languages=["uk"],
        )
    OrganisationFactory(name="Oczekująca", status=Status.PENDING)
    return {
        "listing": "/pl/organizations/",
        "listing-filtered": "/uk/organizations/?theme=housing&kind=club",
        "profile": "/pl/organizations/otwarte-drzwi/",
        "profile-untranslated": "/en/organizations/otwarte-drzwi/",
        "coverage": "/pl/organizations/coverage/",
        "coverage-bad-format": "/en/organizations/coverage/?format=xlsx",
    }


@pytest.fixture
def browser(directory_pages):
    """Chromium, started once the data is committed (no database work in the test's own
    thread while Playwright's event loop runs)."""
    if not CHROMIUM.exists():
        pytest.fail(f"{CHROMIUM} is missing: apt-get install chromium")
    with sync_playwright() as playwright:
        chromium = playwright.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        yield chromium
        chromium.close()


def visit(page, url, status=200):
    response = page.goto(url)
    assert response is not None
    assert response.status == status, f"{url} answered {response.status}"
    rules = page.evaluate(
        "[...document.styleSheets].reduce((n, sheet) => n + sheet.cssRules.length, 0)"
    )
    assert rules > 0, f"{url}: the stylesheet did not load"


def report(violations):
    lines = []
    for violation in violations:
        lines.append(f"\n[{violation['impact']}] {violation['id']}: {violation['help']}")
        for node in violation["nodes"]:
            lines.append(f"  - {' '.join(map(str, node['target']))}: {node['html'][:200]}")
    return "\n".join(lines)


@pytest.mark.parametrize(
    "name",
    [
        "listing",
        "listing-filtered",
        "profile",
        "profile-untranslated",
        "coverage",
        "coverage-bad-format",
    ],
)
def test_directory_page_has_no_wcag_21_aa_violations(live_server, directory_pages, browser, name):
    context = browser.new_context(locale="pl-PL")
    page = context.new_page()
    status = 400 if name == "coverage-bad-format" else 200
    visit(page, live_server.url + directory_pages[name], status=status)
    results = Axe().run(
        page,
        options={"runOnly": {"type": "tag", "values": WCAG_AA_TAGS}, "resultTypes": ["violations"]},
    )
    violations = results.response["violations"]
    context.close()
    assert not violations, f"axe found WCAG 2.1 AA violations on {name}:" + report(violations)


@pytest.mark.parametrize("name", ["listing", "profile", "coverage"])
def test_directory_page_fits_a_phone_screen(live_server, directory_pages, browser, name):
    context = browser.new_context(viewport={"width": PHONE_WIDTH, "height": 800})
    page = context.new_page()
    visit(page, live_server.url + directory_pages[name])
    scroll_width = page.evaluate("document.documentElement.scrollWidth")
    context.close()
    assert scroll_width <= PHONE_WIDTH


def test_the_filters_work_without_javascript(live_server, directory_pages, browser):
    context = browser.new_context(java_script_enabled=False)
    page = context.new_page()
    visit(page, live_server.url + "/en/organizations/")
    page.select_option("#directory-theme", "legal-aid")
    page.get_by_role("button", name="Show organisations").click()
    page.wait_for_url("**/en/organizations/?*theme=legal-aid*")
    cards = page.locator(".organisation-card .card__title a")
    names = cards.all_inner_texts()
    context.close()
    assert names == ["Fundacja Otwarte Drzwi"]
