"""E-mail alerts: asking for one (from the list, a region's or an organisation's page), confirming it,
managing the alerts of an address from a signed link, one-click unsubscribing (RFC 8058).
The rules live in the ``alerts`` app; these are its pages."""

from django.contrib import messages
from django.http import QueryDict
from django.middleware.csrf import CsrfViewMiddleware
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_http_methods, require_safe

from accounts import ratelimit
from alerts import services, tokens
from alerts.forms import SubscribeForm
from alerts.models import Alert
from alerts.queries import describe, describe_many, saved_search

QUERY_MAX_LENGTH = Alert._meta.get_field("query").max_length


@never_cache
@require_http_methods(["GET", "POST"])
def subscribe(request):
    source = request.GET if request.method == "GET" else QueryDict(request.POST.get("query", ""))
    query = saved_search(source)
    form = SubscribeForm(request.POST or None, initial={"query": query})
    status, throttled = 200, ""
    if request.method == "POST":
        ip = ratelimit.client_ip(request)
        rate = ratelimit.ALERT_REQUESTS_PER_IP
        if ratelimit.is_limited("alert-ip", ip, rate):
            throttled, status = ratelimit.too_many_attempts(rate), 429
        elif len(query) > QUERY_MAX_LENGTH:
            form.add_error(None, _("Cette recherche est trop longue pour une alerte : retirez quelques filtres."))
        elif form.is_valid():
            ratelimit.hit("alert-ip", ip, rate)
            email = form.cleaned_data["email"]
            if ratelimit.consume("alert-address", services.normalize_email(email), ratelimit.ALERT_MAILS_PER_ADDRESS):
                services.subscribe(email=email, query=query)
            return redirect("alerts:sent")
    response = render(
        request,
        "alerts/subscribe.html",
        {"form": form, "filters": describe(query), "query": query, "throttled": throttled},
        status=status,
    )
    if status == 429:
        response["Retry-After"] = str(ratelimit.ALERT_REQUESTS_PER_IP.window)
    return response


@require_safe
def sent(request):
    return render(request, "alerts/sent.html")


def _invalid(request):
    return render(request, "alerts/invalid_link.html", status=400)


@never_cache
@require_http_methods(["GET", "POST"])
def confirm(request, token):
    """GET shows a button, POST confirms: a mail scanner that opens every link confirms nothing."""
    alert = tokens.read_confirm_token(token)
    if alert is None:
        return _invalid(request)
    if request.method == "POST":
        services.confirm(alert)
        messages.success(request, _("C’est fait : votre alerte est active. Vous recevrez les nouveaux événements."))
        return redirect("alerts:manage", tokens.manage_token(alert.subscriber))
    return render(request, "alerts/confirm.html", {"alert": alert, "filters": describe(alert.query)})


@never_cache
@require_http_methods(["GET", "POST"])
def manage(request, token):
    subscriber = tokens.read_manage_token(token)
    if subscriber is None:
        return _invalid(request)
    if request.method == "POST":
        if request.POST.get("unsubscribe"):
            services.unsubscribe(subscriber)
            return render(request, "alerts/unsubscribed.html")
        try:
            alert_pk = int(request.POST.get("delete", ""))
        except ValueError:
            alert_pk = None
        if alert_pk is not None and services.delete_alert(subscriber, alert_pk):
            messages.success(request, _("L’alerte est supprimée."))
        return redirect("alerts:manage", token)
    services.touch(subscriber)
    alerts = list(Alert.objects.filter(subscriber=subscriber).order_by("created_at", "pk"))
    alerts = [
        {"alert": alert, "filters": filters}
        for alert, filters in zip(alerts, describe_many([alert.query for alert in alerts]), strict=True)
    ]
    return render(request, "alerts/manage.html", {"subscriber": subscriber, "alerts": alerts, "token": token})


@csrf_exempt
@never_cache
@require_http_methods(["GET", "POST"])
def unsubscribe(request, token):
    """The ``List-Unsubscribe`` link. A mail program's one-click POST (RFC 8058: the body
    ``List-Unsubscribe=One-Click``, no cookie, no CSRF token) unsubscribes at once, on the strength of
    the signed link alone; any other POST goes through the CSRF check as everywhere else."""
    if request.method == "POST" and request.POST.get("List-Unsubscribe") != "One-Click":
        refusal = CsrfViewMiddleware(lambda request: None).process_view(request, None, (), {})
        if refusal is not None:
            return refusal
    subscriber = tokens.read_manage_token(token)
    if subscriber is None:
        return _invalid(request)
    if request.method == "POST":
        services.unsubscribe(subscriber)
        return render(request, "alerts/unsubscribed.html")
    return render(request, "alerts/unsubscribe.html", {"subscriber": subscriber, "token": token})
