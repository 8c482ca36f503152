"""Helpers for the tests of the organisation space: the POST data of a valid event form."""

from events.models import EventType, Theme

SLOT_PREFIX = "slots"


def slot_data(slots) -> dict:
    data = {
        f"{SLOT_PREFIX}-TOTAL_FORMS": str(len(slots)),
        f"{SLOT_PREFIX}-INITIAL_FORMS": "0",
        f"{SLOT_PREFIX}-MIN_NUM_FORMS": "1",
        f"{SLOT_PREFIX}-MAX_NUM_FORMS": "60",
    }
    for index, (day, start, end) in enumerate(slots):
        data.update(
            {
                f"{SLOT_PREFIX}-{index}-day": day,
                f"{SLOT_PREFIX}-{index}-start": start,
                f"{SLOT_PREFIX}-{index}-end": end,
            }
        )
    return data


def event_data(slots=(("2026-11-27", "18:00", "20:00"),), **overrides) -> dict:
    data = {
        "title": "Répar’café de quartier",
        "summary": "Venez réparer vos objets avec des bénévoles.",
        "event_type": str(EventType.objects.get(slug="atelier").pk),
        "themes": [str(Theme.objects.get(slug="economie-circulaire-et-reemploi").pk)],
        "description": "Un **atelier** convivial.",
        "attendance_mode": "on_site",
        "venue_name": "Maison des associations",
        "address": "6 cours des Alliés",
        "postal_code": "35000",
        "city": "Rennes",
        "latitude": "",
        "longitude": "",
        "online_url": "",
        "is_free": "on",
        "price_conditions": "",
        "registration_url": "",
        "registration_email": "",
        "registration_phone": "",
        "image_alt": "",
        **slot_data(slots),
    }
    for key, value in overrides.items():
        if value is None:
            data.pop(key, None)
        else:
            data[key] = value
    return data
