"""Every URL of the site, built from the security tests' objects (tests/security/conftest.py `site`),
with the answer each persona must get. Used by the permission matrix and the CSRF tests."""

from dataclasses import dataclass, field
from urllib.parse import urlencode

from django.contrib import admin
from django.contrib.contenttypes.models import ContentType
from django.urls import URLPattern, URLResolver, get_resolver, reverse

PERSONAS = ("anonymous", "member_a", "member_b", "moderator_a", "moderator_b", "national")

LOGIN = "login"  # 302 to the site's login page, /compte/connexion/?next=…
ADMIN = "admin login"  # 302 to the admin's login page, /admin/login/?next=…
ALLOWED = None  # a POST this persona may make: not sent here


@dataclass(frozen=True)
class To:
    """A 302 to this address (a URL name, or a callable of the site's objects), changing nothing."""

    target: object

    def url(self, site):
        return self.target(site) if callable(self.target) else reverse(self.target)


def _each(answer):
    return (answer,) * len(PERSONAS)


def _staff(refused_members, moderator_a, moderator_b, national):
    return (refused_members,) * 3 + (moderator_a, moderator_b, national)


@dataclass
class Row:
    """One URL: how to build it from the site's objects, the answers to GET and to POST per persona."""

    url: object  # a callable(site) -> str
    get: tuple
    post: tuple | None = None  # None: the GET answers where they refuse, ALLOWED elsewhere
    label: str = ""
    _post: tuple = field(init=False, repr=False)

    def __post_init__(self):
        self._post = self.post if self.post is not None else tuple(_refusal_or_allowed(a) for a in self.get)


def _refusal_or_allowed(answer):
    refused = answer in (LOGIN, ADMIN, 403, 404, 405) or isinstance(answer, To)
    return answer if refused else ALLOWED


def url(name, *args):
    return lambda site: reverse(name, args=[arg(site) if callable(arg) else arg for arg in args])


def with_query(name, **query):
    return lambda site: reverse(name) + "?" + urlencode(query)


# -- The public site, open data, accounts, the organisations' space ------------------------------------

PUBLIC = _each(200)
GET_ONLY = _each(405)
LOGGED_IN = (LOGIN,) + (200,) * 5
OWNER_A = (LOGIN, 200, 404, 404, 404, 404)
OWNER_A_POST = (LOGIN, ALLOWED, 404, 404, 404, 404)
POST_ONLY = (LOGIN,) + (405,) * 5
PREVIEW = (404, 200, 404, 200, 404, 200)  # the organisation's members, the region's moderators, national staff

