"""The public newsletter pages meet WCAG 2.1 AA as far as axe-core can tell, in Polish and
Ukrainian, with errors shown, and fit a phone's width (see cms/tests/browser.py)."""

import pytest

from cms.tests.browser import (
    BROWSER_TESTS,
    PHONE_WIDTH,
    assert_accessible,
    assert_accessible_at,
    chromium,
    width_on_a_phone,
)
from home.factories import make_site_tree
from newsletter import subscriptions
from newsletter.factories import SubscriberFactory

pytestmark = BROWSER_TESTS


def path_of(url):
    return "/" + url.split("://", 1)[1].split("/", 1)[1]


@pytest.fixture
def site():
    """The site and a subscriber's links, made before the browser starts."""
    make_site_tree()
    subscriber = SubscriberFactory(email="olena@example.org", language="uk", kinds=["events"])
    return {
        "preferences": path_of(subscriptions.preferences_url(subscriber)),
        "unsubscribe": path_of(subscriptions.unsubscribe_url(subscriber)),
    }


@pytest.fixture
def browser(site):
    with chromium() as browser:
        yield browser


@pytest.mark.parametrize("language", ["pl", "uk"])
def test_the_sign_up_form_has_no_wcag_21_aa_violations(live_server, browser, language):
    context = browser.new_context(locale=f"{language}-{language.upper()}")
    page = context.new_page()
    response = page.goto(f"{live_server.url}/{language}/newsletter/")
    assert response is not None and response.status == 200
    assert page.locator("#id_homepage").is_hidden()
    assert_accessible(page, f"the newsletter form ({language})")

    # Sent empty (the form has novalidate), it shows its errors.
    with page.expect_navigation():
        page.locator("form.newsletter-form button[type=submit]").click()
    assert page.locator(".form-field__errors").count() > 0
    assert page.locator('[role="alert"]').count() >= 1
    assert_accessible(page, f"the newsletter form with errors ({language})")

    # Filled in, it ends on the page that asks to check the inbox.
    page.fill("#id_email", "olena.browser@example.org")
    page.locator("input[name=kinds][value=events]").check()
    page.locator("#id_consent").check()
    with page.expect_navigation():
        page.locator("form.newsletter-form button[type=submit]").click()
    assert page.url.endswith(f"/{language}/newsletter/check-your-inbox/")
    assert_accessible(page, f"the check-your-inbox page ({language})")
    context.close()


def test_signing_up_works_without_javascript(live_server, browser):
    context = browser.new_context(locale="uk-UA", java_script_enabled=False)
    page = context.new_page()
    page.goto(f"{live_server.url}/uk/newsletter/")
    page.fill("#id_email", "olena.nojs@example.org")
    page.locator("input[name=kinds][value=news]").check()
    page.locator("#id_consent").check()
    with page.expect_navigation():
        page.locator("form.newsletter-form button[type=submit]").click()
    assert page.url.endswith("/uk/newsletter/check-your-inbox/")
    context.close()


def test_the_links_pages_have_no_wcag_21_aa_violations(live_server, browser, site):
    base = live_server.url
    assert_accessible_at(browser, base + site["preferences"], "preferences", language="uk")
    assert_accessible_at(browser, base + site["unsubscribe"], "unsubscribe", language="uk")
    assert_accessible_at(
        browser, f"{base}/uk/newsletter/unsubscribe/forged/", "a broken link", 400, "uk"
    )


def test_the_newsletter_pages_fit_a_phone(live_server, browser, site):
    for path in ("/uk/newsletter/", site["preferences"], site["unsubscribe"]):
        assert width_on_a_phone(browser, live_server.url + path) <= PHONE_WIDTH, path
