"""The calendar's pages meet WCAG 2.1 AA as axe-core sees them in Chromium, and fit a phone's
screen (see cms/tests/browser.py for the set-up)."""

import datetime

import pytest

from cms.models import Theme
from cms.tests.browser import (
    BROWSER_TESTS,
    PHONE_WIDTH,
    assert_accessible_at,
    chromium,
    width_on_a_phone,
)
from event_calendar.factories import EventIndexPageFactory, EventPageFactory
from event_calendar.models import EventException
from event_calendar.tests.registration_fixtures import in_days
from home.factories import make_site_tree

pytestmark = BROWSER_TESTS

PAGES = ["listing", "archive", "month", "event", "home"]


@pytest.fixture
def site_pages():
    """A calendar with a regular meeting taking registration (one date cancelled), a
    training with themes and a past meeting; the paths to check."""
    homes = make_site_tree()
    index = EventIndexPageFactory(parent=homes["pl"], intro="Spotkania Forum i szkolenia.")
    start = in_days(2)
    weekly = EventPageFactory(
        parent=index,
        slug="spotkania",
        title="Spotkanie koordynacyjne organizacji pomagających w Warszawie",
        start=start,
        end=start + datetime.timedelta(hours=2),
        repeat="weekly",
        repeat_count=6,
        registration="open",
        capacity=20,
        venue="Centrum Wielokulturowe",
        address="ul. Jagiellońska 54, 03-468 Warszawa",
        languages=["pl"],
        interpretation=["uk"],
        online_url="https://meet.example.org/spotkania",
        body="<p>Porządek spotkania i lista obecności.</p>",
    )
    EventException.objects.create(
        page=weekly, original_date=(start + datetime.timedelta(days=7)).date()
    )
    training = EventPageFactory(
        parent=index,
        slug="szkolenie",
        title="Szkolenie: prawo pobytu",
        event_type="training",
        start=in_days(4),
        end=in_days(4, 20),
    )
    training.themes.set(Theme.objects.filter(locale__language_code="pl")[:2])
    training.save()
    EventPageFactory(parent=index, slug="dawne", start=in_days(-20), end=in_days(-20, 19))
    return {
        "listing": "/pl/events/",
        "archive": "/pl/events/?past=1",
        "month": start.strftime("/pl/events/%Y/%m/"),
        "event": "/pl/events/spotkania/",
        "home": "/pl/",
    }


@pytest.fixture
def browser(site_pages):
    with chromium() as browser:
        yield browser


@pytest.mark.parametrize("name", PAGES)
def test_calendar_pages_have_no_wcag_21_aa_violations(live_server, site_pages, browser, name):
    assert_accessible_at(browser, live_server.url + site_pages[name], name)


@pytest.mark.parametrize("name", PAGES)
def test_calendar_pages_fit_a_phone_screen(live_server, site_pages, browser, name):
    assert width_on_a_phone(browser, live_server.url + site_pages[name]) <= PHONE_WIDTH