SITE_ROWS = [
    # opendata
    Row(url("opendata:calendar"), PUBLIC, GET_ONLY),
    Row(url("opendata:feed"), PUBLIC, GET_ONLY),
    Row(url("opendata:export"), PUBLIC, GET_ONLY),
    Row(url("opendata:api"), PUBLIC, GET_ONLY),
    Row(url("opendata:api-events"), PUBLIC, GET_ONLY),
    Row(url("opendata:api-event", lambda s: s.published.pk), PUBLIC, GET_ONLY),
    Row(url("opendata:api-event", lambda s: s.pending.pk), _each(404), GET_ONLY, "unpublished"),
    Row(url("opendata:api-referentials"), PUBLIC, GET_ONLY),
    Row(url("opendata:api-openapi"), PUBLIC, GET_ONLY),
    Row(url("opendata:integrer"), PUBLIC, GET_ONLY),
    Row(url("opendata:widget"), PUBLIC, GET_ONLY),
    Row(url("opendata:widget-geojson"), PUBLIC, GET_ONLY),
    Row(url("opendata:sitemap"), PUBLIC, PUBLIC),  # Django's view answers a POST as a GET
    Row(url("opendata:robots"), PUBLIC, GET_ONLY),
    Row(url("health"), PUBLIC, GET_ONLY),
    Row(url("favicon"), _each(301), GET_ONLY),  # to the icon in static/
    # events
    Row(url("events:home"), PUBLIC, GET_ONLY),
    Row(url("events:list"), PUBLIC, GET_ONLY),
    Row(url("events:map"), PUBLIC, GET_ONLY),
    Row(url("events:geojson"), PUBLIC, GET_ONLY),
    Row(url("events:communes"), PUBLIC, GET_ONLY),
    Row(url("opendata:event-calendar", lambda s: s.published.slug), PUBLIC, GET_ONLY),
    Row(url("opendata:event-calendar", lambda s: s.pending.slug), _each(404), GET_ONLY, "unpublished"),
    Row(url("events:detail", lambda s: s.published.slug), PUBLIC, GET_ONLY),
    Row(url("events:detail", lambda s: s.pending.slug), PREVIEW, GET_ONLY, "unpublished"),
    Row(url("events:detail", lambda s: s.draft.slug), PREVIEW, GET_ONLY, "draft"),
    Row(url("events:card", lambda s: s.published.slug), PUBLIC, GET_ONLY),
    Row(url("events:card", lambda s: s.pending.slug), _each(404), GET_ONLY, "unpublished"),
    Row(url("events:report", lambda s: s.published.slug), PUBLIC, _each(ALLOWED)),
    Row(url("events:report", lambda s: s.pending.slug), _each(404), _each(404), "unpublished"),
    Row(url("events:editions"), PUBLIC, GET_ONLY),
    Row(url("events:edition", 2026), PUBLIC, GET_ONLY),
    Row(url("events:edition", 1999), _each(404), GET_ONLY, "unknown edition"),
    # regions, organisations
    Row(url("regions:list"), PUBLIC, GET_ONLY),
    Row(url("regions:detail", "bretagne"), PUBLIC, GET_ONLY),
    Row(url("regions:programme", "bretagne"), PUBLIC, GET_ONLY),
    Row(url("organizations:detail", lambda s: s.organization_a.slug), PUBLIC, GET_ONLY),
    # e-mail alerts (the links of the mails carry a signed token)
    Row(url("alerts:subscribe"), PUBLIC, _each(ALLOWED)),
    Row(url("alerts:sent"), PUBLIC, GET_ONLY),
    Row(url("alerts:confirm", "faux-jeton"), _each(400), _each(400), "bad link"),
    Row(url("alerts:manage", "faux-jeton"), _each(400), _each(400), "bad link"),
    # CSRF-exempt only for the RFC 8058 one-click POST: any other POST is checked (tests/security/test_csrf.py).
    Row(url("alerts:unsubscribe", "faux-jeton"), _each(400), _each(400), "bad link"),
    Row(url("events:registration", lambda s: s.published.slug), _each(404), GET_ONLY, "no registration link"),
    # editorial pages
    *[
        Row(url(f"pages:{name}"), PUBLIC, GET_ONLY)
        for name in ("campaign", "ess", "organise", "kit", "contact", "legal_notice", "privacy", "accessibility")
    ],
    Row(url("pages:accessibility_report"), PUBLIC, _each(ALLOWED)),
    Row(url("pages:badge_svg", 2026), PUBLIC, GET_ONLY),
    Row(url("pages:badge_png", 2026), PUBLIC, GET_ONLY),
    Row(url("pages:personal_data"), LOGGED_IN, GET_ONLY),
    # accounts
    Row(url("accounts:account"), LOGGED_IN),
    Row(url("accounts:signup"), (200,) + (To("space:dashboard"),) * 5, (ALLOWED,) + (To("space:dashboard"),) * 5),
    Row(url("accounts:signup_done"), PUBLIC, _each(ALLOWED)),
    Row(url("accounts:login"), (200,) + (To("space:dashboard"),) * 5, _each(ALLOWED)),
    Row(url("accounts:logout"), GET_ONLY, _each(ALLOWED)),
    Row(url("accounts:resend_verification"), POST_ONLY, (LOGIN,) + (ALLOWED,) * 5),
    Row(url("accounts:verify_email", "Mzk", "faux-jeton"), _each(400), _each(400), "bad link"),
    Row(url("accounts:password_reset"), PUBLIC, _each(ALLOWED)),
    Row(url("accounts:password_reset_done"), PUBLIC, _each(ALLOWED)),
    Row(url("accounts:password_reset_confirm", "Mzk", "faux-jeton"), PUBLIC, _each(ALLOWED), "bad link"),
    Row(url("accounts:password_reset_complete"), PUBLIC, _each(ALLOWED)),
    Row(url("accounts:password_change"), LOGGED_IN, (LOGIN,) + (ALLOWED,) * 5),
    Row(url("accounts:delete"), LOGGED_IN, (LOGIN,) + (ALLOWED,) * 5),
    # the organisations' space: another organisation's anything is a 404
    Row(url("space:dashboard"), LOGGED_IN),
    Row(url("space:organization_create"), LOGGED_IN, (LOGIN,) + (ALLOWED,) * 5),
    Row(url("space:organization_edit", lambda s: s.organization_a.pk), OWNER_A, OWNER_A_POST),
    Row(url("space:members", lambda s: s.organization_a.pk), OWNER_A, OWNER_A_POST),
    Row(url("space:audience", lambda s: s.organization_a.pk), OWNER_A, OWNER_A_POST),
    Row(
        url("space:member_remove", lambda s: s.organization_a.pk, lambda s: s.editor.pk),
        POST_ONLY,
        OWNER_A_POST,
    ),
    Row(
        url("space:invitation_cancel", lambda s: s.organization_a.pk, lambda s: s.invitation.pk),
        POST_ONLY,
        OWNER_A_POST,
    ),
    # Sent to another address: anyone may read it, nobody else may accept it.
    Row(
        lambda s: reverse("space:invitation_accept", args=[s.invitation_token]),
        PUBLIC,
        (200,) + (To(lambda s: reverse("space:invitation_accept", args=[s.invitation_token])),) * 5,
    ),
    Row(url("space:invitation_accept", "faux-jeton"), _each(400), _each(400), "bad token"),
    Row(
        url("space_events:create"),
        (LOGIN, 200, 200) + (To("space:organization_create"),) * 3,
        (LOGIN, ALLOWED, ALLOWED) + (To("space:organization_create"),) * 3,
    ),
    Row(url("space_events:geocode"), LOGGED_IN, POST_ONLY),
    Row(url("space_events:preview", lambda s: s.pending.pk), OWNER_A),
    Row(url("space_events:edit", lambda s: s.pending.pk), OWNER_A, OWNER_A_POST),
    Row(url("space_events:submit", lambda s: s.draft.pk), POST_ONLY, OWNER_A_POST),
    Row(url("space_events:duplicate", lambda s: s.pending.pk), POST_ONLY, OWNER_A_POST),
    Row(url("space_events:cancel", lambda s: s.pending.pk), OWNER_A, OWNER_A_POST),
    Row(url("space_events:uncancel", lambda s: s.pending.pk), POST_ONLY, OWNER_A_POST),
    Row(url("space_events:delete", lambda s: s.draft.pk), OWNER_A, OWNER_A_POST),
]

