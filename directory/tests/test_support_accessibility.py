"""The support board, a listing and a working group page meet WCAG 2.1 AA as far as axe-core
can tell, in Debian's Chromium (see cms/tests/test_accessibility.py for the set-up)."""

import os

import pytest
from axe_playwright_python.sync_playwright import Axe
from django.contrib.auth.models import Group
from playwright.sync_api import sync_playwright

from cms.tests.test_accessibility import (
    CHROMIUM,
    CHROMIUM_ARGS,
    PHONE_WIDTH,
    WCAG_AA_TAGS,
    _report,
    _visit,
)
from directory.factories import (
    OrganisationFactory,
    SupportIndexPageFactory,
    SupportListingFactory,
    WorkingGroupIndexPageFactory,
    WorkingGroupPageFactory,
)
from directory.models import ListingKind
from home.factories import make_site_tree

pytestmark = [
    pytest.mark.browser,
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]
if not CHROMIUM.exists() and os.environ.get("CI") != "true":
    pytestmark.append(pytest.mark.skip(reason=f"{CHROMIUM} is missing: apt-get install chromium"))


@pytest.fixture
def support_pages(django_user_model):
    """The board with a need and a matching offer, and a working group; their paths."""
    homes = make_site_tree()
    SupportIndexPageFactory(parent=homes["pl"], intro="Potrzeby i oferty organizacji.")
    groups = WorkingGroupIndexPageFactory(parent=homes["pl"])
    lead = OrganisationFactory(name="UNHCR (demo)")
    group = WorkingGroupPageFactory(
        parent=groups, slug="mieszkania", lead_organisation=lead, contact_email="g@example.org"
    )
    group.member_organisations.set([OrganisationFactory()])
    group.save_revision().publish()
    need = SupportListingFactory(title="Tłumacze na dyżury", themes=["housing"])
    SupportListingFactory(title="Oferujemy tłumaczy", kind=ListingKind.OFFER, themes=["housing"])
    user = django_user_model.objects.create_user(username="axe", password="secret-axe-1")
    user.groups.add(Group.objects.get(name="Members"))
    OrganisationFactory().members.add(user)
    return {
        "board": "/pl/support/",
        "listing": f"/pl/support/{need.pk}/",
        "working-group": "/pl/working-groups/mieszkania/",
        "new-listing": "/pl/support/new/",
    }


@pytest.fixture
def browser(support_pages):
    if not CHROMIUM.exists():
        pytest.fail(f"{CHROMIUM} is missing: apt-get install chromium")
    with sync_playwright() as playwright:
        chromium = playwright.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        yield chromium
        chromium.close()


def log_in(page, base_url):
    page.goto(f"{base_url}/pl/account/login/")
    page.fill("input[name=username]", "axe")
    page.fill("input[name=password]", "secret-axe-1")
    page.click("main button[type=submit]")


@pytest.mark.parametrize("name", ["board", "listing", "working-group", "new-listing"])
def test_support_pages_have_no_wcag_21_aa_violations(live_server, support_pages, browser, name):
    context = browser.new_context(locale="pl-PL")
    page = context.new_page()
    log_in(page, live_server.url)  # members see the most: the post link, the proposal form
    _visit(page, live_server.url + support_pages[name])
    if name == "listing":
        assert page.locator("form[action$='/propose/']").count() == 1  # logged in as member
    results = Axe().run(
        page,
        options={"runOnly": {"type": "tag", "values": WCAG_AA_TAGS}, "resultTypes": ["violations"]},
    )
    context.close()
    violations = results.response["violations"]
    assert not violations, f"axe found WCAG 2.1 AA violations on {name}:" + _report(violations)


@pytest.mark.parametrize("name", ["board", "listing"])
def test_support_pages_fit_a_phone_screen(live_server, support_pages, browser, name):
    context = browser.new_context(viewport={"width": PHONE_WIDTH, "height": 800})
    page = context.new_page()
    _visit(page, live_server.url + support_pages[name])
    scroll_width = page.evaluate("document.documentElement.scrollWidth")
    viewport_width = page.evaluate("window.innerWidth")
    context.close()
    assert scroll_width <= viewport_width == PHONE_WIDTH
