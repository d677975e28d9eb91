"""Whose file the signed-in resident has open: themselves, or someone they represent (ADR 0030).

Checked on every request from the account's BSN and the representations in force today, then set on the
user as `acting_for_person_id`, the one grantee access.grants gives a resident. An ended or expired
representation is gone at the next click, whatever the session remembers.
"""
from dataclasses import dataclass

from django.utils.translation import gettext as _

from leefwereld.residents.models import Person

from .models import ResidentAccount, Vertegenwoordiging, active_representations

SESSION_KEY = "portal_person"


@dataclass
class PortalContext:
    user: object
    account: ResidentAccount
    person: Person
    representation: Vertegenwoordiging | None

    @property
    def may_act(self):
        return self.representation is None or self.representation.may_act

    @property
    def by_label(self):
        """How the file names who did something: empty for the resident, else "name, relation"."""
        r = self.representation
        return "" if r is None else _("%(name)s, %(relation)s") % {"name": r.name, "relation": r.get_relation_display()}


def choices(user):
    """The files this account may open: its own (if the municipality has one) and those it represents."""
    account = ResidentAccount.objects.select_related("person").filter(user=user).first()
    if account is None:
        return None, []
    reps = list(active_representations(Vertegenwoordiging.objects.filter(bsn=account.bsn))
                .select_related("person"))
    return account, reps


def resolve(request):
    """The PortalContext for this request, or None when no file is chosen (or the choice is no longer valid)."""
    return for_person(request.user, request.session.get(SESSION_KEY))


def for_person(user, wanted):
    """The PortalContext of `user` for the file of person `wanted` (None: their own, if that is the only one),
    checked against the account and the representations in force today; None when it is not (or no longer) theirs.
    Also used by the worker that makes an inzage, so a representation ended meanwhile stops it."""
    account, reps = choices(user)
    if account is None:
        return None
    if wanted is None and account.person_id and not reps:
        wanted = account.person_id
    context = None
    if wanted is not None and wanted == account.person_id:
        context = PortalContext(user, account, account.person, None)
    else:
        rep = next((r for r in reps if r.person_id == wanted), None)
        if rep is not None:
            context = PortalContext(user, account, rep.person, rep)
    if context is not None:
        user.acting_for_person_id = context.person.pk
    return context
