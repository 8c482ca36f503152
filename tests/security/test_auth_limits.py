"""Every password check shares one rate limiter (the site's login, the admin's, the current password asked
by the account pages), and the limits stop guessing without letting anyone lock an owner out."""

import re

import pytest
from django.contrib.auth import authenticate
from django.core import mail
from django.test import Client, RequestFactory

from accounts import ratelimit
from accounts.models import User
from tests.factories import UserFactory

pytestmark = pytest.mark.django_db

SITE_LOGIN = "/compte/connexion/"
ADMIN_LOGIN = "/admin/login/"
PASSWORD = "motdepasse-de-test"  # tests.factories.UserFactory's
EMAIL = "moderation@cress-bretagne.example.org"
PAIR = ratelimit.LOGIN_FAILURES_PER_PAIR
REFUSAL = "Trop de tentatives. Par sécurité, attendez 15\u00a0minutes avant de réessayer."


@pytest.fixture
def moderator():
    return UserFactory(email=EMAIL, is_staff=True)


def _login(client, url, password, address="10.0.0.1", email=EMAIL):
    return client.post(url, {"username": email, "password": password}, REMOTE_ADDR=address)


def _assert_refused(response, rate=PAIR):
    assert response.status_code == 429
    assert response["Retry-After"] == str(rate.window)
    assert ratelimit.too_many_attempts(rate) in response.content.decode()


def _text(response) -> str:
    return response.content.decode().replace("\u00a0", " ").replace("&nbsp;", " ")


# --- Finding 2: the admin's login shares the site's limits ----------------------------------------------


@pytest.mark.parametrize("url", [ADMIN_LOGIN, SITE_LOGIN])
def test_wrong_passwords_hit_the_limit_on_every_login_page(client, moderator, url):
    for _ in range(PAIR.limit):
        assert _login(client, url, "pas-le-bon").status_code == 200
    response = _login(client, url, PASSWORD)
    _assert_refused(response)
    assert "_auth_user_id" not in client.session


def test_admin_refusal_is_the_sites_french_message(client, moderator):
    for _ in range(PAIR.limit):
        _login(client, ADMIN_LOGIN, "pas-le-bon")
    assert "Trop de tentatives. Par sécurité, attendez 15 minutes avant de réessayer." in _text(
        _login(client, ADMIN_LOGIN, PASSWORD)
    )


@pytest.mark.parametrize(("first", "then"), [(SITE_LOGIN, ADMIN_LOGIN), (ADMIN_LOGIN, SITE_LOGIN)])
def test_failures_on_one_login_page_count_on_the_other(client, moderator, first, then):
    half = PAIR.limit // 2
    for _ in range(half):
        _login(client, first, "pas-le-bon")
    for _ in range(PAIR.limit - half):
        _login(client, then, "pas-le-bon")
    _assert_refused(_login(client, first, PASSWORD))
    _assert_refused(_login(client, then, PASSWORD))


def test_admin_login_works_below_the_limit(client, moderator):
    _login(client, ADMIN_LOGIN, "pas-le-bon")
    response = _login(client, ADMIN_LOGIN, PASSWORD)
    assert response.status_code == 302
    assert client.session["_auth_user_id"] == str(moderator.pk)


def test_any_caller_of_authenticate_is_limited(moderator):
    request = RequestFactory().post("/", REMOTE_ADDR="10.0.0.1")
    for _ in range(PAIR.limit):
        assert authenticate(request, username=EMAIL, password="pas-le-bon") is None
    assert authenticate(request, username=EMAIL, password=PASSWORD) is None
    assert ratelimit.throttled_rate(request) == PAIR


def test_current_password_guesses_on_the_password_change_page_are_limited(client, moderator):
    # The admin's own password change page is not exposed: it leads to the site's.
    client.force_login(moderator)
    response = client.get("/admin/password_change/")
    assert (response.status_code, response["Location"]) == (302, "/compte/mot-de-passe/")
    new = {"new_password1": "un-nouveau-secret-long", "new_password2": "un-nouveau-secret-long"}
    for _ in range(PAIR.limit):
        response = client.post("/compte/mot-de-passe/", {"old_password": "faux", **new}, REMOTE_ADDR="10.0.0.1")
        assert response.status_code == 200
    response = client.post("/compte/mot-de-passe/", {"old_password": PASSWORD, **new}, REMOTE_ADDR="10.0.0.1")
    _assert_refused(response)
    moderator.refresh_from_db()
    assert moderator.check_password(PASSWORD)
    # … and those guesses count on the login pages too.
    client.logout()
    _assert_refused(_login(client, SITE_LOGIN, PASSWORD))


