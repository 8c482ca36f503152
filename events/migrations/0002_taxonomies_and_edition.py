"""The taxonomies (themes, event types, audiences, temps forts) and the 2026 edition."""

import datetime

from django.db import migrations
from django.utils.text import slugify

THEMES = [
    "Alimentation et circuits courts",
    "Économie circulaire et réemploi",
    "Transition écologique",
    "Emploi, insertion et inclusion",
    "Finance solidaire",
    "Entrepreneuriat et coopération",
    "Culture, sport et loisirs",
    "Santé, action sociale et solidarités",
    "Éducation, jeunesse et formation",
    "Égalité femmes-hommes et diversité",
    "Habitat, mobilités et territoires",
    "Numérique et communs",
    "Tourisme social et solidaire",
    "Commerce équitable et international",
    "Gouvernance et vie associative",
]
EVENT_TYPES = [
    "Conférence-débat",
    "Table ronde",
    "Atelier",
    "Formation",
    "Visite / portes ouvertes",
    "Forum / salon",
    "Projection / ciné-débat",
    "Exposition",
    "Spectacle / concert",
    "Rencontre professionnelle",
    "Emploi / job dating",
    "Collecte / braderie solidaire",
    "Atelier de réparation",
    "Balade découverte",
    "Remise de prix",
    "Webinaire",
    "Autre",
]
AUDIENCES = [
    "Grand public",
    "Professionnels",
    "Porteurs de projet",
    "Demandeurs d'emploi",
    "Jeunes",
    "Étudiants",
    "Scolaires",
    "Élus et collectivités",
    "Familles",
    "Seniors",
    "Acheteurs publics et privés",
]
HIGHLIGHTS = [
    (
        "Semaine de la finance solidaire",
        "Une semaine pour découvrir l’épargne solidaire et les financeurs qui soutiennent les projets "
        "d’utilité sociale et écologique.",
    ),
    (
        "Semaine européenne de la réduction des déchets",
        "Ateliers, collectes et défis pour produire moins de déchets et donner une seconde vie aux objets.",
    ),
    (
        "Festival des solidarités",
        "Un rendez-vous citoyen pour parler de solidarité locale et internationale, de droits et de "
        "transition.",
    ),
    (
        "Semaine des achats responsables",
        "Acheteurs publics et privés rencontrent les entreprises de l’ESS pour des achats plus "
        "durables et inclusifs.",
    ),
    (
        "Prix de l'ESS",
        "Les prix régionaux puis national distinguent des initiatives remarquables de l’économie "
        "sociale et solidaire.",
    ),
]


def load(apps, schema_editor):
    for model_name, labels in (("Theme", THEMES), ("EventType", EVENT_TYPES), ("Audience", AUDIENCES)):
        model = apps.get_model("events", model_name)
        for position, label in enumerate(labels, start=1):
            model.objects.update_or_create(
                slug=slugify(label), defaults={"name": label.replace("'", "’"), "position": position}
            )
    Highlight = apps.get_model("events", "Highlight")
    for position, (label, description) in enumerate(HIGHLIGHTS, start=1):
        Highlight.objects.update_or_create(
            slug=slugify(label),
            defaults={"name": label.replace("'", "’"), "position": position, "description": description},
        )
    Edition = apps.get_model("events", "Edition")
    Edition.objects.get_or_create(
        year=2026,
        defaults={
            "starts_on": datetime.date(2026, 11, 1),
            "ends_on": datetime.date(2026, 11, 30),
            "events_start_on": datetime.date(2026, 11, 1),
            "events_end_on": datetime.date(2026, 11, 30),
            "submissions_open": True,
            "submissions_deadline": datetime.date(2026, 11, 20),
        },
    )


class Migration(migrations.Migration):
    dependencies = [("events", "0001_initial")]

    operations = [migrations.RunPython(load, migrations.RunPython.noop)]
