"""Login, logout, password reset and change, account deletion."""

import re

import pytest
from django.core import mail
from django.urls import reverse

from accounts.models import User
from events.models import Event
from organizations.models import Membership
from tests.factories import EventFactory, MembershipFactory, UserFactory

pytestmark = pytest.mark.django_db

LOGIN = "/compte/connexion/"
RESET = "/compte/mot-de-passe-oublie/"
PASSWORD = "motdepasse-de-test"


def test_login_with_email_goes_to_dashboard(client):
    user = UserFactory(email="benevole@example.org")
    response = client.post(LOGIN, {"username": "Benevole@Example.org", "password": PASSWORD})
    assert response.status_code == 302
    assert response["Location"] == reverse("space:dashboard")
    assert client.session["_auth_user_id"] == str(user.pk)


def test_login_follows_safe_next_only(client):
    UserFactory(email="benevole@example.org")
    response = client.post(
        LOGIN, {"username": "benevole@example.org", "password": PASSWORD, "next": "/espace/evenements/nouveau/"}
    )
    assert response["Location"] == "/espace/evenements/nouveau/"
    client.logout()
    response = client.post(
        LOGIN, {"username": "benevole@example.org", "password": PASSWORD, "next": "https://evil.example/"}
    )
    assert response["Location"] == reverse("space:dashboard")


def test_login_failure_same_answer_whether_account_exists(client):
    UserFactory(email="benevole@example.org")
    wrong_password = client.post(LOGIN, {"username": "benevole@example.org", "password": "pas-le-bon"})
    unknown = client.post(LOGIN, {"username": "inconnu@example.org", "password": "pas-le-bon"})
    assert wrong_password.status_code == unknown.status_code == 200
    strip = lambda r, email: r.content.decode().replace(email, "X").split('name="csrfmiddlewaretoken"')[0]  # noqa: E731
    assert strip(wrong_password, "benevole@example.org") == strip(unknown, "inconnu@example.org")
    assert "Adresse e-mail ou mot de passe incorrect" in unknown.content.decode()


def test_login_locked_after_ten_failures_for_the_account(client, _frozen_clock):
    UserFactory(email="benevole@example.org")
    for _ in range(10):
        client.post(LOGIN, {"username": "benevole@example.org", "password": "pas-le-bon"})
    response = client.post(LOGIN, {"username": "benevole@example.org", "password": PASSWORD})
    assert response.status_code == 429
    assert "Trop de tentatives" in response.content.decode()
    assert "_auth_user_id" not in client.session
    # An unknown address is locked the same way (no enumeration through the limiter).
    for _ in range(10):
        client.post(LOGIN, {"username": "inconnu@example.org", "password": "pas-le-bon"})
    assert client.post(LOGIN, {"username": "inconnu@example.org", "password": "x"}).status_code == 429
    # After the cool-off the right password works again.
    _frozen_clock.shift(16 * 60)
    assert client.post(LOGIN, {"username": "benevole@example.org", "password": PASSWORD}).status_code == 302


def test_login_honeypot_refuses_robots(client):
    UserFactory(email="benevole@example.org")
    response = client.post(LOGIN, {"username": "benevole@example.org", "password": PASSWORD, "telecopie": "x"})
    assert response.status_code == 200
    assert "_auth_user_id" not in client.session


def test_logout_needs_post(client, member_a):
    client.force_login(member_a)
    assert client.get("/compte/deconnexion/").status_code == 405
    assert client.post("/compte/deconnexion/").status_code == 302
    assert "_auth_user_id" not in client.session


def test_password_reset_same_answer_and_mail_only_for_known(client):
    UserFactory(email="benevole@example.org")
    known = client.post(RESET, {"email": "benevole@example.org"})
    unknown = client.post(RESET, {"email": "inconnu@example.org"})
    assert known.status_code == unknown.status_code == 302
    assert known["Location"] == unknown["Location"] == reverse("accounts:password_reset_done")
    assert [m.to for m in mail.outbox] == [["benevole@example.org"]]


def test_password_reset_link_sets_new_password_and_verifies_address(client):
    user = UserFactory(email="benevole@example.org", email_verified_at=None)
    client.post(RESET, {"email": "benevole@example.org"})
    link = re.search(r"http://[^\s]+(/compte/mot-de-passe-oublie/[^\s]+/)", mail.outbox[0].body).group(1)
    form_page = client.get(link, follow=True)
    assert form_page.status_code == 200
    response = client.post(
        form_page.redirect_chain[-1][0],
        {"new_password1": "un-nouveau-secret-long", "new_password2": "un-nouveau-secret-long"},
    )
    assert response.status_code == 302
    user.refresh_from_db()
    assert user.check_password("un-nouveau-secret-long")
    assert user.is_email_verified


def test_password_reset_rate_limited_per_address_silently(client):
    UserFactory(email="benevole@example.org")
    for _ in range(5):
        response = client.post(RESET, {"email": "benevole@example.org"}, REMOTE_ADDR="10.0.0.1")
        assert response.status_code == 302
    assert len(mail.outbox) == 3


def test_password_reset_rate_limited_per_ip(client):
    for n in range(5):
        client.post(RESET, {"email": f"p{n}@example.org"})
    response = client.post(RESET, {"email": "p9@example.org"})
    assert response.status_code == 429
    assert "Trop de tentatives" in response.content.decode()


def test_password_change_requires_old_password(client, member_a):
    client.force_login(member_a)
    response = client.post(
        "/compte/mot-de-passe/",
        {"old_password": "faux", "new_password1": "un-nouveau-secret-long", "new_password2": "un-nouveau-secret-long"},
    )
    assert response.status_code == 200
    assert 'id="id_old_password_error"' in response.content.decode()
    response = client.post(
        "/compte/mot-de-passe/",
        {
            "old_password": PASSWORD,
            "new_password1": "un-nouveau-secret-long",
            "new_password2": "un-nouveau-secret-long",
        },
    )
    assert response.status_code == 302
    member_a.refresh_from_db()
    assert member_a.check_password("un-nouveau-secret-long")


def test_account_page_requires_login(client):
    response = client.get("/compte/")
    assert response.status_code == 302
    assert response["Location"] == "/compte/connexion/?next=/compte/"


def test_account_deletion_keeps_published_events_and_hands_over(client):
    owner = MembershipFactory().user
    organization = owner.organizations.get()
    editor = MembershipFactory(organization=organization, role=Membership.Role.EDITOR).user
    event = EventFactory(organization=organization)
    client.force_login(owner)
    assert client.post("/compte/supprimer/", {"password": "faux"}).status_code == 200
    assert User.objects.filter(pk=owner.pk).exists()
    response = client.post("/compte/supprimer/", {"password": PASSWORD})
    assert response.status_code == 302
    assert not User.objects.filter(pk=owner.pk).exists()
    assert Event.objects.published().filter(pk=event.pk, organization=organization).exists()
    assert Membership.objects.get(user=editor).role == Membership.Role.OWNER
    assert "_auth_user_id" not in client.session


@pytest.mark.parametrize(
    ("url", "data", "title"),
    [
        (LOGIN, {"username": "inconnu@example.org", "password": "pas-le-bon"}, "Se connecter"),
        ("/compte/inscription/", {"email": "pas-une-adresse", "password": "x"}, "Créer un compte"),
        (RESET, {"email": ""}, "Mot de passe oublié"),
    ],
)
def test_account_form_errors_named_in_page_title(client, url, data, title):
    html = client.post(url, data).content.decode()
    assert f"<title>Erreur\u00a0: {title}" in html
    assert f"<title>{title}" in client.get(url).content.decode()
