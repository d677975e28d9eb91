"""A zaaksysteem for the tests, on 127.0.0.1: it checks the JWT and every request body and header
against the published specification (spec/zgw.yaml) and answers 201 with the new resource's URL,
or 400 with what is wrong, as Open Zaak would."""
import base64
import hashlib
import hmac
import json
import threading
import uuid
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

from leefwereld.koppelingen import openapi

SPEC = "zgw.yaml"
SCHEMAS = {"/zaken/api/v1/zaken": "Zaak", "/zaken/api/v1/zaakinformatieobjecten": "ZaakInformatieObject",
           "/documenten/api/v1/enkelvoudiginformatieobjecten": "EnkelvoudigInformatieObject"}


class ZgwDouble:
    def __init__(self, secret):
        self.secret, self.created = secret, {}
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

    def _token_ok(self, auth):
        try:
            header, payload, signature = auth.removeprefix("Bearer ").split(".")
        except ValueError:
            return False
        expected = hmac.new(self.secret.encode(), f"{header}.{payload}".encode(), hashlib.sha256).digest()
        given = base64.urlsafe_b64decode(signature + "=" * (-len(signature) % 4))
        return hmac.compare_digest(expected, given)

    def _handler(self):
        double = self

        class Handler(BaseHTTPRequestHandler):
            def log_message(self, *args):
                pass

            def _json(self, status, data):
                body = json.dumps(data).encode()
                self.send_response(status)
                self.send_header("Content-Type", "application/json")
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                self.wfile.write(body)

            def do_POST(self):
                raw = self.rfile.read(int(self.headers.get("Content-Length", 0)))
                if not double._token_ok(self.headers.get("Authorization", "")):
                    return self._json(403, {"code": "permission_denied", "title": "Geen geldige JWT"})
                schema = SCHEMAS.get(self.path)
                if schema is None:
                    return self._json(404, {"code": "not_found"})
                if schema == "Zaak" and not (self.headers.get("Accept-Crs") == self.headers.get("Content-Crs")
                                             == "EPSG:4326"):
                    return self._json(412, {"code": "missing-crs-headers"})
                try:
                    body = openapi.check(SPEC, schema, json.loads(raw))
                except (ValueError, openapi.Afwijking) as exc:
                    return self._json(400, {"code": "invalid", "title": "Ongeldige invoer", "detail": str(exc)})
                for ref in ("zaak", "informatieobject"):
                    if ref in body and body[ref] not in double.created:
                        return self._json(400, {"code": "bad-url", "invalidParams": [{"name": ref}]})
                url = f"{double.url}{self.path}/{uuid.uuid4()}"
                double.created[url] = (schema, body)
                self._json(201, {**body, "url": url})

        return Handler
