"""Writes on guidelines, deviations (and their casusoverleg) and barriers. Each calls guard() and appends history.

Openness must be safer than sluikwerk: nothing here counts deviations per professional, urgent help is
done first and discussed after, and a refusal becomes a barrier in one step.
"""
import datetime as dt
from decimal import Decimal

from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from leefwereld.access.policy import guard
from leefwereld.accounts.models import Role
from leefwereld.core.datum import datum
from leefwereld.core.errors import ApplicationError
from leefwereld.learning.learn_services import overleg_record
from leefwereld.learning.overleg import Dilemma, Overleg, OverlegKind, Participant, Waarde

from . import anonymous
from .models import (
    BARRIER_NEXT,
    Barrier,
    BarrierSource,
    BarrierStatus,
    BarrierStep,
    Bespreking,
    Bron,
    Deviation,
    DeviationStatus,
    DeviationStep,
    Guideline,
    GuidelineVersion,
    StepKind,
    WordtRegel,
)

GUIDELINE_TEXT = ("rule", "bron", "source_ref", "purpose", "room", "examples", "norm_quantity", "norm_unit",
                  "valid_from")


def _required(value, message, field):
    if not (value or "").strip():
        raise ApplicationError(message, field=field)


# --- Guidelines ---------------------------------------------------------------------------------

def _check_text(data):
    _required(data.get("rule"), _("Schrijf de regel op."), "rule")
    _required(data.get("purpose"), _("Schrijf op waar de regel voor is."), "purpose")
    _required(data.get("room"), _("Schrijf op welke ruimte de regel laat."), "room")
    if data.get("bron") not in Bron.values:
        raise ApplicationError(_("Kies de bron van de regel."), field="bron")
    if data.get("norm_quantity") is not None and data["norm_quantity"] < 0:
        raise ApplicationError(_("Een aantal kan niet negatief zijn."), field="norm_quantity")


def guideline_create(*, actor, code, title, wet="", terms, **text):
    _required(title, _("Geef de richtlijn een titel."), "title")
    _required(terms, _("Noem minstens één zoekwoord."), "terms")
    _check_text(text)
    if Guideline.objects.filter(code=code).exists():
        raise ApplicationError(_("Deze code is al in gebruik."), field="code")
    with transaction.atomic():
        guideline = Guideline.objects.create(code=code, title=title, wet=wet, terms=terms)
        guard(actor, "guidelines.manage", obj=guideline, detail={"created": code})
        _version(actor, guideline, text, reason=_("Eerste versie"))
    return guideline


def _version(actor, guideline, text, *, reason, deviations=()):
    number = (guideline.versions.order_by("-number").values_list("number", flat=True).first() or 0) + 1
    fields = {k: text.get(k) for k in GUIDELINE_TEXT}
    fields["valid_from"] = fields["valid_from"] or timezone.localdate()
    fields = {k: ("" if v is None and k not in ("norm_quantity",) else v) for k, v in fields.items()}
    version = GuidelineVersion.objects.create(guideline=guideline, number=number, reason=reason, by=actor, **fields)
    if deviations:
        version.from_deviations.set(deviations)
    Guideline.objects.filter(pk=guideline.pk).update(current=version)
    guideline.current = version
    return version


