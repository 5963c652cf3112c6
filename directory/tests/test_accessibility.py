"""The directory's public pages meet WCAG 2.1 AA as far as axe-core can tell, fit a phone's
screen, and the filters work without JavaScript (see cms/tests/test_accessibility.py for
the browser set-up this follows)."""

import pytest

from cms.models import TargetGroup
from cms.tests.browser import (
    BROWSER_TESTS,
    PHONE_WIDTH,
    assert_accessible_at,
    chromium,
    visit,
    width_on_a_phone,
)
from directory.factories import (
    OrganisationFactory,
    OrganisationIndexPageFactory,
    SupportListingFactory,
)
from directory.models import OrganisationKind, Status
from home.factories import make_site_tree, translate_page

pytestmark = BROWSER_TESTS


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
    """Chromium, started once the data is committed (cms/tests/browser.py)."""
    with chromium() as browser:
        yield browser


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
    status = 400 if name == "coverage-bad-format" else 200
    assert_accessible_at(browser, live_server.url + directory_pages[name], name, status)


@pytest.mark.parametrize("name", ["listing", "profile", "coverage"])
def test_directory_page_fits_a_phone_screen(live_server, directory_pages, browser, name):
    assert width_on_a_phone(browser, live_server.url + directory_pages[name]) <= PHONE_WIDTH


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
