"""Writes on beschikkingen: draft (from the plan or directly), provisions, propose or decide by mandate,
correct, send (the letter is made once), withdraw, and a herziening as a new linked decision.

Content changes append a BeschikkingVersie with the reason; status changes append a BeschikkingStap.
"""
from collections import defaultdict
from decimal import Decimal

from django.conf import settings
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from leefwereld.access.policy import guard
from leefwereld.coordination.models import ActionEntry, Level
from leefwereld.core.errors import ApplicationError
from leefwereld.core.termijnen import Kalender
from leefwereld.core.versioning import save_versioned
from leefwereld.notify.models import Kind as NotificationKind
from leefwereld.notify.services import notify_resident
from leefwereld.plans.models import Action, ActorKind, PlanStatus

from .. import deadlines, usual
from ..models import (
    EDITABLE,
    OPEN_STATUSES,
    Beschikking,
    BeschikkingStap,
    BeschikkingStatus,
    BeschikkingVersie,
    Mandaat,
    Procedure,
    ProcedureKind,
    Uitkomst,
    Voorziening,
    Vorm,
    Wet,
)
from .procedures import procedure_decided

VOORZIENING_FIELDS = ("wet", "artikel", "product", "uitkomst", "vorm", "starts_on", "ends_on", "unit", "quantity",
                      "unit_price", "amount", "guideline_quantity", "eigen_norm", "motivation", "legal_ground",
                      "why_differs")
DEFAULT_ARTICLE = {Wet.WMO: "art. 2.3.5 lid 3", Wet.JEUGDWET: "art. 2.3", Wet.PARTICIPATIEWET: "art. 35"}


def _plain(value):
    if value is None or isinstance(value, (str, bool, int)):
        return value
    return str(value)  # dates (ISO), amounts


def snapshot(beschikking):
    """The whole decision as plain data: what a version holds."""
    rows = beschikking.voorzieningen.filter(archived=False).select_related("goal", "kaart_entry")
    return {
        "status": beschikking.status, "why_different": beschikking.why_different,
        "benefit_of_doubt": beschikking.benefit_of_doubt,
        "voorzieningen": [dict({f: _plain(getattr(v, f)) for f in VOORZIENING_FIELDS},
                               id=str(v.public_id), goal=v.goal.words if v.goal_id else "",
                               kaart=v.kaart_entry.name if v.kaart_entry_id else "") for v in rows],
    }


def _version(actor, beschikking, reason):
    beschikking.revision += 1
    Beschikking.objects.filter(pk=beschikking.pk).update(revision=beschikking.revision)
    BeschikkingVersie.objects.create(household_id=beschikking.household_id, beschikking=beschikking,
                                     number=beschikking.revision, snapshot=snapshot(beschikking), reason=reason,
                                     by=actor)


def _step(actor, beschikking, status, note="", **changes):
    save_versioned(beschikking, expected_version=beschikking.version, changes={"status": status, **changes})
    BeschikkingStap.objects.create(household_id=beschikking.household_id, beschikking=beschikking, status=status,
                                   note=note[:1000], by=actor)


def _editable(beschikking):
    if beschikking.status not in EDITABLE:
        raise ApplicationError(_("Dit besluit is vastgesteld en kan niet meer veranderen. Kies 'corrigeren' "
                                 "(nog niet verzonden) of maak een herziening."))


def _maatwerk(plan):
    return (Action.objects.filter(goal__plan=plan, archived=False, goal__archived=False,
                                  actor_kind=ActorKind.MAATWERK).select_related("goal").order_by("id"))


def kaart_entries_for_actions(actions):
    """{action id: its maatwerk entry} for plan actions picked from the sociale kaart (one query)."""
    links = ActionEntry.objects.filter(action__in=actions, entry__level=Level.MAATWERK).select_related("entry")
    return {link.action_id: link.entry for link in links}


def _aanvraag_per_law(person, chosen):
    """The person's open aanvraag under each law, the chosen one first: a provision goes on the aanvraag of
    its own law (a Participatiewet provision never closes a Wmo aanvraag), or on none."""
    found = {}
    for p in Procedure.objects.filter(person=person, kind=ProcedureKind.AANVRAAG,
                                      status__in=OPEN_STATUSES).order_by("received_on", "id"):
        found.setdefault(p.wet, p)
    if chosen is not None:
        found[chosen.wet] = chosen
    return found


