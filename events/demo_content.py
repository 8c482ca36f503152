"""Demo content for the Mois de l'ESS website (pure data, stdlib only).

Everything here is fictional French content used by the ``seed_demo`` management
command, which combines it deterministically with a ``random.Random`` instance.

Conventions:
- Placeholders: ``{ville}`` (a city name, inserted as is) and ``{organisation}``
  (an organisation name). No other braces appear in the strings, so both
  ``str.format(ville=..., organisation=...)`` and ``str.replace`` work.
  Placeholders are only used where no preposition has to agree with the city
  name (no "de {ville}", "à {ville}"), so names such as "Le Havre" or
  "Angers" read correctly.
- Summaries never contain placeholders.
- Typography: non-breaking space (U+00A0) before ":" and inside « guillemets »,
  narrow non-breaking space (U+202F) before ";", "!" and "?", typographic
  apostrophe (U+2019), non-breaking space between a number and its unit.
- Slugs match the taxonomy fixtures (themes, event types, publics, temps forts)
  and the ``legal_form`` values of organisations.
"""

from __future__ import annotations

# ---------------------------------------------------------------------------
# Taxonomy slugs used below (kept here so the self-check can validate them).
# ---------------------------------------------------------------------------

THEME_SLUGS = (
    "alimentation-et-circuits-courts",
    "economie-circulaire-et-reemploi",
    "transition-ecologique",
    "emploi-insertion-et-inclusion",
    "finance-solidaire",
    "entrepreneuriat-et-cooperation",
    "culture-sport-et-loisirs",
    "sante-action-sociale-et-solidarites",
    "education-jeunesse-et-formation",
    "egalite-femmes-hommes-et-diversite",
    "habitat-mobilites-et-territoires",
    "numerique-et-communs",
    "tourisme-social-et-solidaire",
    "commerce-equitable-et-international",
    "gouvernance-et-vie-associative",
)

EVENT_TYPE_SLUGS = (
    "conference-debat",
    "table-ronde",
    "atelier",
    "formation",
    "visite-portes-ouvertes",
    "forum-salon",
    "projection-cine-debat",
    "exposition",
    "spectacle-concert",
    "rencontre-professionnelle",
    "emploi-job-dating",
    "collecte-braderie-solidaire",
    "atelier-de-reparation",
    "balade-decouverte",
    "remise-de-prix",
    "webinaire",
    "autre",
)

PUBLIC_SLUGS = (
    "grand-public",
    "professionnels",
    "porteurs-de-projet",
    "demandeurs-demploi",
    "jeunes",
    "etudiants",
    "scolaires",
    "elus-et-collectivites",
    "familles",
    "seniors",
    "acheteurs-publics-et-prives",
)

TEMPS_FORT_SLUGS = (
    "semaine-de-la-finance-solidaire",
    "semaine-europeenne-de-la-reduction-des-dechets",
    "festival-des-solidarites",
    "semaine-des-achats-responsables",
    "prix-de-less",
)

LEGAL_FORM_VALUES = (
    "association",
    "cooperative",
    "mutuelle",
    "fondation",
    "fonds_dotation",
    "societe_commerciale_ess",
    "autre",
)

# ---------------------------------------------------------------------------
# Organisations: (name_pattern, description) per legal form.
# ---------------------------------------------------------------------------

ORGANIZATION_PATTERNS: dict[str, list[tuple[str, str]]] = {
    "association": [
        (
            "Ressourcerie Le Grenier – {ville}",
            "Ressourcerie associative, Le Grenier collecte les objets dont vous n’avez plus l’usage, les remet en état et les revend à petits prix. Une quinzaine de salariés en parcours d’insertion y apprennent un métier. L’équipe anime aussi des ateliers de sensibilisation à la réduction des déchets.",
        ),
        (
            "Collectif {ville} Solidaire",
            "Ce collectif d’habitants et d’associations coordonne l’aide alimentaire, les maraudes et l’accueil des personnes nouvellement arrivées. Il fait vivre une épicerie sociale ouverte trois jours par semaine, tenue par des bénévoles.",
        ),
        (
            "Les Jardins du Lien",
            "Jardin maraîcher biologique et chantier d’insertion, Les Jardins du Lien proposent chaque semaine des paniers de légumes à leurs adhérents. Les jardiniers y retrouvent un rythme de travail et construisent leur projet professionnel avec une accompagnatrice dédiée.",
        ),
        (
            "Atelier Répar’Tout – {ville}",
            "Association d’entraide autour de la réparation\u00a0: chaque mois, des bénévoles bricoleurs aident les habitants à réparer leurs appareils, vêtements ou petits meubles. L’objectif\u00a0: allonger la durée de vie des objets et partager des savoir-faire.",
        ),
        (
            "Vélo Partage {ville}",
            "Atelier vélo participatif et solidaire, l’association apprend à chacun à entretenir et réparer sa bicyclette. Elle récupère des vélos abandonnés, les remet en selle et les revend à prix doux. Des séances de remise en selle sont proposées aux adultes qui n’ont jamais appris.",
        ),
        (
            "Maison des Possibles",
            "Tiers-lieu associatif installé dans une ancienne école, la Maison des Possibles réunit un café-cantine, un atelier partagé et des bureaux pour les jeunes associations. On y croise des artistes, des artisans et des habitants du quartier.",
        ),
        (
            "Trait d’Union Numérique",
            "L’association accompagne les personnes éloignées du numérique\u00a0: prise en main d’un ordinateur ou d’un smartphone, démarches en ligne, sécurité sur internet. Ses médiateurs tiennent des permanences gratuites dans les mairies et les centres sociaux du territoire.",
        ),
        (
            "Planète Partage",
            "Planète Partage mène des actions d’éducation à la citoyenneté et à la solidarité internationale auprès des écoles, des collèges et du grand public. Elle coordonne chaque automne une programmation locale du Festival des solidarités.",
        ),
        (
            "Compagnie du Pas de Côté",
            "Compagnie de théâtre associative, elle crée des spectacles participatifs et des théâtres-forums sur le travail, les discriminations ou la vie de quartier. Ses comédiennes et comédiens interviennent aussi bien dans les entreprises que dans les lycées.",
        ),
        (
            "Sport Ensemble {ville}",
            "Club omnisports inclusif, Sport Ensemble permet à des personnes valides et en situation de handicap de pratiquer ensemble le basket, la randonnée ou la boccia. Il forme ses éducateurs et éducatrices à l’accueil de tous les publics.",
        ),
        (
            "Le Pont des Savoirs",
            "L’association propose de l’accompagnement scolaire, des cours de français pour adultes et des ateliers d’alphabétisation. Une soixantaine de bénévoles y transmettent leurs connaissances dans une ambiance conviviale.",
        ),
        (
            "Vacances Partagées",
            "Vacances Partagées aide des familles aux revenus modestes à préparer et à vivre leurs premières vacances\u00a0: choix du séjour, budget, aides au départ. L’association travaille avec des villages vacances et des gîtes du réseau du tourisme social.",
        ),
        (
            "Égalité en Actes – {ville}",
            "L’association agit pour l’égalité entre les femmes et les hommes\u00a0: interventions en milieu scolaire, accompagnement de femmes qui créent leur activité, formation des employeurs à la prévention du sexisme. Elle tient aussi une permanence d’écoute.",
        ),
        (
            "Fabrique Citoyenne {ville}",
            "Centre de ressources pour la vie associative, la Fabrique Citoyenne conseille les associations sur leurs statuts, leur gouvernance et leurs financements. Elle organise des formations gratuites pour les bénévoles et anime un réseau d’entraide entre structures.",
        ),
    ],
    "cooperative": [
        (
            "Coopérative d’habitants {ville} Solidaire",
            "Une vingtaine de foyers ont conçu ensemble cet habitat participatif\u00a0: logements privatifs, buanderie, salle commune et jardin partagés. La coopérative reste propriétaire de l’immeuble, ce qui protège durablement les logements de la spéculation.",
        ),
        (
            "Scic Énergies Citoyennes {ville}",
            "Société coopérative d’intérêt collectif, elle installe des centrales solaires sur les toits des écoles, des gymnases et des bâtiments agricoles. Habitants, collectivités et entreprises en sont sociétaires et décident ensemble de l’usage des bénéfices.",
        ),
        (
            "Coopérative d’activité et d’emploi Élan",
            "La coopérative d’activité et d’emploi permet de tester et de développer son activité en toute sécurité\u00a0: les entrepreneurs y deviennent salariés, bénéficient d’un accompagnement et d’une gestion mutualisée, puis peuvent devenir associés. Elle réunit aujourd’hui une centaine d’entrepreneurs, du graphisme à la menuiserie.",
        ),
        (
            "Scop Atelier Bois & Lien",
            "Menuiserie reprise en Scop par ses salariés, l’atelier fabrique du mobilier sur mesure à partir de bois local et de matériaux de réemploi. Les douze associés prennent les grandes décisions ensemble, selon le principe «\u00a0une personne, une voix\u00a0».",
        ),
        (
            "Épicerie coopérative Le Panier Commun",
            "Gérée par ses membres, qui donnent trois heures par mois, l’épicerie propose des produits locaux et biologiques à prix justes. Elle privilégie les producteurs situés à moins de cent kilomètres et le vrac.",
        ),
        (
            "Scic Terres Nourricières",
            "Cette légumerie coopérative transforme les légumes des producteurs locaux pour la restauration collective\u00a0: cantines scolaires, hôpitaux, maisons de retraite. Agriculteurs, collectivités et salariés siègent ensemble au conseil d’administration.",
        ),
        (
            "Coopérative Mobilités Douces – {ville}",
            "La coopérative propose de l’autopartage de voitures électriques et un service de livraison en vélo cargo pour les commerçants. Elle défend une mobilité sobre et accessible, pensée avec et pour les habitants.",
        ),
        (
            "Scop Imprimerie du Bocage",
            "Imprimerie coopérative labellisée pour ses pratiques environnementales, elle utilise des encres végétales et des papiers recyclés. Elle accompagne associations et collectivités dans l’écoconception de leurs supports de communication.",
        ),
        (
            "Scic Numérique Commun",
            "La coopérative héberge des services en ligne libres et respectueux des données personnelles pour les associations, les collectivités et les entreprises. Elle forme aussi ses sociétaires aux logiciels libres et contribue à plusieurs communs numériques.",
        ),
        (
            "Coopérative jeunesse de services {ville}",
            "Chaque été, une quinzaine de jeunes de 16 à 18\u00a0ans créent et gèrent leur propre entreprise coopérative\u00a0: entretien d’espaces verts, petits déménagements, aide aux commerçants. Une expérience grandeur nature de l’entrepreneuriat collectif.",
        ),
        (
            "Scop Bâtir Autrement",
            "Bureau d’études coopératif spécialisé dans la rénovation énergétique et l’urbanisme durable, Bâtir Autrement accompagne communes et bailleurs sociaux. Ses ingénieurs et architectes sont aussi ses associés.",
        ),
        (
            "Coopérative paysanne Les Champs Partagés",
            "Une trentaine de fermes se sont regroupées pour mutualiser matériel, transformation et vente de leurs produits. La coopérative approvisionne des magasins de producteurs et des épiceries du territoire.",
        ),
        (
            "Scic La Filature",
            "Installée dans une ancienne usine textile, la Scic gère un tiers-lieu qui accueille un espace de travail partagé, un fablab et une salle de spectacle. Usagers, salariés et collectivités en sont sociétaires.",
        ),
        (
            "Coopérative Terres du Monde",
            "Coopérative de commerce équitable, elle importe du café, du cacao et du thé directement auprès d’organisations de producteurs en Amérique latine et en Afrique. Elle garantit un prix juste et un préfinancement des récoltes.",
        ),
    ],
    "mutuelle": [
        (
            "Mutuelle {ville} Santé",
            "Mutuelle santé de proximité, elle protège plus de vingt mille adhérents sans questionnaire médical et avec des frais de gestion maîtrisés. Ses délégués élus décident chaque année des garanties et des actions de prévention.",
        ),
        (
            "Mutuelle Solidaire des Indépendants",
            "Créée par et pour les travailleurs indépendants, la mutuelle propose une complémentaire santé et une prévoyance adaptées aux revenus irréguliers. Elle organise des ateliers de prévention du stress et des troubles musculo-squelettiques.",
        ),
        (
            "Mutuelle Familiale Entraide Commune",
            "Cette mutuelle familiale accompagne ses adhérents à chaque étape de la vie, de la naissance à la retraite. Un fonds social aide les familles qui traversent une période difficile à régler leurs frais de santé.",
        ),
        (
            "Mutuelle d’assurance des Associations Engagées",
            "Mutuelle d’assurance dédiée au monde associatif, elle assure les locaux, les activités et les bénévoles de milliers d’associations. Ses sociétaires votent en assemblée générale et une partie des excédents finance des projets d’intérêt général.",
        ),
        (
            "Mutuelle Prévoyance des Métiers du Soin",
            "La mutuelle couvre les professionnels de l’aide et du soin\u00a0: aides à domicile, infirmiers, aides-soignantes. Elle finance des actions de prévention de l’usure professionnelle et soutient la formation des aidants.",
        ),
        (
            "Mutuelle Étudiante Solidaire",
            "Gérée par d’anciens étudiants, la mutuelle propose une complémentaire santé à petit prix et des actions de prévention sur les campus\u00a0: santé mentale, vie affective, alimentation. Ses bénévoles tiennent des permanences dans les résidences universitaires.",
        ),
        (
            "Mutuelle des Agents Territoriaux Solidaires",
            "Mutuelle des agents des collectivités locales, elle propose santé et prévoyance à des tarifs solidaires entre générations. Ses élus sont eux-mêmes agents territoriaux, actifs ou retraités.",
        ),
        (
            "Mutuelle Bien Vieillir",
            "Spécialisée dans l’accompagnement des seniors, la mutuelle anime des ateliers mémoire, équilibre et nutrition. Elle propose aussi un service d’écoute pour les proches aidants et soutient des projets d’habitat intergénérationnel.",
        ),
        (
            "Centre de santé mutualiste – {ville}",
            "Géré par une mutuelle, ce centre de santé réunit médecins généralistes, dentistes et infirmières, sans dépassement d’honoraires et avec le tiers payant. Il développe des actions de prévention dans les quartiers prioritaires.",
        ),
        (
            "Mutuelle Agricole Terres et Familles",
            "Mutuelle implantée en milieu rural, elle protège agriculteurs, salariés agricoles et leurs familles. Elle soutient des projets locaux de lutte contre l’isolement et finance des maisons de santé rurales.",
        ),
        (
            "Mutuelle Entre-Aides Quartiers",
            "Cette petite mutuelle de quartier est née d’une caisse de secours mutuel ouvrière. Elle reste attachée à la proximité\u00a0: accueil sans rendez-vous, conseillers qui connaissent leurs adhérents et cotisations adaptées aux revenus.",
        ),
        (
            "Mutuelle Sport et Santé",
            "La mutuelle accompagne clubs et sportifs amateurs\u00a0: garanties adaptées, prévention des blessures, soutien au sport santé sur ordonnance. Elle finance chaque année des projets de clubs qui ouvrent leurs portes à de nouveaux publics.",
        ),
        (
            "Mutuelle Optique et Audition Solidaire",
            "Mutuelle spécialisée, elle facilite l’accès aux lunettes et aux appareils auditifs pour les personnes aux revenus modestes. Elle mène des campagnes de dépistage gratuites dans les écoles et les résidences seniors.",
        ),
    ],
    "fondation": [
        (
            "Fondation pour l’Insertion – {ville}",
            "Abritée par une grande fondation nationale, elle soutient les structures d’insertion par l’activité économique du territoire\u00a0: aide au démarrage, financement d’équipements, mise en relation avec les entreprises locales. Elle organise chaque année une journée de rencontre entre employeurs et salariés en parcours.",
        ),
        (
            "Fondation Terre et Avenir",
            "La fondation finance des projets d’agroécologie, de préservation des sols et d’installation de jeunes paysans. Elle accompagne aussi des écoles qui créent un potager pédagogique.",
        ),
        (
            "Fondation Enfance et Lecture",
            "Reconnue d’utilité publique, la fondation lutte contre l’illettrisme dès le plus jeune âge. Elle soutient des bibliothèques de rue, des ateliers de lecture en famille et la formation de bénévoles lecteurs.",
        ),
        (
            "Fondation Habitat Digne",
            "La fondation agit contre le mal-logement\u00a0: rénovation de logements insalubres, accompagnement des ménages en précarité énergétique, soutien aux pensions de famille. Elle publie chaque année un état des lieux local du logement.",
        ),
        (
            "Fondation {ville} Territoires Solidaires",
            "Fondation territoriale, elle rassemble entreprises, particuliers et collectivités pour financer des projets d’intérêt général près de chez eux. Un comité de citoyens choisit chaque année les initiatives soutenues.",
        ),
        (
            "Fondation Handicap et Citoyenneté",
            "La fondation gère des établissements d’accueil et des services d’accompagnement pour des adultes en situation de handicap. Elle défend une société inclusive où chacun peut travailler, se loger et se divertir librement.",
        ),
        (
            "Fondation Océans Partagés",
            "Engagée pour la préservation du littoral, la fondation soutient la recherche participative, le nettoyage des plages et l’éducation à l’environnement marin. Elle accompagne aussi des pêcheurs qui adoptent des pratiques durables.",
        ),
        (
            "Fondation pour l’Égalité des Chances",
            "La fondation accompagne des collégiens et des lycéens de quartiers populaires et de zones rurales\u00a0: tutorat, découverte des métiers, bourses d’études. Plus de cinq cents mentors bénévoles sont mobilisés.",
        ),
        (
            "Fondation Grand Âge et Liens",
            "La fondation lutte contre l’isolement des personnes âgées en soutenant des visites de convivialité, des cafés des aidants et des projets intergénérationnels. Elle finance aussi l’adaptation de logements.",
        ),
        (
            "Fondation Culture en Partage",
            "La fondation rend la culture accessible à tous\u00a0: résidences d’artistes dans les villages, places de spectacle solidaires, pratique artistique à l’hôpital et en prison. Elle travaille toujours avec des artistes du territoire.",
        ),
        (
            "Fondation Solidarités Numériques",
            "La fondation soutient l’inclusion numérique\u00a0: équipement de familles en ordinateurs reconditionnés, formation de médiateurs, création de lieux d’accès libre. Elle finance en priorité les projets portés par des structures de l’ESS.",
        ),
        (
            "Fondation Campagnes d’Avenir",
            "La fondation aide à revitaliser les petites communes rurales\u00a0: reprise de commerces de proximité, tiers-lieux, services itinérants. Elle mise sur la coopération entre habitants, élus et entreprises locales.",
        ),
        (
            "Fondation Sentiers Solidaires",
            "La fondation développe le tourisme social et solidaire\u00a0: rénovation de centres de vacances, aide au départ des familles et des jeunes, séjours adaptés aux personnes en situation de handicap. Elle soutient aussi la formation des animateurs saisonniers.",
        ),
    ],
    "fonds_dotation": [
        (
            "Fonds de dotation {ville} Solidarités",
            "Créé par un collectif d’entrepreneurs locaux, le fonds collecte des dons pour soutenir les associations de solidarité du territoire. Il privilégie les projets de lutte contre la précarité alimentaire et l’isolement.",
        ),
        (
            "Fonds de dotation Graines d’Initiatives",
            "Le fonds accompagne les jeunes porteurs de projets sociaux et environnementaux avec des bourses de démarrage et un mentorat assuré par des chefs d’entreprise bénévoles. Une trentaine de projets sont soutenus chaque année.",
        ),
        (
            "Fonds de dotation Patrimoine Vivant",
            "Le fonds finance la restauration de petits patrimoines ruraux, lavoirs, moulins ou chapelles, grâce à des chantiers qui forment des personnes en insertion aux métiers du bâti ancien. Les communes proposent les sites, les habitants participent aux journées de chantier.",
        ),
        (
            "Fonds de dotation Cap Jeunesse",
            "Le fonds soutient des projets éducatifs hors de l’école\u00a0: aide aux devoirs, séjours de découverte, pratique sportive et culturelle. Il accorde chaque année une vingtaine de subventions à des associations de quartier.",
        ),
        (
            "Fonds de dotation Les Semeurs d’Emploi",
            "Porté par plusieurs entreprises d’insertion, le fonds finance la formation de salariés en parcours et les innovations de l’insertion par l’activité économique. Il facilite aussi les passerelles vers l’emploi durable.",
        ),
        (
            "Fonds de dotation Terres Fertiles",
            "Le fonds acquiert des terres agricoles pour les louer à de jeunes paysans engagés dans l’agriculture biologique. Particuliers et entreprises peuvent y contribuer par des dons défiscalisés.",
        ),
        (
            "Fonds de dotation Sport pour Tous – {ville}",
            "Le fonds aide les clubs amateurs à accueillir des publics qui pratiquent peu\u00a0: jeunes filles, personnes en situation de handicap, seniors. Il finance licences, équipements et formation des encadrants.",
        ),
        (
            "Fonds de dotation Mécénat Culturel Partagé",
            "Le fonds réunit mécènes et acteurs culturels autour de projets de création participative menés avec des habitants. Chaque projet associe un artiste, une structure sociale et un lieu de diffusion.",
        ),
        (
            "Fonds de dotation Santé Proximité",
            "Le fonds soutient l’installation de professionnels de santé dans les territoires sous-dotés et finance des actions de prévention menées par des associations de patients. Ses dotations sont attribuées par un comité mêlant soignants et usagers.",
        ),
        (
            "Fonds de dotation Éclats de Savoir",
            "Le fonds favorise la diffusion des savoirs scientifiques auprès des jeunes\u00a0: ateliers dans les écoles, clubs de sciences, rencontres avec des chercheuses et des chercheurs. Il porte une attention particulière aux filles et aux territoires ruraux.",
        ),
        (
            "Fonds de dotation Maisons Ouvertes",
            "Le fonds finance des projets d’habitat inclusif et intergénérationnel, en lien avec des bailleurs sociaux et des coopératives d’habitants. Il accompagne aussi les collectivités qui veulent lancer ce type de projet.",
        ),
        (
            "Fonds de dotation Transitions Locales",
            "Le fonds soutient les initiatives citoyennes de transition écologique\u00a0: ressourceries, jardins partagés, centrales énergétiques citoyennes. Il accompagne chaque projet pendant trois ans.",
        ),
        (
            "Fonds de dotation Ponts Solidaires",
            "Le fonds finance des partenariats de solidarité internationale entre associations françaises et organisations de la société civile en Afrique de l’Ouest, autour de l’eau, de l’éducation et de l’agriculture. Chaque projet est co-construit avec les partenaires locaux.",
        ),
    ],
    "societe_commerciale_ess": [
        (
            "Seconde Vie Informatique – {ville}",
            "Entreprise agréée ESUS, elle collecte les ordinateurs des entreprises et des collectivités, efface les données en toute sécurité et reconditionne le matériel. Les appareils sont revendus à bas prix aux associations et aux familles.",
        ),
        (
            "Paniers Voisins",
            "Cette société par actions simplifiée de l’ESS relie producteurs locaux et consommateurs grâce à des points de retrait dans les quartiers. Les producteurs fixent eux-mêmes leurs prix et touchent plus de 80\u00a0% du montant des ventes.",
        ),
        (
            "Entreprise adaptée Atelier Horizon",
            "Entreprise adaptée employant une majorité de salariés en situation de handicap, Atelier Horizon propose conditionnement, numérisation de documents et entretien d’espaces verts aux entreprises et aux collectivités. Elle accompagne chaque salarié dans son projet professionnel, y compris vers le milieu ordinaire.",
        ),
        (
            "Textile Renaissance",
            "L’entreprise transforme des textiles usagés en nouveaux vêtements et accessoires, fabriqués dans un atelier d’insertion. Elle propose aussi aux entreprises la revalorisation de leurs anciennes tenues de travail.",
        ),
        (
            "Conciergerie Solidaire {ville}",
            "La conciergerie propose aux salariés des entreprises du secteur des services du quotidien\u00a0: pressing, retouches, petites réparations, paniers de légumes. Elle confie les prestations à des structures d’insertion et à des artisans locaux.",
        ),
        (
            "Saveurs Partagées",
            "Traiteur et entreprise d’insertion, Saveurs Partagées cuisine des produits frais et de saison pour les événements professionnels. Les salariés y apprennent les métiers de la cuisine et du service.",
        ),
        (
            "Impact Local Conseil",
            "Société commerciale de l’ESS, ce cabinet de conseil aide les structures à mesurer leur impact social et à construire leur stratégie. Une partie de ses bénéfices finance des missions gratuites pour les petites associations.",
        ),
        (
            "Brasserie Le Houblon Solidaire",
            "Brasserie artisanale agréée ESUS, elle brasse des bières avec de l’orge et du houblon cultivés localement. Elle emploie des personnes éloignées de l’emploi et reverse une partie de ses bénéfices à des associations.",
        ),
        (
            "Chemins Solidaires Voyages",
            "Agence de voyages de l’ESS, elle conçoit des séjours de tourisme solidaire en France et à l’étranger, en lien direct avec des communautés d’accueil qui fixent leurs conditions et perçoivent une juste rémunération. Les groupes sont limités à huit voyageurs.",
        ),
        (
            "Foncière Cœurs de Bourg",
            "Foncière solidaire, elle rachète des locaux vacants en centre-bourg pour y installer commerces, services et logements abordables. Les habitants peuvent devenir actionnaires et participer aux choix d’aménagement.",
        ),
        (
            "Librairie-café La Page Tournée",
            "Librairie indépendante et café associatif, La Page Tournée accueille rencontres d’auteurs, clubs de lecture et ateliers d’écriture. Elle consacre un rayon entier à l’économie sociale et à l’écologie.",
        ),
        (
            "Logistique Verte {ville}",
            "L’entreprise assure les livraisons du dernier kilomètre en vélo cargo pour les commerces et les collectivités. Elle recrute et forme des personnes éloignées de l’emploi aux métiers de la logistique.",
        ),
        (
            "Tech Inclusion",
            "Entreprise de services numériques agréée ESUS, elle forme et recrute des personnes autistes ou en situation de handicap aux métiers du test logiciel et de l’accessibilité numérique. Ses équipes auditent les sites internet des collectivités et des associations.",
        ),
    ],
    "autre": [
        (
            "Pôle territorial de coopération {ville} Ensemble",
            "Ce pôle territorial de coopération économique rassemble associations, entreprises, collectivités et centres de formation pour créer des activités utiles au territoire. Il a déjà fait naître une légumerie, une recyclerie et un garage solidaire.",
        ),
        (
            "Groupement d’employeurs Agri-Emplois Solidaires",
            "Le groupement emploie des salariés qu’il met à disposition de plusieurs exploitations agricoles. Les salariés bénéficient ainsi d’un emploi stable à temps plein et les fermes d’une main-d’œuvre formée.",
        ),
        (
            "Réseau des tiers-lieux – {ville}",
            "Le réseau fédère une vingtaine de tiers-lieux du département\u00a0: cafés associatifs, ateliers partagés, fablabs, espaces de travail. Il organise des rencontres, mutualise des outils et accompagne les projets émergents.",
        ),
        (
            "Réseau des épiceries solidaires du territoire",
            "Le réseau accompagne les épiceries solidaires dans leur approvisionnement, la formation des bénévoles et l’accueil des personnes. Il négocie avec les producteurs locaux pour proposer des produits frais de qualité.",
        ),
        (
            "Groupement Saveurs Locales",
            "Groupement d’intérêt économique de producteurs et de transformateurs, Saveurs Locales mutualise la logistique et la commercialisation auprès de la restauration collective et des commerces de proximité. Il garantit aux producteurs des volumes et des prix connus à l’avance.",
        ),
        (
            "Union d’économie sociale Habitat Solidaire",
            "Cette union d’économie sociale regroupe des associations et des coopératives du logement accompagné. Elle gère des résidences sociales et des pensions de famille, et accompagne les ménages vers un logement durable.",
        ),
        (
            "Incubateur ESS {ville} Impulsion",
            "L’incubateur accompagne pendant dix-huit mois des entrepreneurs sociaux\u00a0: formation, mentorat, mise en réseau et hébergement. Plus de soixante entreprises de l’ESS y ont vu le jour.",
        ),
        (
            "Monnaie locale {ville} en Commun",
            "La monnaie locale complémentaire permet d’acheter auprès de plus de deux cents commerçants et producteurs du territoire. Les euros échangés sont placés dans une banque éthique qui finance des projets locaux.",
        ),
        (
            "Club d’investisseurs solidaires Les Fourmis",
            "Une vingtaine d’épargnants mettent chaque mois une petite somme en commun pour entrer au capital de jeunes entreprises locales à impact social ou écologique. Ils accompagnent aussi les entrepreneurs de leurs conseils.",
        ),
        (
            "Régie de quartier {ville} Centre",
            "La régie de quartier associe habitants, bailleurs et collectivité pour entretenir et embellir le quartier. Elle embauche en priorité des habitants en parcours d’insertion et anime une laverie solidaire.",
        ),
        (
            "Plateforme Achats Solidaires {ville}",
            "La plateforme aide les acheteurs publics et privés à trouver des fournisseurs de l’ESS\u00a0: annuaire, accompagnement à la rédaction des marchés, rencontres d’affaires. Elle suit chaque année les volumes d’achats réalisés auprès de l’ESS.",
        ),
        (
            "Collectif Les Voisins Actifs",
            "Collectif informel d’habitants, Les Voisins Actifs organisent des repas de rue, un système d’échange de services et une boîte à livres. Ils réfléchissent à se structurer en association l’an prochain.",
        ),
        (
            "Fablab Communauté Ouverte",
            "Atelier de fabrication numérique ouvert à tous, le fablab met à disposition imprimantes 3D, découpeuse laser et outils. Ses membres documentent leurs projets sous licence libre et animent des ateliers pour les scolaires.",
        ),
    ],
}


