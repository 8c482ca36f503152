"""Edits to a published event (issue 14, « Defects found »): they go live at once, but the event waits
in the queue as « modifié depuis la publication » with a readable diff until a moderator marks the
changes seen (`acknowledge_changes`, « Modifications vues »), unpublishes it or asks for changes."""

import datetime

import pytest
import time_machine
from django.urls import reverse
from django.utils import timezone

from events import services, workflow
from events.models import Audience, Event, EventLogEntry, Theme
from tests.factories import EventFactory
from tests.moderation.helpers import pending_event
from tests.space import event_data

pytestmark = pytest.mark.django_db

CHANGELIST = reverse("admin:events_event_changelist")
PARIS = datetime.timezone(datetime.timedelta(hours=1))  # November: Paris is UTC+1


def _published(organization, **kwargs):
    return EventFactory(
        organization=organization,
        published_at=timezone.now() - datetime.timedelta(days=5),
        submitted_at=timezone.now() - datetime.timedelta(days=6),
        slots=[(datetime.datetime(2026, 11, 12, 14, tzinfo=PARIS), datetime.datetime(2026, 11, 12, 16, tzinfo=PARIS))],
        **kwargs,
    )


def _edit_in_space(client, member, event, **changes):
    """The organisation saves its event form with `changes` (a real POST of the space)."""
    client.force_login(member)
    form = client.get(f"/espace/evenements/{event.pk}/modifier/").context["form"]
    data = event_data(
        slots=changes.pop("slots", [("2026-11-12", "14:00", "16:00")]),
        title=changes.pop("title", event.title),
        latitude=str(event.latitude),
        longitude=str(event.longitude),
        edit_stamp=form.initial["edit_stamp"],
        **changes,
    )
    data.setdefault("audiences", [str(audience.pk) for audience in event.audiences.all()])
    data["slots-INITIAL_FORMS"] = "1"
    response = client.post(f"/espace/evenements/{event.pk}/modifier/", data)
    assert response.status_code == 302, response.context["form"].errors if response.context else response
    event.refresh_from_db()
    return response


def _review(client, moderator, event):
    client.force_login(moderator)
    return client.get(reverse("admin:events_event_change", args=[event.pk]))


# -- The review page: every change, readable; no server error after a slot change ------------------------


def test_review_page_answers_after_a_slot_change_and_says_it_in_words(client, member_a, moderator_a, organization_a):
    """Regression: a slot changed by the organisation made the review page answer 500
    ('ManyToOneRel' object has no attribute 'verbose_name')."""
    event = _published(organization_a)
    _edit_in_space(client, member_a, event, slots=[("2026-11-13", "14:00", "16:00")])

    response = _review(client, moderator_a, event)

    assert response.status_code == 200
    [item] = response.context["changes_since_publication"]
    texts = [change["text"] for change in item["changes"]]
    assert "Créneaux : 12 nov. 14h00–16h00 → 13 nov. 14h00–16h00" in texts
    page = response.content.decode()
    assert "12 nov. 14h00–16h00" in page and "13 nov. 14h00–16h00" in page


def test_review_page_says_every_kind_of_change_readably(client, member_a, moderator_a, organization_a):
    event = _published(organization_a, venue_name="Maison des associations")
    event.themes.set([Theme.objects.get(slug="economie-circulaire-et-reemploi")])
    event.audiences.set([])
    before = services.snapshot(Event.objects.get(pk=event.pk))
    other_theme = Theme.objects.exclude(slug="economie-circulaire-et-reemploi").first()
    audience = Audience.objects.first()
    Event.objects.filter(pk=event.pk).update(
        venue_name="Salle des fêtes",
        is_free=False,
        price_conditions="5 €",
        attendance_mode=Event.AttendanceMode.MIXED,
        online_url="https://visio.example.org/ess",
        image="events/images/2026/affiche.jpg",
        image_alt="L’affiche",
    )
    event.refresh_from_db()
    event.themes.set([other_theme])
    event.audiences.set([audience])
    services.record_edit(event=event, user=member_a, changes=services.changes_between(before, services.snapshot(event)))

    response = _review(client, moderator_a, event)

    texts = {change["field"]: change["text"] for change in response.context["changes_since_publication"][0]["changes"]}
    assert texts["Nom du lieu"] == "Nom du lieu : Maison des associations → Salle des fêtes"
    assert texts["Gratuit"] == "Gratuit : oui → non"
    assert texts["Format"] == "Format : Sur place → Sur place et en ligne"
    assert texts["Image"] == "Image : (vide) → affiche.jpg"
    assert texts["Thèmes"] == f"Thèmes : Économie circulaire et réemploi → {other_theme.name}"
    assert texts["Publics"] == f"Publics : (vide) → {audience.name}"


