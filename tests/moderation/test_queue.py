"""The review queue (changelist) and the review page (change view) of a moderator."""

import datetime
from zoneinfo import ZoneInfo

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone

from events.models import Edition, Event, EventLogEntry, EventType, Theme
from events.services import record_edit, replace_slots
from regions.models import Department, Region
from tests.factories import OrganizationFactory, UserFactory, add_moderator, department
from tests.moderation.helpers import pending_event

pytestmark = pytest.mark.django_db

CHANGELIST = reverse("admin:events_event_changelist")


def _titles(response):
    return [event.title for event in response.context["cl"].result_list]


def test_queue_lists_pending_first_oldest_first(client, moderator_a, organization_a):
    pending_event(
        organization_a, title="Publié depuis longtemps", slug="publie", days_ago=20, state=Event.State.PUBLISHED
    )
    pending_event(organization_a, title="Attend depuis un jour", slug="un-jour", days_ago=1)
    pending_event(organization_a, title="Attend depuis cinq jours", slug="cinq-jours", days_ago=5)
    pending_event(organization_a, title="Brouillon", slug="brouillon", days_ago=9, state=Event.State.DRAFT)
    client.force_login(moderator_a)

    response = client.get(CHANGELIST)

    assert _titles(response)[:2] == ["Attend depuis cinq jours", "Attend depuis un jour"]
    assert set(_titles(response)[2:]) == {"Publié depuis longtemps", "Brouillon"}


def test_queue_shows_waiting_time_organization_first_date_and_department(client, moderator_a, organization_a):
    pending_event(organization_a, title="Conférence sur les coopératives", slug="conference", days_ago=3.2)
    client.force_login(moderator_a)
    page = client.get(CHANGELIST).content.decode()
    assert "en attente depuis 3 jours" in page
    assert "Répar’Rennes" in page
    assert "27/11/2026 18:00" in page  # Paris time, as entered
    assert "Ille-et-Vilaine (35)" in page


def test_queue_shows_facet_counts_by_state(client, moderator_a, organization_a, event_a):
    pending_event(organization_a, title="Publié", slug="publie", state=Event.State.PUBLISHED)
    pending_event(organization_a, title="Autre attente", slug="autre-attente")
    client.force_login(moderator_a)
    page = client.get(CHANGELIST).content.decode()
    assert "En attente de modération (2)" in page
    assert "Publié (1)" in page
    assert "Refusé (0)" in page


def test_queue_filters_by_state_and_searches_organization(client, moderator_a, organization_a, event_a):
    other = OrganizationFactory(name="Les Jardins de Cocagne", slug="jardins-cocagne")
    pending_event(other, title="Marché paysan", slug="marche")
    pending_event(organization_a, title="Publié", slug="publie", state=Event.State.PUBLISHED)
    client.force_login(moderator_a)
    assert sorted(_titles(client.get(CHANGELIST, {"state__exact": "pending"}))) == [
        "Marché paysan",
        "Répar’café de la Maison des associations",
    ]
    assert _titles(client.get(CHANGELIST, {"q": "cocagne"})) == ["Marché paysan"]
    assert _titles(client.get(CHANGELIST, {"q": "répar’café"})) == ["Répar’café de la Maison des associations"]


def test_queue_filters_events_modified_after_publication(client, moderator_a, organization_a, member_a):
    published_at = timezone.now() - datetime.timedelta(days=4)
    edited = pending_event(
        organization_a, title="Modifié après", slug="modifie", state=Event.State.PUBLISHED, published_at=published_at
    )
    record_edit(event=edited, user=member_a, changes={"title": ["Ancien titre", "Modifié après"]})
    before = pending_event(
        organization_a, title="Modifié avant", slug="avant", state=Event.State.PUBLISHED, published_at=published_at
    )
    EventLogEntry.objects.create(
        event=before,
        actor=member_a,
        action=EventLogEntry.Action.EDITED,
        changes={"summary": ["a", "b"]},
        created_at=published_at - datetime.timedelta(days=1),
    )
    client.force_login(moderator_a)
    assert _titles(client.get(CHANGELIST, {"modifie_apres_publication": "oui"})) == ["Modifié après"]
    assert sorted(_titles(client.get(CHANGELIST, {"modifie_apres_publication": "non"}))) == ["Modifié avant"]