# ---------------------------------------------------------------------------
# Event templates.
# ---------------------------------------------------------------------------

EVENT_TEMPLATES: list[dict] = [
    # --- conference-debat ---------------------------------------------------
    {
        "type": "conference-debat",
        "themes": ["finance-solidaire"],
        "publics": ["grand-public"],
        "title": "Où va mon épargne\u202f? Conférence sur la finance solidaire",
        "summary": "Livret, assurance vie, épargne salariale\u00a0: découvrez comment votre argent peut financer des emplois, des logements et des projets utiles près de chez vous.",
        "description": """Savez-vous ce que finance votre banque avec l’argent de votre livret\u202f? Pour la Semaine de la finance solidaire, nous vous proposons une conférence accessible à toutes et à tous pour comprendre les circuits de l’épargne.

Une économiste et un conseiller en finance solidaire présenteront les différentes façons de placer son argent de manière responsable\u00a0: produits labellisés, épargne salariale solidaire, prise de participation au capital d’entreprises de l’ESS.

Au programme\u00a0:

- comment reconnaître un placement solidaire\u202f;
- des exemples concrets d’entreprises financées sur le territoire\u202f;
- vos questions, sans jargon.

La conférence, organisée par {organisation}, sera suivie d’un temps d’échange convivial. **Aucune connaissance préalable n’est nécessaire.**""",
        "online_ok": True,
        "temps_fort": "semaine-de-la-finance-solidaire",
    },
    {
        "type": "conference-debat",
        "themes": ["entrepreneuriat-et-cooperation", "gouvernance-et-vie-associative"],
        "publics": ["grand-public", "etudiants"],
        "title": "L’ESS, une autre façon d’entreprendre\u00a0: de quoi parle-t-on\u202f?",
        "summary": "Associations, coopératives, mutuelles, fondations\u00a0: une conférence pour comprendre ce qui rassemble les entreprises de l’économie sociale et solidaire.",
        "description": """L’économie sociale et solidaire représente près d’un emploi privé sur sept en France, et pourtant elle reste méconnue. Qu’ont en commun une mutuelle, une ressourcerie et une coopérative agricole\u202f?

Cette conférence propose de revenir aux fondamentaux\u00a0: une gouvernance démocratique, des bénéfices majoritairement réinvestis dans le projet, une utilité sociale affirmée. Chercheurs et dirigeants de structures viendront illustrer ces principes par des exemples pris sur le territoire.

Le débat qui suivra permettra d’aborder les questions qui fâchent\u00a0: l’ESS est-elle vraiment différente\u202f? Peut-elle changer d’échelle sans perdre son âme\u202f?

Une rencontre organisée par {organisation} dans le cadre du Mois de l’ESS, ouverte aux curieux comme aux connaisseurs.""",
        "online_ok": True,
        "temps_fort": None,
    },
    {
        "type": "conference-debat",
        "themes": ["alimentation-et-circuits-courts", "transition-ecologique"],
        "publics": ["grand-public", "elus-et-collectivites"],
        "title": "Nourrir {ville} autrement\u00a0: conférence sur l’alimentation durable",
        "summary": "Circuits courts, cantines bio, précarité alimentaire\u00a0: comment construire un système alimentaire local, juste et durable\u202f?",
        "description": """D’où vient ce que nous mangeons, et qui peut y avoir accès\u202f? Alors que le prix des produits frais augmente, de plus en plus d’initiatives cherchent à rapprocher producteurs et mangeurs.

Cette conférence réunit une agronome, un maraîcher en circuit court et la responsable d’une épicerie solidaire. Ensemble, ils présenteront les leviers d’un **système alimentaire territorial**\u00a0: installation de jeunes paysans, approvisionnement local des cantines, épiceries solidaires, sécurité sociale de l’alimentation.

Élus, habitants et professionnels de la restauration collective sont invités à participer au débat. Des produits de producteurs partenaires seront proposés à la dégustation à l’issue de la rencontre.

Organisation\u00a0: {organisation}.""",
        "online_ok": True,
        "temps_fort": None,
    },
    {
        "type": "conference-debat",
        "themes": ["sante-action-sociale-et-solidarites", "habitat-mobilites-et-territoires"],
        "publics": ["seniors", "familles"],
        "title": "Bien vieillir chez soi\u00a0: quelles solutions solidaires\u202f?",
        "summary": "Aide à domicile, habitat partagé, soutien aux aidants\u00a0: une conférence pour connaître les solutions portées par les mutuelles et les associations.",
        "description": """Rester chez soi le plus longtemps possible, c’est le souhait de la grande majorité des personnes âgées. Mais comment y parvenir sans épuiser ses proches\u202f?

Lors de cette conférence, des professionnels de l’aide à domicile, une mutuelle et une association d’habitat intergénérationnel présenteront les solutions existantes\u00a0:

- les services d’aide et d’accompagnement à domicile\u202f;
- l’adaptation du logement et ses financements\u202f;
- la colocation intergénérationnelle et l’habitat inclusif\u202f;
- le soutien aux proches aidants.

Un temps de questions-réponses permettra à chacun d’exposer sa situation. Des documents pratiques seront remis aux participants.

Une rencontre proposée par {organisation}, suivie d’un goûter.""",
        "online_ok": True,
        "temps_fort": None,
    },
    {
        "type": "conference-debat",
        "themes": ["commerce-equitable-et-international"],
        "publics": ["grand-public", "etudiants"],
        "title": "Ce que cache le prix de notre café\u00a0: conférence sur le commerce équitable",
        "summary": "De la parcelle à la tasse, qui gagne quoi\u202f? Une conférence pour comprendre les mécanismes du commerce équitable et leurs effets sur les producteurs.",
        "description": """Sur un paquet de café vendu en supermarché, quelle part revient réellement à celles et ceux qui l’ont cultivé\u202f? Dans le cadre du Festival des solidarités, cette conférence décrypte les chaînes de valeur du café, du cacao et de la banane.

Le représentant d’une coopérative de producteurs, invité à distance, témoignera de l’effet concret d’un prix minimum garanti et d’une prime de développement sur sa communauté. Une importatrice de commerce équitable expliquera ensuite comment se construisent des relations commerciales de long terme.

Vous repartirez avec des repères pour **choisir vos produits en connaissance de cause** et distinguer les différents labels.

Dégustation de café et de chocolat équitables offerte par {organisation}.""",
        "online_ok": True,
        "temps_fort": "festival-des-solidarites",
    },
    {
        "type": "conference-debat",
        "themes": ["egalite-femmes-hommes-et-diversite", "entrepreneuriat-et-cooperation"],
        "publics": ["porteurs-de-projet", "professionnels"],
        "title": "Entreprendre au féminin dans l’ESS\u00a0: lever les freins",
        "summary": "Accès au financement, réseaux, conciliation des temps de vie\u00a0: des entrepreneuses de l’ESS partagent leurs parcours et leurs solutions.",
        "description": """Les femmes sont majoritaires parmi les salariés de l’ESS, mais encore minoritaires à la tête des entreprises et parmi les créateurs accompagnés. Pourquoi\u202f? Et comment changer la donne\u202f?

Trois entrepreneuses – une fondatrice de Scop, une créatrice d’entreprise d’insertion et une présidente d’association – raconteront leur parcours, les obstacles rencontrés et ce qui les a aidées à avancer. Une chargée de mission d’un réseau d’accompagnement présentera ensuite les dispositifs existants\u00a0: garanties bancaires, prêts d’honneur, programmes de mentorat.

La conférence sera suivie d’un **temps de réseautage** pour permettre aux porteuses de projet de rencontrer les intervenantes et les structures d’accompagnement.

Avec {organisation}.""",
        "online_ok": True,
        "temps_fort": None,
    },
    {
        "type": "conference-debat",
        "themes": ["numerique-et-communs"],
        "publics": ["grand-public", "etudiants"],
        "title": "Le numérique peut-il être un bien commun\u202f?",
        "summary": "Logiciels libres, données ouvertes, plateformes coopératives\u00a0: une conférence pour imaginer un numérique au service de l’intérêt général.",
        "description": """Nos usages numériques reposent pour beaucoup sur quelques grandes plateformes. Pourtant, des alternatives existent depuis longtemps\u00a0: encyclopédies collaboratives, logiciels libres, cartographies contributives, plateformes coopératives détenues par leurs utilisateurs.

Cette conférence, animée par un chercheur en sciences sociales et une développeuse engagée dans une coopérative numérique, présentera la notion de **communs numériques** et ce qu’elle change dans la manière de produire et de partager des ressources.

Quels modèles économiques pour ces communs\u202f? Quelle place pour les associations et les collectivités\u202f? Comment chacun peut-il y contribuer, même sans savoir coder\u202f?

Le débat sera suivi d’une démonstration d’outils libres utilisables dès demain par les associations. Organisation\u00a0: {organisation}.""",
        "online_ok": True,
        "temps_fort": None,
    },
    # --- table-ronde --------------------------------------------------------
    {
        "type": "table-ronde",
        "themes": ["emploi-insertion-et-inclusion", "entrepreneuriat-et-cooperation"],
        "publics": ["acheteurs-publics-et-prives", "elus-et-collectivites"],
        "title": "Commande publique\u00a0: comment ouvrir les marchés aux entreprises de l’ESS\u202f?",
        "summary": "Acheteurs, élus et entreprises de l’ESS partagent leurs pratiques pour faire de la commande publique un levier d’emploi et de développement local.",
        "description": """La commande publique représente chaque année des milliards d’euros. Bien utilisée, elle peut soutenir l’emploi local, l’insertion et la transition écologique. Mais entre les acheteurs et les structures de l’ESS, la rencontre ne va pas toujours de soi.

À l’occasion de la Semaine des achats responsables, cette table ronde réunira\u00a0:

- une acheteuse d’une collectivité qui a mis en place des marchés réservés\u202f;
- le directeur d’une entreprise adaptée\u202f;
- une facilitatrice des clauses sociales\u202f;
- un élu chargé du développement économique.

Ils reviendront sur leurs réussites, leurs difficultés et les outils qui fonctionnent\u00a0: allotissement, sourcing, groupements d’entreprises.

Une rencontre proposée par {organisation}, suivie d’un temps d’échanges informels.""",
        "online_ok": True,
        "temps_fort": "semaine-des-achats-responsables",
    },
    {
        "type": "table-ronde",
        "themes": ["gouvernance-et-vie-associative"],
        "publics": ["grand-public", "professionnels"],
        "title": "Bénévolat\u00a0: comment donner envie de s’engager aujourd’hui\u202f?",
        "summary": "Engagement ponctuel, jeunes bénévoles, renouvellement des bureaux\u00a0: des associations partagent ce qui marche pour mobiliser et fidéliser.",
        "description": """Les associations le constatent\u00a0: on s’engage toujours, mais autrement. Plus ponctuellement, sur des missions précises, parfois à distance. Comment accueillir ces nouvelles formes d’engagement sans épuiser les bénévoles historiques\u202f?

Autour de la table, les responsables de quatre associations – sport, culture, solidarité et environnement – témoigneront de leurs expériences\u00a0: accueil des nouveaux, partage des responsabilités, reconnaissance du bénévolat, ouverture aux jeunes.

Un temps d’ateliers en petits groupes permettra ensuite à chacun de repartir avec **une idée concrète à tester** dans sa propre structure.

Table ronde organisée par {organisation}. Ouverte aux bénévoles, salariés et dirigeants associatifs, mais aussi à toute personne qui se demande comment s’engager.""",
        "online_ok": True,
        "temps_fort": None,
    },
    {
        "type": "table-ronde",
        "themes": ["habitat-mobilites-et-territoires", "transition-ecologique"],
        "publics": ["elus-et-collectivites", "grand-public"],
        "title": "Se déplacer sans voiture à la campagne\u00a0: les solutions solidaires qui roulent",
        "summary": "Autopartage, transport solidaire, garages associatifs, vélos électriques\u00a0: des initiatives rurales présentent leurs solutions de mobilité.",
        "description": """En zone rurale, ne pas avoir de voiture peut vite devenir un obstacle pour travailler, se soigner ou simplement voir du monde. Des associations et des coopératives inventent pourtant des réponses adaptées.

Cette table ronde donnera la parole à\u00a0:

- un réseau de chauffeurs bénévoles pour le transport solidaire\u202f;
- une coopérative d’autopartage en milieu rural\u202f;
- un garage solidaire qui répare à prix réduit\u202f;
- une communauté de communes qui loue des vélos électriques.

Les intervenants échangeront sur les conditions de réussite\u00a0: coopération avec les collectivités, modèle économique, mobilisation des habitants.

Un moment pensé pour les élus, les agents des collectivités et les habitants qui souhaitent lancer un projet. Organisation\u00a0: {organisation}.""",
        "online_ok": True,
        "temps_fort": None,
    },
    {
        "type": "table-ronde",
        "themes": ["tourisme-social-et-solidaire", "sante-action-sociale-et-solidarites"],
        "publics": ["professionnels", "elus-et-collectivites"],
        "title": "Partir en vacances, un droit pour tous\u202f?",
        "summary": "Chaque année, plus d’un tiers des Français ne partent pas en vacances. Acteurs du tourisme social et travailleurs sociaux débattent des moyens d’y remédier.",
        "description": """Les vacances ne sont pas un luxe\u00a0: elles permettent de se reposer, de découvrir, de renforcer les liens familiaux. Pourtant, une part importante de la population ne part jamais, faute de moyens ou d’habitude.

Cette table ronde réunira des gestionnaires de villages vacances associatifs, une conseillère en économie sociale et familiale, le responsable d’un dispositif d’aide au départ et une famille accompagnée pour son premier séjour.

Les échanges porteront sur les freins au départ, les aides existantes et le rôle du **tourisme social et solidaire**, qui accueille chaque année des centaines de milliers de personnes à des tarifs adaptés.

Les professionnels de l’action sociale y trouveront des contacts et des outils pour accompagner les familles. Avec {organisation}.""",
        "online_ok": True,
        "temps_fort": None,
    },
    {
        "type": "table-ronde",
        "themes": ["emploi-insertion-et-inclusion", "education-jeunesse-et-formation"],
        "publics": ["jeunes", "etudiants"],
        "title": "Trouver un emploi qui a du sens\u00a0: les jeunes et l’ESS",
        "summary": "Des jeunes salariés de l’ESS racontent leur parcours, leurs métiers et leurs conseils pour trouver un premier emploi utile.",
        "description": """Chargé de mission dans une ressourcerie, comptable dans une coopérative, animatrice dans une association d’éducation populaire\u00a0: les métiers de l’ESS sont bien plus variés qu’on ne l’imagine.

Cinq jeunes professionnels, arrivés dans l’ESS par des chemins différents – alternance, service civique, reconversion –, partageront leur expérience sans langue de bois\u00a0: conditions de travail, salaires, perspectives d’évolution, sentiment d’utilité.

Une conseillère en insertion professionnelle présentera ensuite les ressources pour chercher un emploi dans l’économie sociale et solidaire.

**Temps d’échanges informels** autour d’un verre à la fin de la table ronde. Organisation\u00a0: {organisation}.""",
        "online_ok": True,
        "temps_fort": None,
    },
    {
        "type": "table-ronde",
        "themes": ["culture-sport-et-loisirs", "habitat-mobilites-et-territoires"],
        "publics": ["professionnels", "elus-et-collectivites"],
        "title": "Tiers-lieux culturels\u00a0: quelle place dans la vie des territoires\u202f?",
        "summary": "Friches, cafés culturels, lieux intermédiaires\u00a0: leurs fondateurs et leurs partenaires publics échangent sur leur rôle et leur avenir.",
        "description": """Ils s’installent dans d’anciennes usines, des gares désaffectées ou des commerces fermés. Les tiers-lieux culturels mêlent création artistique, convivialité et services de proximité, souvent sous forme d’association ou de coopérative.

Cette table ronde interrogera leur place dans les politiques culturelles\u00a0: comment concilier liberté d’initiative et soutien public\u202f? Quel modèle économique quand l’activité repose sur l’ouverture à tous\u202f? Comment associer les habitants à la programmation\u202f?

Intervenants\u00a0: la coordinatrice d’un réseau régional de tiers-lieux, deux fondateurs de lieux et une élue à la culture.

La rencontre, organisée avec {organisation}, se terminera par une visite des lieux et un concert.""",
        "online_ok": False,
        "temps_fort": None,
    },
    {
        "type": "table-ronde",
        "themes": ["finance-solidaire", "entrepreneuriat-et-cooperation"],
        "publics": ["grand-public", "porteurs-de-projet"],
        "title": "Investir local\u00a0: épargnants, banques et entreprises solidaires autour de la table",
        "summary": "Comment l’épargne des habitants peut-elle financer les entreprises du territoire\u202f? Financeurs et entrepreneurs solidaires témoignent.",
        "description": """Une épicerie coopérative qui ouvre un second magasin, une centrale solaire citoyenne, une entreprise d’insertion qui investit dans de nouvelles machines\u00a0: tous ces projets ont eu besoin de financement.

Pendant la Semaine de la finance solidaire, cette table ronde fera dialoguer des financeurs solidaires – banque coopérative, club d’investisseurs citoyens, plateforme de financement participatif – et des entrepreneurs qui ont fait appel à eux.

Vous découvrirez\u00a0:

- les différents outils de financement solidaire\u202f;
- la façon dont les projets sont choisis et accompagnés\u202f;
- comment vous pouvez, à votre échelle, investir dans l’économie locale.

Table ronde suivie d’un apéritif. Avec {organisation}.""",
        "online_ok": True,
        "temps_fort": "semaine-de-la-finance-solidaire",
    },
    # --- atelier ------------------------------------------------------------
    {
        "type": "atelier",
        "themes": ["alimentation-et-circuits-courts", "economie-circulaire-et-reemploi"],
        "publics": ["familles", "grand-public"],
        "title": "Atelier cuisine anti-gaspi\u00a0: tout est bon dans le légume",
        "summary": "Fanes, épluchures, pain rassis\u00a0: apprenez à cuisiner les restes et les parties oubliées des légumes avec une cuisinière passionnée.",
        "description": """Chaque année, chaque Français jette en moyenne une trentaine de kilos de nourriture. Pour la Semaine européenne de la réduction des déchets, on vous invite à passer derrière les fourneaux pour apprendre à cuisiner **sans rien perdre**.

Au menu de cet atelier\u00a0:

- pesto de fanes de carottes\u202f;
- chips d’épluchures\u202f;
- pain perdu revisité\u202f;
- astuces de conservation pour faire durer les légumes.

Les légumes proviennent de producteurs locaux et d’invendus récupérés auprès des commerçants du quartier. L’atelier se termine par une dégustation collective de vos préparations.

Places limitées, inscription conseillée. Les enfants sont les bienvenus à partir de 8\u00a0ans, accompagnés d’un adulte. Animé par {organisation}.""",
        "online_ok": False,
        "temps_fort": "semaine-europeenne-de-la-reduction-des-dechets",
    },
    {
        "type": "atelier",
        "themes": ["economie-circulaire-et-reemploi", "transition-ecologique"],
        "publics": ["grand-public", "familles"],
        "title": "Atelier zéro déchet\u00a0: je fabrique mes produits ménagers",
        "summary": "Lessive, nettoyant multi-usage, pastilles pour lave-vaisselle\u00a0: fabriquez vos produits avec des ingrédients simples et repartez avec vos flacons.",
        "description": """Fabriquer soi-même ses produits ménagers, c’est moins d’emballages, moins de produits nocifs et des économies à la clé. Encore faut-il connaître les bonnes recettes et les précautions d’usage.

Pendant une heure et demie, une animatrice vous guidera pas à pas pour réaliser trois produits du quotidien à partir de savon de Marseille, de vinaigre blanc, de bicarbonate et de cristaux de soude.

**Pensez à apporter deux ou trois contenants vides** (bocaux, flacons)\u00a0: vous repartirez avec vos préparations et les fiches recettes.

Cet atelier s’inscrit dans la Semaine européenne de la réduction des déchets. Il est proposé par {organisation} et ouvert à tous, sans prérequis.""",
        "online_ok": False,
        "temps_fort": "semaine-europeenne-de-la-reduction-des-dechets",
    },
    {
        "type": "atelier",
        "themes": ["gouvernance-et-vie-associative", "entrepreneuriat-et-cooperation"],
        "publics": ["porteurs-de-projet", "jeunes"],
        "title": "Créer son association\u00a0: les premiers pas",
        "summary": "Statuts, assemblée constitutive, déclaration en préfecture, assurance\u00a0: un atelier pratique pour lancer votre association sur de bonnes bases.",
        "description": """Vous avez une idée, un petit groupe motivé et l’envie de vous lancer\u202f? Cet atelier vous donne les clés pour créer votre association en toute sérénité.

Nous aborderons ensemble\u00a0:

- le choix de l’objet et la rédaction des statuts\u202f;
- les différentes formes de gouvernance, y compris collégiale\u202f;
- les démarches de déclaration et de publication\u202f;
- l’assurance, le compte bancaire et les premières ressources.

L’atelier alterne apports pratiques et travail sur vos propres projets. Vous repartirez avec un modèle de statuts commenté et une liste des étapes à suivre.

Animé par {organisation}, l’atelier est gratuit et s’adresse à toute personne qui souhaite créer une association, quel que soit son domaine.""",
        "online_ok": True,
        "temps_fort": None,
    },
    {
        "type": "atelier",
        "themes": ["numerique-et-communs", "sante-action-sociale-et-solidarites"],
        "publics": ["seniors"],
        "title": "Atelier numérique\u00a0: je prends en main mon smartphone",
        "summary": "Appeler en vidéo, envoyer des photos, éviter les arnaques\u00a0: un atelier en petit groupe pour être plus à l’aise avec son téléphone.",
        "description": """Votre smartphone vous semble compliqué\u202f? Vous aimeriez échanger des photos avec vos petits-enfants ou faire vos démarches en ligne sans stress\u202f? Cet atelier est fait pour vous.

En petit groupe de six personnes maximum, un médiateur numérique vous accompagnera à votre rythme. Chacun vient avec son propre téléphone et ses questions.

Nous verrons notamment comment\u00a0:

- régler la taille du texte et le volume\u202f;
- passer un appel vidéo\u202f;
- envoyer et recevoir des photos\u202f;
- reconnaître un message frauduleux.

**Aucun niveau requis**, la bienveillance est de mise. Atelier proposé par {organisation}, avec le soutien d’une mutuelle partenaire. Un café sera offert à l’issue de la séance.""",
        "online_ok": False,
        "temps_fort": None,
    },
    {
        "type": "atelier",
        "themes": ["gouvernance-et-vie-associative", "transition-ecologique"],
        "publics": ["etudiants", "professionnels"],
        "title": "Atelier participatif\u00a0: dessinons ensemble l’ESS de demain",
        "summary": "Un atelier collaboratif en équipes pour comprendre les grands principes de l’ESS et imaginer les entreprises utiles de demain.",
        "description": """Et si l’on apprenait l’économie sociale et solidaire en jouant\u202f? Cet atelier collaboratif de trois heures propose de découvrir les principes de l’ESS à partir de cartes, de cas concrets et de discussions en petits groupes.

Par équipes de six, les participants relient entre eux les éléments d’une grande fresque\u00a0: statuts, gouvernance, utilité sociale, lucrativité limitée, ancrage territorial. Ils imaginent ensuite une entreprise de l’ESS qui répondrait à un besoin réel de leur territoire.

L’atelier se termine par un temps de restitution et de débat. Il convient aussi bien aux étudiants qu’aux équipes de salariés qui veulent mieux comprendre leur secteur.

Animation\u00a0: {organisation}. Inscription obligatoire, **18 participants maximum**.""",
        "online_ok": True,
        "temps_fort": None,
    },
    {
        "type": "atelier",
        "themes": ["economie-circulaire-et-reemploi"],
        "publics": ["grand-public", "seniors"],
        "title": "Atelier couture\u00a0: une seconde vie pour vos vêtements",
        "summary": "Transformer un jean en sac, raccommoder un pull, customiser une chemise\u00a0: un atelier convivial pour coudre plutôt que jeter.",
        "description": """Un vêtement troué ou passé de mode n’est pas forcément bon pour la poubelle. Avec un peu de fil, quelques astuces et de l’imagination, il peut devenir tout autre chose.

Les couturières bénévoles vous accueillent autour de machines à coudre et de tissus de récupération. Débutants bienvenus\u00a0: on vous montre les gestes de base, puis vous choisissez votre projet\u00a0:

- raccommodage visible et reprise de mailles\u202f;
- transformation d’un jean en sac ou en trousse\u202f;
- réalisation de lingettes lavables.

Apportez un ou deux vêtements à transformer si vous le souhaitez\u202f; des tissus seront aussi à disposition.

Un atelier proposé par {organisation} pendant la Semaine européenne de la réduction des déchets. Thé et gâteaux maison au programme.""",
        "online_ok": False,
        "temps_fort": "semaine-europeenne-de-la-reduction-des-dechets",
    },
    {
        "type": "atelier",
        "themes": ["finance-solidaire", "education-jeunesse-et-formation"],
        "publics": ["jeunes", "scolaires"],
        "title": "Jeu coopératif «\u00a0Mon budget, mes choix\u00a0» pour les 15-20\u00a0ans",
        "summary": "Un jeu de plateau pour apprendre à gérer un budget, comprendre le crédit et découvrir à quoi peut servir l’épargne solidaire.",
        "description": """Premier appartement, premier salaire, premier crédit\u00a0: autant d’étapes où il vaut mieux avoir quelques repères. Ce jeu coopératif propose aux jeunes de 15 à 20\u00a0ans de gérer, en équipe, le budget d’un personnage pendant une année.

Imprévus, tentations, choix d’épargne\u00a0: chaque décision a des conséquences. Au fil de la partie, les joueurs découvrent aussi que l’argent placé peut financer des projets utiles, comme une entreprise d’insertion ou un habitat partagé.

L’animation dure deux heures et peut accueillir une classe entière. Elle est proposée par {organisation} dans le cadre de la Semaine de la finance solidaire.

**Enseignants et animateurs jeunesse**\u00a0: contactez-nous pour organiser une séance dans votre établissement.""",
        "online_ok": False,
        "temps_fort": "semaine-de-la-finance-solidaire",
    },
    {
        "type": "atelier",
        "themes": ["alimentation-et-circuits-courts", "education-jeunesse-et-formation"],
        "publics": ["familles", "scolaires"],
        "title": "Petits jardiniers\u00a0: atelier parents-enfants au potager",
        "summary": "Semer, planter, observer la vie du sol\u00a0: un atelier en famille au jardin partagé pour découvrir d’où viennent nos légumes.",
        "description": """Les jardiniers de l’association ouvrent les portes du potager aux familles pour un après-midi les mains dans la terre.

Au programme, des activités adaptées aux enfants de 4 à 10\u00a0ans\u00a0:

- plantation de bulbes et d’ail pour le printemps\u202f;
- fabrication d’un hôtel à insectes\u202f;
- découverte du compost et de ses petits habitants\u202f;
- dégustation de soupe de légumes du jardin.

C’est aussi l’occasion pour les parents de découvrir le fonctionnement d’un jardin partagé et de rencontrer les bénévoles.

Prévoyez des vêtements qui ne craignent pas la boue et des bottes. En cas de forte pluie, l’atelier se replie sous la serre. Proposé par {organisation}.""",
        "online_ok": False,
        "temps_fort": None,
    },
    # --- formation ----------------------------------------------------------
    {
        "type": "formation",
        "themes": ["gouvernance-et-vie-associative"],
        "publics": ["professionnels"],
        "title": "Formation\u00a0: gouvernance partagée et décision collective",
        "summary": "Consentement, élection sans candidat, rôles tournants\u00a0: une journée pour expérimenter des outils de gouvernance partagée dans votre structure.",
        "description": """Associer réellement salariés, bénévoles et usagers aux décisions est au cœur du projet de l’ESS. Dans la pratique, les réunions s’éternisent et les décisions se prennent parfois ailleurs.

Cette formation d’une journée vous propose d’expérimenter des outils concrets\u00a0:

- la prise de décision par consentement\u202f;
- l’élection sans candidat\u202f;
- la clarification des rôles et des mandats\u202f;
- l’animation de réunions efficaces et inclusives.

La pédagogie est active\u00a0: mises en situation, études de cas apportés par les participants, temps de partage d’expériences. Vous repartirez avec des fiches outils.

Formation animée par {organisation}, destinée aux dirigeants, salariés et administrateurs de structures de l’ESS. **Groupe limité à 14 personnes.**""",
        "online_ok": True,
        "temps_fort": None,
    },
    {
        "type": "formation",
        "themes": ["emploi-insertion-et-inclusion"],
        "publics": ["acheteurs-publics-et-prives", "elus-et-collectivites"],
        "title": "Acheter responsable\u00a0: intégrer des clauses sociales dans vos marchés",
        "summary": "Une formation pratique pour les acheteurs publics et privés\u00a0: clauses d’insertion, marchés réservés, critères sociaux et environnementaux.",
        "description": """Vous êtes acheteur dans une collectivité, un établissement public ou une entreprise, et vous souhaitez que vos achats soutiennent l’emploi local et l’insertion\u202f? Cette formation vous donne les bases juridiques et pratiques.

Pendant une demi-journée, nous verrons\u00a0:

- les différents leviers\u00a0: clauses d’exécution, marchés réservés, critères d’attribution\u202f;
- comment identifier les fournisseurs de l’ESS sur votre territoire\u202f;
- le suivi et l’évaluation des clauses\u202f;
- des retours d’expérience d’acheteurs.

La formation est animée par une juriste spécialisée et une facilitatrice des clauses sociales. Elle s’inscrit dans la Semaine des achats responsables.

Proposée par {organisation}. Un support complet et des modèles de clauses seront transmis aux participants.""",
        "online_ok": True,
        "temps_fort": "semaine-des-achats-responsables",
    },
    {
        "type": "formation",
        "themes": ["gouvernance-et-vie-associative"],
        "publics": ["grand-public", "professionnels"],
        "title": "Bénévoles\u00a0: animer une réunion participative",
        "summary": "Une soirée de formation pour les bénévoles qui veulent des réunions plus vivantes, où chacun prend la parole et où l’on décide vraiment.",
        "description": """Ordre du jour qui déborde, parole monopolisée, décisions reportées\u00a0: les réunions associatives peuvent vite devenir pesantes. Quelques techniques simples suffisent pourtant à les rendre plus efficaces et plus agréables.

Cette formation, pensée pour les bénévoles, propose de découvrir\u00a0:

- comment préparer une réunion et son ordre du jour\u202f;
- des techniques pour faire circuler la parole\u202f;
- la répartition des rôles (animation, gardien du temps, prise de notes)\u202f;
- des méthodes simples de prise de décision.

Chaque outil est expérimenté en direct par le groupe. La formation est gratuite, ouverte aux bénévoles de toutes les associations.

Proposée par {organisation}, en partenariat avec le centre de ressources de la vie associative du département.""",
        "online_ok": False,
        "temps_fort": None,
    },
    {
        "type": "formation",
        "themes": ["entrepreneuriat-et-cooperation"],
        "publics": ["porteurs-de-projet"],
        "title": "Créer une Scop ou une Scic\u00a0: journée de découverte",
        "summary": "Vous envisagez d’entreprendre à plusieurs\u202f? Une journée pour comprendre les statuts coopératifs et construire votre projet.",
        "description": """Entreprendre collectivement, partager le pouvoir et les résultats\u00a0: le modèle coopératif séduit de plus en plus de porteurs de projet. Mais comment choisir entre Scop et Scic, et par où commencer\u202f?

Cette journée de formation aborde\u00a0:

- les principes coopératifs et leur traduction juridique\u202f;
- les différences entre Scop, Scic et coopérative d’activité et d’emploi\u202f;
- la répartition du capital, des voix et des résultats\u202f;
- les financements spécifiques aux coopératives\u202f;
- la transmission d’entreprise à ses salariés.

Des coopérateurs viendront témoigner de leur propre création. L’après-midi est consacré à vos projets, en petits groupes.

Formation gratuite animée par {organisation}, sur inscription. Les porteurs de projet de reprise d’entreprise sont également les bienvenus.""",
        "online_ok": True,
        "temps_fort": None,
    },
    {
        "type": "formation",
        "themes": ["egalite-femmes-hommes-et-diversite"],
        "publics": ["professionnels"],
        "title": "Prévenir le sexisme et les violences au travail dans les structures de l’ESS",
        "summary": "Une formation pour les employeurs et référents de l’ESS\u00a0: repérer, prévenir et agir face au sexisme et aux violences sexistes et sexuelles.",
        "description": """Les valeurs de l’ESS ne protègent pas, à elles seules, du sexisme au travail. Employeurs, responsables d’équipe et représentants du personnel ont un rôle essentiel pour prévenir les situations et y répondre.

Cette formation d’une demi-journée permet de\u00a0:

- connaître le cadre légal et les obligations de l’employeur\u202f;
- repérer les situations de sexisme ordinaire et de violences\u202f;
- savoir accueillir la parole d’une victime\u202f;
- mettre en place une procédure de signalement adaptée à une petite structure.

La formation s’appuie sur des études de cas et des outils directement utilisables. Elle est animée par {organisation}, avec une juriste en droit du travail.

**Confidentialité garantie**\u00a0: les échanges restent dans le groupe.""",
        "online_ok": True,
        "temps_fort": None,
    },
    {
        "type": "formation",
        "themes": ["numerique-et-communs", "gouvernance-et-vie-associative"],
        "publics": ["professionnels", "grand-public"],
        "title": "Logiciels libres\u00a0: équiper son association en toute autonomie",
        "summary": "Messagerie, agenda partagé, visioconférence, stockage\u00a0: découvrez les outils libres qui respectent vos données et celles de vos adhérents.",
        "description": """Beaucoup d’associations utilisent, faute de mieux, des outils gratuits qui exploitent leurs données. Il existe pourtant des solutions libres, simples et souvent hébergées par des structures de l’ESS.

Cette formation pratique vous fera découvrir\u00a0:

- un agenda et des documents partagés\u202f;
- un outil de visioconférence libre\u202f;
- un logiciel de gestion des adhésions\u202f;
- des solutions pour sauvegarder vos fichiers.

Chaque outil est testé en direct. Vous repartirez avec un plan d’action pour migrer progressivement, sans tout changer du jour au lendemain.

**Apportez votre ordinateur portable** si vous le pouvez\u202f; quelques postes seront prêtés. Animation\u00a0: {organisation}.""",
        "online_ok": True,
        "temps_fort": None,
    },
    {
        "type": "formation",
        "themes": ["education-jeunesse-et-formation"],
        "publics": ["professionnels"],
        "title": "Enseigner l’ESS\u00a0: outils pédagogiques pour les enseignants et animateurs",
        "summary": "Une formation pour les enseignants et animateurs qui veulent faire découvrir l’ESS aux jeunes\u00a0: jeux, projets de classe, intervenants.",
        "description": """Comment parler de coopération, de gouvernance démocratique ou d’utilité sociale à des collégiens et à des lycéens\u202f? Cette formation propose des outils concrets, testés en classe.

Au programme de cette demi-journée\u00a0:

- présentation de jeux pédagogiques et de ressources gratuites\u202f;
- accompagnement de projets de classe, comme la création d’une mini-coopérative scolaire\u202f;
- mise en relation avec des structures de l’ESS qui interviennent dans les établissements.

Des enseignants ayant mené ces projets partageront leur expérience, leurs réussites et les écueils à éviter.

Formation proposée par {organisation}, ouverte aux enseignants de toutes disciplines, aux conseillers principaux d’éducation et aux animateurs jeunesse.""",
        "online_ok": True,
        "temps_fort": None,
    },
    # --- visite-portes-ouvertes ---------------------------------------------
    {
        "type": "visite-portes-ouvertes",
        "themes": ["economie-circulaire-et-reemploi", "emploi-insertion-et-inclusion"],
        "publics": ["grand-public", "scolaires"],
        "title": "Portes ouvertes de la ressourcerie\u00a0: suivez le parcours d’un objet",
        "summary": "De la collecte à la revente, découvrez les coulisses d’une ressourcerie et les métiers des salariés en insertion qui la font vivre.",
        "description": """Que devient le vieux fauteuil que vous déposez à la ressourcerie\u202f? Pour la Semaine européenne de la réduction des déchets, {organisation} vous ouvre ses ateliers et vous invite à suivre le parcours d’un objet.

La visite guidée passe par chaque étape\u00a0:

1. la collecte et le tri\u202f;
2. le nettoyage, la réparation et le contrôle\u202f;
3. la mise en rayon et la revente à petit prix\u202f;
4. le recyclage de ce qui ne peut pas être réemployé.

Tout au long du parcours, les salariés en insertion présentent leur métier et leur parcours. Les groupes scolaires sont accueillis le matin sur réservation.

**Visites toutes les heures**, durée quarante-cinq minutes. La boutique reste ouverte pendant toute la journée.""",
        "online_ok": False,
        "temps_fort": "semaine-europeenne-de-la-reduction-des-dechets",
    },
    {
        "type": "visite-portes-ouvertes",
        "themes": ["alimentation-et-circuits-courts", "emploi-insertion-et-inclusion"],
        "publics": ["grand-public", "familles"],
        "title": "Visite d’une ferme maraîchère d’insertion",
        "summary": "Découvrez un jardin maraîcher biologique où des salariés en insertion cultivent les légumes de centaines de familles.",
        "description": """Sur quatre hectares cultivés en agriculture biologique, une vingtaine de jardiniers en contrat d’insertion produisent chaque semaine des paniers de légumes pour les adhérents.

{organisation} vous invite à découvrir le jardin\u00a0: les serres, les parcelles de plein champ, la salle de préparation des paniers. L’encadrant technique expliquera les techniques de culture et la conseillère en insertion présentera l’accompagnement proposé aux salariés.

C’est l’occasion de comprendre comment un même projet peut à la fois **nourrir, employer et préserver les sols**.

La visite se termine par une dégustation de soupe et la possibilité d’acheter des légumes. Prévoyez de bonnes chaussures\u202f; le terrain est accessible en fauteuil sur les allées principales.""",
        "online_ok": False,
        "temps_fort": None,
    },
    {
        "type": "visite-portes-ouvertes",
        "themes": ["habitat-mobilites-et-territoires"],
        "publics": ["grand-public", "seniors"],
        "title": "Portes ouvertes d’un habitat participatif – {ville}",
        "summary": "Les habitants d’une coopérative d’habitants vous ouvrent leurs espaces communs et racontent comment ils ont construit leur projet.",
        "description": """Vivre chacun chez soi tout en partageant une buanderie, une chambre d’amis, un atelier et un grand jardin\u00a0: c’est le choix qu’ont fait les habitants de cet immeuble conçu collectivement.

Pendant ces portes ouvertes, ils vous feront visiter les espaces partagés et répondront à vos questions\u00a0:

- comment le groupe s’est-il constitué\u202f?
- combien de temps a duré le projet\u202f?
- comment se prennent les décisions au quotidien\u202f?
- quel est le coût pour chaque foyer\u202f?

Des professionnels de l’accompagnement de l’habitat participatif seront présents pour informer les personnes qui souhaitent se lancer, y compris les retraités attirés par un **habitat à la fois autonome et solidaire**.

Visites par petits groupes, sur inscription. Organisation\u00a0: {organisation}.""",
        "online_ok": False,
        "temps_fort": None,
    },
    {
        "type": "visite-portes-ouvertes",
        "themes": ["emploi-insertion-et-inclusion"],
        "publics": ["acheteurs-publics-et-prives", "professionnels"],
        "title": "Visite d’une entreprise adaptée\u00a0: des savoir-faire à découvrir",
        "summary": "Acheteurs et chefs d’entreprise, découvrez les ateliers et les prestations d’une entreprise adaptée, et les possibilités de partenariat.",
        "description": """Conditionnement, numérisation de documents, entretien d’espaces verts, blanchisserie\u00a0: les entreprises adaptées proposent des prestations de qualité tout en employant une majorité de personnes en situation de handicap.

À l’occasion de la Semaine des achats responsables, {organisation} accueille les acheteurs publics et privés pour une visite de ses ateliers. Au programme\u00a0:

- présentation de l’entreprise et de ses métiers\u202f;
- visite des ateliers avec les équipes\u202f;
- échanges sur les modalités de sous-traitance et de marchés réservés\u202f;
- témoignage d’une entreprise cliente.

La visite permet aussi de comprendre comment ces achats contribuent à l’obligation d’emploi des travailleurs handicapés.

**Inscription obligatoire**, nombre de places limité. Un déjeuner préparé par un traiteur d’insertion clôturera la matinée.""",
        "online_ok": False,
        "temps_fort": "semaine-des-achats-responsables",
    },
    {
        "type": "visite-portes-ouvertes",
        "themes": ["culture-sport-et-loisirs", "numerique-et-communs"],
        "publics": ["grand-public", "jeunes"],
        "title": "Journée portes ouvertes du tiers-lieu",
        "summary": "Fablab, atelier bois, café associatif, espace de travail partagé\u00a0: venez découvrir un lieu où l’on fabrique, apprend et se rencontre.",
        "description": """Ici, on répare un grille-pain, on imprime une pièce en 3D, on travaille sur son ordinateur, on boit un café en discutant avec ses voisins. Le tiers-lieu ouvre grand ses portes pour une journée de découverte.

Tout au long de la journée\u00a0:

- démonstrations de la découpeuse laser et des imprimantes 3D\u202f;
- initiation au travail du bois\u202f;
- présentation des ateliers proposés toute l’année\u202f;
- concert acoustique en fin d’après-midi.

Les bénévoles et salariés présenteront aussi le fonctionnement du lieu et les façons de s’y impliquer, que vous ayez deux heures par mois ou l’envie de porter un projet.

Entrée libre, restauration sur place. Une journée proposée par {organisation}.""",
        "online_ok": False,
        "temps_fort": None,
    },
    {
        "type": "visite-portes-ouvertes",
        "themes": ["transition-ecologique", "finance-solidaire"],
        "publics": ["grand-public", "elus-et-collectivites"],
        "title": "Visite d’une centrale solaire citoyenne",
        "summary": "Montez sur le toit d’une centrale solaire financée par des centaines d’habitants et découvrez comment devenir actionnaire de l’énergie locale.",
        "description": """Sur le toit d’un gymnase, plus de cinq cents mètres carrés de panneaux solaires produisent l’équivalent de la consommation d’électricité d’une centaine de foyers. Leur particularité\u00a0: ils ont été financés par les habitants.

Pendant la Semaine de la finance solidaire, {organisation} propose une visite de l’installation, suivie d’une présentation du modèle\u00a0:

- comment les citoyens et la commune sont devenus actionnaires\u202f;
- ce que rapporte un investissement dans l’énergie locale\u202f;
- comment les bénéfices sont réinvestis dans de nouveaux projets.

Élus et agents de collectivités intéressés par un projet similaire pourront échanger avec les bénévoles et la commune partenaire.

**Accès au toit par groupes de dix**, chaussures fermées obligatoires. Une partie de la visite reste accessible au rez-de-chaussée.""",
        "online_ok": False,
        "temps_fort": "semaine-de-la-finance-solidaire",
    },
    {
        "type": "visite-portes-ouvertes",
        "themes": ["tourisme-social-et-solidaire"],
        "publics": ["familles", "seniors"],
        "title": "Découvrez un village vacances associatif",
        "summary": "Hébergements, activités, tarifs selon les revenus\u00a0: un village vacances associatif ouvre ses portes pour préparer vos prochains congés.",
        "description": """Les villages vacances associatifs accueillent depuis des décennies familles, retraités, groupes et classes de découverte à des tarifs modulés selon les revenus. Leur ambition\u00a0: que les vacances soient accessibles au plus grand nombre.

{organisation} vous invite à une journée portes ouvertes pour visiter les hébergements, découvrir les activités proposées et rencontrer l’équipe d’animation.

Vous pourrez aussi vous informer sur\u00a0:

- les aides au départ en vacances et leur utilisation\u202f;
- les séjours adaptés aux personnes âgées ou en situation de handicap\u202f;
- les séjours organisés pour les groupes d’associations.

Une balade accompagnée autour du site est proposée à 15\u00a0heures. Goûter offert.""",
        "online_ok": False,
        "temps_fort": None,
    },
    # --- forum-salon --------------------------------------------------------
    {
        "type": "forum-salon",
        "themes": ["gouvernance-et-vie-associative", "culture-sport-et-loisirs"],
        "publics": ["grand-public", "jeunes"],
        "title": "Forum de l’engagement associatif – {ville}",
        "summary": "Une cinquantaine d’associations présentent leurs activités et leurs besoins en bénévoles. Trouvez l’engagement qui vous ressemble.",
        "description": """Vous avez un peu de temps, des compétences à partager ou simplement l’envie d’être utile\u202f? Ce forum rassemble une cinquantaine d’associations du territoire\u00a0: solidarité, sport, culture, environnement, éducation.

Sur les stands, les bénévoles vous présenteront leurs actions et les missions disponibles, ponctuelles ou régulières. Vous pourrez aussi découvrir\u00a0:

- un espace dédié au service civique et au volontariat\u202f;
- des mini-conférences sur le bénévolat de compétences\u202f;
- des démonstrations sportives et artistiques.

**Nouveauté cette année**\u00a0: un «\u00a0speed-bénévolat\u00a0» pour rencontrer plusieurs associations en un temps record.

Entrée libre. Forum coordonné par {organisation}, avec le soutien de la ville.""",
        "online_ok": False,
        "temps_fort": None,
    },
    {
        "type": "forum-salon",
        "themes": ["entrepreneuriat-et-cooperation", "emploi-insertion-et-inclusion"],
        "publics": ["acheteurs-publics-et-prives", "professionnels"],
        "title": "Salon des achats responsables et solidaires",
        "summary": "Traiteurs, imprimeurs, entreprises de nettoyage ou de recyclage\u00a0: rencontrez en un seul lieu les fournisseurs de l’ESS de votre territoire.",
        "description": """Vous cherchez un traiteur pour vos événements, un prestataire pour l’entretien de vos espaces verts ou un fournisseur de matériel informatique reconditionné\u202f? Les entreprises de l’ESS peuvent répondre à vos besoins.

Pendant la Semaine des achats responsables, ce salon réunit une quarantaine de structures\u00a0: entreprises d’insertion, entreprises adaptées, coopératives, associations. Vous pourrez\u00a0:

- rencontrer les fournisseurs sur leurs stands\u202f;
- assister à des retours d’expérience d’acheteurs\u202f;
- bénéficier de conseils personnalisés sur vos marchés à venir.

Le salon s’adresse aux acheteurs publics et privés, aux services généraux et aux responsables RSE.

Organisation\u00a0: {organisation}. **Entrée gratuite sur inscription**, café d’accueil offert.""",
        "online_ok": False,
        "temps_fort": "semaine-des-achats-responsables",
    },
    {
        "type": "forum-salon",
        "themes": ["education-jeunesse-et-formation", "emploi-insertion-et-inclusion"],
        "publics": ["scolaires", "jeunes"],
        "title": "Forum des métiers de l’ESS pour les lycéens",
        "summary": "Éducateur, agricultrice, développeur, chargée de mission\u00a0: des professionnels de l’ESS présentent leurs métiers aux lycéens.",
        "description": """Le choix d’une orientation se fait souvent sans connaître la diversité des métiers qui existent. Ce forum propose aux lycéens de rencontrer des professionnels de l’économie sociale et solidaire dans des secteurs très variés.

Les élèves circulent librement entre les stands et participent à des **rencontres en petits groupes** avec des professionnels\u00a0: aide-soignant en mutuelle, maraîchère en coopérative, animateur socioculturel, comptable, développeuse dans une entreprise du numérique solidaire.

Un espace présente aussi les formations qui mènent à ces métiers et les possibilités d’alternance et de service civique.

Les classes sont accueillies sur inscription préalable des établissements. Le forum est proposé par {organisation} en lien avec les services d’orientation.""",
        "online_ok": False,
        "temps_fort": None,
    },
    {
        "type": "forum-salon",
        "themes": ["commerce-equitable-et-international"],
        "publics": ["grand-public", "familles"],
        "title": "Salon du commerce équitable et des solidarités internationales",
        "summary": "Artisanat, produits équitables, associations de solidarité internationale\u00a0: un salon festif pour consommer et s’engager autrement.",
        "description": """Dans le cadre du Festival des solidarités, ce salon rassemble boutiques de commerce équitable, artisans, associations de solidarité internationale et collectifs de personnes exilées.

Tout au long de la journée, vous pourrez\u00a0:

- découvrir et acheter des produits issus du commerce équitable\u202f;
- échanger avec des associations qui mènent des projets en Afrique, en Amérique latine ou en Asie\u202f;
- participer à des ateliers pour les enfants\u202f;
- déguster des spécialités culinaires du monde entier.

Une **scène ouverte** accueillera musiciens et conteurs en fin de journée.

Entrée libre. Un salon coordonné par {organisation}, avec la participation d’une vingtaine d’associations.""",
        "online_ok": False,
        "temps_fort": "festival-des-solidarites",
    },
    {
        "type": "forum-salon",
        "themes": ["habitat-mobilites-et-territoires", "sante-action-sociale-et-solidarites"],
        "publics": ["grand-public", "seniors"],
        "title": "Forum de l’habitat solidaire",
        "summary": "Colocation intergénérationnelle, habitat inclusif, rénovation accompagnée\u00a0: toutes les solutions solidaires pour se loger réunies en un lieu.",
        "description": """Trouver un logement abordable, l’adapter à l’avancée en âge ou le rénover pour réduire ses factures\u00a0: ces questions concernent chacun d’entre nous à un moment de sa vie.

Ce forum réunit les acteurs de l’habitat solidaire du territoire\u00a0: associations de colocation intergénérationnelle, coopératives d’habitants, bailleurs sociaux, conseillers en rénovation énergétique, fondations engagées contre le mal-logement.

Au programme\u00a0:

- des stands d’information et de conseil personnalisé\u202f;
- des mini-conférences toutes les heures\u202f;
- une permanence d’accès aux droits.

**Nouveau**\u00a0: un espace dédié aux seniors qui souhaitent partager leur logement avec un étudiant.

Entrée libre. Organisation\u00a0: {organisation}.""",
        "online_ok": False,
        "temps_fort": None,
    },
    {
        "type": "forum-salon",
        "themes": ["finance-solidaire"],
        "publics": ["grand-public"],
        "title": "Village de la finance solidaire",
        "summary": "Banques coopératives, plateformes de financement participatif, clubs d’investisseurs\u00a0: tout savoir pour donner du sens à son argent.",
        "description": """Votre argent peut être utile. Pendant la Semaine de la finance solidaire, le Village réunit sur une même place les acteurs qui permettent de l’investir dans des projets à fort impact social et environnemental.

Sur les stands, vous pourrez rencontrer\u00a0:

- des banques coopératives et leurs conseillers\u202f;
- des plateformes de financement participatif local\u202f;
- des entreprises solidaires qui ouvrent leur capital aux citoyens\u202f;
- des clubs d’investisseurs de proximité.

Des animations ponctuent la journée\u00a0: quiz sur l’épargne, témoignages d’entrepreneurs, jeu pour les enfants sur la valeur de l’argent.

**Entrée libre et gratuite.** Un événement coordonné par {organisation}.""",
        "online_ok": False,
        "temps_fort": "semaine-de-la-finance-solidaire",
    },
    {
        "type": "forum-salon",
        "themes": ["entrepreneuriat-et-cooperation"],
        "publics": ["porteurs-de-projet", "demandeurs-demploi"],
        "title": "Forum de la création d’activité dans l’ESS",
        "summary": "Vous avez un projet d’entreprise sociale ou coopérative\u202f? Rencontrez les structures d’accompagnement et de financement en une matinée.",
        "description": """Créer une activité qui a du sens, c’est possible, mais mieux vaut être bien entouré. Ce forum rassemble en un même lieu toutes les structures qui accompagnent les projets de l’économie sociale et solidaire.

Vous pourrez y rencontrer\u00a0:

- des incubateurs et des coopératives d’activité et d’emploi\u202f;
- des réseaux de prêts d’honneur et de garantie\u202f;
- des conseillers spécialisés dans les statuts associatifs et coopératifs\u202f;
- des entrepreneurs de l’ESS prêts à partager leur expérience.

Des **mini-ateliers de trente minutes** sont proposés tout au long de la matinée\u00a0: tester son idée, trouver ses premiers financements, choisir son statut.

Les personnes en recherche d’emploi qui envisagent la création d’entreprise sont particulièrement bienvenues. Organisation\u00a0: {organisation}.""",
        "online_ok": False,
        "temps_fort": None,
    },
    # --- projection-cine-debat ----------------------------------------------
    {
        "type": "projection-cine-debat",
        "themes": ["entrepreneuriat-et-cooperation"],
        "publics": ["grand-public"],
        "title": "Ciné-débat\u00a0: quand les salariés reprennent leur usine",
        "summary": "Projection d’un documentaire sur la reprise d’une usine en coopérative par ses salariés, suivie d’un débat avec des coopérateurs.",
        "description": """Lorsque leur usine est menacée de fermeture, des ouvriers décident de la reprendre eux-mêmes en coopérative. Le documentaire projeté ce soir suit pendant trois ans leurs doutes, leurs conflits et leurs victoires.

Après la projection, le débat réunira des salariés-associés de Scop du territoire et un conseiller spécialisé dans la reprise d’entreprises par les salariés. Ils répondront à vos questions\u00a0:

- comment fonctionne une Scop au quotidien\u202f?
- qui dirige, et comment sont partagés les bénéfices\u202f?
- la reprise en coopérative est-elle une solution pour les entreprises sans repreneur\u202f?

Une soirée proposée par {organisation}, en partenariat avec le cinéma. **Tarif réduit** pour les adhérents des associations partenaires.""",
        "online_ok": False,
        "temps_fort": None,
    },
    {
        "type": "projection-cine-debat",
        "themes": ["alimentation-et-circuits-courts"],
        "publics": ["grand-public", "elus-et-collectivites"],
        "title": "Ciné-débat\u00a0: paysans d’aujourd’hui, circuits de demain",
        "summary": "Un documentaire sur de jeunes paysans qui s’installent en circuit court, suivi d’un échange avec des producteurs du territoire.",
        "description": """Ils ont moins de trente-cinq ans, ne sont pas forcément enfants d’agriculteurs et ont choisi de s’installer pour nourrir leur territoire. Le documentaire projeté ce soir suit le quotidien de quatre d’entre eux.

Vente directe, magasins de producteurs, approvisionnement des cantines\u00a0: le film montre les réussites mais aussi les difficultés de ces modèles, entre charge de travail et accès au foncier.

Après la projection, un débat réunira des producteurs locaux, une association qui aide à l’installation et un élu chargé de l’alimentation. **Comment les collectivités peuvent-elles soutenir l’installation\u202f?**

La soirée se prolonge avec un buffet de produits locaux. Organisation\u00a0: {organisation}.""",
        "online_ok": False,
        "temps_fort": None,
    },
    {
        "type": "projection-cine-debat",
        "themes": ["economie-circulaire-et-reemploi", "commerce-equitable-et-international"],
        "publics": ["jeunes", "etudiants"],
        "title": "Projection-débat\u00a0: la mode jetable en questions",
        "summary": "Un documentaire sur les coulisses de l’industrie textile, suivi d’un débat sur les alternatives\u00a0: seconde main, réparation, mode éthique.",
        "description": """Nous achetons bien plus de vêtements qu’il y a vingt ans, et nous les gardons moins longtemps. Derrière ces chiffres, des conditions de travail souvent difficiles et des montagnes de déchets textiles.

Le documentaire projeté remonte la chaîne de fabrication d’un tee-shirt, des champs de coton aux friperies d’Afrique de l’Ouest où finissent nos vêtements usagés.

Le débat qui suit, animé par {organisation}, donnera la parole à\u00a0:

- une créatrice de mode éthique\u202f;
- un salarié d’une structure de collecte et de tri textile\u202f;
- une association de solidarité internationale.

Un **troc de vêtements** est organisé avant la séance\u00a0: apportez une ou deux pièces en bon état\u202f! Séance proposée pendant la Semaine européenne de la réduction des déchets.""",
        "online_ok": False,
        "temps_fort": "semaine-europeenne-de-la-reduction-des-dechets",
    },
    {
        "type": "projection-cine-debat",
        "themes": ["sante-action-sociale-et-solidarites", "egalite-femmes-hommes-et-diversite"],
        "publics": ["grand-public"],
        "title": "Ciné-débat\u00a0: terres d’accueil, histoires d’hospitalité",
        "summary": "Un film sur l’accueil de personnes exilées dans un village, suivi d’une rencontre avec des bénévoles et des personnes accueillies.",
        "description": """Dans un village de moyenne montagne, des habitants ont décidé d’accueillir plusieurs familles venues de loin. Le documentaire retrace cette aventure humaine, ses maladresses, ses amitiés et ses questions.

Dans le cadre du Festival des solidarités, la projection sera suivie d’un échange avec des bénévoles d’associations d’accueil, une travailleuse sociale et des personnes accueillies qui témoigneront de leur parcours.

Ensemble, nous parlerons de ce que signifie **accueillir dignement**\u00a0: logement, apprentissage du français, accès à l’emploi, liens avec le voisinage.

La soirée se terminera par un repas partagé\u00a0: chacun peut apporter un plat à faire goûter. Une soirée proposée par {organisation}.""",
        "online_ok": False,
        "temps_fort": "festival-des-solidarites",
    },
    {
        "type": "projection-cine-debat",
        "themes": ["egalite-femmes-hommes-et-diversite"],
        "publics": ["grand-public", "etudiants"],
        "title": "Courts métrages\u00a0: portraits de femmes qui font l’ESS",
        "summary": "Une sélection de courts métrages documentaires sur des femmes engagées dans l’ESS, suivie d’une rencontre avec deux d’entre elles.",
        "description": """Agricultrice en coopérative, fondatrice d’une entreprise d’insertion, présidente de mutuelle, directrice de centre social\u00a0: cinq courts métrages dressent le portrait de femmes qui font vivre l’économie sociale et solidaire au quotidien.

Tournés par des étudiants en audiovisuel, ces films d’une dizaine de minutes chacun donnent à voir des parcours singuliers, des engagements et des doutes.

Après la projection, deux des protagonistes seront présentes pour échanger avec le public sur\u00a0:

- l’accès des femmes aux responsabilités\u202f;
- la conciliation entre engagement et vie personnelle\u202f;
- les réseaux qui les ont aidées.

Séance gratuite proposée par {organisation}. Les films sont sous-titrés pour les personnes sourdes et malentendantes.""",
        "online_ok": True,
        "temps_fort": None,
    },
    {
        "type": "projection-cine-debat",
        "themes": ["education-jeunesse-et-formation", "culture-sport-et-loisirs"],
        "publics": ["familles", "scolaires"],
        "title": "Ciné-goûter\u00a0: le partage, ça s’anime\u202f!",
        "summary": "Un programme de courts films d’animation sur l’entraide et le partage, suivi d’une discussion avec les enfants et d’un goûter.",
        "description": """Un petit écureuil qui partage ses provisions, des fourmis qui construisent un pont ensemble, une cabane qui s’agrandit à chaque nouvel arrivant\u00a0: ce programme de courts films d’animation parle d’entraide avec poésie et humour.

Après la projection de quarante-cinq minutes, une animatrice proposera aux enfants de partager leurs impressions et de réfléchir ensemble\u00a0: **qu’est-ce que coopérer\u202f?** Pourquoi est-ce parfois difficile de partager\u202f?

La séance se termine par un goûter préparé avec des produits locaux et équitables.

Recommandé à partir de 4\u00a0ans. Des séances sont réservées aux écoles en matinée. Une séance proposée par {organisation} pour le Mois de l’ESS.""",
        "online_ok": False,
        "temps_fort": None,
    },
    {
        "type": "projection-cine-debat",
        "themes": ["habitat-mobilites-et-territoires"],
        "publics": ["grand-public", "elus-et-collectivites"],
        "title": "Projection-débat\u00a0: l’habitat léger, solution ou illusion\u202f?",
        "summary": "Yourtes, tiny houses, roulottes\u00a0: un documentaire et un débat sur l’habitat léger face à la crise du logement.",
        "description": """Face à la hausse des prix de l’immobilier, de plus en plus de personnes choisissent de vivre dans une yourte, une maison mobile ou une roulotte. Choix de vie ou solution par défaut\u202f? Et quelle place ces habitats trouvent-ils dans nos communes\u202f?

Le documentaire projeté donne la parole à des habitants, des maires et des urbanistes qui portent des regards différents sur le sujet.

Le débat qui suivra réunira une association d’accompagnement des projets d’habitat léger, une juriste en urbanisme et un élu rural. Il sera question des règles d’urbanisme, de l’accès aux réseaux, mais aussi de **la place de ces habitants dans la vie locale**.

Une soirée organisée par {organisation}.""",
        "online_ok": False,
        "temps_fort": None,
    },
    # --- exposition ---------------------------------------------------------
    {
        "type": "exposition",
        "themes": ["emploi-insertion-et-inclusion", "culture-sport-et-loisirs"],
        "publics": ["grand-public"],
        "title": "Exposition photo\u00a0: visages de l’ESS",
        "summary": "Trente portraits de femmes et d’hommes qui travaillent dans l’ESS, accompagnés de leurs mots sur leur métier et leur engagement.",
        "description": """Ils sont maraîcher en insertion, aide à domicile, directrice de coopérative, bénévole dans une épicerie solidaire. Pendant un an, une photographe a partagé leur quotidien de travail.

L’exposition présente trente portraits en grand format, accompagnés de courts textes où chacun raconte son métier, ce qui le fait tenir et ce qu’il attend de l’avenir. Une plongée sensible dans la réalité de l’économie sociale et solidaire, loin des chiffres et des discours.

**Visite commentée** par la photographe le samedi après-midi. Un livret de visite est disponible pour les groupes et les classes.

Exposition proposée par {organisation}, visible tout au long du mois aux horaires d’ouverture du lieu. Entrée libre.""",
        "online_ok": False,
        "temps_fort": None,
    },
    {
        "type": "exposition",
        "themes": ["economie-circulaire-et-reemploi"],
        "publics": ["grand-public", "scolaires"],
        "title": "Objets réparés, objets racontés",
        "summary": "Une exposition d’objets sauvés de la poubelle par des réparateurs bénévoles, et les histoires de ceux à qui ils appartiennent.",
        "description": """Un poste de radio des années soixante, une poupée recousue, un vélo d’enfant transmis sur trois générations\u00a0: chaque objet exposé a été réparé lors d’un atelier de réparation, et chacun a une histoire.

Cette exposition réunit une quarantaine d’objets accompagnés du récit de leur propriétaire et des explications des réparateurs\u00a0: la panne, la solution trouvée, les outils utilisés. Une manière originale de parler de **réemploi, de transmission et d’attachement** aux objets.

Des panneaux pédagogiques présentent aussi les chiffres des déchets et les gestes qui permettent de les réduire.

Exposition proposée par {organisation} pendant la Semaine européenne de la réduction des déchets. Visites de classes sur réservation, avec un atelier de démontage.""",
        "online_ok": False,
        "temps_fort": "semaine-europeenne-de-la-reduction-des-dechets",
    },
    {
        "type": "exposition",
        "themes": ["commerce-equitable-et-international"],
        "publics": ["scolaires", "grand-public"],
        "title": "De la graine à la tasse\u00a0: exposition sur le commerce équitable",
        "summary": "Une exposition interactive pour suivre le voyage du cacao et du café, et comprendre ce que change le commerce équitable.",
        "description": """Comment pousse le cacao\u202f? Combien de mains touchent un grain de café avant qu’il n’arrive dans notre tasse\u202f? Cette exposition itinérante invite petits et grands à suivre le voyage de ces produits du quotidien.

Le parcours, composé de dix panneaux illustrés et de jeux interactifs, présente\u00a0:

- la vie des producteurs et de leurs coopératives\u202f;
- la formation des prix et leur répartition\u202f;
- les principes et les labels du commerce équitable\u202f;
- les gestes possibles en tant que consommateur.

Dans le cadre du Festival des solidarités, **des visites animées** sont proposées aux classes de cycle 3 et aux collégiens, suivies d’une dégustation.

Exposition prêtée par {organisation}. Entrée libre aux horaires d’ouverture.""",
        "online_ok": False,
        "temps_fort": "festival-des-solidarites",
    },
    {
        "type": "exposition",
        "themes": ["sante-action-sociale-et-solidarites", "gouvernance-et-vie-associative"],
        "publics": ["grand-public", "seniors"],
        "title": "Une histoire de l’entraide\u00a0: exposition sur les mutuelles",
        "summary": "Des sociétés de secours mutuel du XIXe siècle aux mutuelles d’aujourd’hui, une exposition sur l’histoire de la protection sociale solidaire.",
        "description": """Bien avant la Sécurité sociale, des ouvriers, des artisans et des paysans se sont regroupés pour s’entraider face à la maladie, aux accidents et à la vieillesse. Ces sociétés de secours mutuel sont les ancêtres de nos mutuelles.

À travers des documents d’archives, des affiches, des objets et des témoignages, cette exposition retrace près de deux siècles d’histoire de l’entraide. Elle interroge aussi les défis d’aujourd’hui\u00a0: accès aux soins, vieillissement, santé mentale.

Un **espace souvenirs** invite les visiteurs à partager leur propre histoire de solidarité.

Exposition conçue par {organisation}, à partir de fonds d’archives locaux. Visite guidée le mercredi à 15\u00a0heures.""",
        "online_ok": False,
        "temps_fort": None,
    },
    {
        "type": "exposition",
        "themes": ["egalite-femmes-hommes-et-diversite"],
        "publics": ["grand-public", "scolaires"],
        "title": "Exposition «\u00a0Elles font l’ESS\u00a0»",
        "summary": "Une exposition pour découvrir des femmes pionnières et contemporaines de l’économie sociale et solidaire, et déconstruire les stéréotypes.",
        "description": """Fondatrices de coopératives ouvrières, militantes mutualistes, créatrices d’associations d’éducation populaire\u00a0: l’histoire de l’économie sociale compte de nombreuses femmes, souvent oubliées.

Cette exposition met en lumière une vingtaine de figures, d’hier et d’aujourd’hui, connues ou anonymes. Chaque panneau associe un portrait, un récit et une question pour faire réfléchir.

Un second espace aborde les inégalités qui persistent dans l’ESS\u00a0:

- la place des femmes dans les instances dirigeantes\u202f;
- les écarts de rémunération\u202f;
- la mixité des métiers.

**Livret pédagogique** disponible pour les enseignants. Exposition proposée par {organisation}, entrée libre.""",
        "online_ok": False,
        "temps_fort": None,
    },
    {
        "type": "exposition",
        "themes": ["culture-sport-et-loisirs", "sante-action-sociale-et-solidarites"],
        "publics": ["grand-public", "familles"],
        "title": "Regards singuliers\u00a0: œuvres d’artistes en situation de handicap",
        "summary": "Peintures, sculptures et installations créées dans des ateliers artistiques accueillant des personnes en situation de handicap.",
        "description": """Depuis plusieurs années, des ateliers d’arts plastiques accueillent chaque semaine des adultes en situation de handicap mental ou psychique. Les œuvres qui y naissent surprennent par leur liberté, leurs couleurs et leur force.

Cette exposition présente une soixantaine de peintures, sculptures et installations réalisées par une quinzaine d’artistes. Elle invite à **changer de regard** sur le handicap et à reconnaître ces créateurs comme des artistes à part entière.

Le vernissage aura lieu en présence des artistes et des animatrices d’atelier. Un atelier de peinture ouvert aux familles est proposé le dimanche après-midi.

Le lieu d’exposition est entièrement accessible. Proposée par {organisation}.""",
        "online_ok": False,
        "temps_fort": None,
    },
    {
        "type": "exposition",
        "themes": ["transition-ecologique", "education-jeunesse-et-formation"],
        "publics": ["jeunes", "demandeurs-demploi"],
        "title": "Exposition\u00a0: les métiers verts de demain",
        "summary": "Découvrez en images les métiers de la transition écologique qui recrutent, et les formations pour y accéder.",
        "description": """Rénovation énergétique, réemploi, agriculture biologique, mobilités douces, gestion de l’eau\u00a0: la transition écologique crée des emplois, et beaucoup sont portés par des structures de l’ESS.

Cette exposition présente vingt métiers à travers des photographies et des fiches pratiques\u00a0: missions, compétences requises, formations, niveau de rémunération. Un **coin orientation** permet de faire le point sur son projet avec une conseillère, sur rendez-vous.

Elle s’adresse aux jeunes en recherche d’orientation comme aux adultes en reconversion.

Exposition proposée par {organisation}. Des visites commentées sont organisées pour les groupes accompagnés par les missions locales et les structures d’insertion.""",
        "online_ok": False,
        "temps_fort": None,
    },
    # --- spectacle-concert --------------------------------------------------
    {
        "type": "spectacle-concert",
        "themes": ["culture-sport-et-loisirs", "sante-action-sociale-et-solidarites"],
        "publics": ["grand-public", "familles"],
        "title": "Concert solidaire au profit de l’épicerie sociale",
        "summary": "Trois groupes locaux montent sur scène pour soutenir l’épicerie sociale. Entrée à prix libre, buvette et petite restauration.",
        "description": """Rock, chanson française et musiques du monde\u00a0: trois groupes du territoire se succèdent sur scène le temps d’une soirée festive et solidaire.

**L’intégralité des recettes** sera reversée à l’épicerie sociale, qui permet chaque semaine à près de deux cents familles de faire leurs courses à prix réduit tout en choisissant leurs produits.

Entre deux concerts, les bénévoles de l’épicerie présenteront leur action et les façons de les rejoindre. Une collecte de produits d’hygiène est organisée à l’entrée\u00a0: n’hésitez pas à apporter un savon, un dentifrice ou un paquet de couches.

Buvette et petite restauration préparées par un traiteur d’insertion. Soirée organisée par {organisation}.""",
        "online_ok": False,
        "temps_fort": None,
    },
    {
        "type": "spectacle-concert",
        "themes": ["egalite-femmes-hommes-et-diversite", "emploi-insertion-et-inclusion"],
        "publics": ["grand-public", "professionnels"],
        "title": "Théâtre-forum\u00a0: au travail, toutes et tous égaux\u202f?",
        "summary": "Des scènes courtes sur les discriminations au travail, rejouées avec le public pour chercher ensemble des solutions.",
        "description": """Une candidate à qui l’on demande si elle compte avoir des enfants, un collègue que l’on n’invite jamais aux réunions importantes, une blague qui met mal à l’aise\u00a0: les comédiens jouent de courtes scènes inspirées de situations réelles.

Puis la scène est rejouée, et **le public peut intervenir**\u00a0: monter sur scène, remplacer un personnage, essayer une autre réaction. Le théâtre-forum permet de chercher ensemble des réponses concrètes aux discriminations et au sexisme ordinaire.

Aucune obligation de participer\u00a0: on peut aussi simplement regarder et réfléchir.

Spectacle d’une heure trente, suivi d’un échange avec la compagnie. Organisé par {organisation}, avec le soutien d’une mutuelle partenaire.""",
        "online_ok": False,
        "temps_fort": None,
    },
    {
        "type": "spectacle-concert",
        "themes": ["transition-ecologique", "education-jeunesse-et-formation"],
        "publics": ["familles", "scolaires"],
        "title": "Spectacle jeune public\u00a0: la planète au bout du fil",
        "summary": "Marionnettes, chansons et objets recyclés\u00a0: un spectacle tendre et drôle pour parler d’écologie aux enfants dès 5\u00a0ans.",
        "description": """Lulu la marionnette vit dans une maison faite de bouteilles, de boîtes de conserve et de vieux tissus. Un jour, elle reçoit un drôle d’appel\u00a0: la planète au bout du fil lui demande de l’aide\u202f!

Avec des marionnettes fabriquées à partir d’objets récupérés, des chansons à reprendre en chœur et beaucoup d’humour, ce spectacle aborde avec les enfants la question des déchets, de l’eau et du vivant.

À l’issue de la représentation, les comédiens proposent un **petit atelier de fabrication** de marionnettes à partir de matériaux de récupération.

Durée\u00a0: cinquante minutes. Dès 5\u00a0ans. Séances scolaires en semaine, séance familiale le samedi. Proposé par {organisation}.""",
        "online_ok": False,
        "temps_fort": None,
    },
    {
        "type": "spectacle-concert",
        "themes": ["culture-sport-et-loisirs", "gouvernance-et-vie-associative"],
        "publics": ["grand-public", "seniors"],
        "title": "Grand bal folk coopératif",
        "summary": "Un bal folk ouvert à tous, avec initiation aux danses pour les débutants, musiciens amateurs et buvette associative.",
        "description": """Cercle circassien, chapelloise, scottish\u00a0: pas besoin de savoir danser pour passer une belle soirée\u202f! Le bal commence par **une heure d’initiation** pour apprendre les pas de base, puis les musiciens prennent le relais jusqu’au bout de la nuit.

Ce bal est entièrement organisé par des bénévoles, de la décoration à la buvette en passant par la sonorisation. Les musiciens amateurs qui le souhaitent peuvent rejoindre la scène ouverte en fin de soirée.

Une occasion de se retrouver entre générations, de découvrir la vie associative locale et de passer un moment chaleureux en plein mois de novembre.

Buvette et crêpes sur place. Bal organisé par {organisation}.""",
        "online_ok": False,
        "temps_fort": None,
    },
    {
        "type": "spectacle-concert",
        "themes": ["commerce-equitable-et-international", "education-jeunesse-et-formation"],
        "publics": ["familles", "scolaires"],
        "title": "Conte musical\u00a0: voyage au pays du cacao",
        "summary": "Un conte en musique qui suit une fève de cacao de la forêt à la tablette, pour parler de commerce équitable aux enfants.",
        "description": """Il était une fois une petite fève de cacao qui rêvait de voir le monde. De la forêt où elle a poussé jusqu’à la tablette de chocolat, elle va rencontrer des cueilleuses, des négociants pressés et une coopérative qui va tout changer.

Accompagnée d’un musicien aux percussions et à la kora, la conteuse emmène les enfants dans un voyage plein de rebondissements qui leur fait découvrir, sans leçon de morale, ce qu’est **un échange juste**.

Le spectacle est suivi d’une dégustation de chocolat équitable et d’un temps d’échange avec les enfants.

Durée\u00a0: quarante-cinq minutes, à partir de 6\u00a0ans. Dans le cadre du Festival des solidarités, avec {organisation}.""",
        "online_ok": False,
        "temps_fort": "festival-des-solidarites",
    },
    {
        "type": "spectacle-concert",
        "themes": ["culture-sport-et-loisirs", "education-jeunesse-et-formation"],
        "publics": ["jeunes"],
        "title": "Scène ouverte\u00a0: les jeunes chantent la solidarité",
        "summary": "Des jeunes des ateliers musique du territoire présentent leurs chansons, écrites pendant l’année sur le thème de la solidarité.",
        "description": """Depuis la rentrée, une trentaine de jeunes de 12 à 20\u00a0ans ont écrit, composé et répété leurs propres morceaux dans les ateliers musique des maisons de quartier. Rap, chanson, pop, reggae\u00a0: tous les styles sont au rendez-vous.

Le fil rouge de cette année\u00a0: **la solidarité**. Entraide entre voisins, amitié, accueil des autres, engagement\u00a0: les jeunes ont mis en mots et en musique ce que ce thème leur inspire.

La soirée est aussi ouverte aux jeunes musiciens qui veulent tenter leur chance\u00a0: inscriptions sur place dans la limite des créneaux disponibles.

Entrée libre. Soirée coordonnée par {organisation} avec les animateurs jeunesse du territoire.""",
        "online_ok": False,
        "temps_fort": None,
    },
    {
        "type": "spectacle-concert",
        "themes": ["culture-sport-et-loisirs"],
        "publics": ["jeunes", "etudiants"],
        "title": "Soirée slam\u00a0: dire l’économie autrement",
        "summary": "Des slameuses et slameurs s’emparent des mots de l’ESS pour une soirée poétique, engagée et ouverte à toutes les voix.",
        "description": """Coopérer, partager, s’associer, réparer\u00a0: et si les mots de l’économie sociale et solidaire devenaient matière à poésie\u202f?

Trois slameurs professionnels ont animé pendant un mois des ateliers d’écriture avec des étudiants, des salariés en insertion et des bénévoles. Ce soir, ils présentent ensemble le fruit de ce travail, entre textes intimes, coups de gueule et déclarations d’amour au collectif.

La seconde partie de soirée est **une scène ouverte**\u00a0: chacun peut venir dire un texte de trois minutes maximum, sans accompagnement musical.

Ambiance bienveillante garantie. Entrée libre, buvette associative. Une soirée proposée par {organisation}.""",
        "online_ok": False,
        "temps_fort": None,
    },
    # --- rencontre-professionnelle -------------------------------------------
    {
        "type": "rencontre-professionnelle",
        "themes": ["entrepreneuriat-et-cooperation"],
        "publics": ["acheteurs-publics-et-prives", "professionnels"],
        "title": "Rendez-vous d’affaires entre acheteurs et entreprises de l’ESS",
        "summary": "Des rendez-vous de vingt minutes, programmés à l’avance, pour mettre en relation acheteurs et fournisseurs de l’ESS.",
        "description": """Vous êtes acheteur et cherchez des fournisseurs engagés\u202f? Vous dirigez une entreprise de l’ESS et souhaitez développer vos marchés\u202f? Ces rendez-vous d’affaires sont faits pour vous.

Le principe est simple\u00a0: chaque participant indique ses besoins ou ses offres lors de l’inscription, puis reçoit un **planning personnalisé de rendez-vous** de vingt minutes avec des interlocuteurs choisis.

Secteurs représentés\u00a0: restauration et traiteur, nettoyage, espaces verts, logistique, impression, informatique reconditionnée, recyclage, événementiel.

La matinée débute par une courte présentation des leviers juridiques de l’achat responsable et se conclut par un déjeuner de réseautage.

Une rencontre proposée par {organisation} pendant la Semaine des achats responsables. **Inscription obligatoire** avant la date limite indiquée.""",
        "online_ok": False,
        "temps_fort": "semaine-des-achats-responsables",
    },
    {
        "type": "rencontre-professionnelle",
        "themes": ["gouvernance-et-vie-associative", "entrepreneuriat-et-cooperation"],
        "publics": ["professionnels"],
        "title": "Petit-déjeuner des dirigeantes et dirigeants de l’ESS",
        "summary": "Un moment d’échange entre pairs pour les dirigeants salariés et bénévoles des structures de l’ESS du territoire.",
        "description": """Diriger une association, une coopérative ou une mutuelle, c’est souvent affronter seul des questions complexes\u00a0: recrutement, modèle économique, relations avec les administrateurs, transition écologique.

Ce petit-déjeuner propose un temps d’échange entre pairs, en toute confidentialité. Après un tour de table, les participants choisissent ensemble deux ou trois sujets d’actualité à approfondir en petits groupes.

Cette édition accordera une place particulière à **la fidélisation des salariés**, sujet qui préoccupe de nombreuses structures.

Café, thé et viennoiseries de la boulangerie d’insertion voisine. Rencontre animée par {organisation}, réservée aux dirigeants et dirigeantes de structures de l’ESS.""",
        "online_ok": False,
        "temps_fort": None,
    },
    {
        "type": "rencontre-professionnelle",
        "themes": ["habitat-mobilites-et-territoires", "gouvernance-et-vie-associative"],
        "publics": ["elus-et-collectivites", "professionnels"],
        "title": "Élus et acteurs de l’ESS\u00a0: coopérer pour le territoire",
        "summary": "Une rencontre pour que collectivités et structures de l’ESS se connaissent mieux et construisent ensemble des projets utiles au territoire.",
        "description": """Les collectivités et les structures de l’ESS partagent souvent les mêmes objectifs\u00a0: emploi local, cohésion sociale, transition écologique. Pourtant, elles se connaissent parfois mal et travaillent trop peu ensemble.

Cette rencontre propose de dépasser la seule logique de subvention pour explorer d’autres formes de coopération\u00a0:

- la Scic, qui permet à une collectivité d’être sociétaire d’une entreprise\u202f;
- les conventions pluriannuelles d’objectifs\u202f;
- la co-construction des politiques publiques\u202f;
- la mise à disposition de locaux et de foncier.

Des binômes élu-structure présenteront des projets réussis. Des tables thématiques permettront ensuite d’échanger sur vos propres projets.

Organisation\u00a0: {organisation}.""",
        "online_ok": True,
        "temps_fort": None,
    },
    {
        "type": "rencontre-professionnelle",
        "themes": ["finance-solidaire", "entrepreneuriat-et-cooperation"],
        "publics": ["porteurs-de-projet", "professionnels"],
        "title": "Speed-meeting\u00a0: financeurs solidaires et porteurs de projet",
        "summary": "Présentez votre projet en quelques minutes à des financeurs solidaires\u00a0: prêts, garanties, investissement citoyen, subventions.",
        "description": """Vous portez un projet d’entreprise sociale, de coopérative ou d’association employeuse et vous cherchez à le financer\u202f? Pendant la Semaine de la finance solidaire, {organisation} vous propose de rencontrer en une soirée l’ensemble des financeurs solidaires du territoire.

Chaque porteur de projet dispose de **sept minutes par financeur** pour présenter son activité et ses besoins. Les financeurs, de leur côté, présentent leurs outils\u00a0:

- prêts d’honneur et prêts solidaires\u202f;
- garanties bancaires\u202f;
- investissement en fonds propres\u202f;
- financement participatif.

Un atelier de préparation du pitch est proposé en amont aux porteurs inscrits.

Places limitées pour les porteurs de projet, sélection sur dossier court.""",
        "online_ok": False,
        "temps_fort": "semaine-de-la-finance-solidaire",
    },
    {
        "type": "rencontre-professionnelle",
        "themes": ["tourisme-social-et-solidaire"],
        "publics": ["professionnels", "elus-et-collectivites"],
        "title": "Rencontre régionale des acteurs du tourisme social et solidaire",
        "summary": "Gestionnaires de villages vacances, associations d’aide au départ et collectivités échangent sur l’avenir du tourisme pour tous.",
        "description": """Rénovation des centres de vacances, difficultés de recrutement saisonnier, évolution des attentes des vacanciers, adaptation au changement climatique\u00a0: le tourisme social et solidaire fait face à de nombreux défis.

Cette rencontre professionnelle réunira gestionnaires d’hébergements associatifs, associations d’aide au départ, comités d’entreprise, collectivités et offices de tourisme.

Au programme de la journée\u00a0:

- une intervention sur les tendances du tourisme de proximité\u202f;
- trois ateliers au choix\u00a0: rénovation énergétique, emploi saisonnier, accueil des publics fragiles\u202f;
- une visite d’un centre de vacances récemment rénové.

Rencontre organisée par {organisation}. Déjeuner sur place préparé avec des produits locaux.""",
        "online_ok": False,
        "temps_fort": None,
    },
    {
        "type": "rencontre-professionnelle",
        "themes": ["numerique-et-communs"],
        "publics": ["professionnels"],
        "title": "Numérique responsable\u00a0: rencontre des structures de l’ESS",
        "summary": "Sobriété, accessibilité, données personnelles\u00a0: des structures de l’ESS partagent leurs pratiques pour un numérique plus responsable.",
        "description": """Le numérique occupe une place croissante dans le quotidien des structures de l’ESS. Comment concilier efficacité, respect des données personnelles, accessibilité et sobriété environnementale\u202f?

Cette rencontre professionnelle réunit responsables informatiques, chargés de communication et dirigeants pour échanger sur leurs pratiques. Plusieurs retours d’expérience seront présentés\u00a0:

- une association qui a migré vers des outils libres\u202f;
- une mutuelle qui a rendu son site accessible\u202f;
- une coopérative qui allonge la durée de vie de son parc informatique.

La rencontre se poursuit par des **ateliers d’entraide** où chacun peut présenter une difficulté et bénéficier des conseils du groupe.

Proposée par {organisation}.""",
        "online_ok": True,
        "temps_fort": None,
    },
    {
        "type": "rencontre-professionnelle",
        "themes": ["emploi-insertion-et-inclusion"],
        "publics": ["professionnels", "acheteurs-publics-et-prives"],
        "title": "Club des employeurs inclusifs\u00a0: recruter autrement",
        "summary": "Entreprises classiques et structures d’insertion échangent sur leurs pratiques de recrutement inclusif et les passerelles vers l’emploi durable.",
        "description": """De nombreuses entreprises peinent à recruter, tandis que des personnes motivées restent éloignées de l’emploi. Les structures d’insertion par l’activité économique accompagnent chaque année des milliers de salariés vers l’emploi durable\u00a0: comment mieux les relier aux entreprises du territoire\u202f?

Cette rencontre réunit chefs d’entreprise, responsables des ressources humaines et directeurs de structures d’insertion autour de témoignages concrets\u00a0:

- recrutement sans CV et mises en situation professionnelle\u202f;
- tutorat et intégration des nouveaux salariés\u202f;
- partenariats de sous-traitance et de mise à disposition.

La soirée se prolonge par un temps convivial. Proposée par {organisation}.""",
        "online_ok": False,
        "temps_fort": None,
    },
    # --- emploi-job-dating --------------------------------------------------
    {
        "type": "emploi-job-dating",
        "themes": ["emploi-insertion-et-inclusion"],
        "publics": ["demandeurs-demploi", "jeunes"],
        "title": "Job dating de l’ESS\u00a0: des emplois qui ont du sens",
        "summary": "Une vingtaine de structures de l’ESS recrutent\u00a0: CDI, CDD, alternance, service civique. Venez avec votre CV et votre motivation.",
        "description": """Associations, coopératives, mutuelles et entreprises solidaires recrutent dans de nombreux métiers\u00a0: accompagnement social, animation, logistique, administration, restauration, soin, maraîchage.

Pendant ce job dating, vous pourrez rencontrer directement les recruteurs lors d’**entretiens courts de dix minutes**, sans rendez-vous. Plus de soixante postes sont à pourvoir, avec ou sans diplôme.

Avant les entretiens, un espace conseil vous aide à préparer votre présentation et à mettre à jour votre CV. Une imprimante est à disposition.

Pensez à apporter plusieurs exemplaires de votre CV. L’événement est organisé par {organisation}, en partenariat avec le service public de l’emploi et la mission locale.""",
        "online_ok": False,
        "temps_fort": None,
    },
    {
        "type": "emploi-job-dating",
        "themes": ["sante-action-sociale-et-solidarites", "emploi-insertion-et-inclusion"],
        "publics": ["demandeurs-demploi"],
        "title": "Job dating de l’aide à domicile et du soin",
        "summary": "Les services d’aide à domicile et les établissements médico-sociaux associatifs recrutent, avec ou sans expérience.",
        "description": """Aider une personne âgée à rester chez elle, accompagner un adulte en situation de handicap, soutenir une famille\u00a0: les métiers de l’aide et du soin sont essentiels et recrutent toute l’année.

Les associations d’aide à domicile, les établissements pour personnes âgées et les services d’accompagnement du territoire vous donnent rendez-vous pour des entretiens directs. Postes proposés\u00a0:

- aides à domicile et auxiliaires de vie\u202f;
- aides-soignants et accompagnants éducatifs et sociaux\u202f;
- agents de service et maîtresses de maison.

**Les débutants sont les bienvenus**\u00a0: plusieurs employeurs proposent une formation qualifiante après l’embauche. Des informations sur la validation des acquis de l’expérience seront données sur place.

Organisation\u00a0: {organisation}.""",
        "online_ok": False,
        "temps_fort": None,
    },
    {
        "type": "emploi-job-dating",
        "themes": ["emploi-insertion-et-inclusion"],
        "publics": ["demandeurs-demploi"],
        "title": "Les structures d’insertion recrutent\u00a0: matinée portes ouvertes et entretiens",
        "summary": "Chantiers d’insertion, entreprises d’insertion et associations intermédiaires présentent leurs postes et reçoivent les candidats.",
        "description": """Vous êtes éloigné de l’emploi depuis un moment et souhaitez reprendre pied\u202f? Les structures d’insertion par l’activité économique proposent un contrat de travail et un accompagnement personnalisé pour construire votre projet professionnel.

Pendant cette matinée, une dizaine de structures présenteront leurs activités et leurs postes\u00a0: espaces verts, bâtiment, recyclerie, restauration, entretien de locaux, maraîchage.

Des **entretiens sur place** sont possibles. Les conseillers en insertion expliqueront le fonctionnement des parcours et les conditions d’accès.

Aucune expérience n’est demandée, seulement l’envie de s’investir. Un accueil café est prévu dès l’ouverture. Événement coordonné par {organisation}.""",
        "online_ok": False,
        "temps_fort": None,
    },
    {
        "type": "emploi-job-dating",
        "themes": ["tourisme-social-et-solidaire", "emploi-insertion-et-inclusion"],
        "publics": ["jeunes", "etudiants"],
        "title": "Job dating des saisonniers du tourisme social",
        "summary": "Animateurs, cuisiniers, agents d’accueil\u00a0: les villages vacances associatifs recrutent leurs équipes pour les prochaines saisons.",
        "description": """Vous cherchez un emploi saisonnier qui vous ressemble\u202f? Les villages vacances et centres de vacances associatifs recrutent dès maintenant pour l’hiver et l’été prochains.

Postes proposés\u00a0: animateurs enfants et adultes, agents d’accueil, cuisiniers et commis, agents d’entretien, maîtres-nageurs, moniteurs d’activités de pleine nature.

Au-delà du salaire, le tourisme social offre **une expérience humaine forte**\u00a0: travail en équipe, rencontre avec des publics variés, logement souvent fourni.

Les recruteurs reçoivent sans rendez-vous. Les étudiants en recherche d’un job pour financer leurs études sont particulièrement attendus. Organisation\u00a0: {organisation}.""",
        "online_ok": False,
        "temps_fort": None,
    },
    {
        "type": "emploi-job-dating",
        "themes": ["education-jeunesse-et-formation", "gouvernance-et-vie-associative"],
        "publics": ["jeunes"],
        "title": "Speed-dating du service civique",
        "summary": "Rencontrez en une après-midi une quinzaine d’associations qui proposent des missions de service civique de six à douze mois.",
        "description": """Tu as entre 16 et 25\u00a0ans (30\u00a0ans en situation de handicap) et tu veux t’engager dans une mission utile pendant quelques mois\u202f? Le service civique est fait pour toi.

Pendant cette après-midi, une quinzaine d’associations présenteront leurs missions\u00a0: accompagnement scolaire, sensibilisation à l’environnement, animation auprès de personnes âgées, sport, culture, solidarité internationale.

Le principe\u00a0: **cinq minutes par association** pour découvrir la mission et échanger avec le tuteur ou la tutrice. Tu repars avec les contacts des structures qui t’ont plu.

Aucun diplôme n’est demandé, seulement ta motivation. Une indemnité mensuelle est versée pendant toute la mission.

Organisé par {organisation}.""",
        "online_ok": False,
        "temps_fort": None,
    },
    {
        "type": "emploi-job-dating",
        "themes": ["culture-sport-et-loisirs", "emploi-insertion-et-inclusion"],
        "publics": ["jeunes", "demandeurs-demploi"],
        "title": "Job dating de l’animation et du sport associatif",
        "summary": "Centres de loisirs, clubs sportifs et maisons de quartier recrutent animateurs et éducateurs, avec ou sans diplôme.",
        "description": """Les associations d’éducation populaire, les centres sociaux et les clubs sportifs manquent d’animateurs et d’éducateurs. Vous aimez transmettre, organiser des activités, travailler avec les enfants ou les adolescents\u202f? Venez les rencontrer\u202f!

Postes à pourvoir\u00a0:

- animateurs périscolaires et de centres de loisirs\u202f;
- éducateurs sportifs\u202f;
- coordinateurs de projets jeunesse\u202f;
- contrats d’apprentissage vers les diplômes de l’animation.

Des organismes de formation présenteront aussi les parcours pour obtenir les brevets et diplômes professionnels de l’animation et du sport, parfois financés par l’employeur.

Entretiens sans rendez-vous. Organisation\u00a0: {organisation}.""",
        "online_ok": False,
        "temps_fort": None,
    },
    {
        "type": "emploi-job-dating",
        "themes": ["egalite-femmes-hommes-et-diversite", "emploi-insertion-et-inclusion"],
        "publics": ["demandeurs-demploi"],
        "title": "Elles recrutent, elles réparent\u00a0: job dating des métiers techniques",
        "summary": "Menuiserie, mécanique vélo, électricité, maraîchage\u00a0: des structures de l’ESS ouvrent leurs métiers techniques aux femmes.",
        "description": """Les métiers techniques restent très majoritairement masculins, alors qu’ils recrutent et offrent de réelles perspectives. Plusieurs structures de l’ESS ont décidé d’agir pour plus de mixité.

Ce job dating s’adresse en priorité aux femmes en recherche d’emploi ou en reconversion. Vous y rencontrerez\u00a0:

- des ateliers vélo et des garages solidaires\u202f;
- une menuiserie coopérative\u202f;
- des chantiers d’insertion du bâtiment\u202f;
- des fermes maraîchères.

Des professionnelles de ces métiers témoigneront de leur parcours. Des **ateliers de découverte** permettront de tester certains gestes sur place, sans engagement.

Garde d’enfants possible sur inscription préalable. Organisé par {organisation}.""",
        "online_ok": False,
        "temps_fort": None,
    },
    # --- collecte-braderie-solidaire ----------------------------------------
    {
        "type": "collecte-braderie-solidaire",
        "themes": ["economie-circulaire-et-reemploi"],
        "publics": ["grand-public", "familles"],
        "title": "Grande braderie solidaire de la ressourcerie",
        "summary": "Meubles, vaisselle, livres, vêtements, jouets\u00a0: des milliers d’objets de seconde main à petits prix, pour équiper la maison sans gaspiller.",
        "description": """Une fois par an, la ressourcerie vide ses réserves pour une grande braderie\u202f! Des milliers d’objets collectés et remis en état par les équipes vous attendent à prix cassés.

Vous trouverez notamment\u00a0:

- du mobilier et de la décoration\u202f;
- de la vaisselle et des ustensiles de cuisine\u202f;
- des livres, disques et jeux de société\u202f;
- des vêtements pour toute la famille\u202f;
- des jouets vérifiés et nettoyés.

Chaque achat soutient l’emploi des salariés en insertion de la ressourcerie et évite que des objets encore utiles ne finissent à la déchetterie.

**Pensez à apporter vos sacs et cabas.** Braderie organisée par {organisation} pendant la Semaine européenne de la réduction des déchets.""",
        "online_ok": False,
        "temps_fort": "semaine-europeenne-de-la-reduction-des-dechets",
    },
    {
        "type": "collecte-braderie-solidaire",
        "themes": ["economie-circulaire-et-reemploi", "sante-action-sociale-et-solidarites"],
        "publics": ["familles"],
        "title": "Collecte de jouets pour un Noël solidaire",
        "summary": "Donnez une seconde vie aux jouets en bon état\u00a0: ils seront nettoyés, vérifiés puis offerts à des familles accompagnées par les associations.",
        "description": """Vos enfants ont grandi et leurs jouets dorment au fond d’un placard\u202f? Offrez-leur une seconde vie\u202f!

Pendant toute la Semaine européenne de la réduction des déchets, {organisation} collecte les jouets, livres et jeux de société en bon état. Les bénévoles les nettoient, vérifient qu’ils sont complets, puis les redistribuent à des familles accompagnées par les associations de solidarité du territoire, à l’approche des fêtes.

**Ce que nous acceptons\u00a0:** jouets complets et propres, jeux de société, livres pour enfants, peluches en bon état.

**Ce que nous ne pouvons pas accepter\u00a0:** jouets cassés ou incomplets, jouets à piles sans leurs piles.

Les enfants sont invités à venir déposer eux-mêmes leurs dons\u00a0: un petit goûter les attend\u202f!""",
        "online_ok": False,
        "temps_fort": "semaine-europeenne-de-la-reduction-des-dechets",
    },
    {
        "type": "collecte-braderie-solidaire",
        "themes": ["economie-circulaire-et-reemploi"],
        "publics": ["etudiants", "jeunes"],
        "title": "Troc de vêtements étudiant\u00a0: vide ton placard, remplis ta garde-robe",
        "summary": "Déposez les vêtements que vous ne portez plus et repartez avec de nouvelles pièces, sans dépenser un centime.",
        "description": """Ta garde-robe déborde mais tu n’as «\u00a0rien à te mettre\u00a0»\u202f? Le troc est la solution la plus simple pour renouveler ses vêtements sans acheter neuf.

Le principe\u00a0: tu déposes jusqu’à dix pièces propres et en bon état, tu reçois autant de jetons, et tu choisis parmi les vêtements apportés par les autres participants. Ce qui n’est pas échangé en fin de journée est donné à une structure de tri textile solidaire.

Sur place, tu trouveras aussi\u00a0:

- un stand de retouches express\u202f;
- un atelier de customisation\u202f;
- des infos sur l’impact de la mode sur la planète.

Un événement organisé par {organisation} avec les associations étudiantes, dans le cadre de la Semaine européenne de la réduction des déchets.""",
        "online_ok": False,
        "temps_fort": "semaine-europeenne-de-la-reduction-des-dechets",
    },
    {
        "type": "collecte-braderie-solidaire",
        "themes": ["numerique-et-communs", "economie-circulaire-et-reemploi"],
        "publics": ["grand-public", "professionnels"],
        "title": "Collecte solidaire d’ordinateurs et de téléphones",
        "summary": "Vos anciens ordinateurs et téléphones peuvent équiper des familles et des associations. Données effacées en toute sécurité.",
        "description": """Un ordinateur portable qui prend la poussière, un vieux téléphone au fond d’un tiroir\u00a0: ces appareils contiennent des métaux rares et peuvent encore servir.

{organisation} organise une grande collecte de matériel informatique auprès des particuliers et des entreprises. Le matériel est ensuite\u00a0:

1. trié et testé\u202f;
2. **entièrement effacé** selon un protocole certifié\u202f;
3. reconditionné par des techniciens en insertion\u202f;
4. revendu à petit prix à des familles, des étudiants et des associations.

Le matériel irréparable est confié à une filière de recyclage agréée.

Matériel accepté\u00a0: ordinateurs fixes et portables, écrans, tablettes, smartphones, imprimantes. Les entreprises qui souhaitent donner un parc complet peuvent prendre contact pour un enlèvement sur site. Collecte organisée pendant la Semaine européenne de la réduction des déchets.""",
        "online_ok": False,
        "temps_fort": "semaine-europeenne-de-la-reduction-des-dechets",
    },
    {
        "type": "collecte-braderie-solidaire",
        "themes": ["alimentation-et-circuits-courts", "sante-action-sociale-et-solidarites"],
        "publics": ["grand-public"],
        "title": "Grande collecte alimentaire solidaire",
        "summary": "Aidez-nous à remplir les rayons de l’épicerie solidaire\u00a0: conserves, produits d’hygiène, denrées non périssables.",
        "description": """L’hiver approche et les besoins augmentent. Les bénévoles de l’épicerie solidaire seront présents à l’entrée de plusieurs commerces du territoire pour collecter des denrées alimentaires et des produits d’hygiène.

Produits les plus attendus\u00a0:

- conserves de légumes, de poisson et plats cuisinés\u202f;
- huile, sucre, café, farine\u202f;
- produits pour bébés\u202f;
- dentifrice, savon, protections périodiques.

Les dons seront redistribués aux familles accompagnées par l’épicerie, qui leur permet de faire leurs courses à prix réduit tout en bénéficiant d’un accompagnement.

**Vous avez deux heures à donner\u202f?** Rejoignez les équipes de bénévoles pour un créneau de collecte. Organisation\u00a0: {organisation}.""",
        "online_ok": False,
        "temps_fort": None,
    },
    {
        "type": "collecte-braderie-solidaire",
        "themes": ["education-jeunesse-et-formation", "culture-sport-et-loisirs"],
        "publics": ["grand-public", "seniors"],
        "title": "Braderie de livres au profit de l’alphabétisation",
        "summary": "Romans, livres jeunesse, bandes dessinées à partir de 50 centimes\u00a0: chaque achat finance des cours de français pour adultes.",
        "description": """Plusieurs milliers de livres vous attendent pour cette grande braderie annuelle\u00a0: romans, policiers, livres pour enfants, bandes dessinées, livres de cuisine, beaux livres.

Tous les livres ont été donnés par des particuliers et triés par les bénévoles. Les prix démarrent à 50 centimes.

**Les bénéfices financent intégralement** les ateliers d’alphabétisation et de français langue étrangère proposés toute l’année par l’association à des adultes qui souhaitent mieux lire et écrire, pour trouver un emploi ou accompagner la scolarité de leurs enfants.

Vous pouvez aussi déposer des livres en bon état pendant la braderie. Un coin lecture avec boissons chaudes vous accueille. Organisation\u00a0: {organisation}.""",
        "online_ok": False,
        "temps_fort": None,
    },
    {
        "type": "collecte-braderie-solidaire",
        "themes": ["habitat-mobilites-et-territoires", "economie-circulaire-et-reemploi"],
        "publics": ["grand-public"],
        "title": "Collecte de vélos\u00a0: remettons-les en selle\u202f!",
        "summary": "Un vélo qui dort dans votre garage\u202f? Donnez-le\u00a0: il sera réparé puis revendu à petit prix ou prêté à des personnes sans moyen de transport.",
        "description": """Des millions de vélos dorment dans les caves et les garages. Pourtant, pour de nombreuses personnes, un vélo en état de marche peut faire la différence pour se rendre au travail ou en formation.

Pendant cette journée de collecte, {organisation} récupère tous les vélos, même en mauvais état. Les mécaniciens de l’atelier solidaire les réparent ensuite avec des pièces de réemploi. Les vélos remis en état sont\u00a0:

- revendus à prix solidaire\u202f;
- prêtés à des personnes en parcours d’insertion\u202f;
- ou démontés pour fournir des pièces détachées.

Sur place, un **atelier de marquage contre le vol** et des conseils d’entretien sont proposés. Collecte organisée dans le cadre de la Semaine européenne de la réduction des déchets.""",
        "online_ok": False,
        "temps_fort": "semaine-europeenne-de-la-reduction-des-dechets",
    },
    # --- atelier-de-reparation ----------------------------------------------
    {
        "type": "atelier-de-reparation",
        "themes": ["economie-circulaire-et-reemploi"],
        "publics": ["grand-public", "seniors"],
        "title": "Café réparation\u00a0: ne jetez plus, réparez\u202f!",
        "summary": "Grille-pain, lampe, vêtement, vélo\u00a0: venez réparer vos objets avec l’aide de bénévoles bricoleurs, autour d’un café.",
        "description": """Votre grille-pain ne chauffe plus\u202f? Votre lampe de chevet clignote\u202f? Votre pantalon préféré est décousu\u202f? Avant de jeter, venez tenter la réparation\u202f!

Des bénévoles bricoleurs, électriciens, couturières et mécaniciens vous accueillent pour **réparer avec vous** vos objets du quotidien. L’objectif n’est pas seulement de réparer, mais aussi d’apprendre à le faire soi-même.

Comment ça marche\u202f?

- vous apportez votre objet en panne\u202f;
- vous êtes accueilli et orienté vers le bon réparateur\u202f;
- vous participez à la réparation, en prenant le temps.

Le café et les gâteaux sont offerts. Atelier gratuit proposé par {organisation}, dans le cadre de la Semaine européenne de la réduction des déchets.""",
        "online_ok": False,
        "temps_fort": "semaine-europeenne-de-la-reduction-des-dechets",
    },
    {
        "type": "atelier-de-reparation",
        "themes": ["habitat-mobilites-et-territoires", "economie-circulaire-et-reemploi"],
        "publics": ["grand-public", "jeunes"],
        "title": "Atelier vélo participatif\u00a0: j’entretiens mon vélo",
        "summary": "Crevaison, freins, dérailleur\u00a0: apprenez à entretenir et réparer votre vélo avec l’aide des mécaniciens bénévoles.",
        "description": """Un vélo bien entretenu, c’est un vélo plus sûr et qui dure plus longtemps. À l’atelier participatif, on ne répare pas à votre place\u00a0: on vous apprend à le faire.

Des mécaniciens bénévoles et des outils sont à votre disposition pour\u00a0:

- réparer une crevaison\u202f;
- régler les freins et le dérailleur\u202f;
- changer une chaîne ou des patins\u202f;
- vérifier l’éclairage avant l’hiver.

Des pièces de réemploi sont disponibles à petit prix. L’adhésion annuelle, à prix libre, donne accès à toutes les permanences de l’atelier.

**Débutants bienvenus**, et particulièrement les femmes et les jeunes qui n’ont jamais osé mettre les mains dans le cambouis. Proposé par {organisation}.""",
        "online_ok": False,
        "temps_fort": None,
    },
    {
        "type": "atelier-de-reparation",
        "themes": ["numerique-et-communs", "economie-circulaire-et-reemploi"],
        "publics": ["grand-public", "seniors"],
        "title": "Répar’ordi\u00a0: donnez un coup de jeune à votre ordinateur",
        "summary": "Ordinateur trop lent, écran cassé, batterie fatiguée\u00a0: des bénévoles vous aident à le remettre en état plutôt qu’à le remplacer.",
        "description": """Un ordinateur lent n’est pas forcément bon à jeter. Souvent, un nettoyage, un changement de disque ou l’installation d’un système d’exploitation libre et léger suffisent à lui redonner plusieurs années de vie.

Pendant cet atelier, les bénévoles vous aident à\u00a0:

- diagnostiquer les pannes les plus courantes\u202f;
- remplacer une batterie, un clavier ou un disque dur\u202f;
- installer des logiciels libres adaptés à votre usage\u202f;
- sauvegarder vos photos et documents.

**Pensez à sauvegarder vos données** avant de venir, et à apporter le chargeur de votre appareil. Les pièces éventuellement nécessaires vous seront proposées à prix coûtant.

Un atelier proposé par {organisation} pendant la Semaine européenne de la réduction des déchets.""",
        "online_ok": False,
        "temps_fort": "semaine-europeenne-de-la-reduction-des-dechets",
    },
    {
        "type": "atelier-de-reparation",
        "themes": ["economie-circulaire-et-reemploi", "transition-ecologique"],
        "publics": ["familles"],
        "title": "Atelier réparation du petit électroménager",
        "summary": "Bouilloire, mixeur, sèche-cheveux, aspirateur\u00a0: diagnostiquez et réparez vos appareils avec un technicien de la ressourcerie.",
        "description": """Beaucoup de petits appareils électriques jetés pourraient être réparés. Souvent, il suffit de changer un fusible, un interrupteur ou une courroie.

Les techniciens de la ressourcerie vous accueillent dans leur atelier pour une séance de diagnostic et de réparation. Vous apprendrez à\u00a0:

- démonter un appareil en toute sécurité\u202f;
- identifier la pièce défectueuse\u202f;
- trouver la pièce de rechange adaptée.

Les enfants accompagnés sont les bienvenus\u00a0: découvrir comment fonctionne un objet est la meilleure façon de donner envie d’en prendre soin.

**Atelier sur inscription**, un appareil par foyer. Les appareils doivent être propres. Proposé par {organisation}.""",
        "online_ok": False,
        "temps_fort": None,
    },
    {
        "type": "atelier-de-reparation",
        "themes": ["economie-circulaire-et-reemploi"],
        "publics": ["grand-public"],
        "title": "Atelier retouches et réparation textile",
        "summary": "Ourlet, fermeture éclair, accroc ou bouton perdu\u00a0: des couturières vous aident à réparer vos vêtements et à apprendre les bons gestes.",
        "description": """Un bouton qui saute, une fermeture éclair qui coince, un ourlet à refaire\u00a0: ces petits défauts suffisent parfois à reléguer un vêtement au fond de l’armoire.

Les couturières bénévoles vous accueillent avec machines à coudre, fils, boutons et fermetures de récupération. Elles vous montrent comment\u00a0:

- recoudre un bouton et faire un point invisible\u202f;
- remplacer une fermeture éclair\u202f;
- poser une pièce décorative sur un accroc\u202f;
- reprendre un ourlet à la main ou à la machine.

Venez avec un ou deux vêtements à réparer. Aucun niveau n’est requis.

Atelier gratuit organisé par {organisation} dans le cadre de la Semaine européenne de la réduction des déchets.""",
        "online_ok": False,
        "temps_fort": "semaine-europeenne-de-la-reduction-des-dechets",
    },
    {
        "type": "atelier-de-reparation",
        "themes": ["education-jeunesse-et-formation", "economie-circulaire-et-reemploi"],
        "publics": ["familles", "scolaires"],
        "title": "Les petits réparateurs\u00a0: atelier jouets pour les enfants",
        "summary": "Un atelier pour apprendre aux enfants à réparer leurs jouets\u00a0: coller, visser, recoudre, et comprendre comment ils fonctionnent.",
        "description": """Une voiture qui a perdu une roue, une peluche décousue, un puzzle abîmé\u00a0: les enfants aussi peuvent apprendre à réparer\u202f!

Pendant cet atelier adapté aux 6-12\u00a0ans, des bénévoles accompagnent les enfants pour\u00a0:

- observer et comprendre comment fonctionne leur jouet\u202f;
- utiliser en toute sécurité tournevis, colle et aiguille\u202f;
- réparer ou transformer un jouet abîmé.

Chaque enfant repart avec son jouet réparé et un **diplôme de petit réparateur**. Les parents sont invités à participer\u202f!

Des séances sont également proposées aux classes de primaire, sur réservation. Un atelier proposé par {organisation} pour la Semaine européenne de la réduction des déchets.""",
        "online_ok": False,
        "temps_fort": "semaine-europeenne-de-la-reduction-des-dechets",
    },
    {
        "type": "atelier-de-reparation",
        "themes": ["economie-circulaire-et-reemploi", "emploi-insertion-et-inclusion"],
        "publics": ["grand-public"],
        "title": "Atelier rénovation de petits meubles",
        "summary": "Poncer, recoller, repeindre\u00a0: redonnez vie à une chaise, un tabouret ou une table de chevet avec les menuisiers de l’atelier d’insertion.",
        "description": """Une chaise bancale, une table de chevet rayée, un tabouret défraîchi\u00a0: avec un peu de patience et les bons conseils, vos meubles peuvent retrouver une seconde jeunesse.

Les menuisiers de l’atelier d’insertion partagent leur savoir-faire le temps d’une journée. Vous apprendrez\u00a0:

- à recoller et consolider un assemblage\u202f;
- à poncer et préparer une surface\u202f;
- à choisir une finition écologique\u00a0: huile, cire ou peinture.

Cet atelier est aussi l’occasion de découvrir le travail des salariés en insertion et les meubles restaurés vendus à la boutique.

**Apportez un petit meuble** facile à transporter. Peintures et outils fournis. Inscription obligatoire. Proposé par {organisation}.""",
        "online_ok": False,
        "temps_fort": None,
    },
    # --- balade-decouverte --------------------------------------------------
    {
        "type": "balade-decouverte",
        "themes": ["entrepreneuriat-et-cooperation", "habitat-mobilites-et-territoires"],
        "publics": ["grand-public"],
        "title": "Balade ESS en centre-ville\u00a0: à la rencontre des entreprises solidaires",
        "summary": "Une balade à pied de deux heures pour découvrir les commerces, coopératives et associations qui font l’ESS près de chez vous.",
        "description": """Vous passez peut-être devant tous les jours sans savoir qu’elles font partie de l’économie sociale et solidaire\u00a0: une librairie coopérative, une épicerie associative, une agence de mutuelle, une régie de quartier.

Cette balade commentée vous emmène à leur rencontre. À chaque étape, un membre de l’équipe vous accueille et présente en quelques minutes son activité, son fonctionnement et ce qui la rend différente.

Parcours de trois kilomètres environ, **accessible aux poussettes**. La balade se termine par un verre offert dans un café associatif.

Départ devant la mairie. Prévoyez des vêtements adaptés à la météo. Balade proposée par {organisation}, dans la limite de vingt-cinq participants.""",
        "online_ok": False,
        "temps_fort": None,
    },
    {
        "type": "balade-decouverte",
        "themes": ["alimentation-et-circuits-courts", "habitat-mobilites-et-territoires"],
        "publics": ["grand-public", "familles"],
        "title": "À vélo chez les producteurs\u00a0: balade circuits courts",
        "summary": "Une balade à vélo d’une vingtaine de kilomètres pour rencontrer des producteurs locaux et découvrir leurs fermes.",
        "description": """Enfourchez votre vélo pour une matinée à la rencontre de ceux qui nous nourrissent\u202f! Cette balade d’une vingtaine de kilomètres, sur petites routes et voies vertes, relie trois fermes qui vendent en circuit court.

Au programme\u00a0:

- une chèvrerie et sa fromagerie\u202f;
- une ferme maraîchère biologique\u202f;
- un verger et sa cidrerie artisanale.

À chaque étape, les producteurs présentent leur métier, leurs choix de culture et leurs modes de vente. Une dégustation est prévue à chaque arrêt, et vous pourrez faire vos achats.

**Rythme tranquille**, accessible aux enfants à partir de 10\u00a0ans habitués au vélo. Quelques vélos à assistance électrique peuvent être prêtés sur réservation. Organisation\u00a0: {organisation}.""",
        "online_ok": False,
        "temps_fort": None,
    },
    {
        "type": "balade-decouverte",
        "themes": ["tourisme-social-et-solidaire", "sante-action-sociale-et-solidarites"],
        "publics": ["seniors", "familles"],
        "title": "Randonnée solidaire et accessible à tous",
        "summary": "Une randonnée accessible aux personnes à mobilité réduite grâce aux fauteuils tout-terrain et à l’entraide des participants.",
        "description": """La randonnée n’est pas réservée aux bons marcheurs\u202f! Cette balade de cinq kilomètres a été pensée pour que chacun puisse y participer\u00a0: personnes âgées, familles avec poussettes, personnes en situation de handicap.

Des **fauteuils tout-terrain** tractés par des bénévoles permettent aux personnes à mobilité réduite de profiter des sentiers. Le rythme est tranquille, avec des pauses régulières et une guide nature qui présente la faune et la flore.

La randonnée se termine par un pique-nique partagé (apportez un plat à partager) et un temps de présentation des séjours de tourisme adapté proposés par les associations du territoire.

Inscription nécessaire pour les réservations de fauteuils. Proposée par {organisation}.""",
        "online_ok": False,
        "temps_fort": None,
    },
    {
        "type": "balade-decouverte",
        "themes": ["culture-sport-et-loisirs", "gouvernance-et-vie-associative"],
        "publics": ["grand-public", "seniors"],
        "title": "Balade urbaine\u00a0: sur les traces des coopératives d’autrefois",
        "summary": "Anciennes coopératives de consommation, sociétés de secours mutuel, maisons du peuple\u00a0: une balade dans l’histoire solidaire de la ville.",
        "description": """Derrière certaines façades se cachent des histoires d’entraide oubliées\u00a0: une ancienne coopérative ouvrière de consommation, le siège d’une société de secours mutuel, une maison du peuple devenue centre social.

Accompagnés d’une historienne et de témoins, partez sur les traces de celles et ceux qui ont inventé l’économie sociale bien avant qu’elle porte ce nom. Photographies anciennes, anecdotes et archives ponctueront le parcours.

La balade se termine dans une coopérative d’aujourd’hui, pour faire le lien entre **hier et demain**.

Durée\u00a0: deux heures environ, parcours à plat. Balade proposée par {organisation}, en partenariat avec les archives municipales.""",
        "online_ok": False,
        "temps_fort": None,
    },
    {
        "type": "balade-decouverte",
        "themes": ["education-jeunesse-et-formation", "entrepreneuriat-et-cooperation"],
        "publics": ["etudiants"],
        "title": "Parcours découverte de l’ESS pour les étudiants",
        "summary": "Une demi-journée pour visiter trois structures de l’ESS, rencontrer leurs équipes et découvrir les stages et emplois possibles.",
        "description": """Vous êtes étudiant et vous vous interrogez sur votre avenir professionnel\u202f? Ce parcours vous propose de découvrir concrètement l’économie sociale et solidaire en visitant trois structures en une demi-journée.

Étapes prévues\u00a0:

- une coopérative d’activité et d’emploi\u202f;
- une entreprise d’insertion dans le recyclage\u202f;
- un tiers-lieu associatif.

À chaque étape, salariés et dirigeants présentent leur activité, leurs métiers et leurs besoins en stagiaires, alternants et jeunes diplômés. Le parcours se termine par un temps d’échange informel autour d’un repas.

**Places limitées à vingt étudiants**, transport en commun pris en charge. Proposé par {organisation} en lien avec le service d’insertion professionnelle de l’université.""",
        "online_ok": False,
        "temps_fort": None,
    },
    {
        "type": "balade-decouverte",
        "themes": ["transition-ecologique", "tourisme-social-et-solidaire"],
        "publics": ["familles"],
        "title": "Balade nature zéro déchet en famille",
        "summary": "Une sortie nature en famille pour observer la biodiversité, ramasser les déchets le long du chemin et pique-niquer sans emballage.",
        "description": """Chaussez vos bottes et partez en famille pour une balade nature commentée par un animateur. Au fil du sentier, petits et grands observeront les traces des animaux, les arbres et les champignons d’automne.

Équipés de gants et de sacs, les participants ramasseront aussi les déchets abandonnés. De retour au point de départ, ils seront triés et pesés ensemble\u00a0: **une manière concrète de prendre conscience** de l’impact de nos gestes.

Le pique-nique sera «\u00a0zéro déchet\u00a0»\u00a0: on vous donne des astuces pour le préparer à l’inscription.

Balade de trois kilomètres adaptée aux enfants dès 4\u00a0ans. Proposée par {organisation} pendant la Semaine européenne de la réduction des déchets.""",
        "online_ok": False,
        "temps_fort": "semaine-europeenne-de-la-reduction-des-dechets",
    },
    {
        "type": "balade-decouverte",
        "themes": ["commerce-equitable-et-international", "alimentation-et-circuits-courts"],
        "publics": ["grand-public"],
        "title": "Balade gourmande équitable",
        "summary": "Une balade de boutique en boutique pour déguster café, chocolat, thé et épices issus du commerce équitable.",
        "description": """Café torréfié sur place, chocolat, thés, épices, rhum arrangé\u00a0: le commerce équitable se goûte aussi\u202f! Cette balade gourmande vous emmène dans quatre boutiques et cafés engagés du centre-ville.

À chaque étape, une dégustation et quelques minutes d’échange avec les commerçants pour comprendre l’origine des produits, les coopératives de producteurs partenaires et les garanties apportées par le commerce équitable.

Un **livret de balade** vous est remis au départ, avec les recettes et les adresses.

Dans le cadre du Festival des solidarités. Durée\u00a0: deux heures environ. Nombre de places limité, inscription conseillée. Une balade proposée par {organisation}.""",
        "online_ok": False,
        "temps_fort": "festival-des-solidarites",
    },
    # --- remise-de-prix -----------------------------------------------------
    {
        "type": "remise-de-prix",
        "themes": ["entrepreneuriat-et-cooperation", "transition-ecologique"],
        "publics": ["professionnels", "elus-et-collectivites"],
        "title": "Cérémonie régionale des Prix de l’ESS",
        "summary": "Découvrez les lauréats régionaux des Prix de l’ESS dans les catégories utilité sociale et transition écologique.",
        "description": """Chaque année, les Prix de l’ESS mettent en lumière des structures qui inventent des réponses concrètes aux besoins de leur territoire. Cette cérémonie dévoilera les lauréats régionaux de l’édition.

Au programme de la soirée\u00a0:

- la présentation des finalistes en vidéo\u202f;
- la remise des prix **Utilité sociale** et **Transition écologique**\u202f;
- le coup de cœur du public\u202f;
- un cocktail préparé par un traiteur d’insertion.

Les lauréats régionaux concourront ensuite pour le prix national.

Cette cérémonie est aussi l’occasion de rencontrer les acteurs de l’ESS de la région, les partenaires financiers et les élus qui soutiennent le secteur. Soirée organisée par {organisation}. **Inscription obligatoire.**""",
        "online_ok": True,
        "temps_fort": "prix-de-less",
    },
    {
        "type": "remise-de-prix",
        "themes": ["education-jeunesse-et-formation"],
        "publics": ["jeunes", "scolaires"],
        "title": "Prix jeunesse de l’ESS\u00a0: remise des prix aux classes lauréates",
        "summary": "Des collégiens et lycéens ont créé leur projet coopératif pendant l’année\u00a0: venez découvrir et applaudir les lauréats.",
        "description": """Une mini-entreprise de confiture anti-gaspi, une coopérative de fournitures scolaires d’occasion, une association de soutien aux personnes âgées du quartier\u00a0: les projets imaginés par les élèves cette année sont aussi variés qu’inventifs.

Accompagnées par leurs enseignants et par des bénévoles de structures de l’ESS, une quinzaine de classes ont conçu et fait vivre leur projet selon les principes de la coopération.

Lors de cette cérémonie, chaque classe présentera son projet sur scène avant la proclamation des prix par un jury composé de professionnels de l’ESS et de jeunes.

Familles, enseignants et partenaires sont les bienvenus. Cérémonie organisée par {organisation}, dans le cadre des Prix de l’ESS.""",
        "online_ok": False,
        "temps_fort": "prix-de-less",
    },
    {
        "type": "remise-de-prix",
        "themes": ["entrepreneuriat-et-cooperation", "sante-action-sociale-et-solidarites"],
        "publics": ["professionnels", "porteurs-de-projet"],
        "title": "Trophées de l’innovation sociale",
        "summary": "Cinq projets d’innovation sociale récompensés pour leur réponse à des besoins mal couverts\u00a0: isolement, accès aux soins, logement.",
        "description": """Les Trophées de l’innovation sociale récompensent des initiatives qui apportent des réponses nouvelles à des besoins sociaux mal satisfaits\u00a0: isolement des personnes âgées, accès aux soins en zone rurale, logement des jeunes travailleurs, mobilité.

Cette année, près de soixante dossiers ont été déposés. Le jury a retenu cinq lauréats qui recevront une dotation financière et **un accompagnement de douze mois** par des professionnels bénévoles.

La cérémonie alternera présentation des projets, témoignages des lauréats des années précédentes et remise des trophées. Elle sera suivie d’un temps de réseautage entre porteurs de projet, financeurs et accompagnateurs.

Organisée par {organisation}, dans le cadre des Prix de l’ESS.""",
        "online_ok": True,
        "temps_fort": "prix-de-less",
    },
    {
        "type": "remise-de-prix",
        "themes": ["egalite-femmes-hommes-et-diversite"],
        "publics": ["professionnels"],
        "title": "Prix de l’égalité dans l’ESS",
        "summary": "Remise des prix aux structures de l’ESS les plus engagées pour l’égalité professionnelle et la diversité.",
        "description": """Parité dans les instances, égalité salariale, mixité des métiers, prévention des violences, accueil de personnes de tous horizons\u00a0: de nombreuses structures de l’ESS font de l’égalité une réalité au quotidien.

Ce prix met en lumière trois d’entre elles, sélectionnées par un jury de professionnelles et de professionnels de l’égalité. Chacune présentera les actions qui lui ont valu cette distinction, pour inspirer d’autres structures.

La cérémonie sera précédée d’une intervention sur l’état de l’égalité professionnelle dans l’ESS et suivie d’un cocktail.

**Vous souhaitez candidater l’an prochain\u202f?** Les modalités seront présentées à la fin de la soirée. Organisation\u00a0: {organisation}, dans le cadre des Prix de l’ESS.""",
        "online_ok": True,
        "temps_fort": "prix-de-less",
    },
    {
        "type": "remise-de-prix",
        "themes": ["transition-ecologique", "gouvernance-et-vie-associative"],
        "publics": ["grand-public", "elus-et-collectivites"],
        "title": "Concours des initiatives citoyennes de transition – {ville}",
        "summary": "Jardins partagés, ressourceries, collectifs d’habitants\u00a0: découvrez et votez pour les initiatives citoyennes qui font bouger le territoire.",
        "description": """Cette année encore, des dizaines de collectifs d’habitants, d’associations et de jeunes ont candidaté au concours des initiatives citoyennes de transition. Compostage de quartier, grainothèque, atelier vélo, épicerie vrac itinérante\u00a0: les projets ne manquent pas d’imagination.

Lors de cette soirée festive, les dix finalistes présenteront leur initiative en trois minutes chrono. **Le public votera** ensuite pour attribuer le prix citoyen, tandis qu’un jury décernera deux prix complémentaires.

Chaque lauréat reçoit une aide financière et un accompagnement pour développer son projet.

Soirée ouverte à tous, suivie d’un buffet de produits locaux. Organisée par {organisation} avec le soutien de la collectivité.""",
        "online_ok": False,
        "temps_fort": None,
    },
    {
        "type": "remise-de-prix",
        "themes": ["entrepreneuriat-et-cooperation", "education-jeunesse-et-formation"],
        "publics": ["etudiants"],
        "title": "Prix étudiant de l’entrepreneuriat coopératif",
        "summary": "Des équipes étudiantes présentent leur projet d’entreprise coopérative devant un jury. Remise des prix et soirée de clôture.",
        "description": """Pendant deux mois, des équipes d’étudiants de différentes filières ont travaillé sur un projet d’entreprise coopérative répondant à un besoin réel\u00a0: alimentation sur le campus, logement, réemploi, mobilité.

Accompagnées par des coopérateurs expérimentés, elles ont élaboré un modèle économique, une gouvernance et un plan de financement. Ce soir, elles présentent leur projet devant un jury réunissant entrepreneurs de l’ESS, financeurs et enseignants.

Les trois équipes lauréates recevront une bourse et un **accompagnement à la création** si elles souhaitent poursuivre l’aventure.

Ouvert à tous les étudiants et curieux. Soirée proposée par {organisation}, en lien avec les Prix de l’ESS.""",
        "online_ok": False,
        "temps_fort": "prix-de-less",
    },
    # --- webinaire ----------------------------------------------------------
    {
        "type": "webinaire",
        "themes": ["finance-solidaire"],
        "publics": ["grand-public"],
        "title": "Webinaire\u00a0: comprendre l’épargne solidaire en 45 minutes",
        "summary": "Un webinaire pédagogique pour tout comprendre de l’épargne solidaire\u00a0: produits, labels, rendements et impact.",
        "description": """Vous avez entendu parler d’épargne solidaire sans bien savoir de quoi il s’agit\u202f? En quarante-cinq minutes, ce webinaire vous donne l’essentiel.

Nous aborderons\u00a0:

- la différence entre épargne de partage et épargne d’investissement solidaire\u202f;
- les labels qui garantissent le caractère solidaire d’un placement\u202f;
- le rendement et les risques\u202f;
- des exemples de projets financés.

La présentation sera suivie d’un temps de **questions en direct**. Le lien de connexion est envoyé après inscription\u202f; le replay sera disponible pour les inscrits.

Webinaire organisé par {organisation} dans le cadre de la Semaine de la finance solidaire. Aucune connaissance financière n’est requise.""",
        "online_ok": True,
        "temps_fort": "semaine-de-la-finance-solidaire",
    },
    {
        "type": "webinaire",
        "themes": ["entrepreneuriat-et-cooperation"],
        "publics": ["porteurs-de-projet", "professionnels"],
        "title": "Webinaire\u00a0: l’agrément ESUS, pour qui et pour quoi faire\u202f?",
        "summary": "Conditions d’obtention, démarches, avantages\u00a0: tout savoir sur l’agrément «\u00a0entreprise solidaire d’utilité sociale\u00a0».",
        "description": """L’agrément «\u00a0entreprise solidaire d’utilité sociale\u00a0» (ESUS) permet d’accéder à certains financements, notamment l’épargne salariale solidaire. Mais quelles structures peuvent l’obtenir, et à quelles conditions\u202f?

Au cours de ce webinaire d’une heure, une juriste spécialisée présentera\u00a0:

- les critères à remplir, notamment en matière de politique de rémunération\u202f;
- la constitution du dossier et les délais\u202f;
- les avantages concrets de l’agrément\u202f;
- les erreurs fréquentes à éviter.

Un dirigeant d’entreprise récemment agréée témoignera de sa démarche.

**Questions bienvenues** par le chat tout au long de la session. Webinaire proposé par {organisation}.""",
        "online_ok": True,
        "temps_fort": None,
    },
    {
        "type": "webinaire",
        "themes": ["emploi-insertion-et-inclusion"],
        "publics": ["acheteurs-publics-et-prives", "elus-et-collectivites"],
        "title": "Webinaire\u00a0: marchés réservés et clauses sociales, mode d’emploi",
        "summary": "Une heure pour comprendre comment réserver des marchés aux structures d’insertion et aux entreprises adaptées.",
        "description": """Le code de la commande publique permet de réserver certains marchés aux structures d’insertion, aux entreprises adaptées et aux entreprises de l’ESS. Ces outils restent pourtant peu utilisés.

Pendant la Semaine des achats responsables, ce webinaire propose un tour d’horizon pratique\u00a0:

- les différents types de marchés réservés\u202f;
- le choix des prestations adaptées\u202f;
- la rédaction des documents de consultation\u202f;
- le suivi de l’exécution.

Une acheteuse hospitalière présentera l’expérience de son établissement, qui réserve désormais plusieurs lots chaque année.

Webinaire animé par {organisation}. **Les supports seront transmis à tous les inscrits.**""",
        "online_ok": True,
        "temps_fort": "semaine-des-achats-responsables",
    },
    {
        "type": "webinaire",
        "themes": ["gouvernance-et-vie-associative", "finance-solidaire"],
        "publics": ["professionnels"],
        "title": "Webinaire\u00a0: diversifier les ressources de son association",
        "summary": "Mécénat, financement participatif, prêts solidaires, activités économiques\u00a0: les pistes pour consolider le modèle économique d’une association.",
        "description": """Baisse de certaines subventions, hausse des charges\u00a0: de nombreuses associations cherchent à diversifier leurs ressources sans perdre de vue leur projet.

Ce webinaire passe en revue les principales pistes\u00a0:

- le mécénat d’entreprise et les fondations\u202f;
- le financement participatif\u202f;
- les prêts et garanties de la finance solidaire\u202f;
- le développement d’activités économiques en cohérence avec le projet associatif.

Pour chaque piste, les intervenants présenteront les conditions de réussite, les points de vigilance et des exemples concrets.

Un webinaire proposé par {organisation} pendant la Semaine de la finance solidaire, destiné aux dirigeants, bénévoles et salariés d’associations.""",
        "online_ok": True,
        "temps_fort": "semaine-de-la-finance-solidaire",
    },
    {
        "type": "webinaire",
        "themes": ["economie-circulaire-et-reemploi", "transition-ecologique"],
        "publics": ["professionnels", "elus-et-collectivites"],
        "title": "Webinaire\u00a0: réduire les déchets de sa structure, méthodes et retours d’expérience",
        "summary": "Diagnostic, achats, réemploi, tri\u00a0: une méthode en quatre étapes pour réduire les déchets d’une structure ou d’une collectivité.",
        "description": """Fournitures, emballages, restes alimentaires, équipements informatiques\u00a0: les organisations produisent beaucoup de déchets, souvent sans le mesurer.

Ce webinaire propose une méthode en quatre étapes pour agir\u00a0:

1. réaliser un diagnostic simple de ses déchets\u202f;
2. revoir ses achats pour réduire à la source\u202f;
3. développer le réemploi en lien avec les ressourceries\u202f;
4. améliorer le tri et mobiliser les équipes.

Une association, une mairie et une coopérative partageront leurs résultats et leurs conseils.

Webinaire proposé par {organisation} dans le cadre de la Semaine européenne de la réduction des déchets. **Une fiche méthode** sera envoyée aux participants.""",
        "online_ok": True,
        "temps_fort": "semaine-europeenne-de-la-reduction-des-dechets",
    },
    {
        "type": "webinaire",
        "themes": ["egalite-femmes-hommes-et-diversite"],
        "publics": ["professionnels"],
        "title": "Webinaire\u00a0: égalité professionnelle dans les associations, par où commencer\u202f?",
        "summary": "Diagnostic, index, plan d’action\u00a0: des outils simples pour faire progresser l’égalité entre femmes et hommes dans votre structure.",
        "description": """Les associations emploient majoritairement des femmes, mais les postes de direction et les instances restent souvent moins paritaires. Comment faire progresser l’égalité, même dans une petite structure\u202f?

Ce webinaire d’une heure trente présente une démarche progressive\u00a0:

- réaliser un diagnostic à partir de quelques indicateurs\u202f;
- identifier les leviers\u00a0: recrutement, rémunération, temps de travail, formation\u202f;
- construire un plan d’action réaliste\u202f;
- associer les bénévoles et les instances dirigeantes.

Des exemples d’associations de tailles différentes illustreront chaque étape.

Proposé par {organisation}. Les participants recevront **une boîte à outils** après la session.""",
        "online_ok": True,
        "temps_fort": None,
    },
    {
        "type": "webinaire",
        "themes": ["tourisme-social-et-solidaire", "commerce-equitable-et-international"],
        "publics": ["professionnels", "porteurs-de-projet"],
        "title": "Webinaire\u00a0: construire un séjour de tourisme solidaire",
        "summary": "Comment concevoir un voyage qui profite vraiment aux communautés d’accueil\u202f? Principes, partenaires et exemples.",
        "description": """Le tourisme solidaire repose sur un principe simple\u00a0: les communautés d’accueil décident de la manière dont elles reçoivent les voyageurs et en tirent un revenu juste. Dans la pratique, construire un séjour de ce type demande méthode et partenariats solides.

Au cours de ce webinaire, proposé dans le cadre du Festival des solidarités, vous découvrirez\u00a0:

- les principes et chartes du tourisme solidaire\u202f;
- la construction d’un partenariat équilibré avec une association locale\u202f;
- la fixation des prix et la répartition des revenus\u202f;
- la préparation des voyageurs à la rencontre.

Avec le témoignage d’une association partenaire au Sénégal, en direct. Webinaire animé par {organisation}.""",
        "online_ok": True,
        "temps_fort": "festival-des-solidarites",
    },
    {
        "type": "webinaire",
        "themes": ["education-jeunesse-et-formation", "emploi-insertion-et-inclusion"],
        "publics": ["etudiants", "jeunes"],
        "title": "Webinaire\u00a0: travailler dans l’ESS après ses études",
        "summary": "Métiers, formations, recrutement, salaires\u00a0: un webinaire pour les étudiants et jeunes diplômés qui envisagent une carrière dans l’ESS.",
        "description": """Vous terminez vos études et souhaitez travailler dans une structure de l’économie sociale et solidaire\u202f? Ce webinaire vous aide à y voir plus clair.

Une chargée de recrutement, un jeune diplômé salarié d’une coopérative et une responsable de formation universitaire répondront à vos questions\u00a0:

- quels métiers et quels secteurs recrutent\u202f?
- quelles formations spécialisées existent\u202f?
- où trouver les offres d’emploi\u202f?
- comment valoriser son engagement associatif dans son CV\u202f?

**Posez vos questions en direct** ou à l’avance lors de l’inscription. Le replay sera disponible pendant un mois.

Webinaire proposé par {organisation}.""",
        "online_ok": True,
        "temps_fort": None,
    },
    # --- autre --------------------------------------------------------------
    {
        "type": "autre",
        "themes": ["alimentation-et-circuits-courts", "economie-circulaire-et-reemploi"],
        "publics": ["grand-public", "familles"],
        "title": "Soupe géante anti-gaspi en musique",
        "summary": "On épluche ensemble des légumes invendus, en musique, puis on partage une grande soupe gratuite. Venez avec votre bol\u202f!",
        "description": """Des cagettes de légumes invendus récupérés chez les maraîchers et les commerçants, des couteaux, des éplucheurs, de la musique\u00a0: tous les ingrédients sont réunis pour une grande soupe collective\u202f!

Le principe est simple\u00a0: chacun met la main à la pâte pour éplucher et couper, puis on partage ensemble soupes et jus de fruits, gratuitement.

Une façon joyeuse de sensibiliser au **gaspillage alimentaire**, qui représente des millions de tonnes de nourriture jetée chaque année en France.

N’oubliez pas votre bol et votre cuillère pour limiter la vaisselle jetable\u202f! Un événement proposé par {organisation} pendant la Semaine européenne de la réduction des déchets.""",
        "online_ok": False,
        "temps_fort": "semaine-europeenne-de-la-reduction-des-dechets",
    },
    {
        "type": "autre",
        "themes": ["numerique-et-communs", "entrepreneuriat-et-cooperation"],
        "publics": ["etudiants", "professionnels"],
        "title": "Hackathon solidaire\u00a0: des outils numériques pour les associations",
        "summary": "Développeurs, graphistes et associations relèvent ensemble des défis numériques en 48\u00a0heures. Tous les projets sont publiés sous licence libre.",
        "description": """Pendant un week-end, des développeurs, des designers, des étudiants et des membres d’associations se retrouvent pour construire ensemble des outils numériques utiles aux structures de l’ESS.

Les défis ont été proposés par des associations du territoire\u00a0: un outil de planification des bénévoles, une carte des lieux de réemploi, un formulaire d’inscription accessible aux personnes malvoyantes.

**Pas besoin d’être développeur** pour participer\u00a0: les compétences en graphisme, rédaction, gestion de projet ou connaissance du terrain sont tout aussi précieuses.

Tous les outils produits seront publiés sous licence libre. Repas et boissons offerts pendant tout le week-end. Une participation à distance est possible.

Organisé par {organisation}.""",
        "online_ok": True,
        "temps_fort": None,
    },
    {
        "type": "autre",
        "themes": ["alimentation-et-circuits-courts", "commerce-equitable-et-international"],
        "publics": ["grand-public"],
        "title": "Marché des producteurs et créateurs de l’ESS",
        "summary": "Produits fermiers, artisanat, produits équitables\u00a0: un marché festif pour faire ses achats auprès d’acteurs engagés.",
        "description": """Pour le Mois de l’ESS, la place du marché accueille une trentaine d’exposants\u00a0: producteurs locaux, coopératives agricoles, artisans en insertion, boutiques de commerce équitable, créateurs qui travaillent des matériaux de récupération.

Une belle occasion de faire ses achats autrement, d’anticiper les cadeaux de fin d’année et de rencontrer celles et ceux qui fabriquent et cultivent.

Tout au long de la journée\u00a0:

- animations pour les enfants\u202f;
- démonstrations de savoir-faire\u202f;
- buvette et restauration avec des produits du marché.

Un marché organisé par {organisation}. **Paiement en monnaie locale accepté** sur la plupart des stands.""",
        "online_ok": False,
        "temps_fort": None,
    },
    {
        "type": "autre",
        "themes": ["entrepreneuriat-et-cooperation", "education-jeunesse-et-formation"],
        "publics": ["jeunes", "etudiants"],
        "title": "Escape game\u00a0: sauvez la coopérative\u202f!",
        "summary": "Une heure pour sauver une coopérative en difficulté en résolvant des énigmes. Un jeu d’équipe pour découvrir l’ESS autrement.",
        "description": """La coopérative de la ville est en danger\u00a0: les associés doivent prendre une décision cruciale avant la fin de l’assemblée générale, mais les documents ont disparu\u202f! Vous avez soixante minutes pour résoudre les énigmes et sauver l’entreprise.

Par équipes de quatre à six joueurs, vous devrez coopérer, chercher des indices et comprendre au passage comment fonctionne une coopérative\u00a0: partage des voix, répartition des bénéfices, réserves impartageables.

Le jeu est suivi d’un **débriefing** de vingt minutes pour revenir sur ce que vous avez découvert.

À partir de 14\u00a0ans. Sessions toutes les heures et demie, sur réservation. Une animation proposée par {organisation}.""",
        "online_ok": False,
        "temps_fort": None,
    },
    {
        "type": "autre",
        "themes": ["habitat-mobilites-et-territoires", "gouvernance-et-vie-associative"],
        "publics": ["grand-public", "elus-et-collectivites"],
        "title": "Assemblée citoyenne\u00a0: quel avenir pour le dernier commerce du village\u202f?",
        "summary": "Habitants et élus se réunissent pour imaginer ensemble la reprise du commerce de proximité, pourquoi pas en coopérative.",
        "description": """L’épicerie du village va fermer, faute de repreneur. Plutôt que de se résigner, habitants et élus se réunissent pour étudier toutes les pistes, dont celle d’une reprise collective.

Cette assemblée citoyenne se déroulera en trois temps\u00a0:

1. la présentation de commerces repris par des habitants ailleurs en France, en Scic ou en association\u202f;
2. des ateliers pour définir les besoins\u00a0: produits, horaires, services complémentaires\u202f;
3. un temps pour recenser les bonnes volontés et les compétences.

Un accompagnateur spécialisé dans les projets coopératifs de territoire sera présent pour répondre aux questions juridiques et financières.

**Chaque voix compte**\u00a0: venez nombreux\u202f! Assemblée organisée par {organisation}.""",
        "online_ok": False,
        "temps_fort": None,
    },
    {
        "type": "autre",
        "themes": ["entrepreneuriat-et-cooperation"],
        "publics": ["porteurs-de-projet", "demandeurs-demploi"],
        "title": "Permanence conseil\u00a0: lancer son projet dans l’ESS",
        "summary": "Des rendez-vous individuels de quarante-cinq minutes pour faire le point sur votre projet avec une conseillère spécialisée.",
        "description": """Vous avez une idée d’activité à impact social ou environnemental et ne savez pas par où commencer\u202f? Prenez rendez-vous pour un entretien individuel de quarante-cinq minutes avec une conseillère spécialisée dans l’accompagnement des projets de l’ESS.

Ensemble, vous pourrez\u00a0:

- clarifier votre idée et les besoins auxquels elle répond\u202f;
- réfléchir au statut le plus adapté\u202f;
- identifier les premières étapes et les financements possibles\u202f;
- être orienté vers les bons interlocuteurs.

Les entretiens se déroulent sur place ou en visioconférence, selon votre préférence. **Gratuit et confidentiel.**

Permanence proposée par {organisation} tout au long du Mois de l’ESS.""",
        "online_ok": True,
        "temps_fort": None,
    },
    {
        "type": "autre",
        "themes": ["culture-sport-et-loisirs", "sante-action-sociale-et-solidarites"],
        "publics": ["jeunes", "familles"],
        "title": "Tournoi de sport inclusif\u00a0: tous sur le terrain\u202f!",
        "summary": "Basket fauteuil, cécifoot, boccia\u00a0: des équipes mixtes de joueurs valides et en situation de handicap s’affrontent dans la bonne humeur.",
        "description": """Et si vous essayiez de jouer au basket en fauteuil ou au football les yeux bandés\u202f? Ce tournoi réunit des équipes mixtes, composées de joueurs valides et en situation de handicap, autour de trois disciplines\u00a0: basket fauteuil, cécifoot et boccia.

Les équipes sont constituées sur place\u00a0: **pas besoin d’être sportif**, l’important est de participer. Des éducateurs sportifs accompagnent chaque match et expliquent les règles.

Tout au long de l’après-midi, des stands présentent les clubs et associations qui proposent du sport adapté et inclusif toute l’année.

Remise des médailles et goûter en fin de journée. Tournoi organisé par {organisation}.""",
        "online_ok": False,
        "temps_fort": None,
    },
]

