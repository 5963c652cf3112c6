"""What the browser tests share: Debian's Chromium driven by Playwright, axe-core's WCAG 2.1
AA rules, and a phone's width.

A real browser is needed: contrast, focus and overflow depend on the stylesheet. Without
/usr/bin/chromium the tests skip, except under ``CI=true`` where they fail: CI must never
pass without the browser.

Playwright's sync API runs an asyncio event loop in the test's thread, and Django refuses
database work there (SynchronousOnlyOperation). So a module's ``browser`` fixture builds its
data first, then starts Chromium (``with chromium() as browser: yield browser``); meanwhile
only the live server's thread touches the database. That keeps Django's async-safety check
on for every test.
"""

import os
from contextlib import contextmanager
from pathlib import Path

import pytest
from axe_playwright_python.sync_playwright import Axe
from playwright.sync_api import sync_playwright

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

# A browser module's ``pytestmark``. Live-server tests need committed data (the server
# answers from another thread); the serialized rollback restores what the data migrations
# made (locales, themes, the root page), which the transactional flush would otherwise wipe.
BROWSER_TESTS = [
    pytest.mark.browser,
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]
if not CHROMIUM.exists() and os.environ.get("CI") != "true":
    BROWSER_TESTS.append(
        pytest.mark.skip(reason=f"{CHROMIUM} is missing: apt-get install chromium")
    )


@contextmanager
def chromium():
    if not CHROMIUM.exists():
        pytest.fail(f"{CHROMIUM} is missing: apt-get install chromium")
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        yield browser
        browser.close()


def visit(page, url, status=200):
    response = page.goto(url)
    assert response is not None
    assert response.status == status, f"{url} answered {response.status}"
    # axe judges contrast and focus on the page as styled, so the stylesheet must be there.
    rules = page.evaluate(
        "[...document.styleSheets].reduce((n, sheet) => n + sheet.cssRules.length, 0)"
    )
    assert rules > 0, f"{url}: the stylesheet did not load"


def report(violations):
    lines = []
    for violation in violations:
        lines.append(f"\n[{violation['impact']}] {violation['id']}: {violation['help']}")
        lines.append(f"  {violation['helpUrl']}")
        for node in violation["nodes"]:
            lines.append(f"  - {' '.join(map(str, node['target']))}")
            lines.append(f"    {node['html'][:200]}")
            lines.extend(f"    {line}" for line in node["failureSummary"].splitlines())
    return "\n".join(lines)


def assert_accessible(page, name):
    """axe-core finds no WCAG 2.1 AA violation on ``page`` as it is now."""
    results = Axe().run(
        page,
        options={"runOnly": {"type": "tag", "values": WCAG_AA_TAGS}, "resultTypes": ["violations"]},
    )
    violations = results.response["violations"]
    assert not violations, f"axe found WCAG 2.1 AA violations on {name}:" + report(violations)


def assert_accessible_at(browser, url, name, status=200, language="pl"):
    """``url`` answers ``status`` and axe-core finds no WCAG 2.1 AA violation on it."""
    context = browser.new_context(locale=f"{language}-{language.upper()}")
    page = context.new_page()
    visit(page, url, status)
    try:
        assert_accessible(page, name)
    finally:
        context.close()


def width_on_a_phone(browser, url):
    """How wide ``url`` lays out in a phone's viewport: at most ``PHONE_WIDTH`` when it fits."""
    context = browser.new_context(viewport={"width": PHONE_WIDTH, "height": 800})
    page = context.new_page()
    visit(page, url)
    width = page.evaluate("document.documentElement.scrollWidth")
    context.close()
    return width
