"""The scoring rules of Mozilla's HTTP Observatory, applied to the site's pages.

    python deploy/observatory.py https://127.0.0.1:8443      (what `make observatory` runs)

The Observatory itself only scans public hosts: this applies its published rules (MDN, « HTTP
Observatory scoring methodology ») to one response per page family, here or in the tests
(tests/security/test_deployment.py scores the test client's responses with ``score``). Each test starts at
100 and takes away or adds: a page with no penalty and the bonuses it earns grades A+ (≥ 100).
Not scored here, since they need the world outside: whether the host is on the browsers' HSTS
preload list (+5 once it is), and the TLS configuration (the Observatory does not grade it).
"""

import argparse
import re
import ssl
import sys
import urllib.error
import urllib.request
from dataclasses import dataclass, field
from urllib.parse import urljoin, urlparse

SIX_MONTHS = 15_768_000
GRADES = [(100, "A+"), (90, "A"), (85, "A-"), (80, "B+"), (70, "B"), (65, "B-"), (60, "C+"), (50, "C"), (45, "C-"),
          (40, "D+"), (30, "D"), (25, "D-"), (0, "F")]  # fmt: skip
PRIVATE_REFERRER = {"no-referrer", "same-origin", "strict-origin", "strict-origin-when-cross-origin"}
SESSION_COOKIE = re.compile(r"sess|sid|auth|login|token", re.IGNORECASE)
ANTI_CSRF_COOKIE = re.compile(r"csrf|xsrf", re.IGNORECASE)
SCRIPT_SRC = re.compile(r"<script\b[^>]*\bsrc\s*=\s*[\"']([^\"']+)[\"'][^>]*>", re.IGNORECASE)


@dataclass
class Score:
    url: str
    tests: dict[str, tuple[str, int]] = field(default_factory=dict)  # test: (result, modifier)

    def add(self, test: str, result: str, modifier: int) -> None:
        self.tests[test] = (result, modifier)

    @property
    def penalties(self) -> int:
        return sum(modifier for _result, modifier in self.tests.values() if modifier < 0)

    @property
    def total(self) -> int:
        base = 100 + self.penalties
        # Bonuses count only for a page that keeps at least 90 after its penalties.
        bonus = sum(modifier for _result, modifier in self.tests.values() if modifier > 0) if base >= 90 else 0
        return max(base + bonus, 0)

    @property
    def grade(self) -> str:
        return next(grade for floor, grade in GRADES if self.total >= floor)


def _csp(policy: str) -> dict[str, list[str]]:
    directives = {}
    for part in policy.split(";"):
        words = part.split()
        if words and words[0].lower() not in directives:
            directives[words[0].lower()] = [word.lower() for word in words[1:]]
    return directives


BROAD = {"ftp:", "http:", "https:", "*", "http://*", "http://*.*", "https://*", "https://*.*"}
INLINE = {"'unsafe-inline'", "data:"}
NONCES_HASHES = ("'sha256-", "'sha384-", "'sha512-", "'nonce-")


def _score_csp(score: Score, headers: dict) -> None:
    policy = headers.get("content-security-policy")
    if not policy:
        score.add("content-security-policy", "csp-not-implemented", -25)
        return
    csp = _csp(policy)
    default = csp.get("default-src") or ["*"]
    scripts = set(csp.get("script-src") or default)
    styles = set(csp.get("style-src") or default)
    objects = set(csp.get("object-src") or default)
    for sources in (scripts, styles):  # a nonce or a hash makes browsers ignore 'unsafe-inline'
        if any(source.startswith(NONCES_HASHES) for source in sources):
            sources.discard("'unsafe-inline'")
    if "'strict-dynamic'" in scripts and any(source.startswith(NONCES_HASHES) for source in scripts):
        scripts -= BROAD | {"'self'", "'unsafe-inline'"}
    passive = [source for name in ("img-src", "media-src") for source in csp.get(name, default)]
    active = [source for name, sources in csp.items() if name not in {"img-src", "media-src"} for source in sources]
    if scripts & (BROAD | INLINE) or objects & BROAD:
        score.add("content-security-policy", "csp-implemented-with-unsafe-inline", -20)
    elif any(source.startswith(("http:", "ftp:")) or "http://" in source for source in active):
        score.add("content-security-policy", "csp-implemented-with-insecure-scheme", -20)
    elif "'unsafe-eval'" in scripts | styles:
        score.add("content-security-policy", "csp-implemented-with-unsafe-eval", -10)
    elif any(source.startswith(("http:", "ftp:")) or "http://" in source for source in passive):
        score.add("content-security-policy", "csp-implemented-with-insecure-scheme-in-passive-content-only", -10)
    elif styles & (BROAD | INLINE):
        score.add("content-security-policy", "csp-implemented-with-unsafe-inline-in-style-src-only", 0)
    elif csp.get("default-src") == ["'none'"]:
        score.add("content-security-policy", "csp-implemented-with-no-unsafe-default-src-none", 10)
    else:
        score.add("content-security-policy", "csp-implemented-with-no-unsafe", 0)