# ---------------------------------------------------------------------------
# Places and addresses.
# ---------------------------------------------------------------------------

VENUE_PATTERNS: list[str] = [
    "Tiers-lieu La Fabrique",
    "Salle des fêtes municipale",
    "Médiathèque municipale",
    "Maison des associations",
    "Centre social Les Tilleuls",
    "Espace culturel – {ville}",
    "Café associatif Le Comptoir",
    "Hôtel de ville, salle du conseil",
    "Ressourcerie Le Grenier",
    "Jardin partagé des Lilas",
    "Maison de quartier du Centre",
    "Cinéma associatif L’Écran Vert",
    "Halle du marché couvert",
    "Salle polyvalente",
    "Amphithéâtre du campus universitaire",
    "Bibliothèque universitaire, salle de conférences",
    "Maison de l’économie sociale et solidaire",
    "Pépinière d’entreprises – {ville}",
    "Fablab La Forge",
    "Ferme des Quatre Vents",
    "Village vacances Les Pins",
    "Friche culturelle La Manufacture",
    "Gymnase municipal",
    "Espace de coworking L’Atelier Commun",
    "Librairie-café La Page Tournée",
    "Ancienne gare – Tiers-lieu La Locomotive",
    "Auberge de jeunesse",
    "Centre de vacances associatif Les Chênes",
    "Médiathèque intercommunale",
    "Péniche culturelle L’Escale",
    "Kiosque du parc municipal",
    "Atelier vélo La Roue Libre",
    "Épicerie solidaire Le Panier",
    "Théâtre municipal",
    "Salle des fêtes – {ville}",
    "Lycée des métiers, self et hall d’accueil",
    "Maison de la vie associative – {ville}",
]

