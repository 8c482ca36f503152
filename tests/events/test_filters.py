"""The filters of /evenements/: each parameter, combinations, facet counts and bad input."""

import datetime
import random
from zoneinfo import ZoneInfo

import pytest
from django.db.models import Q
from django.http import QueryDict

from events.filters import ACCESSIBILITY_FIELDS, FACETS, FORMAT_MODES, EventFilter, filter_events, public_events
from events.models import Audience, Edition, Event, EventType, Highlight, Theme
from events.search import annotate_for_search, text_search_q
from organizations.models import Organization
from tests.factories import EventFactory, OrganizationFactory, department, martinique_event, martinique_slot

pytestmark = pytest.mark.django_db

PARIS = ZoneInfo("Europe/Paris")


def titles(response):
    return [event.title for event in response.context["page"].object_list]


def slot(day, hour=18, month=11, year=2026, tz=PARIS, hours=2):
    start = datetime.datetime(year, month, day, hour, tzinfo=tz)
    return (start, start + datetime.timedelta(hours=hours))


def theme(slug):
    return Theme.objects.get(slug=slug)


@pytest.fixture
def lyon():
    return {
        "department": department("69"),
        "postal_code": "69001",
        "city": "Lyon",
        "latitude": 45.767,
        "longitude": 4.834,
    }


def test_list_theme_filter_ors_values(client):
    EventFactory(title="Réemploi", themes=[theme("economie-circulaire-et-reemploi")])
    EventFactory(title="Finance", themes=[theme("finance-solidaire")])
    EventFactory(title="Culture", themes=[theme("culture-sport-et-loisirs")])
    response = client.get("/evenements/?theme=finance-solidaire&theme=culture-sport-et-loisirs")
    assert response.status_code == 200
    assert sorted(titles(response)) == ["Culture", "Finance"]


def test_list_event_with_two_matching_themes_listed_once(client):
    EventFactory(title="Double", themes=[theme("finance-solidaire"), theme("culture-sport-et-loisirs")])
    response = client.get("/evenements/?theme=finance-solidaire&theme=culture-sport-et-loisirs")
    assert titles(response) == ["Double"]
    assert response.context["page"].paginator.count == 1


def test_list_facets_are_anded(client):
    conference = EventType.objects.get(slug="conference-debat")
    EventFactory(title="Atelier finance", themes=[theme("finance-solidaire")])
    EventFactory(title="Conférence finance", themes=[theme("finance-solidaire")], event_type=conference)
    EventFactory(title="Conférence culture", themes=[theme("culture-sport-et-loisirs")], event_type=conference)
    response = client.get("/evenements/?theme=finance-solidaire&type=conference-debat")
    assert titles(response) == ["Conférence finance"]


def test_list_region_and_department_filters(client, lyon):
    EventFactory(title="Rennes")
    EventFactory(title="Lyon", **lyon)
    assert titles(client.get("/evenements/?region=auvergne-rhone-alpes")) == ["Lyon"]
    assert titles(client.get("/evenements/?departement=35")) == ["Rennes"]
    assert sorted(titles(client.get("/evenements/?departement=35&departement=69"))) == ["Lyon", "Rennes"]


def test_list_audience_format_free_highlight_filters(client):
    students = Audience.objects.get(slug="etudiants")
    week = Highlight.objects.get(slug="semaine-de-la-finance-solidaire")
    EventFactory(title="Pour étudiants", audiences=[students])
    EventFactory(
        title="En ligne payant",
        attendance_mode=Event.AttendanceMode.ONLINE,
        online_url="https://visio.example.org/salle",
        latitude=None,
        longitude=None,
        is_free=False,
        price_conditions="5 €",
        highlight=week,
    )
    EventFactory(title="Mixte", attendance_mode=Event.AttendanceMode.MIXED, online_url="https://visio.example.org/b")
    assert titles(client.get("/evenements/?public=etudiants")) == ["Pour étudiants"]
    assert titles(client.get("/evenements/?format=en-ligne")) == ["En ligne payant"]
    assert titles(client.get("/evenements/?format=mixte")) == ["Mixte"]
    assert sorted(titles(client.get("/evenements/?format=presentiel"))) == ["Pour étudiants"]
    assert sorted(titles(client.get("/evenements/?gratuit=1"))) == ["Mixte", "Pour étudiants"]
    assert titles(client.get("/evenements/?temps_fort=semaine-de-la-finance-solidaire")) == ["En ligne payant"]


