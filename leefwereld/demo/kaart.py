"""The demo sociale kaart of Zandhoven: four wijken, partner organisations and 46 entries at four levels."""
from decimal import Decimal

# name, kind, phone
ORGANISATIONS = [
    ("Humanitas Zandhoven", "vrijwilligers", "0412 640 100"),
    ("Stichting Buurtkracht", "initiatief", ""),
    ("Welzijn Zandhoven", "zorg_welzijn", "0412 640 200"),
    ("Thuiszorg De Maasoever", "zorg_welzijn", "0412 640 300"),
    ("Jeugdhulp Brabant-Noord", "jeugdhulp", "0412 640 400"),
    ("Jeugdreclassering William Schrikker", "jeugdhulp", "088 011 1000"),
    ("VSO De Brug", "school", "0412 640 500"),
    ("ROC Zandhoven", "school", "0412 640 600"),
    ("Samenwerkingsverband Passend Onderwijs Maasland", "samenwerkingsverband", "0412 640 700"),
    ("Woonstichting Zandhoven", "woningcorporatie", "0412 640 800"),
    ("Hoveniersbedrijf Smits", "werkgever", "06 4011 2233"),
    ("Supermarkt Van den Heuvel", "werkgever", "0412 640 900"),
    ("Sociaal werkbedrijf Maasland Werkt", "werkgever", "0412 641 000"),
    ("Huisartsenpraktijk De Linde", "huisarts", "0412 641 100"),
    ("POH-GGZ Gezondheidscentrum Zuid", "huisarts", "0412 641 200"),
    ("Politie, wijkagent Zandhoven", "politie", "0900 8844"),
    ("Schuldhulp Zandhoven (gemeente)", "schuldhulp", "0412 700 400"),
    ("Gerechtsdeurwaarders Maas & Co", "deurwaarder", "0412 641 300"),
    ("Rechtbank Oost-Brabant", "rechtbank", "088 361 1000"),
    ("Rode Kruis afdeling Maasland", "noodhulp", "0412 641 400"),
    ("Gemeente Zandhoven", "gemeente", "14 0412"),
]

WIJKEN = [("Oud-Zandhoven", "5341"), ("De Weide", "5342"), ("Heidebeek", "5343"), ("Zuiderpark", "5344")]

W = {"noord": ["Oud-Zandhoven", "De Weide"], "zuid": ["Heidebeek", "Zuiderpark"], "all": []}


def E(name, level, org, description, domains, where="all", contact="", weeks=0, cost="gratis",  # noqa: N802
      languages="Nederlands", initiative=False, law="", article="", unit="", price=None):
    return {"name": name, "level": level, "organisation": org, "description": description, "domains": domains,
            "wijken": W[where], "contact": contact, "waiting_weeks": weeks, "cost": cost, "languages": languages,
            "citizens_initiative": initiative, "law": law, "article": article, "unit": unit,
            "unit_price": Decimal(price) if price else None}


