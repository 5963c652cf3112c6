"""The registration form and the registrant's page meet WCAG 2.1 AA as axe-core sees them
in Chromium, and fit a phone's screen (see cms/tests/test_accessibility.py for the set-up)."""

import datetime
import os

import pytest
from axe_playwright_python.sync_playwright import Axe

from cms.tests.test_accessibility import (
    CHROMIUM,
    PHONE_WIDTH,
    WCAG_AA_TAGS,
    _report,
    _visit,
    browser,  # noqa: F401 (fixture)
)
from event_calendar import registrations
from event_calendar.factories import EventIndexPageFactory, EventPageFactory
from event_calendar.registrations import signed_token
from event_calendar.tests.registration_fixtures import form_data, in_days
from home.factories import make_site_tree

pytestmark = [
    pytest.mark.browser,
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]
if not CHROMIUM.exists() and os.environ.get("CI") != "true":
    pytestmark.append(pytest.mark.skip(reason=f"{CHROMIUM} is missing: apt-get install chromium"))


@pytest.fixture
def site_pages():
    """An event taking registration, with one registrant; the paths to check."""
    homes = make_site_tree()
    index = EventIndexPageFactory(parent=homes["pl"])
    start = in_days(10)
    event = EventPageFactory(
        parent=index,
        slug="warsztaty",
        start=start,
        end=start + datetime.timedelta(hours=2),
        registration="open",
        capacity=10,
        online_url="https://meet.example.org/warsztaty",
    )
    registration = registrations.register(event, start.date(), form_data(), "pl")
    return {
        "form": "/pl/events/warsztaty/register/",
        "manage": f"/pl/events/registrations/{signed_token(registration)}/",
    }


@pytest.mark.parametrize("name", ["form", "manage"])
def test_registration_pages_have_no_wcag_21_aa_violations(live_server, site_pages, browser, name):  # noqa: F811
    context = browser.new_context(locale="pl-PL")
    page = context.new_page()
    _visit(page, live_server.url + site_pages[name])
    results = Axe().run(
        page,
        options={"runOnly": {"type": "tag", "values": WCAG_AA_TAGS}, "resultTypes": ["violations"]},
    )
    violations = results.response["violations"]
    context.close()
    assert not violations, f"axe found WCAG 2.1 AA violations on {name}:" + _report(violations)


@pytest.mark.parametrize("name", ["form", "manage"])
def test_registration_pages_fit_a_phone_screen(live_server, site_pages, browser, name):  # noqa: F811
    context = browser.new_context(viewport={"width": PHONE_WIDTH, "height": 800})
    page = context.new_page()
    _visit(page, live_server.url + site_pages[name])
    scroll_width = page.evaluate("document.documentElement.scrollWidth")
    context.close()
    assert scroll_width <= PHONE_WIDTH
