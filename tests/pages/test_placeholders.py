"""« [à compléter : …] » left in a page's text for ESS France shows as a labelled gap, not as a slip."""

import pytest

from core.text import render_markdown
from pages.models import Page
from pages.placeholders import count_placeholders, mark_placeholders

pytestmark = pytest.mark.django_db


def test_legal_notice_shows_its_placeholders_as_labelled_gaps(client):
    html = client.get("/mentions-legales/").content.decode()

    assert html.count('<span class="to-complete">') == 3
    assert "À compléter par ESS France\u00a0:</span> adresse postale du siège" in html
    assert "[à compléter" not in html
    # The reminder is for the people who can fill the gaps in, not for the public.
    assert "informations à compléter sur cette page" not in html


def test_national_staff_are_told_how_many_placeholders_remain(client, national):
    client.force_login(national)
    html = client.get("/mentions-legales/").content.decode()
    assert "Il reste 3 informations à compléter sur cette page" in html


def test_page_without_placeholders_has_no_reminder(client, national):
    client.force_login(national)
    html = client.get("/le-mois/").content.decode()
    assert "à compléter sur cette page" not in html
    assert 'class="to-complete"' not in html


def test_filled_in_placeholder_disappears(client):
    page = Page.objects.get(slug="mentions-legales")
    page.body = page.body.replace("[à compléter\u00a0: adresse postale du siège]", "12 rue de l’Exemple, Paris")
    page.save()

    html = client.get("/mentions-legales/").content.decode()

    assert html.count('<span class="to-complete">') == 2
    assert "12 rue de l’Exemple, Paris" in html


def test_placeholder_is_marked_in_text_only_never_inside_a_tag():
    text = '- [À compléter]\n- [à compléter : hébergeur]\n\n[lien](https://example.org "[à compléter]")'
    html = mark_placeholders(render_markdown(text))
    assert html.count('<span class="to-complete">') == 2
    assert 'title="[à compléter]"' in html
    assert count_placeholders("Rien à compléter ici, ni [ceci].") == 0


def test_placeholder_detail_cannot_smuggle_markup():
    html = mark_placeholders(render_markdown("[à compléter : <script>alert(1)</script> & co]"))
    assert "<script" not in html
    assert "alert" not in html
    assert "&amp; co</span>" in html
