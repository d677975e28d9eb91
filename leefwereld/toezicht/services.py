"""Noodtoegang (break-the-glass, ADR 0038): open a file outside the team in an emergency, with a reason.

The file is looked up past the rule only here, only by an exact BSN, and only after the reason is given; the
opening, with its reason, is a row in the audit log whether or not anyone was found. The grant ends by itself.
"""
from datetime import timedelta

from django.conf import settings
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from leefwereld.access.policy import can_see_household, guard, role_allows
from leefwereld.core.errors import ApplicationError, NotFoundOrNotAllowed
from leefwereld.residents.models import Person

from .grants import glass_access_refresh
from .models import Noodtoegang

MIN_REASON = 20  # a word or two ("spoed") is no reason a privacy officer can judge


def noodtoegang_open(*, actor, bsn, reason):
    """Open the household of the person with this BSN for `LEEFWERELD_NOODTOEGANG_HOURS`.

    Returns (person, noodtoegang): (None, None) when nobody has this BSN; (person, None) when the actor may
    see the household already (nothing to open). Refused beyond the daily limit, so a stolen account cannot
    walk the city through this door.
    """
    if not role_allows(actor, "noodtoegang.open"):
        raise NotFoundOrNotAllowed("not found")
    reason = (reason or "").strip()
    if len(reason) < MIN_REASON:
        raise ApplicationError(_("Schrijf op waarom dit een noodsituatie is: wat er aan de hand is en waarom het "
                                 "niet kan wachten."), field="reason")
    now = timezone.now()
    with transaction.atomic():
        recent = Noodtoegang.objects.filter(by=actor, opened_at__gte=now - timedelta(days=1)).count()
        if recent >= settings.LEEFWERELD_NOODTOEGANG_PER_DAY:
            raise ApplicationError(_("U heeft het afgelopen etmaal al %(n)s keer noodtoegang gebruikt. Bel uw "
                                     "teamleider of de privacyfunctionaris.") % {"n": recent})
        person = Person.objects.select_related("household").filter(bsn=bsn).first()
        if person is None:
            guard(actor, "noodtoegang.open", reason=reason, detail={"gevonden": False})
            return None, None
        if can_see_household(actor, person.household):
            return person, None
        until = now + timedelta(hours=settings.LEEFWERELD_NOODTOEGANG_HOURS)
        opening = Noodtoegang.objects.create(household=person.household, person=person, by=actor,
                                             by_team_id=actor.team_id, reason=reason, opened_at=now, until=until)
        guard(actor, "noodtoegang.open", person=person, household=person.household, obj=opening, reason=reason,
              detail={"tot": until.isoformat()})
        glass_access_refresh([person.household_id])
    return person, opening


def noodtoegang_seen(*, actor, noodtoegang):
    """The team leader of whoever opened it has looked at the reason (it leaves their werkvoorraad)."""
    if not actor.is_teamleider or noodtoegang.by_team_id is None or noodtoegang.by_team_id != actor.team_id:
        raise NotFoundOrNotAllowed("not found")
    with transaction.atomic():
        guard(actor, "noodtoegang.seen", person=noodtoegang.person, household=noodtoegang.household, obj=noodtoegang)
        Noodtoegang.objects.filter(pk=noodtoegang.pk, lead_seen_at__isnull=True).update(
            lead_seen_at=timezone.now(), lead_seen_by=actor)
