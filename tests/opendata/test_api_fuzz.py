"""The API fuzzed against its own OpenAPI description (hypothesis + jsonschema): whatever the query
string, no 500, and every answer matches the schema the description gives for its status."""

import json
import string

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from jsonschema import Draft202012Validator
from referencing import Registry, Resource
from referencing.jsonschema import DRAFT202012

from opendata.openapi import openapi_document
from tests.factories import EventFactory, OrganizationFactory, department

pytestmark = pytest.mark.django_db

FUZZ = settings(
    max_examples=60,
    deadline=None,
    derandomize=True,  # the same examples on every run: a failure is reproducible, the suite stable
    database=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)

DOCUMENT = openapi_document()
REGISTRY = Registry().with_resource("urn:openapi", Resource.from_contents(DOCUMENT, default_specification=DRAFT202012))


def validator_for(path: str, status: int) -> Draft202012Validator:
    response = DOCUMENT["paths"][path]["get"]["responses"][str(status)]
    schema_ref = response["content"]["application/json"]["schema"]["$ref"]
    return Draft202012Validator({"$ref": f"urn:openapi{schema_ref}"}, registry=REGISTRY)


def check(response, path: str):
    assert response.status_code != 500
    documented = DOCUMENT["paths"][path]["get"]["responses"]
    assert str(response.status_code) in documented, response.status_code
    data = json.loads(response.content)
    errors = list(validator_for(path, response.status_code).iter_errors(data))
    assert errors == [], [error.message for error in errors[:3]]
    return data


def _value_strategy(schema: dict):
    """Values the description allows for a parameter, and values it does not."""
    if schema.get("type") == "array":
        return st.lists(_value_strategy(schema["items"]), min_size=1, max_size=3)
    valid = []
    if "enum" in schema:
        valid.append(st.sampled_from(schema["enum"]))
    if schema.get("type") == "integer":
        valid.append(
            st.integers(min_value=schema.get("minimum", -(10**6)), max_value=schema.get("maximum", 10**6)).map(str)
        )
        valid.append(st.integers().map(str))
    if schema.get("format") == "date":
        valid.append(st.dates().map(lambda d: d.isoformat()))
    valid.append(
        st.sampled_from(["bretagne", "finance-solidaire", "35", "35000", "48.11,-1.68", "2026", "1", "", "coop"])
    )
    valid.append(st.text(max_size=30))
    valid.append(st.text(alphabet=string.printable, max_size=12))
    return st.one_of(*valid)


LIST_PATH = "/api/evenements"
PARAMETERS = {p["name"]: p["schema"] for p in DOCUMENT["paths"][LIST_PATH]["get"]["parameters"]}


@st.composite
def queries(draw):
    names = draw(st.lists(st.sampled_from(sorted(PARAMETERS)), unique=True, max_size=5))
    query = {}
    for name in names:
        value = draw(_value_strategy(PARAMETERS[name]))
        query[name] = value if isinstance(value, list) else [value]
    if draw(st.booleans()):
        query[draw(st.text(min_size=1, max_size=8))] = [draw(st.text(max_size=8))]  # unknown parameter
    return query


@pytest.fixture
def some_events():
    organization = OrganizationFactory(slug="coop")
    EventFactory(organization=organization)
    EventFactory(
        department=department("972"), postal_code="97200", city="Fort-de-France", latitude=14.6, longitude=-61.06
    )
    EventFactory(attendance_mode="online", online_url="https://visio.example.org/x", latitude=None, longitude=None)


@FUZZ
@given(query=queries())
def test_api_list_fuzzed_query_strings_follow_the_description(client, some_events, query):
    response = client.get(LIST_PATH, query)
    check(response, LIST_PATH)


@FUZZ
@given(pk=st.one_of(st.integers(min_value=0, max_value=10**6), st.integers(min_value=2**31, max_value=2**80)))
def test_api_detail_fuzzed_ids_follow_the_description(client, some_events, pk):
    response = client.get(f"{LIST_PATH}/{pk}")
    check(response, "/api/evenements/{id}")


def test_api_referentials_follow_the_description(client):
    check(client.get("/api/referentiels"), "/api/referentiels")


def test_api_list_valid_answer_follows_the_description(client, some_events):
    data = check(client.get(LIST_PATH, {"par_page": "2"}), LIST_PATH)
    assert data["count"] == 3 and len(data["results"]) == 2
