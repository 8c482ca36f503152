from django import forms
from django.http import QueryDict
from django.utils.html import escape
from django.utils.translation import gettext_lazy as _

from core.forms import CleanTextMixin
from events.filters import FORMAT_CHOICES
from events.models import Event, EventType, Theme
from organizations.models import Organization
from regions.models import Region

from .models import Source
from .uploads import read_upload

# About 2,000 events: the confirmation creates them in one request (1,000 took 25 s on a busy SQLite machine).
MAX_IMPORT_BYTES = 1_500_000
WIDGET_SIZE_CHOICES = [("5", "5"), ("10", "10"), ("20", "20"), ("50", "50")]


class WidgetForm(CleanTextMixin, forms.Form):
    """The filters of an embedded widget (a subset of those of /evenements/) and its look."""

    titre = forms.CharField(
        label=_("Titre affiché au-dessus de la liste"),
        required=False,
        max_length=120,
        help_text=_("Facultatif. Par exemple : « Le Mois de l’ESS en Bretagne »."),
    )
    region = forms.ModelMultipleChoiceField(
        label=_("Régions"),
        queryset=Region.objects.order_by("name"),
        to_field_name="slug",
        required=False,
        widget=forms.CheckboxSelectMultiple,
    )
    organisation = forms.ModelChoiceField(
        label=_("Organisation"),
        queryset=Organization.objects.none(),
        to_field_name="slug",
        required=False,
        empty_label=_("Toutes les organisations"),
        help_text=_("Seules les organisations qui ont des événements publiés sont proposées."),
    )
    theme = forms.ModelMultipleChoiceField(
        label=_("Thèmes"),
        queryset=Theme.objects.all(),
        to_field_name="slug",
        required=False,
        widget=forms.CheckboxSelectMultiple,
    )
    type = forms.ModelMultipleChoiceField(
        label=_("Types d’événement"),
        queryset=EventType.objects.all(),
        to_field_name="slug",
        required=False,
        widget=forms.CheckboxSelectMultiple,
    )
    format = forms.ChoiceField(
        label=_("Format"), choices=[("", _("Tous les formats")), *FORMAT_CHOICES], required=False
    )
    gratuit = forms.BooleanField(label=_("Gratuits uniquement"), required=False)
    nombre = forms.TypedChoiceField(
        label=_("Nombre d’événements affichés"), choices=WIDGET_SIZE_CHOICES, coerce=int, initial="10", required=False
    )
    carte = forms.BooleanField(label=_("Afficher aussi la carte"), required=False)
    hauteur = forms.IntegerField(
        label=_("Hauteur du cadre (en pixels)"), min_value=200, max_value=2000, initial=600, required=False
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["organisation"].queryset = Organization.objects.filter(
            pk__in=Event.objects.published().values("organization_id")
        ).order_by("name")

    def widget_query(self) -> str:
        data = self.cleaned_data
        query = QueryDict(mutable=True)
        if data["titre"]:
            query["titre"] = data["titre"]
        for name in ("region", "theme", "type"):
            if data[name]:
                query.setlist(name, [item.slug for item in data[name]])
        if data["organisation"]:
            query["organisation"] = data["organisation"].slug
        if data["format"]:
            query["format"] = data["format"]
        if data["gratuit"]:
            query["gratuit"] = "1"
        if data["nombre"]:
            query["nombre"] = str(data["nombre"])
        if data["carte"]:
            query["carte"] = "1"
        return f"?{query.urlencode()}" if query else ""

    def snippet(self, url: str) -> str:
        height = self.cleaned_data["hauteur"] or 600
        title = self.cleaned_data["titre"] or _("Les événements du Mois de l’ESS")
        return (
            f'<iframe src="{escape(url)}" title="{escape(title)}" width="100%" height="{height}" '
            f'loading="lazy" style="border:0"></iframe>'
        )


class ImportForm(CleanTextMixin, forms.Form):
    """An import in the admin: the file, the region and organisation it goes to, the state on arrival.

    A dry run keeps the file on the server (``uploads.keep_upload``); the confirmation sends back only
    the signed ``jeton`` naming it, with « confirm », and re-reads and re-validates exactly what was checked.
    """

    fichier = forms.FileField(
        label=_("Fichier"),
        required=False,
        help_text=_(
            "Un CSV au format de l’export du site (/evenements/export.csv, séparateur « ; » ou « , », UTF-8), "
            "un calendrier iCalendar (.ics) ou un export JSON OpenAgenda (.json). 1,5 Mo au plus."
        ),
    )
    region = forms.ModelChoiceField(label=_("Région"), queryset=Region.objects.none())
    organisation = forms.ModelChoiceField(
        label=_("Organisation"),
        queryset=Organization.objects.none(),
        required=False,
        empty_label=_("Celle de la colonne « organisation_slug » de chaque ligne"),
        help_text=_(
            "L’organisation qui propose les événements. Laissez vide pour un CSV dont la colonne "
            "« organisation_slug » désigne l’organisation de chaque ligne."
        ),
    )
    source = forms.ModelChoiceField(
        label=_("Correspondances d’une source"),
        queryset=Source.objects.none(),
        required=False,
        empty_label=_("Aucune"),
        help_text=_(
            "Facultatif : les correspondances, le type et les thèmes par défaut d’une source déclarée "
            "servent aussi à ce fichier."
        ),
    )
    etat = forms.ChoiceField(
        label=_("État des événements importés"),
        choices=[
            (Event.State.PENDING, _("En attente de modération")),
            (Event.State.PUBLISHED, _("Publiés directement")),
        ],
        initial=Event.State.PENDING,
    )
    jeton = forms.CharField(required=False, widget=forms.HiddenInput)

    def __init__(self, *args, regions, organizations, user, sources=None, **kwargs):
        super().__init__(*args, **kwargs)
        self.user = user
        self.fields["region"].queryset = regions
        self.fields["organisation"].queryset = organizations
        self.fields["source"].queryset = sources if sources is not None else Source.objects.none()

    def clean(self):
        cleaned = super().clean()
        upload = cleaned.get("fichier")
        if upload:
            if upload.size > MAX_IMPORT_BYTES:
                self.add_error("fichier", _("Le fichier dépasse 1,5 Mo : découpez-le en plusieurs fichiers."))
                return cleaned
            cleaned["data"] = upload.read()
            cleaned["filename"] = upload.name
        elif cleaned.get("jeton"):
            kept = read_upload(user=self.user, token=cleaned["jeton"])
            if kept is None:
                self.add_error(
                    "fichier",
                    _(
                        "Le fichier vérifié n’est plus disponible : choisissez-le de nouveau (une vérification vaut deux heures)."
                    ),
                )
            else:
                cleaned["filename"], cleaned["data"] = kept
        else:
            self.add_error("fichier", _("Choisissez un fichier .csv, .ics ou .json."))
        return cleaned
