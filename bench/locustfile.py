"""A November day's traffic, for locust (run by bench/load.py, `make load`).

60 % the list and the map with filters, 20 % event pages, 10 % the home and region pages, 5 % open
data, 5 % organisations logging in and submitting an event. Every request is named by its page
family, so that the table gives one line each.
"""

import json
import os
import random
import re
from datetime import date

from locust import HttpUser, between, task

# Regions, themes, types, event slugs, accounts: written by bench/load.py.
with open(os.environ["LOAD_DATA"], encoding="utf-8") as data:
    DATA = json.load(data)
PASSWORD = os.environ["LOAD_PASSWORD"]
CAFILE = os.environ.get("LOAD_CAFILE") or True  # make serve's own certificate
HIDDEN = re.compile(r'<input type="hidden" name="([^"]+)" value="([^"]*)"')
CSRF = re.compile(r'name="csrfmiddlewaretoken" value="([^"]+)"')


def _filters() -> str:
    """A filter combination as visitors build them: a region, often a theme or a type, sometimes words."""
    params = [f"region={random.choice(DATA['regions'])}"]
    if random.random() < 0.5:
        params.append(f"theme={random.choice(DATA['themes'])}")
    if random.random() < 0.3:
        params.append(f"type={random.choice(DATA['types'])}")
    if random.random() < 0.2:
        params.append("gratuit=on")
    if random.random() < 0.15:
        params.append(f"q={random.choice(['atelier', 'repair', 'coopérative', 'visite', 'emploi', 'solidaire'])}")
    if random.random() < 0.2:
        params.append("page=2")
    return "&".join(params)


class Visitor(HttpUser):
    """Anonymous visitors: 95 % of the traffic."""

    weight = 19
    wait_time = between(0.5, 2)

    def on_start(self):
        self.client.verify = CAFILE

    @task(30)
    def event_list(self):
        self.client.get(f"/evenements/?{_filters()}", name="list (filters)")

    @task(15)
    def event_map(self):
        self.client.get(f"/carte/?{_filters()}", name="map (filters)")

    @task(15)
    def map_data(self):
        region = random.choice(DATA["regions"])
        self.client.get(f"/evenements/carte.geojson?region={region}&zoom=7", name="map data (GeoJSON)")

    @task(20)
    def event_page(self):
        self.client.get(f"/evenements/{random.choice(DATA['events'])}/", name="event page")

    @task(5)
    def home(self):
        self.client.get("/", name="home")

    @task(5)
    def region(self):
        self.client.get(f"/regions/{random.choice(DATA['regions'])}/", name="region page")

    @task(3)
    def api(self):
        self.client.get(f"/api/evenements?region={random.choice(DATA['regions'])}", name="open data: API")

    @task(1)
    def feed(self):
        self.client.get("/evenements/flux.xml", name="open data: RSS")

    @task(1)
    def calendar(self):
        self.client.get(f"/evenements/calendrier.ics?region={random.choice(DATA['regions'])}", name="open data: iCal")


class Organisation(HttpUser):
    """An organisation's member: logs in, opens the form, submits an event (5 % of the traffic)."""

    weight = 1
    wait_time = between(1, 3)

    def on_start(self):
        self.client.verify = CAFILE
        self.email = DATA["accounts"].pop() if DATA["accounts"] else None
        if self.email is None:
            return
        page = self.client.get("/compte/connexion/", name="login")
        fields = dict(HIDDEN.findall(page.text))
        fields.update(username=self.email, password=PASSWORD)
        self.client.post("/compte/connexion/", fields, name="login", headers={"Referer": page.url})

    @task
    def submit_event(self):
        if self.email is None:
            return
        form = self.client.get("/espace/evenements/nouveau/", name="space: event form")
        token = CSRF.search(form.text)
        if not token:
            return
        today = date(DATA["year"], 11, random.randint(2, 28)).isoformat()
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
            "slots-0-day": today,
            "slots-0-start": "18:00",
            "slots-0-end": "20:00",
            **{name: value for name, value in HIDDEN.findall(form.text) if name.startswith(("organization", "form_"))},
        }
        saved = self.client.post(
            "/espace/evenements/nouveau/", data, name="space: save event", headers={"Referer": form.url}
        )
        match = re.search(r"/espace/evenements/(\d+)/", saved.url)
        if match:
            submit = self.client.get(f"/espace/evenements/{match[1]}/apercu/", name="space: preview")
            token = CSRF.search(submit.text)
            if token:
                self.client.post(
                    f"/espace/evenements/{match[1]}/envoyer/",
                    {"csrfmiddlewaretoken": token[1]},
                    name="space: submit to moderation",
                    headers={"Referer": submit.url},
                )
