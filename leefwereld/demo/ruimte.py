"""Room for judgement and money in the demo, from the brief's practice cases, through the real services."""
import datetime as dt
from decimal import Decimal

from django.utils import timezone

from leefwereld.accounts.models import User
from leefwereld.decisions.models import BeschikkingStatus, Voorziening, Wet
from leefwereld.learning.overleg import Dilemma, Waarde
from leefwereld.money import services as money
from leefwereld.money.models import BijdrageKind
from leefwereld.ruimte import services as ruimte
from leefwereld.ruimte.models import Barrier, BarrierSource, BarrierStatus, Bron, WordtRegel

from .decisions import _ago, _person

GUIDELINES = [
    {"code": "hulp-huishouden", "title": "Hulp bij het huishouden", "wet": Wet.WMO,
     "terms": "hulp bij het huishouden, huishoudelijke hulp, schoonmaken", "bron": Bron.BELEIDSREGEL,
     "source_ref": "Beleidsregels Wmo Zandhoven, art. 4",
     "rule": "Voor een schoon en leefbaar huis: gemiddeld 4 uur per week.",
     "purpose": "Dat iemand in een schoon en leefbaar huis kan blijven wonen.",
     "room": "Minder als de inwoner zelf zegt dat het genoeg is (eigen norm). Meer voor de was of als er "
             "kinderen zijn. Tijdelijk meer na een ziekenhuisopname.",
     "examples": "2,5 uur omdat de zoon de rest doet. 5 uur bij drie jonge kinderen.",
     "norm_quantity": Decimal("4"), "norm_unit": "uur per week"},
    {"code": "bijzondere-bijstand", "title": "Bijzondere bijstand", "wet": Wet.PARTICIPATIEWET,
     "terms": "bijzondere bijstand, taxipas, eenmalige hulp, treinkaartje, eten", "bron": Bron.WET,
     "source_ref": "Participatiewet art. 35",
     "rule": "Voor noodzakelijke kosten die uit bijzondere omstandigheden voortkomen en die iemand niet zelf "
             "kan betalen.",
     "purpose": "Dat niemand door onverwachte kosten vastloopt.",
     "room": "Wat noodzakelijk is, bepaalt de situatie van deze persoon, niet een lijst. Ook iets dat "
             "duurdere zorg voorkomt, kan noodzakelijk zijn. Kleine bedragen zonder beschikking.",
     "examples": "Een taxipas voor de sauna, omdat dat dagbesteding voorkomt. Een treinkaartje naar de rechtbank."},
    {"code": "huisdier", "title": "Een huisdier tegen eenzaamheid", "wet": Wet.WMO,
     "terms": "hond, huisdier, eenzaam", "bron": Bron.WERKAFSPRAAK,
     "source_ref": "Werkafspraak wijkteams 2026",
     "rule": "Geen vergoeding voor een huisdier.",
     "purpose": "Geld gaat naar ondersteuning, niet naar bezit.",
     "room": "Helpt een hond iemand uit de eenzaamheid, dan helpen we een hond te vinden (asiel) en betalen we "
             "de kosten eromheen: de eerste dierenarts, een mand, de eerste maand voer. Geen rashond.",
     "examples": "Een man die alleen woont, vindt via het asiel een hond en gaat weer elke dag naar buiten."},
    {"code": "peildatum-langdurigheidstoeslag", "title": "Individuele inkomenstoeslag: de peildatum",
     "wet": Wet.PARTICIPATIEWET, "terms": "inkomenstoeslag, langdurigheidstoeslag, peildatum",
     "bron": Bron.VERORDENING, "source_ref": "Verordening individuele inkomenstoeslag, art. 3",
     "rule": "Recht op de toeslag na 12 maanden laag inkomen, op de peildatum.",
     "purpose": "Iemand die lang van weinig rondkomt, iets extra geven.",
     "room": "De aanvraag mag binnen de beslistermijn blijven liggen tot de peildatum voorbij is; dat is "
             "geen afwijzing. De wet kent geen ruimte om vóór de 12 maanden toe te kennen."},
    # Participation for children, with the income norm that opens it.
    {"code": "meedoen-kinderen", "title": "Meedoen voor kinderen", "wet": Wet.PARTICIPATIEWET,
     "terms": "kindpakket, zwemles, sportclub, schoolreis, muziekles", "bron": Bron.BELEIDSREGEL,
     "source_ref": "Beleidsregels minimaregelingen Zandhoven, art. 6",
     "rule": "Tot € 300 per kind per jaar voor sport, cultuur en school, bij een inkomen tot 120% van het "
             "sociaal minimum.",
     "purpose": "Dat elk kind kan meedoen, ook als er thuis weinig geld is.",
     "room": "Het bedrag is per kind, niet per soort kosten. Een fiets om naar de sportclub te komen of een "
             "laptop voor school past er ook in. Net boven de inkomensnorm kan het toch, als schulden het "
             "inkomen opeten.",
     "examples": "Zwemles voor een kind van zeven. Een tweedehands fiets om naar voetbal te gaan.",
     "norm_unit": "euro per kind per jaar"},
]


