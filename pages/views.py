import json

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.db.models import Exists, OuterRef
from django.http import Http404, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils.translation import gettext as _
from django.views.decorators.cache import cache_control, never_cache
from django.views.decorators.http import require_GET, require_http_methods

from accounts import ratelimit
from accounts.policy import national_staff_accounts
from accounts.roles import is_national_staff
from accounts.services import send_mail_after_commit
from core.text import fold
from events.caching import anonymous_cache
from events.editions import AFTER, next_edition, phase_of, reopening_day, site_edition
from events.models import Edition, Event
from organizations.models import Organization
from regions.models import Region

from . import badge, figures
from .forms import AccessibilityReportForm
from .models import Page
from .personal_data import export_personal_data
from .placeholders import count_placeholders


def _campaign_context(request, edition):
    return {
        "figures": figures.edition_figures(edition),
        "edition_number": figures.edition_number(edition) if edition else None,
        "highlights": figures.highlights_with_counts(edition),
    }


def _ess_context(request, edition):
    return {"figures": figures.edition_figures(edition), "legal_forms": figures.legal_form_counts(edition)}


def _member_organizations(user):
    """The logged-in user's organisations, each flagged when it has published events (the widget
    builder only offers those)."""
    if not user.is_authenticated:
        return []
    published = Event.objects.published().filter(organization=OuterRef("pk"))
    return list(
        Organization.objects.filter(memberships__user=user)
        .annotate(has_published_events=Exists(published))
        .order_by("name")
    )


def _kit_context(request, edition):
    context = {"member_organizations": _member_organizations(request.user)}
    if edition is not None:
        context.update(
            {
                "badge_svg_url": reverse("pages:badge_svg", kwargs={"year": edition.year}),
                "badge_png_url": reverse("pages:badge_png", kwargs={"year": edition.year}),
                "badge_png_size": badge.PNG_SIZE,
                "badge_label": badge.badge_label(edition.year),
            }
        )
    return context


def _organise_context(request, edition):
    """The calendar of /organiser/: the phase, and after an edition when submissions reopen."""
    if edition is None:
        return {"phase": None}
    phase = phase_of(edition)
    context = {"phase": phase}
    if phase == AFTER:
        following = next_edition(edition)
        context.update({"next_edition": following, "reopens_on": reopening_day(edition) if following else None})
    return context


def _contact_context(request, edition):
    return {"regions": sorted(Region.objects.all(), key=lambda region: fold(region.name))}


# The parts of each page that the site computes; the rest is the page's Markdown text.
STRUCTURE = {
    Page.Slug.CAMPAIGN: _campaign_context,
    Page.Slug.ESS: _ess_context,
    Page.Slug.KIT: _kit_context,
    Page.Slug.CONTACT: _contact_context,
    Page.Slug.ORGANISE: _organise_context,
}


def render_page(request, page: Page, *, preview: bool = False, errors=None) -> HttpResponse:
    """A page with its computed parts; also the admin's preview of unsaved text."""
    edition = site_edition()
    # The layout's context processor (moisess.context_processors.site) reuses it: one query, not two.
    request._current_edition = edition
    can_edit = not preview and is_national_staff(request.user)
    context = {
        "page": page,
        "edition": edition,
        "is_preview": preview,
        "preview_errors": errors,
        "can_edit": can_edit,
        # Only the people who can fill them in are reminded of the gaps left in the text.
        "placeholders_left": count_placeholders(page.body) if preview or can_edit else 0,
    }
    builder = STRUCTURE.get(page.slug)
    if builder is not None:
        context.update(builder(request, edition))
    response = render(request, f"pages/{page.slug.replace('-', '_')}.html", context)
    if preview:
        response["X-Robots-Tag"] = "noindex"
        response["Cache-Control"] = "no-store"
    return response


def _page_view(slug):
    @anonymous_cache
    @require_GET
    def view(request):
        return render_page(request, get_object_or_404(Page, slug=slug))

    view.__name__ = Page.Slug(slug).name.lower()
    return view


campaign = _page_view(Page.Slug.CAMPAIGN)
ess = _page_view(Page.Slug.ESS)
organise = _page_view(Page.Slug.ORGANISE)
kit = _page_view(Page.Slug.KIT)
contact = _page_view(Page.Slug.CONTACT)
legal_notice = _page_view(Page.Slug.LEGAL_NOTICE)
privacy = _page_view(Page.Slug.PRIVACY)
accessibility = _page_view(Page.Slug.ACCESSIBILITY)


def _edition_year_or_404(year: int) -> int:
    if not Edition.objects.filter(year=year).exists():
        raise Http404
    return year


@require_GET
@cache_control(public=True, max_age=86400)
def badge_svg(request, year):
    response = HttpResponse(badge.badge_svg(_edition_year_or_404(year)), content_type="image/svg+xml; charset=utf-8")
    # Opened on its own, an SVG is a document: it may run nothing and load nothing.
    response["Content-Security-Policy"] = "default-src 'none'; style-src 'unsafe-inline'"
    return response


@require_GET
@cache_control(public=True, max_age=86400)
def badge_png(request, year):
    return HttpResponse(badge.badge_png(_edition_year_or_404(year)), content_type="image/png")


@require_GET
@never_cache
@login_required
def personal_data(request):
    """Download what the site holds about the logged-in user, and only them."""
    rate = ratelimit.PERSONAL_DATA_DOWNLOADS_PER_USER
    if not ratelimit.consume("personal-data", str(request.user.pk), rate):
        response = render(request, "pages/personal_data_limited.html", {"rate": rate}, status=429)
        response["Retry-After"] = str(rate.window)
        return response
    document = json.dumps(export_personal_data(request.user), ensure_ascii=False, indent=2)
    response = HttpResponse(document, content_type="application/json; charset=utf-8")
    response["Content-Disposition"] = 'attachment; filename="mes-donnees-mois-ess.json"'
    return response


@never_cache
@require_http_methods(["GET", "HEAD", "POST"])
def accessibility_report(request):
    """Report an accessibility problem: mailed to national staff, who answer as the declaration says."""
    form = AccessibilityReportForm(request.POST or None, initial={"page": request.GET.get("page", "")[:500]})
    status, throttled = 200, ""
    rate = ratelimit.ACCESSIBILITY_REPORTS_PER_IP
    if request.method == "POST":
        ip = ratelimit.client_ip(request)
        if ratelimit.is_limited("accessibility-report-ip", ip, rate):
            throttled, status = ratelimit.too_many_attempts(rate), 429
        elif form.is_valid():
            ratelimit.hit("accessibility-report-ip", ip, rate)
            recipients = sorted({user.email for user in national_staff_accounts() if user.email})
            if recipients:
                send_mail_after_commit(
                    template="pages/mail/accessibility_report", to=recipients, context=form.cleaned_data
                )
            messages.success(request, _("Merci : votre signalement a été transmis à l’équipe du Mois de l’ESS."))
            return redirect("pages:accessibility")
        elif form.is_spam:
            ratelimit.hit("accessibility-report-ip", ip, rate)
    response = render(request, "pages/accessibility_report.html", {"form": form, "throttled": throttled}, status=status)
    if status == 429:
        response["Retry-After"] = str(rate.window)
    return response
