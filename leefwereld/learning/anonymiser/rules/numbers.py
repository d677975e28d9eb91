"""Numbers that identify: BSN (elfproef), phone, e-mail, IBAN (mod 97), licence plate, postcode."""
import re

from .. import kinds
from ..spans import Found

_BSN = re.compile(r"(?<![\w.-])(\d{3}[ .]?\d{2}[ .]?\d{2}[ .]?\d{2}|\d{4}[ .]\d{2}[ .]\d{3}|\d{8})(?![\w-]|\.\d)")
_BSN_CONTEXT = re.compile(r"\b(?:bsn|burgerservicenummer|sofi-?nummer)\b[\s:.-]*(?:is\s+|nummer\s+)?$", re.I)
_PHONE = re.compile(
    r"(?<![\w+])(?:(?:\+|00)31[\s.-]?(?:\(0\)[\s.-]?)?|\(0\d{1,3}\)[\s.-]?|0)"
    r"\d(?:[\s.-]?\d){5,8}(?!\d)")
_EMAIL = re.compile(r"\b[\w.+-]+@[\w-]+(?:\.[\w-]+)*\.[a-z]{2,}\b", re.I)
_IBAN = re.compile(r"\b[A-Z]{2}\d{2}[ ]?[A-Z]{4}(?:[ ]?\d){10}\b"
                   r"|\b[A-Z]{2}\d{2}(?:[ ]?[A-Z0-9]{4}){2,7}(?:[ ]?[A-Z0-9]{1,3})?\b")
_IBAN_NL = re.compile(r"NL\d{2}[ ]?[A-Z]{4}(?:[ ]?\d){10}")
_PLATE = re.compile(r"\b(?=[A-Z0-9-]{8}\b)[A-Z0-9]{1,3}-[A-Z0-9]{1,3}-[A-Z0-9]{1,3}\b")
_PLATE_CONTEXT = re.compile(r"\bkenteken(?:nummer)?\b[\s:]*(?:is\s+)?([A-Z0-9]{6})\b", re.I)
_POSTCODE = re.compile(r"\b[1-9]\d{3}[ ]?(?!SA|SD|SS)[A-Z]{2}\b")


def elfproef(digits: str) -> bool:
    """The BSN eleven test: 9·d1 + 8·d2 + … + 2·d8 − 1·d9 is a multiple of 11 (and not all zeros)."""
    digits = digits.zfill(9)
    if len(digits) != 9 or not digits.isdigit() or int(digits) == 0:
        return False
    total = sum(int(d) * w for d, w in zip(digits, [9, 8, 7, 6, 5, 4, 3, 2, -1], strict=True))
    return total % 11 == 0


def iban_valid(text: str) -> bool:
    compact = text.replace(" ", "").upper()
    if not 15 <= len(compact) <= 34:
        return False
    moved = compact[4:] + compact[:4]
    return int("".join(str(int(c, 36)) for c in moved)) % 97 == 1


def _plate_ok(text):
    groups = text.split("-")
    if any(g.isalpha() == g.isdigit() for g in groups):  # a group mixes letters and digits
        return False
    return any(g.isalpha() for g in groups) and any(g.isdigit() for g in groups)


def find(story):
    found = []
    for m in _EMAIL.finditer(story):
        found.append(Found(m.start(), m.end(), kinds.EMAIL, "regel"))
    for m in _IBAN.finditer(story):
        # A Dutch IBAN by its shape (a typo is still someone's account); a foreign one by its checksum.
        if _IBAN_NL.fullmatch(m.group()) or iban_valid(m.group()):
            found.append(Found(m.start(), m.end(), kinds.IBAN, "regel"))
    for m in _BSN.finditer(story):
        digits = re.sub(r"\D", "", m.group())
        if elfproef(digits) or _BSN_CONTEXT.search(story[max(0, m.start() - 30):m.start()]):
            found.append(Found(m.start(), m.end(), kinds.BSN, "regel"))
    for m in _PHONE.finditer(story):
        digits = re.sub(r"\D", "", m.group())
        if len(digits) >= 10 or (len(digits) == 9 and m.group().startswith("(")):
            found.append(Found(m.start(), m.end(), kinds.TELEFOON, "regel"))
    for m in _PLATE.finditer(story):
        if _plate_ok(m.group()):
            found.append(Found(m.start(), m.end(), kinds.KENTEKEN, "regel"))
    for m in _PLATE_CONTEXT.finditer(story):
        found.append(Found(m.start(1), m.end(1), kinds.KENTEKEN, "regel"))
    for m in _POSTCODE.finditer(story):
        found.append(Found(m.start(), m.end(), kinds.POSTCODE, "regel"))
    return found
