"""Writes for gesprekken and assessments, through access.guard()."""
from django.conf import settings
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from leefwereld.access.policy import guard
from leefwereld.core.errors import ApplicationError
from leefwereld.core.versioning import save_versioned
from leefwereld.intake.services import vraag_led_to_gesprek
from leefwereld.residents.services import blanco_end_after_gesprek, person_help_started

from .contact import SIDE_OF, ContactKind, Contactmoment
from .models import STORY_FIELDS, Assessment, AssessmentScore, Gesprek

GESPREK_FIELDS = ["held_on", "duration_minutes", "location", "present", *STORY_FIELDS]
MAX_MINUTES = 12 * 60


def _validate_gesprek(fields):
    held_on = fields.get("held_on")
    if held_on is None:
        raise ApplicationError(_("Vul de datum van het gesprek in."), field="held_on")
    if held_on > timezone.localdate():
        raise ApplicationError(_("Een gesprek kan niet in de toekomst liggen."), field="held_on")
    minutes = fields.get("duration_minutes")
    if minutes is not None and not (0 < minutes <= MAX_MINUTES):
        raise ApplicationError(_("Vul een duur in tussen 1 en 720 minuten."), field="duration_minutes")
    limit = settings.LEEFWERELD_STORY_MAX_CHARS
    for name in STORY_FIELDS:
        if len(fields.get(name) or "") > limit:
            raise ApplicationError(_("Deze tekst is te lang: maximaal %(limit)s tekens.") % {"limit": limit},
                                   field=name)


def gesprek_create(*, actor, person, data: dict, vraag=None):
    fields = {k: v for k, v in data.items() if k in GESPREK_FIELDS}
    _validate_gesprek(fields)
    with transaction.atomic():
        gesprek = Gesprek.objects.create(household_id=person.household_id, person=person, vraag=vraag,
                                         author=actor, **fields)
        guard(actor, "gesprekken.create", person=person, obj=gesprek)
        blanco_end_after_gesprek(actor=actor, person=person)
        person_help_started(person=person)
        if vraag is not None:
            if vraag.household_id != person.household_id:
                raise ApplicationError(_("Deze vraag hoort bij een ander huishouden."))
            vraag_led_to_gesprek(actor=actor, vraag=vraag, gesprek=gesprek)
    return gesprek


def gesprek_update(*, actor, gesprek, expected_version, data: dict):
    changes = {k: v for k, v in data.items() if k in GESPREK_FIELDS}
    _validate_gesprek({**{k: getattr(gesprek, k) for k in GESPREK_FIELDS}, **changes})
    with transaction.atomic():
        changed = save_versioned(gesprek, expected_version=expected_version, changes=changes)
        # After the save so the row holds old and new values; a refusal rolls the change back.
        guard(actor, "gesprekken.update", person=gesprek.person, obj=gesprek, detail={"changes": changed})
    return gesprek


def assessment_create(*, actor, person, instrument, taken_on, scores: list[dict], note=""):
    """Record a measurement. `scores` holds one dict per domain; empty domains are left out."""
    if taken_on > timezone.localdate():
        raise ApplicationError(_("Een meting kan niet in de toekomst liggen."), field="taken_on")
    domains = {d.pk: d for d in instrument.domains.all()}
    levels = {lv.pk: lv for lv in instrument.levels.all()}
    with transaction.atomic():
        assessment = Assessment.objects.create(household_id=person.household_id, person=person,
                                               instrument=instrument, taken_on=taken_on, author=actor, note=note)
        guard(actor, "assessments.create", person=person, obj=assessment)
        rows = []
        for score in scores:
            domain = domains.get(score.get("domain_id"))
            if domain is None:
                raise ApplicationError(_("Dit leefgebied hoort niet bij het gekozen instrument."))
            for key in ("level_id", "resident_level_id"):
                if score.get(key) is not None and score[key] not in levels:
                    raise ApplicationError(_("Dit niveau hoort niet bij het gekozen instrument."))
            rows.append(AssessmentScore(household_id=person.household_id, assessment=assessment, **score))
        AssessmentScore.objects.bulk_create(rows)
    return assessment


def contactmoment_create(*, actor, person, on, kind, minutes, with_whom="", note=""):
    """Record a contact with or around a resident; its side (resident or coordination) follows its kind."""
    if kind not in ContactKind.values:
        raise ApplicationError(_("Kies wat voor contact het was."), field="kind")
    if on > timezone.localdate():
        raise ApplicationError(_("Deze datum ligt in de toekomst. Vul de datum van vandaag of eerder in."),
                               field="on")
    if not (0 < minutes <= MAX_MINUTES):
        raise ApplicationError(_("Vul een tijd in tussen 1 en 720 minuten."), field="minutes")
    with transaction.atomic():
        moment = Contactmoment.objects.create(household_id=person.household_id, person=person, on=on, kind=kind,
                                              side=SIDE_OF[kind], minutes=minutes, with_whom=with_whom, note=note,
                                              author=actor)
        guard(actor, "contactmomenten.create", person=person, obj=moment, detail={"kind": kind})
    return moment