def _changelist_queries(client):
    with CaptureQueriesContext(connection) as queries:
        response = client.get(CHANGELIST)
    assert response.status_code == 200
    return len(queries)


def test_queue_query_count_is_the_same_for_1_and_50_events(client, moderator_a, organization_a):
    themes = list(Theme.objects.all()[:3])
    pending_event(organization_a, title="Événement 0", slug="evenement-0", themes=themes)
    client.force_login(moderator_a)
    client.get(CHANGELIST)  # warm the session and the content types cache
    with_one = _changelist_queries(client)
    for n in range(1, 50):
        organization = OrganizationFactory() if n % 5 == 0 else organization_a
        pending_event(organization, title=f"Événement {n}", slug=f"evenement-{n}", themes=themes, days_ago=n % 7)
    assert Event.objects.count() == 50
    with_fifty = _changelist_queries(client)
    print("changelist queries", with_one, with_fifty)
    assert with_fifty == with_one


def test_queue_first_page_is_read_from_its_index_on_postgresql(client, moderator_a, organization_a):
    # The queue's order is the index event_review_queue_idx's: PostgreSQL reads the first page from it
    # instead of sorting the edition's events (0.9 ms instead of 108 at 50 000 events).
    if connection.vendor != "postgresql":
        pytest.skip("The expression index is matched by PostgreSQL's planner (SQLite orders NULLs otherwise).")
    for n in range(51):  # more than a page: the first page is a LIMIT
        pending_event(organization_a, title=f"Attend {n:02}", slug=f"attend-{n}", days_ago=60 - n)
    client.force_login(moderator_a)
    with connection.cursor() as cursor:
        cursor.execute("SET enable_seqscan = off")
        cursor.execute("SET enable_bitmapscan = off")
    with CaptureQueriesContext(connection) as queries:
        assert _titles(client.get(CHANGELIST))[:2] == ["Attend 00", "Attend 01"]
    page = next(q["sql"] for q in queries.captured_queries if "ORDER BY CASE" in q["sql"] and "LIMIT" in q["sql"])
    with connection.cursor() as cursor:
        cursor.execute("EXPLAIN " + page)
        plan = "\n".join(row[0] for row in cursor.fetchall())
    assert "event_review_queue_idx" in plan
    assert "Sort" not in plan


def test_review_page_shows_preview_map_organization_duplicates_and_changes(
    client, moderator_a, organization_a, member_a, event_a
):
    # A published event of the organisation, edited since, and an earlier decision on it.
    published = pending_event(
        organization_a,
        title="Répar’café de la Maison des associations",
        slug="repar-cafe-bis",
        state=Event.State.PUBLISHED,
        published_at=timezone.now() - datetime.timedelta(days=2),
    )
    EventLogEntry.objects.create(
        event=published, actor=moderator_a, action=EventLogEntry.Action.PUBLISHED, message="Bienvenue !"
    )
    record_edit(event=published, user=member_a, changes={"venue_name": ["Salle des fêtes", "Maison des associations"]})
    client.force_login(moderator_a)

    page = client.get(reverse("admin:events_event_change", args=[published.pk])).content.decode()

    assert "Aperçu, tel que le public le verra" in page
    assert "<strong>atelier</strong>" in page  # the Markdown description, rendered
    assert 'data-event-map data-lat="48.106900" data-lng="-1.676400"' in page
    assert "leaflet/leaflet" in page
    assert f'href="{reverse("admin:events_event_change", args=[event_a.pk])}"' in page  # other event + duplicate
    assert "Bienvenue !" in page  # past decision
    assert "Salle des fêtes" in page and "Maison des associations" in page  # changed since publication
    assert "Doublons possibles" in page
    duplicates = client.get(reverse("admin:events_event_change", args=[published.pk])).context["duplicates"]
    assert [event.pk for event in duplicates] == [event_a.pk]


def test_review_page_of_online_event_has_no_map(client, moderator_a, organization_a):
    online = pending_event(
        organization_a,
        title="Webinaire",
        slug="webinaire",
        attendance_mode=Event.AttendanceMode.ONLINE,
        online_url="https://visio.example.org/ess",
        latitude=None,
        longitude=None,
    )
    client.force_login(moderator_a)
    page = client.get(reverse("admin:events_event_change", args=[online.pk])).content.decode()
    assert "data-event-map" not in page
    assert "Événement en ligne : pas de lieu." in page


