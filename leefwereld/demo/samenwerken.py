"""Demo samenwerken, written from the practice cases, through the real services (so the audit log is real).

- Gezin Van Dalen: consent recorded once with Amanda's VSO and Jeffrey's ROC; the school's mentor (ilse) accepts
  and reports progress; the ROC (bram) declines the work-learning place, Anouk escalates, the team leader decides;
  the youth probation service under its statutory task.
- The brother-in-law (Verbeek): the employer, within consent, for a legal job.
- The signature (Yilmaz): consent for youth care recorded once, reused, no signature per form.
- Brouwer: consent with the GP withdrawn. Bakker: safety over consent, seen by the team leader later.
"""
import datetime as dt

from django.db import transaction

from leefwereld.accounts.models import User
from leefwereld.conversations.models import Domain
from leefwereld.coordination.models import EscalationRung, KaartEntry, Organisation, Wijk
from leefwereld.coordination.services import escalation as escalations
from leefwereld.coordination.services import referrals, sharing
from leefwereld.plans.models import Action, Plan
from leefwereld.residents.models import Household, Person

from . import kaart

PARTNER_ORGANISATIONS = {"ilse": "VSO De Brug", "ruud": "Jeugdreclassering William Schrikker",
                         "bram": "ROC Zandhoven"}


def load_kaart():
    organisations = {name: Organisation(name=name, kind=kind, phone=phone) for name, kind, phone in kaart.ORGANISATIONS}
    Organisation.objects.bulk_create(organisations.values())
    organisations = {o.name: o for o in Organisation.objects.all()}
    Wijk.objects.bulk_create(Wijk(name=n, postcodes=p) for n, p in kaart.WIJKEN)
    wijken = {w.name: w for w in Wijk.objects.all()}
    domains = {}
    for d in Domain.objects.filter(instrument__active=True):
        domains.setdefault(d.name, []).append(d)
    for spec in kaart.ENTRIES:
        spec = dict(spec)
        names, where = spec.pop("domains"), spec.pop("wijken")
        org = spec.pop("organisation")
        entry = KaartEntry.objects.create(organisation=organisations.get(org), **spec)
        entry.domains.set([d for name in names for d in domains.get(name, [])])
        entry.wijken.set([wijken[w] for w in where])
    return organisations


def _later(days):
    return dt.date.today() + dt.timedelta(days=days)


def _household(key_name):
    return Household.objects.get(pk=Person.objects.filter(family_name=key_name).values("household_id")[:1])


def _action(household, starts):
    return Action.objects.filter(household=household, what__startswith=starts).first()


@transaction.atomic
def load_samenwerken(users, organisations=None):
    organisations = organisations or load_kaart()
    for username, org in PARTNER_ORGANISATIONS.items():
        User.objects.filter(username=username).update(organisation=organisations[org])
    users = {u.username: u for u in User.objects.filter(username__in=users)}
    EscalationRung.objects.create(order=1, owner=users["marco"], title="Manager zorgketen Zandhoven", working_days=5)
    _van_dalen(users, organisations)
    _brother_in_law(users, organisations)
    _signature(users, organisations)
    _withdrawn(users, organisations)
    _safety(users, organisations)


