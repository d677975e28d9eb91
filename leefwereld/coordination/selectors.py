"""Reads of samenwerken, from access.visible()/within(); what a page shows is reported with show().

Lists for the werkvoorraad are capped (FIRST_SCREEN rows, counts capped at COUNT_CAP) and cost a fixed
number of queries whatever the data size.
"""
import datetime as dt

from django.conf import settings
from django.db.models import Exists, OuterRef, Q
from django.utils.translation import gettext as _

from leefwereld.access.policy import assigned_condition, show, visible, within
from leefwereld.core.errors import NotFoundOrNotAllowed
from leefwereld.core.termijnen import Kalender
from leefwereld.plans.models import Action, Goal
from leefwereld.residents.models import NetworkMember, Person

from . import clock
from .models import (
    ActionEntry,
    Escalation,
    EscalationStatus,
    EscalationStep,
    GroundKind,
    KaartEntry,
    Level,
    Referral,
    ReferralEvent,
    ReferralStatus,
    SharingGround,
    Veiligheidsplan,
    Wijk,
)
from .models.referrals import OPEN_STATUSES
from .models.sharing import active_grounds

FIRST_SCREEN = 10
COUNT_CAP = 500
SOON = dt.timedelta(days=7)
KAART_LIMIT = 60  # per level: a screenful to weigh, not a catalogue to scroll


# --- De sociale kaart -----------------------------------------------------------------------------------------

def _entries():
    return KaartEntry.objects.filter(active=True).select_related("organisation").prefetch_related("wijken")


def side_by_side(entries):
    """{level: [entries]} for all four levels, each in name order: side by side, never ranked."""
    grouped = {level: [] for level in Level}
    for entry in entries:
        grouped[Level(entry.level)].append(entry)
    return [(level, grouped[level][:KAART_LIMIT], len(grouped[level]) > KAART_LIMIT) for level in Level]


def kaart_search(*, q="", wijk=None, domain_name=""):
    entries = _entries()
    if q:
        entries = entries.filter(Q(name__icontains=q) | Q(description__icontains=q)
                                 | Q(organisation__name__icontains=q))
    if wijk is not None:
        entries = entries.filter(Q(wijken=wijk) | Q(wijken__isnull=True)).distinct()
    if domain_name:
        entries = entries.filter(domains__name=domain_name).distinct()
    return side_by_side(entries.order_by("name")[:KAART_LIMIT * 4 + 4])


def household_wijken(*, actor, household, action="plans.edit"):
    """The wijken of a household, from its members' postcodes (two queries, small tables)."""
    digits = {(p or "").replace(" ", "")[:4] for p in within(actor, household, Person.objects.all(), action)
              .values_list("postcode", flat=True)}
    return [w for w in Wijk.objects.all() if digits & set(w.postcode_list)]


def kaart_for_goal(*, actor, goal):
    """The entries that match a goal's life domains and the household's wijk, grouped by level.

    Returns (groups, wijken, domain names). A goal without domains matches on the wijk alone.
    """
    names = sorted({d.name for d in goal.domains.all()})
    wijken = household_wijken(actor=actor, household=goal.household)
    entries = _entries().filter(Q(wijken__in=wijken) | Q(wijken__isnull=True))
    if names:
        entries = entries.filter(domains__name__in=names)
    entries = entries.distinct().order_by("name")[:KAART_LIMIT * 4 + 4]
    return side_by_side(entries), wijken, names


MAATWERK_LIMIT = 300


def maatwerk_entries(*, law=None, also=None):
    """Maatwerk on the kaart, with the terms a decision takes over (law, article, unit, unit price), by law
    and name; `also` adds an entry a provision already links to, even when it left the kaart since."""
    entries = KaartEntry.objects.filter(level=Level.MAATWERK).select_related("organisation")
    entries = entries.filter(Q(active=True) | Q(pk=also)) if also else entries.filter(active=True)
    if law:
        entries = entries.filter(law=law)
    return list(entries.order_by("law", "name")[:MAATWERK_LIMIT])


def kaart_entry(*, public_id):
    entry = _entries().filter(public_id=public_id).first()
    if entry is None:
        raise NotFoundOrNotAllowed("not found")
    return entry


