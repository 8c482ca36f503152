"""The import of events in the admin, for national staff and for CRESS moderators within their regions.

« Événements importés » lists what was imported (scoped to the moderator's regions); its « Importer des
événements » page reads a file, shows a dry run (what will be created, what is already there, every
error) and creates everything or nothing on confirmation.
"""

from django import forms
from django.conf import settings
from django.contrib import admin, messages
from django.contrib.admin.widgets import AutocompleteSelect
from django.core.exceptions import PermissionDenied
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.urls import path, reverse
from django.utils import timezone
from django.utils.formats import date_format
from django.utils.translation import gettext as _
from django.utils.translation import ngettext

from accounts import policy
from accounts.scoping import ScopedAdminMixin, scoped_form
from core.forms import CleanTextModelForm

from .forms import ImportForm
from .imports import ImportFileError, plan_import, read_file
from .models import ImportedEvent, Source
from .services import IMPORT_IN_BACKGROUND_FROM, import_events, import_in_background
from .sources import sync_source
from .uploads import discard_upload, keep_upload


class OrganizationAutocomplete(AutocompleteSelect):
    """The admin autocomplete, with a placeholder and named after its label (select2 leaves it nameless
    for screen readers)."""

    def build_attrs(self, base_attrs, extra_attrs=None):
        attrs = super().build_attrs(base_attrs, extra_attrs=extra_attrs)
        attrs["data-placeholder"] = _("Rechercher une organisation par son nom…")
        return attrs

    @property
    def media(self):
        # Naming autocomplete.js first makes Media keep this file after it (unrelated files may be reordered).
        return super().media + forms.Media(js=["admin/js/autocomplete.js", "js/admin-autocomplete-names.js"])


@admin.register(ImportedEvent)
class ImportedEventAdmin(ScopedAdminMixin, admin.ModelAdmin):
    moderators_see = True  # the imports of their regions' events
    list_display = ["event", "organization", "uid", "source_name", "source", "imported_at", "updated_at", "imported_by"]
    list_select_related = ["event", "organization", "imported_by", "source"]
    list_filter = [  # only regions and sources in scope
        ("event__region", admin.RelatedOnlyFieldListFilter),
        ("source", admin.RelatedOnlyFieldListFilter),
        "imported_at",
    ]
    search_fields = ["uid", "event__title", "organization__name"]
    change_list_template = "admin/opendata/importedevent/change_list.html"

    # Imports are read-only records: an event is edited in the events admin, and deleting a record
    # would let the same file create the event twice.
    def has_add_permission(self, request):
        return False

    def has_change_permission(self, request, obj=None):
        return False

    def has_delete_permission(self, request, obj=None):
        return False

    def get_urls(self):
        return [
            path("importer/", self.admin_site.admin_view(self.import_view), name="opendata_import"),
            *super().get_urls(),
        ]

    def import_view(self, request):
        user = request.user
        if not policy.may_import(user):
            raise PermissionDenied
        regions, organizations = policy.importable_regions(user), policy.importable_organizations(user)
        form = scoped_form(ImportForm, user)(
            request.POST or None,
            request.FILES or None,
            regions=regions,
            organizations=organizations,
            user=user,
            sources=policy.scoped(user, Source.objects.select_related("region").order_by("name")),
        )
        if policy.scope_of(user).national:
            # Every organisation of France: searched as one types rather than a select of thousands.
            field = form.fields["organisation"]
            field.widget = OrganizationAutocomplete(ImportedEvent._meta.get_field("organization"), self.admin_site)
            field.widget.choices = field.choices
        plan = None
        token = ""
        if request.method == "POST" and form.is_valid():
            data = form.cleaned_data
            try:
                rows = read_file(data["filename"] or "", data["data"])
            except ImportFileError as error:
                form.add_error("fichier", str(error))
            else:
                plan = plan_import(
                    rows,
                    region=data["region"],
                    organization=data["organisation"],
                    allowed_organizations=organizations,
                    source=data["source"],
                    cancel_missing=False,
                )
                in_background = settings.BACKGROUND_JOBS and len(plan.to_create) >= IMPORT_IN_BACKGROUND_FROM
                if plan.is_valid and "confirm" in request.POST and in_background and data["jeton"]:
                    import_in_background(
                        user=user,
                        token=data["jeton"],
                        filename=data["filename"],
                        region=data["region"],
                        organization=data["organisation"],
                        source=data["source"],
                        allowed_organization_ids=None
                        if policy.scope_of(user).national
                        else list(organizations.values_list("pk", flat=True)),
                        state=data["etat"],
                    )
                    messages.success(
                        request,
                        _(
                            "L’import de %(count)s événements se poursuit en arrière-plan : vous recevrez un "
                            "courriel à la fin."
                        )
                        % {"count": len(plan.to_create)},
                    )
                    return redirect(reverse("admin:opendata_importedevent_changelist"))
                if plan.is_valid and "confirm" in request.POST:
                    created = import_events(plan=plan, state=data["etat"], user=user, source_name=data["filename"])
                    discard_upload(user=user, token=data["jeton"])
                    message = ngettext(
                        "%(count)s événement importé.", "%(count)s événements importés.", len(created)
                    ) % {"count": len(created)}
                    if plan.to_update:
                        message += " " + ngettext(
                            "%(count)s événement mis à jour.", "%(count)s événements mis à jour.", len(plan.to_update)
                        ) % {"count": len(plan.to_update)}
                    if plan.already_imported:
                        skipped = len(plan.already_imported)
                        message += " " + ngettext(
                            "%(count)s événement déjà présent a été ignoré.",
                            "%(count)s événements déjà présents ont été ignorés.",
                            skipped,
                        ) % {"count": skipped}
                    messages.success(request, message)
                    return redirect(reverse("admin:opendata_importedevent_changelist"))
                if plan.is_valid and plan.has_work:
                    kept = data["jeton"] if data["jeton"] and not data["fichier"] else ""
                    token = kept or keep_upload(user=user, name=data["filename"], content=data["data"])
        context = {
            **self.admin_site.each_context(request),
            "opts": self.model._meta,
            "title": _("Importer des événements"),
            "form": form,
            "plan": plan,
            "token": token,
        }
        return TemplateResponse(request, "admin/opendata/import.html", context)