def test_review_page_cuts_a_long_description_and_keeps_old_entries_readable(client, moderator_a, organization_a):
    event = _published(organization_a)
    EventLogEntry.objects.create(
        event=event,
        action=EventLogEntry.Action.EDITED,
        # An old line: a field gone since, and a value that is not a pair.
        changes={"description": ["court", "x" * 1000], "ancien_champ": ["a", "b"], "bizarre": "c"},
    )
    response = _review(client, moderator_a, event)
    assert response.status_code == 200
    changes = response.context["changes_since_publication"][0]["changes"]
    assert [change["field"] for change in changes] == ["Description", "Ancien_champ"]
    assert len(changes[0]["new"]) == 300 and changes[0]["new"].endswith("…")


# -- The queue ------------------------------------------------------------------------------------------


def test_edited_published_event_waits_in_the_queue_next_to_pending_ones_oldest_first(
    client, member_a, moderator_a, organization_a
):
    pending_event(organization_a, title="Attend depuis 4 jours", slug="quatre", days_ago=4)
    pending_event(organization_a, title="Attend depuis 1 jour", slug="un", days_ago=1)
    _published(organization_a, title="Publié, jamais modifié")
    edited = _published(organization_a, title="Soirée de l’ESS")
    with time_machine.travel(timezone.now() - datetime.timedelta(days=2), tick=False):
        services.record_edit(
            event=edited, user=member_a, changes={"title": ["Soirée de l’ESS", "Soirée privée — entrée 50 €"]}
        )
    Event.objects.filter(pk=edited.pk).update(title="Soirée privée — entrée 50 €")
    client.force_login(moderator_a)

    response = client.get(CHANGELIST)

    titles = [event.title for event in response.context["cl"].result_list]
    assert titles[:3] == ["Attend depuis 4 jours", "Soirée privée — entrée 50 €", "Attend depuis 1 jour"]
    page = response.content.decode()
    assert "modifié depuis la publication, il y a 2 jours" in page
    assert page.count("oui, à revoir") == 1
    filtered = client.get(CHANGELIST, {"modifie_apres_publication": "oui"})
    assert [event.title for event in filtered.context["cl"].result_list] == ["Soirée privée — entrée 50 €"]


def test_an_edit_in_the_space_goes_live_and_flags_the_event(client, member_a, organization_a):
    event = _published(organization_a)
    response = _edit_in_space(client, member_a, event, title="Soirée privée — entrée 50 €")
    assert event.state == Event.State.PUBLISHED  # live at once
    assert event.title == "Soirée privée — entrée 50 €"
    assert event.edited_after_publication and event.changes_pending_since is not None
    messages = [str(m) for m in client.get(response["Location"]).context["messages"]]
    assert messages == ["Vos modifications sont en ligne ; la CRESS Bretagne va les relire."]


