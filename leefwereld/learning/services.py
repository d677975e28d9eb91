"""Writes of case stories: start from the file, edit (and anonymise), correct, review, share."""
import dataclasses

from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from leefwereld.access.policy import guard
from leefwereld.core.errors import ApplicationError
from leefwereld.core.versioning import save_versioned
from leefwereld.residents.selectors import household_members_qs, household_network_qs

from . import anonymiser
from .anonymiser import kinds
from .anonymiser.known import Known, KnownPerson, split_name
from .compose import PARTS, compose
from .models import Audience, CaseStory, SharedStory, StoryStatus


def known_from_file(*, actor, household, other_names=""):
    """What the household file knows: its members and their network by name, their street and town."""
    known = Known()
    for member in household_members_qs(actor=actor, household=household):
        family = f"{member.prefix} {member.family_name}".strip()
        known.persons.append(KnownPerson(f"lid-{member.pk}", [member.given_name], [family]))
        known.streets += [member.street] if member.street else []
        known.places += [member.city] if member.city else []
    for contact in household_network_qs(actor=actor, household=household):
        given, family = split_name(contact.name)
        known.persons.append(KnownPerson(f"netwerk-{contact.pk}", [given], [family] if family else []))
    for n, line in enumerate(x.strip() for x in other_names.splitlines()):
        if line:
            names = [x.strip() for x in line.split("=") if x.strip()]
            given, family = split_name(names[0])
            known.persons.append(KnownPerson(f"ander-{n}", [given, *names[1:]], [family] if family else []))
    return known


def _anonymise(actor, story):
    known = known_from_file(actor=actor, household=story.household, other_names=story.other_names)
    result = anonymiser.anonymise(story.text, known=known, added=story.added, removed=story.removed,
                                  reference=story.created_at.date() if story.created_at else None)
    return result.text, [dataclasses.asdict(r) for r in result.replacements]


def case_story_start(*, actor, person, parts):
    """A new story about a person's household, drafted from the parts of the file that were chosen."""
    parts = [p for p in parts if p in PARTS]
    if not parts:
        raise ApplicationError(_("Kies minstens één deel van het dossier."), field="parts")
    with transaction.atomic():
        guard(actor, "casestories.create", person=person, detail={"parts": parts})
        text = compose(actor=actor, person=person, parts=parts) or _("(Schrijf hier het verhaal.)")
        return CaseStory.objects.create(household_id=person.household_id, person=person, author=actor,
                                        text=text[:20000])


def case_story_edit(*, actor, story, expected_version, text, other_names=""):
    """Save what was written and anonymise it again; an edited story must be reviewed again."""
    if not text.strip():
        raise ApplicationError(_("Het verhaal is leeg."), field="text")
    with transaction.atomic():
        story.text, story.other_names = text, other_names
        story.added, story.removed = [], []  # corrections point into the old text
        story.anonymised, story.replacements = _anonymise(actor, story)
        changes = {"text": text, "other_names": other_names, "added": [], "removed": [],
                   "anonymised": story.anonymised, "replacements": story.replacements,
                   "status": StoryStatus.CONCEPT, "reviewed_by_id": None, "reviewed_at": None}
        diff = save_versioned(story, expected_version=expected_version, changes=changes)
        guard(actor, "casestories.edit", household=story.household, person=story.person, obj=story,
              detail={"changes": {k: v for k, v in diff.items() if k in ("status",)},
                      "replacements": len(story.replacements)})
        return story


def case_story_correct(*, actor, story, expected_version, undo=(), add_text="", add_kind=""):
    """The professional's corrections: a replacement that is not needed, or a word that must go too."""
    removed = list(story.removed)
    by_start = {(r["start"], r["end"]): r for r in story.replacements}
    for start, end in undo:
        if (start, end) in by_start:
            removed.append([start, end])
    added = list(story.added)
    add_text = (add_text or "").strip()
    if add_text:
        if add_kind not in kinds.ALL:
            raise ApplicationError(_("Kies wat voor gegeven het is."), field="add_kind")
        positions = _occurrences(story.text, add_text)
        if not positions:
            raise ApplicationError(_("Deze tekst staat niet in het verhaal."), field="add_text")
        added += [[s, e, add_kind] for s, e in positions]
    with transaction.atomic():
        story.added, story.removed = added, removed
        anonymised, replacements = _anonymise(actor, story)
        save_versioned(story, expected_version=expected_version, changes={
            "added": added, "removed": removed, "anonymised": anonymised, "replacements": replacements,
            "status": StoryStatus.CONCEPT, "reviewed_by_id": None, "reviewed_at": None})
        guard(actor, "casestories.edit", household=story.household, person=story.person, obj=story,
              detail={"undone": len(removed), "added": len(added)})
        return story


def _occurrences(text, needle):
    out, start = [], text.find(needle)
    while start >= 0:
        out.append((start, start + len(needle)))
        start = text.find(needle, start + len(needle))
    return out


def case_story_review(*, actor, story, expected_version):
    """The professional compared the anonymised story with the original, and it may leave the team."""
    if not story.anonymised:
        raise ApplicationError(_("Sla het verhaal eerst op, dan wordt het geanonimiseerd."))
    with transaction.atomic():
        save_versioned(story, expected_version=expected_version, changes={
            "status": StoryStatus.GECONTROLEERD, "reviewed_by_id": actor.pk, "reviewed_at": timezone.now()})
        guard(actor, "casestories.review", household=story.household, person=story.person, obj=story)
        return story


def case_story_share(*, actor, story, audience):
    """Share the reviewed, anonymised text; who shared it, with whom and when is recorded."""
    if audience not in Audience.values:
        raise ApplicationError(_("Kies met wie je het verhaal deelt."), field="audience")
    with transaction.atomic():
        locked = CaseStory.objects.select_for_update().get(pk=story.pk)
        if locked.status != StoryStatus.GECONTROLEERD or locked.reviewed_by_id is None:
            raise ApplicationError(_("Alleen een gecontroleerd verhaal kan worden gedeeld."))
        guard(actor, "casestories.share", household=story.household, person=story.person, obj=story,
              detail={"audience": audience})
        return SharedStory.objects.create(story=locked, audience=audience, text=locked.anonymised, shared_by=actor)
