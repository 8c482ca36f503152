"""Following the agendas kept elsewhere (opendata.models.Source): fetch, read, apply.

``sync_source`` fetches a source's address with a timeout, a size cap and a conditional request
(If-None-Match / If-Modified-Since): a « 304 Not Modified » transfers nothing and changes nothing. A
file is read and checked whole before anything is written (``imports.read_file`` and ``plan_import``);
its plan is then carried out in one transaction by ``services.import_events``: new events created,
changed ones updated, those gone from the source cancelled. A failure (network, HTTP error, unreadable
file) changes no event: the source records it and is retried later, each time a little later.
"""

import datetime
import ipaddress
import logging
import socket
import urllib.error
import urllib.parse
import urllib.request
from dataclasses import dataclass
from functools import partial

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.files.base import ContentFile
from django.core.files.storage import default_storage
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from core.images import MAX_BYTES as MAX_IMAGE_BYTES
from core.images import process_image
from core.slugs import insert_with_unique_slug
from core.text import fold
from events import images as event_images
from organizations.models import LegalForm, Organization

from .imports import ImportFileError, ImportPlan, plan_import, read_file
from .models import ImportedEvent, Source
from .services import import_events

logger = logging.getLogger(__name__)

USER_AGENT = "mois-ess-sources/1.0"
# A failing source is retried after FIRST_RETRY_SECONDS, then twice as late each time, up to LONGEST_RETRY_SECONDS.
FIRST_RETRY_SECONDS = 15 * 60
LONGEST_RETRY_SECONDS = 24 * 3600


class SourceError(Exception):
    """The source could not be fetched or read: nothing was applied."""


@dataclass
class SyncResult:
    source: Source
    status: str  # "unchanged" (304), "applied", "failed"
    plan: ImportPlan | None = None
    error: str = ""
    created: int = 0
    image_errors: list = None

    def summary(self) -> str:
        if self.status == "unchanged":
            return _("Inchangée depuis la dernière lecture (304).")
        if self.status == "failed":
            return self.error
        plan = self.plan
        text = _("%(created)s créé(s), %(updated)s mis à jour, %(cancelled)s annulé(s), %(same)s inchangé(s)") % {
            "created": self.created,
            "updated": len(plan.to_update),
            "cancelled": len(plan.to_cancel),
            "same": len(plan.already_imported),
        }
        if plan.refused:
            text += _(", %(count)s refusé(s) :") % {"count": len(plan.refused)} + "\n" + "\n".join(plan.errors[:50])
        if self.image_errors:
            text += "\n" + _("Images non reprises : %(errors)s") % {"errors": " ; ".join(self.image_errors[:20])}
        if plan.unknown_terms:
            text += "\n" + _("Catégories sans correspondance : %(values)s.") % {
                "values": ", ".join(f"« {value} »" for value in sorted(plan.unknown_terms))
            }
        return text


# -- Fetching ------------------------------------------------------------------------------------------


def _check_address(url: str) -> None:
    """Refuse an address that is not http(s), or that resolves to a private or local network (a source is
    declared by a CRESS: it must not make the server read its own internal services)."""
    parts = urllib.parse.urlsplit(url)
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise SourceError(_("L’adresse doit commencer par http:// ou https://."))
    if settings.SOURCES_ALLOW_PRIVATE_ADDRESSES:
        return
    try:
        infos = socket.getaddrinfo(parts.hostname, parts.port or 443, proto=socket.IPPROTO_TCP)
    except OSError as error:
        raise SourceError(_("Serveur introuvable : %(error)s") % {"error": error}) from error
    for info in infos:
        address = ipaddress.ip_address(info[4][0])
        if not address.is_global:
            raise SourceError(_("L’adresse désigne un réseau privé ou local : elle est refusée."))


class _CheckedRedirects(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, req, fp, code, msg, headers, newurl):
        _check_address(newurl)
        return super().redirect_request(req, fp, code, msg, headers, newurl)


