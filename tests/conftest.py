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


@pytest.fixture(scope="session", autouse=True)
def _static_files_from_the_sources():
    """The test servers serve the static files from the sources (the finders): the pages must name them
    so, even where `make serve` has run collectstatic in this checkout (its manifest of hashed names
    would point the browser at files the test server does not have)."""
    from django.contrib.staticfiles.storage import staticfiles_storage

    if hasattr(staticfiles_storage, "hashed_files"):
        staticfiles_storage.hashed_files = {}


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
    # Playwright's wait_for_function() evaluates its expression with eval(), which the site's
    # Content-Security-Policy refuses: the tests' own scripts bypass it (tests/security/test_csp_browser.py
    # checks the pages under the real policy).
    context = browser.new_context(locale="fr-FR", timezone_id="Europe/Paris", base_url=live_server.url, bypass_csp=True)
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


# --- Personas (defined here once; see docs/security.md) -------------------------------------------
# Region A is Bretagne (organisation A in Rennes, Ille-et-Vilaine), region B is Pays de la Loire
# (organisation B in Nantes, Loire-Atlantique). The sixth persona, the anonymous visitor, is nobody.
# Moderators and national staff are set up the way an operator does it: with `manage.py add_moderator`.


@pytest.fixture
def region_a(db):
    from tests.factories import region

    return region("bretagne")


@pytest.fixture
def region_b(db):
    from tests.factories import region

    return region("pays-de-la-loire")


@pytest.fixture
def organization_a(db):
    from tests.factories import OrganizationFactory

    return OrganizationFactory(name="Répar’Rennes", slug="repar-rennes")


@pytest.fixture
def organization_b(db):
    from tests.factories import OrganizationFactory, department

    return OrganizationFactory(
        name="Coop des bords de Loire",
        slug="coop-des-bords-de-loire",
        department=department("44"),
        postal_code="44000",
        city="Nantes",
    )


@pytest.fixture
def member_a(organization_a):
    """A verified user who owns organisation A."""
    from tests.factories import MembershipFactory

    return MembershipFactory(organization=organization_a, user__email="benevole@repar-rennes.example.org").user


@pytest.fixture
def member_b(organization_b):
    """A verified user who owns organisation B (another region)."""
    from tests.factories import MembershipFactory

    return MembershipFactory(organization=organization_b, user__email="benevole@coop-loire.example.org").user


@pytest.fixture
def moderator_a(region_a):
    """The CRESS moderator of region A."""
    from tests.factories import add_moderator

    return add_moderator("moderation@cress-bretagne.example.org", "--region", "bretagne")


@pytest.fixture
def moderator_b(region_b):
    """The CRESS moderator of region B."""
    from tests.factories import add_moderator

    return add_moderator("moderation@cress-pdl.example.org", "--region", "pays-de-la-loire")


@pytest.fixture
def national(db):
    """National staff (ESS France): every region."""
    from tests.factories import add_moderator

    return add_moderator("national@ess-france.example.org", "--national")


# Rebuilt by the post_migrate signal that follows every flush, so never restored from the snapshot.
_RECREATED_BY_FLUSH = {"contenttypes.contenttype", "auth.permission"}


@pytest.fixture(scope="session")
def _reference_data_snapshot(django_db_setup, django_db_blocker):
    """The test database as the migrations left it (regions, departments, taxonomies, editions, groups…),
    with natural foreign keys so that a group's permissions survive their recreation."""
    from django.apps import apps
    from django.core import serializers

    models = serializers.sort_dependencies([(app, None) for app in apps.get_app_configs()])
    with django_db_blocker.unblock():
        objects = [
            obj
            for model in models
            if model._meta.label_lower not in _RECREATED_BY_FLUSH and not model._meta.proxy and model._meta.managed
            for obj in model._default_manager.order_by("pk")
        ]
        return serializers.serialize("json", objects, use_natural_foreign_keys=True)


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
    from django.db import connection, transaction

    from regions.models import Region

    if Region.objects.exists():
        return
    with transaction.atomic(), connection.constraint_checks_disabled():
        for item in serializers.deserialize("json", snapshot, handle_forward_references=True):
            item.save()
