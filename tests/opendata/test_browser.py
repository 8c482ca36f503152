"""The open-data pages in a real browser: axe-core, the widget with its map, the snippet copy button."""

import re

import pytest
from playwright.sync_api import expect

from events.models import Event, Theme
from tests.a11y import assert_accessible
from tests.factories import STAFF_PASSWORD, EventFactory, OrganizationFactory

# Transactional: the live server sees the test's data. tests/conftest.py restores the reference data after each.
pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def test_api_page_is_accessible(page):
    EventFactory()
    page.goto("/api/")
    assert page.locator("h1").inner_text() == "Les événements en données ouvertes"
    assert_accessible(page)


def test_widget_builder_previews_the_widget_and_copies_the_snippet(page):
    organization = OrganizationFactory(slug="coop-locale", name="Coop locale")
    EventFactory(organization=organization, title="Répar’café")
    page.context.grant_permissions(["clipboard-read", "clipboard-write"])
    page.goto("/integrer/")
    assert_accessible(page)
    page.select_option("#id_organisation", "coop-locale")
    page.get_by_label("Afficher aussi la carte").check()
    page.get_by_role("button", name="Créer le code à copier").click()
    snippet = page.locator("#widget-snippet").input_value()
    assert "/widget/?organisation=coop-locale" in snippet and "carte=1" in snippet
    page.get_by_role("button", name="Copier le code").click()
    # The clipboard answers asynchronously: wait for the live region rather than read it at once.
    expect(page.locator("[data-copy-status]")).to_have_text("Code copié")
    assert page.evaluate("navigator.clipboard.readText()") == snippet
    frame = page.frame_locator("iframe.integrer__preview")
    assert frame.locator(".event-card__title").inner_text() == "Répar’café"
    frame.locator("[data-events-map][data-events='1']").wait_for()
    assert_accessible(page)


def test_widget_page_is_accessible(page):
    EventFactory(title="Répar’café")
    page.goto("/widget/?carte=1&titre=Nos+événements")
    page.locator("[data-events-map][data-events='1']").wait_for()
    assert page.locator("[data-events-map]").bounding_box()["height"] > 200
    assert page.locator(".map-marker").count() == 1
    assert_accessible(page)


def test_list_page_output_links_follow_instant_filters(page):
    finance = Theme.objects.get(slug="finance-solidaire")
    EventFactory(themes=[finance])
    EventFactory()
    page.goto("/evenements/")
    page.evaluate("window.__sameDocument = true")
    page.locator("#facet-theme summary").click()
    page.get_by_label(re.compile(r"^Finance solidaire")).check()
    page.wait_for_url(re.compile(r"theme=finance-solidaire"))
    page.wait_for_function(
        "document.querySelector('[data-live=outputs] a[href^=\"/evenements/export.csv\"]').href.includes('theme=finance-solidaire')"
    )
    feed = page.get_by_role("link", name="Flux RSS").get_attribute("href")
    assert feed == "/evenements/flux.xml?theme=finance-solidaire"
    assert page.evaluate("window.__sameDocument") is True
    assert_accessible(page, context=".opendata-outputs")


def _admin_login(page, email, password):
    page.goto("/admin/login/")
    page.get_by_label("Adresse e-mail").fill(email)
    page.get_by_label("Mot de passe").fill(password)
    page.get_by_role("button", name="Connexion").click()
    page.wait_for_url("**/admin/")


def test_admin_import_page_is_accessible_and_finds_organisations_as_one_types(page, tmp_path, national):
    OrganizationFactory(name="Coopérative des Landes")
    OrganizationFactory(name="Ressourcerie du Trégor", slug="ressourcerie-du-tregor")
    agenda = tmp_path / "agenda.csv"
    agenda.write_text(
        "titre;resume;format;lieu;code_postal;commune;type;themes;creneaux\r\n"
        "Atelier vélo;Réparez votre vélo.;presentiel;Garage solidaire;35000;Rennes;atelier;"
        "economie-circulaire-et-reemploi;2026-11-24T18:00/2026-11-24T20:00\r\n",
        encoding="utf-8-sig",
    )
    _admin_login(page, national.email, STAFF_PASSWORD)
    page.goto("/admin/opendata/importedevent/importer/")
    assert page.locator("h1").inner_text() == "Importer des événements"
    page.locator(".select2-selection__rendered[aria-labelledby]").wait_for()  # the autocomplete is built
    assert_accessible(page)

    page.locator("#id_fichier").set_input_files(str(agenda))
    page.select_option("#id_region", label="Bretagne")
    # The organisation is an admin autocomplete: typing a few letters finds it.
    page.locator(".field-organisation .select2-selection, .select2-selection").first.click()
    page.locator(".select2-search__field").fill("Trég")
    page.get_by_role("option", name="Ressourcerie du Trégor").click()
    page.get_by_role("button", name="Vérifier le fichier (rien n’est créé)").click()
    expect(page.get_by_role("heading", name="1 événement à créer")).to_be_visible()
    assert_accessible(page)
    page.get_by_role("button", name="Importer 1 événement").click()
    page.wait_for_url("**/admin/opendata/importedevent/")
    expect(page.locator(".messagelist")).to_contain_text("1 événement importé.")
    assert Event.objects.get().organization.slug == "ressourcerie-du-tregor"