# -- The admin -----------------------------------------------------------------------------------------

MODERATORS = (200, 200, 200)  # moderator A, moderator B, national staff
NATIONAL = (403, 403, 200)
NOBODY = (403, 403, 403)


def _admin(moderator_a, moderator_b, national):
    return _staff(ADMIN, moderator_a, moderator_b, national)


def _view_on_site(site):
    content_type = ContentType.objects.get_for_model(site.pending)
    return reverse("admin:view_on_site", args=[content_type.pk, site.pending.pk])


ADMIN_SITE_ROWS = [
    Row(url("admin:index"), _admin(*MODERATORS), _admin(*MODERATORS)),
    Row(url("admin:login"), (200,) * 3 + (To("admin:index"),) * 3, _each(ALLOWED)),
    Row(url("admin:logout"), (To("admin:index"),) * 3 + (405,) * 3, (To("admin:index"),) * 3 + (ALLOWED,) * 3),
    # One password change page, the site's (its current-password check is rate limited).
    Row(url("admin:password_change"), _admin(*(To("accounts:password_change"),) * 3)),
    Row(url("admin_password_reset"), _each(To("accounts:password_reset"))),
    Row(url("admin:password_change_done"), _admin(*MODERATORS), _admin(405, 405, 405)),
    Row(url("admin:autocomplete"), _admin(*NOBODY), _admin(405, 405, 405), "no field"),
    Row(
        with_query("admin:autocomplete", app_label="events", model_name="event", field_name="organization", term=""),
        _admin(*MODERATORS),
        _admin(405, 405, 405),
        "organisations",
    ),
    Row(
        with_query("admin:autocomplete", app_label="events", model_name="event", field_name="department", term=""),
        _admin(*MODERATORS),
        _admin(405, 405, 405),
        "departments",
    ),
    Row(
        with_query(
            "admin:autocomplete", app_label="organizations", model_name="membership", field_name="user", term=""
        ),
        _admin(*NATIONAL),
        _admin(405, 405, 405),
        "users",
    ),
    Row(url("admin:jsi18n"), _admin(*MODERATORS), _admin(405, 405, 405)),
    # Failed background jobs: national staff only (without REDIS_URL the page says jobs run inline).
    Row(url("jobs_admin"), _admin(*NATIONAL), _admin(403, 403, ALLOWED)),
    Row(
        _view_on_site,
        _admin(To(lambda s: s.pending.get_absolute_url()), 404, To(lambda s: s.pending.get_absolute_url())),
        _admin(To(lambda s: s.pending.get_absolute_url()), 404, To(lambda s: s.pending.get_absolute_url())),
    ),
    *[
        Row(url("admin:app_list", label), _admin(*MODERATORS), _admin(*MODERATORS))
        for label in ("events", "regions", "organizations", "opendata")
    ],
    *[
        Row(url("admin:app_list", label), _admin(404, 404, 200), _admin(404, 404, 200))
        for label in ("accounts", "auth", "pages")
    ],
    Row(lambda site: "/admin/nulle-part/", _admin(404, 404, 404), _admin(404, 404, 404), "catch-all"),
    # The admin's own views
    Row(url("admin:events_event_export_csv"), _admin(*MODERATORS), _admin(*MODERATORS)),
    Row(url("admin:events_event_export_xlsx"), _admin(*MODERATORS), _admin(*MODERATORS)),
    Row(url("admin:events_event_figures"), _admin(*MODERATORS), _admin(*MODERATORS)),
    Row(url("admin:events_event_figures_csv"), _admin(*MODERATORS), _admin(*MODERATORS)),
    Row(url("admin:events_event_figures_xlsx"), _admin(*MODERATORS), _admin(*MODERATORS)),
    Row(url("admin:opendata_import"), _admin(*MODERATORS), _admin(ALLOWED, ALLOWED, ALLOWED)),
    Row(url("admin:pages_page_preview", lambda s: s.page.pk), _admin(*NOBODY), _admin(403, 403, ALLOWED)),
    Row(url("admin:auth_user_password_change", lambda s: s.member_a.pk), _admin(*NATIONAL), _admin(403, 403, ALLOWED)),
]


