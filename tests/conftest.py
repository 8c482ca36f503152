import datetime
import importlib
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


# --- Organisation space (issue 4) -------------------------------------------------------------

# A closed port on loopback: the address API is "down" unless a test serves a fake one.
UNREACHABLE_GEOCODER = "http://127.0.0.1:9"


@pytest.fixture(autouse=True)
def _geocoder_down_by_default(settings):
    settings.GEOCODER_URL = UNREACHABLE_GEOCODER
    settings.GEOCODER_TIMEOUT = 1.0


@pytest.fixture(autouse=True)
def _empty_cache():
    # Rate-limit counters live in the cache: every test starts with none.
    from django.core.cache import cache

    cache.clear()
    yield
    cache.clear()


@pytest.fixture
def fake_address_api(settings):
    """A fake Géoplateforme geocoding API served over real HTTP on 127.0.0.1; yields the list of
    queries it received."""
    from tests.fake_address_api import serve

    with serve() as (url, queries):
        settings.GEOCODER_URL = url
        yield queries


@pytest.fixture
def member_a(db):
    """A verified user who owns organisation A (in Rennes)."""
    from tests.factories import MembershipFactory

    return MembershipFactory(organization__name="Organisation A").user


@pytest.fixture
def member_b(db):
    """A verified user who owns organisation B (in Rennes too)."""
    from tests.factories import MembershipFactory

    return MembershipFactory(organization__name="Organisation B").user


# The functions of the migrations that fill reference tables (regions, taxonomies, the current edition,
# the moderators' groups, the editorial pages). All are idempotent.
DATA_MIGRATIONS = [
    ("regions.migrations.0002_reference_data", "load"),
    ("events.migrations.0002_taxonomies_and_edition", "load"),
    ("accounts.migrations.0002_role_groups", "create_groups"),
    ("pages.migrations.0002_initial_texts", "load"),
]


@pytest.fixture(autouse=True)
def _reference_data_after_flush(request):
    """A transactional test ends with a flush that empties the tables the data migrations filled, and
    serialized_rollback cannot be relied on here (Playwright's greenlets give the test another database
    connection object, without the serialized copy). Before each transactional test, the data
    migrations' functions run again when their data is missing. (pytest-django runs transactional
    tests after the others, so those never see an emptied database.)"""
    marker = request.node.get_closest_marker("django_db")
    if not (marker and marker.kwargs.get("transaction")) and "live_server" not in request.fixturenames:
        yield
        return
    request.getfixturevalue("transactional_db")
    from django.apps import apps

    from regions.models import Region

    if not Region.objects.exists():
        for module, function in DATA_MIGRATIONS:
            getattr(importlib.import_module(module), function)(apps, None)
    yield