STREET_NAMES: list[str] = [
    "rue de la République",
    "place du Marché",
    "avenue Jean-Jaurès",
    "rue Victor-Hugo",
    "boulevard Gambetta",
    "rue Pasteur",
    "rue de la Gare",
    "rue des Écoles",
    "place de l’Église",
    "rue du Moulin",
    "chemin des Vignes",
    "allée des Tilleuls",
    "rue de la Liberté",
    "rue Jules-Ferry",
    "avenue de la Libération",
    "rue Louise-Michel",
    "rue Olympe-de-Gouges",
    "place de la Mairie",
    "rue des Artisans",
    "impasse des Lilas",
    "quai du Port",
    "rue du Château",
    "rue Émile-Zola",
    "rue Jean-Moulin",
    "rue Marie-Curie",
    "rue Simone-Veil",
    "rue des Coopérateurs",
    "rue de la Fraternité",
    "route de la Forêt",
    "avenue des Sports",
    "rue du Stade",
    "rue Saint-Martin",
    "rue des Jardins",
    "place des Halles",
    "rue Lamartine",
    "rue George-Sand",
    "boulevard de la Résistance",
    "rue de l’Industrie",
    "rue des Tanneurs",
    "rue de la Fontaine",
    "avenue de l’Europe",
    "rue Aristide-Briand",
    "rue Charles-Gide",
    "rue du 8-Mai-1945",
    "chemin de la Croix-Blanche",
    "rue Rosa-Parks",
    "allée Germaine-Tillion",
    "cours de la Paix",
]