# -- Sources: agendas followed by `manage.py sync_sources` -----------------------------------------------


class SourceForm(CleanTextModelForm):
    class Meta:
        model = Source
        fields = "__all__"

    url = forms.URLField(
        label=_("Adresse"),
        max_length=500,
        assume_scheme="https",
        widget=forms.URLInput(attrs={"size": 80}),
        help_text=_("L’adresse du calendrier .ics ou de l’export JSON de l’agenda OpenAgenda."),
    )

    def clean_url(self):
        url = self.cleaned_data["url"]
        if not url.lower().startswith(("http://", "https://")):
            raise forms.ValidationError(_("L’adresse doit commencer par http:// ou https://."))
        return url

    def clean_mapping(self):
        text = self.cleaned_data["mapping"]
        wrong = [line for line in text.splitlines() if line.strip() and "=" not in line]
        if wrong:
            raise forms.ValidationError(
                _("« %(line)s » : écrivez « valeur de la source = identifiant du site ».") % {"line": wrong[0]}
            )
        return text

    def clean(self):
        cleaned = super().clean()
        if not cleaned.get("organization") and not (cleaned.get("organization_name") or "").strip():
            self.add_error(
                "organization", _("Choisissez l’organisation, ou donnez le nom de l’organisation à trouver ou créer.")
            )
        return cleaned


class FailingFilter(admin.SimpleListFilter):
    title = _("état")
    parameter_name = "etat"

    def lookups(self, request, model_admin):
        return [("echec", _("En échec")), ("ok", _("À jour"))]

    def queryset(self, request, queryset):
        if self.value() == "echec":
            return queryset.filter(failing_since__isnull=False)
        if self.value() == "ok":
            return queryset.filter(failing_since__isnull=True)
        return queryset


@admin.register(Source)
class SourceAdmin(ScopedAdminMixin, admin.ModelAdmin):
    """National staff declare sources anywhere; a CRESS moderator for its regions only (the region's and
    the organisation's choices are limited to their scope, and a posted value outside it is refused)."""

    moderators_see = True
    moderator_can_change = True
    form = SourceForm
    list_display = ["name", "kind", "region", "organization", "sync_state", "last_fetched_at", "next_retry_at"]
    list_select_related = ["region", "organization"]
    list_filter = [FailingFilter, "kind", ("region", admin.RelatedOnlyFieldListFilter)]
    search_fields = ["name", "url", "organization__name", "organization_name"]
    filter_horizontal = ["default_themes"]
    autocomplete_fields = ["organization"]
    actions = ["sync_now"]
    readonly_fields = [
        "sync_state",
        "last_fetched_at",
        "last_success_at",
        "failures",
        "next_retry_at",
        "last_error",
        "last_result",
        "etag",
        "last_modified",
    ]
    fieldsets = [
        (None, {"fields": ["name", "kind", "url", "region", "active"]}),
        (_("Organisation"), {"fields": ["organization", "organization_name"]}),
        (_("Correspondances"), {"fields": ["default_type", "default_themes", "mapping", "new_events_state"]}),
        (
            _("État de la synchronisation"),
            {
                "fields": [
                    "sync_state",
                    "last_fetched_at",
                    "last_success_at",
                    "failures",
                    "next_retry_at",
                    "last_error",
                    "last_result",
                    "etag",
                    "last_modified",
                ]
            },
        ),
    ]

    def has_add_permission(self, request):
        return policy.scope_of(request.user).has_access

    def has_delete_permission(self, request, obj=None):
        scope = policy.scope_of(request.user)
        return scope.national or (scope.is_moderator and (obj is None or self.in_scope(request, obj)))

    def save_model(self, request, obj, form, change):
        if not change:
            obj.created_by = request.user
        super().save_model(request, obj, form, change)

    @admin.display(description=_("état"))
    def sync_state(self, obj):
        if obj.failing_since:
            return _("En échec depuis le %(date)s : %(error)s") % {
                "date": date_format(timezone.localtime(obj.failing_since), "j F Y H:i"),
                "error": obj.last_error[:200],
            }
        if obj.last_success_at:
            return _("À jour")
        return _("Jamais lue")

    @admin.action(description=_("Synchroniser maintenant"))
    def sync_now(self, request, queryset):
        for source in queryset.select_related("region", "organization"):
            result = sync_source(source)
            if result.status == "failed":
                self.message_user(
                    request, _("« %(name)s » : %(error)s") % {"name": source, "error": result.error}, messages.ERROR
                )
            else:
                self.message_user(
                    request, _("« %(name)s » : %(summary)s") % {"name": source, "summary": result.summary()}
                )
