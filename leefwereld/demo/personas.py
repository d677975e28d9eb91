"""The demo municipality Gemeente Zandhoven: named personas shared by load_demo, the tests and the
browser tests. The stories come from the practice cases in the product brief."""
import datetime as dt

DEMO_PASSWORD = "zandhoven-demo"
# The second step of signing in: every demo account has its authenticator app linked with this one
# secret (base32, as an app asks for it). Public on purpose, like the password; never use it elsewhere.
# `manage.py demo_code` prints the code an app would show now.
DEMO_TOTP_SECRET = "ZANDHOVENDEMOLEEFWERELDTOTPCODE2"
# The demo's system client (the API): it acts as Fatima; its token is public, like the password.
DEMO_API_CLIENT = "Zaaksysteem Zandhoven (demo)"
DEMO_API_TOKEN = "lw_demo0001.zandhoven-demo-sleutel-openbaar"

TEAMS = [
    {"key": "noord", "name": "Wijkteam Zandhoven-Noord", "area": "Oud-Zandhoven, De Weide", "phone": "0412 700 100"},
    {"key": "zuid", "name": "Wijkteam Zandhoven-Zuid", "area": "Heidebeek, Zuiderpark", "phone": "0412 700 200"},
]

# username, first name, last name, role, discipline, team key ("" for none), direct phone
STAFF = [
    ("fatima", "Fatima", "El Amrani", "professional", "wmo", "noord", "0412 700 111"),
    ("joost", "Joost", "de Wit", "professional", "jeugd", "noord", "0412 700 112"),
    ("anouk", "Anouk", "Visser", "professional", "werk_inkomen", "noord", "0412 700 113"),
    ("ricardo", "Ricardo", "Martis", "professional", "schuldhulp", "noord", "0412 700 114"),
    ("marieke", "Marieke", "Bos", "professional", "wmo", "noord", "0412 700 115"),
    ("sanne", "Sanne", "de Vries", "professional", "wmo", "zuid", "0412 700 211"),
    ("youssef", "Youssef", "Bakkali", "professional", "jeugd", "zuid", "0412 700 212"),
    ("linda", "Linda", "Kok", "professional", "werk_inkomen", "zuid", "0412 700 213"),
    ("peter", "Peter", "Smit", "professional", "schuldhulp", "zuid", "0412 700 214"),
    ("eva", "Eva", "Mulder", "professional", "jeugd", "zuid", "0412 700 215"),
    ("henk", "Henk", "Jansen", "teamleider", "", "noord", "0412 700 101"),
    ("ingrid", "Ingrid", "Hoekstra", "teamleider", "", "zuid", "0412 700 201"),
    # The functional administrator works for the municipality, not in a wijkteam.
    ("gerda", "Gerda", "Veenstra", "beheerder", "", "", "0412 700 001"),
    # The privacy officer reads the security log across teams.
    ("mirjam", "Mirjam", "de Haan", "privacy", "", "", "0412 700 301"),
    # Doorzettingsmacht for the chain, above the team leaders (the escalation ladder's first rung).
    ("marco", "Marco", "de Groot", "teamleider", "", "", "0412 700 002"),
    # Professionals of partner organisations (their organisation: samenwerken.PARTNER_ORGANISATIONS).
    ("ilse", "Ilse", "Verhoeven", "partner", "", "", "0412 650 010"),
    ("ruud", "Ruud", "Hermans", "partner", "", "", "0412 650 020"),
    ("bram", "Bram", "Claassen", "partner", "", "", "0412 650 030"),
    # Policy and management: the barrier register, budgets, the kwaliteitskompas, lessons, answers to the
    # council's advice; never a resident. The team leaders' manager.
    ("bas", "Bas", "Smeets", "beleid", "", "", "0412 700 401"),
    # The adviesraad sociaal domein: a member, and an ervaringsdeskundige with her own account.
    ("ria", "Ria", "Verhoef", "adviesraad", "", "", ""),
    ("wies", "Wies", "Hendriks", "adviesraad", "", "", ""),
]


