"""A provider's side of the iWmo/iJw exchange, as a real HTTP server on 127.0.0.1 for the tests.

It keeps a mailbox like a provider's system behind the GGK would: it checks every message it gets
against the schemas, answers a 301 with its 302 (and, when asked, starts the care with a 305), and
hands out the messages it was told to send at GET /berichten/volgende. Its own messages are written
here as text, as another system would, not with Leefwereld's builder.
"""
import datetime as dt
import threading
import uuid
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

from leefwereld.koppelingen.istandaarden import berichten, schemas

NS = "http://www.istandaarden.nl/{s}/3_2/{std}{n}/schema"
BASIS = "http://www.istandaarden.nl/{s}/3_2/basisschema/schema"


def _header(std, number, agb, gemeente, ident, dag):
    return (f"<h:Header><h:BerichtCode>{schemas.CODES[std][number]}</h:BerichtCode><h:BerichtVersie>3</h:BerichtVersie>"
            f"<h:BerichtSubversie>2</h:BerichtSubversie><h:Afzender>{agb}</h:Afzender>"
            f"<h:Ontvanger>{gemeente}</h:Ontvanger><h:BerichtIdentificatie><b:Identificatie>{ident}</b:Identificatie>"
            f"<b:Dagtekening>{dag}</b:Dagtekening></h:BerichtIdentificatie><h:XsdVersie>"
            "<b:BasisschemaXsdVersie>1.0.0</b:BasisschemaXsdVersie><b:BerichtXsdVersie>1.0.0</b:BerichtXsdVersie>"
            "</h:XsdVersie></h:Header>")


def _wrap(std, number, body):
    s = schemas.STANDARD[std]
    return (f'<?xml version="1.0" encoding="UTF-8"?><h:Bericht xmlns:h="{NS.format(s=s, std=std, n=number)}" '
            f'xmlns:b="{BASIS.format(s=s)}">{body}</h:Bericht>').encode()


def _client(bsn, birth, achternaam, items):
    return (f"<h:Client><h:Bsn>{bsn}</h:Bsn><h:Geboortedatum><b:Datum>{birth}</b:Datum></h:Geboortedatum>"
            f"<h:Geslacht>0</h:Geslacht><h:Naam><b:Geslachtsnaam><b:Achternaam>{achternaam}</b:Achternaam>"
            f"</b:Geslachtsnaam></h:Naam>{items}</h:Client>")


