"""Who holds regie of the plan; changes and temporary takeovers are appended to RegieChange."""
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from leefwereld.access.policy import guard
from leefwereld.accounts.models import Role
from leefwereld.core.errors import ApplicationError

from ..models import ChangeKind, RegieChange, RegieKind
from .versions import new_version


def _holder(plan, kind, person, network_member, professional):
    if kind == RegieKind.INWONER:
        if person is None or person.household_id != plan.household_id:
            raise ApplicationError(_("Kies wie uit het huishouden de regie houdt."), field="person")
        return {"regie_person": person, "regie_network": None, "regie_professional": None}, person.full_name
    if kind == RegieKind.NETWERK:
        if network_member is None or network_member.household_id != plan.household_id:
            raise ApplicationError(_("Kies wie uit het netwerk de regie neemt."), field="network_member")
        return {"regie_person": None, "regie_network": network_member, "regie_professional": None}, \
            network_member.name
    if kind == RegieKind.PROFESSIONAL:
        if professional is None or professional.role not in (Role.PROFESSIONAL, Role.TEAMLEIDER):
            raise ApplicationError(_("Kies welke professional de regie neemt."), field="professional")
        return {"regie_person": None, "regie_network": None, "regie_professional": professional}, \
            professional.get_full_name()
    raise ApplicationError(_("Kies wie de regie houdt."), field="kind")


def regie_set(*, actor, plan, expected_version, kind, reason, person=None, network_member=None,
              professional=None, support="", takeover_until=None):
    """Name the regiehouder. A temporary takeover needs a reason and an end date."""
    if not (reason or "").strip():
        raise ApplicationError(_("Schrijf op waarom de regie verandert."), field="reason")
    if takeover_until is not None:
        if kind == RegieKind.INWONER:
            raise ApplicationError(_("Bij een tijdelijke overname neemt iemand anders de regie."), field="kind")
        if takeover_until <= timezone.localdate():
            raise ApplicationError(_("Kies een einddatum na vandaag."), field="takeover_until")
    holder, name = _holder(plan, kind, person, network_member, professional)
    with transaction.atomic():
        guard(actor, "plans.regie", household=plan.household, obj=plan,
              detail={"kind": kind, "takeover": takeover_until is not None})
        RegieChange.objects.create(household_id=plan.household_id, plan=plan, kind=kind, holder_name=name,
                                   support=support.strip(), reason=reason.strip(), takeover_until=takeover_until,
                                   by=actor)
        extra = {"regie_kind": kind, "regie_support": support.strip(), "takeover_until": takeover_until,
                 "takeover_reason": reason.strip() if takeover_until else "", **holder}
        for field, value in holder.items():
            setattr(plan, field, value)
        new_version(actor=actor, plan=plan, expected_version=expected_version, kind=ChangeKind.REGIE, subject=name,
                    substantive=False, extra=extra)
    return plan
