"""Demo procedures and decisions from the practice cases, built through the real decision services.

The resident's own norm (Brouwer), ironing (Kuipers: a herziening after bezwaar), the segway (Dekker),
the sauna (Hendriks), a pgb waiting for someone with the mandate (Willems), a refusal with a bezwaar in
progress (De Jong), a withdrawn aanvraag (Jansen), a melding without aanvraag (Tante Bet), Gezin Van
Dalen with a Jeugdwet and a Participatiewet procedure (one past its deadline, with a running penalty),
and procedures in every state. A few dates are set back directly, as if the work happened earlier.
"""
import datetime as dt
from decimal import Decimal

from leefwereld.coordination.models import KaartEntry, Level
from leefwereld.decisions import services
from leefwereld.decisions.models import (
    Beschikking,
    BezwaarUitkomst,
    Mandaat,
    ProcedureKind,
    ProcedureStatus,
    Uitkomst,
    Vorm,
    Wet,
)
from leefwereld.intake.models import Vraag
from leefwereld.residents.models import Person

MANDATES = [("fatima", Wet.WMO, "10000"), ("marieke", Wet.WMO, "3000"), ("sanne", Wet.WMO, None),
            ("anouk", Wet.PARTICIPATIEWET, "1500"), ("linda", Wet.PARTICIPATIEWET, "2000"),
            ("joost", Wet.JEUGDWET, "25000"), ("youssef", Wet.JEUGDWET, "25000"),
            *[("henk", wet, None) for wet in Wet.values], *[("ingrid", wet, None) for wet in Wet.values]]

HOURS = {"unit": "uur per week", "vorm": Vorm.NATURA, "unit_price": Decimal("32.50")}


def _ago(days):
    return dt.date.today() - dt.timedelta(days=days)


def _person(households, key, given=None):
    members = Person.objects.filter(household=households[key]).order_by("id")
    return members.get(given_name=given) if given else members.first()


def _start(actor, person, wet, days_ago, subject, kind=ProcedureKind.AANVRAAG, vraag=None):
    return services.procedure_start(actor=actor, person=person, wet=wet, kind=kind, received_on=_ago(days_ago),
                                    subject=subject, vraag=vraag)


def _maatwerk(name):
    """A maatwerk entry of the demo's sociale kaart (loaded before the decisions), by name."""
    return KaartEntry.objects.filter(level=Level.MAATWERK, name=name).first()


def _decision(actor, person, procedure, rows, *, decide=True, send=False, plan=None):
    b = services.beschikking_draft(actor=actor, person=person, procedure=procedure, plan=plan)
    for row in rows:
        b.refresh_from_db()
        data = {"wet": procedure.wet, "uitkomst": Uitkomst.TOEGEKEND, "starts_on": dt.date.today(), **row}
        entry = data.pop("kaart", None)
        services.voorziening_save(actor=actor, beschikking=b, expected_version=b.version, data=data,
                                  procedure=procedure, kaart_entry=_maatwerk(entry) if entry else None)
    b.refresh_from_db()
    if decide:
        services.beschikking_decide(actor=actor, beschikking=b, expected_version=b.version)
    else:
        services.beschikking_propose(actor=actor, beschikking=b, note="Boven mijn mandaat: graag vaststellen.")
    if send:
        b.refresh_from_db()
        services.beschikking_send(actor=actor, beschikking=b, language="nl")
    b.refresh_from_db()
    return b


def _sent_earlier(b, days_ago):
    """As if sent `days_ago` days ago (demo history); the bezwaar term follows the same rule."""
    from leefwereld.core.termijnen import Kalender
    from leefwereld.decisions.deadlines import bezwaar_until

    sent = _ago(days_ago)
    Beschikking.objects.filter(pk=b.pk).update(sent_on=sent, decided_on=sent,
                                               bezwaar_until=bezwaar_until(Kalender.load(), sent))
    b.refresh_from_db()
    return b