def test_list_accessibility_values_are_ored(client):
    EventFactory(title="Moteur", access_motor=True)
    EventFactory(title="Auditif", access_hearing=True)
    EventFactory(title="Aucun")
    response = client.get("/evenements/?accessibilite=moteur&accessibilite=auditif")
    assert sorted(titles(response)) == ["Auditif", "Moteur"]


def test_list_shows_only_published_events(client):
    EventFactory(title="Publié")
    for state in (Event.State.DRAFT, Event.State.PENDING, Event.State.REJECTED, Event.State.CHANGES_REQUESTED):
        EventFactory(title=f"État {state}", state=state)
    assert titles(client.get("/evenements/")) == ["Publié"]
    assert titles(client.get("/evenements/?passes=1&du=2026-01-01")) == ["Publié"]


def test_list_search_is_accent_and_case_insensitive(client):
    # Not the factory's default theme (« Économie circulaire… »), which the search would find too.
    finance = [theme("finance-solidaire")]
    EventFactory(title="Découvrir l’Économie sociale", themes=finance)
    EventFactory(title="Atelier vélo", summary="Réparer son VÉLO soi-même", themes=finance)
    EventFactory(title="Sans rapport", themes=finance)
    assert titles(client.get("/evenements/?q=economie")) == ["Découvrir l’Économie sociale"]
    assert titles(client.get("/evenements/?q=ÉCONOMIE")) == ["Découvrir l’Économie sociale"]
    assert titles(client.get("/evenements/?q=velo")) == ["Atelier vélo"]


def test_list_search_finds_organisation_and_city(client, lyon):
    organization = OrganizationFactory(name="Coopérative Les Énergéticiens")
    EventFactory(title="Portes ouvertes", organization=organization)
    EventFactory(title="À Lyon", **lyon)
    assert titles(client.get("/evenements/?q=energeticiens")) == ["Portes ouvertes"]
    assert titles(client.get("/evenements/?q=lyon")) == ["À Lyon"]


def test_list_search_requires_every_word(client):
    EventFactory(title="Atelier de réparation de vélos")
    EventFactory(title="Atelier couture", summary="Coudre ensemble.")
    assert titles(client.get("/evenements/?q=atelier+reparation")) == ["Atelier de réparation de vélos"]


def test_list_default_hides_ended_events_and_other_editions(client):
    Edition.objects.create(year=2025, **Edition.defaults_for(2025))
    EventFactory(title="À venir")
    EventFactory(title="Passé", slots=[slot(5)])
    EventFactory(title="2025", edition=Edition.objects.get(year=2025), slots=[slot(20, year=2025)])
    assert titles(client.get("/evenements/")) == ["À venir"]
    assert titles(client.get("/evenements/?passes=1")) == ["Passé", "À venir"]
    assert titles(client.get("/evenements/?edition=2025")) == ["2025"]


def test_list_unknown_edition_gets_message_and_current_edition(client):
    EventFactory(title="À venir")
    response = client.get("/evenements/?edition=1999")
    assert response.status_code == 200
    assert titles(response) == ["À venir"]
    assert "il n’y a pas d’édition du Mois de l’ESS cette année-là" in response.content.decode()


def test_list_dates_replace_default_scope(client):
    EventFactory(title="Le 5", slots=[slot(5)])
    EventFactory(title="Le 27")
    EventFactory(title="Le 5 et le 28", slots=[slot(5), slot(28)])
    assert titles(client.get("/evenements/?du=2026-11-01&au=2026-11-10")) == ["Le 5", "Le 5 et le 28"]
    assert titles(client.get("/evenements/?du=2026-11-26&au=2026-11-27")) == ["Le 27"]
    assert titles(client.get("/evenements/?au=2026-11-05")) == ["Le 5", "Le 5 et le 28"]


