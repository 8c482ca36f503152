"""The deployment files are documentation that must stay true: they run the same commands with the
same variables as `make serve` (deploy/serve.py) and the README, and the documented production
variables pass `check --deploy`. Nothing is built or started here: the files are parsed."""

import json
import os
import re
import secrets
import shlex
import subprocess
import sys
from pathlib import Path

import pytest
import yaml

from deploy import serve
from tests.test_docs import section, settings_variables, table_rows

ROOT = Path(__file__).resolve().parent.parent.parent
README = (ROOT / "README.md").read_text(encoding="utf-8")
COMPOSE = yaml.safe_load((ROOT / "compose.yaml").read_text(encoding="utf-8"))
DOCKERFILE = (ROOT / "Dockerfile").read_text(encoding="utf-8")
NGINX = (ROOT / "deploy" / "nginx.conf").read_text(encoding="utf-8")
MAKEFILE = (ROOT / "Makefile").read_text(encoding="utf-8")


def readme_variables() -> set[str]:
    rows = table_rows(section(README, "Configuration"))
    return {name for row in rows for name in re.findall(r"`([A-Z][A-Z0-9_]+)`", row[0])}


def production_variables() -> dict[str, str]:
    """The NAME=value block of the README's « Deployment » section."""
    block = re.search(r"```sh\n((?:[A-Z_]+=.*\n)+)```", section(README, "Deployment"))
    assert block, "README.md, « Deployment »: the production variables as a ```sh block of NAME=value lines"
    return dict(line.split("=", 1) for line in block[1].splitlines())


def dockerfile_cmd() -> list[str]:
    return json.loads(re.search(r"^CMD (\[.*\])$", DOCKERFILE, re.MULTILINE)[1])


def dockerfile_env() -> set[str]:
    """The variables the image sets for the site (not Python's and pip's own)."""
    names = set()
    for block in re.findall(r"^ENV ((?:.*\\\n)*.*)$", DOCKERFILE, re.MULTILINE):
        names |= set(re.findall(r"(?:^|\s)([A-Z][A-Z0-9_]+)=", block))
    return {name for name in names if not name.startswith(("PYTHON", "PIP_"))}


# -- The same commands everywhere ---------------------------------------------------------------------


def test_compose_describes_proxy_web_worker_postgresql_and_redis():
    services = COMPOSE["services"]
    assert {"proxy", "web", "worker", "db", "redis", "migrate"} <= services.keys()
    assert services["db"]["image"].startswith("postgres:")
    assert services["redis"]["image"].startswith("redis:")
    assert services["proxy"]["image"].startswith("nginx:")


def test_web_runs_the_same_command_in_make_serve_the_dockerfile_compose_and_the_readme():
    assert COMPOSE["services"]["web"]["command"] == serve.WEB
    assert dockerfile_cmd() == serve.WEB
    assert f"`{shlex.join(serve.WEB)}`" in section(README, "Deployment")


def test_worker_runs_the_same_command_in_make_serve_compose_and_the_readme():
    assert COMPOSE["services"]["worker"]["command"] == serve.WORKER
    assert f"`{shlex.join(serve.WORKER)}`" in section(README, "Deployment")


def test_release_commands_are_the_same_in_make_serve_the_containers_and_the_readme():
    migrate, collectstatic = serve.RELEASE
    assert COMPOSE["services"]["migrate"]["command"] == migrate
    assert shlex.join(collectstatic) in DOCKERFILE
    for command in serve.RELEASE:
        assert f"`{shlex.join(command)}`" in section(README, "Deployment")


def test_makefile_targets_run_the_deployment_scripts():
    for target, script in {"serve": "deploy/serve.py", "backup": "deploy/backup.py backup",
                           "restore": "deploy/backup.py restore", "load": "bench/load.py"}.items():  # fmt: skip
        recipe = re.search(rf"^{target}:.*\n((?:\t.*\n)+)", MAKEFILE, re.MULTILINE)
        assert recipe and script in recipe[1], f"make {target} should run {script}"


def test_container_files_set_only_variables_of_the_readme():
    documented = readme_variables()
    compose_names = set()
    for name in ("web", "worker", "migrate"):
        compose_names |= set(COMPOSE["services"][name]["environment"])
    unknown = (compose_names | dockerfile_env() | production_variables().keys()) - documented
    assert not unknown, f"README.md « Configuration » has no row for {sorted(unknown)}"
    # And what the containers need of the production block, they set.
    assert production_variables().keys() <= compose_names


