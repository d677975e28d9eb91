"""Writes on residents, households and networks. Each goes through access.guard()."""
from django.db import transaction
from django.urls import reverse
from django.utils import timezone
from django.utils.html import format_html
from django.utils.translation import gettext as _

from leefwereld.access.grants import household_access_refresh
from leefwereld.access.policy import can_see_household, guard
from leefwereld.accounts.models import Role
from leefwereld.core.errors import ApplicationError
from leefwereld.core.versioning import save_versioned

from .models import (
    Assignment,
    BlancoVoorbereiding,
    DossierAfsluiting,
    Household,
    MemberSituation,
    NetworkMember,
    Person,
)

PERSON_FIELDS = [
    "given_name", "prefix", "family_name", "birth_date", "bsn", "street", "house_number", "postcode",
    "city", "phone", "email", "preferred_channel", "safety_notes", "household_role",
    "language", "reads_dutch", "interpreter_needed", "letters_to", "communication_notes",
]
NETWORK_FIELDS = ["name", "relation", "phone", "does", "could_do", "draagkracht", "may_ask"]


def household_create(*, actor, name, team=None):
    team = team or actor.team
    if team is None:
        raise ApplicationError(_("U hoort niet bij een wijkteam. Vraag de beheerder u aan een team toe te voegen."))
    with transaction.atomic():
        household = Household.objects.create(team=team, name=name)
        household_access_refresh(household_ids=[household.pk])
        guard(actor, "households.update", household=household, obj=household, detail={"created": True})
    return household


def household_move_team(*, actor, household, team):
    """A household moves to another wijkteam (a move, a new area): who may see it changes with it."""
    with transaction.atomic():
        guard(actor, "households.update", household=household, obj=household,
              detail={"team": [household.team_id, team.pk]})
        Household.objects.filter(pk=household.pk).update(team=team)
        household.team = team
        household_access_refresh(household_ids=[household.pk])
    return household


def _bsn_must_be_free(*, actor, bsn, person=None):
    """One BSN, one person. Refuse a BSN held by someone else, without showing a file the actor may not see."""
    if not bsn:
        return
    holder = Person.objects.select_related("household__team").filter(bsn=bsn).exclude(pk=getattr(person, "pk", None))
    holder = holder.first()
    if holder is None:
        return
    if can_see_household(actor, holder.household):
        message = format_html(_("Dit BSN hoort al bij {name}. Is het dezelfde persoon? Open dan <a href=\"{url}\">"
                                "dat dossier</a>."), name=holder.full_name,
                              url=reverse("workspace:person", args=[holder.public_id]))
    else:
        team = holder.household.team
        message = _("Dit BSN is al in gebruik bij iemand die u niet kunt inzien. Neem contact op met "
                    "%(team)s%(phone)s om af te stemmen wie deze persoon helpt.") % {
            "team": team.name, "phone": f" ({team.phone})" if team.phone else ""}
    raise ApplicationError(message, field="bsn")


def person_create(*, actor, data: dict, household=None, contact_only=False):
    """Register a person; a new household is made for them unless one is given."""
    fields = {k: v for k, v in data.items() if k in PERSON_FIELDS}
    _bsn_must_be_free(actor=actor, bsn=fields.get("bsn"))
    with transaction.atomic():
        if household is None:
            household = Household.objects.create(
                team=actor.team, name=_("Huishouden %(name)s") % {"name": _family_label(fields)}
            )
        person = Person.objects.create(household=household, contact_only=contact_only, **fields)
        household_access_refresh(household_ids=[household.pk])
        # Checked after the insert but in the same transaction: a refusal rolls both back.
        guard(actor, "persons.create", household=household, person=person, obj=person,
              detail={"contact_only": contact_only})
    return person


def _family_label(fields):
    return " ".join(p for p in [fields.get("prefix", ""), fields.get("family_name", "")] if p).strip()


def person_update(*, actor, person, expected_version, data: dict):
    changes = {k: v for k, v in data.items() if k in PERSON_FIELDS}
    _bsn_must_be_free(actor=actor, bsn=changes.get("bsn"), person=person)
    with transaction.atomic():
        changed = save_versioned(person, expected_version=expected_version, changes=changes)
        # Checked in the same transaction, after the save so the row holds old and new values;
        # a refusal rolls the change back.
        guard(actor, "persons.update", person=person, obj=person, detail={"changes": changed})
        if person.contact_only and changed:
            Person.objects.filter(pk=person.pk).update(contact_only=False)
            person.contact_only = False
    return person


COMMUNICATION_FIELDS = ["preferred_channel", "phone", "email", "language", "reads_dutch", "interpreter_needed",
                        "letters_to", "communication_notes"]


def person_communication_set(*, actor, person, expected_version, data: dict):
    """How contact works for this person: set by a professional, or by the resident in Mijn Leefwereld."""
    changes = {k: v for k, v in data.items() if k in COMMUNICATION_FIELDS}
    with transaction.atomic():
        changed = save_versioned(person, expected_version=expected_version, changes=changes)
        guard(actor, "persons.communication", person=person, obj=person, detail={"changes": changed})
    return person


