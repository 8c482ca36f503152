"""In a real browser, the site-wide Content-Security-Policy blocks nothing the pages need: the map,
the filters, the event form's scripts, the widget in its builder, the admin's map all run without a
single violation."""

import pytest

from events.models import Event
from tests.factories import EventFactory

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

RECORD_VIOLATIONS = """
window.__cspViolations = [];
document.addEventListener("securitypolicyviolation", (event) => {
  window.__cspViolations.push(`${event.violatedDirective} ${event.blockedURI} ${event.sourceFile}:${event.lineNumber}`);
});
"""


@pytest.fixture
def watched(browser, live_server, settings):
    """A tab under the site's real policy (the shared `page` fixture bypasses it for Playwright's
    own scripts)."""
    settings.SESSION_COOKIE_AGE = settings.CSRF_COOKIE_AGE = 20 * 365 * 24 * 3600
    settings.SESSION_COOKIE_SECURE = settings.CSRF_COOKIE_SECURE = False  # the live server speaks HTTP
    context = browser.new_context(locale="fr-FR", timezone_id="Europe/Paris", base_url=live_server.url)
    context.set_default_timeout(10_000)
    page = context.new_page()
    page.add_init_script(RECORD_VIOLATIONS)
    # No network but this machine's: the map's tiles are allowed by the policy and simply fail.
    page.route(
        "**/*", lambda route: route.continue_() if route.request.url.startswith(live_server.url) else route.abort()
    )
    yield page
    context.close()


def _violations(page, path: str, ready: str) -> list[str]:
    page.goto(path)
    page.wait_for_selector(ready, state="attached")
    page.wait_for_load_state("networkidle")
    return page.evaluate("window.__cspViolations")


def test_public_pages_run_their_scripts_without_violation(watched):
    event = EventFactory(title="Répar’café", latitude=48.11, longitude=-1.68)
    pages = {
        "/evenements/": ".leaflet-marker-icon, .map-cluster",
        "/carte/": ".leaflet-marker-icon, .map-cluster",
        event.get_absolute_url(): ".leaflet-marker-icon",
        "/widget/?region=bretagne&carte=1": ".leaflet-marker-icon, .map-cluster",
        "/integrer/?region=bretagne": "iframe",
        "/kit/": "main",
    }
    found = {path: _violations(watched, path, ready) for path, ready in pages.items()}
    assert found == {path: [] for path in pages}
    # The watch works: an inline script, as an injection would add, is refused and reported.
    with pytest.raises(Exception, match=r"Content Security Policy|Refused"):
        watched.add_script_tag(content="window.injected = true")
    assert watched.evaluate("window.injected") is None
    assert watched.evaluate("window.__cspViolations")[0].startswith("script-src")


def test_event_form_and_admin_map_run_without_violation(watched, member_a, national):
    organization = member_a.organizations.get()
    event = EventFactory(organization=organization, state=Event.State.PENDING, latitude=48.11, longitude=-1.68)
    watched.goto("/compte/connexion/")
    watched.get_by_label("Adresse e-mail").fill(member_a.email)
    watched.get_by_label("Mot de passe").fill("motdepasse-de-test")
    watched.get_by_role("button", name="Se connecter").click()
    watched.wait_for_url("**/espace/")
    assert _violations(watched, "/espace/evenements/nouveau/", "[data-point-lat]") == []

    national.set_password("motdepasse-de-test")
    national.save()
    watched.context.clear_cookies()
    watched.goto("/admin/login/")
    watched.fill("#id_username", national.email)
    watched.fill("#id_password", "motdepasse-de-test")
    watched.locator("input[type=submit]").click()
    watched.wait_for_url("**/admin/")
    assert _violations(watched, f"/admin/events/event/{event.pk}/change/", ".leaflet-container") == []