def test_list_date_filter_uses_paris_days(client):
    # 23:30 on the 10th in Paris is the 10th, although it is already the 10th 22:30 UTC.
    EventFactory(title="Tard", slots=[slot(10, hour=23, hours=0.5)])
    assert titles(client.get("/evenements/?du=2026-11-10&au=2026-11-10")) == ["Tard"]
    assert titles(client.get("/evenements/?du=2026-11-11&au=2026-11-11")) == []


def test_list_date_filter_uses_each_events_own_days(client):
    # 21:00 on the 10th in Martinique is already the 11th in Paris: the event's page says the 10th.
    martinique_event(martinique_slot(10, 21, hours=1), title="Soirée en Martinique")
    EventFactory(title="Rennes le 11", slots=[slot(11, hour=9)])
    assert titles(client.get("/evenements/?du=2026-11-10&au=2026-11-10")) == ["Soirée en Martinique"]
    assert titles(client.get("/evenements/?du=2026-11-11&au=2026-11-11")) == ["Rennes le 11"]
    assert titles(client.get("/evenements/?au=2026-11-10")) == ["Soirée en Martinique"]


def test_list_date_filter_ignores_a_slot_ending_at_midnight(client):
    EventFactory(title="Jusqu’à minuit", slots=[slot(9, hour=22)])
    assert titles(client.get("/evenements/?du=2026-11-10&au=2026-11-10")) == []
    assert titles(client.get("/evenements/?du=2026-11-09&au=2026-11-09")) == ["Jusqu’à minuit"]


@pytest.mark.parametrize(
    ("query", "field", "message"),
    [
        ("du=2026-13-01", "du", "Date invalide : utilisez le format AAAA-MM-JJ"),
        ("au=demain", "au", "Date invalide : utilisez le format AAAA-MM-JJ"),
        ("du=2026-11-20&au=2026-11-10", "au", "La date de fin doit être le même jour que la date de début ou après."),
        ("theme=licornes", "theme", "« licornes » : ce thème n’existe pas, il est ignoré."),
        ("region=atlantide", "region", "« atlantide » : cette région n’existe pas, elle est ignorée."),
        ("format=hologramme", "format", "ce format n’existe pas"),
        ("accessibilite=telepathie", "accessibilite", "ce critère d’accessibilité n’existe pas"),
        ("autour=99999", "autour", "Nous ne connaissons pas le code postal « 99999 »"),
        ("autour=Atlantide-sur-Mer", "autour", "Nous ne trouvons pas de commune nommée « Atlantide-sur-Mer »"),
        ("autour=Saint-Denis", "autour", "Plusieurs communes s’appellent « Saint-Denis » : choisissez la vôtre."),
        ("autour=1234", "autour", "Indiquez une commune, un code postal français à cinq chiffres"),
        ("autour=91,2", "autour", "Indiquez une commune, un code postal français à cinq chiffres"),
        ("autour=35000&rayon=-5", "rayon", "Le rayon doit être d’au moins 1 km ; 20 km sont utilisés."),
        ("autour=35000&rayon=beaucoup", "rayon", "Le rayon est un nombre de kilomètres"),
        ("tri=distance", "tri", "Le tri par distance demande un lieu"),
        ("tri=hasard", "tri", "ce tri n’existe pas"),
    ],
)
def test_list_bad_parameter_gets_french_message_at_its_field(client, query, field, message):
    EventFactory(title="Toujours là")
    response = client.get(f"/evenements/?{query}")
    assert response.status_code == 200
    errors = response.context["form"].errors
    assert list(errors) == [field]
    assert message in errors[field][0]
    html = response.content.decode()
    assert f'id="id_{field}-errors"' in html
    # What could not be used is ignored; the rest of the page works.
    assert titles(response) == ["Toujours là"]


