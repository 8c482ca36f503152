"""The moderators' admin: the review queue of events (`EventAdmin`) with its decisions, exports and
figures, and the reference data moderators read (regions, departments), scoped by `accounts.scoping`.

The admin of regions lives here rather than in `regions`: it needs the access policy, which sits above
the reference data in the layers (docs/architecture.md)."""

from django import forms
from django.contrib import admin, messages
from django.contrib.admin import helpers
from django.contrib.admin.options import IncorrectLookupParameters
from django.contrib.admin.views.main import ERROR_FLAG
from django.contrib.admin.widgets import AdminFileWidget
from django.core.exceptions import PermissionDenied
from django.db import models
from django.db.models import Count
from django.forms.models import BaseInlineFormSet
from django.http import HttpResponseRedirect
from django.template.response import TemplateResponse
from django.urls import path, reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext

from accounts import policy
from accounts.scoping import ScopedAdminMixin, ScopedInlineMixin
from core import images
from core.forms import BoundedDateTimeField, CleanTextMixin, CleanTextModelForm
from events import images as event_images
from events import rules, services, workflow
from events.forms import EditConflictMixin
from events.models import ACCESSIBILITY_FLAGS, Event, TimeSlot, review_first, waiting_since
from regions import places
from regions.models import Department, Region

from . import (
    exports,
    figures,
    queue,
    report_admin,  # noqa: F401 (registers the reports' admin)
    review,
)


class TimeSlotForm(CleanTextModelForm):
    """One labelled field per date and time (Django's split widgets leave the time unlabelled)."""

    # Bounded: a moderator's typo such as year 1 would overflow when the slot is shifted to UTC.
    starts_at = BoundedDateTimeField(
        label=_("Début"),
        help_text=_("À l’heure locale de la région de l’événement."),
        widget=forms.DateTimeInput(attrs={"type": "datetime-local"}, format="%Y-%m-%dT%H:%M"),
    )
    ends_at = BoundedDateTimeField(
        label=_("Fin"),
        widget=forms.DateTimeInput(attrs={"type": "datetime-local"}, format="%Y-%m-%dT%H:%M"),
    )

    class Meta:
        model = TimeSlot
        fields = ["starts_at", "ends_at"]

    def clean(self):
        cleaned = super().clean()
        if problem := rules.slot_error(cleaned.get("starts_at"), cleaned.get("ends_at")):
            self.add_error("ends_at", problem)
        return cleaned


class TimeSlotInlineFormSet(BaseInlineFormSet):
    """The organisation's form replaces all the slots of an event: a change form opened before that
    posts rows whose slots no longer exist, which Django refuses with an error on a hidden field that
    nobody sees. Such rows are laid, in order, over the event's slots as they are now (the extra slots
    marked for deletion); the change form says what changed meanwhile (EventAdminForm.clean), and
    saving again keeps the moderator's rows."""

    def __init__(self, data=None, *args, **kwargs):
        super().__init__(data, *args, **kwargs)
        if self.is_bound and self.instance.pk:
            self._lay_stale_rows_over_current_slots()

    def _lay_stale_rows_over_current_slots(self):
        try:
            initial = int(self.data.get(f"{self.prefix}-INITIAL_FORMS", 0))
            total = int(self.data.get(f"{self.prefix}-TOTAL_FORMS", 0))
        except ValueError:
            return  # the management form reports it
        current = list(self.get_queryset())
        ids = {str(slot.pk) for slot in current}
        if all(self.data.get(f"{self.prefix}-{i}-id", "") in ids for i in range(initial)):
            return
        rows = []
        for i in range(min(total, self.absolute_max)):
            start = f"{self.prefix}-{i}-"
            rows.append({key[len(start) :]: self.data.getlist(key) for key in self.data if key.startswith(start)})
        tz = timezone.get_current_timezone()
        for slot in current[len(rows) :]:  # slots the moderator's page did not show: removed
            rows.append(
                {
                    "starts_at": [timezone.localtime(slot.starts_at, tz).strftime("%Y-%m-%dT%H:%M")],
                    "ends_at": [timezone.localtime(slot.ends_at, tz).strftime("%Y-%m-%dT%H:%M")],
                    "DELETE": ["on"],
                }
            )
        data = self.data.copy()
        for key in [
            key for key in data if key.startswith(f"{self.prefix}-") and key[len(self.prefix) + 1 :][:1].isdigit()
        ]:
            del data[key]
        for i, row in enumerate(rows):
            for name, values in row.items():
                data.setlist(f"{self.prefix}-{i}-{name}", values)
            data[f"{self.prefix}-{i}-id"] = str(current[i].pk) if i < len(current) else ""
            data[f"{self.prefix}-{i}-event"] = str(self.instance.pk)
        data[f"{self.prefix}-INITIAL_FORMS"] = str(len(current))
        data[f"{self.prefix}-TOTAL_FORMS"] = str(len(rows))
        self.data = data


