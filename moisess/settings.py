"""Settings of the Mois de l'ESS site, read from the environment.

Every variable is optional except SECRET_KEY when DEBUG is off. A malformed value
raises ImproperlyConfigured at start-up rather than being silently ignored.
"""

import os
from pathlib import Path
from urllib.parse import parse_qs, unquote, urlparse

from csp.constants import NONCE, NONE, SELF
from django.core.exceptions import ImproperlyConfigured
from django.utils.translation import gettext_lazy as _

BASE_DIR = Path(__file__).resolve().parent.parent

_TRUE = {"1", "true", "yes", "on"}
_FALSE = {"0", "false", "no", "off", ""}


def envbool(name: str, default: bool) -> bool:
    value = os.environ.get(name)
    if value is None:
        return default
    lowered = value.strip().lower()
    if lowered in _TRUE:
        return True
    if lowered in _FALSE:
        return False
    raise ImproperlyConfigured(f"{name} must be a boolean (1/0, true/false, yes/no, on/off), got {value!r}.")


def envint(name: str, default: int) -> int:
    value = os.environ.get(name)
    if value is None or value.strip() == "":
        return default
    try:
        return int(value)
    except ValueError:
        raise ImproperlyConfigured(f"{name} must be an integer, got {value!r}.") from None


def envlist(name: str, default: list[str]) -> list[str]:
    value = os.environ.get(name)
    if value is None:
        return default
    return [item.strip() for item in value.split(",") if item.strip()]


def envstr(name: str, default: str) -> str:
    return os.environ.get(name, default)


def database_from_url(url: str) -> dict:
    """Turn a DATABASE_URL into a DATABASES entry (sqlite:///path or postgres://…)."""
    parsed = urlparse(url)
    if parsed.scheme == "sqlite":
        # sqlite:///relative.db and sqlite:////absolute/path.db, as dj-database-url reads them.
        path = parsed.path[1:] if parsed.path.startswith("/") else parsed.path
        if not path:
            raise ImproperlyConfigured("DATABASE_URL: a sqlite URL needs a file path (sqlite:///db.sqlite3).")
        name = path if path == ":memory:" or path.startswith("/") else str(BASE_DIR / path)
        # IMMEDIATE: a transaction takes the write lock when it begins, so that two requests changing
        # the same event wait for each other instead of one failing with « database is locked ».
        return {"ENGINE": "django.db.backends.sqlite3", "NAME": name, "OPTIONS": {"transaction_mode": "IMMEDIATE"}}
    if parsed.scheme in {"postgres", "postgresql", "pgsql"}:
        name = unquote(parsed.path.lstrip("/"))
        if not name:
            raise ImproperlyConfigured("DATABASE_URL: a PostgreSQL URL needs a database name.")
        try:
            port = parsed.port
        except ValueError:
            raise ImproperlyConfigured(f"DATABASE_URL has an invalid port: {url!r}.") from None
        options = {key: values[-1] for key, values in parse_qs(parsed.query).items()}
        # No JIT compilation: the site's queries are short, and PostgreSQL's JIT, which its cost model
        # turns on for the larger ones (a text search over 50 000 events), spent 0.5 s compiling for a
        # 0.15 s query (docs/performance.md). `?options=…` in the URL replaces this.
        options.setdefault("options", "-c jit=off")
        return {
            "ENGINE": "django.db.backends.postgresql",
            "NAME": name,
            "USER": unquote(parsed.username or ""),
            "PASSWORD": unquote(parsed.password or ""),
            "HOST": parsed.hostname or "",
            "PORT": str(port or ""),
            "OPTIONS": options,
            "CONN_MAX_AGE": envint("CONN_MAX_AGE", 60),
            "CONN_HEALTH_CHECKS": True,
        }
    raise ImproperlyConfigured(f"DATABASE_URL must start with sqlite:// or postgres://, got {parsed.scheme or url!r}.")


DEBUG = envbool("DEBUG", False)

SECRET_KEY = os.environ.get("SECRET_KEY", "")
if not SECRET_KEY:
    if not DEBUG:
        raise ImproperlyConfigured("SECRET_KEY is required when DEBUG is off.")
    SECRET_KEY = "insecure-development-key-do-not-use-in-production"

ALLOWED_HOSTS = envlist("ALLOWED_HOSTS", ["localhost", "127.0.0.1", "[::1]"] if DEBUG else [])
CSRF_TRUSTED_ORIGINS = envlist("CSRF_TRUSTED_ORIGINS", [])
SITE_URL = envstr("SITE_URL", "http://127.0.0.1:8000").rstrip("/")