def _score_cookies(score: Score, set_cookies: list[str], *, https: bool) -> None:
    if not set_cookies:
        score.add("cookies", "cookies-not-found", 0)
        return
    worst = ("cookies-secure-with-httponly-sessions-and-samesite", 5)
    for cookie in set_cookies:
        name = cookie.split("=", 1)[0].strip()
        flags = {part.split("=", 1)[0].strip().lower(): part for part in cookie.split(";")[1:]}
        samesite = flags.get("samesite", "").split("=", 1)[-1].strip().lower()
        session = bool(SESSION_COOKIE.search(name)) and not ANTI_CSRF_COOKIE.search(name)
        if session and "secure" not in flags:
            candidate = ("cookies-session-without-secure-flag", -40)
        elif session and "httponly" not in flags:
            candidate = ("cookies-session-without-httponly-flag", -30)
        elif "secure" not in flags and https:
            candidate = ("cookies-without-secure-flag", -20)
        elif ANTI_CSRF_COOKIE.search(name) and samesite not in {"lax", "strict"}:
            candidate = ("cookies-anticsrf-without-samesite-flag", -20)
        elif samesite and samesite not in {"lax", "strict", "none"}:
            candidate = ("cookies-samesite-flag-invalid", -20)
        elif not samesite:
            candidate = ("cookies-secure-with-httponly-sessions", 0)
        else:
            continue
        worst = min(worst, candidate, key=lambda item: item[1])
    score.add("cookies", *worst)


def _score_cors(score: Score, headers: dict) -> None:
    origin = headers.get("access-control-allow-origin")
    if origin is None:
        score.add("cross-origin-resource-sharing", "cross-origin-resource-sharing-not-implemented", 0)
    elif origin.strip() == "*" and headers.get("access-control-allow-credentials", "").lower() != "true":
        score.add("cross-origin-resource-sharing", "cross-origin-resource-sharing-implemented-with-public-access", 0)
    else:
        score.add(
            "cross-origin-resource-sharing", "cross-origin-resource-sharing-implemented-with-universal-access", -50
        )


def _score_redirection(score: Score, http_location: str | None, url: str) -> None:
    if http_location is None:
        score.add("redirection", "redirection-missing", -20)
        return
    target = urlparse(http_location)
    if target.scheme != "https":
        score.add("redirection", "redirection-not-to-https-on-initial-redirection", -10)
    elif target.hostname != urlparse(url).hostname:
        score.add("redirection", "redirection-off-host-from-http", -5)
    else:
        score.add("redirection", "redirection-to-https", 0)


def _score_referrer(score: Score, headers: dict) -> None:
    policy = headers.get("referrer-policy", "").split(",")[-1].strip().lower()
    if not policy:
        score.add("referrer-policy", "referrer-policy-not-implemented", 0)
    elif policy in PRIVATE_REFERRER:
        score.add("referrer-policy", "referrer-policy-private", 5)
    elif policy == "no-referrer-when-downgrade":
        score.add("referrer-policy", "referrer-policy-no-referrer-when-downgrade", 0)
    else:
        score.add("referrer-policy", "referrer-policy-unsafe", -5)


def _score_hsts(score: Score, headers: dict) -> None:
    value = headers.get("strict-transport-security")
    if not value:
        score.add("strict-transport-security", "hsts-not-implemented", -20)
        return
    match = re.search(r"max-age\s*=\s*\"?(\d+)", value, re.IGNORECASE)
    if not match:
        score.add("strict-transport-security", "hsts-header-invalid", -20)
    elif int(match[1]) < SIX_MONTHS:
        score.add("strict-transport-security", "hsts-implemented-max-age-less-than-six-months", -10)
    else:
        score.add("strict-transport-security", "hsts-implemented-max-age-at-least-six-months", 0)


def _score_sri(score: Score, headers: dict, body: str, url: str) -> None:
    if "html" not in headers.get("content-type", ""):
        score.add("subresource-integrity", "sri-not-implemented-response-not-html", 0)
        return
    tags = [(match[0], match[1]) for match in SCRIPT_SRC.finditer(body)]
    if not tags:
        score.add("subresource-integrity", "sri-not-implemented-but-no-scripts-loaded", 0)
        return
    own = urlparse(url)
    external = [(tag, src) for tag, src in tags if urlparse(urljoin(url, src)).netloc != own.netloc]
    if not external:
        score.add("subresource-integrity", "sri-not-implemented-but-all-scripts-loaded-from-secure-origin", 0)
    elif all("integrity=" in tag and urljoin(url, src).startswith("https:") for tag, src in external):
        score.add("subresource-integrity", "sri-implemented-and-external-scripts-loaded-securely", 5)
    else:
        score.add("subresource-integrity", "sri-not-implemented-but-external-scripts-loaded-securely", -5)


