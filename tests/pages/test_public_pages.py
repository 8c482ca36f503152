"""The editorial pages answer with their text and with the figures the site computes."""

import datetime
import re
from zoneinfo import ZoneInfo

import pytest

from events.models import Edition, Event, Highlight
from organizations.models import LegalForm
from pages.models import Page
from pages.navigation import footer_regions
from regions.models import Region
from tests.factories import EventFactory, MembershipFactory, OrganizationFactory, department, region

pytestmark = pytest.mark.django_db

PAGE_URLS = {
    "/le-mois/": "Le Mois de l’ESS",
    "/ess/": "Qu’est-ce que l’ESS\u00a0?",
    "/organiser/": "Organiser un événement",
    "/kit/": "Kit de communication",
    "/contact/": "Contact",
    "/mentions-legales/": "Mentions légales",
    "/donnees-personnelles/": "Données personnelles",
    "/accessibilite/": "Accessibilité",
}
PARIS = ZoneInfo("Europe/Paris")


def _previous_edition():
    return Edition.objects.create(year=2025, **Edition.defaults_for(2025))


@pytest.mark.parametrize(("url", "title"), PAGE_URLS.items())
def test_page_answers_with_its_initial_text(client, url, title):
    response = client.get(url)
    assert response.status_code == 200
    html = response.content.decode()
    assert f"<h1>{title}</h1>" in html
    # The Markdown text written by the data migration is rendered, not shown raw.
    assert "<h2>" in html
    assert "## " not in html


def test_every_page_has_its_row_from_the_data_migration():
    assert set(Page.objects.values_list("slug", flat=True)) == set(Page.Slug.values)
    for page in Page.objects.all():
        # The legal notice has a second version: its placeholders, marked by pages/0003; the
        # accessibility statement too: its self-audit, pages/0005.
        assert page.revisions.count() == (2 if page.slug in {"mentions-legales", "accessibilite"} else 1)
        assert page.revisions.first().body == page.body
        assert page.get_absolute_url() in PAGE_URLS


def test_campaign_page_counts_published_events_of_current_edition(client):
    organization = OrganizationFactory()
    EventFactory(organization=organization)
    EventFactory(organization=organization)
    paris = OrganizationFactory(department=department("75"))
    EventFactory(organization=paris, department=department("75"), latitude=48.85, longitude=2.35)
    EventFactory(
        attendance_mode=Event.AttendanceMode.ONLINE,
        online_url="https://visio.example.org/ess",
        department=None,
        region=region("la-reunion"),
        latitude=None,
        longitude=None,
    )
    EventFactory(state=Event.State.PENDING, department=department("29"))
    EventFactory(state=Event.State.DRAFT)
    EventFactory(
        edition=_previous_edition(),
        department=department("13"),
        slots=[(datetime.datetime(2025, 11, 5, 18, tzinfo=PARIS), datetime.datetime(2025, 11, 5, 20, tzinfo=PARIS))],
    )

    response = client.get("/le-mois/")

    assert response.context["figures"] == {"events": 4, "organizations": 3, "regions": 3, "departments": 2}
    text = _text(response)
    assert "4 événements publiés" in text
    assert "3 organisations" in text
    assert "3 régions" in text
    assert "2 départements" in text
    # 2026 is the 19th national edition (2023 was the 16th).
    assert "La 19e édition nationale, du 1er au 30 novembre 2026." in text
    assert "du 1<sup>er</sup> au 30 novembre 2026" in response.content.decode()


def test_campaign_page_lists_highlights_with_their_published_events(client):
    week = Highlight.objects.get(slug="semaine-de-la-finance-solidaire")
    EventFactory(highlight=week)
    EventFactory(highlight=week)
    EventFactory(highlight=week, state=Event.State.PENDING)

    response = client.get("/le-mois/")

    counts = {highlight.slug: highlight.n_events for highlight in response.context["highlights"]}
    assert counts["semaine-de-la-finance-solidaire"] == 2
    assert counts["festival-des-solidarites"] == 0
    assert "Semaine de la finance solidaire" in _text(response)


