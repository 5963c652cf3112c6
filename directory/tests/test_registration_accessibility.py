"""The registration form meets WCAG 2.1 AA as far as axe-core can tell, in Polish and in
Ukrainian, and when it shows errors (see cms/tests/test_accessibility.py for the set-up)."""

import os

import pytest
from axe_playwright_python.sync_playwright import Axe
from playwright.sync_api import sync_playwright

from cms.tests.test_accessibility import CHROMIUM, CHROMIUM_ARGS, WCAG_AA_TAGS, _report
from home.factories import make_site_tree

pytestmark = [
    pytest.mark.browser,
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]
if not CHROMIUM.exists() and os.environ.get("CI") != "true":
    pytestmark.append(pytest.mark.skip(reason=f"{CHROMIUM} is missing: apt-get install chromium"))


@pytest.fixture
def browser():
    """Chromium, started after the site is built (no database work in Playwright's loop)."""
    make_site_tree()
    if not CHROMIUM.exists():
        pytest.fail(f"{CHROMIUM} is missing: apt-get install chromium")
    with sync_playwright() as playwright:
        chromium = playwright.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        yield chromium
        chromium.close()


def assert_no_violations(page, name):
    results = Axe().run(
        page,
        options={"runOnly": {"type": "tag", "values": WCAG_AA_TAGS}, "resultTypes": ["violations"]},
    )
    violations = results.response["violations"]
    assert not violations, f"axe found WCAG 2.1 AA violations on {name}:" + _report(violations)


@pytest.mark.parametrize("language", ["pl", "uk"])
def test_the_registration_form_has_no_wcag_21_aa_violations(live_server, browser, language):
    context = browser.new_context(locale=f"{language}-{language.upper()}")
    page = context.new_page()
    response = page.goto(f"{live_server.url}/{language}/organizations/register/")
    assert response is not None and response.status == 200
    assert page.locator("#id_homepage").is_hidden()
    assert_no_violations(page, f"the registration form ({language})")

    # Sent empty (without JavaScript's help: the form has novalidate), it shows its errors.
    with page.expect_navigation():
        page.locator("form.organisation-form button[type=submit]").click()
    assert page.locator(".form-field__errors").count() > 0
    assert page.locator('[role="alert"]').count() >= 1
    assert_no_violations(page, f"the registration form with errors ({language})")
    context.close()
