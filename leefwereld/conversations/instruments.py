"""Default instruments: the Huizen life domains and the ZRM 2017 domain and level names.

Only the names are facts we may ship; the ZRM criteria texts belong to GGD Amsterdam,
so a municipality loads its licensed texts into Level.description itself.
"""
HUIZEN = {
    "name": "Leefgebieden (Huizen)",
    "description": "De zes leefgebieden waarmee het team in Huizen werkte. Zonder niveaus: het verhaal staat voorop.",
    "domains": ["Wonen", "Gezondheid", "Financiële zekerheid", "Sociale contacten",
                "Zinvolle dagbesteding of werk", "Zingeving"],
    "levels": [],
}
ZRM = {
    "name": "Zelfredzaamheid-Matrix (ZRM 2017)",
    "description": "13 leefgebieden en 5 niveaus. De criteria laadt de gemeente zelf (licentie GGD Amsterdam).",
    "domains": ["Financiën", "Werk & opleiding", "Tijdsbesteding", "Huisvesting", "Huiselijke relaties",
                "Geestelijke gezondheid", "Lichamelijke gezondheid", "Middelengebruik", "Basale ADL",
                "Instrumentele ADL", "Sociaal netwerk", "Maatschappelijke participatie", "Justitie"],
    "levels": ["Acute problematiek", "Niet zelfredzaam", "Beperkt zelfredzaam", "Voldoende zelfredzaam",
               "Volledig zelfredzaam"],
}
DEFAULTS = [HUIZEN, ZRM]


def install_defaults(Instrument, Domain, Level):
    """Create the default instruments if absent. Used by the data migration and by tests."""
    for spec in DEFAULTS:
        instrument, created = Instrument.objects.get_or_create(
            name=spec["name"], defaults={"description": spec["description"]})
        if not created:
            continue
        Domain.objects.bulk_create(Domain(instrument=instrument, name=n, order=i)
                                   for i, n in enumerate(spec["domains"], 1))
        Level.objects.bulk_create(Level(instrument=instrument, value=i, name=n)
                                  for i, n in enumerate(spec["levels"], 1))
