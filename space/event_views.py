"""The organisation space's event pages: create, edit, preview, submit, duplicate, cancel, uncancel, delete.

The rules (which state allows what) are asked of `events.workflow`; the changes are made by `events.services`.

Every view reaches an event through `get_event_for_member`: another organisation's event is a 404.
"""

from functools import partial

from django.conf import settings
from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.files.storage import default_storage
from django.db import transaction
from django.http import JsonResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET, require_POST

from accounts import idempotency, ratelimit
from events import geocoding, services, workflow
from events.duplicates import similar_events
from events.forms import CancelForm, EventForm, SlotFormSet, slot_initial
from events.models import MAX_SLOTS, Edition, Event, EventLogEntry
from events.workflow import TransitionError


def member_events(user):
    return Event.objects.filter(organization__memberships__user=user)


def get_event_for_member(user, pk, *, for_update=False) -> Event:
    """The event if it belongs to one of the user's organisations; 404 otherwise."""
    events = member_events(user)
    if for_update:
        events = events.select_for_update(of=("self",))
    else:
        events = events.select_related("organization", "region", "edition", "department", "event_type", "highlight")
    return get_object_or_404(events, pk=pk)


@login_required
def event_create(request):
    organizations = list(request.user.organizations.select_related("department__region").order_by("name"))
    if not organizations:
        messages.info(request, _("Présentez d’abord votre organisation : vos événements seront publiés en son nom."))
        return redirect("space:organization_create")
    wanted = request.POST.get("organisation") or request.GET.get("organisation")
    organization = next((o for o in organizations if str(o.pk) == wanted), organizations[0])
    edition = Edition.current()
    if edition is None:
        return render(request, "events/space/closed.html", status=503)
    token = idempotency.token_from(request) if request.method == "POST" else idempotency.new_token()
    event = Event(organization=organization, edition=edition)
    return _edit_event(request, event, organizations=organizations, form_token=token)


@login_required
def event_edit(request, pk):
    event = get_event_for_member(request.user, pk)
    if not workflow.can_edit(event):
        messages.error(request, workflow.refusal("edit"))
        return redirect("space_events:preview", pk=event.pk)
    return _edit_event(request, event)


def _edit_event(request, event: Event, *, organizations=(), form_token=""):
    creating = event.pk is None
    data = request.POST if request.method == "POST" else None
    initial = None if creating or data is not None else {"edit_stamp": services.edit_stamp(event)}
    form = EventForm(data, request.FILES or None, instance=event, organization=event.organization, initial=initial)
    if data is not None and "add_slot" in data:
        # Without JavaScript, "Ajouter un créneau" sends the form: show one more row, save nothing,
        # keep an image already sent, and do not scold about fields not filled in yet.
        form.is_valid()
        form.keep_image_for_next_attempt(user=request.user)
        form._errors.clear()
        data = data.copy()
        try:
            rows = int(data.get("slots-TOTAL_FORMS") or 0)
        except ValueError:
            rows = 0
        data["slots-TOTAL_FORMS"] = str(min(max(rows, 0) + 1, MAX_SLOTS))
    formset = SlotFormSet(
        data,
        prefix="slots",
        initial=None if creating else slot_initial(event),
        form_kwargs={"edition": event.edition},
    )
    if data is not None and "add_slot" not in data:
        form_valid, formset_valid = form.is_valid(), formset.is_valid()
        if form_valid and formset_valid:
            try:
                event = _save_event(request, form, formset, creating=creating, token=form_token)
            except idempotency.AlreadySent as sent:
                return idempotency.redirect_to_created(request, sent)
            except TransitionError as refused:  # a moderator decided meanwhile (e.g. rejected it)
                messages.error(request, refused.changed_meanwhile)
                return redirect("space_events:preview", pk=event.pk)
            except services.EditConflict as conflict:
                form.show_conflict(conflict)
            else:
                if creating:
                    messages.success(request, _("Votre événement est enregistré. Relisez-le avant de l’envoyer."))
                elif event.state == Event.State.PUBLISHED:
                    messages.success(request, _("Vos modifications sont en ligne ; la CRESS voit ce qui a changé."))
                else:
                    messages.success(request, _("Vos modifications sont enregistrées."))
                return redirect("space_events:preview", pk=event.pk)
        form.keep_image_for_next_attempt(user=request.user)
    context = {
        "form": form,
        "formset": formset,
        "event": event,
        "creating": creating,
        "organizations": organizations,
        "form_token": form_token,
        "map_config": _map_config(event),
    }
    return render(request, "events/space/form.html", context)