def test_review_page_hides_other_regions_events_of_the_organization(client, moderator_a, organization_a, event_a):
    pending_event(organization_a, "44", title="Antenne nantaise", slug="antenne-nantaise")
    client.force_login(moderator_a)
    response = client.get(reverse("admin:events_event_change", args=[event_a.pk]))
    assert list(response.context["organization_other_events"]) == []
    assert "Antenne nantaise" not in response.content.decode()


def _change_form_data(client, url, **changes):
    """What the browser would post back from the change form, with `changes` applied."""
    form = client.get(url).context["adminform"].form
    data = {name: value for name, value in form.initial.items() if value is not None and name != "image"}
    data["themes"] = [theme.pk for theme in data["themes"]]
    data["audiences"] = [audience.pk for audience in data["audiences"]]
    data.update({"slots-TOTAL_FORMS": "0", "slots-INITIAL_FORMS": "0"})
    data.update(changes)
    return data


def test_moderator_cannot_move_event_to_department_of_other_region(client, moderator_ab, event_a):
    client.force_login(moderator_ab)
    url = reverse("admin:events_event_change", args=[event_a.pk])
    loire_atlantique = Department.objects.get(code="44").pk
    response = client.post(url, _change_form_data(client, url, department=loire_atlantique))
    assert response.status_code == 200
    assert response.context["adminform"].form.errors["department"] == [
        "Ce département n’est pas dans la région Bretagne."
    ]


def test_moderator_fixes_a_typo_but_cannot_change_the_state(client, moderator_a, event_a):
    client.force_login(moderator_a)
    url = reverse("admin:events_event_change", args=[event_a.pk])
    response = client.post(url, _change_form_data(client, url, title="Répar’café du jeudi", state="published"))
    assert response.status_code == 302
    event_a.refresh_from_db()
    assert (event_a.title, event_a.state) == ("Répar’café du jeudi", Event.State.PENDING)


def test_moderator_region_choices_are_own_regions_only(client, moderator_a, event_a):
    client.force_login(moderator_a)
    form = client.get(reverse("admin:events_event_change", args=[event_a.pk])).context["adminform"].form
    assert [region.slug for region in form.fields["region"].queryset] == ["bretagne"]
    assert sorted(d.code for d in form.fields["department"].queryset) == ["22", "29", "35", "56"]


def test_queue_counts_every_filter_on_demand(client, moderator_a, event_a):
    client.force_login(moderator_a)
    page = client.get(CHANGELIST, {"_facets": "True"}).content.decode()
    assert "Ille-et-Vilaine (35) (1)" in page


def test_admin_index_leads_moderator_to_pending_queue(client, moderator_a):
    client.force_login(moderator_a)
    page = client.get(reverse("admin:index")).content.decode()
    assert f'href="{CHANGELIST}?state__exact=pending"' in page


def test_admin_index_has_no_queue_link_for_staff_without_region(client):
    client.force_login(UserFactory(is_staff=True))
    page = client.get(reverse("admin:index")).content.decode()
    assert CHANGELIST not in page


def test_review_page_offers_decisions_fitting_the_state(client, moderator_a, event_a):
    client.force_login(moderator_a)
    page = client.get(reverse("admin:events_event_change", args=[event_a.pk])).content.decode()
    assert 'value="publish"' in page and 'value="reject"' in page and 'value="request_changes"' in page
    assert 'value="unpublish"' not in page


def test_review_page_decision_button_publishes(client, moderator_a, event_a):
    client.force_login(moderator_a)
    response = client.post(CHANGELIST, {"_selected_action": event_a.pk, "index": "0", "action": "publish"})
    assert response.status_code == 302
    event_a.refresh_from_db()
    assert event_a.state == Event.State.PUBLISHED


def _review_queries(client, event):
    with CaptureQueriesContext(connection) as queries:
        response = client.get(reverse("admin:events_event_change", args=[event.pk]))
    assert response.status_code == 200
    return len(queries)


