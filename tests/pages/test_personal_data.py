"""The personal-data download holds the user's data and nobody else's."""

import json

import pytest
from django.conf import settings
from django.shortcuts import resolve_url

from events.models import EventLogEntry
from events.services import refresh_event_dates
from pages.models import Page
from pages.services import save_page
from tests.factories import EventFactory, MembershipFactory, OrganizationFactory, UserFactory

pytestmark = pytest.mark.django_db

URL = "/compte/mes-donnees/"


def _download(client, user) -> dict:
    client.force_login(user)
    response = client.get(URL)
    assert response.status_code == 200
    assert response["Content-Type"] == "application/json; charset=utf-8"
    assert response["Content-Disposition"] == 'attachment; filename="mes-donnees-mois-ess.json"'
    assert "no-store" in response["Cache-Control"]
    return json.loads(response.content)


def test_personal_data_requires_login(client):
    response = client.get(URL)
    assert response.status_code == 302
    assert response["Location"] == f"{resolve_url(settings.LOGIN_URL)}?next=/compte/mes-donnees/"


def test_personal_data_holds_the_users_data_and_nobody_elses(client):
    mine = OrganizationFactory(name="Recyclerie du Blosne")
    me = MembershipFactory(user__email="camille@example.org", user__first_name="Camille", organization=mine).user
    colleague = MembershipFactory(user__email="dominique@example.org", organization=mine).user
    EventFactory(organization=mine, title="Portes ouvertes de la recyclerie")
    draft = EventFactory(organization=mine, title="Brouillon de braderie", state="draft")
    EventLogEntry.objects.create(event=draft, actor=me, action=EventLogEntry.Action.CREATED)
    EventLogEntry.objects.create(event=draft, actor=colleague, action=EventLogEntry.Action.EDITED, message="secret")
    theirs = OrganizationFactory(name="Coopérative des voisins")
    stranger = MembershipFactory(user__email="stranger@example.org", organization=theirs).user
    EventFactory(organization=theirs, title="Forum de la coopérative")

    data = _download(client, me)

    assert data["compte"]["e_mail"] == "camille@example.org"
    assert data["compte"]["prenom"] == "Camille"
    assert [org["nom"] for org in data["organisations"]] == ["Recyclerie du Blosne"]
    assert data["organisations"][0]["mon_role"] == "owner"
    titles = sorted(event["titre"] for event in data["organisations"][0]["evenements"])
    assert titles == ["Brouillon de braderie", "Portes ouvertes de la recyclerie"]
    assert [entry["action"] for entry in data["actions_sur_des_evenements"]] == ["created"]
    document = json.dumps(data, ensure_ascii=False)
    for foreign in (colleague.email, stranger.email, "Coopérative des voisins", "Forum de la coopérative", "secret"):
        assert foreign not in document
    assert "password" not in document and "pbkdf2" not in document and "md5$" not in document


def test_personal_data_of_staff_includes_their_page_versions(client, superuser):
    page = Page.objects.get(slug="kit")
    page.title = "Kit de communication 2026"
    save_page(page=page, author=superuser)

    data = _download(client, superuser)

    assert data["organisations"] == []
    assert data["compte"]["equipe_du_site"] is True
    assert [version["titre"] for version in data["versions_de_pages_enregistrees"]] == ["Kit de communication 2026"]


def test_personal_data_query_count_does_not_grow_with_events(client, django_assert_num_queries):
    user = UserFactory()
    organization = MembershipFactory(user=user).organization
    event = EventFactory(organization=organization)
    client.force_login(user)
    # The alerts of the account's address cost one query (none here; with some, one more to prefetch them).
    with django_assert_num_queries(9):
        client.get(URL)
    second = MembershipFactory(user=user).organization
    EventFactory.create_batch(3, organization=organization)
    EventFactory.create_batch(2, organization=second)
    event.slots.create(starts_at=event.starts_at.replace(day=28), ends_at=event.ends_at.replace(day=28))
    refresh_event_dates(event=event)
    with django_assert_num_queries(9):
        client.get(URL)


def test_personal_data_download_is_rate_limited_per_user(client):
    me = MembershipFactory().user
    other = MembershipFactory().user
    client.force_login(me)
    for _ in range(10):
        assert client.get(URL).status_code == 200

    response = client.get(URL)

    assert response.status_code == 429
    assert response["Retry-After"] == "3600"
    assert "Content-Disposition" not in response
    assert "Vous avez déjà téléchargé vos données 10\u00a0fois en moins d’une heure." in response.content.decode()
    # Another person's downloads are counted apart.
    client.force_login(other)
    assert client.get(URL).status_code == 200


def test_account_page_links_to_the_download_without_forcing_a_file(client):
    # The server names the file itself (Content-Disposition); a `download` attribute would also save
    # the French « trop de téléchargements » page as a file instead of showing it.
    client.force_login(MembershipFactory().user)
    html = client.get("/compte/").content.decode()
    assert '<a href="/compte/mes-donnees/">' in html