INSTALLED_APPS = [
    "moisess.apps.AdminConfig",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "django.contrib.humanize",
    "django.forms",  # FORM_RENDERER = TemplatesSetting finds Django's widget templates here
    "django_filters",
    "leaflet",
    "csp",
    "django_rq",
    "core",
    "accounts",
    "regions",
    "organizations",
    "events",
    "alerts",
    "django.contrib.sitemaps",
    "pages",
    "moderation",
    "opendata",
    "browse",
    "space",
]

MIDDLEWARE = [
    # Outermost, before any cache that answers a whole page: the audience figures (alerts/audience.py)
    # count every view of an event page, from the view or from a cache.
    "alerts.middleware.AudienceMiddleware",
    "moisess.middleware.RequestIdMiddleware",
    "django.middleware.security.SecurityMiddleware",
    "moisess.middleware.SecurityHeadersMiddleware",
    "csp.middleware.CSPMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    # Below WhiteNoise (static files go out precompressed) and above every middleware that reads or
    # writes the body. BREACH: Django adds random bytes to each gzipped answer (« Heal The BREACH »)
    # and masks CSRF tokens per request; the public pages carry no token (docs/performance.md).
    "django.middleware.gzip.GZipMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.locale.LocaleMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    # A database outage answers 503 (process_exception hooks all run, whatever the position).
    "moisess.middleware.DatabaseOutageMiddleware",
    # Innermost: cleans the page before the middleware above measure or compare it.
    "moisess.middleware.PrintableHtmlMiddleware",
]

ROOT_URLCONF = "moisess.urls"
WSGI_APPLICATION = "moisess.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "moisess.context_processors.site",
            ],
        },
    },
]
FORM_RENDERER = "django.forms.renderers.TemplatesSetting"

DATABASES = {"default": database_from_url(envstr("DATABASE_URL", "sqlite:///db.sqlite3"))}
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

AUTH_USER_MODEL = "accounts.User"
# The only backend: Django's, behind the login rate limits (every password check goes through it).
AUTHENTICATION_BACKENDS = ["accounts.backends.RateLimitedModelBackend"]
AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]

REDIS_URL = envstr("REDIS_URL", "")
if REDIS_URL:
    if not REDIS_URL.startswith(("redis://", "rediss://", "unix://")):
        raise ImproperlyConfigured(f"REDIS_URL must start with redis://, rediss:// or unix://, got {REDIS_URL!r}.")
    CACHES = {"default": {"BACKEND": "django.core.cache.backends.redis.RedisCache", "LOCATION": REDIS_URL}}
else:
    CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}}

LANGUAGE_CODE = "fr"
LANGUAGES = [("fr", _("Français"))]
LOCALE_PATHS = [BASE_DIR / "locale"]
TIME_ZONE = "Europe/Paris"
USE_I18N = True
USE_TZ = True

STATIC_URL = "/static/"
STATIC_ROOT = Path(envstr("STATIC_ROOT", str(BASE_DIR / "staticfiles")))
STATICFILES_DIRS = [BASE_DIR / "static"]
MEDIA_URL = "/media/"
MEDIA_ROOT = Path(envstr("MEDIA_ROOT", str(BASE_DIR / "media")))
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {
        # collectstatic names each file after a hash of its content and stores it compressed:
        # WhiteNoise then serves them cacheable for ever (a new version is a new name).
        "BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"
        if DEBUG
        else "moisess.storage.StaticFilesStorage"
    },
}

# Uploaded images on S3-compatible object storage (django-storages), shared by every application
# server; on the local disk (MEDIA_ROOT, served by the proxy) otherwise.
MEDIA_BUCKET = envstr("MEDIA_BUCKET", "")
if MEDIA_BUCKET:
    MEDIA_URL = envstr("MEDIA_URL", "").rstrip("/") + "/"
    if not MEDIA_URL.startswith("https://"):
        raise ImproperlyConfigured("MEDIA_URL must be the https:// address the bucket's files are read from.")
    STORAGES["default"] = {
        "BACKEND": "storages.backends.s3.S3Storage",
        "OPTIONS": {
            "bucket_name": MEDIA_BUCKET,
            "endpoint_url": envstr("MEDIA_ENDPOINT_URL", "") or None,
            "region_name": envstr("MEDIA_REGION", "") or None,
            "access_key": envstr("MEDIA_ACCESS_KEY_ID", ""),
            "secret_key": envstr("MEDIA_SECRET_ACCESS_KEY", ""),
            "custom_domain": MEDIA_URL.removeprefix("https://").rstrip("/"),
            # Public images under unguessable names: plain URLs, no signed query strings.
            "querystring_auth": False,
            "default_acl": None,
            "file_overwrite": False,
            "object_parameters": {"CacheControl": "public, max-age=31536000, immutable"},
        },
    }

