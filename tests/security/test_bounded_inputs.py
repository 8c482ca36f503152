"""Every query parameter is bounded where it is defined: extreme values get the site's French message
(200 on HTML pages, a 400 JSON error in the API), never a 500.

« au=9999-12-31 » used to answer 500 on every endpoint that takes the filters of /evenements/: the
filter adds a day to the last day asked for, beyond year 9999.
"""

import json

import pytest
from django.http import QueryDict
from django.urls import reverse

from events.filters import EventFilter
from events.models import Event
from opendata.models import ImportedEvent
from tests.factories import EventFactory, OrganizationFactory

pytestmark = pytest.mark.django_db

# The bounds (events.filters, core.forms, core.admin_inputs): 120 values per filter, 50
# organisations, dates from 2000-01-01 to 2100-12-31, 200 characters of search, 10 words in the admin.

# Every endpoint that takes the filters of /evenements/.
ENDPOINTS = [
    "/evenements/",
    "/carte/",
    "/evenements/carte.geojson",
    "/widget/carte.geojson",
    "/regions/bretagne/",
    "/evenements/calendrier.ics",
    "/evenements/flux.xml",
    "/evenements/export.csv",
    "/api/evenements",
    "/widget/",
]
HTML_PAGES = ["/evenements/", "/carte/", "/regions/bretagne/"]
API = "/api/evenements"

EXTREME_QUERIES = [
    "au=9999-12-31",
    "du=0001-01-01",
    "du=0001-01-01&au=9999-12-31",
    "du=1999-12-31&au=2101-01-01",
    "page=99999999999999999999",
    "page=" + "9" * 5000,
    "autour=35000&rayon=99999999999999999999",
    "autour=90,180&rayon=300&tri=distance",
    "autour=-91,-181",
    "bbox=-1e308,-90,1e308,90&zoom=99999999999999999999",
    "q=" + "économie " * 500,
    "&".join(f"region=r{i}" for i in range(500)),
    "&".join(f"organisation=o{i}" for i in range(500)),
]


@pytest.fixture
def event():
    return EventFactory(title="Répar’café")


@pytest.mark.parametrize("query", EXTREME_QUERIES)
@pytest.mark.parametrize("url", ENDPOINTS)
def test_extreme_parameters_never_fail(client, event, url, query):
    response = client.get(f"{url}?{query}")
    assert response.status_code in {200, 400, 404}, response.status_code
    if url != API:
        assert response.status_code == 200


@pytest.mark.parametrize("url", HTML_PAGES)
def test_date_out_of_range_gets_french_message_on_html_pages(client, event, url):
    response = client.get(f"{url}?du=0001-01-01&au=9999-12-31")
    assert response.status_code == 200
    html = response.content.decode()
    assert "Cette date est trop ancienne : indiquez une date à partir du 01/01/2000." in html
    assert "Cette date est trop lointaine : indiquez une date jusqu’au 31/12/2100." in html
    # Both are ignored: the default scope (the current edition) applies.
    assert "Répar’café" in html


def test_date_out_of_range_is_refused_by_the_api(client, event):
    response = client.get(f"{API}?au=9999-12-31")
    assert response.status_code == 400
    assert json.loads(response.content)["errors"] == {
        "au": ["Cette date est trop lointaine : indiquez une date jusqu’au 31/12/2100."]
    }


def test_date_bounds_are_inclusive(client, event):
    response = client.get(f"{API}?du=2000-01-01&au=2100-12-31")
    assert response.status_code == 200
    assert [row["title"] for row in json.loads(response.content)["results"]] == ["Répar’café"]


def test_list_date_inputs_carry_the_bounds(client):
    html = client.get("/evenements/").content.decode()
    assert 'name="du"' in html and 'min="2000-01-01" max="2100-12-31"' in html


def test_api_huge_page_number_is_a_json_error(client, event):
    response = client.get(f"{API}?page=99999999999999999999")
    assert response.status_code == 400
    assert json.loads(response.content)["errors"] == {
        "page": ["« 99999999999999999999 » : indiquez un nombre entre 1 et 1000000."]
    }


def test_api_error_does_not_echo_a_huge_value(client, event):
    response = client.get(f"{API}?page={'9' * 5000}")
    assert response.status_code == 400
    assert len(response.content) < 300


def test_repeated_value_counts_once(client, event):
    query = "&".join("region=bretagne" for _ in range(500))
    response = client.get(f"{API}?{query}")
    assert response.status_code == 200
    assert json.loads(response.content)["count"] == 1


def test_too_many_values_of_a_filter_get_a_french_message(client, event):
    query = "&".join(f"departement=d{i}" for i in range(121))
    html = client.get(f"/evenements/?{query}").content.decode()
    assert "Trop de valeurs pour ce filtre : 120 au plus ; il est ignoré." in html
    assert "Répar’café" in html
    api = json.loads(client.get(f"{API}?{query}").content)
    assert api["errors"] == {"departement": ["Trop de valeurs pour ce filtre : 120 au plus ; il est ignoré."]}


def test_too_many_organisations_match_nothing_with_a_message(client, event):
    organizations = [OrganizationFactory().slug for _ in range(51)]
    query = "&".join(f"organisation={slug}" for slug in organizations)
    filterset = EventFilter(QueryDict(query))
    assert list(filterset.qs) == []
    assert filterset.form.errors["organisation"] == ["Trop de valeurs pour ce filtre : 50 au plus ; il est ignoré."]


