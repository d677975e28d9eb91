"""Bezwaar: registered against a sent decision, decided within its own period (Awb 7:10)."""
from django.conf import settings
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from leefwereld.access.policy import guard
from leefwereld.core.datum import datum
from leefwereld.core.errors import ApplicationError
from leefwereld.core.termijnen import Kalender

from .. import deadlines
from ..models import Beschikking, BeschikkingStap, BeschikkingStatus, Bezwaar, BezwaarUitkomst
from .beschikkingen import herziening_start

OPEN_FOR_BEZWAAR = (BeschikkingStatus.VERZONDEN, BeschikkingStatus.GEHANDHAAFD)


def bezwaar_register(*, actor, beschikking, received_on, grounds):
    """Register a bezwaar with its date and grounds. Late is recorded, not refused: whether a late
    bezwaar is excusable (Awb 6:11) is for the decision on it."""
    if beschikking.status not in OPEN_FOR_BEZWAAR or beschikking.sent_on is None:
        raise ApplicationError(_("Bezwaar kan alleen tegen een verzonden besluit."))
    if received_on < beschikking.sent_on:
        raise ApplicationError(_("Het bezwaar kan niet ontvangen zijn vóór de brief werd verzonden (%(day)s).")
                               % {"day": datum(beschikking.sent_on)}, field="received_on")
    if received_on > timezone.localdate():
        raise ApplicationError(_("Deze datum ligt in de toekomst."), field="received_on")
    if not (grounds or "").strip():
        raise ApplicationError(_("Schrijf op waarom de inwoner het er niet mee eens is."), field="grounds")
    committee = getattr(settings, "LEEFWERELD_BEZWAARCOMMISSIE", False)
    deadline = deadlines.bezwaar_deadline(Kalender.load(), beschikking.bezwaar_until, committee=committee)
    with transaction.atomic():
        guard(actor, "bezwaren.manage", obj=beschikking, detail={"received_on": received_on.isoformat()})
        bezwaar = Bezwaar.objects.create(household_id=beschikking.household_id, beschikking=beschikking,
                                         received_on=received_on, grounds=grounds.strip(),
                                         in_time=received_on <= beschikking.bezwaar_until, deadline=deadline,
                                         handled_by=actor)
        Beschikking.objects.filter(pk=beschikking.pk).update(status=BeschikkingStatus.BEZWAAR)
        BeschikkingStap.objects.create(household_id=beschikking.household_id, beschikking=beschikking,
                                       status=BeschikkingStatus.BEZWAAR, by=actor)
    return bezwaar


def bezwaar_hearing(*, actor, bezwaar, hearing_on, notes):
    if bezwaar.uitkomst:
        raise ApplicationError(_("Over dit bezwaar is al beslist."))
    if hearing_on < bezwaar.received_on:
        raise ApplicationError(_("De hoorzitting kan niet voor het bezwaar zijn."), field="hearing_on")
    with transaction.atomic():
        guard(actor, "bezwaren.manage", obj=bezwaar, detail={"hearing_on": hearing_on.isoformat()})
        Bezwaar.objects.filter(pk=bezwaar.pk).update(hearing_on=hearing_on, hearing_notes=(notes or "").strip())
    bezwaar.refresh_from_db()
    return bezwaar


def bezwaar_decide(*, actor, bezwaar, uitkomst, words, decided_on):
    """Record the outcome. Gegrond: a herziening starts as a new decision linked to the old one
    (returned); ongegrond or niet-ontvankelijk: the decision is upheld; withdrawn: it stands as sent."""
    if bezwaar.uitkomst:
        raise ApplicationError(_("Over dit bezwaar is al beslist."))
    if uitkomst not in BezwaarUitkomst.values:
        raise ApplicationError(_("Kies de uitkomst."), field="uitkomst")
    if not (words or "").strip():
        raise ApplicationError(_("Schrijf kort op waarom."), field="words")
    if decided_on < bezwaar.received_on or decided_on > timezone.localdate():
        raise ApplicationError(_("Kies een datum tussen het bezwaar en vandaag."), field="decided_on")
    beschikking = bezwaar.beschikking
    status = {BezwaarUitkomst.ONGEGROND: BeschikkingStatus.GEHANDHAAFD,
              BezwaarUitkomst.NIET_ONTVANKELIJK: BeschikkingStatus.GEHANDHAAFD,
              BezwaarUitkomst.INGETROKKEN: BeschikkingStatus.VERZONDEN,
              BezwaarUitkomst.GEGROND: BeschikkingStatus.BEZWAAR}[uitkomst]
    with transaction.atomic():
        guard(actor, "bezwaren.manage", obj=bezwaar, detail={"uitkomst": uitkomst})
        Bezwaar.objects.filter(pk=bezwaar.pk).update(uitkomst=uitkomst, uitkomst_words=words.strip(),
                                                     decided_on=decided_on)
        Beschikking.objects.filter(pk=beschikking.pk).update(status=status)
        BeschikkingStap.objects.create(household_id=beschikking.household_id, beschikking=beschikking,
                                       status=status, note=words.strip()[:1000], by=actor)
        beschikking.refresh_from_db()
        herziening = herziening_start(actor=actor, beschikking=beschikking) if uitkomst == BezwaarUitkomst.GEGROND \
            else None
    bezwaar.refresh_from_db()
    return herziening