def test_review_page_query_count_does_not_grow_with_slots_or_history(client, moderator_a, organization_a, member_a):
    paris = timezone.get_fixed_timezone(60)
    event = pending_event(organization_a, title="Cycle d’ateliers", slug="cycle")
    client.force_login(moderator_a)
    client.get(reverse("admin:events_event_change", args=[event.pk]))
    with_one = _review_queries(client, event)

    many = [
        (datetime.datetime(2026, 11, day, 18, tzinfo=paris), datetime.datetime(2026, 11, day, 20, tzinfo=paris))
        for day in range(2, 22)
    ]
    replace_slots(event=event, slots=many)
    for n in range(10):
        other = pending_event(organization_a, title=f"Autre {n}", slug=f"autre-{n}", days_ago=n)
        EventLogEntry.objects.create(event=other, actor=moderator_a, action=EventLogEntry.Action.PUBLISHED)
        record_edit(event=event, user=member_a, changes={"summary": [f"v{n}", f"v{n + 1}"]})
    assert _review_queries(client, event) == with_one


def test_review_page_edits_slots_in_the_region_time_zone(client, organization_a):
    moderator = add_moderator("moderation@cress-reunion.example.org", "--region", "la-reunion")
    reunion = ZoneInfo("Indian/Reunion")
    start = datetime.datetime(2026, 11, 12, 23, tzinfo=reunion)
    event = pending_event(
        organization_a,
        title="Soirée créole",
        slug="soiree",
        department=department("974"),
        latitude=-20.88,
        longitude=55.45,
        slots=[(start, start + datetime.timedelta(hours=1))],
    )
    client.force_login(moderator)
    page = client.get(reverse("admin:events_event_change", args=[event.pk])).content.decode()
    assert 'type="datetime-local" name="slots-0-starts_at" value="2026-11-12T23:00"' in page


def test_review_page_saves_slots_in_the_region_time_zone(client, organization_a):
    moderator = add_moderator("moderation@cress-reunion.example.org", "--region", "la-reunion")
    reunion = ZoneInfo("Indian/Reunion")
    start = datetime.datetime(2026, 11, 12, 23, tzinfo=reunion)
    event = pending_event(
        organization_a,
        title="Soirée créole",
        slug="soiree",
        department=department("974"),
        latitude=-20.88,
        longitude=55.45,
        slots=[(start, start + datetime.timedelta(hours=1))],
    )
    slot = event.slots.get()
    client.force_login(moderator)
    url = reverse("admin:events_event_change", args=[event.pk])
    data = _change_form_data(client, url)
    data.update(
        {
            "slots-TOTAL_FORMS": "1",
            "slots-INITIAL_FORMS": "1",
            "slots-0-id": slot.pk,
            "slots-0-event": event.pk,
            "slots-0-starts_at": "2026-11-12T21:00",
            "slots-0-ends_at": "2026-11-12T22:30",
        }
    )
    response = client.post(url, data)
    assert response.status_code == 302
    event.refresh_from_db()
    assert event.starts_at == datetime.datetime(2026, 11, 12, 17, tzinfo=datetime.UTC)
    assert event.ends_at == datetime.datetime(2026, 11, 12, 18, 30, tzinfo=datetime.UTC)


def test_review_page_refuses_slot_ending_before_it_starts(client, moderator_a, event_a):
    slot = event_a.slots.get()
    client.force_login(moderator_a)
    url = reverse("admin:events_event_change", args=[event_a.pk])
    data = _change_form_data(client, url)
    data.update(
        {
            "slots-TOTAL_FORMS": "1",
            "slots-INITIAL_FORMS": "1",
            "slots-0-id": slot.pk,
            "slots-0-event": event_a.pk,
            "slots-0-starts_at": "2026-11-27T18:00",
            "slots-0-ends_at": "2026-11-27T17:00",
        }
    )
    response = client.post(url, data)
    assert response.status_code == 200
    assert response.context["inline_admin_formsets"][0].formset.forms[0].errors["ends_at"] == [
        "La fin doit venir après le début."
    ]
    slot.refresh_from_db()
    assert slot.ends_at > slot.starts_at


