"""The moderators' scope in the admin: actions, change posts, autocompletes, list filters.

Personas: anonymous, member of organisation A, moderator of region A (Bretagne), of region B
(Pays de la Loire), of A and B, national staff. The answer of every URL of the site to every persona
is tests/security/test_permission_matrix.py.
"""

import datetime

import pytest
from django.urls import reverse
from django.utils import timezone

from events import services
from events.models import Event, EventLogEntry
from tests.moderation.helpers import PERSONAS, db_snapshot, login

pytestmark = pytest.mark.django_db

LOGIN = "login"  # a redirect to the admin's login page


def _assert_answer(response, expected):
    if expected == LOGIN:
        assert response.status_code == 302
        assert response["Location"].startswith(reverse("admin:login"))
    else:
        assert response.status_code == expected


def _action_data(action, event):
    data = {"action": action, "_selected_action": [event.pk], "index": 0}
    if action in {"reject", "request_changes", "unpublish"}:
        # The intermediate page's form, submitted with its message.
        data = {"action": action, "_selected_action": [event.pk], "apply": "1", "message": "Précisez l’adresse."}
    return data


ACTION_STATES = {
    "publish": (Event.State.PENDING, Event.State.PUBLISHED),
    "reject": (Event.State.PENDING, Event.State.REJECTED),
    "request_changes": (Event.State.PENDING, Event.State.CHANGES_REQUESTED),
    "unpublish": (Event.State.PUBLISHED, Event.State.PENDING),
}
# persona order: anonymous, member_a, moderator_a, moderator_b, moderator_ab, national
ACTION_ALLOWED = [False, False, True, False, True, True]


@pytest.mark.parametrize("persona", PERSONAS)
@pytest.mark.parametrize("action", ACTION_STATES)
def test_admin_action_changes_only_events_in_scope(
    client, request, event_a, action, persona, django_capture_on_commit_callbacks
):
    start, end = ACTION_STATES[action]
    Event.objects.filter(pk=event_a.pk).update(state=start)
    user = login(client, request, persona)
    before = db_snapshot()
    changelist = reverse("admin:events_event_changelist")

    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(changelist, _action_data(action, event_a))

    event_a.refresh_from_db()
    if ACTION_ALLOWED[PERSONAS.index(persona)]:
        assert (response.status_code, response["Location"]) == (302, changelist)
        assert event_a.state == end
        assert event_a.state_changed_by == user
    elif user is None or not user.is_staff:
        _assert_answer(response, LOGIN)
        assert db_snapshot() == before
    else:
        # Another region's ids: the queue answers as if nothing was selected.
        assert (response.status_code, response["Location"]) == (302, changelist)
        assert db_snapshot() == before


@pytest.mark.parametrize("persona", PERSONAS)
def test_acknowledge_changes_only_in_scope(client, request, event_a, member_a, persona):
    """« Modifications vues » on another region's event is impossible: it changes nothing."""
    Event.objects.filter(pk=event_a.pk).update(
        state=Event.State.PUBLISHED, published_at=timezone.now() - datetime.timedelta(days=2)
    )
    event_a.refresh_from_db()
    services.record_edit(event=event_a, user=member_a, changes={"title": ["Avant", "Après"]})
    user = login(client, request, persona)
    before = db_snapshot()
    changelist = reverse("admin:events_event_changelist")

    response = client.post(changelist, {"action": "acknowledge_changes", "_selected_action": [event_a.pk], "index": 0})

    event_a.refresh_from_db()
    if ACTION_ALLOWED[PERSONAS.index(persona)]:
        assert (response.status_code, response["Location"]) == (302, changelist)
        assert not event_a.edited_after_publication
        assert event_a.log.filter(action=EventLogEntry.Action.CHANGES_SEEN, actor=user).exists()
    elif user is None or not user.is_staff:
        _assert_answer(response, LOGIN)
        assert db_snapshot() == before
    else:
        assert (response.status_code, response["Location"]) == (302, changelist)
        assert db_snapshot() == before
        assert event_a.edited_after_publication


