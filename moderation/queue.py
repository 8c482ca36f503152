"""The review queue's edition (the current one unless another is chosen) and the next event to review.

The changelist, its state counts, the exports and the dashboard all read the edition through
`chosen_edition`: `?edition=2025` picks another one, `?edition=toutes` every edition, and no parameter
means the current edition (`Edition.current()`).
"""

from django.contrib import admin, messages
from django.contrib.admin import helpers
from django.http import HttpResponseRedirect
from django.urls import reverse
from django.utils.translation import gettext_lazy as _

from events.models import Edition, Event, EventReport

EDITION_PARAMETER = "edition"
ALL_EDITIONS = "toutes"


def current_edition():
    """The edition the admin shows by default."""
    return Edition.current()


def chosen_edition(params) -> Edition | None:
    """The edition `params` (a request's GET) asks for; None means every edition.

    Without the parameter, or with a year that is no edition, the current edition.
    """
    value = params.get(EDITION_PARAMETER, "")
    if value == ALL_EDITIONS:
        return None
    if value.isdigit():
        edition = Edition.objects.filter(year=int(value)).first()
        if edition is not None:
            return edition
    return current_edition()


def of_edition(queryset, params):
    edition = chosen_edition(params)
    return queryset if edition is None else queryset.filter(edition=edition)


class EditionFilter(admin.SimpleListFilter):
    """The edition: the current one unless another, or « toutes », is chosen."""

    title = _("édition")
    parameter_name = EDITION_PARAMETER

    def __init__(self, request, params, model, model_admin):
        super().__init__(request, params, model, model_admin)
        self.edition = chosen_edition(request.GET)

    def lookups(self, request, model_admin):
        editions = [(str(edition.year), str(edition.year)) for edition in Edition.objects.order_by("-year")]
        return [*editions, (ALL_EDITIONS, _("Toutes les éditions"))]

    def has_output(self):
        return True

    def choices(self, changelist):
        chosen = ALL_EDITIONS if self.edition is None else str(self.edition.year)
        for value, label in self.lookup_choices:
            yield {
                "selected": value == chosen,
                "query_string": changelist.get_query_string({self.parameter_name: value}),
                "display": label,
            }

    def queryset(self, request, queryset):
        return queryset if self.edition is None else queryset.filter(edition=self.edition)


def next_waiting(queryset, *, after_ids):
    """The event waiting the longest in `queryset` (the user's queue), other than `after_ids`."""
    return (
        queryset.filter(state=Event.State.PENDING)
        .exclude(pk__in=after_ids)
        .order_by("submitted_at", "starts_at", "pk")
        .first()
    )


NEXT_PARAMETER = "suivant"


def next_response(model_admin, request):
    """After a decision on the review page: the next waiting event of the same edition, in the user's
    queue, or the queue itself (with a word) when none is left."""
    decided = [int(pk) for pk in request.POST.getlist(helpers.ACTION_CHECKBOX_NAME) if pk.isdigit()]
    queryset = model_admin.get_queryset(request)
    edition_id = queryset.filter(pk__in=decided).values_list("edition_id", flat=True).first()
    if edition_id is not None:
        queryset = queryset.filter(edition_id=edition_id)
    following = next_waiting(queryset, after_ids=decided)
    if following is not None:
        return HttpResponseRedirect(reverse("admin:events_event_change", args=[following.pk]))
    messages.info(request, _("Plus aucun événement en attente : la file est vide."))
    return HttpResponseRedirect(reverse("admin:events_event_changelist") + "?state__exact=" + Event.State.PENDING)


class ReportedFilter(admin.SimpleListFilter):
    """Events with a report from the public still to close (« Signaler un problème »)."""

    title = _("signalement du public")
    parameter_name = "signale"

    def lookups(self, request, model_admin):
        return [("oui", _("À traiter"))]

    def queryset(self, request, queryset):
        if self.value() == "oui":
            return queryset.filter(pk__in=EventReport.objects.open().values("event_id"))
        return queryset
