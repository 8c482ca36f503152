"""Every page family answers with the production headers, and grades A+ by the scoring rules of
Mozilla's HTTP Observatory (deploy/observatory.py), with the documented production settings."""

import re

import pytest

from deploy.observatory import score
from events.models import Edition
from tests.factories import EventFactory, UserFactory, add_moderator

pytestmark = pytest.mark.django_db

HSTS = "max-age=31536000; includeSubDomains; preload"
# A script element that runs (not a JSON or JSON-LD data block) without a src, an inline style or
# an inline event handler: what a strict policy refuses.
INLINE_SCRIPT = re.compile(r"<script(?![^>]*\bsrc=)(?![^>]*type=\"application/(?:ld\+)?json\")[^>]*>", re.I)
INLINE_STYLE = re.compile(r"<[a-z][^>]*\sstyle=|<[a-z][^>]*\son[a-z]+=", re.I)


@pytest.fixture
def production(settings):
    """The README's production variables (make serve, compose.yaml)."""
    settings.SECURE_SSL_REDIRECT = True
    settings.SECURE_HSTS_SECONDS = 31_536_000
    settings.SECURE_HSTS_INCLUDE_SUBDOMAINS = True
    settings.SECURE_HSTS_PRELOAD = True


@pytest.fixture
def site(member_a):
    event = EventFactory(organization=member_a.organizations.get())
    year = Edition.current().year
    return {
        "home": "/",
        "list": "/evenements/?region=bretagne&q=atelier",
        "map": "/carte/",
        "event": event.get_absolute_url(),
        "event card": f"{event.get_absolute_url()}fiche/",
        "regions": "/regions/",
        "region": "/regions/bretagne/",
        "region programme": "/regions/bretagne/programme/",
        "organisation": f"/organisations/{event.organization.slug}/",
        "editorial": "/le-mois/",
        "kit": "/kit/",
        "widget builder": "/integrer/",
        "widget": "/widget/?region=bretagne&carte=1",
        "api": "/api/evenements",
        "api home": "/api/",
        "feed": "/evenements/flux.xml",
        "calendar": "/evenements/calendrier.ics",
        "export": "/evenements/export.csv",
        "geojson": "/evenements/carte.geojson",
        "sitemap": "/sitemap.xml",
        "robots": "/robots.txt",
        "login": "/compte/connexion/",
        "sign-up": "/compte/inscription/",
        "password reset": "/compte/mot-de-passe-oublie/",
        "health": "/sante/",
        "not found": "/cette-page-n-existe-pas/",
        "badge": f"/kit/badge-{year}.png",
    }


def _persona(client, name, member_a):
    if name == "member":
        client.force_login(member_a)
    elif name == "national":
        client.force_login(add_moderator("national@ess-france.example.org", "--national"))


PRIVATE = {
    "member": {"space": "/espace/", "event form": "/espace/evenements/nouveau/", "account": "/compte/"},
    "national": {"admin": "/admin/", "review queue": "/admin/events/event/", "jobs": "/admin/taches/"},
}


def _families(site):
    for family, path in site.items():
        yield "visitor", family, path
    for persona, pages in PRIVATE.items():
        for family, path in pages.items():
            yield persona, family, path


