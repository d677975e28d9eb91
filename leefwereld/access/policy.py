"""The one access-and-audit seam: guard() for every write and file read, visible() for every list.

A professional sees the households of their own wijkteam and those where they are
vaste contactpersoon or stand-in of a member. Everything else is invisible: not allowed and not
found look the same (404). The rule is kept as rows in HouseholdAccess (access.grants, written by
the services that change it), so lists check it per row; later scopes (partners with consent,
residents, break-the-glass) slot in as more grantees (ADR 0012).
"""
import contextvars
from contextlib import contextmanager

from django.apps import apps
from django.core.exceptions import ImproperlyConfigured
from django.db import transaction
from django.db.models import Exists, OuterRef, Q
from django.utils import timezone
from django.utils.translation import gettext as _

from leefwereld.audit import context as audit_context
from leefwereld.audit.services import audit_record
from leefwereld.core.errors import ApplicationError, NotFoundOrNotAllowed

from .actions import HOUSEHOLD, get_action
from .grants import grantees, user_grantee
from .models import HouseholdAccess

HOUSEHOLD_MODEL = "residents.Household"
PERSON_MODEL = "residents.Person"


def role_allows(actor, action_name) -> bool:
    action = get_action(action_name)
    return bool(actor and actor.is_authenticated and actor.is_active and actor.role in action.roles)


def _assigned_people(actor):
    """People whose vaste contactpersoon or stand-in the actor is (the "assigned" branch)."""
    Person = apps.get_model(PERSON_MODEL)
    return Person.objects.filter(Q(contactpersoon=actor) | Q(stand_in=actor))


def _household_condition(actor, household_ref):
    """The rule as a condition on a household id: one EXISTS on the maintained grants (ADR 0012).

    A single EXISTS on (household, grantee) lets PostgreSQL check a list's row with one index probe
    and stop at the first screenful, instead of building the set of every household the actor may
    see (half a city for a big team). Later scopes are more grantees in access.grants, not branches.
    """
    return Exists(HouseholdAccess.objects.filter(household_id=household_ref, grantee__in=grantees(actor)).filter(
        Q(until__isnull=True) | Q(until__gt=timezone.now())))  # a noodtoegang ends by itself (ADR 0038)


def assigned_condition(actor, household_ref):
    """The rule's "assigned" branch as a condition on a household id: the actor is vaste contactpersoon
    or stand-in of a member. One index probe on the maintained grants, where `household_id IN (people
    of mine)` made PostgreSQL hash a whole caseload first (ADR 0012)."""
    return Exists(HouseholdAccess.objects.filter(household_id=household_ref, grantee=user_grantee(actor.pk)))


def _visible_household_ids(actor):
    """A queryset of the household ids the actor may see (team, or assigned to a member)."""
    Household = apps.get_model(HOUSEHOLD_MODEL)
    return Household.objects.filter(_household_condition(actor, OuterRef("pk"))).values("pk")


def visible(actor, queryset, action_name):
    """Filter a queryset of resident data down to what the actor may see for this action."""
    if not role_allows(actor, action_name):
        return queryset.none()
    model = queryset.model
    if model._meta.label == HOUSEHOLD_MODEL:
        return queryset.filter(_household_condition(actor, OuterRef("pk")))
    if not any(f.name == "household" for f in model._meta.get_fields()):
        raise ImproperlyConfigured(f"{model._meta.label} carries no household: access cannot filter it.")
    return queryset.filter(_household_condition(actor, OuterRef("household_id")))


# Households found visible during this page view, per actor: the file's parts need no second check.
_checked = contextvars.ContextVar("leefwereld_checked_households", default=None)


def _remember(actor, household_id):
    checked = _checked.get()
    if checked is not None:
        checked.add((actor.pk, household_id))


def _can_see(actor, household_id) -> bool:
    checked = _checked.get()
    if checked is not None and (actor.pk, household_id) in checked:
        return True
    Household = apps.get_model(HOUSEHOLD_MODEL)
    seen = Household.objects.filter(pk=household_id).filter(_household_condition(actor, OuterRef("pk"))).exists()
    if seen:
        _remember(actor, household_id)
    return seen


def visible_one(actor, queryset, action_name, **lookup):
    """The one row of resident data matching `lookup` that the actor may see, or None. Its household is
    remembered as checked for this page view, so the file's parts and the page's audit row do not ask
    the rule again."""
    found = visible(actor, queryset, action_name).filter(**lookup).first()
    if found is not None:
        _remember(actor, found.pk if queryset.model._meta.label == HOUSEHOLD_MODEL else found.household_id)
    return found