def beschikking_draft(*, actor, person, plan=None, procedure=None, replaces=None):
    """A concept decision. From a plan, every maatwerk action becomes a provision, linked to its goal
    and prefilled (law from the kaart entry it was picked from, else from the chosen aanvraag; each on the
    open aanvraag of its law); the professional adds amount and motivation."""
    if plan is not None and plan.household_id != person.household_id:
        raise ApplicationError(_("Dit plan hoort bij een ander huishouden."))
    if procedure is not None and procedure.household_id != person.household_id:
        raise ApplicationError(_("Deze aanvraag hoort bij een ander huishouden."))
    with transaction.atomic():
        guard(actor, "beschikkingen.draft", person=person,
              detail={"plan": plan.pk if plan else None, "replaces": replaces.pk if replaces else None})
        beschikking = Beschikking.objects.create(household_id=person.household_id, person=person, plan=plan,
                                                 author=actor, replaces=replaces)
        rows = []
        if replaces is not None:
            for old in replaces.voorzieningen.filter(archived=False):
                rows.append(Voorziening(**{f: getattr(old, f) for f in VOORZIENING_FIELDS},
                                        procedure_id=old.procedure_id, plan_action_id=old.plan_action_id,
                                        goal_id=old.goal_id, kaart_entry_id=old.kaart_entry_id, order=old.order))
        elif plan is not None:
            wet = procedure.wet if procedure else Wet.WMO
            actions = list(_maatwerk(plan))
            entries = kaart_entries_for_actions(actions)
            aanvragen = _aanvraag_per_law(person, procedure) if actions else {}
            for n, action in enumerate(actions):
                row = Voorziening(wet=wet, artikel=DEFAULT_ARTICLE[wet], product=action.what[:200],
                                  uitkomst=Uitkomst.TOEGEKEND, vorm=Vorm.NATURA, starts_on=action.starts_on,
                                  ends_on=action.ends_on, plan_action=action, goal=action.goal,
                                  motivation="", order=n)
                entry = entries.get(action.pk)
                if entry is not None:  # chosen from the kaart in the plan: its law and terms, as they are today
                    row.kaart_entry, row.wet, row.artikel = entry, entry.law, entry.article[:60]
                    row.unit, row.unit_price = entry.unit, entry.unit_price
                row.procedure = aanvragen.get(row.wet)
                rows.append(row)
        for row in rows:
            row.household_id, row.beschikking = person.household_id, beschikking
        Voorziening.objects.bulk_create(rows)
        BeschikkingStap.objects.create(household_id=person.household_id, beschikking=beschikking,
                                       status=BeschikkingStatus.CONCEPT, by=actor,
                                       note=_("Herziening") if replaces else "")
        _version(actor, beschikking, _("Opgesteld"))
    return beschikking


def _clean(beschikking, data):
    """Check one provision; every message in plain Dutch at its field."""
    if data.get("wet") not in Wet.values:
        raise ApplicationError(_("Kies de wet."), field="wet")
    if data.get("uitkomst") not in Uitkomst.values:
        raise ApplicationError(_("Kies: toekennen, deels toekennen of afwijzen."), field="uitkomst")
    if not (data.get("product") or "").strip():
        raise ApplicationError(_("Schrijf op om welke voorziening het gaat."), field="product")
    if not (data.get("artikel") or "").strip():
        raise ApplicationError(_("Noem het wetsartikel."), field="artikel")
    if not (data.get("motivation") or "").strip():
        raise ApplicationError(_("Een besluit zonder motivering kan niet. Schrijf in gewone woorden waarom."),
                               field="motivation")
    starts, ends = data.get("starts_on"), data.get("ends_on")
    if starts and ends and ends < starts:
        raise ApplicationError(_("De einddatum ligt voor de begindatum."), field="ends_on")
    for name in ("quantity", "unit_price", "amount", "guideline_quantity"):
        if data.get(name) is not None and data[name] < 0:
            raise ApplicationError(_("Een bedrag of aantal kan niet negatief zijn."), field=name)
    if data["uitkomst"] == Uitkomst.AFGEWEZEN:
        if not (data.get("legal_ground") or "").strip():
            raise ApplicationError(_("Noem bij een afwijzing de grond in de wet of de verordening."),
                                   field="legal_ground")
    elif data.get("vorm") == Vorm.PGB and data.get("amount") is None:
        raise ApplicationError(_("Vul bij een pgb het budget in."), field="amount")
    if len((data.get("why_differs") or "").strip()) > 500:
        raise ApplicationError(_("Eén zin is genoeg: hooguit 500 tekens."), field="why_differs")
    return {f: (data.get(f).strip() if isinstance(data.get(f), str) else data.get(f)) for f in VOORZIENING_FIELDS}