def test_ess_page_links_each_legal_form_to_its_events_with_counts(client):
    cooperative = OrganizationFactory(legal_form=LegalForm.COOPERATIVE)
    EventFactory.create_batch(2, organization=cooperative)
    EventFactory(organization=OrganizationFactory(legal_form=LegalForm.MUTUELLE))
    EventFactory(organization=OrganizationFactory(legal_form=LegalForm.MUTUELLE), state=Event.State.REJECTED)
    EventFactory(organization=OrganizationFactory(legal_form=LegalForm.AUTRE))

    response = client.get("/ess/")

    counts = {form["value"]: form["events"] for form in response.context["legal_forms"]}
    assert counts == {
        "association": 0,
        "cooperative": 2,
        "mutuelle": 1,
        "fondation": 0,
        "fonds_dotation": 0,
        "societe_commerciale_ess": 0,
    }
    html = response.content.decode()
    assert (
        '<a href="/evenements/?forme=cooperative&amp;passes=1">2 événements proposés par des coopératives</a>' in html
    )
    assert '<a href="/evenements/?forme=mutuelle&amp;passes=1">1 événement proposé par des mutuelles</a>' in html
    assert '<a href="/evenements/?forme=societe_commerciale_ess&amp;passes=1">Aucun événement proposé par des' in html
    assert "forme=autre" not in html


def test_ess_legal_form_link_lists_as_many_events_as_it_says(client):
    cooperative = OrganizationFactory(legal_form=LegalForm.COOPERATIVE)
    EventFactory(organization=cooperative)
    # Already over at test time (20 November): still one of the edition's events.
    EventFactory(
        organization=cooperative,
        slots=[(datetime.datetime(2026, 11, 5, 18, tzinfo=PARIS), datetime.datetime(2026, 11, 5, 20, tzinfo=PARIS))],
    )

    html = client.get("/ess/").content.decode()
    link = re.search(r'<a href="([^"]*forme=cooperative[^"]*)">(\d+) événements', html)

    assert link.group(2) == "2"
    listing = client.get(link.group(1).replace("&amp;", "&"))
    assert listing.context["page"].paginator.count == 2


@pytest.mark.parametrize("url", ["/le-mois/", "/ess/"])
def test_figure_pages_query_count_does_not_grow_with_events(client, django_assert_num_queries, url):
    # Plus the next slot end (the clock of the shared page cache), looked up again after a change.
    EventFactory()
    with django_assert_num_queries(5):
        client.get(url)
    EventFactory.create_batch(3, organization=OrganizationFactory(legal_form=LegalForm.FONDATION))
    with django_assert_num_queries(5):
        client.get(url)


def test_organise_page_gives_calendar_and_calls_to_action(client):
    text = _text(client.get("/organiser/"))
    assert "du 1er au 30 novembre 2026" in text
    assert "Les inscriptions sont ouvertes." in text
    assert "jusqu’au 20 novembre 2026" in text
    html = client.get("/organiser/").content.decode()
    assert 'href="/compte/inscription/"' in html


def test_organise_page_says_when_submissions_are_closed(client):
    Edition.objects.filter(year=2026).update(submissions_open=False)
    text = _text(client.get("/organiser/"))
    assert "Les inscriptions sont closes pour cette édition." in text
    assert "Les inscriptions sont ouvertes." not in text


def test_organise_page_offers_submission_to_a_logged_in_member(client, member_a):
    client.force_login(member_a)
    html = client.get("/organiser/").content.decode()
    assert 'href="/espace/evenements/nouveau/"' in html
    assert 'href="/compte/inscription/"' not in html


def test_kit_page_offers_the_current_badge_and_the_widget_code(client):
    html = client.get("/kit/").content.decode()
    assert 'href="/kit/badge-2026.svg"' in html
    assert 'href="/kit/badge-2026.png"' in html
    assert 'alt="Je participe au Mois de l’ESS 2026"' in html
    assert "600 × 600 pixels" in html
    assert "Bientôt disponible." not in html
    assert "/widget/?organisation=identifiant-de-votre-organisation" in html
    assert 'href="/integrer/"' in html


def test_kit_widget_code_works_for_an_organisation(client):
    from tests.factories import EventFactory

    event = EventFactory(title="Répar’café du quartier")
    html = client.get("/kit/").content.decode()
    snippet_url = "/widget/?organisation=identifiant-de-votre-organisation"
    assert snippet_url in html
    response = client.get(snippet_url.replace("identifiant-de-votre-organisation", event.organization.slug))
    assert response.status_code == 200
    assert "Répar’café du quartier" in response.content.decode()


def test_kit_gives_a_member_the_widget_code_of_their_own_organisation(client):
    event = EventFactory(title="Répar’café du quartier")
    membership = MembershipFactory(organization=event.organization)
    client.force_login(membership.user)

    html = client.get("/kit/").content.decode()

    slug = event.organization.slug
    assert f"/widget/?organisation={slug}" in html
    assert "identifiant-de-votre-organisation" not in html
    builder = f"/integrer/?organisation={slug}"
    assert f'href="{builder}"' in html
    # The builder link opens with the code ready, for that organisation.
    assert f"organisation={slug}" in client.get(builder).context["snippet"]
    assert "Répar’café du quartier" in client.get(f"/widget/?organisation={slug}").content.decode()


