"""A BRP API gateway for the tests, on 127.0.0.1: it checks every request against the published
specification (spec/brp-personen.yaml), refuses one without a purpose, and answers with the
specification's example persons that match."""
import json
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

from leefwereld.koppelingen import openapi

SPEC = "brp-personen.yaml"


def _examples():
    return [e["value"] for e in openapi.spec(SPEC)["components"]["examples"].values()]


def _matches(query, person):
    adres = person.get("verblijfplaats", {}).get("verblijfadres", {})
    if query["type"] == "RaadpleegMetBurgerservicenummer":
        return person["burgerservicenummer"] in query["burgerservicenummer"]
    if query["type"] == "ZoekMetGeslachtsnaamEnGeboortedatum":
        return (person["naam"]["geslachtsnaam"].lower() == query["geslachtsnaam"].lower()
                and person["geboorte"]["datum"].get("datum") == query["geboortedatum"])
    return (adres.get("postcode", "").lower() == query["postcode"].replace(" ", "").lower()
            and adres.get("huisnummer") == query["huisnummer"])


class BrpDouble:
    def __init__(self):
        self.requests = []
        self.server = ThreadingHTTPServer(("127.0.0.1", 0), self._handler())
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)

    @property
    def url(self):
        return f"http://127.0.0.1:{self.server.server_port}"

    def __enter__(self):
        self.thread.start()
        return self

    def __exit__(self, *exc):
        self.server.shutdown()
        self.server.server_close()
        self.thread.join(5)

    def _handler(self):
        double = self

        class Handler(BaseHTTPRequestHandler):
            def log_message(self, *args):
                pass

            def _json(self, status, data, kind="application/json"):
                body = json.dumps(data).encode()
                self.send_response(status)
                self.send_header("Content-Type", kind)
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                self.wfile.write(body)

            def do_POST(self):
                raw = self.rfile.read(int(self.headers.get("Content-Length", 0)))
                if self.path != "/personen":
                    return self._json(404, {"status": 404, "title": "Niet gevonden"}, "application/problem+json")
                if not self.headers.get("X-Doelbinding"):
                    return self._json(403, {"status": 403, "title": "Geen doelbinding opgegeven"},
                                      "application/problem+json")
                try:
                    query = openapi.check(SPEC, "PersonenQuery", json.loads(raw))
                except (ValueError, openapi.Afwijking) as exc:
                    return self._json(400, {"status": 400, "title": "Minimale combinatie van parameters moet "
                                            "worden opgegeven.", "detail": str(exc)}, "application/problem+json")
                double.requests.append((dict(self.headers), query))
                found = [p for p in _examples() if _matches(query, p)]
                self._json(200, openapi.check(SPEC, "PersonenQueryResponse", {"type": query["type"],
                                                                              "personen": found}))

        return Handler
