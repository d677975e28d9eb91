"""Mijn Leefwereld in the demo: residents who sign in at the local broker, a representative, messages.

The broker's accounts (`sub` is what one types at its sign-in page) come from RESIDENTS; `make run` starts
the broker with them and prints them (manage.py portal_broker).
"""
import datetime as dt

from leefwereld.core.termijnen import Kalender
from leefwereld.kompas import survey_services
from leefwereld.plans.models import RepresentativeRole
from leefwereld.portal import services as portal_services
from leefwereld.portal.models import Bericht, Correctieverzoek, Direction, RepresentationScope, ResidentAccount
from leefwereld.residents import services as resident_services
from leefwereld.residents.models import Person

# sub (the log-in at the broker), BSN, name, and whose file: (household key, given name) of their own file.
RESIDENTS = [
    {"sub": "saskia", "bsn": "123456782", "name": "Saskia van Dalen", "own": ("van_dalen", "Saskia")},
    {"sub": "wilma", "bsn": "111222345", "name": "Wilma Brouwer", "own": ("brouwer", "Wilma")},
    # Not in the file herself: mentor of Elisabeth van Vliet (91).
    {"sub": "bert", "bsn": "111222333", "name": "Bert van Vliet", "own": None},
]


def broker_accounts():
    return [{"sub": r["sub"], "bsn": r["bsn"], "name": r["name"]} for r in RESIDENTS]


def load_portal(users, households):
    for resident in RESIDENTS:
        if resident["own"] is not None:
            key, given = resident["own"]
            person = Person.objects.get(household=households[key], given_name=given)
            actor = person.contactpersoon or users["fatima"]
            resident_services.person_update(actor=actor, person=person, expected_version=person.version,
                                            data={"bsn": resident["bsn"]})
        # The account as a first sign-in would make it (without a log-in in the security log).
        portal_services.resident_account_ensure(subject=resident["sub"], bsn=resident["bsn"], name=resident["name"])
    bet = Person.objects.get(household=households["tante_bet"], given_name="Elisabeth")
    portal_services.representation_record(actor=users["marieke"], person=bet, name="Bert van Vliet",
                                          bsn="111222333", relation=RepresentativeRole.MENTOR,
                                          scope=RepresentationScope.HANDELEN,
                                          ends_on=dt.date.today() + dt.timedelta(days=365 * 3))
    # Saskia asked something last week and had an answer; Wilma's question waits on Fatima's werkvoorraad.
    saskia = Person.objects.get(household=households["van_dalen"], given_name="Saskia")
    wilma = Person.objects.get(household=households["brouwer"], given_name="Wilma")
    asked = _message(saskia, "Mag Ria ook bij het volgende gesprek zijn?", saskia.contactpersoon)
    Bericht.objects.create(household_id=saskia.household_id, person=saskia, direction=Direction.AAN_INWONER,
                           text="Ja, dat is goed. Neemt u haar mee op de 14e?", sender=saskia.contactpersoon,
                           in_reply_to=asked)
    _message(wilma, "Ik kan donderdag niet, kan het ook vrijdag?", wilma.contactpersoon)
    today = dt.date.today()
    # This year's client-experience survey, inviting in Mijn Leefwereld now: Saskia, Wilma and Bert (for
    # Elisabeth) had help this year, so each sees "Wat vond u van onze hulp?" (ADR 0044).
    survey = survey_services.survey_open(actor=users["bas"], year=today.year, wet="wmo")
    survey_services.survey_portal_set(actor=users["bas"], survey=survey, expected_version=survey.version,
                                      portal_from=today - dt.timedelta(days=7),
                                      portal_until=today + dt.timedelta(days=60))
    Correctieverzoek.objects.create(
        household_id=wilma.household_id, person=wilma, what="Mijn telefoonnummer eindigt op 322, niet op 321.",
        should_be="0412 654322", requested_by=ResidentAccount.objects.get(person=wilma).user,
        owner=wilma.contactpersoon, due_on=Kalender.load().period_end(today, months=1))


def _message(person, text, to):
    # The demo's history, written as it stands in the file (the resident did not sign in to load_demo).
    return Bericht.objects.create(household_id=person.household_id, person=person, direction=Direction.VAN_INWONER,
                                  text=text, sender=ResidentAccount.objects.get(person=person).user, to=to)
