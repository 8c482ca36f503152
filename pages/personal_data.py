"""What the site holds about one person, as a JSON document they can download (RGPD, article 20)."""

from django.db.models import Prefetch
from django.utils import timezone

from alerts.models import Subscriber
from alerts.queries import describe_many
from events.models import Event, EventLogEntry, TimeSlot
from organizations.models import Membership

from .models import PageRevision


def _iso(value):
    return value.isoformat() if value is not None else None


def _event(event: Event) -> dict:
    return {
        "titre": event.title,
        "adresse_web": event.get_absolute_url() if event.is_public else None,
        "etat_de_moderation": event.state,
        "statut": event.status,
        "resume": event.summary,
        "description": event.description,
        "format": event.attendance_mode,
        "region": event.region.name,
        "lieu": event.venue_name,
        "adresse": event.address,
        "code_postal": event.postal_code,
        "commune": event.city,
        "lien_de_connexion": event.online_url,
        "inscription": {
            "lien": event.registration_url,
            "e_mail": event.registration_email,
            "telephone": event.registration_phone,
        },
        "creneaux": [{"debut": _iso(slot.starts_at), "fin": _iso(slot.ends_at)} for slot in event.slots.all()],
        "cree_le": _iso(event.created_at),
        "modifie_le": _iso(event.updated_at),
    }


def _alerts(email: str) -> dict | None:
    """The e-mail alerts sent to the account's address (they need no account, but are the same person's)."""
    subscriber = Subscriber.objects.filter(email=email.strip().lower()).prefetch_related("alerts").first()
    if subscriber is None:
        return None
    alerts = sorted(subscriber.alerts.all(), key=lambda alert: (alert.created_at, alert.pk))
    return {
        "adresse": subscriber.email,
        "demandee_le": _iso(subscriber.created_at),
        "confirmee_le": _iso(subscriber.confirmed_at),
        "desinscrite_le": _iso(subscriber.unsubscribed_at),
        "rejetee_par_son_serveur_le": _iso(subscriber.bounced_at),
        "dernier_envoi": _iso(subscriber.last_sent_at),
        "alertes": [
            {
                "filtres": dict(filters),
                "parametres": alert.query,
                "creee_le": _iso(alert.created_at),
                "confirmee_le": _iso(alert.confirmed_at),
                "envoyee_jusqu_au": _iso(alert.last_sent_at),
            }
            for alert, filters in zip(alerts, describe_many([alert.query for alert in alerts]), strict=True)
        ],
    }


def export_personal_data(user) -> dict:
    """The user's account, memberships, their organisations and those organisations' events, the
    history lines they wrote and the page versions they saved — nobody else's account.

    A fixed number of queries whatever the number of organisations and events.
    """
    memberships = (
        Membership.objects.filter(user=user)
        .select_related("organization__department")
        .prefetch_related(
            Prefetch(
                "organization__events",
                queryset=Event.objects.select_related("region").prefetch_related(
                    Prefetch("slots", queryset=TimeSlot.objects.order_by("starts_at"))
                ),
            )
        )
        .order_by("organization__name")
    )
    organizations = []
    for membership in memberships:
        organization = membership.organization
        organizations.append(
            {
                "nom": organization.name,
                "forme_juridique": organization.legal_form,
                "siret": organization.siret,
                "presentation": organization.description,
                "site_web": organization.website,
                "e_mail": organization.email,
                "telephone": organization.phone,
                "adresse": organization.address,
                "code_postal": organization.postal_code,
                "commune": organization.city,
                "departement": organization.department.name if organization.department else None,
                "mon_role": membership.role,
                "membre_depuis": _iso(membership.created_at),
                "evenements": [_event(event) for event in organization.events.all()],
            }
        )
    log_entries = EventLogEntry.objects.filter(actor=user).select_related("event").order_by("created_at", "id")
    revisions = PageRevision.objects.filter(author=user).select_related("page").order_by("created_at", "id")
    return {
        "exporte_le": _iso(timezone.now()),
        "compte": {
            "e_mail": user.email,
            "prenom": user.first_name,
            "nom": user.last_name,
            "adresse_verifiee_le": _iso(user.email_verified_at),
            "inscrit_le": _iso(user.date_joined),
            "derniere_connexion": _iso(user.last_login),
            "equipe_du_site": user.is_staff,
            "regions_moderees": list(user.moderated_regions.order_by("name").values_list("name", flat=True)),
        },
        "organisations": organizations,
        "actions_sur_des_evenements": [
            {
                "evenement": entry.event.title,
                "action": entry.action,
                "message": entry.message,
                "changements": entry.changes,
                "le": _iso(entry.created_at),
            }
            for entry in log_entries
        ],
        "alertes_par_e_mail": _alerts(user.email),
        "versions_de_pages_enregistrees": [
            {"page": revision.page.title, "titre": revision.title, "le": _iso(revision.created_at)}
            for revision in revisions
        ],
    }
