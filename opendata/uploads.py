"""The files checked by an import's dry run, kept on the server until the importer confirms.

The dry run writes the uploaded file under a random name in ``IMPORT_UPLOAD_DIR`` (a private
directory, never served) and hands the page a signed token naming the file, its importer and its
original name. The confirmation reads exactly that file again, so what is created is what was
checked, and the file never travels back through the browser.
"""

import re
import secrets
import time
from pathlib import Path

from django.conf import settings
from django.core import signing

SALT = "opendata.import-upload"
MAX_AGE = 2 * 3600  # time to read the dry run and confirm
_KEY_RE = re.compile(r"[0-9a-f]{32}")


def _directory() -> Path:
    directory = Path(settings.IMPORT_UPLOAD_DIR)
    directory.mkdir(mode=0o700, parents=True, exist_ok=True)
    return directory


def keep_upload(*, user, name: str, content: bytes) -> str:
    """Store ``content`` for a later confirmation by ``user``; return the token that names it."""
    directory = _directory()
    _remove_stale(directory)
    key = secrets.token_hex(16)
    (directory / key).write_bytes(content)
    return signing.dumps({"key": key, "user": user.pk, "name": name}, salt=SALT)


def read_upload(*, user, token: str) -> tuple[str, bytes] | None:
    """The original name and content of a kept file, or None (unknown, expired, another user's)."""
    path, data = _path(user=user, token=token)
    if path is None:
        return None
    try:
        return data["name"], path.read_bytes()
    except FileNotFoundError:
        return None


def discard_upload(*, user, token: str) -> None:
    path, _data = _path(user=user, token=token)
    if path is not None:
        path.unlink(missing_ok=True)


def _path(*, user, token: str) -> tuple[Path | None, dict]:
    try:
        data = signing.loads(token, salt=SALT, max_age=MAX_AGE)
    except signing.BadSignature:  # expired tokens too
        return None, {}
    if not isinstance(data, dict) or data.get("user") != user.pk or not _KEY_RE.fullmatch(str(data.get("key"))):
        return None, {}
    return _directory() / data["key"], data


def _remove_stale(directory: Path) -> None:
    """Files whose token has expired (abandoned dry runs): a directory listing per upload."""
    limit = time.time() - MAX_AGE
    for path in directory.iterdir():
        if _KEY_RE.fullmatch(path.name) and path.stat().st_mtime < limit:
            path.unlink(missing_ok=True)