def _map_config(event: Event) -> dict:
    """What the point picker needs: the tiles, and the region to frame before a point is set."""
    _name, url, options = settings.LEAFLET_CONFIG["TILES"][0]
    region = event.region if event.region_id else event.organization.region
    return {
        "tiles": url,
        "attribution": options.get("attribution", ""),
        "center": list(settings.LEAFLET_CONFIG["DEFAULT_CENTER"]),
        "zoom": settings.LEAFLET_CONFIG["DEFAULT_ZOOM"],
        "bounds": region.bounds if region else None,
    }


def _save_event(request, form, formset, *, creating: bool, token: str) -> Event:
    if creating:
        with idempotency.claim(user=request.user, token=token) as sending:
            event = form.save(commit=False)
            services.insert_event(event)
            form.save_m2m()
            services.replace_slots(event=event, slots=formset.slots(event.region.tzinfo))
            services.record_creation(event=event, user=request.user)
            sending.created(reverse("space_events:edit", kwargs={"pk": event.pk}))
    else:
        with transaction.atomic():
            before = services.lock_for_edit(event=form.instance, stamp=form.cleaned_data.get("edit_stamp", ""))
            event = form.save()
            services.replace_slots(event=event, slots=formset.slots(event.region.tzinfo))
            if event.state == Event.State.PUBLISHED:
                changes = services.changes_between(before, services.snapshot(event))
                services.record_edit(event=event, user=request.user, changes=changes)
    for name in form.replaced_image_files:
        transaction.on_commit(partial(default_storage.delete, name))
    return event


@login_required
def event_preview(request, pk):
    event = get_event_for_member(request.user, pk)
    slots = list(event.slots.all())
    latest_decision = event.log.filter(action__in=EventLogEntry.DECISIONS).order_by("-created_at", "-id").first()
    can_submit = workflow.can_submit(event)
    context = {
        "event": event,
        "slots": slots,
        "similar": similar_events(event) if can_submit else [],
        "can_submit": can_submit,
        "can_edit": workflow.can_edit(event),
        "can_cancel": workflow.can_cancel(event),
        "can_uncancel": workflow.can_uncancel(event),
        "can_delete": workflow.can_delete(event),
        "latest_decision": latest_decision,
        "duplicate_token": idempotency.new_token(),
    }
    return render(request, "events/space/preview.html", context)


@login_required
@require_POST
def event_submit(request, pk):
    user = request.user
    with transaction.atomic():
        event = get_event_for_member(user, pk, for_update=True)
        if event.state == Event.State.PENDING:
            # Already sent (a double click, a second tab): nothing more to do.
            messages.info(request, _("Cet événement a déjà été envoyé à la modération."))
            return redirect("space:dashboard")
        if not workflow.can_submit(event):
            messages.error(request, workflow.refusal("submit"))
            return redirect("space_events:preview", pk=event.pk)
        if not user.is_email_verified:
            messages.error(
                request, _("Confirmez d’abord votre adresse e-mail (lien reçu par e-mail) pour envoyer vos événements.")
            )
            return redirect("space_events:preview", pk=event.pk)
        if not event.edition.accepts_submissions:
            messages.error(request, _("Les inscriptions du %(edition)s sont closes.") % {"edition": event.edition})
            return redirect("space_events:preview", pk=event.pk)
        if not ratelimit.consume("event-submit", str(user.pk), ratelimit.EVENT_SUBMISSIONS_PER_USER):
            messages.error(
                request, _("Vous avez envoyé beaucoup d’événements en peu de temps : réessayez dans une heure.")
            )
            return redirect("space_events:preview", pk=event.pk)
        services.submit_event(event=event, user=user)
    messages.success(
        request,
        _(
            "« %(title)s » est envoyé à la CRESS %(region)s, qui le relit avant de le publier. Vous recevrez sa réponse par e-mail."
        )
        % {"title": event.title, "region": event.region.name},
    )
    return redirect("space:dashboard")


