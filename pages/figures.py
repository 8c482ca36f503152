"""What the editorial pages compute rather than say: figures of the current edition, counts by legal form.

Everything starts from Event.objects.published(), the one definition of what the public sees.
"""

from django.db.models import Count, Q
from django.utils.translation import gettext_lazy as _

from events.models import Edition, Event, Highlight
from organizations.models import LegalForm

# The campaign went national in 2007 and the 2023 edition was the 16th: edition n is year 2007 + n.
FIRST_NATIONAL_YEAR = 2007

# The legal forms of the ESS that /ess/ presents, in the order the law of 31 July 2014 lists them:
# (title, plural noun for « proposés par des … », description). Computed structure, not editable text.
ESS_LEGAL_FORMS = {
    LegalForm.ASSOCIATION: (
        _("Les associations"),
        _("associations"),
        _(
            "Des personnes qui mettent en commun leurs connaissances ou leur activité dans un autre but que de "
            "partager des bénéfices."
        ),
    ),
    LegalForm.COOPERATIVE: (
        _("Les coopératives"),
        _("coopératives"),
        _(
            "Des entreprises détenues par leurs membres — salariés, producteurs, habitants ou clients — qui "
            "décident ensemble selon le principe « une personne, une voix »."
        ),
    ),
    LegalForm.MUTUELLE: (
        _("Les mutuelles"),
        _("mutuelles"),
        _(
            "Des groupements sans but lucratif qui protègent leurs adhérents (santé, prévoyance, assurance) "
            "grâce à leurs cotisations, sans actionnaire à rémunérer."
        ),
    ),
    LegalForm.FONDATION: (
        _("Les fondations"),
        _("fondations"),
        _("Des biens, des droits ou des ressources consacrés durablement à une œuvre d’intérêt général."),
    ),
    LegalForm.FONDS_DOTATION: (
        _("Les fonds de dotation"),
        _("fonds de dotation"),
        _(
            "Des structures légères qui reçoivent et gèrent des dons pour mener ou financer des missions d’intérêt général."
        ),
    ),
    LegalForm.SOCIETE_COMMERCIALE_ESS: (
        _("Les sociétés commerciales de l’ESS"),
        _("sociétés commerciales de l’ESS"),
        _(
            "Des sociétés qui inscrivent les principes de l’ESS dans leurs statuts : utilité sociale, bénéfices "
            "majoritairement réinvestis, gouvernance partagée."
        ),
    ),
}


def edition_number(edition: Edition) -> int:
    return edition.year - FIRST_NATIONAL_YEAR


def edition_figures(edition: Edition | None) -> dict:
    """Published events, organisations, regions and departments taking part in the edition (one query)."""
    if edition is None:
        return {"events": 0, "organizations": 0, "regions": 0, "departments": 0}
    return (
        Event.objects.published()
        .for_edition(edition)
        .aggregate(
            events=Count("id"),
            organizations=Count("organization", distinct=True),
            regions=Count("region", distinct=True),
            # Online events have no department: Count leaves them out.
            departments=Count("department", distinct=True),
        )
    )


def legal_form_counts(edition: Edition | None) -> list[dict]:
    """Each ESS legal form with the number of published events of the edition run by organisations of that form."""
    counts = {}
    if edition is not None:
        rows = (
            Event.objects.published()
            .for_edition(edition)
            .values("organization__legal_form")
            .annotate(n=Count("id"))
            .order_by()
        )
        counts = {row["organization__legal_form"]: row["n"] for row in rows}
    return [
        {
            "value": form.value,
            "title": title,
            "plural": plural,
            "description": description,
            "events": counts.get(form.value, 0),
        }
        for form, (title, plural, description) in ESS_LEGAL_FORMS.items()
    ]


def highlights_with_counts(edition: Edition | None):
    """The themed weeks (« temps forts ») with their number of published events in the edition (one query)."""
    published = Event.objects.published().for_edition(edition).values("pk") if edition else Event.objects.none()
    return Highlight.objects.annotate(n_events=Count("events", filter=Q(events__in=published)))
