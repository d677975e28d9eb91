"""Noodtoegang and unusual access in the demo, so the privacy officer's report (mirjam) is not empty.

Two emergency openings through the real service: Youssef (Zuid) opens Saskia van Dalen's file, which Saskia
sees with the reason in Mijn Leefwereld and Ingrid (Zuid's leader) on her werkvoorraad; Anouk (Noord) opens the
Kuipers' file, which Henk sees. Then the file is looked at, as after a real opening (a file of another team).
Sanne's late look at her own team's files last Saturday is written as audit_record() would, with a past moment
(as demo/scale.py does for history), so "buiten werktijd" shows something whenever the demo is loaded.
"""
import datetime as dt

from django.utils import timezone

from leefwereld.audit.models import AuditEvent
from leefwereld.residents import selectors as resident_selectors
from leefwereld.residents import services as resident_services
from leefwereld.residents.models import Person
from leefwereld.toezicht import services as toezicht_services

OPENINGS = [
    ("youssef", "van_dalen", "Saskia", "Politie belt om 21.00 uur: de kinderen van mevrouw zijn alleen thuis "
                                       "aangetroffen. Ik zoek wie uit het netwerk kan komen; het eigen team is "
                                       "niet bereikbaar."),
    ("anouk", "kuipers", None, "Huisarts meldt acuut gevaar voor de kinderen, de contactpersoon is ziek en de "
                               "vervanger op huisbezoek. Ik moet weten welke afspraken er in het veiligheidsplan "
                               "staan."),
]
BSNS = {"kuipers": "111222357"}


def load_toezicht(users, households):
    for username, key, given, reason in OPENINGS:
        people = Person.objects.filter(household=households[key]).order_by("birth_date")
        person = people.filter(given_name=given).first() if given else people.first()
        if not person.bsn:  # recorded by the team, as the portal's demo residents are
            person = resident_services.person_update(actor=person.contactpersoon or users["ingrid"], person=person,
                                                     expected_version=person.version, data={"bsn": BSNS[key]})
        actor = users[username]
        toezicht_services.noodtoegang_open(actor=actor, bsn=person.bsn, reason=reason)
        resident_selectors.person_get(actor=actor, public_id=person.public_id)  # the look it was for
    _late_looks(users["sanne"], [households[k] for k in ("kuipers", "hendriks", "groen")])


def _late_looks(actor, households):
    today = timezone.localdate()
    saturday = today - dt.timedelta(days=(today.weekday() - 5) % 7 or 7)
    late = timezone.make_aware(dt.datetime.combine(saturday, dt.time(23, 10)))
    for i, household in enumerate(households):
        person = Person.objects.filter(household=household).order_by("birth_date").first()
        AuditEvent.objects.create(
            at=late + dt.timedelta(minutes=4 * i), actor=actor, actor_name=actor.get_full_name(),
            actor_role=actor.role, actor_team_pk=actor.team_id, action="persons.view", household_pk=household.pk,
            household_team_pk=household.team_id, person_pk=person.pk, object_type="residents.person",
            object_ref=str(person.public_id))