def _waarden(*names):
    """learning's values by name (ADR 0036); the loader installs the framework again after a flush."""
    found = list(Waarde.objects.filter(name__in=names))
    if len(found) != len(names):
        raise LookupError(f"Waarden not installed: {names}")
    return found


def load_ruimte(users, households):
    fatima, henk, ingrid, bas, gerda = (users[n] for n in ("fatima", "henk", "ingrid", "bas", "gerda"))
    User.objects.filter(pk__in=[henk.pk, ingrid.pk]).update(manager=bas)
    henk.refresh_from_db()
    ingrid.refresh_from_db()
    # In force for a year, so that the ironing version of a month ago follows its first version in time.
    g = {spec["code"]: ruimte.guideline_create(actor=gerda, valid_from=_ago(365), **spec) for spec in GUIDELINES}

    # The sauna and the segway: covered deviations.
    sauna = ruimte.deviation_record(
        actor=users["linda"], person=_person(households, "hendriks"), guideline=g["bijzondere-bijstand"],
        instead="Een taxipas voor de sauna, drie keer per week.", amount=Decimal("1248"),
        why="Hij is 87. In de sauna ziet hij zijn vrienden; daar is hij gelukkig. Dagbesteding wil hij niet.",
        different="Het is goedkoper dan dagbesteding en het werkt.",
        waarden=_waarden("menselijkheid", "doelmatigheid"),
        dilemma=Dilemma.AFHANKELIJK_ONAFHANKELIJK, wordt_regel=WordtRegel.MISSCHIEN)
    ruimte.deviation_cover(actor=ingrid, deviation=sauna, words="Goedkoper en beter. Wij dragen dit.")
    segway = ruimte.deviation_record(
        actor=fatima, person=_person(households, "dekker"), guideline=None,
        rule_words="Vervoer: eerst de goedkoopst adequate voorziening (scootmobiel)", amount=Decimal("6400"),
        instead="Een segway, ongeveer twee keer de prijs van een scootmobiel.",
        why="Hij kan niet zitten. Een scootmobiel heeft hij niets aan. Met een segway brengt hij zijn kinderen "
            "zelf naar school.", different="Alleen dit is adequaat voor hem.",
        waarden=_waarden("(economische) zelfredzaamheid", "adequaatheid"), wordt_regel=WordtRegel.NEE)
    ruimte.deviation_cover(actor=henk, deviation=segway, words="Maatwerk, goed gemotiveerd. Akkoord.")

    # The brother-in-law: an open deviation, discussed in a casusoverleg.
    zwager = ruimte.deviation_record(
        actor=users["anouk"], person=_person(households, "pronk"), rule_words="Handhaving: vermoeden van zwartwerk",
        instead="Geen fraudezaak. Het werk bij zijn zwager legaal maken, rijbewijs regelen, zijn zus doet de "
                "financiën.", why="Hij werkt al. Een fraudezaak duwt hem terug; legaal werk haalt hem uit de "
                                 "bijstand. Ik mag hem niet, maar daar gaat het niet om.",
        different="Er is werk en er is familie die wil helpen.",
        waarden=_waarden("eigen verantwoordelijkheid", "compassie"),
        dilemma="respect_interventie", values_words="Empathie, geen sympathie.", wordt_regel=WordtRegel.MISSCHIEN)
    ruimte.casusoverleg_record(actor=users["anouk"], deviation=zwager, held_on=_ago(5),
                               participants=["teamleider", "werk_inkomen", "jurist", "schuldhulp"],
                               question="Fraudezaak of het werk legaal maken?",
                               decision="Het werk legaal maken; over drie maanden terugkijken.",
                               reasoning="Fraude terugvorderen levert niets op en maakt het erger. Legaal werk "
                                         "maakt hem onafhankelijk. De jurist ziet ruimte in art. 18 Pw.")

    # The peildatum: a discussed dilemma, not covered because it is not lawful.
    peildatum = ruimte.deviation_record(
        actor=users["linda"], person=_person(households, "verbeek"), guideline=g["peildatum-langdurigheidstoeslag"],
        instead="De aanvraag binnen de beslistermijn laten liggen tot de peildatum voorbij is.",
        why="Ze vroeg twee weken te vroeg. Afwijzen betekent opnieuw beginnen, voor twee weken.",
        different="Het scheelt haar een nieuwe aanvraag en ons werk.",
        waarden=_waarden("rechtmatigheid", "billijkheid"),
        values_words="De regel of het geweten. Ik zeg zelf: dit is niet rechtmatig.", wordt_regel=WordtRegel.JA)
    ruimte.deviation_discuss(actor=users["sanne"], deviation=peildatum,
                             words="Met Sanne besproken. Binnen de beslistermijn mag het; ervoor toekennen niet.")
    ruimte.deviation_decline_cover(actor=ingrid, deviation=peildatum,
                                   words="Binnen de termijn houden is in orde. Eerder toekennen dekken we niet.")

    # Ironing: a deviation that became the rule.
    strijken = ruimte.deviation_record(
        actor=users["sanne"], person=_person(households, "kuipers"), guideline=g["hulp-huishouden"],
        instead="Eén uur extra per week voor strijken.", why="Ze kan niet strijken; daar was geen tijd voor.",
        different="We haalden haar taken samen uit elkaar.", waarden=_waarden("respect"), wordt_regel=WordtRegel.JA)
    ruimte.deviation_cover(actor=ingrid, deviation=strijken, words="Dit had in de regel moeten staan.")
    current = g["hulp-huishouden"].current
    ruimte.guideline_version_add(
        actor=gerda, guideline=g["hulp-huishouden"], deviations=[strijken],
        reason="Strijken hoort erbij: uit een afwijking die gedekt werd.", rule=current.rule, bron=current.bron,
        source_ref=current.source_ref, purpose=current.purpose, examples=current.examples,
        norm_quantity=current.norm_quantity, norm_unit=current.norm_unit, valid_from=_ago(30),
        room=current.room + " Eén uur extra als iemand niet kan strijken.")

    # A refused deviation turned into a barrier, with an owner at the right level.
    wasmachine = ruimte.deviation_record(
        actor=users["anouk"], person=_person(households, "de_jong"), guideline=g["bijzondere-bijstand"],
        instead="Een wasmachine uit bijzondere bijstand, naast de schuldregeling.", amount=Decimal("400"),
        why="De oude is kapot en er blijft niets over.", different="Drie kinderen, elke dag was.",
        waarden=_waarden("menselijkheid"), wordt_regel=WordtRegel.JA, why_differs="Geen eerdere besluiten.")
    ruimte.deviation_refuse(actor=henk, deviation=wasmachine, words="De beleidsregel sluit het uit bij een "
                                                                    "schuldregeling.",
                            tried="Een fonds gevraagd (afgewezen), de kringloop (geen voorraad).")
    ruimte.barrier_report(actor=users["anouk"], deviation=wasmachine, guideline=g["bijzondere-bijstand"],
                          title="Geen bijzondere bijstand naast een schuldregeling", source=BarrierSource.LOKALE_REGEL,
                          owner=bas, cost_money=Decimal("400"), cost_situation="Drie weken geen wasmachine.",
                          tried="Een fonds gevraagd (afgewezen), de kringloop (geen voorraad).",
                          proposal="Noodzakelijke kosten buiten de aflossingsruimte laten vallen.")

    # The signature: a werkproces barrier, answered to its reporter.
    signature = ruimte.barrier_report(
        actor=users["joost"], title="Verwijzing jeugdhulp terug om een handtekening op de verkeerde pagina",
        source=BarrierSource.WERKPROCES, owner=henk, cost_time="Twee weken per post",
        cost_situation="Een kind van vijf wacht twee weken langer op hulp.",
        proposal="Toestemming één keer vastleggen, niet per formulier.")
    ruimte.barrier_move(actor=henk, barrier=signature, status=BarrierStatus.IN_BEHANDELING,
                        words="Besproken met de jeugdhulpaanbieder.")
    ruimte.barrier_move(actor=henk, barrier=signature, status=BarrierStatus.AANGEPAST,
                        words="Toestemming staat nu één keer in het dossier; de aanbieder accepteert dat.")

    # A waiting list is a barrier too; this one lies too long with its owner and rises to the manager.
    wait = ruimte.barrier_report(actor=users["youssef"], title="Wachtlijst jeugd-GGZ",
                                 source=BarrierSource.KETENPARTNER, owner=ingrid, waiting_weeks=14,
                                 waiting_count=38, cost_situation="Kinderen wachten drie maanden; het wordt erger.")
    Barrier.objects.filter(pk=wait.pk).update(moved_at=timezone.now() - dt.timedelta(days=40))

    _load_money(users, households, g)


