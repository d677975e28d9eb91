"""Reads of residents and households. Each starts from access.visible(); file reads are logged."""
import uuid

from django.db.models import OuterRef, Q, Subquery
from django.urls import reverse

from leefwereld.access.policy import assigned_to, show, visible, visible_one, within
from leefwereld.core import search
from leefwereld.core.errors import LeaveFor, NotFoundOrNotAllowed

from .models import (
    Assignment,
    BlancoVoorbereiding,
    DossierAfsluiting,
    Household,
    MemberSituation,
    NetworkMember,
    Person,
)

SEARCH_LIMIT = 50
NAME_FIELDS = ("given_name", "prefix", "family_name")


def person_get(*, actor, public_id, action="persons.view", reason=""):
    """One person, if the actor may see them; the look is logged (one audit row per page, ADR 0007)."""
    person = visible_one(actor, Person.objects.select_related(*PERSON_RELATED), action, public_id=public_id)
    if person is None:
        raise NotFoundOrNotAllowed("not found")
    show(actor, action, person=person, obj=person, reason=reason)
    return person


PERSON_RELATED = ("household", "household__team", "contactpersoon", "stand_in")


def blanco_subquery(actor, **about):
    """The person prepared blanco by the actor, as a subquery (so the file's own query answers it)."""
    return Subquery(BlancoVoorbereiding.objects.filter(professional=actor, ended_at__isnull=True, **about)
                    .values("person__public_id")[:1])


def person_file_get(*, actor, public_id):
    """The person of a file page, in one query that also asks whether the actor prepares them blanco:
    then the page leads to the blanco view (ADR 0008) before anything is shown or logged."""
    person = visible_one(actor, Person.objects.select_related(*PERSON_RELATED)
                         .annotate(blanco_for=blanco_subquery(actor, person=OuterRef("pk"))),
                         "persons.view_basic", public_id=public_id)
    if person is None:
        raise NotFoundOrNotAllowed("not found")
    blanco_leave_found(person)
    show(actor, "persons.view", person=person, obj=person)
    return person


def household_get(*, actor, public_id, action="households.view", blanco=False):
    """One household; with blanco=True the file page leads to the blanco view while the actor prepares
    a member blanco (asked in the same query)."""
    qs = Household.objects.select_related("team")
    if blanco:
        qs = qs.annotate(blanco_for=blanco_subquery(actor, household=OuterRef("pk")))
    household = visible_one(actor, qs, action, public_id=public_id)
    if household is None:
        raise NotFoundOrNotAllowed("not found")
    blanco_leave_found(household)
    show(actor, action, household=household, obj=household)
    return household


def household_members(*, actor, household):
    members = list(
        within(actor, household, Person.objects.all(), "households.view")
        .select_related("contactpersoon", "stand_in")
        .order_by("birth_date", "given_name")
    )
    show(actor, "households.view", households=[household.pk], persons=[m.pk for m in members])
    return members


def person_search_qs(*, actor, name="", birth_date=None, postcode="", house_number="", bsn=""):
    """The people matching a search, best first, among those the actor may see; None without criteria."""
    qs = visible(actor, Person.objects.all(), "persons.search")
    criteria = Q()
    words = search.normalise(name).split()
    if bsn:
        criteria &= Q(bsn=bsn)
    if words:
        criteria &= search.name_matches(words, NAME_FIELDS, Person)
    if birth_date:
        criteria &= Q(birth_date=birth_date)
    if postcode:
        criteria &= Q(postcode=postcode)
    if house_number:
        criteria &= Q(house_number__iexact=house_number)
    if not criteria:
        return None
    return search.rank_by_name(qs.filter(criteria).order_by("family_name", "given_name", "id"), words, NAME_FIELDS)


def person_search(*, actor, name="", birth_date=None, postcode="", house_number="", bsn=""):
    """Find people the actor may see: name + birth date, postcode + house number, or BSN exactly."""
    ordered = person_search_qs(actor=actor, name=name, birth_date=birth_date, postcode=postcode,
                               house_number=house_number, bsn=bsn)
    if ordered is None:
        return []
    found = list(ordered.select_related("household", "contactpersoon")[:SEARCH_LIMIT])
    used = {"name": name, "birth_date": birth_date, "postcode": postcode, "house_number": house_number, "bsn": bsn}
    # The log says how someone searched and who was shown, not what for: search terms can be personal data.
    show(actor, "persons.search", detail={"by": sorted(k for k, v in used.items() if v)},
         persons=[p.pk for p in found])
    return found


def person_probable_duplicates(*, actor, given_name="", family_name="", birth_date=None, postcode="",
                               house_number="", bsn=""):
    """People who are probably the same person: same BSN, same name and birth date, or same first name at
    the same address. Only among people the actor may see; others stay invisible."""
    qs = visible(actor, Person.objects.all(), "persons.search")
    match = Q(pk__in=[])
    if bsn:
        match |= Q(bsn=bsn)
    if family_name and birth_date:
        match |= Q(family_name__iexact=family_name, birth_date=birth_date)
    if postcode and house_number and given_name:
        match |= Q(postcode=postcode, house_number__iexact=house_number, given_name__iexact=given_name)
    found = list(qs.filter(match).select_related("household")[:10])
    if found:  # the page shows them as "is this the same person?"
        show(actor, "persons.search", detail={"duplicates": True}, persons=[p.pk for p in found])
    return found