def test_readme_table_names_only_variables_the_code_reads():
    read_elsewhere = {"WEB_CONCURRENCY", "GUNICORN_BIND"}  # deploy/gunicorn.conf.py
    assert readme_variables() - settings_variables().keys() <= read_elsewhere
    gunicorn_conf = (ROOT / "deploy" / "gunicorn.conf.py").read_text()
    assert all(f'"{name}"' in gunicorn_conf for name in read_elsewhere)


# -- The proxy -----------------------------------------------------------------------------------------


def test_local_proxy_is_the_documented_one_with_local_ports_and_paths():
    local = serve.local_nginx_conf(
        NGINX, http_port=8080, https_port=8443, app_port=8001, state=Path("/tmp/s"), media_parent=Path("/tmp/m")
    )
    assert "listen 127.0.0.1:8443 ssl http2;" in local
    assert "return 301 https://$host:8443$request_uri;" in local
    assert "root /tmp/m;" in local
    assert "mois-ess.fr" not in local
    # compose.yaml's proxy points the same file at the web containers.
    assert "server 127.0.0.1:8001;" in NGINX and "server 127.0.0.1:8001;" in " ".join(
        COMPOSE["services"]["proxy"]["command"]
    )


def test_proxy_redirects_http_and_passes_what_the_site_trusts():
    assert "return 301 https://$host$request_uri;" in NGINX
    for header in ("Host $host", "X-Forwarded-Proto $scheme", "X-Forwarded-For $proxy_add_x_forwarded_for",
                   "X-Request-ID $request_id"):  # fmt: skip
        assert f"proxy_set_header {header};" in NGINX


def test_proxy_serves_media_as_images_only_with_nosniff_and_a_closed_policy():
    media = re.search(r"location ~\* \^/media/\.\+\\\.\((?P<types>[^)]+)\)\$ \{(?P<body>.*?)\n    \}", NGINX, re.S)
    assert media, "deploy/nginx.conf serves /media/ files by their image extension"
    assert media["types"] == "jpe?g|png|webp"
    body = media["body"]
    assert 'add_header X-Content-Type-Options "nosniff" always;' in body
    assert "add_header Content-Security-Policy \"default-src 'none'; sandbox\" always;" in body
    assert "default_type application/octet-stream;" in body
    assert re.search(r"types \{\s*image/jpeg jpg jpeg;\s*image/png png;\s*image/webp webp;\s*\}", body)
    assert "location /media/ {\n        return 404;" in NGINX


# -- check --deploy ------------------------------------------------------------------------------------


def test_check_deploy_passes_with_the_documented_production_variables(tmp_path):
    env = {name: value for name, value in os.environ.items() if not name.startswith(("DJANGO_", "PYTEST"))}
    for name in settings_variables():
        env.pop(name, None)
    env.update(production_variables())
    # The placeholders of the README, and no server behind the addresses: `check` opens no connection.
    env["SECRET_KEY"] = secrets.token_urlsafe(50)
    env["DATABASE_URL"] = f"sqlite:///{tmp_path / 'db.sqlite3'}"
    result = subprocess.run(
        [sys.executable, "manage.py", "check", "--deploy", "--fail-level", "WARNING"],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "System check identified no issues" in result.stdout


@pytest.mark.parametrize("missing", ["SECURE_HSTS_SECONDS", "SECURE_SSL_REDIRECT"])
def test_check_deploy_fails_without_https_settings(tmp_path, missing):
    env = {name: value for name, value in os.environ.items() if not name.startswith(("DJANGO_", "PYTEST"))}
    env.update(production_variables())
    env.pop(missing)
    env["SECRET_KEY"] = secrets.token_urlsafe(50)
    env["DATABASE_URL"] = f"sqlite:///{tmp_path / 'db.sqlite3'}"
    result = subprocess.run(
        [sys.executable, "manage.py", "check", "--deploy", "--fail-level", "WARNING"],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode != 0
    assert {"SECURE_HSTS_SECONDS": "security.W004", "SECURE_SSL_REDIRECT": "security.W008"}[missing] in result.stderr