def load_decisions(users, households):
    Mandaat.objects.bulk_create([Mandaat(user=users[u], wet=wet, max_amount=Decimal(amount) if amount else None)
                                 for u, wet, amount in MANDATES])
    fatima, sanne, anouk, marieke, joost = (users[n] for n in ("fatima", "sanne", "anouk", "marieke", "joost"))

    # 1. The resident's own norm: 2.5 hours where the guideline gives 4.
    # The melding came from her vraag; the provision was chosen from the sociale kaart (its tariff).
    brouwer = _person(households, "brouwer")
    vraag = Vraag.objects.filter(person=brouwer).order_by("received_on").first()
    melding = _start(fatima, brouwer, Wet.WMO, 20, "Hulp bij het huishouden", ProcedureKind.MELDING, vraag=vraag)
    p = services.melding_to_aanvraag(actor=fatima, melding=melding, received_on=_ago(6),
                                     expected_version=melding.version)
    _decision(fatima, brouwer, p, [dict(HOURS, unit_price=None, kaart="Hulp bij het huishouden",
                                        artikel="art. 2.3.5 lid 3", product="Hulp bij het huishouden",
                                        quantity=Decimal("2.5"), guideline_quantity=Decimal("4"),
                                        amount=Decimal("4446"), ends_on=dt.date.today() + dt.timedelta(days=364),
                                        eigen_norm="Tweeënhalf uur is genoeg. De rest doet mijn zoon.",
                                        motivation="Sinds uw heupoperatie lukt schoonmaken niet meer. U zei zelf "
                                                   "dat tweeënhalf uur per week genoeg is. Dat volgen we.",
                                        why_differs="Minder dan de richtlijn: haar eigen norm, haar zoon doet "
                                                    "de rest.")],
              send=True)

    # 2. Ironing: 3 hours, bezwaar, one extra hour after taking her tasks apart; the court case is withdrawn.
    kuipers = _person(households, "kuipers")
    p = _start(sanne, kuipers, Wet.WMO, 120, "Hulp bij het huishouden")
    first = _sent_earlier(_decision(sanne, kuipers, p, [dict(
        HOURS, artikel="art. 2.3.5 lid 3", product="Hulp bij het huishouden", quantity=Decimal("3"),
        amount=Decimal("5070"), motivation="Drie uur per week voor schoonmaken en de was.")], send=True), 100)
    bezwaar = services.bezwaar_register(actor=sanne, beschikking=first, received_on=_ago(80),
                                        grounds="Ik kan niet strijken. Daar is geen tijd voor gerekend.")
    services.bezwaar_hearing(actor=sanne, bezwaar=bezwaar, hearing_on=_ago(60),
                             notes="Samen haar taken uit elkaar gehaald: alles lukt, behalve strijken.")
    new = services.bezwaar_decide(actor=sanne, bezwaar=bezwaar, uitkomst=BezwaarUitkomst.GEGROND,
                                  words="Strijken kost haar een uur per week.", decided_on=_ago(55))
    row = new.voorzieningen.get()
    services.voorziening_save(actor=sanne, beschikking=new, expected_version=new.version, voorziening=row, data=dict(
        HOURS, wet=Wet.WMO, artikel="art. 2.3.5 lid 3", product="Hulp bij het huishouden", uitkomst=Uitkomst.TOEGEKEND,
        quantity=Decimal("4"), amount=Decimal("6760"), motivation="Vier uur per week: drie voor schoonmaken en de "
                                                                  "was, één uur extra voor het strijken.",
        why_differs="Meer dan het team meestal geeft: zij kan niet strijken, dat kost een uur per week."))
    new.refresh_from_db()
    services.beschikking_explain(actor=sanne, beschikking=new, expected_version=new.version, benefit_of_doubt=False,
                                 why_different="We hebben uw taken samen bekeken. Strijken lukt u niet, en daar "
                                               "was geen tijd voor. Nu wel. U heeft de rechtszaak ingetrokken.")
    new.refresh_from_db()
    services.beschikking_decide(actor=sanne, beschikking=new, expected_version=new.version)
    new.refresh_from_db()
    services.beschikking_send(actor=sanne, beschikking=new, language="nl")

    # 3. The segway: maatwerk, about twice the price of a mobility scooter, motivated; decided, not sent yet.
    dekker = _person(households, "dekker")
    melding = _start(fatima, dekker, Wet.WMO, 30, "Vervoer: kinderen naar school brengen", ProcedureKind.MELDING)
    p = services.melding_to_aanvraag(actor=fatima, melding=melding, received_on=_ago(4),
                                     expected_version=melding.version)
    _decision(fatima, dekker, p, [{
        "artikel": "art. 2.3.5 lid 3", "product": "Segway (vervoersvoorziening)", "vorm": Vorm.NATURA, "unit": "stuk",
        "quantity": Decimal("1"), "amount": Decimal("6400"),
        "motivation": "U kunt niet zitten. Een scootmobiel heeft u dus niets aan. Met een segway brengt u uw "
                   "kinderen zelf naar school. Hij kost ongeveer twee keer zoveel als een scootmobiel. Dat vinden "
                   "wij het waard, omdat alleen dit u echt helpt.",
        "why_differs": "Twee keer de prijs van een scootmobiel: hij kan niet zitten, alleen een segway werkt."}])

    # 4. The sauna: bijzondere bijstand for a taxi pass.
    hendriks = _person(households, "hendriks")
    p = _start(users["linda"], hendriks, Wet.PARTICIPATIEWET, 12, "Taxipas voor de sauna")
    _decision(users["linda"], hendriks, p, [{
        "artikel": "art. 35 lid 1", "product": "Bijzondere bijstand: taxipas", "vorm": Vorm.GELD,
        "kaart": "Bijzondere bijstand",
        "amount": Decimal("1248"),
        "ends_on": dt.date.today() + dt.timedelta(days=364),
        "motivation": "Drie keer per week naar de sauna houdt u gezond en blij. Daar ziet u uw vrienden. Dat is "
                   "goedkoper dan dagbesteding."}], send=True)

    # 5. A pgb above the professional's mandate: proposed, waiting for the team leader.
    willems = _person(households, "willems")
    p = _start(marieke, willems, Wet.WMO, 9, "Begeleiding thuis, door iemand die ze kent")
    _decision(marieke, willems, p, [{
        "artikel": "art. 2.3.6", "product": "Begeleiding thuis", "vorm": Vorm.PGB, "unit": "uur per week",
        "quantity": Decimal("3"),
        "amount": Decimal("7800"), "motivation": "U wilt begeleiding van iemand die u al kent. Met een pgb kan dat."}],
              decide=False)

    # 6. A refusal, sent earlier, with a bezwaar in progress whose deadline is near.
    de_jong = _person(households, "de_jong")
    p = _start(anouk, de_jong, Wet.PARTICIPATIEWET, 95, "Bijzondere bijstand voor een wasmachine")
    refused = _sent_earlier(_decision(anouk, de_jong, p, [{
        "artikel": "art. 35 lid 1", "product": "Bijzondere bijstand: wasmachine", "uitkomst": Uitkomst.AFGEWEZEN,
        "vorm": "",
        "legal_ground": "Participatiewet art. 35 lid 1: de kosten passen in de aflossingsruimte van de schuldregeling.",
        "motivation": "U kunt de wasmachine betalen uit het geld dat u opzij zet. Samen met uw schuldhulpverlener "
                   "kijken we hoe dat gaat."}], send=True), 80)
    services.bezwaar_register(actor=anouk, beschikking=refused, received_on=_ago(60),
                              grounds="Er blijft geen geld over. De oude wasmachine is kapot.")

    # 7. A withdrawn aanvraag; a melding that ended without one.
    jansen = _person(households, "jansen_a")
    p = _start(joost, jansen, Wet.JEUGDWET, 40, "Jeugdhulp bij het slapen")
    services.procedure_close(actor=joost, procedure=p, status=ProcedureStatus.INGETROKKEN, on=_ago(25),
                             words="Met de slaapcursus van het consultatiebureau is het opgelost.",
                             expected_version=p.version)
    bet = _person(households, "tante_bet")
    p = _start(marieke, bet, Wet.WMO, 50, "Verhuizing naar het verpleeghuis", ProcedureKind.MELDING)
    services.procedure_close(actor=marieke, procedure=p, status=ProcedureStatus.ZONDER_AANVRAAG, on=_ago(20),
                             words="De zorg komt uit de Wlz. We helpen met wat voor haar telt: kerk en dorp.",
                             expected_version=p.version)

    # 8. Gezin Van Dalen: Jeugdwet for Amanda, Participatiewet for Saskia (late, with a penalty), a suspended Wmo.
    saskia = _person(households, "van_dalen", "Saskia")
    amanda = _person(households, "van_dalen", "Amanda")
    _start(joost, amanda, Wet.JEUGDWET, 20, "Ondersteuning thuis bij boosheid (VSO-overstap)")
    late = _start(anouk, saskia, Wet.PARTICIPATIEWET, 90, "Bijstand: aanvulling na de scheiding")
    services.ingebrekestelling_record(actor=anouk, procedure=late, received_on=_ago(25))
    wmo = _start(anouk, saskia, Wet.WMO, 6, "Woningaanpassing: douche")
    services.procedure_suspend(actor=anouk, procedure=wmo, asked_on=_ago(3),
                               reason="Het advies van de ergotherapeut ontbreekt nog.", expected_version=wmo.version)

    # 9. Still running: a melding in its first week, and an aanvraag past its deadline.
    _start(anouk, _person(households, "osman"), Wet.WMO, 3, "Eenzaam sinds de verhuizing", ProcedureKind.MELDING)
    _start(fatima, _person(households, "peters"), Wet.WMO, 20, "Rolstoel")