_opener = urllib.request.build_opener(_CheckedRedirects)


def fetch(source: Source) -> tuple[bytes | None, dict]:
    """The source's content (None when unchanged since the last read) and its caching headers."""
    _check_address(source.url)
    headers = {"User-Agent": USER_AGENT, "Accept": "text/calendar, application/json, */*;q=0.5"}
    if source.etag:
        headers["If-None-Match"] = source.etag
    if source.last_modified:
        headers["If-Modified-Since"] = source.last_modified
    request = urllib.request.Request(source.url, headers=headers)
    limit = settings.SOURCES_MAX_BYTES
    try:
        with _opener.open(request, timeout=settings.SOURCES_TIMEOUT) as response:
            declared = response.headers.get("Content-Length")
            if declared and declared.isdigit() and int(declared) > limit:
                raise SourceError(_("Le fichier dépasse %(size)s Mo.") % {"size": limit / 1_000_000})
            content = response.read(limit + 1)
            if len(content) > limit:
                raise SourceError(_("Le fichier dépasse %(size)s Mo.") % {"size": limit / 1_000_000})
            return content, {
                "etag": response.headers.get("ETag", "")[:255],
                "last_modified": response.headers.get("Last-Modified", "")[:64],
            }
    except urllib.error.HTTPError as error:
        if error.code == 304:
            return None, {}
        raise SourceError(
            _("Le serveur a répondu « %(code)s %(reason)s ».") % {"code": error.code, "reason": error.reason}
        ) from None
    except (urllib.error.URLError, TimeoutError, OSError) as error:
        reason = getattr(error, "reason", error)
        raise SourceError(_("Lecture impossible : %(reason)s") % {"reason": reason}) from error


# -- The organisation of a source ------------------------------------------------------------------------


def source_organization(source: Source, *, create: bool = True) -> Organization | None:
    """The source's organisation: the one chosen, else the one of its name (case and accents ignored),
    else a new one of that name in the source's region (when `create`)."""
    if source.organization_id:
        return source.organization
    name = " ".join(source.organization_name.split())
    if not name:
        return None
    wanted = fold(name)
    exact = Organization.objects.filter(name__iexact=name).first()
    if exact is not None:
        return exact
    for pk, other in Organization.objects.values_list("pk", "name").iterator():
        if fold(" ".join(other.split())) == wanted:
            return Organization.objects.get(pk=pk)
    if not create:
        return None
    department = source.region.departments.order_by("code").first()
    organization = Organization(name=name, legal_form=LegalForm.AUTRE, department=department)
    insert_with_unique_slug(organization, source=name, fallback="organisation", max_length=200)
    return organization


# -- Synchronising -----------------------------------------------------------------------------------------


def sync_source(source: Source, *, force: bool = False) -> SyncResult:
    """Fetch and apply one source; record how it went on the source."""
    now = timezone.now()
    source.last_fetched_at = now
    if force:
        source.etag = source.last_modified = ""
    try:
        content, caching = fetch(source)
        if content is None:
            result = SyncResult(source, "unchanged")
        else:
            with transaction.atomic():
                result = _apply(source, content)
            result.image_errors = attach_images(source, result.plan)  # after the commit: no network in it
            source.etag = caching.get("etag", "")
            source.last_modified = caching.get("last_modified", "")
    except (SourceError, ImportFileError) as error:
        result = SyncResult(source, "failed", error=str(error))
    except Exception as error:  # an unexpected bug: logged, recorded, and the other sources go on
        logger.exception("Synchronising the source %s failed", source.pk)
        result = SyncResult(source, "failed", error=_("Erreur inattendue : %(error)s") % {"error": error})
    if result.status == "failed":
        source.failures += 1
        source.failing_since = source.failing_since or now
        source.last_error = result.error[:5000]
        delay = min(FIRST_RETRY_SECONDS * 2 ** min(source.failures - 1, 20), LONGEST_RETRY_SECONDS)
        source.next_retry_at = now + datetime.timedelta(seconds=delay)
    else:
        source.failures = 0
        source.failing_since = None
        source.last_error = ""
        source.next_retry_at = None
        source.last_success_at = now
        source.last_result = result.summary()[:5000]
    source.save(
        update_fields=[
            "last_fetched_at",
            "last_success_at",
            "etag",
            "last_modified",
            "last_result",
            "last_error",
            "failing_since",
            "failures",
            "next_retry_at",
        ]
    )
    return result


