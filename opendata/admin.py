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
from django.utils.translation import gettext as _
from django.utils.translation import ngettext

from accounts import policy
from accounts.scoping import ScopedAdminMixin, scoped_form

from .forms import ImportForm
from .imports import ImportFileError, plan_import, read_file
from .models import ImportedEvent
from .services import IMPORT_IN_BACKGROUND_FROM, import_events, import_in_background
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
    list_display = ["event", "organization", "uid", "source_name", "imported_at", "imported_by"]
    list_select_related = ["event", "organization", "imported_by"]
    list_filter = [("event__region", admin.RelatedOnlyFieldListFilter), "imported_at"]  # only regions in scope
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
            request.POST or None, request.FILES or None, regions=regions, organizations=organizations, user=user
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
                )
                in_background = settings.BACKGROUND_JOBS and len(plan.to_create) >= IMPORT_IN_BACKGROUND_FROM
                if plan.is_valid and "confirm" in request.POST and in_background and data["jeton"]:
                    import_in_background(
                        user=user,
                        token=data["jeton"],
                        filename=data["filename"],
                        region=data["region"],
                        organization=data["organisation"],
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
                    if plan.already_imported:
                        skipped = len(plan.already_imported)
                        message += " " + ngettext(
                            "%(count)s événement déjà présent a été ignoré.",
                            "%(count)s événements déjà présents ont été ignorés.",
                            skipped,
                        ) % {"count": skipped}
                    messages.success(request, message)
                    return redirect(reverse("admin:opendata_importedevent_changelist"))
                if plan.is_valid and plan.to_create:
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
