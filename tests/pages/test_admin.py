"""Only national staff edit the campaign's pages; every save is kept in the page's history."""

import pytest

from pages.models import Page, PageRevision

pytestmark = pytest.mark.django_db

CHANGELIST = "/admin/pages/page/"


@pytest.fixture
def page():
    return Page.objects.get(slug="le-mois")


def _change_url(page):
    return f"/admin/pages/page/{page.pk}/change/"


def _preview_url(page):
    return f"/admin/pages/page/{page.pk}/apercu/"


def _form_data(page, **changes):
    data = {
        "title": page.title,
        "lead": page.lead,
        "body": page.body,
        # The read-only history inline still sends its management form.
        "revisions-TOTAL_FORMS": "0",
        "revisions-INITIAL_FORMS": "0",
        "revisions-MIN_NUM_FORMS": "0",
        "revisions-MAX_NUM_FORMS": "0",
    }
    data.update(changes)
    return data


@pytest.mark.parametrize("persona", ["superuser", "national"])
def test_national_staff_edits_a_page_and_the_history_keeps_it(client, page, persona, request):
    user = request.getfixturevalue(persona)
    client.force_login(user)
    assert client.get(CHANGELIST).status_code == 200
    assert client.get(_change_url(page)).status_code == 200

    response = client.post(
        _change_url(page), _form_data(page, title="Le Mois de l’ESS, ensemble", body="## Nouveau\n\nTexte.")
    )

    assert response.status_code == 302
    page.refresh_from_db()
    assert page.title == "Le Mois de l’ESS, ensemble"
    assert page.updated_by == user
    latest = page.revisions.order_by("-id").first()
    assert (latest.title, latest.body, latest.author) == ("Le Mois de l’ESS, ensemble", "## Nouveau\n\nTexte.", user)
    assert page.revisions.count() == 2
    public = client.get("/le-mois/").content.decode()
    assert "<h2>Nouveau</h2>" in public
    history = client.get(_change_url(page)).content.decode()
    assert "Historique des modifications" in history
    assert user.email in history


def test_admin_change_form_shows_rendered_preview_and_preview_button(client, superuser, page):
    Page.objects.filter(pk=page.pk).update(body="**Gras** <script>alert(1)</script>")
    client.force_login(superuser)
    html = client.get(_change_url(page)).content.decode()
    assert '<div class="page-preview"><p><strong>Gras</strong>' in html
    assert "<script>alert(1)" not in html
    assert f'formaction="{_preview_url(page)}"' in html


def test_preview_shows_unsaved_text_sanitised_and_saves_nothing(client, superuser, page):
    client.force_login(superuser)
    before = (page.title, page.body, PageRevision.objects.count())

    response = client.post(
        _preview_url(page),
        _form_data(page, title="Titre à l’essai", body="*Essai* <img src=x onerror=alert(1)> [x](javascript:alert(2))"),
    )

    assert response.status_code == 200
    html = response.content.decode()
    assert "<h1>Titre à l’essai</h1>" in html
    assert "<em>Essai</em>" in html
    assert "onerror" not in html
    assert "javascript:" not in html
    assert "Aperçu" in html
    assert response["X-Robots-Tag"] == "noindex"
    page.refresh_from_db()
    assert (page.title, page.body, PageRevision.objects.count()) == before


def test_preview_of_invalid_text_says_why(client, superuser, page):
    client.force_login(superuser)
    response = client.post(_preview_url(page), _form_data(page, title="", body="Texte"))
    assert response.status_code == 200
    assert "Ce champ est obligatoire." in response.content.decode()


def test_preview_refuses_get(client, superuser, page):
    client.force_login(superuser)
    assert client.get(_preview_url(page)).status_code == 403


def test_moderator_gets_403_and_changes_nothing(client, moderator_a, page):
    client.force_login(moderator_a)
    before = (page.title, page.body, PageRevision.objects.count())

    assert client.get(CHANGELIST).status_code == 403
    assert client.get(_change_url(page)).status_code == 403
    assert client.post(_change_url(page), _form_data(page, title="Piraté")).status_code == 403
    assert client.post(_preview_url(page), _form_data(page, title="Piraté")).status_code == 403
    assert "/admin/pages/" not in client.get("/admin/").content.decode()

    page.refresh_from_db()
    assert (page.title, page.body, PageRevision.objects.count()) == before


@pytest.mark.parametrize("persona", ["member_a", None])
def test_organisation_member_and_visitor_are_sent_to_the_admin_login(client, page, persona, request):
    if persona:
        client.force_login(request.getfixturevalue(persona))
    before = (page.title, PageRevision.objects.count())

    for response in (
        client.get(CHANGELIST),
        client.get(_change_url(page)),
        client.post(_change_url(page), _form_data(page, title="Piraté")),
        client.post(_preview_url(page), _form_data(page, title="Piraté")),
    ):
        assert response.status_code == 302
        assert response["Location"].startswith("/admin/login/?next=")

    page.refresh_from_db()
    assert (page.title, PageRevision.objects.count()) == before


def test_pages_are_neither_added_nor_deleted_in_the_admin(client, superuser, page):
    client.force_login(superuser)
    assert client.get("/admin/pages/page/add/").status_code == 403
    assert client.post(f"/admin/pages/page/{page.pk}/delete/", {"post": "yes"}).status_code == 403
    assert Page.objects.filter(pk=page.pk).exists()


def test_admin_page_list_query_count_is_fixed(client, superuser, django_assert_max_num_queries):
    client.force_login(superuser)
    with django_assert_max_num_queries(12):
        assert client.get(CHANGELIST).status_code == 200
