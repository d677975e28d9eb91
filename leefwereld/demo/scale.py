"""City-scale synthetic households for benchmarks.

Bulk inserts only: save() per row would take minutes for a city. Names and addresses come
from small Faker pools made once; after that one seeded random.Random picks from them,
because calling Faker per row is the slow part.
"""
import datetime as dt
import random
from collections import Counter

from django.db import transaction
from django.utils import timezone
from faker import Faker
from tqdm import tqdm

from leefwereld.access.grants import household_access_refresh
from leefwereld.audit.models import AuditEvent
from leefwereld.conversations.instruments import ZRM
from leefwereld.conversations.models import Assessment, AssessmentScore, Gesprek, Instrument, Location
from leefwereld.core.validators import bsn_is_valid, normalise_postcode
from leefwereld.intake.models import BroughtBy, FollowUp, Kind, Status, Vraag, VraagStatus
from leefwereld.residents.models import (
    Assignment,
    Draagkracht,
    Household,
    HouseholdRole,
    MayAsk,
    NetworkMember,
    Person,
    PreferredChannel,
    Relation,
)

from .scale_plans import add_plans
from .scale_texts import DOES, FOLLOWUPS, SAFETY, SIGNALEN, STORY, VRAGEN

BATCH = 2000  # rows per INSERT (Django lowers it further if SQLite allows fewer variables)
CHUNK = 1000  # households per transaction: about 2 000 people, so each table gets ~1 batch
PREFIXES = ["van der", "van den", "van de", "van 't", "in 't", "op de", "van", "de", "den", "ter", "te", "'t"]
SIZES, SIZE_WEIGHTS = [1, 2, 3, 4, 5], [38, 33, 12, 12, 5]


def _split_prefix(name):
    """'van der Ploeg' -> ('van der', 'Ploeg'): Dutch sorting and forms keep the tussenvoegsel apart."""
    for prefix in PREFIXES:
        if name.startswith(prefix + " "):
            return prefix, name[len(prefix) + 1:]
    return "", name


def _household_name(prefix, name):
    """'huishouden Van der Ploeg': without a first name before it, the tussenvoegsel takes a capital."""
    return f"huishouden {prefix[:1].upper()}{prefix[1:]} {name}" if prefix else f"huishouden {name}"


def _email(given, name):
    local = "".join(c for c in f"{given}.{name}".lower() if c.isascii() and (c.isalnum() or c == "."))
    return f"{local}@example.nl"  # example.nl: never a real mailbox


