"""`make backup` and `make restore FILE=…`: the database and the uploaded images in one archive.

    python deploy/backup.py backup [--to backups/]     -> backups/mois-ess-20261120T090000Z.tar
    python deploy/backup.py restore FILE [--force]

An archive holds `database.dump` (pg_dump's custom format: compressed, restored table by table by
pg_restore) and `media/`, the files of MEDIA_ROOT. It reads DATABASE_URL (PostgreSQL) and
MEDIA_ROOT, as the site does. Restoring goes into an empty database and an empty MEDIA_ROOT;
with --force it replaces what is there. With MEDIA_BUCKET set, the images are on object storage
and are left to its own versioning (docs/deployment.md): the archive then holds the database only.
"""

import argparse
import datetime
import os
import shutil
import subprocess
import sys
import tarfile
import tempfile
from pathlib import Path
from urllib.parse import urlparse

import psycopg

ROOT = Path(__file__).resolve().parent.parent


def database_url() -> str:
    url = os.environ.get("DATABASE_URL", "")
    scheme = urlparse(url).scheme
    if scheme not in {"postgres", "postgresql", "pgsql"}:
        sys.exit("Backups are of PostgreSQL: set DATABASE_URL=postgres://user:password@host:5432/name.")
    return "postgresql" + url[len(scheme) :]  # the scheme libpq knows


def media_root() -> Path | None:
    if os.environ.get("MEDIA_BUCKET"):
        return None
    return Path(os.environ.get("MEDIA_ROOT") or ROOT / "media")


def backup(target: Path) -> Path:
    target.mkdir(parents=True, exist_ok=True)
    stamp = datetime.datetime.now(datetime.UTC).strftime("%Y%m%dT%H%M%SZ")
    archive = target / f"mois-ess-{stamp}.tar"
    with tempfile.TemporaryDirectory() as work:
        dump = Path(work) / "database.dump"
        subprocess.run(
            ["pg_dump", "--format=custom", "--no-owner", "--no-privileges", f"--file={dump}", database_url()],
            check=True,
        )
        partial = archive.with_suffix(".tar.partial")
        with tarfile.open(partial, "w") as tar:
            tar.add(dump, arcname="database.dump")
            media = media_root()
            if media is not None and media.is_dir():
                tar.add(media, arcname="media")
        partial.rename(archive)  # a backup cut short never looks complete
    return archive


def _is_empty_database(url: str) -> bool:
    query = "SELECT count(*) FROM information_schema.tables WHERE table_schema = 'public'"
    result = subprocess.run(
        ["psql", "--no-psqlrc", "-tA", "-c", query, url], check=True, capture_output=True, text=True
    )
    return result.stdout.strip() == "0"


def _create_database_if_missing(url: str) -> None:
    parsed = urlparse(url)
    name = parsed.path.lstrip("/")
    with psycopg.connect(parsed._replace(path="/postgres").geturl(), autocommit=True) as connection:
        if not connection.execute("SELECT 1 FROM pg_database WHERE datname = %s", [name]).fetchone():
            connection.execute(f'CREATE DATABASE "{name}"')
            print(f"Created the database {name}.")


def restore(archive: Path, *, force: bool) -> None:
    url = database_url()
    media = media_root()
    _create_database_if_missing(url)
    if not force:
        if not _is_empty_database(url):
            sys.exit("The database is not empty: restore into an empty one, or add --force (FORCE=1) to replace it.")
        if media is not None and media.is_dir() and any(media.iterdir()):
            sys.exit(f"{media} is not empty: restore into an empty MEDIA_ROOT, or add --force (FORCE=1).")
    with tempfile.TemporaryDirectory() as work, tarfile.open(archive) as tar:
        tar.extractall(work, filter="data")  # no absolute paths, no links out of the folder
        command = ["pg_restore", "--no-owner", "--no-privileges", "--exit-on-error", "--single-transaction"]
        if force:
            command += ["--clean", "--if-exists"]
        subprocess.run([*command, f"--dbname={url}", str(Path(work) / "database.dump")], check=True)
        saved_media = Path(work) / "media"
        if media is not None and saved_media.is_dir():
            shutil.copytree(saved_media, media, dirs_exist_ok=True)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    commands = parser.add_subparsers(dest="command", required=True)
    make = commands.add_parser("backup")
    make.add_argument("--to", type=Path, default=Path(os.environ.get("BACKUP_DIR") or ROOT / "backups"))
    back = commands.add_parser("restore")
    back.add_argument("file", type=Path)
    back.add_argument("--force", action="store_true")
    args = parser.parse_args()
    if args.command == "backup":
        print(backup(args.to))
    else:
        if not args.file.is_file():
            sys.exit(f"No such backup: {args.file}")
        restore(args.file, force=args.force)
        print(f"Restored {args.file}.")


if __name__ == "__main__":
    main()
