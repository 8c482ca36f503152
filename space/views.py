"""The organisation space: the dashboard, the organisation profile, its members and invitations."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.db.models import Prefetch
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from accounts import idempotency, ratelimit
from alerts import audience as audience_figures
from alerts.models import Alert, DailyCount
from events.models import Event, EventLogEntry, TimeSlot
from organizations import services
from organizations.forms import InvitationForm, OrganizationForm
from organizations.models import Membership, Organization

STATE_GROUPS = [
    Event.State.DRAFT,
    Event.State.CHANGES_REQUESTED,
    Event.State.PENDING,
    Event.State.PUBLISHED,
    Event.State.REJECTED,
]


def get_organization_for_member(user, pk) -> Organization:
    """The organisation if the user is one of its members; 404 otherwise."""
    return get_object_or_404(Organization.objects.filter(memberships__user=user), pk=pk)


def get_organization_for_owner(user, pk) -> Organization:
    organization = get_organization_for_member(user, pk)
    if not organization.memberships.filter(user=user, role=Membership.Role.OWNER).exists():
        raise PermissionDenied(_("Seul·e un·e responsable de l’organisation peut gérer ses membres."))
    return organization


@login_required
def dashboard(request):
    memberships = list(
        request.user.memberships.select_related("organization__department__region").order_by("organization__name")
    )
    organizations = [membership.organization for membership in memberships]
    events = (
        Event.objects.filter(organization__in=organizations)
        .select_related("region", "edition")
        .prefetch_related(
            Prefetch("slots", queryset=TimeSlot.objects.order_by("starts_at")),
            Prefetch(
                "log",
                queryset=EventLogEntry.objects.filter(action__in=EventLogEntry.DECISIONS).order_by(
                    "-created_at", "-id"
                ),
                to_attr="decisions",
            ),
        )
        .order_by("starts_at", "id")
    )
    by_organization = {organization.pk: {state: [] for state in STATE_GROUPS} for organization in organizations}
    for event in events:
        by_organization[event.organization_id][event.state].append(event)
    sections = [
        {
            "organization": membership.organization,
            "is_owner": membership.role == Membership.Role.OWNER,
            "groups": [
                {
                    "state": state,
                    "label": Event.State(state).label,
                    "events": by_organization[membership.organization_id][state],
                }
                for state in STATE_GROUPS
            ],
            "count": sum(len(group) for group in by_organization[membership.organization_id].values()),
        }
        for membership in memberships
    ]
    return render(request, "organizations/space/dashboard.html", {"sections": sections})


@login_required
def organization_create(request):
    form = OrganizationForm(request.POST or None, request.FILES or None)
    token = idempotency.token_from(request) if request.method == "POST" else idempotency.new_token()
    if request.method == "POST" and form.is_valid():
        try:
            with idempotency.claim(user=request.user, token=token) as sending:
                organization = services.create_organization(organization=form.save(commit=False), owner=request.user)
                sending.created(reverse("space:dashboard"))
        except idempotency.AlreadySent as sent:
            return idempotency.redirect_to_created(request, sent)
        messages.success(
            request, _("%(name)s est enregistrée. Vous pouvez inscrire ses événements.") % {"name": organization.name}
        )
        return redirect("space:dashboard")
    return render(request, "organizations/space/form.html", {"form": form, "creating": True, "form_token": token})


@login_required
def organization_edit(request, pk):
    organization = get_organization_for_member(request.user, pk)
    form = OrganizationForm(request.POST or None, request.FILES or None, instance=organization)
    if request.method == "POST" and form.is_valid():
        form.save()
        messages.success(request, _("Les informations de l’organisation sont enregistrées."))
        return redirect("space:dashboard")
    return render(
        request, "organizations/space/form.html", {"form": form, "organization": organization, "creating": False}
    )


@login_required
def members(request, pk):
    organization = get_organization_for_member(request.user, pk)
    is_owner = organization.memberships.filter(user=request.user, role=Membership.Role.OWNER).exists()
    form = InvitationForm(request.POST or None, organization=organization)
    token = idempotency.token_from(request) if request.method == "POST" else idempotency.new_token()
    if request.method == "POST":
        if not is_owner:
            raise PermissionDenied
        if not ratelimit.consume("invite", str(request.user.pk), ratelimit.INVITATIONS_PER_USER):
            messages.error(request, _("Vous avez envoyé beaucoup d’invitations : réessayez dans une heure."))
        elif form.is_valid():
            email = form.cleaned_data["email"]
            try:
                with idempotency.claim(user=request.user, token=token) as sending:
                    services.invite_member(organization=organization, email=email, invited_by=request.user)
                    sending.created(reverse("space:members", kwargs={"pk": organization.pk}))
            except idempotency.AlreadySent as sent:
                return idempotency.redirect_to_created(request, sent)
            messages.success(request, _("Invitation envoyée à %(email)s.") % {"email": email})
            return redirect("space:members", pk=organization.pk)
    context = {
        "form_token": token,
        "organization": organization,
        "memberships": organization.memberships.select_related("user").order_by("created_at", "pk"),
        "invitations": organization.invitations.filter(accepted_at__isnull=True),
        "is_owner": is_owner,
        "form": form,
    }
    return render(request, "organizations/space/members.html", context)


@login_required
@require_POST
def member_remove(request, pk, membership_pk):
    organization = get_organization_for_owner(request.user, pk)
    membership = get_object_or_404(organization.memberships.select_related("user"), pk=membership_pk)
    if membership.user_id == request.user.pk:
        messages.error(
            request,
            _(
                "Vous ne pouvez pas vous retirer vous-même : supprimez votre compte, ou demandez à un autre responsable."
            ),
        )
    else:
        services.remove_member(membership=membership)
        messages.success(
            request, _("%(email)s ne fait plus partie de l’organisation.") % {"email": membership.user.email}
        )
    return redirect("space:members", pk=organization.pk)


@login_required
@require_POST
def invitation_cancel(request, pk, invitation_pk):
    organization = get_organization_for_owner(request.user, pk)
    invitation = get_object_or_404(organization.invitations.filter(accepted_at__isnull=True), pk=invitation_pk)
    invitation.delete()
    messages.success(request, _("L’invitation de %(email)s est annulée.") % {"email": invitation.email})
    return redirect("space:members", pk=organization.pk)


def invitation_accept(request, token):
    try:
        invitation = services.invitation_from_token(token)
    except services.InvitationError:
        return render(request, "organizations/space/invitation_invalid.html", status=400)
    if not request.user.is_authenticated:
        return render(
            request, "organizations/space/invitation.html", {"invitation": invitation, "next": request.get_full_path()}
        )
    if request.method == "POST":
        try:
            services.accept_invitation(invitation=invitation, user=request.user)
        except services.InvitationError:
            messages.error(
                request,
                _("Cette invitation a été envoyée à une autre adresse : connectez-vous avec %(email)s.")
                % {"email": invitation.email},
            )
            return redirect(reverse("space:invitation_accept", kwargs={"token": token}))
        messages.success(request, _("Bienvenue dans %(name)s !") % {"name": invitation.organization.name})
        return redirect("space:dashboard")
    return render(request, "organizations/space/invitation.html", {"invitation": invitation})


@login_required
def audience(request, pk):
    """What the public did with the organisation's events: page views, calendar downloads, clicks on the
    registration links (per event, all days), its own page's views, and how many alerts follow it.
    Only its members see it; these figures are never public."""
    organization = get_organization_for_member(request.user, pk)
    events = list(
        Event.objects.filter(organization=organization, state=Event.State.PUBLISHED)
        .select_related("edition")
        .order_by("-edition__year", "starts_at", "pk")
    )
    totals = audience_figures.event_totals(event.pk for event in events)
    kinds = [DailyCount.Kind.EVENT_VIEW, DailyCount.Kind.CALENDAR, DailyCount.Kind.REGISTRATION]
    rows = [{"event": event, "counts": [totals.get(event.pk, {}).get(kind, 0) for kind in kinds]} for event in events]
    return render(
        request,
        "organizations/space/audience.html",
        {
            "organization": organization,
            "rows": rows,
            "columns": [DailyCount.Kind(kind).label for kind in kinds],
            "page_views": audience_figures.organization_views([organization.pk]).get(organization.pk, 0),
            "followers": Alert.objects.filter(
                organization=organization,
                confirmed_at__isnull=False,
                subscriber__unsubscribed_at__isnull=True,
                subscriber__bounced_at__isnull=True,
            ).count(),
        },
    )