# Mail: Django's own setting names.
EMAIL_BACKEND = envstr(
    "EMAIL_BACKEND",
    "django.core.mail.backends.console.EmailBackend" if DEBUG else "django.core.mail.backends.smtp.EmailBackend",
)
EMAIL_FILE_PATH = envstr("EMAIL_FILE_PATH", str(BASE_DIR / "sent-mail"))
EMAIL_HOST = envstr("EMAIL_HOST", "localhost")
EMAIL_PORT = envint("EMAIL_PORT", 25)
EMAIL_HOST_USER = envstr("EMAIL_HOST_USER", "")
EMAIL_HOST_PASSWORD = envstr("EMAIL_HOST_PASSWORD", "")
EMAIL_USE_TLS = envbool("EMAIL_USE_TLS", False)
EMAIL_USE_SSL = envbool("EMAIL_USE_SSL", False)
EMAIL_TIMEOUT = envint("EMAIL_TIMEOUT", 10)
if EMAIL_USE_TLS and EMAIL_USE_SSL:
    raise ImproperlyConfigured("EMAIL_USE_TLS and EMAIL_USE_SSL cannot both be on.")
DEFAULT_FROM_EMAIL = envstr("DEFAULT_FROM_EMAIL", "Mois de l'ESS <ne-pas-repondre@mois-ess.fr>")
SERVER_EMAIL = envstr("SERVER_EMAIL", DEFAULT_FROM_EMAIL)

LOGIN_URL = "accounts:login"
LOGIN_REDIRECT_URL = "space:dashboard"

# Security headers; the site is framed nowhere (the widget route opts out on its own).
X_FRAME_OPTIONS = "DENY"
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "same-origin"
SESSION_COOKIE_HTTPONLY = True
SESSION_COOKIE_SECURE = envbool("SESSION_COOKIE_SECURE", not DEBUG)
CSRF_COOKIE_SECURE = envbool("CSRF_COOKIE_SECURE", not DEBUG)
SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https") if envbool("BEHIND_PROXY", False) else None
# HTTPS only, in production (docs/deployment.md): browsers remember it for SECURE_HSTS_SECONDS.
SECURE_SSL_REDIRECT = envbool("SECURE_SSL_REDIRECT", False)
SECURE_HSTS_SECONDS = envint("SECURE_HSTS_SECONDS", 0)
SECURE_HSTS_INCLUDE_SUBDOMAINS = envbool("SECURE_HSTS_INCLUDE_SUBDOMAINS", False)
SECURE_HSTS_PRELOAD = envbool("SECURE_HSTS_PRELOAD", False)
# A load balancer may probe the health check in plain HTTP on the private network.
SECURE_REDIRECT_EXEMPT = [r"^sante/$"]
# No page asks for the visitor's position, camera, microphone or payment (moisess.middleware).
PERMISSIONS_POLICY = (
    "accelerometer=(), camera=(), geolocation=(), gyroscope=(), magnetometer=(), microphone=(), payment=(), usb=()"
)


def _source_of(url: str) -> str:
    """The CSP source of a URL template: https://{s}.tile.example.org/{z}/… gives https://*.tile.example.org."""
    parsed = urlparse(url.replace("{s}", "*"))
    return f"{parsed.scheme}://{parsed.netloc}" if parsed.scheme and parsed.netloc else ""


DATA_UPLOAD_MAX_NUMBER_FIELDS = 2000

# Maps (django-leaflet). Tiles come from OpenStreetMap France unless MAP_TILES_URL says otherwise.
MAP_TILES_URL = envstr("MAP_TILES_URL", "https://{s}.tile.openstreetmap.fr/osmfr/{z}/{x}/{y}.png")
MAP_TILES_ATTRIBUTION = envstr(
    "MAP_TILES_ATTRIBUTION",
    '&copy; <a href="https://www.openstreetmap.org/copyright">les contributeurs d’OpenStreetMap</a>, '
    'tuiles <a href="https://www.openstreetmap.fr/">OpenStreetMap France</a>',
)
LEAFLET_CONFIG = {
    "DEFAULT_CENTER": (46.6, 2.4),
    "DEFAULT_ZOOM": 5,
    "MIN_ZOOM": 2,
    "MAX_ZOOM": 18,
    "TILES": [
        (
            "OpenStreetMap France",
            MAP_TILES_URL,
            {"attribution": MAP_TILES_ATTRIBUTION, "maxZoom": 19},
        )
    ],
    "RESET_VIEW": False,
    "NO_GLOBALS": False,
}

