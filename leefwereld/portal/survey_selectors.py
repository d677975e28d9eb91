"""Who is invited to the client-experience survey in Mijn Leefwereld (ADR 0044), read through the resident's own
grantee like every portal read (access.within on the open file's household).

The target group of a survey about year Y under a law: the person whose file is open had, in Y,
- a procedure (melding or aanvraag) under that law that was running at some time in Y, or
- a decision under that law sent in Y, or a provision under it granted and in force at some time in Y, or
- a vraag received in Y, or a household plan in force in Y (not a draft). Vragen and plans name no law, so
  they count for the Jeugdwet when the person was under 18 on 31 December of Y, for the Wmo otherwise.
A representative who may act answers for the person they represent; one who may only read is not invited.
"""
import datetime as dt

from django.db.models import Q
from django.utils import timezone

from leefwereld.access.policy import within
from leefwereld.decisions.models import Procedure, Uitkomst, Voorziening, Wet
from leefwereld.intake.models import Kind, Vraag
from leefwereld.kompas.survey import Survey, SurveyWet
from leefwereld.plans.models import Plan, PlanStatus

from .models import Deelname

ACTION = "portal.view"
LAW = {SurveyWet.WMO: Wet.WMO, SurveyWet.JEUGD: Wet.JEUGDWET}


def _minor_in(person, year):
    b = person.birth_date
    return b is not None and b > dt.date(year - 18, 12, 31)


def in_target_group(ctx, survey):
    """Whether the open file's person belongs to the survey's target group (see the module's rule)."""
    person, household = ctx.person, ctx.person.household_id
    start, end = dt.date(survey.year, 1, 1), dt.date(survey.year, 12, 31)
    law = LAW[survey.wet]

    def mine(qs):
        return within(ctx.user, household, qs, ACTION)

    running = Q(received_on__lte=end) & (Q(closed_on__isnull=True) | Q(closed_on__gte=start))
    if mine(Procedure.objects.filter(running, person=person, wet=law)).exists():
        return True
    in_force = (Q(uitkomst__in=[Uitkomst.TOEGEKEND, Uitkomst.DEELS], beschikking__sent_on__lte=end)
                & (Q(starts_on__isnull=True) | Q(starts_on__lte=end))
                & (Q(ends_on__isnull=True) | Q(ends_on__gte=start)))
    if mine(Voorziening.objects.filter(Q(beschikking__sent_on__range=(start, end)) | in_force,
                                       beschikking__person=person, wet=law, archived=False)).exists():
        return True
    if (survey.wet == SurveyWet.JEUGD) != _minor_in(person, survey.year):
        return False
    if mine(Vraag.objects.filter(person=person, kind=Kind.VRAAG, received_on__range=(start, end))).exists():
        return True
    return mine(Plan.objects.exclude(status=PlanStatus.CONCEPT).filter(
        Q(closed_on__isnull=True) | Q(closed_on__gte=start), created_at__date__lte=end)).exists()


def invitations(ctx, today=None):
    """The surveys inviting this file today that it has not responded to, in the target group; none for a
    representative who may only read."""
    if ctx is None or not ctx.may_act:
        return []
    today = today or timezone.localdate()
    responded = within(ctx.user, ctx.person.household_id, Deelname.objects.filter(person=ctx.person), ACTION)
    open_ = (Survey.objects.filter(portal_from__lte=today, portal_until__gte=today)
             .exclude(pk__in=responded.values("survey_id")).order_by("wet"))
    return [s for s in open_ if in_target_group(ctx, s)]


def invitation(ctx, public_id):
    """One survey this file is invited to now, or None (not open, not in the target group, or responded)."""
    return next((s for s in invitations(ctx) if str(s.public_id) == str(public_id)), None)
