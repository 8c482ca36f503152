# The site's image: the web process by default, the job worker with another command (compose.yaml).
# Documentation that must stay true: tests/security/test_deployment.py checks that it runs the
# commands of deploy/serve.py and the README, and reads only variables of the README.
FROM python:3.11-slim-bookworm

ENV PYTHONDONTWRITEBYTECODE=1 \
    PYTHONUNBUFFERED=1 \
    PIP_NO_CACHE_DIR=1 \
    PIP_DISABLE_PIP_VERSION_CHECK=1

# pg_dump and pg_restore for `make backup` / `make restore` run from this image.
RUN apt-get update \
    && apt-get install -y --no-install-recommends postgresql-client \
    && rm -rf /var/lib/apt/lists/*

WORKDIR /app
# The dependencies first: their layer is kept while only the code changes.
COPY pyproject.toml README.md ./
RUN pip install .
COPY . .

# Hashed and compressed static files are part of the image (WhiteNoise serves them).
RUN DEBUG=0 SECRET_KEY=collectstatic-only python manage.py collectstatic --noinput

RUN useradd --system --uid 1000 --home-dir /app moisess \
    && mkdir -p /srv/mois-ess/media /srv/mois-ess/import-uploads \
    && chown -R moisess /srv/mois-ess
USER moisess

ENV DEBUG=0 \
    BEHIND_PROXY=1 \
    MEDIA_ROOT=/srv/mois-ess/media \
    IMPORT_UPLOAD_DIR=/srv/mois-ess/import-uploads \
    GUNICORN_BIND=0.0.0.0:8001
EXPOSE 8001
HEALTHCHECK --interval=30s --timeout=5s CMD python -c "import urllib.request; urllib.request.urlopen('http://127.0.0.1:8001/sante/')"
CMD ["gunicorn", "--config", "deploy/gunicorn.conf.py", "moisess.wsgi"]
