"""Build and read the messages. Building ends in schema validation, so nothing invalid leaves; reading
starts with it (schemas.validate), so nothing invalid is read."""
import uuid

from lxml import etree

from . import schemas

# The retour of each message we receive or send, and the elements in it that get their own RetourCodes.
RETOUR = {"301": "302", "305": "306", "307": "308", "315": "316"}
RETOUR_ITEMS = {"301": ("Contact", "ToegewezenProduct"), "305": ("StartProduct",), "307": ("StopProduct",),
                "315": ("AangevraagdProduct",)}
OK, NIET_BEOORDEELD, AFGEKEURD = "0200", "0233", "0001"


def new_identificatie():
    return uuid.uuid4().hex[:12].upper()


class _Maker:
    """Element maker for one message: `m("Naam", ...)` in the message's namespace, `b(...)` in the basisschema's."""

    def __init__(self, std, number):
        self.ns = schemas.namespace(std, number)
        self.bns = schemas.basis_namespace(std)
        self.nsmap = {f"{std}{number}": self.ns, schemas.STANDARD[std]: self.bns}

    def _el(self, ns, tag, children):
        el = etree.Element(f"{{{ns}}}{tag}", nsmap=self.nsmap)
        for child in children:
            if child is None:
                continue
            if isinstance(child, etree._Element):
                el.append(child)
            else:
                el.text = str(child)
        return el

    def m(self, tag, *children):
        return self._el(self.ns, tag, children)

    def b(self, tag, *children):
        return self._el(self.bns, tag, children)


def header(mk, std, number, *, afzender, ontvanger, identificatie, dagtekening):
    return mk.m("Header", mk.m("BerichtCode", schemas.CODES[std][number]), mk.m("BerichtVersie", "3"),
                mk.m("BerichtSubversie", "2"), mk.m("Afzender", afzender), mk.m("Ontvanger", ontvanger),
                mk.m("BerichtIdentificatie", mk.b("Identificatie", identificatie),
                     mk.b("Dagtekening", dagtekening.isoformat())),
                mk.m("XsdVersie", mk.b("BasisschemaXsdVersie", schemas.BASISSCHEMA_VERSIE),
                     mk.b("BerichtXsdVersie", schemas.BERICHT_VERSIE)))


def volledige_naam(mk, person):
    initials = "".join(part[0] for part in person.given_name.split() if part[:1].isalpha()).upper()[:6]
    return mk.m("Naam", mk.b("Geslachtsnaam", mk.b("Achternaam", person.family_name[:200]),
                             mk.b("Voorvoegsel", person.prefix[:10]) if person.prefix else None),
                mk.b("Voornamen", person.given_name[:200]) if person.given_name else None,
                mk.b("Voorletters", initials) if initials else None)


def toewijzing_301(toewijzing, *, gemeentecode, identificatie, now):
    """The assignment (301) of one Toewijzing, validated against the schema before it is returned."""
    std, person = toewijzing.standaard, toewijzing.person
    mk = _Maker(std, "301")
    t = toewijzing
    omvang = (mk.m("Omvang", mk.b("Volume", t.volume), mk.b("Eenheid", t.eenheid), mk.b("Frequentie", t.frequentie))
              if t.volume else None)
    product = mk.m("ToegewezenProduct", mk.m("ToewijzingNummer", t.nummer),
                   mk.m("Product", mk.b("Categorie", t.product_categorie),
                        mk.b("Code", t.product_code) if t.product_code else None),
                   mk.m("Toewijzingsdatum", now.date().isoformat()),
                   mk.m("Toewijzingstijd", now.strftime("%H:%M:%S")),
                   mk.m("Ingangsdatum", t.ingangsdatum.isoformat()),
                   mk.m("Einddatum", t.einddatum.isoformat()) if t.einddatum else None,
                   omvang, mk.m("Budget", t.budget) if t.budget is not None else None)
    # The provider needs a place to deliver the care: the BRP address as far as the file holds it.
    adres = None
    if person.city:
        huis = mk.b("Huis", mk.b("Huisnummer", _number(person.house_number))) if _number(person.house_number) else None
        postcode = person.postcode.replace(" ", "").upper()
        adres = mk.m("Adres", huis, mk.b("Postcode", postcode) if postcode else None,
                     mk.b("Straatnaam", person.street[:24]) if person.street else None,
                     mk.b("Plaatsnaam", person.city[:80]))
    contact = mk.m("Contact", mk.m("Soort", "01"), adres)
    root = mk.m("Bericht",
                header(mk, std, "301", afzender=gemeentecode, ontvanger=t.aanbieder.agb_code,
                       identificatie=identificatie, dagtekening=now.date()),
                mk.m("Client", mk.m("Bsn", person.bsn),
                     mk.m("Geboortedatum", mk.b("Datum", person.birth_date.isoformat())),
                     mk.m("Geslacht", "0"), volledige_naam(mk, person),
                     mk.m("Contactgegevens", contact), mk.m("ToegewezenProducten", product)))
    return schemas.validate(root, std, "301")