def _from_kaart(data, entry, linked_id=None):
    """A maatwerk entry of the same law; what was left empty (article, unit, unit price) comes from it.
    An entry taken off the kaart later stays linked where it was; it cannot be newly chosen."""
    if entry is None:
        return data
    if entry.level != Level.MAATWERK or not (entry.active or entry.pk == linked_id):
        raise ApplicationError(_("Kies een maatwerkvoorziening die nu op de sociale kaart staat."),
                               field="kaart_entry")
    if data.get("wet") and entry.law != data["wet"]:
        raise ApplicationError(_("'%(entry)s' hoort bij de %(law)s. Kies een voorziening van dezelfde wet.") % {
            "entry": entry.name, "law": Wet(entry.law).label}, field="kaart_entry")
    data = dict(data)
    for field, value in (("artikel", entry.article[:60]), ("unit", entry.unit), ("unit_price", entry.unit_price)):
        if data.get(field) in (None, ""):
            data[field] = value
    if not (data.get("product") or "").strip():
        data["product"] = entry.name[:200]
    return data


def _ask_why(actor, beschikking, voorziening, values):
    """Equal cases alike, unequal cases differently on purpose: an amount or hours far from what the team
    usually decides for this provision asks one sentence on why (the usual comes through usual.py's seam)."""
    if values["why_differs"]:
        return
    plan_words = voorziening.plan_action.what if voorziening is not None and voorziening.plan_action_id else ""
    found = usual.usual_for(actor=actor, household_id=beschikking.household_id, wet=values["wet"],
                            text=f"{values['product']} {plan_words}")
    if usual.differs(values, found):
        raise ApplicationError(_("Dit wijkt af van wat het team meestal besluit. Zeg in één zin waarom."),
                               field="why_differs")


UNCHANGED = object()  # voorziening_save without kaart_entry keeps the provision's link as it is


def voorziening_save(*, actor, beschikking, expected_version, data, voorziening=None, goal=None, procedure=None,
                     kaart_entry=UNCHANGED):
    """Add or change a provision of a concept decision; the whole decision gets a new version.

    With a maatwerk entry of the sociale kaart, the provision links to it; its terms fill what was left
    empty and stay editable (the decision keeps what it said when the kaart's price changes)."""
    _editable(beschikking)
    if kaart_entry is UNCHANGED:
        kaart_entry = voorziening.kaart_entry if voorziening is not None else None
    values = _clean(beschikking, _from_kaart(data, kaart_entry, voorziening.kaart_entry_id if voorziening else None))
    for name in ("unit", "vorm", "legal_ground", "eigen_norm", "why_differs"):
        values[name] = values[name] or ""
    _ask_why(actor, beschikking, voorziening, values)
    if goal is not None and goal.household_id != beschikking.household_id:
        raise ApplicationError(_("Dit doel hoort bij een ander huishouden."), field="goal")
    if procedure is not None and procedure.household_id != beschikking.household_id:
        raise ApplicationError(_("Deze aanvraag hoort bij een ander huishouden."), field="procedure")
    with transaction.atomic():
        guard(actor, "beschikkingen.draft", obj=beschikking,
              detail={"voorziening": str(voorziening.public_id) if voorziening else "nieuw"})
        save_versioned(beschikking, expected_version=expected_version, changes={})
        if voorziening is None:
            voorziening = Voorziening.objects.create(household_id=beschikking.household_id, beschikking=beschikking,
                                                     goal=goal, procedure=procedure, kaart_entry=kaart_entry,
                                                     order=beschikking.voorzieningen.count(), **values)
            reason = _("Voorziening toegevoegd: %(what)s") % {"what": values["product"]}
        else:
            Voorziening.objects.filter(pk=voorziening.pk).update(goal=goal, procedure=procedure,
                                                                 kaart_entry=kaart_entry, **values)
            reason = _("Voorziening gewijzigd: %(what)s") % {"what": values["product"]}
        _version(actor, beschikking, reason[:1000])
    return voorziening