# ---------------------------------------------------------------------------
# Prices (for events that are not free).
# ---------------------------------------------------------------------------

PRICE_CONDITIONS: list[str] = [
    "5\u00a0€, gratuit pour les moins de 18\u00a0ans",
    "Prix libre et conscient",
    "Participation libre au profit de l’association",
    "10\u00a0€ la journée, repas compris",
    "3\u00a0€\u202f; gratuit pour les adhérents",
    "Adhésion annuelle à prix libre, à partir de 1\u00a0€",
    "8\u00a0€ plein tarif, 5\u00a0€ tarif réduit (étudiants, demandeurs d’emploi)",
    "Entrée\u00a0: 2\u00a0€, gratuit pour les enfants",
    "15\u00a0€ la séance, matériel fourni",
    "Repas partagé\u00a0: 12\u00a0€ par personne, 6\u00a0€ pour les enfants",
    "40\u00a0€ la journée de formation, prise en charge possible par votre opérateur de compétences",
    "Tarif solidaire de 1\u00a0€ sur présentation d’un justificatif",
    "6,50\u00a0€ la séance, tarif réduit 4,50\u00a0€",
    "5\u00a0€ par foyer, matériel compris",
    "Gratuit pour les particuliers, 50\u00a0€ pour les professionnels",
]

