"""Finding 7: lost updates. A form carries what the event was when it was opened; saved after someone
else's change, it is refused with what that person changed (at each field, with their value), and
shown again with what the person typed. Sending it again then keeps the person's values."""

import pytest
from django.urls import reverse
from django.utils import timezone

from events import services
from events.models import Event
from tests.factories import add_moderator
from tests.space import event_data

pytestmark = pytest.mark.django_db

CREATE = "/espace/evenements/nouveau/"


@pytest.fixture
def moderator(db):
    return add_moderator("moderation@cress-bretagne.example.org", "--region", "bretagne")


@pytest.fixture
def published(client, member_a, moderator):
    """An event the organisation entered in its space, sent, and the CRESS published."""
    client.force_login(member_a)
    client.post(CREATE, event_data(title="Atelier vélo", description="Réparez votre vélo."))
    event = Event.objects.get()
    services.submit_event(event=event, user=member_a)
    services.publish_event(event=event, moderator=moderator)
    client.logout()
    return event


def _admin_form_data(response) -> dict:
    """What the browser posts back from the admin's change form as it was served."""
    form = response.context["adminform"].form
    data = {name: value for name, value in form.initial.items() if value is not None and name != "image"}
    data["themes"] = [theme.pk for theme in data["themes"]]
    data["audiences"] = [audience.pk for audience in data["audiences"]]
    formset = response.context["inline_admin_formsets"][0].formset
    prefix = formset.prefix
    data.update(
        {
            f"{prefix}-TOTAL_FORMS": str(len(formset.forms)),
            f"{prefix}-INITIAL_FORMS": str(formset.initial_form_count()),
            f"{prefix}-MIN_NUM_FORMS": "0",
            f"{prefix}-MAX_NUM_FORMS": "1000",
        }
    )
    for index, slot_form in enumerate(formset.forms):
        slot = slot_form.instance
        tz = slot.event.tzinfo
        data[f"{prefix}-{index}-id"] = slot.pk
        data[f"{prefix}-{index}-event"] = slot.event_id
        data[f"{prefix}-{index}-starts_at"] = timezone.localtime(slot.starts_at, tz).strftime("%Y-%m-%dT%H:%M")
        data[f"{prefix}-{index}-ends_at"] = timezone.localtime(slot.ends_at, tz).strftime("%Y-%m-%dT%H:%M")
    return data


def _shown_again(response) -> dict:
    """What the browser posts when the form shown again is sent as it is: the event's fields as the
    form shows them, the slots as the inline shows them."""
    form = response.context["adminform"].form
    formset = response.context["inline_admin_formsets"][0].formset
    data = {key: form.data.getlist(key) for key in form.data if not key.startswith(f"{formset.prefix}-")}
    data.update({key: formset.data.getlist(key) for key in formset.data if key.startswith(f"{formset.prefix}-")})
    return data


def _owner_form(client, event) -> str:
    """The organisation opens the edit form: the stamp its browser will send back."""
    response = client.get(f"/espace/evenements/{event.pk}/modifier/")
    assert 'name="edit_stamp"' in response.content.decode()
    return response.context["form"]["edit_stamp"].value()


def test_owner_saving_an_old_form_keeps_the_moderators_corrections_and_shows_them(
    client, member_a, moderator, published
):
    client.force_login(member_a)
    stamp = _owner_form(client, published)

    # Meanwhile the CRESS corrects the title and the price in the admin.
    client.force_login(moderator)
    url = reverse("admin:events_event_change", args=[published.pk])
    corrected = {
        **_admin_form_data(client.get(url)),
        "title": "Atelier vélo solidaire",
        "is_free": "",
        "price_conditions": "2 € l’adhésion",
    }
    assert client.post(url, corrected).status_code == 302

    # The owner saves the form opened before, with a change of their own.
    client.force_login(member_a)
    mine = {
        **event_data(title="Atelier vélo", description="Réparez votre vélo, et celui de vos voisins."),
        "slots-INITIAL_FORMS": "1",
        "edit_stamp": stamp,
    }
    response = client.post(f"/espace/evenements/{published.pk}/modifier/", mine)

    assert response.status_code == 200
    published.refresh_from_db()
    assert (published.title, published.is_free, published.price_conditions) == (
        "Atelier vélo solidaire",
        False,
        "2 € l’adhésion",
    )
    assert published.description == "Réparez votre vélo."
    form = response.context["form"]
    assert "Atelier vélo solidaire" in form.errors["title"][0]
    assert "2 € l’adhésion" in form.errors["price_conditions"][0]
    assert "gratuit" in form.non_field_errors()[0]  # the summary names the fields
    page = response.content.decode()
    assert "Réparez votre vélo, et celui de vos voisins." in page  # what they typed is still there
    assert "Atelier vélo solidaire" in page

    # Sent again as it is shown, it is saved: the person has seen the other values and kept theirs.
    again = {**mine, "edit_stamp": form.data["edit_stamp"]}
    response = client.post(f"/espace/evenements/{published.pk}/modifier/", again)
    assert response.status_code == 302
    published.refresh_from_db()
    assert (published.title, published.description) == ("Atelier vélo", "Réparez votre vélo, et celui de vos voisins.")


