"""The support board, a listing and a working group page meet WCAG 2.1 AA as far as axe-core
can tell, in Debian's Chromium (see cms/tests/browser.py for the set-up)."""

import pytest
from django.contrib.auth.models import Group

from cms.tests.browser import (
    BROWSER_TESTS,
    PHONE_WIDTH,
    assert_accessible,
    chromium,
    visit,
    width_on_a_phone,
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

pytestmark = BROWSER_TESTS


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
    with chromium() as browser:
        yield browser


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
    visit(page, live_server.url + support_pages[name])
    if name == "listing":
        assert page.locator("form[action$='/propose/']").count() == 1  # logged in as member
    try:
        assert_accessible(page, name)
    finally:
        context.close()


@pytest.mark.parametrize("name", ["board", "listing"])
def test_support_pages_fit_a_phone_screen(live_server, support_pages, browser, name):
    assert width_on_a_phone(browser, live_server.url + support_pages[name]) <= PHONE_WIDTH