# ---------------------------------------------------------------------------
# Moderation and scheduling messages.
# ---------------------------------------------------------------------------

CANCELLATION_MESSAGES: list[str] = [
    "En raison d’une alerte météo, l’événement est annulé. Nous vous prions de nous excuser pour la gêne occasionnée.",
    "Notre intervenante principale étant souffrante, nous sommes contraints d’annuler cette rencontre. Une nouvelle date sera communiquée prochainement.",
    "Faute d’un nombre suffisant d’inscriptions, l’atelier n’aura pas lieu cette année. Merci à celles et ceux qui s’étaient inscrits\u202f!",
    "La salle prévue n’est plus disponible et nous n’avons pas trouvé de solution de repli\u00a0: l’événement est annulé.",
    "Pour des raisons indépendantes de notre volonté, l’événement est annulé. Les personnes inscrites seront prévenues par courriel.",
    "Le film prévu n’a finalement pas pu nous être livré\u00a0: la projection est annulée. Nous espérons vous retrouver lors d’une prochaine séance.",
    "À la suite d’une réorganisation de notre équipe, cet événement est annulé. Merci de votre compréhension et à bientôt\u202f!",
]

REJECTION_REASONS: list[str] = [
    "Bonjour, merci pour votre proposition. Après examen, votre structure ne relève pas de l’économie sociale et solidaire au sens de la loi du 31 juillet 2014\u00a0: nous ne pouvons donc pas publier cet événement dans le programme du Mois de l’ESS.",
    "Bonjour, votre événement présente principalement une offre commerciale (promotion de produits ou de services payants). Le programme du Mois de l’ESS est réservé aux événements de découverte et de sensibilisation à l’ESS. Merci de votre compréhension.",
    "Bonjour, cet événement se déroule en dehors du mois de novembre. Le programme ne peut accueillir que des événements organisés pendant le Mois de l’ESS\u00a0: n’hésitez pas à nous en proposer un nouveau en novembre.",
    "Bonjour, cet événement semble être une réunion interne (assemblée générale, conseil d’administration) non ouverte au public. S’il est bien ouvert à tous, merci de le préciser dans la description et de le soumettre à nouveau.",
    "Bonjour, ce même événement a déjà été soumis et publié\u00a0: nous refusons ce doublon. Vous pouvez bien sûr modifier la fiche existante si besoin.",
    "Bonjour, nous ne voyons pas de lien entre le contenu de cet événement et l’économie sociale et solidaire. N’hésitez pas à nous contacter si vous souhaitez en discuter\u00a0: nous serons ravis de vous aider à le faire évoluer.",
    "Bonjour, votre événement se déroule dans une autre région. Il doit être soumis à la CRESS de cette région, qui assure la modération de son programme. Merci de votre compréhension.",
    "Bonjour, le Mois de l’ESS ne peut pas relayer d’événements à caractère politique partisan ou religieux, conformément à sa charte. Nous ne pouvons donc pas publier cette proposition.",
]

