"""A fake of the Géoplateforme geocoding API (`/search?q=…&limit=…` → GeoJSON), served over real
HTTP on loopback by a thread, for the tests of the geocoding client and of the event form."""

import contextlib
import json
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import parse_qs, urlparse

ADDRESSES = [
    # label, name, postcode, city, citycode, context, lng, lat
    (
        "6 Cours des Alliés 35000 Rennes",
        "6 Cours des Alliés",
        "35000",
        "Rennes",
        "35238",
        "35, Ille-et-Vilaine, Bretagne",
        -1.6745,
        48.1052,
    ),
    (
        "6 Rue des Alliés 42100 Saint-Étienne",
        "6 Rue des Alliés",
        "42100",
        "Saint-Étienne",
        "42218",
        "42, Loire, Auvergne-Rhône-Alpes",
        4.3872,
        45.4256,
    ),
    (
        "2 Rue de Paris 97400 Saint-Denis",
        "2 Rue de Paris",
        "97400",
        "Saint-Denis",
        "97411",
        "974, La Réunion",
        55.4500,
        -20.8789,
    ),
]


def _feature(label, name, postcode, city, citycode, context, lng, lat):
    return {
        "type": "Feature",
        "geometry": {"type": "Point", "coordinates": [lng, lat]},
        "properties": {
            "label": label,
            "name": name,
            "postcode": postcode,
            "city": city,
            "citycode": citycode,
            "context": context,
            "type": "housenumber",
            "score": 0.9,
        },
    }


class _Handler(BaseHTTPRequestHandler):
    def do_GET(self):
        parsed = urlparse(self.path)
        if parsed.path != "/search":
            self.send_response(404)
            self.end_headers()
            return
        params = parse_qs(parsed.query)
        query = params.get("q", [""])[0]
        limit = int(params.get("limit", ["5"])[0])
        self.server.queries.append(query)
        words = query.lower().split()
        features = [_feature(*address) for address in ADDRESSES if all(word in address[0].lower() for word in words)]
        body = json.dumps({"type": "FeatureCollection", "features": features[:limit]}).encode()
        self.send_response(200)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, format, *args):  # keep the test output quiet
        pass


@contextlib.contextmanager
def serve():
    server = ThreadingHTTPServer(("127.0.0.1", 0), _Handler)
    server.queries = []
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}", server.queries
    finally:
        server.shutdown()
        server.server_close()
        thread.join()
