"""A small agenda server for the tests of the sources: serves files over real HTTP on loopback, from a
thread, with ETag and Last-Modified, answering « 304 Not Modified » to a conditional request whose
file has not changed. The tests change what a path serves between two synchronisations."""

import contextlib
import hashlib
import threading
from email.utils import formatdate
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

FIXTURES = Path(__file__).parent / "fixtures" / "sources"


def fixture(name: str) -> bytes:
    return (FIXTURES / name).read_bytes()


class _Handler(BaseHTTPRequestHandler):
    def do_GET(self):
        served = self.server.files.get(self.path)
        if served is None:
            self._answer(404, b"")
            return
        status, content = served if isinstance(served, tuple) else (200, served)
        etag = '"' + hashlib.sha256(content).hexdigest()[:16] + '"'
        modified = self.server.modified.setdefault((self.path, etag), formatdate(usegmt=True))
        conditional = self.headers.get("If-None-Match")
        if status == 200 and conditional == etag:
            self._answer(304, b"", etag=etag, modified=modified)
            return
        self._answer(status, content, etag=etag, modified=modified)

    def _answer(self, status, content, *, etag=None, modified=None):
        self.server.log.append(
            {
                "path": self.path,
                "status": status,
                "bytes": len(content) if status != 304 else 0,
                "if_none_match": self.headers.get("If-None-Match"),
                "if_modified_since": self.headers.get("If-Modified-Since"),
            }
        )
        self.send_response(status)
        if etag and status in (200, 304):
            self.send_header("ETag", etag)
            self.send_header("Last-Modified", modified)
        if status != 304:
            self.send_header("Content-Length", str(len(content)))
        self.end_headers()
        if status != 304:
            self.wfile.write(content)

    def log_message(self, format, *args):  # keep the test output quiet
        pass


@contextlib.contextmanager
def serve(files: dict):
    """Serve ``files`` ({path: bytes, or (status, bytes)}; mutable while serving). Yields the base URL and
    the server, whose ``log`` lists every answer (path, status, bytes of body sent, conditional headers)."""
    server = ThreadingHTTPServer(("127.0.0.1", 0), _Handler)
    server.files = files
    server.modified = {}
    server.log = []
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}", server
    finally:
        server.shutdown()
        server.server_close()
        thread.join()
