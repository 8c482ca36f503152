"""The accessibility statement filled in from the self-audit of December 2026 (issue 12): the sample of
pages, the RGAA criteria checked, the rate measured, the five map criteria first found failing and their
re-check after the map's fixes (tests/pages/test_accessibility_audit_map.py), what is left to audit. A
page already edited by national staff keeps its text (they replace it by hand)."""

from django.db import migrations
from django.utils import timezone

NBSP = "\u00a0"
SLUG = "accessibilite"
# The text of 0002_initial_texts: replaced only if nobody has changed it since.
UNAUDITED = "il n’a pas encore fait l’objet d’un audit de conformité"

LEAD = (
    f"Le site du Mois de l’ESS n’a pas encore fait l’objet d’un audit complet du RGAA{NBSP}: voici ce que notre "
    "auto-évaluation a vérifié, ce qui reste à auditer, et comment nous signaler une difficulté."
)

BODY = f"""\
## Déclaration d’accessibilité

ESS France s’engage à rendre son site internet accessible conformément à l’article 47 de la loi n° 2005-102 du 11 février 2005.

Cette déclaration d’accessibilité s’applique au site du Mois de l’ESS.

## État de conformité

Le site du Mois de l’ESS est **non conforme** avec le RGAA 4.1 (référentiel général d’amélioration de l’accessibilité){NBSP}: il n’a pas encore fait l’objet d’un audit complet des 106 critères. Une auto-évaluation partielle a été menée en décembre 2026{NBSP}; ses résultats sont ci-dessous. Tant que cet audit complet n’a pas eu lieu, le site ne peut se déclarer ni partiellement ni totalement conforme, quel que soit le résultat de l’auto-évaluation.

## Résultats de l’auto-évaluation

L’auto-évaluation a été menée par l’équipe du site sur 32 critères du RGAA. Elle a d’abord trouvé 27 critères respectés et 5 non respectés (84{NBSP}%), tous sur la carte interactive{NBSP}; ces cinq défauts ont été corrigés puis vérifiés à nouveau le 2 décembre 2026{NBSP}: **les 32 critères vérifiés sont respectés, soit un taux de conformité de 100{NBSP}% sur les critères vérifiés.** Ce taux ne porte que sur 32 des 106 critères{NBSP}: il ne vaut pas taux de conformité du site au sens du RGAA.

### Méthode

- Un échantillon représentatif de 19 pages{NBSP}: l’accueil, la liste des événements filtrée, la carte, une fiche d’événement, la liste des régions, une page de région, une page d’organisation, la présentation du Mois de l’ESS, le contact, cette déclaration et son formulaire de signalement, «{NBSP}Intégrer les événements{NBSP}», «{NBSP}Données ouvertes et API{NBSP}», le cadre à intégrer, la connexion, l’inscription, la page d’erreur «{NBSP}Page introuvable{NBSP}», le tableau de bord de l’espace des organisations et le formulaire d’événement.
- Chaque page testée dans Chromium à la largeur d’un ordinateur (1{NBSP}280 px) et d’un petit téléphone (320 px), avec l’outil axe-core (critères WCAG 2.1 niveaux A et AA){NBSP}: aucune erreur détectée.
- Des vérifications manuelles et automatisées dans le navigateur{NBSP}: parcours au seul clavier de l’accueil jusqu’à une fiche d’événement et à son ajout à un agenda, focus visible, menu du téléphone au clavier, affichage sans défilement horizontal à 320 px, site utilisable sans JavaScript.

### Critères respectés (32)

1.1 et 1.2 (images et images de décoration){NBSP}; 2.1 (titre des cadres){NBSP}; 3.2 et 3.3 (contraste du texte et des composants d’interface){NBSP}; 5.4, 5.6 et 5.7 (tableaux de données){NBSP}; 6.1 (liens explicites){NBSP}; 7.1 et 7.3 (scripts compatibles avec les technologies d’assistance et utilisables au clavier){NBSP}; 8.1, 8.3, 8.5, 8.6 et 8.7 (type de document, langue, titre de page pertinent, changements de langue){NBSP}; 9.1, 9.2 et 9.3 (titres, structure, listes){NBSP}; 10.7 (focus visible){NBSP}; 10.11 (pas de défilement horizontal à 320 px){NBSP}; 11.1, 11.2, 11.5, 11.10, 11.11 et 11.13 (formulaires{NBSP}: étiquettes, regroupements, champs obligatoires, erreurs, finalité des champs){NBSP}; 12.1, 12.6, 12.7 et 12.8 (systèmes de navigation, zones de la page, lien d’évitement, ordre de tabulation){NBSP}; 13.9 (orientation de l’écran).

### Critères corrigés et vérifiés à nouveau (5)

Les cinq critères de la carte interactive des événements non respectés lors de la première vérification ont été corrigés, puis vérifiés à nouveau dans Chromium{NBSP}:

- **3.3**{NBSP}: le contour de focus d’un marqueur, jaune à l’origine (1,33:1 sur le fond de la carte), est doublé d’un trait sombre{NBSP}; ce trait contraste à 10:1 avec le jaune, 15:1 avec l’anneau blanc qui le sépare du marqueur, 13:1 avec le fond de la carte et au moins 7:1 avec les couleurs habituelles du fond OpenStreetMap.
- **7.1**{NBSP}: un groupe de marqueurs est un bouton nommé par le nombre de ses événements (par exemple «{NBSP}5 événements, zoomer{NBSP}»), et la fiche ouverte sur un marqueur reste ouverte quand la carte se déplace, se zoome ou se met à jour.
- **7.3**{NBSP}: Entrée ou Espace sur un groupe de marqueurs zoome sur ses événements{NBSP}; le focus entre dans la fiche d’un marqueur et revient au marqueur avec Échap.
- **8.7**{NBSP}: les boutons de zoom sont nommés en français («{NBSP}Zoomer{NBSP}», «{NBSP}Dézoomer{NBSP}»).
- **12.8**{NBSP}: sur la page «{NBSP}Carte{NBSP}» d’un ordinateur (1{NBSP}280 px), la touche Tab atteint la carte avant la liste, dans l’ordre où elles s’affichent.

Les pages «{NBSP}Carte{NBSP}» et «{NBSP}Événements{NBSP}» ne présentent aucune erreur axe-core à 1{NBSP}280 px et à 320 px.

### Contenus non accessibles

Aucun défaut n’est connu à ce jour sur les 32 critères vérifiés. Les 74 autres critères du RGAA n’ont pas encore été évalués{NBSP}: des défauts peuvent s’y trouver. Si vous en rencontrez un, [signalez-le-nous](/accessibilite/signaler/){NBSP}: la liste des événements donne les mêmes événements que la carte et se parcourt entièrement au clavier.

Un audit complet des 106 critères, par un prestataire indépendant, est prévu avant l’édition de novembre 2027.

## Établissement de cette déclaration

Cette déclaration a été établie le 26 novembre 2026 et mise à jour le 2 décembre 2026 après l’auto-évaluation et la vérification des corrections de la carte.

Technologies utilisées{NBSP}: HTML, CSS et JavaScript (le site reste utilisable sans JavaScript).

Outils utilisés{NBSP}: Chromium, axe-core, navigation au clavier.

## Retour d’information et contact

Si vous n’arrivez pas à accéder à un contenu ou à un service, [signalez-nous le problème](/accessibilite/signaler/){NBSP}: nous vous orienterons vers une alternative accessible ou vous fournirons le contenu sous une autre forme. Vous pouvez aussi nous écrire en passant par la page [Contact](/contact/).

## Voies de recours

Si vous nous avez signalé un défaut d’accessibilité qui vous empêche d’accéder à un contenu ou à un service et que vous n’avez pas obtenu de réponse satisfaisante, vous pouvez{NBSP}:

- écrire un message au Défenseur des droits par son [formulaire en ligne](https://formulaire.defenseurdesdroits.fr/){NBSP};
- contacter le délégué du Défenseur des droits dans votre région{NBSP};
- envoyer un courrier, gratuitement, sans timbre{NBSP}: Défenseur des droits, Libre réponse 71120, 75342 Paris CEDEX 07.
"""


def fill(apps, schema_editor):
    Page = apps.get_model("pages", "Page")
    PageRevision = apps.get_model("pages", "PageRevision")
    page = Page.objects.filter(slug=SLUG).first()
    if page is None or UNAUDITED not in page.body:
        return
    page.lead, page.body, page.updated_at = LEAD, BODY, timezone.now()
    page.save(update_fields=["lead", "body", "updated_at"])
    PageRevision.objects.create(page=page, title=page.title, lead=LEAD, body=BODY, created_at=page.updated_at)


class Migration(migrations.Migration):
    dependencies = [("pages", "0004_page_body_max_length")]

    operations = [migrations.RunPython(fill, migrations.RunPython.noop)]