def test_list_keeps_what_was_typed_when_invalid(client):
    response = client.get("/evenements/?du=31/11/2026&autour=99999")
    html = response.content.decode()
    assert 'value="31/11/2026"' in html
    assert 'value="99999"' in html


def test_list_bad_parameter_keeps_other_filters(client):
    EventFactory(title="Finance", themes=[theme("finance-solidaire")])
    EventFactory(title="Autre")
    response = client.get("/evenements/?theme=finance-solidaire&du=n-importe-quoi")
    assert titles(response) == ["Finance"]


def test_list_page_past_the_end_shows_last_page(client):
    EventFactory()
    response = client.get("/evenements/?page=99")
    assert response.status_code == 200
    assert response.context["page"].number == 1
    assert client.get("/evenements/?page=abc").status_code == 200


def test_list_distance_search_by_postal_code(client, lyon):
    EventFactory(title="Rennes centre")  # 48.1069, -1.6764
    EventFactory(title="Cesson", latitude=48.1211, longitude=-1.6035)  # ~5.7 km east
    EventFactory(title="Vitré", latitude=48.1236, longitude=-1.2083)  # ~35 km east
    EventFactory(title="Lyon", **lyon)
    response = client.get("/evenements/?autour=35000&rayon=10&tri=distance")
    assert titles(response) == ["Rennes centre", "Cesson"]
    distances = [event.distance_km for event in response.context["page"].object_list]
    assert distances == sorted(distances)
    assert distances[1] == pytest.approx(5.8, abs=1.5)
    assert titles(client.get("/evenements/?autour=35000&rayon=50&tri=distance")) == ["Rennes centre", "Cesson", "Vitré"]
    # Default radius: 20 km.
    assert sorted(titles(client.get("/evenements/?autour=35000"))) == ["Cesson", "Rennes centre"]


def test_list_distance_search_by_coordinates_excludes_online(client):
    EventFactory(title="Sur place")
    EventFactory(
        title="En ligne",
        attendance_mode=Event.AttendanceMode.ONLINE,
        online_url="https://visio.example.org/x",
        latitude=None,
        longitude=None,
    )
    assert titles(client.get("/evenements/?autour=48.11,-1.68&rayon=5")) == ["Sur place"]
    assert "à moins de 5 km de 48.11,-1.68" in client.get("/evenements/?autour=48.11,-1.68&rayon=5").content.decode()


def test_list_sort_recent_puts_newest_publication_first(client):
    old = EventFactory(title="Ancien")
    new = EventFactory(title="Nouveau", slots=[slot(29)])
    Event.objects.filter(pk=old.pk).update(published_at=datetime.datetime(2026, 10, 1, tzinfo=PARIS))
    Event.objects.filter(pk=new.pk).update(published_at=datetime.datetime(2026, 11, 1, tzinfo=PARIS))
    assert titles(client.get("/evenements/?tri=recent")) == ["Nouveau", "Ancien"]
    assert titles(client.get("/evenements/?tri=date")) == ["Ancien", "Nouveau"]


def test_list_sort_by_date_uses_next_slot(client):
    # An event whose first slot has passed sorts by its next one.
    EventFactory(title="Série", slots=[slot(3), slot(28)])
    EventFactory(title="Le 25", slots=[slot(25)])
    assert titles(client.get("/evenements/")) == ["Le 25", "Série"]


def test_facet_counts_apply_the_other_filters(client, lyon):
    finance, culture = theme("finance-solidaire"), theme("culture-sport-et-loisirs")
    EventFactory(themes=[finance])
    EventFactory(themes=[finance, culture], is_free=False)
    EventFactory(themes=[culture], **lyon)
    EventFactory(themes=[finance], **lyon)
    response = client.get("/evenements/?theme=finance-solidaire&region=bretagne")
    facets = {facet.name: {o.value: o.count for o in facet.options} for facet in response.context["facets"]}
    # Theme counts ignore the theme filter but apply the region filter.
    assert facets["theme"]["finance-solidaire"] == 2
    assert facets["theme"]["culture-sport-et-loisirs"] == 1
    # Region counts ignore the region filter but apply the theme filter.
    assert facets["region"]["bretagne"] == 2
    assert facets["region"]["auvergne-rhone-alpes"] == 1
    assert facets["type"]["atelier"] == 2
    assert response.context["free_count"] == 1
    html = response.content.decode()
    assert 'data-count="theme-culture-sport-et-loisirs">(1)</span>' in html