WMO = "art. 2.3.5 Wmo 2015"
ENTRIES = [
    # Informeel: vrijwilligers, buurtinitiatieven, lotgenoten, ervaringsdeskundigen
    E("Maatjesproject", "informeel", "Humanitas Zandhoven", "Een vrijwilliger die regelmatig langskomt of meegaat.",
      ["Sociale contacten", "Sociaal netwerk"], weeks=3, languages="Nederlands, Arabisch"),
    E("Thuisadministratie", "informeel", "Humanitas Zandhoven", "Vrijwilligers helpen de post en de rekeningen op orde "
      "te brengen.", ["Financiële zekerheid", "Financiën"], weeks=2),
    E("Rouwgroep", "informeel", "Humanitas Zandhoven", "Lotgenotencontact na het verlies van een naaste.",
      ["Zingeving", "Geestelijke gezondheid"], weeks=4),
    E("Buurtkamer De Linde", "informeel", "Stichting Buurtkracht", "Koffie, een praatje en een warme maaltijd op "
      "woensdag.", ["Sociale contacten", "Sociaal netwerk", "Tijdsbesteding"], "noord", initiative=True),
    E("Repair Café Heidebeek", "informeel", "Stichting Buurtkracht", "Samen spullen repareren, elke eerste zaterdag.",
      ["Zinvolle dagbesteding of werk", "Tijdsbesteding", "Sociale contacten"], "zuid", initiative=True),
    E("Wandelgroep Zuiderpark", "informeel", None, "Bewoners wandelen samen op dinsdagochtend.",
      ["Gezondheid", "Lichamelijke gezondheid", "Sociale contacten"], "zuid", initiative=True),
    E("Moedergroep Oud-Zandhoven", "informeel", None, "Moeders ontmoeten elkaar en passen op elkaars kinderen.",
      ["Huiselijke relaties", "Sociaal netwerk"], "noord", initiative=True, languages="Nederlands, Turks"),
    E("Ervaringsdeskundigen armoede", "informeel", "Welzijn Zandhoven", "Mensen die zelf schulden hadden denken mee.",
      ["Financiële zekerheid", "Financiën"], weeks=1),
    E("Mantelzorgcafé", "informeel", "Welzijn Zandhoven", "Lotgenotencontact voor mantelzorgers, eens per maand.",
      ["Sociale contacten", "Huiselijke relaties"]),
    E("Huiswerkbegeleiding door studenten", "informeel", "Welzijn Zandhoven", "Twee middagen per week in de "
      "bibliotheek.", ["Werk & opleiding"], weeks=2),
    E("Vervoer door vrijwilligers (Automaatje)", "informeel", "Welzijn Zandhoven", "Vrijwillige chauffeurs voor "
      "ritjes naar de dokter of familie.", ["Basale ADL", "Instrumentele ADL", "Sociale contacten"],
      cost="€ 0,30 per kilometer"),
    E("Taalmaatje", "informeel", "Humanitas Zandhoven", "Samen Nederlands oefenen.",
      ["Maatschappelijke participatie", "Sociale contacten"], weeks=6, languages="Nederlands, Arabisch, Tigrinya"),
    # Collectief: voor iedereen, zonder besluit
    E("Inloopspreekuur wijkteam", "collectief", "Gemeente Zandhoven", "Zonder afspraak binnenlopen met een vraag.",
      ["Wonen", "Financiële zekerheid", "Gezondheid", "Sociale contacten"], contact="Dinsdag 9–12 uur, wijkcentrum"),
    E("Formulierenhulp in de bibliotheek", "collectief", "Welzijn Zandhoven", "Hulp bij formulieren en DigiD.",
      ["Financiën", "Instrumentele ADL"]),
    E("Seniorenbeweegles", "collectief", "Welzijn Zandhoven", "Bewegen op muziek in het buurthuis.",
      ["Lichamelijke gezondheid", "Gezondheid"], cost="€ 2 per keer"),
    E("Dagbesteding aan de Markt (vrij toegankelijk)", "collectief", "Welzijn Zandhoven", "Open inloop met "
      "activiteiten, zonder indicatie.", ["Tijdsbesteding", "Zinvolle dagbesteding of werk"], "noord"),
    E("Boodschappenbus", "collectief", "Gemeente Zandhoven", "Op donderdag naar de supermarkt en terug.",
      ["Instrumentele ADL"], cost="€ 1 per rit"),
    E("Voedselbank Zandhoven", "collectief", None, "Wekelijks een voedselpakket bij een laag inkomen.",
      ["Financiële zekerheid", "Financiën"], weeks=1),
    E("Jongerenwerk Heidebeek", "collectief", "Welzijn Zandhoven", "Jongerenwerkers op straat en in de "
      "jongerenruimte.", ["Tijdsbesteding", "Justitie", "Werk & opleiding"], "zuid"),
    E("Opvoedspreekuur", "collectief", "Jeugdhulp Brabant-Noord", "Vragen over opvoeden, zonder verwijzing.",
      ["Huiselijke relaties"]),
    E("Geldcafé", "collectief", "Schuldhulp Zandhoven (gemeente)", "Vragen over geld, rekeningen en toeslagen.",
      ["Financiën", "Financiële zekerheid"]),
    E("Energiecoach", "collectief", "Woonstichting Zandhoven", "Tips om de energierekening omlaag te krijgen.",
      ["Wonen", "Huisvesting", "Financiën"]),
    # Partnerorganisaties
    E("Ondersteuningsplan VSO", "partner", "VSO De Brug", "Mentor en zorgcoördinator stemmen het "
      "ondersteuningsplan af met thuis.", ["Werk & opleiding"]),
    E("Extra ondersteuning entree/niveau 2", "partner", "ROC Zandhoven", "Loopbaanbegeleiding, aanwezigheid en "
      "een leerwerkplek.", ["Werk & opleiding"], weeks=2),
    E("Arrangement passend onderwijs", "partner", "Samenwerkingsverband Passend Onderwijs Maasland",
      "Toelaatbaarheid en extra ondersteuning op school.", ["Werk & opleiding"], weeks=6),
    E("Leerwerkplek hovenier", "partner", "Hoveniersbedrijf Smits", "Werken en leren in het groen.",
      ["Werk & opleiding", "Zinvolle dagbesteding of werk"]),
    E("Zaterdagbaan en leerwerkplek", "partner", "Supermarkt Van den Heuvel", "Vakkenvullen met een vaste "
      "begeleider.", ["Werk & opleiding"]),
    E("Beschut werk", "partner", "Sociaal werkbedrijf Maasland Werkt", "Werk met begeleiding op maat.",
      ["Werk & opleiding", "Zinvolle dagbesteding of werk"], weeks=8),
    E("Huurachterstand: vroeg erop af", "partner", "Woonstichting Zandhoven", "Bij twee maanden achterstand gaat de "
      "corporatie samen met het wijkteam langs.", ["Huisvesting", "Wonen", "Financiën"]),
    E("Consult POH-GGZ", "partner", "POH-GGZ Gezondheidscentrum Zuid", "Kortdurende hulp bij psychische klachten.",
      ["Geestelijke gezondheid", "Gezondheid"], "zuid", weeks=3, cost="gratis (huisartsenzorg)"),
    E("Huisbezoek huisarts", "partner", "Huisartsenpraktijk De Linde", "Overleg over gezondheid en medicatie.",
      ["Lichamelijke gezondheid", "Gezondheid"], "noord"),
    E("Wijkagent", "partner", "Politie, wijkagent Zandhoven", "Overleg bij overlast, zorgen over veiligheid.",
      ["Justitie", "Huiselijke relaties"]),
    E("Schuldhulpverlening", "partner", "Schuldhulp Zandhoven (gemeente)", "Schulden in kaart, een regeling met "
      "schuldeisers.", ["Financiën", "Financiële zekerheid"], weeks=4),
    E("Betalingsregeling deurwaarder", "partner", "Gerechtsdeurwaarders Maas & Co", "Een regeling voordat er beslag "
      "komt.", ["Financiën"]),
    E("Jeugdreclassering", "partner", "Jeugdreclassering William Schrikker", "Begeleiding bij een taakstraf of "
      "voorwaarden.", ["Justitie", "Werk & opleiding"]),
    E("Noodhulp en voedselhulp", "partner", "Rode Kruis afdeling Maasland", "Snelle hulp in een noodsituatie.",
      ["Financiële zekerheid", "Basale ADL"]),
    E("Beschermingsbewind via de rechtbank", "partner", "Rechtbank Oost-Brabant", "Een bewindvoerder voor het geld, "
      "op verzoek.", ["Financiën"], weeks=10, cost="griffierecht, vaak bijzondere bijstand"),
    # Maatwerk: met een besluit (wet, artikel, eenheid, prijs)
    E("Hulp bij het huishouden", "maatwerk", "Thuiszorg De Maasoever", "Schoonmaken, wassen en strijken.",
      ["Wonen", "Instrumentele ADL"], weeks=2, cost="eigen bijdrage (abonnementstarief)", law="wmo", article=WMO,
      unit="uur per week", price="34.20"),
    E("Individuele begeleiding", "maatwerk", "Welzijn Zandhoven", "Structuur in de dag, regelen en plannen.",
      ["Tijdsbesteding", "Instrumentele ADL", "Geestelijke gezondheid"], weeks=3, cost="eigen bijdrage",
      law="wmo", article=WMO, unit="uur per week", price="62.50"),
    E("Woningaanpassing", "maatwerk", "Gemeente Zandhoven", "Traplift, drempels weg, een aangepaste badkamer.",
      ["Wonen", "Huisvesting", "Basale ADL"], weeks=12, cost="eigen bijdrage", law="wmo", article=WMO,
      unit="aanpassing", price="4500.00"),
    E("Vervoersvoorziening (regiotaxi-pas)", "maatwerk", "Gemeente Zandhoven", "Vervoer in de regio tegen "
      "OV-tarief.", ["Sociale contacten", "Maatschappelijke participatie"], weeks=2, cost="OV-tarief per rit",
      law="wmo", article=WMO, unit="pas per jaar", price="450.00"),
    E("Dagbesteding met indicatie", "maatwerk", "Welzijn Zandhoven", "Een dagdeel met begeleiding in een groep.",
      ["Tijdsbesteding", "Zinvolle dagbesteding of werk"], weeks=4, cost="eigen bijdrage", law="wmo", article=WMO,
      unit="dagdeel", price="48.00"),
    E("Gezinsbegeleiding", "maatwerk", "Jeugdhulp Brabant-Noord", "Hulp thuis bij opvoeden en boosheid.",
      ["Huiselijke relaties"], weeks=6, cost="gratis", law="jeugdwet", article="art. 2.3 Jeugdwet",
      unit="uur per week", price="78.00"),
    E("Ambulante jeugdhulp met gedragsdeskundige", "maatwerk", "Jeugdhulp Brabant-Noord", "Voor kinderen met een "
      "licht verstandelijke beperking en gedragsproblemen.", ["Huiselijke relaties", "Geestelijke gezondheid"],
      weeks=8, law="jeugdwet", article="art. 2.3 Jeugdwet", unit="uur", price="96.00"),
    E("Jobcoach", "maatwerk", "Sociaal werkbedrijf Maasland Werkt", "Begeleiding op de werkplek.",
      ["Werk & opleiding", "Zinvolle dagbesteding of werk"], weeks=3, law="participatiewet",
      article="art. 10da Participatiewet", unit="uur", price="85.00"),
    E("Bijzondere bijstand", "maatwerk", "Gemeente Zandhoven", "Eenmalige kosten die niet uit het inkomen kunnen.",
      ["Financiële zekerheid", "Financiën"], weeks=1, law="participatiewet", article="art. 35 Participatiewet",
      unit="euro", price="1.00"),
    E("Loonkostensubsidie", "maatwerk", "Gemeente Zandhoven", "Werk bij een gewone werkgever, met subsidie.",
      ["Werk & opleiding"], weeks=4, law="participatiewet", article="art. 10d Participatiewet", unit="maand",
      price="1200.00"),
]