def _score_nosniff(score: Score, headers: dict) -> None:
    if headers.get("x-content-type-options", "").strip().lower() == "nosniff":
        score.add("x-content-type-options", "x-content-type-options-nosniff", 0)
    else:
        score.add("x-content-type-options", "x-content-type-options-not-implemented", -5)


def _score_framing(score: Score, headers: dict) -> None:
    # Like the Observatory, any frame-ancestors counts (« specifically not checking for * »): the
    # widget, framable by design, has frame-ancestors *.
    if "frame-ancestors" in _csp(headers.get("content-security-policy", "")):
        score.add("x-frame-options", "x-frame-options-implemented-via-csp", 5)
    elif headers.get("x-frame-options", "").strip().upper() in {"DENY", "SAMEORIGIN"}:
        score.add("x-frame-options", "x-frame-options-sameorigin-or-deny", 0)
    else:
        score.add("x-frame-options", "x-frame-options-not-implemented", -20)


def _score_corp(score: Score, headers: dict) -> None:
    value = headers.get("cross-origin-resource-policy")
    if value is None:
        score.add("cross-origin-resource-policy", "corp-not-implemented", 0)
    elif value.strip().lower() in {"same-site", "same-origin", "cross-origin"}:
        score.add("cross-origin-resource-policy", f"corp-implemented-with-{value.strip().lower()}", 0)
    else:
        score.add("cross-origin-resource-policy", "corp-header-invalid", -5)


def score(url: str, headers: dict, set_cookies: list[str], body: str, http_location: str | None) -> Score:
    """Score one HTTPS response: its headers (any case), its Set-Cookie lines, its body, and where
    the same address in plain HTTP redirects to (None: no redirect)."""
    headers = {name.lower(): value for name, value in headers.items()}
    result = Score(url)
    _score_csp(result, headers)
    _score_cookies(result, set_cookies, https=url.startswith("https:"))
    _score_cors(result, headers)
    _score_redirection(result, http_location, url)
    _score_referrer(result, headers)
    _score_hsts(result, headers)
    _score_sri(result, headers, body, url)
    _score_nosniff(result, headers)
    _score_framing(result, headers)
    _score_corp(result, headers)
    return result


# -- Against a running site ---------------------------------------------------------------------------


class _NoRedirect(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, *args, **kwargs):
        return None


def _fetch(opener, url: str):
    try:
        response = opener.open(url, timeout=30)
    except urllib.error.HTTPError as error:
        response = error
    return response


def _page_families(opener, site: str) -> dict[str, str]:
    """One address per page family, the event, region and organisation ones from the sitemap."""
    families = {
        "home": "/", "list": "/evenements/?region=bretagne", "map": "/carte/", "editorial": "/le-mois/",
        "open data": "/integrer/", "api": "/api/evenements", "feed": "/evenements/flux.xml",
        "login": "/compte/connexion/", "sign-up": "/compte/inscription/", "health": "/sante/",
        "admin": "/admin/login/", "widget": "/widget/",
    }  # fmt: skip
    sitemap = _fetch(opener, urljoin(site, "/sitemap.xml")).read().decode()
    for family, pattern in (("event", r"/evenements/[^/<]+/"), ("region", r"/regions/[^/<]+/"),
                            ("organisation", r"/organisations/[^/<]+/")):  # fmt: skip
        found = re.search(r"<loc>[^<]*?(" + pattern + r")</loc>", sitemap)
        if found:
            families[family] = found[1]
    return families


def main() -> int:
    parser = argparse.ArgumentParser(description="Score the site's page families by the HTTP Observatory's rules.")
    parser.add_argument("site", help="https://host[:port] of the site, behind its proxy")
    parser.add_argument("--http", help="the same site in plain HTTP (default: port 8080 for 8443, else 80)")
    parser.add_argument("--cafile", help="the certificate to trust (make serve's: .serve/tls/cert.pem)")
    args = parser.parse_args()
    context = ssl.create_default_context(cafile=args.cafile)
    opener = urllib.request.build_opener(_NoRedirect, urllib.request.HTTPSHandler(context=context))
    site = urlparse(args.site)
    http_base = args.http or f"http://{site.hostname}" + (":8080" if site.port == 8443 else "")
    rows = []
    for family, path in _page_families(opener, args.site).items():
        url = urljoin(args.site, path)
        response = _fetch(opener, url)
        redirect = _fetch(opener, urljoin(http_base, path))
        location = redirect.headers.get("Location") if 300 <= redirect.status < 400 else None
        result = score(
            url,
            dict(response.headers.items()),
            response.headers.get_all("Set-Cookie") or [],
            response.read().decode("utf-8", "replace"),
            location,
        )
        rows.append((family, path, response.status, result))
    print(f"| Page family | Address | Status | Score | Grade | Below zero or bonus |\n|{'---|' * 6}")
    for family, path, status, result in rows:
        notes = ", ".join(f"{name} {value:+d}" for name, (_r, value) in result.tests.items() if value) or "—"
        print(f"| {family} | `{path}` | {status} | {result.total} | {result.grade} | {notes} |")
    return 0


if __name__ == "__main__":
    sys.exit(main())