def goal_for_kaart(*, actor, plan, goal_id):
    goal = within(actor, plan.household, Goal.objects.filter(plan=plan, archived=False, public_id=goal_id),
                  "plans.edit").prefetch_related("domains").first()
    if goal is None:
        raise NotFoundOrNotAllowed("not found")
    return goal


def action_entries(*, actor, household):
    """{action id: entry} of the household's actions chosen from the kaart."""
    return {link.action_id: link.entry for link in within(actor, household, ActionEntry.objects.all(), "plans.view")
            .select_related("entry")}


# --- Grounds for sharing ------------------------------------------------------------------------------------

def grounds_for_household(*, actor, household):
    return list(within(actor, household, SharingGround.objects.all(), "sharing.view")
                .select_related("organisation", "recorded_by", "withdrawn_by", "person"))


def ground_get(*, actor, public_id, action="sharing.view"):
    ground = visible(actor, SharingGround.objects.select_related("household", "organisation"), action).filter(
        public_id=public_id).first()
    if ground is None:
        raise NotFoundOrNotAllowed("not found")
    show(actor, action, household=ground.household, obj=ground)
    return ground


def grounds_for_referral(*, household_id, organisation, day=None):
    """Grounds in force that cover this organisation (by name or by kind)."""
    return list(active_grounds(SharingGround.objects.filter(household_id=household_id), day).filter(
        Q(organisation=organisation) | Q(organisation__isnull=True, organisation_kind=organisation.kind)))


def partner_scopes(*, actor, household_id):
    """The parts of a file the actor's organisation may read now: the union of its grounds in force."""
    organisation_id = getattr(actor, "organisation_id", None)
    if not organisation_id:
        return set()
    grounds = active_grounds(SharingGround.objects.filter(household_id=household_id)).filter(
        Q(organisation_id=organisation_id) | Q(organisation__isnull=True, organisation_kind=actor.organisation.kind))
    return {scope for scopes in grounds.values_list("scopes", flat=True) for scope in scopes}


# --- Referrals ----------------------------------------------------------------------------------------------

REFERRAL_RELATED = ["household", "organisation", "ground", "sent_by", "action"]


def referrals_for_household(*, actor, household):
    return list(with_escalated(within(actor, household, Referral.objects.select_related(
        "organisation", "sent_by", "ground"), "referrals.view")).order_by("-created_at"))


def referral_get(*, actor, public_id, action="referrals.view"):
    """A referral, for the team that sent it or for the partner it was given to (then only while the ground holds)."""
    referrals = with_escalated(visible(actor, Referral.objects.select_related(*REFERRAL_RELATED), action))
    if getattr(actor, "organisation_id", None):
        referrals = referrals.filter(organisation_id=actor.organisation_id)
    referral = referrals.filter(public_id=public_id).first()
    if referral is None or (actor.organisation_id and not referral.ground.active_on(clock.today())):
        raise NotFoundOrNotAllowed("not found")
    show(actor, action, household=referral.household, obj=referral)
    return referral


def referral_events(*, actor, referral):
    return list(within(actor, referral.household_id, ReferralEvent.objects.filter(referral=referral), "referrals.view")
                .select_related("by"))


def partner_parts(*, actor, referral):
    """What the partner reads with a referral: the parts it carries that a ground in force still allows."""
    allowed = partner_scopes(actor=actor, household_id=referral.household_id) if actor.organisation_id else set(
        referral.parts)
    parts = [p for p in referral.parts if p in allowed]
    plan_rows = []
    if "plan" in parts and referral.action_id:
        goal = within(actor, referral.household_id, Goal.objects.filter(pk=referral.action.goal_id),
                      "referrals.view").first()
        actions = within(actor, referral.household_id, Action.objects.filter(goal=goal, archived=False),
                         "referrals.view").order_by("starts_on", "id") if goal else []
        plan_rows = [(goal, list(actions))] if goal else []
    return {"parts": parts, "plan": plan_rows}


def _working_days_back(day, count):
    # A signal on the werkvoorraad, not a legal period: weekends and statutory holidays count, the rare decree
    # days (a database read on every page) do not.
    kalender = Kalender()
    while count > 0:
        day -= dt.timedelta(days=1)
        if kalender.is_working_day(day):
            count -= 1
    return day


