"""Working together (referrals, grounds for sharing and consent, the sociale kaart) and the audit log."""
import datetime as dt
import uuid

from rest_framework import status
from rest_framework.response import Response

from leefwereld.access.policy import show, visible
from leefwereld.audit.selectors import audit_events_for_team
from leefwereld.coordination import selectors as coordination_selectors
from leefwereld.coordination.models import GroundKind, KaartEntry, Organisation, Referral, SharingGround
from leefwereld.coordination.services.sharing import ground_record, ground_withdraw
from leefwereld.core.errors import NotFoundOrNotAllowed
from leefwereld.residents.models import Household, Person

from .. import serializers as s
from ..base import ApiView, Filter, ListView, Route
from ..scopes import Vertrouwelijkheid

HOUSEHOLD = Filter("household__public_id", uuid.UUID, "Publieke id van het huishouden")


class ReferralList(ListView):
    routes = {"GET": Route("referrals.view", "samenwerken.lezen")}
    serializer_class = s.ReferralSerializer
    filters = {"huishouden": HOUSEHOLD, "status": Filter("status"), "termijn_voor": Filter("due_on__lt", dt.date)}

    def shown(self, rows):
        return [], [r.household_id for r in rows]

    def get(self, request):
        referrals = visible(self.actor, Referral.objects.select_related("household", "organisation", "ground"),
                            "referrals.view")
        if getattr(self.actor, "organisation_id", None):  # a partner: only its own referrals, as on the pages
            referrals = referrals.filter(organisation_id=self.actor.organisation_id)
        return self.respond(referrals)


class ReferralDetail(ApiView):
    routes = {"GET": Route("referrals.view", "samenwerken.lezen")}
    serializer_class = s.ReferralSerializer

    def get(self, request, public_id):
        referral = coordination_selectors.referral_get(actor=self.actor, public_id=public_id)
        return Response(self.get_serializer(referral).data)


def _grounds_for(client, queryset):
    """Sharing because safety goes first is secret: only a client cleared for it sees those grounds."""
    if client.vertrouwelijkheid < Vertrouwelijkheid.GEHEIM:
        queryset = queryset.exclude(kind=GroundKind.VEILIGHEID)
    return queryset


class GroundList(ListView):
    """Grounds for sharing (a statutory task, consent; safety only for a client cleared for secret data)."""

    routes = {"GET": Route("sharing.view", "samenwerken.lezen"),
              "POST": Route("sharing.record", "toestemmingen.schrijven")}
    creates = True
    serializer_class = s.GroundSerializer
    input_serializer = s.ConsentCreateSerializer
    filters = {"huishouden": HOUSEHOLD, "soort": Filter("kind"), "ingetrokken": Filter("withdrawn_at__isnull", bool)}

    def get(self, request):
        grounds = visible(self.actor, SharingGround.objects.select_related("household", "person", "organisation"),
                          "sharing.view")
        return self.respond(_grounds_for(self.client, grounds))

    def post(self, request):
        """Record the resident's consent to share with one organisation, for these parts and this purpose."""
        data = self.input_serializer(data=request.data)
        data.is_valid(raise_exception=True)
        values = dict(data.validated_data)
        household = visible(self.actor, Household.objects.all(), "sharing.record").filter(
            public_id=values.pop("household")).first()
        if household is None:
            raise NotFoundOrNotAllowed("not found")
        person_id = values.pop("person")
        person = None
        if person_id is not None:
            person = Person.objects.filter(household=household, public_id=person_id).first()
            if person is None:
                raise s.serializers.ValidationError({"person": ["Kies iemand uit dit huishouden."]})
        organisation = Organisation.objects.filter(public_id=values.pop("organisation")).first()
        if organisation is None:
            raise s.serializers.ValidationError({"organisation": ["Deze organisatie staat niet op de sociale kaart."]})
        ground = ground_record(actor=self.actor, household=household, kind=GroundKind.TOESTEMMING, person=person,
                               organisation=organisation, **values)
        return Response(self.get_serializer(ground).data, status=status.HTTP_201_CREATED)


class GroundDetail(ApiView):
    routes = {"GET": Route("sharing.view", "samenwerken.lezen")}
    serializer_class = s.GroundSerializer

    def get(self, request, public_id):
        ground = coordination_selectors.ground_get(actor=self.actor, public_id=public_id)
        if not _grounds_for(self.client, SharingGround.objects.filter(pk=ground.pk)).exists():
            raise NotFoundOrNotAllowed("not found")
        return Response(self.get_serializer(ground).data)


class GroundWithdraw(ApiView):
    """Withdraw consent (or end another ground): every view, export and open referral stops at once."""

    routes = {"POST": Route("sharing.withdraw", "toestemmingen.schrijven")}
    serializer_class = s.GroundSerializer
    input_serializer = s.WithdrawSerializer

    def post(self, request, public_id):
        ground = coordination_selectors.ground_get(actor=self.actor, public_id=public_id, action="sharing.withdraw")
        if not _grounds_for(self.client, SharingGround.objects.filter(pk=ground.pk)).exists():
            raise NotFoundOrNotAllowed("not found")
        data = self.input_serializer(data=request.data)
        data.is_valid(raise_exception=True)
        ground = ground_withdraw(actor=self.actor, ground=ground, note=data.validated_data["note"])
        return Response(self.get_serializer(ground).data)


KAART = Vertrouwelijkheid.OPENBAAR


class KaartList(ListView):
    routes = {"GET": Route("kaart.view", "sociale-kaart.lezen", KAART)}
    serializer_class = s.KaartEntrySerializer
    filters = {"niveau": Filter("level"), "wet": Filter("law"), "naam": Filter("name__icontains")}

    def get(self, request):
        return self.respond(KaartEntry.objects.filter(active=True).select_related("organisation")
                            .prefetch_related("domains", "wijken"))


class KaartDetail(ApiView):
    routes = {"GET": Route("kaart.view", "sociale-kaart.lezen", KAART)}
    serializer_class = s.KaartEntrySerializer

    def get(self, request, public_id):
        return Response(self.get_serializer(coordination_selectors.kaart_entry(public_id=public_id)).data)


class AuditList(ListView):
    """The team's audit log, read-only, for a team leader's account (as the page /logboek/)."""

    routes = {"GET": Route("audit.view_team", "logboek.lezen", Vertrouwelijkheid.CONFIDENTIEEL)}
    serializer_class = s.AuditEventSerializer
    filters = {"actie": Filter("action"), "vanaf": Filter("at__date__gte", dt.date),
               "tot_en_met": Filter("at__date__lte", dt.date)}

    def get(self, request):
        used = {k: v for k, v in request.query_params.items() if k in self.filters}
        show(self.actor, "audit.view_team", detail={"filters": used, "api": True})
        rows = self.paginate_queryset(self.filtered(audit_events_for_team(team_pk=self.actor.team_id)))
        return self.get_paginated_response(self.get_serializer(rows, many=True).data)
