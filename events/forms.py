"""The event form of the organisation space and its time-slot formset."""

import datetime

from django import forms
from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _

from core import images
from core.forms import SiteFormMixin, https_urls
from core.validators import validate_french_phone
from regions import places
from regions.models import Department

from . import geocoding, rules
from . import images as event_images
from .models import ACCESSIBILITY_FLAGS, Event
from .rules import MAX_SLOTS

ACCESS_FIELDS = [field for _value, field, _label in ACCESSIBILITY_FLAGS]


class EditConflictMixin:
    """For the forms of an event that carry `edit_stamp` (services.edit_stamp)."""

    def show_conflict(self, conflict) -> None:
        """Someone else saved the event meanwhile (services.EditConflict): say what they changed, at
        each field, and carry the event's new stamp so that sending the form again keeps its values."""
        self.add_error(None, conflict.summary)
        for change in conflict.changes:
            message = conflict.describe(change)
            if change["name"] in self.fields:
                self.add_error(change["name"], message)
            else:
                self.add_error(None, f"{change['label'].capitalize()} : {message}")
        self.data = self.data.copy()
        self.data[self.add_prefix("edit_stamp")] = conflict.stamp


class EventForm(SiteFormMixin, EditConflictMixin, forms.ModelForm):
    image = forms.FileField(
        label=_("Image"),
        required=False,
        help_text=_(
            "Facultative. Une photo ou une affiche au format JPEG, PNG ou WebP, 5 Mo et 25 mégapixels au plus. "
            "Nous la redimensionnons et retirons ses métadonnées."
        ),
        widget=forms.ClearableFileInput(attrs={"accept": "image/jpeg,image/png,image/webp"}),
    )
    postal_code = forms.CharField(
        label=_("Code postal"),
        required=False,
        max_length=10,
        help_text=_("5 chiffres."),
        widget=forms.TextInput(attrs={"inputmode": "numeric", "autocomplete": "postal-code"}),
    )
    image_token = forms.CharField(required=False, widget=forms.HiddenInput)
    # What the event was when the form was opened (services.edit_stamp): edits that cross are caught.
    edit_stamp = forms.CharField(required=False, widget=forms.HiddenInput)
    remove_image = forms.BooleanField(label=_("Retirer l’image actuelle"), required=False)

    class Meta:
        model = Event
        formfield_callback = https_urls
        fields = [
            "title",
            "summary",
            "event_type",
            "themes",
            "audiences",
            "highlight",
            "description",
            "attendance_mode",
            "venue_name",
            "address",
            "postal_code",
            "city",
            "latitude",
            "longitude",
            "online_url",
            "is_free",
            "price_conditions",
            "registration_url",
            "registration_email",
            "registration_phone",
            *ACCESS_FIELDS,
            "image_alt",
            "status",
            "status_message",
        ]
        labels = {
            "title": _("Titre de l’événement"),
            "themes": _("Thèmes"),
            "audiences": _("Publics visés"),
            "highlight": _("Temps fort du mois"),
            "attendance_mode": _("Format"),
            "online_url": _("Lien pour participer en ligne"),
            "is_free": _("Entrée gratuite"),
            **{field: label for _value, field, label in ACCESSIBILITY_FLAGS},
        }
        help_texts = {
            "title": _("140 caractères au plus. Par exemple : « Atelier de réparation de vélos »."),
            "event_type": _("Choisissez ce qui décrit le mieux votre événement."),
            "themes": _("Un ou plusieurs."),
            "audiences": _("Facultatif : à qui s’adresse votre événement ?"),
            "highlight": _("Facultatif : si votre événement fait partie d’une semaine thématique."),
            "description": _(
                "Le programme, les intervenants, ce que le public va découvrir. Mise en forme possible : "
                "**gras**, *italique*, listes avec « - », liens [texte](https://…)."
            ),
            "venue_name": _("Par exemple : Maison des associations, salle du conseil."),
            "address": _(
                "Tapez l’adresse : des propositions s’affichent, choisissez la bonne pour placer le point sur la carte."
            ),
            "postal_code": _("5 chiffres."),
            "latitude": _("Remplie par la carte ou l’adresse. Sinon, le point est placé à la mairie de la commune."),
            "longitude": _("Remplie par la carte ou l’adresse."),
            "online_url": _("Visioconférence ou diffusion en direct, commençant par https://."),
            "price_conditions": _(
                "Obligatoire si l’entrée est payante. Par exemple : 5 €, gratuit pour les moins de 18 ans."
            ),
            "registration_url": _("Facultatif : la page où le public s’inscrit."),
            "image_alt": _(
                "Obligatoire avec une image : décrivez-la en une phrase pour les personnes qui ne la voient pas."
            ),
        }
        error_messages = {
            "description": {
                "max_length": _(
                    "La description compte %(show_value)s caractères : %(limit_value)s au plus. Raccourcissez-la, "
                    "par exemple en renvoyant vers votre site pour le détail du programme."
                ),
            },
        }
        widgets = {
            "status_message": forms.Textarea(attrs={"rows": 2}),
            "themes": forms.CheckboxSelectMultiple,
            "audiences": forms.CheckboxSelectMultiple,
            "attendance_mode": forms.RadioSelect,
            "summary": forms.Textarea(attrs={"rows": 2, "maxlength": 200}),
            "description": forms.Textarea(attrs={"rows": 8}),
            "address": forms.TextInput(attrs={"autocomplete": "off", "data-address-input": ""}),
            "postal_code": forms.TextInput(attrs={"inputmode": "numeric", "autocomplete": "postal-code"}),
            "latitude": forms.NumberInput(attrs={"step": "any", "data-point-lat": ""}),
            "longitude": forms.NumberInput(attrs={"step": "any", "data-point-lng": ""}),
            "registration_phone": forms.TextInput(attrs={"type": "tel", "autocomplete": "tel"}),
        }

    def __init__(self, *args, organization, **kwargs):
        self.organization = organization
        super().__init__(*args, **kwargs)
        self.fields["themes"].required = True
        # Checked with the other fields (the model's own checks only run on an otherwise valid form).
        self.fields["registration_phone"].validators.append(validate_french_phone)
        # Optional for an event online only, but the form shows them only for an event with a place
        # (static/js/attendance-mode.js): their labels say « (obligatoire) » (templates/forms/field.html).
        for name in ("postal_code", "city"):
            self.fields[name].required_when_shown = True
        self.fields["event_type"].empty_label = _("— Choisir un type —")
        self.fields["highlight"].empty_label = _("Aucun")
        self.department = None
        self.region = None
        self.processed_image = None
        self.pending_image_url = (
            images.pending_upload_url(self.data.get(self.add_prefix("image_token"), "")) if self.is_bound else None
        )
        if not self.instance.image:
            del self.fields["remove_image"]
        if self.instance.state == Event.State.DRAFT or self.instance.is_cancelled:
            # A draft is scheduled; a cancellation, and taking it back, go through their own buttons.
            del self.fields["status"], self.fields["status_message"]
        else:
            self.fields["status"].required = False
            self.fields["status"].label = _("Statut de l’événement")
            self.fields["status"].help_text = _(
                "Prévenez le public si l’événement est complet, reporté ou passé en ligne. Pour l’annuler, "
                "utilisez « Annuler l’événement »."
            )
            self.fields["status"].choices = [
                (value, label) for value, label in Event.Status.choices if value != Event.Status.CANCELLED
            ]

    def access_fields(self):
        return [self[name] for name in ACCESS_FIELDS]

    def clean_title(self):
        return " ".join(self.cleaned_data["title"].split())

    def clean_summary(self):
        return " ".join(self.cleaned_data["summary"].split())

    def clean_postal_code(self):
        return "".join(self.cleaned_data["postal_code"].split())

    def clean_status(self):
        return self.cleaned_data.get("status") or self.instance.status

    def clean_latitude(self):
        return self._in_range("latitude", 90)

    def clean_longitude(self):
        return self._in_range("longitude", 180)

    def _in_range(self, name, limit):
        value = self.cleaned_data.get(name)
        if value is not None and not -limit <= value <= limit:
            raise ValidationError(
                _(
                    "Cette valeur doit être comprise entre -%(limit)s et %(limit)s : placez plutôt le point sur la carte."
                ),
                code="out_of_range",
                params={"limit": limit},
            )
        return value

    def clean_image(self):
        upload = self.cleaned_data.get("image")
        if upload:
            self.processed_image = images.process_image(upload)
        return upload

    def clean(self):
        cleaned_data = super().clean()
        mode = cleaned_data.get("attendance_mode")
        if mode in {Event.AttendanceMode.ON_SITE, Event.AttendanceMode.MIXED}:
            self._clean_place(cleaned_data)
        elif mode == Event.AttendanceMode.ONLINE:
            self.region = self.organization.region
            cleaned_data["latitude"] = cleaned_data["longitude"] = None
            if self.region is None:
                self.add_error(
                    "attendance_mode",
                    _(
                        "Complétez d’abord l’adresse de votre organisation : elle indique la région d’un événement en ligne."
                    ),
                )
        if mode:
            rule_errors = rules.event_errors(
                attendance_mode=mode,
                online_url=cleaned_data.get("online_url"),
                latitude=cleaned_data.get("latitude"),
                longitude=cleaned_data.get("longitude"),
                is_free=cleaned_data.get("is_free"),
                price_conditions=cleaned_data.get("price_conditions"),
                status=cleaned_data.get("status"),
            )
            for name, message in rule_errors.items():
                # A place already refused says so at its own fields (postal code, city, point).
                if name not in self.errors and not (name == "postal_code" and self.errors):
                    self.add_error(name, message)
        self._clean_pending_image(cleaned_data)
        self._clean_image_alt(cleaned_data)
        status = cleaned_data.get("status")
        if status and status != Event.Status.SCHEDULED and not cleaned_data.get("status_message"):
            self.add_error("status_message", _("Expliquez en une phrase au public ce qui change."))
        return cleaned_data

    def _clean_place(self, cleaned_data):
        postal_code, city = cleaned_data.get("postal_code", ""), cleaned_data.get("city", "")
        if not postal_code:
            self.add_error("postal_code", _("Indiquez le code postal du lieu."))
        if not city:
            self.add_error("city", _("Indiquez la commune du lieu."))
        if not (postal_code and city):
            return
        # The postal code serves that commune (regions.places: the same rule everywhere).
        place = places.check_place(postal_code, city)
        for name, message in place.errors.items():
            self.add_error(name, message)
        if place.errors:
            return
        commune = geocoding.town_hall(postal_code, city)
        if commune is None:
            self.add_error("postal_code", _("Ce code postal est inconnu : vérifiez ses 5 chiffres."))
            return
        self.department = Department.objects.select_related("region").filter(code=commune.department).first()
        if self.department is None:
            self.add_error("postal_code", _("Ce code postal n’est pas dans une région du Mois de l’ESS."))
            return
        self.region = self.department.region
        lat, lng = cleaned_data.get("latitude"), cleaned_data.get("longitude")
        if lat is None or lng is None:
            # No point from the map or the suggestions (no JavaScript): the address API if it
            # knows the address in this postal code, else the town hall.
            place = self._locate_address(cleaned_data.get("address", ""), postal_code, city) or commune
            cleaned_data["latitude"], cleaned_data["longitude"] = place.lat, place.lng
        elif geocoding.is_far_from_department(lat, lng, self.department.code):
            self.add_error(
                "latitude",
                _(
                    "Le point placé sur la carte est loin du département %(department)s indiqué par le code postal. "
                    "Déplacez le marqueur sur le lieu de l’événement, ou videz la latitude et la longitude pour "
                    "le placer à la mairie de %(city)s."
                )
                % {"department": self.department, "city": commune.city},
            )

    @staticmethod
    def _locate_address(address, postal_code, city):
        if not address:
            return None
        try:
            places = geocoding.search(f"{address} {postal_code} {city}", limit=1)
        except geocoding.GeocoderUnavailable:
            return None
        return next((place for place in places if place.postal_code == postal_code), None)

    def _clean_pending_image(self, cleaned_data):
        """The image kept at an earlier attempt was deleted meanwhile (the user's later rejected forms
        replaced it, see images.keep_pending_upload): say so rather than save the event without an image.
        (An event that has one keeps it: the same form sent twice has already stored it.)"""
        token = cleaned_data.get("image_token", "")
        lost = self.pending_image_url is None and images.pending_upload_name(token) is not None
        if lost and self.processed_image is None and not self.instance.image:
            self.add_error("image", _("L’image envoyée plus tôt n’est plus disponible : choisissez-la de nouveau."))

    def _clean_image_alt(self, cleaned_data):
        has_image = bool(
            self.processed_image
            or self.pending_image_url
            or (self.instance.image and not cleaned_data.get("remove_image"))
        )
        if has_image and not cleaned_data.get("image_alt"):
            self.add_error("image_alt", _("Décrivez l’image en une phrase : c’est obligatoire quand il y a une image."))
        if not has_image:
            cleaned_data["image_alt"] = cleaned_data.get("image_alt", "")

    def _post_clean(self):
        # With errors already at their fields, the model's own checks (e.g. « an event on site has a
        # point ») would only add the same problem again in the database's words.
        if self._errors:
            return
        super()._post_clean()

    def keep_image_for_next_attempt(self, *, user):
        """The form has errors: keep a newly checked image so that it need not be sent again (in
        place of the one this form kept at its previous attempt, if any)."""
        if self.processed_image is not None:
            previous = self.data.get(self.add_prefix("image_token"), "")
            token = images.keep_pending_upload(self.processed_image, user=user, replacing=previous)
            self.data = self.data.copy()
            self.data[self.add_prefix("image_token")] = token
            self.pending_image_url = images.pending_upload_url(token)
            self.processed_image = None

    def save(self, commit=True):
        event = super().save(commit=False)
        event.department = self.department
        if self.region is not None:
            event.region = self.region
        old_files = event_images.image_files(event)
        pending = images.pending_upload_name(self.cleaned_data.get("image_token", ""))
        content = self.processed_image or images.pending_upload(self.cleaned_data.get("image_token", ""))
        if content is not None:
            event_images.store_event_image(event, content)
        elif self.cleaned_data.get("remove_image"):
            event.image = ""
        if not event.image:
            event.image_alt = ""
            event.image_sizes = {}
        if commit:
            event.save()
            self.save_m2m()
        # The files of an image replaced or removed, to delete once the change is committed, and the
        # pending upload of an earlier attempt (now copied to the event, or replaced by a new image).
        self.replaced_image_files = [name for name in old_files if name not in event_images.image_files(event)]
        if pending is not None:
            self.replaced_image_files.append(pending)
        return event