def years_ago(years, days=0):
    today = dt.date.today()
    try:
        day = today.replace(year=today.year - years)
    except ValueError:  # 29 February
        day = today.replace(year=today.year - years, day=28)
    return day - dt.timedelta(days=days)


def days_ago(days):
    return dt.date.today() - dt.timedelta(days=days)


def P(given, family, age, prefix="", role="volwassene", **extra):  # noqa: N802 (reads like a table)
    return {"given_name": given, "prefix": prefix, "family_name": family, "birth_date": years_ago(age, 40),
            "household_role": role, **extra}


# Each household: team, by whom, members, and what has happened so far. The first member is the main person.
HOUSEHOLDS = [
    {
        "key": "van_dalen", "team": "noord", "by": "anouk", "stand_in": "joost",
        "address": ("Molenstraat", "14", "5341 AB", "Zandhoven"),
        "members": [
            P("Saskia", "Dalen", 41, prefix="van", phone="06 21436587", preferred_channel="telefoon"),
            P("Jeffrey", "Dalen", 16, prefix="van", role="kind"),
            P("Amanda", "Dalen", 12, prefix="van", role="kind"),
        ],
        "vraag": {"kind": "vraag", "brought_by": "inwoner", "days_ago": 120, "pick_up": True,
                  "words": "Ik wil graag werk, vooral voor de contacten. Maar ik ben bang dat ze mijn kinderen "
                           "uit huis halen als het thuis mis gaat met Amanda."},
        "gesprek": {"days_ago": 110, "duration_minutes": 120, "present": "Saskia, Jeffrey (even), Anouk",
                    "levensloop": "Na het auto-ongeluk vijf jaar geleden kan Saskia niet lang staan. Sinds de "
                                  "scheiding staat ze er alleen voor. Ze heeft bijstand en een paar uur "
                                  "begeleiding, en het huis is aangepast.",
                    "wat_belangrijk": "Dat de kinderen thuis blijven wonen. Mensen om me heen, niet de hele dag "
                                      "alleen zijn.",
                    "toekomstbeeld": "Een baan van een paar uur per week waar ik collega's heb. Jeffrey die zijn "
                                     "diploma haalt.",
                    "eigen_kracht": "Saskia kookt elke dag en houdt de administratie zelf bij.",
                    "wederkerigheid": "Ze past soms op de hond van de buurvrouw.",
                    "nodig": "Structuur in de dag. Hulp bij Amanda's boosheid thuis. Iemand die meedenkt over "
                             "werk zonder dat ze haar uitkering kwijtraakt.",
                    "eigen_norm": "Ik wil niet meer hulp dan nodig, maar wel één iemand die alles overziet."},
        "network": [{"name": "Ria (buurvrouw)", "relation": "buren", "does": "Doet soms boodschappen.",
                     "could_do": "Zou Amanda uit school kunnen opvangen.", "draagkracht": "houdt_vol",
                     "may_ask": "ja"}],
        # ZRM: (domain, professional's level, Saskia's own level, herself, network, professionals)
        "assessments": [
            {"days_ago": 105, "rows": [
                ("Financiën", 2, 3, "Houdt de administratie zelf bij.", "", "Bijstand"),
                ("Werk & opleiding", 2, 2, "Wil werken voor de contacten.", "", ""),
                ("Huiselijke relaties", 2, 2, "", "Buurvrouw Ria helpt soms.", "Begeleiding thuis"),
                ("Sociaal netwerk", 1, 2, "", "Alleen de buurvrouw.", ""),
                ("Tijdsbesteding", 2, 2, "Weinig structuur in de dag.", "", "")]},
            {"days_ago": 5, "rows": [
                ("Financiën", 3, 3, "Houdt de administratie zelf bij.", "", "Bijstand"),
                ("Werk & opleiding", 3, 3, "Twee ochtenden vrijwilligerswerk.", "", "Werkfit-traject"),
                ("Huiselijke relaties", 2, 3, "", "Ria vangt Amanda op na school.", "Begeleiding thuis"),
                ("Sociaal netwerk", 3, 3, "Collega's bij de kringloop.", "Ria", ""),
                ("Tijdsbesteding", 4, 4, "Vaste ochtenden.", "", "")]},
        ],
        "followup": {"what": "Bellen met de school van Amanda over het VSO", "days_from_now": 0},
    },
    {
        "key": "brouwer", "team": "noord", "by": "fatima", "stand_in": "marieke",
        "address": ("Kerkplein", "3", "5341 CD", "Zandhoven"),
        "members": [P("Wilma", "Brouwer", 78, phone="0412 654321", preferred_channel="telefoon")],
        "vraag": {"kind": "vraag", "brought_by": "inwoner", "days_ago": 30, "pick_up": True,
                  "words": "Ik red het huishouden niet meer goed sinds mijn heup."},
        "gesprek": {"days_ago": 25, "duration_minutes": 90, "present": "Mevrouw Brouwer, Fatima",
                    "wat_belangrijk": "Zelf de baas blijven in mijn eigen huis.",
                    "eigen_kracht": "Afwassen en koken gaat nog goed.",
                    "nodig": "Hulp bij zwaar schoonmaakwerk.",
                    "eigen_norm": "Wat denkt u zelf? 'Twee en een half uur in de week is genoeg, meer wil ik "
                                  "niet.' De richtlijn zou vier uur geven; we houden het bij haar eigen norm."},
    },
    {
        "key": "kuipers", "team": "zuid", "by": "sanne", "stand_in": "linda",
        "address": ("Heideweg", "88", "5343 EF", "Zandhoven"),
        "members": [P("Gerda", "Kuipers", 69, phone="06 11223344")],
        "vraag": {"kind": "vraag", "brought_by": "inwoner", "days_ago": 40, "pick_up": True,
                  "words": "Ik heb een rechtszaak lopen over mijn huishoudelijke hulp. Ik kan niet strijken."},
        "gesprek": {"days_ago": 35, "duration_minutes": 100,
                    "levensloop": "Mevrouw ging naar de rechter omdat haar hulp werd verminderd.",
                    "eigen_kracht": "We hebben haar taken samen uit elkaar gehaald: alles lukt, behalve strijken.",
                    "nodig": "Eén uur per week extra, voor het strijken.",
                    "eigen_norm": "Met dat ene uur trekt ze de rechtszaak in."},
    },
    {
        "key": "dekker", "team": "noord", "by": "fatima", "stand_in": "marieke",
        "address": ("Schoolstraat", "21", "5341 GH", "Zandhoven"),
        "members": [P("Martin", "Dekker", 44, phone="06 55667788"), P("Lotte", "Dekker", 8, role="kind"),
                    P("Daan", "Dekker", 6, role="kind")],
        "vraag": {"kind": "vraag", "brought_by": "inwoner", "days_ago": 12, "pick_up": True,
                  "words": "Ik kan niet zitten. Een scootmobiel heb ik niets aan. Ik wil mijn kinderen zelf naar "
                           "school brengen."},
        "gesprek": {"days_ago": 8, "duration_minutes": 75,
                    "wat_belangrijk": "Zelf de kinderen naar school brengen, zoals andere vaders.",
                    "nodig": "Een segway. Duurder dan een scootmobiel, maar die kan hij niet gebruiken."},
    },
    {
        "key": "verbeek", "team": "zuid", "by": "linda", "stand_in": "peter",
        "address": ("Stationsweg", "5", "5343 JK", "Zandhoven"),
        "members": [P("Ronald", "Verbeek", 47, phone="06 99887766")],
        "vraag": {"kind": "signaal", "brought_by": "professional", "brought_by_name": "Handhaving",
                  "days_ago": 60, "pick_up": True,
                  "words": "Vermoeden dat meneer zwart werkt bij zijn zwager."},
        "gesprek": {"days_ago": 50, "duration_minutes": 60,
                    "levensloop": "Al lang drugsgebruiker, al jaren in de bijstand.",
                    "toekomstbeeld": "Gewoon werken bij Erik, met een rijbewijs.",
                    "nodig": "Het werk legaal maken, een rijbewijs, en iemand die de geldzaken doet.",
                    "eigen_norm": "Geen fraudezaak, maar een echte baan."},
        "network": [
            {"name": "Monique Verbeek (zus)", "relation": "familie", "does": "Neemt de financiën over.",
             "draagkracht": "kan_meer", "may_ask": "ja"},
            {"name": "Erik Smits (zwager)", "relation": "familie", "does": "Werkgever in zijn hoveniersbedrijf.",
             "could_do": "Een arbeidscontract aanbieden.", "draagkracht": "kan_meer", "may_ask": "ja"},
        ],
    },
    {
        "key": "hendriks", "team": "zuid", "by": "sanne", "stand_in": "eva",
        "address": ("Lindelaan", "40", "5343 LM", "Zandhoven"),
        "members": [P("Johannes", "Hendriks", 87, phone="0412 223344")],
        "vraag": {"kind": "vraag", "brought_by": "netwerk", "brought_by_name": "zoon Karel", "days_ago": 90,
                  "pick_up": True, "words": "Vader zit de hele dag alleen. Moet hij naar de dagbesteding?"},
        "gesprek": {"days_ago": 85, "duration_minutes": 90,
                    "wat_belangrijk": "De sauna. Daar ziet hij zijn vrienden, drie keer per week.",
                    "nodig": "Een taxipas, betaald uit de bijzondere bijstand. Goedkoper dan dagbesteding, "
                             "en hij is gelukkiger."},
        # The overloaded mantelzorger is often the real question: Ilse has a goal of her own in the plan.
        "network": [
            {"name": "Ilse (dochter)", "relation": "familie", "does": "Kookt elke avond en doet zijn was.",
             "draagkracht": "overbelast", "may_ask": "ja"},
            {"name": "Karel (zoon)", "relation": "familie", "does": "Belt elke week.",
             "could_do": "Eén avond per week bij zijn vader eten.", "draagkracht": "kan_meer", "may_ask": "ja"},
        ],
    },
    {
        "key": "pronk", "team": "noord", "by": "anouk", "stand_in": "ricardo",
        "address": ("Julianastraat", "9", "5341 NP", "Zandhoven"),
        "members": [P("Ellen", "Pronk", 58, phone="06 12121212")],
        "vraag": {"kind": "vraag", "brought_by": "inwoner", "days_ago": 5, "pick_up": True,
                  "words": "Ik wil de langdurigheidstoeslag aanvragen."},
    },
    {
        "key": "yilmaz", "team": "zuid", "by": "youssef", "stand_in": "eva",
        "address": ("Beukenlaan", "17", "5343 QR", "Zandhoven"),
        "members": [P("Mehmet", "Yilmaz", 36, phone="06 34343434"), P("Elif", "Yilmaz", 34, role="partner"),
                    P("Ayla", "Yilmaz", 5, role="kind")],
        "vraag": {"kind": "vraag", "brought_by": "inwoner", "days_ago": 15, "pick_up": True,
                  "words": "De verwijzing voor Ayla is teruggestuurd omdat de handtekening op de verkeerde "
                           "pagina stond."},
    },
    {
        "key": "tante_bet", "team": "noord", "by": "marieke", "stand_in": "fatima",
        "address": ("Zorgcentrum De Linde", "1", "5341 ST", "Zandhoven"),
        "members": [P("Elisabeth", "Vliet", 91, prefix="van", safety_notes="")],
        "vraag": {"kind": "vraag", "brought_by": "netwerk", "brought_by_name": "nicht Joke", "days_ago": 18,
                  "pick_up": True, "words": "Tante Bet moet naar een verpleeghuis in Oss. Ze is erg verdrietig."},
        "gesprek": {"days_ago": 10, "duration_minutes": 80, "present": "Tante Bet, nicht Joke, Marieke",
                    "wat_belangrijk": "Haar kerk, haar eigen jurk op zondag, en haar dorp. Niet alleen de zorg.",
                    "toekomstbeeld": "Op zondag naar de kerk in Zandhoven blijven gaan.",
                    "wederkerigheid": "Ze breit voor de kleinkinderen van Joke."},
        "network": [{"name": "Joke (nicht)", "relation": "familie", "does": "Bezoekt haar elke week.",
                     "could_do": "Op zondag rijden naar de kerk.", "draagkracht": "houdt_vol", "may_ask": "ja"}],
    },
    {
        "key": "groen", "team": "zuid", "by": "peter", "stand_in": "sanne",
        "address": ("Vijverweg", "2", "5343 UV", "Zandhoven"),
        "members": [P("Albert", "Groen", 66, phone="06 56565656")],
        "vraag": {"kind": "vraag", "brought_by": "inwoner", "days_ago": 3, "pick_up": True,
                  "words": "Sinds mijn vrouw dood is, kom ik de deur niet meer uit."},
        "gesprek": {"days_ago": 1, "duration_minutes": 60,
                    "wat_belangrijk": "Een maatje. Hij had vroeger altijd honden.",
                    "nodig": "Hulp bij het vinden van een hond uit het asiel, en de kosten eromheen. "
                             "Geen rashond."},
    },
    {
        "key": "schouten", "team": "noord", "by": "henk", "contact_only": True,
        "address": ("Dorpsstraat", "51", "5341 WX", "Zandhoven"),
        "members": [P("Greet", "Schouten", 74, safety_notes="Grote hond, bel eerst aan bij de buren.")],
        "vraag": {"kind": "signaal", "brought_by": "netwerk", "brought_by_name": "buurvrouw mevrouw De Graaf",
                  "days_ago": 1, "pick_up": False,
                  "words": "Ik zie haar al een week niet meer buiten. De brievenbus puilt uit."},
    },
    {
        "key": "boer", "team": "zuid", "by": "linda", "light": {
            "help_kind": "eenmalig", "description": "Treinkaartje naar Utrecht voor het sollicitatiegesprek en "
                                                    "tien euro voor eten meegegeven.", "amount": "32.50"},
        "address": ("Marktstraat", "7", "5343 YZ", "Zandhoven"),
        "members": [P("Kevin", "Boer", 24, phone="06 78787878")],
        "vraag": {"kind": "vraag", "brought_by": "inwoner", "days_ago": 0, "pick_up": True,
                  "words": "Ik heb morgen een sollicitatiegesprek in Utrecht maar geen geld voor de trein."},
        # Dossier afsluiten (ADR 0039): the light route answered the question; the file can be reopened.
        "closed": {"days_ago": 0, "reason": "Eenmalig geholpen; de vraag is beantwoord."},
    },
    {
        # A file closed sixteen years ago: past the 15-year periods, so `schone_lei --dry-run` shows work.
        "key": "mol", "team": "zuid", "by": "linda", "light": {
            "help_kind": "eenmalig", "description": "Een voedselpakket geregeld en de buurtkamer genoemd.",
            "amount": "0"},
        "address": ("Molenweg", "3", "5343 MO", "Zandhoven"),
        "members": [P("Hennie", "Mol", 70)],
        "vraag": {"kind": "vraag", "brought_by": "inwoner", "days_ago": 16 * 365 + 40, "pick_up": True,
                  "words": "Ik heb deze week niets meer te eten in huis."},
        "closed": {"days_ago": 16 * 365, "reason": "Mevrouw redt het weer zelf."},
    },
    {
        "key": "willems", "team": "noord", "by": "marieke", "stand_in": "fatima",
        "address": ("Eikenlaan", "12", "5341 BA", "Zandhoven"),
        "members": [P("Joop", "Willems", 81), P("Truus", "Willems", 79, role="partner", phone="0412 887766")],
        "vraag": {"kind": "vraag", "brought_by": "netwerk", "brought_by_name": "dochter Anja", "days_ago": 9,
                  "pick_up": True, "words": "Mijn moeder zorgt dag en nacht voor mijn vader. Ze is op."},
        "gesprek": {"days_ago": 6, "duration_minutes": 110,
                    "wat_belangrijk": "Samen thuis blijven wonen.",
                    "nodig": "Respijt voor Truus. Dagbesteding voor Joop twee dagen per week."},
        "network": [{"name": "Anja (dochter)", "relation": "familie", "does": "Komt elke dag na haar werk.",
                     "draagkracht": "overbelast", "may_ask": "liever_niet"}],
        "followup": {"what": "Respijtzorg voor mevrouw Willems regelen", "days_from_now": -1},
    },
    {
        "key": "bakker", "team": "zuid", "by": "eva", "stand_in": "youssef",
        "address": ("Kastanjelaan", "30", "5343 CB", "Zandhoven"),
        "members": [P("Sandra", "Bakker", 38), P("Mark", "Bakker", 40, role="partner"),
                    P("Noah", "Bakker", 14, role="kind"), P("Sem", "Bakker", 9, role="kind")],
        "vraag": {"kind": "vraag", "brought_by": "partner", "brought_by_name": "mentor van Noah, Het Baken",
                  "days_ago": 2, "pick_up": False, "words": "Noah komt steeds vaker niet op school."},
    },
    {
        "key": "de_jong", "team": "noord", "by": "ricardo", "stand_in": "anouk",
        "address": ("Parkweg", "4", "5341 DE", "Zandhoven"),
        "members": [P("Priscilla", "Jong", 33, prefix="de"), P("Milan", "Jong", 3, prefix="de", role="kind")],
        "vraag": {"kind": "vraag", "brought_by": "inwoner", "days_ago": 4, "pick_up": True,
                  "words": "De schulden groeien me boven het hoofd. Er komt een deurwaarder."},
        "followup": {"what": "Samen de post openmaken", "days_from_now": 2},
    },
    {
        "key": "mertens", "team": "zuid", "by": "peter",
        "address": ("Wilgenhof", "19", "5343 FG", "Zandhoven"),
        "members": [P("Hans", "Mertens", 55), P("Ans", "Mertens", 53, role="partner")],
        "vraag": {"kind": "signaal", "brought_by": "partner", "brought_by_name": "woningcorporatie Zandwonen",
                  "days_ago": 1, "pick_up": False, "words": "Drie maanden huurachterstand, geen reactie op brieven."},
    },
    {
        "key": "jansen_a", "team": "noord", "by": "joost", "stand_in": "fatima",
        "address": ("Vlierstraat", "8", "5341 HJ", "Zandhoven"),
        "members": [P("Naomi", "Smit", 29), P("Luuk", "Smit", 11, role="kind"), P("Jade", "Smit", 7, role="kind")],
        "vraag": {"kind": "vraag", "brought_by": "inwoner", "days_ago": 2, "pick_up": False,
                  "words": "Luuk is thuis heel boos sinds de scheiding. Ik weet niet wat ik moet doen."},
    },
    {
        "key": "achterberg", "team": "zuid", "by": "sanne", "stand_in": "linda",
        "address": ("Populierenlaan", "25", "5343 KL", "Zandhoven"),
        "members": [P("Frits", "Achterberg", 72), P("Ineke", "Achterberg", 70, role="partner")],
        "vraag": {"kind": "vraag", "brought_by": "inwoner", "days_ago": 11, "pick_up": True,
                  "words": "Mijn man kan de trap niet meer op."},
    },
    {
        "key": "osman", "team": "noord", "by": "anouk", "stand_in": "ricardo",
        "address": ("Wilhelminastraat", "33", "5341 KL", "Zandhoven"),
        "members": [P("Hodan", "Osman", 31), P("Ayaan", "Osman", 13, role="kind"), P("Zahra", "Osman", 10, role="kind"),
                    P("Idris", "Osman", 2, role="kind")],
        "vraag": {"kind": "vraag", "brought_by": "inwoner", "days_ago": 7, "pick_up": True,
                  "words": "Ik wil Nederlands leren en werken, maar wie past er op Idris?"},
    },
    {
        "key": "el_idrissi", "team": "zuid", "by": "youssef", "contact_only": True,
        "address": ("Sportlaan", "2", "5343 MN", "Zandhoven"),
        "members": [P("Bilal", "El Idrissi", 17)],
        "vraag": {"kind": "signaal", "brought_by": "outreach", "days_ago": 0, "pick_up": True,
                  "words": "Zie Bilal al weken 's avonds laat bij het sportpark hangen, ook op schooldagen. "
                           "Hij wil praten, maar niet op kantoor."},
    },
    {
        "key": "peters", "team": "noord", "by": "fatima", "stand_in": "marieke",
        "address": ("Rozenstraat", "6", "5341 PQ", "Zandhoven"),
        "members": [P("Kees", "Peters", 63, phone="06 24242424"), P("Lenie", "Peters", 61, role="partner")],
        "vraag": {"kind": "vraag", "brought_by": "inwoner", "days_ago": 21, "pick_up": True,
                  "words": "Kees is afgekeurd. We weten niet hoe we de maand rondkomen."},
    },
]

