"""The XSD schemas of iWmo 3.2 and iJw 3.2, loaded once, and validation both ways.

Only the iWmo files are kept (xsd/). The iJw 3.2 messages JW301 … JW316 have the same structure and
data types; they differ in namespace, element prefix and berichtcode (COD002-VEKT), so the iJw
schemas are the iWmo files with those three replaced (ADR 0026).
"""
from functools import cache
from pathlib import Path

from lxml import etree

XSD_DIR = Path(__file__).resolve().parent / "xsd"
RELEASE = "3.2"
BASISSCHEMA_VERSIE = "1.0.0"
BERICHT_VERSIE = "1.0.0"

# Message number -> berichtcode per standard (COD002-VEKT, iWmo 3.2 and iJw 3.2).
CODES = {
    "wmo": {"301": "414", "302": "415", "305": "418", "306": "419", "307": "420", "308": "421", "315": "444",
            "316": "445"},
    "jw": {"301": "436", "302": "437", "305": "438", "306": "439", "307": "440", "308": "441", "315": "446",
           "316": "447"},
}
STANDARD = {"wmo": "iwmo", "jw": "ijw"}  # prefix of the message names -> name of the iStandaard


def namespace(std, number):
    return f"http://www.istandaarden.nl/{STANDARD[std]}/3_2/{std}{number}/schema"


def basis_namespace(std):
    return f"http://www.istandaarden.nl/{STANDARD[std]}/3_2/basisschema/schema"


def _source(std, filename):
    text = (XSD_DIR / filename).read_text(encoding="utf-8")
    if std == "wmo":
        return text
    text = text.replace("istandaarden.nl/iwmo/3_2/wmo", "istandaarden.nl/ijw/3_2/jw")
    text = text.replace("istandaarden.nl/iwmo/", "istandaarden.nl/ijw/")
    for number, code in CODES["wmo"].items():
        text = text.replace(f'xmlns:wmo{number}=', f'xmlns:jw{number}=').replace(f'"wmo{number}:', f'"jw{number}:')
        text = text.replace(f'<xs:pattern value="{code}"/>', f'<xs:pattern value="{CODES["jw"][number]}"/>')
    return text


class _Resolver(etree.Resolver):
    def __init__(self, std):
        super().__init__()
        self.std = std

    def resolve(self, url, pubid, context):
        if url.endswith("basisschema.xsd"):
            return self.resolve_string(_source(self.std, "basisschema.xsd"), context)
        return None


@cache
def schema(std, number):
    parser = etree.XMLParser(resolve_entities=False, no_network=True)
    parser.resolvers.add(_Resolver(std))
    doc = etree.fromstring(_source(std, f"wmo{number}.xsd").encode(), parser,
                           base_url=str(XSD_DIR / f"wmo{number}.xsd"))
    return etree.XMLSchema(doc)


class Ongeldig(Exception):
    """A message that is not well-formed XML or does not match its schema."""

    def __init__(self, errors):
        super().__init__("; ".join(errors)[:2000])
        self.errors = errors


# No entities, no DTD, no network: a message from outside cannot make the parser fetch or expand anything.
SAFE_PARSER = etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False, huge_tree=False)


def parse(data):
    try:
        return etree.fromstring(data, SAFE_PARSER)
    except etree.XMLSyntaxError as exc:
        raise Ongeldig([f"XML: {exc}"]) from None


def identify(root):
    """(std, number) from the root's namespace, or Ongeldig when it is no message we know."""
    tag = etree.QName(root)
    for std in CODES:
        for number in CODES[std]:
            if tag.namespace == namespace(std, number) and tag.localname == "Bericht":
                return std, number
    raise Ongeldig([f"Onbekend bericht: {tag.text}"])


def validate(root, std, number):
    xsd = schema(std, number)
    if not xsd.validate(root):
        raise Ongeldig([f"regel {e.line}: {e.message}" for e in xsd.error_log][:20])
    return root
