"""The organisation space's event pages: create, edit, preview, submit, duplicate, cancel, delete.

Every view reaches an event through `get_event_for_member`: another organisation's event is a 404.
"""

import datetime
import uuid
from contextlib import suppress
from functools import partial

from django.conf import settings
from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.files.base import ContentFile
from django.core.files.storage import default_storage
from django.db import transaction
from django.http import JsonResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.text import slugify
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET, require_POST

from accounts import ratelimit

from . import geocoding, images, services
from .duplicates import similar_events
from .forms import CancelForm, EventForm, SlotFormSet, slot_initial
from .models import MAX_SLOTS, Edition, Event, EventLogEntry, TimeSlot

SUBMITTABLE_STATES = {Event.State.DRAFT, Event.State.CHANGES_REQUESTED}
CANCELLABLE_STATES = {Event.State.PENDING, Event.State.PUBLISHED}
FORM_TOKENS_SESSION_KEY = "event_form_tokens"
TRACKED_FIELDS = [*EventForm.Meta.fields, "image"]


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


def unique_slug(title: str) -> str:
    base = slugify(title)[:150].strip("-") or "evenement"
    slug, n = base, 1
    while Event.objects.filter(slug=slug).exists():
        n += 1
        slug = f"{base}-{n}"
    return slug


def snapshot(event: Event) -> dict[str, str]:
    """The tracked values of an event as plain text, to record what an edit changed."""
    values = {}
    for name in TRACKED_FIELDS:
        field = Event._meta.get_field(name)
        if field.many_to_many:
            values[name] = ", ".join(sorted(str(term) for term in getattr(event, name).all())) if event.pk else ""
        elif field.is_relation:
            values[name] = str(getattr(event, name) or "")
        else:
            value = getattr(event, name)
            values[name] = "" if value is None else str(value)
    tz = event.tzinfo
    values["slots"] = "; ".join(
        f"{slot.starts_at.astimezone(tz):%d/%m/%Y %H:%M}–{slot.ends_at.astimezone(tz):%H:%M}"
        for slot in (event.slots.order_by("starts_at") if event.pk else [])
    )
    return values


def _changes(before: dict, after: dict) -> dict:
    return {name: [before[name], after[name]] for name in after if before.get(name) != after[name]}


def _remember_form_token(request, token: str, event: Event) -> None:
    tokens = request.session.get(FORM_TOKENS_SESSION_KEY, {})
    tokens[token] = event.pk
    request.session[FORM_TOKENS_SESSION_KEY] = dict(list(tokens.items())[-20:])


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
    token = request.POST.get("form_token", "")
    if token and token in request.session.get(FORM_TOKENS_SESSION_KEY, {}):
        # The same form sent twice (double click, back button): the first one already created it.
        return redirect("space_events:edit", pk=request.session[FORM_TOKENS_SESSION_KEY][token])
    event = Event(organization=organization, edition=edition)
    return _edit_event(request, event, organizations=organizations, form_token=token or uuid.uuid4().hex)


@login_required
def event_edit(request, pk):
    event = get_event_for_member(request.user, pk)
    if event.state not in Event.EDITABLE_STATES:
        messages.error(
            request,
            _("Un événement refusé ne peut plus être modifié : dupliquez-le pour en préparer une nouvelle version."),
        )
        return redirect("space_events:preview", pk=event.pk)
    return _edit_event(request, event)


def _edit_event(request, event: Event, *, organizations=(), form_token=""):
    creating = event.pk is None
    before = None if creating else snapshot(event)
    data = request.POST if request.method == "POST" else None
    form = EventForm(data, request.FILES or None, instance=event, organization=event.organization)
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
            event = _save_event(request, form, formset, creating=creating, before=before)
            if creating:
                _remember_form_token(request, form_token, event)
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


@transaction.atomic
def _save_event(request, form, formset, *, creating: bool, before: dict | None) -> Event:
    event = form.save(commit=False)
    if creating:
        event.slug = unique_slug(event.title)
    event.save()
    form.save_m2m()
    services.replace_slots(event=event, slots=formset.slots(event.region.tzinfo))
    if creating:
        EventLogEntry.objects.create(event=event, actor=request.user, action=EventLogEntry.Action.CREATED)
    elif event.state == Event.State.PUBLISHED:
        services.record_edit(event=event, user=request.user, changes=_changes(before, snapshot(event)))
    for name in form.replaced_image_files:
        transaction.on_commit(partial(default_storage.delete, name))
    return event