# The personas tests and browser journeys use by name.
PROFESSIONAL_NOORD = "fatima"
JEUGD_NOORD = "joost"
PROFESSIONAL_ZUID = "sanne"
TEAMLEIDER_NOORD = "henk"
PRIVACY_OFFICER = "mirjam"

# Plans in every stage. Goals in the words of the person they belong to; "who" is a given name, or None
# for the household as a whole; "network" names a network member who owns the goal (the mantelzorger).
# Actions name a network member by their name in the network above. "agreements" are the voices on the
# plan: "person" (a given name) or "network" (a name in the network).
PLANS = [
    {
        "household": "van_dalen", "by": "anouk", "reviewers": ["joost"],
        "decisions": [("joost", True, "Ik neem de gezinsbegeleiding en het contact met het VSO op mij.")],
        "agreements": [{"person": "Saskia", "agrees": True, "how": "gesprek"}],
        "evaluation": {"resident_words": "Ik kom weer onder de mensen. Thuis is het nog wel eens onrustig.",
                       "matters_now": "Dat Amanda goed start op het VSO.", "scores": [1, 0, -1, 0]},
        "evaluate_in_days": 3,
        "goals": [
            {"who": "Saskia", "words": "Ik wil een paar uur per week werken, vooral voor de contacten.",
             "domains": ["Werk & opleiding", "Sociaal netwerk"], "actions": [
                 {"what": "Twee ochtenden vrijwilligerswerk bij de kringloopwinkel", "actor_kind": "inwoner",
                  "status": "bezig"},
                 {"what": "Werkfit-traject, zonder dat de uitkering stopt", "actor_kind": "maatwerk",
                  "status": "bezig"}]},
            {"who": "Jeffrey", "words": "Mijn diploma halen en mijn zaterdagbaan houden.", "actions": [
                {"what": "Afspraken over aanwezigheid en een leerwerkplek bij zijn werkgever",
                 "actor_kind": "partner", "actor_name": "ROC Zandhoven"}]},
            {"who": "Amanda", "words": "Ik wil niet steeds boos worden thuis.", "actions": [
                {"what": "Ondersteuningsplan van school afstemmen met de gemeente", "actor_kind": "partner",
                 "actor_name": "VSO De Brug"},
                {"what": "Opvang na school op dinsdag en donderdag", "actor_kind": "netwerk",
                 "network": "Ria (buurvrouw)"},
                {"what": "Gezinsbegeleiding thuis, drie uur per week", "actor_kind": "maatwerk"}]},
            {"who": None, "words": "Eén iemand die alles overziet, en de kinderen blijven thuis wonen.",
             "actions": []},
        ],
    },
    {
        "household": "tante_bet", "by": "marieke", "reviewers": ["anouk"],
        "goals": [
            {"who": "Elisabeth", "words": "Op zondag naar mijn eigen kerk in Zandhoven, in mijn eigen jurk.",
             "domains": ["Zingeving"], "actions": [
                 {"what": "Joke rijdt haar op zondag naar de kerk", "actor_kind": "netwerk", "network": "Joke (nicht)"},
                 {"what": "Verhuizen met haar eigen spullen: haar jurk, haar stoel, de foto's",
                  "actor_kind": "partner", "actor_name": "Verpleeghuis De Eik, Oss"},
                 {"what": "Bezoek van iemand uit haar eigen kerk", "actor_kind": "vrijwilliger",
                  "actor_name": "Bezoekgroep Hervormde kerk"}]},
            {"who": "Elisabeth", "words": "Mijn dorp blijven zien.", "actions": [
                {"what": "Eén keer per maand met de dorpsbus naar Zandhoven", "actor_kind": "collectief",
                 "actor_name": "Dorpsbus Zandhoven"}]},
        ],
    },
    {
        "household": "verbeek", "by": "linda", "reviewers": ["peter"],
        "decisions": [("peter", False, "Leg de afspraken met Erik schriftelijk vast en spreek af wie de "
                                       "loonstroken bekijkt. Kan Monique het beheer van de rekening echt aan?")],
        "goals": [
            {"who": "Ronald", "words": "Gewoon werken bij Erik, met een contract en een rijbewijs.", "actions": [
                {"what": "Arbeidscontract bij het hoveniersbedrijf", "actor_kind": "netwerk",
                 "network": "Erik Smits (zwager)"},
                {"what": "Rijlessen en theorie-examen", "actor_kind": "partner", "actor_name": "Rijschool Van Gils"},
                {"what": "Uitkering stoppen zodra het loon binnenkomt, zonder terugvordering",
                 "actor_kind": "maatwerk"}]},
            {"who": "Ronald", "words": "Iemand die mijn geld regelt, zodat ik niet terugval.", "actions": [
                {"what": "Monique beheert de rekening", "actor_kind": "netwerk",
                 "network": "Monique Verbeek (zus)"}]},
        ],
    },
    {
        "household": "willems", "by": "marieke", "reviewers": ["ricardo"], "decisions": [("ricardo", True, "")],
        "agreements": [{"person": "Truus", "agrees": False, "how": "telefoon",
                        "disagreement": "Ik wil Joop niet naar de dagbesteding brengen als hij dat zelf niet "
                                        "wil."}],
        "takeover": {"days": 5, "reason": "Truus ligt een week in het ziekenhuis en Anja is overbelast."},
        "evaluate_in_days": 0,
        "goals": [
            {"who": "Truus", "words": "Af en toe een dag voor mezelf.", "actions": [
                {"what": "Joop twee dagen per week naar de dagbesteding", "actor_kind": "maatwerk"},
                {"what": "Mantelzorgcafé op donderdag", "actor_kind": "collectief",
                 "actor_name": "Mantelzorgcafé De Schakel"}]},
            {"who": "Joop", "words": "Samen thuis blijven wonen.", "actions": [
                {"what": "Traplift", "actor_kind": "maatwerk"}]},
        ],
    },
    {
        "household": "hendriks", "by": "sanne", "reviewers": ["eva"], "decisions": [("eva", True, "")],
        "agreements": [
            {"person": "Johannes", "agrees": True, "how": "gesprek"},
            {"network": "Ilse (dochter)", "agrees": False, "how": "telefoon",
             "disagreement": "Eén avond is mooi, maar met drie uur respijt per week red ik het niet. Ik heb "
                             "ook één zaterdag per maand nodig."},
        ],
        "goals": [
            {"who": "Johannes", "words": "Drie keer per week naar de sauna, daar zie ik mijn vrienden.", "actions": [
                {"what": "Taxipas uit de bijzondere bijstand", "actor_kind": "maatwerk"}]},
            {"who": None, "network": "Ilse (dochter)",
             "words": "Ilse wil weer één avond per week voor zichzelf.", "actions": [
                 {"what": "Karel eet op dinsdagavond bij zijn vader", "actor_kind": "netwerk",
                  "network": "Karel (zoon)"},
                 {"what": "Respijtzorg: een vrijwilliger drie uur per week", "actor_kind": "vrijwilliger",
                  "actor_name": "Vrijwillige Thuishulp Zandhoven"}]},
        ],
    },
]