def _load_money(users, households, g):
    gerda, fatima, anouk = users["gerda"], users["fatima"], users["anouk"]
    year = timezone.localdate().year
    noord, zuid = fatima.team, users["sanne"].team
    for team, factor in ((noord, 1), (zuid, 1)):
        money.budget_set(actor=gerda, year=year, wet=Wet.WMO, amount=Decimal("60000") * factor, team=team)
        money.budget_set(actor=gerda, year=year, wet=Wet.JEUGDWET, amount=Decimal("80000"), team=team)
    money.budget_set(actor=gerda, year=year, wet=Wet.PARTICIPATIEWET, amount=Decimal("25000"),
                     free_amount=Decimal("5000"), team=noord, population="Inwoners van De Weide",
                     social_goal="Bestaanszekerheid: niemand in De Weide zonder eten of vervoer.")
    money.budget_set(actor=gerda, year=year, wet=Wet.PARTICIPATIEWET, amount=Decimal("20000"), team=zuid)
    for v in Voorziening.objects.filter(archived=False, beschikking__status__in=(
            BeschikkingStatus.VASTGESTELD, BeschikkingStatus.VERZONDEN)).exclude(uitkomst="afgewezen") \
            .select_related("beschikking__person__household", "beschikking__plan"):
        money.cost_book_voorziening(actor=v.beschikking.author, voorziening=v)
    # The dog, within the guideline's room; small help booked in seconds.
    osman = _person(households, "osman")
    money.help_book(actor=anouk, person=osman, what="Hond uit het asiel", wet=Wet.WMO, guideline=g["huisdier"],
                    lines=[{"what": "Eerste bezoek dierenarts", "amount": Decimal("65")},
                           {"what": "Mand en riem", "amount": Decimal("45")},
                           {"what": "Voer, eerste maand", "amount": Decimal("30")}], from_free_part=False)
    saskia = _person(households, "van_dalen", "Saskia")
    money.help_book(actor=anouk, person=saskia, what="Treinkaartje en eten", guideline=g["bijzondere-bijstand"],
                    lines=[{"what": "Treinkaartje", "amount": Decimal("23.40")},
                           {"what": "Eten", "amount": Decimal("10")}],
                    from_free_part=True)
    # Gezin Van Dalen: contributions and cuts that pile up.
    abonnement = money.bijdrage_regel_create(
        actor=gerda, name="Wmo-abonnementstarief", kind=BijdrageKind.EIGEN_BIJDRAGE, wet=Wet.WMO,
        monthly_amount=Decimal("21.80"), words="Een vast bedrag per maand voor ondersteuning thuis.",
        valid_from=_ago(365))
    for kind, scheme, amount, rule in (
            (BijdrageKind.EIGEN_BIJDRAGE, "Begeleiding en woningaanpassing (Wmo)", Decimal("21.80"), abonnement),
            (BijdrageKind.KORTING, "Bijstand: kostendelersnorm (Jeffrey werkt op zaterdag)", Decimal("85"), None),
            (BijdrageKind.TERUGBETALING, "Lening inrichting na de scheiding", Decimal("45"), None),
            (BijdrageKind.TERUGBETALING, "Taakstraf Jeffrey: schadevergoeding", Decimal("25"), None)):
        money.bijdrage_add(actor=anouk, person=saskia, kind=kind, scheme=scheme, monthly_amount=amount,
                           starts_on=_ago(60), rule=rule)
    # The rule changes from next year: a new version; Saskia's contribution keeps the one she started under.
    next_year = dt.date(timezone.localdate().year + 1, 1, 1)
    money.bijdrage_regel_version_add(actor=gerda, regel=abonnement, monthly_amount=Decimal("22.40"),
                                     words="Een vast bedrag per maand voor ondersteuning thuis.", valid_from=next_year,
                                     reason="Het landelijke abonnementstarief gaat omhoog.")