class TimeSlotInline(ScopedInlineMixin, admin.StackedInline):
    model = TimeSlot
    form = TimeSlotForm
    formset = TimeSlotInlineFormSet
    extra = 0
    moderator_can_change = True

    def get_extra(self, request, obj=None, **kwargs):
        return 1 if obj is None else 0  # a new event starts with one slot to fill in

    def get_queryset(self, request):
        # Each row's label shows the slot in its region's time zone.
        return super().get_queryset(request).select_related("event__region")


class EditedAfterPublicationFilter(admin.SimpleListFilter):
    """Published events whose organisation changed them since no moderator has looked
    (Event.edited_after_publication; « Modifications vues » clears it)."""

    title = _("modifié depuis la publication")
    parameter_name = "modifie_apres_publication"

    def lookups(self, request, model_admin):
        return [("oui", _("Oui")), ("non", _("Non"))]

    def queryset(self, request, queryset):
        if self.value() == "oui":
            return queryset.filter(edited_after_publication=True)
        if self.value() == "non":
            return queryset.filter(edited_after_publication=False)
        return queryset


class StateFilter(admin.SimpleListFilter):
    """The moderation states with how many events of one's regions are in each (one query)."""

    title = _("état de modération")
    parameter_name = "state__exact"  # the admin's own name for it: links in mails keep working

    def lookups(self, request, model_admin):
        counts = dict(
            queue.of_edition(model_admin.get_queryset(request), request.GET)  # the edition shown
            .order_by()
            .values("state")
            .annotate(n=Count("*"))  # COUNT(*): the (edition, state) index answers alone
            .values_list("state", "n")
        )
        return [(value, f"{label} ({counts.get(value, 0)})") for value, label in Event.State.choices]

    def queryset(self, request, queryset):
        if self.value() in Event.State.values:
            return queryset.filter(state=self.value())
        return queryset


SKIPPED_SHOWN = 10


class DecisionMessageForm(CleanTextMixin, forms.Form):
    message = forms.CharField(
        label=_("Message à l’organisation"),
        widget=forms.Textarea(attrs={"rows": 6, "cols": 80, "aria-describedby": "id_message_helptext"}),
        help_text=_("L’organisation reçoit ce message par e-mail et le retrouve dans son espace."),
        error_messages={"required": _("Écrivez le message que recevra l’organisation : il est obligatoire.")},
    )