def guideline_version_add(*, actor, guideline, reason, deviations=(), **text):
    """A new version of the rule and its room; when deviations led to it, they are linked and each gets a
    step, so whoever recorded them sees that their openness changed the rule."""
    _required(reason, _("Schrijf op waarom de richtlijn verandert."), "reason")
    _check_text(text)
    current = guideline.current
    if current is not None and (text.get("valid_from") or timezone.localdate()) < current.valid_from:
        # Versions follow each other in time, so "which rule applied then" has one answer.
        raise ApplicationError(_("Een nieuwe versie kan niet eerder ingaan dan de versie die nu geldt (%(day)s).")
                               % {"day": datum(current.valid_from)}, field="valid_from")
    deviations = list(deviations)
    if any(d.guideline_id not in (None, guideline.pk) for d in deviations):
        raise ApplicationError(_("Een van de afwijkingen gaat over een andere richtlijn."), field="deviations")
    with transaction.atomic():
        guard(actor, "guidelines.manage", obj=guideline, detail={"version": True,
                                                                 "deviations": [d.pk for d in deviations]})
        version = _version(actor, guideline, text, reason=reason, deviations=deviations)
        for d in deviations:
            Deviation.objects.filter(pk=d.pk).update(became_rule=version)
            DeviationStep.objects.create(household_id=d.household_id, deviation=d, kind=StepKind.REGEL, by=actor,
                                         words=_("Versie %(n)s van de richtlijn: %(reason)s") % {
                                             "n": version.number, "reason": reason})
    return version


# --- Deviations ---------------------------------------------------------------------------------

def deviation_record(*, actor, person, instead, why, different, guideline=None, rule_words="", waarden=(),
                     dilemma="", values_words="", wordt_regel=WordtRegel.MISSCHIEN, urgent=False, acted_on=None,
                     amount=None, why_differs="", usual=None):
    """Record a deviation openly. `usual` is what the team usually decides for this guideline
    (consistency.usual_outcome); a deviation far from it asks for one sentence on why."""
    if guideline is None and not (rule_words or "").strip():
        raise ApplicationError(_("Kies de richtlijn waarvan je afwijkt, of noem de regel."), field="guideline")
    _required(instead, _("Schrijf op wat je in plaats daarvan doet."), "instead")
    _required(why, _("Schrijf op waarom, zoals het echt is."), "why")
    _required(different, _("Schrijf op wat deze situatie anders maakt."), "different")
    waarden = list(waarden or ())
    if any(not isinstance(w, Waarde) or not w.mensbeeld.active for w in waarden):
        raise ApplicationError(_("Kies de waarden uit de lijst."), field="waarden")
    if dilemma and dilemma not in Dilemma.values:
        raise ApplicationError(_("Kies het dilemma uit de lijst."), field="dilemma")
    if wordt_regel not in WordtRegel.values:
        raise ApplicationError(_("Zeg of dit de regel zou moeten worden."), field="wordt_regel")
    if amount is not None and amount < 0:
        raise ApplicationError(_("Een bedrag kan niet negatief zijn."), field="amount")
    if acted_on and acted_on > timezone.localdate():
        raise ApplicationError(_("Gedaan op kan niet in de toekomst liggen."), field="acted_on")
    from .consistency import differs_from_usual  # one module of this app; avoids a cycle at import

    if differs_from_usual(amount, usual) and not (why_differs or "").strip():
        raise ApplicationError(_("Dit wijkt af van wat het team meestal doet. Zeg in één zin waarom."),
                               field="why_differs")
    with transaction.atomic():
        guard(actor, "deviations.create", person=person, detail={"guideline": guideline.pk if guideline else None,
                                                                  "urgent": urgent})
        deviation = Deviation.objects.create(
            household_id=person.household_id, person=person, team_id=person.household.team_id, guideline=guideline,
            rule_words=rule_words, instead=instead, why=why, different=different, dilemma=dilemma,
            values_words=values_words, wordt_regel=wordt_regel, urgent=urgent,
            acted_on=(acted_on or timezone.localdate()) if urgent else acted_on, amount=amount,
            why_differs=why_differs, author=actor)
        deviation.waarden.set(waarden)
        _step(actor, deviation, StepKind.VASTGELEGD,
              _("Spoed: eerst gedaan, daarna besproken.") if urgent else "")
    return deviation


def _step(actor, deviation, kind, words="", tried="", status=None):
    step = DeviationStep.objects.create(household_id=deviation.household_id, deviation=deviation, kind=kind,
                                        words=words, tried=tried, by=actor)
    if status and status != deviation.status:
        Deviation.objects.filter(pk=deviation.pk).update(status=status)
        deviation.status = status
    return step