def _reference_count(filterset, facet, value):
    """The facet's count computed the slow way: the events of every other filter having the value."""
    conditions = {
        "region": Q(region__slug=value),
        "departement": Q(department__code=value),
        "theme": Q(themes__slug=value),
        "public": Q(audiences__slug=value),
        "type": Q(event_type__slug=value),
        "temps_fort": Q(highlight__slug=value),
        "format": Q(attendance_mode=FORMAT_MODES.get(value)),
        "accessibilite": Q(**{ACCESSIBILITY_FIELDS.get(value, "access_motor"): True}),
        "gratuit": Q(is_free=True),
        "forme": Q(organization__legal_form=value),
    }
    events = filterset.filter_queryset(Event.objects.published(), exclude={facet})
    return events.filter(conditions[facet]).values("pk").distinct().count()


@pytest.mark.parametrize(
    "query",
    [
        "",
        "region=bretagne",
        "region=bretagne&region=auvergne-rhone-alpes&departement=35",
        "departement=69&type=exposition&gratuit=1",
        "format=en-ligne&accessibilite=moteur",
        "temps_fort=semaine-de-la-finance-solidaire&departement=29&departement=38",
        "forme=cooperative&theme=finance-solidaire&public=grand-public",
    ],
)
def test_facet_counts_agree_with_a_count_per_value(query):
    # Varied events: four departments (two regions), online ones without a department, three types, the
    # three formats, highlights, free or not, accessibility flags, two legal forms, themes and publics.
    chance = random.Random(16)
    places = [department(code) for code in ("35", "29", "69", "38")]
    types = list(EventType.objects.order_by("pk")[:3])
    themes = list(Theme.objects.order_by("pk")[:3])
    audiences = list(Audience.objects.order_by("pk")[:2])
    organizations = [OrganizationFactory(legal_form=form) for form in ("association", "cooperative")]
    highlights = [None, *Highlight.objects.order_by("pk")[:2]]
    for _n in range(30):
        mode = chance.choice(list(Event.AttendanceMode))
        place = chance.choice(places)
        extra = {"department": place}
        if mode != Event.AttendanceMode.ON_SITE:
            extra["online_url"] = "https://visio.example.org/salle"
        if mode == Event.AttendanceMode.ONLINE and chance.random() < 0.5:
            extra.update(department=None, region=place.region, latitude=None, longitude=None)
        EventFactory(
            attendance_mode=mode,
            highlight=chance.choice(highlights),
            event_type=chance.choice(types),
            organization=chance.choice(organizations),
            is_free=chance.random() < 0.6,
            access_motor=chance.random() < 0.5,
            access_hearing=chance.random() < 0.3,
            themes=chance.sample(themes, chance.randint(1, 2)),
            audiences=chance.sample(audiences, chance.randint(1, 2)),
            **extra,
        )
    EventFactory(state=Event.State.DRAFT, department=places[2])  # never counted
    filterset = EventFilter(QueryDict(query), queryset=public_events())
    counts = filterset.facet_counts()
    counted = 0
    for facet in FACETS:
        field = filterset.form.fields[facet]
        values = [str(v) for v, _label in field.choices if v != ""] if hasattr(field, "choices") else ["1"]
        for value in values:
            expected = _reference_count(filterset, facet, value)
            assert counts[facet].get(value, 0) == expected, (facet, value)
            counted += expected
    assert counted > 0
    assert counts["total"] == filterset.qs.count()