class EventAdminForm(EditConflictMixin, CleanTextModelForm):
    """The admin builds the fields from the fieldsets; this adds the cross-field check, and refuses
    to overwrite what someone else saved since the form was opened (services.lock_for_edit)."""

    edit_stamp = forms.CharField(required=False, widget=forms.HiddenInput)

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if self.instance.pk and not self.is_bound:
            self.initial["edit_stamp"] = services.edit_stamp(self.instance)

    # A new upload is checked and re-encoded like in the organisation space.
    image = images.ReencodedImageField(label=_("Image"), widget=AdminFileWidget)

    def _clean_place(self, cleaned):
        """The postal code, the commune and the department agree (regions.places, as in the space and
        the import); without a department, the commune's is filed, within the event's region."""
        if cleaned.get("attendance_mode") == Event.AttendanceMode.ONLINE or self.errors:
            return
        department = cleaned.get("department")
        place = places.check_place(
            cleaned.get("postal_code", ""), cleaned.get("city", ""), department_code=department and department.code
        )
        for name, message in place.errors.items():
            self.add_error(name, message)
        if place.errors or place.commune is None or department is not None:
            return
        found = Department.objects.filter(code=place.department_code).first()
        region = cleaned.get("region")
        if found is None or (region and found.region_id != region.pk):
            self.add_error(
                "postal_code",
                _("Ce code postal n’est pas dans la région %(region)s.") % {"region": region.name if region else "—"},
            )
            return
        cleaned["department"] = found
        self.instance.department = found

    def clean(self):
        cleaned = super().clean()
        region, department = cleaned.get("region"), cleaned.get("department")
        if region and department and department.region_id != region.pk:
            self.add_error(
                "department",
                _("Ce département n’est pas dans la région %(region)s.") % {"region": region.name},
            )
        self._clean_place(cleaned)
        if self.instance.pk and not self.errors:
            # Inside the change view's transaction: the row stays locked until the save is committed.
            try:
                services.lock_for_edit(event=self.instance, stamp=cleaned.get("edit_stamp", ""), transition="correct")
            except services.EditConflict as conflict:
                self.show_conflict(conflict)
        return cleaned