def voorziening_remove(*, actor, voorziening, expected_version):
    beschikking = voorziening.beschikking
    _editable(beschikking)
    with transaction.atomic():
        guard(actor, "beschikkingen.draft", obj=beschikking, detail={"weg": str(voorziening.public_id)})
        save_versioned(beschikking, expected_version=expected_version, changes={})
        Voorziening.objects.filter(pk=voorziening.pk).update(archived=True)
        _version(actor, beschikking, (_("Voorziening eruit gehaald: %(what)s") % {"what": voorziening.product})[:1000])


def beschikking_explain(*, actor, beschikking, expected_version, why_different, benefit_of_doubt):
    """Why the outcome differs from the earlier decision(s), and whether it is the benefit of the doubt."""
    _editable(beschikking)
    with transaction.atomic():
        changes = save_versioned(beschikking, expected_version=expected_version, changes={
            "why_different": (why_different or "").strip(), "benefit_of_doubt": bool(benefit_of_doubt)})
        guard(actor, "beschikkingen.draft", obj=beschikking, detail={"changes": changes})
        _version(actor, beschikking, _("Uitleg bij de herziening"))
    return beschikking


def _amounts_per_law(beschikking):
    totals = defaultdict(Decimal)
    for v in beschikking.voorzieningen.filter(archived=False).exclude(uitkomst=Uitkomst.AFGEWEZEN):
        totals[v.wet] += v.amount or Decimal("0")
    for v in beschikking.voorzieningen.filter(archived=False, uitkomst=Uitkomst.AFGEWEZEN):
        totals.setdefault(v.wet, Decimal("0"))
    return dict(totals)


def mandate_gaps(*, user, beschikking):
    """The laws (with their total) of this decision that `user` may not decide: empty when covered."""
    mandates = {m.wet: m.max_amount for m in Mandaat.objects.filter(user=user, active=True)}
    gaps = []
    for wet, total in sorted(_amounts_per_law(beschikking).items()):
        if wet not in mandates or (mandates[wet] is not None and total > mandates[wet]):
            gaps.append((wet, total))
    return gaps


def _ready(beschikking):
    rows = list(beschikking.voorzieningen.filter(archived=False))
    if not rows:
        raise ApplicationError(_("Voeg eerst minstens één voorziening toe."))
    for v in rows:
        if not v.motivation.strip():
            raise ApplicationError(_("'%(what)s' heeft nog geen motivering.") % {"what": v.product})
    if beschikking.replaces_id and not beschikking.why_different.strip():
        raise ApplicationError(_("Schrijf op waarom het besluit nu anders is dan het eerdere."), field="why_different")
    laws = {v.wet for v in rows}
    review_laws = set(getattr(settings, "LEEFWERELD_DECISION_REVIEW_LAWS", []))
    if laws & review_laws:
        plan = beschikking.plan
        if plan is None or plan.status != PlanStatus.LOPEND or plan.approved_revision is None:
            raise ApplicationError(_("Voor een besluit onder deze wet moeten collega's eerst instemmen met het plan "
                                     "(vier-ogen)."))


def beschikking_propose(*, actor, beschikking, note=""):
    """Without the mandate: propose the decision to a colleague who has it."""
    _editable(beschikking)
    _ready(beschikking)
    with transaction.atomic():
        guard(actor, "beschikkingen.draft", obj=beschikking, detail={"stap": "voorgesteld"})
        _step(actor, beschikking, BeschikkingStatus.VOORGESTELD, note)
    return beschikking


