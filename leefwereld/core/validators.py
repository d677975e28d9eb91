"""Validators for Dutch data: BSN (elfproef), postcode, and no markup in free text."""
import re

from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _

POSTCODE_RE = re.compile(r"^\s*([1-9][0-9]{3})\s*([A-Za-z]{2})\s*$")
MARKUP_RE = re.compile(r"<\s*/?\s*[A-Za-z!?]")


def bsn_is_valid(value: str) -> bool:
    """The elfproef: 9 digits, weights 9..2 and -1, sum divisible by 11, not all zeros."""
    digits = value.strip()
    if len(digits) == 8:
        digits = "0" + digits
    if len(digits) != 9 or not digits.isdigit() or int(digits) == 0:
        return False
    weights = [9, 8, 7, 6, 5, 4, 3, 2, -1]
    return sum(int(d) * w for d, w in zip(digits, weights, strict=True)) % 11 == 0


def validate_bsn(value):
    if not bsn_is_valid(value or ""):
        raise ValidationError(
            _("Dit BSN klopt niet. Een BSN heeft 9 cijfers en moet de elfproef doorstaan. Controleer het nummer."),
            code="bsn",
        )


def normalise_postcode(value: str) -> str:
    match = POSTCODE_RE.match(value or "")
    if not match:
        raise ValidationError(
            _("Vul een Nederlandse postcode in: 4 cijfers en 2 letters, bijvoorbeeld 1234 AB."),
            code="postcode",
        )
    return f"{match.group(1)} {match.group(2).upper()}"


def validate_no_markup(value):
    """Free text is shown as text; code in it is almost always pasted by mistake or an attack."""
    if value and MARKUP_RE.search(value):
        raise ValidationError(
            _("Gebruik geen HTML- of scriptcode (tekens als < en >). Schrijf gewone tekst."),
            code="markup",
        )