@login_required
def event_preview(request, pk):
    event = get_event_for_member(request.user, pk)
    slots = list(event.slots.all())
    latest_decision = event.log.filter(action__in=EventLogEntry.DECISIONS).order_by("-created_at", "-id").first()
    context = {
        "event": event,
        "slots": slots,
        "similar": similar_events(event) if event.state in SUBMITTABLE_STATES else [],
        "can_submit": event.state in SUBMITTABLE_STATES,
        "can_edit": event.state in Event.EDITABLE_STATES,
        "can_cancel": event.state in CANCELLABLE_STATES and not event.is_cancelled,
        "can_delete": event.state == Event.State.DRAFT,
        "latest_decision": latest_decision,
    }
    return render(request, "events/space/preview.html", context)


@login_required
@require_POST
def event_submit(request, pk):
    user = request.user
    with transaction.atomic():
        event = get_event_for_member(user, pk, for_update=True)
        if event.state not in SUBMITTABLE_STATES:
            # Already sent (a double click, a second tab): nothing more to do.
            messages.info(request, _("Cet événement a déjà été envoyé à la modération."))
            return redirect("space:dashboard")
        if not user.is_email_verified:
            messages.error(
                request, _("Confirmez d’abord votre adresse e-mail (lien reçu par e-mail) pour envoyer vos événements.")
            )
            return redirect("space_events:preview", pk=event.pk)
        if not event.edition.submissions_open:
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
    with transaction.atomic():
        copy = duplicate_event(original=original, edition=edition, user=request.user)
    messages.success(
        request,
        _("Une copie de « %(title)s » est créée en brouillon : vérifiez ses dates.") % {"title": original.title},
    )
    return redirect("space_events:edit", pk=copy.pk)


def duplicate_event(*, original: Event, edition: Edition, user) -> Event:
    """A draft copy with the same slots (moved to the edition's year), themes and audiences."""
    copy = Event.objects.get(pk=original.pk)
    copy.pk = None
    copy.id = None
    copy.edition = edition
    copy.slug = unique_slug(original.title)
    copy.state = Event.State.DRAFT
    copy.status = Event.Status.SCHEDULED
    copy.status_message = copy.moderation_message = ""
    copy.state_changed_at = copy.state_changed_by = copy.submitted_at = copy.published_at = None
    copy.image = ""
    copy.image_sizes = {}
    if original.image:
        try:
            with original.image.open("rb") as fh:
                content = ContentFile(fh.read(), name=original.image.name.rsplit("/", 1)[-1])
        except OSError:  # the file is gone from the storage: the copy goes without image
            copy.image_alt = ""
        else:
            copy.image.save(content.name, content, save=False)
            with suppress(OSError):  # unreadable by Pillow (not from the form): shown as it is
                copy.image_sizes = images.make_sizes(copy.image.name, content, storage=copy.image.storage)
    else:
        copy.image_alt = ""
    copy.save()
    copy.themes.set(original.themes.all())
    copy.audiences.set(original.audiences.all())
    years = edition.year - original.edition.year
    tz = original.tzinfo
    slots = []
    for slot in original.slots.all():
        start, end = slot.starts_at.astimezone(tz), slot.ends_at.astimezone(tz)
        if years:
            start, end = _shift_years(start, years), _shift_years(end, years)
        slots.append((start, end))
    services.replace_slots(event=copy, slots=slots)
    EventLogEntry.objects.create(
        event=copy, actor=user, action=EventLogEntry.Action.CREATED, message=f"Copie de l’événement n°{original.pk}"
    )
    return copy


def _shift_years(moment: datetime.datetime, years: int) -> datetime.datetime:
    try:
        return moment.replace(year=moment.year + years)
    except ValueError:  # 29 February
        return moment.replace(year=moment.year + years, day=28)


@login_required
def event_cancel(request, pk):
    event = get_event_for_member(request.user, pk)
    if event.state not in CANCELLABLE_STATES or event.is_cancelled:
        messages.error(request, _("Seul un événement envoyé ou publié, et pas encore annulé, peut être annulé."))
        return redirect("space_events:preview", pk=event.pk)
    form = CancelForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        with transaction.atomic():
            locked = get_event_for_member(request.user, pk, for_update=True)
            if not locked.is_cancelled:
                services.cancel_event(event=locked, user=request.user, message=form.cleaned_data["message"])
        messages.success(request, _("L’événement est annulé : il reste visible avec votre message."))
        return redirect("space:dashboard")
    return render(request, "events/space/cancel.html", {"event": event, "form": form})


@login_required
def event_delete(request, pk):
    event = get_event_for_member(request.user, pk)
    if event.state != Event.State.DRAFT:
        messages.error(request, _("Seul un brouillon peut être supprimé. Un événement envoyé peut être annulé."))
        return redirect("space_events:preview", pk=event.pk)
    if request.method == "POST":
        files = images.image_files(event)
        with transaction.atomic():
            TimeSlot.objects.filter(event=event).delete()
            event.delete()
            for name in files:
                transaction.on_commit(partial(default_storage.delete, name))
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