def _check(client, family, path):
    response = client.get(path, secure=True)
    assert response.status_code in {200, 404}, (family, response.status_code)
    headers = response.headers
    policy = {part.split()[0]: part.split()[1:] for part in headers["Content-Security-Policy"].split("; ") if part}
    # Content-Security-Policy: nothing runs but the site's own files.
    assert policy["default-src"] == ["'none'"], family
    assert "'unsafe-inline'" not in policy["script-src"] and "'unsafe-eval'" not in policy["script-src"], family
    assert set(policy["script-src"]) <= {"'self'"} | {s for s in policy["script-src"] if s.startswith("'nonce-")}
    assert policy["style-src"] == ["'self'"], family
    assert policy["object-src"] == ["'none'"], family
    assert policy["base-uri"] == ["'none'"], family
    assert policy["form-action"] == ["'self'"], family
    if family == "widget":  # the one page other sites may frame
        assert policy["frame-ancestors"] == ["*"]
        assert "X-Frame-Options" not in headers
    else:
        assert policy["frame-ancestors"] == ["'none'"], family
        assert headers["X-Frame-Options"] == "DENY", family
    # « Me localiser » (the list, the map, a region's page) asks for the position from the site itself only.
    geolocation = "geolocation=(self)" if family in {"list", "map", "region"} else "geolocation=()"
    assert geolocation in headers["Permissions-Policy"].split(", "), family
    assert headers["Strict-Transport-Security"] == HSTS, family
    assert headers["X-Content-Type-Options"] == "nosniff", family
    assert headers["Referrer-Policy"] == "same-origin", family
    assert re.fullmatch(r"[0-9a-f]{32}", headers["X-Request-ID"]), family
    body = response.content.decode() if "html" in headers.get("Content-Type", "") else ""
    assert not INLINE_SCRIPT.search(body), f"{family}: an inline script: {INLINE_SCRIPT.search(body)[0]}"
    assert not INLINE_STYLE.search(body), f"{family}: an inline style or handler: {INLINE_STYLE.search(body)[0]}"
    # Plain HTTP: redirected to the same address over HTTPS (the load balancer's health check excepted).
    plain = client.get(path)
    if family == "health":
        assert plain.status_code == 200
    else:
        assert plain.status_code == 301 and plain["Location"] == f"https://testserver{path}", family
        http_location = plain["Location"]
    result = score(
        f"https://testserver{path}",
        dict(headers.items()),
        [morsel.OutputString() for morsel in response.cookies.values()],
        body,
        http_location if family != "health" else f"https://testserver{path}",
    )
    assert result.grade == "A+", (family, result.total, result.tests)
    return result


def test_every_page_family_has_the_production_headers_and_grades_a_plus(client, production, site, member_a):
    scored = {}
    for persona, family, path in _families(site):
        client.logout()
        _persona(client, persona, member_a)
        scored[family] = _check(client, family, path)
    assert len(scored) == len(site) + sum(len(pages) for pages in PRIVATE.values())
    # Logged in, the session cookie is Secure, HttpOnly and SameSite: the cookies bonus.
    assert min(result.total for result in scored.values()) >= 120


def test_session_and_csrf_cookies_are_secure_httponly_samesite(client, production):
    user = UserFactory(email="benevole@example.org", password="un-secret-assez-long")
    client.get("/compte/connexion/", secure=True)
    response = client.post(
        "/compte/connexion/", {"username": user.email, "password": "un-secret-assez-long"}, secure=True
    )
    session = response.cookies["sessionid"]
    assert (session["secure"], session["httponly"], session["samesite"]) == (True, True, "Lax")
    csrf = client.cookies["csrftoken"]
    assert (csrf["secure"], csrf["samesite"]) == (True, "Lax")


def test_scorer_marks_down_what_the_observatory_marks_down():
    """The scorer is no rubber stamp: an unsafe policy, no HSTS, no redirect each cost the grade."""
    good = {
        "Content-Security-Policy": "default-src 'none'; script-src 'self'; frame-ancestors 'none'",
        "Strict-Transport-Security": HSTS,
        "X-Content-Type-Options": "nosniff",
        "Referrer-Policy": "same-origin",
        "Content-Type": "text/html",
    }
    url, redirect = "https://example.org/", "https://example.org/"
    assert score(url, good, [], "", redirect).grade == "A+"
    unsafe = {**good, "Content-Security-Policy": "default-src 'self' 'unsafe-inline'"}
    assert score(url, unsafe, [], "", redirect).grade == "C+"  # -20, and no frame-ancestors nor XFO: -20
    assert score(url, good, [], "", redirect).total == 120
    assert score(url, {**good, "Strict-Transport-Security": "max-age=300"}, [], "", redirect).total == 110
    assert score(url, good, [], "", None).grade == "B+"
    assert score(url, good, ["sessionid=x; Path=/"], "", redirect).total == 60
    external = '<script src="https://cdn.example.net/lib.js"></script>'
    assert score(url, good, [], external, redirect).tests["subresource-integrity"][1] == -5