def test_filter_events_is_reusable_with_a_querydict():
    EventFactory(title="Finance", themes=[theme("finance-solidaire")])
    EventFactory(title="Autre")
    queryset, form = filter_events(QueryDict("theme=finance-solidaire&du=hier"))
    assert [event.title for event in queryset] == ["Finance"]
    assert list(form.errors) == ["du"]
    queryset, form = filter_events(None)
    assert queryset.count() == 2
    assert form.is_valid()


def test_filter_events_starts_from_published_events():
    EventFactory(state=Event.State.DRAFT)
    queryset, _form = filter_events(QueryDict(""), queryset=public_events())
    assert queryset.count() == 0
    filterset = EventFilter(QueryDict("edition=2026"))
    assert filterset.selected_edition.year == 2026


def test_search_on_postgresql_stems_and_uses_the_index(client):
    from django.db import connection

    if connection.vendor != "postgresql":
        pytest.skip("French full-text search is PostgreSQL's; SQLite uses the folded fallback.")
    # Neither the factory's type (« Atelier ») nor its theme (« Économie circulaire… »): names are searched too.
    other = {"themes": [theme("finance-solidaire")], "event_type": EventType.objects.get(slug="exposition")}
    EventFactory(title="Les ateliers de l’économie", summary="Des coopératives.", **other)
    EventFactory(title="Autre chose", summary="Rien.", **other)
    # Stemming: the singular finds the plural, and accents do not matter.
    assert titles(client.get("/evenements/?q=atelier+economies")) == ["Les ateliers de l’économie"]
    # The query's document expression is the index's (the only condition, so the only usable index).
    queryset = annotate_for_search(Event.objects.all()).filter(
        text_search_q("atelier", organization_model=Organization, event_model=Event)
    )
    with connection.cursor() as cursor:
        cursor.execute("SET enable_seqscan = off")
    assert "event_search_idx" in queryset.explain()


@pytest.mark.parametrize(
    "query",
    [
        "region=&theme=&type=&public=&format=&temps_fort=&edition=&tri=&du=&au=&autour=&rayon=&gratuit=&passes=",
        "q=%25_%5C%27%22%3C%3E",
        "q=%20%20%20",
        "q=!!!",
        "q=" + "x" * 500,
        "page=-1",
        "page=0",
        "page=1e9",
        "autour=%20",
        "autour=48.1,-1.6&rayon=1000000",
        "autour=1e400,2",
        "rayon=nan&autour=35000",
        "rayon=inf&autour=35000",
        "du=0000-00-00",
        "du=99999-01-01",
        "edition=abc",
        "gratuit=oui&passes=peut-etre",
        "bbox=-180,-90,180,90&zoom=0",
        "bbox=nan,nan,nan,nan&zoom=3",
        "bbox=1,2,3,4&zoom=-3",
        "bbox=10,40,0,50&zoom=5",
        "organisation=&organisation=%20",
        "organisation=a%00b&organisation=" + "x" * 300,
        "du=2026-11-01&au=2026-11-30&organisation=inconnue",
    ],
)
# /carte/ and /regions/<slug>/ share the list view.
@pytest.mark.parametrize("url", ["/evenements/", "/evenements/carte.geojson"])
def test_bad_input_never_fails(client, url, query):
    EventFactory()
    response = client.get(f"{url}?{query}")
    assert response.status_code == 200


def test_list_legal_form_filter_ors_values_and_counts(client):
    EventFactory(title="Asso", organization=OrganizationFactory(legal_form="association"))
    EventFactory(title="Coop", organization=OrganizationFactory(legal_form="cooperative"))
    EventFactory(title="Mutuelle", organization=OrganizationFactory(legal_form="mutuelle"))
    response = client.get("/evenements/?forme=association&forme=cooperative")
    assert sorted(titles(response)) == ["Asso", "Coop"]
    forme = next(facet for facet in response.context["facets"] if facet.name == "forme")
    counts = {option.value: option.count for option in forme.options}
    # A facet's counts ignore its own filter: each form shows what ticking it would add.
    assert (counts["association"], counts["cooperative"], counts["mutuelle"], counts["fondation"]) == (1, 1, 1, 0)