def can_see_household(actor, household) -> bool:
    return _can_see(actor, household.pk)


def within(actor, household, queryset, action_name):
    """The parts of one household's file (gesprekken, vragen, plan, ...), fetched by household id.

    `household` is a household or its id. It is checked against the rule once per page view (the
    check is remembered); a household not checked yet is checked here, so a caller cannot skip the
    rule by mistake. Not allowed gives an empty list, like visible().
    """
    household_id = getattr(household, "pk", household)
    if not role_allows(actor, action_name) or household_id is None or not _can_see(actor, household_id):
        return queryset.none()
    return queryset.filter(household_id=household_id)


def assigned_to(actor, action_name):
    """People the actor is vaste contactpersoon or stand-in of: visible by the rule's own branch,
    so the list needs no second filter ("mijn mensen")."""
    if not role_allows(actor, action_name):
        return apps.get_model(PERSON_MODEL).objects.none()
    return _assigned_people(actor)


def _subject(person, household, obj):
    """Who an event is about: taken from the object when the caller did not say (a gesprek's person,
    a plan's household), so "over wie" is filled for every kind of event."""
    if person is None and obj is not None and getattr(obj, "person_id", None) is not None:
        person = obj.person
    if household is None and person is not None:
        household = person.household
    if household is None and obj is not None and getattr(obj, "household_id", None) is not None:
        household = obj.household
    return person, household


def _check(actor, action_name, *, household, reason, listed=False):
    action = get_action(action_name)
    if not role_allows(actor, action_name):
        raise NotFoundOrNotAllowed("not found")
    # A list's rows come from visible(), which checked each household already.
    if action.scope == HOUSEHOLD and not (listed and household is None):
        if household is None:
            raise ImproperlyConfigured(f"{action_name} needs a household to check.")
        # A household that is not saved yet is being created by this actor now.
        if household.pk is not None and not can_see_household(actor, household):
            raise NotFoundOrNotAllowed("not found")
    if action.reason_required and not (reason or "").strip():
        raise ApplicationError(_("Geef een reden op."), field="reason")
    return action


def guard(actor, action_name, *, household=None, person=None, obj=None, reason="", detail=None):
    """Check the policy and write the audit event, in the caller's transaction.

    Raise NotFoundOrNotAllowed (shown as 404) when the actor may not do this.
    """
    person, household = _subject(person, household, obj)
    action = _check(actor, action_name, household=household, reason=reason)
    if action.audited:
        if not transaction.get_connection().in_atomic_block:
            raise ImproperlyConfigured("guard() writes audit rows and must run inside a transaction.")
        audit_record(actor=actor, action=action_name, household=household, person=person, obj=obj,
                     reason=reason, detail=detail)
    return action


def show(actor, action_name, *, household=None, person=None, obj=None, reason="", detail=None,
         persons=None, households=None):
    """Check the policy for a display of resident data and log it: one row per page view.

    Inside a view (see page_view) the display joins the page's one row, written when the page is
    sent. Outside a view (a shell, a task, a test) the row is written at once, in its own
    transaction. `persons` and `households` are the ids a list shows.
    """
    person, household = _subject(person, household, obj)
    action = _check(actor, action_name, household=household, reason=reason,
                    listed=persons is not None or households is not None)
    if not action.audited:
        return action
    current = audit_context.page()
    if current is not None:
        current.add(action=action_name, household=household, person=person, obj=obj, reason=reason,
                    detail=detail, persons=persons, households=households)
        return action
    one = audit_context.PageView(actor=actor, action=action_name)
    one.add(action=action_name, household=household, person=person, obj=obj, reason=reason, detail=detail,
            persons=persons, households=households)
    with transaction.atomic():
        audit_record(**one.row())
    return action


@contextmanager
def page_view(actor, action_name):
    """Gather what one page view shows; the caller writes it with page_write() when the page is sent.

    The row is written in its own transaction, after the view: a save that was rolled back (a
    conflict, a refusal) does not take the row of what the page then shows with it.
    """
    current = audit_context.PageView(actor=actor, action=action_name)
    token = audit_context.start_page(current)
    checked = _checked.set(set())
    try:
        yield current
    finally:
        _checked.reset(checked)
        audit_context.end_page(token)


def page_write(current):
    # One INSERT is atomic on its own: no BEGIN/COMMIT round trips around it (it is on every page).
    audit_record(**current.row())
