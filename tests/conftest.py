import datetime
import os
import shutil
from zoneinfo import ZoneInfo

import pytest
import time_machine

CHROMIUM = os.environ.get("CHROMIUM_PATH") or shutil.which("chromium") or "/usr/bin/chromium"
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
    "--disable-quic",
]


# Tests run on 20 November 2026 at 10:00 in Paris, whatever the real date: the 2026 edition is then
# under way, with past and upcoming events. The clock keeps ticking from there.
TEST_NOW = datetime.datetime(2026, 11, 20, 10, 0, tzinfo=ZoneInfo("Europe/Paris"))


@pytest.fixture(autouse=True)
def _frozen_clock():
    with time_machine.travel(TEST_NOW, tick=True) as traveller:
        yield traveller


@pytest.fixture(autouse=True)
def _fast_password_hasher(settings):
    # The production hasher costs ~0.3 s per password; tests hash many.
    settings.PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]


@pytest.fixture(autouse=True)
def _media_root(settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path / "media"


@pytest.fixture(scope="session")
def browser():
    """A headless Chromium driven by Playwright; skipped where no Chromium is installed."""
    if not os.path.exists(CHROMIUM):
        if os.environ.get("REQUIRE_BROWSER"):
            pytest.fail(f"REQUIRE_BROWSER is set but no Chromium was found at {CHROMIUM}.")
        pytest.skip("No Chromium installed (apt-get install chromium): browser test skipped.")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        chromium = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS, headless=True)
        yield chromium
        chromium.close()


@pytest.fixture
def page(browser, live_server, settings):
    # The browser lives in real time while the server lives on TEST_NOW: cookies must not expire
    # in between, whatever the real date is.
    settings.SESSION_COOKIE_AGE = settings.CSRF_COOKIE_AGE = 20 * 365 * 24 * 3600
    # The live server speaks plain HTTP.
    settings.SESSION_COOKIE_SECURE = settings.CSRF_COOKIE_SECURE = False
    context = browser.new_context(locale="fr-FR", timezone_id="Europe/Paris", base_url=live_server.url)
    context.set_default_timeout(10_000)
    tab = context.new_page()
    yield tab
    context.close()


@pytest.fixture(scope="session")
def _reference_data_snapshot(django_db_setup, django_db_blocker):
    """The test database as the migrations left it: regions, departments, taxonomies, editions…"""
    from django.db import connection

    with django_db_blocker.unblock():
        return connection.creation.serialize_db_to_string()


@pytest.fixture(autouse=True)
def _restore_reference_data(request):
    """A transactional test (every browser test) ends by emptying every table, the data migrations'
    reference data included. Put it back before the next one. (Django's serialized_rollback does not
    help here: Playwright's event loop gives the test a connection object without the snapshot.)"""
    marker = request.node.get_closest_marker("django_db")
    if marker is None or not marker.kwargs.get("transaction"):
        return
    snapshot = request.getfixturevalue("_reference_data_snapshot")
    request.getfixturevalue("transactional_db")
    from django.core import serializers

    from regions.models import Region

    if Region.objects.exists():
        return
    # Content types and permissions were recreated by the flush's post_migrate signal.
    recreated = {"contenttypes.contenttype", "auth.permission"}
    for item in serializers.deserialize("json", snapshot):
        if item.object._meta.label_lower not in recreated:
            item.object.save_base(raw=True)
