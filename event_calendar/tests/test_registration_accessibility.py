"""The registration form and the registrant's page meet WCAG 2.1 AA as axe-core sees them
in Chromium, and fit a phone's screen (see cms/tests/browser.py for the set-up)."""

import datetime

import pytest

from cms.tests.browser import (
    BROWSER_TESTS,
    PHONE_WIDTH,
    assert_accessible_at,
    chromium,
    width_on_a_phone,
)
from event_calendar import registrations
from event_calendar.factories import EventIndexPageFactory, EventPageFactory
from event_calendar.registrations import signed_token
from event_calendar.tests.registration_fixtures import form_data, in_days
from home.factories import make_site_tree

pytestmark = BROWSER_TESTS


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


@pytest.fixture
def browser(site_pages):
    with chromium() as browser:
        yield browser


@pytest.mark.parametrize("name", ["form", "manage"])
def test_registration_pages_have_no_wcag_21_aa_violations(live_server, site_pages, browser, name):
    assert_accessible_at(browser, live_server.url + site_pages[name], name)


@pytest.mark.parametrize("name", ["form", "manage"])
def test_registration_pages_fit_a_phone_screen(live_server, site_pages, browser, name):
    assert width_on_a_phone(browser, live_server.url + site_pages[name]) <= PHONE_WIDTH