def person_assign_contact(*, actor, person, contactpersoon, stand_in=None, reason="", expected_version=None):
    """Name the vaste contactpersoon and a stand-in. History is appended in Assignment."""
    for user in filter(None, [contactpersoon, stand_in]):
        if not user.is_active or user.role not in (Role.PROFESSIONAL, Role.TEAMLEIDER):
            raise ApplicationError(_("Kies een professional van een wijkteam."), field="contactpersoon")
    if stand_in is not None and stand_in.pk == contactpersoon.pk:
        raise ApplicationError(_("De vervanger moet iemand anders zijn dan de vaste contactpersoon."),
                               field="stand_in")
    with transaction.atomic():
        guard(actor, "persons.assign_contact", person=person, obj=person,
              detail={"contactpersoon": contactpersoon.pk, "stand_in": getattr(stand_in, "pk", None)})
        # Two colleagues assigning at once: the second sees the first one's choice, nothing is lost silently.
        save_versioned(person, expected_version=person.version if expected_version is None else expected_version,
                       changes={"contactpersoon": contactpersoon, "stand_in": stand_in})
        Assignment.objects.create(household_id=person.household_id, person=person, contactpersoon=contactpersoon,
                                  stand_in=stand_in, reason=reason, assigned_by=actor)
        household_access_refresh(household_ids=[person.household_id])
    return person


def blanco_start(*, actor, person):
    """Choose to prepare the first visit without the earlier file."""
    with transaction.atomic():
        guard(actor, "persons.blanco", person=person, obj=person)
        blanco, _created = BlancoVoorbereiding.objects.get_or_create(
            person=person, professional=actor, ended_at=None, defaults={"household_id": person.household_id}
        )
    return blanco


def blanco_open_file(*, actor, person, reason):
    """The deliberate step out of a blanco preparation: logged with its reason."""
    with transaction.atomic():
        guard(actor, "persons.open_file", person=person, obj=person, reason=reason)
        BlancoVoorbereiding.objects.filter(person=person, professional=actor, ended_at=None).update(
            ended_at=timezone.now()
        )


def blanco_end_after_gesprek(*, actor, person):
    """A recorded gesprek ends the blanco preparation: the professional now knows the story first-hand."""
    BlancoVoorbereiding.objects.filter(person=person, professional=actor, ended_at=None).update(
        ended_at=timezone.now()
    )


def network_member_add(*, actor, person, data: dict):
    fields = {k: v for k, v in data.items() if k in NETWORK_FIELDS}
    with transaction.atomic():
        member = NetworkMember(household_id=person.household_id, person=person, added_by=actor, **fields)
        member.save()
        # After the insert so the row names the member; a refusal rolls both back.
        guard(actor, "network.update", person=person, obj=member, detail={"added": True})
    return member


def network_member_update(*, actor, member, expected_version, data: dict):
    changes = {k: v for k, v in data.items() if k in NETWORK_FIELDS}
    with transaction.atomic():
        changed = save_versioned(member, expected_version=expected_version, changes=changes)
        guard(actor, "network.update", person=member.person, obj=member, detail={"changes": changed})
    return member


def person_situation_change(*, actor, person, expected_version, situation, since, note=""):
    """A member moved abroad, left, died or came back: the person shows it now, the history keeps it."""
    if since > timezone.localdate():
        raise ApplicationError(_("Deze datum ligt in de toekomst. Vul de datum van vandaag of eerder in."),
                               field="since")
    with transaction.atomic():
        guard(actor, "persons.update", person=person, obj=person,
              detail={"situation": {"was": person.situation, "became": situation}, "since": since.isoformat()})
        save_versioned(person, expected_version=expected_version,
                       changes={"situation": situation, "situation_since": since})
        MemberSituation.objects.create(household_id=person.household_id, person=person, situation=situation,
                                       since=since, note=note, recorded_by=actor)
    return person


def person_help_started(*, person):
    """Help has started (a vraag, a gesprek, a plan): the person is no longer known by a signal only.

    Part of the caller's write, which was guarded and logged there.
    """
    if person.contact_only:
        Person.objects.filter(pk=person.pk).update(contact_only=False)
        person.contact_only = False


def household_close(*, actor, household, reason, on=None):
    """Close the household's file (dossier afsluiten): the help has ended. The retention periods count
    from this day (ADR 0039); reopening is possible until the retention job has touched the file."""
    on = on or timezone.localdate()
    reason = (reason or "").strip()
    if not reason:
        raise ApplicationError(_("Schrijf op waarom het dossier wordt afgesloten."), field="reason")
    if on > timezone.localdate():
        raise ApplicationError(_("Deze datum ligt in de toekomst. Vul de datum van vandaag of eerder in."),
                               field="on")
    with transaction.atomic():
        locked = Household.objects.select_for_update().get(pk=household.pk)
        if locked.closed_on:
            raise ApplicationError(_("Dit dossier is al afgesloten."))
        guard(actor, "households.close", household=household, obj=household, reason=reason,
              detail={"closed_on": on.isoformat()})
        Household.objects.filter(pk=household.pk).update(closed_on=on)
        DossierAfsluiting.objects.create(household=household, closed=True, on=on, reason=reason, recorded_by=actor)
    household.closed_on = on
    return household


def household_reopen(*, actor, household, reason):
    """Reopen a closed file (new help, a closure by mistake). The periods start again at the next closure."""
    reason = (reason or "").strip()
    if not reason:
        raise ApplicationError(_("Schrijf op waarom het dossier weer open gaat."), field="reason")
    with transaction.atomic():
        locked = Household.objects.select_for_update().get(pk=household.pk)
        if locked.anonymised_on:
            raise ApplicationError(_("Dit dossier is na de bewaartermijn geanonimiseerd en kan niet meer open."))
        if not locked.closed_on:
            raise ApplicationError(_("Dit dossier is niet afgesloten."))
        guard(actor, "households.close", household=household, obj=household, reason=reason,
              detail={"reopened": True, "was_closed_on": locked.closed_on.isoformat()})
        Household.objects.filter(pk=household.pk).update(closed_on=None)
        DossierAfsluiting.objects.create(household=household, closed=False, on=timezone.localdate(), reason=reason,
                                         recorded_by=actor)
    household.closed_on = None
    return household
