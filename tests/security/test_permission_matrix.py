"""The permission matrix: every URL of the site × every persona, the exact answer, and the database
unchanged after every refusal.

The URLs are found by walking the URL resolver: a new URL without a row here fails
`test_every_url_of_the_site_is_in_the_matrix`. Each row names the answer of a GET, and of a POST where
the persona must be refused (login page, 403, 404, 405, or a redirect that changes nothing); a POST the
persona may make is left to the feature's own tests (`ALLOWED`).

Personas (tests/conftest.py): anonymous, member of organisation A, member of organisation B (another
region), moderator of region A, moderator of region B, national staff. Every object named by a URL
belongs to region A and organisation A (tests/security/conftest.py `site`).
"""

from urllib.parse import urlsplit

import pytest
from django import forms
from django.contrib import admin
from django.contrib.auth.models import Group
from django.urls import resolve, reverse

from accounts.models import User
from events.models import Edition, Event
from organizations.models import Organization
from regions.models import Department, Region
from tests.security.admin_forms import all_errors, change_form_data, related_fields
from tests.security.site_urls import ADMIN, ADMIN_MODELS, ALLOWED, LOGIN, PERSONAS, ROWS, To, post_payload, routes

pytestmark = pytest.mark.django_db


@pytest.fixture
def built(site):
    return {index: row.url(site) for index, row in enumerate(ROWS)}


def test_every_url_of_the_site_is_in_the_matrix(built):
    covered = {resolve(path.split("?")[0]).route for path in built.values()}
    assert set(routes()) - covered == set()


# -- The answers ---------------------------------------------------------------------------------------


def _check(response, expected, site) -> str | None:
    """What is wrong with the response, or None."""
    status, location = response.status_code, response.get("Location", "")
    if expected == LOGIN:
        ok = status == 302 and location.startswith(reverse("accounts:login") + "?next=")
    elif expected == ADMIN:
        ok = status == 302 and location.startswith(reverse("admin:login") + "?next=")
    elif isinstance(expected, To):
        ok = status == 302 and urlsplit(location).path == expected.url(site)
    else:
        ok = status == expected
    return None if ok else f"expected {expected}, got {status} {location}".strip()


def _id(index):
    row = ROWS[index]
    name = getattr(row.url, "__name__", "")
    return f"{index}-{row.label}" if row.label else f"{index}{'-' + name if name != '<lambda>' else ''}"


@pytest.mark.parametrize("index", range(len(ROWS)), ids=[_id(i) for i in range(len(ROWS))])
def test_url_answers_each_persona_exactly(client, request, site, built, db_state, index):
    row, path = ROWS[index], built[index]
    problems = []
    for persona, get_answer, post_answer in zip(PERSONAS, row.get, row._post, strict=True):
        client.logout()
        if persona != "anonymous":
            client.force_login(request.getfixturevalue(persona))
        before = db_state()

        response = client.get(path)
        if problem := _check(response, get_answer, site):
            problems.append(f"GET {path} as {persona}: {problem}")
        if db_state() != before:
            problems.append(f"GET {path} as {persona} changed the database")

        if post_answer is ALLOWED:
            continue
        response = client.post(path, post_payload(site))
        if problem := _check(response, post_answer, site):
            problems.append(f"POST {path} as {persona}: {problem}")
        if db_state() != before:
            problems.append(f"POST {path} as {persona} was refused but changed the database")
    assert problems == []


# -- Every writable foreign key, posted with a value out of the persona's scope ----------------------------


# The foreign keys and many-to-manys each persona can set in the admin (a change form shows them).
EVENT_RELATED = {"organization", "region", "department", "event_type", "highlight", "themes", "audiences"}
WRITABLE_RELATED = {
    ("events.event", "moderator_a"): EVENT_RELATED,  # not the edition: read-only for moderators
    ("events.event", "national"): EVENT_RELATED | {"edition"},
    ("organizations.organization", "national"): {"department", "memberships-0-user", "memberships-1-user"},
    ("accounts.user", "national"): {"moderated_regions", "groups", "user_permissions"},
    ("auth.group", "national"): {"permissions"},
    ("opendata.source", "moderator_a"): {"region", "organization", "default_type", "default_themes"},
    ("opendata.source", "national"): {"region", "organization", "default_type", "default_themes"},
}


def _out_of_scope(model, persona, site):
    """A value of `model` the persona may not set: another region's for moderator A (decided here, not
    by the policy under test), else an id that does not exist."""
    if persona == "moderator_a":
        region_b = site.event_b.region
        foreign = {
            Organization: site.organization_b.pk,
            Region: region_b.pk,
            Department: site.event_b.department_id,
            Event: site.event_b.pk,
            User: site.member_a.pk,  # moderators never set people
            Group: site.group.pk,
            Edition: site.edition.pk,  # nor editions
        }
        if model in foreign:
            return foreign[model]
    return (model._default_manager.order_by("-pk").values_list("pk", flat=True).first() or 0) + 1000


def _forge(data, name, field, value):
    forged = dict(data)
    forged[name] = [str(value)] if isinstance(field, forms.ModelMultipleChoiceField) else str(value)
    return forged


@pytest.mark.parametrize("persona", ["moderator_a", "national"])
@pytest.mark.parametrize("label", sorted(ADMIN_MODELS))
def test_every_writable_foreign_key_refuses_an_out_of_scope_value(client, request, site, db_state, label, persona):
    model_admin = next(ma for model, ma in admin.site._registry.items() if model._meta.label_lower == label)
    user = request.getfixturevalue(persona)
    client.force_login(user)
    target = ADMIN_MODELS[label].target(site)
    url = reverse(f"admin:{model_admin.opts.app_label}_{model_admin.opts.model_name}_change", args=[target.pk])
    response = client.get(url)
    if response.status_code != 200 or not model_admin.has_change_permission(response.wsgi_request, target):
        # Nothing this persona may save here: the matrix above checks that their POST is refused.
        assert (label, persona) not in WRITABLE_RELATED
        return
    assert {name for name, _field in related_fields(response)} == WRITABLE_RELATED.get((label, persona), set())
    data, problems = change_form_data(response), []
    for name, form_field in related_fields(response):
        before = db_state()
        forged = _forge(data, name, form_field, _out_of_scope(form_field.queryset.model, persona, site))

        answer = client.post(url, forged)

        if answer.status_code != 200 or set(all_errors(answer)) != {name}:
            problems.append(f"{name}: {answer.status_code} {all_errors(answer) if answer.context else ''}")
        if db_state() != before:
            problems.append(f"{name}: the database changed")
    assert problems == []