class SlotForm(SiteFormMixin, forms.Form):
    day = forms.DateField(label=_("Jour"), widget=forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d"))
    start = forms.TimeField(label=_("Début"), widget=forms.TimeInput(attrs={"type": "time"}, format="%H:%M"))
    end = forms.TimeField(label=_("Fin"), widget=forms.TimeInput(attrs={"type": "time"}, format="%H:%M"))

    def __init__(self, *args, edition, **kwargs):
        self.edition = edition
        super().__init__(*args, **kwargs)
        self.fields["day"].error_messages["invalid"] = _("Saisissez une date, par exemple 27/11/2026.")
        self.fields["start"].error_messages["invalid"] = _("Saisissez une heure, par exemple 18:30.")
        self.fields["end"].error_messages["invalid"] = _("Saisissez une heure, par exemple 20:00.")

    def clean(self):
        cleaned_data = super().clean()
        day, start, end = cleaned_data.get("day"), cleaned_data.get("start"), cleaned_data.get("end")
        if day and self.edition and (problem := rules.edition_day_error(self.edition, day)):
            self.add_error("day", problem)
        if problem := rules.slot_error(start, end):
            self.add_error("end", problem)
        return cleaned_data


class BaseSlotFormSet(forms.BaseFormSet):
    default_error_messages = {
        "too_few_forms": _("Indiquez au moins un créneau : le jour, l’heure de début et l’heure de fin."),
        "too_many_forms": rules.TOO_MANY_SLOTS,
    }

    def add_fields(self, form, index):
        super().add_fields(form, index)
        if "DELETE" in form.fields:
            form.fields["DELETE"].label = _("Supprimer ce créneau")

    def clean(self):
        if any(self.errors):
            return
        kept = [
            form
            for form in self.forms
            if form.cleaned_data and not (self.can_delete and self._should_delete_form(form))
        ]
        for position in rules.repeated_starts((form.cleaned_data["day"], form.cleaned_data["start"]) for form in kept):
            kept[position].add_error("start", rules.SAME_START)

    def slots(self, tz) -> list[tuple[datetime.datetime, datetime.datetime]]:
        """The slots as aware datetimes in the region's time zone (stored as UTC by the database)."""
        pairs = []
        for form in self.forms:
            if (self.can_delete and self._should_delete_form(form)) or not form.cleaned_data:
                continue
            day, start, end = (form.cleaned_data[name] for name in ("day", "start", "end"))
            pairs.append(
                (datetime.datetime.combine(day, start, tzinfo=tz), datetime.datetime.combine(day, end, tzinfo=tz))
            )
        return sorted(pairs)


SlotFormSet = forms.formset_factory(
    SlotForm,
    formset=BaseSlotFormSet,
    extra=0,
    min_num=1,
    validate_min=True,
    max_num=MAX_SLOTS,
    validate_max=True,
    absolute_max=MAX_SLOTS,
    can_delete=True,
)


def slot_initial(event) -> list[dict]:
    tz = event.tzinfo
    initial = []
    for slot in event.slots.all():
        start, end = slot.starts_at.astimezone(tz), slot.ends_at.astimezone(tz)
        initial.append({"day": start.date(), "start": start.time(), "end": end.time()})
    return initial


class CancelForm(SiteFormMixin, forms.Form):
    message = forms.CharField(
        label=_("Message au public"),
        help_text=_(
            "Affiché en bandeau sur la page de l’événement. Par exemple : « Annulé faute d’intervenant, nous vous prions de nous excuser. »"
        ),
        max_length=1000,
        widget=forms.Textarea(attrs={"rows": 3}),
    )
