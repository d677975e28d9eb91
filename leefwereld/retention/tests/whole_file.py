"""One of every row the retention kinds of ADR 0045 cover, for one household: cheap, straight through the ORM.

The services are tested in their own apps; the job only needs rows with words in them, links between them,
and the awkward cases (a ground of safety, a representative's agreement, a Jeugdwet decision beside a Wmo one).
"""
import datetime as dt
from decimal import Decimal

from django.core.files.base import ContentFile
from django.utils import timezone

from leefwereld.coordination.models import (
    ActionEntry,
    Escalation,
    EscalationStep,
    Referral,
    ReferralEvent,
    SharingGround,
    Veiligheidsplan,
)
from leefwereld.coordination.tests.factories import KaartEntryFactory, OrganisationFactory
from leefwereld.decisions.models import (
    Beschikking,
    BeschikkingStap,
    BeschikkingVersie,
    Bezwaar,
    Brief,
    Ingebrekestelling,
    Procedure,
    TermijnWijziging,
    Voorziening,
    Wet,
)
from leefwereld.documenten.models import Document, DocumentCategorie
from leefwereld.koppelingen.models import Aanbieder, Bericht, Toewijzing, VerzoekOmToewijzing, ZaakRegistratie
from leefwereld.learning.overleg import Overleg
from leefwereld.money.models import Bijdrage, Cost, CostLine
from leefwereld.plans.models import Action, Agreement, Goal, Plan
from leefwereld.portal.models import InzageVerzoek
from leefwereld.ruimte.models import Bespreking, Deviation, DeviationStep
from leefwereld.toezicht.models import Noodtoegang

WORDS = "Mevrouw Jansen woont sinds de scheiding alleen met de kinderen"  # free text that must go


def _decision(pro, person, wet):
    """A procedure with a moved deadline and a notice of default, a sent beschikking with a letter, a version,
    a step and a bezwaar: all under one law."""
    today = dt.date(2004, 3, 1)
    procedure = Procedure.objects.create(household=person.household, person=person, wet=wet, kind="aanvraag",
                                         received_on=today, subject=WORDS, deadline=today, handled_by=pro,
                                         closed_words=WORDS)
    TermijnWijziging.objects.create(household=person.household, procedure=procedure, kind="verdaging", reason=WORDS,
                                    from_on=today, deadline_before=today, by=pro)
    Ingebrekestelling.objects.create(household=person.household, procedure=procedure, received_on=today, by=pro)
    beschikking = Beschikking.objects.create(household=person.household, person=person, author=pro,
                                             status="verzonden", why_different=WORDS, sent_on=today)
    Voorziening.objects.create(household=person.household, beschikking=beschikking, procedure=procedure, wet=wet,
                               artikel="art. 2.3.5 lid 3", product=WORDS, uitkomst="toegekend", unit="uur per week",
                               amount=Decimal("4225"), motivation=WORDS, eigen_norm=WORDS)
    BeschikkingVersie.objects.create(household=person.household, beschikking=beschikking, number=1,
                                     snapshot={"motivation": WORDS}, reason=WORDS, by=pro)
    BeschikkingStap.objects.create(household=person.household, beschikking=beschikking, status="verzonden",
                                   note=WORDS, by=pro)
    Brief.objects.create(household=person.household, beschikking=beschikking, pdf=b"%PDF-1.7 " + WORDS.encode(),
                         sha256="a" * 64, language="nl", by=pro)
    Bezwaar.objects.create(household=person.household, beschikking=beschikking, received_on=today, grounds=WORDS,
                           deadline=today, hearing_notes=WORDS, handled_by=pro)
    return beschikking


def _exchange(pro, person, beschikking, standaard, n):
    aanbieder, _ = Aanbieder.objects.get_or_create(agb_code="12345678", defaults={"name": "Thuiszorg West"})
    voorziening = beschikking.voorzieningen.get()
    toewijzing = Toewijzing.objects.create(household=person.household, person=person, voorziening=voorziening,
                                           aanbieder=aanbieder, standaard=standaard, nummer=f"{person.pk:04d}{n:04d}",
                                           product_categorie="02", product_code="02A01",
                                           ingangsdatum=dt.date(2004, 3, 1), by=pro)
    sent = Bericht.objects.create(household=person.household, aanbieder=aanbieder, toewijzing=toewijzing,
                                  richting="uit", soort=f"{standaard}301", identificatie=f"{n}",
                                  xml=f"<Bsn>{person.bsn}</Bsn>{WORDS}", uitleg=WORDS)
    # A message that reached the household without an assignment (a request's answer, say): law by its kind.
    Bericht.objects.create(household=person.household, aanbieder=aanbieder, antwoord_op=sent, richting="in",
                           soort=f"{standaard}302", xml=WORDS, retourcodes="0200")
    VerzoekOmToewijzing.objects.create(household=person.household, person=person, aanbieder=aanbieder,
                                       standaard=standaard, referentie=f"REF{person.pk}-{n}", bsn=person.bsn,
                                       achternaam=person.family_name, ingangsdatum=dt.date(2004, 3, 1),
                                       verwijzer="01", commentaar=WORDS)
    ZaakRegistratie.objects.create(household=person.household, beschikking=beschikking, by=pro,
                                   zaak_url=f"https://zaken.example/{person.pk}/{n}",
                                   document_url=f"https://documenten.example/{person.pk}/{n}")