# Content-Security-Policy (django-csp): nothing but the site's own files; scripts from the site or
# carrying the response's nonce, never inline ones; the map's tiles and the media storage as images.
# The widget's view lets any site frame it (frame-ancestors *), the SVG badge has a policy of its own.
CONTENT_SECURITY_POLICY = {
    "DIRECTIVES": {
        "default-src": [NONE],
        "script-src": [SELF, NONCE],
        "style-src": [SELF],
        "img-src": [SELF, "data:", *filter(None, {_source_of(MAP_TILES_URL), _source_of(MEDIA_URL)})],
        "font-src": [SELF],
        "connect-src": [SELF],
        "manifest-src": [SELF],
        "frame-src": [SELF],  # the widget's preview on /integrer/
        "object-src": [NONE],
        "base-uri": [NONE],
        "form-action": [SELF],
        "frame-ancestors": [NONE],
    }
}

# French national address API (Géoplateforme geocoding); short timeout, offline fallback.
GEOCODER_URL = envstr("GEOCODER_URL", "https://data.geopf.fr/geocodage")
GEOCODER_TIMEOUT = float(envint("GEOCODER_TIMEOUT_MS", 2500)) / 1000

# Logs go to the console: one JSON object a line in production (LOG_FORMAT=json), carrying the
# request id that the proxy sends or moisess.middleware makes; plain text in development.
LOG_FORMAT = envstr("LOG_FORMAT", "text" if DEBUG else "json")
if LOG_FORMAT not in {"json", "text"}:
    raise ImproperlyConfigured(f"LOG_FORMAT must be json or text, got {LOG_FORMAT!r}.")
LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "filters": {
        "request_id": {"()": "moisess.logs.RequestIdFilter"},
        "job_tracebacks": {"()": "moisess.logs.DropJobTracebacks"},
    },
    "formatters": {
        "json": {"()": "moisess.logs.JsonFormatter"},
        "text": {"format": "%(asctime)s %(levelname)s %(name)s [%(request_id)s] %(message)s"},
    },
    "handlers": {
        "console": {
            "class": "logging.StreamHandler",
            "formatter": LOG_FORMAT,
            "filters": ["request_id", "job_tracebacks"],
        },
    },
    "root": {"handlers": ["console"], "level": envstr("LOG_LEVEL", "INFO" if DEBUG else "WARNING")},
    # The worker's own lines about each job it takes (failures have their line from core.jobs).
    "loggers": {"rq.worker": {"level": "WARNING"}},
}

# Background jobs (core.jobs): mails, image sizes, large imports. With REDIS_URL they go to RQ's
# queue in Redis, run by `manage.py rqworker` and retried with backoff; without it, or with
# BACKGROUND_JOBS off, they run in the web process once the request's transaction commits.
BACKGROUND_JOBS = envbool("BACKGROUND_JOBS", bool(REDIS_URL))
if BACKGROUND_JOBS and not REDIS_URL:
    raise ImproperlyConfigured("BACKGROUND_JOBS needs REDIS_URL (the queue is kept in Redis).")
RQ_QUEUES = {"default": {"URL": REDIS_URL or "redis://127.0.0.1:6379/0", "DEFAULT_TIMEOUT": 900}}
RQ = {"COMMIT_MODE": "auto"}  # core.jobs already waits for the commit
RQ_EXCEPTION_HANDLERS = ["core.jobs.log_failure"]
RQ_SHOW_ADMIN_LINK = False  # national staff see failed jobs on /admin/taches/ (moisess.jobs_admin)

# Moderation digest: a pending event waiting longer than this many days is recalled to its moderators.
MODERATION_REMINDER_DAYS = envint("MODERATION_REMINDER_DAYS", 3)

# Files checked by an import's dry run wait here (never served) until the importer confirms.
IMPORT_UPLOAD_DIR = Path(envstr("IMPORT_UPLOAD_DIR", str(BASE_DIR / "import-uploads")))
# Agendas followed by `manage.py sync_sources` (opendata/sources.py): how long to wait, how much to read,
# and whether a source may point at a private or local address (never in production: tests only).
SOURCES_TIMEOUT = 20.0  # seconds
SOURCES_MAX_BYTES = 5_000_000
SOURCES_ALLOW_PRIVATE_ADDRESSES = False
