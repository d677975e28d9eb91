"""What the anonymiser finds, by kind: the benchmark counts per kind, the placeholder says the kind."""

PERSOON = "persoon"
ADRES = "adres"
POSTCODE = "postcode"
PLAATS = "plaats"
INSTELLING = "instelling"
DATUM = "datum"
LEEFTIJD = "leeftijd"
BSN = "bsn"
TELEFOON = "telefoon"
EMAIL = "email"
KENTEKEN = "kenteken"
IBAN = "iban"

ALL = [PERSOON, ADRES, POSTCODE, PLAATS, INSTELLING, DATUM, LEEFTIJD, BSN, TELEFOON, EMAIL, KENTEKEN, IBAN]

# The word in a placeholder: "[telefoon-1]", "[rekening-2]"; institutions name their sort ("[school-1]").
PLACEHOLDER_WORD = {
    PERSOON: "persoon", ADRES: "adres", POSTCODE: "postcode", PLAATS: "plaats", INSTELLING: "instelling",
    BSN: "bsn", TELEFOON: "telefoon", EMAIL: "e-mail", KENTEKEN: "kenteken", IBAN: "rekening",
}

# Deduce's tags, in our kinds. "locatie" is split further by its text (postcode, address or place).
DEDUCE_TAGS = {
    "persoon": PERSOON, "patient": PERSOON, "voornaam": PERSOON, "achternaam": PERSOON,
    "straat": ADRES, "locatie": PLAATS, "ziekenhuis": INSTELLING, "zorginstelling": INSTELLING,
    "instelling": INSTELLING, "datum": DATUM, "leeftijd": LEEFTIJD, "bsn": BSN,
    "telefoonnummer": TELEFOON, "emailadres": EMAIL, "id": BSN, "url": EMAIL,
}
