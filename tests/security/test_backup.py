"""`make backup` then `make restore` into an empty database and an empty MEDIA_ROOT gives back every
event, slot, organisation, account and image (deploy/backup.py, run as `make` runs it)."""

import io
import os
import shutil
import subprocess
import sys
import uuid
from pathlib import Path

import psycopg
import pytest
from django.core.files.base import ContentFile
from django.db import connection
from PIL import Image

from accounts.models import User
from core.images import make_sizes
from events.models import Event, TimeSlot
from organizations.models import Membership, Organization
from tests.factories import EventFactory, MembershipFactory

ROOT = Path(__file__).resolve().parent.parent.parent
pytestmark = pytest.mark.django_db(transaction=True)


@pytest.fixture
def postgres():
    if connection.vendor != "postgresql":
        pytest.skip("Backups are of PostgreSQL: this test runs in the PostgreSQL pass of .ci/run.")
    if not (shutil.which("pg_dump") and shutil.which("pg_restore")):
        pytest.fail("pg_dump and pg_restore are needed (Debian: postgresql-client)")


def _url(name: str) -> str:
    db = connection.settings_dict
    password = f":{db['PASSWORD']}" if db["PASSWORD"] else ""
    return f"postgres://{db['USER']}{password}@{db['HOST'] or '127.0.0.1'}:{db['PORT'] or 5432}/{name}"


@pytest.fixture
def empty_database(postgres):
    name = f"{connection.settings_dict['NAME']}_restored_{uuid.uuid4().hex[:8]}"
    maintenance = _url("postgres")
    with psycopg.connect(maintenance, autocommit=True) as admin:
        admin.execute(f'CREATE DATABASE "{name}"')
    yield name
    with psycopg.connect(maintenance, autocommit=True) as admin:
        admin.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


def _run(*args, database: str, media: Path, check=True):
    env = {**os.environ, "DATABASE_URL": _url(database), "MEDIA_ROOT": str(media)}
    env.pop("MEDIA_BUCKET", None)
    return subprocess.run(
        [sys.executable, "deploy/backup.py", *args], cwd=ROOT, env=env, capture_output=True, text=True, check=check
    )


def _photo() -> bytes:
    buffer = io.BytesIO()
    Image.new("RGB", (1200, 800), (200, 80, 40)).save(buffer, format="JPEG")
    return buffer.getvalue()


def _rows(database: str, query: str) -> set[tuple]:
    with psycopg.connect(_url(database)) as restored:
        return set(restored.execute(query).fetchall())


def test_backup_restores_every_event_slot_organisation_account_and_image(empty_database, settings, tmp_path):
    members = [MembershipFactory(organization__name=f"Association {n}") for n in range(3)]
    events = [EventFactory(organization=member.organization) for member in members for _ in range(2)]
    illustrated = events[0]
    illustrated.image.save("photo.jpg", ContentFile(_photo()), save=False)
    with illustrated.image.open("rb") as fh:
        illustrated.image_sizes = make_sizes(illustrated.image.name, fh, storage=illustrated.image.storage)
    illustrated.image_alt = "Des bénévoles réparent un grille-pain"
    illustrated.save()
    source = connection.settings_dict["NAME"]
    media = Path(settings.MEDIA_ROOT)

    made = _run("backup", "--to", str(tmp_path / "backups"), database=source, media=media)
    archive = Path(made.stdout.strip())
    assert archive.parent == tmp_path / "backups" and archive.name.startswith("mois-ess-") and archive.suffix == ".tar"

    restored_media = tmp_path / "restored-media"
    _run("restore", str(archive), database=empty_database, media=restored_media)

    def same(model, columns):
        query = f"SELECT {', '.join(columns)} FROM {model._meta.db_table}"
        assert _rows(empty_database, query) == set(model.objects.values_list(*columns)), model.__name__

    same(Event, ["id", "slug", "state", "organization_id", "image", "starts_at"])
    same(TimeSlot, ["id", "event_id", "starts_at", "ends_at"])
    same(Organization, ["id", "slug", "name"])
    same(Membership, ["user_id", "organization_id", "role"])
    same(User, ["id", "email", "password"])
    assert Event.objects.count() == 6 and TimeSlot.objects.count() == 6
    image_files = [size["name"] for size in illustrated.image_sizes.values()]
    assert len(image_files) == 4
    for name in image_files:
        assert (restored_media / name).read_bytes() == (media / name).read_bytes(), name


def test_restore_refuses_a_database_that_is_not_empty(postgres, settings, tmp_path):
    EventFactory()
    source = connection.settings_dict["NAME"]
    made = _run("backup", "--to", str(tmp_path), database=source, media=Path(settings.MEDIA_ROOT))
    refused = _run("restore", made.stdout.strip(), database=source, media=tmp_path / "media", check=False)
    assert refused.returncode != 0
    assert "The database is not empty" in refused.stderr
    assert Event.objects.count() == 1
