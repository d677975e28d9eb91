"""Dutch data checks: BSN elfproef, postcode, markup."""
import pytest
from django.core.exceptions import ValidationError

from leefwereld.core.validators import bsn_is_valid, normalise_postcode, validate_no_markup


@pytest.mark.parametrize("bsn", ["111222333", "123456782", "12345672"])
def test_valid_bsn_passes_the_elfproef(bsn):
    assert bsn_is_valid(bsn)


@pytest.mark.parametrize("bsn", ["123456789", "000000000", "12345678a", "1234567890", "", "11122233"])
def test_invalid_bsn_fails_the_elfproef(bsn):
    assert not bsn_is_valid(bsn)


def test_postcode_is_normalised_and_checked():
    assert normalise_postcode("5341ab") == "5341 AB"
    assert normalise_postcode(" 5341  AB ") == "5341 AB"
    for wrong in ["0341 AB", "53411 AB", "ABCD 12", "SW1A 1AA"]:
        with pytest.raises(ValidationError):
            normalise_postcode(wrong)


def test_markup_is_refused_but_ordinary_text_is_not():
    validate_no_markup("Zij zegt: 3 < 4 en het gaat goed <3")
    for bad in ["<script>alert(1)</script>", "<b>vet</b>", "hallo <img src=x onerror=alert(1)>"]:
        with pytest.raises(ValidationError):
            validate_no_markup(bad)