def answer_cutoff(today):
    """Sent before this day and still unanswered: stalled (LEEFWERELD_REFERRAL_ANSWER_DAYS working days)."""
    return _working_days_back(today, settings.LEEFWERELD_REFERRAL_ANSWER_DAYS)


def stalled_condition(today, cutoff):
    """A stalled referral: no answer in N working days, declined, or past its date and not done."""
    return (Q(status=ReferralStatus.VERSTUURD, created_at__date__lt=cutoff) | Q(status=ReferralStatus.AFGEWEZEN)
            | Q(status__in=OPEN_STATUSES, due_on__lt=today))


def is_stalled(referral, today, cutoff):
    """Declined counts as stalled until someone escalated it (`escalated`, annotated by the list's query)."""
    declined = referral.status == ReferralStatus.AFGEWEZEN and not getattr(referral, "escalated", False)
    return (referral.status == ReferralStatus.VERSTUURD and referral.created_at.date() < cutoff) or declined or (
        referral.is_open and referral.due_on < today)


def with_escalated(referrals):
    return referrals.annotate(escalated=Exists(Escalation.objects.filter(referral=OuterRef("pk"))))


def mark_stalled(referrals, today=None):
    """Set `.stalled` on each referral (one calendar query for the lot)."""
    today = today or clock.today()
    cutoff = answer_cutoff(today)
    for referral in referrals:
        referral.stalled = is_stalled(referral, today, cutoff)
    return referrals


def _mine(actor):
    """Referrals the actor follows up: sent by them, or of people they are vaste contactpersoon of."""
    # The rule's own "assigned" probe: `household_id IN (my people)` hashed a whole caseload (issue 14).
    return Q(sent_by=actor) | assigned_condition(actor, OuterRef("household_id"))


def _capped(queryset, slug):
    rows = list(queryset[:FIRST_SCREEN])
    count = len(rows) if len(rows) < FIRST_SCREEN else queryset[:COUNT_CAP + 1].count()
    return {"slug": slug, "rows": rows, "count": min(count, COUNT_CAP), "capped": count > COUNT_CAP}


def werkvoorraad_lists(*, actor):
    """The samenwerken lists on a professional's werkvoorraad (a few capped queries, whatever the data size).

    - follow-ups of referrals this week (sent by the actor, or of their people), stalled ones first;
    - escalations waiting for the actor's decision;
    - for a team leader, sharings without consent in their team not yet seen.
    """
    today = clock.today()
    referrals = visible(actor, Referral.objects.select_related("organisation", "household"), "referrals.view").filter(
        _mine(actor)).filter(stalled_condition(today, answer_cutoff(today))
                             | Q(status__in=OPEN_STATUSES, follow_up_on__lte=today + SOON))
    referrals = with_escalated(referrals).filter(escalated=False).order_by("follow_up_on", "id")
    lists = {"verwijzingen": _capped(referrals, "verwijzingen")}
    mark_stalled(lists["verwijzingen"]["rows"], today)
    escalations = Escalation.objects.filter(owner=actor, status=EscalationStatus.OPEN).select_related(
        "household").order_by("due_on", "id")
    lists["escalaties"] = _capped(escalations, "escalaties")
    if actor.is_teamleider:
        safety = visible(actor, SharingGround.objects.filter(kind=GroundKind.VEILIGHEID, lead_seen_at__isnull=True,
                                                             household__team_id=actor.team_id),
                         "sharing.safety_seen").select_related("household", "recorded_by", "organisation").order_by(
            "given_on", "id")
        lists["veiligheid"] = _capped(safety, "veiligheid")
    shown = [r.household_id for item in lists.values() for r in item["rows"]]
    if shown:
        show(actor, "werkvoorraad.view", households=sorted(set(shown)))
    return lists


def partner_inbox(*, actor):
    """A partner's werkvoorraad: the referrals given to their organisation, open first, and those that ended."""
    referrals = visible(actor, Referral.objects.filter(organisation_id=actor.organisation_id),
                        "referrals.view").select_related("household", "sent_by").order_by("due_on", "id")
    open_ = _capped(referrals.filter(status__in=OPEN_STATUSES), "open")
    done = _capped(referrals.exclude(status__in=OPEN_STATUSES).exclude(status=ReferralStatus.TOEGANG_BEEINDIGD)
                   .order_by("-updated_at", "-id"), "klaar")
    mark_stalled(open_["rows"])
    # Access ended: the partner sees that it ended, and nothing of the household (no grant any more).
    ended = list(Referral.objects.filter(organisation_id=actor.organisation_id,
                                         status=ReferralStatus.TOEGANG_BEEINDIGD).order_by("-updated_at")
                 .values("public_id", "created_at", "updated_at")[:FIRST_SCREEN])
    households = sorted({r.household_id for r in open_["rows"] + done["rows"]})
    show(actor, "partner.inbox", households=households)
    return open_, done, ended


