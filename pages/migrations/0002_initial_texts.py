"""The initial texts of the editorial pages, written for this site; national staff edit them afterwards."""

from django.db import migrations
from django.utils import timezone

# (slug, title, lead, Markdown body)
PAGES = [
    (
        "le-mois",
        "Le Mois de l’ESS",
        "Chaque année en novembre, l’économie sociale et solidaire ouvre ses portes au public, partout en France et dans les outre-mer.",
        """\
## Un mois pour découvrir une autre façon d’entreprendre

Tout au long du mois de novembre, des associations, des coopératives, des mutuelles, des fondations et des entreprises engagées invitent le public à venir les rencontrer : ateliers, visites, débats, projections, forums… L’idée est simple : montrer, par l’exemple et près de chez soi, qu’on peut entreprendre en plaçant l’utilité sociale, la démocratie et son territoire avant le profit.

Participer est gratuit, pour le public comme pour les organisations qui inscrivent leurs événements.

## Qui l’organise ?

Dans chaque région, la **chambre régionale de l’économie sociale et solidaire (CRESS)** anime la campagne : elle recueille les événements, les relit, compose le programme régional et le fait connaître. Les 18 CRESS couvrent les 13 régions métropolitaines, Corse comprise, ainsi que la Guadeloupe, la Martinique, la Guyane, La Réunion et Mayotte.

Au niveau national, **ESS France** coordonne la campagne, porte sa communication et fait le lien entre les régions.

## Une histoire qui commence en 2005

Le Mois de l’ESS est né en 2005 en Provence-Alpes-Côte d’Azur, à l’initiative des acteurs de la région. Devenu national en 2007, il rassemble chaque année entre 1 500 et 2 200 événements : 1 513 en 2010, 2 187 en 2017, plus de 1 830 en 2022, proposés par plus de 665 organisations. Depuis 2020, beaucoup se déroulent aussi en ligne ou à la fois sur place et en ligne.
""",
    ),
    (
        "ess",
        "Qu’est-ce que l’ESS ?",
        "L’économie sociale et solidaire rassemble les organisations qui cherchent d’abord à être utiles : à leurs membres, à leur territoire, à la société.",
        """\
## Des entreprises pas comme les autres

L’économie sociale et solidaire (ESS) n’est pas un secteur d’activité : on la trouve dans l’aide à domicile comme dans la banque, l’agriculture, la culture, le sport, le réemploi ou l’énergie. Ce qui la distingue, c’est une manière d’entreprendre, reconnue en France par la loi du 31 juillet 2014 relative à l’économie sociale et solidaire.

## Des valeurs partagées

- **Un but qui dépasse le partage des bénéfices** : l’activité répond à un besoin social, environnemental ou local.
- **Une gouvernance démocratique** : salariés, adhérents, sociétaires ou usagers prennent part aux décisions, souvent selon le principe « une personne, une voix ».
- **Des bénéfices réinvestis** : ils servent d’abord le projet et sa pérennité ; les réserves ne se partagent pas.
- **Un ancrage dans les territoires** : des emplois qui ne se délocalisent pas, des services au plus près des habitants.

## Quelques repères

L’ESS représente environ un emploi salarié sur dix en France, soit plus de deux millions de personnes. Elle est présente partout, des grandes villes aux communes rurales et aux outre-mer, et souvent là où les autres entreprises ne vont pas.
""",
    ),
    (
        "organiser",
        "Organiser un événement",
        "Vous faites vivre l’ESS toute l’année ? En novembre, ouvrez vos portes et racontez-le.",
        """\
## Pourquoi participer ?

- **Vous faire connaître** : une jeune structure gagne en visibilité auprès des habitants, des partenaires et de la presse locale.
- **Lancer un projet** : présentez une idée nouvelle et trouvez les partenaires du territoire qui la construiront avec vous.
- **Ouvrir le débat** : une table ronde sur l’alimentation, le logement ou l’emploi réunit des publics qui ne se croisent pas toujours.
- **Rejoindre un mouvement** : votre événement prend place dans le programme de votre région et dans une campagne nationale.

## Les formats qui marchent

Portes ouvertes et visites d’entreprise, ateliers pratiques (réparation, cuisine, couture…), conférences-débats et tables rondes, projections suivies d’un échange, forums et salons, rencontres d’affaires et job datings, balades, spectacles, remises de prix. Un événement en ligne, ou à la fois sur place et en ligne, touche un public plus large.

Petit ou grand, l’essentiel est que le public reparte en ayant découvert votre façon d’entreprendre.

## Comment ça marche ?

1. **Créez un compte** pour votre organisation : c’est gratuit.
2. **Décrivez votre événement** : le titre, la ou les dates, le lieu ou le lien de connexion, le public attendu.
3. **Envoyez-le à la modération** : la CRESS de votre région le relit, vous demande des précisions si besoin, puis le publie.
4. **Faites-le connaître** : votre événement apparaît sur le site, sur la carte et dans le programme régional. Le kit de communication vous aide à le relayer.

## Pour une page d’événement réussie

- Un titre concret qui dit ce qui va se passer : « Atelier de réparation de vélos » plutôt que « Journée ESS ».
- Un résumé d’une ou deux phrases, compréhensible par quelqu’un qui ne connaît pas votre structure.
- Le programme, les intervenants et ce que le public va découvrir ou apprendre.
- Une adresse précise, ou le lien de connexion pour un événement en ligne.
- Les conditions : gratuit ou payant, sur inscription ou en accès libre.
- L’accessibilité du lieu et les aménagements prévus.
- Une image dont vous avez les droits, avec sa description pour les personnes qui ne la voient pas.
""",
    ),
    (
        "kit",
        "Kit de communication",
        "Vous participez au Mois de l’ESS ? Faites-le savoir ! Voici de quoi l’annoncer sur votre site, vos réseaux et vos documents.",
        """\
## Le badge de l’édition

Le badge « Je participe au Mois de l’ESS » existe en deux formats : **SVG**, net à toutes les tailles et idéal pour un site web, et **PNG**, pour les réseaux sociaux et les documents. Placez-le près de l’annonce de votre événement, avec un lien vers sa page sur ce site.

## Quelques conseils

- Mentionnez le Mois de l’ESS et votre région dans vos publications.
- Partagez le lien de la page de votre événement : il reste à jour même si un horaire change.
- Gardez le badge lisible : ne le déformez pas et ne le posez pas sur un fond chargé.
""",
    ),
    (
        "contact",
        "Contact",
        "Une question sur un événement, sur la participation de votre organisation ou sur la campagne ? Voici à qui vous adresser.",
        """\
## À qui écrire ?

- **Pour un événement précis** : contactez directement l’organisation qui le propose ; ses coordonnées figurent sur la page de l’événement.
- **Pour inscrire un événement ou suivre sa modération** : adressez-vous à la CRESS de votre région.
- **Pour une question nationale** (partenariats, presse, fonctionnement du site) : adressez-vous à ESS France.
""",
    ),
    (
        "mentions-legales",
        "Mentions légales",
        "Qui publie ce site, qui l’héberge et qui est responsable de ses contenus.",
        """\
## Éditeur du site

Ce site est édité par ESS France, la chambre française de l’économie sociale et solidaire, qui coordonne le Mois de l’ESS au niveau national.

- Siège : *adresse à compléter*
- Directeur ou directrice de la publication : *à compléter*
- Pour nous écrire : voir la page [Contact](/contact/)

## Hébergement

*Nom, adresse et téléphone de l’hébergeur à compléter.*

## Contenus publiés par les organisations

Chaque événement est rédigé par l’organisation qui le propose, sous sa responsabilité, puis relu par la CRESS de sa région avant publication. Pour signaler une erreur ou un contenu qui vous semble inapproprié, écrivez à la CRESS concernée.

## Propriété intellectuelle

Les textes de présentation de ce site appartiennent à leurs auteurs. Les images des événements restent la propriété de leurs auteurs ; leurs crédits sont indiqués quand ils sont connus. Les organisations qui participent au Mois de l’ESS peuvent utiliser librement le badge de l’édition pour annoncer leur participation.

## Données de référence et cartes

La liste des régions, des départements et des communes provient des données de l’Insee, publiées sous Licence Ouverte. Les fonds de carte proviennent d’OpenStreetMap, © les contributeurs d’OpenStreetMap, sous licence ODbL.
""",
    ),
    (
        "donnees-personnelles",
        "Données personnelles",
        "Ce que le site sait de vous, pourquoi, pour combien de temps, et comment garder la main sur vos données.",
        """\
## Ce que nous collectons

- **Si vous consultez le site** : rien qui permette de vous reconnaître. Le serveur garde seulement des journaux techniques (adresse IP, page demandée, date et heure) pour la sécurité et le bon fonctionnement du site.
- **Si vous avez un compte** : votre adresse e-mail, votre mot de passe (conservé sous une forme chiffrée qui ne permet pas de le retrouver), vos prénom et nom si vous les indiquez, la date de création du compte, celle de votre dernière connexion et les organisations dont vous êtes membre.
- **Pour les organisations** : leur profil et leurs événements, y compris les coordonnées de contact et d’inscription qu’elles choisissent de publier.

## Pourquoi

- Gérer votre compte et vous permettre d’inscrire les événements de votre organisation.
- Permettre à la CRESS de votre région de relire vos événements et de vous informer de ses décisions par e-mail.
- Publier le programme du Mois de l’ESS : seules les informations de l’événement sont publiques, jamais votre adresse e-mail personnelle.
- Protéger le site contre les abus (par exemple, limiter les tentatives de connexion).

Vos données ne sont ni vendues, ni cédées, ni utilisées à des fins publicitaires.

## Pas de cookie de suivi

Le site n’utilise aucun outil de mesure d’audience, aucun réseau social intégré et aucune publicité. Il dépose seulement les cookies techniques indispensables : celui qui vous garde connecté et celui qui protège les formulaires. Ces cookies sont dispensés de consentement : c’est pourquoi le site ne vous affiche aucun bandeau.

## Combien de temps

- **Votre compte** est conservé tant que vous ne le supprimez pas. Vous pouvez le supprimer à tout moment ; les événements publiés de votre organisation restent alors en ligne, au nom de l’organisation.
- **Les événements** sont conservés pour garder la mémoire des éditions passées.
- **Les journaux techniques** sont conservés au plus un an.

## Vos droits

Le règlement général sur la protection des données (RGPD) vous donne le droit d’accéder à vos données, de les faire corriger ou effacer, d’en limiter l’usage, de vous opposer à leur traitement et de les récupérer dans un format lisible par une machine.

## Comment les exercer

- **Récupérer vos données** : une fois connecté, téléchargez-les au format JSON (le lien figure plus bas sur cette page).
- **Les corriger** : modifiez votre compte et le profil de votre organisation depuis votre espace.
- **Toute autre demande** : écrivez-nous en passant par la page [Contact](/contact/). Nous vous répondons dans un délai d’un mois.

Si vous estimez que vos droits ne sont pas respectés, vous pouvez adresser une réclamation à la CNIL : [www.cnil.fr](https://www.cnil.fr/fr/plaintes).

## Qui traite vos données

ESS France est responsable du traitement. La CRESS de votre région accède aux événements qui la concernent et aux coordonnées de votre organisation pour les relire. L’hébergeur du site les stocke pour notre compte, dans l’Union européenne.
""",
    ),
    (
        "accessibilite",
        "Accessibilité",
        "Le site du Mois de l’ESS n’est pas encore conforme au RGAA : voici où nous en sommes et comment nous signaler une difficulté.",
        """\
## Déclaration d’accessibilité

ESS France s’engage à rendre son site internet accessible conformément à l’article 47 de la loi n° 2005-102 du 11 février 2005.

Cette déclaration d’accessibilité s’applique au site du Mois de l’ESS.

## État de conformité

Le site du Mois de l’ESS est **non conforme** avec le RGAA 4.1 (référentiel général d’amélioration de l’accessibilité) : il n’a pas encore fait l’objet d’un audit de conformité.

Le site est pourtant conçu pour être utilisable par toutes et tous : navigation complète au clavier, lien d’évitement vers le contenu, textes alternatifs, contrastes suffisants, formulaires étiquetés. Chaque modification est vérifiée automatiquement avec l’outil axe-core (critères WCAG 2.1 niveaux A et AA).

## Établissement de cette déclaration

Cette déclaration a été établie le 26 novembre 2026.

Technologies utilisées : HTML, CSS et JavaScript (le site reste utilisable sans JavaScript).

## Retour d’information et contact

Si vous n’arrivez pas à accéder à un contenu ou à un service, écrivez-nous en passant par la page [Contact](/contact/) : nous vous orienterons vers une alternative accessible ou vous fournirons le contenu sous une autre forme.

## Voies de recours

Si vous nous avez signalé un défaut d’accessibilité qui vous empêche d’accéder à un contenu ou à un service et que vous n’avez pas obtenu de réponse satisfaisante, vous pouvez :

- écrire un message au Défenseur des droits par son [formulaire en ligne](https://formulaire.defenseurdesdroits.fr/) ;
- contacter le délégué du Défenseur des droits dans votre région ;
- envoyer un courrier, gratuitement, sans timbre : Défenseur des droits, Libre réponse 71120, 75342 Paris CEDEX 07.
""",
    ),
]


def load(apps, schema_editor):
    Page = apps.get_model("pages", "Page")
    PageRevision = apps.get_model("pages", "PageRevision")
    now = timezone.now()
    for slug, title, lead, body in PAGES:
        page, created = Page.objects.get_or_create(
            slug=slug, defaults={"title": title, "lead": lead, "body": body, "updated_at": now}
        )
        if created:
            PageRevision.objects.create(page=page, title=title, lead=lead, body=body, created_at=now)


def unload(apps, schema_editor):
    apps.get_model("pages", "Page").objects.filter(slug__in=[row[0] for row in PAGES]).delete()


class Migration(migrations.Migration):
    dependencies = [("pages", "0001_initial")]

    operations = [migrations.RunPython(load, unload)]
