"""Carrying out an import plan: all the events, or none."""

from django.conf import settings
from django.contrib.auth import get_user_model
from django.db import transaction
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import ngettext

from core import jobs
from events import services
from events.models import Event, EventLogEntry, TimeSlot
from organizations.models import Organization
from regions.models import Region

from .imports import OPTIONAL_FIELDS, ImportFileError, ImportPlan, PlannedEvent, plan_import, read_file
from .models import ImportedEvent, Source
from .uploads import discard_upload, read_upload

IMPORT_STATES = (Event.State.PUBLISHED, Event.State.PENDING)


@transaction.atomic
def import_events(
    *, plan: ImportPlan, state: str, user, source_name: str = "", source=None, skip_refused: bool = False
) -> list[Event]:
    """Carry out the plan: create its new events (published or pending), update those the file changed,
    cancel those gone from the source. Returns the events created.

    Each event is created as a draft and goes through the workflow's services: submitted (on its
    organisation's behalf) and, when the importer chose so, published — without mail, as before.
    An update goes through the same services as an organisation's edit (`apply_update`).
    Refuses a plan with errors, unless `skip_refused` (a source's synchronisation: the refused
    events are left out and listed in the source's status).
    """
    if not plan.is_valid and not skip_refused:
        raise ValueError("An import plan with errors cannot be carried out.")
    if state not in IMPORT_STATES:
        raise ValueError(f"Imported events are published or pending, not {state!r}.")
    created = []
    for planned in plan.to_create:
        event = Event(organization=planned.organization, **planned.fields)
        services.insert_event(event)
        event.themes.set(planned.themes)
        event.audiences.set(planned.audiences)
        TimeSlot.objects.bulk_create([TimeSlot(event=event, starts_at=s, ends_at=e) for s, e in planned.slots])
        services.refresh_event_dates(event=event)
        ImportedEvent.objects.create(
            event=event,
            organization=planned.organization,
            uid=planned.uid,
            source_name=source_name[:255],
            source=source,
            content_hash=planned.content_hash,
            imported_by=user,
        )
        EventLogEntry.objects.create(
            event=event, actor=user, action=EventLogEntry.Action.IMPORTED, message=source_name[:255]
        )
        services.submit_event(event=event, user=user)
        if state == Event.State.PUBLISHED:
            services.publish_event(event=event, moderator=user, notify=False)
        created.append(event)
    for planned in plan.to_update:
        apply_update(planned=planned, user=user, source=source)
    # The unchanged events of a source: their digest is brought up to date (an event imported before
    # digests were kept, or whose change was nothing the site shows).
    for planned in plan.already_imported:
        if planned.record is not None and planned.record.content_hash != planned.content_hash:
            ImportedEvent.objects.filter(pk=planned.record.pk).update(content_hash=planned.content_hash)
    for event in plan.to_cancel:
        # Forgotten digest: should the event come back to the source, it is restored (and updated).
        ImportedEvent.objects.filter(event=event).update(content_hash="")
        services.cancel_event(
            event=event,
            user=user,
            message=_("Cet événement a été retiré de l’agenda « %(name)s ».") % {"name": source_name or source},
        )
    return created


def apply_update(*, planned: PlannedEvent, user, source=None) -> Event:
    """Update an event from its new version in a file, as an organisation's edit does in its space
    (space.event_views): lock the row, save the fields and slots, and — for a published event, which
    stays live — record the changes, so the CRESS sees it as « modifié après publication »."""
    event = planned.existing
    before = services.lock_for_edit(event=event)
    status = planned.fields["status"]
    for name, value in planned.fields.items():
        if name == "status" or (name in OPTIONAL_FIELDS and name not in planned.provided):
            continue
        setattr(event, name, value)
    event.save()
    event.themes.set(planned.themes)
    if "audiences" in planned.provided:
        event.audiences.set(planned.audiences)
    services.replace_slots(event=event, slots=planned.slots)
    if event.state == Event.State.PUBLISHED:
        changes = services.changes_between(before, services.snapshot(event))
        changes.pop("status", None)  # a cancellation has its own line in the history
        services.record_edit(event=event, user=user, changes=changes)
    if status != event.status:
        if status == Event.Status.CANCELLED:
            services.cancel_event(event=event, user=user, message=_("Annulé dans l’agenda d’origine."))
        else:
            if event.status == Event.Status.CANCELLED:
                services.uncancel_event(event=event, user=user)
            if status != event.status:
                event.status = status
                event.save(update_fields=["status", "updated_at"])
    if planned.record is not None:
        ImportedEvent.objects.filter(pk=planned.record.pk).update(
            content_hash=planned.content_hash, updated_at=timezone.now(), **({"source": source} if source else {})
        )
    return event


# A confirmed import of at least this many events runs as a background job when there is a queue
# (settings.BACKGROUND_JOBS): the page answers at once, and the importer gets a mail at the end.
IMPORT_IN_BACKGROUND_FROM = 200


def import_in_background(
    *, user, token: str, filename: str, region, organization, allowed_organization_ids, state, source=None
):
    """Queue ``run_import`` for a checked file kept under ``token`` (opendata.uploads)."""
    jobs.enqueue(
        run_import,
        user_id=user.pk,
        token=token,
        region_id=region.pk,
        organization_id=organization.pk if organization else None,
        allowed_organization_ids=allowed_organization_ids,
        state=state,
        source_id=source.pk if source else None,
        description=f"import the file {filename} into {region.slug} for user {user.pk}",
    )


def run_import(*, user_id, token, region_id, organization_id, allowed_organization_ids, state, source_id=None) -> int:
    """The job: read the checked file again, plan it again (what was imported meanwhile is left
    out, so a retry creates nothing twice), create the events, and mail the importer."""
    user = get_user_model().objects.get(pk=user_id)
    kept = read_upload(user=user, token=token)
    if kept is None:
        raise ImportFileError("the checked file is no longer kept (it expires two hours after the dry run)")
    name, content = kept
    allowed = Organization.objects.all()
    if allowed_organization_ids is not None:
        allowed = allowed.filter(pk__in=allowed_organization_ids)
    plan = plan_import(
        read_file(name, content),
        region=Region.objects.get(pk=region_id),
        organization=Organization.objects.filter(pk=organization_id).first(),
        allowed_organizations=allowed,
        source=Source.objects.filter(pk=source_id).first() if source_id else None,
        cancel_missing=False,
    )
    created = import_events(plan=plan, state=state, user=user, source_name=name) if plan.is_valid else []
    if plan.is_valid:
        discard_upload(user=user, token=token)
    count = len(created)
    jobs.enqueue_mail(
        subject=_("Mois de l’ESS : import de « %(name)s » terminé") % {"name": name}
        if plan.is_valid
        else _("Mois de l’ESS : import de « %(name)s » refusé") % {"name": name},
        body=(
            ngettext("%(count)s événement importé.", "%(count)s événements importés.", count) % {"count": count}
            if plan.is_valid
            else _("Rien n’a été importé : le fichier a maintenant des erreurs.") + "\n\n" + "\n".join(plan.errors[:50])
        )
        + "\n\n"
        + settings.SITE_URL
        + reverse("admin:opendata_importedevent_changelist"),
        to=[user.email],
    )
    return count