@login_required
@require_POST
def event_duplicate(request, pk):
    original = get_event_for_member(request.user, pk)
    edition = Edition.current() or original.edition
    try:
        with idempotency.claim(user=request.user, token=idempotency.token_from(request)) as sending:
            copy = services.duplicate_event(original=original, edition=edition, user=request.user)
            sending.created(reverse("space_events:edit", kwargs={"pk": copy.pk}))
    except idempotency.AlreadySent as sent:
        return idempotency.redirect_to_created(request, sent)
    messages.success(
        request,
        _("Une copie de « %(title)s » est créée en brouillon : vérifiez ses dates.") % {"title": original.title},
    )
    return redirect("space_events:edit", pk=copy.pk)


@login_required
def event_cancel(request, pk):
    event = get_event_for_member(request.user, pk)
    if not workflow.can_cancel(event):
        messages.error(request, workflow.refusal("cancel"))
        return redirect("space_events:preview", pk=event.pk)
    form = CancelForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        try:
            services.cancel_event(event=event, user=request.user, message=form.cleaned_data["message"])
        except TransitionError as refused:  # cancelled in another tab, or decided on meanwhile
            messages.error(request, refused.changed_meanwhile)
            return redirect("space_events:preview", pk=event.pk)
        messages.success(request, _("L’événement est annulé : il reste visible avec votre message."))
        return redirect("space:dashboard")
    return render(request, "events/space/cancel.html", {"event": event, "form": form})


@login_required
@require_POST
def event_uncancel(request, pk):
    event = get_event_for_member(request.user, pk)
    if not workflow.can_uncancel(event):
        messages.error(request, workflow.refusal("uncancel"))
        return redirect("space_events:preview", pk=event.pk)
    try:
        services.uncancel_event(event=event, user=request.user)
    except TransitionError as refused:
        messages.error(request, refused.changed_meanwhile)
    else:
        messages.success(request, _("L’événement est rétabli : le bandeau « Annulé » n’est plus affiché."))
    return redirect("space_events:preview", pk=event.pk)


@login_required
def event_delete(request, pk):
    event = get_event_for_member(request.user, pk)
    if not workflow.can_delete(event):
        messages.error(request, workflow.refusal("delete"))
        return redirect("space_events:preview", pk=event.pk)
    if request.method == "POST":
        try:
            services.delete_event(event=event, user=request.user)
        except TransitionError as refused:  # sent to moderation from another tab meanwhile
            messages.error(request, refused.changed_meanwhile)
            return redirect("space_events:preview", pk=event.pk)
        messages.success(request, _("Le brouillon « %(title)s » est supprimé.") % {"title": event.title})
        return redirect("space:dashboard")
    return render(request, "events/space/delete.html", {"event": event})


@login_required
@require_GET
def geocode(request):
    """The address suggestions of the event form, from the national address API (or, when it
    cannot be reached, the town halls of a postal code typed in the query)."""
    query = request.GET.get("q", "")
    if not ratelimit.consume("geocode", str(request.user.pk), ratelimit.GEOCODING_PER_USER):
        return JsonResponse(
            {"results": [], "available": False, "error": _("Trop de recherches : patientez une minute.")}, status=429
        )
    try:
        places, available = geocoding.search(query), True
    except geocoding.GeocoderUnavailable:
        places, available = geocoding.town_halls_for(query), False
    return JsonResponse({"results": [place.as_dict() for place in places], "available": available})
