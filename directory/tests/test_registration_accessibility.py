"""The registration form meets WCAG 2.1 AA as far as axe-core can tell, in Polish and in
Ukrainian, and when it shows errors (see cms/tests/test_accessibility.py for the set-up)."""

import pytest

from cms.tests.browser import BROWSER_TESTS, assert_accessible, chromium
from home.factories import make_site_tree

pytestmark = BROWSER_TESTS


@pytest.fixture
def browser():
    """Chromium, started after the site is built (cms/tests/browser.py)."""
    make_site_tree()
    with chromium() as browser:
        yield browser


@pytest.mark.parametrize("language", ["pl", "uk"])
def test_the_registration_form_has_no_wcag_21_aa_violations(live_server, browser, language):
    context = browser.new_context(locale=f"{language}-{language.upper()}")
    page = context.new_page()
    response = page.goto(f"{live_server.url}/{language}/organizations/register/")
    assert response is not None and response.status == 200
    assert page.locator("#id_homepage").is_hidden()
    assert_accessible(page, f"the registration form ({language})")

    # Sent empty (without JavaScript's help: the form has novalidate), it shows its errors.
    with page.expect_navigation():
        page.locator("form.organisation-form button[type=submit]").click()
    assert page.locator(".form-field__errors").count() > 0
    assert page.locator('[role="alert"]').count() >= 1
    assert_accessible(page, f"the registration form with errors ({language})")
    context.close()
