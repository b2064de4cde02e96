"""Browser tests: Debian's headless Chromium driven by Playwright against the live server."""

import os
import shutil

import pytest

from kancelaria.demo import seed_demo

CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"
CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking"]
E2E_PASSWORD = "e2e-demo-password"
WCAG_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]

# Playwright's sync API runs an event loop in this thread; the ORM calls made by fixtures here
# are ordinary synchronous code that Django would otherwise refuse inside it.
os.environ.setdefault("DJANGO_ALLOW_ASYNC_UNSAFE", "true")


def pytest_collection_modifyitems(items):
    for item in items:
        if "/e2e/" in str(item.fspath):
            item.add_marker(pytest.mark.e2e)


@pytest.fixture(scope="session")
def browser():
    if not os.path.exists(CHROMIUM):
        pytest.skip("Debian's chromium is not installed (apt-get install chromium)")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        yield browser
        browser.close()


@pytest.fixture
def e2e_demo(transactional_db):
    """The demo data in the live server's database."""
    seed_demo(password=E2E_PASSWORD)


@pytest.fixture
def page(browser, live_server, e2e_demo):
    context = browser.new_context(locale="pl-PL", timezone_id="Europe/Warsaw")
    page = context.new_page()
    page.set_default_timeout(15_000)
    page.base_url = live_server.url
    yield page
    context.close()


@pytest.fixture
def log_in(page):
    """Log in through the login form as a demo user."""

    def _log_in(username):
        page.goto(f"{page.base_url}/accounts/login/")
        page.fill("#id_username", username)
        page.fill("#id_password", E2E_PASSWORD)
        page.click("form.form button[type=submit]")
        page.wait_for_url(f"{page.base_url}/")
        return page

    return _log_in


@pytest.fixture
def axe_violations():
    """Run axe-core (shipped inside axe-playwright-python) for WCAG 2.1 A/AA; list violations."""
    from axe_playwright_python.sync_playwright import Axe

    axe = Axe()

    def _check(page):
        options = {"runOnly": {"type": "tag", "values": WCAG_TAGS}}
        results = axe.run(page, options=options)
        return [
            f"{v['id']}: {v['help']} ({len(v['nodes'])}× e.g. {v['nodes'][0]['target']})"
            for v in results.response["violations"]
        ]

    return _check