@pytest.mark.parametrize("persona", PERSONAS)
def test_admin_change_post_saves_only_in_scope(client, request, event_a, persona):
    login(client, request, persona)
    before = db_snapshot()
    url = reverse("admin:events_event_change", args=[event_a.pk])

    response = client.post(url, {"title": "Titre remplacé"})

    if persona in {"moderator_a", "moderator_ab", "national"}:
        # Allowed, but this incomplete form is refused field by field and nothing is saved.
        assert response.status_code == 200
        assert response.context["adminform"].form.errors
    elif persona == "moderator_b":
        assert response.status_code == 404
    else:
        _assert_answer(response, LOGIN)
    assert db_snapshot() == before


@pytest.mark.parametrize("persona", ["moderator_a", "moderator_b", "moderator_ab"])
def test_admin_delete_post_is_refused_to_moderators(client, request, event_a, persona):
    login(client, request, persona)
    before = db_snapshot()

    response = client.post(reverse("admin:events_event_delete", args=[event_a.pk]), {"post": "yes"})

    assert response.status_code == (404 if persona == "moderator_b" else 403)
    assert db_snapshot() == before


@pytest.mark.parametrize(
    ("persona", "expected"),
    [
        ("moderator_a", ["Répar’Rennes"]),
        ("moderator_b", ["Coop des bords de Loire"]),
        ("moderator_ab", ["Coop des bords de Loire", "Répar’Rennes"]),
    ],
)
def test_organization_autocomplete_lists_only_organizations_of_own_regions(
    client, request, event_a, event_b, persona, expected
):
    login(client, request, persona)
    url = reverse("admin:autocomplete")
    response = client.get(url, {"app_label": "events", "model_name": "event", "field_name": "organization", "term": ""})
    assert response.status_code == 200
    assert sorted(item["text"] for item in response.json()["results"]) == expected


@pytest.mark.parametrize(
    ("persona", "expected"),
    [("moderator_a", {"22", "29", "35", "56"}), ("moderator_b", {"44", "49", "53", "72", "85"})],
)
def test_department_autocomplete_lists_only_own_departments(client, request, persona, expected):
    login(client, request, persona)
    response = client.get(
        reverse("admin:autocomplete"),
        {"app_label": "events", "model_name": "event", "field_name": "department", "term": ""},
    )
    codes = {item["text"].rsplit("(", 1)[1].rstrip(")") for item in response.json()["results"]}
    assert codes == expected


@pytest.mark.parametrize(
    ("persona", "titles"),
    [
        ("moderator_a", ["Répar’café de la Maison des associations"]),
        ("moderator_b", ["Portes ouvertes de la coopérative"]),
        ("moderator_ab", ["Portes ouvertes de la coopérative", "Répar’café de la Maison des associations"]),
        ("national", ["Portes ouvertes de la coopérative", "Répar’café de la Maison des associations"]),
    ],
)
def test_changelist_lists_only_own_regions(client, request, event_a, event_b, persona, titles):
    login(client, request, persona)
    response = client.get(reverse("admin:events_event_changelist"))
    assert sorted(event.title for event in response.context["cl"].result_list) == titles


def test_changelist_filters_offer_only_own_regions_and_departments(client, moderator_a, event_a, event_b):
    client.force_login(moderator_a)
    response = client.get(reverse("admin:events_event_changelist"))
    filters = {str(spec.title): spec for spec in response.context["cl"].filter_specs if spec.has_output()}
    assert "région" not in filters  # a single region: nothing to choose
    assert [label for _pk, label in filters["département"].lookup_choices] == ["Ille-et-Vilaine (35)"]
    assert "Loire-Atlantique" not in response.content.decode()


def test_changelist_region_filter_lists_both_regions_of_two_region_moderator(client, moderator_ab, event_a, event_b):
    client.force_login(moderator_ab)
    response = client.get(reverse("admin:events_event_changelist"))
    filters = {str(spec.title): spec for spec in response.context["cl"].filter_specs if spec.has_output()}
    assert sorted(label for _pk, label in filters["région"].lookup_choices) == ["Bretagne", "Pays de la Loire"]


def test_history_of_other_region_event_is_not_found_for_moderator(client, moderator_b, event_a):
    client.force_login(moderator_b)
    assert client.get(reverse("admin:events_event_history", args=[event_a.pk])).status_code == 404
