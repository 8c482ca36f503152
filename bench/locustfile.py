"""A November day's traffic, for locust (run by bench/load.py, `make load`).

60 % the list and the map with filters, 20 % event pages, 10 % the home and region pages, 5 % open
data, 5 % organisations logging in and submitting an event. Every request is named by its page
family, so that the table gives one line each.

The anonymous addresses come from a pool that bench/load.py draws once from the site's data (the
filter combinations people share and come back to, a few thousand event pages): the same addresses a
shared cache answers on a real November day. ``LOAD_ONLY=<family>`` runs one family alone (its
throughput on its own); ``LOAD_THINK=<seconds>`` adds a pause between two requests of a person (none
by default: every simulated person is a connection kept busy, as a load test measures capacity).
"""

import json
import os
import random
import re
import ssl
from datetime import date
from urllib.parse import urlencode

from locust import FastHttpUser, between, constant, task

# The URL pool, the accounts, the ids of the form's choices: written by bench/load.py.
with open(os.environ["LOAD_DATA"], encoding="utf-8") as data:
    DATA = json.load(data)
POOL = DATA["pool"]
PASSWORD = os.environ["LOAD_PASSWORD"]
CAFILE = os.environ.get("LOAD_CAFILE")
THINK = float(os.environ.get("LOAD_THINK") or 0)
ONLY = os.environ.get("LOAD_ONLY", "")
HIDDEN = re.compile(r'<input type="hidden" name="([^"]+)" value="([^"]*)"')
CSRF = re.compile(r'name="csrfmiddlewaretoken" value="([^"]+)"')
FORM = {"Content-Type": "application/x-www-form-urlencoded"}

# Family → (weight in the mix, name in the table). The pool holds the addresses of each family.
FAMILIES = {
    "list": (30, "list (filters)"),
    "map": (15, "map (filters)"),
    "geojson": (15, "map data (GeoJSON)"),
    "event": (20, "event page"),
    "home": (5, "home"),
    "region": (5, "region page"),
    "api": (3, "open data: API"),
    "rss": (1, "open data: RSS"),
    "ical": (1, "open data: iCal"),
    # Not in the mix: measured alone, the benchmark's floor (the base template, no view logic).
    "floor": (0, "floor"),
}


def _verified_context():
    """make serve's own certificate is the one trusted: the test goes through real TLS checks."""
    return ssl.create_default_context(cafile=CAFILE) if CAFILE else ssl.create_default_context()


def _family_task(family):
    name = FAMILIES[family][1]

    def visit(user):
        user.client.get(random.choice(POOL[family]), name=name)

    visit.__name__ = f"visit_{family}"
    return visit


class Visitor(FastHttpUser):
    """Anonymous visitors: 95 % of the traffic (all of it with ``LOAD_ONLY``)."""

    weight = 19
    wait_time = between(THINK / 2, THINK * 1.5) if THINK else constant(0)
    insecure = False
    ssl_context_factory = staticmethod(_verified_context)
    tasks = {
        _family_task(family): weight or 1
        for family, (weight, _name) in FAMILIES.items()
        if (weight and not ONLY) or family == ONLY
    }


class Organisation(FastHttpUser):
    """An organisation's member: logs in, opens the form, submits an event (5 % of the traffic)."""

    weight = 0 if ONLY else 1
    wait_time = between(THINK, THINK * 2) if THINK else between(0.2, 0.5)
    insecure = False
    ssl_context_factory = staticmethod(_verified_context)

    def on_start(self):
        self.email = DATA["accounts"].pop() if DATA["accounts"] else None
        if self.email is None:
            return
        page = self.client.get("/compte/connexion/", name="login")
        fields = dict(HIDDEN.findall(page.text))
        fields.update(username=self.email, password=PASSWORD)
        self.client.post("/compte/connexion/", urlencode(fields), name="login", headers={**FORM, "Referer": page.url})

    @task
    def submit_event(self):
        if self.email is None:
            return
        form = self.client.get("/espace/evenements/nouveau/", name="space: event form")
        token = CSRF.search(form.text)
        if not token:
            return
        day = date(DATA["year"], 11, random.randint(2, 28)).isoformat()
        data = {
            "csrfmiddlewaretoken": token[1],
            "title": f"Portes ouvertes {random.randint(1, 10**9)}",
            "summary": "Venez découvrir notre coopérative et ses métiers.",
            "event_type": str(DATA["type_ids"][0]),
            "themes": [str(DATA["theme_ids"][0])],
            "description": "Une **visite** commentée, suivie d’un échange.",
            "attendance_mode": "on_site",
            "venue_name": "Maison des associations",
            "address": "6 cours des Alliés",
            "postal_code": "35000",
            "city": "Rennes",
            "latitude": "48.1069",
            "longitude": "-1.6764",
            "is_free": "on",
            "slots-TOTAL_FORMS": "1",
            "slots-INITIAL_FORMS": "0",
            "slots-MIN_NUM_FORMS": "1",
            "slots-MAX_NUM_FORMS": "60",
            "slots-0-day": day,
            "slots-0-start": "18:00",
            "slots-0-end": "20:00",
            **{name: value for name, value in HIDDEN.findall(form.text) if name.startswith(("organization", "form_"))},
        }
        saved = self.client.post(
            "/espace/evenements/nouveau/",
            urlencode(data, doseq=True),
            name="space: save event",
            headers={**FORM, "Referer": form.url},
            allow_redirects=False,
        )
        match = re.search(r"/espace/evenements/(\d+)/", saved.headers.get("Location") or "")
        if match:
            submit = self.client.get(f"/espace/evenements/{match[1]}/apercu/", name="space: preview")
            token = CSRF.search(submit.text)
            if token:
                self.client.post(
                    f"/espace/evenements/{match[1]}/envoyer/",
                    urlencode({"csrfmiddlewaretoken": token[1]}),
                    name="space: submit to moderation",
                    headers={**FORM, "Referer": submit.url},
                )