def _add_form_data(organization, region_code, dept_code, **extra):
    return {
        "organization": organization.pk,
        "edition": Edition.current().pk,
        "title": "Forum des initiatives solidaires",
        "slug": "forum-initiatives",
        "summary": "Rencontrer les structures de l’ESS du territoire.",
        "status": Event.Status.SCHEDULED,
        "attendance_mode": Event.AttendanceMode.ON_SITE,
        "region": Region.objects.get(code=region_code).pk,
        "venue_name": "Salle des fêtes",
        "address": "1 rue de la Liberté",
        "postal_code": "97110",
        "city": "Pointe-à-Pitre",
        "department": Department.objects.get(code=dept_code).pk,
        "latitude": "16.2411",
        "longitude": "-61.5331",
        "is_free": "on",
        "themes": [Theme.objects.first().pk],
        "event_type": EventType.objects.first().pk,
        "slots-TOTAL_FORMS": "1",
        "slots-INITIAL_FORMS": "0",
        "slots-0-starts_at": "2026-11-20T18:00",
        "slots-0-ends_at": "2026-11-20T20:00",
        **extra,
    }


def test_event_added_in_admin_reads_slots_in_its_region_time_zone_and_waits_in_queue(client, national, organization_a):
    client.force_login(national)
    response = client.post(reverse("admin:events_event_add"), _add_form_data(organization_a, "01", "971"))
    assert response.status_code == 302, response.context and response.context["adminform"].form.errors
    event = Event.objects.get(slug="forum-initiatives")
    # 18:00 in Guadeloupe (UTC−4) is 22:00 UTC, not 17:00 as it would be in Paris.
    assert event.starts_at == datetime.datetime(2026, 11, 20, 22, tzinfo=datetime.UTC)
    assert event.ends_at == datetime.datetime(2026, 11, 21, 0, tzinfo=datetime.UTC)
    assert event.state == Event.State.PENDING
    assert list(event.log.values_list("action", "actor")) == [(EventLogEntry.Action.SUBMITTED, national.pk)]


def test_admin_titles_read_as_french_sentences(client, moderator_a, national, event_a):
    client.force_login(moderator_a)
    assert client.get(reverse("admin:events_event_changelist")).context["title"] == "Les événements de vos régions"
    change = client.get(reverse("admin:events_event_change", args=[event_a.pk]))
    assert change.context["title"] == "Examiner l’événement"
    assert "Modification de événement" not in change.content.decode()
    client.force_login(national)
    assert (
        client.get(reverse("admin:events_event_changelist")).context["title"] == "Les événements de toutes les régions"
    )
    add = client.get(reverse("admin:events_event_add"))
    assert add.context["title"] == "Ajouter un événement"
    assert len(add.context["inline_admin_formsets"][0].formset.forms) == 1  # one slot to fill in


def test_queue_flags_events_edited_after_publication_in_words(client, moderator_a, event_a, member_a):
    published = pending_event(event_a.organization, title="Forum", slug="forum", state=Event.State.PUBLISHED)
    Event.objects.filter(pk=published.pk).update(published_at=timezone.now() - datetime.timedelta(days=3))
    record_edit(event=published, user=member_a, changes={"title": ["Forum", "Forum de l’ESS"]})
    client.force_login(moderator_a)
    page = client.get(reverse("admin:events_event_changelist")).content.decode()
    assert page.count("oui, à revoir") == 1
    assert "icon-no.svg" not in page


def test_scoped_admin_pages_are_titled_with_the_models_names(client, moderator_a, national, event_a):
    client.force_login(moderator_a)
    organization_url = reverse("admin:organizations_organization_change", args=[event_a.organization_id])
    assert client.get(reverse("admin:organizations_organization_changelist")).context["title"] == "Organisations"
    assert client.get(organization_url).context["title"] == "Organisation"
    assert client.get(reverse("admin:regions_department_changelist")).context["title"] == "Départements"
    client.force_login(national)
    assert client.get(reverse("admin:organizations_organization_add")).context["title"] == "Ajout\u00a0: organisation"


def test_application_index_is_titled_with_the_application_name(client, moderator_a):
    client.force_login(moderator_a)
    page = client.get(reverse("admin:app_list", kwargs={"app_label": "events"})).content.decode()
    assert "<title>Événements | Mois de l’ESS — administration</title>" in page
    assert "<h1>Événements</h1>" in page
    assert "Administration de" not in page