def test_kit_warns_a_member_whose_organisation_has_no_published_event(client):
    membership = MembershipFactory()
    client.force_login(membership.user)

    html = client.get("/kit/").content.decode()

    assert f"/widget/?organisation={membership.organization.slug}" in html
    assert "Le cadre restera vide tant qu’aucun événement de votre organisation n’est publié." in html
    assert f"/integrer/?organisation={membership.organization.slug}" not in html


def test_kit_invites_a_visitor_to_log_in_for_their_code(client):
    html = client.get("/kit/").content.decode()
    assert 'href="/compte/connexion/?next=/kit/"' in html


def test_contact_page_routes_to_each_cress_and_says_what_is_unknown(client):
    Region.objects.filter(slug="bretagne").update(
        cress_email="contact@cress-bretagne.example", cress_phone="02 99 00 00 00"
    )
    Region.objects.filter(slug="corse").update(cress_website="", cress_email="", cress_phone="")

    response = client.get("/contact/")

    html = response.content.decode()
    assert len(response.context["regions"]) == 18
    for name in Region.objects.values_list("name", flat=True):
        assert f"<h3>{name}</h3>".replace("'", "&#x27;") in html
    assert 'href="mailto:contact@cress-bretagne.example"' in html
    assert 'href="tel:0299000000"' in html
    corse = html[html.index('id="corse"') :]
    corse = corse[: corse.index("</li>")]
    assert corse.count("non renseigné") == 2
    assert "Nous n’avons pas encore les coordonnées de cette CRESS" in corse
    assert 'href="https://www.ess-france.org/"' in html
    assert '<a class="url" href="https://www.ess-bretagne.org/">www.ess-bretagne.org</a>' in html
    names = [region.name for region in response.context["regions"]]
    assert names.index("Hauts-de-France") < names.index("Île-de-France") < names.index("La Réunion")


def test_privacy_page_offers_the_personal_data_download(client):
    html = client.get("/donnees-personnelles/").content.decode()
    assert 'href="/compte/mes-donnees/"' in html
    assert "Vous devrez d’abord vous connecter." in html
    assert "aucun bandeau" in html


def test_accessibility_statement_gives_status_date_and_contact(client):
    text = _text(client.get("/accessibilite/"))
    assert "non conforme" in text
    assert "Cette déclaration a été établie le 26 novembre 2026" in text
    assert "Défenseur des droits" in text
    html = client.get("/accessibilite/").content.decode()
    assert 'href="/contact/"' in html
    assert 'href="/accessibilite/signaler/"' in html


def test_accessibility_statement_reports_the_self_audit(client):
    """The figures of the statement are those of tests/pages/test_accessibility_audit.py's sample and of
    the re-check of the map (tests/pages/test_accessibility_audit_map.py)."""
    text = re.sub(r"\s+", " ", _text(client.get("/accessibilite/")).replace("&nbsp;", " "))
    assert "sur 32 critères du RGAA" in text
    assert "d’abord trouvé 27 critères respectés et 5 non respectés (84 %)" in text
    assert (
        "les 32 critères vérifiés sont respectés, soit un taux de conformité de 100 % sur les critères vérifiés" in text
    )
    assert "ne porte que sur 32 des 106 critères" in text
    assert "échantillon représentatif de 19 pages" in text
    # The list of the criteria respected names 32 distinct criteria, the five of the map among them.
    listed = text[text.index("Critères respectés (32)") : text.index("Critères corrigés et vérifiés à nouveau (5)")]
    criteria = set(re.findall(r"\b\d{1,2}\.\d{1,2}\b", listed))
    assert len(criteria) == 32
    for criterion in ("3.3", "7.1", "7.3", "8.7", "12.8"):
        assert criterion in criteria
        assert f"{criterion} :" in text
    assert "1,33:1" in text and "au moins 7:1" in text
    assert "Aucun défaut n’est connu à ce jour sur les 32 critères vérifiés" in text
    assert "Les 74 autres critères du RGAA n’ont pas encore été évalués" in text
    # Without a full audit, the site cannot claim to be partly or fully conformant.
    assert "est non conforme avec le RGAA 4.1" in text
    assert "partiellement conforme" not in text.replace("ni partiellement ni totalement conforme", "")
    assert "la correction est prévue" not in text