CHANGE_REQUESTS: list[str] = [
    "Bonjour, pourriez-vous préciser l’adresse complète du lieu (numéro, rue et code postal)\u202f? Elle est nécessaire pour que l’événement apparaisse sur la carte. Merci\u202f!",
    "Bonjour, merci d’indiquer le tarif exact et les éventuelles réductions dans le champ «\u00a0conditions\u00a0», afin que le public sache à quoi s’attendre.",
    "Bonjour, pourriez-vous ajouter une description de l’image (texte alternatif) pour les personnes qui utilisent un lecteur d’écran\u202f? Une phrase suffit.",
    "Bonjour, la description est un peu courte\u00a0: pourriez-vous préciser le déroulé de l’événement et le public visé\u202f? Cela aidera les visiteurs à se décider.",
    "Bonjour, l’événement est indiqué sur inscription\u00a0: merci d’ajouter un lien, une adresse électronique ou un numéro de téléphone pour s’inscrire.",
    "Bonjour, pourriez-vous indiquer l’heure de fin de l’événement\u202f? Elle sera affichée dans le programme imprimé.",
    "Bonjour, pour un événement en ligne ou mixte, merci d’ajouter le lien de connexion ou d’expliquer comment l’obtenir.",
    "Bonjour, le titre est entièrement écrit en majuscules\u00a0: pourriez-vous le reprendre en minuscules pour faciliter la lecture\u202f? Merci beaucoup.",
    "Bonjour, merci de préciser les conditions d’accessibilité du lieu (accès en fauteuil, boucle magnétique, etc.) pour les personnes en situation de handicap.",
    "Bonjour, pourriez-vous indiquer les crédits de la photo (auteur et autorisation d’utilisation)\u202f? Nous ne pouvons publier que des images dont les droits sont connus.",
]