@admin.register(Event)
class EventAdmin(ScopedAdminMixin, admin.ModelAdmin):
    """The moderators' review queue: pending events first, oldest submission first."""

    moderators_see = True
    moderator_can_change = True
    form = EventAdminForm
    list_display = ["title", "organization", "waiting", "first_date", "department", "region", "state", "edited_flag"]
    list_select_related = ["organization", "region", "department"]
    list_filter = [
        StateFilter,
        ("region", admin.RelatedOnlyFieldListFilter),
        ("department", admin.RelatedOnlyFieldListFilter),
        "themes",
        "event_type",
        "attendance_mode",
        queue.EditionFilter,
        EditedAfterPublicationFilter,
        queue.ReportedFilter,
    ]
    # The state filter counts by itself; every other count on demand (each costs a query per filter).
    show_facets = admin.ShowFacets.ALLOW
    list_per_page = 50
    search_fields = ["title", "organization__name"]
    search_help_text = _("Cherche dans le titre de l’événement et le nom de l’organisation.")
    autocomplete_fields = ["organization", "department"]
    # Check boxes rather than filter_horizontal, whose widget fails automated accessibility checks.
    formfield_overrides = {
        **ScopedAdminMixin.formfield_overrides,
        models.ManyToManyField: {"widget": forms.CheckboxSelectMultiple},
    }
    inlines = [TimeSlotInline]
    actions = ["publish", "reject", "request_changes", "unpublish", "acknowledge_changes"]
    # What only the workflow's transitions write, then what the slots decide.
    readonly_fields = [
        *services.MODERATION_FIELDS,
        "starts_at",
        "ends_at",
        "created_at",
        "updated_at",
    ]
    fieldsets = [
        (
            _("Modération"),
            {
                "fields": [
                    ("state", "submitted_at", "published_at"),
                    ("state_changed_at", "state_changed_by"),
                    "moderation_message",
                ]
            },
        ),
        (None, {"fields": ["organization", "edition", "title", "slug", "summary", "description"]}),
        (_("Statut"), {"fields": ["status", "status_message"]}),
        (_("Dates"), {"fields": [("starts_at", "ends_at")]}),
        (
            _("Lieu"),
            {
                "fields": [
                    "attendance_mode",
                    "region",
                    "venue_name",
                    "address",
                    ("postal_code", "city"),
                    "department",
                    ("latitude", "longitude"),
                    "online_url",
                ]
            },
        ),
        (_("Contenu"), {"fields": ["themes", "event_type", "audiences", "highlight", "image", "image_alt"]}),
        (
            _("Tarifs et inscription"),
            {
                "fields": [
                    "is_free",
                    "price_conditions",
                    "registration_url",
                    "registration_email",
                    "registration_phone",
                ]
            },
        ),
        (
            _("Accessibilité"),
            {"fields": [field for _value, field, _label in ACCESSIBILITY_FLAGS]},
        ),
        (_("Suivi"), {"fields": [("created_at", "updated_at"), "edit_stamp"]}),
    ]

    # Queue -----------------------------------------------------------------------------------

    def get_ordering(self, request):
        # What waits for a moderator first (pending events and published events edited since),
        # the longest waiting first, side by side. Plain expressions, as Django also orders other
        # querysets of events (the inlines' choices) with this.
        # The index event_review_queue_idx has these keys: the first page is read from it.
        return [review_first().asc(), waiting_since().asc(nulls_last=True), "starts_at", "pk"]

    @admin.display(description=_("attente"), ordering=waiting_since())
    def waiting(self, obj):
        if obj.state == Event.State.PENDING and obj.submitted_at is not None:
            days = (timezone.now() - obj.submitted_at).days
            if days == 0:
                return _("en attente depuis aujourd’hui")
            return ngettext("en attente depuis %(days)d jour", "en attente depuis %(days)d jours", days) % {
                "days": days
            }
        if obj.state == Event.State.PUBLISHED and obj.edited_after_publication and obj.changes_pending_since:
            days = (timezone.now() - obj.changes_pending_since).days
            if days == 0:
                return _("modifié depuis la publication, aujourd’hui")
            return ngettext(
                "modifié depuis la publication, il y a %(days)d jour",
                "modifié depuis la publication, il y a %(days)d jours",
                days,
            ) % {"days": days}
        return "—"

    @admin.display(description=_("première date"), ordering="starts_at")
    def first_date(self, obj):
        if obj.starts_at is None:
            return "—"
        return timezone.localtime(obj.starts_at, obj.region.tzinfo).strftime("%d/%m/%Y %H:%M")

    @admin.display(description=_("modifié depuis la publication"), ordering="edited_after_publication")
    def edited_flag(self, obj):
        # Words rather than Django's red crosses: the exception stands out, not every other row.
        return _("oui, à revoir") if obj.edited_after_publication else "—"

    # Forms -----------------------------------------------------------------------------------

    # The choices of every foreign key and many-to-many are limited by ScopedAdminMixin
    # (accounts.policy.assignable): a moderator cannot move an event out of their regions or into an
    # organisation they do not see.

    def get_readonly_fields(self, request, obj=None):
        readonly = super().get_readonly_fields(request, obj)
        if not policy.scope_of(request.user).national:
            # Organisations cannot move an event to another edition either; national staff can.
            return [*readonly, "edition"]
        return readonly

    def save_model(self, request, obj, form, change):
        super().save_model(request, obj, form, change)
        before = (form.initial.get("status"), form.initial.get("status_message", ""))
        if change and (obj.status, obj.status_message) != before:
            # Checked by the model's rules (Event.clean); kept in the history like the organisation's.
            services.record_status_change(event=obj, user=request.user, before=before)
        if "image" in form.changed_data:
            event_images.refresh_image_sizes(obj)  # by a worker when there is a queue

    def save_related(self, request, form, formsets, change):
        super().save_related(request, form, formsets, change)
        services.refresh_event_dates(event=form.instance)
        if not change:
            # Entered by staff on the organisation's behalf: it counts as submitted and waits
            # in the queue like any other (a draft could never be published).
            services.submit_event(event=form.instance, user=request.user)

    def _posted_region_timezone(self, request):
        """The time zone of the region chosen in the posted form, if it is a valid choice."""
        region_id = request.POST.get("region", "")
        if not region_id.isdigit():
            return None
        field = self.model._meta.get_field("region")
        region = self.formfield_for_foreignkey(field, request).queryset.filter(pk=region_id).first()
        return region.tzinfo if region else None

    def add_view(self, request, form_url="", extra_context=None):
        # The slots of a new event are read in the time zone of the region chosen in the same form.
        tzinfo = self._posted_region_timezone(request) if request.method == "POST" else None
        extra_context = {"title": _("Ajouter un événement"), **(extra_context or {})}
        with timezone.override(tzinfo or timezone.get_current_timezone()):
            response = super().add_view(request, form_url, extra_context)
            if isinstance(response, TemplateResponse):
                response.render()
        return response

    def changelist_view(self, request, extra_context=None):
        # Django's French title (« Sélectionnez l'objet événement à changer ») reads poorly.
        title = (
            _("Les événements de toutes les régions")
            if policy.scope_of(request.user).national
            else _("Les événements de vos régions")
        )
        return super().changelist_view(request, {"title": title, **(extra_context or {})})

    def get_list_display(self, request):
        scope = policy.scope_of(request.user)
        if not scope.national and len(scope.region_ids) == 1:
            return [name for name in self.list_display if name != "region"]  # always the same region
        return self.list_display

    def change_view(self, request, object_id, form_url="", extra_context=None):
        event = self.get_object(request, object_id)  # 404 outside one's regions, before anything else
        extra_context = {
            "title": _("Examiner l’événement"),
            **(extra_context or {}),
            **review.review_context(event=event, scoped_events=self.get_queryset(request)),
        }
        # Slots are entered and shown in the event's region time zone (overseas regions differ).
        with timezone.override(event.region.tzinfo):
            response = super().change_view(request, object_id, form_url, extra_context)
            if isinstance(response, TemplateResponse):
                response.render()
        return response

    # Decisions -------------------------------------------------------------------------------

    def response_action(self, request, queryset):
        # A decision taken on the review page (its form posts `suivant`) opens the next waiting event.
        response = super().response_action(request, queryset)
        if request.POST.get(queue.NEXT_PARAMETER) and isinstance(response, HttpResponseRedirect):
            return queue.next_response(self, request)
        return response

    def has_moderate_permission(self, request):
        return policy.scope_of(request.user).has_access

    def _report_skipped(self, request, action, skipped):
        if not skipped:
            return
        shown = ", ".join(
            _("« %(title)s » (%(state)s)") % {"title": event.title, "state": event.get_state_display().lower()}
            for event in skipped[:SKIPPED_SHOWN]
        )
        if len(skipped) > SKIPPED_SHOWN:
            shown += " " + _("et %(count)d autres") % {"count": len(skipped) - SKIPPED_SHOWN}
        self.message_user(
            request,
            ngettext(
                "%(count)d événement laissé tel quel : %(events)s. %(reason)s",
                "%(count)d événements laissés tels quels : %(events)s. %(reason)s",
                len(skipped),
            )
            % {"count": len(skipped), "reason": workflow.refusal(action), "events": shown},
            messages.WARNING,
        )

    def _split_by_state(self, queryset, action):
        events = list(queryset.select_related("organization", "region"))
        allowed = [e for e in events if workflow.allows(e, action)]
        return allowed, [e for e in events if e not in allowed]

    def _decide(self, request, events, *, decide, done_message):
        """Take the decision on each event; one that someone else decided on meanwhile (the service
        checks under the row lock) is left as it is, and the message says what it became."""
        done = []
        for event in events:
            try:
                decide(event)
            except workflow.TransitionError as refused:
                self.message_user(request, refused.changed_meanwhile, messages.WARNING)
                continue
            done.append(event)
        if done:
            self.message_user(request, done_message(len(done)) % {"count": len(done)}, messages.SUCCESS)
        return done

    def _decide_without_message(self, request, queryset, *, action, decide, done_message):
        allowed, skipped = self._split_by_state(queryset, action)
        self._decide(request, allowed, decide=decide, done_message=done_message)
        self._report_skipped(request, action, skipped)

    def _decide_with_message(self, request, queryset, *, action, title, intro, decide, done_message):
        allowed, skipped = self._split_by_state(queryset, action)
        if not allowed:  # nothing to ask a message for
            self._report_skipped(request, action, skipped)
            return None
        form = DecisionMessageForm(request.POST if "apply" in request.POST else None)
        if form.is_valid():
            message = form.cleaned_data["message"]
            self._decide(request, allowed, decide=lambda event: decide(event, message), done_message=done_message)
            self._report_skipped(request, action, skipped)
            return None  # back to the changelist
        context = {
            **self.admin_site.each_context(request),
            "title": title,
            "intro": intro,
            "subtitle": None,
            "events": allowed,
            "skipped": skipped,
            "skip_reason": workflow.refusal(action),
            "form": form,
            "action_name": action,
            "action_checkbox_name": helpers.ACTION_CHECKBOX_NAME,
            "opts": self.model._meta,
            "media": self.media + form.media,
        }
        return TemplateResponse(request, "admin/events/event/decision_message.html", context)

    @admin.action(description=_("Publier les événements sélectionnés"), permissions=["moderate"])
    def publish(self, request, queryset):
        self._decide_without_message(
            request,
            queryset,
            action="publish",
            decide=lambda event: services.publish_event(event=event, moderator=request.user),
            done_message=lambda n: ngettext("%(count)d événement publié.", "%(count)d événements publiés.", n),
        )

    @admin.action(description=_("Refuser les événements sélectionnés…"), permissions=["moderate"])
    def reject(self, request, queryset):
        return self._decide_with_message(
            request,
            queryset,
            action="reject",
            title=_("Refuser des événements"),
            intro=_("Expliquez à l’organisation pourquoi son événement n’est pas retenu."),
            decide=lambda event, message: services.reject_event(event=event, moderator=request.user, reason=message),
            done_message=lambda n: ngettext("%(count)d événement refusé.", "%(count)d événements refusés.", n),
        )

    @admin.action(description=_("Demander des modifications…"), permissions=["moderate"])
    def request_changes(self, request, queryset):
        return self._decide_with_message(
            request,
            queryset,
            action="request_changes",
            title=_("Demander des modifications"),
            intro=_("Dites à l’organisation ce qu’elle doit changer avant la publication."),
            decide=lambda event, message: services.request_changes(
                event=event, moderator=request.user, message=message
            ),
            done_message=lambda n: ngettext(
                "Modifications demandées pour %(count)d événement.",
                "Modifications demandées pour %(count)d événements.",
                n,
            ),
        )

    @admin.action(description=_("Dépublier les événements sélectionnés…"), permissions=["moderate"])
    def unpublish(self, request, queryset):
        return self._decide_with_message(
            request,
            queryset,
            action="unpublish",
            title=_("Dépublier des événements"),
            intro=_(
                "L’événement quitte le site public et revient dans la file d’attente. Dites à l’organisation pourquoi."
            ),
            decide=lambda event, message: services.unpublish_event(
                event=event, moderator=request.user, message=message
            ),
            done_message=lambda n: ngettext("%(count)d événement dépublié.", "%(count)d événements dépubliés.", n),
        )

    @admin.action(description=_("Modifications vues"), permissions=["moderate"])
    def acknowledge_changes(self, request, queryset):
        """What the organisation changed since the publication has been read: the event leaves the
        queue until its next edit (events.services.acknowledge_changes)."""
        self._decide_without_message(
            request,
            queryset,
            action="acknowledge_changes",
            decide=lambda event: services.acknowledge_changes(event=event, moderator=request.user),
            done_message=lambda n: ngettext(
                "Modifications vues pour %(count)d événement.", "Modifications vues pour %(count)d événements.", n
            ),
        )

    # Exports and figures -------------------------------------------------------------------------

    def get_urls(self):
        own = [
            path("export/csv/", self.admin_site.admin_view(self.export_csv_view), name="events_event_export_csv"),
            path("export/xlsx/", self.admin_site.admin_view(self.export_xlsx_view), name="events_event_export_xlsx"),
            path("chiffres/", self.admin_site.admin_view(self.figures_view), name="events_event_figures"),
            path(
                "chiffres/csv/",
                self.admin_site.admin_view(self.figures_csv_view),
                name="events_event_figures_csv",
            ),
            path(
                "chiffres/xlsx/",
                self.admin_site.admin_view(self.figures_xlsx_view),
                name="events_event_figures_xlsx",
            ),
        ]
        return own + super().get_urls()

    def _filtered_queryset(self, request):
        """The changelist's queryset, with the same filters and search as the page the link came from."""
        if not self.has_view_permission(request):
            raise PermissionDenied
        return self.get_changelist_instance(request).get_queryset(request)

    def _export(self, request, respond):
        try:
            queryset = self._filtered_queryset(request)
        except IncorrectLookupParameters:
            # As the changelist does with a malformed filter: back to it, with Django's message.
            return HttpResponseRedirect(reverse("admin:events_event_changelist") + "?" + ERROR_FLAG + "=1")
        return respond(queryset)

    def export_csv_view(self, request):
        return self._export(request, exports.csv_response)

    def export_xlsx_view(self, request):
        return self._export(request, exports.xlsx_response)

    def _figures(self, request):
        if not self.has_view_permission(request):
            raise PermissionDenied
        scope = policy.scope_of(request.user)
        return figures.figures_context(request, region_ids=None if scope.national else scope.region_ids)

    def figures_view(self, request):
        context = {
            **self.admin_site.each_context(request),
            "title": _("Chiffres de l’édition"),
            "opts": self.model._meta,
            **self._figures(request),
        }
        return TemplateResponse(request, "admin/events/event/figures.html", context)

    def _figures_download(self, request, respond):
        context = self._figures(request)
        if context["edition"] is None:
            return HttpResponseRedirect(reverse("admin:events_event_figures"))
        return respond(figures.figures_rows(context), context["edition"].year)

    def figures_csv_view(self, request):
        return self._figures_download(request, exports.figures_csv_response)

    def figures_xlsx_view(self, request):
        return self._figures_download(request, exports.figures_xlsx_response)


@admin.register(Region)
class RegionAdmin(ScopedAdminMixin, admin.ModelAdmin):
    """National staff keep the CRESS details up to date; moderators read their own region."""

    moderators_see = True
    list_display = ["name", "code", "timezone", "cress_name", "cress_website"]
    search_fields = ["name", "cress_name"]
    prepopulated_fields = {"slug": ["name"]}

    def has_add_permission(self, request):
        return False  # the 18 regions are reference data

    def has_delete_permission(self, request, obj=None):
        return False


@admin.register(Department)
class DepartmentAdmin(ScopedAdminMixin, admin.ModelAdmin):
    """Reference data; moderators read (and autocomplete) their regions' departments."""

    moderators_see = True
    list_display = ["code", "name", "region", "prefecture"]
    list_filter = [("region", admin.RelatedOnlyFieldListFilter)]
    list_select_related = ["region"]
    search_fields = ["code", "name"]

    def has_add_permission(self, request):
        return False

    def has_change_permission(self, request, obj=None):
        return False

    def has_delete_permission(self, request, obj=None):
        return False
