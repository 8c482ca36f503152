"""The cache-backed limiter: fixed windows, hashed keys, the client address behind a proxy."""

import pytest
from django.core.cache import cache
from django.test import RequestFactory

from accounts import ratelimit

RATE = ratelimit.Rate(3, 60)


def test_consume_allows_up_to_limit_then_refuses():
    assert [ratelimit.consume("test", "a", RATE) for _ in range(4)] == [True, True, True, False]
    assert ratelimit.is_limited("test", "a", RATE)
    assert not ratelimit.is_limited("test", "b", RATE)


def test_window_expires(_frozen_clock):
    for _ in range(3):
        ratelimit.hit("test", "a", RATE)
    _frozen_clock.shift(61)
    assert not ratelimit.is_limited("test", "a", RATE)
    assert ratelimit.consume("test", "a", RATE)


def test_identifiers_are_hashed_and_case_insensitive():
    ratelimit.hit("login", "Benevole@Example.org", RATE)
    assert ratelimit.count("login", "benevole@example.org") == 1
    assert not any("benevole" in key for key in cache._cache)  # locmem's own store


def test_reset_clears_counter():
    ratelimit.hit("test", "a", RATE)
    ratelimit.reset("test", "a")
    assert ratelimit.count("test", "a") == 0


@pytest.mark.parametrize(("behind_proxy", "expected"), [(False, "10.0.0.2"), (True, "203.0.113.9")])
def test_client_ip(settings, behind_proxy, expected):
    settings.SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https") if behind_proxy else None
    request = RequestFactory().get("/", REMOTE_ADDR="10.0.0.2", HTTP_X_FORWARDED_FOR="1.2.3.4, 203.0.113.9")
    assert ratelimit.client_ip(request) == expected