def _open_for_discussion(deviation):
    if deviation.status == DeviationStatus.GEWEIGERD:
        raise ApplicationError(_("Deze afwijking is geweigerd. Meld het als belemmering als de regel in de weg zit."))


def deviation_discuss(*, actor, deviation, words):
    """Discussed with a colleague: who and what came of it, in words."""
    _required(words, _("Schrijf op met wie je het besprak en wat eruit kwam."), "words")
    _open_for_discussion(deviation)
    with transaction.atomic():
        guard(actor, "deviations.discuss", obj=deviation)
        status = DeviationStatus.BESPROKEN if deviation.status == DeviationStatus.TE_BESPREKEN else None
        return _step(actor, deviation, StepKind.COLLEGA, words, status=status)


def casusoverleg_record(*, actor, deviation, held_on, participants, question, decision, reasoning):
    """A deviation discussed in the team's casusoverleg of that day: learning's Overleg, made when this is
    its first case. The question, decision and reasoning stay here with the household (ADR 0036)."""
    participants = list(dict.fromkeys(participants or ()))
    if not participants:
        raise ApplicationError(_("Kies wie er meededen (rol of vakgebied)."), field="participants")
    if set(participants) - set(Participant.values):
        raise ApplicationError(_("Kies de deelnemers uit de lijst."), field="participants")
    if held_on is None or held_on > timezone.localdate():
        raise ApplicationError(_("Vul de datum van het casusoverleg in (vandaag of eerder)."), field="held_on")
    _required(question, _("Schrijf de vraag op die besproken is."), "question")
    _required(decision, _("Schrijf het besluit op."), "decision")
    _required(reasoning, _("Schrijf op waarom dit het besluit is."), "reasoning")
    _open_for_discussion(deviation)
    with transaction.atomic():
        guard(actor, "deviations.discuss", obj=deviation, detail={"casusoverleg": held_on.isoformat()})
        overleg = (Overleg.objects.select_for_update()
                   .filter(team_id=actor.team_id, kind=OverlegKind.CASUSOVERLEG, held_on=held_on)
                   .order_by("id").first())
        if overleg is None:
            overleg = overleg_record(actor=actor, kind=OverlegKind.CASUSOVERLEG, held_on=held_on,
                                     participants=participants, stories=[], question=question)
        merged = list(dict.fromkeys([*overleg.participants, *participants]))
        if merged != overleg.participants:
            Overleg.objects.filter(pk=overleg.pk).update(participants=merged)
        bespreking = Bespreking.objects.create(household_id=deviation.household_id, overleg=overleg,
                                               deviation=deviation, question=question, decision=decision,
                                               reasoning=reasoning, by=actor)
        status = DeviationStatus.BESPROKEN if deviation.status == DeviationStatus.TE_BESPREKEN else None
        _step(actor, deviation, StepKind.CASUSOVERLEG, decision, status=status)
    return bespreking


def _leader_step(actor, deviation, words, message):
    if actor.pk == deviation.author_id:
        raise ApplicationError(message)
    _open_for_discussion(deviation)
    _required(words, _("Schrijf er een zin bij."), "words")


def deviation_cover(*, actor, deviation, words):
    """Dekking: the organisation, not the professional, carries this deviation. Never by its author."""
    _leader_step(actor, deviation, words, _("Je kunt geen dekking geven voor je eigen afwijking. "
                                            "Vraag een andere teamleider."))
    if deviation.status == DeviationStatus.GEDEKT:
        raise ApplicationError(_("Deze afwijking heeft al dekking."))
    with transaction.atomic():
        guard(actor, "deviations.cover", obj=deviation, detail={"cover": True})
        return _step(actor, deviation, StepKind.GEDEKT, words, status=DeviationStatus.GEDEKT)