def _apply(source: Source, content: bytes) -> SyncResult:
    # One synchronisation of a source at a time (two cron runs overlapping wait for each other).
    Source.objects.select_for_update().filter(pk=source.pk).first()
    organization = source_organization(source)
    if organization is None:
        raise ImportFileError(_("La source n’a ni organisation ni nom d’organisation."))
    name = "source.json" if source.kind == Source.Kind.OPENAGENDA else "source.ics"
    rows = read_file(name, content, max_bytes=settings.SOURCES_MAX_BYTES)
    plan = plan_import(rows, region=source.region, organization=organization, allowed_organizations=[], source=source)
    if not plan.seen_uids and plan.errors:  # nothing readable at all: a broken file, not refused events
        raise ImportFileError(plan.errors[0])
    created = import_events(
        plan=plan,
        state=source.new_events_state,
        user=None,
        source_name=source.name,
        source=source,
        skip_refused=True,
    )
    return SyncResult(source, "applied", plan=plan, created=len(created))


# -- Images ---------------------------------------------------------------------------------------------


def _download(url: str, *, limit: int) -> bytes:
    _check_address(url)
    request = urllib.request.Request(url, headers={"User-Agent": USER_AGENT, "Accept": "image/*"})
    try:
        with _opener.open(request, timeout=settings.SOURCES_TIMEOUT) as response:
            content = response.read(limit + 1)
    except urllib.error.HTTPError as error:
        raise SourceError(f"{error.code} {error.reason}") from None
    except (urllib.error.URLError, TimeoutError, OSError) as error:
        raise SourceError(str(getattr(error, "reason", error))) from error
    if len(content) > limit:
        raise SourceError(_("l’image dépasse %(size)s Mo") % {"size": limit // (1024 * 1024)})
    return content


def attach_images(source: Source, plan: ImportPlan) -> list[str]:
    """Fetch the image of each event of the plan whose image address is new, check and re-encode it like
    an uploaded one (core.images), and put it on the event with its title as alternative text. A failing
    image is named in the source's result; the event keeps its image, or none."""
    wanted = {planned.uid: planned.image_url for planned in [*plan.to_create, *plan.to_update, *plan.already_imported]}
    wanted = {uid: url for uid, url in wanted.items() if url}
    if not wanted:
        return []
    errors = []
    records = ImportedEvent.objects.filter(source=source, uid__in=wanted).select_related("event")
    for record in records:
        url = wanted[record.uid]
        if record.image_url == url:
            continue
        event = record.event
        try:
            data = _download(url, limit=MAX_IMAGE_BYTES)
            content = process_image(ContentFile(data, name="image"))
        except (SourceError, ValidationError) as error:
            message = error.messages[0] if isinstance(error, ValidationError) else str(error)
            errors.append(f"« {event.title} » : {message}")
            continue
        with transaction.atomic():
            old_files = event_images.image_files(event)
            event_images.store_event_image(event, content)
            event.image_alt = event.image_alt or event.title[:250]
            event.save(update_fields=["image", "image_alt", "image_sizes", "updated_at"])
            ImportedEvent.objects.filter(pk=record.pk).update(image_url=url)
            for name in old_files:
                transaction.on_commit(partial(default_storage.delete, name))
    return errors


def due_sources(*, now=None):
    """The active sources to fetch now: never fetched, or not waiting for a retry."""
    now = now or timezone.now()
    return Source.objects.filter(active=True).exclude(next_retry_at__gt=now).select_related("region", "organization")