@dataclass(frozen=True)
class AdminModel:
    """The answers of one ModelAdmin's URLs to moderator A, moderator B and national staff, for an object
    of region A. `change` is the GET of the change view; `save` its POST."""

    target: object
    changelist: tuple
    add: tuple
    change: tuple
    save: tuple
    delete: tuple


SCOPED_READ_ONLY = {"changelist": MODERATORS, "change": (200, 404, 200), "save": (403, 404, ALLOWED)}
NATIONAL_ONLY = {
    "changelist": NATIONAL,
    "add": NATIONAL,
    "change": NATIONAL,
    "save": (403, 403, ALLOWED),
    "delete": NATIONAL,
}

ADMIN_MODELS = {
    "events.event": AdminModel(
        target=lambda s: s.pending,
        changelist=MODERATORS,
        add=NATIONAL,
        change=(200, 404, 200),
        save=(ALLOWED, 404, ALLOWED),
        delete=(403, 404, 200),
    ),
    "regions.region": AdminModel(target=lambda s: s.region_a, add=NOBODY, delete=(403, 404, 403), **SCOPED_READ_ONLY),
    "regions.department": AdminModel(
        target=lambda s: s.department_a,
        changelist=MODERATORS,
        add=NOBODY,
        change=(200, 404, 200),
        save=(403, 404, 403),
        delete=(403, 404, 403),
    ),
    "organizations.organization": AdminModel(
        target=lambda s: s.organization_a, add=NATIONAL, delete=(403, 404, 200), **SCOPED_READ_ONLY
    ),
    "opendata.importedevent": AdminModel(
        target=lambda s: s.imported,
        changelist=MODERATORS,
        add=NOBODY,
        change=(200, 404, 200),
        save=(403, 404, 403),
        delete=(403, 404, 403),
    ),
    # A CRESS declares, edits and deletes the sources of its regions (opendata.admin.SourceAdmin).
    "opendata.source": AdminModel(
        target=lambda s: s.source,
        changelist=MODERATORS,
        add=MODERATORS,
        change=(200, 404, 200),
        save=(ALLOWED, 404, ALLOWED),
        delete=(200, 404, 200),
    ),
    # Reports from the public: read, then closed by an action; another region's is a 404.
    "events.eventreport": AdminModel(
        target=lambda s: s.report,
        changelist=MODERATORS,
        add=NOBODY,
        change=(200, 404, 200),
        save=(403, 404, 403),
        delete=(403, 404, 200),
    ),
    "events.edition": AdminModel(target=lambda s: s.edition, **NATIONAL_ONLY),
    "events.theme": AdminModel(target=lambda s: s.theme, **NATIONAL_ONLY),
    "events.eventtype": AdminModel(target=lambda s: s.published.event_type, **NATIONAL_ONLY),
    "events.audience": AdminModel(target=lambda s: s.published.audiences.first(), **NATIONAL_ONLY),
    "events.highlight": AdminModel(target=lambda s: s.highlight, **NATIONAL_ONLY),
    "accounts.user": AdminModel(target=lambda s: s.member_a, **NATIONAL_ONLY),
    "auth.group": AdminModel(target=lambda s: s.group, **NATIONAL_ONLY),
    "pages.page": AdminModel(
        target=lambda s: s.page,
        changelist=NATIONAL,
        add=NOBODY,
        change=NATIONAL,
        save=(403, 403, ALLOWED),
        delete=NOBODY,
    ),
}


