"""A small fixed-window rate limiter on Django's cache.

With `REDIS_URL` set the cache is Redis, so the counters are shared by every process of the
site; without it they live in each process's memory (fine for one process, e.g. in development).
"""

import hashlib
from dataclasses import dataclass

from django.conf import settings
from django.core.cache import cache
from django.utils.translation import gettext as _


@dataclass(frozen=True)
class Rate:
    limit: int
    window: int  # seconds

    @property
    def minutes(self) -> int:
        return max(1, self.window // 60)


# Documented in docs/space.md ("Anti-abuse") and docs/security.md; tests/test_docs.py keeps that table equal to these.
SIGNUP_PER_IP = Rate(5, 3600)
# Failed password checks (every login form, the admin's included, and the current password asked by the
# account pages: accounts/backends.py counts them all). One address guessing one account's password is
# stopped early; an address trying many accounts a little later. The account itself, whatever the address,
# only at a much higher count, so that failures from rotating addresses do not lock its owner out: its
# counter is also cleared by a successful password reset.
LOGIN_FAILURES_PER_PAIR = Rate(10, 15 * 60)
LOGIN_FAILURES_PER_IP = Rate(50, 15 * 60)
LOGIN_FAILURES_PER_ACCOUNT = Rate(100, 3600)
PASSWORD_RESET_PER_IP = Rate(5, 3600)
PASSWORD_RESET_PER_ADDRESS = Rate(3, 3600)
VERIFICATION_RESEND_PER_USER = Rate(3, 3600)
EVENT_SUBMISSIONS_PER_USER = Rate(30, 3600)
INVITATIONS_PER_USER = Rate(20, 3600)
GEOCODING_PER_USER = Rate(120, 60)
# « Signaler un problème » on an event page: a few reports an hour from one address.
EVENT_REPORTS_PER_IP = Rate(5, 3600)
# Each download rebuilds the user's whole file: a few are plenty, a loop is not.
PERSONAL_DATA_DOWNLOADS_PER_USER = Rate(10, 3600)
# The accessibility report form (pages): a few messages an hour from one address, no mail flood.
ACCESSIBILITY_REPORTS_PER_IP = Rate(5, 3600)
# E-mail alerts (alerts app): requests per address of the visitor (answer 429), and confirmation mails
# per e-mail address (silently: the answer is the same, so that nobody learns which addresses are known).
ALERT_REQUESTS_PER_IP = Rate(10, 3600)
ALERT_MAILS_PER_ADDRESS = Rate(3, 3600)


def _key(scope: str, ident: str) -> str:
    # Hash the identifier: e-mail addresses must not appear in cache keys (or Redis dumps).
    digest = hashlib.sha256(ident.strip().lower().encode()).hexdigest()[:32]
    return f"ratelimit:{scope}:{digest}"


def count(scope: str, ident: str) -> int:
    return cache.get(_key(scope, ident), 0)


def is_limited(scope: str, ident: str, rate: Rate) -> bool:
    """True when `ident` has already used up its `rate` in `scope` (does not count a hit)."""
    return count(scope, ident) >= rate.limit


def hit(scope: str, ident: str, rate: Rate) -> int:
    """Count one hit; the window starts at the first hit and lasts `rate.window` seconds."""
    key = _key(scope, ident)
    cache.add(key, 0, timeout=rate.window)
    try:
        return cache.incr(key)
    except ValueError:  # expired between add() and incr()
        cache.set(key, 1, timeout=rate.window)
        return 1


def consume(scope: str, ident: str, rate: Rate) -> bool:
    """Count one hit and say whether it is allowed (False once the limit is passed)."""
    return hit(scope, ident, rate) <= rate.limit


def reset(scope: str, ident: str) -> None:
    cache.delete(_key(scope, ident))


def too_many_attempts(rate: Rate) -> str:
    """The French refusal shown with a 429 answer."""
    return _("Trop de tentatives. Par sécurité, attendez %(minutes)s minutes avant de réessayer.") % {
        "minutes": rate.minutes
    }


def _pair(email: str, ip: str) -> str:
    return f"{email.strip()}\n{ip}"


def _login_counters(email: str, ip: str):
    # Most lasting block first: it is the one worth telling.
    yield "login-account", email, LOGIN_FAILURES_PER_ACCOUNT
    if ip:
        yield "login-pair", _pair(email, ip), LOGIN_FAILURES_PER_PAIR
        yield "login-ip", ip, LOGIN_FAILURES_PER_IP


def login_block(*, email: str, ip: str) -> Rate | None:
    """The limit that refuses a password check for `email` from `ip` now, if any (counts nothing).

    `email` is the address typed, whether or not it has an account: unknown addresses are limited
    the same way, so the limiter tells nobody which accounts exist. `ip` is empty when unknown.
    """
    for scope, ident, rate in _login_counters(email, ip):
        if is_limited(scope, ident, rate):
            return rate
    return None


def record_login_failure(*, email: str, ip: str) -> None:
    for scope, ident, rate in _login_counters(email, ip):
        hit(scope, ident, rate)


def record_login_success(*, email: str, ip: str) -> None:
    # Only the pair: a success must not hand someone guessing from elsewhere a fresh account budget.
    if ip:
        reset("login-pair", _pair(email, ip))


def clear_login_failures(*, email: str, ip: str) -> None:
    """After a successful password reset: the owner proved they hold the mailbox."""
    reset("login-account", email)
    if ip:
        reset("login-pair", _pair(email, ip))


def note_throttled(request, rate: Rate) -> None:
    """Remember on the request that a limit refused it, for the view to answer 429."""
    request.throttled_rate = rate


def throttled_rate(request) -> Rate | None:
    return getattr(request, "throttled_rate", None)


def client_ip(request) -> str:
    """The client's address; behind a proxy (BEHIND_PROXY), the last one it appended."""
    if settings.SECURE_PROXY_SSL_HEADER:
        forwarded = request.META.get("HTTP_X_FORWARDED_FOR", "")
        if forwarded:
            return forwarded.split(",")[-1].strip()
    return request.META.get("REMOTE_ADDR", "")
