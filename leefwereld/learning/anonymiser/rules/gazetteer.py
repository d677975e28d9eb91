"""Dutch institution patterns: a type word and a name ("basisschool De Klimop", "Stichting Humanitas",
"ROC Midden Nederland"), a name with an institutional ending ("het Jeroen Bosch Ziekenhuis",
"Da Vinci College") and well-known organisations that work with households, by name.

National bodies everyone deals with (UWV, Belastingdienst, DUO, CAK, SVB, Veilig Thuis, de Raad voor de
Kinderbescherming) are not here: naming them does not point at a household.
"""

# type word before the name -> placeholder word
TYPES = {
    "school": ["basisschool", "bs", "cbs", "obs", "pcbs", "rkbs", "ikc", "kindcentrum", "integraal kindcentrum",
               "school", "middelbare school", "scholengemeenschap", "vmbo", "praktijkschool", "mavo", "havo",
               "speciaal onderwijs", "so", "vso", "schakelklas", "internationale schakelklas",
               "roc", "mbo", "hogeschool", "universiteit", "taalschool",
               "kinderopvang", "kinderdagverblijf", "kdv", "bso", "buitenschoolse opvang", "peuterspeelzaal",
               "peuteropvang", "crèche", "creche", "gastouderbureau", "samenwerkingsverband", "swv"],
    "ziekenhuis": ["ziekenhuis", "kliniek", "polikliniek", "revalidatiecentrum", "umc", "medisch centrum"],
    "zorgaanbieder": ["zorgaanbieder", "thuiszorg", "thuiszorgorganisatie", "zorggroep", "zorgorganisatie",
                      "woonzorgcentrum", "verpleeghuis", "verzorgingshuis", "zorgcentrum", "zorgboerderij",
                      "dagbesteding", "ggz", "ggz-instelling", "jeugdhulpaanbieder", "jeugdzorgaanbieder",
                      "huisartsenpraktijk", "huisartspraktijk", "praktijk", "fysiotherapiepraktijk",
                      "apotheek", "tandartspraktijk", "verslavingszorg", "instelling", "gezinshuis",
                      "wooninitiatief", "woonvoorziening", "begeleidingsdienst", "kraamzorg", "hospice",
                      "nachtopvang", "vrouwenopvang", "maatschappelijke opvang", "consultatiebureau", "jeugdarts",
                      "logeerhuis", "behandelcentrum", "jeugdbescherming", "jeugdreclassering", "reclassering"],
    "werkgever": ["werkgever", "bedrijf", "firma", "fabriek", "bakkerij", "supermarkt", "uitzendbureau",
                  "schoonmaakbedrijf", "transportbedrijf", "bouwbedrijf", "garage", "restaurant", "hotel",
                  "kantoor", "advocatenkantoor", "bewindvoerderskantoor", "werkleerbedrijf", "sociale werkplaats"],
    "instelling": ["stichting", "vereniging", "sportvereniging", "voetbalvereniging", "voetbalclub",
                   "woningcorporatie", "wooncorporatie", "woningbouwvereniging", "corporatie", "buurthuis",
                   "wijkcentrum", "kerk", "moskee", "parochie", "gemeente", "bewindvoering", "budgetbeheer",
                   "schuldhulp", "vrijwilligersorganisatie", "coöperatie", "cooperatie", "bureau", "kringloop",
                   "kringloopwinkel"],
}

# a name ending in one of these is an institution ("Jeroen Bosch Ziekenhuis", "Het Baken College")
ENDINGS = {
    "ziekenhuis": ["Ziekenhuis", "Ziekenhuizen", "Medisch Centrum", "MC", "UMC", "Gasthuis", "Kliniek"],
    "school": ["College", "Lyceum", "Gymnasium", "Academie", "Scholengemeenschap", "Basisschool", "School",
               "Hogeschool", "Universiteit"],
    "zorgaanbieder": ["Zorg", "Zorggroep", "Thuiszorg", "Jeugdzorg", "GGZ", "Huis", "Hof", "Hoeve", "Wonen",
                      "Begeleiding"],
    "werkgever": ["BV", "B.V.", "NV", "N.V.", "VOF", "V.O.F.", "Groep", "Logistiek", "Transport",
                  "Installatietechniek", "Schoonmaak", "Bouw"],
    "instelling": ["Stichting", "Vereniging", "Woningstichting", "Wonen"],
}

