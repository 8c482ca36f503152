"""The production settings read from the environment: HTTPS, media on object storage, jobs, logs."""

import runpy
from pathlib import Path

import pytest
from django.core.exceptions import ImproperlyConfigured

SETTINGS = Path(__file__).resolve().parent.parent.parent / "moisess" / "settings.py"
VARIABLES = [
    "DEBUG", "SECRET_KEY", "REDIS_URL", "BACKGROUND_JOBS", "MEDIA_BUCKET", "MEDIA_URL", "MEDIA_ENDPOINT_URL",
    "SECURE_SSL_REDIRECT", "SECURE_HSTS_SECONDS", "SECURE_HSTS_INCLUDE_SUBDOMAINS", "SECURE_HSTS_PRELOAD",
    "BEHIND_PROXY", "LOG_FORMAT", "MAP_TILES_URL",
]  # fmt: skip


@pytest.fixture
def load(monkeypatch):
    for name in VARIABLES:
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("SECRET_KEY", "s3cret")

    def run(**values):
        for name, value in values.items():
            monkeypatch.setenv(name, value)
        return runpy.run_path(str(SETTINGS))

    return run


def test_https_settings_off_by_default_and_read_from_the_environment(load):
    default = load()
    assert (default["SECURE_SSL_REDIRECT"], default["SECURE_HSTS_SECONDS"], default["SECURE_PROXY_SSL_HEADER"]) == (
        False,
        0,
        None,
    )
    production = load(
        SECURE_SSL_REDIRECT="1",
        SECURE_HSTS_SECONDS="31536000",
        SECURE_HSTS_INCLUDE_SUBDOMAINS="1",
        SECURE_HSTS_PRELOAD="1",
        BEHIND_PROXY="1",
    )
    assert production["SECURE_SSL_REDIRECT"] is True
    assert production["SECURE_HSTS_SECONDS"] == 31_536_000
    assert production["SECURE_HSTS_INCLUDE_SUBDOMAINS"] is production["SECURE_HSTS_PRELOAD"] is True
    assert production["SECURE_PROXY_SSL_HEADER"] == ("HTTP_X_FORWARDED_PROTO", "https")


def test_static_files_hashed_and_compressed_without_debug(load):
    assert load()["STORAGES"]["staticfiles"]["BACKEND"] == "moisess.storage.StaticFilesStorage"
    assert load(DEBUG="1")["STORAGES"]["staticfiles"]["BACKEND"].endswith("StaticFilesStorage")


def test_media_on_object_storage_when_a_bucket_is_set(load):
    assert load()["STORAGES"]["default"]["BACKEND"] == "django.core.files.storage.FileSystemStorage"
    settings = load(
        MEDIA_BUCKET="mois-ess-media",
        MEDIA_URL="https://media.mois-ess.fr/",
        MEDIA_ENDPOINT_URL="https://s3.fr-par.scw.cloud",
    )
    storage = settings["STORAGES"]["default"]
    assert storage["BACKEND"] == "storages.backends.s3.S3Storage"
    options = storage["OPTIONS"]
    assert (options["bucket_name"], options["endpoint_url"], options["custom_domain"]) == (
        "mois-ess-media",
        "https://s3.fr-par.scw.cloud",
        "media.mois-ess.fr",
    )
    assert options["querystring_auth"] is False and options["file_overwrite"] is False
    assert settings["MEDIA_URL"] == "https://media.mois-ess.fr/"
    # The pages may show images from there, and from nowhere else but the site and the map tiles.
    assert set(settings["CONTENT_SECURITY_POLICY"]["DIRECTIVES"]["img-src"]) == {
        "'self'",
        "data:",
        "https://*.tile.openstreetmap.fr",
        "https://media.mois-ess.fr",
    }


def test_media_bucket_needs_an_https_address(load):
    with pytest.raises(ImproperlyConfigured, match="MEDIA_URL must be the https:// address"):
        load(MEDIA_BUCKET="mois-ess-media", MEDIA_URL="http://media.mois-ess.fr/")


def test_jobs_queued_with_redis_and_refused_without(load):
    assert load()["BACKGROUND_JOBS"] is False
    assert load(REDIS_URL="redis://127.0.0.1:6379/0")["BACKGROUND_JOBS"] is True
    assert load(REDIS_URL="redis://127.0.0.1:6379/0", BACKGROUND_JOBS="0")["BACKGROUND_JOBS"] is False
    with pytest.raises(ImproperlyConfigured, match="BACKGROUND_JOBS needs REDIS_URL"):
        load(REDIS_URL="", BACKGROUND_JOBS="1")


def test_logs_json_in_production_text_in_development(load):
    assert load()["LOGGING"]["handlers"]["console"]["formatter"] == "json"
    assert load(DEBUG="1")["LOGGING"]["handlers"]["console"]["formatter"] == "text"
    with pytest.raises(ImproperlyConfigured, match="LOG_FORMAT must be json or text"):
        load(LOG_FORMAT="xml")