def test_list_unknown_legal_form_is_ignored_with_a_message(client):
    EventFactory(title="Asso", organization=OrganizationFactory(legal_form="association"))
    response = client.get("/evenements/?forme=sarl")
    assert response.status_code == 200
    assert titles(response) == ["Asso"]
    assert "cette forme juridique n’existe pas" in response.content.decode()


def test_list_organisation_filter_keeps_the_organisations_events(client):
    tilleuls = OrganizationFactory(name="Coop des Tilleuls", slug="coop-des-tilleuls")
    EventFactory(title="Tilleuls", organization=tilleuls, themes=[theme("finance-solidaire")])
    EventFactory(title="Fabrique", organization=OrganizationFactory(name="La Fabrique", slug="la-fabrique"))
    EventFactory(title="Autre")
    response = client.get("/evenements/?organisation=coop-des-tilleuls")
    assert titles(response) == ["Tilleuls"]
    # Shown (and removable) in the filter form; the facet counts follow it.
    html = response.content.decode()
    assert 'name="organisation" value="coop-des-tilleuls" id="f-organisation-coop-des-tilleuls" checked' in html
    assert 'Les événements de <a href="/organisations/coop-des-tilleuls/">Coop des Tilleuls</a>.' in html
    assert '<a href="?">Voir ceux de toutes les organisations</a>' in html
    theme_facet = next(facet for facet in response.context["facets"] if facet.name == "theme")
    assert {o.value: o.count for o in theme_facet.options if o.count} == {"finance-solidaire": 1}
    response = client.get("/evenements/?organisation=coop-des-tilleuls&organisation=la-fabrique")
    assert sorted(titles(response)) == ["Fabrique", "Tilleuls"]


def test_list_unknown_organisation_gets_a_message_and_matches_nothing_alone(client):
    EventFactory(title="Tilleuls", organization=OrganizationFactory(slug="coop-des-tilleuls"))
    EventFactory(title="Autre")
    response = client.get("/evenements/?organisation=disparue")
    assert response.status_code == 200
    assert titles(response) == []
    assert "« disparue » : cette organisation n’existe pas." in response.content.decode()
    response = client.get("/evenements/?organisation=disparue&organisation=coop-des-tilleuls")
    assert titles(response) == ["Tilleuls"]
    assert "« disparue » : cette organisation n’existe pas." in response.content.decode()


def test_geojson_organisation_filter_matches_the_list(client):
    tilleuls = OrganizationFactory(slug="coop-des-tilleuls")
    EventFactory(title="Tilleuls", organization=tilleuls)
    EventFactory(title="Autre")
    features = client.get("/evenements/carte.geojson?organisation=coop-des-tilleuls").json()["features"]
    assert [feature["properties"]["title"] for feature in features] == ["Tilleuls"]


def test_search_words_that_are_names_and_an_excluded_word(client):
    # « atelier » is a type's name and « finance » a theme's: each word finds the events it names or
    # whose text has it, the words are AND'ed, and « -sans » leaves out what has « sans ».
    finance, culture = theme("finance-solidaire"), theme("culture-sport-et-loisirs")
    exposition = EventType.objects.get(slug="exposition")
    EventFactory(title="Un atelier", summary="Réparer.", description="Ensemble.", themes=[finance])
    EventFactory(
        title="Une conférence", summary="Écouter.", description="Ensemble.", event_type=exposition, themes=[finance]
    )
    EventFactory(title="Atelier sans finance", summary="Coudre.", description="Ensemble.", themes=[culture])
    EventFactory(title="Autre", summary="Rien.", description="Ensemble.", event_type=exposition, themes=[culture])
    response = client.get("/evenements/?q=atelier+finance")
    assert sorted(titles(response)) == ["Atelier sans finance", "Un atelier"]
    assert response.context["page"].paginator.count == 2
    facets = {facet.name: {o.value: o.count for o in facet.options} for facet in response.context["facets"]}
    assert facets["type"]["atelier"] == 2
    assert titles(client.get("/evenements/?q=atelier+finance+-sans")) == ["Un atelier"]