class ProviderDouble:
    def __init__(self, agb="12345678", gemeente="1999", auto_start=True):
        self.agb, self.gemeente, self.auto_start = agb, gemeente, auto_start
        self.received, self.refused, self.outbox = [], [], []
        self.lock = threading.Lock()
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

    def _ident(self):
        return uuid.uuid4().hex[:12].upper()

    # What the provider sends: start (305), stop (307), request (315), or anything raw.
    def start(self, std, *, bsn, birth, achternaam, nummer, ingang, begin, status="1", ident=None, dag=None):
        item = (f"<h:StartProducten><h:StartProduct><h:ToewijzingNummer>{nummer}</h:ToewijzingNummer>"
                f"<h:ToewijzingIngangsdatum>{ingang}</h:ToewijzingIngangsdatum><h:Begindatum>{begin}</h:Begindatum>"
                f"<h:StatusAanlevering>{status}</h:StatusAanlevering></h:StartProduct></h:StartProducten>")
        self.queue(_wrap(std, "305", _header(std, "305", self.agb, self.gemeente, ident or self._ident(),
                                             dag or dt.date.today()) + _client(bsn, birth, achternaam, item)))

    def stop(self, std, *, bsn, birth, achternaam, products, reden="02"):
        items = "".join(
            f"<h:StopProduct><h:ToewijzingNummer>{nummer}</h:ToewijzingNummer>"
            f"<h:ToewijzingIngangsdatum>{ingang}</h:ToewijzingIngangsdatum><h:Begindatum>{begin}</h:Begindatum>"
            f"<h:RedenBeeindiging>{reden}</h:RedenBeeindiging><h:Einddatum>{end}</h:Einddatum>"
            "<h:StatusAanlevering>1</h:StatusAanlevering></h:StopProduct>" for nummer, ingang, begin, end in products)
        self.queue(_wrap(std, "307", _header(std, "307", self.agb, self.gemeente, self._ident(), dt.date.today())
                         + _client(bsn, birth, achternaam, f"<h:StopProducten>{items}</h:StopProducten>")))

    def verzoek(self, std, *, bsn, birth, achternaam, referenties, ingang, categorie="01", code="01A01"):
        items = "".join(
            f"<h:AangevraagdProduct><h:ReferentieAanbieder>{ref}</h:ReferentieAanbieder>"
            f"<h:Product><b:Categorie>{categorie}</b:Categorie><b:Code>{code}</b:Code></h:Product>"
            f"<h:ToewijzingIngangsdatum>{ingang}</h:ToewijzingIngangsdatum>"
            "<h:Omvang><b:Volume>3</b:Volume><b:Eenheid>04</b:Eenheid><b:Frequentie>2</b:Frequentie></h:Omvang>"
            "<h:Verwijzer><b:Type>02</b:Type><b:Naam>Huisarts Bakker</b:Naam></h:Verwijzer></h:AangevraagdProduct>"
            for ref in referenties)
        client = (f"<h:Client><h:Bsn>{bsn}</h:Bsn><h:Geboortedatum><b:Datum>{birth}</b:Datum></h:Geboortedatum>"
                  f"<h:Geslacht>0</h:Geslacht><h:Naam><b:Achternaam>{achternaam}</b:Achternaam></h:Naam>"
                  f"<h:AangevraagdeProducten>{items}</h:AangevraagdeProducten></h:Client>")
        self.queue(_wrap(std, "315", _header(std, "315", self.agb, self.gemeente, self._ident(), dt.date.today())
                         + client))

    def queue(self, data):
        with self.lock:
            self.outbox.append(data)

    def _receive(self, data):
        """What the provider's system does with a message: check it, keep it, answer a 301 with its 302."""
        try:
            root = schemas.parse(data)
            std, number = schemas.identify(root)
            schemas.validate(root, std, number)
        except schemas.Ongeldig as exc:
            with self.lock:
                self.refused.append((data, str(exc)))
            if b"301/schema" in data:
                return 200, self._refuse_301(data)
            return 400, str(exc).encode()
        with self.lock:
            self.received.append((f"{std}{number}", root))
        if number != "301":
            return 204, b""
        retour = berichten.retour(root, std, "301", identificatie=self._ident(), dagtekening=dt.date.today(), codes={})
        if self.auto_start:
            r = berichten.Reader(std, "301")
            client = r.find(root, "Client")
            for product in r.findall(client, "ToegewezenProducten/ToegewezenProduct"):
                self.start(std, bsn=r.text(client, "Bsn"), birth=r.text(client, "Geboortedatum/b:Datum"),
                           achternaam=r.text(client, "Naam/b:Geslachtsnaam/b:Achternaam"),
                           nummer=r.text(product, "ToewijzingNummer"), ingang=r.text(product, "Ingangsdatum"),
                           begin=r.text(product, "Ingangsdatum"))
        return 200, berichten.serialize(retour)

    def _refuse_301(self, data):
        std = "jw" if b"/ijw/" in data else "wmo"
        root = berichten.retour_header_only(std, "301", afzender=self.gemeente, ontvanger=self.agb,
                                            heen_identificatie="0", heen_dagtekening=dt.date.today(),
                                            identificatie=self._ident(), dagtekening=dt.date.today())
        return berichten.serialize(root)

    def _handler(self):
        double = self

        class Handler(BaseHTTPRequestHandler):
            def log_message(self, *args):
                pass

            def _answer(self, status, body=b""):
                self.send_response(status)
                self.send_header("Content-Type", "application/xml")
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                self.wfile.write(body)

            def do_POST(self):
                if self.path != "/berichten":
                    return self._answer(404)
                data = self.rfile.read(int(self.headers.get("Content-Length", 0)))
                self._answer(*double._receive(data))

            def do_GET(self):
                if self.path != "/berichten/volgende":
                    return self._answer(404)
                with double.lock:
                    data = double.outbox.pop(0) if double.outbox else None
                self._answer(200, data) if data else self._answer(204)

        return Handler