def person_assignments(*, actor, person):
    return list(
        within(actor, person.household_id, Assignment.objects.filter(person=person), "persons.view")
        .select_related("contactpersoon", "stand_in", "assigned_by")[:20]
    )


def person_network(*, actor, person):
    return list(within(actor, person.household_id, NetworkMember.objects.filter(person=person), "persons.view")
                .order_by("name"))


def network_member_get(*, actor, public_id):
    member = (
        visible_one(actor, NetworkMember.objects.select_related("person", "person__household"), "network.update",
                    public_id=public_id)
    )
    if member is None:
        raise NotFoundOrNotAllowed("not found")
    show(actor, "persons.view", person=member.person, obj=member)
    return member


def blanco_is_open(*, actor, person) -> bool:
    return BlancoVoorbereiding.objects.filter(person=person, professional=actor, ended_at__isnull=True).exists()


def blanco_leave_found(found):
    """Leave for the blanco view when a file's own query found an open blanco preparation
    (annotated as `blanco_for` with blanco_subquery)."""
    if getattr(found, "blanco_for", None) is not None:
        raise LeaveFor(reverse("workspace:person_blanco", args=[found.blanco_for]))


def blanco_leave(*, actor, person=None, household=None):
    """Every page with the earlier file leads to the blanco view while the actor prepares a first visit
    blanco (for this person, or for a member of this household), until the file is opened with a reason.

    Call it before anything is shown: the redirect leaves no audit row (a redirect shows nothing).
    """
    open_ = BlancoVoorbereiding.objects.filter(professional=actor, ended_at__isnull=True)
    open_ = open_.filter(person=person) if person is not None else open_.filter(household=household)
    public_id = open_.values_list("person__public_id", flat=True).first()
    if public_id is not None:
        raise LeaveFor(reverse("workspace:person_blanco", args=[public_id]))


PERSON_ROW = ("public_id", "given_name", "prefix", "family_name", "household_id", "contactpersoon_id",
              "stand_in_id", "household__name")


def my_people_qs(*, actor):
    """People whose vaste contactpersoon the actor is, in name order. Visible by the rule's own branch
    (assigned_to), so no second filter."""
    return (assigned_to(actor, "werkvoorraad.view").filter(contactpersoon=actor).select_related("household")
            .only(*PERSON_ROW).order_by("family_name", "given_name", "id"))


def standing_in_qs(*, actor):
    """People for whom the actor is stand-in (and not also the vaste contactpersoon)."""
    return (assigned_to(actor, "werkvoorraad.view").filter(stand_in=actor).exclude(contactpersoon=actor)
            .select_related("contactpersoon")
            .only(*PERSON_ROW[:-1], "contactpersoon__first_name", "contactpersoon__last_name")
            .order_by("family_name", "given_name", "id"))


def people_of(*, actor, limit=100):
    """People for whom the actor is vaste contactpersoon or stand-in (werkvoorraad)."""
    people = list(
        assigned_to(actor, "werkvoorraad.view")
        .select_related("household", "contactpersoon", "stand_in").order_by("family_name", "given_name")[:limit]
    )
    show(actor, "werkvoorraad.view", persons=[p.pk for p in people])
    return people


def persons_by_pks(*, actor, pks):
    """Names for a list of ids (e.g. in the audit view); people the actor may not see are left out.
    The caller logs whom it shows (the audit view does, in its own row)."""
    return {p.pk: p for p in visible(actor, Person.objects.filter(pk__in=list(pks)), "persons.search")}


def person_by_public_id(*, actor, public_id):
    """A person the actor may see, or None (also for a malformed id); not logged: the caller logs what it
    shows (the audit view)."""
    try:
        public_id = uuid.UUID(str(public_id))
    except ValueError:
        return None
    return visible(actor, Person.objects.select_related("household"), "persons.search").filter(
        public_id=public_id).first()


def households_by_pks(*, actor, pks):
    """Household names for a list of ids; households the actor may not see are left out."""
    return {h.pk: h for h in visible(actor, Household.objects.filter(pk__in=list(pks)), "households.view")}


def household_members_qs(*, actor, household):
    """Members as a queryset, for form choices."""
    return within(actor, household, Person.objects.all(), "households.view").order_by(
        "birth_date", "given_name")


def household_network_qs(*, actor, household):
    return within(actor, household, NetworkMember.objects.all(), "persons.view").order_by("name")


def person_situations(*, actor, person):
    """The history of a member's situation, newest first (the file's look is logged by the caller)."""
    return list(within(actor, person.household_id, MemberSituation.objects.filter(person=person), "persons.view")
                .select_related("recorded_by")[:50])


def dossier_closures(*, actor, household):
    """The file's closing and reopening, newest first (the page's look is logged by household_get)."""
    return list(within(actor, household.pk, DossierAfsluiting.objects.filter(household=household), "households.view")
                .select_related("recorded_by")[:50])