def _number(text):
    digits = "".join(ch for ch in (text or "") if ch.isdigit())
    return int(digits[:5]) if digits and int(digits[:5]) > 0 else None


def retour(heen, std, number, *, identificatie, dagtekening, codes, header_codes=()):
    """The retour (302/306/308/316) of a message, with its return codes.

    `heen` is the message as received (valid, or None when it could not be read); `codes` maps each
    item (Client, and every element named in RETOUR_ITEMS) to its codes by position, e.g.
    {("Client", 0): ["0200"], ("StartProduct", 1): ["9019"]}. Items without codes get 0200.
    """
    rnum = RETOUR[number]
    mk = _Maker(std, rnum)
    if heen is None:
        raise ValueError("use retour_header_only for a message that could not be read")
    ns_in = schemas.namespace(std, number)
    copy = _rename(heen, ns_in, mk.ns)
    hdr = copy.find(f"{{{mk.ns}}}Header")
    _add_retour_header(mk, hdr, identificatie, dagtekening, header_codes)
    client = copy.find(f"{{{mk.ns}}}Client")
    for tag in RETOUR_ITEMS[number]:
        for i, item in enumerate(client.iter(f"{{{mk.ns}}}{tag}")):
            item.append(_codes(mk, codes.get((tag, i), [OK])))
    client.append(_codes(mk, codes.get(("Client", 0), [OK])))
    return schemas.validate(copy, std, rnum)


def retour_header_only(std, number, *, afzender, ontvanger, heen_identificatie, heen_dagtekening, identificatie,
                       dagtekening, code=AFGEKEURD):
    """A retour that refuses the whole message (e.g. 0001): only the header, the client is left out."""
    rnum = RETOUR[number]
    mk = _Maker(std, rnum)
    hdr = header(mk, std, rnum, afzender=afzender, ontvanger=ontvanger, identificatie=heen_identificatie,
                 dagtekening=heen_dagtekening)
    _add_retour_header(mk, hdr, identificatie, dagtekening, [code])
    return schemas.validate(mk.m("Bericht", hdr), std, rnum)


def _add_retour_header(mk, hdr, identificatie, dagtekening, header_codes):
    std_number = etree.QName(hdr).namespace.rsplit("/", 2)[-2]  # e.g. wmo306
    std, rnum = std_number.rstrip("0123456789"), std_number[-3:]
    hdr.find(f"{{{mk.ns}}}BerichtCode").text = schemas.CODES[std][rnum]
    hdr.append(mk.m("IdentificatieRetour", identificatie))
    hdr.append(mk.m("DagtekeningRetour", dagtekening.isoformat()))
    hdr.append(mk.m("XsdVersieRetour", mk.b("BasisschemaXsdVersie", schemas.BASISSCHEMA_VERSIE),
                    mk.b("BerichtXsdVersie", schemas.BERICHT_VERSIE)))
    if header_codes:
        hdr.append(_codes(mk, header_codes))


def _codes(mk, codes):
    return mk.m("RetourCodes", *[mk.m("RetourCode", c) for c in codes])


def _rename(root, ns_from, ns_to):
    """A deep copy with the message's own namespace swapped; basisschema elements stay as they are."""
    text = etree.tostring(root)
    copy = etree.fromstring(text, schemas.SAFE_PARSER)
    for el in copy.iter():
        q = etree.QName(el)
        if q.namespace == ns_from:
            el.tag = f"{{{ns_to}}}{q.localname}"
    etree.cleanup_namespaces(copy, top_nsmap={p: (ns_to if v == ns_from else v) for p, v in root.nsmap.items()})
    return copy


class Reader:
    """Reads a valid message: `r.text(el, "Client/Bsn")`, with "b:" for basisschema elements ("Naam/b:Voornamen")."""

    def __init__(self, std, number):
        self.ns = schemas.namespace(std, number)
        self.bns = schemas.basis_namespace(std)

    def path(self, path):
        return "/".join(f"{{{self.bns}}}{p[2:]}" if p.startswith("b:") else f"{{{self.ns}}}{p}"
                        for p in path.split("/"))

    def find(self, el, path):
        return el.find(self.path(path))

    def findall(self, el, path):
        return el.findall(self.path(path))

    def text(self, el, path):
        found = el.find(self.path(path))
        return (found.text or "").strip() if found is not None else ""


def serialize(root):
    return etree.tostring(root, xml_declaration=True, encoding="UTF-8")
