"""Organisations and their members: creation, invitations, removals."""

from django.conf import settings
from django.core import signing
from django.db import transaction
from django.urls import reverse
from django.utils import timezone

from accounts.models import User
from accounts.services import send_mail_after_commit
from core import pagecache
from core.slugs import insert_with_unique_slug

from .models import Invitation, Membership, Organization

INVITATION_SALT = "organizations.invitation"
INVITATION_MAX_AGE = 14 * 24 * 3600


class InvitationError(Exception):
    """The invitation link is invalid, expired, already used or meant for another address."""


@transaction.atomic
def create_organization(*, organization: Organization, owner) -> Organization:
    insert_with_unique_slug(organization, source=organization.name, fallback="organisation", max_length=200)
    pagecache.bump()
    Membership.objects.create(user=owner, organization=organization, role=Membership.Role.OWNER)
    return organization


def invitation_token(invitation: Invitation) -> str:
    return signing.dumps(invitation.pk, salt=INVITATION_SALT)


@transaction.atomic
def invite_member(*, organization: Organization, email: str, invited_by) -> Invitation:
    email = email.strip().lower()
    invitation = Invitation.objects.create(organization=organization, email=email, invited_by=invited_by)
    url = settings.SITE_URL + reverse("space:invitation_accept", kwargs={"token": invitation_token(invitation)})
    send_mail_after_commit(
        template="organizations/mail/invitation",
        to=[email],
        context={"organization": organization, "invited_by": invited_by, "url": url},
    )
    return invitation


def invitation_from_token(token: str) -> Invitation:
    try:
        pk = signing.loads(token, salt=INVITATION_SALT, max_age=INVITATION_MAX_AGE)
    except signing.SignatureExpired:
        raise InvitationError("expired") from None
    except signing.BadSignature:
        raise InvitationError("invalid") from None
    invitation = Invitation.objects.select_related("organization").filter(pk=pk, accepted_at__isnull=True).first()
    if invitation is None:
        raise InvitationError("used")
    return invitation


@transaction.atomic
def accept_invitation(*, invitation: Invitation, user) -> Membership:
    if invitation.email.lower() != user.email.lower():
        raise InvitationError("other_address")
    invitation.accepted_at = timezone.now()
    invitation.save(update_fields=["accepted_at"])
    # The link reached this mailbox: the address is verified.
    if user.email_verified_at is None:
        user.email_verified_at = invitation.accepted_at
        user.save(update_fields=["email_verified_at"])
    membership, _created = Membership.objects.get_or_create(
        user=user, organization=invitation.organization, defaults={"role": Membership.Role.EDITOR}
    )
    return membership


@transaction.atomic
def remove_member(*, membership: Membership) -> None:
    membership.delete()


@transaction.atomic
def delete_account(*, user: User) -> None:
    """Delete the account. Its organisations and their events stay; an organisation left without an
    owner gets its longest-standing remaining member as owner."""
    owned = list(
        Membership.objects.filter(user=user, role=Membership.Role.OWNER).values_list("organization_id", flat=True)
    )
    user.delete()
    for organization_id in owned:
        members = Membership.objects.filter(organization_id=organization_id)
        if not members.filter(role=Membership.Role.OWNER).exists():
            successor = members.order_by("created_at", "pk").first()
            if successor is not None:
                successor.role = Membership.Role.OWNER
                successor.save(update_fields=["role"])