# Bodies every household deals with nationally: naming them points at no one (see the docstring).
NATIONAL = {"UWV", "CAK", "SVB", "DUO", "CJIB", "IND", "COA", "Belastingdienst", "Veilig Thuis", "Raad",
            "Raad voor de Kinderbescherming", "Zorgverzekeraar", "Gemeente", "Wijkteam", "Sociaal Wijkteam",
            "Jeugdbescherming", "Reclassering", "Politie", "Juridisch Loket",
            "GGD", "GGZ", "CJG", "Justitie", "Rijksoverheid", "Kinderbescherming"}

# Words that name a kind of care, not a provider: "Respijtzorg aangevraagd", "Thuiszorg komt".
GENERIC_CARE = {"respijtzorg", "bemoeizorg", "kraamzorg", "thuiszorg", "mantelzorg", "jeugdzorg", "ouderenzorg",
                "wijkzorg", "nazorg", "dagzorg", "gehandicaptenzorg", "verslavingszorg", "ggz", "jeugdggz",
                "schuldhulp", "jeugdhulp", "huisartsenzorg", "spoedzorg", "crisiszorg",
                "gezinszorg", "palliatieve", "mantelzorgondersteuning", "dagbesteding", "ziekenhuiszorg"}

# Organisations that work with households, known by name alone (care, youth care, housing, employers
# with many local branches). A general list, not the benchmark's: unknown names are caught by TYPES.
NAMES = {
    "zorgaanbieder": [
        "Buurtzorg", "Careyn", "Vivent", "Cordaan", "Amarant", "'s Heeren Loo", "Philadelphia", "Sherpa",
        "Reinaerde", "Kentalis", "Youké", "Karakter", "Accare", "Levvel", "Pluryn", "Lindenhout", "Kadera",
        "Iriszorg", "Novadic-Kentron", "Tactus", "Brijder", "Jellinek", "Parnassia", "Lentis", "Arkin",
        "Pro Persona", "Reinier van Arkel", "GGz Breburg", "GGzE", "Dimence", "Mondriaan", "Emergis",
        "Altrecht", "Yulius", "Zuwe", "Zorgbalans", "Laurens", "Aafje", "Humanitas", "Tante Louise",
        "Vitalis", "Zorgpartners", "Viattence", "Sensire", "Icare", "Evean", "Amstelring", "Zonnehuisgroep",
        "Cello", "Dichterbij", "Ipse de Bruggen", "Esdégé-Reigersdaal", "Prisma", "Koraal", "Juvent",
        "Jeugdbescherming Brabant", "William Schrikker", "Leger des Heils", "MEE", "Xtra", "Timon",
        "Spirit", "Combinatie Jeugdzorg", "Oosterpoort", "Impegno", "Lunet zorg", "Stichting MEE",
    ],
    "werkgever": [
        "Albert Heijn", "Jumbo", "Lidl", "Aldi", "Plus", "Dirk", "Action", "HEMA", "Kruidvat", "PostNL",
        "Bol.com", "Philips", "ASML", "Schiphol", "KLM", "NS", "Gamma", "Praxis", "Karwei", "IKEA",
        "McDonald's", "Randstad", "Tempo-Team", "Start People", "Olympia", "Manpower", "Coolblue", "DHL",
        "Picnic", "Flink", "Thuisbezorgd", "Zeeman", "Wibra", "Primark", "Blokker", "Intratuin",
        "Vrumona", "FrieslandCampina", "Heineken", "Unilever", "Vanderlande", "VDL", "Tata Steel",
    ],
    "instelling": [
        "Woonbron", "Ymere", "Vestia", "Portaal", "Mitros", "Woonstad", "Havensteder", "Eigen Haard",
        "De Key", "Stadgenoot", "Rochdale", "Woonzorg Nederland", "Vidomes", "Staedion", "Trudo",
        "Woonbedrijf", "Zayaz", "Woonveste", "Voedselbank", "Vluchtelingenwerk", "Humanitas",
        "Schuldhulpmaatje", "Thuisgekookt", "Rode Kruis", "Zonnebloem", "Home-Start", "Buurtteam",
        "Regiotaxi", "Valys", "Kringloop", "Sociaal Raadslieden", "Blijf Groep",
    ],
}
