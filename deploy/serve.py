"""`make serve`: the production stack on this machine, behind the documented proxy.

DEBUG off, migrations, collectstatic, then gunicorn (deploy/gunicorn.conf.py), the job worker when
REDIS_URL is set, and nginx running deploy/nginx.conf itself with local paths and ports, over HTTPS
with a certificate made for 127.0.0.1. Ctrl-C stops them all.

The commands below are the deployment's: the Dockerfile, compose.yaml and the README name the same
ones (tests/security/test_deployment.py).
"""

import argparse
import os
import secrets
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path
from urllib.parse import urlparse

import psycopg

ROOT = Path(__file__).resolve().parent.parent
STATE = ROOT / ".serve"  # the local stack's key, certificate, nginx files and logs (ignored by git)

# The deployment's commands, run from the project's directory.
RELEASE = [
    ["python", "manage.py", "migrate", "--noinput"],
    ["python", "manage.py", "collectstatic", "--noinput"],
]
WEB = ["gunicorn", "--config", "deploy/gunicorn.conf.py", "moisess.wsgi"]
WORKER = ["python", "manage.py", "rqworker", "--with-scheduler", "default"]

# What deploy/nginx.conf says for production, and what `make serve` puts instead.
NGINX_PRODUCTION = {
    "listen 80;": "listen 127.0.0.1:{http_port};",
    "listen [::]:80;": "",
    "listen 443 ssl http2;": "listen 127.0.0.1:{https_port} ssl http2;",
    "listen [::]:443 ssl http2;": "",
    "server_name mois-ess.fr;": "server_name 127.0.0.1 localhost;",
    "return 301 https://$host$request_uri;": "return 301 https://$host:{https_port}$request_uri;",
    "server 127.0.0.1:8001;": "server 127.0.0.1:{app_port};",
    "/etc/letsencrypt/live/mois-ess.fr/fullchain.pem": "{state}/tls/cert.pem",
    "/etc/letsencrypt/live/mois-ess.fr/privkey.pem": "{state}/tls/key.pem",
    "/var/log/nginx/mois-ess.access.log": "{state}/logs/access.log",
    "root /srv/mois-ess;": "root {media_parent};",
}


def local_nginx_conf(text: str, **values) -> str:
    """deploy/nginx.conf with the local ports and paths; each replaced line must be there."""
    for production, local in NGINX_PRODUCTION.items():
        if production not in text:
            raise ValueError(f"deploy/nginx.conf no longer says {production!r}: update NGINX_PRODUCTION")
        text = text.replace(production, local.format(**values))
    return text


def nginx_main_conf(site: Path, state: Path) -> str:
    return f"""# Made by deploy/serve.py for `make serve`.
worker_processes 2;
pid {state}/nginx.pid;
error_log {state}/logs/nginx-error.log warn;
events {{ worker_connections 1024; }}
http {{
    include /etc/nginx/mime.types;
    default_type application/octet-stream;
    sendfile on;
    client_body_temp_path {state}/tmp/body;
    proxy_temp_path {state}/tmp/proxy;
    fastcgi_temp_path {state}/tmp/fastcgi;
    uwsgi_temp_path {state}/tmp/uwsgi;
    scgi_temp_path {state}/tmp/scgi;
    include {site};
}}
"""


def environment(args) -> dict:
    """The variables of a production start, for this machine (README « Configuration »)."""
    key_file = STATE / "secret-key"
    if not key_file.exists():
        key_file.write_text(secrets.token_urlsafe(50))
        key_file.chmod(0o600)
    origin = f"https://127.0.0.1:{args.https_port}"
    env = {
        **os.environ,
        "PATH": f"{Path(sys.executable).parent}{os.pathsep}{os.environ.get('PATH', '')}",
        "DEBUG": "0",
        "SECRET_KEY": os.environ.get("SECRET_KEY") or key_file.read_text().strip(),
        "ALLOWED_HOSTS": "127.0.0.1,localhost",
        "SITE_URL": origin,
        "CSRF_TRUSTED_ORIGINS": origin,
        "BEHIND_PROXY": "1",
        "SECURE_SSL_REDIRECT": "1",
        # Browsers never remember HSTS for an IP address: safe for 127.0.0.1 (not for localhost).
        "SECURE_HSTS_SECONDS": "31536000",
        "SECURE_HSTS_INCLUDE_SUBDOMAINS": "1",
        "SECURE_HSTS_PRELOAD": "1",
        "DATABASE_URL": args.database_url,
        "REDIS_URL": args.redis_url,
        "GUNICORN_BIND": f"127.0.0.1:{args.app_port}",
        # Its own collected files: a manifest in the default STATIC_ROOT would make the tests' pages
        # ask for hashed names that their live server (which reads the source folders) lacks.
        "STATIC_ROOT": os.environ.get("STATIC_ROOT") or str(STATE / "staticfiles"),
        "EMAIL_BACKEND": os.environ.get("EMAIL_BACKEND", "django.core.mail.backends.filebased.EmailBackend"),
        # Production's settings plus the benchmark's floor at /__floor__/ (make load measures it).
        "DJANGO_SETTINGS_MODULE": os.environ.get("DJANGO_SETTINGS_MODULE") or "bench.serve_settings",
    }
    return env


