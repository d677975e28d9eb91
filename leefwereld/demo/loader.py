"""Builds the demo municipality from personas.py, through the real services (so the audit log is real)."""
import datetime as dt
from decimal import Decimal

from django.db import transaction

from leefwereld.accounts import two_factor
from leefwereld.accounts.models import Team, User
from leefwereld.conversations import services as conversation_services
from leefwereld.conversations.instruments import install_defaults
from leefwereld.conversations.models import Domain, Instrument, Level
from leefwereld.intake import services as intake_services
from leefwereld.learning.mensbeelden import install_default_mensbeelden
from leefwereld.learning.overleg import Mensbeeld, Waarde
from leefwereld.residents import services as resident_services

from . import personas
from .api import load_api
from .decisions import load_decisions
from .documenten import load_documenten
from .plans import load_plans
from .portal import load_portal
from .ruimte import load_ruimte
from .samenwerken import load_kaart, load_samenwerken
from .toezicht import load_toezicht


def demo_loaded() -> bool:
    return Team.objects.filter(name=personas.TEAMS[0]["name"]).exists()


def create_staff():
    teams = {t["key"]: Team.objects.create(name=t["name"], area=t["area"], phone=t["phone"]) for t in personas.TEAMS}
    users = {}
    for username, first, last, role, discipline, team, phone in personas.STAFF:
        user = User(username=username, first_name=first, last_name=last, role=role, discipline=discipline,
                    team=teams.get(team), phone=phone, email=f"{username}@zandhoven.example")
        user.set_password(personas.DEMO_PASSWORD)
        users[username] = user
    User.objects.bulk_create(users.values())
    created = {u.username: u for u in User.objects.filter(username__in=users)}
    link_demo_apps()
    return teams, created


def link_demo_apps():
    """Every demo account has its authenticator app linked with the public demo secret (idempotent)."""
    for user in User.objects.filter(username__in=[s[0] for s in personas.STAFF]):
        two_factor.app_device_with_secret(user=user, base32_secret=personas.DEMO_TOTP_SECRET)


@transaction.atomic
def load_personas():
    # The instruments come from a data migration, but a test database flush removes them.
    install_defaults(Instrument, Domain, Level)
    install_default_mensbeelden(Mensbeeld, Waarde)  # the values a deviation names (ADR 0036), flushed likewise
    teams, users = create_staff()
    households = {spec["key"]: _load_household(spec, users) for spec in personas.HOUSEHOLDS}
    load_plans(users, households)
    organisations = load_kaart()  # before the decisions: their provisions link the kaart's maatwerk
    load_decisions(users, households)
    load_samenwerken(users, organisations)
    load_ruimte(users, households)
    load_portal(users, households)
    load_documenten(users, households)
    load_api(users)
    load_toezicht(users, households)
    return teams, users


def _load_household(spec, users):
    actor = users[spec["by"]]
    street, number, postcode, city = spec["address"]
    address = {"street": street, "house_number": number, "postcode": postcode, "city": city}
    main, *others = spec["members"]
    person = resident_services.person_create(actor=actor, data={**address, **main},
                                             contact_only=spec.get("contact_only", False))
    for member in others:
        resident_services.person_create(actor=actor, data={**address, **member}, household=person.household)
    if "stand_in" in spec:
        resident_services.person_assign_contact(actor=actor, person=person, contactpersoon=actor,
                                                stand_in=users[spec["stand_in"]],
                                                reason="Vakgebied past bij de belangrijkste vraag.")
    vraag_spec = dict(spec["vraag"])
    received = dt.date.today() - dt.timedelta(days=vraag_spec.pop("days_ago"))
    vraag = intake_services.vraag_register(actor=actor, person=person, received_on=received, **vraag_spec)
    if "light" in spec:
        light = dict(spec["light"], amount=Decimal(spec["light"]["amount"]))
        intake_services.vraag_close_light(actor=actor, vraag=vraag, **light)
    if "gesprek" in spec:
        data = dict(spec["gesprek"])
        data["held_on"] = dt.date.today() - dt.timedelta(days=data.pop("days_ago"))
        conversation_services.gesprek_create(actor=actor, person=person, data=data, vraag=vraag)
    for member in spec.get("network", []):
        resident_services.network_member_add(actor=actor, person=person, data=member)
    for assessment in spec.get("assessments", []):
        _load_assessment(actor, person, assessment)
    if "followup" in spec:
        due = dt.date.today() + dt.timedelta(days=spec["followup"]["days_from_now"])
        intake_services.followup_create(actor=actor, person=person, what=spec["followup"]["what"], due_on=due)
    if "closed" in spec:
        resident_services.household_close(actor=actor, household=person.household, reason=spec["closed"]["reason"],
                                          on=dt.date.today() - dt.timedelta(days=spec["closed"]["days_ago"]))
    return person.household


def _load_assessment(actor, person, spec):
    instrument = Instrument.objects.prefetch_related("domains", "levels").get(name__startswith="Zelfredzaamheid")
    domains = {d.name: d for d in instrument.domains.all()}
    levels = {lv.value: lv for lv in instrument.levels.all()}
    scores = [{"domain_id": domains[name].pk, "level_id": levels[pro].pk, "resident_level_id": levels[own].pk,
               "own_strength": strength, "with_network": network, "with_professional": professional}
              for name, pro, own, strength, network, professional in spec["rows"]]
    conversation_services.assessment_create(actor=actor, person=person, instrument=instrument,
                                            taken_on=dt.date.today() - dt.timedelta(days=spec["days_ago"]),
                                            scores=scores)