# --- Escalation ---------------------------------------------------------------------------------------------

def escalations_for_household(*, actor, household):
    return list(within(actor, household, Escalation.objects.select_related("owner", "raised_by", "decided_by",
                                                                            "referral__organisation"),
                       "sharing.view").order_by("-created_at"))


def escalation_get(*, actor, public_id):
    """An escalation, for whoever holds it now (a named owner may not see the rest of the file) or its team."""
    escalation = Escalation.objects.select_related("household", "owner", "raised_by", "referral__organisation",
                                                   "plan").filter(public_id=public_id).first()
    if escalation is None:
        raise NotFoundOrNotAllowed("not found")
    if escalation.owner_id == actor.pk:
        show(actor, "escalations.decide", household=escalation.household, obj=escalation)
    else:
        if not visible(actor, Escalation.objects.filter(pk=escalation.pk), "sharing.view").exists():
            raise NotFoundOrNotAllowed("not found")
        show(actor, "sharing.view", household=escalation.household, obj=escalation)
    return escalation


def escalation_steps(*, escalation):
    return list(EscalationStep.objects.filter(escalation=escalation).select_related("owner"))


# --- Veiligheidsplan and betrokkenen ------------------------------------------------------------------------

def veiligheidsplan(*, actor, household):
    return within(actor, household, Veiligheidsplan.objects.select_related("by"), "sharing.view").first()


def betrokkenen(*, actor, household, plan=None):
    """Everyone involved, in one list: members and their vaste contactpersoon, the network, the regiehouder and the
    partners with a ground or a referral. A fixed number of queries."""
    rows = []
    members = list(within(actor, household, Person.objects.select_related("contactpersoon", "stand_in"),
                          "sharing.view").order_by("given_name"))
    for m in members:
        rows.append({"group": _("Huishouden"), "name": m.full_name, "role": m.get_household_role_display(),
                     "contact": m.phone, "since": None})
    contacts = {}
    for m in members:
        for user, role in ((m.contactpersoon, _("Vaste contactpersoon")), (m.stand_in, _("Vervanger"))):
            if user is not None:
                contacts.setdefault((user.pk, str(role)), {"group": _("Gemeente"), "name": str(user), "role": role,
                                                            "contact": user.phone, "since": None, "for": []})
                contacts[(user.pk, str(role))]["for"].append(m.given_name)
    rows.extend(contacts.values())
    for n in within(actor, household, NetworkMember.objects.all(), "sharing.view").order_by("name"):
        rows.append({"group": _("Netwerk"), "name": n.name, "role": n.get_relation_display(), "contact": n.phone,
                     "since": n.created_at.date()})
    if plan is not None:
        rows.append({"group": _("Regie"), "name": plan.regie_person or plan.regie_network or plan.regie_professional,
                     "role": _("Regiehouder"), "contact": "", "since": None})
    partners = {}
    for ground in within(actor, household, SharingGround.objects.select_related("organisation"), "sharing.view"):
        if ground.withdrawn_at is None and ground.organisation_id:
            partners.setdefault(ground.organisation_id, {
                "group": _("Partners"), "name": ground.organisation.name, "role": ground.get_kind_display(),
                "contact": ground.organisation.phone, "since": ground.given_on})
    for referral in within(actor, household, Referral.objects.select_related("organisation"), "sharing.view"):
        entry = partners.setdefault(referral.organisation_id, {
            "group": _("Partners"), "name": referral.organisation.name, "role": "",
            "contact": referral.organisation.phone, "since": referral.created_at.date()})
        entry["role"] = _("Verwijzing: %(status)s") % {"status": referral.get_status_display()}
    rows.extend(partners.values())
    show(actor, "sharing.view", household=household, persons=[m.pk for m in members])
    return rows
