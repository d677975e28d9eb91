"""The default kwaliteitskompas: the brief's four social results, with activities and indicators.

A municipality renames, adds or switches them off in beheer; this is only where it starts.
"""

DEFAULT_RESULTS = [
    {"name": "De mens centraal", "name_en": "The person at the centre",
     "description": "Integraal werken: één plan, één gezicht, wat werkelijk van betekenis is.",
     "description_en": "Working across the laws: one plan, one face, what really matters.",
     "activities": [("Het gesprek met open agenda", "The conversation with an open agenda"),
                    ("Eén plan per huishouden, met vier-ogen", "One plan per household, four eyes")],
     "indicators": [("geholpen", "Mensen geholpen, en hoe", "People helped, and how",
                     "Kregen mensen wat past: een snel antwoord, een plan of een besluit?",
                     "Did people get what fits: a quick answer, a plan or a decision?"),
                    ("doelen", "Doelen bereikt, volgens de inwoner", "Goals reached, in the resident's judgement",
                     "Maakte de hulp verschil, in de woorden van de inwoner?",
                     "Did the help make a difference, in the resident's words?"),
                    ("leefgebieden", "Verandering per leefgebied", "Change per life domain",
                     "Waar ging het beter, en waar niet?", "Where did it get better, and where not?"),
                    ("ervaring", "Cliëntervaring", "Client experience",
                     "Hoe ervaren inwoners de ondersteuning?", "How do residents experience the support?"),
                    ("afwijkingen", "Afwijkingen en dekking", "Deviations and cover",
                     "Durven professionals af te wijken als het de inwoner dient, en staat de teamleider erachter?",
                     "Do professionals dare to deviate when it serves the resident, and does the team leader "
                     "stand behind them?"),
                    ("belemmeringen", "Belemmeringen gemeld en opgelost", "Barriers reported and resolved",
                     "Wat in de weg zat: is het opgepakt, en hoe snel?",
                     "What got in the way: was it taken up, and how fast?")],
     "tags": ["uithuisplaatsing voorkomen"]},
    {"name": "De sociale basis versterken", "name_en": "Strengthening the social base",
     "description": "Samenredzaamheid en een vangnet: netwerk, vrijwilligers en voorzieningen in de buurt.",
     "description_en": "Together-reliance and a safety net: network, volunteers and provisions nearby.",
     "activities": [("Netwerk en vrijwilligers betrekken, als de inwoner dat wil",
                     "Involving network and volunteers, when the resident wants to"),
                    ("Voorzieningen in de buurt", "Provisions in the neighbourhood")],
     "indicators": [("wie_doet", "Wie doet het: de balans", "Who acts: the balance",
                     "Is de balans tussen eigen kracht, netwerk en hulp gewogen met de inwoner?",
                     "Was the balance of own strength, network and help weighed with the resident?"),
                    ("uitkomsten", "Uitkomsten", "Outcomes", "", "")],
     "tags": ["weer contact met anderen"]},
    {"name": "Bestaanszekerheid als basis", "name_en": "Livelihood security as the base",
     "description": "Inkomen, werk, wonen en schulden op orde.",
     "description_en": "Income, work, housing and debts in order.",
     "activities": [("Schulden regelen", "Settling debts"), ("Werk en inkomen", "Work and income")],
     "indicators": [("uitkomsten", "Uitkomsten", "Outcomes", "", ""),
                    ("termijn", "Besluiten binnen de wettelijke termijn", "Decisions within the statutory term",
                     "Wachten mensen niet langer dan de wet toestaat?",
                     "Do people not wait longer than the law allows?")],
     "tags": ["werk gevonden", "dakloosheid voorkomen", "schulden geregeld"]},
    {"name": "Beheersbare kosten", "name_en": "Manageable costs",
     "description": "Een voorwaarde, geen doel op zich.", "description_en": "A condition, not a goal in itself.",
     "activities": [("De lichte route waar het kan", "The light route where it can"),
                    ("Minder tijd aan afstemmen", "Less time coordinating")],
     "indicators": [("tijd", "Tijd met inwoners en tijd voor afstemmen", "Time with residents and time coordinating",
                     "Gaat de tijd naar het gesprek?", "Does the time go to the conversation?"),
                    ("caseload", "Mensen per professional", "People per professional",
                     "Hoe verhoudt het zich tot de eigen schatting van het team?",
                     "How does it compare with the team's own estimate?"),
                    ("kosten", "Kosten per huishouden, naast het budget", "Cost per household, against budget",
                     "Wat kost de ondersteuning per huishouden en per wet, en past het in het budget?",
                     "What does support cost per household and per law, and does it fit the budget?")],
     "tags": []},
]


def install_default_kompas(Result, Activity, Indicator, OutcomeTag):  # noqa: N803 (also historical models)
    if Result.objects.exists():
        return
    for order, spec in enumerate(DEFAULT_RESULTS):
        result = Result.objects.create(name=spec["name"], name_en=spec["name_en"], description=spec["description"],
                                       description_en=spec["description_en"], order=order)
        for n, (name, name_en) in enumerate(spec["activities"]):
            Activity.objects.create(result=result, name=name, name_en=name_en, order=n)
        for n, (measure, name, name_en, question, question_en) in enumerate(spec["indicators"]):
            Indicator.objects.create(result=result, measure=measure, name=name, name_en=name_en, question=question,
                                     question_en=question_en, order=n)
        result.outcome_tags.set(OutcomeTag.objects.filter(name__in=spec["tags"]))


ADDED_LATER = ("afwijkingen", "belemmeringen", "kosten")


def add_later_indicators(Result, Indicator):  # noqa: N803 (also historical models)
    """Indicators added after a municipality installed the defaults: to the default result that has them,
    when that result still exists under its name and has no indicator for the measure yet."""
    for spec in DEFAULT_RESULTS:
        result = Result.objects.filter(name=spec["name"]).first()
        if result is None:
            continue
        for n, (measure, name, name_en, question, question_en) in enumerate(spec["indicators"]):
            if measure in ADDED_LATER and not Indicator.objects.filter(result=result, measure=measure).exists():
                Indicator.objects.create(result=result, measure=measure, name=name, name_en=name_en,
                                         question=question, question_en=question_en, order=n)
