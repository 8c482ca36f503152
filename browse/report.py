"""« Signaler un problème » on a public event page: a short form whose report waits in the event's
region's moderation queue (`events.reports`). Rate limited per address, with a honeypot."""

from django import forms
from django.contrib import messages
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext_lazy as _
from django.views.decorators.http import require_http_methods

from accounts import ratelimit
from core.forms import HoneypotMixin, SiteFormMixin
from events import reports
from events.filters import public_events
from events.models import EventReport


class EventReportForm(HoneypotMixin, SiteFormMixin, forms.Form):
    reason = forms.ChoiceField(
        label=_("Quel est le problème ?"),
        choices=EventReport.Reason.choices,
        widget=forms.RadioSelect,
        error_messages={"required": _("Choisissez le problème que vous signalez.")},
    )
    message = forms.CharField(
        label=_("Votre message"),
        help_text=_("Ce qui est faux, ce que vous savez de l’annulation… (2 000 caractères au plus)"),
        max_length=2000,
        widget=forms.Textarea(attrs={"rows": 5}),
        error_messages={"required": _("Décrivez le problème en quelques mots.")},
    )
    email = forms.EmailField(
        label=_("Votre adresse e-mail (facultatif)"),
        help_text=_("Seulement si vous acceptez que la CRESS vous réponde. Elle n’est pas publiée."),
        required=False,
        widget=forms.EmailInput(attrs={"autocomplete": "email"}),
    )


@require_http_methods(["GET", "HEAD", "POST"])
def event_report(request, slug):
    event = get_object_or_404(public_events(), slug=slug)
    throttled, status = None, 200
    form = EventReportForm(request.POST if request.method == "POST" else None)
    if request.method == "POST" and form.is_valid():
        rate = ratelimit.EVENT_REPORTS_PER_IP
        if ratelimit.consume("event-report", ratelimit.client_ip(request), rate):
            data = form.cleaned_data
            reports.report_event(event=event, reason=data["reason"], message=data["message"], email=data["email"])
            messages.success(
                request, _("Merci : votre signalement est transmis à la CRESS qui a publié cet événement.")
            )
            return redirect(event)
        throttled, status = ratelimit.too_many_attempts(rate), 429
    return render(request, "events/report.html", {"event": event, "form": form, "throttled": throttled}, status=status)