def build(pro, person):
    """Every kind of ADR 0045 in one file; returns the rows a test looks at."""
    household = person.household
    plan = Plan.objects.create(household=household, author=pro)
    goal = Goal.objects.create(household=household, plan=plan, person=person, words=WORDS)
    action = Action.objects.create(household=household, goal=goal, what=WORDS, actor_kind="partner")
    Agreement.objects.create(household=household, plan=plan, revision=1, speaker_kind="vertegenwoordiger",
                             representative_name="Mr. De Boer", representative_role="curator", agrees=False,
                             how="gesprek", on=dt.date(2004, 3, 1), disagreement=WORDS, recorded_by=pro)
    wmo = _decision(pro, person, Wet.WMO)
    jeugd = _decision(pro, person, Wet.JEUGDWET)
    _exchange(pro, person, wmo, "wmo", 1)
    _exchange(pro, person, jeugd, "jw", 2)

    organisation = OrganisationFactory()
    ground = SharingGround.objects.create(household=household, person=person, kind="veiligheid",
                                          organisation=organisation, scopes=["plan"], purpose=WORDS,
                                          safety_ground="kind_in_gevaar", reason=WORDS, recorded_by=pro)
    SharingGround.objects.create(household=household, person=person, kind="toestemming", organisation=organisation,
                                 scopes=["plan"], purpose=WORDS, how="gesprek", recorded_by=pro)
    referral = Referral.objects.create(household=household, action=action, organisation=organisation, ground=ground,
                                       question=WORDS, due_on=dt.date(2004, 3, 1), parts=["plan"],
                                       parts_why={"plan": WORDS}, sent_by=pro)
    ReferralEvent.objects.create(household=household, referral=referral, kind="verstuurd", text=WORDS, by=pro)
    escalation = Escalation.objects.create(household=household, plan=plan, referral=referral, question=WORDS,
                                           options=WORDS, due_on=dt.date(2004, 3, 1), owner=pro, raised_by=pro,
                                           decision=WORDS, reasoning=WORDS)
    EscalationStep.objects.create(household=household, escalation=escalation, level=1, owner=pro, why=WORDS,
                                  due_on=dt.date(2004, 3, 1))
    ActionEntry.objects.create(household=household, action=action, entry=KaartEntryFactory())
    Veiligheidsplan.objects.create(household=household, plan=plan, who_safe=WORDS, agreements=WORDS, signals=WORDS,
                                   by=pro)

    deviation = Deviation.objects.create(household=household, person=person, team=household.team, rule_words=WORDS,
                                         instead=WORDS, why=WORDS, different=WORDS, amount=Decimal("250"), author=pro)
    DeviationStep.objects.create(household=household, deviation=deviation, kind="collega", words=WORDS, tried=WORDS,
                                 by=pro)
    overleg = Overleg.objects.create(team=household.team, kind="casusoverleg", held_on=dt.date(2004, 3, 1),
                                     question="Hoe gaan we om met afwijkingen?", author=pro)
    Bespreking.objects.create(household=household, overleg=overleg, deviation=deviation, question=WORDS,
                              decision=WORDS, reasoning=WORDS, by=pro)

    cost = Cost.objects.create(household=household, person=person, plan=plan, kind="eenmalig", what=WORDS,
                               wet=Wet.PARTICIPATIEWET, year=2004, booked_on=dt.date(2004, 3, 1),
                               total=Decimal("85.50"), team=household.team, why_differs=WORDS, by=pro)
    CostLine.objects.create(household=household, cost=cost, what=WORDS, amount=Decimal("85.50"))
    Bijdrage.objects.create(household=household, person=person, kind="eigen_bijdrage", scheme=WORDS, wet=Wet.WMO,
                            monthly_amount=Decimal("21.60"), starts_on=dt.date(2004, 3, 1), by=pro)
    return {"plan": plan, "wmo": wmo, "jeugd": jeugd, "cost": cost}


def document(pro, person, category_name, content=b"%PDF-1.7 verklaring"):
    """A document with stored content, in one of the starting categories (documenten migration 0002)."""
    return Document.objects.create(household=person.household, part="huishouden",
                                   category=DocumentCategorie.objects.get(name=category_name), description=WORDS,
                                   file=ContentFile(content, name="verklaring.pdf"), original_name="verklaring.pdf",
                                   content_type="application/pdf", size=len(content), sha256="b" * 64,
                                   uploaded_by=pro)


def inzage(pro, person, *, ready_at):
    """A prepared inzage with its two stored files, ready at `ready_at`."""
    verzoek = InzageVerzoek.objects.create(household=person.household, person=person, requested_by=pro,
                                           status="klaar", ready_at=ready_at)
    verzoek.pdf.save("inzage.pdf", ContentFile(b"%PDF-1.7 " + WORDS.encode()), save=False)
    verzoek.json.save("inzage.json", ContentFile(b'{"words": "' + WORDS.encode() + b'"}'), save=False)
    verzoek.save()
    InzageVerzoek.objects.filter(pk=verzoek.pk).update(created_at=ready_at)
    verzoek.refresh_from_db()
    return verzoek


def noodtoegang(pro, person, *, until):
    return Noodtoegang.objects.create(household=person.household, person=person, by=pro, reason=WORDS,
                                      opened_at=until - dt.timedelta(hours=4), until=until)


def at(day):
    return timezone.make_aware(dt.datetime.combine(day, dt.time(12)))