def deviation_decline_cover(*, actor, deviation, words):
    _leader_step(actor, deviation, words, _("Over je eigen afwijking beslist een andere teamleider."))
    with transaction.atomic():
        guard(actor, "deviations.cover", obj=deviation, detail={"cover": False})
        return _step(actor, deviation, StepKind.NIET_GEDEKT, words, status=DeviationStatus.NIET_GEDEKT)


def deviation_refuse(*, actor, deviation, words, tried):
    """The deviation is not done. What was tried is kept, and it can become a barrier in one step."""
    _leader_step(actor, deviation, words, _("Over je eigen afwijking beslist een andere teamleider."))
    _required(tried, _("Schrijf op wat er geprobeerd is."), "tried")
    if deviation.urgent:
        raise ApplicationError(_("Deze hulp is al gegeven. Geef dan geen dekking, met een reden."))
    with transaction.atomic():
        guard(actor, "deviations.cover", obj=deviation, detail={"refused": True})
        return _step(actor, deviation, StepKind.GEWEIGERD, words, tried=tried, status=DeviationStatus.GEWEIGERD)


def case_ref(deviation):
    """The case by reference only: enough for the reporter to find it, nothing about the resident."""
    return f"A-{str(deviation.public_id)[:8]}"


# --- Barriers -----------------------------------------------------------------------------------

def barrier_report(*, actor, title, source, owner, proposal="", guideline=None, cost_time="", cost_money=None,
                   cost_situation="", tried="", waiting_weeks=None, waiting_count=None, deviation=None):
    _required(title, _("Schrijf op wat in de weg zat."), "title")
    if source not in BarrierSource.values:
        raise ApplicationError(_("Kies de bron: wet, lokale regel, werkproces, interpretatie of ketenpartner."),
                               field="source")
    if owner is None or not owner.is_active:
        raise ApplicationError(_("Kies een eigenaar: een persoon op het goede niveau."), field="owner")
    if cost_money is not None and cost_money < 0:
        raise ApplicationError(_("Een bedrag kan niet negatief zijn."), field="cost_money")
    if deviation is not None:
        if deviation.status != DeviationStatus.GEWEIGERD:
            raise ApplicationError(_("Alleen een geweigerde afwijking wordt zo een belemmering."))
        if Barrier.objects.filter(deviation=deviation).exists():
            raise ApplicationError(_("Van deze afwijking is al een belemmering gemeld."))
    now = timezone.now()
    with transaction.atomic():
        if deviation is not None:  # the file is checked: only who may see the case may turn it into a barrier
            guard(actor, "deviations.view", obj=deviation, detail={"barrier": True})
        barrier = Barrier(
            title=title, source=source, owner=owner, proposal=proposal, guideline=guideline, cost_time=cost_time,
            cost_money=cost_money, cost_situation=cost_situation, tried=tried, waiting_weeks=waiting_weeks,
            waiting_count=waiting_count, deviation=deviation, case_ref=case_ref(deviation) if deviation else "",
            team_id=actor.team_id, reporter=actor, moved_at=now)
        # Outside the team only this copy is read (ADR 0047): names the file knows go too.
        barrier.anonymised = anonymous.copies(barrier, anonymous.FIELDS, anonymous.known_for(actor, barrier))
        barrier.save()
        guard(actor, "barriers.report", obj=barrier, detail={"source": source, "owner": owner.pk})
        BarrierStep.objects.create(barrier=barrier, status=BarrierStatus.ONTVANGEN, by=actor,
                                   anonymised={"words": ""})
    return barrier


def may_answer(actor, barrier):
    return actor.pk == barrier.owner_id or (barrier.owner.manager_id is not None
                                            and actor.pk == barrier.owner.manager_id)