class _Generator:
    def __init__(self, *, teams, professionals, seed):
        if not teams or not professionals:
            raise ValueError("generate() needs at least one team and one professional.")
        self.rng = random.Random(seed)  # noqa: S311 - synthetic data, not security
        fake = Faker("nl_NL")
        fake.seed_instance(seed)
        self.given = [fake.first_name() for _ in range(1500)]
        self.family = [_split_prefix(fake.last_name()) for _ in range(1500)]
        streets = [fake.street_name() for _ in range(400)]
        cities = [fake.city() for _ in range(40)]
        # An address is a street with its own postcode in one city, as in real life.
        self.addresses = [(self.rng.choice(streets), normalise_postcode(fake.postcode()), self.rng.choice(cities))
                          for _ in range(3000)]  # Faker writes some postcodes without the space
        self.teams = list(teams)
        self.staff = {t.pk: [p for p in professionals if p.team_id == t.pk] or list(professionals) for t in teams}
        self.names = {p.pk: p.get_full_name() or p.get_username() for p in professionals}
        zrm = Instrument.objects.get(name=ZRM["name"])  # made by the data migration
        self.domains, self.levels = list(zrm.domains.all()), list(zrm.levels.all())
        self.zrm = zrm
        self.bsns = self._bsn_numbers()
        self.today = timezone.localdate()
        self.tz = timezone.get_current_timezone()
        self.counts = Counter()

    def _bsn_numbers(self):
        """Valid BSNs counted up from a seeded start, skipping any already in the database.

        The first eight digits count up; the ninth is the elfproef check digit (skipped when it would be 10).
        """
        taken = set(Person.objects.exclude(bsn="").values_list("bsn", flat=True))
        head = self.rng.randrange(10_000_000, 99_999_999)
        while True:
            head = head + 1 if head < 99_999_999 else 10_000_000
            check = sum(int(d) * w for d, w in zip(str(head), range(9, 1, -1), strict=True)) % 11
            text = f"{head}{check}"
            if check < 10 and text not in taken and bsn_is_valid(text):
                yield text

    def _insert(self, model, objs):
        model.objects.bulk_create(objs, batch_size=BATCH)  # fills pks on SQLite and PostgreSQL
        self.counts[model._meta.label] += len(objs)
        return objs

    def _born(self, age):
        anniversary = self.today.replace(year=self.today.year - age, day=min(self.today.day, 28))
        return anniversary - dt.timedelta(days=self.rng.randrange(360))

    def _at(self, day):
        """A moment in office hours on `day`, so the audit log spreads over the past year."""
        return dt.datetime.combine(day, dt.time(self.rng.randint(8, 17), self.rng.randrange(60)), tzinfo=self.tz)

    def _ages(self, size):
        """Ages and roles: singles and couples of any adult age; families with children 0-17."""
        rng = self.rng
        if size <= 2:
            head = rng.randint(18, 95)
            people = [(head, HouseholdRole.VOLWASSENE)]
            if size == 2:
                people.append((min(95, max(18, head + rng.randint(-6, 6))), HouseholdRole.PARTNER))
            return people
        head = rng.randint(24, 55)
        people = [(head, HouseholdRole.VOLWASSENE)]
        if rng.random() > 0.2:  # one in five families has a single parent
            people.append((min(70, max(20, head + rng.randint(-5, 5))), HouseholdRole.PARTNER))
        oldest_child = min(17, head - 18)
        people += [(rng.randint(0, oldest_child), HouseholdRole.KIND) for _ in range(size - len(people))]
        return people

    def _person(self, household, family, address, age, role):
        rng = self.rng
        prefix, name = family if role != HouseholdRole.PARTNER or rng.random() < 0.5 else rng.choice(self.family)
        adult = role != HouseholdRole.KIND
        given = rng.choice(self.given)
        return Person(
            household_id=household.pk, household_role=role, given_name=given, prefix=prefix, family_name=name,
            birth_date=self._born(age), bsn=next(self.bsns) if rng.random() < 0.5 else "",
            street=address[0], house_number=address[1], postcode=address[2], city=address[3],
            phone=f"06 {rng.randrange(10**8):08d}" if adult and rng.random() < 0.85 else "",
            email=_email(given, name) if adult and rng.random() < 0.3 else "",
            preferred_channel=rng.choice(PreferredChannel.values) if adult else "",
            safety_notes=rng.choice(SAFETY) if rng.random() < 0.02 else "",
        )

    def chunk(self, n):
        rng = self.rng
        plans = [(rng.choice(self.teams), rng.choice(self.family)) for _ in range(n)]
        households = self._insert(Household, [
            Household(team_id=team.pk, name=_household_name(*family)) for team, family in plans
        ])
        people, heads, contacts = [], [], []
        for household, (team, family) in zip(households, plans, strict=True):
            street, postcode, city = rng.choice(self.addresses)
            address = (street, str(rng.randint(1, 250)), postcode, city)  # one front door per household
            size = rng.choices(SIZES, SIZE_WEIGHTS)[0]
            if size == 5 and rng.random() < 0.3:  # "5+": now and then a sixth
                size = 6
            members = [self._person(household, family, address, a, r) for a, r in self._ages(size)]
            staff = self.staff[team.pk]
            own_team = staff[0].team_id == team.pk  # a team without staff borrows work, never a contactpersoon
            if own_team and rng.random() < 0.6:
                pair = rng.sample(staff, 2) if len(staff) > 1 else [staff[0], None]
                for member in members:
                    member.contactpersoon, member.stand_in = pair
            people += members
            heads.append(members[0])
            contacts.append(members[0].contactpersoon)
        self._insert(Person, people)
        # The bulk load bypasses the services, so it keeps the visibility grants itself (ADR 0012).
        household_access_refresh(household_ids=[h.pk for h in households])
        self._insert(Assignment, [
            Assignment(household_id=p.household_id, person_id=p.pk, contactpersoon=p.contactpersoon,
                       stand_in=p.stand_in, assigned_by=p.contactpersoon, reason="Vaste contactpersoon bij start.")
            for p in people if p.contactpersoon
        ])
        self._network(households, plans, heads)
        self._cases(households, plans, heads, contacts)

    def _network(self, households, plans, heads):
        rng = self.rng
        self._insert(NetworkMember, [
            NetworkMember(
                household_id=household.pk, person_id=head.pk,
                name=f"{rng.choice(self.given)} {' '.join(p for p in rng.choice(self.family) if p)}",
                relation=rng.choice(Relation.values), phone=f"06 {rng.randrange(10**8):08d}",
                does=rng.choice(DOES), draagkracht=rng.choice(Draagkracht.values), may_ask=rng.choice(MayAsk.values),
                added_by=rng.choice(self.staff[team.pk]),
            )
            for household, (team, _), head in zip(households, plans, heads, strict=True)
            for _ in range(rng.randint(0, 3))
        ])

    def _cases(self, households, plans, heads, contacts):
        """One vraag per household; then, as in practice, a gesprek, sometimes a meting or a follow-up."""
        rng = self.rng
        vragen, steps, gesprekken, metingen, followups, events = [], [], [], [], [], []
        for household, (team, _), head, contact in zip(households, plans, heads, contacts, strict=True):
            staff = self.staff[team.pk]
            signaal = rng.random() < 0.15
            received = self.today - dt.timedelta(days=rng.randrange(365))
            status = rng.choices([Status.NIEUW, Status.OPGEPAKT, Status.AFGEROND], [25, 45, 30])[0]
            worker = contact or rng.choice(staff)
            brought_by = BroughtBy.INWONER if rng.random() < 0.5 else rng.choice(BroughtBy.values)
            vraag = Vraag(
                household_id=household.pk, person_id=head.pk, team_id=team.pk,
                kind=Kind.SIGNAAL if signaal else Kind.VRAAG, brought_by=brought_by,
                brought_by_name="" if brought_by == BroughtBy.INWONER else rng.choice(self.given),
                words=rng.choice(SIGNALEN if signaal else VRAGEN), received_on=received,
                registered_by=rng.choice(staff), status=status,
                picked_up_by=None if status == Status.NIEUW else worker,
            )
            vragen.append(vraag)
            reached = [Status.NIEUW, Status.OPGEPAKT, Status.AFGEROND]
            reached = reached[:reached.index(status) + 1]
            steps += [VraagStatus(household_id=household.pk, vraag=vraag, status=s,
                                  by=vraag.registered_by if s == Status.NIEUW else worker) for s in reached]
            events.append(self._event(vraag.registered_by, "vragen.create", household, head, vraag, received,
                                      {"kind": vraag.kind, "brought_by": brought_by}))
            for _ in range(rng.randint(1, 2)):
                day = min(self.today, received + dt.timedelta(days=rng.randrange(60)))
                events.append(self._event(rng.choice(staff), "persons.view", household, head, head, day))
            # Picked-up questions get a gesprek two times in three: about half of all households.
            if status != Status.NIEUW and rng.random() < 2 / 3:
                held = min(self.today, received + dt.timedelta(days=rng.randrange(21)))
                gesprek = Gesprek(
                    household_id=household.pk, person_id=head.pk, vraag=vraag, author=worker, held_on=held,
                    duration_minutes=rng.choice([30, 45, 60, 75, 90]), location=rng.choice(Location.values),
                    present=head.given_name,
                    **{f: " ".join(rng.sample(STORY, rng.randint(1, 2))) for f in
                       ("levensloop", "wat_belangrijk", "eigen_kracht", "nodig") if rng.random() < 0.8},
                )
                gesprekken.append(gesprek)
                events.append(self._event(worker, "gesprekken.create", household, head, gesprek, held))
                if rng.random() < 0.2:  # a meting is optional and later: one in ten households
                    metingen.append(Assessment(household_id=household.pk, person_id=head.pk, instrument=self.zrm,
                                               taken_on=held, author=worker))
            if rng.random() < 0.2:
                followups.append(FollowUp(household_id=household.pk, person_id=head.pk, what=rng.choice(FOLLOWUPS),
                                          due_on=self.today + dt.timedelta(days=rng.randint(-14, 42)), owner=worker))
        self._insert(Vraag, vragen)
        for model, objs in [(VraagStatus, steps), (Gesprek, gesprekken), (Assessment, metingen),
                            (FollowUp, followups)]:
            self._insert(model, objs)
        self.team_of = {h.pk: team.pk for h, (team, _) in zip(households, plans, strict=True)}
        add_plans(self, gesprekken, {h.pk: head.pk for h, head in zip(households, heads, strict=True)})
        self._insert(AssessmentScore, [
            AssessmentScore(household_id=m.household_id, assessment=m, domain=d, level=rng.choice(self.levels),
                            resident_level=rng.choice(self.levels) if rng.random() < 0.7 else None)
            for m in metingen for d in rng.sample(self.domains, rng.randint(3, 6))
        ])
        self._insert(AuditEvent, events)

    def _event(self, actor, action, household, person, obj, day, detail=None):
        """The same columns audit_record() fills, with a past moment instead of now."""
        return AuditEvent(
            at=self._at(day), actor=actor, actor_name=self.names.get(actor.pk, ""), actor_role=actor.role,
            actor_team_pk=actor.team_id, action=action, household_pk=household.pk,
            household_team_pk=household.team_id, person_pk=person.pk, object_type=obj._meta.label_lower,
            object_ref=str(obj.public_id), detail=detail or {},
        )


def generate(n_households: int, *, teams, professionals, seed: int = 1, progress: bool = True) -> dict:
    """Add `n_households` synthetic households with people, network, vragen and history.

    Returns the number of rows added per model label, e.g. {"residents.Person": 21480, ...}.
    """
    gen = _Generator(teams=teams, professionals=professionals, seed=seed)
    with tqdm(total=n_households, unit=" huishoudens", disable=not progress) as bar:
        for start in range(0, n_households, CHUNK):
            size = min(CHUNK, n_households - start)
            with transaction.atomic():  # one chunk at a time: a failure leaves no half household
                gen.chunk(size)
            bar.update(size)
    return dict(gen.counts)
