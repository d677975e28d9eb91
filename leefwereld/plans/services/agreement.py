"""Agreement or disagreement with a version of the plan, from whoever speaks."""
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from leefwereld.access.policy import guard
from leefwereld.core.errors import ApplicationError

from ..models import Agreement, AgreementHow, RepresentativeRole, SpeakerKind


def _speaker(plan, person, network_member, representative_name, representative_role):
    """Exactly one voice: a household member, someone in the network, or a vertegenwoordiger by name."""
    name = (representative_name or "").strip()
    if len([x for x in (person, network_member, name) if x]) != 1:
        raise ApplicationError(_("Kies wie er spreekt."), field="speaker")
    if person is not None:
        if person.household_id != plan.household_id:
            raise ApplicationError(_("Kies iemand uit dit huishouden."), field="speaker")
        return {"speaker_kind": SpeakerKind.INWONER, "person": person}
    if network_member is not None:
        if network_member.household_id != plan.household_id:
            raise ApplicationError(_("Kies iemand uit het netwerk van dit huishouden."), field="speaker")
        return {"speaker_kind": SpeakerKind.NETWERK, "network_member": network_member}
    if representative_role not in RepresentativeRole.values:
        raise ApplicationError(_("Kies de relatie van de vertegenwoordiger."), field="representative_role")
    return {"speaker_kind": SpeakerKind.VERTEGENWOORDIGER, "representative_name": name[:200],
            "representative_role": representative_role}


def agreement_record(*, actor, plan, agrees, how, on, disagreement="", person=None, network_member=None,
                     representative_name="", representative_role=""):
    """Record that someone agrees with this version of the plan, or what they disagree with, in their own words."""
    speaker = _speaker(plan, person, network_member, representative_name, representative_role)
    if how not in AgreementHow.values:
        raise ApplicationError(_("Kies hoe de reactie is gegeven."), field="how")
    if on > timezone.localdate():
        raise ApplicationError(_("Deze datum ligt in de toekomst."), field="on")
    if not agrees and not (disagreement or "").strip():
        raise ApplicationError(_("Schrijf op waar deze persoon het niet mee eens is, in eigen woorden."),
                               field="disagreement")
    with transaction.atomic():
        # "Over wie" stays the plan's household, whoever speaks: a network member is not a subject of the file.
        guard(actor, "plans.agreement", household=plan.household, obj=plan,
              detail={"agrees": bool(agrees), "speaker": speaker["speaker_kind"]})
        return Agreement.objects.create(household_id=plan.household_id, plan=plan, revision=plan.revision,
                                        agrees=agrees, how=how, on=on, disagreement=(disagreement or "").strip(),
                                        recorded_by=actor, **speaker)
