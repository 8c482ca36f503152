"""The reports from the public in the admin: each region's moderators see and close theirs (another
region's report is a 404), national staff all of them. Reports are filed by `events.reports`; they
are read here, never edited: a moderator closes one, having acted on the event or not."""

from django.contrib import admin, messages
from django.urls import reverse
from django.utils.html import format_html
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext

from accounts import policy
from accounts.scoping import ScopedAdminMixin
from events import reports
from events.models import EventReport

OPEN, CLOSED, ALL = "ouverts", "clos", "tous"


class ReportStateFilter(admin.SimpleListFilter):
    """Open reports unless the closed ones, or all, are asked for."""

    title = _("état")
    parameter_name = "etat"

    def lookups(self, request, model_admin):
        return [(OPEN, _("À traiter")), (CLOSED, _("Clos")), (ALL, _("Tous"))]

    def choices(self, changelist):
        chosen = self.value() or OPEN
        for value, label in self.lookup_choices:
            yield {
                "selected": value == chosen,
                "query_string": changelist.get_query_string({self.parameter_name: value}),
                "display": label,
            }

    def queryset(self, request, queryset):
        value = self.value() or OPEN
        if value == OPEN:
            return queryset.filter(closed_at__isnull=True)
        if value == CLOSED:
            return queryset.filter(closed_at__isnull=False)
        return queryset


@admin.register(EventReport)
class EventReportAdmin(ScopedAdminMixin, admin.ModelAdmin):
    moderators_see = True
    list_display = ["event_link", "reason", "created_at", "state"]
    list_display_links = ["reason"]
    list_select_related = ["event", "event__region"]
    list_filter = [ReportStateFilter, ("event__region", admin.RelatedOnlyFieldListFilter), "reason"]
    search_fields = ["event__title", "message"]
    search_help_text = _("Cherche dans le titre de l’événement et le message.")
    actions = ["close_acted", "close_dismissed"]
    fields = ["event_link", "reason", "message", "email", "created_at", "state", "closed_by"]
    readonly_fields = fields
    ordering = ["created_at", "pk"]

    def get_queryset(self, request):
        return super().get_queryset(request).select_related("event", "closed_by")

    def has_add_permission(self, request):
        return False  # reports come from the public pages

    def has_change_permission(self, request, obj=None):
        return False  # read, then closed by an action

    def has_moderate_permission(self, request):
        return policy.scope_of(request.user).has_access

    def get_actions(self, request):
        # Django's bulk delete aside: a report is closed, not removed.
        actions = super().get_actions(request)
        actions.pop("delete_selected", None)
        return actions

    @admin.display(description=_("événement"), ordering="event__title")
    def event_link(self, obj):
        return format_html(
            '<a href="{}">{}</a>', reverse("admin:events_event_change", args=[obj.event_id]), obj.event.title
        )

    @admin.display(description=_("état"), ordering="closed_at")
    def state(self, obj):
        if obj.is_open:
            return _("À traiter")
        return obj.get_outcome_display()

    def _close(self, request, queryset, *, acted):
        closed = sum(reports.close_report(report=report, moderator=request.user, acted=acted) for report in queryset)
        left = queryset.count() - closed
        if closed:
            self.message_user(
                request,
                ngettext("%(count)d signalement clos.", "%(count)d signalements clos.", closed) % {"count": closed},
                messages.SUCCESS,
            )
        if left:
            self.message_user(
                request,
                ngettext(
                    "%(count)d signalement était déjà clos : laissé tel quel.",
                    "%(count)d signalements étaient déjà clos : laissés tels quels.",
                    left,
                )
                % {"count": left},
                messages.WARNING,
            )

    @admin.action(description=_("Clore : l’événement a été corrigé"), permissions=["moderate"])
    def close_acted(self, request, queryset):
        self._close(request, queryset, acted=True)

    @admin.action(description=_("Clore sans suite"), permissions=["moderate"])
    def close_dismissed(self, request, queryset):
        self._close(request, queryset, acted=False)

    def changelist_view(self, request, extra_context=None):
        title = _("Signalements du public")
        return super().changelist_view(request, {"title": title, **(extra_context or {})})

    def change_view(self, request, object_id, form_url="", extra_context=None):
        extra_context = {"title": _("Signalement"), **(extra_context or {})}
        return super().change_view(request, object_id, form_url, extra_context)