def test_too_long_search_text_gets_a_french_message(client, event):
    html = client.get("/evenements/", {"q": "x" * 201}).content.decode()
    assert "Recherche trop longue : 200 caractères au plus (elle en compte 201) ; elle est ignorée." in html


# -- A fuzz test without hypothesis: every GET parameter of the list and of the API, extreme values ------

EXTREME_VALUES = [
    "",
    " ",
    "0",
    "-1",
    "99999999999999999999",
    "9" * 5000,
    "1e308",
    "-1e308",
    "nan",
    "inf",
    "0001-01-01",
    "9999-12-31",
    "2026-02-30",
    "90,180",
    "-91,-181",
    "1e400,1e400",
    "\x00",
    "é" * 300,
    "%' OR 1=1 --",
    "<script>alert(1)</script>",
]
LIST_PARAMETERS = sorted({*EventFilter.base_filters, "page"})
API_PARAMETERS = sorted({*EventFilter.base_filters, "page", "par_page"})


def _latin_square(parameters):
    """Query strings in which every parameter takes every extreme value once, all parameters at once
    (as many requests as values); then one per value given to every parameter."""
    size = len(EXTREME_VALUES)
    for shift in range(size):
        yield {name: EXTREME_VALUES[(i + shift) % size] for i, name in enumerate(parameters)}
    for value in EXTREME_VALUES:
        yield {name: [value, value] for name in parameters}


def test_fuzz_every_list_parameter_with_extreme_values(client, event):
    # The list applies every valid parameter whatever the others: each request tries them all.
    for query in _latin_square(LIST_PARAMETERS):
        response = client.get("/evenements/", query)
        assert response.status_code == 200, query


def test_fuzz_every_api_parameter_with_extreme_values(client, event):
    # The API stops at the first invalid parameter: each parameter alone, then all of them.
    for name in API_PARAMETERS:
        for value in EXTREME_VALUES:
            response = client.get(API, {name: value})
            assert response.status_code in {200, 400, 404}, (name, value)
            assert response.status_code != 400 or json.loads(response.content)["errors"]
    for query in _latin_square(API_PARAMETERS):
        assert client.get(API, query).status_code in {200, 400, 404}, query


# -- The admin's inputs ----------------------------------------------------------------------------------


@pytest.fixture
def national(client, national):
    """National staff (tests/conftest.py), logged in."""
    client.force_login(national)
    return national


@pytest.mark.parametrize(
    "query",
    [
        "imported_at__gte=0001-01-01",
        "imported_at__gte=9999-12-31",
        "imported_at__lt=0001-01-01+00:00:00",
        "imported_at__gte=2026-01-01&imported_at__lt=99999-01-01",
    ],
)
def test_admin_date_filter_out_of_range_is_ignored_with_a_message(client, national, event, query):
    ImportedEvent.objects.create(event=event, organization=event.organization, uid="x@example.org")
    response = client.get(f"/admin/opendata/importedevent/?{query}", follow=True)
    assert response.status_code == 200
    html = response.content.decode()
    assert "est ignoré" in html
    assert "x@example.org" in html


def test_admin_date_filter_keeps_working_in_range(client, national, event):
    ImportedEvent.objects.create(event=event, organization=event.organization, uid="x@example.org")
    html = client.get("/admin/opendata/importedevent/?imported_at__gte=2030-01-01").content.decode()
    assert "x@example.org" not in html and "est ignoré" not in html
    html = client.get("/admin/opendata/importedevent/?imported_at__gte=2026-01-01").content.decode()
    assert "x@example.org" in html


@pytest.mark.parametrize(
    "url", ["/admin/events/event/", "/admin/opendata/importedevent/", "/admin/organizations/organization/"]
)
def test_admin_search_of_thousands_of_words_is_cut_with_a_message(client, national, event, url):
    response = client.get(url, {"q": " ".join(["atelier"] * 3000)})
    assert response.status_code == 200
    assert "Recherche trop longue" in response.content.decode()


def test_admin_search_keeps_its_first_words(client, national, event):
    Event.objects.filter(pk=event.pk).update(title="Répar café atelier vélo")
    words = ["atelier"] * 10 + ["introuvable"]  # the eleventh word is dropped
    html = client.get("/admin/events/event/", {"q": " ".join(words)}).content.decode()
    assert "Répar café atelier vélo" in html


def test_admin_slot_out_of_range_gets_a_message(client, national, event):
    slot = event.slots.get()
    url = reverse("admin:events_event_change", args=[event.pk])
    form = client.get(url).context["adminform"].form
    data = {name: value for name, value in form.initial.items() if value is not None and name != "image"}
    data["themes"] = [theme.pk for theme in data["themes"]]
    data["audiences"] = [audience.pk for audience in data["audiences"]]
    data.update(
        {
            "slots-TOTAL_FORMS": "1",
            "slots-INITIAL_FORMS": "1",
            "slots-0-id": slot.pk,
            "slots-0-event": event.pk,
            "slots-0-starts_at": "0001-01-01T00:00",
            "slots-0-ends_at": "9999-12-31T23:59",
        }
    )
    response = client.post(url, data)
    assert response.status_code == 200
    errors = response.context["inline_admin_formsets"][0].formset.forms[0].errors
    assert errors["starts_at"] == ["Cette date est trop ancienne : indiquez une date à partir du 01/01/2000."]
    assert errors["ends_at"] == ["Cette date est trop lointaine : indiquez une date jusqu’au 31/12/2100."]
