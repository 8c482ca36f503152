"""Settings are read from the environment and fail loudly on a bad value."""

import runpy
from pathlib import Path

import pytest
from django.core.exceptions import ImproperlyConfigured

SETTINGS = Path(__file__).resolve().parent.parent / "moisess" / "settings.py"
VARIABLES = [
    "DEBUG", "SECRET_KEY", "ALLOWED_HOSTS", "DATABASE_URL", "EMAIL_BACKEND", "EMAIL_PORT",
    "EMAIL_USE_TLS", "EMAIL_USE_SSL", "REDIS_URL", "MEDIA_ROOT", "DEFAULT_FROM_EMAIL",
]  # fmt: skip


@pytest.fixture
def env(monkeypatch):
    for name in VARIABLES:
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("SECRET_KEY", "s3cret")

    def load(**values):
        for name, value in values.items():
            if value is None:
                monkeypatch.delenv(name, raising=False)
            else:
                monkeypatch.setenv(name, value)
        return runpy.run_path(str(SETTINGS))

    return load


def test_settings_defaults_are_safe(env):
    settings = env()
    assert settings["DEBUG"] is False
    assert settings["DATABASES"]["default"]["ENGINE"] == "django.db.backends.sqlite3"
    assert settings["DATABASES"]["default"]["NAME"].endswith("db.sqlite3")
    assert settings["LANGUAGE_CODE"] == "fr"
    assert settings["TIME_ZONE"] == "Europe/Paris"
    assert settings["USE_TZ"] is True
    assert settings["AUTH_USER_MODEL"] == "accounts.User"
    assert settings["EMAIL_BACKEND"] == "django.core.mail.backends.smtp.EmailBackend"


def test_settings_debug_uses_console_mail_and_a_development_key(env):
    settings = env(DEBUG="1", SECRET_KEY=None)
    assert settings["DEBUG"] is True
    assert settings["EMAIL_BACKEND"] == "django.core.mail.backends.console.EmailBackend"
    assert settings["SECRET_KEY"]


def test_settings_require_secret_key_without_debug(env):
    with pytest.raises(ImproperlyConfigured, match="SECRET_KEY"):
        env(SECRET_KEY=None, DEBUG="0")


@pytest.mark.parametrize(
    ("name", "value", "message"),
    [
        ("DEBUG", "peut-être", "DEBUG must be a boolean"),
        ("DATABASE_URL", "mysql://root@localhost/x", "DATABASE_URL must start with"),
        ("DATABASE_URL", "postgres://localhost:notaport/x", "invalid port"),
        ("DATABASE_URL", "postgres://localhost/", "needs a database name"),
        ("EMAIL_PORT", "vingt-cinq", "EMAIL_PORT must be an integer"),
        ("EMAIL_USE_TLS", "oui-oui", "EMAIL_USE_TLS must be a boolean"),
        ("REDIS_URL", "http://localhost:6379", "REDIS_URL must start with"),
    ],
)
def test_settings_refuse_bad_values(env, name, value, message):
    with pytest.raises(ImproperlyConfigured, match=message):
        env(**{name: value})


def test_settings_refuse_tls_and_ssl_together(env):
    with pytest.raises(ImproperlyConfigured, match="cannot both be on"):
        env(EMAIL_USE_TLS="1", EMAIL_USE_SSL="1")


def test_settings_read_postgres_url(env):
    settings = env(DATABASE_URL="postgres://ess:p%40ss@db.example:5433/mois?sslmode=require")
    database = settings["DATABASES"]["default"]
    assert database["ENGINE"] == "django.db.backends.postgresql"
    assert (database["NAME"], database["USER"], database["PASSWORD"]) == ("mois", "ess", "p@ss")
    assert (database["HOST"], database["PORT"]) == ("db.example", "5433")
    assert database["OPTIONS"] == {"sslmode": "require", "options": "-c jit=off"}


def test_postgres_connections_run_without_jit(env):
    """PostgreSQL's JIT compiles the larger queries for longer than they run: off, unless the URL says."""
    database = env(DATABASE_URL="postgres://ess@db.example/mois")["DATABASES"]["default"]
    assert database["OPTIONS"]["options"] == "-c jit=off"
    database = env(DATABASE_URL="postgres://ess@db.example/mois?options=-c%20jit%3Don")["DATABASES"]["default"]
    assert database["OPTIONS"]["options"] == "-c jit=on"


def test_settings_read_redis_and_hosts(env, tmp_path):
    settings = env(
        REDIS_URL="redis://127.0.0.1:6379/1",
        ALLOWED_HOSTS="mois-ess.fr, www.mois-ess.fr",
        MEDIA_ROOT=str(tmp_path),
    )
    assert settings["CACHES"]["default"]["BACKEND"] == "django.core.cache.backends.redis.RedisCache"
    assert settings["ALLOWED_HOSTS"] == ["mois-ess.fr", "www.mois-ess.fr"]
    assert settings["MEDIA_ROOT"] == tmp_path