def test_page_renders_unsafe_markdown_neutralised(client):
    Page.objects.filter(slug="le-mois").update(
        body="**Bienvenue** <script>alert(1)</script> <img src=x onerror=alert(2)> [piège](javascript:alert(3))"
    )
    html = client.get("/le-mois/").content.decode()
    assert "<strong>Bienvenue</strong>" in html
    assert "<script>alert(1)" not in html
    assert "onerror" not in html
    assert "javascript:" not in html


def test_page_offers_edit_link_to_national_staff_only(client, superuser, moderator_a):
    client.force_login(moderator_a)
    assert "Modifier cette page" not in client.get("/ess/").content.decode()
    client.force_login(superuser)
    html = client.get("/ess/").content.decode()
    page = Page.objects.get(slug="ess")
    assert f'href="/admin/pages/page/{page.pk}/change/">Modifier cette page' in html


def test_header_marks_the_current_page_for_assistive_technologies(client):
    html = client.get("/le-mois/").content.decode()
    header = html[html.index('<header class="site-header">') : html.index("</header>")]
    assert re.findall(r'<a href="([^"]+)" aria-current="page"', header) == ["/le-mois/"]
    for href in ["/evenements/", "/carte/", "/regions/", "/organiser/", "/le-mois/"]:
        assert f'<a href="{href}"' in header


def test_header_marks_the_section_inside_it(client):
    html = client.get("/regions/bretagne/").content.decode()
    header = html[html.index('<header class="site-header">') : html.index("</header>")]
    assert '<a href="/regions/" aria-current="true">Régions</a>' in header
    assert 'aria-current="page"' not in header


def test_footer_links_legal_pages_regions_and_contacts(client):
    html = client.get("/").content.decode()
    footer = html[html.index("<footer") :]
    for href in ["/mentions-legales/", "/donnees-personnelles/", "/accessibilite/", "/contact/", "/regions/bretagne/"]:
        assert f'href="{href}"' in footer
    assert "Accessibilité\u00a0: non conforme" in footer
    assert footer.count('href="/regions/') == 19  # the list, then the 18 regions


def test_footer_marks_the_current_page_too(client):
    # The legal pages are linked from the footer only: there too, the current page is marked.
    html = client.get("/mentions-legales/").content.decode()
    footer = html[html.index("<footer") :]
    assert re.findall(r'<a href="([^"]+)" aria-current="page"', footer) == ["/mentions-legales/"]
    html = client.get("/regions/bretagne/").content.decode()
    footer = html[html.index("<footer") :]
    assert re.findall(r'<a href="([^"]+)" aria-current="page"', footer) == ["/regions/bretagne/"]


def test_footer_regions_match_the_database():
    assert {name for name, _ in footer_regions()} == set(Region.objects.values_list("name", flat=True))
    assert {url for _, url in footer_regions()} == {r.get_absolute_url() for r in Region.objects.all()}
    names = [name for name, _ in footer_regions()]
    assert names.index("Hauts-de-France") < names.index("Île-de-France") < names.index("La Réunion")


def _text(response) -> str:
    """The page's text without tags, spaces collapsed."""
    html = response.content.decode()
    html = re.sub(r"<sup>(.*?)</sup>", r"\1", html)
    text = re.sub(r"<[^>]+>", " ", html)
    return re.sub(r"\s+", " ", text.replace("\u00a0", " "))


def test_header_and_footer_cost_no_query(client, django_assert_num_queries):
    # The current edition (shared by the view and the layout), the page and the next slot end (the clock
    # of the shared page cache): nothing for the navigation.
    with django_assert_num_queries(3):
        assert client.get("/mentions-legales/").status_code == 200


@pytest.mark.parametrize("url", PAGE_URLS)
def test_page_answers_when_no_edition_exists_yet(client, url):
    Edition.objects.all().delete()
    response = client.get(url)
    assert response.status_code == 200


def test_organise_page_names_both_months_of_a_period_across_months(client):
    Edition.objects.filter(year=2026).update(
        events_start_on=datetime.date(2026, 10, 28), submissions_deadline=datetime.date(2026, 12, 1)
    )
    html = client.get("/organiser/").content.decode()
    assert "ont lieu du 28 octobre au 30 novembre 2026." in html
    assert "jusqu’au 1<sup>er</sup> décembre 2026." in html


def test_organise_page_does_not_promise_a_deadline_already_past(client):
    Edition.objects.filter(year=2026).update(submissions_deadline=datetime.date(2026, 11, 15))
    text = _text(client.get("/organiser/"))
    assert "Les inscriptions sont ouvertes." in text
    assert "jusqu’au 15 novembre" not in text
    assert "La date limite annoncée, le 15 novembre 2026, est passée : proposez votre événement au plus vite" in text