def _admin_model_rows():
    rows = []
    for model in admin.site._registry:
        label = model._meta.label_lower
        answers = ADMIN_MODELS[label]  # a KeyError: a new ModelAdmin needs its line in ADMIN_MODELS
        prefix = f"admin:{model._meta.app_label}_{model._meta.model_name}"

        def object_url(view, answers=answers, prefix=prefix):
            return lambda site: reverse(f"{prefix}_{view}", args=[answers.target(site).pk])

        def change_redirect(site, answers=answers, prefix=prefix):
            return reverse(f"{prefix}_change", args=[answers.target(site).pk])

        rows += [
            Row(url(f"{prefix}_changelist"), _admin(*answers.changelist), label=label),
            Row(url(f"{prefix}_add"), _admin(*answers.add), label=label),
            Row(object_url("change"), _admin(*answers.change), _admin(*answers.save), label=label),
            Row(object_url("history"), _admin(*answers.change), _admin(*answers.change), label=label),
            Row(object_url("delete"), _admin(*answers.delete), label=label),
            # /admin/<app>/<model>/<id>/ redirects to the change view, whoever asks: the change view decides.
            Row(
                lambda site, change_redirect=change_redirect: change_redirect(site).removesuffix("change/"),
                _admin(*(To(change_redirect),) * 3),
                _admin(ALLOWED, ALLOWED, ALLOWED),
                label=label,
            ),
        ]
    return rows


ROWS = SITE_ROWS + ADMIN_SITE_ROWS + _admin_model_rows()


# -- The walk ------------------------------------------------------------------------------------------


def _join(route, sub):
    return sub if not route else route + sub.removeprefix("^")


def routes(resolver=None, prefix=""):
    """The full route of every URL pattern, as `ResolverMatch.route` spells it."""
    resolver = resolver or get_resolver()
    for pattern in resolver.url_patterns:
        route = _join(prefix, str(pattern.pattern))
        if isinstance(pattern, URLResolver):
            yield from routes(pattern, route)
        elif isinstance(pattern, URLPattern):
            yield route


def post_payload(site):
    """A POST that would change things if it were let through."""
    ids = [site.pending.pk, site.published.pk, site.draft.pk]
    return {
        "action": "publish",
        "_selected_action": ids,
        "index": "0",
        "post": "yes",
        "apply": "1",
        "confirm": "1",
        "message": "Piraté",
        "title": "Piraté",
        "name": "Piraté",
        "email": "pirate@example.org",
        "body": "Piraté",
    }