def test_acknowledge_changes_clears_the_flag_and_the_next_edit_brings_it_back(
    client, member_a, moderator_a, organization_a
):
    event = _published(organization_a)
    _edit_in_space(client, member_a, event, title="Soirée de l’ESS, nouvelle formule")
    review = _review(client, moderator_a, event).content.decode()
    assert 'value="acknowledge_changes"' in review
    assert "Modifications vues" in review
    assert "(à voir)" in review

    response = client.post(
        CHANGELIST, {"action": "acknowledge_changes", "_selected_action": [event.pk], "index": 0}, follow=True
    )

    event.refresh_from_db()
    assert not event.edited_after_publication and event.changes_pending_since is None
    assert [str(m) for m in response.context["messages"]] == ["Modifications vues pour 1 événement."]
    entry = event.log.order_by("-created_at", "-id").first()
    assert (entry.action, entry.actor) == (EventLogEntry.Action.CHANGES_SEEN, moderator_a)
    review = _review(client, moderator_a, event)
    assert 'value="acknowledge_changes"' not in review.content.decode()
    assert [item["unseen"] for item in review.context["changes_since_publication"]] == [False]
    # Out of the queue, still in the list of changes.
    assert event.pk not in [
        e.pk for e in client.get(CHANGELIST, {"modifie_apres_publication": "oui"}).context["cl"].result_list
    ]

    _edit_in_space(client, member_a, event, title="Soirée de l’ESS, encore changée")

    assert event.edited_after_publication
    assert [item["unseen"] for item in _review(client, moderator_a, event).context["changes_since_publication"]] == [
        False,
        True,
    ]


def test_acknowledge_is_refused_without_edits_to_see(client, moderator_a, organization_a):
    event = _published(organization_a)
    assert not workflow.can_acknowledge_changes(event)
    with pytest.raises(workflow.TransitionError) as refused:
        services.acknowledge_changes(event=event, moderator=moderator_a)
    assert "modifié par son organisation depuis sa publication" in refused.value.message
    client.force_login(moderator_a)
    response = client.post(
        CHANGELIST, {"action": "acknowledge_changes", "_selected_action": [event.pk], "index": 0}, follow=True
    )
    [message] = [str(m) for m in response.context["messages"]]
    assert message.startswith("1 événement laissé tel quel")
    assert not event.log.filter(action=EventLogEntry.Action.CHANGES_SEEN).exists()


def test_the_moderator_can_unpublish_or_ask_for_changes_instead(client, member_a, moderator_a, organization_a):
    event = _published(organization_a)
    _edit_in_space(client, member_a, event, title="Soirée privée — entrée 50 €")
    review = _review(client, moderator_a, event).content.decode()
    assert 'value="unpublish"' in review and 'value="request_changes"' in review

    client.post(
        CHANGELIST,
        {
            "action": "request_changes",
            "_selected_action": [event.pk],
            "apply": "1",
            "message": "Un événement du Mois de l’ESS est ouvert à tous.",
        },
    )

    event.refresh_from_db()
    assert event.state == Event.State.CHANGES_REQUESTED
    assert not event.edited_after_publication  # the decision covers the edits it was taken on
    assert event.moderation_message == "Un événement du Mois de l’ESS est ouvert à tous."


def test_another_regions_moderator_cannot_acknowledge(client, member_a, moderator_b, organization_a):
    event = _published(organization_a)
    _edit_in_space(client, member_a, event, title="Soirée de l’ESS, nouvelle formule")
    client.force_login(moderator_b)

    assert client.get(reverse("admin:events_event_change", args=[event.pk])).status_code == 404
    client.post(CHANGELIST, {"action": "acknowledge_changes", "_selected_action": [event.pk], "index": 0})

    event.refresh_from_db()
    assert event.edited_after_publication
    assert not event.log.filter(action=EventLogEntry.Action.CHANGES_SEEN).exists()


def test_national_staff_acknowledge_in_every_region(client, member_b, national, organization_b):
    event = _published(organization_b)
    services.record_edit(event=event, user=member_b, changes={"title": ["a", "b"]})
    client.force_login(national)
    client.post(CHANGELIST, {"action": "acknowledge_changes", "_selected_action": [event.pk], "index": 0})
    event.refresh_from_db()
    assert not event.edited_after_publication


# -- What the organisation sees ------------------------------------------------------------------------


def test_the_space_says_a_cress_will_look_at_the_change(client, member_a, moderator_a, organization_a):
    event = _published(organization_a)
    _edit_in_space(client, member_a, event, title="Soirée de l’ESS, nouvelle formule")
    notice = "vos modifications sont en ligne, la CRESS Bretagne va les relire."
    assert notice in client.get("/espace/").content.decode()
    assert notice in client.get(f"/espace/evenements/{event.pk}/apercu/").content.decode()

    services.acknowledge_changes(event=event, moderator=moderator_a)

    assert notice not in client.get("/espace/").content.decode()