# ---------------------------------------------------------------------------
# Contact names.
# ---------------------------------------------------------------------------

FIRST_NAMES: list[str] = [
    "Camille",
    "Léa",
    "Nadia",
    "Karim",
    "Mamadou",
    "Sophie",
    "Julien",
    "Inès",
    "Thomas",
    "Fatoumata",
    "Hugo",
    "Chloé",
    "Yasmine",
    "Nicolas",
    "Aurélie",
    "Mehdi",
    "Élodie",
    "Pierre",
    "Marie",
    "Antoine",
    "Aïcha",
    "Lucas",
    "Manon",
    "Bruno",
    "Sylvie",
    "Kevin",
    "Nathalie",
    "Théo",
    "Amina",
    "Vincent",
    "Linh",
    "Jérôme",
    "Soazig",
    "Maïwenn",
    "Gaëlle",
    "Olivier",
    "Rose",
    "Youssef",
    "Émilie",
    "Samuel",
    "Christelle",
    "Ludovic",
    "Hélène",
    "Rachid",
    "Mathilde",
    "Enzo",
    "Louise",
    "Jean-Baptiste",
    "Anne-Laure",
    "Tiana",
]

LAST_NAMES: list[str] = [
    "Martin",
    "Bernard",
    "Dubois",
    "Moreau",
    "Laurent",
    "Lefebvre",
    "Garcia",
    "Roux",
    "Fournier",
    "Girard",
    "Bonnet",
    "Mercier",
    "Benali",
    "Diallo",
    "Nguyen",
    "Traoré",
    "Le Gall",
    "Kerbrat",
    "Lambert",
    "Fontaine",
    "Rousseau",
    "Chevalier",
    "Perrin",
    "Morel",
    "Gauthier",
    "Haddad",
    "Santos",
    "Rivière",
    "Collin",
    "Marchand",
    "Leroy",
    "Duval",
    "Barbier",
    "Petitjean",
    "Lemoine",
    "Hoarau",
    "Ramassamy",
    "Bertrand",
    "Schmitt",
    "Etcheverry",
    "Ferrand",
    "Koné",
    "Mendy",
    "Pereira",
    "Caron",
]

# ---------------------------------------------------------------------------
# Alternative texts for demo images.
# ---------------------------------------------------------------------------

IMAGE_ALT_TEXTS: list[str] = [
    "Des bénévoles trient des vêtements sur de grandes tables dans un entrepôt lumineux.",
    "Un groupe de personnes assises en cercle échange lors d’un atelier participatif.",
    "Une maraîchère montre des poireaux fraîchement récoltés devant une serre.",
    "Un bénévole répare un grille-pain avec un tournevis, sous le regard d’une habitante.",
    "Des cagettes de légumes de saison sur l’étal d’un marché de producteurs.",
    "Une intervenante prend la parole devant un public attentif dans une médiathèque.",
    "Des cyclistes roulent en groupe sur une voie verte bordée d’arbres aux couleurs d’automne.",
    "Deux mécaniciennes ajustent les freins d’un vélo dans un atelier associatif.",
    "Une affiche colorée annonçant le programme de novembre sur la vitrine d’un café associatif.",
    "Des enfants plantent des bulbes dans un jardin partagé avec une animatrice.",
    "Le public d’une salle de spectacle applaudit des musiciens sur scène.",
    "Des participants discutent debout autour d’un buffet lors d’une rencontre professionnelle.",
    "Des ordinateurs portables reconditionnés alignés sur une étagère d’atelier.",
    "Une lauréate reçoit un trophée en bois sur scène, sous les applaudissements.",
]


# ---------------------------------------------------------------------------
# Self-check (run: python3 events/demo_content.py).
# ---------------------------------------------------------------------------

NBSP = "\u00a0"
NNBSP = "\u202f"
ALLOWED_EVENT_FIELDS = ("ville", "organisation")
EVENT_KEYS = {"type", "themes", "publics", "title", "summary", "description", "online_ok", "temps_fort"}
# A long real-world city name, to check that titles stay short once formatted.
LONG_CITY = "Saint-Rémy-de-Provence"


def _placeholders(text: str) -> list[str]:
    """Return the names of {placeholders} in text; fail on stray braces."""
    names = []
    i = 0
    while i < len(text):
        char = text[i]
        if char == "{":
            end = text.index("}", i)
            names.append(text[i + 1 : end])
            i = end + 1
            continue
        assert char != "}", f"stray closing brace in {text!r}"
        i += 1
    return names


def _check_text(text: str, where: str, allowed_fields: tuple[str, ...] = ()) -> None:
    """Typography and placeholder checks shared by every French string."""
    assert text == text.strip(), f"{where}: leading/trailing whitespace"
    assert "  " not in text, f"{where}: double space"
    assert "'" not in text, f"{where}: straight apostrophe (use \u2019)"
    assert "..." not in text, f"{where}: three dots (use \u2026)"
    assert "lorem" not in text.lower(), f"{where}: lorem ipsum"
    for name in _placeholders(text):
        assert name in allowed_fields, f"{where}: unexpected placeholder {{{name}}}"
    for placeholder in ("{ville}", "{organisation}"):
        for prep in ("de ", "à ", "en ", "d\u2019", "au ", "du "):
            assert prep + placeholder not in text or (
                placeholder == "{ville}" and prep == "de " and "du pays de {ville}" in text
            ), f"{where}: {prep!r} before {placeholder}"
    for i, char in enumerate(text):
        prev = text[i - 1] if i else ""
        nxt = text[i + 1] if i + 1 < len(text) else ""
        if char == ":":
            assert prev == NBSP, f"{where}: ':' not preceded by a no-break space: {text[max(0, i - 30) : i + 5]!r}"
        elif char in ";!?":
            assert prev == NNBSP, (
                f"{where}: {char!r} not preceded by a narrow no-break space: {text[max(0, i - 30) : i + 5]!r}"
            )
        elif char == "\u00ab":
            assert nxt == NBSP, f"{where}: '\u00ab' not followed by a no-break space"
        elif char == "\u00bb":
            assert prev == NBSP, f"{where}: '\u00bb' not preceded by a no-break space"
        elif char in (NBSP, NNBSP):
            assert prev not in (" ", "") and nxt not in (" ", ""), f"{where}: misplaced no-break space"


def _sentence_count(text: str) -> int:
    count = 0
    for i, char in enumerate(text):
        if char in ".!?\u2026" and (i + 1 == len(text) or text[i + 1] == " "):
            count += 1
    return count


def _self_check() -> None:
    # Organisations.
    assert tuple(ORGANIZATION_PATTERNS) == LEGAL_FORM_VALUES, "legal forms mismatch"
    all_org_names = []
    for legal_form, patterns in ORGANIZATION_PATTERNS.items():
        assert len(patterns) >= 12, f"{legal_form}: only {len(patterns)} patterns"
        for name, description in patterns:
            where = f"organisation {name!r}"
            _check_text(name, where, ("ville",))
            _check_text(description, where, ("ville",))
            assert 2 <= _sentence_count(description) <= 4, f"{where}: description must have 2-4 sentences"
            all_org_names.append(name)
    assert len(all_org_names) == len(set(all_org_names)), "duplicate organisation names"

    # Events.
    assert len(EVENT_TEMPLATES) >= 110, f"only {len(EVENT_TEMPLATES)} event templates"
    type_counts = dict.fromkeys(EVENT_TYPE_SLUGS, 0)
    theme_counts = dict.fromkeys(THEME_SLUGS, 0)
    public_counts = dict.fromkeys(PUBLIC_SLUGS, 0)
    temps_fort_counts = dict.fromkeys(TEMPS_FORT_SLUGS, 0)
    titles = set()
    word_counts = []
    for index, event in enumerate(EVENT_TEMPLATES):
        where = f"event #{index} {event.get('title')!r}"
        assert set(event) == EVENT_KEYS, f"{where}: keys {sorted(event)}"
        assert event["type"] in type_counts, f"{where}: unknown type {event['type']!r}"
        type_counts[event["type"]] += 1
        for key, counts in (("themes", theme_counts), ("publics", public_counts)):
            values = event[key]
            assert isinstance(values, list) and 1 <= len(values) <= 3, f"{where}: 1-3 {key}"
            assert len(values) == len(set(values)), f"{where}: duplicate {key}"
            for slug in values:
                assert slug in counts, f"{where}: unknown {key} slug {slug!r}"
                counts[slug] += 1
        if event["temps_fort"] is not None:
            assert event["temps_fort"] in temps_fort_counts, f"{where}: unknown temps fort"
            temps_fort_counts[event["temps_fort"]] += 1
        assert isinstance(event["online_ok"], bool), f"{where}: online_ok must be a bool"
        if event["type"] == "webinaire":
            assert event["online_ok"], f"{where}: webinaires must be online_ok"
        title, summary, description = event["title"], event["summary"], event["description"]
        _check_text(title, where, ALLOWED_EVENT_FIELDS)
        _check_text(summary, where, ())
        _check_text(description, where, ALLOWED_EVENT_FIELDS)
        assert len(title) <= 110, f"{where}: title too long ({len(title)})"
        assert len(title.replace("{ville}", LONG_CITY)) <= 110, f"{where}: formatted title too long"
        assert "{organisation}" not in title, f"{where}: no organisation in titles"
        assert title not in titles, f"{where}: duplicate title"
        titles.add(title)
        assert "\n" not in summary and "*" not in summary, f"{where}: summary must be plain text"
        assert len(summary) <= 190, f"{where}: summary too long ({len(summary)})"
        words = len(description.split())
        word_counts.append(words)
        assert 80 <= words <= 250, f"{where}: description has {words} words"
        assert "\n\n\n" not in description, f"{where}: too many blank lines"
    for label, counts, minimum in (
        ("type", type_counts, 4),
        ("theme", theme_counts, 5),
        ("public", public_counts, 4),
        ("temps fort", temps_fort_counts, 2),
    ):
        for slug, count in counts.items():
            assert count >= minimum, f"{label} {slug!r} used {count} times (< {minimum})"

    # Other lists.
    for label, values, minimum, max_length, fields in (
        ("VENUE_PATTERNS", VENUE_PATTERNS, 30, 80, ("ville",)),
        ("STREET_NAMES", STREET_NAMES, 40, 60, ()),
        ("PRICE_CONDITIONS", PRICE_CONDITIONS, 10, 120, ()),
        ("CANCELLATION_MESSAGES", CANCELLATION_MESSAGES, 6, 500, ()),
        ("REJECTION_REASONS", REJECTION_REASONS, 6, 500, ()),
        ("CHANGE_REQUESTS", CHANGE_REQUESTS, 8, 500, ()),
        ("FIRST_NAMES", FIRST_NAMES, 30, 30, ()),
        ("LAST_NAMES", LAST_NAMES, 30, 30, ()),
        ("IMAGE_ALT_TEXTS", IMAGE_ALT_TEXTS, 10, 200, ()),
    ):
        assert len(values) >= minimum, f"{label}: {len(values)} < {minimum}"
        assert len(values) == len(set(values)), f"{label}: duplicates"
        for value in values:
            _check_text(value, f"{label} {value!r}", fields)
            assert len(value) <= max_length, f"{label}: {value!r} longer than {max_length}"

    # Report.
    print(
        f"organisation patterns: {len(all_org_names)} "
        + ", ".join(f"{k}={len(v)}" for k, v in ORGANIZATION_PATTERNS.items())
    )
    print(
        f"event templates: {len(EVENT_TEMPLATES)} "
        f"(description words min={min(word_counts)} max={max(word_counts)}, "
        f"online_ok={sum(e['online_ok'] for e in EVENT_TEMPLATES)})"
    )
    for label, counts in (
        ("types", type_counts),
        ("themes", theme_counts),
        ("publics", public_counts),
        ("temps forts", temps_fort_counts),
    ):
        print(f"{label}: " + ", ".join(f"{slug}={count}" for slug, count in counts.items()))
    print(
        f"venues={len(VENUE_PATTERNS)} streets={len(STREET_NAMES)} prices={len(PRICE_CONDITIONS)} "
        f"cancellations={len(CANCELLATION_MESSAGES)} rejections={len(REJECTION_REASONS)} "
        f"change_requests={len(CHANGE_REQUESTS)} first_names={len(FIRST_NAMES)} "
        f"last_names={len(LAST_NAMES)} alt_texts={len(IMAGE_ALT_TEXTS)}"
    )
    print("OK")


if __name__ == "__main__":
    _self_check()