def ensure_database(url: str) -> None:
    """Create the PostgreSQL database of DATABASE_URL when it does not exist yet."""
    parsed = urlparse(url)
    if parsed.scheme not in {"postgres", "postgresql"}:
        sys.exit(f"make serve runs on PostgreSQL: DATABASE_URL must be postgres://…, got {url!r}.")
    name = parsed.path.lstrip("/")
    maintenance = parsed._replace(path="/postgres").geturl()
    with psycopg.connect(maintenance, autocommit=True) as connection:
        if not connection.execute("SELECT 1 FROM pg_database WHERE datname = %s", [name]).fetchone():
            connection.execute(f'CREATE DATABASE "{name}"')
            print(f"Created the database {name}.")


def ensure_certificate() -> None:
    tls = STATE / "tls"
    if (tls / "cert.pem").exists():
        return
    tls.mkdir(parents=True, exist_ok=True)
    subprocess.run(
        ["openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "365", "-subj", "/CN=127.0.0.1",
         "-addext", "subjectAltName=IP:127.0.0.1,DNS:localhost",
         "-keyout", str(tls / "key.pem"), "-out", str(tls / "cert.pem")],
        check=True, capture_output=True,
    )  # fmt: skip


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--database-url", default=os.environ.get("DATABASE_URL", ""))
    parser.add_argument("--redis-url", default=os.environ.get("REDIS_URL", ""))
    parser.add_argument("--https-port", type=int, default=8443)
    parser.add_argument("--http-port", type=int, default=8080)
    parser.add_argument("--app-port", type=int, default=8001)
    args = parser.parse_args()
    if not args.database_url:
        sys.exit("make serve needs DATABASE_URL=postgres://… (and REDIS_URL=redis://… for the cache and the jobs).")
    nginx = shutil.which("nginx") or ("/usr/sbin/nginx" if Path("/usr/sbin/nginx").exists() else None)
    if nginx is None:
        sys.exit("make serve runs the documented proxy: install nginx first (Debian: apt-get install nginx-light).")

    for folder in ("logs", "tmp", "tls"):
        (STATE / folder).mkdir(parents=True, exist_ok=True)
    env = environment(args)
    ensure_database(args.database_url)
    ensure_certificate()
    for command in RELEASE:
        subprocess.run(command, cwd=ROOT, env=env, check=True)

    media_root = Path(env.get("MEDIA_ROOT") or ROOT / "media").resolve()
    media_root.mkdir(parents=True, exist_ok=True)
    if media_root.name != "media":
        sys.exit("For make serve, MEDIA_ROOT must be a folder named media (the proxy serves /media/ from it).")
    site = STATE / "nginx-site.conf"
    site.write_text(
        local_nginx_conf(
            (ROOT / "deploy" / "nginx.conf").read_text(),
            http_port=args.http_port,
            https_port=args.https_port,
            app_port=args.app_port,
            state=STATE,
            media_parent=media_root.parent,
        )
    )
    main_conf = STATE / "nginx.conf"
    main_conf.write_text(nginx_main_conf(site, STATE))

    processes = {"web": subprocess.Popen(WEB, cwd=ROOT, env=env)}
    if args.redis_url:
        processes["worker"] = subprocess.Popen(WORKER, cwd=ROOT, env=env)
    processes["proxy"] = subprocess.Popen([nginx, "-p", str(STATE), "-c", str(main_conf), "-g", "daemon off;"])
    print(f"Serving https://127.0.0.1:{args.https_port}/ (http://127.0.0.1:{args.http_port}/ redirects); Ctrl-C stops.")

    stopping = False

    def stop(*_):
        nonlocal stopping
        stopping = True

    signal.signal(signal.SIGINT, stop)
    signal.signal(signal.SIGTERM, stop)
    while not stopping and all(process.poll() is None for process in processes.values()):
        time.sleep(0.5)
    for name, process in processes.items():
        if process.poll() is None:
            process.terminate()
        else:
            print(f"{name} stopped (exit code {process.returncode}).", file=sys.stderr)
    for process in processes.values():
        try:
            process.wait(timeout=30)
        except subprocess.TimeoutExpired:
            process.kill()
    return 0


if __name__ == "__main__":
    sys.exit(main())