def _van_dalen(users, org):
    anouk, household = users["anouk"], _household("Dalen")
    school = sharing.ground_record(
        actor=anouk, household=household, kind="toestemming", organisation=org["VSO De Brug"],
        scopes=["plan", "school"], purpose="Amanda's ondersteuningsplan afstemmen met het gezinsplan", how="gesprek",
        ends_on=_later(365))
    action = _action(household, "Ondersteuningsplan van school") or Action.objects.filter(household=household).first()
    referral = referrals.referral_send(
        actor=anouk, household=household, organisation=org["VSO De Brug"], ground=school, action=action,
        question="Wilt u Amanda's ondersteuningsplan naast ons gezinsplan leggen, zodat school en thuis hetzelfde "
                 "doen als ze boos wordt?", due_on=_later(21), parts=["plan", "school"], follow_up_on=_later(3))
    referrals.referral_respond(actor=users["ilse"], referral=referral, kind="geaccepteerd")
    referrals.referral_respond(actor=users["ilse"], referral=referral, kind="voortgang", minutes=45,
                               text="Gesprek met Amanda en haar moeder gehad; rustmoment na de pauze afgesproken.")
    roc = sharing.ground_record(
        actor=anouk, household=household, kind="toestemming", organisation=org["ROC Zandhoven"],
        scopes=["plan", "school"], purpose="Jeffrey's onderwijsovereenkomst en een leerwerkplek", how="gesprek")
    declined = referrals.referral_send(
        actor=anouk, household=household, organisation=org["ROC Zandhoven"], ground=roc,
        action=_action(household, "Afspraken over aanwezigheid"), due_on=_later(14), parts=["plan", "school"],
        question="Kan Jeffrey zijn leerwerkplek bij zijn werkgever krijgen, met afspraken over aanwezigheid?")
    referrals.referral_respond(actor=users["bram"], referral=declined, kind="afgewezen",
                               text="De BBL-klas zit vol tot de zomer; een leerwerkplek buiten de klas kan niet.")
    plan = Plan.objects.get(household=household)
    escalation = escalations.escalation_raise(
        actor=anouk, plan=plan, referral=declined, due_on=_later(5),
        question="Jeffrey dreigt uit te vallen zonder leerwerkplek. Wie zorgt dat hij dit halfjaar kan beginnen?",
        options="Wachten tot de zomer (risico op uitval); BBL bij een ander ROC (reistijd); leerwerkplek nu, "
                "school later erbij via de jobcoach (Participatiewet).")
    escalations.escalation_decide(
        actor=users["henk"], escalation=escalation,
        decision="De jobcoach start nu bij de supermarkt; het ROC neemt Jeffrey in februari op in de BBL-klas.",
        reasoning="Uitval voorkomen gaat voor; de school heeft ingestemd met een start in februari.")
    probation = sharing.ground_record(
        actor=users["joost"], household=household, kind="wettelijke_taak",
        organisation=org["Jeugdreclassering William Schrikker"], scopes=["plan"],
        purpose="Afstemmen van de taakstraf met het gezinsplan", article="Jeugdwet, hoofdstuk 7 (gegevensverwerking)")
    referrals.referral_send(
        actor=users["joost"], household=household, organisation=org["Jeugdreclassering William Schrikker"],
        ground=probation, due_on=_later(10), parts=["plan"],
        question="Kan de taakstraf op zaterdag, zodat Jeffrey zijn zaterdagbaan houdt?")


def _brother_in_law(users, org):
    linda, household = users["linda"], _household("Verbeek")
    ground = sharing.ground_record(
        actor=linda, household=household, kind="toestemming", organisation=org["Hoveniersbedrijf Smits"],
        scopes=["plan"], purpose="Een echte baan met een arbeidscontract", how="gesprek")
    referrals.referral_send(
        actor=linda, household=household, organisation=org["Hoveniersbedrijf Smits"], ground=ground,
        action=Action.objects.filter(household=household).first(), due_on=_later(14), parts=["plan"],
        question="Wilt u meneer een arbeidscontract aanbieden? Zijn zus neemt de financiën over; wij regelen het "
                 "rijbewijs-traject.")


def _signature(users, org):
    youssef, household = users["youssef"], _household("Yilmaz")
    ground = sharing.ground_record(
        actor=youssef, household=household, kind="toestemming", organisation_kind="jeugdhulp", scopes=["verhaal"],
        purpose="Jeugdhulp voor Ayla; één keer vastgelegd, geen handtekening per formulier", how="schriftelijk")
    referrals.referral_send(
        actor=youssef, household=household, organisation=org["Jeugdhulp Brabant-Noord"], ground=ground,
        due_on=_later(10), parts=["verhaal"],
        question="Wilt u Ayla (5) en haar ouders helpen bij de boosheid thuis? De toestemming is vastgelegd; er is "
                 "geen handtekening op papier nodig.")


def _withdrawn(users, org):
    fatima, household = users["fatima"], _household("Brouwer")
    ground = sharing.ground_record(
        actor=fatima, household=household, kind="toestemming", organisation=org["Huisartsenpraktijk De Linde"],
        scopes=["gezondheid", "plan"], purpose="Afstemmen over de heup en de hulp thuis", how="gesprek")
    sharing.ground_withdraw(actor=fatima, ground=ground,
                            note="Mevrouw bespreekt het liever zelf met haar huisarts.")


def _safety(users, org):
    eva, household = users["eva"], _household("Bakker")
    sharing.ground_record(
        actor=eva, household=household, kind="veiligheid", organisation=org["Jeugdhulp Brabant-Noord"],
        scopes=["verhaal", "school"], purpose="Veiligheid van Noah en Sem", safety_ground="kind_in_gevaar",
        reason="Noah vertelde de mentor over klappen thuis; ouders willen geen hulp. De meldcode: eerst overleg met "
               "Veilig Thuis, daarna jeugdhulp erbij.")