def beschikking_decide(*, actor, beschikking, expected_version):
    """Decide (vaststellen): needs a mandate for every law in it, up to its amount."""
    _editable(beschikking)
    _ready(beschikking)
    gaps = mandate_gaps(user=actor, beschikking=beschikking)
    if gaps:
        names = ", ".join(str(Wet(wet).label) for wet, _total in gaps)
        raise ApplicationError(_("U heeft geen mandaat voor dit besluit (%(laws)s). Leg het voor aan een collega "
                                 "met mandaat.") % {"laws": names})
    today = timezone.localdate()
    with transaction.atomic():
        guard(actor, "beschikkingen.decide", obj=beschikking, detail={"stap": "vastgesteld"})
        if beschikking.version != expected_version:
            save_versioned(beschikking, expected_version=expected_version, changes={})  # raises the conflict
        _step(actor, beschikking, BeschikkingStatus.VASTGESTELD, decided_by=actor, decided_on=today)
        for procedure in Procedure.objects.filter(pk__in=beschikking.voorzieningen.filter(archived=False)
                                                  .values("procedure_id"), kind=ProcedureKind.AANVRAAG):
            procedure_decided(procedure, on=today)
        if beschikking.replaces_id:
            earlier = Beschikking.objects.get(pk=beschikking.replaces_id)
            _step(actor, earlier, BeschikkingStatus.HERZIEN, _("Herzien door een nieuw besluit"))
    return beschikking


def beschikking_correct(*, actor, beschikking, reason):
    """A decided letter that was not sent yet goes back to concept; the reason is kept in a new version."""
    reason = (reason or "").strip()
    if not reason:
        raise ApplicationError(_("Schrijf op wat er gecorrigeerd moet worden."), field="reason")
    if beschikking.status != BeschikkingStatus.VASTGESTELD:
        raise ApplicationError(_("Alleen een vastgesteld besluit dat nog niet verzonden is kan terug naar concept. "
                                 "Is het al verzonden? Maak dan een herziening."))
    with transaction.atomic():
        guard(actor, "beschikkingen.decide", obj=beschikking, detail={"stap": "correctie"})
        _step(actor, beschikking, BeschikkingStatus.CONCEPT, reason, decided_by=None, decided_on=None)
        _version(actor, beschikking, (_("Correctie: %(reason)s") % {"reason": reason})[:1000])
    return beschikking


def beschikking_send(*, actor, beschikking, language):
    """Send: the letter is made now, once, and stored with its hash; the bezwaar term starts."""
    from ..letters import letter_pdf, store_letter

    if beschikking.status != BeschikkingStatus.VASTGESTELD:
        raise ApplicationError(_("Alleen een vastgesteld besluit kan verzonden worden."))
    if language not in ("nl", "en"):
        raise ApplicationError(_("Kies de taal van de brief."), field="language")
    today = timezone.localdate()
    until = deadlines.bezwaar_until(Kalender.load(), today)
    with transaction.atomic():
        guard(actor, "beschikkingen.send", obj=beschikking, detail={"language": language})
        _step(actor, beschikking, BeschikkingStatus.VERZONDEN, sent_on=today, bezwaar_until=until)
        store_letter(actor=actor, beschikking=beschikking, language=language,
                     pdf=letter_pdf(beschikking, language=language))
        # The resident hears on their own channel that a letter is there; the worker sends after the commit.
        notify_resident(beschikking.person, NotificationKind.BRIEF, key=f"brief:{beschikking.public_id}")
    return beschikking


def beschikking_withdraw(*, actor, beschikking, reason):
    """Withdraw (intrekken) a sent decision, with the reason; it stays readable."""
    reason = (reason or "").strip()
    if not reason:
        raise ApplicationError(_("Schrijf op waarom het besluit wordt ingetrokken."), field="reason")
    if beschikking.status not in (BeschikkingStatus.VERZONDEN, BeschikkingStatus.BEZWAAR,
                                  BeschikkingStatus.GEHANDHAAFD):
        raise ApplicationError(_("Alleen een verzonden besluit kan worden ingetrokken."))
    with transaction.atomic():
        guard(actor, "beschikkingen.decide", obj=beschikking, detail={"stap": "ingetrokken"})
        _step(actor, beschikking, BeschikkingStatus.INGETROKKEN, reason)
    return beschikking


def herziening_start(*, actor, beschikking):
    """A herziening is a new concept decision linked to the old one, starting from its provisions."""
    if beschikking.status not in (BeschikkingStatus.VERZONDEN, BeschikkingStatus.BEZWAAR,
                                  BeschikkingStatus.GEHANDHAAFD):
        raise ApplicationError(_("Alleen een verzonden besluit kan herzien worden."))
    if beschikking.revisions.filter(status__in=EDITABLE + (BeschikkingStatus.VASTGESTELD,)).exists():
        raise ApplicationError(_("Er is al een herziening in voorbereiding."))
    return beschikking_draft(actor=actor, person=beschikking.person, plan=beschikking.plan, replaces=beschikking)