def test_current_password_guesses_on_account_deletion_are_limited(client, moderator):
    client.force_login(moderator)
    for _ in range(PAIR.limit):
        assert client.post("/compte/supprimer/", {"password": "faux"}, REMOTE_ADDR="10.0.0.1").status_code == 200
    _assert_refused(client.post("/compte/supprimer/", {"password": PASSWORD}, REMOTE_ADDR="10.0.0.1"))
    assert User.objects.filter(pk=moderator.pk).exists()


@pytest.mark.parametrize("url", [SITE_LOGIN, ADMIN_LOGIN])
def test_login_pages_keep_csrf(moderator, url):
    client = Client(enforce_csrf_checks=True)
    response = client.post(url, {"username": EMAIL, "password": PASSWORD})
    assert response.status_code == 403
    assert "_auth_user_id" not in client.session


def test_admin_login_offers_the_sites_password_reset(client):
    html = client.get(ADMIN_LOGIN).content.decode()
    assert 'href="/admin/mot-de-passe-oublie/"' in html
    response = client.get("/admin/mot-de-passe-oublie/")
    assert (response.status_code, response["Location"]) == (302, "/compte/mot-de-passe-oublie/")


# --- Finding 8: no lock-out from rotating addresses ----------------------------------------------------


def test_failures_from_rotating_addresses_do_not_lock_the_owner_out(client, moderator):
    for n in range(3 * PAIR.limit):
        assert _login(client, SITE_LOGIN, "pas-le-bon", address=f"10.0.{n // PAIR.limit}.{n}").status_code == 200
    response = _login(client, SITE_LOGIN, PASSWORD, address="192.0.2.7")
    assert response.status_code == 302
    assert client.session["_auth_user_id"] == str(moderator.pk)


def test_the_owners_address_is_not_blocked_by_other_addresses_failures(client, moderator):
    _login(client, SITE_LOGIN, "pas-le-bon", address="192.0.2.7")
    for n in range(2 * PAIR.limit):
        _login(client, SITE_LOGIN, "pas-le-bon", address=f"10.0.0.{n}")
    assert _login(client, SITE_LOGIN, PASSWORD, address="192.0.2.7").status_code == 302


def test_pair_limit_still_blocks_guessing_from_one_address(client, moderator, _frozen_clock):
    for _ in range(PAIR.limit):
        _login(client, SITE_LOGIN, "pas-le-bon")
    response = _login(client, SITE_LOGIN, PASSWORD)
    _assert_refused(response)
    assert REFUSAL.replace("\u00a0", " ") in _text(response)
    # Another address is not held back; after the window the blocked one is not either.
    assert _login(Client(), SITE_LOGIN, PASSWORD, address="10.0.0.2").status_code == 302
    _frozen_clock.shift(PAIR.window + 1)
    assert _login(client, SITE_LOGIN, PASSWORD).status_code == 302


def test_address_limit_blocks_trying_many_accounts(client, moderator):
    per_ip = ratelimit.LOGIN_FAILURES_PER_IP
    for n in range(per_ip.limit):
        _login(client, SITE_LOGIN, "pas-le-bon", email=f"personne{n}@example.org")
    _assert_refused(_login(client, SITE_LOGIN, PASSWORD), per_ip)
    assert _login(client, SITE_LOGIN, PASSWORD, address="10.0.0.2").status_code == 302


def test_account_limit_is_high_and_a_password_reset_clears_it(client, moderator):
    per_account = ratelimit.LOGIN_FAILURES_PER_ACCOUNT
    assert per_account.limit >= 5 * PAIR.limit
    for n in range(per_account.limit):
        _login(client, SITE_LOGIN, "pas-le-bon", address=f"10.0.{n // 250}.{n % 250}")
    _assert_refused(_login(client, SITE_LOGIN, PASSWORD, address="192.0.2.7"), per_account)
    # The owner can always choose a new password, and log in with it at once.
    client.post("/compte/mot-de-passe-oublie/", {"email": EMAIL}, REMOTE_ADDR="192.0.2.7")
    link = re.search(r"http://[^\s]+(/compte/mot-de-passe-oublie/[^\s]+/)", mail.outbox[0].body).group(1)
    form_page = client.get(link, follow=True, REMOTE_ADDR="192.0.2.7")
    new = {"new_password1": "un-nouveau-secret-long", "new_password2": "un-nouveau-secret-long"}
    assert client.post(form_page.redirect_chain[-1][0], new, REMOTE_ADDR="192.0.2.7").status_code == 302
    assert _login(client, SITE_LOGIN, "un-nouveau-secret-long", address="192.0.2.8").status_code == 302


def test_unknown_addresses_are_limited_like_known_ones(client):
    for _ in range(PAIR.limit):
        _login(client, SITE_LOGIN, "pas-le-bon", email="inconnu@example.org")
    _assert_refused(_login(client, SITE_LOGIN, "x", email="inconnu@example.org"))