def barrier_move(*, actor, barrier, status, words):
    """The owner (or their manager, when it lay too long) moves the barrier one step; the reporter sees it."""
    if not may_answer(actor, barrier):
        raise ApplicationError(_("Alleen de eigenaar of diens leidinggevende beantwoordt deze belemmering."))
    if status not in BARRIER_NEXT.get(barrier.status, ()):
        raise ApplicationError(_("Deze stap kan nu niet."), field="status")
    if status != BarrierStatus.IN_BEHANDELING:
        _required(words, _("Schrijf op wat er veranderd is, of waarom de regel blijft."), "words")
    with transaction.atomic():
        guard(actor, "barriers.answer", obj=barrier, detail={"status": status})
        step = _barrier_step(actor, barrier, status=status, words=words)
        Barrier.objects.filter(pk=barrier.pk).update(status=status, moved_at=step.at)
        barrier.status, barrier.moved_at = status, step.at
    return step


def _barrier_step(actor, barrier, **fields):
    step = BarrierStep(barrier=barrier, by=actor, **fields)
    step.anonymised = anonymous.copies(step, anonymous.STEP_FIELDS, anonymous.known_for(actor, barrier))
    step.save()
    return step


def barriers_anonymise_missing():
    """Fill the anonymised copies of barriers and steps written before they existed (or while the
    anonymiser's tables were missing), each with what its writer could know. Returns how many rows."""
    done = 0
    for b in Barrier.objects.filter(anonymised__isnull=True).select_related("reporter", "deviation"):
        filled = anonymous.copies(b, anonymous.FIELDS, anonymous.known_for(b.reporter, b))
        if filled is not None:
            done += Barrier.objects.filter(pk=b.pk).update(anonymised=filled)
    for s in BarrierStep.objects.filter(anonymised__isnull=True).select_related("by", "barrier__deviation"):
        filled = anonymous.copies(s, anonymous.STEP_FIELDS, anonymous.known_for(s.by, s.barrier))
        if filled is not None:
            done += BarrierStep.objects.filter(pk=s.pk).update(anonymised=filled)
    return done


def may_hand_over(actor, barrier):
    return barrier.is_open and (may_answer(actor, barrier) or actor.role in (Role.TEAMLEIDER, Role.BELEID))


def barrier_hand_over(*, actor, barrier, owner, words):
    """A barrier at the wrong level goes to another owner: a dated step in its trail naming the new owner, so
    the reporter sees it on their werkvoorraad and the new owner finds it there as theirs to answer."""
    if not barrier.is_open:
        raise ApplicationError(_("Deze belemmering is al beantwoord; er valt niets meer over te dragen."))
    if not may_hand_over(actor, barrier):
        raise ApplicationError(_("Alleen de eigenaar, diens leidinggevende, een teamleider of beleid kan de "
                                 "eigenaar wijzigen."))
    if owner is None or not owner.is_active:
        raise ApplicationError(_("Kies een nieuwe eigenaar."), field="owner")
    if owner.pk == barrier.owner_id:
        raise ApplicationError(_("Deze persoon is al de eigenaar. Kies iemand anders."), field="owner")
    _required(words, _("Schrijf op waarom deze persoon het oppakt."), "words")
    with transaction.atomic():
        locked = Barrier.objects.select_for_update().get(pk=barrier.pk)
        if locked.owner_id != barrier.owner_id or locked.status != barrier.status:
            raise ApplicationError(_("Iemand anders heeft deze belemmering net veranderd. Bekijk haar opnieuw."))
        guard(actor, "barriers.answer", obj=barrier, detail={"owner": owner.pk, "from": barrier.owner_id})
        step = _barrier_step(actor, barrier, status=barrier.status, new_owner=owner, words=words)
        Barrier.objects.filter(pk=barrier.pk).update(owner=owner, moved_at=step.at, handed_over_at=step.at)
        barrier.owner, barrier.moved_at, barrier.handed_over_at = owner, step.at, step.at
    return step


def stale_before(now=None):
    from django.conf import settings

    days = getattr(settings, "LEEFWERELD_BARRIER_STALE_DAYS", 28)
    return (now or timezone.now()) - dt.timedelta(days=days)


def money(value):
    return Decimal(value).quantize(Decimal("0.01")) if value is not None else None