def test_owner_edit_without_crossing_is_saved(client, member_a, published):
    client.force_login(member_a)
    stamp = _owner_form(client, published)
    data = {**event_data(title="Atelier vélo", description="Nouveau texte."), "slots-INITIAL_FORMS": "1"}
    response = client.post(f"/espace/evenements/{published.pk}/modifier/", {**data, "edit_stamp": stamp})
    assert response.status_code == 302
    published.refresh_from_db()
    assert published.description == "Nouveau texte."


def test_owner_stale_form_does_not_restore_a_state_decided_meanwhile(client, member_a, moderator, published):
    client.force_login(member_a)
    stamp = _owner_form(client, published)
    services.request_changes(event=Event.objects.get(pk=published.pk), moderator=moderator, message="Précisez.")
    data = {**event_data(title="Atelier vélo", description="Réparez votre vélo."), "slots-INITIAL_FORMS": "1"}
    response = client.post(f"/espace/evenements/{published.pk}/modifier/", {**data, "edit_stamp": stamp})
    assert response.status_code == 302
    published.refresh_from_db()
    assert published.state == Event.State.CHANGES_REQUESTED


def test_moderators_stale_admin_form_says_what_the_organisation_changed(client, member_a, moderator, published):
    client.force_login(moderator)
    url = reverse("admin:events_event_change", args=[published.pk])
    opened = _admin_form_data(client.get(url))

    # Meanwhile the organisation renames the event and moves it to another day (its form replaces
    # every slot: the slots the moderator's page shows no longer exist).
    client.force_login(member_a)
    data = {
        **event_data(title="Atelier vélo et trottinettes", slots=[("2026-11-28", "14:00", "17:00")]),
        "description": "Réparez votre vélo.",
        "slots-INITIAL_FORMS": "1",
    }
    assert client.post(f"/espace/evenements/{published.pk}/modifier/", data).status_code == 302

    # The moderator saves the page opened before, with a correction of the price.
    client.force_login(moderator)
    response = client.post(url, {**opened, "is_free": "", "price_conditions": "2 €"})

    assert response.status_code == 200
    published.refresh_from_db()
    assert (published.title, published.is_free) == ("Atelier vélo et trottinettes", True)
    form = response.context["adminform"].form
    assert "Atelier vélo et trottinettes" in form.errors["title"][0]
    [summary, slots] = form.non_field_errors()
    assert summary.startswith("Cet événement a été modifié par une autre personne")
    assert slots.startswith("Créneaux\u00a0:") and "28/11/2026 14:00–17:00" in slots
    # Every error is where the moderator sees it: none on the slots' hidden fields.
    formset = response.context["inline_admin_formsets"][0].formset
    assert not any(slot_form.errors for slot_form in formset.forms)
    assert not formset.non_form_errors()
    page = response.content.decode()
    assert "Atelier vélo et trottinettes" in page and 'value="2 €"' in page

    # Saving the page shown again keeps the moderator's values, their slot included.
    response = client.post(url, _shown_again(response))
    assert response.status_code == 302
    published.refresh_from_db()
    assert (published.title, published.price_conditions) == ("Atelier vélo", "2 €")
    tz = published.tzinfo
    assert [timezone.localtime(s.starts_at, tz).strftime("%d/%m %H:%M") for s in published.slots.all()] == [
        "27/11 18:00"
    ]


def test_moderator_edit_without_crossing_is_saved(client, moderator, published):
    client.force_login(moderator)
    url = reverse("admin:events_event_change", args=[published.pk])
    response = client.post(url, {**_admin_form_data(client.get(url)), "title": "Atelier vélo du samedi"})
    assert response.status_code == 302
    published.refresh_from_db()
    assert published.title == "Atelier vélo du samedi"
    assert published.slots.count() == 1
